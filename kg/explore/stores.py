"""Which graph store the explorer talks to: the embedded graph built by `kg build`, or a Bolt server
configured by `NEO4J_*` or started by `kg bolt start`."""

import os

from kg.bolt.local import running_settings
from kg.bolt.settings import resolve
from kg.paths import graph_dir
from kg.rdf.io import built_trig
from kg.store.base import GraphStore
from kg.store.bolt import BoltStore
from kg.store.embedded import EmbeddedStore

def stores_available() -> list[str]:
    """The backends the explorer can offer: Bolt first when it is configured explicitly."""
    if os.environ.get("NEO4J_URI"):
        return ["bolt", "embedded"]
    return ["embedded", "bolt"] if running_settings() else ["embedded"]


def identity(backend: str) -> str:
    """What tells one store from another: the built graph's file and version, or the server."""
    if backend == "bolt":
        settings = resolve()
        return f"bolt {settings.label}"
    trig = graph_dir() / "kg.trig"
    return f"embedded {trig.resolve()} {trig.stat().st_mtime_ns if trig.is_file() else 'missing'}"


def open_store(backend: str) -> GraphStore:
    if backend == "bolt":
        return BoltStore(resolve())
    return EmbeddedStore(built_trig(graph_dir()))

"""Shared fixtures: the built graph (once per session) and the source articles."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.paths import corpus_dir
from tests import ROOT

KG = str(Path(sys.executable).parent / "kg")
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="session")
def corpus() -> Path:
    folder = corpus_dir()
    if folder is None:
        pytest.fail("the source articles are missing: put them in ../shared/seeds or set KG_CORPUS_DIR")
    return folder


@pytest.fixture(scope="session")
def built(tmp_path_factory, corpus) -> Path:
    """`kg build --corpus` into a fresh folder, as a user runs it."""
    out = tmp_path_factory.mktemp("graph")
    result = subprocess.run([KG, "build", "--corpus", str(corpus), "--out", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def store(built):
    from kg.store.sparql import SparqlStore

    return SparqlStore.from_trig(built / "kg.trig")


def run_kg(*args, env_graph: Path | None = None, input_text: str | None = None):
    env = dict(os.environ)
    if env_graph is not None:
        env["KG_GRAPH_DIR"] = str(env_graph)
    return subprocess.run([KG, *args], capture_output=True, text=True, env=env, input=input_text)


@pytest.fixture(scope="session")
def bolt_settings(tmp_path_factory):
    """A real Bolt server: Neo4j when NEO4J_URI is set, else the local ArcadeDB server started here."""
    from kg.bolt import local
    from kg.bolt.settings import resolve

    if os.environ.get("NEO4J_URI"):
        yield resolve()
        return
    os.environ["KG_BOLT_HOME"] = str(tmp_path_factory.mktemp("bolt"))
    os.environ.setdefault("KG_BOLT_QUERY_TIMEOUT", "20")  # runaway queries in the tests stop on the server soon
    settings = local.start()
    try:
        yield settings
    finally:
        local.stop()


@pytest.fixture
def bolt(bolt_settings):
    """A connection to an empty database."""
    from kg.bolt.client import Bolt
    from kg.bolt.loader import wipe_all

    with Bolt(bolt_settings) as connection:
        wipe_all(connection)
        yield connection


def bolt_args(settings) -> list[str]:
    args = ["--uri", settings.uri, "--user", settings.user, "--password", settings.password]
    return args + (["--database", settings.database] if settings.database else [])

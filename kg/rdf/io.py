"""Writing the built graph (TriG with named graphs, Turtle union) and finding it again."""

import hashlib
import os
import tempfile
from pathlib import Path

from rdflib import Dataset

from kg.errors import GraphNotBuilt
from kg.rdf.build import union_graph

TRIG_NAME, TTL_NAME = "kg.trig", "kg.ttl"


def atomic_write(path: Path, data: bytes) -> None:
    """Write through a temporary file and rename, so a reader never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_outputs(dataset: Dataset, out_dir: Path) -> tuple[Path, Path]:
    trig = dataset.serialize(format="trig", encoding="utf-8")
    ttl = union_graph(dataset).serialize(format="turtle", encoding="utf-8")
    atomic_write(out_dir / TRIG_NAME, trig)
    atomic_write(out_dir / TTL_NAME, ttl)
    return out_dir / TRIG_NAME, out_dir / TTL_NAME


def built_trig(graph_dir: Path) -> Path:
    path = graph_dir / TRIG_NAME
    if not path.is_file():
        raise GraphNotBuilt(f"no built graph at {path}: run `kg build` first")
    return path


def file_digest(path: Path, length: int = 16) -> str:
    """A short content hash of a file, read in chunks (graphs can be large)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()[:length]

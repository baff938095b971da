"""Files derived from a graph file — the embedded store and its search index, the loader's mapped rows —
kept under the file's content hash beside it (`.kg-store/<hash>/`, or under `KG_STORE_CACHE`), so a
rebuilt graph gets fresh ones and an unchanged graph reuses them. Each appears only when complete
(written aside, then renamed); a lock per graph keeps two processes from writing them together, and
the files of older graphs go once nobody holds their lock."""

import fcntl
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kg.rdf.io import file_digest

STORE_DIR = ".kg-store"
EMBEDDED, OXIGRAPH = "embedded", "oxigraph"  # the embedded store's folder, and its pyoxigraph store in it
_FALLBACK = Path.home() / ".cache" / "vn-dx-kg" / "store"


def cache_root(trig: Path) -> Path:
    configured = os.environ.get("KG_STORE_CACHE")
    if configured:
        return Path(configured)
    beside = trig.resolve().parent / STORE_DIR
    try:
        beside.mkdir(exist_ok=True)
    except OSError:
        return _FALLBACK
    return beside if os.access(beside, os.W_OK) else _FALLBACK


def derived_folder(trig: Path) -> Path:
    """The folder of what is derived from this graph file (it may not exist yet)."""
    return cache_root(trig) / file_digest(trig)


def prepared_store(trig: Path) -> Path:
    """Where the graph's on-disk pyoxigraph store is once `kg build` (or the explorer) has made it."""
    return derived_folder(trig) / EMBEDDED / OXIGRAPH


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Exclusive use of a graph's derived files while they are written."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    with (folder.parent / f"{folder.name}.lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def forget_others(folder: Path) -> None:
    """Other graphs' derived files go, unless another process holds their lock (it may be reading them)."""
    root = folder.parent
    for other in root.iterdir():
        if other.is_dir() and other.name != folder.name:
            lock = root / f"{other.name}.lock"
            with lock.open("w") as handle:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    continue
                shutil.rmtree(other, ignore_errors=True)
            lock.unlink(missing_ok=True)


def publish(work: Path, final: Path) -> None:
    """Put a finished file or folder in place in one step."""
    if final.is_dir():
        shutil.rmtree(final)
    work.rename(final)

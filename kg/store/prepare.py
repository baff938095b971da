"""The embedded store's files, made once per graph: the TriG in an on-disk pyoxigraph store, and a
full-text index (SQLite FTS5) of every node's folded names.

They live in a folder named after the graph's content hash (`.kg-store/<hash>/` beside the graph, or
`KG_STORE_CACHE`), so a rebuilt graph gets fresh files and an unchanged one opens at once. Both are
written in chunks, so memory stays flat however large the graph is; the folder appears only when
complete (written aside, then renamed), and a lock keeps two processes from writing it together.
"""

import fcntl
import gc
import itertools
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.graph.mapping import records
from kg.graph.schema import load_schema
from kg.rdf.io import file_digest
from kg.graph.names import NAME_KEYS, names_of, search_text, searchable
from kg.store.search import kind_weight

STORE_DIR = ".kg-store"
OXIGRAPH, SEARCH, READY = "oxigraph", "search.sqlite", "ready"
CHUNK = 100_000


def _cache_root(trig: Path) -> Path:
    configured = os.environ.get("KG_STORE_CACHE")
    if configured:
        return Path(configured)
    beside = trig.resolve().parent / STORE_DIR
    try:
        beside.mkdir(exist_ok=True)
    except OSError:
        return Path.home() / ".cache" / "vn-dx-kg" / "store"
    return beside if os.access(beside, os.W_OK) else Path.home() / ".cache" / "vn-dx-kg" / "store"


@contextmanager
def _locked(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def prepared(trig: Path) -> Path:
    """The folder holding the graph's on-disk store and search index. When missing, they are made in a
    child process, so the caller (the app) never holds a whole graph in its memory."""
    if not trig.is_file():
        raise InputError(f"{trig}: no such graph file")
    folder = _cache_root(trig) / file_digest(trig)
    if not (folder / READY).exists():
        child = subprocess.run([sys.executable, "-m", "kg.store.prepare", str(trig)], capture_output=True, text=True)
        if child.returncode:
            lines = child.stderr.strip().splitlines()
            raise InputError(lines[-1].removeprefix("error: ") if lines else f"{trig}: the graph could not be opened")
    return folder


def prepare(trig: Path) -> Path:
    """Make the folder (under a lock) unless it is there."""
    root = _cache_root(trig)
    digest = file_digest(trig)
    folder = root / digest
    if (folder / READY).exists():
        return folder
    with _locked(root / f"{digest}.lock"):
        if not (folder / READY).exists():
            work = root / f"{digest}.partial"
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            _write_store(trig, work / OXIGRAPH)
            _write_index(work / OXIGRAPH, work / SEARCH)
            (work / READY).write_text(digest, encoding="utf-8")
            shutil.rmtree(folder, ignore_errors=True)
            work.rename(folder)
    _forget_others(root, keep=digest)
    return folder


def _forget_others(root: Path, keep: str) -> None:
    """Older graphs' files go, unless another process holds their lock (it may be reading them)."""
    for other in root.iterdir():
        if other.is_dir() and other.name != keep and not other.name.endswith(".partial"):
            lock = root / f"{other.name}.lock"
            with lock.open("w") as handle:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    continue
                shutil.rmtree(other, ignore_errors=True)
            lock.unlink(missing_ok=True)


def _write_store(trig: Path, target: Path) -> None:
    store = ox.Store(str(target))
    try:
        stream = ox.parse(path=str(trig), format=ox.RdfFormat.TRIG)
        while batch := list(itertools.islice(stream, CHUNK)):
            store.bulk_extend(batch)
        store.flush()
        store.optimize()
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"{trig}: not valid TriG ({str(exc).splitlines()[0]})") from None
    finally:
        del store
        gc.collect()


def _write_index(store_path: Path, target: Path) -> None:
    """The names of every searchable node, folded, in an FTS5 table whose row order is the search's
    preference (heavier kinds, then shorter names): a broad query's first rows are its best ones."""
    schema = load_schema()
    store = ox.Store.read_only(str(store_path))
    db = sqlite3.connect(target)
    try:
        db.execute("CREATE TABLE staging (iri TEXT, labels TEXT, props TEXT, text TEXT, weight INTEGER)")
        rows = []
        for node, _ in records(store, schema):
            if not searchable(node.labels) or not names_of(node.props):
                continue
            names = {k: node.props[k] for k in NAME_KEYS if k in node.props}
            text = search_text(node.props)
            rows.append((node.iri, json.dumps(node.labels), json.dumps(names, ensure_ascii=False, default=str), text,
                         kind_weight(node.labels)))
            if len(rows) >= 10_000:
                db.executemany("INSERT INTO staging VALUES (?, ?, ?, ?, ?)", rows)
                rows = []
        db.executemany("INSERT INTO staging VALUES (?, ?, ?, ?, ?)", rows)
        db.execute("CREATE VIRTUAL TABLE names USING fts5(iri UNINDEXED, labels UNINDEXED, props UNINDEXED, text, "
                   "tokenize = 'unicode61 remove_diacritics 2')")
        db.execute("INSERT INTO names SELECT iri, labels, props, text FROM staging ORDER BY weight DESC, length(text), iri")
        db.execute("DROP TABLE staging")
        db.execute("INSERT INTO names(names) VALUES ('optimize')")
        db.commit()
        db.execute("VACUUM")
    finally:
        db.close()
        del store
        gc.collect()


if __name__ == "__main__":
    try:
        prepare(Path(sys.argv[1]))
    except InputError as exc:
        sys.stderr.write(f"error: {exc}\n")
        sys.exit(1)

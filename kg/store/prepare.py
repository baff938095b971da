"""The embedded store's files, made once per graph: the TriG in an on-disk pyoxigraph store, and a
full-text index (SQLite FTS5) of every node's folded names, in the graph's derived folder
(`kg.rdf.derived`). Both are written in chunks, so memory stays flat however large the graph is.
"""

import gc
import shutil
import itertools
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.graph.mapping import records
from kg.graph.names import NAME_KEYS, names_of, search_text, searchable
from kg.graph.schema import load_schema
from kg.rdf.derived import EMBEDDED, OXIGRAPH, derived_folder, forget_others, locked, publish
from kg.store.search import kind_weight

SEARCH = "search.sqlite"
CHUNK = 100_000


def prepared(trig: Path) -> Path:
    """The folder holding the graph's on-disk store and search index. When missing, they are made in a
    child process, so the caller (the app) never holds a whole graph in its memory."""
    if not trig.is_file():
        raise InputError(f"{trig}: no such graph file")
    folder = derived_folder(trig) / EMBEDDED
    if not folder.is_dir():
        child = subprocess.run([sys.executable, "-m", "kg.store.prepare", str(trig)], capture_output=True, text=True)
        if child.returncode:
            lines = child.stderr.strip().splitlines()
            raise InputError(lines[-1].removeprefix("error: ") if lines else f"{trig}: the graph could not be opened")
    return folder


def prepare(trig: Path) -> Path:
    """Make the store and its index (under the graph's lock) unless they are there."""
    root = derived_folder(trig)
    folder = root / EMBEDDED
    with locked(root):
        if not folder.is_dir():
            work = root / f"{EMBEDDED}.partial"
            if work.exists():
                shutil.rmtree(work)
            work.mkdir(parents=True)
            _write_store(trig, work / OXIGRAPH)
            _write_index(work / OXIGRAPH, work / SEARCH)
            publish(work, folder)
    forget_others(root)
    return folder


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

"""The loader's other half: a child process that reads the TriG into a temporary on-disk store, maps it
to property-graph rows and hands them over in batches, while the parent writes the batches before.

Mapping is Python and writing waits on the server, so on two cores the two overlap. The queue between
them is bounded, and the store and the relationship spool are on disk, so memory stays flat.

Messages, in order: ("nodes", labels, rows)…, ("bare", rows)… (nodes only named as objects),
("rels", type, rows)…, then ("done", counts) or ("error", message).
"""

import itertools
import multiprocessing
import pickle
import queue
import tempfile
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, KgError
from kg.graph.mapping import records, subjects, term_id
from kg.graph.names import SEARCH_KEY, names_of, search_text
from kg.graph.schema import BASE_LABEL, load_schema

BATCH = 2000
CHUNK = 100_000
_CONTEXT = multiprocessing.get_context("spawn")


def _open_store(trig: Path, folder: Path) -> ox.Store:
    store = ox.Store(str(folder))
    try:
        stream = ox.parse(path=str(trig), format=ox.RdfFormat.TRIG)
        while batch := list(itertools.islice(stream, CHUNK)):
            store.bulk_extend(batch)
    except (SyntaxError, ValueError) as exc:
        raise InputError(f"{trig}: not valid TriG ({str(exc).splitlines()[0]})") from None
    return store


def _produce(trig: str, stamp: str, out) -> None:
    """Run in the child: map the graph and put its batches on `out`."""
    try:
        with tempfile.TemporaryDirectory(prefix="kg-load-") as tmp:
            store = _open_store(Path(trig), Path(tmp) / "store")
            counts = {"triples": len(store), "nodes": 0, "relationships": 0}
            subject_list = subjects(store)
            defined = {term_id(s) for s in subject_list}
            nodes: dict[tuple, list] = defaultdict(list)
            rels: dict[str, list] = defaultdict(list)
            bare: dict[str, dict] = {}
            with (Path(tmp) / "relationships").open("wb") as spool:
                for node, out_rels in records(store, load_schema(), subject_list):
                    node.props["_graph"] = stamp
                    if names_of(node.props):
                        node.props[SEARCH_KEY] = search_text(node.props)
                    key = tuple(node.labels)
                    nodes[key].append({"iri": node.iri, "props": node.props})
                    if len(nodes[key]) >= BATCH:
                        out.put(("nodes", key, nodes.pop(key)))
                    counts["nodes"] += 1
                    for rel in out_rels:
                        rel.props["_graph"] = stamp
                        rels[rel.type].append({"s": rel.start, "o": rel.end, "props": rel.props})
                        if len(rels[rel.type]) >= BATCH:
                            pickle.dump((rel.type, rels.pop(rel.type)), spool)
                        if rel.end not in defined:
                            bare.setdefault(rel.end, {"iri": rel.end, "props": {"iri": rel.end, "_graph": stamp}})
                        counts["relationships"] += 1
                for key, rows in nodes.items():
                    out.put(("nodes", key, rows))
                for rtype, rows in rels.items():
                    pickle.dump((rtype, rows), spool)
            del store
            counts["nodes"] += len(bare)
            rows = list(bare.values())
            for start in range(0, len(rows), BATCH):
                out.put(("bare", (BASE_LABEL,), rows[start:start + BATCH]))
            with (Path(tmp) / "relationships").open("rb") as spool:
                while True:
                    try:
                        rtype, rows = pickle.load(spool)
                    except EOFError:
                        break
                    out.put(("rels", rtype, rows))
            out.put(("done", counts, None))
    except KgError as exc:
        out.put(("error", str(exc), None))
    except Exception as exc:  # reported to the parent as one line, never lost in the child
        out.put(("error", f"mapping failed: {exc.__class__.__name__}: {str(exc)[:300]}", None))


class Feed:
    """Iterate the batches of a graph, mapped in a child process."""

    def __init__(self, trig: Path, stamp: str, depth: int = 8):
        self._queue = _CONTEXT.Queue(maxsize=depth)
        self._process = _CONTEXT.Process(target=_produce, args=(str(trig), stamp, self._queue), daemon=True)

    def __enter__(self):
        self._process.start()
        return self

    def __exit__(self, *exc):
        if self._process.is_alive():
            self._process.kill()
        self._process.join(timeout=10)

    def __iter__(self):
        while True:
            try:
                kind, first, rows = self._queue.get(timeout=5)
            except queue.Empty:
                if not self._process.is_alive():
                    raise KgError("the mapping process stopped without a word (out of memory?)") from None
                continue
            if kind == "error":
                raise KgError(first)
            yield kind, first, rows
            if kind == "done":
                return

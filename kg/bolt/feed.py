"""The loader's other half: the graph as property-graph rows, in batches.

`kg build` maps the graph it built and keeps the batches in the graph's derived folder
(`kg.rdf.derived`), so loading a built graph streams them straight from disk. A graph file never seen
is mapped in a child process while the parent writes the batches before (mapping is Python, writing
waits on the server: the two overlap); the child reads the file into a temporary on-disk store (or
opens the one `kg build` or the explorer made) and keeps the batches too. The queue is bounded and the
spools are on disk, so memory stays flat.

Batches, in order: ("nodes", labels, rows)… with ("keys", (KEY_LABEL,), rows)… (the search keys,
`kg.bolt.searchkeys`) among them, ("bare", labels, rows)… (nodes only named as objects), ("rels", type,
rows)…, then ("done", counts, None); a child that fails sends ("error", message, None).
"""

import itertools
import multiprocessing
import os
import pickle
import queue
import tempfile
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from kg.bolt.searchkeys import KEY_LABEL, KeyCap
from kg.errors import InputError, KgError
from kg.graph.mapping import records, subjects, term_id
from kg.graph.names import search_keys, searchable
from kg.graph.schema import BASE_LABEL, load_schema
from kg.rdf.derived import derived_folder, prepared_store, publish
from kg.rdf.io import file_digest

BATCH = 2000
ROWS = "rows-v2.pickle"  # named by the rows' layout, so rows an older loader kept are not streamed
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


class _Keeper:
    """Batches sent on, and kept on disk for the next load."""

    def __init__(self, out, kept: Path):
        self.out, self.kept = out, kept
        self.work = kept.with_name(f"{kept.name}.{os.getpid()}.partial")
        kept.parent.mkdir(parents=True, exist_ok=True)
        self.file = self.work.open("wb")

    def put(self, message: tuple) -> None:
        pickle.dump(message, self.file, protocol=pickle.HIGHEST_PROTOCOL)
        self.out.put(message)

    def finish(self) -> None:
        self.file.close()
        publish(self.work, self.kept)

    def abandon(self) -> None:
        self.file.close()
        self.work.unlink(missing_ok=True)


def _produce(trig: str, stamp: str, queue_out, kept: str) -> None:
    """Run in the child: map the graph and put its batches on the queue (and on disk)."""
    out = _Keeper(queue_out, Path(kept))
    try:
        with tempfile.TemporaryDirectory(prefix="kg-load-") as tmp:
            ready = prepared_store(Path(trig))
            store = ox.Store.read_only(str(ready)) if ready.is_dir() else _open_store(Path(trig), Path(tmp) / "store")
            counts = {"triples": len(store), "nodes": 0, "relationships": 0}
            subject_list = subjects(store)
            defined = {term_id(s) for s in subject_list}
            nodes: dict[tuple, list] = defaultdict(list)
            rels: dict[str, list] = defaultdict(list)
            bare: dict[str, dict] = {}
            cap, keys = KeyCap(), []
            with (Path(tmp) / "relationships").open("wb") as spool:
                for node, out_rels in records(store, load_schema(), subject_list):
                    node.props["_graph"] = stamp
                    if searchable(node.labels):
                        keys += [{"props": {"key": k, "iri": node.iri}} for k in cap.keep(search_keys(node.props))]
                        if len(keys) >= BATCH:
                            out.put(("keys", (KEY_LABEL,), keys))
                            keys = []
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
                if keys:
                    out.put(("keys", (KEY_LABEL,), keys))
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
        out.finish()
    except KgError as exc:
        out.abandon()
        queue_out.put(("error", str(exc), None))
    except Exception as exc:  # reported to the parent as one line, never lost in the child
        out.abandon()
        queue_out.put(("error", f"mapping failed: {exc.__class__.__name__}: {str(exc)[:300]}", None))


def kept_rows(trig: Path) -> Path:
    return derived_folder(trig) / ROWS


class _Nowhere:
    """Where the batches go when they are only kept: nowhere, but a failure is raised."""

    def put(self, message: tuple) -> None:
        if message[0] == "error":
            raise KgError(message[1])


def keep_rows(trig: Path) -> Path:
    """Map the graph now and keep its rows, so that its first load streams them (`kg build` does this)."""
    kept = kept_rows(trig)
    if not kept.is_file():
        _produce(str(trig), file_digest(trig), _Nowhere(), str(kept))
    return kept


class Feed:
    """Iterate the batches of a graph: from the kept rows when there are some, else mapped in a child."""

    def __init__(self, trig: Path, depth: int = 8):
        self.stamp = file_digest(trig)  # every row carries it as `_graph`: the kept rows are this file's
        stamp = self.stamp
        self.kept = kept_rows(trig)
        self.cached = self.kept.is_file()
        self._queue = _CONTEXT.Queue(maxsize=depth)
        self._process = _CONTEXT.Process(target=_produce, args=(str(trig), stamp, self._queue, str(self.kept)), daemon=True)

    def __enter__(self):
        if not self.cached:
            self._process.start()
        return self

    def __exit__(self, *exc):
        if self._process.is_alive():
            self._process.kill()
        if not self.cached:
            self._process.join(timeout=10)

    def __iter__(self):
        if self.cached:
            yield from self._from_disk()
            return
        yield from self._from_child()

    def _from_disk(self):
        with self.kept.open("rb") as kept:
            while True:
                try:
                    yield pickle.load(kept)
                except EOFError:
                    return

    def _from_child(self):
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

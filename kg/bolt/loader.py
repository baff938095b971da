"""`kg load`: the built graph into a Bolt server, streamed subject by subject, batched by label set and
relationship type, idempotent and resumable.

Every node and relationship carries `_graph`, a hash of the loaded file. A load MERGEs on `iri` and
replaces properties, then removes what an older graph left behind. A load that stops half way (a
crash, a killed server) leaves a mix of old and new; running it again reaches exactly the state a
clean load gives. `--wipe` empties the database first.
"""

import hashlib
import itertools
import pickle
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rich.progress import Progress

from kg.bolt.client import Bolt
from kg.errors import KgError
from kg.graph.mapping import records
from kg.graph.schema import BASE_LABEL

BATCH = 2000
CONSTRAINT = f"CREATE CONSTRAINT resource_iri IF NOT EXISTS FOR (n:{BASE_LABEL}) REQUIRE n.iri IS UNIQUE"


@dataclass
class LoadReport:
    nodes: int = 0
    relationships: int = 0
    triples: int = 0
    labels: dict[str, int] = field(default_factory=dict)


def graph_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()[:16]


def _label_clause(labels: tuple[str, ...]) -> str:
    return "".join(f":`{label}`" for label in labels)


def _write_nodes(bolt: Bolt, labels: tuple[str, ...], rows: list[dict]) -> None:
    """MERGE by hand: update the nodes that exist with these labels, create the rest.

    A multi-label `MERGE (n:A:B {iri})` is correct on ArcadeDB but about ten times slower than an
    index lookup on `Resource.iri` plus `CREATE`; on Neo4j both are fast. A node whose labels changed
    since the last load is recreated (its relationships come back in the relationship pass)."""
    found = bolt.read(f"UNWIND $iris AS i MATCH (n:{BASE_LABEL} {{iri: i}}) RETURN n.iri, labels(n)",
                      {"iris": [r["iri"] for r in rows]})[1]
    wanted = set(labels)
    same = {iri for iri, have in found if set(have) == wanted}
    stale = [iri for iri, have in found if set(have) != wanted]
    if stale:
        bolt.write(f"UNWIND $iris AS i MATCH (n:{BASE_LABEL} {{iri: i}}) DETACH DELETE n", {"iris": stale})
    update = [r for r in rows if r["iri"] in same]
    create = [r for r in rows if r["iri"] not in same]
    if update:
        bolt.write(f"UNWIND $rows AS r MATCH (n:{BASE_LABEL} {{iri: r.iri}}) SET n = r.props", {"rows": update})
    if create:
        bolt.write(f"UNWIND $rows AS r CREATE (n{_label_clause(labels)}) SET n = r.props", {"rows": create})


def _write_rels(bolt: Bolt, rtype: str, rows: list[dict]) -> None:
    bolt.write(f"UNWIND $rows AS r MATCH (a:{BASE_LABEL} {{iri: r.s}}) MERGE (b:{BASE_LABEL} {{iri: r.o}}) "
               f"MERGE (a)-[x:`{rtype}`]->(b) SET x = r.props", {"rows": rows})


def open_store(trig: Path, folder: Path, chunk: int = 100_000) -> ox.Store:
    """The file in an on-disk store, added in chunks: memory stays flat as the graph grows
    (one `bulk_load` of the whole file sorts it all in memory)."""
    store = ox.Store(str(folder))
    try:
        stream = ox.parse(path=str(trig), format=ox.RdfFormat.TRIG)
        while batch := list(itertools.islice(stream, chunk)):
            store.bulk_extend(batch)
    except (SyntaxError, ValueError) as exc:
        raise KgError(f"{trig}: not valid TriG ({str(exc).splitlines()[0]})") from None
    return store


def load(bolt: Bolt, trig: Path, *, wipe: bool = False, show_progress: bool = False) -> LoadReport:
    stamp = graph_hash(trig)
    report = LoadReport()
    bolt.write(CONSTRAINT)
    if wipe:
        wipe_all(bolt)
    with tempfile.TemporaryDirectory(prefix="kg-load-") as tmp, Progress(disable=not show_progress, transient=True) as progress:
        store = open_store(trig, Path(tmp) / "store")
        report.triples = len(store)
        task = progress.add_task("nodes", total=None)
        nodes: dict[tuple, list] = defaultdict(list)
        rels: dict[str, list] = defaultdict(list)
        spool = (Path(tmp) / "relationships.pickle").open("wb")
        for node, out in records(store):
            node.props["_graph"] = stamp
            key = tuple(node.labels)
            nodes[key].append({"iri": node.iri, "props": node.props})
            if len(nodes[key]) >= BATCH:
                _write_nodes(bolt, key, nodes.pop(key))
            report.nodes += 1
            for rel in out:
                rel.props["_graph"] = stamp
                rels[rel.type].append({"s": rel.start, "o": rel.end, "props": rel.props})
                if len(rels[rel.type]) >= BATCH:
                    pickle.dump((rel.type, rels.pop(rel.type)), spool)
                report.relationships += 1
            progress.advance(task)
        for key, rows in nodes.items():
            _write_nodes(bolt, key, rows)
        for rtype, rows in rels.items():
            pickle.dump((rtype, rows), spool)
        spool.close()
        progress.update(task, description="relationships")
        with (Path(tmp) / "relationships.pickle").open("rb") as spooled:
            while True:
                try:
                    rtype, rows = pickle.load(spooled)
                except EOFError:
                    break
                _write_rels(bolt, rtype, rows)
                progress.advance(task, len(rows))
        del store
    _remove_stale(bolt, stamp)
    report.labels = label_counts(bolt)
    return report


def _remove_stale(bolt: Bolt, stamp: str) -> None:
    bolt.write(f"MATCH (:{BASE_LABEL})-[r]->(:{BASE_LABEL}) WHERE r._graph <> $g DELETE r", {"g": stamp})
    bolt.write(f"MATCH (n:{BASE_LABEL}) WHERE n._graph <> $g DETACH DELETE n", {"g": stamp})


def wipe_all(bolt: Bolt) -> None:
    while True:
        (count,), = bolt.read(f"MATCH (n:{BASE_LABEL}) RETURN count(n) AS c")[1]
        if not count:
            return
        bolt.write(f"MATCH (n:{BASE_LABEL}) WITH n LIMIT 5000 DETACH DELETE n")


def counts(bolt: Bolt) -> tuple[int, int]:
    (nodes,), = bolt.read(f"MATCH (n:{BASE_LABEL}) RETURN count(n)")[1]
    (rels,), = bolt.read(f"MATCH (:{BASE_LABEL})-[r]->(:{BASE_LABEL}) RETURN count(r)")[1]
    return nodes, rels


def label_counts(bolt: Bolt) -> dict[str, int]:
    _, rows = bolt.read("MATCH (n:Resource) UNWIND labels(n) AS label RETURN label, count(*) AS c")
    return {label: c for label, c in rows}

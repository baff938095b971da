"""`kg load`: the built graph into a Bolt server; batched, idempotent, resumable, one load at a time.

The rows come from `kg.bolt.feed` (kept by `kg build`, or mapped in a child process while this one
writes): nodes grouped by label set, then the nodes only named as objects, then relationships by type,
written in managed write transactions.
Every node and relationship carries `_graph`, a hash of the loaded file. Beside the graph, the loader
writes the search keys (`kg.bolt.searchkeys`) under their range index: all of them again on every load.

- Into an empty database every write is a plain `UNWIND … CREATE`, the server's own ceiling.
- Into a database that holds a graph, nodes are matched on `iri` and replaced, relationships merged,
  and a last pass removes what the older graph left behind; a node the new graph only points to is
  reset to a bare node, never deleted. A load that stops half way leaves a mix; loading again
  reaches exactly the state a clean load gives. `--wipe` empties the database first.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rich.progress import Progress

from kg.bolt.client import Bolt
from kg.bolt.feed import Feed
from kg.bolt.lock import Lock, load_lock
from kg.bolt.searchkeys import clear_keys, ensure_index, has_index
from kg.graph.schema import BASE_LABEL

CONSTRAINT = f"CREATE CONSTRAINT resource_iri IF NOT EXISTS FOR (n:{BASE_LABEL}) REQUIRE n.iri IS UNIQUE"


@dataclass
class LoadReport:
    nodes: int = 0
    relationships: int = 0
    triples: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    search_keys: bool = False
    fresh: bool = False


def _labels(labels: tuple[str, ...]) -> str:
    return "".join(f":`{label}`" for label in labels)


def create_nodes(bolt: Bolt, labels: tuple[str, ...], rows: list[dict]) -> None:
    bolt.write(f"UNWIND $rows AS r CREATE (n{_labels(labels)}) SET n = r.props", {"rows": rows})


def create_relationships(bolt: Bolt, rtype: str, rows: list[dict]) -> None:
    bolt.write(f"UNWIND $rows AS r MATCH (a:{BASE_LABEL} {{iri: r.s}}) MATCH (b:{BASE_LABEL} {{iri: r.o}}) "
               f"CREATE (a)-[x:`{rtype}`]->(b) SET x = r.props", {"rows": rows})


def replace_nodes(bolt: Bolt, labels: tuple[str, ...], rows: list[dict], *, bare: bool = False) -> None:
    """MERGE by hand: update the nodes that exist with these labels and create the rest. A node whose
    labels changed is recreated (its relationships come back in the relationship pass).

    A multi-label `MERGE (n:A:B {iri})` is correct on ArcadeDB but about ten times slower than an index
    lookup on `Resource.iri` plus `CREATE`, and `MERGE … SET n:Label` fails there under the constraint."""
    found = bolt.read(f"MATCH (n:{BASE_LABEL}) WHERE n.iri IN $iris RETURN n.iri, labels(n), n._graph",
                      {"iris": [r["iri"] for r in rows]})[1]
    wanted = set(labels)
    stamp = rows[0]["props"]["_graph"]
    if bare:  # a node only named as an object: keep it if this graph already wrote it, else make it bare
        same = {iri for iri, have, graph in found if set(have) == wanted and graph == stamp}
    else:
        same = {iri for iri, have, _ in found if set(have) == wanted}
    stale = [iri for iri, _, _ in found if iri not in same]
    if stale:
        bolt.write(f"MATCH (n:{BASE_LABEL}) WHERE n.iri IN $iris DETACH DELETE n", {"iris": stale})
    update = [r for r in rows if r["iri"] in same]
    create = [r for r in rows if r["iri"] not in same]
    if update and not bare:
        bolt.write(f"UNWIND $rows AS r MATCH (n:{BASE_LABEL} {{iri: r.iri}}) SET n = r.props", {"rows": update})
    if create:
        create_nodes(bolt, labels, create)


def merge_relationships(bolt: Bolt, rtype: str, rows: list[dict]) -> None:
    bolt.write(f"UNWIND $rows AS r MATCH (a:{BASE_LABEL} {{iri: r.s}}) MATCH (b:{BASE_LABEL} {{iri: r.o}}) "
               f"MERGE (a)-[x:`{rtype}`]->(b) SET x = r.props", {"rows": rows})


def is_empty(bolt: Bolt) -> bool:
    return not bolt.read(f"MATCH (n:{BASE_LABEL}) RETURN n.iri LIMIT 1")[1]


def load(bolt: Bolt, trig: Path, *, wipe: bool = False, show_progress: bool = False,
         on_batch: Callable[[], None] | None = None) -> LoadReport:
    report = LoadReport()
    with load_lock(bolt) as lock:
        bolt.write(CONSTRAINT)
        ensure_index(bolt)
        if wipe:
            wipe_all(bolt, lock)
        clear_keys(bolt, lock)
        report.fresh = is_empty(bolt)
        write_nodes = create_nodes if report.fresh else replace_nodes
        write_rels = create_relationships if report.fresh else merge_relationships
        with Feed(trig) as feed, Progress(disable=not show_progress, transient=True) as progress:
            task = progress.add_task("loading", total=None)
            for kind, key, rows in feed:
                if kind == "nodes":
                    write_nodes(bolt, key, rows)
                elif kind == "keys" or (kind == "bare" and report.fresh):
                    create_nodes(bolt, key, rows)
                elif kind == "bare":
                    replace_nodes(bolt, key, rows, bare=True)
                elif kind == "rels":
                    write_rels(bolt, key, rows)
                else:
                    report.triples, report.nodes, report.relationships = key["triples"], key["nodes"], key["relationships"]
                    continue
                progress.advance(task, len(rows))
                lock.heartbeat()
                if on_batch:
                    on_batch()
        if not report.fresh:
            remove_stale(bolt, feed.stamp)
        report.search_keys = has_index(bolt)
        report.labels = label_counts(bolt)
    return report


def remove_stale(bolt: Bolt, stamp: str) -> None:
    bolt.write(f"MATCH (:{BASE_LABEL})-[r]->(:{BASE_LABEL}) WHERE r._graph <> $g DELETE r", {"g": stamp})
    while True:
        (left,), = bolt.read(f"MATCH (n:{BASE_LABEL}) WHERE n._graph <> $g OR n._graph IS NULL RETURN count(n)", {"g": stamp})[1]
        if not left:
            return
        bolt.write(f"MATCH (n:{BASE_LABEL}) WHERE n._graph <> $g OR n._graph IS NULL WITH n LIMIT 5000 DETACH DELETE n",
                   {"g": stamp})


def wipe_all(bolt: Bolt, lock: Lock | None = None) -> None:
    clear_keys(bolt, lock)
    while True:
        (count,), = bolt.read(f"MATCH (n:{BASE_LABEL}) RETURN count(n) AS c")[1]
        if not count:
            return
        bolt.write(f"MATCH (n:{BASE_LABEL}) WITH n LIMIT 5000 DETACH DELETE n")
        if lock:
            lock.heartbeat()


def counts(bolt: Bolt) -> tuple[int, int]:
    (nodes,), = bolt.read(f"MATCH (n:{BASE_LABEL}) RETURN count(n)")[1]
    (rels,), = bolt.read(f"MATCH (:{BASE_LABEL})-[r]->(:{BASE_LABEL}) RETURN count(r)")[1]
    return nodes, rels


def label_counts(bolt: Bolt) -> dict[str, int]:
    _, rows = bolt.read(f"MATCH (n:{BASE_LABEL}) UNWIND labels(n) AS label RETURN label, count(*) AS c")
    return dict(rows)

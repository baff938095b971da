"""The graph-store interface the app and the command line talk to, and the algorithms every store shares.

A store answers a few primitive questions natively — nodes by IRI, the edges around some nodes,
full-text candidates, dated items, measures, counts, a raw query — over pyoxigraph (`kg.store.embedded`)
or a Bolt server (`kg.store.bolt`), never from a copy of the whole graph. Search ranking, neighbourhoods,
paths, relations and evidence are built here from those primitives, once, so both stores give the same
answers (the contract tests check that they do).
"""

import datetime as dt
import re
from collections import deque
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import Protocol

import networkx as nx

from kg.errors import NotFound
from kg.namespaces import ID
from kg.store.search import CANDIDATES, Hit, is_exact, query_terms, rank

# nodes that connect everything and explain nothing: provenance records and vocabulary concepts
OPAQUE = frozenset({"Evidence", "Article", "Concept"})
# n-ary facts: nodes in the graph, but a step through one does not count as a hop
FACTS = frozenset({"Membership", "ChangeEvent", "TaskAssignment", "Target", "IndicatorValue"})
PROVENANCE = frozenset({"WAS_DERIVED_FROM", "SOURCE", "IN_SCHEME"})
DATED = ("LegalDocument", "Event", "ChangeEvent", "Target", "Membership")
DATE_KEYS = ("startDate", "date_document", "date", "since", "dueDate", "periodEnd", "datePublished")
MAX_VIEW_NODES = 300
MAX_PATH_HOPS = 10
MAX_PATH_NODES = 20_000


@dataclass(frozen=True)
class Node:
    iri: str
    labels: tuple[str, ...]
    props: dict

    @property
    def opaque(self) -> bool:
        return bool(OPAQUE & set(self.labels))

    @property
    def fact(self) -> bool:
        return bool(FACTS & set(self.labels))


@dataclass(frozen=True)
class Edge:
    start: str
    type: str
    end: str
    props: dict = field(default_factory=dict, compare=False, hash=False)

    def other(self, iri: str) -> str:
        return self.end if self.start == iri else self.start


@dataclass
class Subgraph:
    """Nodes and edges around a focus; `evidence` maps fact nodes to the evidence records they derive from."""

    focus: str | None = None
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    evidence: dict[str, list[str]] = field(default_factory=dict)
    truncated: bool = False


@dataclass(frozen=True)
class Path:
    nodes: list[str]
    hops: list[tuple[str, str, str]]  # (from, relationship type, to) in the stored direction


@dataclass(frozen=True)
class EvidenceSpan:
    iri: str
    source: str
    start: int
    end: int
    headline: str
    outlet: str
    published: str
    method: str = ""


@dataclass(frozen=True)
class Relation:
    direction: str          # "out" or "in"
    type: str
    other: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class TimelineItem:
    date: dt.date
    iri: str
    labels: tuple[str, ...]


@dataclass(frozen=True)
class MeasureRow:
    iri: str
    labels: tuple[str, ...]
    props: dict = field(compare=False, hash=False)
    indicator: str | None = None
    by: str | None = None
    area: str | None = None


@dataclass(frozen=True)
class Counts:
    nodes: int
    relationships: int
    labels: dict[str, int]


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list]
    truncated: bool = False


class GraphStore(Protocol):
    """What the explorer and the command line need from a graph, whichever store holds it."""

    kind: str        # "embedded" or "bolt"
    language: str    # the raw query language: "sparql" or "cypher"

    def search(self, query: str, limit: int = 20) -> list[Hit]: ...
    def adjacent(self, iris: Collection[str], *, types: Collection[str] | None = None, limit: int = 20_000) -> list[Edge]: ...
    def edges_between(self, iris: Collection[str]) -> list[Edge]: ...
    def resolve(self, name: str) -> str: ...
    def nodes(self, iris: Iterable[str]) -> dict[str, Node]: ...
    def node(self, iri: str) -> Node: ...
    def neighbourhood(self, focus: str, depth: int = 1, max_nodes: int = MAX_VIEW_NODES) -> Subgraph: ...
    def subgraph(self, iris: Iterable[str]) -> Subgraph: ...
    def relations(self, iri: str) -> list[Relation]: ...
    def evidence(self, iris: Iterable[str]) -> list[EvidenceSpan]: ...
    def paths(self, source: str, target: str, max_hops: int = MAX_PATH_HOPS, limit: int = 10) -> list[Path]: ...
    def timeline(self, about: str | None = None, limit: int = 2000) -> list[TimelineItem]: ...
    def measures(self, limit: int = 5000) -> list[MeasureRow]: ...
    def hubs(self, label: str, limit: int = 10) -> list[tuple[str, int]]: ...
    def counts(self) -> Counts: ...
    def query(self, text: str, limit: int = 1000, seconds: float = 15.0) -> QueryResult: ...
    def close(self) -> None: ...


def node_date(props: dict) -> dt.date | None:
    for key in DATE_KEYS:
        value = props.get(key)
        if isinstance(value, list):
            value = min(value, default=None)
        if isinstance(value, dt.date):
            return value
    return None


class StoreBase:
    """The shared algorithms; a store implements the primitives below them."""

    kind = ""
    language = ""

    # ---- primitives, answered natively by each store
    def nodes(self, iris: Iterable[str]) -> dict[str, Node]:
        raise NotImplementedError

    def adjacent(self, iris: Collection[str], *, types: Collection[str] | None = None, limit: int = 20_000) -> list[Edge]:
        """Every edge with one end in `iris` (both directions), of the given types when asked."""
        raise NotImplementedError

    def edges_between(self, iris: Collection[str]) -> list[Edge]:
        """Every edge whose two ends are both in `iris`."""
        raise NotImplementedError

    def candidates(self, terms: list[str], limit: int = CANDIDATES) -> list[tuple[str, tuple[str, ...], dict]]:
        """(iri, labels, props) of nodes whose names hold every term (the last one as a prefix)."""
        raise NotImplementedError

    def dated(self, about: str | None, limit: int) -> list[tuple[str, dt.date]]:
        """(iri, date) of dated items (documents, events, changes, targets, posts), oldest first;
        with `about`, only those one step from that node."""
        raise NotImplementedError

    def measures(self, limit: int = 5000) -> list[MeasureRow]:
        raise NotImplementedError

    def hubs(self, label: str, limit: int = 10) -> list[tuple[str, int]]:
        """The nodes of a label with the most relations (provenance aside), most first."""
        raise NotImplementedError

    def counts(self) -> Counts:
        raise NotImplementedError

    def query(self, text: str, limit: int = 1000, seconds: float = 15.0) -> QueryResult:
        raise NotImplementedError

    def close(self) -> None:
        pass

    # ---- built on the primitives
    def search(self, query: str, limit: int = 20) -> list[Hit]:
        terms = query_terms(query)
        if not terms:
            return []
        return rank(query, self.candidates(terms), limit)

    def resolve(self, name: str) -> str:
        """An entity from its registry id, its IRI, or a name or number written exactly."""
        name = name.strip()
        if not name or len(name) > 300:
            raise NotFound("no entity matches an empty or over-long name")
        candidates = [name] if name.startswith(("http://", "https://")) else []
        if re.fullmatch(r"[a-z0-9][a-z0-9/-]*", name):
            candidates.append(str(ID[name]))
        for iri in candidates:
            if self.nodes([iri]):
                return iri
        exact = [h for h in self.search(name, 5) if is_exact(name, h)]
        if not exact:
            raise NotFound(f"no entity is named '{name[:80]}'")
        return exact[0].iri

    def node(self, iri: str) -> Node:
        found = self.nodes([iri]).get(iri)
        if found is None:
            raise NotFound(f"no entity {iri}")
        return found

    def neighbourhood(self, focus: str, depth: int = 1, max_nodes: int = MAX_VIEW_NODES) -> Subgraph:
        """Nodes up to `depth` hops from the focus. Stepping through an n-ary fact (a membership, a change)
        is free: a person and the body they chair are one hop apart. Opaque nodes are never stepped through."""
        sub = Subgraph(focus=focus, nodes=self.nodes([focus]))
        if focus not in sub.nodes:
            return sub
        frontier = [focus]
        for _ in range(depth):
            reached = self._grow(sub, frontier, max_nodes)
            facts = [n for n in reached if sub.nodes[n].fact]
            reached |= self._grow(sub, facts, max_nodes)
            frontier = [n for n in reached if not sub.nodes[n].opaque and not sub.nodes[n].fact]
            if not frontier or sub.truncated:
                break
        self._close_edges(sub)
        return sub

    def subgraph(self, iris: Iterable[str]) -> Subgraph:
        """The given nodes and the edges among them (a query result drawn as a graph)."""
        sub = Subgraph(nodes=self.nodes(list(dict.fromkeys(iris))[:MAX_VIEW_NODES]))
        self._close_edges(sub)
        return sub

    def _grow(self, sub: Subgraph, frontier: list[str], max_nodes: int) -> set[str]:
        """One step out of `frontier` into `sub`; returns the nodes first reached."""
        if not frontier:
            return set()
        edges = self.adjacent(frontier, limit=max_nodes * 2)
        by_end: dict[str, list[Edge]] = {}
        for e in edges:
            if e.type not in PROVENANCE:
                for end in dict.fromkeys((e.start, e.end)):
                    by_end.setdefault(end, []).append(e)
        wanted = [e.other(n) for n in frontier for e in by_end.get(n, ())]
        new = [iri for iri in dict.fromkeys(wanted) if iri not in sub.nodes]
        room = max_nodes - len(sub.nodes)
        if len(new) > room:
            new, sub.truncated = new[:max(room, 0)], True
        sub.nodes.update(self.nodes(new))
        present = set(sub.edges)
        for edge in edges:
            if edge.type == "WAS_DERIVED_FROM":
                sub.evidence.setdefault(edge.start, []).append(edge.end)
            elif edge.start in sub.nodes and edge.end in sub.nodes and edge not in present:
                sub.edges.append(edge)
                present.add(edge)
        return {iri for iri in new if iri in sub.nodes}

    def _close_edges(self, sub: Subgraph) -> None:
        """Add the edges among nodes already in the subgraph that no step has fetched."""
        present = set(sub.edges)
        for edge in self.edges_between([iri for iri, node in sub.nodes.items() if not node.opaque or node.iri == sub.focus]):
            if edge not in present and edge.type not in PROVENANCE:
                sub.edges.append(edge)
                present.add(edge)
        sub.edges.sort(key=lambda e: (e.start, e.type, e.end))

    def relations(self, iri: str) -> list[Relation]:
        """The node's relations (provenance aside), each with the evidence behind it: the relation's own,
        else that of the n-ary fact at either end."""
        edges = [e for e in self.adjacent([iri]) if e.type not in PROVENANCE]
        ends = {e.other(iri) for e in edges} | {iri}
        derived: dict[str, list[str]] = {}
        for e in self.adjacent(list(ends), types={"WAS_DERIVED_FROM"}):
            derived.setdefault(e.start, []).append(e.end)
        rows = []
        for e in edges:
            other = e.other(iri)
            evidence = list(e.props.get("evidence") or []) or derived.get(other) or derived.get(iri) or []
            rows.append(Relation("out" if e.start == iri else "in", e.type, other, tuple(sorted(set(evidence)))))
        return sorted(rows, key=lambda r: (r.direction, r.type, r.other))

    def evidence(self, iris: Iterable[str]) -> list[EvidenceSpan]:
        wanted = list(dict.fromkeys(iris))
        records = {iri: n for iri, n in self.nodes(wanted).items() if "Evidence" in n.labels}
        article_of = {e.start: e.end for e in self.adjacent(list(records), types={"SOURCE"})}
        articles = self.nodes(set(article_of.values()))
        out = []
        for iri in wanted:
            if iri not in records:
                continue
            props = records[iri].props
            article = articles.get(article_of.get(iri, ""))
            meta = article.props if article else {}
            published = meta.get("datePublished")
            out.append(EvidenceSpan(
                iri, article_of.get(iri, "").rsplit("/", 1)[-1], int(props.get("charStart", 0)), int(props.get("charEnd", 0)),
                str(meta.get("headline_vi", "")), str(meta.get("publisher", "")),
                published.isoformat() if isinstance(published, dt.date) else str(published or "")))
        return out

    def paths(self, source: str, target: str, max_hops: int = MAX_PATH_HOPS, limit: int = 10) -> list[Path]:
        """All shortest paths (up to `limit`) between two nodes, through anything but opaque nodes:
        a breadth-first search from both ends, one native query per step, then networkx on what it explored."""
        if source == target or not self.nodes([source]) or not self.nodes([target]):
            return []
        explored = nx.Graph()
        stored: dict[frozenset, tuple[str, str, str]] = {}
        sides = {source: ({source: 0}, deque([source])), target: ({target: 0}, deque([target]))}
        seen_a, seen_b = sides[source][0], sides[target][0]
        for _ in range(max_hops):
            if set(seen_a) & set(seen_b):
                break
            grow = source if len(seen_a) <= len(seen_b) else target
            seen, _queue = sides[grow]
            level = max(seen.values())
            frontier = [n for n, d in seen.items() if d == level]
            edges = self.adjacent(frontier, limit=MAX_PATH_NODES)
            others = {e.other(n) for n in frontier for e in edges if n in (e.start, e.end)}
            passable = {iri for iri, node in self.nodes(others).items() if not node.opaque}
            for edge in edges:
                if edge.type in PROVENANCE:
                    continue
                a, b = edge.start, edge.end
                if (a in passable or a in seen) and (b in passable or b in seen):
                    explored.add_edge(a, b)
                    stored.setdefault(frozenset((a, b)), (a, edge.type, b))
            for iri in passable:
                seen.setdefault(iri, level + 1)
            if len(seen_a) + len(seen_b) > MAX_PATH_NODES or not passable:
                break
        if source not in explored or target not in explored or not nx.has_path(explored, source, target):
            return []
        found = sorted(nx.all_shortest_paths(explored, source, target))[:limit]
        return [Path(nodes, [stored[frozenset((a, b))] for a, b in zip(nodes, nodes[1:])]) for nodes in found]

    def timeline(self, about: str | None = None, limit: int = 2000) -> list[TimelineItem]:
        rows = self.dated(about, limit)
        nodes = self.nodes([iri for iri, _ in rows])
        items = [TimelineItem(when, iri, nodes[iri].labels) for iri, when in rows if iri in nodes]
        return sorted(items, key=lambda i: (i.date, i.iri))

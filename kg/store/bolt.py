"""The graph store on a Bolt server (Neo4j, or the local ArcadeDB one): every primitive is one Cypher
query, sent in a READ session; nothing of the graph is kept in the app.

Search finds its candidates through the search keys the loader writes (`kg.bolt.searchkeys`): the words
as a phrase first, then, when that finds few, every node named by the first word rare enough to find
all of them.
"""

import datetime as dt
from collections.abc import Collection, Iterable

from kg.bolt.client import Bolt, BoltSettings
from kg.bolt.searchkeys import KEY_CAP, KEY_LABEL, has_index
from kg.errors import GraphNotBuilt
from kg.graph.names import KEY_WORDS, NAME_KEYS
from kg.graph.schema import BASE_LABEL
from kg.store.base import DATE_KEYS, DATED, PROVENANCE, Counts, Edge, MeasureRow, Node, QueryResult, StoreBase
from kg.store.embedded import clean
from kg.store.isolated import run_cypher
from kg.store.search import CANDIDATES

_NODE = "n.iri AS iri, labels(n) AS labels, properties(n) AS props"
_EDGE = "a.iri AS s, type(r) AS t, b.iri AS o, properties(r) AS props"
_NAMES = ", ".join(f"{k}: n.{k}" for k in NAME_KEYS)
ENOUGH = 50  # phrase hits past which the words one by one add nothing the ranking would put first


TRIES = 6    # words tried, at most, for one rare enough to find every node it names


def _specific_first(prefixes) -> list[str]:
    """Those with digits (numbers of documents) first, then the longer ones: the likeliest to be rare."""
    return sorted(dict.fromkeys(prefixes), key=lambda p: (not any(ch.isdigit() for ch in p), -len(p)))


def _node(iri, labels, props) -> Node:
    return Node(iri, tuple(sorted(labels)), clean(props))


def _edges(rows) -> list[Edge]:
    return [Edge(s, t, o, clean(props)) for s, t, o, props in rows]


class BoltStore(StoreBase):
    kind = "bolt"
    language = "cypher"

    def __init__(self, settings: BoltSettings):
        self.bolt = Bolt(settings)
        self.settings = settings
        self._keys = has_index(self.bolt)

    def _rows(self, query: str, params: dict | None = None) -> list[list]:
        return self.bolt.read(query, params)[1]

    def nodes(self, iris: Iterable[str]) -> dict[str, Node]:
        wanted = list(dict.fromkeys(iris))
        if not wanted:
            return {}
        rows = self._rows(f"MATCH (n:{BASE_LABEL}) WHERE n.iri IN $iris RETURN {_NODE}", {"iris": wanted})
        return {iri: _node(iri, labels, props) for iri, labels, props in rows}

    def adjacent(self, iris: Collection[str], *, types: Collection[str] | None = None, limit: int = 20_000) -> list[Edge]:
        if not iris:
            return []
        typed = " AND type(r) IN $types" if types is not None else ""
        params = {"iris": list(iris), "types": list(types or []), "limit": limit}
        out = self._rows(f"MATCH (a:{BASE_LABEL})-[r]->(b:{BASE_LABEL}) WHERE a.iri IN $iris{typed} "
                         f"RETURN {_EDGE} LIMIT $limit", params)
        # one index lookup per end, then its incoming edges: ArcadeDB otherwise walks every edge of the graph
        into = self._rows(f"UNWIND $iris AS wanted MATCH (b:{BASE_LABEL}) WHERE b.iri = wanted "
                          f"MATCH (a:{BASE_LABEL})-[r]->(b) WHERE NOT a.iri IN $iris{typed} RETURN {_EDGE} LIMIT $limit", params)
        edges = dict.fromkeys(_edges(out + into))
        return sorted(edges, key=lambda e: (e.start, e.type, e.end))[:limit]

    def edges_between(self, iris: Collection[str]) -> list[Edge]:
        if not iris:
            return []
        return _edges(self._rows(f"MATCH (a:{BASE_LABEL})-[r]->(b:{BASE_LABEL}) WHERE a.iri IN $iris AND b.iri IN $iris "
                                 f"RETURN {_EDGE}", {"iris": list(iris)}))

    def _keyed(self, prefix: str, limit: int) -> tuple[list[str], bool]:
        """The nodes with a search key starting with `prefix` (up to `limit`), and whether that is all of them."""
        rows = self._rows(f"MATCH (k:{KEY_LABEL}) WHERE k.key STARTS WITH $p RETURN k.iri LIMIT $limit",
                          {"p": prefix, "limit": limit + 1})
        return list(dict.fromkeys(iri for iri, in rows[:limit])), len(rows) <= limit

    def candidates(self, terms: list[str], limit: int = CANDIDATES) -> list[tuple[str, tuple[str, ...], dict]]:
        """The words as a phrase (a longer query by its most specific run of `KEY_WORDS` words); when that
        finds few, the nodes named by the first word rare enough that its keys name every such node."""
        if not self._keys:
            raise GraphNotBuilt("this database has no search keys: load the graph with `kg load`")
        runs = [" ".join(terms[i:i + KEY_WORDS]) for i in range(max(1, len(terms) - KEY_WORDS + 1))]
        iris, _ = self._keyed(_specific_first(runs)[0], limit)
        if len(iris) < ENOUGH and len(terms) > 1:
            tried = []
            for term in _specific_first(terms)[:TRIES]:
                found, complete = self._keyed(term, KEY_CAP)
                tried.append(found)
                if complete:
                    break
            iris += tried[-1] if complete else tried[0]
        wanted = list(dict.fromkeys(iris))[:limit]
        rows = self._rows(f"UNWIND $iris AS wanted MATCH (n:{BASE_LABEL}) WHERE n.iri = wanted "
                          f"RETURN n.iri, labels(n), {{{_NAMES}}}", {"iris": wanted})
        return [(iri, tuple(sorted(labels)), {k: v for k, v in names.items() if v is not None}) for iri, labels, names in rows]

    def dated(self, about: str | None, limit: int) -> list[tuple[str, dt.date]]:
        kinds = " OR ".join(f"n:{label}" for label in DATED)
        when = "coalesce(" + ", ".join(f"n.{k}" for k in DATE_KEYS) + ")"
        near = f"MATCH (x:{BASE_LABEL} {{iri: $about}})--(n:{BASE_LABEL})" if about else f"MATCH (n:{BASE_LABEL})"
        rows = self._rows(f"{near} WHERE {kinds} WITH DISTINCT n, {when} AS d WHERE d IS NOT NULL "
                          "RETURN n.iri, d ORDER BY d, n.iri LIMIT $limit", {"about": about, "limit": limit})
        dated = []
        for iri, value in rows:
            value = min(value) if isinstance(value, list) else value
            if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
                dated.append((iri, value))
        return sorted(set(dated), key=lambda r: (r[1], r[0]))[:limit]

    def measures(self, limit: int = 5000) -> list[MeasureRow]:
        rows = self._rows(
            f"MATCH (n:{BASE_LABEL}) WHERE n:Target OR n:IndicatorValue "
            f"OPTIONAL MATCH (n)-[:MEASURES]->(i:{BASE_LABEL}) OPTIONAL MATCH (n)-[:SET_BY|REPORTED_BY]->(b:{BASE_LABEL}) "
            f"OPTIONAL MATCH (n)-[:AREA]->(a:{BASE_LABEL}) "
            f"RETURN {_NODE}, i.iri, b.iri, a.iri ORDER BY iri LIMIT $limit", {"limit": limit})
        return [MeasureRow(iri, tuple(sorted(labels)), clean(props), i, b, a) for iri, labels, props, i, b, a in rows]

    def hubs(self, label: str, limit: int = 10) -> list[tuple[str, int]]:
        rows = self._rows(f"MATCH (n:`{label}`)-[r]-(:{BASE_LABEL}) WHERE NOT type(r) IN $skip "
                          "WITH n.iri AS iri, count(r) AS degree RETURN iri, degree ORDER BY degree DESC, iri LIMIT $limit",
                          {"skip": sorted(PROVENANCE), "limit": limit})
        return [(iri, int(degree)) for iri, degree in rows]

    def counts(self) -> Counts:
        (nodes,), = self._rows(f"MATCH (n:{BASE_LABEL}) RETURN count(n)")
        (rels,), = self._rows(f"MATCH (:{BASE_LABEL})-[r]->(:{BASE_LABEL}) RETURN count(r)")
        labels = dict(self._rows(f"MATCH (n:{BASE_LABEL}) UNWIND labels(n) AS label RETURN label, count(*)"))
        return Counts(nodes, rels, labels)

    def query(self, text: str, limit: int = 1000, seconds: float = 15.0) -> QueryResult:
        return run_cypher(self.settings, text, limit=limit, seconds=seconds)

    def close(self) -> None:
        self.bolt.close()

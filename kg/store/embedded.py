"""The embedded graph store: the built TriG in an on-disk pyoxigraph store (read-only), with a SQLite
full-text index of names beside it. Nodes and edges are read by quad pattern and mapped to the property
graph exactly as the Bolt loader maps them; dated items, measures and counts are SPARQL."""

import datetime as dt
import json
import sqlite3
import threading
from collections import defaultdict
from functools import lru_cache
from collections.abc import Collection, Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.graph.mapping import (
    DERIVED, ONTOLOGY_GRAPH, REIFICATION, is_statement, quads_of, statements_about, subject_records,
    subject_term, term_id,
)
from kg.graph.schema import RDF_TYPE, load_schema
from kg.namespaces import PREFIXES
from kg.rdf.derived import OXIGRAPH
from kg.store.base import DATE_KEYS, DATED, PROVENANCE, Counts, Edge, MeasureRow, Node, QueryResult, StoreBase
from kg.store.search import CANDIDATES
from kg.store.prepare import SEARCH, prepared
from kg.store.isolated import run_sparql

MEASURE_LABELS = ("Target", "IndicatorValue")


def _fts_query(terms: list[str]) -> str:
    """Every word, the last one as a prefix (the user may still be typing it)."""
    quoted = [f'"{t}"' for t in terms]
    return " AND ".join(quoted[:-1] + [quoted[-1] + "*"])


def clean(props: dict) -> dict:
    """A node's or edge's properties as the views use them: without the loader's bookkeeping."""
    return {k: v for k, v in props.items() if not k.startswith("_")}


SUBJECTS_CACHED = 16_384


class EmbeddedStore(StoreBase):
    kind = "embedded"
    language = "sparql"

    def __init__(self, trig: Path):
        self.trig = trig
        self.folder = prepared(trig)
        self._ox = ox.Store.read_only(str(self.folder / OXIGRAPH))
        self._schema = load_schema()
        self._local = threading.local()
        # the files never change under an open store, so a subject mapped once stays mapped: neighbouring
        # views share most of their nodes
        self._subject = lru_cache(maxsize=SUBJECTS_CACHED)(self._map_subject)

    # ---- nodes and edges by quad pattern
    def _quads(self, term, predicate=None, obj=None) -> list:
        return [q for q in self._ox.quads_for_pattern(term, predicate, obj)
                if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == ONTOLOGY_GRAPH)]

    def _map_subject(self, iri: str) -> tuple[str, Node | None, tuple[Edge, ...]]:
        """("subject", its node, its outgoing edges); ("statement", …) for a reified statement (never a
        node); ("object", …) for an IRI only named as an object; ("none", …) for an unknown one."""
        try:
            term = subject_term(iri)
        except ValueError:  # not an IRI: no such node
            return "none", None, ()
        quads = quads_of(self._ox, term)
        if not quads:
            return ("object" if self._quads(None, None, term) else "none"), None, ()
        if is_statement(self._ox, term):
            return "statement", None, ()
        record, rels = subject_records(iri, quads, self._schema, statements_about(self._ox, term))
        return ("subject", Node(iri, tuple(record.labels), clean(record.props)),
                tuple(Edge(r.start, r.type, r.end, clean(r.props)) for r in rels))

    def nodes(self, iris: Iterable[str]) -> dict[str, Node]:
        out = {}
        for iri in dict.fromkeys(iris):
            kind, node, _ = self._subject(iri)
            if node is not None:
                out[iri] = node
            elif kind == "object":
                out[iri] = Node(iri, ("Resource",), {"iri": iri, "types": [], "graphs": []})
        return out

    def _outgoing(self, iri: str, predicates: set[str] | None) -> list[Edge]:
        _, _, edges = self._subject(iri)
        if predicates is None:
            return list(edges)
        types = {self._schema.reltype_for(p) for p in predicates}
        return [e for e in edges if e.type in types]

    def _incoming_starts(self, iri: str, predicates: set[str] | None, cap: int) -> list[str]:
        """The subjects with an edge to `iri`, at most `cap` of them (a hub stops there)."""
        starts: dict[str, None] = {}
        for q in self._ox.quads_for_pattern(None, None, subject_term(iri)):
            p = q.predicate.value
            if p == RDF_TYPE or p in REIFICATION or (predicates is not None and p not in predicates):
                continue
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == ONTOLOGY_GRAPH:
                continue
            if p == DERIVED and is_statement(self._ox, q.subject):
                continue
            starts[term_id(q.subject)] = None
            if len(starts) >= cap:
                break
        return sorted(starts)

    def _predicates(self, types: Collection[str] | None) -> set[str] | None:
        if types is None:
            return None
        return {p for t in types if (p := self._schema.predicate_for_reltype(t))}

    def adjacent(self, iris: Collection[str], *, types: Collection[str] | None = None, limit: int = 20_000) -> list[Edge]:
        predicates = self._predicates(types)
        wanted = set(iris)
        edges: dict[Edge, Edge] = {}
        for iri in iris:
            for edge in self._outgoing(iri, predicates):
                edges.setdefault(edge, edge)
            for start in self._incoming_starts(iri, predicates, limit):
                if start in wanted:
                    continue
                for edge in self._outgoing(start, predicates):
                    if edge.end == iri:
                        edges.setdefault(edge, edge)
            if len(edges) >= limit:
                break
        return sorted(edges, key=lambda e: (e.start, e.type, e.end))[:limit]

    def edges_between(self, iris: Collection[str]) -> list[Edge]:
        wanted = set(iris)
        return [e for iri in iris for e in self._outgoing(iri, None) if e.end in wanted]

    # ---- search
    def _index(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(f"file:{self.folder / SEARCH}?mode=ro", uri=True)
            self._local.db = db
        return db

    def candidates(self, terms: list[str], limit: int = CANDIDATES) -> list[tuple[str, tuple[str, ...], dict]]:
        db = self._index()
        phrase = '"' + " ".join(terms) + '"'
        rows = db.execute("SELECT iri, labels, props FROM names WHERE names MATCH ? LIMIT ?", (phrase, limit // 4)).fetchall()
        rows += db.execute("SELECT iri, labels, props FROM names WHERE names MATCH ? LIMIT ?",
                           (_fts_query(terms), limit)).fetchall()  # rows are stored best first
        seen, out = set(), []
        for iri, labels, props in rows:
            if iri not in seen:
                seen.add(iri)
                out.append((iri, tuple(json.loads(labels)), json.loads(props)))
        return out

    # ---- SPARQL
    def _select(self, query: str) -> list[list]:
        result = self._ox.query(query, use_default_graph_as_union=True,
                                prefixes={p: str(ns) for p, ns in PREFIXES.items()})
        assert isinstance(result, ox.QuerySolutions)  # the store's own SELECTs
        columns = [v.value for v in result.variables]
        return [[solution[c] for c in columns] for solution in result]

    def _classes(self, labels) -> str:
        """The ontology's classes that carry any of these labels (themselves or by a superclass)."""
        wanted = set(labels)
        return " ".join(f"<{c}>" for c, names in sorted(self._schema.class_labels.items()) if wanted & set(names))

    def dated(self, about: str | None, limit: int) -> list[tuple[str, dt.date]]:
        dates = [(k, self._schema.predicate_for_key(k)) for k in DATE_KEYS if self._schema.predicate_for_key(k)]
        optional = " ".join(f"OPTIONAL {{ ?n <{p}> ?d{i} }}" for i, (_, p) in enumerate(dates))
        first = ", ".join(f"?d{i}" for i in range(len(dates)))
        near = ""
        if about:
            near = f"{{ <{about}> ?p0 ?n }} UNION {{ ?n ?p1 <{about}> }}"
        query = f"""SELECT ?n (MIN(?d) AS ?when) WHERE {{
            {near}
            VALUES ?t {{ {self._classes(DATED)} }}
            ?n a ?t .
            {optional}
            BIND(COALESCE({first}) AS ?d)
            FILTER(BOUND(?d) && DATATYPE(?d) = xsd:date)
        }} GROUP BY ?n ORDER BY ?when ?n LIMIT {int(limit)}"""
        return [(r[0].value, dt.date.fromisoformat(r[1].value)) for r in self._select(query) if r[1] is not None]

    def measures(self, limit: int = 5000) -> list[MeasureRow]:
        # DISTINCT: a measure stated in two sources is two quads of each triple in the union of the graphs
        query = f"""SELECT DISTINCT ?m ?i ?b ?a WHERE {{
            VALUES ?c {{ {self._classes(MEASURE_LABELS)} }}
            ?m a ?c .
            OPTIONAL {{ ?m <{self._schema.reltype_iri['MEASURES']}> ?i }}
            OPTIONAL {{ ?m <{self._schema.reltype_iri['SET_BY']}>|<{self._schema.reltype_iri['REPORTED_BY']}> ?b }}
            OPTIONAL {{ ?m <{self._schema.reltype_iri['AREA']}> ?a }}
        }} ORDER BY ?m LIMIT {int(limit)}"""
        rows = self._select(query)
        nodes = self.nodes([r[0].value for r in rows])
        return [MeasureRow(m.value, nodes[m.value].labels, nodes[m.value].props, *(t.value if t else None for t in rest))
                for m, *rest in rows if m.value in nodes]

    def hubs(self, label: str, limit: int = 10) -> list[tuple[str, int]]:
        skip = " ".join(f"<{self._schema.reltype_iri[t]}>" for t in sorted(PROVENANCE) if t in self._schema.reltype_iri)
        rows = self._select(f"""SELECT ?n (COUNT(*) AS ?degree) WHERE {{
            {{ SELECT DISTINCT ?n ?p ?o WHERE {{
                VALUES ?t {{ {self._classes([label])} }} ?n a ?t .
                {{ ?n ?p ?o FILTER(isIRI(?o) && ?p != rdf:type) }} UNION {{ ?o ?p ?n FILTER(?p != rdf:type) }}
                FILTER(?p NOT IN ({skip.replace(" ", ", ")}, rdf:subject, rdf:object))
                FILTER NOT EXISTS {{ ?o a rdf:Statement }} }} }}
        }} GROUP BY ?n ORDER BY DESC(?degree) ?n LIMIT {int(limit)}""")
        return [(n.value, int(d.value)) for n, d in rows]

    def counts(self) -> Counts:
        outside = f"FILTER(?g != <{ONTOLOGY_GRAPH}>)"  # the ontology's own graph is not data
        per_class = self._select(f"""SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{
            GRAPH ?g {{ ?s a ?t }} {outside} FILTER NOT EXISTS {{ ?s a rdf:Statement }}
            ?t rdfs:subClassOf* ?c }} GROUP BY ?c""")
        labels: dict[str, int] = defaultdict(int)
        for cls, n in per_class:
            labels[self._schema.label_of(cls.value)] += int(n.value)
        (nodes,), = self._select(f"""SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH ?g {{
            {{ ?x ?p ?o }} UNION {{ ?s ?q ?x FILTER(!isLiteral(?x) && ?q NOT IN (rdf:type, rdf:subject, rdf:predicate, rdf:object)) }} }}
            {outside} FILTER NOT EXISTS {{ ?x a rdf:Statement }} }}""")
        (rels,), = self._select(f"""SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{
            GRAPH ?g {{ ?s ?p ?o }} {outside} FILTER(!isLiteral(?o) && ?p != rdf:type)
            FILTER NOT EXISTS {{ ?s a rdf:Statement }} }} }}""")
        labels["Resource"] = int(nodes.value)
        return Counts(int(nodes.value), int(rels.value), dict(labels))

    def query(self, text: str, limit: int = 1000, seconds: float = 15.0) -> QueryResult:
        return run_sparql(self.folder / OXIGRAPH, text, limit=limit, seconds=seconds)

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()

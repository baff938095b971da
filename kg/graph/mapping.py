"""RDF ⇄ property graph, one subject at a time so large graphs stream.

- Node: every IRI (or blank node) subject. `iri` is unique; labels are `Resource` plus the
  asserted classes and their superclasses (from the ontology); `types` lists the asserted class IRIs.
- Literal → property named after the predicate (`prefLabel`, `id_local`, …), `_vi`/`_en` for language
  tags; dates become dates, integers ints, decimals floats; several values become a list.
- IRI object → relationship typed UPPER_SNAKE after the predicate (`PASSED_BY`, `SUB_ORGANIZATION_OF`).
- Reified statements (`rdf:Statement` with `prov:wasDerivedFrom`) are not nodes: they become
  `statement`/`evidence`/`method` on the relationship they describe (or `statement_<key>` …
  on the node, for a literal). Named graphs become `graphs` lists (local names of the graph IRIs).
- The ontology's own graph is not mapped: node labels carry the class hierarchy.
"""

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

import pyoxigraph as ox

from kg.graph.schema import RDF_TYPE, XSD, Schema, load_schema
from kg.namespaces import GRAPH

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
STATEMENT = RDF_NS + "Statement"
REIFICATION = {RDF_NS + "subject", RDF_NS + "predicate", RDF_NS + "object"}
DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
METHOD = "https://w3id.org/vndt/ontology#method"
ONTOLOGY_GRAPH = str(GRAPH["ontology"])
LIST_KEYS = {"altLabel", "types", "graphs"}
_INT_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}
_FLOAT_TYPES = {XSD + t for t in ("decimal", "double", "float")}


@dataclass
class NodeRecord:
    iri: str
    labels: list[str]
    props: dict = field(default_factory=dict)


@dataclass
class RelRecord:
    type: str
    start: str
    end: str
    props: dict = field(default_factory=dict)


def term_id(term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def graph_name(graph) -> str:
    if isinstance(graph, ox.DefaultGraph):
        return ""
    value = graph.value
    return value[len(str(GRAPH)):] if value.startswith(str(GRAPH)) else value


def graph_term(name: str):
    if name == "":
        return ox.DefaultGraph()
    return ox.NamedNode(name if ":" in name else str(GRAPH) + name)


def canonical_decimal(value) -> Decimal:
    """One lexical form for a decimal, shared by the RDF builder and the way back from floats."""
    number = Decimal(str(value))
    return number.quantize(Decimal(1)) if number == number.to_integral_value() else number.normalize()


def literal_value(lit: ox.Literal):
    datatype = lit.datatype.value if lit.datatype else ""
    try:
        if datatype == XSD + "date":
            return dt.date.fromisoformat(lit.value)
        if datatype in _INT_TYPES:
            return int(lit.value)
        if datatype in _FLOAT_TYPES:
            return float(lit.value)
        if datatype == XSD + "boolean":
            return lit.value in ("true", "1")
    except ValueError:
        pass
    return lit.value


def literal_key(schema: Schema, predicate: str, lit: ox.Literal) -> str:
    key = schema.key_for(predicate)
    return f"{key}_{lit.language.replace('-', '_')}" if lit.language else key


def _object_key(obj) -> tuple:
    return (type(obj).__name__, obj.value, getattr(obj, "language", None), getattr(obj, "datatype", None) and obj.datatype.value)


class StatementIndex:
    """Reified statements, by the triple they describe."""

    def __init__(self):
        self._by_triple: dict[tuple, dict] = {}
        self.nodes: set[str] = set()

    def add_subject(self, subject: str, quads: list) -> bool:
        """Consume a subject's quads if it is a reified statement; True when it was one."""
        if not any(q.predicate.value == RDF_TYPE and q.object.value == STATEMENT for q in quads):
            return False
        parts, evidence, methods = {}, [], []
        for q in quads:
            p = q.predicate.value
            if p in REIFICATION:
                parts[p] = q.object
            elif p == DERIVED:
                evidence.append(term_id(q.object))
            elif p == METHOD:
                methods.append(q.object.value)
        s, p, o = (parts.get(RDF_NS + k) for k in ("subject", "predicate", "object"))
        if s is None or p is None or o is None:
            return False
        entry = self._by_triple.setdefault((term_id(s), p.value, _object_key(o)), {"statement": [], "evidence": [], "method": []})
        entry["statement"].append(subject)
        entry["evidence"] += [e for e in evidence if e not in entry["evidence"]]
        entry["method"] += [m for m in methods if m not in entry["method"]]
        self.nodes.add(subject)
        return True

    def get(self, subject: str, predicate: str, obj) -> dict | None:
        return self._by_triple.get((subject, predicate, _object_key(obj)))


def _collapse(values: list):
    return values[0] if len(values) == 1 else values


def subject_records(subject: str, quads: list, schema: Schema, statements: StatementIndex) -> tuple[NodeRecord, list[RelRecord]]:
    """A subject's node and outgoing relationships from all of its quads."""
    types, values, key_graphs = [], defaultdict(list), defaultdict(set)
    provenance: dict[str, dict] = {}
    rels: dict[tuple, RelRecord] = {}
    for q in quads:
        p, o, g = q.predicate.value, q.object, graph_name(q.graph_name)
        if p == RDF_TYPE and isinstance(o, ox.NamedNode):
            if o.value not in types:
                types.append(o.value)
            key_graphs["types"].add(g)
            continue
        if isinstance(o, ox.Literal):
            key = literal_key(schema, p, o)
            value = literal_value(o)
            if value not in values[key]:
                values[key].append(value)
            key_graphs[key].add(g)
            stmt = statements.get(subject, p, o)
            if stmt:
                provenance[key] = stmt
            continue
        rtype = schema.reltype_for(p)
        rel = rels.setdefault((rtype, term_id(o)), RelRecord(rtype, subject, term_id(o), {"graphs": []}))
        if g not in rel.props["graphs"]:
            rel.props["graphs"].append(g)
        stmt = statements.get(subject, p, o)
        if stmt:
            rel.props.update(stmt)
    props = {"iri": subject}
    props.update({k: (v if k in LIST_KEYS else _collapse(v)) for k, v in values.items()})
    props["types"] = types
    graph_sets = Counter(tuple(sorted(gs)) for gs in key_graphs.values())
    common = list(graph_sets.most_common(1)[0][0]) if graph_sets else []
    props["graphs"] = common
    for key, gs in key_graphs.items():
        if sorted(gs) != common:
            props[f"graphs_{key}"] = sorted(gs)
    for key, stmt in provenance.items():
        for part, items in stmt.items():
            props[f"{part}_{key}"] = items
    for rel in rels.values():
        rel.props["graphs"] = sorted(rel.props["graphs"])
    return NodeRecord(subject, schema.labels_for(types), props), list(rels.values())


def _mapped(quad) -> bool:
    return not (isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value == ONTOLOGY_GRAPH)


def subjects(store: ox.Store) -> list:
    """Each subject once, in first-seen order (the store iterates graph by graph)."""
    seen: dict[str, object] = {}
    for q in store.quads_for_pattern(None, None, None):
        if _mapped(q):
            seen.setdefault(term_id(q.subject), q.subject)
    return list(seen.values())


def quads_of(store: ox.Store, subject) -> list:
    return [q for q in store.quads_for_pattern(subject, None, None) if _mapped(q)]


def statement_index(store: ox.Store) -> StatementIndex:
    index = StatementIndex()
    for stmt in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(STATEMENT)):
        if term_id(stmt.subject) not in index.nodes:
            index.add_subject(term_id(stmt.subject), quads_of(store, stmt.subject))
    return index


def records(store: ox.Store, schema: Schema | None = None):
    """(node, relationships) for every subject of the store, streamed in subject order."""
    schema = schema or load_schema()
    statements = statement_index(store)
    for subject in subjects(store):
        key = term_id(subject)
        if key not in statements.nodes:
            yield subject_records(key, quads_of(store, subject), schema, statements)

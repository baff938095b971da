"""RDF ⇄ property graph, one subject at a time so large graphs stream.

- Node: every IRI (or blank node) subject. `iri` is unique; labels are `Resource` plus the
  asserted classes and their superclasses (from the ontology); `types` lists the asserted class IRIs.
- Literal → property named after the predicate (`prefLabel`, `id_local`, …), `_vi`/`_en` for language
  tags; dates become dates, integers ints, decimals floats; several values become a list.
- IRI object → relationship typed UPPER_SNAKE after the predicate (`PASSED_BY`, `SUB_ORGANIZATION_OF`).
- Reified statements (`rdf:Statement` with `prov:wasDerivedFrom`) are not nodes: they become
  `statement`/`evidence`/`method` on the relationship they describe (or `statement_<key>` …
  on the node, for a literal; `statement_<key>_v<i>` when the key holds several values). Named graphs
  become `graphs` lists (local names of the graph IRIs).
- The ontology's own graph is not mapped: node labels carry the class hierarchy.
"""

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox

from kg.graph.schema import RDF_TYPE, XSD, Schema, load_schema
from kg.namespaces import GRAPH
from kg.rdf.terms import decimal_lexical

RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
STATEMENT = RDF_NS + "Statement"
REIFICATION = {RDF_NS + "subject", RDF_NS + "predicate", RDF_NS + "object"}
DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
METHOD = "https://w3id.org/vndt/ontology#method"
ONTOLOGY_GRAPH = str(GRAPH["ontology"])
_ONTOLOGY_NODE = ox.NamedNode(ONTOLOGY_GRAPH)
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
    return _graph_local_name(graph.value)


@lru_cache(maxsize=4096)
def _graph_local_name(value: str) -> str:
    return value[len(str(GRAPH)):] if value.startswith(str(GRAPH)) else value


def graph_term(name: str):
    if name == "":
        return ox.DefaultGraph()
    return ox.NamedNode(name if ":" in name else str(GRAPH) + name)


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
    types: list[str] = []
    values: dict[str, list] = defaultdict(list)
    key_graphs: dict[str, set[str]] = defaultdict(set)
    provenance: dict[str, dict[int, dict]] = defaultdict(dict)   # key → index of the value → its statement
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
                provenance[key][values[key].index(value)] = stmt
            continue
        rtype = schema.reltype_for(p)
        rel = rels.setdefault((rtype, term_id(o)), RelRecord(rtype, subject, term_id(o), {"graphs": []}))
        if g not in rel.props["graphs"]:
            rel.props["graphs"].append(g)
        stmt = statements.get(subject, p, o)
        if stmt:
            rel.props.update(stmt)
    props: dict = {"iri": subject}
    props.update({k: (v if k in LIST_KEYS else _collapse(v)) for k, v in values.items()})
    props["types"] = types
    graph_sets = Counter(tuple(sorted(gs)) for gs in key_graphs.values())
    common = list(graph_sets.most_common(1)[0][0]) if graph_sets else []
    props["graphs"] = common
    for key, gs in key_graphs.items():
        if sorted(gs) != common:
            props[f"graphs_{key}"] = sorted(gs)
    for key, by_value in provenance.items():
        for index, stmt in by_value.items():
            for part, items in stmt.items():
                props[_provenance_key(part, key, index, len(values[key]))] = items
    for rel in rels.values():
        rel.props["graphs"] = sorted(rel.props["graphs"])
    return NodeRecord(subject, schema.labels_for(types), props), list(rels.values())


def _mapped(quad) -> bool:
    return quad.graph_name != _ONTOLOGY_NODE


def subjects(store: ox.Store) -> list:
    """Each subject once (outside the ontology's graph), found by the store itself, in a stable order."""
    query = f"""SELECT DISTINCT ?s WHERE {{
        {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{ONTOLOGY_GRAPH}>) }} UNION {{ ?s ?p ?o }} }}"""
    solutions = store.query(query)
    assert isinstance(solutions, ox.QuerySolutions)
    return [solution[0] for solution in solutions]


def quads_of(store: ox.Store, subject) -> list:
    return [q for q in store.quads_for_pattern(subject, None, None) if _mapped(q)]


def statement_index(store: ox.Store) -> StatementIndex:
    index = StatementIndex()
    for stmt in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(STATEMENT)):
        if term_id(stmt.subject) not in index.nodes:
            index.add_subject(term_id(stmt.subject), quads_of(store, stmt.subject))
    return index


def statements_about(store: ox.Store, subject) -> StatementIndex:
    """The reified statements whose subject is `subject`: what one node's records need, without a scan."""
    index = StatementIndex()
    for q in store.quads_for_pattern(None, ox.NamedNode(RDF_NS + "subject"), subject):
        if term_id(q.subject) not in index.nodes:
            index.add_subject(term_id(q.subject), quads_of(store, q.subject))
    return index


def is_statement(store: ox.Store, subject) -> bool:
    return any(True for _ in store.quads_for_pattern(subject, ox.NamedNode(RDF_TYPE), ox.NamedNode(STATEMENT)))


def subject_term(iri: str):
    return ox.BlankNode(iri[2:]) if iri.startswith("_:") else ox.NamedNode(iri)


def records(store: ox.Store, schema: Schema | None = None, subject_list: list | None = None):
    """(node, relationships) for every subject of the store (or of `subject_list`), streamed in order."""
    schema = schema or load_schema()
    statements = statement_index(store)
    for subject in subjects(store) if subject_list is None else subject_list:
        key = term_id(subject)
        if key not in statements.nodes:
            yield subject_records(key, quads_of(store, subject), schema, statements)


# ---------------------------------------------------------------- the way back: property graph → quads

_META = {"iri", "types", "graphs", "_graph"}
_PROVENANCE_PARTS = ("statement", "evidence", "method")
_XSD_FOR = {bool: "boolean", int: "integer", float: "decimal", dt.date: "date"}


def _literal(schema: Schema, predicate: str, value, language: str | None) -> ox.Literal:
    if language:
        return ox.Literal(str(value), language=language)
    declared = schema.ranges.get(predicate)
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, float) or declared == XSD + "decimal":
        return ox.Literal(decimal_lexical(value), datatype=ox.NamedNode(XSD + "decimal"))
    if isinstance(value, (int, dt.date)):
        kind = _XSD_FOR[type(value)] if not isinstance(value, dt.datetime) else "dateTime"
        return ox.Literal(value.isoformat() if isinstance(value, dt.date) else str(value), datatype=ox.NamedNode(XSD + kind))
    if declared and declared.startswith(XSD) and declared != XSD + "string":
        return ox.Literal(str(value), datatype=ox.NamedNode(declared))
    return ox.Literal(str(value))


def _split_key(schema: Schema, key: str) -> tuple[str | None, str | None]:
    predicate = schema.predicate_for_key(key)
    if predicate:
        return predicate, None
    base, _, language = key.rpartition("_")
    if base and len(language) == 2:
        return schema.predicate_for_key(base), language
    return None, None


def _reified(subject, predicate, obj, stmt: dict, graphs) -> list:
    quads = []
    evidence = [subject_term(e) for e in stmt.get("evidence", [])]
    for name in stmt.get("statement", []):
        node = subject_term(name)
        triples = [(node, ox.NamedNode(RDF_TYPE), ox.NamedNode(STATEMENT)),
                   (node, ox.NamedNode(RDF_NS + "subject"), subject),
                   (node, ox.NamedNode(RDF_NS + "predicate"), ox.NamedNode(predicate)),
                   (node, ox.NamedNode(RDF_NS + "object"), obj)]
        triples += [(node, ox.NamedNode(DERIVED), ev) for ev in evidence]
        triples += [(node, ox.NamedNode(METHOD), ox.Literal(m)) for m in stmt.get("method", [])]
        quads += [ox.Quad(s, p, o, graph_term(g)) for s, p, o in triples for g in graphs]
    return quads


def node_quads(props: dict, schema: Schema | None = None) -> list:
    """The quads a node stands for: its types and literals, and the statements about its literals."""
    schema = schema or load_schema()
    subject = subject_term(props["iri"])
    default_graphs = props.get("graphs") or [""]
    quads = []
    for type_iri in props.get("types") or []:
        for g in props.get("graphs_types", default_graphs):
            quads.append(ox.Quad(subject, ox.NamedNode(RDF_TYPE), ox.NamedNode(type_iri), graph_term(g)))
    for key, value in props.items():
        if key in _META or key.startswith(("graphs_", *(f"{p}_" for p in _PROVENANCE_PARTS))):
            continue
        predicate, language = _split_key(schema, key)
        if predicate is None:
            continue
        graphs = props.get(f"graphs_{key}", default_graphs)
        items = value if isinstance(value, list) else [value]
        for index, item in enumerate(items):
            stmt = {part: props[name] for part in _PROVENANCE_PARTS
                    if (name := _provenance_key(part, key, index, len(items))) in props}
            obj = _literal(schema, predicate, item, language)
            quads += [ox.Quad(subject, ox.NamedNode(predicate), obj, graph_term(g)) for g in graphs]
            if stmt:
                quads += _reified(subject, predicate, obj, stmt, graphs)
    return quads


def _provenance_key(part: str, key: str, index: int, count: int) -> str:
    """The property holding one part of the statement about a literal: `evidence_location` when the key has
    one value, `evidence_location_v1` for the second of several (each value has its own statement)."""
    return f"{part}_{key}" if count == 1 else f"{part}_{key}_v{index}"


def relationship_quads(start: str, rtype: str, end: str, props: dict, schema: Schema | None = None) -> list:
    schema = schema or load_schema()
    predicate = schema.predicate_for_reltype(rtype)
    if predicate is None:
        return []
    subject, obj = subject_term(start), subject_term(end)
    graphs = props.get("graphs") or [""]
    quads = [ox.Quad(subject, ox.NamedNode(predicate), obj, graph_term(g)) for g in graphs]
    stmt = {part: props[part] for part in _PROVENANCE_PARTS if part in props}
    if stmt:
        quads += _reified(subject, predicate, obj, stmt, graphs)
    return quads

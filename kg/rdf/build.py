"""Knowledge (sources, entities, facts) to an RDF dataset: one named graph per source, with PROV.

- Registry entities go to the `registry` graph; the ontology and vocabularies to their own graphs.
- A fact's triples go to the graph of every source that supports it.
- Evidence is a node per span (`vdt:Evidence`: source, charStart, charEnd).
- An n-ary fact (membership, change, task, target, reported value) is a node that is
  `prov:wasDerivedFrom` its evidence; a binary statement is reified as an `rdf:Statement` whose
  `prov:wasDerivedFrom` points at its evidence, so any triple can be traced to its sentence.
"""

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg.model import Entity, Evidence, Fact, Knowledge, Source, Statement, rdf_fields
from kg.model.facts import CHANGE_KINDS, ChangeEvent, STATEMENT_PREDICATES
from kg.namespaces import GRAPH, ID, VDT, bind_prefixes
from kg.paths import ONTOLOGY_DIR
from kg.rdf.terms import curie, objects

REGISTRY_GRAPH = GRAPH["registry"]
SOURCES_GRAPH = GRAPH["sources"]
ONTOLOGY_GRAPH = GRAPH["ontology"]
VOCAB_GRAPH = GRAPH["vocab"]


def source_iri(source_id: str) -> URIRef:
    return ID[f"source/{source_id}"]


def source_graph(source_id: str) -> URIRef:
    return GRAPH[source_id]


def evidence_iri(ev: Evidence) -> URIRef:
    return ID[f"evidence/{ev.source}/{ev.start}-{ev.end}"]


def statement_iri(fact_id: str) -> URIRef:
    return ID[f"statement/{fact_id}"]


def entity_triples(entity: Entity) -> list[tuple]:
    node = ID[entity.id]
    triples = [(node, RDF.type, curie(entity.rdf_type_curie()))]
    for name, spec in rdf_fields(type(entity)).items():
        for obj in objects(spec, getattr(entity, name)):
            triples.append((node, curie(spec.predicate), obj))
    triples += [(node, RDFS.label, o) for _, p, o in list(triples) if p == SKOS.prefLabel]
    return triples


def _fact_type(fact: Fact) -> URIRef:
    if isinstance(fact, ChangeEvent):
        return curie(CHANGE_KINDS[fact.kind])
    return curie(fact.rdf_class)


def fact_triples(fact: Fact) -> list[tuple]:
    """The triples a fact asserts (without provenance)."""
    if isinstance(fact, Statement):
        spec = STATEMENT_PREDICATES[fact.predicate]
        return [(ID[fact.subject], curie(spec.predicate), obj) for obj in objects(spec, fact.object)]
    node = ID[fact.id]
    triples = [(node, RDF.type, _fact_type(fact))]
    for name, spec in rdf_fields(type(fact)).items():
        for obj in objects(spec, getattr(fact, name)):
            triples.append((node, curie(spec.predicate), obj))
    return triples


def provenance_triples(fact: Fact) -> list[tuple]:
    """Evidence nodes and the links from the fact (or its reified statement) to them."""
    triples = []
    for ev in fact.evidence:
        ev_node = evidence_iri(ev)
        triples += [
            (ev_node, RDF.type, VDT.Evidence),
            (ev_node, VDT.source, source_iri(ev.source)),
            (ev_node, VDT.charStart, Literal(ev.start, datatype=XSD.integer)),
            (ev_node, VDT.charEnd, Literal(ev.end, datatype=XSD.integer)),
        ]
    if isinstance(fact, Statement):
        ((s, p, o),) = fact_triples(fact)
        holder = statement_iri(fact.id)
        triples += [(holder, RDF.type, RDF.Statement), (holder, RDF.subject, s),
                    (holder, RDF.predicate, p), (holder, RDF.object, o)]
    else:
        holder = ID[fact.id]
    methods = sorted({ev.method for ev in fact.evidence})
    triples += [(holder, PROV.wasDerivedFrom, evidence_iri(ev)) for ev in fact.evidence]
    triples += [(holder, VDT.method, Literal(m)) for m in methods]
    return triples


def source_triples(source: Source) -> list[tuple]:
    node = source_iri(source.id)
    triples = [(node, RDF.type, VDT.Article)]
    for name, spec in rdf_fields(Source).items():
        for obj in objects(spec, getattr(source, name)):
            triples.append((node, curie(spec.predicate), obj))
    triples.append((source_graph(source.id), PROV.wasDerivedFrom, node))
    return triples


def _load_turtle(name: str) -> Graph:
    graph = Graph()
    graph.parse(ONTOLOGY_DIR / name, format="turtle")
    return graph


def build_dataset(knowledge: Knowledge, *, include_ontology: bool = True) -> Dataset:
    dataset = Dataset()
    bind_prefixes(dataset)
    if include_ontology:
        for name, graph_iri in (("kg.ttl", ONTOLOGY_GRAPH), ("vocab.ttl", VOCAB_GRAPH)):
            target = dataset.graph(graph_iri)
            for triple in _load_turtle(name):
                target.add(triple)
    registry = dataset.graph(REGISTRY_GRAPH)
    for entity in knowledge.entities.values():
        for triple in entity_triples(entity):
            registry.add(triple)
    sources = dataset.graph(SOURCES_GRAPH)
    for source in knowledge.sources.values():
        for triple in source_triples(source):
            sources.add(triple)
    for fact in knowledge.facts:
        triples = fact_triples(fact) + provenance_triples(fact)
        for source_id in fact.sources():
            graph = dataset.graph(source_graph(source_id))
            for triple in triples:
                graph.add(triple)
    return dataset


def union_graph(dataset: Dataset) -> Graph:
    union = Graph()
    bind_prefixes(union)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union

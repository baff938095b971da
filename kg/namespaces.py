"""IRIs of the project's namespaces and the vocabularies it reuses."""

from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD

VDT = Namespace("https://w3id.org/vndt/ontology#")
VOCAB = Namespace("https://w3id.org/vndt/vocab/")
ID = Namespace("https://w3id.org/vndt/id/")
GRAPH = Namespace("https://w3id.org/vndt/graph/")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SCHEMA = Namespace("https://schema.org/")

PREFIXES = {
    "vdt": VDT, "vdtv": VOCAB, "id": ID, "g": GRAPH, "eli": ELI, "schema": SCHEMA,
    "org": ORG, "foaf": FOAF, "skos": SKOS, "prov": PROV, "rdf": RDF, "rdfs": RDFS,
    "owl": OWL, "xsd": XSD, "time": TIME, "dcterms": DCTERMS,
}


def bind_prefixes(graph) -> None:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)


def vocab_iri(scheme: str, slug: str):
    return VOCAB[f"{scheme}/{slug}"]

"""Reading RDF files the user names, with one clear error for each way they can be wrong."""

from pathlib import Path

from rdflib import Dataset, Graph

from kg.errors import InputError
from kg.paths import ONTOLOGY_DIR

FORMATS = {".trig": "trig", ".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".jsonld": "json-ld", ".rdf": "xml"}


def read_graph(path: Path, *, with_ontology: bool = False) -> Graph:
    """The union of all graphs in the file; with the ontology added when asked (SHACL needs its subclasses)."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"{path}: unknown RDF file type (use {', '.join(FORMATS)})")
    dataset = Dataset()
    try:
        dataset.parse(path, format=fmt)
    except Exception as exc:  # rdflib's parsers raise many types for bad input
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__
        raise InputError(f"{path}: not valid {fmt} ({first[:200]})") from None
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    if not len(union):
        raise InputError(f"{path}: no triples (an empty graph conforms to nothing)")
    if with_ontology:
        union.parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")
        union.parse(ONTOLOGY_DIR / "vocab.ttl", format="turtle")
    return union

"""From model values to RDF terms: one place that knows CURIEs, IRIs and literal kinds."""

from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.model.base import CONCEPT, DATE, DECIMAL, INTEGER, REF, REFS, TEXT, TEXT_EN, TEXT_VI, TEXTS, YEAR, RdfField
from kg.namespaces import ID, PREFIXES, vocab_iri


def decimal_lexical(value) -> str:
    """One lexical form per decimal ('8.0', '70.91', '50000.0': Turtle's own short form), so values
    survive a trip through Turtle and through a database's floats."""
    number = Decimal(str(value))
    if number == number.to_integral_value():
        return f"{int(number)}.0"
    return format(number.normalize(), "f")


def curie(value: str) -> URIRef:
    prefix, local = value.split(":", 1)
    return URIRef(str(PREFIXES[prefix]) + local)


def objects(spec: RdfField, value) -> list:
    """The RDF objects for one field value (empty for None and empty lists)."""
    if value is None or value == [] or value == "":
        return []
    kind = spec.kind
    if kind == REF:
        return [ID[value]]
    if kind == REFS:
        return [ID[v] for v in value]
    if kind == CONCEPT:
        return [vocab_iri(spec.scheme or "", value)]
    if kind == DATE:
        return [Literal(value.isoformat(), datatype=XSD.date)]
    if kind == DECIMAL:
        return [Literal(decimal_lexical(value), datatype=XSD.decimal, normalize=False)]
    if kind == INTEGER:
        return [Literal(int(value), datatype=XSD.integer)]
    if kind == YEAR:
        return [Literal(f"{int(value):04d}", datatype=XSD.gYear)]
    if kind == TEXT_VI:
        return [Literal(value, lang="vi")]
    if kind == TEXT_EN:
        return [Literal(value, lang="en")]
    if kind == TEXT:
        return [Literal(str(value))]
    if kind == TEXTS:
        return [Literal(v) for v in value]
    raise ValueError(f"unknown field kind {kind}")

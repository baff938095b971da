"""Names in the property graph, derived from the ontology: node labels, property keys, relationship types.

Each name maps back to exactly one IRI, which is what lets the graph round-trip to RDF.
"""

import re
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox

from kg.namespaces import PREFIXES
from kg.paths import ONTOLOGY_DIR

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
RDFS_RANGE = "http://www.w3.org/2000/01/rdf-schema#range"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
OWL_CLASS = "http://www.w3.org/2002/07/owl#Class"
OBJECT_PROPERTY = "http://www.w3.org/2002/07/owl#ObjectProperty"
XSD = "http://www.w3.org/2001/XMLSchema#"

# labels that read better than the vocabulary's local names
LABEL_ALIASES = {
    "http://data.europa.eu/eli/ontology#LegalResource": "LegalDocument",
    "http://www.w3.org/2004/02/skos/core#Concept": "Concept",
    "http://data.europa.eu/eli/ontology#ResourceType": "DocumentType",
}
BASE_LABEL = "Resource"
VDT_NS = "https://w3id.org/vndt/ontology#"
EDGE_PARTS = {VDT_NS + "edgeSource": "source", VDT_NS + "edgeTarget": "target", VDT_NS + "edgeCaption": "caption"}


def local_name(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1]


def upper_snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).replace("-", "_").upper()


def _prefixed(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(str(ns)):
            return f"{prefix}__{iri[len(str(ns)):]}"
    return ""


@dataclass(frozen=True)
class EdgeSchema:
    """An n-ary fact drawn as an edge: the relationship types that lead to its ends and to its caption."""

    source: str
    target: str
    caption: str | None


@dataclass(frozen=True)
class Schema:
    class_labels: dict[str, tuple[str, ...]]   # class IRI -> its label and its superclasses' labels
    label_class: dict[str, str]                # label -> class IRI
    key_iri: dict[str, str]                    # property key -> predicate IRI
    iri_key: dict[str, str]                    # predicate IRI -> property key
    reltype_iri: dict[str, str]
    iri_reltype: dict[str, str]
    ranges: dict[str, str]                     # predicate IRI -> datatype IRI (declared ranges)
    labels_en: dict[str, str]                  # label or relationship type -> English caption
    property_names: dict[str, tuple[str, str]]  # property key -> (Vietnamese, English) name
    labels_vi: dict[str, str] = field(default_factory=dict)  # label or relationship type -> Vietnamese caption
    edge_schemata: dict[str, EdgeSchema] = field(default_factory=dict)  # node label -> how to draw it as an edge

    def title(self, name: str, lang: str) -> str:
        """A label's or a relationship type's name in one language (from the ontology's rdfs:label)."""
        return (self.labels_vi if lang == "vi" else self.labels_en).get(name) or name.replace("_", " ").lower()

    def labels_for(self, class_iris) -> list[str]:
        labels = {BASE_LABEL}
        for iri in class_iris:
            labels.update(self.class_labels.get(iri, (self.label_of(iri),)))
        return sorted(labels)

    def label_of(self, class_iri: str) -> str:
        return LABEL_ALIASES.get(class_iri, local_name(class_iri))

    def key_for(self, predicate: str) -> str:
        return self.iri_key.get(predicate) or _prefixed(predicate)

    def reltype_for(self, predicate: str) -> str:
        return self.iri_reltype.get(predicate) or upper_snake(_prefixed(predicate) or local_name(predicate))

    def predicate_for_key(self, key: str) -> str | None:
        if key in self.key_iri:
            return self.key_iri[key]
        if "__" in key:
            prefix, local = key.split("__", 1)
            if prefix in PREFIXES:
                return str(PREFIXES[prefix]) + local
        return None

    def predicate_for_reltype(self, reltype: str) -> str | None:
        return self.reltype_iri.get(reltype)


def _triples(path):
    return list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))


@lru_cache(maxsize=1)
def load_schema() -> Schema:
    triples = _triples(ONTOLOGY_DIR / "kg.ttl") + _triples(ONTOLOGY_DIR / "vocab.ttl")
    classes: set[str] = set()
    parents: dict[str, set[str]] = {}
    properties: set[str] = set()
    object_props: set[str] = set()
    ranges: dict[str, str] = {}
    en: dict[str, str] = {}
    vi: dict[str, str] = {}
    edges: dict[str, dict[str, str]] = {}
    for t in triples:
        s, p, o = t.subject.value, t.predicate.value, t.object
        if p in EDGE_PARTS:
            edges.setdefault(s, {})[EDGE_PARTS[p]] = o.value
        elif p == RDF_TYPE and o.value == OWL_CLASS:
            classes.add(s)
        elif p == RDF_TYPE and o.value.startswith("http://www.w3.org/2002/07/owl#") and o.value.endswith("Property"):
            properties.add(s)
            if o.value == OBJECT_PROPERTY:
                object_props.add(s)
        elif p == RDFS_SUBCLASS:
            parents.setdefault(s, set()).add(o.value)
        elif p == RDFS_RANGE:
            ranges[s] = o.value
        elif p == RDFS_LABEL and isinstance(o, ox.Literal) and o.language in ("en", "vi"):
            (en if o.language == "en" else vi)[s] = o.value

    def ancestors(c, seen=()):
        out = {c}
        for parent in parents.get(c, ()):
            if parent not in seen:
                out |= ancestors(parent, seen + (c,))
        return out

    class_labels: dict[str, tuple[str, ...]] = {}
    label_class: dict[str, str] = {}
    for c in classes | {x for ps in parents.values() for x in ps}:
        label = LABEL_ALIASES.get(c, local_name(c))
        if label in label_class and label_class[label] != c:
            raise ValueError(f"two classes share the node label {label}: {label_class[label]} and {c}")
        label_class[label] = c
        class_labels[c] = tuple(sorted({LABEL_ALIASES.get(a, local_name(a)) for a in ancestors(c)}))

    key_iri: dict[str, str] = {}
    reltype_iri: dict[str, str] = {}
    labels_en: dict[str, str] = {}
    labels_vi: dict[str, str] = {}
    for prop in sorted(properties | {RDFS_LABEL}):
        key, reltype = local_name(prop), upper_snake(local_name(prop))
        if key in key_iri:  # two vocabularies with one local name: both take their prefix
            other = key_iri.pop(key)
            key_iri[_prefixed(other)] = other
            key = _prefixed(prop)
        key_iri[key] = prop
        if prop in object_props:
            if reltype in reltype_iri:
                raise ValueError(f"two object properties share the relationship type {reltype}")
            reltype_iri[reltype] = prop
            labels_en[reltype] = en.get(prop, local_name(prop))
            labels_vi[reltype] = vi.get(prop, labels_en[reltype])
    for label, c in label_class.items():
        labels_en[label] = en.get(c, label)
        labels_vi[label] = vi.get(c, labels_en[label])
    iri_reltype = {v: k for k, v in reltype_iri.items()}
    edge_schemata = {LABEL_ALIASES.get(c, local_name(c)): EdgeSchema(iri_reltype[e["source"]], iri_reltype[e["target"]],
                                                                     iri_reltype.get(e.get("caption", "")))
                     for c, e in edges.items()}
    return Schema(
        class_labels=class_labels, label_class=label_class,
        key_iri=key_iri, iri_key={v: k for k, v in key_iri.items()},
        reltype_iri=reltype_iri, iri_reltype=iri_reltype,
        ranges=ranges, labels_en=labels_en,
        property_names={k: (vi.get(i, local_name(i)), en.get(i, local_name(i))) for k, i in key_iri.items()},
        labels_vi=labels_vi, edge_schemata=edge_schemata,
    )

"""The curated seeds: hashes, spans, references, and agreement with the ontology."""

import hashlib

import pyoxigraph as ox
import pytest

from kg.model import ENTITY_MODELS, FACT_MODELS, Source, rdf_fields
from kg.model.facts import STATEMENT_PREDICATES
from kg.paths import ONTOLOGY_DIR
from kg.rdf.terms import curie
from kg.seeds import load_curated
from kg.text.normalize import match_key

CURATED = load_curated()


def test_manifest_hashes_match_the_articles(corpus):
    assert len(CURATED.sources) == 5
    for source in CURATED.sources.values():
        assert hashlib.sha256((corpus / source.file).read_bytes()).hexdigest() == source.sha256


@pytest.mark.parametrize("fact", CURATED.facts, ids=lambda f: f.id)
def test_every_span_holds_its_cue(fact, corpus):
    for ev in fact.evidence:
        text = (corpus / CURATED.sources[ev.source].file).read_text(encoding="utf-8")
        assert 0 <= ev.start < ev.end <= len(text)
        assert ev.cue and match_key(ev.cue) in match_key(text[ev.start:ev.end]), (fact.id, text[ev.start:ev.end])


def _declared() -> tuple[set[str], set[str]]:
    properties, classes = set(), set()
    for t in ox.parse(path=str(ONTOLOGY_DIR / "kg.ttl"), format=ox.RdfFormat.TURTLE):
        if t.predicate.value.endswith("#type") and t.object.value.endswith("Property"):
            properties.add(t.subject.value)
        if t.predicate.value.endswith("#type") and t.object.value.endswith("#Class"):
            classes.add(t.subject.value)
    return properties, classes


def test_every_model_field_maps_to_a_declared_property():
    properties, classes = _declared()
    models = [*ENTITY_MODELS.values(), *FACT_MODELS.values(), Source]
    for model in models:
        for name, spec in rdf_fields(model).items():
            assert str(curie(spec.predicate)) in properties, f"{model.__name__}.{name}: {spec.predicate} not declared"
    for spec in STATEMENT_PREDICATES.values():
        assert str(curie(spec.predicate)) in properties


def test_every_shape_class_has_a_model():
    _, classes = _declared()
    model_classes = {str(curie(m.rdf_class)) for m in [*ENTITY_MODELS.values(), *FACT_MODELS.values(), Source] if m.rdf_class}
    shapes = ox.parse(path=str(ONTOLOGY_DIR / "shapes.ttl"), format=ox.RdfFormat.TURTLE)
    targets = {t.object.value for t in shapes if t.predicate.value.endswith("#targetClass")}
    sub = {t.subject.value: t.object.value for t in ox.parse(path=str(ONTOLOGY_DIR / "kg.ttl"), format=ox.RdfFormat.TURTLE)
           if t.predicate.value.endswith("#subClassOf")}
    covered = model_classes | {sub.get(c) for c in model_classes} | {
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement", "https://w3id.org/vndt/ontology#Evidence"}
    for target in targets:
        assert target in covered or target in classes and any(sub.get(c) == target for c in model_classes), target

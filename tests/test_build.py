"""The built graph: named graphs per source, SHACL, provenance on every fact."""

import pyoxigraph as ox
from rdflib import Literal
from rdflib.namespace import SKOS

from kg.bolt.feed import Feed
from kg.namespaces import ID
from kg.rdf.build import build_dataset, union_graph
from kg.rdf.files import read_graph
from kg.rdf.shacl import validate
from kg.seeds import load_curated
from tests.conftest import run_kg


def test_one_named_graph_per_source(store):
    rows = store.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s vdt:source ?src } }")
    graphs = {r["g"].rsplit("/", 1)[1] for r in rows}
    assert graphs == set(load_curated().sources)


def test_build_validates_and_is_deterministic(built, tmp_path, corpus):
    again = tmp_path / "again"
    assert run_kg("build", "--corpus", str(corpus), "--out", str(again)).returncode == 0
    assert (again / "kg.ttl").read_bytes() == (built / "kg.ttl").read_bytes()
    assert validate(read_graph(built / "kg.trig", with_ontology=True)) == []


def test_build_keeps_the_rows_a_load_writes(built):
    """`kg build` maps the graph for the loader too: its first `kg load` streams the kept rows."""
    feed = Feed(built / "kg.trig")
    assert feed.cached
    batches = list(feed)
    kinds = [kind for kind, _, _ in batches]
    assert kinds[-1] == "done" and {"nodes", "keys", "rels"} <= set(kinds)
    assert batches[-1][1]["triples"] == len(ox.Dataset(ox.parse(path=str(built / "kg.trig"), format=ox.RdfFormat.TRIG)))


def test_a_broken_graph_is_reported():
    knowledge = load_curated()
    graph = union_graph(build_dataset(knowledge))
    graph.remove((ID["bo-cong-an"], SKOS.prefLabel, Literal("Bộ Công an", lang="vi")))
    violations = validate(graph)
    assert any(v.focus == str(ID["bo-cong-an"]) for v in violations)


def test_every_fact_has_evidence_with_a_span(store):
    missing = store.select("""
        SELECT ?f WHERE {
          { ?f a org:Membership } UNION { ?f a org:ChangeEvent } UNION { ?f a vdt:TaskAssignment }
          UNION { ?f a vdt:Target } UNION { ?f a vdt:IndicatorValue } UNION { ?f a rdf:Statement }
          FILTER NOT EXISTS { ?f prov:wasDerivedFrom ?ev . ?ev vdt:source ?s ; vdt:charStart ?a ; vdt:charEnd ?b }
        }""")
    assert missing == []


def test_standard_terms_are_used(store):
    for cls in ("org:Organization", "foaf:Person", "org:Membership", "org:ChangeEvent", "eli:LegalResource",
                "vdt:Programme", "schema:Event", "vdt:Target", "vdt:IndicatorValue", "vdt:Evidence"):
        rows = store.select(f"SELECT (COUNT(?x) AS ?n) WHERE {{ ?x a/rdfs:subClassOf* {cls} }}")
        assert int(rows[0]["n"]) > 0, cls


def test_extracted_evidence_merges_into_curated_facts(store):
    rows = store.select("""SELECT ?m WHERE { <https://w3id.org/vndt/id/statement/s-qd1619-date> vdt:method ?m }""")
    assert {r["m"] for r in rows} >= {"curated", "rule:document-date"}


def test_labels_in_both_languages(store):
    rows = store.select("SELECT ?l WHERE { id:ubqg-chuyen-doi-so skos:prefLabel ?l }")
    assert {r["l"] for r in rows} == {"Ủy ban Quốc gia về chuyển đổi số", "National Committee on Digital Transformation"}

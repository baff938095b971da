"""The app's pages through Streamlit's AppTest: search, entity, timeline, paths, indicators, consoles,
embed mode; on the embedded graph and on the Bolt server."""

import pytest
from streamlit.testing.v1 import AppTest

from tests import ROOT

APP = str(ROOT / "app_streamlit.py")


@pytest.fixture
def app(built, monkeypatch):
    monkeypatch.setenv("KG_GRAPH_DIR", str(built))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    return AppTest.from_file(APP, default_timeout=120)


def _search(at, text):
    at.text_input(key="search").set_value(text).run()
    return [b for b in at.button if b.key and b.key.startswith("hit-")]


@pytest.mark.parametrize("query, expected", [
    ("uy ban quoc gia", "ubqg-chuyen-doi-so"), ("Bộ TT&TT", "bo-thong-tin-va-truyen-thong"),
    ("1619", "qd-1619-qd-ttg-2021"), ("Decision 1619", "qd-1619-qd-ttg-2021"), ("Project 06", "de-an-06"),
    ("Uỷ ban Quốc gia về chuyển đổi số", "ubqg-chuyen-doi-so"),
])
def test_search_ranks_the_entity_first(app, query, expected):
    at = app.run()
    hits = _search(at, query)
    assert hits and hits[0].key.endswith("/" + expected)


def test_open_an_entity_shows_card_graph_and_evidence(app):
    at = app.run()
    _search(at, "uy ban quoc gia")[0].click().run()
    assert not at.exception
    assert at.subheader[0].value == "Ủy ban Quốc gia về chuyển đổi số"
    labels = [e.label for e in at.expander]
    assert any("Vũ Đức Đam" in l or "Chair" in l or "Phó Chủ tịch" in l for l in labels) or len(labels) > 5
    quotes = " ".join(m.value for m in at.markdown)
    assert "1619/QĐ-TTg" in quotes  # the supporting sentence, read from the article
    assert {b.label for b in at.get("download_button")} >= {"PNG", "SVG", "HTML"}


def test_query_param_opens_the_entity_and_embed_mode(app):
    app.query_params["entity"] = "qd-1619-qd-ttg-2021"
    at = app.run()
    assert at.subheader[0].value == "Quyết định số 1619/QĐ-TTg"
    embed = AppTest.from_file(APP, default_timeout=120)
    for key, value in {"entity": "ubqg-chuyen-doi-so", "depth": "2", "view": "embed"}.items():
        embed.query_params[key] = value
    embed.run()
    assert not embed.exception and len(embed.tabs) == 0 and len(embed.text_input) == 0


def test_paths_tab_explains_each_hop(app):
    at = app.run()
    at.text_input(key="p-from-q").set_value("Bộ Công an").run()
    at.text_input(key="p-to-q").set_value("57-NQ/TW").run()
    text = " ".join(m.value for m in at.markdown)
    assert "3 hop(s)" in text and "Bộ Công an" in text


def test_sparql_console_runs_examples_and_refuses_updates(app):
    at = app.run()
    at.button(key="sparql-run").click().run()
    assert not at.exception and at.dataframe
    key = [t.key for t in at.text_area if t.key.startswith("sparql-text")][0]
    at.text_area(key=key).set_value("DELETE WHERE { ?s ?p ?o }").run()
    at.button(key="sparql-run").click().run()
    assert any("read-only" in e.value for e in at.error)


def test_bad_sparql_gets_a_plain_message(app):
    at = app.run()
    key = [t.key for t in at.text_area if t.key.startswith("sparql-text")][0]
    at.text_area(key=key).set_value("SELECT WHERE {").run()
    at.button(key="sparql-run").click().run()
    assert at.error and not at.exception


def test_no_graph_gets_a_plain_message(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_GRAPH_DIR", str(tmp_path))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert at.error and "kg build" in at.error[0].value and not at.exception


@pytest.mark.bolt
def test_the_same_pages_on_the_bolt_server(built, bolt_settings, monkeypatch):
    from kg.bolt.client import Bolt
    from kg.bolt.loader import load

    with Bolt(bolt_settings) as bolt:
        load(bolt, built / "kg.trig", wipe=True)
    monkeypatch.setenv("KG_GRAPH_DIR", str(built))
    for key, value in (("NEO4J_URI", bolt_settings.uri), ("NEO4J_USER", bolt_settings.user),
                       ("NEO4J_PASSWORD", bolt_settings.password), ("NEO4J_DATABASE", bolt_settings.database or "")):
        monkeypatch.setenv(key, value)
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["backend"] = "bolt"
    at.run()
    assert not at.exception and not at.error
    hits = _search(at, "Bộ TT&TT")
    assert hits[0].key.endswith("/bo-thong-tin-va-truyen-thong")
    hits[0].click().run()
    assert at.subheader[0].value == "Bộ Thông tin và Truyền thông"
    at.text_input(key="p-from-q").set_value("Bộ Công an").run()
    at.text_input(key="p-to-q").set_value("57-NQ/TW").run()
    assert "3 hop(s)" in " ".join(m.value for m in at.markdown)
    at.button(key="cypher-run").click().run()
    assert at.dataframe and not at.error
    key = [t.key for t in at.text_area if t.key.startswith("cypher-text")][0]
    at.text_area(key=key).set_value("MATCH (n) DETACH DELETE n").run()
    at.button(key="cypher-run").click().run()
    assert any("read-only" in e.value for e in at.error)


def test_a_node_with_two_names_is_searchable_and_captioned():
    import networkx as nx

    from kg.explore.backend import Explorer

    graph = nx.MultiDiGraph()
    graph.add_node("urn:a", labels=["Resource", "Organization"], prefLabel_vi=["Bộ Một", "Bộ Thứ Nhất"])
    graph.add_node("urn:b", labels=["Resource", "Organization"], prefLabel_vi="Bộ Hai")
    explorer = Explorer(graph)
    assert [h.label for h in explorer.search("bo")] == ["Bộ Hai", "Bộ Một"]
    assert explorer.caption("urn:a") == "Bộ Một"


def test_the_committee_history_reads_at_a_glance(built):
    from kg.explore.export import embedded

    explorer = embedded(built / "kg.trig")
    items = explorer.timeline("en", about="https://w3id.org/vndt/id/ubqg-chuyen-doi-so")
    kinds = [(i["date"].isoformat(), i["kind"]) for i in items]
    assert ("2021-09-24", "Renaming") in kinds and ("2025-02-15", "Merger") in kinds
    assert ("2021-11-30", "Meeting") in kinds and ("2022-04-27", "Meeting") in kinds
    assert [i["date"] for i in items] == sorted(i["date"] for i in items)

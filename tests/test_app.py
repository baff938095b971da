"""The app's pages through Streamlit's AppTest: the first page, search, an entity with its graph and
evidence, the URL as the state, the tabs, the consoles, bad URLs, and both languages."""

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from kg.explore.i18n import CATALOGUE
from kg.explore.state import TABS
from tests import ROOT

APP = str(ROOT / "app_streamlit.py")


@pytest.fixture
def app(built, corpus, monkeypatch):
    monkeypatch.setenv("KG_GRAPH_DIR", str(built))
    monkeypatch.setenv("KG_CORPUS_DIR", str(corpus))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    return AppTest.from_file(APP, default_timeout=120)


def _run(at, **params):
    for key in list(at.query_params):
        del at.query_params[key]
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _texts(at) -> list[str]:
    out = []
    for kind in ("markdown", "text", "caption", "subheader", "info", "warning", "error", "metric", "button", "title"):
        for element in at.get(kind):
            for attr in ("value", "label"):
                value = getattr(element, attr, None)
                if isinstance(value, str):
                    out.append(value)
    return out


def test_the_first_page_shows_what_the_graph_holds(app):
    at = _run(app)
    text = " ".join(_texts(at))
    assert "Đồ thị có gì" in text and "Cơ quan trung tâm" in text
    assert any(b.key and b.key.startswith("central-") for b in at.button)
    assert any(b.key and b.key.startswith("latest-") for b in at.button)


@pytest.mark.parametrize("query, expected", [
    ("uy ban quoc gia", "ubqg-chuyen-doi-so"), ("Bộ TT&TT", "bo-thong-tin-va-truyen-thong"),
    ("1619", "qd-1619-qd-ttg-2021"), ("Project 06", "de-an-06"), ("Uỷ ban Quốc gia về chuyển đổi số", "ubqg-chuyen-doi-so"),
])
def test_search_ranks_the_entity_first(app, query, expected):
    at = _run(app, q=query)
    hits = [b for b in at.button if b.key and b.key.startswith("hit-")]
    assert hits and hits[0].key.endswith("/" + expected)


def test_opening_a_hit_writes_the_url_and_shows_card_graph_and_evidence(app):
    at = _run(app, q="uy ban quoc gia")
    next(b for b in at.button if b.key and b.key.startswith("hit-")).click().run()
    assert at.query_params["entity"] == "ubqg-chuyen-doi-so"
    assert at.subheader[0].value == "Ủy ban Quốc gia về chuyển đổi số"
    assert any("Chủ tịch" in e.label or "Phạm Minh Chính" in e.label for e in at.expander)
    assert "1619/QĐ-TTg" in " ".join(t.value for t in at.text)  # a supporting sentence, read from the article
    assert any("nút" in c.value and "quan hệ" in c.value for c in at.caption)


def test_the_url_reproduces_depth_filters_and_expansions(app):
    at = _run(app, entity="ubqg-chuyen-doi-so", depth="2", kinds="Person,Organization")
    caption = next(c.value for c in at.caption if "nút" in c.value)
    assert at.subheader[0].value == "Ủy ban Quốc gia về chuyển đổi số"
    wider = _run(AppTest.from_file(APP, default_timeout=120), entity="ubqg-chuyen-doi-so", depth="2")
    assert next(c.value for c in wider.caption if "nút" in c.value) != caption


def test_exports_are_made_only_when_asked(app):
    at = _run(app, entity="ubqg-chuyen-doi-so")
    assert not at.get("download_button")
    at.toggle(key="exports-on").set_value(True).run()
    assert {b.label for b in at.get("download_button")} == {"PNG", "SVG", "HTML"}


def test_embed_mode_shows_only_the_graph(app):
    at = _run(app, entity="ubqg-chuyen-doi-so", depth="2", view="embed")
    assert not at.tabs and not at.text_input and not at.subheader


@pytest.mark.parametrize("params, warnings, notes", [
    ({"entity": "a"}, 1, 0),                                   # no entity named "a": one message, suggestions
    ({"entity": "[x](http://example.org)"}, 0, 1),             # not a name: dropped with a note
    ({"entity": "x" * 100_000}, 0, 1),                          # too long to be a name: dropped with a note
    ({"entity": "<script>alert(1)</script>"}, 0, 1),
    ({"depth": "abc"}, 0, 1), ({"depth": "-1"}, 0, 1), ({"tab": "nope"}, 0, 0),
    ({"depth": "99", "entity": "ubqg-chuyen-doi-so"}, 0, 1),    # clamped to 3, said so
])
def test_a_bad_url_gets_one_clear_message(app, params, warnings, notes):
    at = _run(app, **params)
    assert not at.error
    assert len(at.warning) == warnings
    assert len([c for c in at.caption if "Bỏ qua tham số" in c.value]) == notes
    if "depth" in params and "entity" in params:
        assert at.subheader and at.segmented_control(key="depth-3").value == 3


def test_tabs_timeline_paths_measures(app):
    at = _run(app, entity="ubqg-chuyen-doi-so", tab="timeline")
    assert at.dataframe
    at = _run(app, tab="paths", **{"from": "bo-cong-an", "to": "nq-57-nq-tw"})
    assert any("đường ngắn nhất" in m.value for m in at.markdown)
    assert any("—" in e.label for e in at.expander)
    at = _run(app, tab="measures")
    assert at.dataframe and at.radio(key="m-kind")


def test_sparql_console_runs_examples_refuses_updates_and_bad_queries(app):
    at = _run(app, tab="query")
    at.button(key="sparql-run").click().run()
    assert not at.exception and at.dataframe
    key = next(t.key for t in at.text_area if t.key.startswith("sparql-text"))
    for query, message in (("DELETE WHERE { ?s ?p ?o }", "read-only"), ("SELECT WHERE {", "syntax"),
                           ("SELECT ?x WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?x ?p ?o } }", "SERVICE")):
        at.text_area(key=key).set_value(query).run()
        at.button(key="sparql-run").click().run()
        assert any(message in e.value for e in at.error), [e.value for e in at.error]


def test_no_graph_gets_a_plain_message(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_GRAPH_DIR", str(tmp_path))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert at.error and "kg build" in at.error[0].value and not at.exception


def _catalogue(lang: str) -> set[str]:
    ui = yaml.safe_load(CATALOGUE.read_text(encoding="utf-8"))["ui"]
    other = "en" if lang == "vi" else "vi"
    return {v[other].split("{")[0].strip() for v in ui.values() if v[other] != v[lang] and len(v[other].split("{")[0].strip()) > 3}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_tab_speaks_one_language(app, lang):
    foreign = _catalogue(lang)
    for tab in TABS:
        at = _run(app, lang=lang, tab=tab, entity="ubqg-chuyen-doi-so")
        shown = _texts(at) + [o for r in at.radio for o in r.options] + [at.sidebar.markdown[0].value]
        leaked = {f for f in foreign for text in shown if text == f or text.startswith(f + " ") or text.endswith(" " + f)}
        assert not leaked, (tab, leaked)


@pytest.mark.bolt
def test_the_same_pages_on_the_bolt_server(built, corpus, bolt_settings, monkeypatch):
    from kg.bolt.client import Bolt
    from kg.bolt.loader import load

    with Bolt(bolt_settings) as bolt:
        load(bolt, built / "kg.trig", wipe=True)
    monkeypatch.setenv("KG_GRAPH_DIR", str(built))
    monkeypatch.setenv("KG_CORPUS_DIR", str(corpus))
    for key, value in (("NEO4J_URI", bolt_settings.uri), ("NEO4J_USER", bolt_settings.user),
                       ("NEO4J_PASSWORD", bolt_settings.password), ("NEO4J_DATABASE", bolt_settings.database or "")):
        monkeypatch.setenv(key, value)
    at = _run(AppTest.from_file(APP, default_timeout=120), q="Bộ TT&TT", backend="bolt")
    hits = [b for b in at.button if b.key and b.key.startswith("hit-")]
    assert hits[0].key.endswith("/bo-thong-tin-va-truyen-thong")
    hits[0].click().run()
    assert at.subheader[0].value == "Bộ Thông tin và Truyền thông"
    at = _run(at, backend="bolt", tab="query")
    at.button(key="cypher-run").click().run()
    assert at.dataframe and not at.error
    key = next(t.key for t in at.text_area if t.key.startswith("cypher-text"))
    at.text_area(key=key).set_value("/* ' */ CREATE (n:Resource {iri:'x'}) /* ' */ RETURN n.iri").run()
    at.button(key="cypher-run").click().run()
    assert any("read-only" in e.value for e in at.error)

"""The command line as a user runs it: results, formats, and one clear line for bad input."""

import json

from kg.explore.placed import laid_out, slide
from kg.explore.state import explorer_view
from kg.store.embedded import EmbeddedStore
from tests.conftest import run_kg


def _one_line_error(result):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.strip().splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


def test_sparql_json_is_w3c_results(built):
    result = run_kg("sparql", "SELECT ?n WHERE { ?d eli:id_local ?n } ORDER BY ?n LIMIT 2", "--format", "json", env_graph=built)
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["n"]
    assert data["results"]["bindings"][0]["n"]["type"] == "literal"


def test_sparql_csv_and_table(built):
    csv_out = run_kg("sparql", "SELECT ?n WHERE { ?d eli:id_local ?n } ORDER BY ?n", "--format", "csv", env_graph=built).stdout
    assert csv_out.splitlines()[0] == "n" and "1619/QĐ-TTg" in csv_out
    assert "1619/QĐ-TTg" in run_kg("sparql", "SELECT ?n WHERE { ?d eli:id_local ?n }", env_graph=built).stdout


def test_sparql_is_read_only(built):
    line = _one_line_error(run_kg("sparql", "INSERT DATA { <urn:a> <urn:b> <urn:c> }", env_graph=built))
    assert "read-only" in line


def test_bad_sparql_and_missing_graph(built, tmp_path):
    _one_line_error(run_kg("sparql", "SELEC ?x", env_graph=built))
    assert "kg build" in _one_line_error(run_kg("sparql", "SELECT * {?s ?p ?o}", env_graph=tmp_path))


def test_validate_reports_invalid_rdf(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<urn:a> <urn:b> .", encoding="utf-8")
    _one_line_error(run_kg("validate", str(bad)))


def test_validate_reports_violations_with_exit_1(tmp_path):
    data = tmp_path / "v.ttl"
    data.write_text('@prefix foaf: <http://xmlns.com/foaf/0.1/> . <urn:p> a foaf:Person .', encoding="utf-8")
    result = run_kg("validate", str(data))
    assert result.returncode == 1 and "violation" in result.stderr and "Traceback" not in result.stderr


def test_exports(built, tmp_path):
    for fmt in ("ttl", "jsonld", "nt", "trig", "graphml"):
        out = tmp_path / f"g.{fmt}"
        assert run_kg("export", "--format", fmt, "--out", str(out), env_graph=built).returncode == 0
        assert out.stat().st_size > 1000
    assert run_kg("export", "--format", "csv", "--out", str(tmp_path / "csv"), env_graph=built).returncode == 0
    header = (tmp_path / "csv" / "nodes.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("iri:ID,:LABEL")
    assert "Ủy ban Quốc gia về chuyển đổi số" in (tmp_path / "g.graphml").read_text(encoding="utf-8")


def test_a_slide_of_the_view_an_explorer_url_shows(built, tmp_path):
    """`--view` takes the explorer's URL: the file is the view the app exports for it (filters, expanded nodes,
    language), and its source line names outlets in the view's language."""
    url = "http://127.0.0.1:8501/?entity=ubqg-chuyen-doi-so&depth=2&kinds=Person,Organization&open=group:chinh-phu:Organization&lang=en"
    out = tmp_path / "view.svg"
    assert run_kg("export", "--format", "svg", "--out", str(out), "--view", url, env_graph=built).returncode == 0
    store = EmbeddedStore(built / "kg.trig")
    state = explorer_view(url)
    state = state.but(entity=store.resolve(state.entity))
    assert out.read_bytes() == slide(store, laid_out(store, state), "svg")
    sources = out.read_text(encoding="utf-8").split('class="sources"')[1]
    assert "Sources:" in sources and "unknown" not in sources and "inferred" not in sources
    _one_line_error(run_kg("export", "--format", "svg", "--out", str(tmp_path / "bad.svg"), "--view", "entity=x&depth=abc",
                           env_graph=built))
    assert not (tmp_path / "bad.svg").exists()

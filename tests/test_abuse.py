"""Faults and abuse, as a hostile or careless user would try them: queries that write, read files, reach
out, panic the engine or run forever; builds from broken seeds; bad files and settings; a server that
died. Each must end with one clear line and a non-zero exit, and change nothing.

(Loads that mix are in test_bolt.py; script and markup in the page in test_browser.py; the query guards
one by one in test_query_guards.py and test_query_isolation.py.)"""

import http.server
import os
import shutil
import signal
import threading
import time

import pytest
import yaml

from kg.paths import SEEDS_DIR
from tests.conftest import bolt_args, run_kg


def _one_line_error(result) -> str:
    assert result.returncode not in (0, 134), result
    assert "Traceback" not in result.stderr and "panicked" not in result.stderr
    lines = [line for line in result.stderr.strip().splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


# ---------------------------------------------------------------- SPARQL
def test_a_query_that_panics_the_engine_is_one_line(built):
    result = run_kg("sparql", "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1", "--timeout", "20",
                    env_graph=built)
    line = _one_line_error(result)
    assert "stopped" in line or "failed" in line


def test_service_never_leaves_the_machine(built):
    calls = []

    class Listener(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            calls.append(self.path)
            self.send_response(200)
            self.end_headers()

        do_GET = do_POST

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Listener)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        port = server.server_address[1]
        for query in (f"SELECT ?x WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?x ?p ?o }} }}",
                      "SELECT ?x WHERE { SERVICE <file:///etc/passwd> { ?x ?p ?o } }",
                      f"SELECT ?x WHERE {{ # \r SERVICE <http://127.0.0.1:{port}/sparql> {{ ?x ?p ?o }}\n }}"):
            assert "read-only" in _one_line_error(run_kg("sparql", query, env_graph=built))
    finally:
        server.shutdown()
    assert calls == []


@pytest.mark.parametrize("query", ["INSERT DATA { <urn:a> <urn:b> <urn:c> }", "LOAD <http://example.org/x>",
                                   "CLEAR ALL", "DROP GRAPH <urn:g>"])
def test_updates_are_refused(built, query):
    assert "read-only" in _one_line_error(run_kg("sparql", query, env_graph=built))


def test_a_runaway_query_is_stopped_at_its_limit(built):
    start = time.monotonic()
    line = _one_line_error(run_kg("sparql", "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                                  "--timeout", "3", env_graph=built))
    assert "3 s" in line and time.monotonic() - start < 30


def test_table_output_shows_data_literally(built):
    result = run_kg("sparql", "SELECT ('[/bad] :x: [bold]b[/bold]' AS ?m) WHERE {}", env_graph=built)
    assert result.returncode == 0 and "[/bad] :x: [bold]b[/bold]" in result.stdout


# ---------------------------------------------------------------- Cypher, on the server
@pytest.mark.bolt
@pytest.mark.parametrize("query", [
    "/* ' */ CREATE (n:Resource {iri:'x'}) /* ' */ RETURN n.iri",
    "MATCH (n) WITH n, 'http://x' AS u SET n.p = 1 RETURN count(n)",
    "/* ' */ LOAD CSV FROM 'file:///etc/passwd' AS row /* ' */ RETURN row",
    "MATCH (n) RETURN n // ' \n DETACH DELETE n",
    "CALL { CREATE (x:Resource {iri: 'y'}) } IN TRANSACTIONS RETURN 1",
    "CALL dbms.security.listUsers()", "RETURN apoc.version()",
])
def test_cypher_that_writes_or_reads_files_is_refused_and_changes_nothing(bolt_settings, bolt, query):
    bolt.write("CREATE (:Resource {iri: 'urn:probe'})")
    line = _one_line_error(run_kg("cypher", query, *bolt_args(bolt_settings)))
    assert "read-only" in line or "refused" in line
    rows = bolt.read("MATCH (n) RETURN count(n), sum(CASE WHEN n.p IS NULL THEN 0 ELSE 1 END)")[1]
    assert rows == [[1, 0]]


@pytest.mark.bolt
def test_a_harmless_read_with_write_words_in_strings_runs(bolt_settings, bolt):
    bolt.write("CREATE (:Resource {iri: 'urn:probe', note: 'Delete me // not a comment'})")
    result = run_kg("cypher", "MATCH (n:Resource) WHERE n.note CONTAINS 'Delete' RETURN n.note AS note", "--format", "json",
                    *bolt_args(bolt_settings))
    assert result.returncode == 0 and "Delete me // not a comment" in result.stdout


@pytest.mark.bolt
def test_a_password_in_the_uri_is_never_shown(bolt_settings, built):
    host = bolt_settings.uri.split("//", 1)[1]
    result = run_kg("load", "--uri", f"bolt://root:hunter2secret@{host}", "--password", "wrong-password", env_graph=built)
    assert "hunter2secret" not in result.stderr + result.stdout
    _one_line_error(result)


# ---------------------------------------------------------------- builds from broken seeds
@pytest.fixture
def seeds(tmp_path, monkeypatch):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS_DIR, folder)
    monkeypatch.setenv("KG_SEEDS_DIR", str(folder))
    return folder


def _edit_first_evidence(folder, **changes):
    path = folder / "facts.yaml"
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    data["statements"][0]["evidence"][0].update(changes)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.mark.parametrize("changes, message", [
    ({"end": 999999}, "runs past the end"), ({"cue": "không có trong đoạn này"}, "is not inside its span"),
])
def test_build_refuses_broken_evidence_and_names_the_line(seeds, corpus, tmp_path, changes, message):
    _edit_first_evidence(seeds, **changes)
    line = _one_line_error(run_kg("build", "--corpus", str(corpus), "--out", str(tmp_path / "out")))
    assert message in line and "facts.yaml:" in line and "s-qd1619-passed-by" in line
    assert not (tmp_path / "out" / "kg.trig").exists()


def test_build_refuses_an_article_that_changed(seeds, corpus, tmp_path):
    changed = tmp_path / "corpus"
    shutil.copytree(corpus, changed)
    article = sorted(changed.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nThêm một dòng.", encoding="utf-8")
    line = _one_line_error(run_kg("build", "--corpus", str(changed), "--out", str(tmp_path / "out")))
    assert article.name in line and "sha256" in line


def test_yaml_errors_and_duplicate_ids_name_file_and_line(seeds, tmp_path):
    registry = seeds / "registry" / "central.yaml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(text + "\n  - {id: chinh-phu, label_vi: \"Chính phủ hai\"}\n", encoding="utf-8")
    line = _one_line_error(run_kg("build", "--out", str(tmp_path / "out")))
    assert "central.yaml:" in line and "already defined at" in line and "chinh-phu" in line
    registry.write_text(text + "\n  - {id: broken, label_vi: [unclosed\n", encoding="utf-8")
    line = _one_line_error(run_kg("build", "--out", str(tmp_path / "out")))
    assert "central.yaml:" in line and "not valid YAML" in line


# ---------------------------------------------------------------- files and settings
def test_validate_an_empty_or_foreign_file(tmp_path):
    empty = tmp_path / "empty.ttl"
    empty.write_text("", encoding="utf-8")
    assert "no triples" in _one_line_error(run_kg("validate", str(empty)))


def test_utf16_is_named_not_called_binary(tmp_path):
    article = tmp_path / "bai.txt"
    article.write_bytes("Ủy ban Quốc gia về chuyển đổi số họp phiên thứ nhất.".encode("utf-16"))
    assert "UTF-16" in _one_line_error(run_kg("ingest", str(article)))


@pytest.mark.parametrize("value", ["", "20250207", "2025-W05-1", "2025-02-30"])
def test_published_takes_only_real_dates(tmp_path, value):
    article = tmp_path / "bai.txt"
    article.write_text("Ủy ban Quốc gia về chuyển đổi số họp phiên thứ nhất.", encoding="utf-8")
    assert "published" in _one_line_error(run_kg("ingest", str(article), "--published", value))


@pytest.mark.skipif(bool(os.environ.get("NEO4J_URI")), reason="kills the local server, not someone's Neo4j")
def test_bolt_start_after_the_server_was_killed(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_BOLT_HOME", str(tmp_path / "server"))
    try:
        assert run_kg("bolt", "start").returncode == 0
        state = yaml.safe_load((tmp_path / "server" / "server.json").read_text())
        os.kill(state["pid"], signal.SIGKILL)
        time.sleep(1)
        assert run_kg("bolt", "status").stdout.startswith("stopped")
        again = run_kg("bolt", "start")
        assert again.returncode == 0 and again.stdout.startswith("ready")
        assert run_kg("bolt", "status").stdout.startswith("ready")
    finally:
        run_kg("bolt", "stop")

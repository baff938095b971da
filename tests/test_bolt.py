"""Into a real Bolt server (the local ArcadeDB one, or Neo4j with NEO4J_URI): load, idempotence,
round-trip, the competency questions in Cypher, errors, and a server killed mid-load."""

import os
import signal
import subprocess
import time

import pyoxigraph as ox
import pytest

from kg.bolt.client import Bolt
from kg.bolt.loader import counts, label_counts, load
from kg.bolt.searchkeys import KEY_CAP, KEY_LABEL
from kg.bolt.unload import unload
from kg.graph.mapping import ONTOLOGY_GRAPH, records
from kg.graph.names import search_keys, searchable
from tests import ROOT
from tests.competency import CQ, CQ_CONTAINS, as_rows
from tests.conftest import KG, bolt_args, run_kg

pytestmark = pytest.mark.bolt
QUERIES = ROOT / "kg" / "queries"


def _expected(trig):
    store = ox.Store()
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    nodes, rels, labels = 0, 0, {}
    ends = set()
    iris = set()
    for node, out in records(store):
        nodes += 1
        iris.add(node.iri)
        rels += len(out)
        ends |= {r.end for r in out}
        for label in node.labels:
            labels[label] = labels.get(label, 0) + 1
    extra = len(ends - iris)  # objects that are never subjects become bare Resource nodes
    labels["Resource"] += extra
    return nodes + extra, rels, labels


def _expected_keys(trig) -> int:
    """How many search keys a load of `trig` writes: each key once per named node, up to the cap."""
    store = ox.Store()
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    held: dict[str, int] = {}
    for node, _ in records(store):
        for key in search_keys(node.props) if searchable(node.labels) else ():
            held[key] = held.get(key, 0) + 1
    return sum(min(n, KEY_CAP) for n in held.values())


def _keys(bolt) -> list[str]:
    return sorted(key for key, in bolt.read(f"MATCH (k:{KEY_LABEL}) RETURN k.key")[1])


def test_load_twice_gives_the_same_graph(bolt, built):
    trig = built / "kg.trig"
    load(bolt, trig)
    first = counts(bolt), label_counts(bolt)
    keys = _keys(bolt)
    load(bolt, trig)
    assert (counts(bolt), label_counts(bolt), _keys(bolt)) == (*first, keys)
    nodes, rels, labels = _expected(trig)
    assert first == ((nodes, rels), labels)
    assert len(keys) == _expected_keys(trig)


def test_round_trip_is_exact(bolt, built):
    trig = built / "kg.trig"
    load(bolt, trig)
    original = {str(q) for q in ox.Dataset(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
                if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value == ONTOLOGY_GRAPH)}
    back = {str(q) for q in unload(bolt)}
    assert back == original


@pytest.fixture(scope="module")
def loaded(bolt_settings, built):
    with Bolt(bolt_settings) as connection:
        load(connection, built / "kg.trig", wipe=True)
        yield connection


@pytest.mark.parametrize("name", sorted(CQ))
def test_cypher_answers_equal_sparql(loaded, store, name):
    columns, expected = CQ[name]
    cypher = loaded.records((QUERIES / f"{name}.cypher").read_text(encoding="utf-8"))
    sparql = store.select((QUERIES / f"{name}.rq").read_text(encoding="utf-8"))
    assert as_rows(cypher, columns) == expected == as_rows(sparql, columns)


@pytest.mark.parametrize("name", sorted(CQ_CONTAINS))
def test_cypher_contains_the_answers(loaded, store, name):
    columns, expected = CQ_CONTAINS[name]
    cypher = as_rows(loaded.records((QUERIES / f"{name}.cypher").read_text(encoding="utf-8")), columns)
    assert expected <= cypher


def test_kg_load_and_cypher_commands(bolt_settings, built):
    args = bolt_args(bolt_settings)
    first = run_kg("load", *args, env_graph=built)
    assert first.returncode == 0, first.stderr
    assert "search keys indexed" in first.stdout
    again = run_kg("load", *args, env_graph=built)
    assert again.stdout.split(" into ")[0] == first.stdout.split(" into ")[0]
    out = run_kg("cypher", "MATCH (n:Ministry) RETURN n.prefLabel_vi AS name ORDER BY name", "--format", "json", *args)
    assert "Bộ Công an" in out.stdout


@pytest.mark.parametrize("query", ["CREATE (n:X)", "MATCH (n) DETACH DELETE n", "MATCH (n) SET n.x = 1",
                                   "CALL apoc.periodic.iterate('a','b',{})", "MERGE (n:Y {a: 1})",
                                   "/* ' */ CREATE (n:Resource {iri:'x'}) /* ' */ RETURN n.iri",
                                   "/* ' */ LOAD CSV FROM 'file:///etc/passwd' AS row /* ' */ RETURN row"])
def test_cypher_console_is_read_only(bolt_settings, query):
    result = run_kg("cypher", query, *bolt_args(bolt_settings))
    assert result.returncode == 1 and "read-only" in result.stderr and "Traceback" not in result.stderr


def test_wrong_password_and_unreachable_server(bolt_settings, built):
    wrong = bolt_args(bolt_settings)
    wrong[wrong.index("--password") + 1] = "not-the-password"
    result = run_kg("load", *wrong, env_graph=built)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    down = run_kg("load", "--uri", "bolt://127.0.0.1:1", "--password", "x", env_graph=built)
    assert down.returncode == 1 and "cannot reach" in down.stderr


@pytest.mark.skipif(bool(os.environ.get("NEO4J_URI")), reason="kills the local server, not someone's Neo4j")
def test_killing_the_server_mid_load_then_loading_again(tmp_path, monkeypatch):
    from bench.synthetic import generate
    from kg.bolt import local

    trig = tmp_path / "big.trig"
    generate(trig, 120_000)
    monkeypatch.setenv("KG_BOLT_HOME", str(tmp_path / "server"))
    settings = local.start()
    try:
        loading = subprocess.Popen([KG, "load", "--graph", str(trig), *bolt_args(settings)],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(4)   # the load of 120k triples takes longer than this, so the server dies under it
        state_pid = int(__import__("json").loads((tmp_path / "server" / "server.json").read_text())["pid"])
        os.kill(state_pid, signal.SIGKILL)
        _, err = loading.communicate(timeout=120)
        assert loading.returncode == 1 and "Traceback" not in err and len(err.strip().splitlines()) == 1, err
        local.stop()
        settings = local.start()
        resumed = subprocess.run([KG, "load", "--graph", str(trig), *bolt_args(settings)], capture_output=True, text=True)
        assert resumed.returncode == 0, resumed.stderr
        with Bolt(settings) as connection:
            nodes, rels, labels = _expected(trig)
            assert counts(connection) == (nodes, rels)
            assert label_counts(connection) == labels
            assert len(_keys(connection)) == _expected_keys(trig)
    finally:
        local.stop()


TRIG_A = """@prefix org: <http://www.w3.org/ns/org#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/vndt/graph/a> { <https://w3id.org/vndt/id/x> a org:Organization ; skos:prefLabel "Cơ quan X"@vi .
  <https://w3id.org/vndt/id/z> a org:Organization ; skos:prefLabel "Cơ quan Z"@vi . }"""
TRIG_B = """@prefix org: <http://www.w3.org/ns/org#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<https://w3id.org/vndt/graph/b> { <https://w3id.org/vndt/id/y> a org:Organization ; skos:prefLabel "Cơ quan Y"@vi ;
  org:subOrganizationOf <https://w3id.org/vndt/id/x> . }"""


def test_loading_b_over_a_keeps_what_b_points_to(bolt, tmp_path):
    a, b = tmp_path / "a.trig", tmp_path / "b.trig"
    a.write_text(TRIG_A, encoding="utf-8")
    b.write_text(TRIG_B, encoding="utf-8")
    load(bolt, a)
    assert _keys(bolt) == ["co quan x", "co quan z", "quan x", "quan z", "x", "z"]
    report = load(bolt, b)
    assert not report.fresh
    assert _keys(bolt) == ["co quan y", "quan y", "y"]  # x is bare: B does not name it
    assert counts(bolt) == (2, 1)  # y, and x as a bare node (B names it but does not define it); z is gone
    rows = bolt.records("MATCH (y:Resource {iri: 'https://w3id.org/vndt/id/y'})-[:SUB_ORGANIZATION_OF]->(x) "
                        "RETURN labels(x) AS labels, x.prefLabel_vi AS name")
    assert rows == [{"labels": ["Resource"], "name": None}]
    assert label_counts(bolt) == _expected(b)[2]


def test_two_loads_at_once_leave_one_whole_graph(bolt_settings, bolt, tmp_path):
    from bench.synthetic import generate

    first, second = tmp_path / "first.trig", tmp_path / "second.trig"
    generate(first, 20_000, seed=1)
    generate(second, 20_000, seed=2)
    args = bolt_args(bolt_settings)
    runs = [subprocess.Popen([KG, "load", "--graph", str(trig), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for trig in (first, second)]
    results = [(run.wait(timeout=300), *run.communicate()) for run in runs]
    codes = sorted(code for code, _, _ in results)
    assert codes == [0, 1], results
    refused = next(err for code, _, err in results if code == 1)
    assert "another load" in refused and "Traceback" not in refused and len(refused.strip().splitlines()) == 1
    winner = first if results[0][0] == 0 else second
    nodes, rels, labels = _expected(winner)
    assert counts(bolt) == (nodes, rels) and label_counts(bolt) == labels
    assert len(_keys(bolt)) == _expected_keys(winner)


def test_a_load_after_a_dead_one_takes_its_lock(bolt, built):
    from kg.bolt.lock import LOCK_LABEL

    bolt.write(f"CREATE (:{LOCK_LABEL} {{name: 'load', owner: 'gone:1:x', since: 0.0, beat: 0.0}})")
    load(bolt, built / "kg.trig")
    assert not bolt.read(f"MATCH (l:{LOCK_LABEL}) RETURN l")[1]


def test_a_routing_uri_loads_and_reads(bolt_settings, built):
    """neo4j:// (a cluster's routing URI): writes go to the leader, reads in READ sessions to any server."""
    from dataclasses import replace

    from kg.store.bolt import BoltStore

    routed = replace(bolt_settings, uri=bolt_settings.uri.replace("bolt://", "neo4j://", 1))
    with Bolt(routed) as connection:
        load(connection, built / "kg.trig", wipe=True)
    store = BoltStore(routed)
    try:
        assert store.search("Bộ TT&TT")[0].iri.endswith("/bo-thong-tin-va-truyen-thong")
    finally:
        store.close()


def test_search_finds_exact_names_past_the_key_cap(bolt_settings, bolt, tmp_path):
    """A graph where common keys reach the cap: every exact name is still found first, with the score the
    embedded store gives it, and a prefix of a common word still fills the page."""
    import random

    from bench.synthetic import generate
    from kg.store.bolt import BoltStore
    from kg.store.embedded import EmbeddedStore
    from kg.store.search import is_exact

    trig = tmp_path / "capped.trig"
    generate(trig, 40_000, seed=3)
    load(bolt, trig)
    (top,), = bolt.read(f"MATCH (k:{KEY_LABEL}) WITH k.key AS key, count(*) AS n RETURN max(n)")[1]
    assert top == KEY_CAP
    names = [name for name, in bolt.read("MATCH (n:Resource) WHERE n.prefLabel_vi IS NOT NULL "
                                         "RETURN n.prefLabel_vi ORDER BY n.iri")[1]]
    server, embedded = BoltStore(bolt_settings), EmbeddedStore(trig)
    try:
        for name in random.Random(5).sample(names, 40):
            hits = server.search(name, 10)
            assert hits and is_exact(name, hits[0]), name
            assert hits[0].score == embedded.search(name, 10)[0].score, name
        assert len(server.search("chuy", 20)) == 20
    finally:
        server.close()
        embedded.close()


def test_search_without_keys_says_to_load_the_graph(bolt_settings, bolt):
    from kg.bolt.searchkeys import INDEX
    from kg.errors import GraphNotBuilt
    from kg.store.bolt import BoltStore

    bolt.write(f"DROP INDEX {INDEX} IF EXISTS")
    store = BoltStore(bolt_settings)
    try:
        with pytest.raises(GraphNotBuilt, match="kg load"):
            store.search("Bộ Công an")
    finally:
        store.close()

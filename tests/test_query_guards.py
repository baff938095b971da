"""The read-only checks of the query consoles: the Cypher tokenizer and `check_read_only`, SPARQL's
`check_query`; tables of attacks that must be refused and of reads that must pass."""

import pytest

from kg.errors import QueryError, ReadOnlyViolation
from kg.query.cypher import check_read_only, tokenize
from kg.query.sparql import check_query
from tests import ROOT

QUERIES = ROOT / "kg" / "queries"

# (query, what the refusal names)
CYPHER_ATTACKS = [
    # the review's three, and the quote tricks they used
    ("/* ' */ CREATE (n:Resource {iri:'x'}) /* ' */ RETURN n.iri", "CREATE"),
    ("MATCH (n) WITH n, 'http://x' AS u SET n.p = 1 RETURN n", "SET"),
    ("/* ' */ LOAD CSV FROM 'file:///etc/passwd' AS row /* ' */ RETURN row", "LOAD"),
    ("RETURN 'a\\\\' CREATE (n) //' AS s", "CREATE"),
    ('RETURN "a\\\\" CREATE (n) //" AS s', "CREATE"),
    ("MATCH (n) RETURN n // a comment ends at a carriage return\rCREATE (m)", "CREATE"),
    ("MATCH (n) RETURN n // or at a line separator\u2028CREATE (m)", "CREATE"),
    ("/* comments /* do not nest */ CREATE (n) /* */", "CREATE"),
    ("RETURN `a``b` AS x CREATE (n)", "CREATE"),
    # case, width and splitting
    ("match (n) detach delete n", "DETACH"),
    ("MATCH (n) DeLeTe n", "DELETE"),
    ("MATCH (n) ＳＥＴ n.p = 1", "SET"),
    ("CRE/**/ATE (n)", "CRE"),
    ("MATCH (n) WITH n SE/* */T n.p = 1", "SE"),
    # writes wherever a clause may stand
    ("MATCH (n) WITH * SET n.p = 1", "SET"),
    ("MATCH (n) WITH n ORDER BY 1. SET n.p = 1 RETURN n", "SET"),
    ("MERGE (n:Resource {iri: 'x'})", "MERGE"),
    ("MATCH (n) REMOVE n.p", "REMOVE"),
    ("MATCH (n) FOREACH (x IN [1] | SET n.p = x)", "FOREACH"),
    ("INSERT (n:Resource {iri: 'x'})", "INSERT"),
    ("MATCH (n) NODETACH DELETE n", "NODETACH"),
    ("DROP CONSTRAINT resource_iri", "DROP"),
    ("USE system SHOW USERS", "USE"),
    ("MATCH (n) WHERE n:A|SET RETURN n", "SET"),
    ("MATCH (n) RETURN n AS set", "SET"),
    ("MATCH (n) RETURN n UNION CREATE (m) RETURN m", "CREATE"),
    # subqueries are checked inside
    ("MATCH (n) CALL { WITH n SET n.p = 1 } RETURN n", "SET"),
    ("MATCH (n) CALL (n) { CREATE (m) } RETURN n", "CREATE"),
    ("MATCH (n) WHERE EXISTS { CREATE (m) } RETURN n", "CREATE"),
    ("CALL { CREATE (n) } IN TRANSACTIONS", "CREATE"),
    ("MATCH (n) CALL { WITH n RETURN n AS m } IN TRANSACTIONS OF 10 ROWS RETURN m", "TRANSACTIONS"),
    ("MATCH (n) CALL { WITH n RETURN n AS m } IN CONCURRENT TRANSACTIONS RETURN m", "TRANSACTIONS"),
    # procedures and functions
    ("CALL apoc.load.json('file:///etc/passwd')", "apoc.load.json"),
    ("CALL apoc.cypher.runWrite('CREATE (n)', {})", "apoc.cypher.runWrite"),
    ("CALL `apoc.load.json`('http://x')", "apoc.load.json"),
    ("CALL dbms.listConfig()", "dbms.listConfig"),
    ("CALL dbms.security.createUser('u', 'p', false)", "dbms.security.createUser"),
    ("CALL db.index.fulltext.createNodeIndex('i', ['A'], ['p'])", "db.index.fulltext.createNodeIndex"),
    ("CALL merge.node(['A'], {iri: 'x'})", "merge.node"),
    ("CALL do.when(true, 'CREATE (n)', '', {})", "do.when"),
    ("CALL algo.pagerank('Resource')", "algo.pagerank"),
    ("MATCH (n) CALL db.labels() YIELD label CALL apoc.create.node([label], {}) YIELD node RETURN node",
     "apoc.create.node"),
    ("RETURN apoc.text.join(['a'], ',')", "apoc.text.join"),
    ("RETURN `apoc`.text.join(['a'], ',')", "apoc.text.join"),
    ("MATCH (n) RETURN util.sleep(100000)", "util.sleep"),
    ("CALL (n)", "CALL must open a subquery"),
    ("CALL 'x'", "CALL must open a subquery"),
    # reading local files, administration, several statements
    ("RETURN 'file:///etc/passwd' AS f", "file:"),
    ("RETURN '\\u0066ile:///etc/passwd' AS f", "file:"),
    ("RETURN 'jar:FILE:/x!/y' AS f", "file:"),
    ("SHOW USERS", "SHOW"),
    ("SHOW TRANSACTIONS", "SHOW"),
    ("TERMINATE TRANSACTIONS 'x'", "TERMINATE"),
    ("ALTER USER neo4j SET PASSWORD 'x'", "ALTER"),
    ("GRANT ROLE admin TO x", "GRANT"),
    ("START DATABASE kg", "START"),
    ("CYPHER runtime=slotted MATCH (n) RETURN n", "CYPHER"),
    ("RETURN 1; MATCH (n) DETACH DELETE n", "one statement"),
    ("RETURN 1; SHOW USERS", "one statement"),
]

HARMLESS_READS = [
    "MATCH (n) RETURN n.iri LIMIT 5",
    "MATCH (n:Organization) WHERE n.prefLabel_vi CONTAINS 'Delete' RETURN n.prefLabel_vi",
    "MATCH (n) RETURN n.set, n.delete, n.create, {delete: 1, merge: 2}, 'CREATE (m)', `CREATE`, `set`",
    "MATCH (n:Delete)-[:CREATE|SET_BY]->(m:Set) RETURN n",
    "MATCH (n) // CREATE (m)\nRETURN n /* SET n.p = 1 */",
    "MATCH (n) WHERE n.url STARTS WITH 'http://x//y' RETURN n.url",
    "RETURN 'a\\' CREATE (n) //' AS s",
    "RETURN 'profile: a file name', '\\u0027 CREATE (n)' AS quote",
    "MATCH (n) WHERE n.iri = $iri RETURN n",
    "MATCH (n) RETURN $create AS x",
    "MATCH (a)-[:SUB_ORGANIZATION_OF*1..3]->(b) RETURN a, b",
    "MATCH p = allShortestPaths((a)-[*..6]-(b)) WHERE none(n IN nodes(p) WHERE n:Evidence OR n:Article) RETURN p",
    "MATCH (n) RETURN n LIMIT 5 UNION ALL MATCH (n) RETURN n LIMIT 5",
    "OPTIONAL MATCH (n) RETURN count(*) AS c ORDER BY c DESC SKIP 1 LIMIT 3",
    "MATCH (a) RETURN [x IN [1, 2] WHERE x > 1 | x * 2], reduce(s = 0, x IN [1] | s + x), "
    "CASE WHEN a.x IS NOT NULL THEN 1 ELSE 2 END AS c",
    "MATCH (n) CALL { WITH n MATCH (n)-->(m) RETURN count(m) AS degree } RETURN n.iri, degree",
    "MATCH (n) WHERE EXISTS { MATCH (n)-->(:Ministry) } AND COUNT { (n)--() } > 2 RETURN n",
    "MATCH (e:Event) WHERE e.startDate >= date('2022-01-01') RETURN date.truncate('month', e.startDate), datetime()",
    "CALL db.labels() YIELD label RETURN label",
    "CALL db.relationshipTypes()",
    "CALL db.schema.visualization()",
    "CALL dbms.components() YIELD name, versions RETURN name, versions",
    "EXPLAIN MATCH (n) RETURN n",
    "PROFILE MATCH (n) RETURN count(n)",
    "MATCH (n) RETURN n;",
    "MATCH (người:Person) RETURN người.prefLabel_vi AS tên",
]

CYPHER_UNREADABLE = [
    ("RETURN 'unterminated", "unterminated string"),
    ("RETURN `unterminated", "unterminated quoted name"),
    ("MATCH (n) /* unterminated", "unterminated comment"),
    ("RETURN \\u0043REATE", "unexpected character"),
    ("RETURN 1 # 2", "unexpected character"),
    ("   ", "empty"),
]


@pytest.mark.parametrize("query,named", CYPHER_ATTACKS)
def test_cypher_attack_is_refused(query, named):
    with pytest.raises(ReadOnlyViolation) as refused:
        check_read_only(query)
    message = str(refused.value)
    assert named.lower() in message.lower() and message.startswith("read-only:") and "\n" not in message


@pytest.mark.parametrize("query", HARMLESS_READS)
def test_harmless_cypher_read_passes(query):
    check_read_only(query)


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.cypher")), ids=lambda p: p.stem)
def test_project_cypher_queries_pass(path):
    check_read_only(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("query,what", CYPHER_UNREADABLE)
def test_unreadable_cypher_is_a_query_error(query, what):
    with pytest.raises(QueryError) as failed:
        check_read_only(query)
    assert not isinstance(failed.value, ReadOnlyViolation)
    assert what in str(failed.value) and "\n" not in str(failed.value)


def _kinds(query: str) -> list[tuple[str, str]]:
    return [(t.kind, t.value) for t in tokenize(query)]


def test_tokenizer_reads_strings_with_both_quotes_and_escapes():
    assert _kinds("'it\\'s' \"say \\\"hi\\\"\" 'tab\\tend' '\\u0041\\U0001F600'") == [
        ("string", "it's"), ("string", 'say "hi"'), ("string", "tab\tend"), ("string", "A\U0001F600")]


def test_tokenizer_reads_quoted_names_parameters_numbers_and_punctuation():
    assert _kinds("`a``b` $p $`q r` 0x1F 1.5e3 1..3 n.x <> -> <-") == [
        ("quoted", "a`b"), ("param", "$p"), ("param", "$`q r`"), ("number", "0x1F"), ("number", "1.5e3"),
        ("number", "1"), ("punct", ".."), ("number", "3"), ("name", "n"), ("punct", "."), ("name", "x"),
        ("punct", "<>"), ("punct", "->"), ("punct", "<-")]


def test_tokenizer_drops_comments_and_splits_words_at_them():
    assert _kinds("CRE/**/ATE // CREATE\n/* SET */ x") == [("name", "CRE"), ("name", "ATE"), ("name", "x")]
    assert _kinds("/* a /* b */ c */") == [("name", "c"), ("punct", "*"), ("punct", "/")]


def test_tokenizer_offsets_point_into_the_query():
    query = "MATCH (n)\n  SET n.p = 1"
    with pytest.raises(ReadOnlyViolation, match="line 2, column 3"):
        check_read_only(query)
    assert [query[t.start:t.start + len(t.text)] for t in tokenize(query)] == [t.text for t in tokenize(query)]


# (query, exception class, what the message names)
SPARQL_REFUSALS = [
    ("SELECT ?x WHERE { SERVICE <http://127.0.0.1:18999/sparql> { ?x ?p ?o } }", ReadOnlyViolation, "SERVICE"),
    ("SELECT ?x WHERE { SERVICE SILENT <file:///etc/passwd> { ?x ?p ?o } }", ReadOnlyViolation, "SERVICE"),
    ("SELECT ?x WHERE { ?s ?p ?o . SERVICE ?endpoint { ?x ?p ?o } }", ReadOnlyViolation, "SERVICE"),
    ("select ?x where { { select ?x where { service <http://x/> { ?x ?p ?o } } } }", ReadOnlyViolation, "SERVICE"),
    ("SELECT ?x WHERE { ?x ?p ?o FILTER EXISTS { SERVICE <http://x/> { ?x ?q ?r } } }", ReadOnlyViolation, "SERVICE"),
    ("SELECT ?x WHERE { OPTIONAL { { ?x ?p ?o } UNION { SERVICE <http://x/> { ?x ?q ?r } } } }", ReadOnlyViolation,
     "SERVICE"),
    ("SELECT ?x WHERE { \\u0053ERVICE <http://x/> { ?x ?p ?o } }", ReadOnlyViolation, "SERVICE"),
    # rdflib ends a comment at \n only; SPARQL (and pyoxigraph) at \r too
    ("SELECT ?x WHERE { # x\r SERVICE <http://127.0.0.1:18999/sparql> { ?x ?p ?o }\n }", ReadOnlyViolation,
     "SERVICE"),
    ("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }", ReadOnlyViolation, "updates"),
    ("PREFIX ex: <http://x/> DELETE WHERE { ?s ex:p ?o }", ReadOnlyViolation, "updates"),
    ("# a comment first\nDELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }", ReadOnlyViolation, "updates"),
    ("WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", ReadOnlyViolation, "updates"),
    ("LOAD <file:///etc/passwd>", ReadOnlyViolation, "updates"),
    ("CLEAR ALL", ReadOnlyViolation, "updates"),
    ("DROP GRAPH <http://x/g>", ReadOnlyViolation, "updates"),
    ("CREATE GRAPH <http://x/g>", ReadOnlyViolation, "updates"),
    ("ADD DEFAULT TO <http://x/g>", ReadOnlyViolation, "updates"),
    ("MOVE <http://x/a> TO <http://x/b>", ReadOnlyViolation, "updates"),
    ("COPY <http://x/a> TO <http://x/b>", ReadOnlyViolation, "updates"),
    ("SELECT * WHERE { ?s ?p ?o ", QueryError, "syntax error"),
    ("SELEKT * WHERE { ?s ?p ?o }", QueryError, "syntax error"),
    ("SELECT * WHERE { ?s nope:p ?o }", QueryError, "unknown prefix nope:"),
    ("SELECT * WHERE { ?s :p ?o }", QueryError, "unknown prefix :"),
    ("SELECT * WHERE { ?s ?p '\\U0011FFFF' }", QueryError, "code point"),
    ("SELECT * WHERE { ?s ?p '\\u0011FFFF' }", QueryError, "code point"),
    ("SELECT * WHERE " + "{" * 500 + "}" * 500, QueryError, "nested"),
]

SPARQL_READS = [
    ("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f LIMIT 1", "select"),
    ("ASK { ?s a org:Organization }", "ask"),
    ("CONSTRUCT { ?s skos:prefLabel ?l } WHERE { ?s skos:prefLabel ?l }", "construct"),
    ("DESCRIBE id:ubqg-chuyen-doi-so", "describe"),
    ("PREFIX ex: <http://e/> SELECT ?service WHERE { ?service ex:SERVICE 'SERVICE <http://x/> {}' . "
     "?s <http://a/#SERVICE> ?o } # SERVICE <http://x/> { }", "select"),
    ("PREFIX : <http://e/> SELECT * WHERE { ?s :p ?o FILTER(lang(?o) = 'vi') }", "select"),
    ("SELECT ?x WHERE { ?x eli:id_local ?n FILTER(CONTAINS(?n, \"\"\"DELETE\nINSERT\"\"\")) }", "select"),
]


@pytest.mark.parametrize("query,error,named", SPARQL_REFUSALS)
def test_sparql_refusal(query, error, named):
    with pytest.raises(error) as refused:
        check_query(query)
    assert named in str(refused.value) and "\n" not in str(refused.value)
    if error is QueryError:
        assert not isinstance(refused.value, ReadOnlyViolation)


@pytest.mark.parametrize("query,form", SPARQL_READS)
def test_sparql_read_passes_with_its_form(query, form):
    assert check_query(query) == form


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_project_sparql_queries_pass(path):
    assert check_query(path.read_text(encoding="utf-8")) == "select"


@pytest.mark.bolt
def test_the_server_reads_escapes_and_comments_as_the_tokenizer_does(bolt):
    """Where the tokenizer sees a string, the server sees the same string; a word split by a comment is a
    syntax error there, not a clause."""
    query = "RETURN 'a\\' CREATE (n:Resource {iri: \"probe\"}) //' AS s"
    check_read_only(query)
    assert bolt.read(query)[1] == [["a' CREATE (n:Resource {iri: \"probe\"}) //"]]
    with pytest.raises(QueryError):
        bolt.read("CRE/**/ATE (n:Resource {iri: 'probe'}) RETURN 1")
    assert bolt.read("MATCH (n:Resource {iri: 'probe'}) RETURN count(n)")[1] == [[0]]

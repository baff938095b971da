"""What the query workers run (`kg.query.isolate`): module-level functions that check a query, run it
and return plain Python values. Each worker keeps the store or the connection it opened for the
next call.

Both jobs check the query themselves, so whatever reaches an engine through a worker has been checked;
a caller may still check first to refuse without a worker.
"""

from pathlib import Path

import pyoxigraph as ox

from kg.bolt.client import Bolt
from kg.errors import GraphNotBuilt
from kg.query.cypher import check_read_only
from kg.query.sparql import check_query
from kg.store.results import sparql_json_term
from kg.store.sparql import SparqlResult, SparqlStore

_stores: dict[tuple, SparqlStore] = {}
_connections: dict = {}


def _store(path: str) -> SparqlStore:
    """The store at `path`, opened once per worker: a folder is the embedded store's on-disk pyoxigraph
    files (opened read-only), a file a TriG graph (read into memory)."""
    location = Path(path)
    try:
        key = (str(location.resolve()), location.stat().st_mtime_ns)
    except FileNotFoundError:
        raise GraphNotBuilt(f"{path}: no graph or store there") from None
    if key not in _stores:
        _stores.clear()
        _stores[key] = SparqlStore.open(location) if location.is_dir() else SparqlStore.from_trig(location)
    return _stores[key]


def sparql(path: str, query: str, limit: int | None = None) -> dict:
    """`{"form", "columns", "rows"}`: an ASK's rows are `[[bool]]`; every other row holds W3C SPARQL JSON
    terms (`{"type": "uri", "value": …}`, or None where unbound); at most `limit` rows."""
    form = check_query(query)
    result = _store(path).query(query, limit=limit)
    if form == "ask":
        return {"form": form, "columns": result.columns, "rows": result.rows}
    return {"form": form, "columns": result.columns,
            "rows": [[sparql_json_term(term) for term in row] for row in result.rows]}


def _term(value: dict | None):
    if value is None:
        return None
    if value["type"] == "uri":
        return ox.NamedNode(value["value"])
    if value["type"] == "bnode":
        return ox.BlankNode(value["value"])
    if "xml:lang" in value:
        return ox.Literal(value["value"], language=value["xml:lang"])
    if "datatype" in value:
        return ox.Literal(value["value"], datatype=ox.NamedNode(value["datatype"]))
    return ox.Literal(value["value"])


def sparql_result(answer: dict) -> SparqlResult:
    """A `sparql` job's answer as the store's result again, with pyoxigraph terms, in the caller."""
    if answer["form"] == "ask":
        return SparqlResult(answer["columns"], answer["rows"])
    return SparqlResult(answer["columns"], [[_term(value) for value in row] for row in answer["rows"]])


def cypher(settings, query: str, limit: int | None = None, seconds: float | None = None) -> dict:
    """`{"columns", "rows"}` of a read-only Cypher query, values as plain Python (`kg.bolt.client.native`).

    `settings` is a `BoltSettings`; `seconds` is sent as the transaction timeout, which Neo4j enforces
    on the server (ArcadeDB ignores it; its own command timeout is set by `kg.bolt.local`)."""
    check_read_only(query)
    if settings not in _connections:
        _connections[settings] = Bolt(settings)
    columns, rows = _connections[settings].read(query, limit=limit, timeout=seconds)
    return {"columns": columns, "rows": rows}

"""SPARQL over the built graph with pyoxigraph: read-only, the union of the named graphs as the
default graph, the project's prefixes predeclared; results as plain rows of terms."""

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, QueryError
from kg.namespaces import PREFIXES
from kg.query.sparql import check_query

@dataclass
class SparqlResult:
    """A SELECT's columns and rows of terms; an ASK's boolean; a CONSTRUCT's triples as rows of three."""

    columns: list[str]
    rows: list[list]


def term_text(term) -> str | None:
    return None if term is None else term.value


def _solutions(result, limit: int | None) -> SparqlResult:
    if isinstance(result, ox.QueryBoolean):
        return SparqlResult(["ask"], [[bool(result)]])
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        rows = []
        for solution in result:
            rows.append([solution[c] for c in columns])
            if limit is not None and len(rows) >= limit:
                break
        return SparqlResult(columns, rows)
    rows = []
    for triple in result:
        rows.append([triple.subject, triple.predicate, triple.object])
        if limit is not None and len(rows) >= limit:
            break
    return SparqlResult(["subject", "predicate", "object"], rows)


def execute(store: ox.Store, query: str, limit: int | None = None) -> SparqlResult:
    """Run a read query; updates are refused (the store is opened read-only as well)."""
    try:
        result = store.query(query, use_default_graph_as_union=True, prefixes={p: str(ns) for p, ns in PREFIXES.items()})
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None
    except OSError as exc:
        raise QueryError(f"the SPARQL query failed: {str(exc).splitlines()[0][:300]}") from None
    return _solutions(result, limit)


class SparqlStore:
    """A pyoxigraph store with the project's query conventions; in memory from a TriG file (tests,
    small graphs) or the embedded store's on-disk files opened read-only."""

    def __init__(self, store: ox.Store):
        self._store = store

    @classmethod
    def from_trig(cls, path: Path) -> "SparqlStore":
        store = ox.Store()
        try:
            store.load(path=str(path), format=ox.RdfFormat.TRIG)   # one thread: memory that does not grow with the cores
        except (SyntaxError, ValueError) as exc:
            raise InputError(f"{path}: not valid TriG ({str(exc).splitlines()[0]})") from None
        return cls(store)

    @classmethod
    def open(cls, folder: Path) -> "SparqlStore":
        return cls(ox.Store.read_only(str(folder)))

    @property
    def raw(self) -> ox.Store:
        return self._store

    def query(self, query: str, *, limit: int | None = None) -> SparqlResult:
        check_query(query)
        return execute(self._store, query, limit)

    def select(self, query: str) -> list[dict]:
        """Rows as dicts of plain values (IRIs and lexical forms), for code and tests."""
        result = self.query(query)
        return [{c: term_text(t) for c, t in zip(result.columns, row)} for row in result.rows]

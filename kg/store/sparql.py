"""SPARQL over the built graph in an embedded pyoxigraph store (read-only)."""

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError
from kg.namespaces import PREFIXES

_UPDATE = re.compile(r"^\s*(?:(?:PREFIX|BASE)\s+[^\n]*\n\s*)*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
                     re.IGNORECASE)


@dataclass
class SparqlResult:
    """A SELECT's columns and rows of terms; an ASK's boolean; a CONSTRUCT's triples as rows of three."""

    columns: list[str]
    rows: list[list]
    raw_json: str | None = None


def term_text(term) -> str | None:
    if term is None:
        return None
    return term.value


def is_update(query: str) -> bool:
    stripped = re.sub(r"#[^\n]*", "", query)
    return bool(_UPDATE.match(stripped))


class SparqlStore:
    def __init__(self, store: ox.Store):
        self._store = store

    @classmethod
    def from_trig(cls, path: Path) -> "SparqlStore":
        store = ox.Store()
        try:
            store.bulk_load(path=str(path), format=ox.RdfFormat.TRIG)
        except (SyntaxError, ValueError) as exc:
            raise KgError(f"{path}: not valid TriG ({exc})") from None
        return cls(store)

    @property
    def raw(self) -> ox.Store:
        return self._store

    def query(self, query: str, *, limit: int | None = None) -> SparqlResult:
        if is_update(query):
            raise KgError("read-only: SPARQL updates (INSERT, DELETE, LOAD, CLEAR, DROP, …) are refused")
        try:
            result = self._store.query(query, use_default_graph_as_union=True,
                                       prefixes={p: str(ns) for p, ns in PREFIXES.items()})
        except SyntaxError as exc:
            raise KgError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None
        except OSError as exc:
            raise KgError(f"SPARQL query failed: {exc}") from None
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
        rows = [[t.subject, t.predicate, t.object] for t in result]
        return SparqlResult(["subject", "predicate", "object"], rows[:limit] if limit else rows)

    def select(self, query: str) -> list[dict]:
        """Rows as dicts of plain values (IRIs and lexical forms), for code and tests."""
        result = self.query(query)
        return [{c: term_text(t) for c, t in zip(result.columns, row)} for row in result.rows]

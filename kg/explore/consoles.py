"""The query console: the store's own language (SPARQL on the embedded graph, Cypher on a Bolt server),
read-only, with a row limit and a time limit that stops the query; examples are the competency questions."""

from kg.paths import QUERIES_DIR
from kg.store.base import GraphStore, QueryResult

ROW_LIMIT = 1000
TIME_LIMIT = 15.0
SUFFIX = {"sparql": "rq", "cypher": "cypher"}


def examples(language: str) -> dict[str, str]:
    """The competency questions in one language, by their first comment line."""
    out = {}
    for path in sorted(QUERIES_DIR.glob(f"*.{SUFFIX[language]}")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0].lstrip("#/ ").strip()
        out[f"{path.stem[:4].upper()} · {first}"] = text
    return out


def _plain(value):
    """A cell as the page shows it: terms as their IRI or lexical form."""
    if value.__class__.__module__.startswith("pyoxigraph"):
        return value.value
    return value


def run_console(store: GraphStore, text: str, limit: int = ROW_LIMIT) -> QueryResult:
    result = store.query(text, limit=min(max(limit, 1), ROW_LIMIT), seconds=TIME_LIMIT)
    return QueryResult(result.columns, [[_plain(v) for v in row] for row in result.rows], result.truncated)

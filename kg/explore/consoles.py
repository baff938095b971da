"""The app's query consoles: read-only, with a row limit and a time limit; results as rows and as a graph."""

import concurrent.futures
import os
from dataclasses import dataclass

from kg.errors import KgError
from kg.explore.backend import Explorer
from kg.explore.views import ViewGraph, caption, group_of
from kg.paths import QUERIES_DIR

ROW_LIMIT = 1000
TIME_LIMIT = 15.0
_POOL = concurrent.futures.ThreadPoolExecutor(max_workers=2)


@dataclass
class ConsoleResult:
    columns: list[str]
    rows: list[list]          # plain values (strings, numbers, lists)
    truncated: bool


def examples(suffix: str) -> dict[str, str]:
    """The competency questions, by their first comment line."""
    out = {}
    for path in sorted(QUERIES_DIR.glob(f"*.{suffix}")):
        text = path.read_text(encoding="utf-8")
        first = text.splitlines()[0].lstrip("#/ ").strip()
        out[f"{path.stem[:4].upper()} · {first}"] = text
    return out


def _plain(value):
    if hasattr(value, "value") and value.__class__.__module__.startswith("pyoxigraph"):
        return value.value
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def _with_time_limit(work, seconds: float):
    future = _POOL.submit(work)
    try:
        return future.result(timeout=seconds)
    except concurrent.futures.TimeoutError:
        raise KgError(f"the query ran longer than {seconds:.0f} s and was abandoned; add a LIMIT or narrow it") from None


def run_sparql(store, query: str, limit: int = ROW_LIMIT, seconds: float = TIME_LIMIT) -> ConsoleResult:
    result = _with_time_limit(lambda: store.query(query, limit=limit + 1), seconds)
    rows = [[_plain(v) for v in row] for row in result.rows]
    return ConsoleResult(result.columns, rows[:limit], len(rows) > limit)


def run_cypher(bolt, query: str, limit: int = ROW_LIMIT, seconds: float = TIME_LIMIT) -> ConsoleResult:
    from kg.bolt.client import refuse_writes

    refuse_writes(query)
    columns, rows = bolt.read(query, limit=limit + 1, timeout=seconds)
    rows = [[_plain(getattr(v, "get", None) and v.get("iri") or v) for v in row] for row in rows]
    return ConsoleResult(columns, rows[:limit], len(rows) > limit)


def result_graph(explorer: Explorer, result: ConsoleResult, lang: str = "vi") -> ViewGraph | None:
    """When a result names entities of the graph, the graph among them."""
    found = {v for row in result.rows for v in row if isinstance(v, str) and v in explorer.graph}
    if not found:
        return None
    graph = explorer.graph
    view = ViewGraph()
    for n in sorted(found):
        view.nodes.append({"id": n, "caption": caption(graph, n, lang), "group": group_of(graph.nodes[n].get("labels", [])),
                           "title": caption(graph, n, lang), "date": ""})
    for a, b, rtype in graph.subgraph(found).edges(keys=True):
        view.edges.append({"source": a, "target": b, "type": rtype, "caption": explorer.relation_names.get(rtype, rtype)})
    return view


def bolt_configured() -> bool:
    if os.environ.get("NEO4J_URI"):
        return True
    from kg.bolt.local import running_settings

    return running_settings() is not None

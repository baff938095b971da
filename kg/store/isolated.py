"""Raw queries in worker processes (`kg.query.isolate`): checked first, then run where a panic, an abort
or a runaway cannot reach the caller, and stopped at their time and memory limits."""

from functools import lru_cache
from pathlib import Path

from kg.bolt.client import BoltSettings
from kg.query.cypher import check_read_only
from kg.query.isolate import WorkerPool
from kg.query.sparql import check_query
from kg.store import jobs
from kg.store.base import QueryResult

WORKERS = 2
MEMORY_MB = 2048


@lru_cache(maxsize=1)
def pool() -> WorkerPool:
    """The process's query workers, started on first use and kept."""
    return WorkerPool(WORKERS, memory_mb=MEMORY_MB)


def run_sparql(store_path: Path, text: str, *, limit: int, seconds: float) -> QueryResult:
    check_query(text)
    answer = pool().run(jobs.sparql, str(store_path), text, limit + 1, seconds=seconds)
    result = jobs.sparql_result(answer)
    return QueryResult(result.columns, result.rows[:limit], len(result.rows) > limit)


def run_cypher(settings: BoltSettings, text: str, *, limit: int, seconds: float) -> QueryResult:
    check_read_only(text)
    answer = pool().run(jobs.cypher, settings, text, limit + 1, seconds, seconds=seconds + 2)
    return QueryResult(answer["columns"], answer["rows"][:limit], len(answer["rows"]) > limit)

"""A Bolt connection with one clear error per way it can fail, reads in read transactions (READ
sessions, which a Neo4j cluster routes to its secondaries), writes in managed write transactions
(ArcadeDB aborts multi-row MERGEs run in auto-commit)."""

from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import neo4j
from neo4j.exceptions import AuthError, ClientError, CypherSyntaxError, Neo4jError, ServiceUnavailable, SessionExpired

from kg.errors import BoltUnavailable, InputError, KgError, QueryError


@dataclass(frozen=True)
class BoltSettings:
    uri: str
    user: str
    password: str
    database: str | None

    @property
    def label(self) -> str:
        return f"{safe_uri(self.uri)} (database {self.database or 'default'})"

    def __repr__(self) -> str:
        return f"BoltSettings(uri={safe_uri(self.uri)!r}, user={self.user!r}, database={self.database!r})"


def safe_uri(uri: str) -> str:
    """A URI as it may be shown: without a password written into it."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "<invalid URI>"
    if parts.password is None:
        return uri
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def native(value):
    """A value read from the server as plain Python: Neo4j's temporal types become `datetime` ones,
    lists and maps item by item; nodes become their properties."""
    if isinstance(value, list):
        return [native(v) for v in value]
    if isinstance(value, dict):
        return {k: native(v) for k, v in value.items()}
    if isinstance(value, neo4j.graph.Node | neo4j.graph.Relationship):
        return {k: native(v) for k, v in dict(value).items()}
    return value.to_native() if hasattr(value, "to_native") else value


def _first_line(exc: Exception) -> str:
    text = getattr(exc, "message", None) or str(exc)
    return text.strip().splitlines()[0][:300] if text and text.strip() else exc.__class__.__name__


def _explain(exc: Exception, settings: BoltSettings) -> KgError:
    where = safe_uri(settings.uri)
    if isinstance(exc, AuthError):
        return BoltUnavailable(f"wrong user or password for {where}")
    if isinstance(exc, (ServiceUnavailable, SessionExpired, OSError)):
        return BoltUnavailable(f"cannot reach the Bolt server at {where} (is it running?)")
    if isinstance(exc, CypherSyntaxError):
        return QueryError(f"Cypher syntax error: {_first_line(exc)}")
    if isinstance(exc, (ClientError, Neo4jError)):
        return QueryError(f"the server refused the query: {_first_line(exc)}")
    return BoltUnavailable(f"Bolt error: {exc.__class__.__name__}: {_first_line(exc)}")


class Bolt:
    def __init__(self, settings: BoltSettings):
        self.settings = settings
        try:
            self._driver = neo4j.GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password),
                                                      connection_timeout=10, max_transaction_retry_time=30)
            self._driver.verify_connectivity()
        except ValueError as exc:
            raise InputError(f"not a Bolt URI: {safe_uri(settings.uri)} ({str(exc).splitlines()[0][:120]})") from None
        except Exception as exc:  # the driver raises several types for an unreachable or refusing server
            raise _explain(exc, settings) from None

    def close(self) -> None:
        self._driver.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @contextmanager
    def _session(self, access: str = neo4j.WRITE_ACCESS):
        try:
            with self._driver.session(database=self.settings.database, default_access_mode=access) as session:
                yield session
        except KgError:
            raise
        except Exception as exc:
            raise _explain(exc, self.settings) from None

    def read(self, query: str, params: dict | None = None, *, limit: int | None = None, timeout: float | None = None):
        """(columns, rows) of a read query, in a read transaction of a READ session; values as plain Python."""
        def work(tx):
            result = tx.run(query, params or {})
            rows = []
            for record in result:
                rows.append([native(v) for v in record.values()])
                if limit is not None and len(rows) >= limit:
                    break
            return list(result.keys()), rows

        with self._session(neo4j.READ_ACCESS) as session:
            return session.execute_read(neo4j.unit_of_work(timeout=timeout)(work) if timeout else work)

    def records(self, query: str, params: dict | None = None) -> list[dict]:
        columns, rows = self.read(query, params)
        return [dict(zip(columns, row)) for row in rows]

    def write(self, query: str, params: dict | None = None) -> None:
        with self._session() as session:
            session.execute_write(lambda tx: tx.run(query, params or {}).consume())

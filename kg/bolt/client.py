"""A Bolt connection with one clear error per way it can fail, reads in read transactions, writes in
managed write transactions (ArcadeDB aborts multi-row MERGEs run in auto-commit)."""

import re
from contextlib import contextmanager

import neo4j
from neo4j.exceptions import AuthError, ClientError, CypherSyntaxError, Neo4jError, ServiceUnavailable, SessionExpired

from kg.bolt.settings import BoltSettings
from kg.errors import KgError

_WRITE = re.compile(r"\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\s+CSV)\b", re.IGNORECASE)
_CALL = re.compile(r"\bCALL\s+([\w.]+)", re.IGNORECASE)
_READ_PROCEDURES = ("db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema", "dbms.components",
                    "db.indexes", "db.constraints", "db.info")


def _without_strings(query: str) -> str:
    query = re.sub(r"//[^\n]*", " ", query)
    return re.sub(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`", "''", query)


def refuse_writes(query: str) -> None:
    """Consoles are read-only: write clauses and procedures that are not known readers are refused."""
    bare = _without_strings(query)
    write = _WRITE.search(bare)
    if write:
        raise KgError(f"read-only: {write.group(1).upper()} is not allowed here")
    for call in _CALL.finditer(bare):
        name = call.group(1).lower()
        if not name.startswith(_READ_PROCEDURES):
            raise KgError(f"read-only: CALL {call.group(1)} is not allowed here")


def _explain(exc: Exception, settings: BoltSettings) -> KgError:
    if isinstance(exc, AuthError):
        return KgError(f"wrong user or password for {settings.uri}")
    if isinstance(exc, (ServiceUnavailable, SessionExpired, OSError)):
        return KgError(f"cannot reach the Bolt server at {settings.uri} (is it running?)")
    if isinstance(exc, CypherSyntaxError):
        return KgError(f"Cypher syntax error: {exc.message.splitlines()[0] if exc.message else exc}")
    if isinstance(exc, (ClientError, Neo4jError)):
        message = (exc.message or str(exc)).splitlines()[0] if getattr(exc, "message", None) else str(exc).splitlines()[0]
        return KgError(f"the server refused the query: {message[:300]}")
    return KgError(f"Bolt error: {exc.__class__.__name__}: {str(exc).splitlines()[0][:300] if str(exc) else ''}")


class Bolt:
    def __init__(self, settings: BoltSettings):
        self.settings = settings
        try:
            self._driver = neo4j.GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password),
                                                      connection_timeout=10, max_transaction_retry_time=30)
            self._driver.verify_connectivity()
        except ValueError as exc:
            raise KgError(f"not a Bolt URI: {settings.uri} ({exc})") from None
        except Exception as exc:  # the driver raises several types for an unreachable or refusing server
            raise _explain(exc, settings) from None
        self.agent = self._driver.get_server_info().agent or ""

    @property
    def is_neo4j(self) -> bool:
        return self.agent.lower().startswith("neo4j")

    def close(self) -> None:
        self._driver.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    @contextmanager
    def _session(self):
        try:
            with self._driver.session(database=self.settings.database) as session:
                yield session
        except KgError:
            raise
        except Exception as exc:
            raise _explain(exc, self.settings) from None

    def read(self, query: str, params: dict | None = None, *, limit: int | None = None, timeout: float | None = None):
        """(columns, rows) of a read query, in a read transaction."""
        def work(tx):
            result = tx.run(query, params or {})
            rows = []
            for record in result:
                rows.append(list(record.values()))
                if limit is not None and len(rows) >= limit:
                    break
            return list(result.keys()), rows

        with self._session() as session:
            return session.execute_read(neo4j.unit_of_work(timeout=timeout)(work) if timeout else work)

    def records(self, query: str, params: dict | None = None) -> list[dict]:
        columns, rows = self.read(query, params)
        return [dict(zip(columns, row)) for row in rows]

    def write(self, query: str, params: dict | None = None) -> None:
        with self._session() as session:
            session.execute_write(lambda tx: tx.run(query, params or {}).consume())

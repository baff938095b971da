"""Where the Bolt server is and how to log in: flags, then NEO4J_* variables, then the local server."""

import os
from dataclasses import dataclass

from kg.errors import KgError


@dataclass(frozen=True)
class BoltSettings:
    uri: str
    user: str
    password: str
    database: str | None

    @property
    def label(self) -> str:
        return f"{self.uri} (database {self.database or 'default'})"


def resolve(uri: str | None = None, user: str | None = None, password: str | None = None,
            database: str | None = None) -> BoltSettings:
    """Flags win over the environment; without either, the local server started by `kg bolt start`."""
    uri = uri or os.environ.get("NEO4J_URI")
    if not uri:
        from kg.bolt.local import running_settings

        local = running_settings()
        if local is None:
            raise KgError("no Bolt server configured: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD), "
                          "or start the local one with `kg bolt start`")
        uri, user, password = local.uri, user or local.user, password or local.password
        database = database or os.environ.get("NEO4J_DATABASE") or local.database
    user = user or os.environ.get("NEO4J_USER", "neo4j")
    password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
    if password is None:
        raise KgError(f"no password for {uri}: set NEO4J_PASSWORD or pass --password")
    return BoltSettings(uri, user, password, database or os.environ.get("NEO4J_DATABASE") or None)

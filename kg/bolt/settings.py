"""Where the Bolt server is and how to log in: flags, then NEO4J_* variables, then the local server."""

import os

from kg.bolt.client import BoltSettings
from kg.bolt.local import running_settings
from kg.errors import BoltUnavailable


def resolve(uri: str | None = None, user: str | None = None, password: str | None = None,
            database: str | None = None) -> BoltSettings:
    """Flags win over the environment; without either, the local server started by `kg bolt start`."""
    uri = uri or os.environ.get("NEO4J_URI")
    if not uri:
        local = running_settings()
        if local is None:
            raise BoltUnavailable("no Bolt server configured: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD), "
                                  "or start the local one with `kg bolt start`")
        uri, user, password = local.uri, user or local.user, password or local.password
        database = database or os.environ.get("NEO4J_DATABASE") or local.database
    user = user or os.environ.get("NEO4J_USER", "neo4j")
    password = password if password is not None else os.environ.get("NEO4J_PASSWORD")
    if password is None:
        raise BoltUnavailable("no password for the Bolt server: set NEO4J_PASSWORD or pass --password")
    return BoltSettings(uri, user, password, database or os.environ.get("NEO4J_DATABASE") or None)

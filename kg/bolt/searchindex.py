"""The full-text index over the folded names (`_search`) that search uses on a Bolt server.

Neo4j makes it with `CREATE FULLTEXT INDEX`; ArcadeDB answers `db.index.fulltext.queryNodes` too, but
makes full-text indexes only through its SQL, sent to its HTTP API. Either way the index is found again
by its definition (full-text, on `_search`), so the store needs to know nothing about the server.
"""

import base64
import json
import urllib.error
import urllib.request

from kg.bolt.client import Bolt
from kg.errors import KgError
from kg.graph.names import SEARCH_KEY
from kg.graph.schema import BASE_LABEL

NEO4J_INDEX = "kg_search"


def find_search_index(bolt: Bolt) -> str | None:
    """The name of a full-text index on `_search`, if the server has one."""
    try:
        _, rows = bolt.read("SHOW INDEXES YIELD name, type, properties RETURN name, type, properties")
    except KgError:
        return None
    for name, kind, properties in rows:
        if str(kind).upper() == "FULLTEXT" and list(properties or []) == [SEARCH_KEY]:
            return name
    return None


def _arcadedb_sql(bolt: Bolt, command: str) -> None:
    settings = bolt.settings
    if not settings.http:
        raise KgError("the server's HTTP API is not known (set KG_ARCADEDB_HTTP)")
    token = base64.b64encode(f"{settings.user}:{settings.password}".encode()).decode()
    request = urllib.request.Request(
        f"{settings.http.rstrip('/')}/api/v1/command/{settings.database}",
        data=json.dumps({"language": "sql", "command": command}).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Basic {token}"})
    try:
        urllib.request.urlopen(request, timeout=600).read()
    except urllib.error.HTTPError as exc:
        detail = json.loads(exc.read() or b"{}").get("detail", "")
        raise KgError(f"ArcadeDB refused the index: {exc.code} {str(detail)[:200]}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise KgError(f"ArcadeDB refused the index: {str(exc)[:200]}") from None


def ensure_search_index(bolt: Bolt) -> str | None:
    """Make the full-text index unless it exists; None (search falls back to a scan) when the server cannot."""
    found = find_search_index(bolt)
    if found:
        return found
    try:
        if bolt.is_arcadedb:
            _arcadedb_sql(bolt, f"CREATE PROPERTY {BASE_LABEL}.{SEARCH_KEY} IF NOT EXISTS STRING")
            _arcadedb_sql(bolt, f"CREATE INDEX IF NOT EXISTS ON {BASE_LABEL} ({SEARCH_KEY}) FULL_TEXT")
        else:
            bolt.write(f"CREATE FULLTEXT INDEX {NEO4J_INDEX} IF NOT EXISTS FOR (n:{BASE_LABEL}) ON EACH [n.{SEARCH_KEY}]")
    except KgError:
        return None
    return find_search_index(bolt)


def lucene_queries(terms: list[str]) -> tuple[str, str]:
    """The two queries a search sends: the words as a phrase (exact names first), then every word
    required, the last as a prefix. Terms are folded words (letters and digits), so nothing needs escaping."""
    phrase = '"' + " ".join(terms) + '"'
    words = " ".join(f"+{t}" for t in terms[:-1]) + f" +{terms[-1]}*"
    return phrase, words.strip()

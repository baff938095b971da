"""The keys search finds nodes by on a Bolt server: small nodes `(:KgSearchKey {key, iri})` under a range
index, written by the loader.

A key is up to three folded words of a name, from any of its words on (`kg.graph.names.search_keys`). A
range index answers `STARTS WITH` (a phrase, or the prefix of a word) and stops at the
limit, on Neo4j and ArcadeDB alike. A full-text index does not do that on ArcadeDB: it gathers every hit
of a word before it answers, so one common word cost 50–170 ms at 1M triples, LIMIT or not.

A key shared by many nodes is kept for its first `KEY_CAP` nodes only: search ranks at most a few hundred
candidates, and the cap keeps the keys about as many as the nodes. A prefix with fewer than `KEY_CAP`
keys is therefore complete: it finds every node with a word that starts so.
"""

from collections import Counter

from kg.bolt.client import Bolt
from kg.bolt.lock import Lock
from kg.errors import KgError

KEY_LABEL = "KgSearchKey"
KEY_CAP = 200
INDEX = "kg_search_key"


class KeyCap:
    """Which keys of a node are written: each key for its first `KEY_CAP` nodes, in the loader's order."""

    def __init__(self):
        self.held: Counter = Counter()

    def keep(self, keys) -> list[str]:
        kept = [k for k in sorted(keys) if self.held[k] < KEY_CAP]
        self.held.update(kept)
        return kept


def ensure_index(bolt: Bolt) -> None:
    bolt.write(f"CREATE INDEX {INDEX} IF NOT EXISTS FOR (k:{KEY_LABEL}) ON (k.key)")


def has_index(bolt: Bolt) -> bool:
    """Whether the server holds the keys' index (a database loaded by `kg load` does)."""
    try:
        _, rows = bolt.read("SHOW INDEXES YIELD labelsOrTypes, properties RETURN labelsOrTypes, properties")
    except KgError:
        return False
    return any(list(labels or []) == [KEY_LABEL] and list(properties or []) == ["key"] for labels, properties in rows)


def clear_keys(bolt: Bolt, lock: Lock | None = None) -> None:
    """Delete every search key, a batch at a time (a load writes them all again)."""
    while bolt.read(f"MATCH (k:{KEY_LABEL}) RETURN k.key LIMIT 1")[1]:
        bolt.write(f"MATCH (k:{KEY_LABEL}) WITH k LIMIT 5000 DELETE k")
        if lock:
            lock.heartbeat()

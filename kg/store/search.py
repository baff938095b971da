"""How search ranks what a store's full-text index finds: one scorer for every store, so the embedded
graph and a Bolt server answer a search the same way.

A store finds candidates with its own index (SQLite FTS5 beside the embedded graph; the server's
full-text index over the `_search` property the loader writes) and this module ranks them.
"""

import re
from dataclasses import dataclass

from kg.graph.names import first, names_of, primary_label, searchable
from kg.text.normalize import fold, match_key

TYPE_WEIGHT = {"Organization": 6, "Person": 6, "LegalDocument": 6, "Programme": 5, "Event": 4, "Province": 4,
               "Indicator": 2, "Concept": 0}
CANDIDATES = 200  # how many index hits a store hands to the ranking
MAX_QUERY = 200   # characters of a search box that count


@dataclass(frozen=True)
class Hit:
    iri: str
    label: str
    kind: str
    score: float
    matched: str


def kind_weight(labels) -> int:
    return max((TYPE_WEIGHT.get(label, 1) for label in labels), default=1)


def query_terms(query: str) -> list[str]:
    """The folded words of a search box, for the stores' full-text indexes (the last one a prefix)."""
    return re.findall(r"\w+", fold(query[:MAX_QUERY]))


def _score_name(q: str, whole: re.Pattern, tokens: list[str], key: str) -> float:
    if key == q:
        return 100
    if whole.match(key):
        return 85
    if whole.search(key):
        return 70
    if key.startswith(q):
        return 60
    if q in key:
        return 50
    if tokens and all(re.search(rf"(?<!\w){re.escape(t)}", key) for t in tokens):
        return 45
    return 0


def rank(query: str, candidates, limit: int = 20) -> list[Hit]:
    """Rank (iri, labels, props) candidates for a search box: exact names first, then whole words,
    prefixes and substrings; written forms (tones as typed) and the kind of node break ties."""
    q, exact = fold(query[:MAX_QUERY]), match_key(query[:MAX_QUERY])
    if not q:
        return []
    tokens = re.findall(r"\w+", q)
    whole = re.compile(rf"(?<!\w){re.escape(q)}(?!\w)")
    hits = []
    for iri, labels, props in candidates:
        if not searchable(labels):
            continue
        best, matched = 0.0, ""
        for name in names_of(props):
            key = fold(name)
            score = _score_name(q, whole, tokens, key)
            if not score:
                continue
            score += 10 * len(q) / max(len(key), 1) + (5 if exact in match_key(name) else 0)
            if score > best:
                best, matched = score, name
        if best:
            weight = kind_weight(labels)
            display = str(first(props.get("prefLabel_vi") or props.get("prefLabel_en") or matched))
            hits.append(Hit(iri, display, primary_label(labels), round(best + weight, 6), matched))
    hits.sort(key=lambda h: (-h.score, h.label, h.iri))
    return hits[:limit]


def is_exact(query: str, hit: Hit) -> bool:
    """Whether a hit is named exactly what was asked (case, diacritics and tone placement aside)."""
    return fold(hit.matched) == fold(query)

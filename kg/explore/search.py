"""Search over names, aliases, abbreviations and document numbers, with or without diacritics, in
Vietnamese or English; ranked."""

import re
from dataclasses import dataclass

from kg.text.normalize import fold, match_key

NAME_KEYS = ("prefLabel_vi", "prefLabel_en", "altLabel", "id_local", "label_vi", "label_en", "name", "headline_vi")
HIDDEN = {"Evidence", "Statement"}
TYPE_WEIGHT = {"Organization": 6, "Person": 6, "LegalDocument": 6, "Programme": 5, "Event": 4, "Province": 4,
               "Indicator": 2, "Concept": 0}


@dataclass(frozen=True)
class Hit:
    iri: str
    label: str
    kind: str
    score: float
    matched: str


def first(value):
    """One value of a property that may hold several (a node with two names shows the first)."""
    return value[0] if isinstance(value, list) and value else value


def _names(props: dict) -> list[str]:
    names = []
    for key in NAME_KEYS:
        value = props.get(key)
        names += value if isinstance(value, list) else [value] if value else []
    return [str(n) for n in names]


def primary_label(labels: list[str]) -> str:
    """The label that says what a node is: the most specific one we show."""
    order = ["Ministry", "PeoplesCommittee", "SteeringCommittee", "Committee", "PartyBody", "StateBody", "Enterprise",
             "Organization", "Person", "LegalDocument", "Programme", "Meeting", "Conference", "Seminar", "Event",
             "Province", "Membership", "Renaming", "Merger", "Founding", "ChangeEvent", "TaskAssignment", "Target",
             "IndicatorValue", "Indicator", "Article", "Evidence", "Concept"]
    for label in order:
        if label in labels:
            return label
    return next((l for l in labels if l != "Resource"), "Resource")


class SearchIndex:
    def __init__(self, nodes: list[tuple[str, list[str], dict]]):
        self._entries = []
        for iri, labels, props in nodes:
            if HIDDEN & set(labels):
                continue
            names = _names(props)
            if not names:
                continue
            display = str(first(props.get("prefLabel_vi") or props.get("prefLabel_en") or names[0]))
            kind = primary_label(labels)
            self._entries.append((iri, display, kind, [(n, fold(n), match_key(n)) for n in names],
                                  max((TYPE_WEIGHT.get(l, 1) for l in labels), default=1)))

    def search(self, query: str, limit: int = 20) -> list[Hit]:
        q, exact = fold(query), match_key(query)
        if not q:
            return []
        tokens = re.findall(r"\w+", q)
        whole = re.compile(rf"(?<!\w){re.escape(q)}(?!\w)")
        hits = []
        for iri, display, kind, names, weight in self._entries:
            best, matched = 0.0, ""
            for name, key, written in names:
                if key == q:
                    score = 100
                elif whole.match(key):
                    score = 85
                elif whole.search(key):
                    score = 70
                elif key.startswith(q):
                    score = 60
                elif q in key:
                    score = 50
                elif tokens and all(re.search(rf"(?<!\w){re.escape(t)}", key) for t in tokens):
                    score = 45
                else:
                    continue
                score += 10 * len(q) / max(len(key), 1) + (5 if exact in written else 0)
                if score > best:
                    best, matched = score, name
            if best:
                hits.append(Hit(iri, display, kind, best + weight, matched))
        hits.sort(key=lambda h: (-h.score, h.label))
        return hits[:limit]

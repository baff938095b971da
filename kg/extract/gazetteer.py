"""Find registry entities by their names, aliases, abbreviations and old names.

Matching runs on tone-normalised, lower-cased text of the same length as the original, so a match's
offsets are the original's. Long names match in any case (news writes "Ủy ban quốc gia" and
"Ủy ban Quốc gia"); names of one or two words must match their capitals ("Chính phủ", not "chính phủ số").
"""

import re
from dataclasses import dataclass

from kg.extract.spans import overlaps
from kg.model import Entity
from kg.text.normalize import normalize_tones

# a name followed by these words is another thing: "Chính phủ số" is digital government, not the Government
_NOT_BEFORE = re.compile(r"^\s+(?:số|điện tử)\b")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    entity_id: str
    kind: str  # registry section: organizations, people, places, documents, programmes, events, indicators


def _key(text: str) -> str:
    return normalize_tones(text).lower()


class Gazetteer:
    def __init__(self, entities: dict[str, Entity], kinds: dict[str, str]):
        self._names: dict[str, tuple[str, bool]] = {}  # normalised name -> (entity id, case-sensitive)
        self._kinds = kinds
        for entity in entities.values():
            for name in [entity.label_vi, entity.label_en, *entity.alt]:
                if not name or len(name) < 2:
                    continue
                sensitive = len(name.split()) <= 2
                key = normalize_tones(name) if sensitive else _key(name)
                self._names.setdefault(key, (entity.id, sensitive))
        ordered = sorted(self._names, key=len, reverse=True)
        self._pattern = re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(n) for n in ordered) + r")(?![\w&])") if ordered else None
        self._lower = {k.lower(): k for k in self._names}

    def find(self, text: str, kinds: set[str] | None = None) -> list[Mention]:
        if self._pattern is None:
            return []
        normal = normalize_tones(text)
        lowered = normal.lower()
        mentions, taken = [], []
        # case-sensitive names are searched in the normalised text, the rest in its lower-case form
        candidates = []
        for haystack in (normal, lowered):
            for m in self._pattern.finditer(haystack):
                name = m.group(0)
                entry = self._names.get(name) if haystack is normal else self._names.get(self._lower.get(name, name))
                if entry is None:
                    continue
                entity_id, sensitive = entry
                if haystack is lowered and sensitive and normal[m.start():m.end()] not in self._names:
                    continue
                candidates.append((m.start(), m.end(), entity_id))
        for start, end, entity_id in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
            kind = self._kinds[entity_id]
            if kinds and kind not in kinds:
                continue
            if overlaps(start, end, taken):
                continue
            if kind == "organizations" and _NOT_BEFORE.match(text[end:end + 10]):
                continue
            taken.append((start, end))
            mentions.append(Mention(start, end, text[start:end], entity_id, kind))
        return sorted(mentions, key=lambda m: m.start)

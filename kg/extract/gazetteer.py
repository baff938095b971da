"""Find registry entities by their names, aliases, abbreviations and old names, in time linear in the text.

Names of one or two words must match their capitals ("Chính phủ", not "chính phủ số"); longer names match
in any case (news writes "Ủy ban quốc gia" and "Ủy ban Quốc gia"). Both tone placements match (hoà/hòa).
People's names are also known without their diacritics, as English news writes them ("Pham Minh Chinh").
At each word the longest name wins.
"""

import re
from dataclasses import dataclass
from itertools import combinations

from kg.extract.lexicon import lexicon
from kg.extract.phrases import PhraseMatcher
from kg.extract.tokens import Token, strip_marks, tokenize, word_keys
from kg.model import Entity, Person, Place


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    entity_id: str
    kind: str  # registry section: organizations, people, places, documents, programmes, events, indicators


def entity_names(entity: Entity) -> list[str]:
    """Every name an entity is known by, its people's and places' names also without diacritics ("Hue", as English
    news writes Huế)."""
    names = [entity.label_vi, entity.label_en, *entity.alt]
    if isinstance(entity, (Person, Place)):
        names += [strip_marks(n) for n in names if n]
    return [n for n in dict.fromkeys(names) if n and len(n) >= 2]


def _case_sensitive(name: str) -> bool:
    return sum(1 for w in word_keys(name) if w[:1].isalnum()) <= 2


def _abbreviated(names: list[str]) -> list[str]:
    """A body's names also as news abbreviates their words ("Đảng ủy Công an T.Ư", "Văn phòng TW Đảng"): the
    `registry_abbreviations` of seeds/lexicon/organisations.yaml, each written for the words it stands for."""
    table = [(re.compile(rf"(?<!\w){re.escape(full)}(?!\w)"), short)
             for short, full in lexicon("organisations")["registry_abbreviations"].items()]
    out = list(names)
    for name in names:
        found = [(pattern, short) for pattern, short in table if pattern.search(name)]
        for size in range(1, len(found) + 1):   # any of them at once: "Ban Chỉ đạo … về phát triển KHCN, ĐMST và chuyển đổi số"
            for chosen in combinations(found, size):
                written = name
                for pattern, short in chosen:
                    written = pattern.sub(short, written)
                out.append(written)
    return list(dict.fromkeys(out))


def _spelt(names: list[str]) -> list[str]:
    """Names also in the other spelling of their words (`english_spellings` of seeds/lexicon/organisations.yaml)."""
    out = list(names)
    for one, other in lexicon("organisations")["english_spellings"].items():
        for a, b in ((one, other), (other, one)):
            out += [re.sub(rf"(?<!\w){re.escape(a)}(?!\w)", b, n) for n in names if re.search(rf"(?<!\w){re.escape(a)}(?!\w)", n)]
    return list(dict.fromkeys(out))


_LAST_OF_LIST = re.compile(r", ([^,]+?) and ")   # the last item of a list in a name and the "and" after it


def _serial_comma(names: list[str]) -> list[str]:
    """English names that list fields also with a comma before the list's "and", or before the last field of a list
    that "and" goes on from ("… Innovation, and Digital Transformation and Project 06", as English news writes them)."""
    out = list(names)
    for name in names:
        if name.isascii() and ", and " not in name and (m := _LAST_OF_LIST.search(name)):
            out += [f"{name[:m.start()]}, {m[1]}, and {name[m.end():]}", f"{name[:m.start()]}, and {m[1]} and {name[m.end():]}"]
    return list(dict.fromkeys(out))


def _possessive(names: list[str]) -> list[str]:
    """English names that open with their owner also as written with its possessive ("the Government's Steering
    Committee …"): the `english_possessive_owners` of seeds/lexicon/organisations.yaml."""
    owners = lexicon("organisations")["english_possessive_owners"]
    return names + [f"{o}'s {n[len(o) + 1:]}" for n in names for o in owners if n.startswith(o + " ")]


def _without_of(names: list[str]) -> list[str]:
    """Vietnamese names that give their owner after "của" also as written without it ("Ban Chỉ đạo Chính phủ về …"):
    the `vietnamese_owners_after_of` of seeds/lexicon/organisations.yaml."""
    owners = lexicon("organisations")["vietnamese_owners_after_of"]
    return names + [n.replace(f" của {o}", f" {o}", 1) for n in names for o in owners if f" của {o} " in n]


class Gazetteer:
    def __init__(self, entities: dict[str, Entity], kinds: dict[str, str]):
        self._matcher = PhraseMatcher(
            (name, (entity.id, kinds[entity.id]), _case_sensitive(name))
            for entity in entities.values()
            for name in (_possessive(_serial_comma(_spelt(_abbreviated(_without_of(entity_names(entity))))))
                         if kinds[entity.id] == "organizations"
                         else entity_names(entity)))
        self._not_after = [tuple(w.lower() for w in word_keys(x)) for x in lexicon("organisations")["not_after"]]
        self._not_before = {w.lower() for w in lexicon("organisations")["not_before"]}
        self._concept_before = {w.lower() for w in lexicon("organisations")["concept_before"]}

    def _inside_word(self, tokens: list[Token], i: int) -> bool:
        """"tiến bộ khoa học và công nghệ" is progress, not the Ministry: a name's first syllable, written in lower case,
        that ends a word of two syllables; "Digital Government" is a concept, not the Government."""
        return i > 0 and (not tokens[i].capitalised and tokens[i - 1].lower in self._not_before
                          or tokens[i - 1].lower in self._concept_before)

    def _followed_by_other(self, tokens: list[Token], j: int) -> bool:
        """"Chính phủ số" is digital government, not the Government."""
        return any(tuple(t.lower for t in tokens[j:j + len(words)]) == words for words in self._not_after)

    def find(self, text: str, kinds: set[str] | None = None, tokens: list[Token] | None = None, free=None) -> list[Mention]:
        tokens = tokens if tokens is not None else tokenize(text)

        def accept(i, j, value):
            entity_id, kind = value
            return not (kinds and kind not in kinds or kind == "organizations" and (self._followed_by_other(tokens, j)
                                                                                    or self._inside_word(tokens, i)))

        out = []
        for i, j, (entity_id, kind) in self._matcher.find(tokens, free, accept):
            start, end = tokens[i].start, tokens[j - 1].end
            out.append(Mention(start, end, text[start:end], entity_id, kind))
        return out

    def lookup(self, name: str) -> tuple[str, str] | None:
        """The registry entity (id, kind) whose name is exactly this one."""
        tokens = tokenize(name)
        hit = self._matcher.longest(tokens, 0) if tokens else None
        return hit[1] if hit and hit[0] == len(tokens) else None

"""When a gold name and an extracted entity are the same thing: the same registry entity, or a name of the
entity that folds to the gold name (case, diacritics, tone placement, spacing and the usual abbreviations
folded away: "UBND tỉnh" and "Ủy ban nhân dân tỉnh" are one)."""

import re
from functools import cache

from kg.extract.gazetteer import Gazetteer, entity_names
from kg.extract.lexicon import alternatives, lexicon, vocabulary
from kg.model import Entity, Organization, Place
from kg.text.normalize import fold


@cache
def _abbreviations() -> list[tuple[re.Pattern, str]]:
    table = lexicon("organisations")["abbreviations"]
    return [(re.compile(rf"(?<!\w){re.escape(fold(short))}(?!\w)"), fold(full)) for short, full in table.items()]


_SHORT_FORM = re.compile(r"\s*\([^()]*\)\s*$")


def _written(name) -> tuple[str, ...]:
    """A gold name as written, and without the short form it gives in brackets ("Cục Cảnh sát QLHC về TTXH (C06)")."""
    return tuple(dict.fromkeys((str(name), _SHORT_FORM.sub("", str(name)))))


_UNIT = re.compile(r"^(?:tinh|thanh pho|tp)\s+|\s+(?:province|city|provincial)$")


def name_key(name: str) -> str:
    key = fold(str(name))
    for pattern, full in _abbreviations():
        key = pattern.sub(full, key)
    key = re.sub(r"[\"“”'‘’()]", " ", key)
    return re.sub(r"\s+", " ", key).strip()


def keys_of(entity: Entity) -> set[str]:
    return {name_key(n) for n in entity_names(entity)}


@cache
def _units() -> re.Pattern:
    """The words written before or after a province's name ("tỉnh", "TP.", "province", "Provincial")."""
    lex = lexicon("organisations")
    words = lex["province_units"] + lex["english_place_words"] + lex["english_place_after"]
    return re.compile(rf"(?:^|\s)(?:{alternatives(words)})\s*$", re.IGNORECASE)


class Names:
    """Resolves gold names against the registry and compares them with extracted entities."""

    def __init__(self, registry_entities: dict[str, Entity], gazetteer: Gazetteer):
        self._gazetteer = gazetteer
        self._by_key: dict[str, str] = {}
        for entity in registry_entities.values():
            for key in keys_of(entity):
                self._by_key.setdefault(key, entity.id)

    def resolve(self, name: str) -> str | None:
        for written in _written(name):
            hit = self._gazetteer.lookup(written)
            found = hit[0] if hit else self._by_key.get(name_key(written))
            if found:
                return found
        return None

    def placed_key(self, name: str) -> str:
        """A body's name with the province it names written one way: "Sở TT&TT TP.HCM" and "Sở Thông tin và Truyền thông
        thành phố Hồ Chí Minh" are one body."""
        text = str(name)
        for m in reversed(self._gazetteer.find(text, {"places"})):
            unit = _units().search(text[:m.start])
            start = unit.start() if unit else m.start
            text = f"{text[:start]} @{m.entity_id.replace('-', '_')} {text[m.end:]}"
        return name_key(text)

    def same(self, name, entity: Entity | None) -> bool:
        if entity is None or name is None:
            return False
        resolved = self.resolve(name)
        if resolved == entity.id or {name_key(n) for n in _written(name)} & keys_of(entity):
            return True
        if isinstance(entity, Organization) and getattr(entity, "area", None):
            return self.placed_key(name) in {self.placed_key(n) for n in entity_names(entity)}
        if isinstance(entity, Place):   # "Long An province", "Da Nang city", "tỉnh Lâm Đồng" name the place
            bare = _UNIT.sub("", name_key(name)).strip()
            return bare in {_UNIT.sub("", k).strip() for k in keys_of(entity)}
        return False


@cache
def _role_forms() -> dict[str, str]:
    out: dict[str, str] = {}
    for role in vocabulary().roles.values():
        for form in role.forms_vi + role.forms_en:
            out.setdefault(name_key(form), role.slug)
    return out


_JOINED_POSTS = re.compile(r"\s+(?:and|kiêm)\s+")


def joined_posts(post: str) -> list[str]:
    """The posts a gold post joins ("Chairman and General Director", "Chủ tịch kiêm Tổng Giám đốc": two posts, held each
    in the body), unless the whole is one post of the vocabulary ("Minister and Chairman" of the Government Office)."""
    forms = _role_forms()
    parts = _JOINED_POSTS.split(post)
    if name_key(post) in forms or len(parts) < 2 or not all(name_key(p) in forms for p in parts):
        return [post]
    return parts


def role_of_post(post: str) -> str | None:
    """The role a gold post names, through the vocabulary's labels: the longest that starts the post, else (as English
    writes a body before its post: "Politburo member") the longest that ends it."""
    forms = _role_forms()
    key = name_key(post)
    if key in forms:
        return forms[key]
    best = max((f for f in forms if key.startswith(f + " ")), key=len, default=None)
    best = best or max((f for f in forms if key.endswith(" " + f)), key=len, default=None)
    return forms[best] if best else None

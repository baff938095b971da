"""The province an article's outlet belongs to, read off a web address: the manifest's URL, or a portal's tag in the
text ("(Thainguyen.gov.vn) - Chiều 3/12, …"). Provincial portals and papers name themselves after their province
(thainguyen.gov.vn, baobariavungtau.com.vn, baoquangninh.vn) and write "UBND tỉnh", "Sở …" without it."""

import re
from functools import cache

from kg.extract.lexicon import alternatives, lexicon
from kg.model import Knowledge, Place
from kg.text.normalize import fold

_MIN_KEY = 5   # a province's key shorter than this ("hue") may sit inside another word


@cache
def _host_pattern() -> re.Pattern:
    suffixes = alternatives(lexicon("page")["portal_suffixes"])
    return re.compile(rf"(?i)(?<![\w.-])(?:https?://)?(?:www\.)?(?P<host>[a-z0-9-]+)\.(?:{suffixes})(?![\w-])")


def _keys(registry: Knowledge) -> list[tuple[str, str]]:
    """(a province's name folded to letters only, the province), longest first."""
    keys: dict[str, str] = {}
    for place in registry.entities.values():
        if isinstance(place, Place) and place.kind in ("province", "city"):
            for name in (place.label_vi, place.label_en, *place.alt):
                key = re.sub(r"[^a-z]", "", fold(name or "").replace("đ", "d"))
                if len(key) >= _MIN_KEY:
                    keys.setdefault(key, place.id)
    return sorted(keys.items(), key=lambda kv: -len(kv[0]))


def outlet_province(registry: Knowledge, text: str, url: str | None = None) -> str | None:
    """The province whose name the outlet's web address holds (the URL's, else the first one the text writes)."""
    for written in ([url] if url else []) + [text[:2000]]:
        m = _host_pattern().search(written)
        if m is None:
            continue
        host = m["host"].lower().replace("-", "")
        return next((place for key, place in _keys(registry) if key in host), None)
    return None

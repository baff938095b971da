"""The gold files of eval/gold: what a careful analyst reads in each article (the format of eval/README.md)."""

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from kg.errors import InputError
from kg.yamlfile import read_yaml, where, without_lines

SECTIONS = ("people", "organisations", "roles", "events", "documents", "programmes", "changes", "measures")


@dataclass
class Gold:
    path: Path
    published: dt.date
    language: str
    form: str
    url: str | None = None   # where the article was published: its outlet's web address
    people: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)
    roles: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)
    documents: list[dict] = field(default_factory=list)
    programmes: list[dict] = field(default_factory=list)
    changes: list[dict] = field(default_factory=list)
    measures: list[dict] = field(default_factory=list)

    @property
    def article(self) -> Path:
        return self.path.parent.parent / "articles" / f"{self.path.stem}.txt"


def _date(value, at: str) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InputError(f"{at}: '{value}' is not a date (YYYY-MM-DD)") from None


def load_gold(path: Path) -> Gold:
    raw = read_yaml(path)
    at = where(path, raw)
    if "published" not in raw:
        raise InputError(f"{at}: a gold file needs 'published'")
    gold = Gold(path, _date(raw["published"], at), str(raw.get("language", "vi")), str(raw.get("form", "")),
                str(raw["url"]) if raw.get("url") else None)
    for section in SECTIONS:
        items = raw.get(section) or []
        if not isinstance(items, list):
            raise InputError(f"{at}: section '{section}' must be a list")
        for item in items:
            if section in ("people", "organisations"):
                if not isinstance(item, str):
                    raise InputError(f"{where(path, raw)}: {section}: a name is expected, not {item!r}")
            elif section == "programmes" and isinstance(item, str):
                item = {"name": item}
            elif not isinstance(item, dict):
                raise InputError(f"{where(path, item if isinstance(item, dict) else raw)}: {section}: a mapping is expected")
            getattr(gold, section).append(without_lines(item) if isinstance(item, dict) else item)
    for m in gold.measures:
        for key in ("value", "upper", "total"):
            if m.get(key) is not None:
                m[key] = Decimal(str(m[key]))
    return gold


def load_golds(folder: Path) -> list[Gold]:
    return [load_gold(p) for p in sorted((folder / "gold").glob("*.yaml"))]

"""Vietnamese dates and periods, resolved to ISO dates.

ngày 24/9/2021 · 24 tháng 9 năm 2021 · Sáng 27/4 (year from the article's date) · quý IV/2025 ·
tháng 6/2025 · đến năm 2030 · cuối năm 2025 · trước ngày 15/2.
"""

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from kg.extract.spans import overlaps

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    kind: str            # "day", "month", "quarter", "year"
    value: dt.date       # the day, or the last day of the month/quarter/year
    period: str          # ISO-like: 2021-09-24, 2025-06, 2025-Q4, 2030
    deadline: bool       # written as a deadline ("đến", "trước", "cuối", "hết", "trong")


_DEADLINE = re.compile(r"(đến|trước|cuối|hết|trong|chậm nhất|muộn nhất)\s*(ngày|năm|tháng|quý|quí)?\s*$", re.IGNORECASE)
_FULL = re.compile(r"(?<![\d/])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])")
_WORDS = re.compile(r"(?<!\d)(?P<d>\d{1,2}) tháng (?P<m>\d{1,2}) năm (?P<y>(?:19|20)\d{2})(?!\d)")
_DAY_MONTH = re.compile(r"(?:(?<=ngày )|(?<=Sáng )|(?<=sáng )|(?<=Chiều )|(?<=chiều )|(?<=Tối )|(?<=tối )|(?<=Trưa )|(?<=trước ))(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![\d/])")
_QUARTER = re.compile(r"(?<!\w)(?:quý|quí|Quý|Quí) (?P<q>IV|III|II|I|[1-4])/(?P<y>(?:19|20)\d{2})(?!\d)")
_MONTH = re.compile(r"(?<!\w)(?:tháng|Tháng) (?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])")
_YEAR = re.compile(r"(?<!\w)(?:năm|Năm) (?P<y>(?:19|20)\d{2})(?![\d/-])")


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _is_deadline(text: str, start: int) -> bool:
    return bool(_DEADLINE.search(text[max(0, start - 16):start]))


def find_dates(text: str, article_date: dt.date | None = None) -> list[DateMention]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def add(m, kind, value, period):
        if value is None or overlaps(m.start(), m.end(), taken):
            return
        taken.append((m.start(), m.end()))
        found.append(DateMention(m.start(), m.end(), m.group(0), kind, value, period, _is_deadline(text, m.start())))

    for pattern in (_FULL, _WORDS):
        for m in pattern.finditer(text):
            value = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
            add(m, "day", value, value.isoformat() if value else "")
    for m in _QUARTER.finditer(text):
        q = ROMAN.get(m["q"]) or int(m["q"])
        y = int(m["y"])
        add(m, "quarter", _last_day(y, q * 3), f"{y}-Q{q}")
    for m in _MONTH.finditer(text):
        month, y = int(m["m"]), int(m["y"])
        if 1 <= month <= 12:
            add(m, "month", _last_day(y, month), f"{y}-{month:02d}")
    if article_date is not None:
        for m in _DAY_MONTH.finditer(text):
            value = _safe_date(article_date.year, int(m["m"]), int(m["d"]))
            # a day reported after the fact: "Sáng 27/4" in an article of 28/4; a deadline may lie ahead
            if value and value > article_date + dt.timedelta(days=31) and not _is_deadline(text, m.start()):
                value = _safe_date(article_date.year - 1, int(m["m"]), int(m["d"]))
            add(m, "day", value, value.isoformat() if value else "")
    for m in _YEAR.finditer(text):
        y = int(m["y"])
        add(m, "year", dt.date(y, 12, 31), str(y))
    return sorted(found, key=lambda d: d.start)


def dateline_date(text: str) -> dt.date | None:
    """The first full date in the page's dateline block, if it has one."""
    from kg.text.blocks import DATELINE, split_blocks

    for block in split_blocks(text):
        if block.kind == DATELINE:
            m = _FULL.search(block.text)
            if m:
                return _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return None

"""Vietnamese and English dates and periods, resolved to ISO dates.

ngày 24/9/2021 · 24 tháng 9 năm 2021 · Sáng 27/4 (year from the article's date) · quý IV/2025 · quý III năm 2025 ·
tháng 6/2025 · đến năm 2030 · cuối năm 2025 · trước ngày 15/2 · August 8, 2023 · on August 8 · 8 August 2023.
The words of time (parts of the day, deadline cues, English months) are data: `seeds/lexicon/time.yaml`.
"""

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache

from kg.extract.lexicon import alternatives, lexicon
from kg.extract.spans import Coverage
from kg.text.blocks import DATELINE, split_blocks

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    kind: str            # "day", "month", "quarter", "year"
    value: dt.date       # the day, or the last day of the month/quarter/year
    period: str          # ISO-like: 2021-09-24, 2025-06, 2025-Q4, 2030
    deadline: bool       # written as a deadline ("đến", "trước", "cuối", "hết", "trong", "by")
    as_of: bool = False  # written as the day figures stand at ("tính đến ngày …", "as of")
    span: bool = False   # the months from a year's start ("6 tháng đầu năm 2025"): a period reported on

    @property
    def precision(self) -> str:
        return {"day": "day", "month": "month"}.get(self.kind, "year")

    @property
    def first_day(self) -> dt.date:
        if self.kind == "day":
            return self.value
        if self.kind == "month":
            return self.value.replace(day=1)
        if self.kind == "quarter":
            return dt.date(self.value.year, self.value.month - 2, 1)
        return dt.date(self.value.year, 1, 1)


@dataclass(frozen=True)
class _Patterns:
    deadline: re.Pattern
    as_of: re.Pattern
    full: re.Pattern
    words: re.Pattern
    day_month: re.Pattern
    day_range_end: re.Pattern      # "ngày 1/7 đến 20/9": the range's last day, written without "ngày"
    quarter: re.Pattern
    month: re.Pattern
    bare_month: re.Pattern         # "trong tháng 10": the latest such month up to the article's (a deadline's: ahead)
    year: re.Pattern
    english: re.Pattern
    english_day_first: re.Pattern
    english_month: re.Pattern      # "March 2025", "in March"
    english_months: re.Pattern     # "January-April", "between January and August": the months up to the last one
    english_quarter: re.Pattern    # "the second quarter of 2025", "Q2 2025"
    weekday: re.Pattern            # "on Thursday": that day of the article's week
    first_months: re.Pattern       # "6 tháng đầu năm 2025", "the first six months of 2022", "nửa đầu năm"
    months_so_far: re.Pattern      # "trong 9 tháng", "in the ten months": the year's first months, up to the article's
    months: dict
    month_counts: dict
    quarters: dict
    weekdays: dict
    relative_year: re.Pattern      # "năm ngoái", "last year": the article's year and the offset from it
    year_range: re.Pattern         # "giai đoạn 2021-2025", "the 2021-2025 period": the span's last year
    relative_years: dict



def _after_any(words: list[str]) -> str:
    """Look-behinds for any of these words right before ("in ", "mid-"): one each, as each has a width of its own."""
    return "|".join(rf"(?<=\b{re.escape(w)})" if w.endswith("-") else rf"(?<=\b{re.escape(w)} )" for w in words)


@cache
def _patterns() -> _Patterns:
    time = lexicon("time")
    months = time["months_en"]
    month_names = alternatives(months)
    parts = alternatives(time["day_parts"])
    return _Patterns(
        deadline=re.compile(rf"(?:{alternatives(time['deadline_cues'])})\s*(?:ngày|năm|tháng|quý|quí|the end of|end of)?\s*$", re.IGNORECASE),
        as_of=re.compile(rf"(?:{alternatives(time['as_of_cues'])})\s*(?:ngày|năm|tháng|quý|quí)?\s*$", re.IGNORECASE),
        full=re.compile(r"(?<![\d/])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d{2})(?![\d/])"),
        words=re.compile(r"(?<!\d)(?P<d>\d{1,2}) tháng (?P<m>\d{1,2})(?:,)? năm (?P<y>(?:19|20)\d{2})(?!\d)", re.IGNORECASE),
        day_month=re.compile(rf"(?:(?<![\w])(?:{parts})(?: ngày)?\s+|(?<![\w])ngày\s+)(?P<d>\d{{1,2}})[/-](?P<m>\d{{1,2}})(?![\d/-])", re.IGNORECASE),
        day_range_end=re.compile(rf"(?<![\w])ngày\s+\d{{1,2}}[/-]\d{{1,2}}\s*(?:{alternatives(time['day_range_joins'])})\s*"
                                 r"(?P<d>\d{1,2})[/-](?P<m>\d{1,2})(?![\d/-])", re.IGNORECASE),
        quarter=re.compile(r"(?<!\w)(?:quý|quí) (?P<q>IV|III|II|I|[1-4])(?:/| năm )?(?P<y>(?:19|20)\d{2})?(?![\d\w])", re.IGNORECASE),
        month=re.compile(r"(?<!\w)tháng (?P<m>\d{1,2})(?:/| năm )(?P<y>(?:19|20)\d{2})(?![\d/])", re.IGNORECASE),
        bare_month=re.compile(r"(?<![\w/])(?<!\d )tháng (?P<m>\d{1,2})(?![\d/]|\s*(?:năm|,)?\s*(?:19|20)\d{2})", re.IGNORECASE),
        year=re.compile(rf"(?<!\w)(?:năm|in|by|to|until|through|of|the|for|(?:{alternatives(time['index_names'])})\)?) (?P<y>(?:19|20)\d{{2}})"
                        r"(?![\d/-])", re.IGNORECASE),
        english=re.compile(rf"(?<!\w)(?P<mon>{month_names})\.? (?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<y>(?:19|20)\d{{2}}))?(?!\d)"),
        english_day_first=re.compile(rf"(?<!\w)(?P<d>\d{{1,2}}) (?P<mon>{month_names}),? (?P<y>(?:19|20)\d{{2}})(?!\d)"),
        english_month=re.compile(rf"(?<!\w)(?:(?P<mon>{month_names}),? (?P<y>(?:19|20)\d{{2}})(?!\d)"
                                 rf"|(?:{_after_any(time['month_leads_en'])})(?P<bare>{month_names})(?![\w\d]| \d))"),
        english_months=re.compile(rf"(?<!\w)(?:(?:{month_names})\s*[-–]\s*|(?:{alternatives(time['month_range_leads'])})\s+(?:{month_names})\s+"
                                  rf"(?:{alternatives(time['month_range_joins'])})\s+)(?P<mon>{month_names})(?:,? (?P<y>(?:19|20)\d{{2}}))?(?!\w)"),
        english_quarter=re.compile(rf"(?<!\w)(?:the )?(?P<q>{alternatives(time['quarters_en'])}) quarter"
                                   rf"(?: of (?:(?P<y>(?:19|20)\d{{2}})|the year|this year))?(?!\w)", re.IGNORECASE),
        weekday=re.compile(rf"(?<!\w)(?P<wd>{alternatives(time['weekdays_en'])})(?!\w)"),
        first_months=re.compile(
            rf"(?<!\w)(?:(?P<n>\d{{1,2}}|{alternatives(time['month_counts'])}) tháng (?:đầu năm(?: (?P<y>(?:19|20)\d{{2}}))?|(?:vừa )?qua|năm nay"
            rf"|năm (?P<y2>(?:19|20)\d{{2}}))|(?:the )?first (?P<en>\d{{1,2}}|{alternatives(time['month_counts'])}) months"
            rf"(?: of (?:(?P<y3>(?:19|20)\d{{2}})|this year|the year))?|(?P<half>{alternatives(time['half_year'])})"
            rf"(?: (?:(?P<y4>(?:19|20)\d{{2}})|this year|the year|năm (?P<y5>(?:19|20)\d{{2}})))?)(?![\w\d])", re.IGNORECASE),
        months_so_far=re.compile(rf"(?<!\w)(?:{alternatives(time['months_so_far_leads'])})\s+(?P<n>\d{{1,2}}|"
                                 rf"{alternatives(time['month_counts'])})\s+(?:tháng|months)(?!\s+(?:{alternatives(time['months_ahead'])}))(?![\w\d])",
                                 re.IGNORECASE),
        months=months,
        month_counts={k.lower(): v for k, v in time["month_counts"].items()},
        quarters={k.lower(): v for k, v in time["quarters_en"].items()},
        weekdays=time["weekdays_en"],
        relative_year=re.compile(rf"(?<!\w)(?:{alternatives(time['relative_years'])})(?!\w)", re.IGNORECASE),
        relative_years={k.lower(): v for k, v in time["relative_years"].items()},
        year_range=re.compile(rf"(?<!\w)(?:{alternatives(time['period_words'])})\s+(?:(?:19|20)\d{{2}})\s*[-–]\s*"
                              rf"(?P<y>(?:19|20)\d{{2}})(?![\d/-])", re.IGNORECASE),
    )


def month_end(day: dt.date) -> dt.date:
    """The last day of a day's month."""
    return _last_day(day.year, day.month)


def in_year(date: DateMention, year: int) -> DateMention:
    """The same period in another year: the base of "cùng kỳ năm 2024" for a figure as of 30/11/2025 is 30/11/2024."""
    if date.kind == "day":
        value = _safe_date(year, date.value.month, date.value.day) or _last_day(year, date.value.month)
        period = value.isoformat()
    elif date.kind == "quarter":
        value, period = _last_day(year, date.value.month), f"{year}-Q{(date.value.month - 1) // 3 + 1}"
    elif date.kind == "month":
        value, period = _last_day(year, date.value.month), f"{year}-{date.value.month:02d}"
    else:
        value, period = dt.date(year, 12, 31), str(year)
    return replace(date, value=value, period=period, deadline=False, as_of=False)


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _is_as_of(text: str, start: int) -> bool:
    return bool(_patterns().as_of.search(text[max(0, start - 24):start]))


def _is_deadline(text: str, start: int) -> bool:
    before = text[max(0, start - 24):start]
    return bool(_patterns().deadline.search(before)) and not _patterns().as_of.search(before)


_YEARLESS_DEADLINE_AHEAD = dt.timedelta(days=300)   # further ahead, a deadline written without its year is past


def _in_article_year(article_date: dt.date | None, month: int, day: int, deadline: bool) -> dt.date | None:
    """A day written without its year: the article's year, or the year before for a day reported after the fact (a
    deadline too, when the article's year would put it most of a year ahead: "by December 31" in January is the last)."""
    if article_date is None:
        return None
    value = _safe_date(article_date.year, month, day)
    if value and value > article_date + (_YEARLESS_DEADLINE_AHEAD if deadline else dt.timedelta(days=31)):
        value = _safe_date(article_date.year - 1, month, day)
    return value


def _month_year(article_date: dt.date | None, month: int, deadline: bool) -> int | None:
    """The year of a month written without one: the article's, or the year before for a month after the article's
    that is no deadline ("tháng 12" in January reports last December), or a deadline most of a year ahead."""
    if article_date is None:
        return None
    ahead = month - article_date.month
    return article_date.year - 1 if ahead > 0 and not deadline or ahead * 30 > _YEARLESS_DEADLINE_AHEAD.days else article_date.year


def find_dates(text: str, article_date: dt.date | None = None) -> list[DateMention]:
    p = _patterns()
    found: list[DateMention] = []
    taken = Coverage(len(text))

    def add(m, kind, value, period):
        if value is None or not taken.free(m.start(), m.end()):
            return
        taken.take(m.start(), m.end())
        found.append(DateMention(m.start(), m.end(), m.group(0), kind, value, period, _is_deadline(text, m.start()),
                                 _is_as_of(text, m.start())))

    for pattern in (p.full, p.words):
        for m in pattern.finditer(text):
            value = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
            add(m, "day", value, value.isoformat() if value else "")
    for pattern in (p.english_day_first, p.english):
        for m in pattern.finditer(text):
            month, day = p.months[m["mon"]], int(m["d"])
            value = (_safe_date(int(m["y"]), month, day) if m["y"]
                     else _in_article_year(article_date, month, day, _is_deadline(text, m.start())))
            add(m, "day", value, value.isoformat() if value else "")
    for m in p.english_months.finditer(text):   # before the single months, which would take its parts
        month = p.months[m["mon"]]
        y = int(m["y"]) if m["y"] else article_date.year if article_date else None
        if y:
            add(m, "month", _last_day(y, month), f"{y}-{month:02d}")
    for m in p.english_month.finditer(text):
        month = p.months[m["mon"] or m["bare"]]
        y = int(m["y"]) if m["y"] else _month_year(article_date, month, _is_deadline(text, m.start()))
        if y:
            add(m, "month", _last_day(y, month), f"{y}-{month:02d}")
    for m in p.english_quarter.finditer(text):
        q = p.quarters[m["q"].lower()]
        y = int(m["y"]) if m["y"] else article_date.year if article_date else None
        if y:
            add(m, "quarter", _last_day(y, q * 3), f"{y}-Q{q}")
    if article_date is not None:
        for m in p.weekday.finditer(text):   # the latest such day up to the article's date
            value = article_date - dt.timedelta(days=(article_date.weekday() - p.weekdays[m["wd"]]) % 7)
            add(m, "day", value, value.isoformat())
    for m in p.first_months.finditer(text):   # the period from the year's start to the end of its n-th month
        count = m["n"] or m["en"]
        n = 6 if m["half"] else int(count) if count.isdigit() else p.month_counts.get(count.lower(), 0)
        y = next((int(v) for v in (m["y"], m["y2"], m["y3"], m["y4"], m["y5"]) if v), article_date.year if article_date else 0)
        if 1 <= n <= 12 and y and taken.free(m.start(), m.end()):   # a period reported on, never a deadline
            taken.take(m.start(), m.end())
            found.append(DateMention(m.start(), m.end(), m.group(0), "month", _last_day(y, n), f"{y}-{n:02d}", False,
                                     _is_as_of(text, m.start()), span=True))
    for m in p.months_so_far.finditer(text):   # the months of the article's year that have passed when it appears
        n = int(m["n"]) if m["n"].isdigit() else p.month_counts.get(m["n"].lower(), 0)
        if article_date is not None and 2 <= n <= article_date.month and taken.free(m.start(), m.end()):
            taken.take(m.start(), m.end())
            found.append(DateMention(m.start(), m.end(), m.group(0), "month", _last_day(article_date.year, n),
                                     f"{article_date.year}-{n:02d}", False, False, span=True))
    for m in p.quarter.finditer(text):
        q = ROMAN.get(m["q"].upper()) or int(m["q"])
        y = int(m["y"]) if m["y"] else article_date.year if article_date else None
        if y:
            add(m, "quarter", _last_day(y, q * 3), f"{y}-Q{q}")
    for m in p.month.finditer(text):
        month, y = int(m["m"]), int(m["y"])
        if 1 <= month <= 12:
            add(m, "month", _last_day(y, month), f"{y}-{month:02d}")
    for m in p.bare_month.finditer(text):
        month = int(m["m"])
        y = _month_year(article_date, month, _is_deadline(text, m.start()))
        if 1 <= month <= 12 and y and not re.search(r"ngày\s*$", text[max(0, m.start() - 12):m.start()], re.IGNORECASE):
            add(m, "month", _last_day(y, month), f"{y}-{month:02d}")
    for m in p.day_month.finditer(text):
        value = _in_article_year(article_date, int(m["m"]), int(m["d"]), _is_deadline(text, m.start()))
        start = m.start("d")
        if value and taken.free(start, m.end()):
            taken.take(start, m.end())
            found.append(DateMention(start, m.end(), text[start:m.end()], "day", value, value.isoformat(),
                                     _is_deadline(text, m.start()), _is_as_of(text, m.start())))
    for m in p.day_range_end.finditer(text):
        value = _in_article_year(article_date, int(m["m"]), int(m["d"]), False)
        if value and taken.free(m.start("d"), m.end()):
            taken.take(m.start("d"), m.end())
            found.append(DateMention(m.start("d"), m.end(), text[m.start("d"):m.end()], "day", value, value.isoformat(), False))
    for m in p.year_range.finditer(text):   # a figure over a span of years stands at its end
        y = int(m["y"])
        add(m, "year", dt.date(y, 12, 31), str(y))
    for m in p.year.finditer(text):
        y = int(m["y"])
        start = m.start("y") if not m.group(0).lower().startswith("năm") else m.start()
        if taken.free(start, m.end()):
            taken.take(start, m.end())
            found.append(DateMention(start, m.end(), text[start:m.end()], "year", dt.date(y, 12, 31), str(y),
                                     _is_deadline(text, m.start()) or _is_deadline(text, start)
                                     or m.group(0).lower().startswith(("by", "until", "to", "through")),
                                     _is_as_of(text, m.start())))
    if article_date is not None:
        for m in p.relative_year.finditer(text):
            y = article_date.year + p.relative_years[m.group(0).lower()]
            add(m, "year", dt.date(y, 12, 31), str(y))
    return sorted(found, key=lambda d: d.start)


def dateline(text: str) -> tuple[dt.date, int, int] | None:
    """The first full date of the page's dateline blocks (a notice's "Hà Nội, ngày … tháng … năm …" line
    among them), with the block's span."""
    p = _patterns()
    for block in split_blocks(text):
        if block.kind == DATELINE:
            m = p.full.search(block.text) or p.words.search(block.text)
            day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"])) if m else None
            english = None if m else p.english.search(block.text)
            if english and english["y"]:
                day = _safe_date(int(english["y"]), p.months[english["mon"]], int(english["d"]))
            if day:
                return day, block.start, block.end
    return None


def dateline_date(text: str) -> dt.date | None:
    found = dateline(text)
    return found[0] if found else None

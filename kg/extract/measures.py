"""Targets and reported indicator values: a value, a unit, what it measures, and a deadline or period.

    Đến cuối năm 2026 phấn đấu 95% hồ sơ được xử lý trực tuyến                target, value before phrase
    tỷ lệ hộ gia đình có cáp quang băng rộng là 68,8%                          reported, phrase before value
    đã hoàn thành 9/12 chỉ tiêu và 101/107 nhiệm vụ                            reported fractions
    đào tạo ít nhất 50.000 nhân lực …                                          counts with a comparator
"""

import re
from decimal import Decimal

from kg.extract.spans import overlaps
from kg.extract.context import ArticleContext, SentenceView
from kg.extract.numbers import COMPARATORS, NUMBER, parse_number, scale_of
from kg.model import Indicator, IndicatorValue, Target
from kg.text.normalize import fold

_COMPARISON = re.compile(r"(?:so với|tương đương|cùng kỳ)\s*$")
TARGET_CUES = re.compile(r"(?i)(phấn đấu|mục tiêu|yêu cầu|phải|cần đạt|tối thiểu|ít nhất|đặt ra)")
VALUE_THEN_PHRASE = re.compile(rf"(?P<cmp>ít nhất|tối thiểu|khoảng|gần|trên|hơn)?\s*(?P<num>{NUMBER})\s*%\s+(?P<phrase>(?:các |tổng )?[a-zà-ỹđ][^,;.%]{{4,90}})")
PHRASE_THEN_VALUE = re.compile(rf"(?P<phrase>(?:[Tt]ỷ lệ|[Tt]ỉ lệ|[Tt]ốc độ|[Cc]hỉ số|[Dd]oanh thu|[Ss]ố)[^,;.%]{{3,90}}?)\s+(?:là|đạt|tăng|ở mức)\s+(?P<cmp>khoảng|gần|trên|hơn)?\s*(?P<num>{NUMBER})\s*(?P<unit>%|(?:nghìn|triệu|tỷ|tỉ)(?: USD| đồng)?)")
FRACTION = re.compile(r"(?<![\d/])(?P<num>\d{1,4})/(?P<total>\d{1,4})\s+(?P<phrase>chỉ tiêu|nhiệm vụ(?: của [^,;.]{3,40})?)")
COUNT = re.compile(rf"(?P<cmp>ít nhất|tối thiểu|khoảng|gần|trên|hơn)\s+(?P<num>{NUMBER})\s*(?P<scale>nghìn|ngàn|triệu|tỷ|tỉ)?\s+(?P<unit>USD|đồng|[a-zà-ỹđ]+(?: [a-zà-ỹđ]+)?)")


def _indicator(ctx: ArticleContext, phrase: str) -> str:
    words = set(fold(phrase).split())
    best, score = None, 0.0
    for entity in list(ctx.registry.entities.values()) + list(ctx.minted.values()):
        if isinstance(entity, Indicator):
            other = set(fold(entity.label_vi).split())
            overlap = len(words & other) / max(1, len(words | other))
            if overlap > score:
                best, score = entity.id, overlap
    if best and score >= 0.5:
        return best
    label = " ".join(phrase.split()[:14])
    return ctx.mint(Indicator, label[:1].upper() + label[1:])


def _add(ctx, view, *, phrase, value, total=None, unit, comparator="=", target: bool):
    date = next((d for d in view.dates if d.deadline), None) if target else None
    period = next((d for d in view.dates if d.kind in ("quarter", "month", "year") and not d.deadline
                   and not _COMPARISON.search(view.text[:d.start - view.sentence.start])), None) or ctx.period
    if not target and period is None and ctx.published is None:
        return
    area = next((m.entity_id for m in view.of_kind("places")), None)
    common = dict(indicator=_indicator(ctx, phrase), value=value, total=total, unit=unit, comparator=comparator, area=area)
    if target:
        ctx.add(Target(id=ctx.next_id("tg"), due=date.value if date else None, due_text=date.text if date else None,
                       set_by=ctx.leader, set_in=ctx.current_event or ctx.current_doc,
                       evidence=ctx.evidence(view, "target"), **common))
    else:
        ctx.add(IndicatorValue(
            id=ctx.next_id("r"), period=period.period if period else (str(ctx.published.year) if ctx.published else None),
            period_end=period.value if period else ctx.published, reported_in=ctx.current_event,
            evidence=ctx.evidence(view, "reported"), **common))


def extract_measures(ctx: ArticleContext, view: SentenceView) -> None:
    text = view.text
    if ctx.published is None and not view.dates:
        return
    future = any(d.deadline or (ctx.published and d.value > ctx.published) for d in view.dates)
    target = bool(TARGET_CUES.search(text)) and future
    taken: list[tuple[int, int]] = []

    def free(m):
        if overlaps(m.start(), m.end(), taken):
            return False
        taken.append((m.start(), m.end()))
        return True

    for d in view.dates:
        if d.kind in ("quarter", "month") and not d.deadline and not _COMPARISON.search(text[:d.start - view.sentence.start]):
            ctx.period = d
    for m in PHRASE_THEN_VALUE.finditer(text):
        if free(m):
            unit = m["unit"] if m["unit"] == "%" else m["unit"]
            value = parse_number(m["num"])
            _add(ctx, view, phrase=m["phrase"], value=value, unit=unit, comparator=COMPARATORS.get(m["cmp"] or "", "="), target=target)
    for m in VALUE_THEN_PHRASE.finditer(text):
        if free(m):
            _add(ctx, view, phrase=m["phrase"].strip(), value=parse_number(m["num"]), unit="%",
                 comparator=COMPARATORS.get(m["cmp"] or "", "="), target=target)
    for m in FRACTION.finditer(text):
        if free(m) and re.search(r"(?i)hoàn thành|đạt|triển khai", text) and not re.search(r"chưa", text[m.start():m.end() + 30]):
            _add(ctx, view, phrase=f"Số {m['phrase']} đã hoàn thành", value=Decimal(m["num"]), total=Decimal(m["total"]),
                 unit=m["phrase"].split()[0] + (" " + m["phrase"].split()[1] if m["phrase"].startswith("nhiệm") else ""), target=False)
    for m in COUNT.finditer(text):
        if free(m):
            value = parse_number(m["num"]) * scale_of(m["scale"]) if m["unit"] not in ("USD", "đồng") else parse_number(m["num"])
            unit = f"{m['scale']} {m['unit']}" if m["scale"] and m["unit"] in ("USD", "đồng") else m["unit"]
            phrase = " ".join(re.split(r"[,;.]", m["unit"] + text[m.end():m.end() + 80])[0].split()[:8])
            _add(ctx, view, phrase=phrase, value=value, unit=unit,
                 comparator=COMPARATORS[m["cmp"]], target=target)

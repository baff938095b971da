"""Scoring one article's extraction against its gold: items matched one to one, per kind, and the details of
matched roles (their terms' start and end, to the gold's precision), events and documents as kinds of their own.

Roles match on person, post (through the role vocabulary's labels), organisation and status; events on body
and date (an undated session on body and number; else name); documents on number (else name); measures on kind,
value, unit and period (a period matches when it ends on the same day: "2025" and "2025-12-31" are one).
"""

import calendar
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from kg.evaluation.gold import Gold
from kg.evaluation.names import Names, joined_posts, name_key, role_of_post
from kg.extract.lexicon import post_in_body
from kg.extract.pipeline import Extraction
from kg.model import (
    ChangeEvent, Entity, Event, IndicatorValue, Knowledge, LegalDocument, Membership, Organization, Person, Programme,
    Statement, Target,
)
from kg.text.lexicon import lexicon
from kg.text.normalize import fold

MAIN = ("people", "organisations", "roles", "events", "documents", "programmes", "changes", "measures")
DETAILS = ("role dates", "event date", "event session", "event chair", "event body", "event place", "document date",
           "document issuer", "document based on", "document concludes", "programme adopted by", "measure indicator",
           "measure owner")


@dataclass
class Tally:
    """(true positives, predicted, gold) per kind, with the items missed and the items found in excess."""

    counts: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    missed: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    extra: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, kind: str, tp: int, predicted: int, gold: int) -> None:
        c = self.counts[kind]
        c[0], c[1], c[2] = c[0] + tp, c[1] + predicted, c[2] + gold

    def merge(self, other: "Tally", label: str = "") -> None:
        for kind, (tp, p, g) in other.counts.items():
            self.add(kind, tp, p, g)
        for kind, items in other.missed.items():
            self.missed[kind] += [f"{label}: {i}" for i in items]
        for kind, items in other.extra.items():
            self.extra[kind] += [f"{label}: {i}" for i in items]


def period_end(value) -> dt.date | None:
    """The last day of a period written as 2025, 2025-06, 2025-Q2 or 2025-12-31."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value)
    if m := re.fullmatch(r"(\d{4})", text):
        return dt.date(int(m[1]), 12, 31)
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", text):
        year, month = int(m[1]), int(m[2]) * 3
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        year, month = int(m[1]), int(m[2])
        return dt.date(year, month, calendar.monthrange(year, month)[1])
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def period_start(value) -> dt.date | None:
    """The first day of a period written as 2025, 2025-06, 2025-Q2 or 2025-12-31."""
    end = period_end(value)
    text = str(value)
    if end is None or isinstance(value, dt.date) or re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return end
    if re.fullmatch(r"\d{4}", text):
        return dt.date(end.year, 1, 1)
    if "Q" in text:
        return dt.date(end.year, end.month - 2, 1)
    return end.replace(day=1)


_PERCENT = re.compile(r"^(?:per ?cent|phan tram)$")
_RANK = re.compile(r"^(?:rank|hang)$")


def unit_key(unit: str) -> str:
    """A unit written one way: "percent", "per cent" and "phần trăm" are "%"; "rank" is "hạng"."""
    return _RANK.sub("hang", _PERCENT.sub("%", name_key(unit)))


@cache
def _scales() -> frozenset[str]:
    return frozenset(name_key(s) for s in lexicon("measures")["scales"])


def same_unit(gold: str, found: str) -> bool:
    """The same unit, or one that is the other with words that qualify its noun ("thủ tục" and "thủ tục hành chính",
    "units" and "commune-level units"): the one's words open or close the other's, and the scale ("triệu",
    "million") is the same."""
    g, f = unit_key(gold).split(), unit_key(found).split()
    if g == f:
        return True
    scales = _scales()
    if not g or not f or (g[0] in scales or f[0] in scales) and g[0] != f[0]:
        return False
    if g[0] in scales:
        g, f = g[1:], f[1:]
    short, long = sorted((g, f), key=len)
    return long[:len(short)] == short or long[-len(short):] == short


def _number_key(number) -> str:
    return fold(str(number)).replace(" ", "")


class _Article:
    """One article's extraction as the scorer needs it."""

    def __init__(self, found: Extraction, registry: Knowledge):
        self.k = found.knowledge
        self.registry = registry
        self.entities = {**registry.entities, **found.knowledge.entities}
        self.mentioned = [self.entities[e] for e in sorted(found.mentioned) if e in self.entities]
        self.statements: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for f in found.knowledge.facts:
            if isinstance(f, Statement):
                self.statements[f.subject][f.predicate].append(f.object)

    def of(self, model) -> list[Entity]:
        return [e for e in self.mentioned if isinstance(e, model)]

    def facts(self, model) -> list:
        return [f for f in self.k.facts if isinstance(f, model)]

    def said(self, subject: str, predicate: str) -> list:
        return list(dict.fromkeys(self.statements[subject][predicate]))


def _match(gold_items, predicted, same) -> tuple[list[tuple], list, list]:
    """Greedy one-to-one matching: (pairs, unmatched gold, unmatched predicted)."""
    free = list(predicted)
    pairs, missed = [], []
    for g in gold_items:
        hit = next((p for p in free if same(g, p)), None)
        if hit is None:
            missed.append(g)
        else:
            free.remove(hit)
            pairs.append((g, hit))
    return pairs, missed, free


def _count(tally: Tally, kind: str, pairs, missed, extra, show=str) -> None:
    tally.add(kind, len(pairs), len(pairs) + len(extra), len(pairs) + len(missed))
    tally.missed[kind] += [show(m) for m in missed]
    tally.extra[kind] += [str(e) for e in extra]


def _label(entity: Entity | None) -> str:
    return entity.label_vi if entity is not None else "?"


def score_article(gold: Gold, found: Extraction, registry: Knowledge, names: Names) -> Tally:
    a = _Article(found, registry)
    t = Tally()
    ent = a.entities.get

    def same_entity(name, entity_id) -> bool:
        return names.same(name, ent(entity_id)) if entity_id else False

    # people and organisations
    for kind, model in (("people", Person), ("organisations", Organization)):
        pairs, missed, extra = _match(getattr(gold, kind), a.of(model), lambda g, e: names.same(g, e))
        _count(t, kind, pairs, missed, [_label(e) for e in extra])
    # roles
    memberships = a.facts(Membership)

    def same_role(g, m: Membership) -> bool:
        status = "former" if g.get("status") == "former" else None
        return (same_entity(g["person"], m.person) and same_entity(g["organisation"], m.organization)
                and gold_role(g, m.organization) == m.role and status == m.status)

    def gold_role(g, organisation: str) -> str | None:
        """The gold post through the role vocabulary, as the body it is held in names it ("Politburo member": Ủy viên;
        a "Member" of the "Quang Ninh Provincial Party Committee", the extracted body it names, a Tỉnh ủy viên)."""
        role = role_of_post(g["post"])
        body = ent(names.resolve(g["organisation"]) or organisation)
        return post_in_body(body.label_vi if body is not None else str(g["organisation"]), role) if role else None

    gold_roles = [{**g, "post": post} for g in gold.roles for post in joined_posts(g["post"])]
    pairs, missed, extra = _match(gold_roles, memberships, same_role)
    _count(t, "roles", pairs, missed, [f"{_label(ent(m.person))} | {m.role} | {_label(ent(m.organization))}"
                                        + (" | former" if m.status else "") for m in extra],
           show=lambda g: f"{g['person']} | {g['post']} | {g['organisation']}" + (" | former" if g.get("status") else ""))
    role_dates = {"role dates": (lambda g: [f"{k} {g[k]}" for k in ("since", "until") if g.get(k)], _term_dates, _same_term_date)}
    _details(t, role_dates, gold_roles, memberships, {id(g): m for g, m in pairs}, label=_role_label)
    # events
    events = a.of(Event)

    def event_date(e: Event) -> list:
        return a.said(e.id, "start_date")

    def same_event(g, e: Event) -> bool:
        on_day = bool(g.get("date")) and period_end(g["date"]) in event_date(e)
        if g.get("body") and on_day and same_entity(g["body"], e.event_of):
            return True
        if not g.get("date") and g.get("session") and g.get("body") and e.session == int(g["session"]) \
                and same_entity(g["body"], e.event_of):
            return True   # an undated session cited in passing ("Kỳ họp thứ 8, Quốc hội khóa XV"): its body and ordinal
        # the same day and much the same name: one event, whatever body each gives it (the body is scored as a detail)
        return names.same(g.get("name"), e) or on_day and _name_overlap(g.get("name"), e) >= 0.6

    ev_pairs, ev_missed, ev_extra = _match(gold.events, events, same_event)
    _count(t, "events", ev_pairs, ev_missed, [f"{e.label_vi} {event_date(e)}" for e in ev_extra],
           show=lambda g: f"{g.get('name')} {g.get('date')}")
    event_of_gold = {id(g): e for g, e in ev_pairs}
    details = {
        "event date": (lambda g: g.get("date"), lambda e: event_date(e), lambda gv, pv: period_end(gv) == pv),
        "event session": (lambda g: g.get("session"), lambda e: [e.session] if e.session else [], lambda gv, pv: int(gv) == pv),
        "event chair": (lambda g: g.get("chair"), lambda e: a.said(e.id, "chaired_by"), lambda gv, pv: same_entity(gv, pv)),
        "event body": (lambda g: g.get("body"), lambda e: [e.event_of] if e.event_of else [], lambda gv, pv: same_entity(gv, pv)),
        "event place": (lambda g: g.get("place"), lambda e: a.said(e.id, "location"), same_place),
    }
    _details(t, details, gold.events, events, event_of_gold)
    # documents
    documents = a.of(LegalDocument)

    def same_document(g, d: LegalDocument) -> bool:
        if g.get("number"):
            return bool(d.number) and _number_key(g["number"]) == _number_key(d.number)
        return names.same(g.get("name"), d)

    doc_pairs, doc_missed, doc_extra = _match(gold.documents, documents, same_document)
    _count(t, "documents", doc_pairs, doc_missed, [d.number or d.label_vi for d in doc_extra],
           show=lambda g: str(g.get("number") or g.get("name")))
    doc_of_gold = {id(g): d for g, d in doc_pairs}
    gold_event_by_name = {name_key(g.get("name", "")): g for g in gold.events}

    def same_document_ref(ref, doc_id) -> bool:
        d = ent(doc_id)
        if not isinstance(d, LegalDocument):
            return False
        if d.number and re.search(r"\d", str(ref)):
            return _number_key(ref) == _number_key(d.number)
        return names.same(ref, d)

    def concluded(gv, pv) -> bool:
        g_event = gold_event_by_name.get(name_key(gv))
        matched = event_of_gold.get(id(g_event)) if g_event else None
        return (matched is not None and matched.id == pv) or names.same(gv, ent(pv))

    doc_details = {
        "document date": (lambda g: g.get("date"), lambda d: a.said(d.id, "date_document"), lambda gv, pv: period_end(gv) == pv),
        "document issuer": (lambda g: g.get("issuer"), lambda d: a.said(d.id, "passed_by"), lambda gv, pv: same_entity(gv, pv)),
        "document based on": (lambda g: g.get("based_on"), lambda d: a.said(d.id, "based_on"), same_document_ref),
        "document concludes": (lambda g: g.get("concludes"), lambda d: a.said(d.id, "concludes"), concluded),
    }
    _details(t, doc_details, gold.documents, documents, doc_of_gold)
    # programmes
    programmes = a.of(Programme)
    pr_pairs, pr_missed, pr_extra = _match(gold.programmes, programmes, lambda g, p: names.same(g.get("name"), p))
    _count(t, "programmes", pr_pairs, pr_missed, [p.label_vi for p in pr_extra], show=lambda g: g.get("name"))
    _details(t, {"programme adopted by": (lambda g: g.get("adopted_by"), lambda p: a.said(p.id, "adopted_by"), same_document_ref)},
             gold.programmes, programmes, {id(g): p for g, p in pr_pairs})
    # changes
    changes = a.facts(ChangeEvent)

    def same_change(g, c: ChangeEvent) -> bool:
        return (g.get("kind") == c.kind and all(any(same_entity(n, r) for r in c.resulting) for n in g.get("to") or [])
                and (not g.get("from") or any(same_entity(n, o) for n in g["from"] for o in c.original)))

    pairs, missed, extra = _match(gold.changes, changes, same_change)
    _count(t, "changes", pairs, missed, [f"{c.kind} {c.original} → {c.resulting}" for c in extra],
           show=lambda g: f"{g.get('kind')} {g.get('from')} → {g.get('to')}")
    # measures
    measures = a.facts(Target) + a.facts(IndicatorValue)

    def same_measure(g, m) -> bool:
        kind = "target" if isinstance(m, Target) else "reported"
        if g.get("kind") != kind or g.get("value") != m.value or not same_unit(g.get("unit", ""), m.unit):
            return False
        if g.get("upper") is not None and g["upper"] != m.upper or g.get("total") is not None and g["total"] != m.total:
            return False
        if g.get("when") is None:
            return True
        ends = {period_end(m.period)} | ({m.due} if isinstance(m, Target) else {m.period_end})
        # the gold's period, or a finer one within it (a day of the gold's month: "tính đến ngày 20/2" of "2023-02")
        first, last = period_start(g["when"]), period_end(g["when"])
        return last in ends or any(e is not None and first is not None and last is not None and first <= e <= last
                                   for e in ends)

    pairs, missed, extra = _match(gold.measures, measures, same_measure)
    _count(t, "measures", pairs, missed,
           [f"{'target' if isinstance(m, Target) else 'reported'} {m.value} {m.unit} {m.period}" for m in extra],
           show=lambda g: f"{g.get('kind')} {g.get('value')} {g.get('unit')} {g.get('when')}")
    measure_details = {
        "measure indicator": (lambda g: g.get("indicator"), lambda m: [_label(ent(m.indicator))], _same_indicator),
        "measure owner": (lambda g: g.get("by"), lambda m: [o for o in (getattr(m, "set_by", None), getattr(m, "reported_by", None)) if o],
                          lambda gv, pv: same_entity(gv, pv)),
    }
    _details(t, measure_details, gold.measures, measures, {id(g): m for g, m in pairs},
             label=lambda m: f"{m.get('value')} {m.get('unit')}" if isinstance(m, dict) else f"{m.value} {m.unit}")
    return t


def _same_indicator(gold_name: str, found: str) -> bool:
    """Much the same indicator: at least half the words of the two names are shared (Dice), marks and case folded."""
    gold, words = set(name_key(gold_name).split()), set(name_key(found).split())
    return bool(gold and words) and 2 * len(gold & words) / (len(gold) + len(words)) >= 0.5


def _name_overlap(name, event: Event) -> float:
    """The share of words two names of an event have in common (0 to 1)."""
    gold, found = set(name_key(name or "").split()), set(name_key(event.label_vi).split())
    return len(gold & found) / len(gold | found) if gold and found else 0.0


def _term_dates(m: Membership) -> list[tuple[str, dt.date, str]]:
    return [(k, day, precision or "day") for k, day, precision in (("since", m.since, m.since_precision),
                                                                     ("until", m.until, m.until_precision)) if day]


def _same_term_date(gold_value: str, predicted: tuple[str, dt.date, str]) -> bool:
    """A gold start or end ("since 2025", "until 2029-08-31") and a term's, to the gold's precision."""
    which, written = gold_value.split(" ", 1)
    kind, day, _ = predicted
    return which == kind and day.isoformat()[:len(written)] == written


def _role_label(item) -> str:
    return f"{item['person']} | {item['post']}" if isinstance(item, dict) else str(item.person)


_WRITTEN_WITH_CITY = re.compile(r"\s*\([^()]*\)\s*$|\s+in\s+[A-Z][\w -]*$")


def same_place(gold_place, predicted) -> bool:
    """The same venue, spacing folded ("Hanoi" is "Hà Nội"), or one of them the other written with its city or building
    ("hội trường Diên Hồng" of "hội trường Diên Hồng, Tòa nhà Quốc hội", "Trung tâm Hội nghị tỉnh (phường Hoa Lư)",
    "the Government headquarters in Hanoi")."""
    g, p = (name_key(_WRITTEN_WITH_CITY.sub("", str(x))) for x in (gold_place, predicted))
    return (g.replace(" ", "") == p.replace(" ", "") or p.endswith(" " + g) or g.endswith(" " + p)
            or g.startswith(p + ",") or p.startswith(g + ","))


def _item_label(item) -> str:
    return str(item.get("name") or item.get("number")) if isinstance(item, dict) else item.label_vi


def _details(t: Tally, specs: dict, gold_items: list, predicted: list, matched: dict, label=_item_label) -> None:
    """The details of matched items (and of unmatched ones, as misses and excess)."""
    paired = set()
    for g in gold_items:
        p = matched.get(id(g))
        if p is not None:
            paired.add(id(p))
        for kind, (gold_value, predicted_values, same) in specs.items():
            gv = gold_value(g)
            values = [gv] if gv is not None and not isinstance(gv, list) else list(gv or [])
            pv = list(predicted_values(p)) if p is not None else []
            hits = 0
            used = []
            for v in values:
                hit = next((x for x in pv if x not in used and same(v, x)), None)
                if hit is not None:
                    used.append(hit)
                    hits += 1
                else:
                    t.missed[kind].append(f"{label(g)}: {v}")
            extra = [x for x in pv if x not in used]
            t.extra[kind] += [f"{label(g)}: {x}" for x in extra]
            t.add(kind, hits, hits + len(extra), len(values))
    for p in predicted:
        if id(p) in paired:
            continue
        for kind, (_, predicted_values, _) in specs.items():
            pv = list(predicted_values(p))
            t.add(kind, 0, len(pv), 0)
            t.extra[kind] += [f"{label(p)}: {x}" for x in pv]

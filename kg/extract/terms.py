"""Time on memberships, as Popolo and Wikidata's "position held" keep it: the start and end a text gives a term
(a day, a month or a year), and the end of the earlier holder's term of a post one person holds at a time
(vdt:singleHolder in the vocabulary) when a later holder's term begins.

    … được bổ nhiệm giữ chức Giám đốc Sở …, kể từ ngày 1/9/2024      since 2024-09-01
    … giữ chức Phó Giám đốc Sở. Thời hạn bổ nhiệm là 5 năm, kể từ ngày 4/9/2024 đến ngày 3/9/2029.
                                                                     since and until, from the next sentence
    Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026                           since 2021, until 2026 (years); not for one
                                                                     elected on a day after the term began
    … was appointed director of the department on August 1           since the day of the appointment
    … kể từ ngày 1/3/2025. Cũng tại quyết định này, bà A … giữ chức …  the same term, carried to the next posts given

The words are data: `seeds/lexicon/time.yaml`.
"""

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from kg.extract.context import ArticleContext, SentenceView, content_id
from kg.extract.lexicon import alternatives, lexicon, vocabulary
from kg.extract.merge import fact_key
from kg.model import Membership


@dataclass(frozen=True)
class Term:
    since: dt.date | None = None
    since_precision: str | None = None
    until: dt.date | None = None
    until_precision: str | None = None

    def fields(self) -> dict:
        return {k: v for k, v in vars(self).items() if v is not None}


@dataclass(frozen=True)
class _Words:
    since: re.Pattern
    until: re.Pattern
    sentence: re.Pattern
    years: re.Pattern
    carried: re.Pattern     # what opens a sentence that gives posts under the decision the sentence before dated


@cache
def _words() -> _Words:
    time = lexicon("time")
    return _Words(
        re.compile(rf"(?:^|[\s,(])(?:{alternatives(time['term_since'])})\s*$", re.IGNORECASE),
        re.compile(rf"(?:^|[\s,(])(?:{alternatives(time['term_until'])})\s*$", re.IGNORECASE),
        re.compile(rf"^\W*(?:{alternatives(time['term_sentences'])})\b", re.IGNORECASE),
        re.compile(rf"^\s*,?\s*(?:{alternatives(time['term_words'])})\s+(?P<a>(?:19|20)\d{{2}})\s*[-–]\s*(?P<b>(?:19|20)\d{{2}})",
                   re.IGNORECASE),
        re.compile(rf"^\W*(?:{alternatives(time['term_carried'])})(?!\w)", re.IGNORECASE),
    )


def written_term(view: SentenceView, post_end: int, appointed: bool, published: dt.date) -> Term | None:
    """The term of a post as its sentence writes it: the years after it ("nhiệm kỳ 2021 - 2026"), or, for a post
    given ("giữ chức", "was appointed"), the days the sentence says it runs from and to."""
    words = _words()
    years = words.years.match(view.after(post_end, 40))
    if years and appointed and (published.year > int(years["a"])
                                or any(d.kind == "day" and d.value.year > int(years["a"]) for d in view.dates)):
        return _dated(view)   # elected in 2025 "nhiệm kỳ 2021 - 2026": the body's term, not the holder's
    if years:
        return Term(dt.date(int(years["a"]), 1, 1), "year", dt.date(int(years["b"]), 12, 31), "year")
    return _dated(view) if appointed else None


def _dated(view: SentenceView) -> Term | None:
    """The start (and end) the dates of a sentence give a term: "kể từ ngày …", "từ tháng …", "until …"."""
    words = _words()
    since = until = None
    for d in view.dates:
        before = view.before(d.start, 24)
        if since is None and words.since.search(before):
            since = d
        elif since is not None and until is None and words.until.search(before):
            until = d
    if since is None:
        return None
    return Term(since.first_day, since.precision, until.value if until else None, until.precision if until else None)


def term_given(ctx: ArticleContext, view: SentenceView, post_end: int, appointed: bool) -> Term | None:
    """The term of a post as its sentence writes it, else, for a post given in a sentence that opens "Cũng tại quyết
    định này", "Under the same decision", the term of the last post given with one."""
    term = written_term(view, post_end, appointed, ctx.published)
    if appointed and term is not None:
        ctx.last_term = term
    elif appointed and isinstance(ctx.last_term, Term) and _words().carried.match(view.text):
        term = ctx.last_term
    return term


def date_given_terms(ctx: ArticleContext, view: SentenceView, given: list[Membership]) -> None:
    """"Thời hạn bổ nhiệm là 5 năm, kể từ ngày …": a sentence that dates the terms the sentence before gave."""
    if not given or not _words().sentence.match(view.text):
        return
    term = _dated(view)
    if term is None:
        return
    for fact in given:
        if fact in ctx.facts:
            dated = fact.model_copy(update=term.fields())
            ctx.facts[ctx.facts.index(fact)] = dated.model_copy(update={"id": content_id("m", fact_key(dated))})


def close_terms(facts: list) -> list:
    """The facts with the open terms of single-holder posts ended where a later holder's term starts."""
    single = {slug for slug, role in vocabulary().roles.items() if role.single}
    holders: dict[tuple[str, str], list[tuple[dt.date, Membership]]] = {}
    for fact in facts:
        if isinstance(fact, Membership) and fact.role in single and fact.since and fact.status != "former":
            holders.setdefault((fact.organization, fact.role), []).append((fact.since, fact))
    ends: dict[str, Membership] = {}
    for terms in holders.values():
        terms.sort(key=lambda term: (term[0], term[1].person))
        for (began, earlier), (next_began, later) in zip(terms, terms[1:]):
            if earlier.person != later.person and earlier.until is None and next_began > began:
                ends[earlier.id] = earlier.model_copy(update={"until": next_began, "until_precision": later.since_precision})
    out = []
    for fact in facts:
        closed = ends.get(fact.id)
        out.append(closed.model_copy(update={"id": content_id("m", fact_key(closed))}) if closed else fact)
    return out

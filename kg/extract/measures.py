"""Targets set and figures reported: a value (and a range's upper bound, or the whole of a fraction), a unit
as written, the period or deadline, and who set or reported it.

    phấn đấu đến hết năm 2023 … đạt tối thiểu 50%                    target 50 %, by the end of 2023
    tăng trưởng GDP năm 2025 đạt 8,3 - 8,5%                          a range: 8.3 up to 8.5 %
    Tính đến ngày 30/6/2023, … đã cấp 2,48 triệu thẻ căn cước …       reported 2.48 "triệu thẻ" at 2023-06-30
    có 15/25 dịch vụ công thiết yếu                                   15 out of 25 "dịch vụ"
    xếp thứ 24/63                                                     rank 24 of 63
A figure's period is the date written nearest before it in the sentence (after it when none is), else the
reporting period in focus. The cue words, count nouns and scales are data: `seeds/lexicon/measures.yaml`.
"""

import re
from decimal import Decimal
from dataclasses import dataclass
from functools import cache

from kg.extract.context import ArticleContext, SentenceView
from kg.extract.dates import DateMention, in_year, month_end
from kg.extract.documents import document_date
from kg.extract.numbers import number_pattern, parse_number
from kg.extract.phrases import PhraseMatcher
from kg.extract.lexicon import alternatives, lexicon
from kg.extract.spans import Coverage
from kg.model import Indicator, IndicatorValue, Target
from kg.text.blocks import HEADING, LIST_ITEM, TITLE
from kg.text.normalize import fold



_LISTED = re.compile(rf"^\s*{LIST_ITEM}\s")


@dataclass(frozen=True)
class _Words:
    comparators: dict[str, str]
    currencies: dict[str, str]   # the currency written before a number, and the unit it is written as
    percent: re.Pattern
    fraction: re.Pattern
    rank: re.Pattern
    rank_group: re.Pattern     # a rank as the group it is in: "nhóm 10 địa phương dẫn đầu", "the top 50"
    ranking: re.Pattern        # a word of ranking ("bảng xếp hạng", "ranked")
    edition: re.Pattern        # before a year, an index's name: the year is the index's edition ("DTI 2024", "Index (DTI) 2024")
    edition_named: re.Pattern  # after a year, an index's name in capitals: "the 2023 Public Administration Reform Index"
    count: re.Pattern          # a number (and its scale) before what it counts; in English a currency before it
    nouns: PhraseMatcher[str]
    not_nouns: PhraseMatcher[str]   # words that open with a count noun but count nothing ("đồng chí")
    change: re.Pattern         # a count written as its change: "from 42 to 25", "to 70"
    number_of: re.Pattern      # before it, what it counts: "the number of (its) units", "the number"
    report: re.Pattern         # before a count: a verb of reporting
    part_of: re.Pattern        # right before a count: "of which", "trong đó": a part of the count before, in its unit
    whole_of: re.Pattern       # before a count, the whole it is a part of: "trong số 64 nhiệm vụ …, (đã hoàn thành) 41 nhiệm vụ"
    all_of: re.Pattern         # right before a count, words that make it its own whole: "toàn bộ 95 xã", "all 34 localities"
    future: re.Pattern         # before a count: a verb of what is to come ("would put")
    modal: re.Pattern          # in a figure's clause: a word of what is to come ("will", "sẽ")
    reported_after: re.Pattern # after a figure: "… had been activated", "… were issued"
    targets: re.Pattern
    firm_targets: re.Pattern   # the target cues that set a figure whatever its time
    rank_unit: str
    modifiers: int             # words English writes between a number and what it counts ("52 million electronic …")
    modifier_stops: frozenset[str]   # … never one of these ("600 delegates from businesses")
    not_plural_counts: frozenset[str]   # English plural nouns that count no thing reported ("years", "times")
    not_counts: PhraseMatcher           # Vietnamese words after a reported count that name no thing counted ("năm", "lần")
    count_noun_stops: frozenset[str]    # … and the words that end a counted noun's name after its first word
    comparison: re.Pattern     # "so với (cùng kỳ)", "compared with": what follows is the figure's base
    same_period: re.Pattern    # right before a year: "cùng kỳ (năm) 2024", the same months of that year
    start: re.Pattern          # right before a date: "từ ngày", "since", the day something began
    now: re.Pattern            # "đến nay", "up to now": a figure of the time the article reports
    telling: re.Pattern        # between a figure and a date after it: the date is the telling's ("…, he told a conference on Thursday")
    now_opener: re.Pattern     # "Hiện …" opening the clause: the same
    same_as_before: re.Pattern  # words for the period of a kind the text gave last: "Trong tháng, …", "… in the quarter"
    periods_referred: dict[str, str]   # … and the kind each stands for
    day_events: frozenset[str]  # the kinds of event whose figures are counted on its day
    members: frozenset[str]    # what a body's composition counts: its period is the day the decision that made it was signed
    now_verb: re.Pattern       # right before a figure, a present that holds it: "The city has 56 teams"
    present_perfect: re.Pattern | None   # English: a figure's clause in the present perfect holds it now
    now_after: re.Pattern      # "… were now available", right after the figure: the same
    year_earlier: re.Pattern   # "… a year earlier", right after the figure: the year before the sentence's
    count_join: re.Pattern     # between two counts, the words that make the second one of the same report
    reported_cue: re.Pattern   # after a target's words, words that report a figure reached: "and said …", "already"
    reached: re.Pattern        # before a figure in its clause, words that say it was reached ("đã", "had")
    limit: re.Pattern          # before a date, words that make it a deadline a figure is set for ("đến hết năm", "by")
    not_measure: re.Pattern    # after a figure, words that make it a vote or an age, no measure
    not_measure_before: re.Pattern   # before a figure, words that make it how a meeting was held
    hypothetical: re.Pattern   # in a figure's clause before it, words that make it what could be, no figure reached or set
    change_base: re.Pattern    # a figure a change starts from: "from 72 percent to 85 percent", "từ 61% lên 70%"
    scales: frozenset[str]
    amount_units: frozenset[str]     # units of an amount ("tỷ đồng"), which name nothing a count counts
    funding: re.Pattern              # words of funding before an amount of money: "ngân sách tỉnh 142,3 tỷ đồng"
    indicator_head: re.Pattern       # in the clause before a figure, where the name of what it measures begins
    indicator_opener: re.Pattern     # … past these words
    indicator_link: re.Pattern       # … and without these at its end
    indicator_not_after: re.Pattern  # after a figure: words that do not name what it measures
    indicator_of_whole: re.Pattern   # … and words that finish the name before it ("chiếm 20% GRDP")
    indicator_part_of: re.Pattern    # … and words that open the name of what it is a part of ("percent of its dossiers")
    indicator_purpose: re.Pattern    # … and after an amount, what it is for ("VND 2,400 billion for digital infrastructure")
    indicator_share_verb: re.Pattern # before a figure: the verb of a share ("chiếm", "accounts for")
    indicator_share: str             # … and how a share is named ("tỷ trọng {what} trong {whole}")


_CLAUSE = re.compile(r";|,\s+(?:and|và|while|còn|but|nhưng)\s")   # where a figure's clause opens after another
_JOINED = re.compile(r",|;|(?<!\w)(?:và|and)(?!\w)")   # between a figure and a date: the date opens a clause of its own
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|per\s?cent\b)")   # a percentage: a figure of its own
_TRAILING_TIME = re.compile(r"\s+(?:in|by|for|to|năm|trong năm|vào năm|đến năm|đến hết năm)\s+(?:19|20)\d{2}$", re.IGNORECASE)
_LISTED_AFTER = re.compile(r"^\s*,\s*[^\W\d][^,;.:()\d]{0,40}\s$")   # ", lợi nhuận trước thuế ": the next item of a list of figures


@cache
def _lex(language: str = "vi") -> _Words:
    m = lexicon("measures")
    NUMBER = number_pattern(language)
    whole = r"\d{1,3}(?:,\d{3})+|\d{1,5}" if language == "en" else r"\d{1,3}(?:\.\d{3})+|\d{1,5}"   # "1,423", "1.423"
    comparators = m["comparators"]
    cmp = alternatives(comparators)
    scales = alternatives(m["scales"])
    english = language == "en"
    # (an ordinal written as a word is a rank out of a total only: "ranked fifth out of 11 countries")
    ordinal_words = alternatives(k for k in lexicon("events")["ordinals"] if k.isascii())
    rank = (re.compile(rf"(?:ranked |placed [\w ]{{0,20}}?|(?<=\s))(?P<at>(?P<num>\d{{1,3}})(?:st|nd|rd|th)|(?P<num_word>{ordinal_words})"
                       r"(?=\s+(?:out\s+of|among)\s+(?:the\s+)?\d))(?:\s+(?:(?:out\s+)?of|among)\s+(?:the\s+)?(?P<total>\d{1,3}))?(?![\d/])")
            if english else
            re.compile(rf"(?:(?:{alternatives(m['rank_cues'])})\s+(?:thứ\s+)?|(?<!\w)(?:{alternatives(m['rank_ordinals'])})\s+(?=\d{{1,3}}\s*/\s*\d))"
                       rf"(?P<num>\d{{1,3}})(?:\s*/\s*(?P<total>\d{{1,3}})|(?!\s+(?:{alternatives(m['ranked_counts'])})(?!\w)))(?![\d/])",
                       re.IGNORECASE))
    group = (re.compile(rf"(?<!\w)(?:{alternatives(m['rank_groups_en'])})[\s-]+(?P<num>\d{{1,3}})(?![\d/.,%]|\s*per\s?cent)", re.IGNORECASE)
             if english else
             re.compile(rf"(?<!\w)(?:{alternatives(m['rank_groups'])})\s+(?P<num>\d{{1,3}})\s+(?:[^\W\d]+[\s,]+){{1,4}}?"
                        rf"(?:{alternatives(m['rank_group_leads'])})(?!\w)", re.IGNORECASE))
    return _Words(
        comparators=comparators,
        currencies=m["currencies"],
        # (a range: "8,3 - 8,5%", "từ 9% đến 10%", "between 50 and 60 percent")
        percent=re.compile(rf"(?:(?P<cmp>{cmp})\s+)?(?:(?P<span>từ|between)\s+)?(?P<num>{NUMBER})\s*(?:%\s*|(?(span)per\s?cent\s+|(?!)))?"
                           rf"(?:(?:-|–|đến|to|(?(span)and|(?!)))\s*(?P<upper>{NUMBER})\s*)?(?:%|per\s?cent\b)", re.IGNORECASE),
        fraction=re.compile(rf"(?<![\d/.,])(?P<num>{whole})(?:/| (?:out )?of (?:the |its |their )?(?:[A-Za-z]+['’]s )?)"
                            rf"(?P<total>{whole})(?![\d/])\s+"   # ("61 of the city's 103 communes")
                            if english else rf"(?<![\d/.,])(?P<num>{whole})/(?P<total>{whole})(?![\d/])\s+"),
        rank=rank,
        rank_group=group,
        edition=re.compile(rf"(?<!\w)(?:{alternatives(lexicon('time')['index_names'])})\)?\s*$", re.IGNORECASE),
        edition_named=re.compile(rf"\s+(?:[A-Z][\w'’-]*\s+){{0,8}}(?:{alternatives(lexicon('time')['index_names'])})(?!\w)"),
        ranking=re.compile(rf"(?<!\w)(?:{alternatives(m['ranking'])})(?!\w)", re.IGNORECASE),
        count=re.compile(rf"(?:(?P<cmp>{cmp})\s+)?(?:(?P<cur>{alternatives(m['currencies'])})\s*)?(?P<num>{NUMBER})\s+(?:(?P<scale>{scales})\b\s*)?",
                         re.IGNORECASE),
        nouns=PhraseMatcher((n, n, False) for n in m["count_nouns"]),
        not_nouns=PhraseMatcher((n, n, False) for n in m["not_count_nouns"]),
        change=re.compile(rf"(?<!\w)(?:(?:{alternatives(m['change_from'])})\s+{NUMBER}\s+)?(?:{alternatives(m['change_to'])})\s+"
                          rf"(?P<num>{NUMBER})(?![\d/]|[.,]\d)(?!\s*(?:%|per\s?cent))(?:\s+(?P<scale>{scales})\b)?", re.IGNORECASE),
        number_of=re.compile(rf"(?<!\w)(?:{alternatives(m['number_of'])})(?!\w)"
                             rf"(?:\s+(?:{alternatives(m['number_determiners'])})(?!\w))?\s*", re.IGNORECASE),
        report=re.compile(rf"(?:^|\s)(?:{alternatives(m['report_verbs'])}{_english_report_verbs(m) if english else ''})"
                          rf"(?:\s+(?:{alternatives(m['report_fillers'])})){{0,2}}\s*$", re.IGNORECASE),
        all_of=re.compile(rf"(?:^|\s)(?:{alternatives(m['all_of'])})\s*$", re.IGNORECASE),
        whole_of=re.compile(rf"(?<!\w)(?:{alternatives(m['whole_of'])})\s+(?P<n>\d[\d.,]*)\s+(?P<noun>[^\W\d_]+)", re.IGNORECASE),
        part_of=re.compile(rf"(?:^|[\s,;])(?:{alternatives(m['part_of'])}),?\s*$", re.IGNORECASE),
        modal=re.compile(rf"(?<![\wÀ-ỹ])(?:{alternatives(m['future_modals'])})(?![\wÀ-ỹ])", re.IGNORECASE),
        future=re.compile(rf"(?:^|\s)(?:{alternatives(m['future_modals'])})\s+(?:[^\W\d]+\s+){{1,2}}$", re.IGNORECASE),
        reported_after=re.compile(rf"^\s*(?:{alternatives(m['reported_after'])})\b", re.IGNORECASE),
        # (not a count of targets: "12/54 chỉ tiêu đã hoàn thành", "17 mục tiêu có nguy cơ không đạt")
        targets=re.compile(rf"(?:^|(?<![\d/])\s)(?:{alternatives(m['target_cues'])})(?:\s|$)", re.IGNORECASE),
        firm_targets=re.compile(rf"(?:^|(?<![\d/])\s)(?:{alternatives(set(m['target_cues']) - set(m['directive_cues']))})(?:\s|$)",
                                re.IGNORECASE),
        rank_unit=m["rank_unit_en"] if english else m["rank_unit"],
        modifiers=3 if english else 0,
        modifier_stops=frozenset(m["modifier_stops"]),
        not_plural_counts=frozenset(m["not_plural_counts_en"]),
        not_counts=PhraseMatcher((n, n, False) for n in m["not_counts_vi"]),
        count_noun_stops=frozenset(m["count_noun_stops"]),
        comparison=re.compile(rf"(?<!\w)(?:{alternatives(m['comparisons'])})(?!\w)", re.IGNORECASE),
        start=re.compile(rf"(?<!\w)(?:{alternatives(m['start_cues'])})\s*$", re.IGNORECASE),
        same_period=re.compile(rf"(?<!\w)(?:{alternatives(m['same_period'])})\s*$", re.IGNORECASE),
        now=re.compile(rf"(?<!\w){''.join(f'(?<!{re.escape(w)} )' for w in m['now_not_after'])}"
                       rf"(?:{alternatives(m['now_cues'])})(?!\w)", re.IGNORECASE),
        now_opener=re.compile(rf"^\W*(?:{alternatives(m['now_openers'])})(?!\w)", re.IGNORECASE),
        same_as_before=re.compile(rf"(?<![\wÀ-ỹ])(?P<p>{alternatives(list(m['periods_referred']))})(?![\wÀ-ỹ]|\s*(?:[IVX]+\b|\d))", re.IGNORECASE),
        periods_referred={" ".join(k.casefold().split()): v for k, v in m["periods_referred"].items()},
        members=frozenset(w.casefold() for w in m["member_units"]),
        day_events=frozenset(m["day_events"]),
        now_verb=re.compile(rf"(?:^|{_not_after(m['future_modals'] + ['to'])}\s)(?:{alternatives(m['now_verbs'])})(?:\s+(?:{alternatives(m['report_fillers'])})){{0,2}}\s*$",
                            re.IGNORECASE),
        present_perfect=re.compile(rf"(?<!\w)(?:{alternatives(m['present_perfect_en'])})\s+(?:been\s+)?"
                                   rf"(?:[a-z]{{2,}}ed|{alternatives(m['report_past_irregular_en'])})(?!\w)") if english else None,
        now_after=re.compile(rf"^\s*(?:{alternatives(m['now_after'])})(?!\w)", re.IGNORECASE),
        year_earlier=re.compile(rf"^\s*(?:{alternatives(m['year_earlier'])})(?!\w)", re.IGNORECASE),
        count_join=re.compile(rf"^\s*(?:{alternatives(m['count_joins'])})(?:\s+(?:{alternatives(m['report_fillers'])}))?\s*$",
                              re.IGNORECASE),
        limit=re.compile(rf"(?<!\w)(?:{alternatives(m['deadline_limits'])})\s*(?:ngày|năm|tháng|quý)?\s*$", re.IGNORECASE),
        reached=re.compile(rf"(?<!\w)(?:{alternatives(m['reached_markers'])})(?!\w)", re.IGNORECASE),
        reported_cue=re.compile(rf"(?<!\w)(?:{alternatives(m['reported_cues'])})(?!\w)", re.IGNORECASE),
        telling=re.compile(rf"(?<!\w)(?:{alternatives(m['telling'])})(?!\w)", re.IGNORECASE),
        not_measure=re.compile(rf"^\s*(?:{alternatives(m['not_measures'])})(?!\w)", re.IGNORECASE),
        not_measure_before=re.compile(rf"(?<!\w)(?:{alternatives(m['not_measures_before'])})\s*$", re.IGNORECASE),
        hypothetical=re.compile(rf"(?<!\w)(?:{alternatives(m['hypothetical'])})(?!\w)", re.IGNORECASE),
        change_base=re.compile(rf"(?<!\w)(?:{alternatives(m['change_from'])})\s+\S+(?:\s*%|\s+per\s?cent)?\s+"
                               rf"(?:{alternatives(m['change_to'])})\s+(?:(?:{cmp})\s+)?(?:{NUMBER})", re.IGNORECASE),
        scales=frozenset(w.lower() for w in m["scales"]),
        amount_units=frozenset(fold(w) for w in m["indicator_amount_units"]),
        funding=re.compile(rf"(?<!\w)(?:{alternatives(m['funding_words'])})(?!\w)[^,;:.]*$", re.IGNORECASE),
        indicator_head=_words_between(m["indicator_heads"], _NOT_IN_WORD, _NOT_IN_WORD_AFTER),
        indicator_opener=_words_between(m["indicator_openers"], _NOT_IN_WORD, _NOT_IN_WORD_AFTER),
        indicator_link=_words_between(m["indicator_links"], r"(?:^|\s)", r"\s*$"),
        indicator_not_after=_words_between(m["indicator_not_after"], r"^\s*", _NOT_IN_WORD_AFTER),
        indicator_part_of=_words_between(m["indicator_part_of"], r"^\s*", r"\s+(?=\w)"),
        indicator_share_verb=_words_between(m["indicator_share_verbs"], _NOT_IN_WORD, r"\s*$"),
        indicator_share=m["indicator_share"][language],
        indicator_purpose=_words_between(m["indicator_purpose"], r"^\s*", r"\s+(?=\w)"),
        indicator_of_whole=_words_between(m["indicator_of_whole"], r"^\s*", _NOT_IN_WORD_AFTER),
    )


def _not_after(words: list[str]) -> str:
    """Lookbehinds that a match starts after none of these single words ("to have", "will have")."""
    return "".join(rf"(?<!\b{re.escape(w)})" for w in words if " " not in w)


def _english_report_verbs(m: dict) -> str:
    """The English past and present forms that report a count, as more alternatives of a pattern: "|(?!aimed)[a-z]+ed|
    built|(?!plans)[a-z]+s|…"."""
    past, present = alternatives(m["report_past_endings_en"]), alternatives(m["report_present_endings_en"])
    return (rf"|(?!(?:{alternatives(m['report_past_not_en'])})\b)[a-z]{{2,}}(?:{past})"
            rf"|{alternatives(m['report_past_irregular_en'])}"
            rf"|(?!(?:{alternatives(m['report_present_not_en'])})\b)[a-z]{{2,}}[^s\W](?:{present})")


_JOIN_AT_END = re.compile(r"\s+(?:and|và)\s*$")
_NOT_IN_WORD, _NOT_IN_WORD_AFTER = r"(?<![\wÀ-ỹ])", r"(?![\wÀ-ỹ])"


def _rank_value(m: re.Match) -> Decimal:
    return Decimal(m["num"]) if m["num"] else Decimal(lexicon("events")["ordinals"][m["num_word"]])


def _words_between(words: list[str], before: str, after: str) -> re.Pattern:
    """One of the lexicon's words, with what must stand before and after it."""
    return re.compile(rf"{before}(?:{alternatives(words)}){after}", re.IGNORECASE)


def _unit_after(view: SentenceView, pos: int, modifiers: int = 0) -> tuple[str | None, int]:
    """The count noun written at `pos` ("hồ sơ", "thôn, bản"), past a few lower-case modifiers in English
    ("electronic identification accounts": the noun alone is the unit), and where it ends."""
    nouns, not_nouns = _lex().nouns, _lex().not_nouns
    first = view.token_index(pos)
    tokens = view.tokens[first:first + 16]
    if not tokens or tokens[0].start - pos > 1:
        return None, pos
    skip = 0
    hit = nouns.longest(tokens, 0)
    while hit is None and skip < modifiers and skip < len(tokens) and _modifier(tokens[skip]):
        skip += 1
        hit = nouns.longest(tokens, skip)
    if hit is None and modifiers:   # English: any plural noun counts ("6 decrees", "18 universities", "300 representatives")
        skip = next((k for k in range(min(modifiers + 1, len(tokens))) if _plural_noun(tokens[k])), -1)
        if skip < 0 or not all(_modifier(t) for t in tokens[:skip]):
            return None, pos
        hit = (skip + 1, tokens[skip].lower)
    if hit is None or not_nouns.longest(tokens, skip) is not None:
        return None, pos
    pos = tokens[skip].start
    tokens = tokens[skip:]
    j = hit[0] - skip
    end = tokens[j - 1].end
    while j + 1 < len(tokens) and tokens[j].lower in (",", "and", "và"):   # "thôn, bản", "communes, wards and special zones"
        k = j + 1 + (tokens[j + 1].lower in ("and", "và"))
        more = nouns.longest(tokens, k) if k < len(tokens) else None
        if more is None:
            break
        j, end = more[0], tokens[more[0] - 1].end
    return view.text[pos - view.base:end - view.base], end


def _reported_then_joined(words, between: str) -> bool:
    """Whether the words between two counts are the first one's verb and a join: "… 512,000 ID cards had been issued
    and 381,000 accounts activated" (the second count is of the same report)."""
    join = _JOIN_AT_END.search(between)
    return join is not None and bool(words.report.search(between[:join.start()]))


def _modifier(token) -> bool:
    """A lower-case word English writes between a count and its noun: "electronic", "full-process", "level-2"."""
    return (token.text.replace("-", "").isalnum() and token.text[:1].isalpha() and token.text.islower()
            and token.lower not in _lex("en").modifier_stops)


def _plural_noun(token) -> bool:
    """Whether an English word is a plural noun a count may name (lower case, ending in -s, not a word of time or
    scale: "decrees", "universities", not "years", "times")."""
    word = token.text
    return (word.isalpha() and word.islower() and len(word) >= 4 and word.endswith("s") and not word.endswith("ss")
            and word not in _lex("en").not_plural_counts)


def _vietnamese_noun_after(view: SentenceView, pos: int) -> tuple[str | None, int]:
    """The lower-case noun, of one or two words, written right after a count a verb reports ("tích hợp 9 phân hệ")."""
    words = _lex()
    first = view.token_index(pos)
    tokens = view.tokens[first:first + 2]

    def noun_word(k: int) -> bool:
        return (tokens[k].text.isalpha() and tokens[k].text.islower() and words.not_counts.longest(tokens, k) is None
                and tokens[k].lower not in words.scales)

    if not tokens or tokens[0].start - pos > 1 or not noun_word(0):
        return None, pos
    last = tokens[1] if len(tokens) > 1 and noun_word(1) and tokens[1].lower not in words.count_noun_stops else tokens[0]
    return view.text[tokens[0].start - view.base:last.end - view.base], last.end


def _changed_unit(view: SentenceView, start: int, last_unit: str | None, language: str) -> str | None:
    """What a count written as its change counts: the noun "the number of" names in its clause, else (for "the number"
    right before the change) the count the sentence gave before."""
    words = _lex(language)
    clause = re.split(r"[;.]", view.text[:start])[-1]
    named = list(words.number_of.finditer(clause))
    if not named:
        return None
    if not clause[named[-1].end():].strip():
        return last_unit
    return _unit_after(view, view.base + start - len(clause) + named[-1].end(), words.modifiers)[0]


_INDICATORS: dict[int, list[tuple[str, set[str]]]] = {}


def _registry_indicators(ctx: ArticleContext) -> list[tuple[str, set[str]]]:
    key = id(ctx.registry)
    if key not in _INDICATORS:
        _INDICATORS[key] = [(e.id, set(fold(e.label_vi).split())) for e in ctx.registry.entities.values()
                            if isinstance(e, Indicator)]
    return _INDICATORS[key]


def _indicator(ctx: ArticleContext, phrase: str) -> str:
    """The registry's indicator whose name shares most words with the phrase, else a new one named by it."""
    words = set(fold(phrase).split())
    best, score = None, 0.0
    for entity_id, other in _registry_indicators(ctx):
        overlap = len(words & other) / max(1, len(words | other))
        if overlap > score:
            best, score = entity_id, overlap
    if best and score >= 0.5:
        return best
    label = " ".join(phrase.split()[:14]).strip(" ,;:") or "Chỉ tiêu"
    return ctx.mint(Indicator, label[:1].upper() + label[1:])


def _phrase(ctx: ArticleContext, view: SentenceView, start: int, end: int, unit: str) -> str:
    """What a figure measures. The clause before it names it from one of the heads on ("… cho biết tỷ lệ hồ sơ trực
    tuyến đạt 48,5%"); else a count names it by what it counts and the words after it ("4.380 dịch vụ công trực
    tuyến", or those before: "Bộ Tài chính có 30 đơn vị"); else the words after it ("100% xã có Trung tâm …"), else the
    clause before it. The clause before is read past the words that report it and the figures before it, without the
    words that join it to the figure ("Kinh tế số của tỉnh ước chiếm 16,4% GRDP")."""
    words = _lex(ctx.language)
    # to the next clause ("… and raising …"), past an aside right after the figure ("VND 2,400 billion (US$95 million) for …")
    after = re.split(r"[,;.:()]|\sand\s+\w+ing\b", re.sub(r"^\s*\([^()]{0,40}\)", "", view.after(end, 200)))[0]
    before = re.split(r"[,;:()]|\.\s|\d[\d.,]*\s*(?:%|per\s?cent)?", view.before(start, 200))[-1]
    before = words.indicator_opener.split(before)[-1]
    shared = False   # among the words that join it to the figure, a share's verb ("ước chiếm")
    while (link := words.indicator_link.search(before)) is not None:
        shared = shared or bool(words.indicator_share_verb.search(link.group(0)))
        if link.start() == 0:
            break
        before = before[:link.start()]
    before = re.sub(r"^\s*(?:và|còn|and|while)\s+", "", before).strip()
    whole = words.indicator_of_whole.match(after)
    of_whole = " " + whole.group(0).strip() if whole else ""
    if shared and whole and before:   # "kinh tế số chiếm 16,4% GRDP": the digital economy's share of GRDP
        whole_name = re.sub(r"^(?:of\s+(?:the\s+)?)", "", whole.group(0).strip(), flags=re.IGNORECASE)
        what = re.sub(r"^(?:the|its)\s+", "", before, flags=re.IGNORECASE)
        what = what[:1].lower() + what[1:] if what[1:2].islower() else what   # a sentence's capital, not a name's
        return words.indicator_share.format(what=what, whole=whole_name)
    named_after = "" if words.indicator_not_after.match(after) or words.comparison.match(after.strip()) else after.strip()
    heads = list(words.indicator_head.finditer(before))
    noun = " ".join(w for w in unit.split() if w.lower() not in words.scales)   # "triệu thẻ": what is counted, "thẻ"
    amount = fold(noun) in words.amount_units
    counted = unit not in ("%", words.rank_unit) and not amount and not noun[:1].isupper()
    part_of = None if whole else words.indicator_part_of.match(after)
    if part_of and not counted:
        phrase = after[part_of.end():]
    elif amount and words.indicator_purpose.match(after):
        phrase = after
    elif heads:
        phrase = before[heads[-1].start():] + of_whole
    elif counted:
        phrase = f"{noun} {named_after or before}"
    elif len(named_after.split()) >= 2:
        phrase = named_after
    else:
        phrase = before + of_whole if before else after
    phrase = _TRAILING_TIME.sub("", " ".join(phrase.split()[:14]))   # "… for digital infrastructure in 2025": its period
    return phrase


def _period(ctx: ArticleContext, view: SentenceView, start: int, end: int, ranked: bool = False, members: bool = False):
    """A figure's period: a date written right after it in its clause ("20% GDP vào năm 2025"), else the nearest
    before it, else the first after it in its clause (English writes it after: "95 percent … online by 2027"), else
    the period in focus. A document's date is never a figure's period; a date the sentence gives as the one its
    figures stand at ("Tính đến ngày 15/3/2025, …") is theirs; a rank's is the index's year written after it in its
    clause ("…, đứng thứ 44/133 trong Chỉ số GII năm 2025"), not the day it was told."""
    comparison = _lex(ctx.language).comparison

    # a figure that is itself the base of a comparison has its own date after it ("up from 43 percent in 2024")
    compared = bool(comparison.search(view.before(start, 16)))

    def usable(dates):   # not a document's date, nor the base a figure is compared with ("so với cùng kỳ năm 2023"),
        # nor the day something began
        return [d for d in dates if not document_date(view, d.start) and not _begins(ctx, view, d)
                and not any(s.kind == "programme" and s.start <= d.start < s.end for s in view.spans)   # "Kế hoạch năm 2023"
                and (not comparison.search(view.before(d.start, 24).split(";")[-1]) or compared and d.start >= end)]

    if _lex(ctx.language).year_earlier.match(view.after(end, 30)):
        # (the same months of the year before: "61.4 percent in the first seven months, against 48 percent a year earlier")
        base = next((d for d in reversed(usable(view.dates_before(start))) if d.kind == "year" or d.span or d.as_of), None)
        if base is not None:
            return in_year(base, base.value.year - 1)
    as_of = [d for d in usable(view.dates_before(start)) if d.as_of]
    # (Vietnamese writes the words before the figure's clause, English after the figure: "71.6 percent … in the quarter")
    words = _lex(ctx.language)
    referred = None if compared else words.same_as_before.search(
        re.split(r"[,;.]", view.after(end, 60))[0] if ctx.language == "en" else view.before(start, 120).split(";")[-1])
    kind = words.periods_referred[" ".join(referred["p"].casefold().split())] if referred else None
    if kind in ctx.last_of_kind and not usable(view.dates_before(start)):
        return ctx.last_of_kind[kind]   # "Trong tháng, Trung tâm số hóa 18.920 hồ sơ" after "trong tháng 10": October's
    if not as_of and _stands_now(ctx, view, start, end):
        return None   # "đến nay", "up to now": the figure stands at the time the article reports it
    # in its own clause, with no other figure nor an aside's opening between ("42 percent, up from 17 percent at the end
    # of 2023", "đạt 42% (cuối năm 2023 là 17%)": 2023 is the 17's)
    # … or figures listed together before the date they share ("30 percent of A and 30 percent of B by the end of 2025")
    after = [d for d in usable(view.dates_from(end)) if ";" not in (between := view.between(end, d.start))
             and not _lex(ctx.language).telling.search(between)
             and (not _FIGURE.search(between) or not comparison.search(between))
             and between.count("(") <= between.count(")")]
    # … not a deadline that opens the next clause joined to this one ("số hóa 100% hồ sơ và đến năm 2026 giữ vững …")
    soon = [d for d in after if d.start - end <= 30 and not (_JOINED.search(view.between(end, d.start))
                                                           and _lex(ctx.language).limit.search(view.before(d.start, 24)))]
    before = usable(view.dates_before(start))
    right_before = [d for d in before if not view.between(d.end, start).strip(" ,")]   # "by the end of 2025, 100 percent"
    # (a rank's edition: the year written after it in its clause, else after the index's name before it: "In the Digital
    # Transformation Index (DTI) 2024, released … in August, Yen Bai ranked 12th")
    edition = ([d for d in after if d.kind == "year"] or [d for d in before if d.kind == "year" and
                                                          _lex(ctx.language).edition.search(view.before(d.start, 16))]
               ) if ranked else []
    # a deadline later in its clause, finer than the year that opens the sentence or with none in the clause before: "Năm
    # 2026, … 100% xã hoàn thành … trước ngày 30/6/2026", "…trước ngày 15/12; số hóa tối thiểu 90% … trước ngày 31/12"
    in_clause = [d for d in before if ";" not in view.between(d.end, start)]
    finer = [d for d in after if d.deadline and d.kind == "day" and not _FIGURE.search(view.between(end, d.start))
             and (not in_clause or in_clause[-1].kind == "year" and in_clause[-1].value.year == d.value.year)]
    order = ((as_of, edition, soon, right_before, after, before[::-1]) if ctx.language == "en"
             else (as_of, edition, soon, finer, before[::-1], after))
    chosen = next((dates[0] for dates in order if dates), None)
    if chosen is None and members:   # "Quyết định số … ngày 5/8/2025 …, gồm 23 thành viên": as the decision made it
        chosen = next((d for d in reversed(view.dates_before(start)) if d.kind == "day" and document_date(view, d.start)), None)
    if chosen is not None and chosen.kind == "year" and _lex(ctx.language).same_period.search(view.before(chosen.start, 24)):
        return _same_period(ctx, before, chosen.value.year) or chosen
    if chosen is None and ctx.period is not None and ctx.period.kind == "year" and not ctx.period.deadline \
            and ctx.period.value.year == ctx.published.year and not ctx.targets_listed:
        # a year still running, carried from a sentence before: the figure stands at the article's time (not an item of a
        # list of that year's targets: "Kế hoạch … năm 2025, với các chỉ tiêu chủ yếu sau: 1. …")
        return None
    if chosen is None and ctx.period is not None and any(
            _begins(ctx, view, d) and d.value > ctx.period.value and ")" not in view.between(d.end, start)
            for d in view.dates_before(start)):
        return None   # "Từ ngày 1-7-2025, … 166/166 xã đã tiếp nhận …" after the first half's figures: of the time since
    if chosen is None and ctx.period is not None and not ctx.period.as_of and words.present_perfect is not None \
            and words.present_perfect.search(
            _CLAUSE.split(view.before(start, 120))[-1] + view.after(end, 40).split(",")[0]):
        # "In the first ten months, 68.2 percent …. All 95 communes have been connected …": now (not after "as of …")
        return None
    return chosen or ctx.period


def _edition(ctx: ArticleContext, view: SentenceView, date) -> bool:
    """Whether a year names an index's edition: "DTI 2024", "the 2023 Public Administration Reform Index"."""
    words = _lex(ctx.language)
    return date.kind == "year" and bool(words.edition.search(view.before(date.start, 16))
                                        or words.edition_named.match(view.text, date.end - view.base))


def _begins(ctx: ArticleContext, view: SentenceView, date) -> bool:
    """Whether a date is when something began, already past ("Từ ngày 1/7, …"; "Từ năm 2026, tỉnh bảo đảm chi …" ahead
    is a target's period, and so is the year still running: "ngay từ năm 2025 bố trí …")."""
    return date.value <= ctx.published and bool(_lex(ctx.language).start.search(view.before(date.start, 16)))


def _same_period(ctx: ArticleContext, before, year: int):
    """The months of `year` matching those the figures stand at: the day they are counted to, the months reviewed."""
    def reviewed(d) -> bool:
        return not d.deadline and (d.as_of or d.span or d.kind in ("month", "quarter"))
    reference = next((d for d in reversed(before) if reviewed(d)), None) or (ctx.period if ctx.period and reviewed(ctx.period) else None)
    return in_year(reference, year) if reference is not None and reference.value.year > year else None


def _festival_day(ctx: ArticleContext) -> DateMention | None:
    """The day of the festival or ceremony the text is telling, in the month the article appeared: its visitors, booths and
    awards are counted that day ("Ngày hội thu hút 6.500 lượt khách")."""
    event = ctx.current_event
    if event is None or event.kind not in _lex(ctx.language).day_events or not event.dates:
        return None
    day = event.dates[0][0]
    return DateMention(0, 0, "", "day", day, day.isoformat(), False) if (day.year, day.month) == (
        ctx.published.year, ctx.published.month) else None


def _stands_now(ctx: ArticleContext, view: SentenceView, start: int, end: int) -> bool:
    """Whether words of the present date the figure to the time of the article ("đến nay", "hiện có", "now connects")."""
    words = _lex(ctx.language)
    return bool(words.now.search(_CLAUSE.split(view.before(start, 80))[-1]) or _opens_now(ctx, view, start)
                or words.now_verb.search(view.before(start, 40)) or words.now_after.match(view.after(end, 30)))


def _opens_now(ctx: ArticleContext, view: SentenceView, start: int) -> bool:
    """Whether the figure's clause opens with a word of the present ("Hiện toàn tỉnh có …"): a word that elsewhere
    is part of another ("thực hiện") counts only there."""
    before = view.before(start, 200)
    if ";" not in before and start - 200 < view.sentence.start:
        return bool(_lex(ctx.language).now_opener.match(before))
    return ";" in before and bool(_lex(ctx.language).now_opener.match(before.rsplit(";", 1)[-1]))


def _add(ctx: ArticleContext, view: SentenceView, start: int, end: int, *, value: Decimal, unit: str,
         upper: Decimal | None = None, total: Decimal | None = None, comparator: str = "=") -> bool:
    """A figure: a target when its period lies ahead of the article (or a target's words give it a deadline),
    else a figure reported for its period; none for a vote, an age or how a meeting was held. Whether one was added."""
    words = _lex(ctx.language)
    if words.not_measure.match(view.after(end, 40)) or words.not_measure_before.search(view.before(start, 40)):
        return False
    if words.hypothetical.search(re.split(r"[;,:.]", view.before(start, 80))[-1]):
        return False   # "chuyển đổi số có thể giúp tăng năng suất lao động từ 30 đến 40%": what could be, not a figure
    period = _period(ctx, view, start, end, ranked=unit == words.rank_unit, members=unit.casefold() in words.members)
    # the figure a change starts from stands now, whatever the change is set for
    reported = _reported_after_target(ctx, view, start) or _change_base(ctx, view, start)
    # an item of a list of targets ("Năm 2026, tỉnh phấn đấu:" then "- 100% xã …"): a target, whatever its period
    listed = ctx.targets_listed is not None and bool(_LISTED.match(view.sentence.text)) and not reported
    if not listed and (reported or _reached(ctx, view, start, period)):
        period = None   # "… ước đạt 15.000 tỷ đồng" after a sentence of next year's targets: a figure of now
    target = listed or not reported and _is_target(ctx, view, start, period)
    indicator = _indicator(ctx, _phrase(ctx, view, start, end, unit))
    area = view.place
    common = {"indicator": indicator, "value": value, "upper": upper, "total": total, "unit": unit, "comparator": comparator, "area": area}
    event = ctx.current_event.key if ctx.current_event else None
    if target:
        ctx.add(Target, view, "target", "tg", due=period.value if period else None, due_text=period.text if period else None,
                period=period.period if period else None, set_by=ctx.leader, set_in=event or ctx.current_doc, **common)
    else:
        # a figure the text gives no time for stands at the past year the headline reviews, or the day of the festival
        # the text tells, else at the month the article reports it in
        period = period or (None if _stands_now(ctx, view, start, end) else ctx.reviewed or _festival_day(ctx))
        ctx.add(IndicatorValue, view, "reported", "r", period=period.period if period else f"{ctx.published:%Y-%m}",
                period_end=period.value if period else month_end(ctx.published), reported_in=event, **common)
    return True


def _reported_after_target(ctx: ArticleContext, view: SentenceView, start: int) -> bool:
    """Whether words that report a figure reached stand between the sentence's last target word and the figure."""
    words = _lex(ctx.language)
    before = view.before(start, 200)
    cues = list(words.targets.finditer(before))
    return bool(cues) and bool(words.reported_cue.search(before, cues[-1].end()))


def _change_base(ctx: ArticleContext, view: SentenceView, start: int) -> bool:
    m = _lex(ctx.language).change_base.search(view.text, max(0, start - view.base - 8))
    return m is not None and m.start() <= start - view.base + 4


def _reached(ctx: ArticleContext, view: SentenceView, start: int, period) -> bool:
    """Whether a figure a verb reports ("đạt", "ước đạt") stands at a period ahead that only an earlier sentence gave,
    with no target's word in its clause: the period is not its own."""
    words = _lex(ctx.language)
    carried = period is not None and not view.sentence.start <= period.start < view.sentence.end
    clause = view.before(start, 300).rsplit(";", 1)[-1] + view.after(start, 40).split(";")[0]
    listed = bool(_LISTED.match(view.sentence.text))   # an item of a list of targets ("1. … đạt tối thiểu 80%")
    return (carried and not listed and period.first_day > ctx.published and bool(words.report.search(view.before(start, 30)))
            and not words.targets.search(clause))


def _is_target(ctx: ArticleContext, view: SentenceView, start: int, period) -> bool:
    targets = _lex(ctx.language).targets if period is not None else _lex(ctx.language).firm_targets
    if period is not None and period.first_day > ctx.published:
        return True   # a period that has not begun when the article appears
    before = view.before(start, 300)
    clause = before.rsplit(";", 1)[-1]
    # (or, for an item of a list, the deadline its heading gave: "Nhiệm vụ đến hết năm 2025: a) … tối thiểu 70%")
    headed = period is ctx.period and period is not None and period.deadline and bool(_LISTED.match(view.sentence.text))
    in_sentence = period is not None and (view.sentence.start <= period.start < view.sentence.end or headed)
    # a deadline ahead, or one the article writes after its day with a word that sets the figure ("phấn đấu đến hết năm
    # 2024 …"); without one, a past deadline reports what was reached ("Đến hết năm 2024, tỷ lệ … đạt 56%")
    ahead = in_sentence and (period.value > ctx.published
                             or period.deadline and bool(_lex(ctx.language).firm_targets.search(clause)))
    # the cue of a clause, or of the list the clause is an item of ("Kế hoạch đặt mục tiêu năm 2026: …; …"), or of a
    # sentence whose figure has a deadline ahead ("phấn đấu …; đến hết năm 2024, 100% …")
    following = _lex(ctx.language).comparison.split(view.after(start, 40).split(";")[0])[0]   # not "… so với chỉ tiêu"
    # a deadline still ahead ("đến hết năm 2025 có 40 triệu tài khoản …"), unless the clause says the figure is reached
    words = _lex(ctx.language)
    by_deadline = (ahead and not period.as_of and bool(words.limit.search(view.before(period.start, 24)))
                   and not words.reached.search(re.split(r"[;,:]", before)[-1]))
    cue = (by_deadline or targets.search(clause) or targets.search(following)
           or ":" in before and targets.search(before.rsplit(":", 1)[0]) or ahead and targets.search(before)
           or ahead and words.modal.search(re.split(r"[;,:]", before)[-1])   # "the city would allocate … in 2026"
           or ahead and words.modal.search(re.split(r"[;,:]", view.after(start, 80))[0]))   # "95 per cent … should be"
    # "Viettel sẽ trang bị 60 thiết bị", "the group will invest VND 2 trillion": what is to come, with no time given
    promised = period is None and bool(words.future.search(view.before(start, 40)))
    return bool(cue) and (period is None or ahead) or promised


_ROUNDING = Decimal("0.05")   # how far a headline may round a body's figure


def _unscaled(fact) -> tuple[Decimal, str]:
    """A figure's value and unit without the scale word its unit opens with ("41 nghìn hồ sơ": 41000 "hồ sơ")."""
    scale, _, rest = fact.unit.partition(" ")
    factor = lexicon("measures")["scales"].get(scale)
    return (fact.value * Decimal(factor), rest) if factor and rest else (fact.value, fact.unit)


def without_headline_repeats(facts: list, headlines: list[tuple[int, int]]) -> list:
    """The facts less the figures a headline repeats from the body: "Kinh tế số ước đóng góp khoảng 21% GRDP" over
    a body that gives the 21% with its period is one figure, not a second one of the month the page appeared."""
    def in_headline(fact) -> bool:
        return all(any(a <= e.start and e.end <= b for a, b in headlines) for e in fact.evidence)

    measures = [f for f in facts if isinstance(f, (IndicatorValue, Target))]
    in_body = [_unscaled(f) for f in measures if not in_headline(f)]

    def repeated(f) -> bool:   # the same figure, or the body's rounded ("hơn 312.000 hồ sơ", "hơn 41 nghìn hồ sơ" over 41.236)
        figure, counted = _unscaled(f)
        return any(unit == counted and abs(value - figure) <= _ROUNDING * abs(value) for value, unit in in_body)
    return [f for f in facts if not (isinstance(f, (IndicatorValue, Target)) and in_headline(f) and repeated(f))]


def targets_near(ctx: ArticleContext, view: SentenceView, start: int) -> bool:
    return bool(_lex(ctx.language).targets.search(view.before(start, 60)))


def extract_measures(ctx: ArticleContext, view: SentenceView) -> None:
    view.place = next((s.value for s in view.spans if s.kind == "place"), None)
    words = _lex(ctx.language)
    if ctx.period is not None and ctx.period.kind == "year" and not (ctx.period.as_of or ctx.period.deadline or ctx.period.span) \
            and ctx.opens_paragraph(view.sentence.start) and not _LISTED.match(view.sentence.text) \
            and not words.ranking.search(view.text):
        # a past year a paragraph opened with ("Năm 2024, tỉnh dẫn đầu …") is not the next one's, unless it ranks by the
        # same index ("Theo bảng xếp hạng …, Hà Nội xếp thứ 2/63")
        ctx.period = None
    if view.sentence.block_kind == TITLE and ctx.reviewed is None:   # the past year a headline names (in figures)
        ctx.reviewed = next((d for d in view.dates if d.kind == "year" and not d.deadline and d.value.year < ctx.published.year
                             and any(c.isdigit() for c in d.text)), None)
    if not _LISTED.match(view.sentence.text):
        # a sentence that opens a list with a target's words ("Theo Kế hoạch, năm 2026 tỉnh phấn đấu:"), or a plan's
        # heading that does ("II. CHỈ TIÊU NĂM 2024"), makes its items targets; any other sentence closes such a list
        header = view.sentence.text.rstrip()
        opens = (header.endswith(":") or view.sentence.block_kind == HEADING) and bool(words.targets.search(header.rstrip(":")))
        ctx.targets_listed = True if opens else None
    comparators = words.comparators
    text, base = view.text, view.base
    taken = Coverage(len(text))
    for s in view.spans:
        if s.kind in ("doc", "event", "programme"):
            taken.take(s.start - base, s.end - base)
    for d in view.dates:
        taken.take(d.start - base, d.end - base)

    def claim(m) -> bool:
        if not taken.free(*m.span("num" if m["num"] is not None else "num_word")):
            return False
        taken.take(m.start(), m.end())
        return True

    for m in words.rank.finditer(text):
        if ctx.language == "en" and not m["total"] and not words.ranking.search(text):
            continue   # "the 16th National Assembly", "its 14th Congress": an ordinal, no rank
        if claim(m):
            _add(ctx, view, base + m.start(), base + m.end(), value=_rank_value(m), unit=words.rank_unit,
                 total=Decimal(m["total"]) if m["total"] else None)
    for m in words.rank_group.finditer(text):
        if claim(m):
            _add(ctx, view, base + m.start(), base + m.end(), value=Decimal(m["num"]), unit=words.rank_unit)
    for m in words.percent.finditer(text):
        if claim(m):
            _add(ctx, view, base + m.start(), base + m.end(), value=parse_number(m["num"], ctx.language), unit="%",
                 upper=parse_number(m["upper"], ctx.language) if m["upper"] else None,
                 comparator=comparators.get((m["cmp"] or "").lower(), "="),)
    for m in words.fraction.finditer(text):
        unit, end = _unit_after(view, base + m.end(), words.modifiers)   # ("2,946 of the 3,321 new commune-level units")
        if unit and claim(m):
            _add(ctx, view, base + m.start(), end, value=parse_number(m["num"], ctx.language),
                 total=parse_number(m["total"], ctx.language), unit=unit)
    last_count, last_unit = -1, None   # where the last count taken ends (a count joined to it is of the same report), its unit
    last_noun: str | None = None   # … and what it counts, without its scale
    last_value: Decimal | None = None   # … and how many
    for m in words.count.finditer(text):
        if not taken.free(m.start("num"), m.end("num")):
            continue
        unit, end = _unit_after(view, base + m.end(), words.modifiers)
        if unit is None and m["cur"]:   # "VND 420 billion"
            unit, end = words.currencies.get(m["cur"].upper(), m["cur"]), base + m.end()
        lead = text[max(0, m.start() - 30):m.start()]
        if unit is None and ctx.language == "vi" and not m["cur"] and words.report.search(lead):
            unit, end = _vietnamese_noun_after(view, base + m.end())
        part = last_noun is not None and bool(words.part_of.search(lead))
        if part and last_noun is not None and (unit is None or last_noun.endswith(unit)):
            unit, end = last_noun, end if unit else base + m.end("num")   # "…, of which 736 were full-process services"
        if unit is None:
            continue
        # "246 dịch vụ công trực tuyến, trong đó 112 dịch vụ toàn trình": a part of the count before, in its noun
        whole = last_value if part and last_noun is not None and unit.split()[0] == last_noun.split()[0] else None
        among = [w for w in words.whole_of.finditer(text, 0, m.start()) if w.end() <= m.start("num")
                 and w["noun"].lower() == unit.split()[0].lower()]   # "Trong số 64 nhiệm vụ …, đã hoàn thành 41 nhiệm vụ"
        whole = whole if whole is not None or not among else parse_number(among[-1]["n"], ctx.language)
        if whole is None and words.all_of.search(lead):
            whole = parse_number(m["num"], ctx.language)
        if m["cur"] and 0 <= last_count <= m.start() and text[last_count:m.start()].strip() == "(":
            continue   # "VND 4.6 trillion (US$175 million)": the same amount in another currency
        between = text[last_count:m.start()] if 0 <= last_count <= m.start() else None
        joined = between is not None and bool(words.count_join.match(between) or _LISTED_AFTER.match(between)
                                              or _reported_then_joined(words, between))
        funded = fold(unit.split()[-1]) in words.amount_units and bool(words.funding.search(text[max(0, m.start() - 60):m.start()]))
        if not (m["cmp"] or m["cur"] or joined or funded or words.report.search(lead) or words.future.search(lead)
                or words.all_of.search(lead) or words.reported_after.match(view.after(end, 30))
                or targets_near(ctx, view, base + m.start())):
            continue
        taken.take(m.start(), m.end())
        written = f"{m['scale']} {unit}" if m["scale"] else unit
        value = parse_number(m["num"], ctx.language)
        if _add(ctx, view, base + m.start(), end, value=value, unit=written, total=whole,
                comparator=comparators.get((m["cmp"] or "").lower(), "="),):
            last_count, last_unit, last_noun, last_value = end - base, written, unit, value
    for m in words.change.finditer(text):   # "reduced the number of its units from 42 to 25", "bring the number to 70"
        unit = _changed_unit(view, m.start(), last_unit, ctx.language)
        if unit and claim(m):   # ("… to 70 million": in millions of what the number counts)
            unit = f"{m['scale'].lower()} {unit}" if m["scale"] else unit
            _add(ctx, view, base + m.start("num"), base + m.end(), value=parse_number(m["num"], ctx.language), unit=unit)

    for d in view.dates:   # (the month, quarter, … "trong tháng", "in the quarter" refer to)
        if not document_date(view, d.start) and d.value <= ctx.published and not words.comparison.search(view.before(d.start, 40)):
            ctx.last_of_kind[d.kind] = d
    # the period the next sentences' figures stand at, unless they say otherwise (a day before a year): not the base of a
    # comparison ("so với năm 2023"), nor a period yet to come ("Năm 2025, tỉnh phấn đấu …")
    # (a deadline already past when the article appears is the time its figures stand at: "đến hết tháng 9/2025, …")
    later = [d for d in view.dates[-8:] if (not d.deadline or d.value <= ctx.published) and not document_date(view, d.start)
             and not words.comparison.search(view.before(d.start, 40)) and not _begins(ctx, view, d)]
    # a deadline ahead that opens a list ("Nhiệm vụ trọng tâm đến hết năm 2025: a) … đạt tối thiểu 70%") is its items'
    ahead = [d for d in view.dates if d.deadline and d.value > ctx.published and not document_date(view, d.start)]
    # (… or a sentence of what must be reached by then: "The resolution lists what the country must reach by 2030.")
    if ahead and (view.text.rstrip().endswith(":") or words.firm_targets.search(view.text) and not view.dates[-1].value <= ctx.published):
        ctx.period, ctx.period_read = ahead[-1], ctx.read
    elif later and view.sentence.block_kind != TITLE:
        # (the months a review covers before the day it was held: "Ngày 9/7, … sơ kết 6 tháng đầu năm 2025")
        # (the day figures are counted to before the day they were told: "công bố ngày 5/12, … tính đến hết tháng 11")
        # (the edition of an index the figures are of: "led the 2023 Public Administration Reform Index …, announced on April 17")
        ctx.period = max(later, key=lambda d: (5 if _edition(ctx, view, d) else 4 if d.as_of else 3 if d.span else
                                               {"day": 2, "month": 1, "quarter": 1}.get(d.kind, 0), d.start))
        ctx.period_read = ctx.read
    elif ctx.period is not None and not ctx.period.as_of and ctx.read - ctx.period_read > (0 if ctx.period.deadline else 1) \
            and (ctx.period.kind == "day" or ctx.period.deadline) and not (ctx.period.deadline and _LISTED.match(view.sentence.text)):
        ctx.period = None   # the day of an event, or a deadline past, stands for the figures of the sentence after it only

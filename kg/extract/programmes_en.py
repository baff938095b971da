"""Programmes English news names by a head word rather than a registry name:

    Binh Duong Smart City Project                                   the words before the head, capitalised or a place
    the Government's action programme to implement Resolution 57   the owner's possessive, and a complement that ends
    the national strategy on the digital economy … to 2030, with a vision to 2050      at a year, a period, a document
    Ha Noi's 2025 plan for Project 06                                               or a body, else at the first stop

A head alone ("the plan"), a plural ("plans") and a verb ("the city plans to …") name none. The heads are the English
labels of the programme types in `ontology/vocab.ttl`; the words around them are data: `seeds/lexicon/documents.yaml`.
"""

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.context import DOC, ORG, PLACE, PROGRAMME, ArticleContext, SentenceView, Span
from kg.extract.lexicon import alternatives, lexicon, vocabulary
from kg.model import Programme
from kg.text.blocks import HEADING, TITLE

_YEAR = re.compile(r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?$")   # a word that is a year or a period
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_TOKEN = re.compile(r"\([A-Za-z][\w-]{1,12}\)|[^\s,;:()]+|[,;:()]")


@dataclass(frozen=True)
class _Words:
    head: re.Pattern              # a head word, singular, not part of a longer word
    types: dict[str, str]         # a head (lower case) → its programme type
    determiners: frozenset[str]   # words before a name that are not part of it ("the", "its")
    complements: frozenset[str]   # words that open the rest of a name after its head ("on", "for", "to")
    stops: frozenset[str]         # words a name never runs past ("is", "which", "approved")
    soft_stops: frozenset[str]    # … nor these, unless a year follows them ("in 2026")
    destinations: frozenset[str]  # words that, before "the", end a name: "… to the Prime Minister"
    reach_past_soft: int          # how many words past one of those a year may still end the name
    joins: frozenset[str]         # … and these only when a year, period or named body ends it later ("… and digital
                                  # society to 2030")
    continuation: re.Pattern      # after a comma, words that continue a name: ", with a vision to 2050"
    abbreviations: frozenset[str]  # words that end with a full stop inside a sentence ("No.")
    variants: tuple[re.Pattern, ...]   # what a name may drop to be the registry's: "No.", a number's code
    max_before: int
    owned: re.Pattern             # words of a name that say whose programme it is ("national", "Government")


@cache
def _words() -> _Words:
    lex = lexicon("documents")
    types = {label.lower(): slug for label, slug in vocabulary().programme_types_en.items()}
    return _Words(
        head=re.compile(rf"(?<![\w-])(?:{alternatives(types)})(?![\w-])(?!\s+(?:No\.?\s*)?\d)", re.IGNORECASE),
        types=types,
        determiners=frozenset(lex["programme_determiners_en"]),
        complements=frozenset(lex["programme_complements_en"]),
        stops=frozenset(lex["programme_stops_en"]),
        soft_stops=frozenset(lex["programme_soft_stops_en"]),
        joins=frozenset(lex["programme_joins_en"]),
        destinations=frozenset(lex["programme_destinations_en"]),
        reach_past_soft=int(lex["programme_reach_past_soft_en"]),
        continuation=re.compile(rf"\s*(?:{alternatives(lex['programme_continuations'])})(?!\w)", re.IGNORECASE),
        abbreviations=frozenset(w.lower() for w in lexicon("sentences")["abbreviations"]),
        variants=tuple(re.compile(v) for v in lex["programme_name_variants_en"]),
        max_before=int(lex["programme_words_before_en"]),
        owned=re.compile(rf"(?<!\w)(?:{alternatives(lex['programme_owner_words'])})(?!\w)", re.IGNORECASE),
    )


def english_programmes(ctx: ArticleContext, view: SentenceView, found: list[Span]) -> list[Span]:
    """The sentence's programmes named by a head word, besides those `found` already covers."""
    out: list[Span] = []
    if view.sentence.block_kind in (TITLE, HEADING):
        return out   # a headline's verbs are capitalised too: "Ministry Unveils AI Strategy"
    taken = [(s.start, s.end) for s in found]
    for m in _words().head.finditer(view.text):
        head_start, head_end = view.base + m.start(), view.base + m.end()
        if any(a <= head_start < b for a, b in taken) or view.span_covering(head_start) is not None:
            continue
        opening = _start(view, head_start)
        if opening is None:
            continue   # "the province's plan for 2025": a plan the text describes by whose it is, not by its name
        start, capitalised = opening
        end = _end(view, head_end, lowercase_ok=capitalised or m.group(0)[:1].isupper())
        if end is None and not capitalised:
            continue   # "the plan", "the Government's action programme": no name
        end = end or head_end
        name = view.text[start - view.base:end - view.base].strip()
        owned = _of_the_province(ctx, name) if name[:1].islower() else None
        programme = _registered(ctx, name) or ctx.mint(
            Programme, owned or name, ptype=_words().types[m.group(0).lower()], label_en=owned or name, alt=[name])
        out.append(Span(start, end, PROGRAMME, programme, name))
        taken.append((start, end))
    return out


def _of_the_province(ctx: ArticleContext, name: str) -> str | None:
    """A year's plan named with no owner in an article about one province ("the digital transformation plan for
    2026-2030" in an article on Quang Tri): the province's, named so ("Quang Tri digital transformation plan for …")."""
    place = ctx.province_in_focus()
    if place is None or not place.label_en or not _ANY_YEAR.search(name) or _words().owned.search(name):
        return None
    return f"{place.label_en} {name}"


def _registered(ctx: ArticleContext, name: str) -> str | None:
    """The programme known by this name or by a form of it the registry may hold (`programme_name_variants_en`)."""
    found = ctx.lookup(name, "programmes")
    for variant in _words().variants:
        name = variant.sub("", name)
        found = found or ctx.lookup(name, "programmes")
    return found


def _start(view: SentenceView, head: int) -> tuple[int, bool] | None:
    """Where a name opens before its head, and whether a capitalised word or a named body is among the words before it:
    back over modifiers ("national data", "2025", "medium-term public investment") and an owner ("Ha Noi's", "Quang
    Tri", "the Government's") to a determiner, a preposition or a stop. None for an owner written as a common noun."""
    words = _words()
    start, capitalised = head, False
    spans = {s.end: s for s in view.spans_before(head, 200) if s.kind in (ORG, PLACE) and s.text[:1].isupper()}
    for _ in range(words.max_before):
        rest = view.text[:start - view.base].rstrip()
        owner = re.search(r"(?:'s|’s)$", rest)
        body = spans.get(view.base + len(rest) - (2 if owner else 0))
        if body is not None:   # "Ha Noi's 2025 plan", "Binh Duong Smart City Project" (not "the Government's action
            return body.start, capitalised or not owner   # programme" alone)
        m = re.search(r"[\w'’-]+$", rest)
        if m is None:
            break
        word = m.group(0)
        bare = re.sub(r"(?:'s|’s)$", "", word)
        if bare.lower() in words.determiners or bare.lower() in words.stops \
                or not (bare.isalpha() or _YEAR.match(bare) or "-" in bare):
            break
        if word != bare:   # an owner's possessive opens the name: a body's ("the Government's"), not a common noun's
            return (view.base + m.start(), capitalised) if bare[:1].isupper() else None
        start = view.base + m.start()
        capitalised = capitalised or word[:1].isupper() and start > view.sentence.start
    return start, capitalised


def _end(view: SentenceView, head_end: int, lowercase_ok: bool) -> int | None:
    """Where the rest of a name after its head ends ("on …", "for …", "to …"): at the last year, period, document or
    named body before a stop (past "and" or a preposition only a year or period a few words on: "… and digital society
    to 2030", "… into a Smart City to 2030"), else before the first of those; None when no complement follows. A
    preposition before "the" ends it ("… to the Prime Minister"). A name with no capitalised word but its owner's ends
    only at such a year, period, document or body (`lowercase_ok` false): "the national strategy on the digital
    economy", "the Government's scheme on population data" are descriptions."""
    words = _words()
    spans = {s.start: s for s in view.spans_from(head_end, 300)
             if s.kind in (ORG, PLACE, DOC, PROGRAMME) and (s.kind == DOC or s.text[:1].isupper())}   # not "the ministry"
    tokens = list(_TOKEN.finditer(view.text, head_end - view.base))
    if not tokens or tokens[0].group(0).lower() not in words.complements:
        return None
    natural = soft = None
    last, skip = view.base + tokens[0].end(), 0
    for k, t in enumerate(tokens[1:], 1):
        pos, word = view.base + t.start(), t.group(0)
        if pos < skip:
            continue
        if pos in spans:   # a document, body or place the name is of ("to implement Resolution No. 57-NQ/TW")
            last = skip = spans[pos].end
            natural = last if soft is None else natural
            continue
        closes = word.endswith(".") and word.lower() not in words.abbreviations
        word = word.rstrip(".") if closes else word
        lower = word.lower()
        next_word = tokens[k + 1].group(0).rstrip(".") if k + 1 < len(tokens) else ""
        following = next_word.lower()
        if word == ",":
            going_on = words.continuation.match(view.text, t.end())
            if going_on is None:
                break
            skip, soft = view.base + going_on.end(), None   # ", with a vision to 2050": its year ends the name
            continue
        if word in (";", ":", "(", ")") or lower in words.stops \
                or lower in words.destinations and following in words.determiners \
                or lower in words.joins and (following in words.complements or following in words.soft_stops
                                             or following in words.determiners):
            break
        if (lower in words.soft_stops or lower in words.joins and not next_word[:1].isupper()) and soft is None:
            soft = (k, pos)   # (not "… on Digital Economy and Digital Society")
        last = pos + len(word)
        if (_YEAR.match(word) or word.startswith("(")) and (soft is None or k - soft[0] <= words.reach_past_soft):
            natural = last
        if closes:
            break
    if natural is not None:
        return natural
    if not lowercase_ok:
        return None
    end = soft[1] if soft is not None else last
    return end if len(view.text[head_end - view.base:end - view.base].split()) >= 3 else None

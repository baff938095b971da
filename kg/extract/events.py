"""Meetings, conferences and ceremonies: which, when, where, whose, chaired by whom.

    Ngày 25 tháng 02 năm 2023, tại Trụ sở Chính phủ, … Phạm Minh Chính, Chủ tịch … đã chủ trì Phiên họp thứ năm
    của Ủy ban Quốc gia về chuyển đổi số …            date, place, chair (after his posts), session, body
    Uỷ ban nhân dân tỉnh Nghệ An tổ chức Hội nghị sơ kết 18 tháng …   the body that holds it, its name
    Prime Minister Pham Minh Chinh chaired the third meeting of the National Committee … on August 8

An event is one thing however often the article names it: a bare "Hội nghị", "phiên họp" is the one in
focus; the same body and session, or body and date, is the same event; an event of the registry is linked
(same body and session, same body and date, or the same name). Its id comes from its body and session
number, else its body and date, so ids of different bodies' "first meetings" never collide.
The words are data: `seeds/lexicon/events.yaml`.
"""

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from kg.extract.context import EVENT, ORG, PERSON, PLACE, RANK, TITLE, WINDOW, ArticleContext, EventRecord, SentenceView, Span, content_id
from kg.extract.documents import document_date
from kg.extract.lexicon import alternatives, lexicon, vocabulary
from kg.extract.people import Reach, leading_post
from kg.extract.phrases import PhraseMatcher
from kg.model import Event, Membership, Organization, Statement
from kg.text.normalize import fold, match_key

_END = r"(?![\wÀ-ỹ])"   # the end of a word


@dataclass(frozen=True)
class _Words:
    heads: PhraseMatcher[str]     # an event's head → its kind
    ordinals: dict[str, int]
    ordinal_after: re.Pattern     # "phiên họp (lần) thứ năm", "Hội nghị lần 2"
    ordinal_before: re.Pattern    # "the fifth meeting", "the 7th session"
    ordinal_marker: re.Pattern        # the words an ordinal word needs before it after a head: "thứ", "lần"
    ordinals_alone: frozenset[str]    # (folded) ordinal words that need none: "Phiên họp đầu tiên"
    opened_from: re.Pattern           # before a day, an event's opening and a start's words: "khai mạc từ ngày"
    owner_first: frozenset[str]   # heads whose body comes before their number: "Đại hội Đảng bộ tỉnh A lần thứ XV"
    owner_ordinal: re.Pattern     # … and that number, in the head's clause
    chair_after: re.Pattern       # "<person> chủ trì", "<person> chaired"
    chair_before: re.Pattern      # "dưới sự chủ trì của <person>", "chaired by <person>"
    chair_alone: re.Pattern       # "<person> chủ trì.": the verb ends the sentence
    chair_join: re.Pattern        # between two people who chair together: "A, …, và B, … đồng chủ trì"
    concludes: re.Pattern         # "Kết luận phiên họp …, <person>"
    name_stop: re.Pattern         # what ends an event's name written after its head
    not_places: tuple[str, ...]   # folded: what "tại" may stand before without naming a venue
    place_cue: re.Pattern
    venue_openers: tuple[str, ...]    # folded
    place_joins: tuple[str, ...]  # folded
    place_inner_en: frozenset[str]    # folded: lower-case words inside an English venue's name
    venue_locality: re.Pattern    # right after a venue: its locality ("(phường Hoa Lư)", "in Ha Noi")
    unit_words: frozenset[str]    # folded administrative units and their first words: "thanh", "thanh pho", …
    of_body: re.Pattern
    of_before: re.Pattern         # right before a body, the word that makes it the owner: "… của <body>"
    clause_word: re.Pattern       # a word of the clauses that end an event's name (its place, time, chair): `name_stops`
    continues: re.Pattern         # after a comma, words that go on with the name: "tổng kết năm 2024, triển khai nhiệm vụ …"
    topic_words: frozenset[str]   # folded: the word that opens an event's topic, whose list may hold commas ("về")
    within: re.Pattern            # before an event's head, words that refer to one already named: "tại Hội nghị", "at the"
    not_stop: re.Pattern          # words that begin with a stop but are not one ("sáng tạo" is no morning)
    name_links_en: frozenset[str] # English words that carry a name on past its head ("of", "on", "for")
    body_join: re.Pattern
    held_by: re.Pattern           # "<body> (đã) tổ chức" right before an event's head
    articles: frozenset[str]      # English articles, which open no event's proper name
    head_words: frozenset[str]    # folded: the heads of one word ("Summit"), which end an event's name, not a venue's
    held_its: re.Pattern          # "<body> held its (first) meeting"
    as_head_of: re.Pattern        # after a meeting's head, its chair's post in its body: "… meeting as head of the …"
    its: re.Pattern               # "its (25th) session" after the body, further back in the clause
    its_term: re.Pattern          # … or "(the 13th session) of its 10th tenure" after the head
    handed: re.Pattern            # English: "handed over the decision", "presented decisions"
    handed_name: str
    ceremony: re.Pattern          # English: "ceremony"
    announced: re.Pattern         # English: a body's verb of announcing decisions: "announced decisions on …"
    announcing_name: str
    lead_subject: re.Pattern      # English: before the body a lead opens with, its dateline and "the"
    bare_owner: re.Pattern        # "the committee" before "'s first meeting": a body named by its head alone
    held: re.Pattern              # a verb of holding anywhere in the sentence: the event's body organised it
    plural: re.Pattern
    new_event: re.Pattern         # English: "a (launching) ceremony", a new event, not the one in focus
    purpose: re.Pattern           # … and past its place and day, what it is for or about: "in Hanoi on May 5 to announce …"
    remote_sites: tuple[str, ...]
    ordinal_heads: frozenset[str]     # heads that name an event only with an ordinal ("phiên thứ nhất")
    same_day: re.Pattern              # "Cùng ngày, …": the day the sentence before gave
    co_organising: re.Pattern         # "A phối hợp với B tổ chức": before B
    met: re.Pattern                   # after a body, a verb that is its meeting: "A họp để …", "A met on …"
    met_name: dict[str, str]          # the name such a meeting takes before its body's, by language
    working: re.Pattern               # after a person, a verb that is the undated event in focus: "A đã làm việc với B"
    signed: re.Pattern                # a verb of signing and what is signed: "ký kết thỏa thuận …", "signed an agreement …"
    signed_name: dict[str, str]       # the name a signing takes before what is signed, by language
    worked: re.Pattern                # a verb of a working session: "làm việc với", "worked with"
    worked_gap: re.Pattern            # between the one who works and that verb: an aside, who leads, an auxiliary
    working_names: dict[str, str]     # the name of a working session by its two sides, by language
    working_topic: re.Pattern         # after its other side, what a working session is about: "về …", "on …"
    future: re.Pattern                # before a verb, a word of what is to come: "sẽ", "will"
    parties: dict[str, str]           # … and with the two bodies that sign it
    between: re.Pattern               # the word before those bodies, in a name that names them already
    signed_end: re.Pattern            # what ends the name of what is signed: its parties, its purpose
    organised_by: re.Pattern          # "… do A tổ chức", "…, convened by A"
    held_by_after: re.Pattern
    session_heads: tuple[str, ...]    # the bodies whose numbered sessions an article may name without them
    session_kinds: tuple[str, ...]
    headed_day: re.Pattern    # before a day: an event's head ("cuộc họp ngày …")
    starting: re.Pattern              # before a day that something starts from ("từ ngày", "effective")
    time_lead: re.Pattern         # before a time between a subject and its verb: ", on", ", vào"
    day_part: re.Pattern          # after it: "afternoon"
    elsewhen: re.Pattern          # words that set an undated event at another time than the one reported
    combined: re.Pattern          # right before an event's head: the words that make it one sitting with the one before


@cache
def _words() -> _Words:
    events = lexicon("events")
    units = lexicon("organisations")
    ordinals = events["ordinals"]
    ordinal_words = alternatives(ordinals)
    unit_words = {" ".join(fold(u).split()[:n]) for u in units["province_units"] + units["local_units"]
                  for n in range(1, len(u.split()) + 1)}
    held_by = alternatives(events["held_by"])
    return _Words(
        heads=PhraseMatcher((h, k, False) for h, k in events["heads"].items()),
        articles=frozenset(w.lower() for w in lexicon("people")["articles_en"]),
        head_words=frozenset(fold(h) for h in events["heads"] if " " not in h),
        ordinals=ordinals,
        ordinal_after=re.compile(rf"^\s*(?:(?:{alternatives(events['before_ordinal'])})\s+)*(?P<n>{ordinal_words}|\d{{1,2}}){_END}",
                                 re.IGNORECASE),
        opened_from=re.compile(rf"(?<![\wÀ-ỹ])(?:{alternatives(events['opened_from'])})\s+(?:{alternatives(events['starting_cues'])})\s*$",
                               re.IGNORECASE),
        ordinals_alone=frozenset(fold(w) for w in events["ordinals_alone"]),
        ordinal_marker=re.compile(rf"(?<![\wÀ-ỹ])(?:{alternatives(events['ordinal_markers'])})(?![\wÀ-ỹ])", re.IGNORECASE),
        owner_first=frozenset(match_key(h) for h in events["owner_first_heads"]),
        owner_ordinal=re.compile(rf"^[^,.;()]{{0,80}}?(?<![\wÀ-ỹ])(?:{alternatives(events['owner_first_ordinal'])})\s+"
                                 rf"(?:(?P<n>{ordinal_words}|\d{{1,2}})|(?-i:(?P<roman>[IVXL]{{1,7}}))){_END}", re.IGNORECASE),
        ordinal_before=re.compile(rf"(?:^|\s)(?P<n>{ordinal_words}|\d{{1,2}}(?:st|nd|rd|th))(?:\s+[a-z]+)?\s*$", re.IGNORECASE),
        chair_after=re.compile(rf"^\s*,?\s*(?:(?:{alternatives(events['chair_auxiliaries'])}) )?"
                               rf"(?:{alternatives(events['chair_after'])}){_END}", re.IGNORECASE),
        chair_alone=re.compile(rf"^\s*,?\s*(?:(?:{alternatives(events['chair_auxiliaries'])}) )?"
                               rf"(?:{alternatives(events['chair_after'])})\s*[.;]?\s*$", re.IGNORECASE),
        chair_join=re.compile(rf"\s*(?:,\s*)?(?:{alternatives(lexicon('people')['name_links'])})\s*(?:(?:{alternatives(lexicon('people')['honorifics'])})\s+)?",
                              re.IGNORECASE),
        chair_before=re.compile(rf"(?:{alternatives(events['chair_before'])})\s*"
                                rf"(?:(?:{alternatives(lexicon('people')['honorifics'])})\s+)?$", re.IGNORECASE),
        concludes=re.compile(rf"(?:^|\s)(?:{alternatives(events['concludes'])})\s+(?:{alternatives(events['heads'])})[^,]*,\s*$",
                             re.IGNORECASE),
        name_stop=re.compile(rf"^(?:[,.;:()]|(?:{alternatives(events['name_stops'])}){_END})", re.IGNORECASE),
        not_places=tuple(fold(w) for w in events["not_places"]),
        place_cue=re.compile(rf"(?:^|\s)(?:{alternatives(events['place_cues'])}) "),
        venue_openers=tuple(fold(w) + " " for w in events["venue_openers"]),
        place_joins=tuple(fold(w) for w in events["place_joins"]),
        place_inner_en=frozenset(fold(w) for w in events["place_inner_en"]),
        venue_locality=re.compile(rf"^\s*\((?:{alternatives(units['province_units'] + units['local_units'])})\s[^()]{{2,40}}\)"
                                  rf"|^\s+in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}"),
        unit_words=frozenset(unit_words),
        of_body=re.compile(rf"\s*(?:{alternatives(events['of_body'])})\s+(?:(?:\d{{1,2}}(?:st|nd|rd|th)|\d{{4}}\s*[-–]\s*\d{{4}}"
                           rf"|{alternatives(k for k in events['ordinals'] if k.isascii())})"
                           rf"[-\s](?:{alternatives(events['body_terms'])})\s+)?"),
        of_before=re.compile(rf"(?:^|\s)(?:{alternatives(events['of_body'])})\s+$"),
        topic_words=frozenset(fold(w) for w in units["name_topics"]),
        within=re.compile(rf"(?:^|\s)(?:{alternatives(events['within'])})\s+$", re.IGNORECASE),
        name_links_en=frozenset(events["name_links_en"]),
        not_stop=re.compile(rf"(?:{alternatives(events['name_words'])}){_END}|(?-i:(?:{alternatives(events['topic_links_en'])})\s+"
                            rf"(?!(?:{alternatives(lexicon('people')['articles_en'])})\b)[a-zà-ỹ])", re.IGNORECASE),
        clause_word=re.compile(rf"(?<![\wÀ-ỹ])(?:{alternatives(events['name_stops'])}){_END}", re.IGNORECASE),
        continues=re.compile(rf"^\s*(?:{alternatives(events['name_continuations'])}){_END}"),
        body_join=re.compile(rf"\s*(?:{alternatives(events['body_joins'])})\s*"),
        held_by=re.compile(rf"\s*(?:(?:{alternatives(events['held_auxiliaries'])}) )?(?:{held_by})\s*$"),
        bare_owner=re.compile(rf"(?i)(?:^|\s)(?:the|its)\s+(?P<head>{alternatives(events['bare_owners'])})$"),
        as_head_of=re.compile(rf"(?i)\s+as\s+(?:(?:the|its)\s+)?(?:{alternatives(events['chaired_as_heads_en'])})\s+of\s+(?:the\s+)?"),
        held_its=re.compile(rf"(?:\s*\([^()]{{1,12}}\))?(?:\s+(?:{alternatives(events['time_leads'])})\s+[A-Z][a-z]+(?:\s+\d{{1,2}})?"
                            rf"(?:\s*\([^()]{{1,20}}\))?)?\s+(?:{alternatives(events['held_its'])})\s+"
                            rf"(?:{alternatives(events['held_articles'])})\s+(?:[\w-]+\s+){{0,2}}$"),
        its=re.compile(r"(?:^|\s)its\s+(?:[\w-]+\s+){0,2}$"),
        its_term=re.compile(rf"\s+of\s+its\s+(?:[\w-]+\s+){{0,2}}(?:{alternatives(events['terms_en'])})(?!\w)", re.IGNORECASE),
        held=re.compile(rf"(?:{held_by})\s"),
        new_event=re.compile(rf"(?:^|\s)(?:{alternatives(events['new_event_articles'])})\s+(?:[a-z-]+\s+)?$"),
        purpose=re.compile(rf"^(?:\s*,?\s+(?:{alternatives(events['purpose_asides'])})\s+(?:the\s+)?[A-Z\d][\w'’-]*"
                           rf"(?:\s+(?:[A-Z\d][\w'’-]*|\([^()]{{1,20}}\)|(?:{alternatives(events['purpose_venue_nouns'])})(?!\w)))*)*"
                           rf"\s+(?P<word>{alternatives(events['purpose_words'])})\s+(?=[a-z])"),
        plural=re.compile(rf"(?<![\wÀ-ỹ])(?:{alternatives(events['plural_before'])})(?:\s+(?:{alternatives(events['recurring'])}))?\s*$",
                          re.IGNORECASE),
        remote_sites=tuple(events["remote_sites"]),
        ordinal_heads=frozenset(match_key(h) for h in events["ordinal_heads"]),
        starting=re.compile(rf"(?:^|\s)(?:{alternatives(events['starting_cues'])})\s*$", re.IGNORECASE),
        # (a day written right after a head is its event's, whatever other day the sentence gives: "Thông báo ngày 13/11 …
        # kết luận tại cuộc họp ngày 10/11", "at the meeting on November 10")
        headed_day=re.compile(rf"(?<!\w)(?:{alternatives(events['heads'])})\s+(?:ngày|on|of)?\s*$", re.IGNORECASE),
        met=re.compile(rf"\s+(?:(?:{alternatives(events['held_auxiliaries'])})\s+)?(?:{alternatives(events['met_verbs'])})"
                       rf"(?![\wÀ-ỹ])(?!\s+(?:{alternatives(events['met_not_before'])})(?![\wÀ-ỹ]))", re.IGNORECASE),
        met_name=events["met_names"],
        working=re.compile(rf"^\s*(?:(?:{alternatives(events['held_auxiliaries'])})\s+)?(?:{alternatives(events['working_verbs'])})\s",
                           re.IGNORECASE),
        signed=re.compile(rf"(?<![\wÀ-ỹ])(?:{alternatives(events['signing_verbs'])})\s+(?:(?:a|an|the)\s+)?(?P<what>"
                          rf"(?:[\w-]+\s+){{0,3}}?(?:{alternatives(events['signed_things'])}){_END}[^.;:()]*)", re.IGNORECASE),
        signed_name=events["signing_names"],
        worked=re.compile(rf"(?<![\wÀ-ỹ])(?:{alternatives(events['working_verbs'])})(?![\wÀ-ỹ])", re.IGNORECASE),
        worked_gap=re.compile(rf"\s*(?:,[^,;.]{{1,120}},\s*|\s(?:{alternatives(events['led_by'])})\s[^;.]{{1,120}}?,?\s"
                              rf"(?:{alternatives(events['leading'])})\s*)?(?:(?:{alternatives(events['held_auxiliaries'])})\s*)?",
                              re.IGNORECASE),
        working_names=events["working_names"],
        working_topic=re.compile(rf"\s+(?:{alternatives(events['working_topics'])})\s[^,;.()]{{3,120}}", re.IGNORECASE),
        future=re.compile(rf"(?<![\wÀ-ỹ])(?:{alternatives(events['future_words'])})\s*$", re.IGNORECASE),
        parties=events["signing_parties"],
        between=re.compile(rf"(?i)(?<!\w)(?:{alternatives(events['signing_between'])})(?!\w)"),
        handed=re.compile(rf"(?<!\w)(?:{alternatives(events['handing_verbs'])})\s+(?:(?:a|an|the)\s+)?(?:{alternatives(events['handed_things'])})(?!\w)",
                          re.IGNORECASE),
        handed_name=events["handing_name"],
        ceremony=re.compile(rf"(?<!\w)(?:{alternatives(events['ceremony_words'])})(?!\w)", re.IGNORECASE),
        announced=re.compile(rf"\s(?:{alternatives(events['announcing_verbs'])})\s+(?P<what>(?:(?:a|an|the)\s+)?"
                             rf"(?:{alternatives(events['handed_things'])})(?!\w)[^.;:()]*)", re.IGNORECASE),
        announcing_name=events["announcing_name"],
        lead_subject=re.compile(r"(?:[^.;]{0,80}?[-–—,]\s+)?(?:the\s+)?", re.IGNORECASE),
        signed_end=re.compile(rf",|\s(?:{alternatives(events['signed_ends'])})\s", re.IGNORECASE),
        co_organising=re.compile(rf"(?:\s*\([^()]{{1,12}}\))?\s*(?:{alternatives(events['co_organising'])})\s+(?:the\s+)?$", re.IGNORECASE),
        organised_by=re.compile(rf"(?<!\w)(?:(?P<verb>{alternatives(events['organised_by'])})|{alternatives(events['organised_by_holder'])})"
                                rf"\s+(?:the\s+)?", re.IGNORECASE),
        held_by_after=re.compile(rf"[^.;]*?\b(?:{held_by})\b"),
        session_heads=tuple(b["head"] for b in units["named_bodies"]),
        session_kinds=tuple(units["post_body_kinds"]),
        same_day=re.compile(rf"(?<!\w)(?:{alternatives(lexicon('time')['same_day'])})(?!\w)", re.IGNORECASE),
        time_lead=re.compile(rf"\s*,?\s*(?:(?:{alternatives(events['time_leads'])})\s+)?", re.IGNORECASE),
        day_part=re.compile(rf"\s*(?:{alternatives(lexicon('time')['day_parts_after'])})(?!\w)", re.IGNORECASE),
        combined=re.compile(rf"(?<![\wÀ-ỹ])(?:{alternatives(events['combined_with'])})\s*$", re.IGNORECASE),
        elsewhen=re.compile(rf"(?<![\wÀ-ỹ])(?:{alternatives(events['elsewhen'])})(?![\wÀ-ỹ])", re.IGNORECASE),
    )


def _roman(numeral: str) -> int:
    values = [{"I": 1, "V": 5, "X": 10, "L": 50}[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _ordinal(word: str, ordinals: dict) -> int | None:
    word = word.lower()
    if word in ordinals:
        return ordinals[word]
    digits = re.match(r"\d+", word)
    return int(digits.group(0)) if digits else None


def _registry_event(ctx: ArticleContext, body: str | None, session: int | None, day: dt.date | None, name: str) -> str | None:
    """The registry's event that this one is: same body and session, same body and date, or the same name."""
    dates = {f.subject: f.object for f in ctx.registry.facts if isinstance(f, Statement) and f.predicate == "start_date"}
    key = match_key(name)
    for e in ctx.registry.entities.values():
        if not isinstance(e, Event):
            continue
        if body and e.event_of == body and (session and e.session == session or day and dates.get(e.id) == day):
            return e.id
        if match_key(e.label_vi) == key or any(match_key(a) == key for a in e.alt):
            return e.id
        words, theirs = set(key.split()), set(match_key(e.label_vi).split())
        if len(words) >= 6 and len(words & theirs) / len(words | theirs) >= 0.9:
            return e.id   # the same name with its words in another order
    return None


def _keys(record: EventRecord) -> list[tuple]:
    keys: list[tuple] = [("n", match_key(record.name))]
    if record.body and record.session:
        keys.append(("bs", record.body, record.session))
    keys += [("bd", record.body, d) for d, _ in record.dates if record.body]
    if record.body:
        keys.append(("b", record.body, record.kind))
    return keys


def register(ctx: ArticleContext, record: EventRecord) -> None:
    """Index a record under what identifies it (its body and session, its body and each date, its name)."""
    for key in _keys(record):
        ctx.event_index.setdefault(key, record)


def _record(ctx: ArticleContext, kind: str, name: str, body: str | None, session: int | None, day: dt.date | None) -> EventRecord:
    """The article's record of this event: one it already named, or a new one."""
    index = ctx.event_index
    wanted: list[tuple | None] = [("bs", body, session) if body and session else None, ("bd", body, day) if body and day else None,
              ("n", match_key(name)), ("b", body, kind) if body and not session and not day else None]
    for key in wanted:
        if key and key in index:
            return index[key]
    current = ctx.current_event
    written = match_key(name)
    if current is not None and len(written) > 30 and (written in match_key(current.name) or match_key(current.name) in written):
        return current
    record = EventRecord(key=f"x-event-pending-{len(ctx.events) + 1}", kind=kind, name=name, body=body, session=session)
    ctx.events.append(record)
    register(ctx, record)
    return record


def _place(view: SentenceView, english: bool) -> str | None:
    """The venue or city after "tại" ("tại Trụ sở Chính phủ", "tại thành phố Vinh", "nối trực tuyến từ Trụ sở …",
    "in Ha Noi", "at the Government headquarters", "in Thuy Nguyen ward")."""
    words = _words()
    for m in words.place_cue.finditer(view.text[:4 * WINDOW]):
        rest = view.text[m.end():m.end() + 80]
        if fold(rest).startswith(words.not_places):
            continue
        kept: list[str] = []
        segment = re.split(r"[,;.()]", rest, maxsplit=1)[0].split()
        opener = next((o for o in words.venue_openers if (fold(" ".join(segment)) + " ").startswith(o)), None)
        if opener:   # "trụ sở Chính phủ", "hội trường Diên Hồng": a venue's lower-case word first
            kept, segment = segment[:len(opener.split())], segment[len(opener.split()):]
            body = _body_after_opener(view, view.base + m.end(), len(" ".join(kept)))
            if body is not None:   # "Trụ sở Ủy ban nhân dân tỉnh": the body's whole name
                return " ".join(kept + body.text.split())
        for k, word in enumerate(segment):
            if english and k == 0 and fold(word) in words.place_joins:
                continue   # "at the …"
            if english and not word[:1].isupper() and not (kept and fold(word) in words.place_inner_en):
                break      # English names keep their lower-case words only when they are a venue's ("ward", "of the")
            last_unit = kept and k == len(segment) - 1 and fold(word) in words.unit_words   # "Trung tâm Hội nghị tỉnh"
            numbered = kept and word[:1].isdigit() and kept[-1][:1].isupper()   # "Quảng trường 7/5"
            if (not word[:1].isupper() and not (kept and kept[-1][:1].isupper()) and not last_unit and not numbered
                    and fold(" ".join(kept + [word])) not in words.unit_words):
                break
            kept.append(word)
        while kept and not kept[-1][:1].isupper() and fold(kept[-1]) in words.place_joins:
            kept.pop()
        if kept and fold(kept[-1]) in words.head_words:
            continue   # "at the Vietnam Digital Government Summit, which took place in Hanoi": an event, not its venue
        if any(w[:1].isupper() for w in kept) and (not english or _names_venue(view, kept)):
            written = rest.find(" ".join(kept))
            return " ".join(kept) + (_where_in(rest[written + len(" ".join(kept)):]) if written >= 0 else "")
    return None


def _where_in(after: str) -> str:
    """The locality written right after a venue, which is part of its name as written: "Trung tâm Hội nghị tỉnh (phường
    Hoa Lư)", "the Party Central Committee's headquarters in Ha Noi"."""
    m = _words().venue_locality.match(after)
    return m.group(0).rstrip() if m else ""


def _body_after_opener(view: SentenceView, start: int, opener_length: int) -> Span | None:
    """The body whose name follows a venue's opening words ("trụ sở| Ủy ban nhân dân tỉnh")."""
    return next((s for s in view.spans_from(start, opener_length + 4) if s.kind == ORG and s.start > start), None)


def _names_venue(view: SentenceView, words: list[str]) -> bool:
    """Whether English words after "in"/"at" name a venue or a place ("Dien Hong Hall", "Hanoi"), not a body's word ("the
    Party agencies")."""
    written = " ".join(words)
    return fold(words[-1]) in _words().place_inner_en or any(
        s.kind == PLACE and s.text in written for s in view.spans) or bool(re.search(r"\d", written))


def _body_of(ctx: ArticleContext, view: SentenceView, head_start: int, after_end: int, numbered: bool = False) -> tuple[str | None, int]:
    """The body whose event this is: "… của <body>" after the head (or right after a session's number: "Kỳ họp thứ 9,
    HĐND tỉnh …"), else the body that holds it ("<body> tổ chức Hội nghị …")."""
    words = _words()
    of = words.of_body.match(view.after(after_end, 40))
    m = of or (_NEXT.match(view.after(after_end, 4)) if numbered else None)
    if m:
        org = view.org_at(after_end + m.end())
        # after the number alone, a body that a person's name follows is that person's post ("phiên họp đầu tiên, Thủ
        # tướng Chính phủ Phạm Minh Chính nhấn mạnh"), not the session's owner
        if org and (of or not any(s.kind == PERSON for s in view.spans_from(org.end, 3))):
            end = org.end
            while True:  # "… của Ủy ban A và Tổ công tác B": the first is the body, the name holds both
                joined = words.body_join.match(view.after(end, 10))
                nxt = view.org_at(end + joined.end()) if joined else None
                if nxt is None:
                    break
                end = nxt.end
            return org.value, end
    chaired_as = words.as_head_of.match(view.after(after_end, 60))   # "chaired his first meeting as head of the …
    org = view.org_at(after_end + chaired_as.end()) if chaired_as else None   # Steering Committee": that committee's
    if org is not None:
        return org.value, after_end
    held = words.held_by.search(view.before(head_start, 30))
    if held:
        subject = view.org_ending(_past_aside(view, head_start - len(held.group(0))))
        if subject:   # "A phối hợp với B tổ chức …": A's
            return _first_organiser(view, subject).value, after_end
    # English: "the committee's seventh meeting", "The committee held its first meeting"
    owner = re.search(r"(?:'s|’s)\s+(?:[a-z]+\s+)?$", view.before(head_start, 40))
    if owner:
        at = head_start - len(owner.group(0))
        subject = view.org_ending(at)
        if subject:
            return subject.value, after_end
        bare = words.bare_owner.search(view.before(at, 30))   # "the committee's": the committee the article names most
        named = ctx.named_with(bare["head"]) if bare else None
        if named:
            return named, after_end
    its = words.held_its.search(view.before(head_start, 60))
    if its:
        subject = view.org_ending(head_start - len(its.group(0)))
        if subject:   # "The State Bank and the Ministry of Public Security on January 9 held a conference": the first's
            return _first_organiser(view, subject).value, after_end
    own = words.its.search(view.before(head_start, 40))
    own_after = words.its_term.match(view.after(after_end, 40))
    if own or own_after:   # "the provincial People's Council approved … at its 25th session", "… at the 13th session
        # of its 10th tenure": the body the clause named last
        opening = head_start - len(own.group(0)) if own else head_start
        clause = re.split(r"[;:]", view.before(opening, 300))[-1]
        bodies = [s for s in view.spans_before(opening, len(clause)) if s.kind == ORG]
        if bodies:
            return bodies[-1].value, after_end
    return None, after_end


def _first_organiser(view: SentenceView, subject: Span) -> Span:
    """Of the bodies written together before an event's verb ("A phối hợp với B", "A and B"), the first."""
    partner = _words().co_organising.search(view.before(subject.start, 30))
    return (view.org_ending(subject.start - len(partner.group(0))) if partner else None) or subject


_NEXT = re.compile(r"\s*,?\s*")
_AGENCY_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?[-–—]\s")   # after a lead's dateline: "(VNA) -", "(TTXVN) –", " - "
_ASIDE = re.compile(r"\s*\([^()]{1,80}\)\s*$")


def _past_aside(view: SentenceView, end: int) -> int:
    """Where the words before an offset end, past a parenthesis written there: "A (gọi tắt là B) tổ chức …", or the
    body's term: "HĐND tỉnh A khóa XVII, nhiệm kỳ 2021 - 2026 tổ chức …"."""
    m = _ASIDE.search(view.before(end, 90)) or _term_aside().search(view.before(end, 60))
    return end - len(m.group(0)) if m else end


@cache
def _term_aside() -> re.Pattern:
    term = rf"(?:{alternatives(lexicon('time')['term_words'])})\s+(?:[IVXLC]+|\d{{4}}\s*[-–]\s*\d{{4}})"
    return re.compile(rf"(?:\s*,?\s*{term})+\s*,?\s*$", re.IGNORECASE)


def _named_at(view: SentenceView, head_end: int) -> bool:
    """Whether the words after an event's head name it (a capital, a number, a topic: "Hội nghị Sơ kết", "Hội nghị về …")."""
    following = view.after(head_end, 30).lstrip()
    return bool(following) and (following[0].isupper() or following[0].isdigit()
                                or fold(following.split()[0]) in _words().topic_words)


def _owned_later(view: SentenceView, name_end: int) -> str | None:
    """The body a long event name ends with, past its commas: "Hội nghị sơ kết …, triển khai các nhiệm vụ năm 2023 của
    Ủy ban Quốc gia về chuyển đổi số" (before the sentence names a person or ends its clause)."""
    words = _words()
    for s in view.spans_from(name_end, 300):
        between = view.between(name_end, s.start)
        if s.kind == PERSON or ";" in between or words.clause_word.search(between):
            return None
        of = words.of_before.search(view.before(s.start, 12))
        owner_of = s.start - len(of.group(0)) if of else 0
        if s.kind == ORG and of and view.org_ending(owner_of) is None and view.document_ending(owner_of, 40) is None:
            return s.value   # "… của Ủy ban …", not of another body's name ("Ban Chỉ đạo của Chính phủ") nor a document's
    return None


def _body_in_name(ctx: ArticleContext, view: SentenceView, head_end: int, name_end: int) -> str | None:
    """A body an event's name holds ("cuộc họp giao ban Tổ công tác tháng 5"): its head alone stands for the body in
    focus."""
    name = view.between(head_end, name_end)
    heads = [h for h in _words().session_heads if re.search(rf"(?<!\w){re.escape(h)}(?!\w)", name)]
    return next((b for b in (ctx.in_focus(h) for h in heads) if b), None)


def _organised_by(view: SentenceView, name_end: int) -> str | None:
    """The body written after an event's name as holding it: "… do Sở A tổ chức", "…, convened by the Politburo"."""
    words = _words()
    m = words.organised_by.search(view.after(name_end, 120))
    org = view.org_at(name_end + m.end()) if m else None
    if org is None or m is None:
        return None
    needs_verb = m["verb"] is None   # "do <body>" is the holder's only with "tổ chức" after it
    return org.value if not needs_verb or words.held_by_after.match(view.after(org.end, 60)) else None


def extract_events(ctx: ArticleContext, view: SentenceView, reaches: list[Reach]) -> list[EventRecord]:
    words = _words()
    tokens = view.tokens
    found: list[tuple[int, EventRecord]] = []
    opened: tuple[int, str, str] | None = None   # a new event the sentence opens with no name: (where, kind, head)
    days = [d for d in view.dates if d.kind == "day" and not d.deadline and not document_date(view, d.start)]
    days = [d for d in days if not (d.start - view.sentence.start < 40 and _AGENCY_AFTER.match(view.after(d.end, 30)))
            ] or days   # a dateline's day: "HANOI, June 20 (VGP) - … on June 19"
    headed = [d for d in days if words.headed_day.search(view.before(d.start, 40))]
    days = headed + [d for d in days if d not in headed]
    # not "(có hiệu lực) từ ngày …": a start; but "khai mạc từ ngày 19/1" is the day an event opened
    happened = [d for d in days if not words.starting.search(view.before(d.start, 16)) or words.opened_from.search(view.before(d.start, 40))]
    day = happened[0].value if happened else None if days else ctx.last_day if words.same_day.search(view.text[:WINDOW]) else None
    ctx.last_day = happened[0].value if happened else ctx.last_day
    ctx.day_bodies = {o.value for o in view.of(ORG) + view.of(PLACE)} if happened else ctx.day_bodies
    for s in view.of(EVENT):
        entity = ctx.entity(s.value)
        if entity is None:
            continue
        record = _record(ctx, _kind_of(ctx, s.value), entity.label_vi, getattr(entity, "event_of", None), None, day)
        record.registry_id = s.value
        record.first = record.first or view
        found.append((s.start, record))
    i = 0
    while i < len(tokens):
        if view.org_at(tokens[i].start) is not None or view.span_covering(tokens[i].start) is not None:
            i += 1
            continue
        hit = words.heads.longest(tokens, i)
        if hit is None:
            i += 1
            continue
        j, kind = hit
        start, head_end = _proper_start(view, i) if ctx.language == "en" else tokens[i].start, tokens[j - 1].end
        proper = start < tokens[i].start   # "the Vietnam Digital Economy Forum 2025": named before its head
        plural = words.plural.search(view.before(start, 30))
        if _in_venue(view, start, head_end):   # "tại Trung tâm Hội nghị tỉnh": a hall, not a conference
            i = j
            continue
        ordinal = words.ordinal_after.match(view.after(head_end, 40))
        if ordinal and not ordinal["n"].isdigit() and fold(ordinal["n"]) not in words.ordinals_alone \
                and not words.ordinal_marker.search(ordinal.group(0)[:ordinal.start("n")]):
            ordinal = None   # "Diễn đàn năm nay", "Hội nghị năm 2025": a year, not the fifth ("Phiên họp thứ năm")
        session, end = None, head_end
        owned = (words.owner_ordinal.match(view.after(head_end, 120))
                 if match_key(view.between(start, head_end)) in words.owner_first else None)
        if ordinal:
            session, end = _ordinal(ordinal["n"], words.ordinals), head_end + ordinal.end()
        elif owned:   # "Đại hội đại biểu Đảng bộ tỉnh A lần thứ XV": its body, then its number
            session = _roman(owned["roman"]) if owned["roman"] else _ordinal(owned["n"], words.ordinals)
        elif ctx.language == "en":
            earlier = words.ordinal_before.search(view.before(start, 30))
            session = _ordinal(earlier["n"], words.ordinals) if earlier else None
        if session is None and match_key(view.between(start, head_end)) in words.ordinal_heads or plural:
            i = j
            continue
        body, end = _body_of(ctx, view, start, end, numbered=session is not None and bool(ordinal or owned))
        end = head_end + owned.end() if owned else end
        name_end = end if kind == "meeting" and session else _name_end(view, end, english=ctx.language == "en")
        body = body or _organised_by(view, name_end) or _body_in_name(ctx, view, head_end, name_end)
        if body is None and ctx.language == "vi" and kind != "event" and view.after(name_end, 2).lstrip()[:1] in (",", "("):
            body = _owned_later(view, name_end)   # a name that runs on past its comma to its body
        name = view.between(start, name_end).strip(" ,")
        if match_key(name).startswith(match_key(words.signed_name[ctx.language])):
            name = _with_parties(ctx, view, name, start)   # "A và B tổ chức Lễ ký kết …"
        if ctx.language == "en" and name_end == head_end and words.new_event.search(view.before(start, 30)):
            purpose = words.purpose.match(view.after(head_end, 120))
            if purpose:   # "a conference in Hanoi on March 1 to announce …": named by what it is for
                name_end = _name_end(view, head_end + purpose.end(), purpose['word'])
                name = f"{name} {purpose['word']} {view.between(head_end + purpose.end(), name_end).strip(' ,')}"
                body = body or _organised_by(view, name_end)
        within = words.within.search(view.before(start, 16)) and ctx.current_event is not None and head_end < name_end
        if (name_end == head_end or within and not _named_at(view, head_end)) and not session and not body and not proper:
            # a bare "Hội nghị", "phiên họp", or "tại Hội nghị thể hiện …": the one in focus; English's first "a
            # conference … on Friday" opens one the next sentences name ("The conference on developing …")
            if ctx.current_event is not None:
                found.append((start, ctx.current_event))
            elif ctx.language == "en" and day is not None and name_end == head_end and words.new_event.search(view.before(start, 30)):
                opened = opened or (start, kind, name[:1].upper() + name[1:])
            i = j
            continue
        if body is None and kind == "meeting" and session:   # "phiên họp thứ hai": of the committee in focus
            body = ctx.in_focus_among(words.session_heads, words.session_kinds)
        record = _record(ctx, kind, name[:1].upper() + name[1:], body, session, day)
        if ctx.language == "en" and day is None and not view.dates and not record.dates and ctx.last_day \
                and body is not None and _of_the_day(ctx, body, bool(session)):
            # English gives the day once, in the lead: "The council on Saturday elected A. … at its 27th session", "The
            # provincial Party Committee's Secretary said on Wednesday … chairing the committee's third meeting"
            record.dates.append((ctx.last_day, view))
        if len(name) > len(record.name):
            record.name = name[:1].upper() + name[1:]
        record.body = record.body or body
        record.session = record.session or session
        record.first = record.first or view
        found.append((start, record))
        i = max(j, view.token_index(name_end))
    found = _combined(ctx, view, found)
    if not found and (met := _met(ctx, view, day) or _signed(ctx, view, day) or _worked(ctx, view, day, reaches)
                      or _handed(ctx, view, happened[0].value if happened else None)
                      or _announced(ctx, view, happened[0].value if happened else None)) is not None:
        found.append(met)
    if not found and opened is not None:
        found.append((opened[0], _record(ctx, opened[1], opened[2], None, None, day)))
    chairs = []
    if not found and (told := _told(ctx, view, day, reaches)) is not None:
        found.append((view.sentence.start, told[0]))
        chairs = [told[1]]
    if not found:
        _chairs_alone(ctx, view, reaches)
        return []
    records = list({id(r): r for _, r in found}.values())
    ctx.current_event = found[0][1]
    place = _place(view, ctx.language == "en")
    held = words.held.search(view.text[:2 * WINDOW])
    for record in records:
        if day and (record.first is view or record.registry_id or not record.dates) and all(d != day for d, _ in record.dates):
            record.dates.append((day, view))
        if place and (day or record.first is view or not record.places) and all(p != place for p, _ in record.places):
            record.places.append((place, view))
        if held and record.body and record.organizer is None:
            record.organizer = (record.body, view)
        register(ctx, record)
    if any(site in view.text[:4 * WINDOW] for site in words.remote_sites):
        return records
    if chairs:
        _add_chairs(ctx, view, found[0][1], chairs)
    starts = [s for s, _ in found]
    for i, reach in enumerate(reaches):
        after, before = view.after(_past_time(view, reach.end), 60), view.before(reach.lead, 60)
        if words.chair_after.match(after) or words.chair_before.search(before) or words.concludes.search(before):
            k = bisect_right(starts, reach.end)
            _add_chairs(ctx, view, found[k][1] if k < len(found) else found[0][1], _joined_chairs(view, reaches, i))
    return records


def _of_the_day(ctx: ArticleContext, body: str, numbered: bool) -> bool:
    """Whether an undated event of a body is one of the day the lead gave: the body (or its parent) was named in the
    sentence that gave the day, or, for a numbered session, a body of the same place was ("A was elected Chairman of
    the city People's Committee on February 20. … at the 21st session of the municipal People's Council")."""
    area = getattr(ctx.entity(body), "area", None)
    if {body, getattr(ctx.entity(body), "parent", None)} & ctx.day_bodies or area is not None and area in ctx.day_bodies:
        return True   # ("The southern province of Binh Duong on January 11 reviewed …. The conference, organised by the
                      # provincial People's Committee, …")
    return numbered and area is not None and any(getattr(ctx.entity(b), "area", None) == area for b in ctx.day_bodies)


def _combined(ctx: ArticleContext, view: SentenceView, found: list[tuple[int, EventRecord]]) -> list[tuple[int, EventRecord]]:
    """Events written as one sitting ("Phiên họp thứ bảy …, kết hợp Hội nghị trực tuyến toàn quốc …"): the second is the
    first, under another of its names."""
    out: list[tuple[int, EventRecord]] = []
    for start, record in found:
        first = out[-1][1] if out else None
        if (first is not None and record is not first and record.first is view and not record.registry_id
                and _words().combined.search(view.before(start, 24))):
            ctx.events = [r for r in ctx.events if r is not record]
            for key, indexed in list(ctx.event_index.items()):
                if indexed is record:
                    ctx.event_index[key] = first
            record = first
        out.append((start, record))
    return out


def _proper_start(view: SentenceView, i: int) -> int:
    """Where an English event's proper name begins, written before its head token i: the capitalised words (places
    among them) right before it, past an article ("the Vietnam Digital Economy Forum 2025", "the Central Region …")."""
    tokens, start = view.tokens, view.tokens[i].start
    k = i - 1
    while k >= 0:
        span = view.span_covering(tokens[k].start)
        if span is not None and span.kind == PLACE:
            k = view.token_index(span.start) - 1
            start = span.start
            continue
        word = tokens[k].text
        if span is not None or not tokens[k].capitalised or not word.isalpha() or word.lower() in _words().articles:
            break
        start = tokens[k].start
        k -= 1
    return start


def _joined_chairs(view: SentenceView, reaches: list[Reach], i: int) -> list[Reach]:
    """Who chairs, of the people joined before the verb: the first named ("Các đồng chí A, Chủ tịch …, và B, Phó Chủ
    tịch … đồng chủ trì": A, who leads)."""
    k = i
    while k > 0 and _words().chair_join.fullmatch(view.between(reaches[k - 1].end, reaches[k].lead)):
        k -= 1
    return [reaches[k]]


def _add_chairs(ctx: ArticleContext, view: SentenceView, target: EventRecord, chairs: list[Reach]) -> None:
    for reach in chairs:
        if ctx.kind(reach.person) == "people" and all(c != reach.person for c, _ in target.chairs):
            target.chairs.append((reach.person, view))
            ctx.leader = reach.person


def _chairs_alone(ctx: ArticleContext, view: SentenceView, reaches: list[Reach]) -> None:
    """"Đồng chí A, Chủ tịch UBND tỉnh chủ trì.": a sentence that names no event and ends with its verb of chairing
    chairs the event the sentence before named."""
    if ctx.current_event is None or ctx.current_event.first is None:
        return
    for i, reach in enumerate(reaches):
        if _words().chair_alone.match(view.after(_past_time(view, reach.end), 60)):
            _add_chairs(ctx, view, ctx.current_event, _joined_chairs(view, reaches, i))


def _met(ctx: ArticleContext, view: SentenceView, day: dt.date | None) -> tuple[int, EventRecord] | None:
    """"Ban Chỉ đạo A họp để …", "the committee met on June 5": a meeting its verb names, of the body written right
    before it, on the sentence's day."""
    m = _words().met.search(view.text) if day is not None else None
    org = view.org_ending(view.base + m.start()) if m else None
    if m is None or org is None or ctx.kind(org.value) != "organizations":
        return None
    record = _record(ctx, "meeting", f"{_words().met_name[ctx.language]} {org.text}", org.value, None, day)
    record.first = record.first or view
    return view.base + m.start(), record


def _told(ctx: ArticleContext, view: SentenceView, day: dt.date | None, reaches: list[Reach]) -> tuple[EventRecord, Reach] | None:
    """"Ngày 6/6/2025, tại trụ sở Bộ B, Phó Thủ tướng A đã làm việc với Bộ B …" after a notice's title that names the
    working session with no day: that event, on the sentence's day, chaired by the person who works."""
    event = ctx.current_event
    if day is None or event is None or event.dates:
        return None
    chair = next((r for r in reaches if _words().working.match(view.after(r.end, 40))), None)
    return (event, chair) if chair is not None else None


def _signed(ctx: ArticleContext, view: SentenceView, day: dt.date | None) -> tuple[int, EventRecord] | None:
    """"UBND tỉnh A và Viettel ký kết thỏa thuận hợp tác …", "The Ministry of Health and Viettel on August 14 signed an
    agreement …": a signing its verb names, of the first body before the verb, on the sentence's day; named by what is
    signed, up to the parties or its purpose."""
    m = _words().signed.search(view.text) if day is not None else None
    if m is None:
        return None
    parties = [s for s in view.spans_before(view.base + m.start(), 200) if s.kind == ORG and ctx.kind(s.value) == "organizations"]
    if not parties:
        return None
    what = _words().signed_end.split(m["what"])[0].strip()
    name = _with_parties(ctx, view, f"{_words().signed_name[ctx.language]} {what}", view.base + m.start())
    record = _record(ctx, "event", name, parties[0].value, None, day)
    record.first = record.first or view
    return view.base + m.start(), record


def _worked(ctx: ArticleContext, view: SentenceView, day: dt.date | None, reaches: list[Reach]) -> tuple[int, EventRecord] | None:
    """"Ngày 21/9, đoàn công tác Bộ A do Thứ trưởng B dẫn đầu đã làm việc với UBND tỉnh C", "Phó Thủ tướng D làm việc với
    Bộ E": a working session its verb names, on the sentence's day, of the body that works (chaired by the person who
    does), named by both sides as the sentence writes them."""
    words = _words()
    m = words.worked.search(view.text) if day is not None else None
    if m is None or words.future.search(view.before(view.base + m.start(), 30)):
        return None
    at = view.base + m.start()
    other = next((s for s in view.spans_from(view.base + m.end(), 40) if s.kind in (ORG, PLACE)), None)
    body = next((s for s in reversed(view.spans_before(at, 160)) if s.kind == ORG
                 and words.worked_gap.fullmatch(view.between(s.end, at))), None)
    chair = next((r for r in reversed(reaches) if r.end <= at and words.worked_gap.fullmatch(view.between(r.end, at))), None)
    if other is None or body is None and chair is None:
        return None
    if body is not None and chair is not None and chair.end > body.end and body.start >= chair.lead:
        body = None   # "Bộ trưởng Bộ A Nguyễn Văn B làm việc với …": the body of the person's post, not the one that works
    who = view.between(body.start, body.end) if body is not None and (chair is None or body.end > chair.end) else \
        _titled_name(view, chair.person, at) if chair is not None else ""
    topic = words.working_topic.match(view.text, other.end - view.base)
    name = words.working_names[ctx.language].format(who=who, other=view.between(other.start, other.end)) + (
        topic.group(0).rstrip() if topic else "")
    record = _record(ctx, "meeting", name, body.value if body is not None else None, None, day)
    record.first = record.first or view
    if chair is not None:
        record.chairs.append((chair.person, view))
    return at, record


def _titled_name(view: SentenceView, person: str, before: int) -> str:
    """A person's name with the posts written right before it ("Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Mạnh Hùng")."""
    name = next(s for s in reversed(view.spans_before(before, 300)) if s.kind == PERSON and s.value == person)
    start = name.start
    for s in reversed(view.spans_before(name.start, 120)):
        if s.kind in (TITLE, ORG, RANK) and not view.between(s.end, start).strip():
            start = s.start
        elif s.end <= start:
            break
    return view.between(start, name.end)


def _with_parties(ctx: ArticleContext, view: SentenceView, name: str, start: int) -> str:
    """A signing's name with the two bodies that sign it, as the sentence's subject joins them before `start` ("UBND
    tỉnh A và Tập đoàn B tổ chức Lễ ký kết …": "… giữa Ủy ban nhân dân tỉnh A và Tập đoàn B"), unless it names them."""
    words = _words()
    if words.between.search(name):
        return name
    run: list[Span] = []
    for s in view.spans_before(start, 240):
        if s.kind != ORG or ctx.kind(s.value) != "organizations" or run and (s.value == run[-1].value or s.start < run[-1].end):
            continue   # (the same body again: its short form in brackets, "… Việt Nam (VNPT)")
        if run and not words.body_join.fullmatch(view.between(run[-1].end, s.start)):
            run = []
        run.append(s)
    if len(run) != 2:
        return name
    entities = [ctx.entity(s.value) for s in run]
    labels = [(getattr(e, "label_en", None) or s.text) if ctx.language == "en" else getattr(e, "label_vi", s.text)
              for e, s in zip(entities, run)]
    return words.parties[ctx.language].format(name=name, first=labels[0], second=labels[1])


def _handed(ctx: ArticleContext, view: SentenceView, happened: dt.date | None) -> tuple[int, EventRecord] | None:
    """English: "A, Chairman of the provincial People's Committee, handed over the decision (at a ceremony) on Monday":
    the ceremony of handing it over, held by the body of the post of the one who hands it, on the day the sentence
    says something happened (else, with "ceremony" written and no day, the day the lead gave)."""
    words = _words()
    m = words.handed.search(view.text) if ctx.language == "en" else None
    day = happened or (ctx.last_day if m and not view.dates and words.ceremony.search(view.text) else None)
    if m is None or day is None:
        return None
    giver = [fact for start, fact, _ in ctx.posts_given if view.base <= start < view.base + m.start()]
    if not giver:
        return None
    record = _record(ctx, "event", words.handed_name, giver[-1].organization, None, day)   # (the post nearest the verb)
    record.first = record.first or view
    if all(d != day for d, _ in record.dates):
        record.dates.append((day, view))
    return view.base + m.start(), record


def _announced(ctx: ArticleContext, view: SentenceView, happened: dt.date | None) -> tuple[int, EventRecord] | None:
    """English: "The Gia Lai provincial People's Committee on Monday announced a decision appointing A …": the ceremony
    of announcing it, held by the body that opens the sentence, on the day the sentence says it happened."""
    words = _words()
    m = words.announced.search(view.text) if ctx.language == "en" and happened is not None else None
    body = next((s for s in view.spans if s.kind == ORG), None) if m else None
    if m is None or body is None or body.end > view.base + m.start() or ctx.kind(body.value) != "organizations" \
            or not words.lead_subject.fullmatch(view.between(view.sentence.start, body.start)):
        return None
    what = words.signed_end.split(m["what"])[0].strip(" ,")
    record = _record(ctx, "event", f"{words.announcing_name} {what}", body.value, None, happened)
    record.first = record.first or view
    return view.base + m.start(), record


_ASIDE_AHEAD = re.compile(r"\s*\([^()]{1,90}\)")


def _past_time(view: SentenceView, pos: int) -> int:
    """Past the time written between a subject and its verb ("…, on Thursday afternoon presided over …"), and past an
    aside in brackets ("… tỉnh Hà Tĩnh (sau đây gọi tắt là Ban Chỉ đạo) chủ trì …")."""
    aside = _ASIDE_AHEAD.match(view.after(pos, 100))
    pos += aside.end() if aside else 0
    words = _words()
    for d in view.dates_from(pos, 24):
        if words.time_lead.fullmatch(view.between(pos, d.start)):
            part = words.day_part.match(view.after(d.end, 24))
            return d.end + (part.end() if part else 0)
    return pos


@cache
def _venues() -> tuple[tuple[str, ...], tuple[str, ...]]:
    lex = lexicon("organisations")
    return tuple(fold(v) for v in lex["venues"]), tuple(fold(v) for v in lex["english_venues"])


def _in_venue(view: SentenceView, start: int, end: int) -> bool:
    """Whether an event's head is a word of a venue's name: "tại Trung tâm Hội nghị tỉnh", "at the provincial
    Conference Centre" (written across a line break too)."""
    venues, english = _venues()
    written = fold(view.between(max(view.sentence.start, start - 40), end))
    following = fold(" ".join(view.between(start, min(view.sentence.end, end + 16)).split()))
    return any(written.endswith(v) for v in venues) or any(following.startswith(v) for v in english)


def _kind_of(ctx: ArticleContext, event_id: str) -> str:
    entity = ctx.entity(event_id)
    return entity.kind if isinstance(entity, Event) else "event"


def _name_end(view: SentenceView, start: int, purpose: str = "", english: bool = False) -> int:
    """Where an event's name written after its head ends (a purpose's own word goes on with it: "to respond to …"). In
    English a name goes on past its head only through a link, a gerund or a capital ("conference on …", "meeting
    reviewing …", "Forum 2025"), not into a verb ("…, conference hears")."""
    rest = view.after(start, 260)
    if english and (first := _ENGLISH_NEXT.match(rest)) is not None and first[1].lower() not in _words().name_links_en \
            and not first[1].endswith("ing"):
        return start
    quoted = re.match(r'^\s*(["“«])[^"”»]{2,200}["”»]', rest)
    if quoted:   # a title in quotes is the name, whatever it holds: Hội thảo "Một năm Nghị quyết 57: Từ …"
        return start + quoted.end()
    pos = 0
    topic = False   # "Hội nghị toàn quốc về đột phá phát triển khoa học, công nghệ, …": a topic's list runs on
    for m in re.finditer(r"\S+", rest):
        words = _words()
        stop = words.name_stop.match(rest[m.start():]) and m.group(0) != purpose and not _proper_pair(rest[m.start():])
        if stop and not words.not_stop.match(rest[m.start():]) or m.start() > 220:   # (not "Ngày Chuyển đổi số …": a name)
            break
        word = m.group(0)
        bare = word.rstrip(",.;:)")
        topic = topic or fold(bare) in _words().topic_words
        pos = m.start() + len(bare)
        following = rest[m.end():m.end() + 2].strip()
        goes_on = word.endswith(",") and (topic and following[:1].islower() or words.continues.match(rest[m.end():]))
        inside = next((s for s in view.spans if s.kind == ORG and s.start < start + pos < s.end), None)
        if bare != word and not goes_on and inside is None:
            break   # (a body's name holds commas: "… of the Government Steering Committee for Science, Technology, …")
    return start + pos


_ENGLISH_NEXT = re.compile(r"\s+([a-z]+)\b")


def _proper_pair(text: str) -> bool:
    """Whether the text opens with two capitalised words: a name's, whatever the first word is ("Ngày Chuyển đổi số")."""
    first = text.split(maxsplit=2)
    return len(first) >= 2 and first[0][:1].isupper() and first[0][-1:].isalnum() and first[1][:1].isupper()


def _one_event(ctx: ArticleContext, r: EventRecord, k: EventRecord) -> bool:
    """Whether two records are one event: the same kind and session, one of them without its body (a headline's
    "Phiên họp thứ hai" and the body's "Phiên họp lần thứ hai của Ban Chỉ đạo"); or the only two of that kind and body,
    one of them on no day and of no session (a notice's title "Kết luận … tại cuộc họp Tổ công tác …" and its body's
    dated "cuộc họp Tổ công tác")."""
    if k.kind != r.kind:
        return False
    if {d for d, _ in r.dates} & {d for d, _ in k.dates} and (_bare(r) or _bare(k)):
        return True   # "kỳ họp thứ 35 (kỳ họp chuyên đề)": the bare name of the event on that day
    if r.session and k.session == r.session:
        return not r.body or not k.body or r.body == k.body
    if (_headline(ctx, r) or _headline(ctx, k)) and sum(x.kind == r.kind for x in ctx.events) == 2:
        return True   # a notice's title "… tại phiên họp đánh giá …" and its body's dated "phiên họp …" of the committee
    undated = (not r.dates and not r.session) or (not k.dates and not k.session)
    alike = [x for x in ctx.events if x.kind == r.kind and x.body == r.body]
    return bool(r.body) and r.body == k.body and undated and not (r.session or k.session) and len(alike) == 2


def _headline(ctx: ArticleContext, r: EventRecord) -> bool:
    """Whether a record is only a headline's: named in a title, on no day, of no body or session."""
    return not r.dates and not r.body and not r.session and r.first is not None and ctx.in_title(r.first.sentence.start)


def _bare(r: EventRecord) -> bool:
    return not r.body and not r.session and not r.registry_id


def _reported(ctx: ArticleContext, r: EventRecord) -> bool:
    """Whether the article reports the event: not one it only plans (every day it gives is after the article's) nor,
    on no known day, one it recalls or announces ("phiên họp thứ nhất hồi tháng 4", "Phiên họp thứ tư dự kiến …")."""
    if r.dates:
        return any(d <= ctx.published for d, _ in r.dates)
    return r.first is None or r.registry_id is not None or not _words().elsewhen.search(r.first.text)


def _merge_records(ctx: ArticleContext) -> dict[str, EventRecord]:
    """Records that are one event (`_one_event`). Returns placeholder → kept."""
    kept: list[EventRecord] = []
    into: dict[str, EventRecord] = {}
    for r in ctx.events:
        same = next((k for k in kept if _one_event(ctx, r, k)), None)
        if same is None:
            kept.append(r)
            into[r.key] = r
            continue
        into[r.key] = same
        same.body = same.body or r.body
        same.registry_id = same.registry_id or r.registry_id
        if len(r.name) > len(same.name):
            same.name = r.name
        same.dates += [d for d in r.dates if all(d[0] != x for x, _ in same.dates)]
        same.chairs += [c for c in r.chairs if all(c[0] != x for x, _ in same.chairs)]
        same.places += [p for p in r.places if all(p[0] != x for x, _ in same.places)]
        same.organizer = same.organizer or r.organizer
        same.first = same.first or r.first
    ctx.events = kept
    return into


def _heads_by_office(ctx: ArticleContext, view: SentenceView, person: str, body: str | None) -> None:
    """The chair of a meeting of a body who heads the body it belongs to ("Thủ tướng Phạm Minh Chính chủ trì
    Phiên họp thứ năm của Ủy ban Quốc gia …": the Government's head, the committee's) heads it too, unless the article
    gives them another post in it: a committee of the Government is chaired by the Prime Minister, as its decision says."""
    entity = ctx.entity(body) if body else None
    parent = getattr(entity, "parent", None)
    if not isinstance(entity, Organization) or parent is None:
        return
    roles = vocabulary().roles
    held = [f for f in ctx.facts if isinstance(f, Membership) and f.person == person and f.status is None]
    if any(f.organization == body for f in held):
        return
    if any(f.organization == parent and roles[f.role].single for f in held):   # (a deputy's post has several holders)
        role = leading_post(ctx, entity.id, lexicon("events")["head_of_body_role"])
        ctx.add(Membership, view, "chair-by-office", "m", person=person, organization=entity.id, role=role)


def _body_of_chair(ctx: ArticleContext, r: EventRecord) -> str | None:
    """The body of a meeting named by what it reviews, not by its body ("phiên họp đánh giá kết quả năm 2025"): the one
    committee its chair heads ("đồng chí A, Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo … chủ trì phiên họp …")."""
    chairs = {person for person, _ in r.chairs}
    held = [f for f in ctx.facts if isinstance(f, Membership) and f.person in chairs and f.status is None]
    headed = {f.organization for f in held if f.role == lexicon("events")["head_of_body_role"]
              and getattr(ctx.entity(f.organization), "kind", None) in _words().session_kinds}
    if not headed and r.kind in lexicon("events")["chair_office_events"]:   # … else the one ministry its chair serves in
        headed = {f.organization for f in held
                  if getattr(ctx.entity(f.organization), "kind", None) in lexicon("events")["chair_office_kinds"]}
    return headed.pop() if len(headed) == 1 else None


def finish_events(ctx: ArticleContext) -> dict[str, str | None]:
    """The article's events as entities and statements; returns the placeholder → id map for the facts
    that named them before their id was known (None for an event not worth recording)."""
    renamed: dict[str, str] = {}
    for r in ctx.events:
        if r.kind in lexicon("events")["chair_body_kinds"] and r.body is None and not r.registry_id:
            r.body = _body_of_chair(ctx, r)
    merged = _merge_records(ctx)
    for r in ctx.events:
        concluded = any(record is r for _, record, _ in ctx.conclusions)
        if not (r.dates or r.registry_id or concluded):
            continue   # a meeting named in passing, on no known day, that no notice concludes ("Luật Dữ liệu được Quốc hội
                       # thông qua tại Kỳ họp thứ 9"): nothing to record
        if not concluded and not _reported(ctx, r):
            continue
        first_day = r.dates[0][0] if r.dates else None
        registry_id = r.registry_id or _registry_event(ctx, r.body, r.session, first_day, r.name)
        if registry_id:
            event_id = registry_id
        else:
            # a numbered session of a body is one event whatever day a source gives it (two days are a conflict to
            # review); any other event of a body is the one on that day; an event of no known body goes by its name
            basis: tuple[str, ...]
            if r.body and r.session:
                basis = (r.kind, r.body, f"session {r.session}")
            elif r.body and first_day:
                basis = (r.kind, r.body, first_day.isoformat())
            else:
                basis = (r.kind, r.body or "", first_day.isoformat() if first_day else "", match_key(r.name))
            event_id = content_id("event", basis)
            if event_id not in ctx.minted:
                ctx.minted[event_id] = Event(id=event_id, label_vi=r.name[:300], kind=r.kind, session=r.session, event_of=r.body)
        renamed[r.key] = event_id
        # (an event a sentence opened with no name, "… told a conference in Ha Noi on Thursday", once its body is known)
        view = r.first or (next((v for _, v in r.dates), None) if r.body else None)
        for d, v in r.dates:
            ctx.statement(v, event_id, "start_date", d, "event-date")
        for person, v in r.chairs:
            ctx.statement(v, event_id, "chaired_by", person, "event-chair")
            if r.session or r.kind == "meeting":
                _heads_by_office(ctx, v, person, r.body)
        for place, v in r.places:
            ctx.statement(v, event_id, "location", place, "event-place")
        if r.organizer:
            ctx.statement(r.organizer[1], event_id, "organizer", r.organizer[0], "event-organiser")
        if view is not None:
            ctx.remember(event_id, view)
    return {key: renamed.get(record.key) for key, record in merged.items()}

"""What the rules share while reading one article: its sentences with their typed spans, the entities it
mints, the facts it finds, and what is in focus (the province, the body just named, the event, the document).

Identifiers come from content: a minted entity's id is the slug of its canonical name (an event's, of its
body and date), a fact's id a hash of its key, so adding a rule never renumbers what was published.
"""

import datetime as dt
import hashlib
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cache

from kg.extract.dates import DateMention
from kg.extract.docnumbers import DocRef
from kg.extract.gazetteer import Gazetteer
from kg.extract.lexicon import alternatives, lexicon
from kg.extract.merge import distinct_fact_key
from kg.extract.tokens import Token, strip_marks
from kg.model import ENTITY_MODELS, Entity, Evidence, Fact, Knowledge, Membership, Organization, Person, Place, Statement
from kg.text.normalize import match_key, slugify
from kg.text.sentences import Sentence

KIND_OF_MODEL = {model: kind for kind, model in ENTITY_MODELS.items()}
WINDOW = 400   # how far around a word the rules read

# span kinds
ORG, PERSON, TITLE, RANK, HONORIFIC, PLACE, DOC, PROGRAMME, EVENT, INDICATOR = (
    "org", "person", "title", "rank", "honorific", "place", "doc", "programme", "event", "indicator")
SECTION_TO_SPAN = {"organizations": ORG, "people": PERSON, "places": PLACE, "documents": DOC, "programmes": PROGRAMME,
                   "events": EVENT, "indicators": INDICATOR}


@dataclass
class Span:
    """A typed stretch of a sentence (offsets in the article)."""

    start: int
    end: int
    kind: str
    value: str                 # entity id, role slug, …; a document number the registry does not hold, as written
    text: str
    former: bool = False       # a post written as held before ("nguyên Giám đốc …")
    registry: bool = False     # found by name in the registry (not made from a pattern)
    named: bool = True         # the words name the entity as an actor (not in a formula: "đường lối của Đảng")
    org: str | None = None     # the body an abbreviated post names with it ("UVBCT": the Politburo)
    body: str | None = None    # … or the head of the province's body it names ("UVBTV": Ban Thường vụ Tỉnh ủy)


@dataclass
class SentenceView:
    sentence: Sentence
    text: str                   # the sentence as matched (an all-capitals heading in title case)
    tokens: list[Token]
    spans: list[Span]
    dates: list[DateMention]
    docs: list[DocRef]
    place: str | None = None        # the first place the sentence names (a figure's area)

    @property
    def base(self) -> int:
        return self.sentence.start

    def local(self, pos: int) -> int:
        return pos - self.sentence.start

    def of(self, *kinds: str) -> list[Span]:
        return [s for s in self.spans if s.kind in kinds]

    def between(self, a: int, b: int) -> str:
        """The sentence's text between two article offsets."""
        return self.text[max(0, a - self.base):max(0, b - self.base)]

    def index(self) -> None:
        """Positions of spans and dates, for lookups that do not scan the sentence."""
        self._org_at = {s.start: s for s in reversed(self.spans) if s.kind == ORG}   # the longest at each offset
        self._org_end = {s.end: s for s in self.spans if s.kind == ORG}
        self._span_starts = [s.start for s in self.spans]
        self._date_starts = [d.start for d in self.dates]
        self._token_starts = [t.start for t in self.tokens]
        self._doc_ends = {d.end: d for d in self.docs}

    def token_index(self, pos: int) -> int:
        """The index of the first token that starts at or after an article offset."""
        return bisect_left(self._token_starts, pos)

    def document_ending(self, pos: int, width: int = 40):
        """The document reference that ends within `width` characters before an offset, if any."""
        for end in range(pos, max(self.sentence.start, pos - width) - 1, -1):
            if end in self._doc_ends:
                return self._doc_ends[end]
        return None

    def org_at(self, pos: int) -> "Span | None":
        return self._org_at.get(pos)

    def org_ending(self, pos: int) -> "Span | None":
        return self._org_end.get(pos)

    def spans_from(self, pos: int, width: int = WINDOW) -> list["Span"]:
        i = bisect_left(self._span_starts, pos)
        j = bisect_left(self._span_starts, pos + width)
        return self.spans[i:j]

    def spans_before(self, pos: int, width: int = WINDOW) -> list["Span"]:
        i = bisect_left(self._span_starts, pos - width)
        j = bisect_left(self._span_starts, pos)
        return [s for s in self.spans[i:j] if s.end <= pos]

    def span_covering(self, pos: int) -> "Span | None":
        i = bisect_right(self._span_starts, pos) - 1
        while i >= 0 and pos - self.spans[i].start < WINDOW:
            if self.spans[i].start <= pos < self.spans[i].end:
                return self.spans[i]
            i -= 1
        return None

    def dates_from(self, pos: int, width: int = WINDOW) -> list:
        i = bisect_left(self._date_starts, pos)
        j = bisect_left(self._date_starts, pos + width)
        return self.dates[i:j]

    def dates_before(self, pos: int, width: int = WINDOW) -> list:
        i = bisect_left(self._date_starts, pos - width)
        j = bisect_left(self._date_starts, pos)
        return [d for d in self.dates[i:j] if d.end <= pos]

    def before(self, pos: int, width: int = WINDOW) -> str:
        """At most `width` characters of the sentence before an article offset: rules look this far back,
        so that their time stays linear in a sentence of any length."""
        return self.between(max(self.sentence.start, pos - width), pos)

    def after(self, pos: int, width: int = WINDOW) -> str:
        return self.between(pos, min(self.sentence.end, pos + width))


@dataclass
class EventRecord:
    """An event as the article tells it; it becomes an entity (and statements) once the article is read."""

    key: str                    # a placeholder id, replaced by the content-derived one at the end
    kind: str
    name: str
    body: str | None = None
    session: int | None = None
    dates: list[tuple[dt.date, "SentenceView"]] = field(default_factory=list)
    chairs: list[tuple[str, "SentenceView"]] = field(default_factory=list)
    places: list[tuple[str, "SentenceView"]] = field(default_factory=list)
    organizer: tuple[str, "SentenceView"] | None = None
    first: "SentenceView | None" = None
    registry_id: str | None = None


def _spelt(word: str) -> str:
    """An English word in one of its spellings (`english_spellings` in seeds/lexicon/organisations.yaml): "center" is
    "centre" in the keys that say which body "the center" stands for."""
    return _one_spelling().get(word, word)


@cache
def _one_spelling() -> dict[str, str]:
    return {other.lower(): one.lower() for one, other in lexicon("organisations")["english_spellings"].items()
            if " " not in one + other}


@cache
def _unit_before() -> re.Pattern:
    """A province's unit word opening what follows a body's head ("tỉnh", "thành phố")."""
    return re.compile(rf"^\s*(?:(?:{alternatives(lexicon('organisations')['province_units'])})\s+)?")


@dataclass
class ArticleContext:
    source_id: str
    text: str
    published: dt.date
    registry: Knowledge
    gazetteer: Gazetteer
    language: str = "vi"
    home: str | None = None              # the article's province (a registry place id)
    home_weight: int = 0                 # how strongly the article is about it (mentions, header counted thrice)
    here: str | None = None              # the province the sentence read last named ("In Dong Nai, … the provincial People's Committee")
    named_here: list[str] = field(default_factory=list)   # the provinces and cities named so far in the sentence read
    named_in_paragraph: str | None = None  # the province the paragraph's sentences before named last
    localities: dict[str, list[str]] = field(default_factory=dict)   # a local unit ("xã") → the localities named with it
    minted: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    mentioned: dict[str, list["SentenceView"]] = field(default_factory=dict)
    focus: dict[str, set[str]] = field(default_factory=dict)   # the head of a name ("Ban", "Tổ", "Ủy ban") → the bodies named with it
    _named: dict[str, tuple[int, int]] = field(default_factory=dict)  # body → (times named, when last named)
    _pinned: dict[str, str] = field(default_factory=dict)
    renamed_away: set[str] = field(default_factory=set)   # bodies a renaming the article reports gave a new name
    _minted_names: dict[str, list[str]] = field(default_factory=dict)  # a minted name (match key) → ids
    _order: int = 0
    events: list[EventRecord] = field(default_factory=list)
    event_index: dict[tuple, EventRecord] = field(default_factory=dict)
    current_event: EventRecord | None = None
    this_document: str | None = None      # the notice or decision the article is
    current_doc: str | None = None
    leader: str | None = None             # who chairs or directs, for "Thủ tướng yêu cầu …"
    period: DateMention | None = None     # the reporting period in focus
    period_read: int = 0                  # the sentence that gave it
    reviewed: DateMention | None = None   # a past year the headline reviews ("… tổng kết năm 2024", "… in 2025")
    last_of_kind: dict[str, DateMention] = field(default_factory=dict)   # the last month, quarter, … a sentence gave
    targets_listed: bool | None = None    # a list of targets is open ("Năm 2026, tỉnh phấn đấu:" and its items)
    last_day: dt.date | None = None       # the last day a sentence gave, for "Cùng ngày, …"
    day_bodies: set = field(default_factory=set)   # the bodies and places the sentence that gave `last_day` named
    list_post: tuple | None = None        # a list header's post carried to the items below it ("Các thành viên:")
    posts_held: dict[str, tuple[str, int]] = field(default_factory=dict)   # a post → the body of its latest holder, when
    read: int = 0                         # sentences read so far
    numbered: dict[tuple, str] = field(default_factory=dict)  # (type, number) → the document, for "Nghị quyết 57"
    conclusions: list = field(default_factory=list)
    founding_list: tuple | None = None    # (sentence, document) of "thành lập 3 tổ công tác" whose list comes next
    people_named: list[str] = field(default_factory=list)   # in the order the article first names them
    subject: str | None = None            # the first person the last sentence naming anyone named: whom "He" stands for
    retiring: tuple | None = None         # (sentence, listing yet, its end) of a group retired, whose people come next
    given_terms: list = field(default_factory=list)   # memberships the sentence just read gave, not yet dated
    last_term: object = None              # the term the last post given with one had ("Cũng tại quyết định này, …" carries it)
    posts_given: list = field(default_factory=list)   # (where its post is written, membership, by appointing) of this sentence's
    titles: list[tuple[int, int]] = field(default_factory=list)   # where the article's headlines are

    @property
    def province(self) -> str | None:
        """The province a sentence's bare "tỉnh" stands for: the one it is set in ("Tại Quảng Ngãi, …"), else the one the
        paragraph named last ("… giữ chức Bí thư Tỉnh ủy Ninh Bình. Ba Phó Bí thư Tỉnh ủy là …"), else the article's."""
        return self.named_here[-1] if self.named_here else self.named_in_paragraph or self.home

    def opens_paragraph(self, start: int) -> bool:
        """Whether the sentence at this offset opens a paragraph."""
        return start == 0 or self.text[max(0, start - 8):start].rstrip(" \t").endswith("\n")

    def in_title(self, pos: int) -> bool:
        return any(start <= pos < end for start, end in self.titles)

    def name_locality(self, unit: str, label: str) -> None:
        self.localities.setdefault(match_key(unit), []).append(label)

    def locality(self, unit: str) -> str | None:
        """The locality a bare unit stands for ("Đảng ủy xã"): the one the article names most with it, latest first."""
        named = self.localities.get(match_key(unit), [])
        return max(reversed(named), key=named.count) if named else None

    # ---- entities
    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        return self.registry.entities.get(entity_id) or self.minted.get(entity_id)

    def kind(self, entity_id: str | None) -> str | None:
        entity = self.entity(entity_id)
        return KIND_OF_MODEL.get(type(entity)) if entity else None

    def lookup(self, name: str, kind: str | None = None) -> str | None:
        """The registry or minted entity whose name is exactly this one."""
        hit = self.gazetteer.lookup(name)
        if hit and (kind is None or hit[1] == kind):
            return hit[0]
        for entity_id in self._minted_names.get(match_key(name), []):
            if kind is None or KIND_OF_MODEL[type(self.minted[entity_id])] == kind:
                return entity_id
        return None

    def _index(self, entity_id: str, names) -> None:
        for name in names:
            ids = self._minted_names.setdefault(match_key(name), [])
            if entity_id not in ids:
                ids.append(entity_id)

    def mint(self, model, label_vi: str, *, alt: list[str] | None = None, key: str | None = None, **fields) -> str:
        """A new entity named `label_vi` (or the one already minted or registered under that name)."""
        existing = self.lookup(label_vi, KIND_OF_MODEL[model])
        if existing:
            self._add_alt(existing, alt)
            return existing
        entity_id = "x-" + (_short_slug(key or label_vi) or model.__name__.lower())
        if entity_id not in self.minted:
            names = [a for a in dict.fromkeys(alt or []) if a and match_key(a) != match_key(label_vi)]
            self.minted[entity_id] = model(id=entity_id, label_vi=label_vi, alt=names, **fields)
            self._index(entity_id, [label_vi, *names])
        else:
            self._add_alt(entity_id, alt)
        return entity_id

    def _add_alt(self, entity_id: str, alt: list[str] | None) -> None:
        entity = self.minted.get(entity_id)
        if entity is None or not alt:
            return
        known = {match_key(entity.label_vi), *(match_key(a) for a in entity.alt)}
        extra = [a for a in alt if a and match_key(a) not in known]
        if extra:
            self.minted[entity_id] = entity.model_copy(update={"alt": entity.alt + list(dict.fromkeys(extra))})
            self._index(entity_id, extra)

    def person_ending(self, name: str, post: str | None = None, only: bool = False) -> str | None:
        """A person the article named in full whose name ends with this one ("ông Quân" after "Đỗ Anh Quân"), the one
        last named; of several, one the article gave the post written before the name (`only`: none of several)."""
        key = " " + match_key(strip_marks(name))
        named = [person for person in reversed(self.people_named) if (entity := self.entity(person)) is not None
                 and any(match_key(strip_marks(n)).endswith(key) for n in (entity.label_vi, entity.label_en) if n)]
        if only and len(named) > 1:
            return None
        holding = {f.person for f in self.facts if isinstance(f, Membership) and f.role == post} if post and len(named) > 1 else set()
        return next((p for p in named if p in holding), named[0] if named else None)

    def person(self, name: str) -> str:
        return self.lookup(name, "people") or self.mint(Person, name)

    def organisation(self, name: str, kind: str, *, area: str | None = None, alt: list[str] | None = None,
                     parent: str | None = None) -> str:
        english = self._english_names(name, area)
        return self.mint(Organization, name, alt=(alt or []) + english, kind=kind, area=area, parent=parent,
                         label_en=english[0] if english else None)

    def _english_names(self, name: str, area: str | None) -> list[str]:
        """The English names of a province's or a city's body (`english_local_names`), by its head and its place."""
        place = self.entity(area) if area else None
        if not isinstance(place, Place) or not place.label_en:
            return []
        for head, forms in lexicon("organisations")["english_local_names"].items():
            if name.startswith(head + " ") and _unit_before().sub("", name[len(head):]) == place.label_vi:   # the place's own body,
                return [f.format(place=place.label_en).replace("City City", "City")   # not a commune's in it
                        for f in forms.get(place.kind, [])]
        return []

    def remember(self, entity_id: str, view: "SentenceView") -> None:
        """The article names this entity here."""
        if entity_id not in self.mentioned and isinstance(self.entity(entity_id), Person):
            self.people_named.append(entity_id)
        self.mentioned.setdefault(entity_id, []).append(view)

    def forget(self, entity_id: str, view: "SentenceView") -> None:
        """The article does not name this entity after all, when this sentence is the only one that seemed to."""
        if all(v is view for v in self.mentioned.get(entity_id, [])):
            self.mentioned.pop(entity_id, None)

    def set_focus(self, org_id: str, *, pinned: bool = False, first: bool = False) -> None:
        """The article names this body: it may be the one a bare head ("Ban Chỉ đạo", "Ủy ban") stands for.
        A body the article calls by its head alone ("(sau đây gọi tắt là Ban Chỉ đạo)") or renames into is pinned;
        `first`: pinned unless another body already is (the body an article's lead founds stays what it is about when
        the founding of the committee above it is cited next)."""
        entity = self.entity(org_id)
        if not isinstance(entity, Organization) or entity.kind == "collective":
            return
        self._order += 1
        rank = (self._named.get(org_id, (0, 0))[0] + 1, self._order)
        self._named[org_id] = rank
        keys = set()
        for name in (entity.label_vi, *entity.alt):
            words = name.split()
            keys |= {match_key(" ".join(words[:n])) for n in range(1, min(len(words), 5))}
        not_alone = set(lexicon("organisations")["english_bare_not"].get(entity.kind, []))
        for english in (entity.label_en or entity.label_vi, *entity.alt):   # (a body minted from English news: its name)
            words = [_spelt(w) for w in (english or "").lower().split()]   # words and pairs of words of an English name:
            # "the (steering) committee"
            keys |= {f"~{w}" for w in words if w not in not_alone} | {f"~{a} {b}" for a, b in zip(words, words[1:])}
        for key in keys:
            self.focus.setdefault(key, set()).add(org_id)
            if pinned and org_id not in self.renamed_away and not (first and key in self._pinned):
                self._pinned[key] = org_id   # (the old name of a renamed body is no longer what a bare head stands for)

    def _most_named(self, keys: list[str], kinds: tuple[str, ...] = (), besides: frozenset[str] | set[str] = frozenset()) -> str | None:
        """Of the bodies named with one of these keys (and of one of these kinds, not one of `besides`), the one pinned
        to a key, else the one the article names most (latest first)."""
        def fits(body: str) -> bool:
            return body not in besides and (not kinds or getattr(self.entity(body), "kind", None) in kinds)
        pinned = [self._pinned[k] for k in keys if k in self._pinned and fits(self._pinned[k])]
        named = [b for k in keys for b in self.focus.get(k, ()) if fits(b)]
        bodies = pinned or [b for b in named if b not in self.renamed_away and not self._of_a_place_gone(b)] or named
        return max(bodies, key=lambda b: self._named.get(b, (0, 0))) if bodies else None

    def _of_a_place_gone(self, body: str) -> bool:
        """Whether a body is of a province merged away before the article ("Quang Nam's Department of Science and
        Technology" in an article on Da Nang after the merger): "the department" stands for one that still exists."""
        area = self.entity(getattr(self.entity(body), "area", None))
        return (getattr(area, "dissolved", None) or dt.date.max) <= self.published

    def in_focus(self, head: str) -> str | None:
        """The body a bare head stands for: the one pinned to it, else the one the article names most (latest first)."""
        return self._most_named([match_key(head)])

    def in_focus_among(self, heads: tuple[str, ...], kinds: tuple[str, ...] = ()) -> str | None:
        """The body one of several heads stands for, of one of these kinds: one pinned to a head, else the one the
        article names most (latest first)."""
        return self._most_named([match_key(h) for h in heads], kinds)

    def only_one(self, head: str, kinds: tuple[str, ...] = (), current: bool = False) -> str | None:
        """The body a bare head stands for when the article names a single body with that head ("Bộ trưởng A" in an
        article about one ministry); for a post held now, a single one that still exists on the day of publication
        ("Bộ trưởng A" after "the Ministry of Information and Communications was merged into the Ministry of …"); else
        one the article names at least twice as often as each other (the ministry a working visit is to, not the one
        whose representatives also came)."""
        bodies = {b for b in self.focus.get(match_key(head), ()) if not kinds or getattr(self.entity(b), "kind", None) in kinds}
        if current and len(bodies) > 1:
            bodies = {b for b in bodies if (getattr(self.entity(b), "dissolved", None) or dt.date.max) > self.published}
        if len(bodies) > 1:
            times = sorted(((self._named.get(b, (0, 0))[0], b) for b in bodies), reverse=True)
            return times[0][1] if times[0][0] >= 2 * times[1][0] else None
        return next(iter(bodies)) if bodies else None

    def province_in_focus(self) -> Place | None:
        """The province or province-level city the article is clearly about (its header or lead names it), if any."""
        place = self.entity(self.home)
        return place if self.home_weight >= 2 and isinstance(place, Place) and place.kind in ("province", "city") else None

    def most_named(self) -> str | None:
        """The body the article names most (latest first): what it is about."""
        return max(self._named, key=lambda b: self._named[b]) if self._named else None

    def pinned_with(self, *words: str) -> str | None:
        """The body pinned to one of these words of English names ("centre"): one the article made or renamed."""
        return next((self._pinned[k] for k in (f"~{_spelt(w.lower())}" for w in words) if k in self._pinned), None)

    def named_with(self, *words: str, kinds: tuple[str, ...] = (), besides: frozenset[str] | set[str] = frozenset()) -> str | None:
        """The body (of one of these kinds, not one of `besides`) the article names most (latest first) whose English
        name has the first of these words ("committee", "working group") that any body's has."""
        return next((body for body in (self._most_named([f"~{_spelt(w.lower())}"], kinds, besides) for w in words) if body),
                    None)

    # ---- facts
    def evidence(self, view: SentenceView, rule: str) -> list[Evidence]:
        s = view.sentence
        return [Evidence(source=self.source_id, start=s.start, end=s.end, method=f"rule:{rule}")]

    def add(self, model, view: SentenceView, rule: str, prefix: str, **fields) -> Fact:
        fact = model(id=f"x-{prefix}-pending", evidence=self.evidence(view, rule), **fields)
        fact = with_content_id(fact, prefix)
        self.facts.append(fact)
        return fact

    def statement(self, view: SentenceView, subject: str, predicate: str, obj, rule: str) -> None:
        if subject and obj is not None:
            self.add(Statement, view, rule, "s", subject=subject, predicate=predicate, object=obj)


_SLUG = 90   # characters of a minted id's slug


def _short_slug(name: str) -> str:
    """A name's slug, at most `_SLUG` characters: a longer one is cut and ends with a digest of the whole, so that two
    long names that differ only at their end (the same committee of two provinces) stay two ids."""
    slug = slugify(name).strip("-")
    if len(slug) <= _SLUG:
        return slug
    return f"{slug[:_SLUG - 9].strip('-')}-{hashlib.sha1(slug.encode('utf-8')).hexdigest()[:8]}"


def content_id(prefix: str, key: tuple) -> str:
    digest = hashlib.sha1(repr(key).encode("utf-8")).hexdigest()[:16]
    return f"x-{prefix}-{digest}"


def with_content_id(fact: Fact, prefix: str) -> Fact:
    return fact.model_copy(update={"id": content_id(prefix, distinct_fact_key(fact))})

"""What the rules share while reading one article: its sentences, mentions, and what is in focus."""

import datetime as dt
from dataclasses import dataclass, field

from kg.extract.dates import DateMention, find_dates
from kg.extract.docnumbers import TYPE_WORDS, DocRef, find_document_numbers
from kg.extract.gazetteer import Gazetteer, Mention
from kg.model import (
    ENTITY_MODELS, Entity, Evidence, Fact, Knowledge, LegalDocument, Person, Programme, Statement,
)
from kg.text.normalize import fold, slugify
from kg.text.sentences import Sentence

TYPE_LABELS = {slug: word[:1].upper() + word[1:] for word, slug in TYPE_WORDS.items()}
KIND_OF_MODEL = {model: kind for kind, model in ENTITY_MODELS.items()}


@dataclass
class SentenceView:
    sentence: Sentence
    mentions: list[Mention]           # entity mentions, offsets in the article
    dates: list[DateMention]
    docs: list[DocRef]

    @property
    def text(self) -> str:
        return self.sentence.text

    def of_kind(self, *kinds: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind in kinds]


@dataclass
class ArticleContext:
    source_id: str
    text: str
    published: dt.date | None
    registry: Knowledge
    gazetteer: Gazetteer
    minted: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    current_event: str | None = None
    current_doc: str | None = None
    leader: str | None = None         # the person who chairs or directs, for "Thủ tướng yêu cầu …"
    last_committee: str | None = None
    province: str | None = None
    period: DateMention | None = None  # the reporting period in focus ("quí I/2022")
    _counter: int = 0

    # ---- entities
    def entity(self, entity_id: str) -> Entity | None:
        return self.registry.entities.get(entity_id) or self.minted.get(entity_id)

    def kind(self, entity_id: str) -> str | None:
        entity = self.entity(entity_id)
        return KIND_OF_MODEL.get(type(entity)) if entity else None

    def mint(self, model, label_vi: str, **fields) -> str:
        entity_id = "x-" + (slugify(label_vi)[:80].strip("-") or model.__name__.lower())
        existing = self.entity(entity_id)
        if existing is None:
            self.minted[entity_id] = model(id=entity_id, label_vi=label_vi, **fields)
        return entity_id

    def document(self, ref: DocRef) -> str:
        """The registry document with this number (or name), else a new one."""
        if ref.number:
            key = fold(ref.number).replace(" ", "")
            for entity in self.registry.entities.values():
                if isinstance(entity, LegalDocument) and entity.number and fold(entity.number).replace(" ", "") == key:
                    return entity.id
        found = self.gazetteer.find(ref.text, {"documents", "programmes"})
        if found and found[0].end - found[0].start == len(ref.text):
            return found[0].entity_id
        if ref.doctype == "de-an" or ref.number is None and ref.doctype in ("chuong-trinh",):
            return self.mint(Programme, ref.text, ptype=ref.doctype)
        doctype = ref.doctype or "quyet-dinh"
        label = f"{TYPE_LABELS[doctype]} số {ref.number}" if ref.number else ref.text
        issuer = ref.issuer if ref.issuer in ISSUER_CODES else None
        return self.mint(LegalDocument, label, number=ref.number, doctype=doctype,
                         issuer_code=issuer, year=ref.year)

    def person(self, name: str) -> str:
        found = self.gazetteer.find(name, {"people"})
        if found and found[0].text == name:
            return found[0].entity_id
        return self.mint(Person, name)

    # ---- facts
    def next_id(self, prefix: str) -> str:
        self._counter += 1
        return f"x-{prefix}-{slugify(self.source_id)[:12]}-{self._counter}"

    def evidence(self, view: SentenceView, rule: str) -> list[Evidence]:
        s = view.sentence
        return [Evidence(source=self.source_id, start=s.start, end=s.end, method=f"rule:{rule}")]

    def add(self, fact: Fact) -> None:
        self.facts.append(fact)

    def statement(self, view: SentenceView, subject: str, predicate: str, obj, rule: str) -> None:
        self.add(Statement(id=self.next_id("s"), subject=subject, predicate=predicate, object=obj,
                           evidence=self.evidence(view, rule)))


ISSUER_CODES = {"TTg", "CP", "VPCP", "TW", "QH", "UBTVQH", "BTTTT", "BCA", "BTC", "BKHCN", "UBND", "BCĐ"}


def sentence_views(ctx: ArticleContext, sentences: list[Sentence]) -> list[SentenceView]:
    views = []
    for s in sentences:
        mentions = [_shift(m, s.start) for m in ctx.gazetteer.find(s.text)]
        docs = [_shift_doc(d, s.start) for d in find_document_numbers(s.text)]
        # a coded number the gazetteer also matched (as an alias) is one mention, the number's
        mentions = [m for m in mentions if not any(d.start <= m.start < d.end or m.start <= d.start < m.end for d in docs if d.number)]
        dates = [_shift_date(d, s.start) for d in find_dates(s.text, ctx.published)]
        views.append(SentenceView(s, mentions, dates, docs))
        ctx.mentions.extend(mentions)
    return views


def _shift(m: Mention, by: int) -> Mention:
    return Mention(m.start + by, m.end + by, m.text, m.entity_id, m.kind)


def _shift_doc(d: DocRef, by: int) -> DocRef:
    return DocRef(d.start + by, d.end + by, d.text, d.number, d.doctype, d.issuer, d.year, d.name)


def _shift_date(d: DateMention, by: int) -> DateMention:
    return DateMention(d.start + by, d.end + by, d.text, d.kind, d.value, d.period, d.deadline)


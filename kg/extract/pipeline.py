"""One article in, its source, minted entities and facts out: the rules in reading order, sentence by sentence,
then what only the whole article settles (its events' ids, what a notice concludes, the dates of changes)."""

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.extract.changes import extract_changes, made_once
from kg.extract.compositions import compositions
from kg.extract.context import KIND_OF_MODEL, ArticleContext, content_id, with_content_id
from kg.extract.dates import dateline
from kg.extract.documents import extract_documents, issuer_by_code
from kg.extract.events import extract_events, finish_events
from kg.extract.gazetteer import Gazetteer
from kg.extract.measures import extract_measures, without_headline_repeats
from kg.extract.mentions import Reader
from kg.extract.outlets import outlet_province
from kg.extract.merge import dedupe, distinct_fact_key
from kg.extract.english import english_posts
from kg.extract.foot import extract_recipients, extract_signature
from kg.extract.people import extract_people, office_mentions, successions, without_implied_memberships
from kg.extract.tasks import extract_tasks
from kg.extract.terms import close_terms
from kg.model import ChangeEvent, Evidence, Fact, Knowledge, Place, Source, Statement, rdf_fields
from kg.model.base import REF, REFS
from kg.model.facts import source_ref
from kg.seeds import load_curated
from kg.text.article import read_article
from kg.text.blocks import TITLE, split_blocks
from kg.text.sentences import Sentence, split_sentences


@dataclass
class Extraction:
    knowledge: Knowledge        # the source, minted entities and extracted facts
    mentioned: set[str]         # every entity the article names (registry or minted)


_READERS: dict[int, Reader] = {}


def reader_for(registry: Knowledge) -> Reader:
    key = id(registry)
    if key not in _READERS:
        kinds = {e.id: KIND_OF_MODEL[type(e)] for e in registry.entities.values()}
        _READERS[key] = Reader(registry, Gazetteer(registry.entities, kinds))
    return _READERS[key]


def gazetteer_for(registry: Knowledge) -> Gazetteer:
    """The registry's names, found in any text."""
    return reader_for(registry).gazetteer


def _title(text: str) -> str:
    return next((b.text for b in split_blocks(text) if b.kind == TITLE), text.strip().split("\n")[0])[:300]


def language_of(text: str) -> str:
    """'en' for a text written without Vietnamese letters, else 'vi'."""
    letters = [c for c in text[:20000] if c.isalpha()]
    marked = sum(1 for c in letters if ord(c) > 127)
    return "en" if letters and marked / len(letters) < 0.05 else "vi"


_VENUE = re.compile(r"(?<!\w)(?:tại|ở|in|at)\s+$", re.IGNORECASE)


_LEAD_WEIGHT = 6


def _home(ctx: ArticleContext, reader: Reader, sentences: list[Sentence], url: str | None) -> tuple[str | None, int]:
    """The article's province: the one its header and title name, else the one it names most; the first one the lead
    names (after the title) counts as much as a header's three ("Ban Chỉ đạo … tỉnh Thái Nguyên họp …" before a
    paragraph on its new head's former province), and so does the one its outlet's web address names."""
    counts: dict[str, int] = {}
    outlet = outlet_province(ctx.registry, ctx.text, url)
    if outlet is not None:
        counts[outlet] = _LEAD_WEIGHT
    lead = False
    for k, s in enumerate(sentences):
        text = s.text.title() if s.text.isupper() else s.text
        weight = 3 if k < 8 else 1
        for m in reader.gazetteer.find(text, {"places"}):
            place = ctx.entity(m.entity_id)
            before = text[:m.start].split()[-1:]
            if isinstance(place, Place) and place.kind in ("province", "city") and not (before and before[0] in reader.surnames_en):
                # (not inside a person's name: "Nguyễn Hòa Bình"); where a meeting is held ("tại Hà Nội", "in Hanoi") says
                # little of what the article is about
                venue = _VENUE.search(text[max(0, m.start - 8):m.start])
                first = k > 0 and not lead and not venue
                lead = lead or first
                counts[m.entity_id] = counts.get(m.entity_id, 0) + (1 if venue else weight) + (_LEAD_WEIGHT if first else 0)
    # a province merged away before the article was written is not what it is about, when it names one that exists
    current = {p: n for p, n in counts.items() if (getattr(ctx.entity(p), "dissolved", None) or dt.date.max) > ctx.published}
    counts = current or counts
    if not counts:
        return None, 0
    home = max(counts, key=lambda p: (counts[p], p))
    return home, counts[home]


def _renamed(fact: Fact, mapping: dict[str, str | None]) -> Fact | None:
    """A fact with the placeholders of events replaced by their ids (None for a statement about an event not
    recorded), and its id made again from its content."""
    if not mapping:
        return fact
    update: dict[str, Any] = {}
    if isinstance(fact, Statement):
        if fact.subject in mapping:
            update["subject"] = mapping[fact.subject]
        if isinstance(fact.object, str) and fact.object in mapping:
            update["object"] = mapping[fact.object]
        if None in update.values():
            return None   # about an event not recorded
    for name, spec in rdf_fields(type(fact)).items():
        value = getattr(fact, name)
        if spec.kind == REF and value in mapping:
            update[name] = mapping[value]
        elif spec.kind == REFS and any(v in mapping for v in value):
            update[name] = [mapping.get(v, v) for v in value if mapping.get(v, v)]
    if not update:
        return fact
    moved = fact.model_copy(update=update)
    prefix = fact.id.split("-")[1]
    return moved.model_copy(update={"id": content_id(prefix, distinct_fact_key(moved))})


def _document_dates(ctx: ArticleContext) -> dict[str, dt.date]:
    dates: dict[str, dt.date] = {}
    for e in ctx.registry.entities.values():
        day = getattr(e, "date", None)
        if isinstance(day, dt.date):
            dates[e.id] = day
    for fact in [*ctx.registry.facts, *ctx.facts]:
        if isinstance(fact, Statement) and fact.predicate == "date_document" and isinstance(fact.object, dt.date):
            dates.setdefault(fact.subject, fact.object)
    return dates


def _dated_changes(ctx: ArticleContext, facts: list) -> list:
    """A change without a date of its own takes the date of the document that decided it."""
    dates = _document_dates(ctx)
    out = []
    for fact in facts:
        if isinstance(fact, ChangeEvent) and fact.date is None and fact.due is None and fact.decided_by in dates:
            fact = fact.model_copy(update={"date": dates[fact.decided_by]})
            fact = fact.model_copy(update={"id": content_id("c", distinct_fact_key(fact))})
        out.append(fact)
    return out


def _this_document(ctx: ArticleContext, header) -> str | None:
    """The notice or decision the article is: dated by its place-and-date line, issued by its number's code.
    Returns the body that issued it."""
    document = ctx.entity(ctx.this_document)
    if document is None:
        return None
    evidence = []
    if header:
        day, start, end = header
        evidence = [Evidence(source=ctx.source_id, start=start, end=end, method="rule:document-date")]
        ctx.facts.append(with_content_id(Statement(id="x-s-pending", subject=document.id, predicate="date_document",
                                                   object=day, evidence=evidence), "s"))
    issuer = issuer_by_code(ctx, getattr(document, "issuer_code", None))
    first = ctx.mentioned.get(document.id)
    if issuer and first:
        ctx.statement(first[0], document.id, "passed_by", issuer, "document-issuer")
    return issuer


def extract_text(text: str, source_id: str, *, published: dt.date | None = None, registry: Knowledge | None = None,
                 file_name: str = "", sha256: str = "", url: str | None = None) -> Extraction:
    registry = registry or load_curated()
    header = dateline(text)
    published = published or (header[0] if header else None)
    if published is None:
        raise InputError(f"{file_name or source_id}: no publication date in the text; give it with --published YYYY-MM-DD "
                         f"or in the manifest")
    reader = reader_for(registry)
    ctx = ArticleContext(source_id, text, published, registry, reader.gazetteer, language=language_of(text))
    sentences = split_sentences(text)
    ctx.home, ctx.home_weight = _home(ctx, reader, sentences, url)
    ctx.titles = [(s.start, s.end) for s in sentences if s.block_kind == TITLE]
    last_assignees: list[str] = []
    for sentence in sentences:
        ctx.read += 1
        view = reader.view(ctx, sentence)
        for span in office_mentions(view):
            ctx.remember(span.value, view)
        reaches = extract_people(ctx, view)
        if ctx.language == "en":
            english_posts(ctx, view, reaches)
        successions(ctx, view)
        compositions(ctx, view)
        events = extract_events(ctx, view, reaches)
        docs = extract_documents(ctx, view, events)
        extract_changes(ctx, view, docs)
        last_assignees = extract_tasks(ctx, view, docs, last_assignees)
        extract_measures(ctx, view)
    extract_signature(ctx, reader, _this_document(ctx, header))
    extract_recipients(ctx, reader)
    renamed = finish_events(ctx)
    for notice, record, view in ctx.conclusions:
        if renamed.get(record.key):
            ctx.statement(view, notice, "concludes", renamed[record.key], "concludes")
    mentioned = {e for e in ctx.mentioned if ctx.kind(e) not in (None, "places", "indicators")
                 and getattr(ctx.entity(e), "kind", None) != "collective"}
    for entity_id in sorted(mentioned):
        ctx.statement(ctx.mentioned[entity_id][0], entity_id, "mentioned_in", source_ref(source_id), "mention")
    facts = [f for f in (_renamed(f, renamed) for f in ctx.facts) if f is not None]
    facts = without_headline_repeats(facts, ctx.titles)
    facts = close_terms(_dated_changes(ctx, without_implied_memberships(made_once(facts))))
    source = Source(id=source_id, file=file_name or f"{source_id}.txt", title=_title(text), published=published,
                    date_basis="dateline", outlet_basis="not named in the text",
                    sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest())
    knowledge = Knowledge(sources={source_id: source}, entities=dict(ctx.minted), facts=dedupe(facts, distinct_fact_key))
    return Extraction(knowledge, mentioned)


def extract_file(path: Path, *, registry: Knowledge | None = None, published: dt.date | None = None,
                 url: str | None = None) -> Extraction:
    text = read_article(path)
    return extract_text(text, path.stem, published=published, registry=registry, file_name=path.name,
                        sha256=hashlib.sha256(path.read_bytes()).hexdigest(), url=url)


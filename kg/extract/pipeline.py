"""One article in, sources, entities and facts out: the rules in reading order, sentence by sentence."""

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from kg.extract.context import KIND_OF_MODEL, ArticleContext, sentence_views
from kg.extract.dates import dateline_date
from kg.extract.events import extract_events
from kg.extract.gazetteer import Gazetteer, Mention
from kg.extract.measures import extract_measures
from kg.extract.merge import dedupe
from kg.extract.people import extract_people
from kg.extract.relations import extract_changes, extract_documents, extract_links, extract_tasks
from kg.model import Source
from kg.model.entities import Organization
from kg.model import Knowledge
from kg.seeds import load_curated
from kg.text.article import read_article
from kg.text.blocks import TITLE, split_blocks
from kg.text.sentences import split_sentences


@dataclass
class Extraction:
    knowledge: Knowledge        # the source, minted entities and extracted facts
    mentions: list[Mention]     # every entity mention linked to an entity, with its span


_GAZETTEERS: dict[int, Gazetteer] = {}


def gazetteer_for(registry: Knowledge) -> Gazetteer:
    key = id(registry)
    if key not in _GAZETTEERS:
        kinds = {e.id: KIND_OF_MODEL[type(e)] for e in registry.entities.values()}
        _GAZETTEERS[key] = Gazetteer(registry.entities, kinds)
    return _GAZETTEERS[key]


def _title(text: str) -> str:
    return next((b.text for b in split_blocks(text) if b.kind == TITLE), text.strip().split("\n")[0])[:300]


def extract_text(text: str, source_id: str, *, published: dt.date | None = None, registry: Knowledge | None = None,
                 file_name: str = "", sha256: str = "") -> Extraction:
    registry = registry or load_curated()
    published = published or dateline_date(text)
    ctx = ArticleContext(source_id, text, published, registry, gazetteer_for(registry))
    views = sentence_views(ctx, split_sentences(text))
    last_assignees: list[str] = []
    for view in views:
        for m in view.of_kind("places"):
            ctx.province = m.entity_id
        people = extract_people(ctx, view)
        docs = extract_documents(ctx, view)
        extract_events(ctx, view, people)
        extract_changes(ctx, view, docs)
        extract_links(ctx, view, docs)
        last_assignees = extract_tasks(ctx, view, docs, last_assignees)
        extract_measures(ctx, view)
        for m in view.of_kind("organizations"):
            entity = ctx.entity(m.entity_id)
            if isinstance(entity, Organization) and entity.kind in ("committee", "steering-committee"):
                ctx.last_committee = m.entity_id
    source = Source(id=source_id, file=file_name or f"{source_id}.txt", title=_title(text),
                    published=published or dt.date.today(), date_basis="dateline" if published else "unknown",
                    outlet="unknown", sha256=sha256 or hashlib.sha256(text.encode("utf-8")).hexdigest())
    knowledge = Knowledge(sources={source_id: source}, entities=dict(ctx.minted), facts=dedupe(ctx.facts))
    return Extraction(knowledge, ctx.mentions)


def extract_file(path: Path, *, registry: Knowledge | None = None, published: dt.date | None = None) -> Extraction:
    text = read_article(path)
    return extract_text(text, path.stem, published=published, registry=registry, file_name=path.name,
                        sha256=hashlib.sha256(path.read_bytes()).hexdigest())


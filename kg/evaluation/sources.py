"""The five source articles: what extraction finds in them against the curated facts that cite them."""

import datetime as dt
from collections import defaultdict
from pathlib import Path

from kg.extract.context import KIND_OF_MODEL
from kg.extract.merge import fact_key
from kg.extract.pipeline import extract_file
from kg.model import ChangeEvent, IndicatorValue, Knowledge, Membership, Statement, Target, TaskAssignment, fact_references, rdf_fields
from kg.model.base import DATE

KINDS = ("documents", "dates", "people", "roles", "organisations", "relations", "measures")
ENTITY_KINDS = {"documents": "documents", "people": "people", "organizations": "organisations"}


def _dates(fact) -> set[str]:
    out = set()
    if isinstance(fact, Statement) and isinstance(fact.object, dt.date):
        out.add(fact.object.isoformat())
    for name, spec in rdf_fields(type(fact)).items():
        value = getattr(fact, name)
        if spec.kind == DATE and value:
            out.add(value.isoformat())
    return out


def _relations(fact) -> set[tuple]:
    if isinstance(fact, Statement) and fact.predicate != "mentioned_in":
        return {(fact.predicate, fact.subject, str(fact.object))}
    if isinstance(fact, ChangeEvent):
        return {("change", fact.kind, r) for r in fact.resulting or fact.original}   # a dissolution: what it ends
    if isinstance(fact, TaskAssignment):
        return ({("assignee", a) for a in fact.assignees} | {("coordinates", p) for p in fact.coordinates_with}
                | {("concerns", c) for c in fact.concerns})
    return set()


def _measures(fact) -> set[tuple]:
    return {fact_key(fact)} if isinstance(fact, (Target, IndicatorValue)) else set()


def items(facts, entity_kind, extra_ids=()) -> dict[str, set]:
    """The comparable items of a set of facts (plus mentioned entity ids), by kind."""
    out: defaultdict[str, set] = defaultdict(set)
    for fact in facts:
        out["dates"] |= _dates(fact)
        out["relations"] |= _relations(fact)
        out["measures"] |= _measures(fact)
        if isinstance(fact, Membership):
            out["roles"].add(("membership", fact.person, fact.role, fact.organization))
        if isinstance(fact, Statement) and fact.predicate == "mentioned_in":
            continue
        for ref in fact_references(fact):
            kind = ENTITY_KINDS.get(entity_kind(ref))
            if kind:
                out[kind].add(ref)
    for ref in extra_ids:
        kind = ENTITY_KINDS.get(entity_kind(ref))
        if kind:
            out[kind].add(ref)
    return out


def _entity_kind(*knowledges: Knowledge):
    def kind(entity_id):
        for k in knowledges:
            if entity_id in k.entities:
                return KIND_OF_MODEL[type(k.entities[entity_id])]
        return None
    return kind


def evaluate_sources(curated: Knowledge, corpus: Path) -> dict[str, tuple[int, int, int]]:
    """(true positives, predicted, gold) per kind over the source articles found in `corpus`."""
    totals = {k: [0, 0, 0] for k in KINDS}
    for source in curated.sources.values():
        path = corpus / source.file
        if not path.is_file():
            continue
        found = extract_file(path, registry=curated, published=source.published)
        kind = _entity_kind(curated, found.knowledge)
        gold_facts = [f for f in curated.facts if source.id in f.sources()]
        predicted, gold = items(found.knowledge.facts, kind, found.mentioned), items(gold_facts, kind)
        for k in KINDS:
            p, g = predicted.get(k, set()), gold.get(k, set())
            totals[k][0] += len(p & g)
            totals[k][1] += len(p)
            totals[k][2] += len(g)
    return {k: (v[0], v[1], v[2]) for k, v in totals.items()}

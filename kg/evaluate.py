"""`make eval`: precision and recall of the extraction, by kind, against the curated facts of the five
source articles and against the hand-written gold of the project's own test articles (eval/)."""

import datetime as dt
from collections import defaultdict
from pathlib import Path

import yaml
from rich.console import Console
from rich.table import Table

from kg.extract.context import KIND_OF_MODEL
from kg.extract.pipeline import extract_file
from kg.model import ChangeEvent, IndicatorValue, Membership, Statement, Target, TaskAssignment, rdf_fields
from kg.model.base import DATE
from kg.extract.merge import _value
from kg.paths import EVAL_DIR, corpus_dir
from kg.model import Knowledge, fact_references
from kg.seeds import load_curated

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
    if isinstance(fact, Statement):
        return {(fact.predicate, fact.subject, str(fact.object))}
    if isinstance(fact, ChangeEvent):
        return {("change", fact.kind, r) for r in fact.resulting}
    if isinstance(fact, TaskAssignment):
        return ({("assignee", a) for a in fact.assignees} | {("coordinates", p) for p in fact.coordinates_with}
                | {("concerns", c) for c in fact.concerns})
    return set()


def _measures(fact) -> set[tuple]:
    if isinstance(fact, Target):
        return {("target", _value(fact.value), fact.unit, fact.due.isoformat() if fact.due else "")}
    if isinstance(fact, IndicatorValue):
        return {("reported", _value(fact.value), fact.unit, fact.period or "")}
    return set()


def items(facts, entity_kind, extra_ids=()) -> dict[str, set]:
    """The comparable items of a set of facts (plus mentioned entity ids), by kind."""
    out = defaultdict(set)
    for fact in facts:
        out["dates"] |= _dates(fact)
        out["relations"] |= _relations(fact)
        out["measures"] |= _measures(fact)
        if isinstance(fact, Membership):
            out["roles"].add(("membership", fact.person, fact.role, fact.organization))
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


def _gold_file(path: Path) -> dict[str, set]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {kind: {tuple(str(x) for x in v) if isinstance(v, list) else str(v) for v in raw.get(kind, [])} for kind in KINDS}


def score(pairs) -> dict[str, tuple[int, int, int]]:
    """(true positives, predicted, gold) per kind, summed over (predicted, gold) pairs."""
    totals = {k: [0, 0, 0] for k in KINDS}
    for predicted, gold in pairs:
        for kind in KINDS:
            p, g = predicted.get(kind, set()), gold.get(kind, set())
            totals[kind][0] += len(p & g)
            totals[kind][1] += len(p)
            totals[kind][2] += len(g)
    return {k: tuple(v) for k, v in totals.items()}


def evaluate_sources(curated: Knowledge, corpus: Path):
    pairs = []
    for source in curated.sources.values():
        path = corpus / source.file
        if not path.is_file():
            continue
        found = extract_file(path, registry=curated, published=source.published)
        kind = _entity_kind(curated, found.knowledge)
        gold_facts = [f for f in curated.facts if source.id in f.sources()]
        predicted = items(found.knowledge.facts, kind, [m.entity_id for m in found.mentions])
        pairs.append((predicted, items(gold_facts, kind)))
    return score(pairs)


def evaluate_own(curated: Knowledge, folder: Path):
    pairs = []
    for gold_path in sorted((folder / "gold").glob("*.yaml")):
        text_path = folder / "articles" / f"{gold_path.stem}.txt"
        published = yaml.safe_load(gold_path.read_text(encoding="utf-8")).get("published")
        found = extract_file(text_path, registry=curated, published=published)
        kind = _entity_kind(curated, found.knowledge)
        pairs.append((items(found.knowledge.facts, kind, [m.entity_id for m in found.mentions]), _gold_file(gold_path)))
    return score(pairs)


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "–"


def render(title: str, scores: dict) -> Table:
    table = Table("kind", "precision", "recall", "found", "gold", "correct", title=title)
    for kind, (tp, predicted, gold) in scores.items():
        table.add_row(kind, _ratio(tp, predicted), _ratio(tp, gold), str(predicted), str(gold), str(tp))
    tp, predicted, gold = (sum(v[i] for v in scores.values()) for i in range(3))
    table.add_row("all", _ratio(tp, predicted), _ratio(tp, gold), str(predicted), str(gold), str(tp), style="bold")
    return table


def main() -> None:
    console = Console()
    curated = load_curated()
    corpus = corpus_dir()
    if corpus:
        console.print(render(f"Extraction vs curated facts: the {len(curated.sources)} source articles", evaluate_sources(curated, corpus)))
    else:
        console.print("source articles not found (set KG_CORPUS_DIR); skipping them")
    console.print(render("Extraction vs gold: the project's own test articles (eval/)",
                         evaluate_own(curated, EVAL_DIR)))


if __name__ == "__main__":
    main()

"""When two facts say the same thing: one key per fact, used to merge extracted facts into curated
ones (the evidence adds up) and to score extraction against the curated facts. A task is written in many ways, so
an extracted task also restates a curated one when both cite the same passage of one source and share an assignee."""

from kg.model import (
    ChangeEvent, Evidence, Fact, IndicatorValue, Knowledge, Membership, Statement, Target, TaskAssignment, fact_references,
)


def _value(v) -> str:
    return format(v.normalize(), "f") if hasattr(v, "normalize") else str(v)


def fact_key(fact: Fact) -> tuple:
    if isinstance(fact, Statement):
        return ("statement", fact.subject, fact.predicate, str(fact.object))
    if isinstance(fact, Membership):
        return ("membership", fact.person, fact.role, fact.organization) + (("former",) if fact.status == "former" else ())
    if isinstance(fact, ChangeEvent):
        return ("change", fact.kind, tuple(sorted(fact.resulting or fact.original)))   # a dissolution: what it ends
    if isinstance(fact, TaskAssignment):
        return ("task", fact.assigned_in, tuple(sorted(fact.assignees)), tuple(sorted(fact.concerns)))
    if isinstance(fact, Target):
        return ("target", _value(fact.value), fact.unit, fact.due.isoformat() if fact.due else "")
    if isinstance(fact, IndicatorValue):
        return ("reported", _value(fact.value), fact.unit, fact.period or "")
    raise TypeError(type(fact))


_TERM = ("since", "since_precision", "until", "until_precision")


def distinct_fact_key(fact: Fact) -> tuple:
    """A fact's key among extracted facts, and its id's content: two figures of one value, unit and period are two when
    they measure two things ("100% thủ tục …; 100% cơ sở dữ liệu …" by 2025). (Against curated facts, whose words for
    what they measure differ, `fact_key` matches them.)"""
    return fact_key(fact) + ((fact.indicator,) if isinstance(fact, (Target, IndicatorValue)) else ())


def dedupe(facts: list[Fact], key_of=fact_key) -> list[Fact]:
    """One fact per key; later duplicates add their evidence to the first (and a term's dates it lacks)."""
    by_key: dict[tuple, Fact] = {}
    for fact in facts:
        key = key_of(fact)
        if key in by_key:
            first = by_key[key]
            extra = [e for e in fact.evidence if e not in first.evidence]
            update: dict = {"evidence": first.evidence + extra}
            if isinstance(first, Membership) and first.since is None and first.until is None:
                update |= {name: getattr(fact, name) for name in _TERM}
            by_key[key] = first.model_copy(update=update)
        else:
            by_key[key] = fact
    return list(by_key.values())


def _overlap(a: Evidence, b: Evidence) -> bool:
    return a.source == b.source and a.start < b.end and b.start < a.end


def _restated_task(fact: Fact, facts: list[Fact]) -> int | None:
    """The index of the task among `facts` that an extracted task restates: one citing an overlapping span of the same
    source and sharing an assignee (the wording of a task's object varies, its who and where do not)."""
    if not isinstance(fact, TaskAssignment):
        return None
    for k, other in enumerate(facts):
        if (isinstance(other, TaskAssignment) and set(other.assignees) & set(fact.assignees)
                and any(_overlap(a, b) for a in fact.evidence for b in other.evidence)):
            return k
    return None


def merge_extracted(base: Knowledge, extraction) -> tuple[Knowledge, int, int]:
    """Extracted facts join the base: a match adds its evidence to the base fact, the rest are new.
    Returns the merged knowledge, the count of new facts and the count of confirmations."""
    found = extraction.knowledge
    merged = Knowledge(dict(base.sources), dict(base.entities), [])
    for source_id, source in found.sources.items():
        merged.sources.setdefault(source_id, source)
    index = {fact_key(f): i for i, f in enumerate(base.facts)}
    facts = list(base.facts)
    new = confirmed = 0
    for fact in dedupe(found.facts):
        key = fact_key(fact)
        restated = _restated_task(fact, facts) if key not in index else None
        if restated is not None:
            index[key] = restated
        if key in index:
            current = facts[index[key]]
            extra = [e for e in fact.evidence if e not in current.evidence]
            facts[index[key]] = current.model_copy(update={"evidence": current.evidence + extra})
            confirmed += 1
            continue
        for ref in fact_references(fact):
            if ref not in merged.entities and ref in found.entities:
                merged.entities[ref] = found.entities[ref]
        index[key] = len(facts)
        facts.append(fact)
        new += 1
    merged.facts = facts
    return merged, new, confirmed




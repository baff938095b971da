"""What the explorer's tabs list, in the chosen language: an entity's card and relations, the first
page's summary, the timeline, indicators and targets, and the steps of a path with their evidence."""

import datetime as dt
from dataclasses import dataclass, field

from kg.explore.evidence import Quote, quotes
from kg.explore.i18n import group_of, kind_name, relation_name, unit_name
from kg.explore.views import caption, name_of
from kg.graph.names import primary_label
from kg.graph.schema import load_schema
from kg.store.base import GraphStore, Path, Subgraph

CARD_SKIP = {"iri", "types", "graphs", "label_vi", "label_en", "prefLabel_vi", "prefLabel_en"}


def _captions(store: GraphStore, iris, lang: str) -> dict[str, str]:
    """Names for some nodes, with what their captions need (a post's role and holder)."""
    wanted = [i for i in dict.fromkeys(iris) if i]
    sub = Subgraph(nodes=store.nodes(wanted))
    facts = [i for i, n in sub.nodes.items() if n.fact]
    if facts:
        sub.edges = store.adjacent(facts, types={"ROLE", "MEMBER"})
        sub.nodes.update(store.nodes({e.end for e in sub.edges} - set(sub.nodes)))
    return {i: caption(sub, i, lang) for i in wanted}


def names(store: GraphStore, iris, lang: str) -> dict[str, str]:
    """Names for some nodes, in one language."""
    return _captions(store, iris, lang)


def _value(value) -> str:
    if isinstance(value, list):
        return ", ".join(_value(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def card(store: GraphStore, iri: str, lang: str) -> tuple[str, str, list[tuple[str, str]]]:
    """(name, kind, [(field, value)]) of an entity, fields named in the chosen language."""
    node = store.node(iri)
    names = load_schema().property_names
    index = 0 if lang == "vi" else 1
    fields = []
    for key, value in node.props.items():
        if key in CARD_SKIP or key.startswith(("graphs_", "statement_", "evidence_", "method_")):
            continue
        base, _, suffix = key.rpartition("_") if key.endswith(("_vi", "_en")) else (key, "", "")
        if suffix and suffix != lang and f"{base}_{lang}" in node.props:
            continue
        fields.append((names.get(base, (base, base))[index], _value(value)))
    return name_of(node, lang) or iri, kind_name(primary_label(node.labels), lang), fields


@dataclass
class RelationRow:
    outgoing: bool
    relation: str
    other: str
    other_name: str
    quotes: list[Quote] = field(default_factory=list)


def relations(store: GraphStore, iri: str, lang: str) -> list[RelationRow]:
    rows = store.relations(iri)
    names = _captions(store, [r.other for r in rows], lang)
    out = []
    for r in rows:
        out.append(RelationRow(r.direction == "out", relation_name(r.type, lang), r.other, names.get(r.other, r.other),
                               quotes(store, r.evidence)))
    return out


def timeline(store: GraphStore, lang: str, about: str | None = None) -> list[dict]:
    items = store.timeline(about)
    names = _captions(store, [i.iri for i in items], lang)
    return [{"date": i.date, "kind": kind_name(primary_label(i.labels), lang), "group": group_of(i.labels).label,
             "item": names[i.iri], "iri": i.iri} for i in items]


def measures(store: GraphStore, lang: str) -> list[dict]:
    rows = store.measures()
    names = _captions(store, [x for r in rows for x in (r.indicator, r.by, r.area)], lang)
    out = []
    for r in rows:
        props = r.props
        when = props.get("dueDate") or props.get("refPeriod") or props.get("periodEnd") or ""
        out.append({
            "kind": "target" if "Target" in r.labels else "reported",
            "indicator": names.get(r.indicator, "") if r.indicator else "",
            "comparator": props.get("comparator", "="), "value": props.get("value"), "upper": props.get("upper"),
            "total": props.get("total"), "unit": unit_name(str(props.get("unit", "")), lang),
            "when": when.isoformat() if isinstance(when, dt.date) else str(when),
            "by": names.get(r.by, "") if r.by else "", "area": names.get(r.area, "") if r.area else "", "iri": r.iri})
    return sorted(out, key=lambda m: (m["kind"], m["indicator"], m["when"], m["iri"]))


@dataclass
class Step:
    source: str
    relation: str
    target: str
    quotes: list[Quote]


def path_steps(store: GraphStore, path: Path, lang: str) -> list[Step]:
    """A path's hops, each with the evidence of the relation (or of the n-ary fact it passes through)."""
    names = _captions(store, path.nodes, lang)
    derived: dict[str, list[str]] = {}
    for derivation in store.adjacent(path.nodes, types={"WAS_DERIVED_FROM"}):
        derived.setdefault(derivation.start, []).append(derivation.end)
    hops = {(e.start, e.type, e.end): e for e in store.edges_between(path.nodes)}
    steps = []
    for a, rtype, b in path.hops:
        edge = hops.get((a, rtype, b))
        evidence = list(edge.props.get("evidence") or []) if edge else []
        evidence = evidence or derived.get(a, []) or derived.get(b, [])
        steps.append(Step(names.get(a, a), relation_name(rtype, lang), names.get(b, b), quotes(store, evidence)))
    return steps


def home(store: GraphStore, lang: str, latest: int = 8) -> dict:
    """What the first page shows: counts by kind, the central bodies and the latest events."""
    counts = store.counts()
    by_kind = [(kind_name(label, lang), counts.labels[label]) for label in
               ("Organization", "Person", "LegalDocument", "Programme", "Event", "Membership", "ChangeEvent",
                "TaskAssignment", "Target", "IndicatorValue") if counts.labels.get(label)]
    events = [i for i in store.timeline() if "Event" in i.labels][-latest:][::-1]
    hubs = store.hubs("Organization", 8)
    nodes = store.nodes(iri for iri, _ in hubs)
    names = _captions(store, [e.iri for e in events] + [iri for iri, _ in hubs], lang)
    return {"counts": by_kind, "nodes": counts.nodes, "relationships": counts.relationships,
            "central": [(iri, names[iri], kind_name(primary_label(nodes[iri].labels), lang)) for iri, _ in hubs if iri in nodes],
            "latest": [(e.iri, names[e.iri], e.date) for e in events]}

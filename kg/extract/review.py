"""`kg review`: what needs a person's eye in an ingested (or built) graph.

- conflicting values: a subject with two values where one is expected (an event with two dates), each value
  with the sources that give it;
- new entities that look like registry ones: a minted name sharing most of its words with a registry name;
- low-confidence extractions: statements only a heuristic rule found (the rules are listed in
  `seeds/lexicon/review.yaml`).
"""

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.term import Node
from rdflib.namespace import PROV, RDF, SKOS

from kg.extract.lexicon import lexicon
from kg.namespaces import ID, VDT
from kg.rdf.files import read_graph
from kg.rdf.terms import curie
from kg.seeds import load_curated
from kg.text.normalize import fold


@dataclass(frozen=True)
class Finding:
    kind: str         # "conflict", "lookalike", "low-confidence"
    subject: str
    detail: str


def _label(graph: Graph, node) -> str:
    labels = [o for o in graph.objects(node, SKOS.prefLabel) if isinstance(o, Literal)]
    vi = [str(o) for o in labels if o.language == "vi"]
    return (vi or [str(o) for o in labels] or [str(node).rsplit("/", 1)[-1]])[0]


def _sources(graph: Graph, subject, predicate, value) -> list[str]:
    """The articles whose evidence supports the statement subject —predicate→ value."""
    out = set()
    for statement in graph.subjects(RDF.subject, subject):
        if (statement, RDF.predicate, predicate) in graph and (statement, RDF.object, value) in graph:
            for evidence in graph.objects(statement, PROV.wasDerivedFrom):
                for source in graph.objects(evidence, VDT.source):
                    out.add(str(source).rsplit("/", 1)[-1])
    return sorted(out)


def conflicts(graph: Graph) -> list[Finding]:
    out = []
    for name in lexicon("review")["single_valued"]:
        predicate = curie(name)
        subjects: dict[Node, set[Node]] = {}
        for s, o in graph.subject_objects(predicate):
            subjects.setdefault(s, set()).add(o)
        for s, values in sorted(subjects.items(), key=lambda item: str(item[0])):
            if len(values) > 1:
                said = "; ".join(f"{v} ({', '.join(_sources(graph, s, predicate, v)) or 'registry'})" for v in sorted(values, key=str))
                out.append(Finding("conflict", _label(graph, s), f"{name}: {said}"))
    return out


def _words(text: str) -> set[str]:
    return set(fold(text).split())


_KINDS = ("Organization", "Person", "LegalDocument", "Programme", "Event")


def _differ_in_name(a: str, b: str) -> bool:
    """Two names that differ by a proper name or a number name two things ("… tỉnh Nghệ An" / "… tỉnh Hà Tĩnh",
    "Phiên họp thứ ba" / "Phiên họp thứ năm")."""
    words_a, words_b = set(a.split()), set(b.split())
    odd = (words_a - words_b) | (words_b - words_a)
    ordinals = {fold(word) for ordinal in lexicon("events")["ordinals"] for word in ordinal.split()}
    return any(w[:1].isupper() or w[:1].isdigit() for w in odd) or bool({fold(w) for w in odd} & ordinals)


def lookalikes(graph: Graph) -> list[Finding]:
    threshold = lexicon("review")["lookalike_overlap"]
    registry = load_curated()
    names = [(e.id, e.label_vi, _words(e.label_vi), type(e).__name__) for e in registry.entities.values()
             if type(e).__name__ in _KINDS]
    out = []
    minted = sorted({s for s in graph.subjects(SKOS.prefLabel, None) if str(s).startswith(str(ID) + "x-")}, key=str)
    for node in minted:
        label = _label(graph, node)
        words = _words(label)
        if len(words) < 2:
            continue
        kind = _model_of(graph, node)
        same_kind = [n for n in names if n[3] == kind]
        if not same_kind:
            continue
        best = max(same_kind, key=lambda n: len(words & n[2]) / len(words | n[2]))
        overlap = len(words & best[2]) / len(words | best[2])
        if overlap >= threshold and not _differ_in_name(label, best[1]):
            out.append(Finding("lookalike", label, f"looks like the registry's {kind.lower()} '{best[1]}' "
                                                   f"({best[0]}), {overlap:.0%} of words shared"))
    return out


def _model_of(graph: Graph, node) -> str:
    """The registry section a node's class belongs to, by the local name of its class."""
    local = {str(t).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for t in graph.objects(node, RDF.type)}
    if "Person" in local:
        return "Person"
    if "LegalResource" in local:
        return "LegalDocument"
    if "Programme" in local:
        return "Programme"
    if local & {"Event", "Meeting", "Conference", "Seminar"}:
        return "Event"
    if local & {"Organization", "StateBody", "Ministry", "MinisterialAgency", "PeoplesCommittee", "Committee",
                "SteeringCommittee", "PartyBody", "Enterprise", "InternationalOrganization", "CollectiveBody"}:
        return "Organization"
    return ""


def low_confidence(graph: Graph) -> list[Finding]:
    rules = set(lexicon("review")["low_confidence_rules"])
    out = []
    for holder, method in graph.subject_objects(VDT.method):
        methods = {str(m) for m in graph.objects(holder, VDT.method)}
        if str(method) not in rules or methods - rules:
            continue  # confirmed by another rule or by curation
        if (holder, RDF.type, RDF.Statement) in graph:
            s, p, o = (graph.value(holder, x) for x in (RDF.subject, RDF.predicate, RDF.object))
            what = f"{_label(graph, s)} —{str(p).rsplit('/', 1)[-1].rsplit('#', 1)[-1]}→ " + (
                _label(graph, o) if isinstance(o, URIRef) else str(o))
        else:
            what = f"{_kind(graph, holder)} {str(holder).rsplit('/', 1)[-1]}: " + ", ".join(
                _label(graph, o) for p, o in graph.predicate_objects(holder) if isinstance(o, URIRef)
                and p not in (RDF.type, PROV.wasDerivedFrom) and str(o).startswith(str(ID)))
        out.append(Finding("low-confidence", what, f"only {method} found it"))
    return sorted(out, key=lambda f: (f.subject, f.detail))


def _kind(graph: Graph, node) -> str:
    kinds = [str(t).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for t in graph.objects(node, RDF.type)]
    return kinds[0] if kinds else "fact"


def review(path: Path) -> list[Finding]:
    graph = read_graph(path)
    return conflicts(graph) + lookalikes(graph) + low_confidence(graph)

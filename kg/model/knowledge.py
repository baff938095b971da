"""Knowledge: sources, entities and facts together, what every layer passes along (the RDF builder
turns it into a graph; extraction produces it; the seeds loader reads it from YAML)."""

from dataclasses import dataclass, field

from kg.model.base import REF, REFS, rdf_fields
from kg.model.entities import Entity
from kg.model.facts import STATEMENT_PREDICATES, Fact, Statement
from kg.model.sources import Source


@dataclass
class Knowledge:
    sources: dict[str, Source] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)

    def merge(self, other: "Knowledge") -> "Knowledge":
        merged = Knowledge(dict(self.sources), dict(self.entities), list(self.facts))
        merged.sources.update(other.sources)
        for key, entity in other.entities.items():
            merged.entities.setdefault(key, entity)
        seen = {f.id for f in merged.facts}
        merged.facts += [f for f in other.facts if f.id not in seen]
        return merged


def fact_references(fact: Fact) -> list[str]:
    """The entity ids a fact points to."""
    if isinstance(fact, Statement):
        refs = [fact.subject]
        if STATEMENT_PREDICATES[fact.predicate].kind == REF:
            refs.append(str(fact.object))
        return refs
    out = []
    for name, spec in rdf_fields(type(fact)).items():
        value = getattr(fact, name)
        if spec.kind == REF and value:
            out.append(value)
        elif spec.kind == REFS:
            out.extend(value)
    return out


def entity_references(entity: Entity) -> list[str]:
    """The entity ids an entity points to (its parent organisation, its area, …)."""
    out = []
    for name, spec in rdf_fields(type(entity)).items():
        value = getattr(entity, name)
        if spec.kind == REF and value:
            out.append(value)
        elif spec.kind == REFS:
            out.extend(value)
    return out

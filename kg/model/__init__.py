"""Pydantic models mirroring the ontology: registry entities and sourced facts."""

from kg.model.base import Evidence, RdfField, rdf_fields
from kg.model.entities import (
    ENTITY_MODELS, Entity, Event, Indicator, LegalDocument, Organization, Person, Place, Programme,
)
from kg.model.facts import (
    FACT_MODELS, STATEMENT_PREDICATES, ChangeEvent, Fact, IndicatorValue, Membership, Statement,
    Target, TaskAssignment,
)
from kg.model.knowledge import Knowledge, entity_references, fact_references
from kg.model.sources import Source

__all__ = [
    "ENTITY_MODELS", "FACT_MODELS", "STATEMENT_PREDICATES", "ChangeEvent", "Entity", "Event",
    "Evidence", "Fact", "Indicator", "IndicatorValue", "Knowledge", "LegalDocument", "Membership", "Organization",
    "Person", "Place", "Programme", "RdfField", "Source", "Statement", "Target", "TaskAssignment",
    "entity_references", "fact_references", "rdf_fields",
]

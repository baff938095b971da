"""Registry entities: the things facts are about, with their names in Vietnamese and English."""

from typing import ClassVar, Literal

from pydantic import Field

from kg.model.base import CONCEPT, REF, TEXT, TEXT_EN, TEXT_VI, TEXTS, INTEGER, YEAR, Model, rdf


class Entity(Model):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*[a-z0-9]$")
    label_vi: str = rdf("skos:prefLabel", TEXT_VI)
    label_en: str | None = rdf("skos:prefLabel", TEXT_EN, default=None)
    alt: list[str] = rdf("skos:altLabel", TEXTS, default_factory=list)
    rdf_class: ClassVar[str] = ""

    def rdf_type_curie(self) -> str:
        return self.rdf_class


ORG_KINDS = {
    "state": "vdt:StateBody", "ministry": "vdt:Ministry", "peoples-committee": "vdt:PeoplesCommittee",
    "committee": "vdt:Committee", "steering-committee": "vdt:SteeringCommittee", "party": "vdt:PartyBody",
    "enterprise": "vdt:Enterprise", "international": "vdt:InternationalOrganization",
    "collective": "vdt:CollectiveBody", "organization": "org:Organization",
}


class Organization(Entity):
    kind: Literal[tuple(ORG_KINDS)] = "organization"  # type: ignore[valid-type]
    parent: str | None = rdf("org:subOrganizationOf", REF, default=None)
    area: str | None = rdf("schema:areaServed", REF, default=None)
    rdf_class: ClassVar[str] = "org:Organization"

    def rdf_type_curie(self) -> str:
        return ORG_KINDS[self.kind]


class Person(Entity):
    rdf_class: ClassVar[str] = "foaf:Person"


class Place(Entity):
    rdf_class: ClassVar[str] = "vdt:Province"


class LegalDocument(Entity):
    number: str | None = rdf("eli:id_local", TEXT, default=None)
    doctype: str = rdf("eli:type_document", CONCEPT, scheme="doctype")
    issuer_code: str | None = rdf("vdt:issuerCode", CONCEPT, scheme="issuer", default=None)
    year: int | None = rdf("vdt:documentYear", YEAR, default=None)
    title_vi: str | None = rdf("eli:title", TEXT_VI, default=None)
    rdf_class: ClassVar[str] = "eli:LegalResource"


class Programme(Entity):
    ptype: str = rdf("vdt:programmeType", CONCEPT, scheme="programmetype")
    period: str | None = rdf("vdt:period", TEXT, default=None)
    rdf_class: ClassVar[str] = "vdt:Programme"


EVENT_KINDS = {"meeting": "vdt:Meeting", "conference": "vdt:Conference", "seminar": "vdt:Seminar",
               "event": "schema:Event"}


class Event(Entity):
    kind: Literal[tuple(EVENT_KINDS)] = "event"  # type: ignore[valid-type]
    session: int | None = rdf("vdt:sessionNumber", INTEGER, default=None)
    event_of: str | None = rdf("vdt:eventOf", REF, default=None)
    rdf_class: ClassVar[str] = "schema:Event"

    def rdf_type_curie(self) -> str:
        return EVENT_KINDS[self.kind]


class Indicator(Entity):
    rdf_class: ClassVar[str] = "vdt:Indicator"


# registry section name -> model
ENTITY_MODELS: dict[str, type[Entity]] = {
    "organizations": Organization, "people": Person, "places": Place, "documents": LegalDocument,
    "programmes": Programme, "events": Event, "indicators": Indicator,
}

"""Registry entities: the things facts are about, with their names in Vietnamese and English."""

import datetime as dt
from typing import ClassVar, Literal

from pydantic import Field, model_validator

from kg.model.base import CONCEPT, DATE, REF, TEXT, TEXT_EN, TEXT_VI, TEXTS, INTEGER, YEAR, Model, rdf


class Entity(Model):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*[a-z0-9]$")
    label_vi: str = rdf("skos:prefLabel", TEXT_VI)
    label_en: str | None = rdf("skos:prefLabel", TEXT_EN, default=None)
    alt: list[str] = rdf("skos:altLabel", TEXTS, default_factory=list)
    rdf_class: ClassVar[str] = ""

    def rdf_type_curie(self) -> str:
        return self.rdf_class


class Lifespan(Entity):
    """A body or an area whose founding, or whose end and successor, the registry records, each with the
    document that decided it. `dissolved` is the first day the entity no longer exists."""

    founded: dt.date | None = rdf("schema:foundingDate", DATE, default=None)
    founded_under: str | None = rdf("vdt:foundedUnder", REF, default=None)
    dissolved: dt.date | None = rdf("schema:dissolutionDate", DATE, default=None)
    replaced_by: str | None = rdf("dcterms:isReplacedBy", REF, default=None)
    replaced_under: str | None = rdf("vdt:replacedUnder", REF, default=None)

    @model_validator(mode="after")
    def _decided(self):
        if self.replaced_by and not (self.dissolved and self.replaced_under):
            raise ValueError("an entity with replaced_by needs dissolved (a date) and replaced_under (the deciding document)")
        if self.replaced_under and not self.replaced_by:
            raise ValueError("replaced_under needs replaced_by (the successor)")
        if self.founded_under and not self.founded:
            raise ValueError("founded_under needs founded (a date)")
        if self.replaced_by == self.id:
            raise ValueError("an entity cannot replace itself")
        if self.founded and self.dissolved and self.dissolved <= self.founded:
            raise ValueError("dissolved must come after founded")
        return self


ORG_KINDS = {
    "state": "vdt:StateBody", "ministry": "vdt:Ministry", "ministerial-agency": "vdt:MinisterialAgency",
    "peoples-committee": "vdt:PeoplesCommittee",
    "committee": "vdt:Committee", "steering-committee": "vdt:SteeringCommittee", "party": "vdt:PartyBody",
    "enterprise": "vdt:Enterprise", "international": "vdt:InternationalOrganization",
    "collective": "vdt:CollectiveBody", "organization": "org:Organization",
}


class Organization(Lifespan):
    kind: Literal[tuple(ORG_KINDS)] = "organization"  # type: ignore[valid-type]
    parent: str | None = rdf("org:subOrganizationOf", REF, default=None)
    area: str | None = rdf("schema:areaServed", REF, default=None)
    rdf_class: ClassVar[str] = "org:Organization"

    def rdf_type_curie(self) -> str:
        return ORG_KINDS[self.kind]


class Person(Entity):
    rdf_class: ClassVar[str] = "foaf:Person"


# a province-level unit is a province (tỉnh) or a centrally-run city (thành phố trực thuộc trung ương); a local one a
# district, a commune, a ward or a township a text names (huyện, xã, phường, thị trấn, đặc khu)
PLACE_KINDS = {"province": "vdt:Province", "city": "vdt:Province", "country": "schema:Country",
               "local": "schema:AdministrativeArea"}


class Place(Lifespan):
    kind: Literal[tuple(PLACE_KINDS)] = rdf("vdt:placeKind", TEXT, default="province")  # type: ignore[valid-type]
    rdf_class: ClassVar[str] = "vdt:Province"

    def rdf_type_curie(self) -> str:
        return PLACE_KINDS[self.kind]


class LegalDocument(Entity):
    number: str | None = rdf("eli:id_local", TEXT, default=None)
    doctype: str = rdf("eli:type_document", CONCEPT, scheme="doctype")
    issuer_code: str | None = rdf("vdt:issuerCode", CONCEPT, scheme="issuer", default=None)
    year: int | None = rdf("vdt:documentYear", YEAR, default=None)
    title_vi: str | None = rdf("eli:title", TEXT_VI, default=None)
    date: dt.date | None = rdf("eli:date_document", DATE, default=None)
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

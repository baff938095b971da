"""Facts: statements with evidence. Binary statements, and n-ary facts that are nodes of their own
(memberships, changes, tasks, targets, reported values), drawn in the explorer as dated edges."""

import datetime as dt
from decimal import Decimal
from typing import ClassVar, Literal

from pydantic import Field, model_validator

from kg.model.base import (
    CONCEPT, DATE, DECIMAL, REF, REFS, TEXT, TEXT_EN, TEXT_VI, Evidence, Model, RdfField, rdf,
)

# binary statements: name -> (predicate, object kind). Dates and text are literals; the rest refer to entities.
STATEMENT_PREDICATES: dict[str, RdfField] = {
    "passed_by": RdfField("eli:passed_by", REF),
    "date_document": RdfField("eli:date_document", DATE),
    "based_on": RdfField("eli:based_on", REF),
    "amends": RdfField("eli:amends", REF),
    "repeals": RdfField("eli:repeals", REF),
    "concludes": RdfField("vdt:concludes", REF),
    "promotes": RdfField("vdt:promotes", REF),
    "adopted_by": RdfField("vdt:adoptedBy", REF),
    "prepared_by": RdfField("vdt:preparedBy", REF),
    "chaired_by": RdfField("vdt:chairedBy", REF),
    "organizer": RdfField("schema:organizer", REF),
    "reporter": RdfField("vdt:reporter", REF),
    "start_date": RdfField("schema:startDate", DATE),
    "location": RdfField("schema:location", TEXT),
    "mentioned_in": RdfField("vdt:mentionedIn", REF),
    "sub_organization_of": RdfField("org:subOrganizationOf", REF),
    "area_served": RdfField("schema:areaServed", REF),
    "status": RdfField("vdt:status", CONCEPT, "status"),
}


# how much of a date the source gives: "năm 2021" is a year, "tháng 3/2021" a month
Precision = Literal["year", "month", "day"]


def source_ref(source_id: str) -> str:
    """The object of a `mentioned_in` statement: the article's own IRI (`id:source/<id>`)."""
    return f"source/{source_id}"


class Fact(Model):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*[a-z0-9]$")
    evidence: list[Evidence] = Field(min_length=1)
    rdf_class: ClassVar[str] = ""

    def sources(self) -> list[str]:
        return sorted({e.source for e in self.evidence})


class Statement(Fact):
    """subject —predicate→ object, where the object is an entity id, a date or a text."""

    subject: str
    predicate: Literal[tuple(STATEMENT_PREDICATES)]  # type: ignore[valid-type]
    object: str | dt.date


class Membership(Fact):
    person: str = rdf("org:member", REF)
    organization: str = rdf("org:organization", REF)
    role: str = rdf("org:role", CONCEPT, scheme="role")
    since: dt.date | None = rdf("vdt:since", DATE, default=None)
    since_precision: Precision | None = rdf("vdt:sincePrecision", TEXT, default=None)
    until: dt.date | None = rdf("vdt:until", DATE, default=None)
    until_precision: Precision | None = rdf("vdt:untilPrecision", TEXT, default=None)
    status: Literal["current", "former"] | None = rdf("vdt:status", CONCEPT, scheme="status", default=None)
    appointed_by: str | None = rdf("vdt:appointedBy", REF, default=None)
    rdf_class: ClassVar[str] = "org:Membership"


CHANGE_KINDS = {"renaming": "vdt:Renaming", "merger": "vdt:Merger", "founding": "vdt:Founding",
                "dissolution": "vdt:Dissolution"}


class ChangeEvent(Fact):
    """A renaming, merger or founding makes the resulting bodies; a dissolution ends the original ones and makes none."""

    kind: Literal[tuple(CHANGE_KINDS)]  # type: ignore[valid-type]
    original: list[str] = rdf("org:originalOrganization", REFS, default_factory=list)
    resulting: list[str] = rdf("org:resultingOrganization", REFS, default_factory=list)
    date: dt.date | None = rdf("dcterms:date", DATE, default=None)
    due: dt.date | None = rdf("vdt:dueDate", DATE, default=None)
    decided_by: str | None = rdf("vdt:decidedBy", REF, default=None)
    status: str | None = rdf("vdt:status", CONCEPT, scheme="status", default=None)
    rdf_class: ClassVar[str] = "org:ChangeEvent"

    @model_validator(mode="after")
    def _bodies(self):
        if not (self.original if self.kind == "dissolution" else self.resulting):
            raise ValueError(f"change {self.id} needs the bodies it {'ends' if self.kind == 'dissolution' else 'makes'}")
        return self


class TaskAssignment(Fact):
    description_vi: str = rdf("vdt:description", TEXT_VI)
    description_en: str | None = rdf("vdt:description", TEXT_EN, default=None)
    assigned_by: str | None = rdf("vdt:assignedBy", REF, default=None)
    assigned_in: str | None = rdf("vdt:assignedIn", REF, default=None)
    assignees: list[str] = rdf("vdt:assignee", REFS, default_factory=list)
    coordinates_with: list[str] = rdf("vdt:coordinatesWith", REFS, default_factory=list)
    concerns: list[str] = rdf("vdt:concerns", REFS, default_factory=list)
    action: str | None = rdf("vdt:action", CONCEPT, scheme="action", default=None)
    due: dt.date | None = rdf("vdt:dueDate", DATE, default=None)
    due_text: str | None = rdf("vdt:dueText", TEXT, default=None)
    rdf_class: ClassVar[str] = "vdt:TaskAssignment"


class _Measure(Fact):
    indicator: str = rdf("vdt:measures", REF)
    value: Decimal = rdf("vdt:value", DECIMAL)
    upper: Decimal | None = rdf("vdt:upperValue", DECIMAL, default=None)
    total: Decimal | None = rdf("vdt:total", DECIMAL, default=None)
    unit: str = rdf("vdt:unit", TEXT)
    comparator: Literal["=", ">=", "<=", "~", ">", "<"] = rdf("vdt:comparator", TEXT, default="=")
    area: str | None = rdf("vdt:area", REF, default=None)
    subject: str | None = rdf("vdt:subject", REF, default=None)


class Target(_Measure):
    due: dt.date | None = rdf("vdt:dueDate", DATE, default=None)
    due_text: str | None = rdf("vdt:dueText", TEXT, default=None)
    period: str | None = rdf("vdt:refPeriod", TEXT, default=None)
    set_by: str | None = rdf("vdt:setBy", REF, default=None)
    set_in: str | None = rdf("vdt:setIn", REF, default=None)
    rdf_class: ClassVar[str] = "vdt:Target"


class IndicatorValue(_Measure):
    period: str | None = rdf("vdt:refPeriod", TEXT, default=None)
    period_end: dt.date | None = rdf("vdt:periodEnd", DATE, default=None)
    reported_by: str | None = rdf("vdt:reportedBy", REF, default=None)
    reported_in: str | None = rdf("vdt:reportedIn", REF, default=None)
    rdf_class: ClassVar[str] = "vdt:IndicatorValue"

    @model_validator(mode="after")
    def _dated(self):
        if not (self.period or self.period_end):
            raise ValueError(f"reported value {self.id} needs a period")
        return self


# facts file section name -> model
FACT_MODELS: dict[str, type[Fact]] = {
    "statements": Statement, "memberships": Membership, "changes": ChangeEvent,
    "tasks": TaskAssignment, "targets": Target, "reported": IndicatorValue,
}

"""What every model shares: how a field maps to RDF, and evidence spans."""

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

# how a field's value becomes an RDF object
REF, REFS, DATE, DECIMAL, INTEGER, YEAR, TEXT, TEXT_VI, TEXT_EN, TEXTS, CONCEPT = (
    "ref", "refs", "date", "decimal", "integer", "year", "text", "text_vi", "text_en", "texts", "concept")


@dataclass(frozen=True)
class RdfField:
    """A field's predicate (as a CURIE) and the kind of object it makes; `scheme` for SKOS concepts."""

    predicate: str
    kind: str
    scheme: str | None = None


def rdf(predicate: str, kind: str, scheme: str | None = None, **field_kwargs: Any):
    return Field(json_schema_extra={"rdf": RdfField(predicate, kind, scheme).__dict__}, **field_kwargs)


def rdf_fields(model: type[BaseModel]) -> dict[str, RdfField]:
    """The model's fields that carry RDF, by name."""
    out = {}
    for name, info in model.model_fields.items():
        extra = info.json_schema_extra
        if isinstance(extra, dict) and isinstance(extra.get("rdf"), dict):
            out[name] = RdfField(**extra["rdf"])  # type: ignore[arg-type]  # written by rdf() above
    return out


class Evidence(BaseModel):
    """A character span [start, end) of a source's NFC text; `cue` is a short phrase the span must hold."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    source: str
    start: int = Field(ge=0)
    end: int = Field(gt=0)
    cue: str | None = None
    method: str = "curated"

    @model_validator(mode="after")
    def _ordered(self):
        if self.end <= self.start:
            raise ValueError(f"evidence span {self.start}-{self.end} is empty")
        return self

    @property
    def key(self) -> str:
        return f"{self.source}/{self.start}-{self.end}"


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

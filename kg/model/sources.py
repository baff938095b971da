"""A source article as the manifest lists it."""

from datetime import date
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from kg.model.base import DATE, TEXT, TEXT_VI, rdf


class Source(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[A-Za-z0-9_-]+$")
    file: str = rdf("vdt:fileName", TEXT)
    title: str | None = rdf("schema:headline", TEXT_VI, default=None)   # read from `title_span` when the text is at hand
    title_span: tuple[int, int] | None = None   # where the headline stands in the article's text
    published: date = rdf("schema:datePublished", DATE)
    date_basis: str = "dateline"  # where the publication date comes from
    outlet: str | None = rdf("schema:publisher", TEXT, default=None)   # none when the page does not name it
    outlet_basis: str = "masthead"  # where the outlet's name comes from
    sha256: str = rdf("vdt:sha256", TEXT, pattern=r"^[0-9a-f]{64}$")

    rdf_class: ClassVar[str] = "vdt:Article"

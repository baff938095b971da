"""The explorer's words in one language at a time: interface text, units and drawing groups from
`catalogue.yaml`; names of kinds and relations from the ontology's rdfs:label @vi/@en."""

from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

import yaml

from kg.graph.schema import load_schema

CATALOGUE = files("kg.explore") / "catalogue.yaml"


@dataclass(frozen=True)
class Group:
    label: str
    colour: str
    shape: str
    fold: int
    plural: dict[str, str]


@lru_cache(maxsize=1)
def catalogue() -> dict:
    return yaml.safe_load(CATALOGUE.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def groups() -> dict[str, Group]:
    return {g["label"]: Group(**g) for g in catalogue()["groups"]}


def t(key: str, lang: str, **values) -> str:
    """An interface string."""
    text = catalogue()["ui"][key][lang]
    return text.format(**values) if values else text


def group_of(labels) -> Group:
    present = set(labels)
    return next((g for g in groups().values() if g.label in present), groups()["Resource"])


def kind_name(label: str, lang: str) -> str:
    """A node label's name (Ministry → Bộ / Ministry)."""
    return load_schema().title(label, lang)


def relation_name(rtype: str, lang: str) -> str:
    return load_schema().title(rtype, lang)


def unit_name(unit: str, lang: str) -> str:
    known = catalogue()["units"].get(unit)
    return known[lang] if known else unit

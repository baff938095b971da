"""Read the curated seeds: the source manifest, the entity registry and the facts."""

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from pydantic import ValidationError

from kg.errors import KgError
from kg.model import ENTITY_MODELS, FACT_MODELS, Entity, Fact, Source, rdf_fields
from kg.model.base import REF, REFS
from kg.model.facts import STATEMENT_PREDICATES, Statement
from kg.paths import SEEDS_DIR
from kg.text.normalize import nfc


@dataclass
class Knowledge:
    """Sources, entities and facts: what the RDF builder turns into a graph."""

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


def _read_yaml(path: Path) -> dict:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except FileNotFoundError:
        raise KgError(f"{path}: missing") from None
    except yaml.YAMLError as exc:
        raise KgError(f"{path}: not valid YAML ({exc.__class__.__name__})") from None


def _parse(model, raw: dict, where: str):
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise KgError(f"{where} {raw.get('id', '?')}: {loc}: {first['msg']}") from None


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
    return [getattr(entity, n) for n, s in rdf_fields(type(entity)).items() if s.kind == REF and getattr(entity, n)]


def check_references(knowledge: Knowledge) -> None:
    """Every id a fact or entity names must be in the registry (or minted beside it)."""
    known = knowledge.entities
    for entity in known.values():
        for ref in entity_references(entity):
            if ref not in known:
                raise KgError(f"registry {entity.id}: unknown entity '{ref}'")
    for fact in knowledge.facts:
        for ref in fact_references(fact):
            if ref not in known:
                raise KgError(f"fact {fact.id}: unknown entity '{ref}'")
        for ev in fact.evidence:
            if ev.source not in knowledge.sources:
                raise KgError(f"fact {fact.id}: unknown source '{ev.source}'")


def load_sources(seeds_dir: Path = SEEDS_DIR) -> dict[str, Source]:
    raw = _read_yaml(seeds_dir / "sources.yaml").get("sources", [])
    return {s.id: s for s in (_parse(Source, r, "source") for r in raw)}


def load_curated(seeds_dir: Path = SEEDS_DIR) -> Knowledge:
    knowledge = Knowledge(sources=load_sources(seeds_dir))
    registry = _read_yaml(seeds_dir / "registry.yaml")
    for section, model in ENTITY_MODELS.items():
        for raw in registry.get(section, []):
            entity = _parse(model, raw, section)
            if entity.id in knowledge.entities:
                raise KgError(f"registry: id '{entity.id}' is used twice")
            knowledge.entities[entity.id] = entity
    facts = _read_yaml(seeds_dir / "facts.yaml")
    ids: set[str] = set(knowledge.entities)
    for section, model in FACT_MODELS.items():
        for raw in facts.get(section, []):
            fact = _parse(model, raw, section)
            if fact.id in ids:
                raise KgError(f"facts: id '{fact.id}' is used twice")
            ids.add(fact.id)
            knowledge.facts.append(fact)
    check_references(knowledge)
    return knowledge


def read_article(path: Path) -> str:
    """An article's text as NFC, with a clear error for what is not a UTF-8 text file."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise KgError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise KgError(f"{path}: is a folder, not an article file") from None
    except OSError as exc:
        raise KgError(f"{path}: cannot read ({exc.strerror})") from None
    return decode_article(data, str(path))


MAX_ARTICLE_BYTES = 2_000_000


def decode_article(data: bytes, name: str) -> str:
    if len(data) > MAX_ARTICLE_BYTES:
        raise KgError(f"{name}: {len(data) / 1e6:.1f} MB is too large for an article (limit {MAX_ARTICLE_BYTES // 1_000_000} MB)")
    if b"\x00" in data:
        raise KgError(f"{name}: binary data, not a text article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KgError(f"{name}: not UTF-8 text (invalid byte at offset {exc.start})") from None
    if not text.strip():
        raise KgError(f"{name}: empty article")
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n"))


def source_text(source: Source, corpus: Path) -> str:
    """A manifest source's text, checked against its recorded hash."""
    path = corpus / source.file
    data = path.read_bytes() if path.is_file() else None
    if data is None:
        raise KgError(f"{path}: source '{source.id}' is missing from the corpus")
    if hashlib.sha256(data).hexdigest() != source.sha256:
        raise KgError(f"{path}: does not match the manifest's sha256 for '{source.id}'")
    return decode_article(data, str(path))

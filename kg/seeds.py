"""Read the curated seeds: the source manifest, the entity registry (every file of `seeds/registry/`)
and the facts; check them against each other and, when the article texts are at hand, against the texts.

Every error names the file and the line of the record at fault.
"""

from pathlib import Path

from pydantic import ValidationError

from kg.errors import InputError
from kg.model import ENTITY_MODELS, FACT_MODELS, Fact, Knowledge, Source, entity_references, fact_references
from kg.paths import corpus_dir
from kg.paths import seeds_dir as configured_seeds
from kg.text.article import decode_article, sha256_of
from kg.text.normalize import match_key
from kg.yamlfile import LINE, read_yaml, where, without_lines


def _parse(model, raw, path: Path):
    if not isinstance(raw, dict):
        raise InputError(f"{path}: expected a mapping, found {type(raw).__name__}: {str(raw)[:60]}")
    try:
        return model.model_validate(without_lines(raw))
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise InputError(f"{where(path, raw)}: {raw.get('id', '?')}: {loc}: {first['msg']}") from None


def _section(data: dict, name: str, path: Path) -> list:
    value = data.get(name) or []
    if not isinstance(value, list):
        raise InputError(f"{path}: section '{name}' must be a list")
    return value


def load_sources(seeds_dir: Path | None = None) -> dict[str, Source]:
    path = (seeds_dir or configured_seeds()) / "sources.yaml"
    out: dict[str, Source] = {}
    for raw in _section(read_yaml(path), "sources", path):
        source = _parse(Source, raw, path)
        if source.id in out:
            raise InputError(f"{where(path, raw)}: source id '{source.id}' is used twice")
        out[source.id] = _with_title(source)
    return out


def _with_title(source: Source) -> Source:
    """The source with its headline read from its span, when the article is at hand (texts are never copied in)."""
    corpus = corpus_dir()
    if source.title or source.title_span is None or corpus is None or not (corpus / source.file).is_file():
        return source
    start, end = source.title_span
    return source.model_copy(update={"title": source_text(source, corpus)[start:end]})


def registry_files(seeds_dir: Path | None = None) -> list[Path]:
    return sorted(((seeds_dir or configured_seeds()) / "registry").glob("*.yaml"))


def load_curated(seeds_dir: Path | None = None) -> Knowledge:
    seeds_dir = seeds_dir or configured_seeds()
    knowledge = Knowledge(sources=load_sources(seeds_dir))
    defined: dict[str, str] = {}  # id -> file:line that defines it
    for path in registry_files(seeds_dir):
        data = read_yaml(path)
        unknown = set(data) - set(ENTITY_MODELS) - {LINE}
        if unknown:
            raise InputError(f"{path}: unknown section(s) {', '.join(sorted(unknown))} (use {', '.join(ENTITY_MODELS)})")
        for section, entity_model in ENTITY_MODELS.items():
            for raw in _section(data, section, path):
                entity = _parse(entity_model, raw, path)
                if entity.id in defined:
                    raise InputError(f"{where(path, raw)}: id '{entity.id}' is already defined at {defined[entity.id]}")
                defined[entity.id] = where(path, raw)
                knowledge.entities[entity.id] = entity
    path = seeds_dir / "facts.yaml"
    data = read_yaml(path)
    for section, fact_model in FACT_MODELS.items():
        for raw in _section(data, section, path):
            fact = _parse(fact_model, raw, path)
            if fact.id in defined:
                raise InputError(f"{where(path, raw)}: id '{fact.id}' is already defined at {defined[fact.id]}")
            defined[fact.id] = where(path, raw)
            knowledge.facts.append(fact)
    check_references(knowledge, defined)
    return knowledge


def check_references(knowledge: Knowledge, defined: dict[str, str] | None = None) -> None:
    """Every id a fact or entity names must be in the registry (or minted beside it)."""
    known = knowledge.entities
    at = (lambda key: (defined or {}).get(key, key))
    for entity in known.values():
        for ref in entity_references(entity):
            if ref not in known:
                raise InputError(f"{at(entity.id)}: {entity.id}: unknown entity '{ref}'")
    for fact in knowledge.facts:
        for ref in fact_references(fact):
            if ref not in known:
                raise InputError(f"{at(fact.id)}: {fact.id}: unknown entity '{ref}'")
        for ev in fact.evidence:
            if ev.source not in knowledge.sources:
                raise InputError(f"{at(fact.id)}: {fact.id}: unknown source '{ev.source}'")


def source_text(source: Source, corpus: Path) -> str:
    """A manifest source's text, checked against its recorded hash."""
    path = corpus / source.file
    if not path.is_file():
        raise InputError(f"{path}: source '{source.id}' is missing from the corpus")
    data = path.read_bytes()
    if sha256_of(data) != source.sha256:
        raise InputError(f"{path}: the text no longer matches the sha256 that seeds/sources.yaml records for '{source.id}'")
    return decode_article(data, str(path))


def check_evidence(knowledge: Knowledge, corpus: Path, facts_file: Path | None = None) -> None:
    """Every curated span lies inside its article and holds its cue; every article matches its checksum."""
    facts_file = facts_file or configured_seeds() / "facts.yaml"
    texts = {sid: source_text(source, corpus) for sid, source in knowledge.sources.items()}
    lines = {raw["id"]: where(facts_file, raw) for section in FACT_MODELS
             for raw in _section(read_yaml(facts_file), section, facts_file) if isinstance(raw, dict) and "id" in raw}
    for fact in knowledge.facts:
        for ev in fact.evidence:
            if ev.method != "curated" or ev.source not in texts:
                continue
            _check_span(fact, ev, texts[ev.source], lines.get(fact.id, str(facts_file)))


def _check_span(fact: Fact, ev, text: str, at: str) -> None:
    if ev.end > len(text):
        raise InputError(f"{at}: {fact.id}: evidence {ev.start}-{ev.end} runs past the end of '{ev.source}' "
                         f"({len(text)} characters)")
    if not ev.cue:
        raise InputError(f"{at}: {fact.id}: evidence {ev.source} {ev.start}-{ev.end} has no cue")
    if match_key(ev.cue) not in match_key(text[ev.start:ev.end]):
        raise InputError(f"{at}: {fact.id}: the cue '{ev.cue}' is not inside its span {ev.source} {ev.start}-{ev.end}")

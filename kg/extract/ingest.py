"""`kg ingest`: raw articles → Turtle in the project's ontology, linked to the registry, SHACL-valid."""

import datetime as dt
from pathlib import Path

from rdflib import Graph

from kg.errors import KgError
from kg.extract.pipeline import extract_file
from kg.rdf.build import build_dataset, union_graph
from kg.rdf.shacl import format_report, validate
from kg.model import Knowledge, entity_references, fact_references
from kg.seeds import load_curated


def _referenced(registry: Knowledge, found: Knowledge) -> dict:
    """The registry entities the extracted facts point to, and the ones those point to in turn."""
    wanted = {ref for fact in found.facts for ref in fact_references(fact)}
    wanted |= {ref for e in found.entities.values() for ref in entity_references(e)}
    out, queue = {}, list(wanted)
    while queue:
        entity_id = queue.pop()
        if entity_id in out or entity_id not in registry.entities:
            continue
        out[entity_id] = registry.entities[entity_id]
        queue += entity_references(out[entity_id])
    return out


def ingest_files(files: list[Path], *, published: str | None = None) -> tuple[str, str]:
    day = None
    if published:
        try:
            day = dt.date.fromisoformat(published)
        except ValueError:
            raise KgError(f"--published {published!r}: not a date (YYYY-MM-DD)") from None
    registry = load_curated()
    found = Knowledge()
    for path in files:
        extraction = extract_file(path, registry=registry, published=day)
        if extraction.knowledge.sources.keys() & found.sources.keys():
            raise KgError(f"{path}: two input files share the name '{path.stem}'")
        found = found.merge(extraction.knowledge)
    found.entities.update(_referenced(registry, found))
    dataset = build_dataset(found, include_ontology=False)
    union = union_graph(dataset)
    check = Graph()
    for triple in union:
        check.add(triple)
    for name in ("kg.ttl", "vocab.ttl"):
        from kg.paths import ONTOLOGY_DIR

        check.parse(ONTOLOGY_DIR / name, format="turtle")
    violations = validate(check)
    if violations:
        raise KgError("the extracted graph does not validate\n" + format_report(violations))
    minted = sum(1 for e in found.entities if e.startswith("x-"))
    summary = (f"{len(files)} article(s): {len(found.facts)} statements, {minted} new entities, "
               f"{len(found.entities) - minted} linked to the registry, {len(union)} triples")
    return union.serialize(format="turtle"), summary

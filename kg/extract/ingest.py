"""`kg ingest`: raw articles (files, or folders of .txt files with a manifest) → Turtle in the project's
ontology, linked to the registry, SHACL-valid, every statement traced to its article and span.

A batch keeps going past a bad file and reports it. The same fact found in two articles is one fact with
the evidence of both; two values where one is expected (an event with two dates) are kept, each with its
evidence, for `kg review` to show: a conflict is never a crash.
"""

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg.errors import InputError, KgError, ValidationFailed
from kg.extract.merge import dedupe, distinct_fact_key
from kg.extract.pipeline import extract_file
from kg.extract.terms import close_terms
from kg.model import Knowledge, entity_references, fact_references
from kg.paths import ONTOLOGY_DIR
from kg.rdf.build import build_dataset, union_graph
from kg.rdf.shacl import format_report, validate
from kg.seeds import load_curated

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MANIFEST_COLUMNS = ("file", "published", "url", "outlet")


def parse_day(value: str, what: str) -> dt.date:
    """A calendar date written YYYY-MM-DD, and nothing else ("20250207" and "2025-W05-1" are refused)."""
    if not _ISO_DAY.fullmatch(value or ""):
        raise InputError(f"{what} {value!r}: not a date (YYYY-MM-DD)")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{what} {value!r}: no such day") from None


@dataclass(frozen=True)
class Item:
    path: Path
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None


@dataclass
class IngestReport:
    turtle: str
    articles: int
    facts: int
    minted: int
    linked: int
    triples: int
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        text = (f"{self.articles} article(s): {self.facts} statements, {self.minted} new entities, "
                f"{self.linked} linked to the registry, {self.triples} triples")
        if self.skipped:
            text += f"; skipped {len(self.skipped)} file(s)"
        return text


def read_manifest(path: Path) -> dict[Path, Item]:
    """The manifest's rows (file, published, url, outlet) by the file's resolved path; files are relative to
    the manifest's folder."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such manifest") from None
    except (OSError, UnicodeDecodeError):
        raise InputError(f"{path}: cannot read the manifest as UTF-8 text") from None
    rows = list(csv.reader(text.splitlines(), delimiter="\t"))
    if not rows or [c.strip().lower() for c in rows[0][:2]] != ["file", "published"]:
        raise InputError(f"{path}: a manifest is tab-separated with the header: {', '.join(MANIFEST_COLUMNS)}")
    items = {}
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        row = row + [""] * (len(MANIFEST_COLUMNS) - len(row))
        file, published, url, outlet = (c.strip() for c in row[:4])
        target = (path.parent / file).resolve()
        day = parse_day(published, f"{path}:{number}: published") if published else None
        items[target] = Item(target, day, url or None, outlet or None)
    return items


def collect(inputs: list[Path], manifest: Path | None, published: str | None) -> list[Item]:
    """The articles to read: each file given, every .txt of each folder given, with their manifest rows."""
    default_day = parse_day(published, "--published") if published is not None else None
    rows = read_manifest(manifest) if manifest else {}
    items: list[Item] = []
    for given in inputs:
        if given.is_dir():
            files = sorted(p for p in given.rglob("*.txt") if p.is_file())
            if not files:
                raise InputError(f"{given}: no .txt articles in the folder")
        else:
            files = [given]
        for file in files:
            row = rows.get(file.resolve())
            items.append(Item(file, (row.published if row else None) or default_day,
                              row.url if row else None, row.outlet if row else None))
    return items


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


def _checked(union: Graph) -> None:
    check = Graph()
    for triple in union:
        check.add(triple)
    for name in ("kg.ttl", "vocab.ttl"):
        check.parse(ONTOLOGY_DIR / name, format="turtle")
    violations = validate(check)
    if violations:
        raise ValidationFailed("the extracted graph does not validate\n" + format_report(violations), violations)


def ingest(items: list[Item]) -> IngestReport:
    registry = load_curated()
    found = Knowledge()
    skipped: list[str] = []
    for item in items:
        try:
            extraction = extract_file(item.path, registry=registry, published=item.published, url=item.url)
        except KgError as exc:
            skipped.append(str(exc))
            continue
        source_id = next(iter(extraction.knowledge.sources))
        if source_id in found.sources:
            skipped.append(f"{item.path}: another input file has the same name '{item.path.stem}'")
            continue
        if item.outlet:
            source = extraction.knowledge.sources[source_id]
            extraction.knowledge.sources[source_id] = source.model_copy(update={"outlet": item.outlet, "outlet_basis": "manifest"})
        found.sources.update(extraction.knowledge.sources)
        for entity_id, entity in extraction.knowledge.entities.items():
            found.entities.setdefault(entity_id, entity)
        found.facts += extraction.knowledge.facts
    if not found.sources:
        raise InputError("nothing to ingest: " + "; ".join(skipped) if skipped else "nothing to ingest")
    found.facts = close_terms(dedupe(found.facts, distinct_fact_key))
    found.entities.update(_referenced(registry, found))
    union = union_graph(build_dataset(found, include_ontology=False))
    _checked(union)
    minted = sum(1 for e in found.entities if e.startswith("x-"))
    return IngestReport(union.serialize(format="turtle"), len(found.sources), len(found.facts), minted,
                        len(found.entities) - minted, len(union), skipped)

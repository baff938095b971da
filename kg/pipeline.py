"""`kg build`: curated seeds (plus re-extraction from a corpus) → validated RDF on disk."""

from dataclasses import dataclass
from pathlib import Path

from rich.progress import Progress

from kg.errors import InputError, ValidationFailed
from kg.rdf.build import build_dataset, union_graph
from kg.rdf.io import write_outputs
from kg.rdf.shacl import format_report, validate
from kg.model import Knowledge
from kg.seeds import check_evidence, load_curated


@dataclass
class BuildReport:
    trig: Path
    ttl: Path
    triples: int
    graphs: int
    entities: int
    facts: int
    extracted_new: int = 0
    extracted_confirming: int = 0


def with_corpus(curated: Knowledge, corpus: Path, progress: Progress | None = None) -> tuple[Knowledge, int, int]:
    """Re-extract every article of the corpus and merge what it finds with the curated facts."""
    from kg.extract.merge import merge_extracted
    from kg.extract.pipeline import extract_file

    if not corpus.is_dir():
        raise InputError(f"{corpus}: corpus folder not found")
    files = sorted(corpus.glob("*.txt"))
    if not files:
        raise InputError(f"{corpus}: no .txt articles in the corpus folder")
    check_evidence(curated, corpus)
    task = progress.add_task("extracting", total=len(files)) if progress else None
    merged, new, confirming = curated, 0, 0
    for path in files:
        listed = curated.sources.get(path.stem)
        extraction = extract_file(path, registry=curated, published=listed.published if listed else None)
        merged, added, confirmed = merge_extracted(merged, extraction)
        new, confirming = new + added, confirming + confirmed
        if progress and task is not None:
            progress.advance(task)
    return merged, new, confirming


def build_graph(out_dir: Path, corpus: Path | None = None, *, show_progress: bool = False) -> BuildReport:
    knowledge = load_curated()
    new = confirming = 0
    with Progress(disable=not show_progress, transient=True) as progress:
        if corpus is not None:
            knowledge, new, confirming = with_corpus(knowledge, corpus, progress)
        task = progress.add_task("building RDF", total=None)
        dataset = build_dataset(knowledge)
        union = union_graph(dataset)
        progress.update(task, description="validating (SHACL)")
        violations = validate(union)
        if violations:
            raise ValidationFailed("the graph does not validate; nothing was written\n" + format_report(violations), violations)
        progress.update(task, description="writing")
        trig, ttl = write_outputs(dataset, out_dir)
    return BuildReport(trig, ttl, len(union), len(list(dataset.graphs())), len(knowledge.entities),
                       len(knowledge.facts), new, confirming)

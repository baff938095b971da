"""The evaluation set read, extracted and scored: one tally for all of its articles."""

from pathlib import Path

from kg.evaluation.gold import load_golds
from kg.evaluation.names import Names
from kg.evaluation.score import Tally, score_article
from kg.extract.pipeline import extract_file, reader_for
from kg.model import Knowledge


def evaluate_folder(registry: Knowledge, folder: Path, *, only: str | None = None) -> tuple[Tally, dict[str, Tally]]:
    """The whole set's tally and each article's."""
    names = Names(registry.entities, reader_for(registry).gazetteer)
    total, by_article = Tally(), {}
    for gold in load_golds(folder):
        if only and only not in gold.path.stem:
            continue
        found = extract_file(gold.article, registry=registry, published=gold.published, url=gold.url)
        tally = score_article(gold, found, registry, names)
        by_article[gold.path.stem] = tally
        total.merge(tally, gold.path.stem)
    return total, by_article

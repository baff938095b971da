"""`make eval` (python -m kg.evaluation): the tables of precision and recall.

    --article NN     only the articles whose name holds NN
    --show KIND      list what was missed and found in excess for a kind ("roles", "event date", …)
    --by-article     one line per article
    --set DIR        score another folder of the same layout (a held-out set): the totals per kind only,
                     never an article's or an item's result
"""

import argparse
from pathlib import Path

from rich.console import Console
from rich.table import Table

from kg.errors import KgError
from kg.evaluation.score import DETAILS, MAIN
from kg.evaluation.run import evaluate_folder
from kg.evaluation.sources import evaluate_sources
from kg.paths import EVAL_DIR, corpus_dir
from kg.seeds import load_curated


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "–"


def _table(title: str, counts: dict, kinds, total: bool = True) -> Table:
    table = Table("kind", "precision", "recall", "found", "gold", "correct", title=title)
    for kind in kinds:
        tp, predicted, gold = counts.get(kind, (0, 0, 0))
        table.add_row(kind, _ratio(tp, predicted), _ratio(tp, gold), str(predicted), str(gold), str(tp))
    if total:
        tp, predicted, gold = (sum(counts.get(k, (0, 0, 0))[i] for k in kinds) for i in range(3))
        table.add_row("all", _ratio(tp, predicted), _ratio(tp, gold), str(predicted), str(gold), str(tp), style="bold")
    return table


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m kg.evaluation", description=__doc__.split("\n")[0])
    parser.add_argument("--article")
    parser.add_argument("--show", action="append", default=[])
    parser.add_argument("--by-article", action="store_true")
    parser.add_argument("--set", type=Path, dest="folder", metavar="DIR")
    args = parser.parse_args()
    console = Console()
    curated = load_curated()
    if args.folder is not None:
        if args.article or args.show or args.by_article:
            parser.error("--set prints the totals per kind only: --article, --show and --by-article do not apply")
        _held_out(console, curated, args.folder)
        return
    tally, by_article = evaluate_folder(curated, EVAL_DIR, only=args.article)
    console.print(_table(f"Extraction vs gold: the evaluation set ({len(by_article)} articles, eval/)", tally.counts, MAIN))
    console.print(_table("Details of matched events, documents, programmes and measures", tally.counts, DETAILS, total=False))
    if args.by_article:
        table = Table("article", "precision", "recall", "found", "gold")
        for name, t in by_article.items():
            tp, p, g = (sum(t.counts.get(k, (0, 0, 0))[i] for k in MAIN) for i in range(3))
            table.add_row(name, _ratio(tp, p), _ratio(tp, g), str(p), str(g))
        console.print(table)
    for kind in args.show:
        console.print(f"[bold]{kind}: missed[/bold]")
        for item in tally.missed.get(kind, []):
            console.print("  - " + item, markup=False)
        console.print(f"[bold]{kind}: in excess[/bold]")
        for item in tally.extra.get(kind, []):
            console.print("  + " + item, markup=False)
    corpus = corpus_dir()
    if corpus and not args.article:
        console.print(_table(f"Extraction vs curated facts: the {len(curated.sources)} source articles",
                             evaluate_sources(curated, corpus), ("documents", "dates", "people", "roles", "organisations",
                                                                 "relations", "measures")))


def _held_out(console: Console, curated, folder: Path) -> None:
    """A set scored blind: what it holds is never shown, only how the extraction does on it as a whole."""
    if not (folder / "gold").is_dir() or not (folder / "articles").is_dir():
        raise SystemExit(f"{folder}: not an evaluation set (it needs gold/ and articles/)")
    try:
        tally, by_article = evaluate_folder(curated, folder)
    except KgError as exc:   # its message may quote the set: only its kind is told
        raise SystemExit(f"{folder}: the set cannot be scored ({type(exc).__name__}; a held-out set is not shown)") from None
    console.print(_table(f"Extraction vs gold: {folder} ({len(by_article)} articles)", tally.counts, MAIN))
    console.print(_table("Details of matched events, documents, programmes and measures", tally.counts, DETAILS, total=False))


if __name__ == "__main__":
    main()

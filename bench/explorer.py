"""Search and entity views (depth 2, drawn as the app draws them) on the seed graph and on a synthetic
graph of about 100k nodes, on the embedded backend and on the local Bolt server: p50 and p95."""

import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bench.synthetic import generate
from kg.bolt import local
from kg.bolt.client import Bolt
from kg.bolt.loader import load
from kg.explore.backend import BoltExplorer, EmbeddedExplorer
from kg.explore.render import to_html
from kg.explore.search import first
from tests import ROOT
from kg.text.normalize import fold

GOALS = {"search": 300, "entity view (depth 2)": 1000}


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def _queries(explorer, rng: random.Random, n: int) -> tuple[list[str], list[str]]:
    named = [(iri, first(d.get("prefLabel_vi"))) for iri, d in explorer.graph.nodes(data=True)
             if d.get("prefLabel_vi") and {"Organization", "Person", "LegalDocument"} & set(d.get("labels", []))]
    picks = rng.sample(named, min(n, len(named)))
    words = [label.split()[-2] + " " + label.split()[-1] if len(label.split()) > 1 else label for _, label in picks]
    searches = [w if i % 2 else fold(w) for i, w in enumerate(words)]  # half without diacritics
    return searches, [iri for iri, _ in picks]


def _time(explorer, searches, entities) -> dict[str, tuple[float, float]]:
    timings = {"search": [], "entity view (depth 2)": []}
    for q in searches:
        start = time.perf_counter()
        explorer.search(q, 20)
        timings["search"].append((time.perf_counter() - start) * 1000)
    for iri in entities:
        start = time.perf_counter()
        view = explorer.view(iri, 2)
        to_html(view, title=explorer.caption(iri))
        explorer.relations(iri)
        timings["entity view (depth 2)"].append((time.perf_counter() - start) * 1000)
    return {k: _percentiles(v) for k, v in timings.items()}


def run(samples: int = 30) -> Table:
    table = Table("graph", "nodes", "backend", "operation", "p50 ms", "p95 ms", "goal (p95)", title="Explorer response times")
    rng = random.Random(11)
    with tempfile.TemporaryDirectory(prefix="kg-bench-explorer-") as tmp:
        seed_trig = ROOT / "out" / "kg.trig"
        if not seed_trig.is_file():
            raise SystemExit("build the seed graph first: make build")
        synthetic = Path(tmp) / "synthetic.trig"
        generate(synthetic, 480_000)
        os.environ["KG_BOLT_HOME"] = str(Path(tmp) / "server")
        settings = local.start()
        try:
            with Bolt(settings) as bolt:
                for name, trig in (("seed", seed_trig), ("synthetic", synthetic)):
                    embedded = EmbeddedExplorer(trig)
                    searches, entities = _queries(embedded, rng, samples)
                    load(bolt, trig, wipe=True)
                    for backend, explorer in (("embedded", embedded), ("bolt", BoltExplorer(bolt))):
                        for operation, (p50, p95) in _time(explorer, searches, entities).items():
                            table.add_row(name, f"{explorer.graph.number_of_nodes():,}", backend, operation,
                                          f"{p50:.0f}", f"{p95:.0f}", f"< {GOALS[operation]}")
                    Console(width=160).print(table)
        finally:
            local.stop()
    return table


if __name__ == "__main__":
    run()

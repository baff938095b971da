"""Search and entity views (depth 2, laid out as the explorer draws them) on synthetic graphs of 100k and
1M triples, on the embedded store and on the local Bolt server: p50 and p95, and the memory the
explorer's process reaches. Each store is measured in a process of its own, so memory is its own."""

import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bench.synthetic import GIVEN, SURNAMES, TOPICS, generate
from kg.bolt import local
from kg.bolt.client import Bolt
from kg.bolt.loader import load
from kg.explore.render import placement
from kg.explore.state import ViewState
from kg.explore.views import entity_view
from kg.store.bolt import BoltStore
from kg.store.embedded import EmbeddedStore
from kg.text.normalize import fold

GOALS = {"search": 50, "entity view": 300}
MEMORY_GOAL_MB = 400
SIZES = (100_000, 1_000_000)


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, round(0.95 * len(ordered)) - 1)]


def _queries(rng: random.Random, n: int) -> list[str]:
    """What people type: names, half without diacritics, document numbers, topics, partial words."""
    out = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            text = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)}"
        elif kind == 1:
            text = f"{rng.randrange(9999)}/QĐ-TTg"
        elif kind == 2:
            text = f"Bộ {rng.choice(TOPICS)} {rng.randrange(1000)}"
        else:
            text = rng.choice(TOPICS)[: rng.randrange(4, 12)]
        out.append(fold(text) if i % 2 else text)
    return out


def probe(kind: str, target: str, samples: int = 40) -> dict:
    """Run in a child process: open the store, warm it, time searches and entity views."""
    settings = local.running_settings()
    if kind == "bolt" and settings is None:
        raise SystemExit("the local Bolt server is not running")
    store = EmbeddedStore(Path(target)) if kind == "embedded" else BoltStore(settings)  # type: ignore[arg-type]
    rng = random.Random(11)
    queries = _queries(rng, samples)
    for q in queries[:5]:
        store.search(q)
    searches, entities = [], []
    for q in queries:
        start = time.perf_counter()
        hits = store.search(q, 20)
        searches.append((time.perf_counter() - start) * 1000)
        entities += [h.iri for h in hits[:1]]
    views = []
    for iri in entities[:samples]:
        start = time.perf_counter()
        view = entity_view(store, ViewState(entity=iri, depth=2))
        placement(view)
        views.append((time.perf_counter() - start) * 1000)
    store.close()
    return {"search": _percentiles(searches), "entity view": _percentiles(views),
            "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _child(kind: str, target: str, env: dict) -> dict:
    code = f"import json, bench.explorer as b; print(json.dumps(b.probe({kind!r}, {target!r})))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env={**os.environ, **env})
    if result.returncode:
        raise SystemExit(f"probe failed: {result.stderr[-1500:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def run(sizes=SIZES) -> Table:
    table = Table("triples", "store", "operation", "p50 ms", "p95 ms", "goal p95", "explorer peak MB",
                  title="Explorer: search and entity views (depth 2, laid out), one process per store")
    console = Console(width=160)
    with tempfile.TemporaryDirectory(prefix="kg-bench-explorer-") as tmp:
        os.environ["KG_BOLT_HOME"] = str(Path(tmp) / "server")
        env = {"KG_BOLT_HOME": os.environ["KG_BOLT_HOME"], "KG_STORE_CACHE": str(Path(tmp) / "store")}
        settings = local.start()
        try:
            for size in sizes:
                trig = Path(tmp) / f"g{size}.trig"
                generate(trig, size)
                os.environ["KG_STORE_CACHE"] = env["KG_STORE_CACHE"]
                EmbeddedStore(trig).close()  # prepared once, as `kg build` does
                with Bolt(settings) as bolt:
                    load(bolt, trig, wipe=True)
                for kind in ("embedded", "bolt"):
                    measured = _child(kind, str(trig), env)
                    for operation in ("search", "entity view"):
                        p50, p95 = measured[operation]
                        table.add_row(f"{size:,}", kind, operation, f"{p50:.0f}", f"{p95:.0f}", f"< {GOALS[operation]}",
                                      f"{measured['rss']:.0f} (< {MEMORY_GOAL_MB})")
                console.print(table)
        finally:
            local.stop()
    return table


if __name__ == "__main__":
    run([int(s) for s in sys.argv[1:]] or SIZES)

"""`kg load` against rdflib-neo4j on the same synthetic graphs and the same Bolt server, in one run."""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

from bench.synthetic import generate
from kg.bolt import local
from kg.bolt.client import Bolt
from kg.bolt.loader import wipe_all

KG = str(Path(sys.executable).parent / "kg")


def _run(args: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak resident MB and exit code of a child process."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        sys.stderr.write(process.stderr.read().decode("utf-8", "replace")[-2000:])
    return elapsed, usage.ru_maxrss / 1024, process.returncode


RDFLIB_CONSTRAINT = "CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE"
# the largest batch rdflib-neo4j 1.1 gets through on ArcadeDB: larger ones abort as "concurrent transaction"
RDFLIB_BATCH = "1"
RDFLIB_MAX = 150_000  # ~1,000 triples/s at batch size 1: larger graphs would take most of an hour


def _empty(bolt: Bolt) -> None:
    """No nodes and no constraint of either loader: each starts from the schema its own docs ask for."""
    wipe_all(bolt)
    while bolt.read("MATCH (n) RETURN count(n)")[1][0][0]:
        bolt.write("MATCH (n) WITH n LIMIT 5000 DETACH DELETE n")
    for name in ("resource_iri", "n10s_unique_uri"):
        bolt.write(f"DROP CONSTRAINT {name} IF EXISTS")


def run(sizes: list[int]) -> Table:
    table = Table("triples", "kg load s", "kg load triples/s", "kg peak MB", "rdflib-neo4j s", "rdflib-neo4j triples/s",
                  "rdflib-neo4j peak MB", "ratio", title="Loading into the local Bolt server (ArcadeDB), same data, same server")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        os.environ["KG_BOLT_HOME"] = str(Path(tmp) / "server")
        settings = local.start()
        bolt = Bolt(settings)
        auth = ["--uri", settings.uri, "--user", settings.user, "--password", settings.password, "--database", settings.database]
        try:
            for size in sizes:
                trig, nt = Path(tmp) / f"g{size}.trig", Path(tmp) / f"g{size}.nt"
                generate(trig, size)
                store = ox.Store()
                store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
                triples = len({(q.subject, q.predicate, q.object) for q in store})
                ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in store), output=str(nt), format=ox.RdfFormat.N_TRIPLES)
                del store
                _empty(bolt)
                ours, ours_mb, code = _run([KG, "load", "--graph", str(trig), *auth])
                if code:
                    raise SystemExit(f"kg load failed at {size}")
                row = [f"{triples:,}", f"{ours:.1f}", f"{triples / ours:,.0f}", f"{ours_mb:.0f}"]
                if triples > RDFLIB_MAX:
                    row += ["not run", f"(> {RDFLIB_MAX:,} triples)", "–", "–"]
                else:
                    _empty(bolt)
                    bolt.write(RDFLIB_CONSTRAINT)
                    os.environ["BENCH_RDFLIB_BATCH"] = RDFLIB_BATCH
                    theirs, theirs_mb, code = _run([sys.executable, "-m", "bench.rdflib_neo4j_load", str(nt), settings.uri,
                                                    settings.user, settings.password, settings.database])
                    row += [f"{theirs:.1f}", f"{triples / theirs:,.0f}", f"{theirs_mb:.0f}", f"{theirs / ours:.1f}×"] if not code \
                        else ["failed", "–", f"{theirs_mb:.0f}", "–"]
                table.add_row(*row)
                Console(width=160).print(table)
        finally:
            bolt.close()
            local.stop()
    return table


if __name__ == "__main__":
    run([int(s) for s in (sys.argv[1:] or ["10000"])])

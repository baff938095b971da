"""Loading, in one run on the same server and the same data: `kg load` of a TriG file it has never seen
(it maps while it writes, and keeps the mapped rows) and of a built graph (`kg build` keeps the rows: the
load only writes), the server's own ceiling for the same nodes and relationships (the kept rows, sent as
plain `UNWIND … CREATE` in the same batches, nothing else), what mapping costs `kg build`, and
rdflib-neo4j at the largest batch size that completes.

Each starts from an empty database without the others' indexes; peak memory is the loading process's
(its mapping child included)."""

import os
import pickle
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
from kg.bolt.feed import keep_rows, kept_rows
from kg.bolt.loader import CONSTRAINT, create_nodes, create_relationships, wipe_all
from kg.bolt.searchkeys import INDEX
from kg.store.embedded import EmbeddedStore

KG = str(Path(sys.executable).parent / "kg")
SIZES = (100_000, 1_000_000)
RDFLIB_CONSTRAINT = "CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE"
RDFLIB_BATCHES = (5000, 1000, 100, 1)  # tried largest first on a small sample; the first that completes is used
RDFLIB_SAMPLE = 5_000
RDFLIB_MAX_SECONDS = 900


def _run(args: list[str], env: dict | None = None, quiet: bool = False) -> tuple[float, float, int]:
    """Wall seconds, peak resident MB (with the children it waited for) and exit code of a child process."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ, **(env or {})})
    try:
        _, status, usage = os.wait4(process.pid, 0)
    except KeyboardInterrupt:
        process.kill()
        raise
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code and not quiet:
        sys.stderr.write((process.stderr.read() if process.stderr else b"").decode("utf-8", "replace")[-1500:])
    return elapsed, usage.ru_maxrss / 1024, code


def _empty(bolt: Bolt) -> None:
    wipe_all(bolt)
    while bolt.read("MATCH (n) RETURN count(n)")[1][0][0]:
        bolt.write("MATCH (n) WITH n LIMIT 5000 DETACH DELETE n")
    for name in ("resource_iri", "n10s_unique_uri"):
        bolt.write(f"DROP CONSTRAINT {name} IF EXISTS")
    bolt.write(f"DROP INDEX {INDEX} IF EXISTS")


def _ceiling(bolt: Bolt, trig: Path) -> tuple[float, int]:
    """Seconds to write the rows `kg load` kept with plain CREATEs (nodes, then relationships, as the loader
    orders them; read from disk beforehand, so only the writes are timed), and the file's triples."""
    batches, triples = [], 0
    with kept_rows(trig).open("rb") as handle:
        while True:
            try:
                kind, key, rows = pickle.load(handle)
            except EOFError:
                break
            if kind == "done":
                triples = key["triples"]
            else:
                batches.append((kind, key, rows))
    bolt.write(CONSTRAINT)
    start = time.perf_counter()
    for kind, key, rows in batches:
        if kind == "rels":
            create_relationships(bolt, key, rows)
        else:
            create_nodes(bolt, key, rows)
    return time.perf_counter() - start, triples


def _build_mapping(trig: Path) -> float:
    """Seconds `kg build` spends keeping the rows of a graph whose explorer store it has made."""
    kept_rows(trig).unlink()
    EmbeddedStore(trig).close()
    start = time.perf_counter()
    keep_rows(trig)
    return time.perf_counter() - start


def _rdflib(bolt: Bolt, nt: Path, auth: list[str], batch: int) -> tuple[float, float, int]:
    _empty(bolt)
    bolt.write(RDFLIB_CONSTRAINT)
    return _run([sys.executable, "-m", "bench.rdflib_neo4j_load", str(nt), *auth], {"BENCH_RDFLIB_BATCH": str(batch)},
                quiet=True)


def _largest_rdflib_batch(bolt: Bolt, tmp: Path, auth: list[str]) -> int | None:
    sample = tmp / "sample.trig"
    generate(sample, RDFLIB_SAMPLE)
    nt = _ntriples(sample)
    for batch in RDFLIB_BATCHES:
        if _rdflib(bolt, nt, auth, batch)[2] == 0:
            return batch
    return None


def _ntriples(trig: Path) -> Path:
    nt = trig.with_suffix(".nt")
    store = ox.Store()
    store.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
    ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in store), output=str(nt), format=ox.RdfFormat.N_TRIPLES)
    return nt


def run(sizes=SIZES) -> Table:
    table = Table("triples", "kg load, new TriG s", "triples/s", "peak MB", "kg load, built graph s", "triples/s",
                  "ceiling s", "triples/s", "new / ceiling", "built / ceiling", "kg build's mapping s",
                  "rdflib-neo4j (batch)", "triples/s",
                  title="Loading into the local Bolt server (ArcadeDB): same data, same server, one run")
    console = Console(width=190)
    with tempfile.TemporaryDirectory(prefix="kg-bench-load-") as tmp_name:
        tmp = Path(tmp_name)
        os.environ["KG_BOLT_HOME"] = str(tmp / "server")
        settings = local.start()
        auth = [settings.uri, settings.user, settings.password, settings.database or ""]
        flags = ["--uri", settings.uri, "--user", settings.user, "--password", settings.password,
                 "--database", settings.database or ""]
        try:
            with Bolt(settings) as bolt:
                batch = _largest_rdflib_batch(bolt, tmp, auth)
                for size in sizes:
                    trig = tmp / f"g{size}.trig"
                    generate(trig, size)
                    _empty(bolt)
                    first, first_mb, code = _run([KG, "load", "--graph", str(trig), *flags])
                    _empty(bolt)
                    ceiling, triples = _ceiling(bolt, trig)
                    _empty(bolt)
                    again, _, code_again = _run([KG, "load", "--graph", str(trig), *flags])
                    if code or code_again:
                        raise SystemExit(f"kg load failed at {size}")
                    mapping = _build_mapping(trig)
                    row = [f"{triples:,}", f"{first:.1f}", f"{triples / first:,.0f}", f"{first_mb:.0f}", f"{again:.1f}",
                           f"{triples / again:,.0f}", f"{ceiling:.1f}", f"{triples / ceiling:,.0f}",
                           f"{ceiling / first:.0%}", f"{ceiling / again:.0%}", f"{mapping:.1f}"]
                    estimate = size / 600 if batch == 1 else 0  # batch size 1 runs at about 600 triples/s here
                    if batch is None:
                        row += ["no batch size completes", "–"]
                    elif estimate > RDFLIB_MAX_SECONDS:
                        row += [f"({batch}) not run: ~{estimate / 60:.0f} min", "–"]
                    else:
                        _empty(bolt)
                        theirs, _, code = _rdflib(bolt, _ntriples(trig), auth, batch)
                        row += [f"{theirs:.1f} s ({batch})", f"{triples / theirs:,.0f}" if not code else "failed"]
                    table.add_row(*row)
                    console.print(table)
        finally:
            local.stop()
    return table


if __name__ == "__main__":
    run([int(s) for s in sys.argv[1:]] or SIZES)

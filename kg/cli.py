"""`kg`: the command line. Each sub-command is thin; the work is in the package.

Errors reach the user as one line on stderr and a non-zero exit: a `KgError` as its message, anything
else through the last-resort handler in `main`, never as a traceback.
"""

import logging
import sys
from enum import Enum
from pathlib import Path

import typer
from rich.console import Console

from kg.bolt import local
from kg.bolt.client import Bolt
from kg.bolt.feed import keep_rows
from kg.bolt.loader import load as load_graph
from kg.bolt.settings import resolve
from kg.errors import KgError
from kg.explore.state import ViewState, explorer_view
from kg.export import FORMATS, PICTURE_FORMATS, export_file
from kg.extract.ingest import collect, ingest as run_ingest
from kg.extract.review import review as run_review
from kg.paths import graph_dir
from kg.pipeline import build_graph
from kg.query.cypher import check_read_only
from kg.rdf.files import read_graph
from kg.rdf.io import atomic_write, built_trig
from kg.rdf.shacl import format_report, validate as run_shacl
from kg.store.bolt import BoltStore
from kg.store.embedded import EmbeddedStore
from kg.store.prepare import prepared
from kg.store.results import print_table, to_csv, to_records_json, to_sparql_json

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Knowledge graph of Vietnam's digital transformation.")
bolt_app = typer.Typer(help="The local Bolt server (ArcadeDB) for use without Docker.", no_args_is_help=True)
app.add_typer(bolt_app, name="bolt")
out = Console(soft_wrap=True, emoji=False, markup=False, highlight=False)
err = Console(stderr=True, soft_wrap=True, emoji=False, markup=False, highlight=False)
QUERY_FILES = (".rq", ".sparql", ".cypher", ".cql")


class ResultFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class CypherFormat(str, Enum):
    table = "table"
    json = "json"


ExportFormat = Enum("ExportFormat", {f: f for f in FORMATS}, type=str)  # type: ignore[misc]


def query_text(query: str) -> str:
    """The query itself, or the contents of the query file it names."""
    candidate = Path(query)
    if len(query) < 4096 and candidate.suffix in QUERY_FILES:
        if not candidate.is_file():
            raise KgError(f"{query}: no such query file")
        return candidate.read_text(encoding="utf-8")
    return query


@app.command()
def build(
    corpus: Path | None = typer.Option(None, help="Folder of article texts to re-extract and merge with the curated facts."),
    out_dir: Path = typer.Option(Path("out"), "--out", help="Where kg.trig and kg.ttl are written."),
):
    """Curated seeds (plus re-extraction from --corpus) to validated RDF: DIR/kg.trig and DIR/kg.ttl."""
    report = build_graph(out_dir, corpus, show_progress=sys.stderr.isatty())
    out.print(f"built {report.triples} triples in {report.graphs} named graphs "
              f"({report.entities} entities, {report.facts} facts); SHACL: 0 violations")
    if corpus is not None:
        out.print(f"extraction: {report.extracted_confirming} statements confirm curated facts, {report.extracted_new} new")
    prepared(report.trig)  # the explorer's store and search index, so that it opens at once
    keep_rows(report.trig)  # the graph as property-graph rows, so that `kg load` only writes
    out.print(f"wrote {report.trig} and {report.ttl}")


@app.command()
def validate(file: Path | None = typer.Argument(None, help="A TriG or Turtle file (default: the built graph).")):
    """SHACL validation; exit 1 with a readable report on violations."""
    path = file or graph_dir() / "kg.trig"
    graph = read_graph(path, with_ontology=True)
    violations = run_shacl(graph)
    if violations:
        err.print(format_report(violations))
        raise typer.Exit(1)
    out.print(f"{path}: conforms ({len(graph)} triples, 0 violations)")


@app.command()
def sparql(
    query: str = typer.Argument(..., help="A SPARQL query, or a .rq file."),
    fmt: ResultFormat = typer.Option(ResultFormat.table, "--format", help="table, json (W3C results) or csv."),
    limit: int = typer.Option(100_000, min=1, max=1_000_000, help="At most this many rows."),
    timeout: float = typer.Option(60.0, min=1, max=3600, help="Seconds before the query is stopped."),
):
    """SPARQL 1.1 over the built graph (read-only; the union of all graphs), run in a worker that is
    stopped at its time and memory limits."""
    store = EmbeddedStore(built_trig(graph_dir()))
    result = store.query(query_text(query), limit=limit, seconds=timeout)
    if fmt is ResultFormat.json:
        print(to_sparql_json(result.columns, result.rows))
    elif fmt is ResultFormat.csv:
        sys.stdout.write(to_csv(result.columns, result.rows))
    else:
        print_table(result.columns, result.rows, out)


@app.command()
def export(
    fmt: ExportFormat = typer.Option(..., "--format", help="ttl, jsonld, nt, trig, graphml, csv (a folder), html, svg or png."),
    out_file: Path = typer.Option(..., "--out", help="The file to write (a folder for csv)."),
    focus: str | None = typer.Option(None, help="For html/svg/png: the entity at the centre (id, IRI, name or number)."),
    depth: int = typer.Option(1, min=1, max=3, help="For html/svg/png: steps around the focus."),
    lang: str = typer.Option("vi", help="For html/svg/png: label language, vi or en."),
    view: str | None = typer.Option(None, help="For html/svg/png, instead of the three above: a view of the explorer, "
                                    "as its URL or query string (entity, depth, filters, expanded nodes, language)."),
):
    """Files for other tools (RDF, GraphML, CSV) and for slides (HTML, SVG, PNG: a 16:9 frame)."""
    if lang not in ("vi", "en"):
        raise KgError(f"--lang {lang}: use vi or en")
    state = None
    if fmt.value in PICTURE_FORMATS:
        state = explorer_view(view) if view is not None else ViewState(entity=focus, depth=depth, lang=lang)
    written = export_file(fmt.value, built_trig(graph_dir()), out_file, state=state)
    out.print(f"wrote {', '.join(str(p) for p in written)}")


@app.command()
def ingest(
    inputs: list[Path] = typer.Argument(..., help="UTF-8 plain-text articles, or folders of them (.txt)."),
    manifest: Path | None = typer.Option(None, help="Tab-separated: file, published, url, outlet (files relative to it)."),
    out_file: Path | None = typer.Option(None, "--out", help="Turtle file to write (default: stdout)."),
    published: str | None = typer.Option(None, help="Publication date (YYYY-MM-DD) for articles the text and manifest do not date."),
):
    """Extract people, posts, bodies, meetings, documents, programmes, changes and figures from raw Vietnamese
    or English articles into RDF, each statement with its span; a batch reports and skips a bad file."""
    report = run_ingest(collect(inputs, manifest, published))
    for problem in report.skipped:
        err.print(f"skipped: {problem}")
    if out_file:
        atomic_write(out_file, report.turtle.encode("utf-8"))
        out.print(f"wrote {out_file}: {report.summary()}")
    else:
        sys.stdout.write(report.turtle)
        err.print(report.summary())


@app.command()
def review(file: Path | None = typer.Argument(None, help="An ingested Turtle file or a TriG file (default: the built graph).")):
    """What needs a person's eye: conflicting values, new entities that look like registry ones, low-confidence extractions."""
    findings = run_review(file or graph_dir() / "kg.trig")
    for kind in ("conflict", "lookalike", "low-confidence"):
        found = [f for f in findings if f.kind == kind]
        out.print(f"{kind} ({len(found)})", style="bold")
        for f in found:
            out.print(f"  {f.subject}: {f.detail}")


@app.command()
def load(
    uri: str | None = typer.Option(None, help="Bolt URI (default: NEO4J_URI, else the local server)."),
    user: str | None = typer.Option(None, help="User (default: NEO4J_USER, or neo4j)."),
    password: str | None = typer.Option(None, help="Password (default: NEO4J_PASSWORD)."),
    database: str | None = typer.Option(None, help="Database (default: NEO4J_DATABASE, or the server's)."),
    wipe: bool = typer.Option(False, "--wipe", help="Delete the graph's nodes first."),
    graph: Path | None = typer.Option(None, help="The TriG file to load (default: the built graph)."),
):
    """The graph into Neo4j (or any Bolt server): batched, idempotent, resumable, one load at a time."""
    trig = graph or built_trig(graph_dir())
    with Bolt(resolve(uri, user, password, database)) as bolt:
        report = load_graph(bolt, trig, wipe=wipe, show_progress=sys.stderr.isatty())
    search = "search keys indexed" if report.search_keys else "the server made no index for the search keys"
    out.print(f"loaded {report.triples} triples as {report.nodes} nodes and {report.relationships} relationships "
              f"into {bolt.settings.label}; {search}")


@app.command()
def cypher(
    query: str = typer.Argument(..., help="A read-only Cypher query, or a .cypher file."),
    fmt: CypherFormat = typer.Option(CypherFormat.table, "--format"),
    uri: str | None = typer.Option(None), user: str | None = typer.Option(None),
    password: str | None = typer.Option(None), database: str | None = typer.Option(None),
    limit: int = typer.Option(100_000, min=1, max=1_000_000, help="At most this many rows."),
    timeout: float = typer.Option(60.0, min=1, max=3600, help="Seconds before the query is stopped."),
):
    """Cypher against the configured Bolt server: read-only (writes, file access and unknown procedures refused)."""
    text = query_text(query)
    check_read_only(text)
    store = BoltStore(resolve(uri, user, password, database))
    try:
        result = store.query(text, limit=limit, seconds=timeout)
    finally:
        store.close()
    if fmt is CypherFormat.json:
        print(to_records_json(result.columns, result.rows))
    else:
        print_table(result.columns, result.rows, out)


@bolt_app.command()
def start(port: int | None = typer.Option(None, help="Bolt port on 127.0.0.1 (default: a free one).")):
    """Start the local Bolt server in the background (loopback only, with a password)."""
    settings = local.start(port)
    out.print(f"ready: {settings.uri} user {settings.user} database {settings.database}")
    out.print(f"password: in {local.home() / 'password'} (or set KG_BOLT_PASSWORD before the first start)")


@bolt_app.command()
def stop():
    """Stop the local Bolt server."""
    out.print("stopped" if local.stop() else "not running")


@bolt_app.command()
def status():
    """Is the local Bolt server running, and where."""
    out.print(local.status())


def main() -> None:
    # the Bolt driver announces each retry of a failed transaction and logs a connection the server dropped ("Failed to
    # read from defunct connection"); the command says once how it ended
    logging.getLogger("neo4j").setLevel(logging.CRITICAL)
    try:
        app()
    except KgError as exc:
        err.print(f"error: {exc}")
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)
    except Exception as exc:  # the last resort: a bug, still one line
        err.print(f"error: internal error ({exc.__class__.__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}); "
                  "please report it")
        sys.exit(2)

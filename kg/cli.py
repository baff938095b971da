"""`kg`: the command line. Each sub-command is thin; the work is in the package."""

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

from kg.errors import KgError
from kg.paths import graph_dir

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Knowledge graph of Vietnam's digital transformation.")
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class ResultFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class CypherFormat(str, Enum):
    table = "table"
    json = "json"


@app.command()
def build(
    corpus: Optional[Path] = typer.Option(None, help="Folder of article texts to re-extract and merge with the curated facts."),
    out_dir: Path = typer.Option(Path("out"), "--out", help="Where kg.trig and kg.ttl are written."),
):
    """Curated seeds (plus re-extraction from --corpus) to validated RDF: DIR/kg.trig and DIR/kg.ttl."""
    from kg.pipeline import build_graph

    report = build_graph(out_dir, corpus, show_progress=sys.stderr.isatty())
    out.print(f"built {report.triples} triples in {report.graphs} named graphs "
              f"({report.entities} entities, {report.facts} facts); SHACL: 0 violations")
    if corpus is not None:
        out.print(f"extraction: {report.extracted_confirming} statements confirm curated facts, "
                  f"{report.extracted_new} new")
    out.print(f"wrote {report.trig} and {report.ttl}")


@app.command()
def validate(file: Optional[Path] = typer.Argument(None, help="A TriG or Turtle file (default: the built graph).")):
    """SHACL validation; exit 1 with a readable report on violations."""
    from kg.rdf.files import read_graph
    from kg.rdf.shacl import format_report, validate as run

    path = file or graph_dir() / "kg.trig"
    graph = read_graph(path, with_ontology=True)
    violations = run(graph)
    if violations:
        err.print(format_report(violations), markup=False, highlight=False)
        raise typer.Exit(1)
    out.print(f"{path}: conforms ({len(graph)} triples, 0 violations)")


def _query_text(query: str) -> str:
    candidate = Path(query)
    if len(query) < 4096 and candidate.suffix in (".rq", ".sparql", ".cypher", ".cql") :
        if not candidate.is_file():
            raise KgError(f"{query}: no such query file")
        return candidate.read_text(encoding="utf-8")
    return query


@app.command()
def sparql(
    query: str = typer.Argument(..., help="A SPARQL query, or a .rq file."),
    fmt: ResultFormat = typer.Option(ResultFormat.table, "--format", help="table, json (W3C results) or csv."),
):
    """SPARQL 1.1 over the built graph in the embedded store (read-only; the union of all graphs)."""
    from kg.rdf.io import built_trig
    from kg.store.results import print_table, to_csv, to_sparql_json
    from kg.store.sparql import SparqlStore

    store = SparqlStore.from_trig(built_trig(graph_dir()))
    result = store.query(_query_text(query))
    if fmt is ResultFormat.json:
        print(to_sparql_json(result.columns, result.rows))
    elif fmt is ResultFormat.csv:
        sys.stdout.write(to_csv(result.columns, result.rows))
    else:
        print_table(result.columns, result.rows, out)


class ExportFormat(str, Enum):
    ttl = "ttl"
    jsonld = "jsonld"
    nt = "nt"
    trig = "trig"
    graphml = "graphml"
    csv = "csv"
    html = "html"
    svg = "svg"
    png = "png"


@app.command()
def export(
    fmt: ExportFormat = typer.Option(..., "--format", help="ttl, jsonld, nt, trig, graphml, csv (a folder), html, svg or png."),
    out_file: Path = typer.Option(..., "--out", help="The file to write (a folder for csv)."),
    focus: Optional[str] = typer.Option(None, help="For html/svg/png: the entity at the centre (id, IRI, name or number)."),
    depth: int = typer.Option(1, min=1, max=3, help="For html/svg/png: hops around the focus."),
    lang: str = typer.Option("vi", help="For html/svg/png: label language, vi or en."),
):
    """Files for other tools (RDF, GraphML, CSV) and for slides (HTML, SVG, PNG)."""
    from kg.exporting import export_file

    written = export_file(fmt.value, out_file, focus=focus, depth=depth, lang=lang)
    out.print(f"wrote {', '.join(str(p) for p in written)}")


@app.command()
def ingest(
    files: list[Path] = typer.Argument(..., help="UTF-8 plain-text articles."),
    out_file: Optional[Path] = typer.Option(None, "--out", help="Turtle file to write (default: stdout)."),
    published: Optional[str] = typer.Option(None, help="Publication date (YYYY-MM-DD) when the text has no dateline."),
):
    """Extract entities, relations, targets and dates from raw Vietnamese articles into RDF with spans."""
    from kg.extract.ingest import ingest_files

    turtle, summary = ingest_files(files, published=published)
    if out_file:
        from kg.rdf.io import atomic_write

        atomic_write(out_file, turtle.encode("utf-8"))
        out.print(f"wrote {out_file}: {summary}")
    else:
        sys.stdout.write(turtle)
        err.print(summary)


def main() -> None:
    try:
        from kg.bolt.cli import register
        register(app)
        app()
    except KgError as exc:
        err.print(f"error: {exc}", markup=False, highlight=False)
        sys.exit(1)
    except KeyboardInterrupt:
        err.print("interrupted", markup=False)
        sys.exit(130)

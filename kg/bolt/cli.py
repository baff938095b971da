"""The Bolt sub-commands of `kg`: load, cypher, bolt start|stop|status."""

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

out = Console(soft_wrap=True)


class Format(str, Enum):
    table = "table"
    json = "json"


def _connect(uri, user, password, database):
    from kg.bolt.client import Bolt
    from kg.bolt.settings import resolve

    return Bolt(resolve(uri, user, password, database))


def register(app: typer.Typer) -> None:
    bolt_app = typer.Typer(help="The local Bolt server (ArcadeDB) for use without Docker.", no_args_is_help=True)
    app.add_typer(bolt_app, name="bolt")

    @app.command()
    def load(
        uri: Optional[str] = typer.Option(None, help="Bolt URI (default: NEO4J_URI, else the local server)."),
        user: Optional[str] = typer.Option(None, help="User (default: NEO4J_USER, or neo4j)."),
        password: Optional[str] = typer.Option(None, help="Password (default: NEO4J_PASSWORD)."),
        database: Optional[str] = typer.Option(None, help="Database (default: NEO4J_DATABASE, or the server's)."),
        wipe: bool = typer.Option(False, "--wipe", help="Delete the graph's nodes first."),
        graph: Optional[Path] = typer.Option(None, help="The TriG file to load (default: the built graph)."),
    ):
        """The graph into Neo4j (or any Bolt server): idempotent, batched, resumable."""
        from kg.bolt.loader import load as run
        from kg.paths import graph_dir
        from kg.rdf.io import built_trig

        trig = graph or built_trig(graph_dir())
        with _connect(uri, user, password, database) as bolt:
            report = run(bolt, trig, wipe=wipe, show_progress=sys.stderr.isatty())
        out.print(f"loaded {report.triples} triples as {report.nodes} nodes and {report.relationships} relationships "
                  f"into {bolt.settings.label}")

    @app.command()
    def cypher(
        query: str = typer.Argument(..., help="A read-only Cypher query, or a .cypher file."),
        fmt: Format = typer.Option(Format.table, "--format"),
        uri: Optional[str] = typer.Option(None), user: Optional[str] = typer.Option(None),
        password: Optional[str] = typer.Option(None), database: Optional[str] = typer.Option(None),
    ):
        """Cypher against the configured Bolt server (read-only)."""
        from kg.bolt.client import refuse_writes
        from kg.cli import _query_text
        from kg.store.results import print_table, to_records_json

        text = _query_text(query)
        refuse_writes(text)
        with _connect(uri, user, password, database) as bolt:
            columns, rows = bolt.read(text)
        if fmt is Format.json:
            print(to_records_json(columns, rows))
        else:
            print_table(columns, rows, out)

    @bolt_app.command()
    def start(port: Optional[int] = typer.Option(None, help="Bolt port on 127.0.0.1 (default: a free one).")):
        """Start the local Bolt server in the background (loopback only, with a password)."""
        from kg.bolt import local

        settings = local.start(port)
        out.print(f"ready: {settings.uri} user {settings.user} database {settings.database}")
        out.print(f"password: in {local.home() / 'password'} (or set KG_BOLT_PASSWORD before the first start)")

    @bolt_app.command()
    def stop():
        """Stop the local Bolt server."""
        from kg.bolt import local

        out.print("stopped" if local.stop() else "not running")

    @bolt_app.command()
    def status():
        """Is the local Bolt server running, and where."""
        from kg.bolt import local

        out.print(local.status())

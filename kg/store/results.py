"""Printing query results as a table, W3C SPARQL JSON, or CSV; shared by `kg sparql` and `kg cypher`."""

import csv
import datetime as dt
import io
import json

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table
from rich.text import Text


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return value.value
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def sparql_json_term(term) -> dict | None:
    """A term as the W3C SPARQL 1.1 Query Results JSON Format writes it."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype and term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "literal", "value": str(term)}


def to_sparql_json(columns: list[str], rows: list[list]) -> str:
    if columns == ["ask"] and len(rows) == 1 and isinstance(rows[0][0], bool):
        return json.dumps({"head": {}, "boolean": rows[0][0]})
    bindings = []
    for row in rows:
        binding = {c: sparql_json_term(v) for c, v in zip(columns, row) if v is not None}
        bindings.append(binding)
    return json.dumps({"head": {"vars": columns}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=2)


def _jsonable(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value


def to_records_json(columns: list[str], rows: list[list]) -> str:
    return json.dumps([dict(zip(columns, (_jsonable(v) for v in row))) for row in rows], ensure_ascii=False, indent=2)


def to_csv(columns: list[str], rows: list[list]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue()


def print_table(columns: list[str], rows: list[list], console: Console | None = None) -> None:
    console = console or Console()
    table = Table(show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(Text(column))
    for row in rows:
        table.add_row(*(Text(_cell(v)) for v in row))  # data is shown as it is: no markup, no emoji codes
    console.print(table)
    console.print(f"{len(rows)} row(s)", style="dim", markup=False)

"""`kg export`: the built graph as files for other tools (RDF, GraphML, CSV) and a view of it for slides
(SVG, PNG, one self-contained HTML file), drawn exactly as the explorer draws it."""

from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.explore.placed import laid_out, slide
from kg.explore.state import ViewState
from kg.graph.files import write_csv, write_graphml
from kg.namespaces import bind_prefixes
from kg.rdf.files import read_graph
from kg.rdf.io import atomic_write
from kg.store.embedded import EmbeddedStore
from kg.rdf.derived import OXIGRAPH

RDF_FORMATS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt", "trig": "trig"}
PICTURE_FORMATS = ("html", "svg", "png")
FORMATS = (*RDF_FORMATS, "graphml", "csv", *PICTURE_FORMATS)


def _rdf(fmt: str, trig: Path, out: Path) -> list[Path]:
    if fmt == "trig":
        atomic_write(out, trig.read_bytes())
        return [out]
    graph = read_graph(trig)
    bind_prefixes(graph)
    if fmt == "jsonld":
        data = graph.serialize(format="json-ld", encoding="utf-8", auto_compact=True)
    else:
        data = graph.serialize(format=RDF_FORMATS[fmt], encoding="utf-8")
    atomic_write(out, data)
    return [out]


def export_file(fmt: str, trig: Path, out: Path, *, state: ViewState | None = None) -> list[Path]:
    """Write `out` (a folder for csv); views need `state` (its focus, depth, filters and language)."""
    if fmt in RDF_FORMATS:
        return _rdf(fmt, trig, out)
    if fmt in ("graphml", "csv"):
        store = EmbeddedStore(trig)
        raw = ox.Store.read_only(str(store.folder / OXIGRAPH))
        if fmt == "csv":
            return list(write_csv(raw, out))
        write_graphml(raw, out)
        return [out]
    if fmt in PICTURE_FORMATS:
        if state is None or not state.entity:
            raise InputError(f"--format {fmt} draws a view: name its centre with --focus (an id, a name or a number)")
        store = EmbeddedStore(trig)
        focus = store.resolve(state.entity)
        atomic_write(out, slide(store, laid_out(store, state.but(entity=focus)), fmt))
        return [out]
    raise InputError(f"unknown export format {fmt} (use {', '.join(FORMATS)})")

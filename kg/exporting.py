"""`kg export`: the built graph as files for other tools and for slides."""

from pathlib import Path

from kg.errors import KgError
from kg.paths import graph_dir
from kg.rdf.io import atomic_write, built_trig

RDF_FORMATS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt", "trig": "trig"}
PICTURE_FORMATS = ("html", "svg", "png")


def _rdf(fmt: str, out: Path) -> list[Path]:
    from kg.rdf.files import read_graph

    trig = built_trig(graph_dir())
    if fmt == "trig":
        atomic_write(out, trig.read_bytes())
    else:
        graph = read_graph(trig)
        from kg.namespaces import bind_prefixes

        bind_prefixes(graph)
        options = {"auto_compact": True} if fmt == "jsonld" else {}
        atomic_write(out, graph.serialize(format=RDF_FORMATS[fmt], encoding="utf-8", **options))
    return [out]


def export_file(fmt: str, out: Path, *, focus: str | None = None, depth: int = 1, lang: str = "vi") -> list[Path]:
    if fmt in RDF_FORMATS:
        return _rdf(fmt, out)
    if fmt in ("graphml", "csv"):
        from kg.graph.network import property_graph, write_csv, write_graphml
        from kg.store.sparql import SparqlStore

        graph = property_graph(SparqlStore.from_trig(built_trig(graph_dir())).raw)
        if fmt == "graphml":
            out.parent.mkdir(parents=True, exist_ok=True)
            write_graphml(graph, out)
            return [out]
        return list(write_csv(graph, out))
    if fmt in PICTURE_FORMATS:
        from kg.explore.export import export_view

        return [export_view(fmt, out, focus=focus, depth=depth, lang=lang)]
    raise KgError(f"unknown export format {fmt}")

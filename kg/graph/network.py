"""The property graph in memory (networkx), for the embedded explorer and for GraphML/CSV export."""

import csv
import datetime as dt
import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from kg.graph.mapping import records


def property_graph(store: ox.Store) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    rels = []
    for node, out in records(store):
        graph.add_node(node.iri, labels=node.labels, **node.props)
        rels.extend(out)
    for rel in rels:
        if rel.end not in graph:
            graph.add_node(rel.end, labels=["Resource"], iri=rel.end, types=[], graphs=[])
        graph.add_edge(rel.start, rel.end, key=rel.type, type=rel.type, **rel.props)
    return graph


def _flat(value) -> str | int | float | bool:
    """GraphML and CSV cells: scalars as they are, dates as ISO, lists as JSON."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> None:
    flat = nx.MultiDiGraph()
    for n, data in graph.nodes(data=True):
        flat.add_node(n, **{k: _flat(v) for k, v in data.items()})
    for a, b, k, data in graph.edges(keys=True, data=True):
        flat.add_edge(a, b, key=k, **{k2: _flat(v) for k2, v in data.items()})
    nx.write_graphml(flat, path, encoding="utf-8")


def write_csv(graph: nx.MultiDiGraph, folder: Path) -> tuple[Path, Path]:
    """nodes.csv and relationships.csv in the layout Neo4j's CSV import reads (`:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`)."""
    folder.mkdir(parents=True, exist_ok=True)
    node_keys = sorted({k for _, d in graph.nodes(data=True) for k in d} - {"labels", "iri"})
    nodes_path, rels_path = folder / "nodes.csv", folder / "relationships.csv"
    with nodes_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["iri:ID", ":LABEL", *node_keys])
        for n, d in sorted(graph.nodes(data=True)):
            writer.writerow([n, ";".join(d.get("labels", [])), *(_flat(d.get(k, "")) for k in node_keys)])
    rel_keys = sorted({k for *_, d in graph.edges(data=True) for k in d} - {"type"})
    with rels_path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([":START_ID", ":END_ID", ":TYPE", *rel_keys])
        for a, b, d in sorted(graph.edges(data=True), key=lambda e: (e[0], e[2]["type"], e[1])):
            writer.writerow([a, b, d["type"], *(_flat(d.get(k, "")) for k in rel_keys)])
    return nodes_path, rels_path

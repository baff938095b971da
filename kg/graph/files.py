"""The property graph as files for other tools: GraphML, and the CSV pair Neo4j's import reads.

Both stream the graph subject by subject from a store, twice (once for the columns, once for the
rows), so memory holds names, never the graph.
"""

import csv
import datetime as dt
import json
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.graph.mapping import records, subjects, term_id


def _flat(value) -> str | int | float | bool:
    """A cell: scalars as they are, dates as ISO, lists as JSON."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list | tuple | dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def _survey(store: ox.Store) -> tuple[list[str], list[str], list[str]]:
    """The node property keys, relationship property keys, and the nodes only named as objects."""
    node_keys, rel_keys, ends = set(), set(), set()
    defined = {term_id(s) for s in subjects(store)}
    for node, rels in records(store):
        node_keys |= set(node.props)
        for rel in rels:
            rel_keys |= set(rel.props)
            if rel.end not in defined:
                ends.add(rel.end)
    return sorted(node_keys - {"iri"}), sorted(rel_keys), sorted(ends)


def write_csv(store: ox.Store, folder: Path) -> tuple[Path, Path]:
    """nodes.csv and relationships.csv (`iri:ID`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`)."""
    node_keys, rel_keys, bare = _survey(store)
    folder.mkdir(parents=True, exist_ok=True)
    nodes_path, rels_path = folder / "nodes.csv", folder / "relationships.csv"
    with nodes_path.open("w", newline="", encoding="utf-8") as nodes_file, \
            rels_path.open("w", newline="", encoding="utf-8") as rels_file:
        nodes, rels = csv.writer(nodes_file), csv.writer(rels_file)
        nodes.writerow(["iri:ID", ":LABEL", *node_keys])
        rels.writerow([":START_ID", ":END_ID", ":TYPE", *rel_keys])
        for node, out in records(store):
            nodes.writerow([node.iri, ";".join(node.labels), *(_flat(node.props.get(k, "")) for k in node_keys)])
            for rel in out:
                rels.writerow([rel.start, rel.end, rel.type, *(_flat(rel.props.get(k, "")) for k in rel_keys)])
        for iri in bare:
            nodes.writerow([iri, "Resource", *("" for _ in node_keys)])
    return nodes_path, rels_path


def write_graphml(store: ox.Store, path: Path) -> None:
    node_keys, rel_keys, bare = _survey(store)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n')
        out.write('<key id="labels" for="node" attr.name="labels" attr.type="string"/>\n')
        for i, key in enumerate(node_keys):
            out.write(f'<key id="n{i}" for="node" attr.name={quoteattr(key)} attr.type="string"/>\n')
        out.write('<key id="type" for="edge" attr.name="type" attr.type="string"/>\n')
        for i, key in enumerate(rel_keys):
            out.write(f'<key id="e{i}" for="edge" attr.name={quoteattr(key)} attr.type="string"/>\n')
        out.write('<graph edgedefault="directed">\n')
        edges = []
        for node, rels in records(store):
            out.write(f'<node id={quoteattr(node.iri)}><data key="labels">{escape(";".join(node.labels))}</data>')
            for i, key in enumerate(node_keys):
                if key in node.props:
                    out.write(f'<data key="n{i}">{escape(str(_flat(node.props[key])))}</data>')
            out.write("</node>\n")
            edges += rels
            if len(edges) > 10_000:
                _write_edges(out, edges, rel_keys)
                edges = []
        for iri in bare:
            out.write(f'<node id={quoteattr(iri)}><data key="labels">Resource</data></node>\n')
        _write_edges(out, edges, rel_keys)
        out.write("</graph>\n</graphml>\n")


def _write_edges(out, edges, rel_keys: list[str]) -> None:
    for rel in edges:
        out.write(f'<edge source={quoteattr(rel.start)} target={quoteattr(rel.end)}><data key="type">{escape(rel.type)}</data>')
        for i, key in enumerate(rel_keys):
            if key in rel.props:
                out.write(f'<data key="e{i}">{escape(str(_flat(rel.props[key])))}</data>')
        out.write("</edge>\n")

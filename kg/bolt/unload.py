"""The graph back out of a Bolt server as RDF quads (the round-trip check, and `kg export` from Neo4j)."""

import pyoxigraph as ox

from kg.bolt.client import Bolt
from kg.graph.mapping import node_quads, relationship_quads
from kg.graph.schema import BASE_LABEL, load_schema


def unload(bolt: Bolt) -> ox.Dataset:
    schema = load_schema()
    dataset = ox.Dataset()
    for (props,) in bolt.read(f"MATCH (n:{BASE_LABEL}) RETURN properties(n)")[1]:
        for quad in node_quads(props, schema):
            dataset.add(quad)
    query = f"MATCH (a:{BASE_LABEL})-[r]->(b:{BASE_LABEL}) RETURN a.iri, type(r), b.iri, properties(r)"
    for start, rtype, end, props in bolt.read(query)[1]:
        for quad in relationship_quads(start, rtype, end, props, schema):
            dataset.add(quad)
    return dataset

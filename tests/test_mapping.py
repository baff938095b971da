"""RDF → property graph → RDF without loss, for the shapes a database cannot hold directly (several values
of one property, each with its own evidence), without a server: the records the loader writes are turned
back into quads."""

import pyoxigraph as ox

from kg.graph.mapping import node_quads, records, relationship_quads

TRIG = """
@prefix schema: <https://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix vdt: <https://w3id.org/vndt/ontology#> .
@prefix id: <https://w3id.org/vndt/id/> .
GRAPH <https://w3id.org/vndt/graph/a> {
  id:meeting schema:location "Hội trường A", "hội trường A" ; skos:related id:other .
  id:s1 a rdf:Statement ; rdf:subject id:meeting ; rdf:predicate schema:location ; rdf:object "Hội trường A" ;
        prov:wasDerivedFrom id:ev1 ; vdt:method "curated" .
  id:s2 a rdf:Statement ; rdf:subject id:meeting ; rdf:predicate schema:location ; rdf:object "hội trường A" ;
        prov:wasDerivedFrom id:ev2 ; vdt:method "rule:event-place" .
  id:solo schema:location "Nhà Quốc hội" .
  id:s3 a rdf:Statement ; rdf:subject id:solo ; rdf:predicate schema:location ; rdf:object "Nhà Quốc hội" ;
        prov:wasDerivedFrom id:ev1 ; vdt:method "curated" .
}
"""


def test_each_value_keeps_its_own_evidence_and_every_predicate_maps_back():
    store = ox.Store()
    store.load(TRIG.encode(), format=ox.RdfFormat.TRIG)
    back = set()
    for node, rels in records(store):
        back.update(node_quads(node.props))
        for rel in rels:
            back.update(relationship_quads(rel.start, rel.type, rel.end, rel.props))
    assert {str(q) for q in back} == {str(q) for q in store}

"""RDF: building the graph with provenance, validating it, reading and writing it."""

"""Graph stores behind one interface: the embedded SPARQL store and a Bolt server."""

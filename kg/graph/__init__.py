"""The property-graph view of the RDF graph: nodes with labels and properties, typed relationships."""

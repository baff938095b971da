"""Neo4j and other Bolt servers: settings, the local server, the loader, Cypher."""

"""Load a file with rdflib-neo4j as its README shows: a Graph over Neo4jStore, parse, close(commit).

One change, needed on ArcadeDB's Bolt server: rdflib-neo4j 1.1 sends each batch with an auto-commit
`session.run`, which that server sometimes aborts as "modified by a concurrent transaction" (a
transient error the driver retries only inside managed transactions). Here a batch that fails that way
is sent again, up to five times. Managed transactions are not an option for it on that server: its
`MERGE (n:Resource {uri}) SET n:Label` then fails the uniqueness constraint its docs ask for.
Batching stays on, at its default size.
"""

import os
import sys
import time

from neo4j.exceptions import TransientError

from rdflib import Graph
from rdflib_neo4j import HANDLE_VOCAB_URI_STRATEGY, Neo4jStore, Neo4jStoreConfig


def _retried_write(self, query, params):
    for attempt in range(5):
        try:
            self.session.run(query, params=params).consume()
            return
        except TransientError:
            if attempt == 4:
                raise
            time.sleep(0.05 * (attempt + 1))


def main(path: str, uri: str, user: str, password: str, database: str) -> None:
    Neo4jStore._Neo4jStore__query_database = _retried_write
    config = Neo4jStoreConfig(auth_data={"uri": uri, "database": database, "user": user, "pwd": password},
                              handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.IGNORE, batching=True,
                              batch_size=int(os.environ.get("BENCH_RDFLIB_BATCH", "5000")))
    graph = Graph(store=Neo4jStore(config=config))
    graph.parse(path, format="nt")
    graph.close(True)


if __name__ == "__main__":
    main(*sys.argv[1:6])

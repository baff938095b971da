"""`make bench`: loading (kg load, the server's ceiling, rdflib-neo4j), the explorer's stores at 100k and 1M
triples, extraction on long input, and the app as a person uses it; each prints its table."""

import sys

from bench import app, explorer, extraction, load

if __name__ == "__main__":
    sizes = [int(s) for s in sys.argv[1:]] or [100_000, 1_000_000]
    load.run(sizes)
    explorer.run(sizes)
    extraction.run()
    app.run()

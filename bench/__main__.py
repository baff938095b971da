"""`make bench`: the load benchmark (kg load against rdflib-neo4j) and the explorer benchmark."""

import sys

from bench import explorer, load

if __name__ == "__main__":
    sizes = [int(s) for s in sys.argv[1:]] or [10_000, 100_000, 1_000_000]
    load.run(sizes)
    explorer.run()

"""Query safety for the consoles and the command line: what a query may do, and where it runs.

- `kg.query.cypher.check_read_only(query)`: a Cypher query that only reads passes; anything that writes,
  administers, reads files or calls procedures and functions beyond a short list raises
  `ReadOnlyViolation`; text that is not Cypher raises `QueryError`.
- `kg.query.sparql.check_query(query)`: the form ("select", "ask", "construct", "describe") of a SPARQL
  query that may run; updates and SERVICE raise `ReadOnlyViolation`, syntax errors `QueryError`.
- `kg.query.isolate.WorkerPool` / `run_isolated`: a call in a worker process with a time and a memory
  limit; a panic, an abort, a runaway or a blow-up there is one `QueryError` or `QueryTimeout` here.
- what workers run lives with the stores (`kg.store.jobs`).
"""

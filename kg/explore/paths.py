"""How two entities are connected: shortest paths over the facts, each hop explained."""

from dataclasses import dataclass

import networkx as nx

# nodes that connect everything and explain nothing: evidence, articles, vocabulary concepts
SKIP_LABELS = {"Evidence", "Article", "Concept"}


@dataclass
class Path:
    nodes: list[str]
    hops: list[tuple[str, str, str]]  # (from, relationship type, to) in the stored direction


def _explorable(graph: nx.MultiDiGraph) -> nx.Graph:
    keep = [n for n, d in graph.nodes(data=True) if not SKIP_LABELS & set(d.get("labels", []))]
    return nx.Graph(graph.subgraph(keep))


def shortest_paths(graph: nx.MultiDiGraph, source: str, target: str, limit: int = 10) -> list[Path]:
    undirected = _explorable(graph)
    if source not in undirected or target not in undirected:
        return []
    try:
        found = []
        for nodes in nx.all_shortest_paths(undirected, source, target):
            hops = []
            for a, b in zip(nodes, nodes[1:]):
                if graph.has_edge(a, b):
                    hops.append((a, next(iter(graph[a][b])), b))
                else:
                    hops.append((b, next(iter(graph[b][a])), a))
            found.append(Path(nodes, hops))
            if len(found) >= limit:
                break
        return found
    except nx.NetworkXNoPath:
        return []

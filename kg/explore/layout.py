"""A seeded, stable layout: the same view is drawn the same way on screen and in every export."""

import math

import networkx as nx

from kg.explore.views import ViewGraph

SEED = 7


def layout(view: ViewGraph, width: int = 1200, height: int = 800, margin: int = 80, side: int = 170) -> dict[str, tuple[float, float]]:
    graph = nx.Graph()
    graph.add_nodes_from(sorted(n["id"] for n in view.nodes))
    graph.add_edges_from(sorted((e["source"], e["target"]) for e in view.edges))
    if not graph:
        return {}
    fixed = None
    initial = None
    if view.focus in graph:
        initial = {n: (math.cos(i), math.sin(i)) for i, n in enumerate(sorted(graph.nodes))}
        initial[view.focus] = (0.0, 0.0)
        fixed = [view.focus]
    k = 1.6 / math.sqrt(max(len(graph), 1))
    positions = nx.spring_layout(graph, seed=SEED, k=k, iterations=200, pos=initial, fixed=fixed)
    if 2 < len(graph) <= 160 and nx.is_connected(graph):
        # Kamada-Kawai spreads a small connected view evenly; seeded by the spring layout, so still stable
        positions = nx.kamada_kawai_layout(graph, pos=positions)
    xs = [p[0] for p in positions.values()]
    ys = [p[1] for p in positions.values()]
    span_x, span_y = (max(xs) - min(xs)) or 1.0, (max(ys) - min(ys)) or 1.0
    return {n: (side + (x - min(xs)) / span_x * (width - 2 * side), margin + (y - min(ys)) / span_y * (height - 2 * margin))
            for n, (x, y) in positions.items()}

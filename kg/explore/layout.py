"""A seeded, label-aware layout: the same view is placed the same way on screen and in every export,
and no node's label covers another's.

Positions come from networkx (Kamada–Kawai for a small connected view, seeded spring otherwise, the
focus in the middle); a view grown from one already placed keeps its nodes' places and spreads only the
new ones, so that growing a node leaves the picture as it was around it. Then the box of each node and
its label is pushed out of its neighbours' boxes until none overlap. Text is measured with the font the
drawings name (DejaVu Sans) when it is installed.
"""

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import networkx as nx
import numpy as np
from PIL import ImageFont

from kg.explore.views import View, shorten

SEED = 7
ATTEMPTS = ((13, 30), (12, 24), (11, 19), (10, 15))  # label font size and characters, tried in turn
NODE_RADIUS = 9
FOCUS_RADIUS = 14
PADDING = 6
STALLED = 40  # rounds of pushing without fewer overlapping pairs before giving up
# the share of the frame that the nodes' and labels' boxes may cover for pushing them apart to be worth trying: over
# 234 views of the seed graph (depth 1 to 3, both languages) it never cleared a frame more than 0.39 covered
CROWDED = 0.45
_FONT_FILES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf",
               "/Library/Fonts/DejaVuSans.ttf")


@lru_cache(maxsize=16)
def _font(size: int, bold: bool):
    for path in _FONT_FILES:
        path = path.replace("DejaVuSans.ttf", "DejaVuSans-Bold.ttf") if bold else path
        if Path(path).is_file():
            return ImageFont.truetype(path, size)
    return None


def text_width(text: str, size: int = ATTEMPTS[0][0], bold: bool = False) -> float:
    font = _font(size, bold)
    if font is None:
        return (0.68 if bold else 0.62) * size * len(text)
    return float(font.getlength(text))


@dataclass(frozen=True)
class Placed:
    x: float
    y: float
    radius: float
    font: int
    width: float      # of the label as drawn
    caption: str      # the label as drawn: the node's caption, shortened when space is short, or none

    def box(self) -> tuple[float, float, float, float]:
        """The node and its label below it: left, top, right, bottom."""
        half = max(self.width / 2, self.radius)
        label = 4 + self.font * 1.25 if self.caption else 0
        return (self.x - half, self.y - self.radius, self.x + half, self.y + self.radius + label)


GROWN_ITERATIONS = 50


def _initial(view: View) -> dict[str, tuple[float, float]]:
    return _positions(tuple(sorted(n.id for n in view.nodes)), tuple(sorted((e.source, e.target) for e in view.edges)),
                      view.focus)


@lru_cache(maxsize=64)
def _positions(nodes: tuple[str, ...], edges: tuple[tuple[str, str], ...], focus: str | None) -> dict[str, tuple[float, float]]:
    """Where the graph's shape puts each node, before labels are measured: kept for the same shape, so the same view in
    another language (other labels) or with other captions is only separated again."""
    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    graph.add_edges_from(edges)
    if len(graph) == 1:
        return {next(iter(graph)): (0.0, 0.0)}
    initial = {n: (math.cos(i * 2.39996), math.sin(i * 2.39996)) for i, n in enumerate(sorted(graph))}
    fixed = None
    if focus in graph:
        initial[focus] = (0.0, 0.0)
        fixed = [focus]
    refined = 2 < len(graph) <= 200 and nx.is_connected(graph)
    # Kamada–Kawai refines a rough spring layout as well as a settled one
    positions = nx.spring_layout(graph, seed=SEED, k=1.8 / math.sqrt(len(graph)), iterations=60 if refined else 300,
                                 pos=initial, fixed=fixed)
    if refined:
        positions = nx.kamada_kawai_layout(graph, pos=positions)
    return {n: (float(x), float(y)) for n, (x, y) in positions.items()}


def _grown(view: View, kept: dict[str, Placed]) -> dict[str, tuple[float, float]]:
    """Positions for a view grown from one already placed (`kept`): the nodes it had stay where they were (scaled
    to a unit frame); each new one starts beside the nodes it hangs from and a spring layout that moves only the new
    ones spreads them."""
    xs, ys = [p.x for p in kept.values()], [p.y for p in kept.values()]
    scale = max(max(xs) - min(xs), max(ys) - min(ys), 1.0)
    old = {n.id: (kept[n.id].x / scale, kept[n.id].y / scale) for n in view.nodes if n.id in kept}
    if not old:
        return _initial(view)
    graph = nx.Graph()
    graph.add_nodes_from(sorted(n.id for n in view.nodes))
    graph.add_edges_from(sorted((e.source, e.target) for e in view.edges))
    new = sorted(set(graph) - set(old))
    if not new:
        return old
    middle = np.mean(list(old.values()), axis=0)
    start = dict(old)
    for i, node in enumerate(new):
        anchors = [old[m] for m in sorted(graph[node]) if m in old]
        x, y = np.mean(anchors, axis=0) if anchors else middle
        start[node] = (x + 0.05 * math.cos(i * 2.39996), y + 0.05 * math.sin(i * 2.39996))
    positions = nx.spring_layout(graph, pos=start, fixed=sorted(old), k=0.9 / math.sqrt(len(graph)),
                                 iterations=GROWN_ITERATIONS, seed=SEED)
    return {n: (float(x), float(y)) for n, (x, y) in positions.items()}


@dataclass(frozen=True)
class _Labels:
    """One try at labelling the nodes (in the order of `ids`): captions, font sizes, node radii, label widths."""
    ids: list[str]
    captions: list[str]
    fonts: np.ndarray
    radii: np.ndarray
    widths: np.ndarray

    @property
    def half_widths(self) -> np.ndarray:
        return np.maximum(self.widths / 2, self.radii)

    @property
    def heights(self) -> np.ndarray:
        """Of a node and its label below it."""
        return 2 * self.radii + np.where(self.widths > 0, 4 + self.fonts * 1.25, 0)

    def covered(self) -> float:
        return float(2 * self.half_widths @ self.heights)


def _labels(view: View, ids: list[str], font: int, chars: int, hidden: frozenset = frozenset()) -> _Labels:
    by_id = {n.id: n for n in view.nodes}
    captions = ["" if i in hidden else shorten(by_id[i].full, 48 if by_id[i].focus else chars) for i in ids]
    fonts = np.array([font + 2 if by_id[i].focus else font for i in ids], dtype=float)
    radii = np.array([FOCUS_RADIUS if by_id[i].focus else NODE_RADIUS for i in ids], dtype=float)
    widths = np.array([text_width(c, int(f), bold=by_id[i].focus) if c else 0.0 for i, c, f in zip(ids, captions, fonts)])
    return _Labels(ids, captions, fonts, radii, widths)


def _place(labels: _Labels, raw: dict, width: float, height: float, margin: float) -> dict[str, Placed]:
    half_w = labels.half_widths + PADDING
    top = labels.radii + PADDING
    bottom = labels.heights - labels.radii + PADDING
    xy = np.array([raw[i] for i in labels.ids], dtype=float)
    span = np.maximum(xy.max(axis=0) - xy.min(axis=0), 1e-6)
    left, right = margin + half_w.max(), width - margin - half_w.max()
    upper, lower = margin + top.max(), height - margin - bottom.max()
    xy = (xy - xy.min(axis=0)) / span * [max(right - left, 1), max(lower - upper, 1)] + [left, upper]
    xy = _separate(xy, half_w, top, bottom, (margin, margin, width - margin, height - margin))
    return {i: Placed(float(x), float(y), float(r), int(f), float(w), c)
            for i, (x, y), r, f, w, c in zip(labels.ids, xy, labels.radii, labels.fonts, labels.widths, labels.captions)}


def layout(view: View, width: float, height: float, margin: float = 24,
           kept: dict[str, Placed] | None = None) -> dict[str, Placed]:
    """Node positions inside a width × height area, labels clear of each other; `kept`: the placement of the view
    this one grew from, whose nodes keep their places.

    When the area is crowded, labels get shorter and smaller (ATTEMPTS; a size whose boxes would cover too much of
    the area is not tried), and as a last resort the labels that still collide lose their text (the name stays in
    the node's tooltip); the focus keeps its own."""
    if not view.nodes:
        return {}
    raw = _grown(view, kept) if kept else _initial(view)
    ids = sorted(raw)
    frame = (width - 2 * margin) * (height - 2 * margin)
    for font, chars in ATTEMPTS[:-1]:
        labels = _labels(view, ids, font, chars)
        if labels.covered() <= CROWDED * frame:
            placed = _place(labels, raw, width, height, margin)
            if not overlaps(placed):
                return placed
    placed = _place(_labels(view, ids, *ATTEMPTS[-1]), raw, width, height, margin)
    degree: dict[str, int] = {}
    for e in view.edges:
        degree[e.source] = degree.get(e.source, 0) + 1
        degree[e.target] = degree.get(e.target, 0) + 1
    focus = view.focus
    hidden: set[str] = set()
    while True:
        pairs = overlaps(placed)
        losers = {min(set(pair) - {focus}, key=lambda i: (degree.get(i, 0), i)) for pair in pairs if set(pair) - {focus}}
        if not losers - hidden:
            return placed
        hidden |= losers
        placed = _place(_labels(view, ids, *ATTEMPTS[-1], frozenset(hidden)), raw, width, height, margin)


def _separate(xy, half_w, top, bottom, bounds, rounds: int = 400):
    """Push overlapping boxes apart (each pair along the axis where they overlap least)."""
    x0, y0, x1, y1 = bounds
    n = len(xy)
    tie = np.where(np.arange(n)[:, None] < np.arange(n)[None, :], -1.0, 1.0)
    fewest, since_fewer = n * n, 0
    for _ in range(rounds):
        left, right = xy[:, 0] - half_w, xy[:, 0] + half_w
        upper, lower = xy[:, 1] - top, xy[:, 1] + bottom
        over_x = np.minimum(right[:, None], right[None, :]) - np.maximum(left[:, None], left[None, :])
        over_y = np.minimum(lower[:, None], lower[None, :]) - np.maximum(upper[:, None], upper[None, :])
        clash = (over_x > 0) & (over_y > 0)
        np.fill_diagonal(clash, False)
        clashes = int(clash.sum())
        if not clashes:
            break
        fewest, since_fewer = (clashes, 0) if clashes < fewest else (fewest, since_fewer + 1)
        if since_fewer > STALLED:  # crowded: the caller shortens the labels or hides some
            break
        push = np.zeros_like(xy)
        dx = xy[:, 0][:, None] - xy[:, 0][None, :]
        dy = xy[:, 1][:, None] - xy[:, 1][None, :]
        along_x = over_x < over_y * 1.6  # labels are wide: moving sideways is usually cheaper
        sx = np.where(dx == 0, tie, np.sign(dx))
        sy = np.where(dy == 0, tie, np.sign(dy))
        push[:, 0] = (np.where(clash & along_x, sx * (over_x / 2 + 0.5), 0)).sum(axis=1)
        push[:, 1] = (np.where(clash & ~along_x, sy * (over_y / 2 + 0.5), 0)).sum(axis=1)
        xy = xy + push * 0.6
        xy[:, 0] = np.clip(xy[:, 0], x0 + half_w, x1 - half_w)
        xy[:, 1] = np.clip(xy[:, 1], y0 + top, y1 - bottom)
    return xy


def overlaps(placed: dict[str, Placed]) -> list[tuple[str, str]]:
    """The pairs of nodes whose boxes still overlap (none, when the area is large enough)."""
    items = sorted(placed.items())
    out = []
    for i, (a, pa) in enumerate(items):
        ax0, ay0, ax1, ay1 = pa.box()
        for b, pb in items[i + 1:]:
            bx0, by0, bx1, by1 = pb.box()
            if ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1:
                out.append((a, b))
    return out

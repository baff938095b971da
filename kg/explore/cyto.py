"""A view as Cytoscape.js elements and stylesheet: what the explorer's graph component draws on screen
and what the exported HTML file draws offline, from one definition, so the two agree."""

import json
from functools import lru_cache
from importlib.resources import files

from kg.explore.i18n import groups, kind_name, t
from kg.explore.layout import Placed
from kg.explore.views import View

FONT = "DejaVu Sans, Noto Sans, Segoe UI, Arial, sans-serif"
EDGE_CAPTIONS_UP_TO = 24  # more edges than this: captions on selection only, so the picture stays legible
# the graph component's buttons (by their element ids) and the catalogue's words for them
BUTTONS = {"toolbarRefresh": "graph_refresh", "toolbarFullscreen": "graph_fullscreen", "viewbarPlus": "graph_zoom_in",
           "viewbarMinus": "graph_zoom_out", "viewbarFit": "graph_fit", "viewbarCenter": "graph_center"}
# its JSON download (the explorer's own exports carry the view) and, unless asked for, its side panel (the
# explorer's card below the graph shows what a tap chose)
UNUSED = ["#toolbarExport", "#exportDialog"]
PANEL = "#infopanel"
WORDS_SCRIPT = files("kg.explore") / "assets" / "graph_words.js"


def elements(view: View, placed: dict[str, Placed]) -> dict:
    nodes = []
    for n in view.nodes:
        p = placed.get(n.id)
        classes = " ".join(c for c, on in (("focus", n.focus), ("grouped", bool(n.members)), ("fact", n.fact)) if on)
        # keys without "_" are what the component's side panel shows: in the view's language
        node = {"data": {"id": n.id, "label": kind_name(n.kind, view.lang), t("name_field", view.lang): n.full,
                         "_caption": p.caption if p else n.caption, "_font": p.font if p else 13, "_group": n.group,
                         "_count": len(n.members)}, "classes": classes}
        if p:
            node["position"] = {"x": round(p.x, 1), "y": round(p.y, 1)}
        nodes.append(node)
    captioned = len(view.edges) <= EDGE_CAPTIONS_UP_TO
    edges = [{"data": {"id": e.id, "source": e.source, "target": e.target, "label": e.caption, "_type": e.type,
                       "_fact": e.fact or ""},
              "classes": " ".join(c for c, on in (("fact-edge", bool(e.fact)), ("captioned", captioned)) if on)}
             for e in view.edges]
    return {"nodes": nodes, "edges": edges}


def stylesheet() -> list[dict]:
    sheet = [
        {"selector": "node", "style": {
            "width": 18, "height": 18, "label": "data(_caption)", "font-family": FONT, "font-size": "data(_font)",
            "color": "#0f172a", "text-valign": "bottom", "text-halign": "center", "text-margin-y": 4,
            "text-outline-color": "#ffffff", "text-outline-width": 2.5, "border-width": 1.5, "border-color": "#ffffff"}},
        {"selector": "node.focus", "style": {
            "width": 28, "height": 28, "font-weight": "bold", "border-width": 3,
            "border-color": "#0f172a"}},
        {"selector": "node.grouped", "style": {"border-width": 2.5, "border-style": "dashed", "border-color": "#334155"}},
        {"selector": "node.fact", "style": {"border-width": 2, "border-style": "dotted", "border-color": "#334155"}},
        {"selector": "node:selected", "style": {"border-width": 4, "border-color": "#2563eb"}},
        {"selector": "edge", "style": {
            "width": 1.6, "line-color": "#94a3b8", "curve-style": "bezier", "target-arrow-shape": "triangle",
            "target-arrow-color": "#94a3b8", "arrow-scale": 0.9, "font-family": FONT, "font-size": 10, "color": "#475569",
            "text-rotation": "autorotate", "text-background-color": "#ffffff", "text-background-opacity": 0.85,
            "text-background-padding": 2}},
        {"selector": "edge.fact-edge", "style": {"width": 2.4, "line-color": "#64748b", "target-arrow-color": "#64748b"}},
        {"selector": "edge.captioned, edge:selected", "style": {"label": "data(label)"}},
        {"selector": "edge:selected", "style": {"line-color": "#2563eb", "target-arrow-color": "#2563eb", "width": 3}},
    ]
    for group in groups().values():
        sheet.append({"selector": f"node[_group = '{group.label}']",
                      "style": {"background-color": group.colour, "shape": group.shape}})
    return sheet


@lru_cache(maxsize=4)
def component_words(lang: str, panel: bool) -> str:
    """A script for the page that puts the graph component's own words in `lang` and hides the parts not used
    (the side panel too, unless `panel`)."""
    words = {"key": f"{lang}-{panel}", "titles": {button: t(key, lang) for button, key in BUTTONS.items()},
             "nothingSelected": t("graph_nothing_selected", lang), "hidden": UNUSED + ([] if panel else [PANEL])}
    code = WORDS_SCRIPT.read_text(encoding="utf-8").replace("__WORDS__", json.dumps(words, ensure_ascii=False))
    return f"<script>{code}</script>"

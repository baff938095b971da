"""Graph views: an entity's neighbourhood as nodes and captioned edges, ready to lay out and draw."""

import datetime as dt
from dataclasses import dataclass, field

import networkx as nx

from kg.explore.search import first, primary_label

# what a view hides unless asked: provenance nodes and vocabulary
HIDDEN_LABELS = {"Evidence", "Article", "Concept"}
GROUP_COLOURS = {
    "Organization": "#2563eb", "Person": "#db2777", "LegalDocument": "#d97706", "Programme": "#059669",
    "Event": "#7c3aed", "Province": "#0891b2", "Membership": "#9ca3af", "ChangeEvent": "#dc2626",
    "TaskAssignment": "#65a30d", "Target": "#a16207", "IndicatorValue": "#0d9488", "Indicator": "#64748b",
    "Resource": "#6b7280",
}
GROUP_NAMES = {"Organization": ("Tổ chức", "Organisation"), "Person": ("Người", "Person"),
               "LegalDocument": ("Văn bản", "Document"), "Programme": ("Chương trình, đề án", "Programme"),
               "Event": ("Sự kiện", "Event"), "Province": ("Tỉnh, thành", "Province"), "Membership": ("Chức vụ", "Post"),
               "ChangeEvent": ("Thay đổi tổ chức", "Change"), "TaskAssignment": ("Nhiệm vụ", "Task"),
               "Target": ("Mục tiêu", "Target"), "IndicatorValue": ("Số liệu", "Reported value"),
               "Indicator": ("Chỉ tiêu", "Indicator"), "Resource": ("Khác", "Other")}
DATE_KEYS = ("startDate", "date_document", "date", "since", "dueDate", "periodEnd", "datePublished")


def group_of(labels: list[str]) -> str:
    for group in GROUP_COLOURS:
        if group in labels:
            return group
    return "Resource"


def node_date(props: dict) -> dt.date | None:
    for key in DATE_KEYS:
        value = props.get(key)
        if hasattr(value, "to_native"):
            value = value.to_native()
        if isinstance(value, dt.date):
            return value
    return None


def caption(graph: nx.MultiDiGraph, node: str, lang: str = "vi") -> str:
    """A short human name for any node, n-ary facts included."""
    props = graph.nodes[node]
    other = "en" if lang == "vi" else "vi"
    for key in (f"prefLabel_{lang}", f"prefLabel_{other}", "id_local", f"description_{lang}", f"description_{other}"):
        if props.get(key):
            text = str(first(props[key]))
            return text if len(text) <= 48 else text[:45] + "…"
    labels = props.get("labels", [])
    if "Membership" in labels:
        out = {k: b for _, b, k in graph.out_edges(node, keys=True)}
        role = caption(graph, out["ROLE"], lang) if "ROLE" in out else ""
        holder = f": {caption(graph, out['MEMBER'], lang)}" if "MEMBER" in out else ""
        since = f" (từ {props['since']})" if props.get("since") and lang == "vi" else f" (since {props['since']})" if props.get("since") else ""
        return f"{role}{holder}{since}"
    if "Target" in labels or "IndicatorValue" in labels:
        value = props.get("value")
        value = int(value) if isinstance(value, float) and value.is_integer() else value
        when = props.get("dueDate") or props.get("refPeriod") or ""
        return f"{props.get('comparator', '') if props.get('comparator') not in (None, '=') else ''}{value} {props.get('unit', '')} · {when}".strip()
    if "ChangeEvent" in labels:
        kind = primary_label(labels)
        return f"{kind} {props.get('date') or props.get('dueDate') or ''}".strip()
    return node.rsplit("/", 1)[-1]


@dataclass
class ViewGraph:
    nodes: list[dict] = field(default_factory=list)   # id, caption, group, title, date
    edges: list[dict] = field(default_factory=list)   # source, target, type, caption
    focus: str | None = None


def neighbourhood(graph: nx.MultiDiGraph, focus: str, depth: int = 1, *, lang: str = "vi",
                  groups: set[str] | None = None, relationship_types: set[str] | None = None,
                  date_range: tuple[dt.date, dt.date] | None = None, relation_names: dict | None = None,
                  max_nodes: int = 250) -> ViewGraph:
    keep = [n for n, d in graph.nodes(data=True) if n == focus or not HIDDEN_LABELS & set(d.get("labels", []))]
    visible = graph.subgraph(keep)
    if focus not in visible:
        return ViewGraph(focus=focus)
    reached = nx.single_source_shortest_path_length(visible.to_undirected(as_view=True), focus, cutoff=depth)
    chosen = sorted(reached, key=lambda n: (reached[n], n))[:max_nodes]

    def allowed(n):
        data = graph.nodes[n]
        if n == focus:
            return True
        if groups and group_of(data.get("labels", [])) not in groups:
            return False
        when = node_date(data)
        return not (date_range and when and not (date_range[0] <= when <= date_range[1]))

    chosen = [n for n in chosen if allowed(n)]
    chosen_set = set(chosen)
    view = ViewGraph(focus=focus)
    for n in chosen:
        data = graph.nodes[n]
        when = node_date(data)
        group = group_of(data.get("labels", []))
        view.nodes.append({"id": n, "caption": caption(graph, n, lang), "group": group, "date": when.isoformat() if when else "",
                           "title": f"{primary_label(data.get('labels', []))}: {caption(graph, n, lang)}"})
    for a, b, rtype in graph.subgraph(chosen_set).edges(keys=True):
        if relationship_types and rtype not in relationship_types:
            continue
        name = (relation_names or {}).get(rtype, rtype.replace("_", " ").lower())
        view.edges.append({"source": a, "target": b, "type": rtype, "caption": name})
    return view


def path_view(graph: nx.MultiDiGraph, paths, lang: str = "vi", relation_names: dict | None = None) -> ViewGraph:
    """The union of some paths as one view; the first node is the focus."""
    view = ViewGraph(focus=paths[0].nodes[0] if paths else None)
    seen, edges = set(), set()
    for path in paths:
        for n in path.nodes:
            if n not in seen:
                seen.add(n)
                view.nodes.append({"id": n, "caption": caption(graph, n, lang), "group": group_of(graph.nodes[n].get("labels", [])),
                                   "title": caption(graph, n, lang), "date": ""})
        for a, rtype, b in path.hops:
            if (a, rtype, b) not in edges:
                edges.add((a, rtype, b))
                view.edges.append({"source": a, "target": b, "type": rtype,
                                   "caption": (relation_names or {}).get(rtype, rtype.replace("_", " ").lower())})
    return view

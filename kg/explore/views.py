"""Views: a store's subgraph made readable.

- n-ary facts the ontology marks with an edge schema (memberships, changes, tasks) are drawn as one
  labelled, dated edge between their ends ("Chủ tịch · 2021–"), unless the view expands them back into
  nodes; provenance and vocabulary nodes are not drawn;
- filters (kinds, relations, dates) leave the connected part around the focus, never stray dots;
- many leaves of one kind around a node fold into one group node ("35 số liệu · 2022-Q1") that the
  view can expand.
"""

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx

from kg.explore.i18n import group_of, groups, kind_name, relation_name, t
from kg.explore.state import ViewState, short_id
from kg.graph.names import first, primary_label
from kg.graph.schema import load_schema
from kg.store.base import GraphStore, Node, Subgraph, node_date

GROUP_PREFIX = "group:"
CAPTION_CHARS = 30


@dataclass
class VNode:
    id: str
    caption: str          # as drawn (shortened)
    full: str             # the whole name
    kind: str             # the node's primary label
    group: str            # its drawing group
    date: str = ""
    focus: bool = False
    members: tuple[str, ...] = ()   # a group node: the nodes it stands for
    fact: bool = False    # an n-ary fact shown as a node (it can fold back into an edge)


@dataclass
class VEdge:
    source: str
    target: str
    type: str             # relationship type, or the fact's label for a fact drawn as an edge
    caption: str
    fact: str | None = None
    evidence: tuple[str, ...] = ()
    date: str = ""

    @property
    def id(self) -> str:
        return f"{self.source}|{self.type}|{self.target}|{self.fact or ''}"


@dataclass
class View:
    focus: str | None
    nodes: list[VNode] = field(default_factory=list)
    edges: list[VEdge] = field(default_factory=list)
    title: str = ""
    lang: str = "vi"
    truncated: bool = False

    def node(self, node_id: str) -> VNode | None:
        return next((n for n in self.nodes if n.id == node_id), None)


def shorten(text: str, limit: int = CAPTION_CHARS) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def name_of(node: Node, lang: str) -> str | None:
    other = "en" if lang == "vi" else "vi"
    for key in (f"prefLabel_{lang}", f"prefLabel_{other}", "id_local", f"description_{lang}", f"description_{other}",
                f"headline_{lang}", f"headline_{other}", "name"):
        if node.props.get(key):
            return str(first(node.props[key]))
    return None


def _years(props: dict) -> str:
    start, end = props.get("since"), props.get("until")
    if isinstance(start, dt.date) or isinstance(end, dt.date):
        return f"{start.year if isinstance(start, dt.date) else '…'}–{end.year if isinstance(end, dt.date) else ''}"
    when = node_date(props)
    return str(when.year) if when else ""


def caption(sub: Subgraph, iri: str, lang: str) -> str:
    """A short human name for any node of a subgraph, n-ary facts included."""
    node = sub.nodes.get(iri)
    if node is None:
        return short_id(iri)
    named = name_of(node, lang)
    if named:
        return named
    out = {e.type: e.end for e in sub.edges if e.start == iri}
    if "Membership" in node.labels:
        role = caption(sub, out["ROLE"], lang) if "ROLE" in out else kind_name("Membership", lang)
        holder = f": {caption(sub, out['MEMBER'], lang)}" if "MEMBER" in out else ""
        return f"{role}{holder} {_years(node.props)}".strip()
    if {"Target", "IndicatorValue"} & set(node.labels):
        value = node.props.get("value")
        value = int(value) if isinstance(value, float) and value.is_integer() else value
        when = node.props.get("dueDate") or node.props.get("refPeriod") or ""
        comparator = node.props.get("comparator") if node.props.get("comparator") not in (None, "=") else ""
        return f"{comparator}{value} {node.props.get('unit', '')} · {when}".strip()
    if "ChangeEvent" in node.labels:
        return f"{kind_name(primary_label(node.labels), lang)} {_years(node.props)}".strip()
    return short_id(iri)


def _edge_caption(sub: Subgraph, fact: Node, caption_type: str | None, lang: str) -> str:
    parts = []
    ends = [e.end for e in sub.edges if e.start == fact.iri and e.type == caption_type] if caption_type else []
    if ends:
        parts.append(caption(sub, ends[0], lang))
    else:
        parts.append(kind_name(primary_label(fact.labels), lang))
    years = _years(fact.props)
    if years:
        parts.append(years)
    return " · ".join(parts)


def _drawn_as_edges(sub: Subgraph, state: ViewState, lang: str) -> tuple[list[VEdge], set[str]]:
    """Facts with an edge schema, as edges between their ends; returns the edges and the facts they replace."""
    schemata = load_schema().edge_schemata
    edges, replaced = [], set()
    out = defaultdict(list)
    for e in sub.edges:
        out[e.start].append(e)
    for iri, node in sub.nodes.items():
        schema = next((schemata[label] for label in node.labels if label in schemata), None)
        if schema is None or iri in state.expanded or iri == sub.focus:
            continue
        sources = [e.end for e in out[iri] if e.type == schema.source and e.end in sub.nodes]
        targets = [e.end for e in out[iri] if e.type == schema.target and e.end in sub.nodes]
        if not sources or not targets:
            continue
        label = _edge_caption(sub, node, schema.caption, lang)
        when = node_date(node.props)
        for s in sources:
            for target in targets:
                edges.append(VEdge(s, target, primary_label(node.labels), label, iri,
                                   tuple(sorted(sub.evidence.get(iri, []))), when.isoformat() if when else ""))
        replaced.add(iri)
    return edges, replaced


def _visible(node: Node, focus: str | None) -> bool:
    return node.iri == focus or not node.opaque


def build_view(sub: Subgraph, state: ViewState) -> View:
    """The drawable view of a subgraph, with the state's filters, expansions and language."""
    lang = state.lang
    fact_edges, replaced = _drawn_as_edges(sub, state, lang)
    shown = {iri: node for iri, node in sub.nodes.items() if _visible(node, sub.focus) and iri not in replaced}
    edges = [VEdge(e.start, e.end, e.type, relation_name(e.type, lang), None, tuple(sorted(e.props.get("evidence") or [])))
             for e in sub.edges if e.start in shown and e.end in shown and e.start != e.end]
    edges += fact_edges
    edges = _filtered_edges(edges, shown, state)
    shown = _filtered_nodes(shown, state, sub.focus)
    edges = [e for e in edges if e.source in shown and e.target in shown]
    shown, edges = _around_focus(shown, edges, sub.focus)
    nodes = []
    for iri, node in sorted(shown.items()):
        when = node_date(node.props)
        full = caption(sub, iri, lang)
        nodes.append(VNode(iri, shorten(full), full, primary_label(node.labels), group_of(node.labels).label,
                           when.isoformat() if when else "", iri == sub.focus, fact=node.fact))
    view = View(sub.focus, nodes, sorted(edges, key=lambda e: e.id), caption(sub, sub.focus, lang) if sub.focus else "",
                lang, sub.truncated)
    view.edges = merge_parallel(view.edges, lang)
    return fold_groups(view, state)


def _filtered_edges(edges: list[VEdge], shown: dict[str, Node], state: ViewState) -> list[VEdge]:
    out = []
    for e in edges:
        if state.relations and e.type not in state.relations:
            continue
        if e.date and not _in_range(dt.date.fromisoformat(e.date), state):
            continue
        out.append(e)
    return out


def _in_range(when: dt.date, state: ViewState) -> bool:
    return not ((state.since and when < state.since) or (state.until and when > state.until))


def _filtered_nodes(shown: dict[str, Node], state: ViewState, focus: str | None) -> dict[str, Node]:
    out = {}
    for iri, node in shown.items():
        if iri != focus:
            if state.kinds and group_of(node.labels).label not in state.kinds:
                continue
            when = node_date(node.props)
            if when and not _in_range(when, state):
                continue
        out[iri] = node
    return out


def _around_focus(shown: dict[str, Node], edges: list[VEdge], focus: str | None):
    """Only the part connected to the focus: a filter leaves a subgraph, not scattered nodes."""
    if focus not in shown:
        return shown, edges
    graph = nx.Graph()
    graph.add_nodes_from(shown)
    graph.add_edges_from((e.source, e.target) for e in edges)
    keep = nx.node_connected_component(graph, focus)
    return {k: v for k, v in shown.items() if k in keep}, [e for e in edges if e.source in keep and e.target in keep]


def group_id(anchor: str, group: str) -> str:
    return f"{GROUP_PREFIX}{short_id(anchor)}:{group}"


def _parents(view: View) -> dict[str, str]:
    """Each node's neighbour on its way to the focus (the first, in a stable order)."""
    graph = nx.Graph()
    graph.add_nodes_from(n.id for n in view.nodes)
    graph.add_edges_from((e.source, e.target) for e in view.edges)
    if view.focus not in graph:
        return {}
    distance = nx.single_source_shortest_path_length(graph, view.focus)
    parents = {}
    for node in graph:
        closer = sorted(m for m in graph[node] if distance.get(m, 1e9) < distance.get(node, 1e9))
        if closer:
            parents[node] = closer[0]
    return parents


def fold_groups(view: View, state: ViewState) -> View:
    """Fold the many nodes of one group that hang from one node (on their way to the focus) into a group
    node; their relations to the rest go with it. Repeated until nothing more folds."""
    styles = groups()
    while True:
        parents = _parents(view)
        by_id = {n.id: n for n in view.nodes}
        children = defaultdict(list)
        for node, parent in parents.items():
            if not by_id[node].members and not by_id[node].focus:
                children[(parent, by_id[node].group)].append(node)
        fold = {key: members for key, members in children.items()
                if len(members) >= styles[key[1]].fold and group_id(*key) not in state.expanded}
        if not fold:
            return view
        owner = {}
        for (anchor, group), members in sorted(fold.items()):
            gid = group_id(anchor, group)
            owner.update(dict.fromkeys(members, gid))
            nodes = [by_id[m] for m in members]
            dates = {n.date[:7] for n in nodes if n.date}
            when = f" · {dates.pop()}" if len(dates) == 1 else ""
            label = f"{len(members)} {styles[group].plural[view.lang]}{when}"
            view.nodes.append(VNode(gid, label, label, group, group, members=tuple(sorted(members))))
        view.nodes = [n for n in view.nodes if n.id not in owner]
        view.edges = merge_parallel([VEdge(owner.get(e.source, e.source), owner.get(e.target, e.target), e.type,
                                           e.caption, e.fact, e.evidence, e.date)
                                     for e in view.edges if owner.get(e.source, e.source) != owner.get(e.target, e.target)],
                                    view.lang)


def merge_parallel(edges: list[VEdge], lang: str) -> list[VEdge]:
    """One edge per (source, type, target): parallel ones say how many they stand for."""
    bundles: dict[tuple, list[VEdge]] = defaultdict(list)
    for e in edges:
        bundles[(e.source, e.type, e.target)].append(e)
    out = []
    for (source, etype, target), bundle in sorted(bundles.items()):
        if len(bundle) == 1:
            out.append(bundle[0])
            continue
        captions = sorted({e.caption for e in bundle})
        name = relation_name(etype, lang) if etype.isupper() else kind_name(etype, lang)  # a relation or a fact's kind
        label = captions[0] if len(captions) == 1 else f"{len(bundle)} × {name}"
        out.append(VEdge(source, target, etype, label, None, tuple(sorted({x for e in bundle for x in e.evidence})),
                         min((e.date for e in bundle if e.date), default="")))
    return out


def entity_view(store: GraphStore, state: ViewState) -> View:
    """The view around `state.entity` (an IRI) at its depth, with the nodes it expands grown by a step."""
    if not state.entity:
        return View(None, lang=state.lang)
    sub = store.neighbourhood(state.entity, state.depth)
    for item in state.expanded:
        if item.startswith(GROUP_PREFIX) or item not in sub.nodes or sub.nodes[item].fact:
            continue
        grown = store.neighbourhood(item, 1)
        _merge(sub, grown)
    return build_view(sub, state)


def _merge(sub: Subgraph, other: Subgraph) -> None:
    for iri, node in other.nodes.items():
        sub.nodes.setdefault(iri, node)
    present = set(sub.edges)
    sub.edges += [e for e in other.edges if e not in present]
    for fact, evidence in other.evidence.items():
        sub.evidence.setdefault(fact, evidence)
    sub.truncated = sub.truncated or other.truncated


def result_view(store: GraphStore, iris, state: ViewState) -> View:
    """The nodes a query result names, and the relations among them."""
    sub = store.subgraph(iris)
    view = build_view(sub, state.but(kinds=(), relations=(), since=None, until=None))
    view.title = t("tab_query", state.lang)
    return view


def path_view(store: GraphStore, paths, state: ViewState) -> View:
    """The union of some paths as one view; the first node is the focus."""
    iris = list(dict.fromkeys(n for p in paths for n in p.nodes))
    sub = store.subgraph(iris)
    sub.focus = iris[0] if iris else None
    wanted = {(a, r, b) for p in paths for a, r, b in p.hops}
    sub.edges = [e for e in sub.edges if (e.start, e.type, e.end) in wanted]
    return build_view(sub, state.but(kinds=(), relations=(), since=None, until=None, expanded=tuple(iris)))

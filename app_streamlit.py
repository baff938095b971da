"""The explorer: search, an interactive graph around an entity with the evidence behind each relation,
the timeline, paths, indicators and targets, a read-only query console, slides and exports.

Layout only: the store (`kg.store`), views, tables and drawings (`kg.explore`) do the work. The URL is
the state: every control writes the query string, and every run reads it.
"""

import json
import threading
import time

import altair as alt
import pandas as pd
import streamlit as st
from streamlit.runtime.scriptrunner import add_script_run_ctx
from streamlit_cytoscape import Event, streamlit_cytoscape

from kg.errors import KgError, NotFound
from kg.explore import tables
from kg.explore.consoles import examples, run_console
from kg.explore.cyto import component_words, elements, stylesheet
from kg.explore.evidence import Quote, cited, quotes, source_line
from kg.explore.i18n import groups, kind_name, relation_name, t
from kg.explore.placed import Laid, laid_out, slide
from kg.explore.render import GRAPH_HEIGHT, placement
from kg.explore.safe import plain
from kg.explore.state import TABS, ViewState, short_id
from kg.explore.stores import identity, open_store, stores_available
from kg.explore.views import View, VEdge, VNode, path_view, result_view
from kg.store.base import GraphStore
from kg.store.isolated import pool

st.set_page_config(page_title=t("app_title", "en" if st.query_params.get("lang") == "en" else "vi"), layout="wide")
# taps only (the component sends one value per 100 ms): a node or an edge selected, a node double-tapped
GRAPH_EVENTS = [Event("select", "tap", "node"), Event("grow", "dbltap", "node"), Event("edge", "tap", "edge")]


class Style:
    """A Cytoscape stylesheet entry, in the form the graph component expects."""

    def __init__(self, entry: dict):
        self.entry = entry

    def dump(self) -> dict:
        return self.entry


STYLES = [Style(entry) for entry in stylesheet()]
PRESET = {"name": "preset", "fit": True, "padding": 24, "animate": False}  # positions come from kg.explore.layout
EXPLORE_PANE = "explore-pane"
PREFETCH_AFTER = 0.05  # s
PREFETCHED = "prefetched"  # the views last laid out ahead


# ---------------------------------------------------------------- state in the URL
def state() -> ViewState:
    return ViewState.from_params(st.query_params, kinds=set(groups()))


def write_url(new: ViewState) -> None:
    st.query_params.from_dict(new.to_params())


def go(new: ViewState) -> None:
    """A control's callback: the view goes into the URL, and the run the control starts draws it (callbacks run
    before the script, so nothing is drawn for the old view first)."""
    write_url(new)


def go_whole(new: ViewState) -> None:
    """The same for a control in the graph panel that opens another entity: the panel is a fragment, which reruns
    alone, so the whole page is asked for. Whatever changes the view of the same entity (depth, filters, growing a
    node, slides) reruns the panel alone: nothing outside it depends on those."""
    write_url(new)
    st.rerun()


def follow(key: str, field: str) -> None:
    """The callback of the control with this key: its value becomes the view's `field` (a segmented control
    clicked off holds nothing, and changes nothing). Controls whose options are worded in the interface's language
    carry the language in their key, so that a control of the other language never answers for them."""
    value = st.session_state.get(key)
    if value is not None:
        go(state().but(**{field: tuple(value) if isinstance(value, list) else value}))


def follow_dates(key: str) -> None:
    dates = st.session_state.get(key)
    if isinstance(dates, tuple) and len(dates) == 2:
        go(state().but(since=dates[0], until=dates[1]))


def reset_filters() -> None:
    go(state().but(kinds=(), relations=(), since=None, until=None, expanded=()))


def pick_backend(key: str) -> None:
    st.query_params["backend"] = st.session_state[key]


def go_entity(iri: str) -> None:
    go(state().opened(iri))


def go_whole_entity(iri: str) -> None:
    go_whole(state().opened(iri))


# ---------------------------------------------------------------- cached work (per view, never per click elsewhere)
@st.cache_resource(show_spinner=False, max_entries=4)
def store_for(source: str) -> GraphStore:
    """The store a source names (`kg.explore.stores.identity`): a rebuilt graph is a new source, so every
    cache below, keyed by the source, starts afresh."""
    return open_store(source.split(" ", 1)[0])


@st.cache_data(show_spinner=False, max_entries=64)
def view_for(backend: str, view_state: ViewState) -> Laid:
    """The view and its placement; a grown view is placed from the one before it, found here in the cache."""
    return laid_out(store_for(backend), view_state, lambda before: view_for(backend, before))


def prefetch(backend: str, *views: ViewState) -> None:
    """Lay out, while the user reads a tapped node's card, the views its buttons ask for (the layout is most of a
    new view's time); the run that draws one finds it in the cache, or waits for this one. It starts once the page
    has had a moment to draw the card."""
    def work() -> None:
        time.sleep(PREFETCH_AFTER)
        for view_state in views:
            view_for(backend, view_state)

    thread = threading.Thread(target=work, daemon=True)
    add_script_run_ctx(thread)
    thread.start()


@st.cache_data(show_spinner=False, max_entries=32)
def export_for(backend: str, view_state: ViewState, fmt: str) -> bytes:
    return slide(store_for(backend), view_for(backend, view_state), fmt)


@st.cache_data(show_spinner=False, max_entries=256)
def search_for(backend: str, query: str):
    return store_for(backend).search(query, 15)


@st.cache_data(show_spinner=False, max_entries=256)
def card_for_cached(backend: str, iri: str, lang: str):
    return tables.card(store_for(backend), iri, lang)


@st.cache_data(show_spinner=False, max_entries=128)
def relations_for(backend: str, iri: str, lang: str):
    return tables.relations(store_for(backend), iri, lang)


def card_for(store: GraphStore, iri: str, lang: str):
    return card_for_cached(st.session_state.get("backend", "embedded"), iri, lang)


def quotes_for(store: GraphStore, evidence: tuple[str, ...]):
    return quotes_cached(st.session_state.get("backend", "embedded"), evidence)


@st.cache_data(show_spinner=False, max_entries=512)
def quotes_cached(backend: str, evidence: tuple[str, ...]):
    return quotes(store_for(backend), evidence)


# ---------------------------------------------------------------- the graph
def graph(backend: str, view_state: ViewState, view: View, placed: dict, height: int = GRAPH_HEIGHT) -> None:
    if not view.nodes:
        st.info(t("no_hits", view_state.lang))
        return
    # the component runs a layout only when it changes: naming the view in it fits every new view to the frame
    layout = {**PRESET, "view": view_state.to_params()}
    streamlit_cytoscape(elements(view, placed), layout=layout, node_styles=STYLES, height=height, key="graph",
                        events=GRAPH_EVENTS, on_change=on_graph_event)


def on_graph_event() -> None:
    """A click selects a node (its card shows below); a double-click or the expand button grows or folds it."""
    event = st.session_state.get("graph") or {}
    stamp = event.get("timestamp")
    if not stamp or stamp == st.session_state.get("graph-last"):
        return
    st.session_state["graph-last"] = stamp
    data = event.get("data") or {}
    if event.get("action") == "grow" and data.get("target_id"):
        current = state()
        if data["target_id"] != current.entity:
            go(current.toggled(data["target_id"]))
    elif event.get("action") in ("select", "edge") and data.get("target_id"):
        st.session_state["selected"] = data["target_id"]


def controls(view_state: ViewState, store: GraphStore) -> None:
    lang = view_state.lang
    cols = st.columns([2, 5, 2])
    key = f"depth-{view_state.depth}"
    cols[0].segmented_control(t("depth", lang), [1, 2, 3], default=view_state.depth, key=key, on_change=follow,
                              args=(key, "depth"))
    with cols[1].expander(t("filters", lang)):
        key = f"kinds-{view_state.kinds}-{lang}"
        st.multiselect(t("kinds", lang), list(groups()), default=list(view_state.kinds),
                       format_func=lambda g: kind_name(g, lang), key=key, on_change=follow, args=(key, "kinds"))
        relation_types = sorted(load_relation_types(view_state))
        key = f"rel-{view_state.relations}-{lang}"
        st.multiselect(t("relations", lang), relation_types, default=[r for r in view_state.relations if r in relation_types],
                       format_func=lambda r: relation_name(r, lang) if r.isupper() else kind_name(r, lang),
                       key=key, on_change=follow, args=(key, "relations"))
        period: list = [view_state.since, view_state.until] if view_state.since and view_state.until else []
        key = f"dates-{view_state.since}-{view_state.until}"
        st.date_input(t("dates", lang), value=period, key=key, on_change=follow_dates, args=(key,))
        st.button(t("reset", lang), key="reset-filters", on_click=reset_filters)
    key = f"slide-{view_state.slide}"
    cols[2].toggle(t("slide", lang), value=view_state.slide, key=key, on_change=follow, args=(key, "slide"))


def load_relation_types(view_state: ViewState) -> set[str]:
    backend = st.session_state.get("backend", "embedded")
    view, _ = view_for(backend, view_state.but(relations=()))
    return {e.type for e in view.edges}


def exports(backend: str, view_state: ViewState) -> None:
    lang = view_state.lang
    name = short_id(view_state.entity or "graph").replace("/", "-")
    if not st.toggle(t("export_prepare", lang), key="exports-on"):
        return
    cols = st.columns(3)
    for col, fmt, mime in zip(cols, ("png", "svg", "html"), ("image/png", "image/svg+xml", "text/html")):
        col.download_button(fmt.upper(), data=export_for(backend, view_state, fmt), file_name=f"{name}.{fmt}", mime=mime,
                            key=f"export-{fmt}", width="stretch")


def evidence_list(store: GraphStore, evidence, lang: str) -> None:
    show_quotes(quotes_for(store, tuple(evidence)), lang)


def show_quotes(found: list[Quote], lang: str) -> None:
    """Each sentence, and the article it is read from."""
    for q in found:
        st.text(q.sentence or q.reference)
        st.caption(plain(f"{cited(q.span, lang)} · {q.reference}"))


def selected_card(store: GraphStore, view: View, lang: str) -> None:
    """What a tap on the graph chose: a node's card, a group's members, or an edge and its evidence."""
    chosen = st.session_state.get("selected")
    node = view.node(chosen) if chosen else None
    edge = next((e for e in view.edges if e.id == chosen), None) if chosen else None
    if node is None and edge is None:
        return
    with st.container(border=True, key="selected-card"):
        if edge is not None:
            edge_card(store, view, edge, lang)
        elif node is not None:
            node_card(store, view, node, lang)


def edge_card(store: GraphStore, view: View, edge: VEdge, lang: str) -> None:
    st.markdown(f"**{plain(edge.caption)}**")
    st.text(f"{_full_name(view, edge.source)} → {_full_name(view, edge.target)}")
    if edge.fact:
        fact = edge.fact
        st.button(t("expand", lang), key="expand-fact", on_click=lambda: go(state().toggled(fact)))
    evidence_list(store, edge.evidence, lang)


def _full_name(view: View, iri: str) -> str:
    node = view.node(iri)
    return node.full if node else iri


def node_card(store: GraphStore, view: View, node: VNode, lang: str) -> None:
    if node.members:
        st.markdown(f"**{plain(node.full)}**")
        names = tables.names(store, node.members[:40], lang)
        for member in node.members[:40]:
            st.button(plain(names.get(member, short_id(member))), key=f"member-{member}", on_click=go_whole_entity,
                      args=(member,))
        st.button(t("expand", lang), key="expand-group", on_click=lambda: go(state().toggled(node.id)))
        return
    name, kind, fields = card_for(store, node.id, lang)
    st.markdown(f"**{plain(name)}** · {plain(kind)}")
    for field, value in fields[:12]:
        st.text(f"{field}: {value}")
    row = st.columns(2)
    row[0].button(t("open", lang), key="open-selected", on_click=go_whole_entity, args=(node.id,))
    row[1].button(t("collapse", lang) if node.id in state().expanded else t("expand", lang), key="toggle-selected",
                  on_click=lambda: go(state().toggled(node.id)))
    for e in view.edges:
        if node.id in (e.source, e.target) and e.evidence:
            st.caption(plain(e.caption))
            evidence_list(store, e.evidence, lang)


def entity_card(store: GraphStore, lang: str, entity: str) -> None:
    """The entity's name, kind and fields."""
    name, kind, fields = card_for(store, entity, lang)
    st.subheader(plain(name))
    st.caption(f"{plain(kind)} · {plain(short_id(entity))}")
    columns = st.columns(3)
    for n, (field, value) in enumerate(fields):
        columns[n % 3].text(f"{field}: {value}")


def relations_list(backend: str, lang: str, entity: str) -> None:
    st.markdown(f"#### {t('relations_evidence', lang)}")
    for i, row in enumerate(relations_for(backend, entity, lang)):
        arrow = "→" if row.outgoing else "←"
        with st.expander(plain(f"{arrow} {row.relation} — {row.other_name}"), expanded=False):
            st.button(t("open", lang), key=f"open-{i}-{row.other}", on_click=go_entity, args=(row.other,))
            if not row.quotes:
                st.caption(t("registry", lang))
            show_quotes(row.quotes, lang)


@st.fragment
def graph_panel(backend: str, store: GraphStore, entity: str) -> None:
    """The graph of `entity` with its controls, what a tap on it chose and its exports. A tap, a control or a node
    grown reruns this panel only, so the rest of the page stays as it is; the view is read from the URL on each run,
    since a fragment's rerun gets the arguments of the page's last run."""
    view_state = state().but(entity=entity)
    lang, shown = view_state.lang, view_state.tab == "explore"
    with st.container():   # kept in its place on every tab, so that the graph is the same element on every run
        if shown:
            controls(view_state, store)
    view, placed = view_for(backend, view_state)
    if view_state.slide:
        st.markdown(f"### {plain(view.title)}")
    graph(backend, view_state, view, placed)
    st.caption(t("graph_caption", lang, nodes=len(view.nodes), edges=len(view.edges))
               + (" · " + t("truncated", lang, n=len(view.nodes)) if view.truncated else ""))
    if view_state.slide:
        legend = " · ".join(kind_name(g.label, lang) for g in groups().values() if g.label in {n.group for n in view.nodes})
        st.caption(legend)
        st.caption(f"{t('sources', lang)}: {plain(source_line(store, [x for e in view.edges for x in e.evidence], lang))}")
    selected_card(store, view, lang)
    chosen = view.node(st.session_state.get("selected") or "")
    if chosen is not None and not chosen.members and chosen.id != view_state.entity:
        # a double-tap follows its first tap at once; the Open button comes once the card is read
        ahead = (view_state.toggled(chosen.id), view_state.opened(chosen.id))
        if st.session_state.get(PREFETCHED) != ahead:   # once a tap, not on every run after it
            st.session_state[PREFETCHED] = ahead
            prefetch(backend, *ahead)
    if shown:
        exports(backend, view_state)


def home(backend: str, store: GraphStore, lang: str) -> None:
    summary = tables.home(store, lang)
    st.markdown(f"#### {t('home_title', lang)}")
    cols = st.columns(len(summary["counts"]) or 1)
    for col, (name, count) in zip(cols, summary["counts"]):
        col.metric(name, f"{count:,}")
    left, right = st.columns(2)
    with left:
        st.markdown(f"**{t('home_central', lang)}**")
        for iri, name, kind in summary["central"]:
            st.button(f"{plain(name)} · {plain(kind)}", key=f"central-{iri}", on_click=go_entity, args=(iri,))
    with right:
        st.markdown(f"**{t('home_latest', lang)}**")
        for iri, name, when in summary["latest"]:
            st.button(f"{when.isoformat()} · {plain(name)}", key=f"latest-{iri}", on_click=go_entity, args=(iri,))


def explore_tab(backend: str, store: GraphStore, view_state: ViewState) -> None:
    """Search, and an entity's card, graph and relations (or the first page). On the other tabs only the graph is
    drawn: the parts around it keep their place, empty, so that the graph is the same element on every run."""
    shown = view_state.tab == "explore"
    with st.container():
        if shown:
            search(backend, view_state)
    if view_state.entity:
        with st.container():
            if shown:
                st.divider()
                entity_card(store, view_state.lang, view_state.entity)
        graph_panel(backend, store, view_state.entity)
        with st.container():
            if shown:
                relations_list(backend, view_state.lang, view_state.entity)
    elif shown and not view_state.query:
        home(backend, store, view_state.lang)


def search(backend: str, view_state: ViewState) -> None:
    lang = view_state.lang
    key = f"q-{view_state.query}"
    st.text_input(t("search_label", lang), value=view_state.query, key=key, placeholder=t("search_placeholder", lang),
                  on_change=follow, args=(key, "query"))
    if view_state.query:
        hits = search_for(backend, view_state.query)
        if not hits:
            st.info(t("no_hits", lang))
        for hit in hits:
            cols = st.columns([6, 2, 1])
            cols[0].text(hit.label if hit.matched == hit.label else f"{hit.label}  ({hit.matched})")
            cols[1].text(kind_name(hit.kind, lang))
            cols[2].button("→", key=f"hit-{hit.iri}", on_click=go_entity, args=(hit.iri,))


def timeline_tab(backend: str, store: GraphStore, view_state: ViewState) -> None:
    lang = view_state.lang
    about = None
    if view_state.entity:
        name = tables.card(store, view_state.entity, lang)[0]
        if st.toggle(t("timeline_about", lang, name=plain(name)), value=True, key="tl-about"):
            about = view_state.entity
    items = pd.DataFrame(tables.timeline(store, lang, about))
    if items.empty:
        st.info(t("no_hits", lang))
        return
    kinds = sorted(items["kind"].unique())
    chosen = st.multiselect(t("kinds", lang), kinds, default=kinds, key=f"tl-kinds-{about}")
    wanted = st.text_input(t("timeline_filter", lang), key=f"tl-filter-{about}")
    shown = items[items["kind"].isin(chosen)]
    if wanted:
        shown = shown[shown["item"].str.contains(wanted, case=False, regex=False)]
    colours = {g.label: g.colour for g in groups().values()}
    chart = alt.Chart(shown.assign(date=pd.to_datetime(shown["date"]))).mark_circle(size=140).encode(
        x=alt.X("date:T", title=None, axis=alt.Axis(format="%m/%Y")), y=alt.Y("kind:N", title=None, axis=alt.Axis(labelLimit=0)),
        color=alt.Color("group:N", scale=alt.Scale(domain=list(colours), range=list(colours.values())), legend=None),
        tooltip=[alt.Tooltip("date:T", title=t("date", lang)), alt.Tooltip("kind:N", title=t("kind", lang)),
                 alt.Tooltip("item:N", title=t("item", lang))]).properties(height=320)
    st.altair_chart(chart, width="stretch")
    table = shown[["date", "kind", "item"]].rename(columns={"date": t("date", lang), "kind": t("kind", lang), "item": t("item", lang)})
    st.dataframe(table, hide_index=True, width="stretch")
    for _, row in shown.tail(30).iloc[::-1].iterrows():
        st.button(f"{row['date']} · {plain(row['item'])}", key=f"tl-open-{row['iri']}", on_click=go_entity, args=(row["iri"],))


def pick(backend: str, label: str, key: str, current: str | None, lang: str) -> str | None:
    query = st.text_input(label, value=short_id(current) if current else "", key=f"{key}-q")
    if not query:
        return None
    hits = search_for(backend, query)
    if not hits:
        st.caption(t("no_hits", lang))
        return None
    options = {h.iri: f"{h.label} · {kind_name(h.kind, lang)}" for h in hits}
    if current in options:
        return current
    return st.selectbox(label + " ·", list(options), format_func=lambda iri: options[iri], key=f"{key}-s")


def paths_tab(backend: str, store: GraphStore, view_state: ViewState) -> None:
    lang = view_state.lang
    left, right = st.columns(2)
    with left:
        source = pick(backend, t("path_from", lang), "p-from", view_state.source, lang)
    with right:
        target = pick(backend, t("path_to", lang), "p-to", view_state.target, lang)
    if (source, target) != (view_state.source, view_state.target) and source and target:
        write_url(view_state.but(source=source, target=target))
    if not (source and target):
        return
    found = store.paths(source, target)
    if not found:
        st.info(t("path_none", lang, hops=10))
        return
    st.markdown(t("path_found", lang, count=len(found), hops=len(found[0].hops)))
    view = path_view(store, found, view_state)
    streamlit_cytoscape(elements(view, placement(view)), layout=PRESET, node_styles=STYLES, height=420, key="path-graph")
    for n, path in enumerate(found, 1):
        st.markdown(f"**{n}.**")
        for step in tables.path_steps(store, path, lang):
            with st.expander(plain(f"{step.source} —{step.relation}→ {step.target}")):
                if not step.quotes:
                    st.caption(t("registry", lang))
                show_quotes(step.quotes, lang)


def measures_tab(backend: str, store: GraphStore, view_state: ViewState) -> None:
    lang = view_state.lang
    rows = pd.DataFrame(tables.measures(store, lang))
    if rows.empty:
        st.info(t("no_hits", lang))
        return
    kind = st.radio(t("show", lang), ["target", "reported"], horizontal=True, key="m-kind",
                    format_func=lambda k: t("targets" if k == "target" else "reported", lang))
    shown = rows[rows["kind"] == kind].copy()
    columns = {"indicator": t("indicator", lang), "value": t("value", lang), "unit": t("unit", lang),
               "when": t("when", lang), "by": t("set_by", lang), "area": t("area", lang)}
    st.dataframe(shown[list(columns)].rename(columns=columns), hide_index=True, width="stretch")
    percent = shown[shown["unit"] == "%"].copy()
    if not percent.empty:
        # one bar per value, never stacked: the label says what, when and by whom
        percent["label"] = percent.apply(lambda r: f"{r['indicator'] or '—'} · {r['when']} · {r['by'] or '—'}", axis=1)
        percent = percent.drop_duplicates("label")
        chart = alt.Chart(percent).mark_bar().encode(
            x=alt.X("value:Q", title="%", scale=alt.Scale(domain=[0, 100])),
            y=alt.Y("label:N", sort="-x", title=None, axis=alt.Axis(labelLimit=0)),
            tooltip=[alt.Tooltip("indicator:N", title=t("indicator", lang)), alt.Tooltip("value:Q", title=t("value", lang)),
                     alt.Tooltip("when:N", title=t("when", lang)), alt.Tooltip("by:N", title=t("set_by", lang))],
        ).properties(height=max(120, 26 * len(percent)))
        st.altair_chart(chart, width="stretch")


def query_tab(backend: str, store: GraphStore, view_state: ViewState) -> None:
    lang = view_state.lang
    pool()  # the query workers start while the user reads the examples
    samples = examples(store.language)
    example = st.selectbox(t("examples", lang), list(samples), key=f"{store.language}-example")
    text = st.text_area(store.language.upper(), samples[example], height=220, key=f"{store.language}-text-{example}")
    limit = st.number_input(t("row_limit", lang), 1, 1000, 200, key=f"{store.language}-limit")
    st.caption(t("console_note", lang, seconds=15))
    if not st.button(t("run", lang), key=f"{store.language}-run"):
        return
    try:
        result = run_console(store, text, int(limit))
    except KgError as exc:
        st.error(str(exc))
        return
    if not result.rows:
        st.info(t("no_rows", lang))
        return
    frame = pd.DataFrame([[json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, list | dict) else v for v in row]
                          for row in result.rows], columns=result.columns)
    st.dataframe(frame, hide_index=True, width="stretch")
    if result.truncated:
        st.caption(t("rows_cut", lang, n=int(limit)))
    cols = st.columns(2)
    cols[0].download_button("CSV", frame.to_csv(index=False), f"{store.language}.csv", "text/csv", key=f"{store.language}-csv")
    cols[1].download_button("JSON", frame.to_json(orient="records", force_ascii=False), f"{store.language}.json",
                            "application/json", key=f"{store.language}-json")
    iris = [v for row in result.rows for v in row if isinstance(v, str) and "://" in v]
    if iris:
        view = result_view(store, iris, view_state)
        if view.nodes:
            streamlit_cytoscape(elements(view, placement(view)), layout=PRESET, node_styles=STYLES, height=460,
                                key="query-graph")


TAB_PAGES = {"timeline": timeline_tab, "paths": paths_tab, "measures": measures_tab, "query": query_tab}  # drawn when chosen


def embed(backend: str, store: GraphStore, view_state: ViewState) -> None:
    st.html("<style>header, footer, [data-testid='stToolbar'] {display: none !important;} "
            ".block-container {padding: 0 !important;}</style>")
    st.html(component_words(view_state.lang, panel=True), unsafe_allow_javascript=True)
    if not view_state.entity:
        st.info(t("no_hits", view_state.lang))
        return
    view, placed = view_for(backend, view_state)
    graph(backend, view_state, view, placed, height=640)


def resolved(store: GraphStore, view_state: ViewState) -> ViewState:
    """The state with its entity as an IRI; one clear message (and suggestions) when the URL names none."""
    if not view_state.entity:
        return view_state
    try:
        return view_state.but(entity=store.resolve(view_state.entity))
    except NotFound:
        lang = view_state.lang
        st.warning(t("bad_entity", lang, name=plain(view_state.entity[:80])))
        hits = store.search(view_state.entity, 5)
        if hits:
            st.caption(t("did_you_mean", lang))
            for hit in hits:
                st.button(plain(hit.label), key=f"suggest-{hit.iri}", on_click=go_entity, args=(hit.iri,))
        return view_state.but(entity=None)


def main() -> None:
    view_state = state()
    lang = view_state.lang
    options = stores_available()
    asked = st.query_params.get("backend")
    chosen = asked if asked in options else options[0]
    if view_state.notes:
        st.caption(t("bad_param", lang, names=", ".join(view_state.notes)))
    try:
        backend = identity(chosen)
        st.session_state["backend"] = backend
        store = store_for(backend)
        if st.context.is_embedded or st.query_params.get("view") == "embed":
            embed(backend, store, resolved(store, view_state))
            return
        with st.sidebar:
            st.markdown(f"### {t('app_title', lang)}")
            key = f"lang-{lang}"
            st.radio(t("language", lang), ["vi", "en"], index=["vi", "en"].index(lang), horizontal=True, key=key,
                     format_func=lambda code: {"vi": "Tiếng Việt", "en": "English"}[code], on_change=follow,
                     args=(key, "lang"))
            key = f"backend-{chosen}-{lang}"
            st.radio(t("backend", lang), options, index=options.index(chosen), key=key,
                     format_func=lambda b: t(f"backend_{b}", lang), on_change=pick_backend, args=(key,))
        view_state = resolved(store, view_state)
        key = f"tab-{view_state.tab}-{lang}"
        st.segmented_control("tab", list(TABS), default=view_state.tab, label_visibility="collapsed",
                             format_func=lambda name: t(f"tab_{name}", lang), key=key, on_change=follow, args=(key, "tab"))
        # the Explore tab's graph is drawn whatever the tab, hidden on the others: it stays loaded, so coming back
        # to it shows it at once
        st.html(f"<style>{'' if view_state.tab == 'explore' else f'.st-key-{EXPLORE_PANE} {{display: none !important;}}'}</style>")
        st.html(component_words(lang, panel=False), unsafe_allow_javascript=True)
        with st.container(key=EXPLORE_PANE):
            explore_tab(backend, store, view_state)
        if view_state.tab != "explore":
            TAB_PAGES[view_state.tab](backend, store, view_state)
    except KgError as exc:
        st.error(str(exc))
    except Exception as exc:  # the last resort: one line, never a traceback in the page
        st.error(f"{t('app_title', lang)}: {exc.__class__.__name__}")


main()

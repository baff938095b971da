"""The explorer: search, entities with evidence, timeline, paths, indicators, query consoles, exports.

Layout only: every query, ranking, path and drawing comes from `kg.explore`.
"""

import json
import os
from pathlib import Path

import altair as alt
import pandas as pd
import streamlit as st

from kg.errors import KgError
from kg.explore import consoles
from kg.explore.backend import BoltExplorer, EmbeddedExplorer, Explorer
from kg.explore.export import render_view
from kg.explore.render import to_html
from kg.explore.views import GROUP_COLOURS, GROUP_NAMES, path_view
from kg.paths import graph_dir

st.set_page_config(page_title="Chuyển đổi số · Knowledge graph", layout="wide")

TEXT = {
    "vi": {"search": "Tìm kiếm", "entity": "Thực thể", "timeline": "Dòng thời gian", "paths": "Đường nối",
           "measures": "Chỉ tiêu & mục tiêu", "query": "Tìm tên, viết tắt, số hiệu văn bản…", "depth": "Độ sâu",
           "relations": "Quan hệ và bằng chứng", "no_hits": "Không tìm thấy.", "from": "Từ", "to": "Đến",
           "none": "Không có đường nối.", "export": "Xuất hình", "filters": "Lọc"},
    "en": {"search": "Search", "entity": "Entity", "timeline": "Timeline", "paths": "Paths",
           "measures": "Indicators & targets", "query": "Search names, abbreviations, document numbers…", "depth": "Depth",
           "relations": "Relations and evidence", "no_hits": "Nothing found.", "from": "From", "to": "To",
           "none": "No connection found.", "export": "Export", "filters": "Filters"},
}


@st.cache_resource(show_spinner="Đang nạp đồ thị…")
def embedded_explorer(trig: str, stamp: float) -> EmbeddedExplorer:
    return EmbeddedExplorer(Path(trig))


@st.cache_resource(show_spinner="Connecting to the Bolt server…")
def bolt_explorer() -> BoltExplorer:
    from kg.bolt.client import Bolt
    from kg.bolt.settings import resolve

    return BoltExplorer(Bolt(resolve()))


def get_explorer(backend: str) -> Explorer:
    if backend == "bolt":
        return bolt_explorer()
    trig = graph_dir() / "kg.trig"
    if not trig.is_file():
        raise KgError(f"no built graph at {trig}: run `make run` or `kg build` first")
    return embedded_explorer(str(trig), trig.stat().st_mtime)


def draw(view, lang: str, title: str, height: int = 620) -> None:
    if not view.nodes:
        st.info("—")
        return
    # every caption is escaped and the page forbids all loading (CSP default-src 'none')
    st.iframe(to_html(view, lang=lang, title=title, height=height - 60), height=height + 40)


def open_entity(iri: str, clear_search: bool = False) -> None:
    st.session_state["entity"] = iri
    st.query_params["entity"] = iri.rsplit("/", 1)[-1]
    if clear_search:
        st.session_state["search"] = ""


def entity_from_params(explorer: Explorer) -> str | None:
    wanted = st.query_params.get("entity")
    if wanted and "entity" not in st.session_state:
        try:
            st.session_state["entity"] = explorer.resolve(wanted)
        except KgError as exc:
            st.warning(str(exc))
    return st.session_state.get("entity")


def export_buttons(explorer: Explorer, focus: str, depth: int, lang: str) -> None:
    name = focus.rsplit("/", 1)[-1]
    cols = st.columns(3)
    for col, fmt, mime in zip(cols, ("png", "svg", "html"), ("image/png", "image/svg+xml", "text/html")):
        col.download_button(f"{fmt.upper()}", data=render_view(explorer, fmt, focus, depth, lang),
                            file_name=f"{name}-depth{depth}.{fmt}", mime=mime, key=f"export-{fmt}", width="stretch")


def entity_panel(explorer: Explorer, iri: str, lang: str, t: dict) -> None:
    kind = explorer.kind_of(iri)
    st.subheader(explorer.caption(iri, lang))
    st.caption(f"{kind} · `{iri}`")
    fields = explorer.card_fields(iri, lang)
    columns = st.columns(3)
    for n, (name, value) in enumerate(fields):
        columns[n % 3].markdown(f"**{name}**: {value}")
    controls = st.columns([1, 3])
    depth = controls[0].slider(t["depth"], 1, 3, int(st.query_params.get("depth", 1)), key="depth")
    with controls[1].expander(t["filters"]):
        groups = st.multiselect("Types", list(GROUP_COLOURS), format_func=lambda g: GROUP_NAMES[g][0 if lang == "vi" else 1])
        relations = st.multiselect("Relations", sorted({k for *_, k in explorer.graph.edges(keys=True)}))
        dated = st.checkbox("Date range")
        date_range = st.slider("Dates", value=(pd.Timestamp("2018-01-01").date(), pd.Timestamp("2031-12-31").date())) if dated else None
    view = explorer.view(iri, depth, lang, groups=set(groups) or None, relationship_types=set(relations) or None,
                         date_range=date_range)
    draw(view, lang, explorer.caption(iri, lang))
    st.caption(f"{len(view.nodes)} nodes · {len(view.edges)} relations · {t['export']}:")
    export_buttons(explorer, iri, depth, lang)
    st.markdown(f"#### {t['relations']}")
    for i, row in enumerate(explorer.relations(iri, lang)):
        header = f"{row.direction} **{row.relation}** — {row.other_caption}"
        with st.expander(header.replace("**", ""), expanded=False):
            st.button("Mở / Open", key=f"open-{i}-{row.other}", on_click=open_entity, args=(row.other,))
            if not row.evidence:
                st.caption("registry (curated)")
            for ev in row.evidence:
                quote = ev.sentence or f"{ev.source} [{ev.start}–{ev.end}]"
                st.markdown(f"> {quote}")
                st.caption(f"{ev.headline} · {ev.outlet} · {ev.published} · {ev.source} [{ev.start}–{ev.end}]")


def search_tab(explorer: Explorer, lang: str, t: dict) -> None:
    query = st.text_input(t["query"], key="search", placeholder="uy ban quoc gia · Bộ TT&TT · 1619 · Project 06")
    if query:
        hits = explorer.search(query, 15)
        if not hits:
            st.info(t["no_hits"])
        for hit in hits:
            cols = st.columns([6, 2, 1])
            cols[0].markdown(f"**{hit.label}**" + (f"  \n<small>{hit.matched}</small>" if hit.matched != hit.label else ""),
                             unsafe_allow_html=True)
            cols[1].caption(hit.kind)
            cols[2].button("→", key=f"hit-{hit.iri}", on_click=open_entity, args=(hit.iri, True))
    entity = st.session_state.get("entity")
    if entity and entity in explorer.graph:
        st.divider()
        entity_panel(explorer, entity, lang, t)


def timeline_tab(explorer: Explorer, lang: str) -> None:
    entity = st.session_state.get("entity")
    about = None
    if entity and entity in explorer.graph:
        if st.toggle(f"Only about: {explorer.caption(entity, lang)}", value=True, key="tl-about-entity"):
            about = entity
    items = pd.DataFrame(explorer.timeline(lang, about))
    if items.empty:
        st.info("—")
        return
    kinds = st.multiselect("Kinds", sorted(items["kind"].unique()), default=sorted(items["kind"].unique()), key="tl-kinds")
    about = st.text_input("About (filter by name)", key="tl-about")
    shown = items[items["kind"].isin(kinds)]
    if about:
        shown = shown[shown["caption"].str.contains(about, case=False)]
    chart = alt.Chart(shown.assign(date=pd.to_datetime(shown["date"]))).mark_circle(size=140).encode(
        x=alt.X("date:T", title=None), y=alt.Y("kind:N", title=None),
        color=alt.Color("group:N", scale=alt.Scale(domain=list(GROUP_COLOURS), range=list(GROUP_COLOURS.values())), legend=None),
        tooltip=["date:T", "kind:N", "caption:N"]).properties(height=320)
    st.altair_chart(chart, width="stretch")
    st.dataframe(shown[["date", "kind", "caption"]], hide_index=True, width="stretch")
    choice = st.selectbox("Open", [""] + shown["iri"].tolist(), format_func=lambda i: explorer.caption(i, lang) if i else "—", key="tl-open")
    if choice:
        open_entity(choice)
        st.success(f"→ {explorer.caption(choice, lang)} (tab 1)")


def pick(explorer: Explorer, label: str, key: str, lang: str) -> str | None:
    query = st.text_input(label, key=f"{key}-q")
    hits = explorer.search(query, 10) if query else []
    if not hits:
        return None
    kinds = {h.iri: h.kind for h in hits}
    return st.selectbox(f"{label} ·", list(kinds), format_func=lambda i: f"{explorer.caption(i, lang)} · {kinds[i]}", key=f"{key}-s")


def paths_tab(explorer: Explorer, lang: str, t: dict) -> None:
    left, right = st.columns(2)
    with left:
        source = pick(explorer, t["from"], "p-from", lang)
    with right:
        target = pick(explorer, t["to"], "p-to", lang)
    if source and target:
        found = explorer.paths(source, target)
        if not found:
            st.info(t["none"])
            return
        st.markdown(f"**{len(found)}** · {len(found[0].hops)} hop(s)")
        draw(path_view(explorer.graph, found, lang, explorer.relation_names), lang, "", 480)
        for n, path in enumerate(found, 1):
            steps = [f"{explorer.caption(a, lang)} —{explorer.relation_names.get(r, r)}→ {explorer.caption(b, lang)}" for a, r, b in path.hops]
            st.markdown(f"{n}. " + "  \n   ".join(steps))


def measures_tab(explorer: Explorer, lang: str) -> None:
    rows = pd.DataFrame(explorer.measures(lang))
    if rows.empty:
        st.info("—")
        return
    kind = st.radio("Show", ["target", "reported"], horizontal=True, key="m-kind")
    shown = rows[rows["kind"] == kind]
    st.dataframe(shown.drop(columns=["iri", "kind"]), hide_index=True, width="stretch")
    percent = shown[shown["unit"] == "%"]
    if not percent.empty:
        chart = alt.Chart(percent).mark_bar().encode(x=alt.X("value:Q", title="%"), y=alt.Y("indicator:N", sort="-x", title=None),
                                                     tooltip=["indicator", "value", "when", "by"]).properties(height=28 * len(percent))
        st.altair_chart(chart, width="stretch")


def console(explorer: Explorer, lang: str, language: str) -> None:
    samples = consoles.examples("rq" if language == "sparql" else "cypher")
    example = st.selectbox("Examples", list(samples), key=f"{language}-example")
    query = st.text_area(language.upper(), samples[example], height=220, key=f"{language}-text-{example}")
    limit = st.number_input("Row limit", 1, consoles.ROW_LIMIT, 200, key=f"{language}-limit")
    if not st.button("Run", key=f"{language}-run"):
        return
    try:
        if language == "sparql":
            store = explorer.store if isinstance(explorer, EmbeddedExplorer) else get_explorer("embedded").store
            result = consoles.run_sparql(store, query, int(limit))
        else:
            result = consoles.run_cypher(explorer.bolt, query, int(limit))
    except KgError as exc:
        st.error(str(exc))
        return
    if not result.rows:
        st.info("No rows.")
        return
    frame = pd.DataFrame([[json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for v in row]
                          for row in result.rows], columns=result.columns)
    st.dataframe(frame, hide_index=True, width="stretch")
    if result.truncated:
        st.caption(f"Only the first {int(limit)} rows are shown.")
    cols = st.columns(2)
    cols[0].download_button("CSV", frame.to_csv(index=False), f"{language}.csv", "text/csv", key=f"{language}-csv")
    cols[1].download_button("JSON", frame.to_json(orient="records", force_ascii=False), f"{language}.json",
                            "application/json", key=f"{language}-json")
    view = consoles.result_graph(explorer, result, lang)
    if view and view.nodes:
        draw(view, lang, "", 460)


def embed_mode(explorer: Explorer, lang: str) -> None:
    st.markdown("<style>header, footer, [data-testid='stToolbar'] {display: none !important;} "
                ".block-container {padding: 0 !important;}</style>", unsafe_allow_html=True)
    focus = entity_from_params(explorer)
    if not focus:
        st.warning("?entity=… is missing")
        return
    depth = max(1, min(3, int(st.query_params.get("depth", 1))))
    draw(explorer.view(focus, depth, lang), lang, explorer.caption(focus, lang), 640)


def main() -> None:
    lang = st.query_params.get("lang", "vi") if st.query_params.get("lang") in ("vi", "en") else "vi"
    backend = st.query_params.get("backend", "bolt" if os.environ.get("NEO4J_URI") else "embedded")
    try:
        # `embed=true` is Streamlit's own flag (it also hides Streamlit's chrome); `view=embed` is ours
        if st.context.is_embedded or st.query_params.get("view") == "embed":
            embed_mode(get_explorer(backend), lang)
            return
        with st.sidebar:
            st.markdown("### Chuyển đổi số · KG")
            lang = st.radio("Ngôn ngữ / Language", ["vi", "en"], index=["vi", "en"].index(lang), horizontal=True)
            options = ["embedded"] + (["bolt"] if consoles.bolt_configured() else [])
            backend = st.radio("Backend", options, index=options.index(backend) if backend in options else 0,
                               format_func=lambda b: "Embedded (pyoxigraph)" if b == "embedded" else "Bolt (Neo4j / local)")
        explorer = get_explorer(backend)
        t = TEXT[lang]
        entity_from_params(explorer)
        st.sidebar.caption(f"{explorer.graph.number_of_nodes()} nodes · {explorer.graph.number_of_edges()} relations · {explorer.kind}")
        tabs = st.tabs([t["search"], t["timeline"], t["paths"], t["measures"], "SPARQL", "Cypher"])
        with tabs[0]:
            search_tab(explorer, lang, t)
        with tabs[1]:
            timeline_tab(explorer, lang)
        with tabs[2]:
            paths_tab(explorer, lang, t)
        with tabs[3]:
            measures_tab(explorer, lang)
        with tabs[4]:
            console(explorer, lang, "sparql")
        with tabs[5]:
            if isinstance(explorer, BoltExplorer):
                console(explorer, lang, "cypher")
            else:
                st.info("Cypher needs a Bolt server: set NEO4J_URI, or `kg bolt start` then `kg load`, and choose Bolt.")
    except KgError as exc:
        st.error(str(exc))


main()

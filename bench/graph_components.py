"""Choosing the explorer's interactive graph component by measurement.

neo4j-viz (NVL), st-link-analysis and streamlit-cytoscape (both Cytoscape.js) are each loaded in a real
Streamlit page in headless Chromium and measured the same way:

- events: a node is clicked (twice), double-clicked, ctrl-clicked (a second selection), dragged, and a
  group node is clicked; the page logs what reached Python on every rerun;
- offline: every request the pages make is recorded; any address but the local server's counts;
- speed: time until 200 and 1,000 nodes (positions from Python) are drawn, and frames per second counted
  with requestAnimationFrame in the graph's own document while the mouse wheel and drags pan and zoom;
- the view across updates: after the user zoomed, panned and dragged a node, Python adds nodes and
  removes them again; zoom, pan and the dragged node's place are read each time; nodes added after a
  double-click (the component's own expand action, or a plain double-tap event) are checked to be
  where Python placed them;
- styles: edge caption, a dashed edge type, positions honoured, compound (group) nodes;
- what each wheel ships (JavaScript, CSS, fonts, other assets), what else it installs, and what the
  browser receives for the graph (the same page without the graph subtracted).

Runs in a virtualenv of its own with streamlit, playwright and the three candidates (never the
project's), and uses Debian's Chromium (KG_CHROMIUM to point elsewhere):

    python bench/graph_components.py [CANDIDATE ...]

KG_BENCH_JSON=FILE also writes every measurement as JSON; KG_BENCH_KEEP=1 keeps the temporary folder
(pages, graphs, what Python logged, the servers' stderr).
"""

import functools
import importlib.metadata as metadata
import importlib.util
import json
import math
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

try:
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name
    from playwright.sync_api import Error as BrowserError, sync_playwright
except ImportError as missing:
    sys.exit(f"{missing.name} is not installed here. Run this in a virtualenv of its own: "
             "pip install streamlit playwright 'neo4j-viz[streamlit]' st-link-analysis streamlit-cytoscape")

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1400, "height": 1000}
DRIVE_SECONDS = 4.0
SIZES = (200, 1000)
EDGES_PER_NODE = 1.5
TYPES = {"Organization": "#2563eb", "Person": "#db2777", "LegalDocument": "#d97706", "Programme": "#059669"}
RELATIONS = ("subOrganizationOf", "memberOf", "passedBy", "wasDerivedFrom")
DASHED = "wasDerivedFrom"  # provenance edges are drawn dashed
GROUP = "group"
GROW = 5  # nodes Python adds when the page's button is pressed
# Cytoscape captions as the explorer needs them: readable size, hidden only below 7 px on screen (both wrappers
# default to 3.6 px text hidden under 10 px, i.e. no captions at all at ordinary zoom).
NODE_LOOK = {"width": 22, "height": 22, "font-size": 11, "min-zoomed-font-size": 7}
EDGE_LOOK = {"font-size": 9, "min-zoomed-font-size": 7}


@dataclass(frozen=True)
class Candidate:
    name: str  # the distribution on PyPI
    module: str  # what the page imports
    iframe: bool  # Streamlit components v1 live in an iframe; v2 render in the page itself


CANDIDATES = (Candidate("neo4j-viz", "neo4j_viz", False),
              Candidate("st-link-analysis", "st_link_analysis", True),
              Candidate("streamlit-cytoscape", "streamlit_cytoscape", True))

PAGE_CONSTANTS = ("GROW", "DASHED", "TYPES", "RELATIONS", "NODE_LOOK", "EDGE_LOOK")
# The Streamlit page: one file for every candidate and scenario. argv[1] names the candidate,
# ?scenario= the graph file beside it; every rerun appends what reached Python to a log.
PAGE = r'''
import json
import sys
from pathlib import Path

import streamlit as st

HERE = Path(__file__).parent
CANDIDATE = sys.argv[1]
st.set_page_config(layout="wide")
scenario = st.query_params.get("scenario", "events")
own_expand = st.query_params.get("expand", "action") == "action"  # the component's expand action, or a plain event
graph = json.loads((HERE / f"{scenario}.json").read_text(encoding="utf-8"))
state = st.session_state
state.setdefault("grown", 0)
state.setdefault("open", [])
state.setdefault("placed", set())  # node ids already sent with a position: later runs leave their place to the browser
if st.button("grow"):
    state.grown += 1
if st.button("shrink"):
    state.grown = max(0, state.grown - 1)
if not graph["nodes"]:
    st.stop()


def visible(graph):
    """The nodes and edges on screen: the base graph, grown nodes, and a group's children once opened."""
    nodes = [n for n in graph["nodes"] if not n.get("parent") or n["parent"] in state.open]
    edges = [e for e in graph["edges"] if all(any(n["id"] == end for n in nodes) for end in (e["source"], e["target"]))]
    anchor = graph["nodes"][0]
    for i in range(state.grown * GROW):
        nodes.append({"id": f"grown-{i}", "type": "Person", "caption": f"grown {i}",
                      "x": anchor["x"] + 40 * (i + 1), "y": anchor["y"] - 60})
        edges.append({"id": f"grown-edge-{i}", "source": anchor["id"], "target": f"grown-{i}",
                      "type": "memberOf", "caption": "memberOf"})
    return nodes, edges


# Each render function imports its own library, so a page loads only the candidate under test.
def neo4j_viz(nodes, edges):
    from neo4j_viz import Layout, Node, Relationship, VisualizationGraph
    from neo4j_viz.streamlit import display_widget

    graph_nodes = [Node(id=n["id"], caption=n["caption"], color=TYPES[n["type"]], properties={"type": n["type"]},
                        **({} if n["id"] in state.placed else {"x": n["x"], "y": n["y"]})) for n in nodes]
    graph_edges = [Relationship(id=e["id"], source=e["source"], target=e["target"], caption=e["caption"],
                                properties={"type": e["type"]}) for e in edges]
    widget = VisualizationGraph(nodes=graph_nodes, relationships=graph_edges).render_widget(
        layout=Layout.COORDINATE, height="640px", theme="light")
    display_widget(widget, key="graph")
    event = widget.last_event.to_json() if widget.last_event else None
    asked = {"node_click": "open", "node_double_click": "expand"}.get(event and event["type"])
    return {"selected": widget.selected.to_json(), "last_event": event}, asked and (asked, event["id"])


def cytoscape(nodes, edges, render, node_styles, edge_styles, event):
    elements = {"nodes": [{"data": {"id": n["id"], "label": n["type"], "name": n["caption"],
                                    **({"parent": n["parent"]} if n.get("parent") else {})},
                           **({} if n["id"] in state.placed else {"position": {"x": n["x"], "y": n["y"]}})}
                          for n in nodes],
                "edges": [{"data": {"id": e["id"], "source": e["source"], "target": e["target"], "label": e["type"],
                                    "caption": e["caption"]}} for e in edges]}
    value = render(elements, layout={"name": "preset", "fit": True, "padding": 30},
                   node_styles=node_styles, edge_styles=edge_styles, height=640, key="graph",
                   node_actions=["expand", "remove"] if own_expand else ["remove"],
                   events=[event("click", "tap", "node"), event("moved", "dragfree", "node"),
                           *([] if own_expand else [event("double", "dbltap", "node")])])
    if not value:
        return value, None
    if value["action"] == "expand":
        return value, ("expand", value["data"]["node_ids"][0])
    asked = {"click": "open", "double": "expand"}.get(value["action"])
    return value, asked and (asked, value["data"]["target_id"])


def edge_look(relation):
    return {**EDGE_LOOK, **({"line-style": "dashed"} if relation == DASHED else {})}


def st_link_analysis(nodes, edges):
    from st_link_analysis import EdgeStyle, NodeStyle, st_link_analysis as render
    from st_link_analysis.component.events import Event

    def styled(cls, extra):
        """Its styles take no free Cytoscape properties; the component only calls dump()."""
        class Styled(cls):
            def dump(self):
                dumped = super().dump()
                dumped["style"].update(extra)
                return dumped
        return Styled

    node_styles = [styled(NodeStyle, NODE_LOOK)(t, colour, "name") for t, colour in TYPES.items()]
    edge_styles = [styled(EdgeStyle, edge_look(r))(r, caption="caption", directed=True) for r in RELATIONS]
    return cytoscape(nodes, edges, render, node_styles, edge_styles, Event)


def streamlit_cytoscape(nodes, edges):
    from streamlit_cytoscape import EdgeStyle, Event, NodeStyle, streamlit_cytoscape as render

    node_styles = [NodeStyle(t, colour, "name", custom_styles=NODE_LOOK) for t, colour in TYPES.items()]
    edge_styles = [EdgeStyle(r, caption="caption", directed=True, custom_styles=edge_look(r)) for r in RELATIONS]
    return cytoscape(nodes, edges, render, node_styles, edge_styles, Event)


RENDER = {"neo4j-viz": neo4j_viz, "st-link-analysis": st_link_analysis, "streamlit-cytoscape": streamlit_cytoscape}
nodes, edges = visible(graph)
value, asked = RENDER[CANDIDATE](nodes, edges)
state.placed = {n["id"] for n in nodes}
if asked and state.get("handled") != value:  # a value stays the same across reruns: act on it once
    state.handled = value
    action, target = asked
    if action == "open" and target not in state.open and any(n.get("parent") == target for n in graph["nodes"]):
        state.open.append(target)  # a group opens on click: its members join the elements
        st.rerun()
    if action == "expand" and target == graph["nodes"][0]["id"]:
        state.grown += 1  # double-click on the anchor asks Python for more nodes, placed by Python
        st.rerun()
with (HERE / f"{CANDIDATE}.{scenario}.log").open("a", encoding="utf-8") as log:
    log.write(json.dumps({"nodes": len(nodes), "value": value}) + "\n")
'''

# In the graph's document: the library's own handle, so the bench reads what is drawn, not what was sent.
CYTOSCAPE_JS = r"""
(arg) => {
  const cy = document.getElementById('cy')?._cyreg?.cy;
  if (!cy) return null;
  const box = document.getElementById('cy').getBoundingClientRect();
  const at = id => { const n = cy.getElementById(id); if (!n.length) return null;
                     const p = n.renderedPosition(); return [box.left + p.x, box.top + p.y]; };
  const model = id => { const n = cy.getElementById(id); return n.length ? [n.position('x'), n.position('y')] : null; };
  const edge = cy.edges(`[label = "${arg.dashed}"]`).first();
  const group = cy.getElementById(arg.group);
  return {nodes: cy.nodes().length, zoom: cy.zoom(), pan: [cy.pan().x, cy.pan().y],
          screen: Object.fromEntries(arg.ids.map(id => [id, at(id)])),
          model: Object.fromEntries(arg.ids.map(id => [id, model(id)])),
          box: [box.left, box.top, box.width, box.height],
          dashed: edge.length ? edge.style('line-style') : null,
          edgeCaption: edge.length ? edge.style('label') : null,
          compound: group.length ? group.isParent() : null,
          children: group.length ? group.children().length : 0};
}
"""

NVL_JS = r"""
(arg) => {
  const host = arg.host;
  if (!window.__nvl) {
    const key = Object.keys(host).find(k => k.startsWith('__reactFiber$'));
    let fiber = key ? host[key] : null;
    search: for (; fiber; fiber = fiber.return) {
      for (let hook = fiber.memoizedState; hook && typeof hook === 'object' && 'next' in hook; hook = hook.next) {
        const ref = hook.memoizedState;
        if (ref && ref.current && typeof ref.current.getScale === 'function') { window.__nvl = ref.current; break search; }
      }
    }
  }
  const nvl = window.__nvl;
  if (!nvl) return null;
  const container = nvl.getContainer().getBoundingClientRect();
  const scale = nvl.getScale(), pan = nvl.getPan(), dpr = window.devicePixelRatio || 1;
  const positions = Object.fromEntries(nvl.getNodePositions().map(p => [p.id, p]));
  const at = id => { const p = positions[id]; if (!p) return null;
    return [container.left + container.width / 2 + (p.x - pan.x) * scale / dpr,
            container.top + container.height / 2 + (p.y - pan.y) * scale / dpr]; };
  const model = id => positions[id] ? [positions[id].x, positions[id].y] : null;
  return {nodes: nvl.getNodes().length, zoom: scale, pan: [pan.x, pan.y],
          screen: Object.fromEntries(arg.ids.map(id => [id, at(id)])),
          model: Object.fromEntries(arg.ids.map(id => [id, model(id)])),
          box: [container.left, container.top, container.width, container.height],
          dashed: null, edgeCaption: nvl.getRelationships().find(r => r.caption === arg.dashed)?.caption ?? null,
          compound: null, children: 0};
}
"""

FRAMES_START = r"""
() => { const c = window.__frames = {frames: 0, worst: 0, on: true, start: performance.now()}; c.last = c.start;
  const tick = t => { if (!c.on) return; c.frames++; c.worst = Math.max(c.worst, t - c.last); c.last = t;
                      requestAnimationFrame(tick); };
  requestAnimationFrame(tick); }
"""
FRAMES_STOP = r"""
() => { const c = window.__frames; c.on = false;
  return {frames: c.frames, seconds: (performance.now() - c.start) / 1000, worst: c.worst}; }
"""
TWO_FRAMES = "() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


def check_installed() -> None:
    missing = [m for m in ["streamlit", *(c.module for c in CANDIDATES)] if importlib.util.find_spec(m) is None]
    if missing:
        raise SystemExit(f"not installed here: {', '.join(missing)}. Run this in a virtualenv of its own: "
                         "pip install streamlit playwright 'neo4j-viz[streamlit]' st-link-analysis streamlit-cytoscape")
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set KG_CHROMIUM)")


# --- the graphs -------------------------------------------------------------------------------------------

def synthetic(n_nodes: int, seed: int = 7) -> dict:
    """A connected graph of typed nodes with positions computed here (a jittered sunflower), ~1.5 edges a node."""
    rng = random.Random(seed)
    types, relations = list(TYPES), list(RELATIONS)
    nodes = []
    for i in range(n_nodes):
        radius, angle = 28 * math.sqrt(i + 0.5), i * math.pi * (3 - math.sqrt(5))
        nodes.append({"id": f"n{i}", "type": types[i % len(types)], "caption": f"{types[i % len(types)]} {i}",
                      "x": round(radius * math.cos(angle) + rng.uniform(-6, 6), 1),
                      "y": round(radius * math.sin(angle) + rng.uniform(-6, 6), 1)})
    pairs = {(i, rng.randrange(i)) for i in range(1, n_nodes)}
    while len(pairs) < int(n_nodes * EDGES_PER_NODE):
        a, b = rng.randrange(n_nodes), rng.randrange(n_nodes)
        if a != b:
            pairs.add((max(a, b), min(a, b)))
    edges = [{"id": f"e{a}-{b}", "source": f"n{a}", "target": f"n{b}", "type": relations[(a + b) % len(relations)],
              "caption": relations[(a + b) % len(relations)]} for a, b in sorted(pairs)]
    return {"nodes": nodes, "edges": edges}


def events_graph() -> dict:
    """A small graph spread wide enough to hit single nodes, with a group node whose members appear on click."""
    graph = synthetic(12)
    for i, node in enumerate(graph["nodes"]):  # around (0, 0): NVL's coordinate layout centres the origin, no fit
        node["x"], node["y"] = (i % 4 - 2) * 200.0, (i // 4 - 1) * 180.0
    graph["nodes"].append({"id": GROUP, "type": "Programme", "caption": "group", "x": 400.0, "y": 0.0})
    graph["nodes"] += [{"id": f"member-{i}", "type": "Person", "caption": f"member {i}", "parent": GROUP,
                        "x": 380.0 + 40 * i, "y": 0.0} for i in range(2)]
    graph["edges"].append({"id": "e-group", "source": "n3", "target": GROUP, "type": DASHED, "caption": DASHED})
    return graph


# --- the server and the browser -----------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`streamlit run page.py <candidate>` on a free loopback port, stopped on exit."""

    def __init__(self, folder: Path, candidate: Candidate):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        with open(folder / f"{candidate.name}.stderr", "w") as stderr:   # the child keeps its own copy
            self.process = subprocess.Popen(
                [sys.executable, "-m", "streamlit", "run", str(folder / "page.py"), "--server.headless", "true",
                 "--server.port", str(self.port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
                 "--server.fileWatcherType", "none", "--", candidate.name],
                cwd=folder, stdout=subprocess.DEVNULL, stderr=stderr)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"{self.url}/_stcore/health", timeout=1)
                return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise SystemExit(f"streamlit did not start for {candidate.name}; see {folder / (candidate.name + '.stderr')}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


class Probe:
    """One candidate's page in the browser: where the graph lives, what it draws, what Python logged."""

    def __init__(self, page, candidate: Candidate, folder: Path, scenario: str, url: str):
        self.page, self.candidate, self.url = page, candidate, url
        self.log = folder / f"{candidate.name}.{scenario}.log"
        self.received = 0.0  # bytes: HTTP bodies as sent, and WebSocket frames (v2 components arrive that way)
        cdp = page.context.new_cdp_session(page)
        cdp.on("Network.loadingFinished", lambda e: self._count(e["encodedDataLength"]))
        cdp.on("Network.webSocketFrameReceived", lambda e: self._count(
            len(e["response"]["payloadData"]) * (3 / 4 if e["response"]["opcode"] == 2 else 1)))  # binary is base64
        cdp.send("Network.enable")

    def _count(self, size: float) -> None:
        self.received += size

    def frame(self):
        if not self.candidate.iframe:
            return self.page.main_frame
        return next((f for f in self.page.frames if self.candidate.module in f.url), None)

    def state(self, ids=()):
        arg = {"ids": list(ids), "dashed": DASHED, "group": GROUP}
        frame = self.frame()
        if frame is None:
            return None
        if self.candidate.iframe:
            state = frame.evaluate(CYTOSCAPE_JS, arg)
            where = frame.frame_element().bounding_box()
            if state and where:  # from the iframe's coordinates to the page's
                state["box"][:2] = [state["box"][0] + where["x"], state["box"][1] + where["y"]]
                state["screen"] = {k: v and [v[0] + where["x"], v[1] + where["y"]] for k, v in state["screen"].items()}
            return state
        host = self.page.query_selector("[data-neo4j-viz-ndl]")
        return frame.evaluate(NVL_JS, {**arg, "host": host}) if host else None

    def wait_nodes(self, count: int, timeout: float = 60) -> float:
        """Seconds until `count` nodes are in the graph and two frames have been painted after that."""
        start = time.monotonic()
        while time.monotonic() - start < timeout:
            try:
                state = self.state()
            except BrowserError:  # the frame navigates while Streamlit mounts the component
                state = None
            if state and state["nodes"] == count:
                self.frame().evaluate(TWO_FRAMES)
                return time.monotonic() - start
            self.page.wait_for_timeout(50)  # lets Playwright take in frame and page events
        raise TimeoutError(f"{self.candidate.name}: {count} nodes not drawn in {timeout:.0f} s")

    def lines(self) -> list[dict]:
        if not self.log.exists():
            return []
        return [json.loads(line) for line in self.log.read_text(encoding="utf-8").splitlines()]

    def after(self, action, settle: float = 1.5) -> dict | None:
        """Run a browser action once the page has stopped rerunning; the last value Python logged within
        `settle` s after it, or None when the action caused no rerun."""
        before, still = len(self.lines()), time.monotonic()
        while time.monotonic() - still < 1.0:
            self.page.wait_for_timeout(100)
            if len(self.lines()) != before:
                before, still = len(self.lines()), time.monotonic()
        action()
        deadline = time.monotonic() + settle
        while time.monotonic() < deadline:
            self.page.wait_for_timeout(100)
        lines = self.lines()
        return lines[-1]["value"] if len(lines) > before else None


# --- the measurements ---------------------------------------------------------------------------------------

def measure_events(probe: Probe, graph: dict) -> dict:
    page = probe.page
    ids = ["n1", "n2", "n5", "n6", GROUP]
    page.goto(f"{probe.url}/?scenario=events")
    shown = len([n for n in graph["nodes"] if not n.get("parent")])
    probe.wait_nodes(shown)
    page.wait_for_timeout(800)  # fit animations
    at = probe.state(ids)["screen"]
    out = {"click": probe.after(lambda: page.mouse.click(*at["n1"]))}
    out["same node again"] = probe.after(lambda: page.mouse.click(*at["n1"]))
    out["double-click"] = probe.after(lambda: page.mouse.dblclick(*at["n2"]))

    def two():
        page.mouse.click(*at["n5"])
        page.wait_for_timeout(400)
        page.keyboard.down("Control")
        page.mouse.click(*at["n6"])
        page.keyboard.up("Control")
    out["select several"] = probe.after(two)
    at = probe.state(ids)["screen"]

    def drag():
        x, y = at["n1"]
        page.mouse.move(x, y)
        page.mouse.down()
        for step in range(1, 11):
            page.mouse.move(x + 6 * step, y + 4 * step)
        page.mouse.up()
    out["node moved"] = probe.after(drag)
    at = probe.state(ids)["screen"]
    out["group click"] = probe.after(lambda: page.mouse.click(*at[GROUP]), settle=3)
    state = probe.state(ids)
    out["group"] = {"compound": state["compound"], "members": state["nodes"] - shown}
    out["style"] = {"dashed": state["dashed"], "edge caption": state["edgeCaption"]}
    return out


def measure_update(probe: Probe, graph: dict) -> dict:
    """Zoom, pan and drag a node; Python then adds nodes; is the view the user made still there?"""
    page = probe.page
    ids = ["n0", "n1", "n7"]
    page.goto(f"{probe.url}/?scenario=update")
    probe.wait_nodes(len(graph["nodes"]))
    page.wait_for_timeout(800)
    state = probe.state(ids)
    honoured = all(abs(state["model"][n["id"]][0] - n["x"]) < 0.5 and abs(state["model"][n["id"]][1] - n["y"]) < 0.5
                   for n in graph["nodes"] if n["id"] in ids)
    left, top, width, height = state["box"]
    page.mouse.move(left + width / 2, top + height / 2)
    page.mouse.wheel(0, -300)
    page.wait_for_timeout(400)
    page.mouse.move(left + 30, top + height - 30)
    page.mouse.down()
    page.mouse.move(left + 90, top + height - 70, steps=8)
    page.mouse.up()
    page.wait_for_timeout(400)
    x, y = probe.state(ids)["screen"]["n7"]
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 50, y + 30, steps=8)
    page.mouse.up()
    page.wait_for_timeout(1500)  # a drag may rerun the page (v1 components send it)
    before = probe.state(ids)
    page.get_by_role("button", name="grow").click()
    probe.wait_nodes(len(graph["nodes"]) + GROW)
    page.wait_for_timeout(1000)
    grown = probe.state(ids)
    page.get_by_role("button", name="shrink").click()
    probe.wait_nodes(len(graph["nodes"]))
    page.wait_for_timeout(1000)
    shrunk = probe.state(ids)

    def kept(after):
        return {"zoom": abs(after["zoom"] - before["zoom"]) < 1e-6 * max(1, before["zoom"]),
                "pan": all(abs(a - b) < 0.5 for a, b in zip(after["pan"], before["pan"])),
                "drag": all(abs(a - b) < 0.5 for a, b in zip(after["model"]["n7"], before["model"]["n7"]))}
    return {"preset honoured": honoured, "grown": kept(grown), "shrunk": kept(shrunk),
            **{f"expand by {mode}": expand_placed(probe, graph, mode) for mode in ("action", "event")}}


def expand_placed(probe: Probe, graph: dict, mode: str) -> bool:
    """Click the anchor node, then double-click it; Python adds nodes with positions. Are they drawn where
    Python put them? (Both Cytoscape wrappers lay out nodes added after their own expand action with fcose.)"""
    probe.page.goto(f"{probe.url}/?scenario=update&expand={mode}")
    probe.wait_nodes(len(graph["nodes"]))
    probe.page.wait_for_timeout(800)
    anchor_at = probe.state(["n0"])["screen"]["n0"]
    probe.after(lambda: probe.page.mouse.click(*anchor_at))  # as a reader does: open the card, then expand
    probe.page.mouse.dblclick(*anchor_at)
    probe.wait_nodes(len(graph["nodes"]) + GROW)
    probe.page.wait_for_timeout(1500)  # time for a layout the library may run on expanded nodes
    anchor, grown = graph["nodes"][0], [f"grown-{i}" for i in range(GROW)]
    drawn = probe.state(grown)["model"]
    return all(abs(drawn[g][0] - (anchor["x"] + 40 * (i + 1))) < 0.5 and abs(drawn[g][1] - (anchor["y"] - 60)) < 0.5
               for i, g in enumerate(grown))


def measure_speed(probe: Probe, size: int) -> dict:
    page = probe.page
    start = time.monotonic()
    page.goto(f"{probe.url}/?scenario=perf{size}")
    page.get_by_role("button", name="grow").wait_for()
    shell = time.monotonic() - start
    drawn = probe.wait_nodes(size, timeout=120) + shell
    page.wait_for_timeout(1000)
    received = probe.received
    state = probe.state([f"n{i}" for i in range(size)])
    left, top, width, height = state["box"]
    in_view = sum(left <= x <= left + width and top <= y <= top + height for x, y in state["screen"].values())
    frame = probe.frame()
    frame.evaluate(FRAMES_START)
    deadline = time.monotonic() + DRIVE_SECONDS
    views = []  # (zoom, pan) read after every wheel turn and every drag: proof that the input moved the view

    def seen():
        state = probe.state()
        views.append((round(state["zoom"], 4), round(state["pan"][0]), round(state["pan"][1])))
    seen()
    turn = 0
    while time.monotonic() < deadline:
        page.mouse.move(left + width / 2, top + height / 2)
        page.mouse.wheel(0, -120 if turn % 2 else 120)
        seen()
        page.mouse.move(left + 80, top + height - 40)  # empty canvas: clear of overlays and of the round layout
        page.mouse.down()
        page.mouse.move(left + 80 + (60 if turn % 2 else -60), top + height - 80, steps=6)
        page.mouse.up()
        seen()
        turn += 1
    counted = frame.evaluate(FRAMES_STOP)
    moved = sum(a != b for a, b in zip(views, views[1:]))
    return {"first render s": drawn, "shell s": shell, "fps": counted["frames"] / counted["seconds"],
            "worst frame ms": counted["worst"], "views": f"{moved}/{len(views) - 1}", "received KB": received / 1024,
            "in view": in_view / size}


def measure_offline(requests: list[str], port: int) -> list[str]:
    local = (f"http://127.0.0.1:{port}", f"ws://127.0.0.1:{port}", "data:", "blob:", "about:")
    return sorted({r for r in requests if not r.startswith(local)})


# --- what the wheel ships -------------------------------------------------------------------------------------

KINDS = {".js": "js", ".mjs": "js", ".css": "css", ".ttf": "fonts", ".woff": "fonts", ".woff2": "fonts",
         ".svg": "assets", ".html": "assets", ".png": "assets"}


def bundle(candidate: Candidate) -> dict:
    spec = importlib.util.find_spec(candidate.module)
    if spec is None or spec.origin is None:
        raise SystemExit(f"{candidate.module} is not installed")
    root = Path(spec.origin).parent
    sizes = dict.fromkeys(["js", "css", "fonts", "assets"], 0)
    for path in root.rglob("*"):
        if path.is_file() and path.suffix in KINDS:
            sizes[KINDS[path.suffix]] += path.stat().st_size
    return {kind: size / 1024 for kind, size in sizes.items()}


def closure(name: str, extras: frozenset = frozenset()) -> set[str]:
    """The distributions `name` installs, by name, following its requirements (and the extras asked for)."""
    seen: set[str] = set()
    todo = [(name, extras)]
    while todo:
        current, wanted = todo.pop()
        key = canonicalize_name(current)
        if key in seen:
            continue
        try:
            requires = metadata.requires(current) or []
        except metadata.PackageNotFoundError:
            continue
        seen.add(key)
        for line in requires:
            req = Requirement(line)
            if req.marker is None or any(req.marker.evaluate({"extra": e}) for e in (wanted or {""})):
                todo.append((req.name, frozenset(req.extras)))
    return seen


def installed_mb(names: set[str]) -> float:
    total = 0
    for name in names:
        for file in metadata.distribution(name).files or []:
            located = Path(file.locate())
            if located.is_file():
                total += located.stat().st_size
    return total / 1024 / 1024


def about(candidate: Candidate) -> dict:
    meta = metadata.metadata(candidate.name)
    extras = frozenset({"streamlit"}) if "streamlit" in (meta.get_all("Provides-Extra") or []) else frozenset()
    beyond = closure(candidate.name, extras) - closure("streamlit") - {candidate.name.replace("_", "-")}
    licence = (meta.get_all("License-Expression") or meta.get_all("License") or ["?"])[0]
    return {"version": meta["Version"], "licence": licence,
            "pulls in": sorted(beyond), "pulls in MB": installed_mb(beyond)}


# --- running it all ---------------------------------------------------------------------------------------

def measure_empty(probe: Probe) -> dict:
    """The same page without the graph: what Streamlit alone sends, to subtract."""
    probe.page.goto(f"{probe.url}/?scenario=empty")
    probe.page.get_by_role("button", name="grow").wait_for()
    probe.page.wait_for_timeout(2000)
    return {"received KB": probe.received / 1024}


SCENARIOS: dict[str, Callable[[Probe], dict]] = {"empty": measure_empty,
             "events": lambda probe: measure_events(probe, events_graph()),
             "update": lambda probe: measure_update(probe, synthetic(30)),
             **{f"perf{n}": functools.partial(measure_speed, size=n) for n in SIZES}}


def run_candidate(browser, folder: Path, candidate: Candidate) -> dict:
    server = Server(folder, candidate)
    requests: list[str] = []
    result: dict[str, object] = {}
    try:
        for name, measure in SCENARIOS.items():
            context = browser.new_context(viewport=VIEWPORT)
            page = context.new_page()
            page.on("request", lambda r: requests.append(r.url))
            probe = Probe(page, candidate, folder, name, server.url)
            try:
                result[name] = measure(probe)
            except Exception as error:  # one failed scenario is reported in the table, the others still run
                result[name] = {"error": f"{type(error).__name__}: {str(error).splitlines()[0][:120]}"}
            finally:
                context.close()
        result["offline"] = measure_offline(requests, server.port)
        result["requests"] = len(requests)
    finally:
        server.stop()
    return result


def prepare(folder: Path) -> None:
    header = "".join(f"{name} = {globals()[name]!r}\n" for name in PAGE_CONSTANTS)
    (folder / "page.py").write_text(PAGE.replace("import streamlit as st\n", "import streamlit as st\n\n" + header, 1),
                                    encoding="utf-8")
    graphs = {"empty": {"nodes": [], "edges": []}, "events": events_graph(), "update": synthetic(30),
              **{f"perf{n}": synthetic(n) for n in SIZES}}
    for name, graph in graphs.items():
        (folder / f"{name}.json").write_text(json.dumps(graph, ensure_ascii=False), encoding="utf-8")


def payload(value) -> str:
    """What reached Python, flattened to its leaves (`key=value; …`); no rerun at all is said so."""
    if value is None:
        return "no rerun"
    leaves = []

    def walk(v, key):
        if isinstance(v, dict):
            for k, sub in v.items():
                walk(sub, k)
        elif key != "timestamp" and v not in ([], None):
            leaves.append(f"{key}={','.join(map(str, v)) if isinstance(v, list) else v}")
    walk(value, "")
    return "; ".join(leaves)


EVENTS = [("click", "click"), ("same node clicked again", "same node again"), ("double-click", "double-click"),
          ("ctrl-click a 2nd node", "select several"), ("node dragged", "node moved"), ("group node clicked", "group click")]


def table(results: dict, static: dict) -> str:
    names = list(results)

    def cell(scenario, fn):
        out = []
        for name in names:
            failed = scenario and results[name].get(scenario, {}).get("error")
            out.append(failed or fn(results[name], static[name]))
        return out

    def view(change):
        return lambda r, s: " / ".join(str(v) for v in r["update"][change].values())

    def offline(r, s):
        return f"{len(r['offline'])} of {r['requests']}" + (": " + ", ".join(r["offline"][:3]) if r["offline"] else "")

    rows = [("version", cell(None, lambda r, s: s["about"]["version"])),
            ("licence (Python package)", cell(None, lambda r, s: s["about"]["licence"])),
            ("wheel: JS / CSS / fonts / other assets KB",
             cell(None, lambda r, s: " / ".join(f"{v:.0f}" for v in s["bundle"].values()))),
            ("installs beyond streamlit (MB)",
             cell(None, lambda r, s: f"{s['about']['pulls in MB']:.1f} ({len(s['about']['pulls in'])} dists)")),
            ("KB to the browser for the graph (200 nodes)",
             cell("perf200", lambda r, s: f"{r['perf200']['received KB'] - r['empty']['received KB']:.0f}")),
            ("requests off the local server", cell(None, offline)),
            *((f"{label} → Python", cell("events", lambda r, s, k=key: payload(r["events"][k])))
              for label, key in EVENTS),
            ("group: compound / members shown",
             cell("events", lambda r, s: f"{r['events']['group']['compound']} / {r['events']['group']['members']}")),
            ("provenance edge line style", cell("events", lambda r, s: str(r["events"]["style"]["dashed"]))),
            ("edge caption (style)", cell("events", lambda r, s: str(r["events"]["style"]["edge caption"]))),
            ("preset positions honoured", cell("update", lambda r, s: str(r["update"]["preset honoured"]))),
            ("expand (own action / dbltap event): nodes at Python's places",
             cell("update", lambda r, s: f"{r['update']['expand by action']} / {r['update']['expand by event']}")),
            ("Python adds nodes: zoom / pan / dragged node kept", cell("update", view("grown"))),
            ("Python removes them: zoom / pan / dragged node kept", cell("update", view("shrunk")))]
    for n in SIZES:
        key = f"perf{n}"
        rows += [(f"{n} nodes: first render s (page shell s; in view)",
                  cell(key, lambda r, s, k=key: f"{r[k]['first render s']:.2f} ({r[k]['shell s']:.2f}; "
                                                f"{r[k]['in view']:.0%})")),
                 (f"{n} nodes: fps panning/zooming (worst ms; views)",
                  cell(key, lambda r, s, k=key: f"{r[k]['fps']:.1f} ({r[k]['worst frame ms']:.0f}; {r[k]['views']})"))]
    widths = [max(len(label) for label, _ in rows)] + [min(64, max(len(name), *(len(v[i]) for _, v in rows)))
                                                      for i, name in enumerate(names)]
    line = lambda cells: " | ".join(c[:w].ljust(w) for c, w in zip(cells, widths))
    body = [line([label, *values]) for label, values in rows]
    return "\n".join([line(["", *names]), "-+-".join("-" * w for w in widths), *body])


def main(names: list[str]) -> None:
    unknown = set(names) - {c.name for c in CANDIDATES}
    if unknown:
        known = ", ".join(c.name for c in CANDIDATES)
        raise SystemExit(f"unknown candidate: {', '.join(sorted(unknown))}; choose from {known}")
    check_installed()
    folder = Path(tempfile.mkdtemp(prefix="graph-components-"))
    try:
        prepare(folder)
        static = {c.name: {"bundle": bundle(c), "about": about(c)} for c in CANDIDATES}
        results = {}
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            try:
                for candidate in [c for c in CANDIDATES if not names or c.name in names]:
                    print(f"measuring {candidate.name} …", file=sys.stderr, flush=True)
                    results[candidate.name] = run_candidate(browser, folder, candidate)
            finally:
                browser.close()
        if os.environ.get("KG_BENCH_JSON"):
            Path(os.environ["KG_BENCH_JSON"]).write_text(json.dumps({"results": results, "static": static}, indent=1))
        print(table(results, static))
    finally:
        if not os.environ.get("KG_BENCH_KEEP"):
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])

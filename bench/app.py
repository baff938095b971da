"""What a user feels: the explorer driven in headless Chromium, p50/p95 per action from the click (or the
key) until the page settles, beside the library time of the same work, on the seed graph and on a
synthetic graph of about 100k nodes.

An action has settled when the script run it started is over (Streamlit says so on its websocket, and
its running indicator goes) and the page shows its result: the graph's iframe draws exactly the nodes
(and captions) the library computes for the new URL, the card or the hits are there.

    python -m bench.app [--graph out/] [--samples 20] [--triples 480000]

The driver here (server, browser, settling, where to tap) is also what `tests/test_browser.py` uses,
so what is measured is what is tested.
"""

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from itertools import zip_longest
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlsplit

from playwright.sync_api import sync_playwright
from rich.console import Console
from rich.table import Table
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from bench.synthetic import generate
from kg.explore import tables
from kg.explore.consoles import examples, run_console
from kg.explore.evidence import quotes
from kg.explore.i18n import groups, t
from kg.explore.placed import Laid, laid_out
from kg.explore.state import ViewState
from kg.paths import corpus_dir
from kg.rdf.io import built_trig
from kg.store.embedded import EmbeddedStore
from kg.store.prepare import prepared
from kg.text.normalize import fold

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]
GRAPH = "iframe[title='streamlit_cytoscape.component.streamlit_cytoscape']"
_CY = "document.getElementById('cy')?._cyreg?.cy"
GOAL_CLICK, GOAL_SEARCH = 500, 100  # ms, p95


# ---------------------------------------------------------------- the app and the browser
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serve(graph_dir: Path, corpus: Path | None = None, timeout: float = 120) -> Iterator[str]:
    """`streamlit run app_streamlit.py` on a free loopback port over the graph in `graph_dir`; its URL."""
    port = free_port()
    env = dict(os.environ, KG_GRAPH_DIR=str(graph_dir))
    if corpus is not None:
        env["KG_CORPUS_DIR"] = str(corpus)
    env.pop("NEO4J_URI", None)
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "streamlit"), "run", "app_streamlit.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none", "--server.runOnSave", "false"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).status == 200:
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the explorer did not start on {url}") from None
                time.sleep(0.3)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def chromium():
    """Debian's Chromium through Playwright (never a downloaded browser)."""
    if not CHROMIUM.exists():
        raise RuntimeError(f"{CHROMIUM} is missing: apt-get install chromium")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()


class Runs:
    """The script runs a page has seen end, read from Streamlit's own messages on its websocket: a control that
    rewrites the URL and reruns the script ends one run early (`FINISHED_EARLY_FOR_RERUN`) and counts once.
    `ended` counts over every websocket the page opened, `latest` over the newest (the page loaded last)."""

    ENDED = (ForwardMsg.FINISHED_SUCCESSFULLY, ForwardMsg.FINISHED_WITH_COMPILE_ERROR,
             ForwardMsg.FINISHED_FRAGMENT_RUN_SUCCESSFULLY)

    def __init__(self, page):
        self.per_socket: list[int] = []
        page.on("websocket", self._opened)

    @property
    def ended(self) -> int:
        return sum(self.per_socket)

    @property
    def latest(self) -> int:
        return self.per_socket[-1] if self.per_socket else 0

    def _opened(self, socket) -> None:
        self.per_socket.append(0)
        index = len(self.per_socket) - 1
        socket.on("framereceived", lambda payload: self._frame(index, payload))

    def _frame(self, index: int, payload) -> None:
        if isinstance(payload, bytes):
            message = ForwardMsg.FromString(payload)
            if message.WhichOneof("type") == "script_finished" and message.script_finished in self.ENDED:
                self.per_socket[index] += 1


def new_page(browser, width: int = 1400, height: int = 1000):
    """A page in a fresh context that counts the script runs it sees end (`runs`)."""
    page = browser.new_context(viewport={"width": width, "height": height}).new_page()
    page.kg_runs = Runs(page)
    return page


def runs(page) -> int:
    return page.kg_runs.ended


# the page has drawn the end of a run: its running indicator is gone, no element is left stale and none is still
# loading its code (a chart's or a table's first drawing shows a skeleton until then)
DRAWN = """() => document.querySelector("[data-testid='stApp']")?.getAttribute('data-test-script-state') === 'notRunning'
    && !document.querySelector("[data-stale='true']") && !document.querySelector("[data-testid='stSkeleton']")"""


def _until_settled(page, ran: Callable[[], bool], done: Callable[[], bool], started: float, timeout: float) -> float:
    """Milliseconds since `started` until `ran()` (a run has ended), the page has drawn it and `done()` holds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if ran() and page.evaluate(DRAWN) and done():
            return (time.perf_counter() - started) * 1000
        page.wait_for_timeout(5)  # Playwright delivers the websocket's messages while it waits
    raise TimeoutError("the page did not settle on the action's result")


def open_url(page, url: str, timeout_ms: float = 120_000) -> None:
    """Load the page at `url` and wait until its first run is over and drawn."""
    with page.expect_websocket(lambda socket: socket.url.endswith("/_stcore/stream"), timeout=timeout_ms):
        page.goto(url)
    _until_settled(page, lambda: page.kg_runs.latest > 0, lambda: True, time.perf_counter(), timeout_ms / 1000)


def press(page, locator) -> Callable[[], None]:
    """A click on this element as a person makes it: the element is found, scrolled into view and still before
    any clock starts (Playwright's own click waits for that first); the action is the click itself."""
    locator.scroll_into_view_if_needed()
    box = locator.bounding_box()
    return partial(page.mouse.click, box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


def act(page, action: Callable[[], None], done: Callable[[], bool], timeout: float = 90) -> float:
    """Milliseconds from `action` until its run is over and the page shows `done()`."""
    before = runs(page)
    started = time.perf_counter()
    action()
    return _until_settled(page, lambda: runs(page) > before, done, started, timeout)


def graph_frame(page, timeout_ms: float = 60_000):
    """The graph component's frame, once its Cytoscape instance holds nodes and has stopped moving (the
    component fits the graph to its frame again a moment after it is drawn)."""
    handle = page.wait_for_selector(GRAPH, state="attached", timeout=timeout_ms)
    frame = handle.content_frame()
    frame.wait_for_function(f"() => ({_CY})?.nodes().length > 0", timeout=timeout_ms)
    where = f"() => {{ const cy = {_CY}; return [cy.zoom(), cy.pan().x, cy.pan().y, cy.width(), cy.nodes().length]; }}"
    last = frame.evaluate(where)
    for _ in range(40):
        page.wait_for_timeout(120)
        now = frame.evaluate(where)
        if now == last:
            break
        last = now
    return frame


def drawn(frame) -> list[dict]:
    """The nodes on screen: id, caption, classes, model position."""
    return frame.evaluate(f"""() => ({_CY}).nodes().map(n => ({{id: n.id(), caption: n.data('_caption'),
        classes: n.classes(), x: n.position('x'), y: n.position('y')}}))""")


def drawn_edges(frame) -> list[dict]:
    return frame.evaluate(f"""() => ({_CY}).edges().map(e => ({{id: e.id(), type: e.data('_type'),
        fact: e.data('_fact'), label: e.data('label')}}))""")


def showing(page, laid: Laid) -> Callable[[], bool]:
    """A check that the graph on the page draws exactly this laid-out view's nodes, with its captions."""
    wanted = sorted([node_id, placed.caption] for node_id, placed in laid[1].items())

    def shows() -> bool:
        handle = page.query_selector(GRAPH)
        frame = handle.content_frame() if handle else None
        if frame is None:
            return False
        try:
            return frame.evaluate(f"""wanted => {{ const cy = {_CY}; if (!cy) return false;
                const have = cy.nodes().map(n => [n.id(), n.data('_caption')]).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
                return JSON.stringify(have) === JSON.stringify(wanted); }}""", wanted)
        except Exception:  # the frame was replaced while we looked: not settled yet
            return False

    return shows


def tap_points(page, frame, element_ids: list[str]) -> dict[str, tuple[float, float]]:
    """Page coordinates where a tap reaches each of these nodes or edges (a node's centre, an edge's
    midpoint); left out where another element or an overlay covers that point, or it is off screen."""
    frame.frame_element().scroll_into_view_if_needed()
    inner = frame.evaluate(f"""ids => {{
        const cy = {_CY}; const box = cy.container().getBoundingClientRect(); const out = {{}};
        for (const id of ids) {{
          const el = cy.getElementById(id); if (el.empty()) continue;
          const at = el.isNode() ? el.position() : el.midpoint();
          const hit = cy.renderer().findNearestElement(at.x, at.y, true, false);
          if (!hit || hit.id() !== id) continue;
          const x = box.left + at.x * cy.zoom() + cy.pan().x, y = box.top + at.y * cy.zoom() + cy.pan().y;
          const top = document.elementFromPoint(x, y);
          if (top && cy.container().contains(top)) out[id] = [x, y];
        }}
        return out; }}""", element_ids)
    box = frame.frame_element().bounding_box()
    viewport = page.viewport_size
    points = {i: (box["x"] + x, box["y"] + y) for i, (x, y) in inner.items()}
    return {i: (x, y) for i, (x, y) in points.items() if 0 <= x < viewport["width"] and 0 <= y < viewport["height"]}


def key_class(key: str) -> str:
    """The CSS class Streamlit gives the element of a widget with this key."""
    return "st-key-" + "".join(c if c.isalnum() and c.isascii() or c in "_-" else "-" for c in key.strip())


def url_params(page) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(page.evaluate("location.href")).query))


# ---------------------------------------------------------------- the benchmark
ACTIONS = {  # what is measured, and its goal (p95, ms) where one is set
    "open an entity (depth 3)": GOAL_CLICK, "tap a node": GOAL_CLICK, "double-tap: expand": GOAL_CLICK,
    "switch tab": GOAL_CLICK, "change language": GOAL_CLICK, "SPARQL query, first (workers start)": None,
    "SPARQL query (console)": None, "search (type, Enter)": GOAL_SEARCH,
}


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[max(0, round(0.95 * len(ordered)) - 1)]


class Session:
    """One user on one graph: each action timed in the browser, and the library work behind it kept to be
    replayed afterwards (server stopped, so the two never share the machine's cores)."""

    def __init__(self, page, url: str, store: EmbeddedStore):
        self.page, self.url, self.store = page, url, store
        self.browser: dict[str, list[float]] = defaultdict(list)
        self.replay: list[tuple[str, Callable[[], object]]] = []

    def state(self) -> ViewState:
        view_state = ViewState.from_params(url_params(self.page), kinds=set(groups()))
        return view_state.but(entity=self.store.resolve(view_state.entity)) if view_state.entity else view_state

    def timed(self, name: str, action: Callable[[], None], done: Callable[[], bool], *work: Callable[[], object]) -> None:
        """Time `action` in the browser; keep each piece of `work` as one library sample of the same action."""
        self.browser[name].append(act(self.page, action, done))
        self.replay += [(name, piece) for piece in work]

    def view_change(self, name: str, action: Callable[[], None], wanted: ViewState) -> None:
        """An action whose result is a new graph: done when the screen draws the library's view of `wanted`. The
        library's share is the view and its layout (a grown view's from the view before, which the app has)."""
        earlier = {}
        if wanted.expanded:
            before = wanted.but(expanded=wanted.expanded[:-1])
            earlier[before] = laid_out(self.store, before)
        self.timed(name, action, showing(self.page, laid_out(self.store, wanted, earlier.__getitem__)),
                   lambda: laid_out(self.store, wanted, earlier.__getitem__))

    def reachable(self, skip: set[str]) -> list[tuple[str, tuple[float, float]]]:
        """Plain nodes (not the focus, a group or a fact) a tap can reach, with where to tap."""
        frame = graph_frame(self.page)
        plain = [n["id"] for n in drawn(frame) if n["id"] not in skip and not {"focus", "grouped", "fact"} & set(n["classes"])]
        points = tap_points(self.page, frame, plain)
        return [(node, points[node]) for node in plain if node in points]

    def explore(self, samples: int, starts: list[str]) -> None:
        """From a depth-3 view: tap a node, open it, switch language, double-tap another, switch tab and back,
        switch language back; again from the view just opened (or from the next start, when no node of the
        view can be reached by a tap)."""
        page, visited = self.page, set[str]()
        card = page.locator(f".{key_class('selected-card')}")
        starts, choices = list(starts), list[tuple[str, tuple[float, float]]]()
        while len(self.browser["tap a node"]) < samples:
            if not choices:
                if not starts:
                    break
                open_url(page, f"{self.url}/?entity={quote(starts.pop(0), safe='')}&depth=3")
                choices = self.reachable(visited)
                continue
            node, point = choices[0]
            visited.add(node)
            now = self.state()
            visited.add(now.entity or node)
            name, kind, _ = tables.card(self.store, node, now.lang)
            self.timed("tap a node", partial(page.mouse.click, *point), partial(_opens_with, card, f"{name} · {kind}"),
                       partial(_card_work, self.store, node, now.lang))
            self.view_change("open an entity (depth 3)", press(page, page.locator(f".{key_class('open-selected')} button")),
                             now.but(entity=node, expanded=()))
            self.language("en")
            grow = self.reachable(visited)
            if grow:
                other, point = grow[0]
                self.view_change("double-tap: expand", partial(page.mouse.dblclick, *point), self.state().toggled(other))
            self.tabs()
            self.language("vi")
            choices = self.reachable(visited)

    def language(self, lang: str) -> None:
        label = {"vi": "Tiếng Việt", "en": "English"}[lang]
        self.view_change("change language", press(self.page, self.page.locator("[data-testid='stSidebar']").get_by_text(label, exact=True)),
                         self.state().but(lang=lang))

    def tabs(self) -> None:
        page, now = self.page, self.state()
        self.timed("switch tab", press(page, page.get_by_role("radio", name=t("tab_timeline", now.lang), exact=True)),
                   lambda: page.locator(GRAPH).is_hidden()
                   and page.locator("[data-testid='stVegaLiteChart']:visible, [data-testid='stAlert']:visible").count() > 0,
                   lambda: tables.timeline(self.store, now.lang, now.entity))
        self.view_change("switch tab", press(page, page.get_by_role("radio", name=t("tab_explore", now.lang), exact=True)), now)

    def sparql(self, samples: int) -> None:
        open_url(self.page, f"{self.url}/?tab=query")
        text = next(iter(examples("sparql").values()))
        run = self.page.locator(f".{key_class('sparql-run')} button")
        answer = self.page.locator("[data-testid='stDataFrame']:visible, [data-testid='stAlert']:visible")  # rows, or "no rows"
        # the app's first query starts its query workers: reported on its own, with no library twin (the
        # library's workers are running by then)
        self.browser["SPARQL query, first (workers start)"].append(act(self.page, press(self.page, run), lambda: answer.count() > 0))
        for _ in range(samples):
            self.timed("SPARQL query (console)", press(self.page, run), lambda: answer.count() > 0,
                       lambda: run_console(self.store, text, 200))

    def search(self, words: list[str]) -> None:
        """Each query typed and sent; the library searches every prefix as it is typed (one sample a keystroke)."""
        open_url(self.page, self.url)
        box = self.page.locator(f"[class*='{key_class('q-')}'] input").first
        hits = self.page.locator(f"[class*='{key_class('hit-')}']")
        for query in words:
            def typed(q=query):
                box.fill(q)
                box.press("Enter")

            keystrokes = [partial(self.store.search, query[:n], 15) for n in range(1, len(query) + 1)]
            self.timed("search (type, Enter)", typed, partial(_searched, self.page, hits, query), *keystrokes)


def _opens_with(card, title: str) -> bool:
    return card.count() > 0 and card.inner_text().startswith(title)


def _searched(page, hits, query: str) -> bool:
    return url_params(page).get("q") == query and hits.count() > 0


def _card_work(store: EmbeddedStore, iri: str, lang: str):
    """What a tap asks of the library: the node's card and the sentences behind its relations."""
    evidence = [x for r in store.relations(iri) for x in r.evidence]
    return tables.card(store, iri, lang), quotes(store, evidence)


def _queries(store: EmbeddedStore, n: int) -> list[str]:
    """What users type: names of different kinds (their first six words), every other one without diacritics."""
    found = [[" ".join(h.label.split()[:6]) for h in store.search(word, n)]
             for word in ("Bộ", "Ủy ban", "Quyết định", "Nguyễn", "Phạm", "Trần", "Hội nghị", "Phiên họp", "Chương trình")]
    names = list(dict.fromkeys(name for row in zip_longest(*found) for name in row if name))[:n]  # each kind in turn
    return [name if i % 2 else fold(name) for i, name in enumerate(names)]


def _starts(store: EmbeddedStore, n: int) -> list[str]:
    """Where a user starts: the organisations with the most relations, else the best hits for ministries."""
    return [iri for iri, _ in store.hubs("Organization", n)] or [h.iri for h in store.search("Bộ", n)]


def measure(graph_dir: Path, samples: int, browser) -> tuple[int, dict, dict]:
    """Browser and library milliseconds per action on one graph."""
    trig = built_trig(graph_dir)
    prepared(trig)  # the store's files are made before any clock starts
    store = EmbeddedStore(trig)
    with serve(graph_dir, corpus_dir()) as url:
        page = new_page(browser)
        session = Session(page, url, store)
        session.explore(samples, _starts(store, samples))
        session.sparql(samples)
        session.search(_queries(store, samples))
        page.context.close()
    library: dict[str, list[float]] = defaultdict(list)
    for action, work in session.replay:
        began = time.perf_counter()
        work()
        library[action].append((time.perf_counter() - began) * 1000)
    return store.counts().nodes, dict(session.browser), dict(library)


def run(seed: Path = ROOT / "out", samples: int = 20, synthetic_triples: int = 480_000) -> Table:
    """Measure both graphs and print one table; `seed` is the built seed graph's folder."""
    if not (seed / "kg.trig").is_file():
        raise SystemExit(f"no built graph in {seed}: run `make build` (or `kg build --out DIR`) first")
    table = Table("graph", "nodes", "action", "n", "browser p50", "browser p95", "library p50", "library p95", "goal p95",
                  title="The explorer as a user feels it: ms from the action until the page settles, and the library's "
                        "share of the same work")
    console = Console(width=170)
    console.print(f"machine load (1-minute average) at the start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    with tempfile.TemporaryDirectory(prefix="kg-bench-app-") as tmp, chromium() as browser:
        synthetic = Path(tmp)
        generate(synthetic / "kg.trig", synthetic_triples)
        for name, folder in (("seed", seed), ("synthetic", synthetic)):
            nodes, browser_ms, library_ms = measure(folder, samples, browser)
            console.print(f"{name}: {nodes:,} nodes measured")
            for action, goal in ACTIONS.items():
                if not browser_ms.get(action):  # none reached on this graph (no node a tap could reach, say)
                    table.add_row(name, f"{nodes:,}", action, "0", "–", "–", "–", "–", "")
                    continue
                b50, b95 = _percentiles(browser_ms[action])
                l50, l95 = _percentiles(library_ms[action]) if action in library_ms else (None, None)
                # the search goal is the library's (each keystroke); every other goal is the user's
                measured = l95 if action.startswith("search") else b95
                held = measured is not None and measured < goal if goal else None
                verdict = "" if goal is None else f"< {goal} {'met' if held else 'missed'}"
                table.add_row(name, f"{nodes:,}", action, str(len(browser_ms[action])), f"{b50:.0f}", f"{b95:.0f}",
                              "—" if l50 is None else f"{l50:.1f}", "—" if l95 is None else f"{l95:.1f}", verdict)
            console.print(table)
    console.print(f"machine load at the end: {os.getloadavg()[0]:.2f}; n counts browser samples (search: the library "
                  "searches each prefix as typed, one sample a keystroke)")
    return table


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.app", description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, default=ROOT / "out", help="the built seed graph's folder (kg build)")
    parser.add_argument("--samples", type=int, default=20, help="samples per action and graph")
    parser.add_argument("--triples", type=int, default=480_000, help="size of the synthetic graph")
    args = parser.parse_args()
    run(args.graph, args.samples, args.triples)


if __name__ == "__main__":
    main()

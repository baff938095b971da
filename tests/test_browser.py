"""The explorer as a user meets it, in headless Chromium (Debian's, driven by Playwright) against a real
`streamlit run`: the first page, search, the graph (tap, double-tap, groups, edges), the URL as the view
(Back, Forward, reload, embed), exports that match the screen, legible labels, hostile data and URLs,
and one language at a time. Every request a page makes is recorded: only the local server's may appear.
Screenshots go to tests/artifacts/ for a reviewer."""

import json
import re
import struct
import unicodedata
from pathlib import Path
from urllib.parse import quote, urlencode
from xml.etree import ElementTree

import pyoxigraph
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from bench.app import (
    CHROMIUM, GRAPH, act, chromium, drawn, drawn_edges, graph_frame, key_class, new_page, open_url, serve,
    showing, tap_points, url_params,
)
from kg.explore import tables
from kg.explore.cyto import BUTTONS
from kg.explore.i18n import catalogue, groups, kind_name, t
from kg.explore.placed import laid_out
from kg.explore.state import TABS, ViewState
from kg.graph.mapping import ONTOLOGY_GRAPH
from kg.paths import ONTOLOGY_DIR
from kg.store.embedded import EmbeddedStore
from tests.conftest import ARTIFACTS

pytestmark = pytest.mark.browser
ID = "https://w3id.org/vndt/id/"
UBQG = ID + "ubqg-chuyen-doi-so"
TIMEOUT_MS = 90_000
HOSTILE = ['<script>alert(1)</script>', '<iframe srcdoc="<script>parent.alert(99)</script>">',
           '<img src=x onerror=alert(2)>', '<meta http-equiv="refresh" content="0;url=http://example.org">',
           '<form action=http://example.org><button>go</button></form>', '<style>body{display:none}</style>',
           '[x](http://example.org)', '![x](http://example.org/a.png)', ':x:', ':red[x]']


# ---------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Debian's chromium is missing: `make test` installs it (apt-get install chromium)")
    with chromium() as instance:
        yield instance


@pytest.fixture(scope="module")
def server(built, corpus):
    with serve(built, corpus) as url:
        yield url


@pytest.fixture(scope="module")
def library(built):
    """The same graph through the library, for what the screen should show."""
    return EmbeddedStore(built / "kg.trig")


@pytest.fixture
def pages(browser):
    """Pages that record every request, dialog and top-level navigation; at the end, none may have left the
    server that served them, and no dialog may have opened."""
    made = []

    def make(origin: str, width: int = 1400, height: int = 1000):
        page = new_page(browser, width, height)
        page.set_default_timeout(TIMEOUT_MS)
        page.kg = {"origin": origin, "requests": [], "dialogs": [], "navigations": []}
        page.context.on("request", lambda r: page.kg["requests"].append(r.url))
        page.on("websocket", lambda ws: page.kg["requests"].append(ws.url))
        page.on("dialog", lambda d: (page.kg["dialogs"].append(d.message), d.dismiss()))
        page.on("framenavigated", lambda f: page.kg["navigations"].append(f.url) if f == page.main_frame else None)
        made.append(page)
        return page

    yield make
    for page in made:
        record = page.kg
        page.context.close()
        away = [u for u in record["requests"] if not _same_origin(u, record["origin"])]
        assert away == [], f"requests off the local server: {away[:5]}"
        assert record["dialogs"] == [], f"dialogs opened: {record['dialogs']}"
        assert all(u.startswith(record["origin"]) for u in record["navigations"]), record["navigations"]


def _same_origin(url: str, origin: str) -> bool:
    """A request to the server that served the page (HTTP or its websocket), or a file page's own file."""
    if origin.startswith("file:"):
        return url == origin
    return re.match(rf"(http|ws)://{re.escape(origin.split('://', 1)[1])}/", url) is not None


@pytest.fixture
def page(pages, server):
    return pages(server)


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def _view(library, **params):
    state = ViewState.from_params(params, kinds=set(groups()))
    return laid_out(library, state.but(entity=library.resolve(state.entity)))


def _main_text(page) -> str:
    return page.locator("[data-testid='stMain']").inner_text()


def _eventually(page, predicate, seconds: float = 10) -> bool:
    """Whether `predicate()` comes to hold within `seconds` (a graph is drawn a moment after its run)."""
    for _ in range(int(seconds / 0.05)):
        if predicate():
            return True
        page.wait_for_timeout(50)
    return predicate()


def _keyed(page, prefix: str):
    return page.locator(f"[class*='{key_class(prefix)}']")


def _tap(page, element_id: str, double: bool = False):
    """Tap (or double-tap) a node or edge where the user would: its centre or midpoint."""
    point = tap_points(page, graph_frame(page), [element_id]).get(element_id)
    assert point, f"{element_id} cannot be reached by a tap"
    click = page.mouse.dblclick if double else page.mouse.click
    return lambda: click(*point)


def _outside_frame(page) -> list[str]:
    """The nodes whose body or label is not wholly inside the graph's visible frame (none, when it fits)."""
    return graph_frame(page).evaluate("""() => { const cy = document.getElementById('cy')._cyreg.cy;
        return cy.nodes().filter(n => { const b = n.renderedBoundingBox({includeLabels: true});
            return b.x1 < 0 || b.y1 < 0 || b.x2 > cy.width() || b.y2 > cy.height(); }).map(n => n.data('_caption')); }""")


def _search(page, query: str) -> None:
    box = page.locator(f"[class*='{key_class('q-')}'] input").first  # its key carries the query
    act(page, lambda: (box.fill(query), box.press("Enter")),
        lambda: url_params(page).get("q") == query and _keyed(page, "hit-").count() > 0)


# ---------------------------------------------------------------- the first page
def test_the_first_page_shows_the_graph_and_starts_in_one_click(page, server, library):
    open_url(page, server)
    summary = tables.home(library, "vi")
    main = _main_text(page)
    for heading in ("Đồ thị có gì", "Cơ quan trung tâm", "Sự kiện gần đây"):
        assert heading in main
    metrics = page.locator("[data-testid='stMetric']")
    metrics.nth(len(summary["counts"]) - 1).wait_for()
    shown = {metrics.nth(i).locator("[data-testid='stMetricLabel']").inner_text().strip():
             metrics.nth(i).locator("[data-testid='stMetricValue']").inner_text().strip() for i in range(metrics.count())}
    assert shown == {name: f"{count:,}" for name, count in summary["counts"]}
    central, latest = _keyed(page, "central-"), _keyed(page, "latest-")
    assert central.count() == len(summary["central"]) >= 3 and latest.count() == len(summary["latest"]) >= 3
    dates = [latest.nth(i).inner_text()[:10] for i in range(latest.count())]
    assert dates == sorted(dates, reverse=True) and all(re.fullmatch(r"\d{4}-\d\d-\d\d", d) for d in dates)
    _shot(page, "01-first-page")

    iri, name, _ = summary["central"][0]
    view = _view(library, entity=iri)
    act(page, lambda: central.first.locator("button").click(), showing(page, view))
    assert url_params(page)["entity"] == iri.removeprefix(ID)
    assert page.locator("[data-testid='stHeading']").first.inner_text().strip() == name
    focus = [n for n in drawn(graph_frame(page)) if "focus" in n["classes"]]
    assert [n["id"] for n in focus] == [iri]
    _shot(page, "02-one-click-start")


# ---------------------------------------------------------------- search, open, tap, grow
def test_search_open_tap_and_grow(page, server, library):
    open_url(page, server)
    for query in ("uy ban quoc gia", "Uỷ ban Quốc gia về chuyển đổi số", "Ủy ban Quốc gia về chuyển đổi số"):
        _search(page, query)
        first = _keyed(page, "hit-").first
        assert key_class(f"hit-{UBQG}") in first.get_attribute("class"), query
    assert "Ủy ban Quốc gia về chuyển đổi số" in _main_text(page)
    _shot(page, "03-search")

    view = _view(library, entity="ubqg-chuyen-doi-so")
    act(page, lambda: page.locator(f".{key_class(f'hit-{UBQG}')} button").click(), showing(page, view))
    assert url_params(page)["entity"] == "ubqg-chuyen-doi-so"
    _shot(page, "04-entity")

    # a tap on a node: its card, and the sentences behind its relations with their article
    person = ID + "pham-minh-chinh"
    card = page.locator(f".{key_class('selected-card')}")
    act(page, _tap(page, person), lambda: card.count() > 0 and "Phạm Minh Chính" in card.inner_text())
    text = card.inner_text()
    assert "Phạm Minh Chính" in text.splitlines()[0]
    assert re.search(r" · \d{4}-\d\d-\d\d · ", text), "no evidence with its outlet and date"
    assert "Thủ tướng Chính phủ Phạm Minh Chính là Chủ tịch Ủy ban." in text  # a sentence read from the article
    card.scroll_into_view_if_needed()
    _shot(page, "05-node-card")

    # a tap on an edge drawn for a membership: its caption, its ends and its evidence
    frame = graph_frame(page)
    membership = next(e for e in drawn_edges(frame) if e["type"] == "Membership" and e["id"].startswith(person))
    act(page, _tap(page, membership["id"]), lambda: card.count() > 0 and membership["label"] in card.inner_text())
    text = card.inner_text()
    assert text.splitlines()[0].strip() == membership["label"] == "Chủ tịch · 2021–"
    assert "Phạm Minh Chính → Ủy ban Quốc gia về chuyển đổi số" in text
    assert "Thủ tướng Chính phủ Phạm Minh Chính là Chủ tịch Ủy ban." in text
    _shot(page, "06-edge-card")

    # a double-tap on a node grows it by a step
    before = {n["id"] for n in drawn(frame)}
    grown = _view(library, entity="ubqg-chuyen-doi-so", open=person)
    act(page, _tap(page, person, double=True), showing(page, grown))
    assert url_params(page)["open"] == person
    after = {n["id"] for n in drawn(graph_frame(page))}
    assert before < after
    assert _outside_frame(page) == []
    _shot(page, "07-grown")

    # a double-tap on a group node unfolds it
    open_url(page, f"{server}/?entity=ubqg-chuyen-doi-so&depth=2")
    folded = _view(library, entity="ubqg-chuyen-doi-so", depth="2")
    group = next(n for n in folded[0].nodes if n.members and n.id == "group:chinh-phu:Organization")
    assert _eventually(page, showing(page, folded))
    unfolded = _view(library, entity="ubqg-chuyen-doi-so", depth="2", open=group.id)
    act(page, _tap(page, group.id, double=True), showing(page, unfolded))
    assert url_params(page)["open"] == group.id
    now = {n["id"] for n in drawn(graph_frame(page))}
    assert group.id not in now and set(group.members) <= now
    assert _outside_frame(page) == []
    _shot(page, "08-group-unfolded")


# ---------------------------------------------------------------- the URL is the view
def _signature(page) -> tuple:
    """What the user sees of a view: the URL, the tab and language chosen, headings and the graph."""
    chosen = page.evaluate("""() => [...document.querySelectorAll("[role='radio'][aria-checked='true'], input[type='radio']:checked")]
        .map(e => (e.innerText || e.parentElement.innerText).trim()).sort()""")
    headings = [h.strip() for h in page.locator("[data-testid='stHeading']").all_inner_texts()]
    params = url_params(page)
    graph = sorted(tuple(sorted(n.items())) for n in drawn(graph_frame(page))) if "tab" not in params else None
    return params, chosen, headings, graph


def _settled_signature(page) -> tuple:
    """The signature once two readings a moment apart agree (the last elements of a run may still be drawing)."""
    last = _signature(page)
    for _ in range(50):
        page.wait_for_timeout(150)
        now = _signature(page)
        if now == last:
            break
        last = now
    return last


def test_the_graph_stays_loaded_across_tabs_and_languages(page, server, library):
    """Back on the Explore tab, or in the other language, the page draws in the graph it has: nothing is loaded
    again (the Explore tab is only hidden while another is read)."""
    open_url(page, f"{server}/?entity=ubqg-chuyen-doi-so&depth=2")
    view = _view(library, entity="ubqg-chuyen-doi-so", depth="2")
    assert _eventually(page, showing(page, view))
    graph_frame(page).evaluate("window.kgMark = 'loaded once'")
    act(page, page.get_by_role("radio", name="Dòng thời gian", exact=True).click, lambda: page.locator(GRAPH).is_hidden())
    act(page, page.get_by_role("radio", name="Khám phá", exact=True).click, lambda: page.locator(GRAPH).is_visible())
    english = _view(library, entity="ubqg-chuyen-doi-so", depth="2", lang="en")
    act(page, page.locator("[data-testid='stSidebar']").get_by_text("English", exact=True).click, showing(page, english))
    assert graph_frame(page).evaluate("window.kgMark") == "loaded once"


def test_every_view_is_a_url(page, server, library):
    open_url(page, f"{server}/?entity=ubqg-chuyen-doi-so")
    first = _view(library, entity="ubqg-chuyen-doi-so")
    assert _eventually(page, showing(page, first))
    history = [_settled_signature(page)]

    def step(action, wanted: dict, view: dict | None):
        expected = _view(library, **view) if view else None
        check = showing(page, expected) if expected else (lambda: True)
        act(page, action, lambda: url_params(page) == wanted and check())
        history.append(_settled_signature(page))

    base = {"entity": "ubqg-chuyen-doi-so"}
    step(lambda: page.locator(f".{key_class('depth-1')}").get_by_role("radio", name="2", exact=True).click(),
         {**base, "depth": "2"}, {**base, "depth": "2"})
    filters = page.locator("[data-testid='stExpander'] summary", has_text="Lọc")
    box = f".{key_class('kinds-()-vi')} input"
    organisations = {**base, "depth": "2", "kinds": "Organization"}
    step(lambda: _choose(page, filters, box, kind_name("Organization", "vi")), organisations, organisations)
    frame = graph_frame(page)
    reachable = tap_points(page, frame, [n["id"] for n in drawn(frame) if not n["classes"]])
    chosen = sorted(reachable)[0]
    grown = {**organisations, "open": chosen}
    step(_tap(page, chosen, double=True), grown, grown)
    step(lambda: page.get_by_role("radio", name="Dòng thời gian", exact=True).click(), {**grown, "tab": "timeline"}, None)
    assert page.locator(GRAPH).is_hidden()   # kept, loaded, in the hidden Explore tab
    step(lambda: page.locator("[data-testid='stSidebar']").get_by_text("English", exact=True).click(),
         {**grown, "tab": "timeline", "lang": "en"}, None)
    assert len({json.dumps(h[0], sort_keys=True) for h in history}) == len(history) == 6
    _shot(page, "09-history-last")

    for earlier in reversed(history[:-1]):
        act(page, page.go_back, lambda e=earlier: url_params(page) == e[0])
        _same_view(page, earlier)
    _shot(page, "10-history-back")
    for later in history[1:]:
        act(page, page.go_forward, lambda e=later: url_params(page) == e[0])
        _same_view(page, later)
    for seen in history:
        open_url(page, f"{server}/?{urlencode(seen[0])}")
        _same_view(page, seen)


def _choose(page, expander, box: str, name: str) -> None:
    """Pick the option called `name` in a multiselect inside `expander`: type it to open and filter the list,
    then click it. A run that redraws the widget can close the list in between, so this tries again."""
    option = page.get_by_role("option", name=name, exact=True)
    for _ in range(4):
        if not page.locator(box).is_visible():
            expander.click()
        if not option.is_visible():
            page.locator(box).fill(name)
        try:
            option.click(timeout=10_000)
            return
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"the option {name!r} never showed in {box}")


def _same_view(page, wanted: tuple) -> None:
    """The page shows this view again."""
    _eventually(page, lambda: _signature(page) == wanted)
    assert _signature(page) == wanted


def test_the_embed_url_shows_only_the_graph(page, server, library):
    open_url(page, f"{server}/?entity=ubqg-chuyen-doi-so&depth=2&embed=true")
    view = _view(library, entity="ubqg-chuyen-doi-so", depth="2")
    assert _eventually(page, showing(page, view))
    assert page.locator("[data-testid='stSidebar']").count() == 0
    assert page.locator("[role='radio'], input, [data-testid='stHeading'], [data-testid='stExpander']").count() == 0
    assert _main_text(page).strip() == ""
    assert page.locator(GRAPH).count() == 1
    _shot(page, "11-embed")


# ---------------------------------------------------------------- exports
def _downloads(page, tmp_path: Path) -> dict[str, Path]:
    act(page, lambda: page.locator(f".{key_class('exports-on')} label").click(),
        lambda: page.locator(f".{key_class('export-html')}").count() > 0)
    files = {}
    for fmt in ("png", "svg", "html"):
        with page.expect_download() as download:
            page.locator(f".{key_class(f'export-{fmt}')} button").click()
        files[fmt] = tmp_path / f"view.{fmt}"
        download.value.save_as(files[fmt])
    return files


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_exports_match_the_screen(pages, page, server, library, tmp_path):
    params = {"entity": "ubqg-chuyen-doi-so", "depth": "2", "kinds": "Person,Organization", "open": "group:chinh-phu:Organization"}
    view = _view(library, **params)
    open_url(page, f"{server}/?{urlencode(params)}")
    assert _eventually(page, showing(page, view))
    screen = {n["id"]: (round(n["x"], 1), round(n["y"], 1)) for n in drawn(graph_frame(page))}
    files = _downloads(page, tmp_path)
    _shot(page, "12-exports")

    html = files["html"].read_text(encoding="utf-8")
    assert "default-src 'none'" in html and "<script src" not in html
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S).group(1))
    exported = {n["data"]["id"]: (n["position"]["x"], n["position"]["y"]) for n in data["elements"]["nodes"]}
    assert exported == screen  # the same nodes, placed the same way
    svg = ElementTree.parse(files["svg"]).getroot()
    svg_ids = {e.get("data-id") for e in svg.iter() if e.get("class") == "node"}
    assert svg_ids == set(screen)
    assert _png_size(files["png"]) == (2560, 1440)

    # the HTML file on its own, from a file:// URL: it draws the same graph and asks for nothing
    offline = pages(files["html"].as_uri())
    offline.goto(files["html"].as_uri())
    offline.locator("body[data-ready='true']").wait_for()
    ids = offline.evaluate("() => document.getElementById('kg-graph')._cyreg.cy.nodes().map(n => n.id())")
    assert set(ids) == set(screen)
    assert offline.kg["requests"] == [files["html"].as_uri()]
    _shot(offline, "13-export-offline")


def _boxes_overlap(a: dict, b: dict) -> bool:
    return a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"] and \
        a["y"] < b["y"] + b["height"] and b["y"] < a["y"] + a["height"]


def _overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    return [(a["text"], b["text"]) for i, a in enumerate(boxes) for b in boxes[i + 1:] if _boxes_overlap(a, b)]


# the committee the issue names, and a crowded view (labels there get shorter and smaller to fit)
LEGIBLE = [pytest.param("ubqg-chuyen-doi-so", id="national-committee"),
           pytest.param("bo-thong-tin-va-truyen-thong", id="ministry-crowded")]
OUTLINE = """([boxes, clashing]) => { const svg = document.querySelector('svg');
    for (const b of boxes) { const r = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      for (const [k, v] of Object.entries({x: b.x, y: b.y, width: b.width, height: b.height, fill: 'none',
           stroke: clashing.includes(b.text) ? '#dc2626' : '#16a34a', 'stroke-width': clashing.includes(b.text) ? 1.5 : 0.6}))
        r.setAttribute(k, v);
      svg.appendChild(r); } }"""


@pytest.mark.parametrize("entity", LEGIBLE)
def test_exported_svg_labels_neither_overlap_nor_leave_the_frame(pages, page, server, tmp_path, entity):
    open_url(page, f"{server}/?entity={entity}&depth=2")
    graph_frame(page)
    svg = _downloads(page, tmp_path)["svg"]
    viewer = pages(svg.as_uri(), 1280, 720)
    viewer.goto(svg.as_uri())
    boxes = viewer.evaluate("""() => [...document.querySelectorAll('text.node-label')].map(t => {
        const b = t.getBBox(); return {text: t.textContent, x: b.x, y: b.y, width: b.width, height: b.height}; })""")
    clashes = _overlapping(boxes)
    viewer.evaluate(OUTLINE, [boxes, [name for pair in clashes for name in pair]])  # red: overlapping, green: clear
    _shot(viewer, f"14-svg-label-boxes-{entity}")
    assert len(boxes) > 20
    outside = [b["text"] for b in boxes if b["x"] < 0 or b["y"] < 0 or b["x"] + b["width"] > 1280 or b["y"] + b["height"] > 720]
    assert outside == []
    assert clashes == []


@pytest.mark.parametrize("entity", LEGIBLE)
def test_labels_on_screen_do_not_overlap(pages, server, entity):
    screen = pages(server, 1280, 720)
    open_url(screen, f"{server}/?entity={entity}&depth=2")
    frame = graph_frame(screen)
    boxes = frame.evaluate("""() => document.getElementById('cy')._cyreg.cy.nodes().map(n => {
        const b = n.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false});
        return {text: n.data('_caption'), x: b.x1, y: b.y1, width: b.w, height: b.h}; })""")
    frame.frame_element().scroll_into_view_if_needed()
    _shot(screen, f"15-screen-labels-{entity}")
    assert len(boxes) > 20
    assert _overlapping(boxes) == []


# ---------------------------------------------------------------- hostile data and URLs
def _hostile_trig(folder: Path) -> None:
    """A small graph whose names, roles, headline and outlet carry markup, and an article text with it; the
    ontology's own graph beside it, as in every built graph."""
    def lit(text: str, lang: str | None = "vi") -> str:
        body = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return f"{body}@{lang}" if lang else body

    everything = " ".join(HOSTILE)
    sentence = f"Người thử nghiệm {everything} giữ chức vụ thử nghiệm."
    (folder / "corpus").mkdir()
    (folder / "corpus" / "tin-thu.txt").write_text(sentence + "\n", encoding="utf-8")
    orgs = "\n".join(f"  id:bo-thu-{i} a vdt:Ministry ; skos:prefLabel {lit(f'Bộ thử {i} {h}')} ; org:subOrganizationOf id:chinh-phu-thu ."
                     for i, h in enumerate(HOSTILE))
    ontology = "\n".join(f"  {triple} ." for triple in pyoxigraph.parse(path=str(ONTOLOGY_DIR / "kg.ttl"),
                                                                        format=pyoxigraph.RdfFormat.TURTLE))
    (folder / "kg.trig").write_text(f"""
@prefix id: <{ID}> .
@prefix vdt: <https://w3id.org/vndt/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix eli: <http://data.europa.eu/eli/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix g: <https://w3id.org/vndt/graph/> .

g:tin-thu {{
{orgs}
  id:chinh-phu-thu a vdt:StateBody ; skos:prefLabel {lit('Chính phủ thử ' + HOSTILE[0])} .
  id:nguoi-thu a foaf:Person ; skos:prefLabel {lit('Người thử ' + HOSTILE[9] + ' ' + HOSTILE[2])} .
  id:chuc-vu-thu a org:Role, skos:Concept ; skos:prefLabel {lit('Chủ tịch ' + HOSTILE[6])} .
  id:m-thu a org:Membership ; org:member id:nguoi-thu ; org:organization id:bo-thu-0 ; org:role id:chuc-vu-thu ;
      prov:wasDerivedFrom id:bang-chung-thu .
  id:qd-thu a eli:LegalResource ; eli:id_local "99/QĐ-TTg" ; skos:prefLabel {lit('Quyết định ' + HOSTILE[7] + ' ' + HOSTILE[1])} ;
      eli:date_document "2024-01-02"^^xsd:date ; eli:passed_by id:chinh-phu-thu .
  id:s-qd-thu a rdf:Statement ; rdf:subject id:qd-thu ; rdf:predicate eli:passed_by ; rdf:object id:chinh-phu-thu ;
      prov:wasDerivedFrom id:bang-chung-thu .
  id:hop-thu a vdt:Meeting ; skos:prefLabel {lit('Phiên họp ' + HOSTILE[8] + ' ' + HOSTILE[3])} ;
      schema:startDate "2024-02-01"^^xsd:date ; vdt:chairedBy id:nguoi-thu ; schema:organizer id:bo-thu-0 .
  id:bang-chung-thu a vdt:Evidence ; vdt:charStart 0 ; vdt:charEnd {len(sentence)} ; vdt:source <{ID}source/tin-thu> .
  <{ID}source/tin-thu> a vdt:Article ; schema:headline {lit('Tin thử ' + everything)} ; schema:publisher {lit(HOSTILE[6] + ' ' + HOSTILE[4], None)} ;
      schema:datePublished "2024-03-01"^^xsd:date .
}}
<{ONTOLOGY_GRAPH}> {{
{ontology}
}}
""", encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    _hostile_trig(folder)
    with serve(folder, folder / "corpus") as url:
        yield url


LITERAL = r"""() => {
  const out = {links: [], images: [], frames: [], metas: [], forms: [], hidden: false};
  const docs = [document, ...[...document.querySelectorAll('iframe')].map(f => { try { return f.contentDocument } catch (e) { return null } })];
  for (const d of docs.filter(Boolean)) {
    d.querySelectorAll('a[href]').forEach(a => { if (!a.href.startsWith(location.origin) && !a.href.startsWith('about:')) out.links.push(a.href) });
    d.querySelectorAll('img').forEach(i => { if (!i.src.startsWith(location.origin) && !i.src.startsWith('data:')) out.images.push(i.src) });
    d.querySelectorAll('iframe[srcdoc]').forEach(f => out.frames.push(f.srcdoc));
    d.querySelectorAll('meta[http-equiv]').forEach(m => { if (m.httpEquiv.toLowerCase() === 'refresh') out.metas.push(m.content) });
    d.querySelectorAll('form[action]').forEach(f => out.forms.push(f.action));
    if (d.body && getComputedStyle(d.body).display === 'none') out.hidden = true;
  }
  return out;
}"""


def _nothing_took_effect(page, origin: str) -> None:
    found = page.evaluate(LITERAL)
    assert found == {"links": [], "images": [], "frames": [], "metas": [], "forms": [], "hidden": False}
    assert page.evaluate("location.href").startswith(origin)
    assert "❌" not in page.locator("body").inner_text()


def _literally(page, texts) -> None:
    # the word joiners `kg.explore.safe.plain` puts into addresses are invisible: a reader sees the text as written
    body = page.locator("[data-testid='stMain']").inner_text().replace("\u2060", "")
    missing = [t for t in texts if t not in body]
    assert missing == [], f"not shown literally: {missing}"


def test_hostile_data_shows_as_text(pages, hostile_server):
    page = pages(hostile_server)
    open_url(page, hostile_server)
    _search(page, "Bộ thử")
    assert _keyed(page, "hit-").count() == len(HOSTILE)
    _literally(page, HOSTILE)
    _nothing_took_effect(page, hostile_server)
    _shot(page, "16-hostile-search")

    for i, text in enumerate(HOSTILE):
        target = f"{ID}bo-thu-{i}"
        if url_params(page).get("q") != "Bộ thử":  # opening a hit clears the search box
            _search(page, "Bộ thử")
        act(page, lambda t=target: page.locator(f".{key_class(f'hit-{t}')} button").click(),
            lambda t=target: url_params(page).get("entity") == t.removeprefix(ID) and page.query_selector(GRAPH) is not None)
        _literally(page, [f"Bộ thử {i} {text}"])
        _nothing_took_effect(page, hostile_server)
    _shot(page, "17-hostile-entity")

    open_url(page, f"{hostile_server}/?entity=bo-thu-0")
    card = page.locator(f".{key_class('selected-card')}")
    act(page, _tap(page, ID + "nguoi-thu"), lambda: card.count() > 0)
    _literally(page, ["Người thử " + HOSTILE[9] + " " + HOSTILE[2], "Tin thử " + " ".join(HOSTILE)])
    _nothing_took_effect(page, hostile_server)
    card.scroll_into_view_if_needed()
    _shot(page, "18-hostile-card")

    for params, texts, shot in (
            ({"entity": "bo-thu-0", "tab": "timeline"}, ["Phiên họp " + HOSTILE[8] + " " + HOSTILE[3]], "19-hostile-timeline"),
            ({"tab": "paths", "from": "nguoi-thu", "to": "chinh-phu-thu"}, ["Chính phủ thử " + HOSTILE[0], "Tin thử"],
             "20-hostile-paths"),
            ({"entity": "bo-thu-0", "slide": "1"}, [HOSTILE[6] + " " + HOSTILE[4]], "21-hostile-slide")):
        open_url(page, f"{hostile_server}/?{urlencode(params)}")
        if params.get("tab") == "paths":  # every step, with its evidence
            for summary in page.locator("[data-testid='stExpander'] summary:visible").all():
                summary.click()
        _literally(page, texts)
        _nothing_took_effect(page, hostile_server)
        _shot(page, shot)


@pytest.mark.parametrize("name, value", [
    ("entity", "a" * 100_000), ("entity", "[x](http://example.org)"), ("entity", "<script>alert(1)</script>"),
    ("entity", ":x:"), ("depth", "abc"), ("depth", "99"), ("depth", "-1"),
], ids=["entity-100KB", "entity-markdown", "entity-html", "entity-emoji", "depth-abc", "depth-99", "depth-minus-1"])
def test_a_hostile_url_value_gets_one_clear_message(page, server, name, value, request):
    params = {name: value} if name == "entity" else {"entity": "ubqg-chuyen-doi-so", name: value}
    open_url(page, f"{server}/?{urlencode(params)}")
    notes = page.locator("[data-testid='stMain']").get_by_text(re.compile(r"Bỏ qua tham số không hợp lệ|Không có thực thể nào tên"))
    assert notes.count() == 1, _main_text(page)[:500]
    assert page.locator("[data-testid='stException'], [data-testid='stError']").count() == 0
    _nothing_took_effect(page, server)
    if name == "depth":  # the rest of the URL still counts
        graph_frame(page)
        assert page.locator("[data-testid='stHeading']").first.inner_text().strip() == "Ủy ban Quốc gia về chuyển đổi số"
    _shot(page, f"22-bad-url-{request.node.callspec.id}")


# ---------------------------------------------------------------- one language at a time
def _pattern(text: str) -> re.Pattern:
    return re.compile("".join(".+" if part.startswith("{") else re.escape(part) for part in re.split(r"(\{\w+\})", text)))


TEXTS = r"""() => {
  const out = [document.title];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) out.push(walker.currentNode.textContent);
  document.querySelectorAll('*').forEach(e => {
    if (e.children.length === 0) out.push(e.textContent);
    if (e.getAttribute('placeholder')) out.push(e.getAttribute('placeholder'));
  });
  return out.map(t => t.trim()).filter(Boolean);
}"""


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_tab_speaks_one_language(page, server, lang):
    other = "en" if lang == "vi" else "vi"
    ui = catalogue()["ui"]
    foreign = {key: _pattern(unicodedata.normalize("NFC", v[other])) for key, v in ui.items() if v[other] != v[lang]}
    own = {unicodedata.normalize("NFC", ui[f"tab_{tab}"][lang]) for tab in TABS}
    found, seen = [], set()
    for tab in TABS:
        params = {"entity": "ubqg-chuyen-doi-so", "tab": tab, "lang": lang, "from": "ubqg-chuyen-doi-so", "to": "pham-minh-chinh"}
        open_url(page, f"{server}/?{urlencode(params, quote_via=quote)}")
        if tab == "explore":
            page.locator("[data-testid='stExpander'] summary").first.click()
            act(page, lambda: page.locator(f".{key_class('exports-on')} label").click(),
                lambda: page.locator(f".{key_class('export-html')}").count() > 0)
        if tab == "query":
            act(page, lambda: page.locator(f".{key_class('sparql-run')} button").click(),
                lambda: page.locator("[data-testid='stDataFrame']").count() > 0)
        texts = {unicodedata.normalize("NFC", t) for t in page.evaluate(TEXTS)}
        seen |= texts
        found += [(tab, key, text) for text in texts for key, pattern in foreign.items() if pattern.fullmatch(text)]
        _shot(page, f"23-{lang}-{tab}")
    assert own <= seen
    assert not found, sorted(set(found))


def _component_words(frame, lang: str, panel: bool) -> bool:
    """The graph component's buttons are titled in `lang`, its JSON download is hidden, and its side panel shows
    (with its hint in `lang`) only where the page has no card of its own."""
    titles = frame.evaluate("ids => ids.map(i => document.getElementById(i).title)", list(BUTTONS))
    hint = frame.locator(".infopanel__help")
    return (titles == [t(key, lang) for key in BUTTONS.values()] and frame.locator("#toolbarExport").is_hidden()
            and frame.locator("#infopanel").is_visible() == panel
            and (not panel or hint.inner_text().strip() == t("graph_nothing_selected", lang)))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_graph_component_speaks_the_interface_language(page, server, lang):
    open_url(page, f"{server}/?entity=ubqg-chuyen-doi-so&lang={lang}")
    assert _eventually(page, lambda: _component_words(graph_frame(page), lang, panel=False))
    _shot(page, f"24-component-{lang}")
    other = "en" if lang == "vi" else "vi"
    act(page, page.locator("[data-testid='stSidebar']").get_by_text({"vi": "Tiếng Việt", "en": "English"}[other], exact=True).click,
        lambda: url_params(page).get("lang", "vi") == other)
    assert _eventually(page, lambda: _component_words(graph_frame(page), other, panel=False))
    open_url(page, f"{server}/?entity=ubqg-chuyen-doi-so&lang={lang}&embed=true")
    assert _eventually(page, lambda: _component_words(graph_frame(page), lang, panel=True))
    _shot(page, f"24-component-embed-{lang}")

"""End to end in headless Chromium (Debian's, driven by Playwright): search, open, expand, export,
embed; every request stays on this machine; screenshots go to tests/artifacts/."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ARTIFACTS

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", "--no-first-run"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(built, corpus):
    port = _free_port()
    env = dict(os.environ, KG_GRAPH_DIR=str(built), KG_CORPUS_DIR=str(corpus))
    env.pop("NEO4J_URI", None)
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "streamlit"), "run", "app_streamlit.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=Path(__file__).resolve().parents[1], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).status == 200:
                break
        except OSError:
            time.sleep(0.3)
    yield url
    process.terminate()
    process.wait(timeout=20)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is missing: `make test` installs it (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.requests = []
    page.on("request", lambda r: page.requests.append(r.url))
    yield page
    context.close()
    off_machine = [u for u in page.requests if not u.startswith(("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:"))]
    assert off_machine == [], off_machine


def _graph(page):
    frame = page.frame_locator("iframe").first
    frame.locator("body[data-ready='true']").wait_for(timeout=60_000)
    return frame


def test_search_open_expand_and_evidence(page, server):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.goto(server)
    box = page.get_by_label("Tìm tên, viết tắt, số hiệu văn bản…")
    box.fill("uy ban quoc gia")
    box.press("Enter")
    page.get_by_text("Ủy ban Quốc gia về chuyển đổi số", exact=True).first.wait_for(timeout=60_000)
    page.get_by_role("button", name="→").first.click()
    frame = _graph(page)
    depth1 = frame.locator("g.node").count()
    assert depth1 > 5
    assert frame.locator("text=Ủy ban Quốc gia về chuyển đổi số").count() >= 1
    page.get_by_text("Quan hệ và bằng chứng").wait_for()
    page.get_by_text("Độ sâu").scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "entity.png"))
    page.goto(f"{server}/?entity=ubqg-chuyen-doi-so&depth=2")
    assert _graph(page).locator("g.node").count() > depth1


def test_export_png_svg_html(page, server, tmp_path):
    page.goto(f"{server}/?entity=qd-1619-qd-ttg-2021")
    _graph(page)
    files = {}
    for fmt in ("PNG", "SVG", "HTML"):
        with page.expect_download() as download:
            page.get_by_role("button", name=fmt, exact=True).click()
        target = tmp_path / download.value.suggested_filename
        download.value.save_as(target)
        files[fmt] = target
    assert files["PNG"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Quyết định số 1619/QĐ-TTg" in files["SVG"].read_text(encoding="utf-8")
    html = files["HTML"].read_text(encoding="utf-8")
    assert "<script src" not in html and "Quyết định số 1619/QĐ-TTg" in html


def test_exported_html_works_offline(browser, built, tmp_path):
    from kg.explore.export import embedded, render_view

    explorer = embedded(built / "kg.trig")
    path = tmp_path / "view.html"
    path.write_bytes(render_view(explorer, "html", explorer.resolve("ubqg-chuyen-doi-so"), 2, "vi"))
    context = browser.new_context(offline=True)
    page = context.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(path.as_uri())
    page.locator("body[data-ready='true']").wait_for(timeout=10_000)
    assert page.locator("g.node").count() > 10
    page.screenshot(path=str(ARTIFACTS / "export-offline.png"))
    assert [u for u in requests if not u.startswith("file:")] == []
    context.close()


def test_embed_mode_shows_only_the_graph(page, server):
    page.goto(f"{server}/?entity=ubqg-chuyen-doi-so&depth=2&embed=true")
    frame = _graph(page)
    assert frame.locator("g.node").count() > 10
    assert page.get_by_role("tab").count() == 0
    page.screenshot(path=str(ARTIFACTS / "embed.png"))


def test_timeline_and_indicators_render(page, server):
    page.goto(server)
    page.get_by_role("tab", name="Dòng thời gian").click()
    page.get_by_text("Renaming").first.wait_for(timeout=60_000)
    page.get_by_role("tab", name="Chỉ tiêu & mục tiêu").click()
    page.get_by_text("Show").wait_for()
    page.screenshot(path=str(ARTIFACTS / "indicators.png"), full_page=True)

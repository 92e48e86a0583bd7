"""End to end: the real app in headless Chromium. Opens every page, filters by outlet, saves screenshots."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from dashboard import ui
from tests import sample_data as sample

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--enable-unsafe-swiftshader",
]

sync_api = pytest.importorskip("playwright.sync_api")
if not CHROMIUM.exists():
    pytest.skip("Debian chromium not installed at /usr/bin/chromium", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    data_dir = sample.write(tmp_path_factory.mktemp("e2e-data"))
    port = _free_port()
    log = tempfile.TemporaryFile()  # noqa: SIM115 -- not a PIPE (a full pipe blocks the server); closed below
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(ROOT / "app.py"),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--browser.gatherUsageStats",
            "false",
            "--server.fileWatcherType",
            "none",
            "--",
            "--data",
            str(data_dir),
        ],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=1).read() == b"ok":
                    break
            except OSError:
                time.sleep(0.25)
        else:
            log.seek(0)
            pytest.fail("streamlit did not start:\n" + log.read().decode(errors="replace"))
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()


@pytest.fixture(scope="module")
def page():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1440, "height": 1000})
        yield context.new_page()
        browser.close()


def wait_for_app(page) -> None:
    page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']", timeout=30_000)
    page.wait_for_timeout(300)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=30_000)
    page.wait_for_timeout(800)


def shoot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


PAGE_TEXT = {  # url path -> text the page must show with the sample data
    "overview": "Articles per outlet over time",
    "map": "What was written about a district",
    "casualties": "Incidents: one event, several reports",
    "speakers": "Whom each outlet quotes",
    "entities": "Named together",
    "reader": "Highlight",
    "quality": "What the figures mean",
}


@pytest.mark.parametrize("url_path", [url for _, _, url in ui.PAGES.values()])
def test_every_page_renders(app_url, page, url_path):
    page.goto(f"{app_url}/{url_path}")
    wait_for_app(page)
    if url_path == "map":
        page.wait_for_selector("[data-testid='stDeckGlJsonChart']", timeout=20_000)
        page.wait_for_timeout(2500)
    assert page.get_by_text(PAGE_TEXT[url_path]).first.is_visible()
    assert page.locator("[data-testid='stException']").count() == 0
    shoot(page, url_path)


def test_outlet_filter_from_url_narrows_the_pages(app_url, page):
    page.goto(f"{app_url}/casualties?outlet=SANA")
    wait_for_app(page)
    assert page.get_by_text("1 article · outlet: SANA").first.is_visible()
    legend = page.locator(".legendtext").evaluate_all(
        "els => els.map(e => e.textContent)"
    )  # plotly draws its legend as SVG text
    assert "SANA" in legend and "Reuters" not in legend
    shoot(page, "casualties-sana")


def test_outlet_filter_applied_in_sidebar(app_url, page):
    page.goto(f"{app_url}/overview")
    wait_for_app(page)
    sidebar = page.get_by_test_id("stSidebar")
    page.keyboard.press("Escape")  # the date picker's hidden popover can leave the page inert after load
    sidebar.get_by_role("combobox").first.click()
    page.get_by_role("option", name="Reuters").click()
    page.keyboard.press("Escape")
    wait_for_app(page)
    assert page.get_by_text("1 article · outlet: Reuters").first.is_visible()
    assert "outlet=Reuters" in page.url
    shoot(page, "overview-reuters")


def test_reader_shows_escaped_article(app_url, page):
    page.goto(f"{app_url}/reader?article=sample-r1")
    wait_for_app(page)
    assert page.get_by_text("Air strikes kill 25 in eastern Aleppo").first.is_visible()
    assert page.locator("mark.al-figure").count() >= 2
    shoot(page, "reader")


def test_presentation_mode(app_url, page):
    page.goto(f"{app_url}/casualties?present=true")
    wait_for_app(page)
    assert page.locator("[data-testid='stToolbarActions']").is_hidden()
    assert page.get_by_test_id("stExpandSidebarButton").is_visible()  # the sidebar opens folded away
    assert page.get_by_test_id("stSidebar").get_by_test_id("stExpander").is_hidden()  # filters folded away
    title_px = page.locator("h1").first.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
    assert title_px >= 50  # larger type than the normal 44 px title
    shoot(page, "casualties-presentation")

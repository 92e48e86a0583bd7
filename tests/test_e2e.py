"""End to end: the real app in headless Chromium. Opens every page, filters by outlet, saves screenshots."""

from __future__ import annotations

import pytest

from dashboard import ui
from tests import sample_data as sample
from tests.browser import CHROMIUM, chromium, is_local, running_app, shoot, wait_for_app, wait_for_maps

pytestmark = pytest.mark.e2e

sync_api = pytest.importorskip("playwright.sync_api")
if not CHROMIUM.exists():
    pytest.skip("Debian chromium not installed at /usr/bin/chromium", allow_module_level=True)


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    with running_app(sample.write(tmp_path_factory.mktemp("e2e-data"))) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium(sync_api) as recorded:
        yield recorded


@pytest.fixture
def page(browser):
    browser.requests.clear()
    return browser.page


PAGE_TEXT = {  # url path -> text the page must show with the sample data
    "overview": "Articles per outlet over time",
    "map": "What was written about a district",
    "casualties": "Incidents: one event, several reports",
    "speakers": "Whom each outlet quotes",
    "entities": "Named together",
    "reader": "Highlight",
    "quality": "What the figures mean",
    "compare": "Casualty figures for the same incidents",
    "add_articles": "Name of the new dataset",
}


@pytest.mark.parametrize("url_path", [url for _, _, url in ui.PAGES.values()])
def test_every_page_renders(app_url, browser, page, url_path):
    page.goto(f"{app_url}/{url_path}")
    wait_for_app(page)
    if url_path == "map":
        wait_for_maps(page)
    assert page.get_by_text(PAGE_TEXT[url_path]).first.is_visible()
    assert page.locator("[data-testid='stException']").count() == 0
    shoot(page, url_path)
    # With map tiles off (the default) nothing leaves the machine: no icon font, no basemap style.
    assert browser.requests and browser.outside() == []
    icon = page.evaluate("() => document.querySelector(\"link[rel='shortcut icon']\")?.href || ''")
    assert is_local(icon), icon  # Chromium fetches favicons outside the page, so check the link itself


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

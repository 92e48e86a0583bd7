"""The real app in headless Chromium on a poisoned dataset (Markdown and HTML in every text field).

On every page, the Reader on a poisoned article and a poisoned `?q=`: no live link to evil.example, no
bold, italic, coloured or typeset text made from the data, and no request leaving the machine.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

from dashboard import ui
from tests import hostile_data as hostile
from tests.browser import CHROMIUM, chromium, running_app, shoot, wait_for_app, wait_for_maps

pytestmark = pytest.mark.e2e

sync_api = pytest.importorskip("playwright.sync_api")
if not CHROMIUM.exists():
    pytest.skip("Debian chromium not installed at /usr/bin/chromium", allow_module_level=True)

# What markup from the data would turn into, found anywhere in the page (SVG charts included).
FIND_MARKUP_EFFECTS = """() => {
  const found = [];
  for (const a of document.querySelectorAll('a')) {
    for (const attr of a.attributes) {
      if (attr.value.includes('evil')) found.push('live link: ' + a.outerHTML.slice(0, 160));
    }
  }
  // In safe output "bold", "em", "red", "x", "b" and "home" are part of longer literal text, never an
  // element's whole text: markup made them an element of their own (<strong>, <em>, a coloured span, <a>,
  // plotly's <tspan>, a material icon).
  for (const el of document.querySelectorAll('body *')) {
    const own = [...el.childNodes].filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
    if (['bold', 'em', 'red', 'x', 'b', 'home'].includes(own) && el.closest('[data-testid="stApp"]')) {
      found.push('styled text: <' + el.tagName.toLowerCase() + ' ' + (el.getAttribute('style') || '') +
                 '>' + own);
    }
  }
  if (document.querySelector('.katex')) found.push('typeset LaTeX');
  if (document.body.innerText.includes(String.fromCodePoint(0x1F604))) found.push('emoji shortcode rendered');
  for (const s of document.querySelectorAll('script')) {
    if (s.textContent.includes('alert(1)')) found.push('script element from data');
  }
  return found;
}"""

PAGE_URLS = [url for _, _, url in ui.PAGES.values()]
EXTRA_URLS = {  # test id -> address
    "reader-poisoned-article": f"reader?article={hostile.ARTICLE_IDS[0]}",
    "reader-poisoned-search": f"reader?article={hostile.ARTICLE_IDS[1]}&q={quote(hostile.SEARCH)}",
    "overview-poisoned-search": f"overview?q={quote(hostile.SEARCH)}",
    "casualties-poisoned-outlet": f"casualties?outlet={quote(hostile.OUTLETS[0])}",
    "speakers-poisoned-cited": f"speakers?cited={quote(hostile.SPEAKERS[0])}",
}


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    with running_app(hostile.write(tmp_path_factory.mktemp("hostile-data"))) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium(sync_api) as recorded:
        yield recorded


def hover_chart_marks(page) -> None:
    """Hover the first marks of each plotly chart so their hover labels are drawn too."""
    for point in page.locator(".js-plotly-plot .scatterlayer .point, .js-plotly-plot .barlayer .point").all()[
        :6
    ]:
        try:
            point.hover(timeout=2_000, force=True)
            page.wait_for_timeout(200)
        except sync_api.Error:
            continue


@pytest.mark.parametrize("path", PAGE_URLS + list(EXTRA_URLS.values()), ids=PAGE_URLS + list(EXTRA_URLS))
def test_poisoned_data_stays_text_and_nothing_leaves_the_machine(app_url, browser, path):
    page = browser.page
    browser.requests.clear()
    page.goto(f"{app_url}/{path}")
    wait_for_app(page)
    if path.startswith("map"):
        wait_for_maps(page)
    assert page.locator("[data-testid='stException']").count() == 0
    hover_chart_marks(page)
    shoot(page, "hostile-" + next((name for name, url in EXTRA_URLS.items() if url == path), path))
    assert page.evaluate(FIND_MARKUP_EFFECTS) == []
    assert browser.requests and browser.outside() == []


def test_reader_header_shows_the_poisoned_title_as_written(app_url, browser):
    page = browser.page
    page.goto(f"{app_url}/reader?article={hostile.ARTICLE_IDS[0]}")
    wait_for_app(page)
    header = page.locator("h2").first.inner_text().replace(ui.WORD_JOINER, "")
    assert header.startswith(f"[Read the full report]({hostile.EVIL})")
    assert "**bold**" in header and ":red[red]" in header and "$x$" in header
    assert "<a href=" in header and "\\" not in header and "&lt;" not in header


def test_poisoned_search_shows_as_written_in_the_caption(app_url, browser):
    page = browser.page
    page.goto(f"{app_url}/overview?q={quote(hostile.SEARCH)}")
    wait_for_app(page)
    captions = page.get_by_test_id("stCaptionContainer").all_inner_texts()
    assert any(f'search: "{hostile.SEARCH}"' in c.replace(ui.WORD_JOINER, "") for c in captions), captions

"""End to end (issue 16): /overview opens, a copied address reopens the same view in a fresh browser,
chart clicks drive the panels below them, the Reader opens at a followed fact, and every CSV download
carries its provenance columns."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from dashboard import filters as flt
from dashboard import provenance
from tests import sample_data as sample
from tests.browser import CHROMIUM, CHROMIUM_ARGS, running_app, shoot, wait_for_app

pytestmark = pytest.mark.e2e

sync_api = pytest.importorskip("playwright.sync_api")
if not CHROMIUM.exists():
    pytest.skip("Debian chromium not installed at /usr/bin/chromium", allow_module_level=True)


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    with running_app(sample.write(tmp_path_factory.mktemp("views-data"))) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def fresh(browser):
    """A function opening a new, empty browser context (no cookies, no session) on a URL."""
    contexts = []

    def open_page(url: str, width: int = 1440, height: int = 1000):
        context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
        contexts.append(context)
        page = context.new_page()
        page.goto(url)
        settle(page)
        return page

    yield open_page
    for context in contexts:
        context.close()


def settle(page) -> None:
    """Wait until the app has connected and every rerun the page triggers has finished."""
    wait_for_app(page)
    page.wait_for_timeout(800)
    wait_for_app(page)


# The state of every page-level widget in the main area, as the reader sees it.
VIEW_STATE = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const out = [];
  main.querySelectorAll('[data-testid="stSelectbox"]')
      .forEach(e => out.push(e.innerText.trim() + ': ' + e.querySelector('input').value));
  main.querySelectorAll('[data-testid="stMultiSelect"]')
      .forEach(e => out.push(e.innerText.replace(/\\s+/g, ' ').trim()));
  main.querySelectorAll('[data-testid="stButtonGroup"] button[aria-checked="true"]')
      .forEach(e => out.push('on: ' + e.innerText.trim()));
  main.querySelectorAll('[data-testid="stRadioOption"][data-selected="true"]')
      .forEach(e => out.push('radio: ' + e.innerText.trim()));
  main.querySelectorAll('input[role="switch"]:checked').forEach(e => out.push('on: ' + e.ariaLabel));
  return out;
}"""


def view_state(page) -> list[str]:
    return page.evaluate(VIEW_STATE)


def main(page):
    return page.get_by_test_id("stMain")


def choose(page, widget_label: str, option: str) -> None:
    """Pick `option` in the selectbox or multiselect labelled `widget_label`."""
    box = main(page).locator("[data-testid='stSelectbox'], [data-testid='stMultiSelect']").filter(
        has_text=widget_label
    )
    box.first.scroll_into_view_if_needed()
    box.first.locator("input").click()
    box.first.locator("input").fill(option)  # typing filters the list (a popover can close on scroll)
    page.get_by_role("option", name=option, exact=True).click()
    page.keyboard.press("Escape")
    settle(page)


def press(page, name: str) -> None:
    """Click a segmented-control or pills button."""
    buttons = main(page).locator("[data-testid='stButtonGroup'] button")
    buttons.filter(has=page.get_by_text(name, exact=True)).first.click()
    settle(page)


def tick(page, label: str) -> None:
    """Click a radio option or a toggle by its label."""
    main(page).get_by_text(label, exact=True).first.click()
    settle(page)


def test_overview_opens_at_its_own_address_and_at_the_root(app_url, fresh):
    for path in ("/", "/overview"):
        page = fresh(f"{app_url}{path}")
        assert page.get_by_text("Page not found").count() == 0, path
        assert page.get_by_text("Articles per outlet over time").first.is_visible(), path
    shoot(page, "views-overview")


# page -> the changes a teacher makes before copying the address (each sets a non-default value)
CHANGES = {
    "overview": [(press, "week")],
    "casualties": [
        (choose, "Reported", "missing"),
        (press, "month"),
        (choose, "Split by", "Cited source"),
        (tick, "Disagreeing sources only"),
        (tick, "Aleppo places"),
    ],
    "speakers": [(choose, "Speaker", "Sergey Lavrov")],
    "entities": [(press, "Organisations"), (press, "week"), (choose, "Entity", "United Nations")],
    "reader": [(press, "quotes"), (choose, "Article", None)],
    "map": [(press, "Who held it"), (tick, "Log colour scale")],
    "compare": [(press, "Outlet groups")],
}


@pytest.mark.parametrize("url_path", list(CHANGES))
def test_a_copied_address_reopens_the_same_view(app_url, fresh, url_path):
    page = fresh(f"{app_url}/{url_path}")
    default = view_state(page)
    for change, *arguments in CHANGES[url_path]:
        if change is choose and arguments[1] is None:  # any other article than the one shown
            box = main(page).locator("[data-testid='stSelectbox']").filter(has_text=arguments[0]).first
            box.get_by_role("button", name="Open").click()
            page.get_by_role("option").nth(2).click()
            settle(page)
        else:
            change(page, *arguments)
    changed = view_state(page)
    assert changed != default
    copied = page.url
    assert "?" in copied

    reopened = fresh(copied)
    assert view_state(reopened) == changed, copied
    shoot(reopened, f"views-reopened-{url_path}")


def click_centre(page, element) -> None:
    element.scroll_into_view_if_needed()
    box = element.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    settle(page)


def subject(page) -> str:
    """The Speakers page's panel heading: whose quotes the table below lists."""
    return main(page).locator("h3").filter(has_text="quotes)").first.inner_text()


def test_a_click_on_a_network_dot_or_line_drives_the_quote_panel(app_url, fresh):
    page = fresh(f"{app_url}/speakers")
    network = main(page).locator("[data-testid='stPlotlyChart']").first
    default = subject(page)
    traces = network.locator(".scatterlayer .trace")
    # Trace 0 draws the lines, trace 1 the lines' clickable middles, the rest the speakers' dots.
    dots = [traces.nth(i).locator("path.point") for i in range(2, traces.count())]
    changed = None
    for group in dots:
        for k in range(group.count()):
            click_centre(page, group.nth(k))
            if subject(page) != default:
                changed = subject(page)
                break
        if changed:
            break
    assert changed and changed.startswith("What ") and changed != default
    speaker = changed.removeprefix("What ").split(" said (")[0]
    assert main(page).locator("[data-testid='stSelectbox'] input").first.input_value() == speaker
    assert f"{flt.SPEAKER}=" in page.url  # the clicked speaker is in the address
    shoot(page, "views-network-dot")

    middles = traces.nth(1).locator("path.point")
    assert middles.count() > 0
    click_centre(page, middles.first)
    assert "quoted in the same articles" in subject(page)
    shoot(page, "views-network-line")

    # A double-click on the background clears the selection: the panel returns to the most quoted speaker.
    plot = network.locator(".nsewdrag").first
    box = plot.bounding_box()
    page.mouse.dblclick(box["x"] + 8, box["y"] + box["height"] - 8)
    settle(page)
    assert subject(page) == default


def test_a_click_on_a_casualty_bar_lists_the_figures_behind_it(app_url, fresh):
    page = fresh(f"{app_url}/casualties")
    assert main(page).get_by_text("All figures", exact=True).count() == 1
    bars = main(page).locator("[data-testid='stPlotlyChart']").first.locator(".barlayer path")
    click_centre(page, bars.first)
    assert main(page).get_by_text("Figures behind the selection", exact=True).count() == 1
    shoot(page, "views-casualty-bar")


def test_a_click_on_an_incident_lists_its_reports(app_url, fresh):
    page = fresh(f"{app_url}/casualties")
    assert main(page).get_by_text("Reports of the selected incident").count() == 0
    incidents = main(page).locator("[data-testid='stPlotlyChart']").nth(1).locator("path.point")
    click_centre(page, incidents.first)
    assert main(page).get_by_text("Reports of the selected incident").count() == 1


def test_a_click_on_an_entity_bar_sets_the_named_together_panel(app_url, fresh):
    page = fresh(f"{app_url}/entities")
    caption = main(page).get_by_text(re.compile("^Articles naming ")).first
    default = caption.inner_text()
    bars = main(page).locator("[data-testid='stPlotlyChart']").first.locator(".barlayer path")
    for k in range(bars.count()):
        click_centre(page, bars.nth(k))
        if caption.inner_text() != default:
            break
    assert caption.inner_text() != default
    assert f"{flt.ENTITY_FOCUS}=" in page.url
    shoot(page, "views-entity-bar")


def test_the_reader_opens_at_the_followed_figure(app_url, fresh):
    figure = {"article_id": "sample-r3", "start": 170, "end": 177, "number_text": "40 dead"}  # sample data
    url = f"{app_url}/" + flt.fact_url(figure["article_id"], "figure", figure["start"], figure["end"])
    page = fresh(url, height=420)  # short, so the figure starts below the fold
    page.wait_for_timeout(1500)
    fact = page.locator("#al-fact")
    assert fact.count() == 1 and fact.inner_text() == figure["number_text"]
    assert fact.evaluate("e => e.tagName") == "MARK"
    in_view = fact.evaluate(
        "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }"
    )
    assert in_view
    scrolled = page.evaluate(
        "() => Math.max(...[...document.querySelectorAll('*')].map(e => e.scrollTop))"
    )
    assert scrolled > 0
    shoot(page, "views-reader-fact")


# CSV file name (the table's key) -> what its rows are: facts need full provenance, article rows their
# article, aggregates are sums (their columns are what they are summed by)
FACT_CSVS = {
    "figures": "casualties",
    "incident-reports": "casualties",
    "speaker-quotes": "quotes",
    "pair-quotes": "quotes",
    "reader-figures": "casualties",
    "reader-quotes": "quotes",
    "reader-places": "locations",
}
ARTICLE_CSVS = {"articles", "entity-articles"}
AGGREGATE_CSVS = {
    "outlet-top-entities",
    "incidents",
    "totals-outlet",
    "totals-attributed_to",
    "outlet-by-speaker",
    "unnamed-sources-by-outlet",
    "co-mentions",
    "reader-entities",
}


@pytest.mark.parametrize("url_path", ["overview", "casualties", "speakers", "entities", "reader"])
def test_every_download_carries_its_provenance(app_url, fresh, url_path):
    page = fresh(f"{app_url}/{url_path}")
    buttons = main(page).get_by_role("button", name="Download CSV")
    # a loaded machine can settle before the page's last table is drawn: wait for the first button
    buttons.first.wait_for(state="attached", timeout=60_000)
    assert buttons.count() > 0
    for k in range(buttons.count()):
        buttons.nth(k).scroll_into_view_if_needed()
        with page.expect_download() as download:
            buttons.nth(k).click()
        name = download.value.suggested_filename.removesuffix(".csv")
        header = next(csv.reader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
        if name in FACT_CSVS:
            missing = set(provenance.COLUMNS[FACT_CSVS[name]]) - set(header)
            assert not missing, (name, missing)
        elif name in ARTICLE_CSVS:
            assert {"article_id", "outlet", "published"} <= set(header), (name, header)
        else:
            assert name in AGGREGATE_CSVS, f"{name}.csv is not classified: facts, articles or aggregate?"
        if name == "incidents":  # each incident opens at its largest report
            assert {"incident_id", "article_id", "start", "end", "figure_id"} <= set(header)

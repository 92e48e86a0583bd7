"""End to end, the district map in headless Chromium: a click on a district selects it, the filter action
carries it to every page and the URL, the week view shades control, and nothing leaves the machine."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import charts, data, districts
from tests.browser import CHROMIUM, shoot, wait_for_app, wait_for_maps

pytestmark = pytest.mark.e2e

sync_api = pytest.importorskip("playwright.sync_api")
if not CHROMIUM.exists():
    pytest.skip("Debian chromium not installed at /usr/bin/chromium", allow_module_level=True)

# The sample-data app, the browser and a fresh page per test, as the other page tests use them.
from tests.test_e2e import app_url, browser, page  # noqa: E402, F401


def district_pixel(shown, name: str) -> tuple[float, float]:
    """Where a district's label point is drawn on the page: the deck opens on `fitted_view` of every
    area's outline (as the page builds it), centred in its canvas."""
    areas = districts.district_areas(
        data.tidy_gazetteer(
            pd.read_csv(data.GAZETTEER_DIR / "aleppo_places.csv", dtype=str, keep_default_na=False)
        )
    )
    lats = [p[1] for rings in areas["rings"] for ring in rings for p in ring]
    lons = [p[0] for rings in areas["rings"] for ring in rings for p in ring]
    view = charts.fitted_view(pd.Series(lats), pd.Series(lons))
    target = areas[areas["name"] == name].iloc[0]
    x, y = charts._pixel_xy(target["lat"], target["lon"], float(view.zoom))
    cx, cy = charts._pixel_xy(float(view.latitude), float(view.longitude), float(view.zoom))
    box = shown.locator("[data-testid='stDeckGlJsonChart']").first.bounding_box()
    return box["x"] + box["width"] / 2 + (x - cx), box["y"] + box["height"] / 2 + (y - cy)


def district_picker(shown):
    return shown.get_by_role("combobox", name="District (or click one on the map)")


def click_district(shown, name: str) -> None:
    """Click `name` on the district map until the picker follows (a loaded machine can draw the deck a
    moment after the page reports it idle, and a click before then selects nothing)."""
    for _ in range(3):
        shown.locator("[data-testid='stDeckGlJsonChart']").first.scroll_into_view_if_needed()
        shown.mouse.click(*district_pixel(shown, name))
        try:
            sync_api.expect(district_picker(shown)).to_have_value(name, timeout=15_000)
            return
        except AssertionError:
            wait_for_maps(shown)
    sync_api.expect(district_picker(shown)).to_have_value(name, timeout=1)


def test_clicking_a_district_selects_it_and_the_filter_reaches_other_pages(app_url, browser, page):  # noqa: F811 -- the fixtures imported above
    page.goto(f"{app_url}/map")
    wait_for_app(page)
    wait_for_maps(page)
    assert district_picker(page).input_value() == "Kallaseh"  # the most mentioned district opens selected
    # The click reruns the page (the map's selection event), which reruns once more to select it.
    click_district(page, "Hamdaniyeh")
    wait_for_app(page)
    shoot(page, "map-clicked")
    assert browser.outside() == []  # tiles off: not one request leaves the machine

    page.get_by_role("button", name="Filter every page to Hamdaniyeh").click()
    wait_for_app(page)
    assert "place=aleppo%2Fhamdaniyeh" in page.url  # the URL carries the gazetteer id, as reader links do
    page.goto(page.url.replace("/map", "/overview"))
    wait_for_app(page)
    assert page.get_by_text("place: Hamdaniyeh").first.is_visible()
    assert browser.outside() == []


def test_week_view_shades_who_held_each_district(app_url, browser, page):  # noqa: F811 -- the fixtures imported above
    page.goto(f"{app_url}/map")
    wait_for_app(page)
    page.get_by_text("Week by week").click()
    wait_for_app(page)
    page.get_by_role("radio", name="Who held it").click()
    wait_for_app(page)
    first = page.get_by_text("Opposition (rebels) on").first.inner_text()
    for _ in range(8):  # step to the corpus's last week (December 2016)
        forward = page.get_by_role("button", name="Week ▶")
        if forward.is_disabled():
            break
        forward.click()
        wait_for_app(page)
    wait_for_maps(page)
    page.locator("[data-testid='stDeckGlJsonChart']").first.scroll_into_view_if_needed()
    assert page.get_by_text("Government on 2016-12").first.is_visible()
    assert page.get_by_text("Opposition (rebels) on").first.inner_text() != first
    shoot(page, "map-week-control")
    assert browser.outside() == []


def test_presentation_mode_at_1024x768(app_url, browser, page):  # noqa: F811 -- the fixtures imported above
    page.set_viewport_size({"width": 1024, "height": 768})
    try:
        page.goto(f"{app_url}/map?present=true")
        wait_for_app(page)
        wait_for_maps(page)
        canvas = page.locator("[data-testid='stDeckGlJsonChart']").first.bounding_box()
        assert canvas["width"] <= 1024 and canvas["height"] >= 400
        page.locator("[data-testid='stDeckGlJsonChart']").first.scroll_into_view_if_needed()
        assert page.get_by_text("Mentions:").first.is_visible()  # the legend
        shoot(page, "map-present-1024")
    finally:
        page.set_viewport_size({"width": 1440, "height": 1000})
    assert browser.outside() == []


def test_a_copied_map_address_reopens_its_week_and_district(app_url, browser, page):  # noqa: F811 -- the fixtures imported above
    page.goto(f"{app_url}/map")
    wait_for_app(page)
    wait_for_maps(page)
    assert district_picker(page).input_value() == "Kallaseh"
    click_district(page, "Hamdaniyeh")
    wait_for_app(page)
    page.get_by_text("Week by week").click()
    wait_for_app(page)
    page.get_by_role("button", name="Week ▶").click()
    wait_for_app(page)
    shown_week = page.get_by_role("slider").first.get_attribute("aria-valuetext")
    copied = page.url
    assert "map-week=2016-" in copied and "map-district=aleppo%2Fhamdaniyeh" in copied

    page.goto(f"{app_url}/overview")  # a new session: only the address carries the view
    wait_for_app(page)
    page.goto(copied)
    wait_for_app(page)
    assert page.get_by_role("slider").first.get_attribute("aria-valuetext") == shown_week
    assert district_picker(page).input_value() == "Hamdaniyeh"
    shoot(page, "map-reopened")
    assert browser.outside() == []

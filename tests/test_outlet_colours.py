"""Outlet colours: 15 FA-KES-like outlets stay distinct, and an outlet keeps its colour across pages."""

from __future__ import annotations

import itertools
import json

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.colours import OTHER_OUTLET_COLOUR, OUTLET_PALETTE, lab_distance, outlet_colours
from tests import sample_data as sample
from tests.test_app_pages import APP

# The outlets FA-KES's articles come from (names only; 15 of them, as in the corpus).
FAKES_LIKE_OUTLETS = [
    "Syrian Observatory for Human Rights",
    "FOX6 News Milwaukee",
    "Middle East Monitor",
    "Asharq Al-Awsat",
    "Al-Ahram",
    "Al-Manar",
    "Al-Alam",
    "The New Arab (Al-Araby Al-Jadeed)",
    "Daily Sabah",
    "SANA (Syrian Arab News Agency)",
    "Sputnik",
    "Syrian National Coalition (Etilaf)",
    "TRT World",
    "The Jordan Times",
    "Reuters",
]


def test_fifteen_outlets_get_fifteen_distinct_colours():
    colours = outlet_colours(FAKES_LIKE_OUTLETS)
    assert len(set(colours.values())) == 15
    # Distinct to the eye, not only as strings: SANA and Al-Ahram once shared a colour.
    closest = min(lab_distance(a, b) for a, b in itertools.combinations(colours.values(), 2))
    assert closest > 20


def test_the_palette_keeps_twenty_outlets_distinct_and_greys_the_rest():
    outlets = [f"Outlet {n}" for n in range(23)]
    colours = outlet_colours(outlets)
    assert len({colours[o] for o in outlets[:20]}) == 20 == len(OUTLET_PALETTE)
    assert {colours[o] for o in outlets[20:]} == {OTHER_OUTLET_COLOUR}
    assert OTHER_OUTLET_COLOUR not in OUTLET_PALETTE


def test_an_outlet_keeps_its_colour_whatever_comes_after_it():
    assert outlet_colours(["BBC", "SANA"])["SANA"] == outlet_colours(["BBC", "SANA", "RT", "AFP"])["SANA"]
    assert outlet_colours(["BBC", "BBC", "SANA"]) == outlet_colours(["BBC", "SANA"])


@pytest.fixture(autouse=True)
def _fresh_cache():
    st.cache_data.clear()
    st.cache_resource.clear()


def trace_colours(at: AppTest, key: str) -> dict[str, str]:
    """Trace name -> bar colour of the plotly chart drawn with `key`."""
    chart = next(c for c in at.get("plotly_chart") if key in c.proto.id)
    figure = json.loads(chart.proto.spec)
    return {trace["name"]: trace["marker"]["color"] for trace in figure["data"]}


def test_an_outlet_has_the_same_colour_on_the_overview_and_casualties_pages(tmp_path, monkeypatch):
    folder = sample.write(tmp_path)
    monkeypatch.setenv("ALEPPO_LENS_DATA", str(folder))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    overview = trace_colours(at, "overview-time")
    at.switch_page("pages/casualties.py").run()
    assert not at.exception
    casualties = trace_colours(at, "cas-chart")  # split by outlet by default
    shared = set(overview) & set(casualties)
    assert {"Reuters", "SANA"} <= shared
    assert all(overview[o] == casualties[o] for o in shared)
    assert overview["Reuters"] != overview["SANA"]

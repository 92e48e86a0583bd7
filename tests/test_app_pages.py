"""Every page under AppTest: on the example and seed datasets, on empty ones, with filters matching nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard import data, ui
from pipeline.records import Article, as_row
from tests import sample_data as sample

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
PAGE_TITLES = {path: title for path, (title, _, _) in ui.PAGES.items()}
PAGE_TITLES["pages/overview.py"] = "Aleppo Lens"
# Pages that show the datasets; Add articles builds new ones (tests/test_add_articles_page.py).
DATA_PAGES = [path for path in ui.PAGES if path != "pages/add_articles.py"]


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory):
    return sample.write(tmp_path_factory.mktemp("sample"))


@pytest.fixture(scope="module")
def empty_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("empty")
    data.empty_table("articles").to_parquet(folder / "articles.parquet")
    return folder


@pytest.fixture(autouse=True)
def _fresh_cache():
    st.cache_data.clear()
    st.cache_resource.clear()
    yield


def open_page(folder: Path, page: str, monkeypatch, *, check_title: bool = True, **params) -> AppTest:
    """The app opened on `page` over the datasets in `folder`, with `params` in the address."""
    monkeypatch.setenv("ALEPPO_LENS_DATA", str(folder))
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page != "pages/overview.py":
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    if check_title:
        assert at.title[0].value == PAGE_TITLES[page]
    return at


def infos(at: AppTest) -> str:
    return " ".join(shown(i.value) for i in at.info)


def shown(source: str) -> str:
    """The text Markdown `source` displays: backslash-escaped characters as themselves."""
    return re.sub(r"\\(.)", r"\1", source)


@pytest.mark.parametrize("page", DATA_PAGES)
def test_every_page_on_the_example_dataset(sample_dir, page, monkeypatch):
    at = open_page(sample_dir, page, monkeypatch)
    assert "No " not in infos(at)
    assert len(at.dataframe) >= 1


def test_overview_counts(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/overview.py", monkeypatch)
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Articles"] == "8"
    assert metrics["Quotes"] == "9"
    assert metrics["Casualty figures"] == "7"
    articles = at.dataframe[-1].value
    assert len(articles) == 8 and "Reuters" in set(articles["outlet"])


def test_casualties_table_shows_sentences(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/casualties.py", monkeypatch)
    figures = at.dataframe[0].value
    assert "At least 25 civilians were killed and 60 wounded" in " ".join(figures["sentence"])
    assert figures["read"].str.startswith("reader?article=sample-").all()
    incidents = at.dataframe[1].value
    assert (incidents["min"].iloc[0], incidents["max"].iloc[0]) == (25, 40)


def test_casualties_answers_asked_in_the_background_are_this_runs(sample_dir, monkeypatch):
    # The incident counts and the totals are asked at the top of the page and read at its foot: after a
    # change of the types reported they must be the new choice's, in their own places.
    from dashboard import aggregate
    from dashboard import filters as flt

    at = open_page(sample_dir, "pages/casualties.py", monkeypatch)
    for types in (["killed", "wounded"], ["wounded"]):
        at.multiselect(key=flt.CASUALTY_TYPES).set_value(types).run()
        assert not at.exception
        view = data.view(flt.Filters(), sample_dir)
        totals = aggregate.casualty_totals_by(view, types)
        per_outlet, per_source = at.dataframe[-2].value, at.dataframe[-1].value  # the page's last two tables
        assert per_outlet["reported"].tolist() == totals["outlet"]["reported"].tolist()
        assert per_source["attributed_to"].tolist() == totals["attributed_to"]["attributed_to"].tolist()
        incident_types = [*types, "killed_or_wounded"]
        n = int(view.query("SELECT count(*) AS n FROM {incidents} WHERE list_contains($t, type)", {"t": incident_types})["n"].iat[0])
        expected = f"{n:,} incidents;" if n else "No incidents grouped"
        assert any(expected in c.value for c in at.caption), (types, n)
    assert n == 0  # the sample's incidents are killings: the last choice changed the answer


def test_the_incidents_table_asked_before_its_toggle_follows_the_toggle(fakes_data, monkeypatch):
    from dashboard import drilldown, ui
    from dashboard import filters as flt

    at = open_page(fakes_data, "pages/casualties.py", monkeypatch)
    view = data.view(flt.Filters(), fakes_data)
    types = ["killed", "wounded", "killed_or_wounded"]
    listed = {}
    for disagreeing in (True, False, True):
        at.toggle(key=flt.CASUALTY_DISAGREEING).set_value(disagreeing).run()
        expected = drilldown.incidents_by_disagreement(view, None, disagreeing=disagreeing, limit=ui.MAX_ROWS, types=types)
        listed[disagreeing] = at.dataframe[1].value["incident_id"].tolist()
        assert listed[disagreeing] == expected["incident_id"].tolist()
    assert listed[True] != listed[False]
    # A link that opens the page with the toggle on: the table asked before the toggle was read is not the one shown.
    st.cache_resource.clear()
    opened = open_page(fakes_data, "pages/casualties.py", monkeypatch, **{flt.CASUALTY_DISAGREEING: "true"})
    assert opened.toggle(key=flt.CASUALTY_DISAGREEING).value is True
    assert opened.dataframe[1].value["incident_id"].tolist() == listed[True]


def test_map_lists_what_was_written_about_the_top_district(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/map.py", monkeypatch)
    assert at.selectbox(key="map-district").value == "aleppo/kallaseh"
    snippets = at.dataframe[0].value
    assert snippets["snippet"].str.contains("Kalasseh").all()
    assert at.get("deck_gl_json_chart")


def test_the_districts_tables_asked_before_the_picker_follow_the_picker(fakes_data, monkeypatch):
    from dashboard import district_figures, districts, ui
    from dashboard import filters as flt

    at = open_page(fakes_data, "pages/map.py", monkeypatch)
    view = data.view(flt.Filters(), fakes_data)
    areas = data.district_areas(data.aleppo_places(view.store), districts.districts_file()).set_index("area_id")
    picker = at.selectbox(key=flt.MAP_DISTRICT)
    shown = []
    area_of = dict(zip(areas["name"], areas.index, strict=True))
    for area_id in (area_of[picker.options[1]], area_of[picker.options[0]]):
        at.selectbox(key=flt.MAP_DISTRICT).set_value(area_id).run()
        mentions = district_figures.mentions_of_places(view, list(areas.at[area_id, "place_ids"]), limit=ui.MAX_ROWS)
        shown.append(at.dataframe[0].value["snippet"].tolist())
        assert shown[-1] == mentions["snippet"].tolist()
    assert shown[0] != shown[1]


def test_speakers_page_lists_the_chosen_speakers_quotes(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/speakers.py", monkeypatch)
    assert at.selectbox(key="speaker-pick").value == "John Kerry"
    quotes = at.dataframe[0].value
    assert len(quotes) == 3 and "a mistake" in set(quotes["quote"])
    at.selectbox(key="speaker-pick").select("Walid al-Moallem").run()
    assert list(at.dataframe[0].value["outlet"]) == ["SANA"]


def test_copied_url_restores_filters(sample_dir, monkeypatch):
    at = open_page(
        sample_dir,
        "pages/casualties.py",
        monkeypatch,
        outlet=["SANA"],
        q="Aleppo",
        dates=["2016-11-20", "2016-11-30"],
    )
    assert at.multiselect(key="outlet").value == ["SANA"]
    assert at.text_input(key="q").value == "Aleppo"
    assert [str(d) for d in at.date_input(key="dates").value] == ["2016-11-20", "2016-11-30"]
    assert any("outlet: SANA" in shown(c.value) for c in at.caption)
    assert set(at.dataframe[0].value["number"]) == {8, 20}


def test_filters_persist_across_pages(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/overview.py", monkeypatch)
    at.multiselect(key="outlet").select("Reuters").run()
    at.switch_page("pages/speakers.py").run()
    assert at.multiselect(key="outlet").value == ["Reuters"]
    assert set(at.dataframe[-1].value["outlet"]) == {"Reuters"}


@pytest.mark.parametrize("page", DATA_PAGES)
def test_filters_matching_nothing_show_an_empty_state(sample_dir, page, monkeypatch):
    at = open_page(sample_dir, page, monkeypatch, q="no article says this")
    if page == "pages/quality.py":
        assert len(at.dataframe) >= 1  # the quality report does not depend on filters
    else:
        assert "match these filters" in infos(at)


@pytest.mark.parametrize("page", [p for p in DATA_PAGES if p != "pages/quality.py"])
def test_clearing_a_search_that_matched_nothing_brings_the_page_back(sample_dir, page, monkeypatch):
    # The empty state stops the page (st.stop); the next run must still draw the sidebar and use its filters.
    at = open_page(sample_dir, page, monkeypatch, q="no article says this")
    assert "match these filters" in infos(at)
    at.text_input(key="q").set_value("").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.text_input(key="q").value == ""
    assert "match these filters" not in infos(at)


@pytest.mark.parametrize("page", DATA_PAGES)
def test_empty_datasets(empty_dir, page, monkeypatch):
    at = open_page(empty_dir, page, monkeypatch)
    if page == "pages/quality.py":  # quality belongs to the code: shown whatever the dataset holds
        assert len(at.dataframe) >= 1 or "No quality figures" in infos(at)
    else:
        assert "The datasets hold none yet" in infos(at)


@pytest.mark.parametrize("page", DATA_PAGES)
def test_missing_datasets_say_how_to_build_them(tmp_path, page, monkeypatch):
    at = open_page(tmp_path / "nothing-here", page, monkeypatch)
    if page == "pages/quality.py":  # the code's quality needs no dataset
        assert len(at.dataframe) >= 1 or "No quality figures" in infos(at)
        return
    assert "No datasets found" in infos(at)
    assert at.code[0].value == "python -m pipeline build"


def test_reader_escapes_script_tags(tmp_path, monkeypatch):
    text = 'Aleppo residents wrote <script>alert("pwned")</script> on the wall. <b>bold</b> & more.'
    article = Article("evil-1", "e1", "evil.txt", "Test Outlet", "A <script> headline", None, None, text, 9)
    pd.DataFrame([as_row(article)]).to_parquet(tmp_path / "articles.parquet")
    at = open_page(tmp_path, "pages/reader.py", monkeypatch, article="evil-1")
    body = " ".join(el.proto.body for el in at.get("html"))
    assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;" in body
    assert "<script>" not in body and "<b>bold</b>" not in body
    assert shown(at.header[0].value) == "A <script> headline"  # st.header shows text; it is not raw HTML


def test_reader_opens_the_article_in_the_url(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/reader.py", monkeypatch, article="sample-r2")
    assert shown(at.header[0].value) == "Terrorist shells kill 8 in Aleppo's New Aleppo neighbourhood"
    quotes = at.dataframe[1].value
    assert list(quotes["speaker"]) == ["Walid al-Moallem"]


@pytest.fixture(scope="module")
def seeds_data(tmp_path_factory, seeds_dir):
    out = tmp_path_factory.mktemp("seeds-data")
    result = subprocess.run(
        [sys.executable, "-m", "pipeline", "build", "--input", str(seeds_dir), "--out", str(out), "--quiet"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        pytest.skip(f"pipeline build failed: {result.stderr[-500:]}")
    return out


@pytest.mark.slow
@pytest.mark.parametrize("page", DATA_PAGES)
def test_every_page_on_the_seed_datasets(seeds_data, page, monkeypatch):
    at = open_page(seeds_data, page, monkeypatch)
    if page == "pages/overview.py":
        assert {m.label: m.value for m in at.metric}["Articles"] == "5"
    if page in ("pages/casualties.py", "pages/speakers.py", "pages/entities.py"):
        assert "match these filters" not in infos(at)


@pytest.fixture(scope="module")
def fakes_data(tmp_path_factory, fakes_csv):
    # A folder already built from FA-KES (ALEPPO_LENS_FAKES_DATA) saves the ~2 minute build.
    built = os.environ.get("ALEPPO_LENS_FAKES_DATA")
    if built and data.has_data(Path(built)):
        return Path(built)
    out = tmp_path_factory.mktemp("fakes-data")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "build",
            "--input",
            str(fakes_csv),
            "--out",
            str(out),
            "--quiet",
            "--workers",
            "4",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    if result.returncode != 0:
        pytest.skip(f"pipeline build failed: {result.stderr[-500:]}")
    return out


@pytest.mark.fakes
@pytest.mark.slow
@pytest.mark.parametrize("page", DATA_PAGES)
def test_every_page_on_the_fakes_datasets(fakes_data, page, monkeypatch):
    at = open_page(fakes_data, page, monkeypatch)
    if page == "pages/overview.py":
        assert int(at.metric[0].value.replace(",", "")) > 700
    at.multiselect(key="outlet").set_value([at.multiselect(key="outlet").options[0]]).run()
    assert not at.exception


def test_overview_shows_the_publication_span_compactly(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/overview.py", monkeypatch)
    published = next(m for m in at.metric if m.label == "Published")
    assert published.value == "Oct–Dec 2016"


def deck_layers(at: AppTest) -> dict[str, dict]:
    import json

    deck = json.loads(at.get("deck_gl_json_chart")[0].proto.json)
    return {layer["id"]: layer for layer in deck["layers"]} | {"_view": deck["initialViewState"]}


def test_map_draws_districts_as_areas_labelled_and_coloured_by_the_measure(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/map.py", monkeypatch)
    layers = deck_layers(at)
    assert {"districts", "labels"} <= set(layers)
    areas = layers["districts"]["data"]
    assert len({a["place_id"] for a in areas}) > 100 and all(len(a["polygon"]) >= 4 for a in areas)
    assert "Kallaseh" in {row["label"] for row in layers["labels"]["data"]}
    assert 10.5 < layers["_view"]["zoom"] < 13  # fitted to the city, not the region
    captions = " ".join(c.value for c in at.caption)
    assert "**approximate**" in captions
    legend = " ".join(m.value for m in at.markdown)
    assert "Mentions: none" in legend and "held by the opposition" in legend
    mentions = {a["place_id"]: a["fill"] for a in areas}

    at.segmented_control(key="map-measure").set_value("Reported killed").run()
    killed = {a["place_id"]: a["fill"] for a in deck_layers(at)["districts"]["data"]}
    assert killed != mentions and "Reported killed: " in " ".join(m.value for m in at.markdown)


def test_map_week_by_week_shows_that_weeks_figures_and_control(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/map.py", monkeypatch)
    at.segmented_control(key="map-measure").set_value("Who held it").run()
    at.toggle(key="map-weekly").set_value(True).run()
    weeks = at.select_slider(key="map-week").options
    first = {a["place_id"]: a["held"] for a in deck_layers(at)["districts"]["data"]}
    for _ in range(len(weeks) - 1):  # the "Week ▶" button steps to the last week
        at.button(key="map-week-next").click().run()
    assert at.button(key="map-week-next").disabled
    last = {a["place_id"]: a["held"] for a in deck_layers(at)["districts"]["data"]}
    assert len(weeks) > 3 and not at.exception
    assert first["aleppo/masaken-hanano"] == "Opposition (rebels)" and last["aleppo/masaken-hanano"] == "Government"
    assert at.caption[0].value.startswith("8 articles")  # the sidebar filters are untouched by the week


def test_map_filter_button_puts_the_district_into_the_sidebar_filter(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/map.py", monkeypatch)
    at.button(key="filter-to-place").click().run()
    assert at.multiselect(key="place").value == ["aleppo/kallaseh"]
    assert at.caption[0].value == "4 articles · place\\: Kallaseh"  # Markdown-escaped, the sidebar's name


@pytest.mark.skipif(
    not (Path(__file__).resolve().parents[2] / "shared/reference/polygons/csr_aleppo_neighborhoods_133.geojson").exists(),
    reason="Columbia CSR polygons not present in ../shared/reference",
)
def test_map_draws_outlines_from_a_districts_file(sample_dir, monkeypatch):
    csr = Path(__file__).resolve().parents[2] / "shared/reference/polygons/csr_aleppo_neighborhoods_133.geojson"
    monkeypatch.setenv("ALEPPO_LENS_DISTRICTS", str(csr))
    at = open_page(sample_dir, "pages/map.py", monkeypatch)
    assert "csr_aleppo_neighborhoods_133.geojson" in " ".join(c.value for c in at.caption)
    assert "aleppo/kallaseh" in {a["place_id"] for a in deck_layers(at)["districts"]["data"]}


def test_quality_page_falls_back_to_a_report_beside_an_older_dataset(sample_dir, monkeypatch):
    monkeypatch.setattr("pipeline.evaluation.report.current_report", lambda: {})
    at = open_page(sample_dir, "pages/quality.py", monkeypatch)
    assert any("report stored beside this dataset" in shown(c.value) for c in at.caption)
    matrix = at.dataframe[0].value.set_index("extractor")
    assert matrix.at["casualties", "precision"].startswith("86% (n=")
    assert matrix.at["casualties", "speaker accuracy"] == "–"
    assert not matrix.isna().any().any()


def test_quality_page_reports_the_test_split_by_family_and_the_benchmarks(sample_dir, monkeypatch):
    from pipeline.records import Metric, as_row

    metrics = [
        Metric("quotes (direct)", "recall", 0.9, 40, split="test"),
        Metric("quotes (direct)", "recall", 0.8, 10, split="test", family="web"),
        Metric("quotes (direct)", "recall", 0.99, 60, split="tune"),
        Metric("benchmark WAD victims", "exact match", 0.65, 500, split="benchmark", family="wad"),
    ]
    report = {"metrics": [as_row(m) for m in metrics], "evaluated_at": "2026-11-30", "source": "baseline"}
    monkeypatch.setattr("pipeline.evaluation.report.current_report", lambda: report)
    at = open_page(sample_dir, "pages/quality.py", monkeypatch)
    held_back = at.dataframe[0].value.set_index("extractor")
    assert held_back.at["quotes (direct)", "recall"] == "90% (n=40)"  # the test split, not the tune split
    assert at.dataframe[1].value.iloc[0]["real web pages"] == "80% (n=10)"
    systems = at.dataframe[2].value
    assert list(systems["system"])[:4] == ["Regex", "Dependency parse", "SRL", "NT5"]
    assert systems.iloc[-1]["exact match"] == "0.650" and "this code" in systems.iloc[-1]["system"]
    assert any("committed baseline" in shown(c.value) for c in at.caption)



def test_a_link_with_values_the_dataset_lacks_says_which_it_left_out(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/overview.py", monkeypatch, outlet=["Reuters", "No Such Outlet *bold*"])
    warning = shown(" ".join(w.value for w in at.warning))
    assert 'outlet "No Such Outlet *bold*"' in warning  # escaped: the link's text is shown, not rendered
    assert "Reuters" not in warning
    at.run()  # the next run (any click) has nothing left to say
    assert not at.warning


def test_a_link_whose_values_all_apply_says_nothing(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/overview.py", monkeypatch, outlet=["Reuters"])
    assert not at.warning


@pytest.mark.parametrize("asked", ["aleppo/kallaseh", "Kallaseh"])
def test_a_link_with_a_place_filters_every_page_and_keeps_the_id_in_the_address(sample_dir, monkeypatch, asked):
    every = open_page(sample_dir, "pages/overview.py", monkeypatch)
    at = open_page(sample_dir, "pages/overview.py", monkeypatch, place=[asked])
    assert "place: Kallaseh" in shown(at.caption[0].value)
    assert int(at.caption[0].value.split()[0]) < int(every.caption[0].value.split()[0])  # fewer than all
    assert at.query_params["place"] in ("aleppo/kallaseh", ["aleppo/kallaseh"])
    assert not at.warning

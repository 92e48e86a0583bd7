"""The dashboard's pure logic: filters <-> URL, highlighting, selections, filtering and aggregation."""

from __future__ import annotations

import json
from datetime import date

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from dashboard import aggregate, data, metadata, selection
from dashboard import filters as flt
from dashboard.highlight import Span, highlight, nested_spans
from tests import sample_data as sample


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return data.Store(sample.write(tmp_path_factory.mktemp("sample")))


def view_of(store: data.Store, filters: flt.Filters) -> data.View:
    return data.View(store, filters, store.matching(filters))


# ---- filters <-> query params ----


def test_query_params_name_what_the_sidebar_widgets_bind():
    filters = flt.Filters(
        ("BBC", "SANA"), ("Syrian Observatory for Human Rights",), date(2016, 11, 1), date(2016, 12, 31), " Kalasseh "
    )
    assert flt.to_query_params(filters) == {
        flt.OUTLET: ["BBC", "SANA"],
        flt.CITED: ["Syrian Observatory for Human Rights"],
        flt.DATES: ["2016-11-01", "2016-12-31"],
        flt.SEARCH: "Kalasseh",
    }
    assert flt.to_query_params(flt.Filters(search="  ")) == {}


OFFERED = {flt.OUTLET: {"BBC", "SANA"}, flt.CITED: {"UN"}, flt.METADATA: {"labels = 1"}, flt.PLACE: {"aleppo/ansari"}}
FIRST, LAST = date(2016, 1, 1), date(2016, 12, 31)


@pytest.mark.parametrize(
    ("asked", "left_out"),
    [
        # values the dataset offers, and a range inside its dates: nothing to say
        ({flt.OUTLET: ["BBC"], flt.PLACE: ["aleppo/ansari"], flt.DATES: ["2016-03-01", "2016-04-01"]}, []),
        ({flt.DATES: ["2016-01-01"]}, []),
        ({}, []),
        # a link made on another dataset: one unknown outlet among known ones, an unknown district
        ({flt.OUTLET: ["BBC", "CNN"]}, [(flt.OUTLET, "CNN")]),
        ({flt.PLACE: ["aleppo/nowhere"], flt.CITED: ["UN"]}, [(flt.PLACE, "aleppo/nowhere")]),
        ({flt.METADATA: ["labels = 7"]}, [(flt.METADATA, "labels = 7")]),
        # one end outside the dataset's dates or not a date: the widget drops the range, both are named
        ({flt.DATES: ["2016-03-01", "2017-01-05"]}, [(flt.DATES, "2016-03-01"), (flt.DATES, "2017-01-05")]),
        ({flt.DATES: ["2016-13-01"]}, [(flt.DATES, "2016-13-01")]),
        # forms Python reads as dates but the date widget does not
        ({flt.DATES: ["20160101", "20161231"]}, [(flt.DATES, "20160101"), (flt.DATES, "20161231")]),
        ({flt.DATES: ["2016-W01-1"]}, [(flt.DATES, "2016-W01-1")]),
        # a third date is never read
        ({flt.DATES: ["2016-01-01", "2016-06-01", "2016-12-31"]}, [(flt.DATES, "2016-12-31")]),
        # an empty value clears the filter: nothing was asked for
        ({flt.OUTLET: [""], flt.DATES: [""]}, []),
    ],
)
def test_link_values_left_out_names_what_the_filters_cannot_apply(asked, left_out):
    assert flt.link_values_left_out(asked, OFFERED, FIRST, LAST) == left_out


def test_link_dates_are_left_out_when_the_dataset_has_no_dates():
    assert flt.link_values_left_out({flt.DATES: ["2016-03-01"]}, OFFERED, None, None) == [(flt.DATES, "2016-03-01")]


def test_describe_left_out_names_each_value_by_its_filter():
    text = flt.describe_left_out(
        [(flt.OUTLET, "CNN"), (flt.PLACE, "aleppo/nowhere"), (flt.OUTLET, "ABC"), (flt.DATES, "2016-01-01"),
         (flt.DATES, "2099-01-01")]
    )
    assert text.startswith(
        'This link asks for outlet "CNN", "ABC", Aleppo district "aleppo/nowhere" and the dates 2016-01-01 to '
        "2099-01-01, which"
    )
    assert flt.describe_left_out([(flt.CITED, "UN")]).startswith('This link asks for cited source "UN", which')
    many = flt.describe_left_out([(flt.OUTLET, f"Outlet {n} " + "x" * 100) for n in range(8)])
    assert "and 3 more" in many and "Outlet 5" not in many and len(many) < 600


@pytest.mark.parametrize(
    ("values", "ids"),
    [
        (["aleppo/ansari", "aleppo/kallaseh"], ["aleppo/ansari", "aleppo/kallaseh"]),
        (["Kallaseh"], ["aleppo/kallaseh"]),  # a link written with the display name
        (["al-ANSARI"], ["aleppo/ansari"]),  # names match without regard to case
        (["aleppo/ansari", "al-Ansari"], ["aleppo/ansari"]),  # one place named twice is one choice
        (["aleppo/nowhere", "Nowhere"], []),
        ([], []),
    ],
)
def test_place_ids_from_link_reads_ids_and_names(values, ids):
    choices = {"aleppo/ansari": "al-Ansari", "aleppo/kallaseh": "Kallaseh"}
    assert flt.place_ids_from_link(values, choices) == ids


MONDAYS = [date(2016, 11, 7), date(2016, 11, 14)]


@pytest.mark.parametrize(
    ("values", "week"),
    [
        (["2016-11-14"], date(2016, 11, 14)),
        (["2016-11-17"], date(2016, 11, 14)),  # any day of the week names it
        (["not a date", "2016-11-07"], date(2016, 11, 7)),
        (["2016-11-21"], None),  # a week the corpus does not have
        (["14-20 Nov 2016"], None),
        ([], None),
    ],
)
def test_week_from_link(values, week):
    assert selection.week_from_link(values, MONDAYS) == week


def test_reader_url_keeps_filters():
    url = flt.reader_url("abc-1", flt.Filters(outlets=("Al Jazeera", "SANA")))
    assert url == "reader?outlet=Al+Jazeera&outlet=SANA&article=abc-1"
    assert flt.describe(flt.Filters()) == "no filters"


# ---- highlighting ----


def test_highlight_escapes_script_tags_in_article_text():
    text = 'Residents said <script>alert("x")</script> 25 people were killed.'
    start = text.index("25 people")
    out = highlight(text, [Span(start, start + 9, "figure", 'killed "25"')])
    assert "<script>" not in out
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in out
    assert '<mark class="al-figure" title="killed &quot;25&quot;">25 people</mark>' in out


def test_highlight_nests_entities_inside_quotes_and_drops_crossing_spans():
    text = '"Kerry is wrong," Lavrov said.'
    spans = [Span(0, 16, "quote"), Span(1, 6, "entity"), Span(10, 20, "place"), Span(17, 23, "entity")]
    kept = nested_spans(spans, len(text))
    assert [(s.start, s.end) for s in kept] == [(0, 16), (1, 6), (17, 23)]
    out = highlight(text, spans)
    assert out.startswith(
        '<mark class="al-quote" title="">&quot;<mark class="al-entity" title="">Kerry</mark>'
    )
    assert out.count("<mark") == out.count("</mark>") == 3


def test_highlight_ignores_out_of_range_offsets():
    assert highlight("short", [Span(3, 99, "entity"), Span(4, 4, "entity")]) == "short"


# ---- selections ----


def test_bar_selection_returns_the_figures_behind_it(store):
    view = view_of(store, flt.Filters())
    series = aggregate.casualty_series(view, "week", "outlet", ["killed"])
    row = int(series.index[series["split"] == "Reuters"][0])
    point = {"customdata": [row, 2]}  # as the chart's bar carries it: its row in the series, its figures
    # A bar's integer row arrives as a typed array does in Streamlit's selection event: positions as keys.
    typed = {"customdata": {"1": 2, "0": row}}
    keys = selection.series_bars([point, typed, {"customdata": [len(series), 1]}, {"customdata": ["x", 1]}], series)
    assert keys == [(series["period"].iat[row].strftime("%Y-%m-%d"), "Reuters", "killed")]
    picked = aggregate.figures_behind_points(view, keys, "week", "outlet", ["number", "outlet"])
    assert sorted(picked["number"]) == [9, 25]
    assert set(picked["outlet"]) == {"Reuters"}
    assert aggregate.figures_behind_points(view, [], "week", "outlet", ["number"]).empty


def test_row_and_map_and_node_selections():
    picked = {"objects": {"marks": [{"place_id": "aleppo/kallaseh", "name": "Kallaseh"}]}}
    assert selection.selected_place(picked, "marks") == "aleppo/kallaseh"
    assert selection.selected_place(picked, "other-layer") is None
    assert selection.selected_speaker([{"customdata": ["John Kerry"]}]) == "John Kerry"
    assert selection.selected_speaker([]) is None


# ---- filtering and aggregation ----


def test_outlet_filter_cuts_every_table(store):
    view = view_of(store, flt.Filters(outlets=("SANA",)))
    assert list(view.table("articles")["outlet"]) == ["SANA"]
    assert set(view.table("casualties")["number"]) == {8, 20}
    assert set(view.table("quotes")["speaker"]) == {"Walid al-Moallem"}
    assert view.table("incidents").empty  # the Kalasseh incident has no SANA figure
    assert view_of(store, flt.Filters()).count("incidents") >= 1


def test_cited_source_is_not_the_outlet(store):
    view = view_of(store, flt.Filters(cited=("Syrian Observatory for Human Rights",)))
    assert set(view.table("casualties")["attributed_to"]) == {
        "Syrian Observatory for Human Rights",
        "Syrian Observatory for Human Rights; Syrian Civil Defence",  # a joined value matches each source
    }
    # The outlets citing the Observatory, not the Observatory itself.
    assert set(view.table("articles")["outlet"]) == {"Reuters", "Al Jazeera"}


def test_joined_cited_sources_are_offered_one_by_one(store):
    cited = data.filter_options(store).cited
    assert "Syrian Civil Defence" in cited and not any(";" in name for name in cited)
    civil_defence = view_of(store, flt.Filters(cited=("Syrian Civil Defence",)))
    assert 60 in set(civil_defence.table("casualties")["number"])


def test_search_and_dates(store):
    assert set(view_of(store, flt.Filters(search="moallem")).table("articles")["outlet"]) == {"SANA"}
    december = view_of(store, flt.Filters(start=date(2016, 12, 1))).table("articles")
    assert december["published"].min() >= pd.Timestamp("2016-12-01")
    assert view_of(store, flt.Filters(search="no such words")).table("casualties").empty
    assert view_of(store, flt.Filters(search="KALASSEH")).n_articles >= 2  # case-insensitive


def test_running_totals_stay_out_of_the_time_series(store):
    series = aggregate.casualty_series(view_of(store, flt.Filters()), "month", "outlet", ["killed"])
    assert 400000 not in set(series["reported"])
    assert series["reported"].sum() == 25 + 8 + 32 + 40  # the "9 children" sub-count is not added again


def test_district_measures(store):
    view = view_of(store, flt.Filters())
    places = data.aleppo_places(store)
    measures = aggregate.district_measures(places, view)
    kallaseh = measures.set_index("place_id").loc["aleppo/kallaseh"]
    assert kallaseh["killed"] == 25 + 32 + 40
    assert kallaseh["wounded"] == 60
    assert kallaseh["quotes"] == 1  # "9 children were among the dead in Kalasseh"
    assert kallaseh["mentions"] >= 3


def test_speaker_network_and_matrix(store):
    view = view_of(store, flt.Filters())
    nodes, edges = aggregate.speaker_network(view)
    assert nodes.iloc[0]["speaker"] == "John Kerry" and nodes.iloc[0]["quotes"] == 3
    assert {("John Kerry", "Sergey Lavrov")} <= set(zip(edges["source"], edges["target"], strict=False))
    matrix = aggregate.outlet_speaker_matrix(view)
    assert matrix.loc["SANA", "Walid al-Moallem"] == 1
    assert "witnesses" not in set(nodes["speaker"]) and "witnesses" not in matrix.columns  # unnamed: no node


def test_unnamed_sources_by_outlet(store):
    shares = aggregate.unnamed_sources_by_outlet(view_of(store, flt.Filters())).set_index("outlet")
    assert shares.loc["Al Jazeera", ["named", "unnamed"]].tolist() == [2, 1]
    assert shares.loc["Al Jazeera", "unnamed_share"] == round(1 / 3, 3)
    assert shares.loc["SANA", "unnamed"] == 0 and shares.loc["SANA", "unnamed_share"] == 0
    assert shares.loc["Al Jazeera", "label"] == "Al Jazeera (n=3)"


def test_missing_files_read_as_empty_tables(tmp_path):
    frame = data.read_table(tmp_path, "casualties")
    assert frame.empty and {"number", "attributed_to", "sentence"} <= set(frame.columns)
    data.empty_table("articles").to_parquet(tmp_path / "articles.parquet")
    view = view_of(data.Store(tmp_path), flt.Filters())
    assert view.count("casualties") == 0 and "sentence" in view.table("casualties").columns


# ---- map geometry, spans, quality table ----


def test_month_span_is_short():
    ts = pd.Timestamp
    assert aggregate.month_span(ts("2016-10-20"), ts("2016-12-01")) == "Oct–Dec 2016"
    assert aggregate.month_span(ts("2016-11-02"), ts("2016-11-30")) == "Nov 2016"
    assert aggregate.month_span(ts("2016-11-02"), ts("2017-01-30")) == "Nov 2016 – Jan 2017"
    assert aggregate.month_span(None, None) == "no dates"


def test_quality_matrix_shows_percentages_and_dashes_not_none():
    metrics = pd.DataFrame(
        [
            ("casualties", "precision", 0.86),
            ("casualties", "recall", 0.7),
            ("quotes", "speaker accuracy", 0.8),
        ],
        columns=["extractor", "measure", "value"],
    )
    wide = aggregate.quality_matrix(metrics).set_index("extractor")
    assert list(wide.columns) == ["precision", "recall", "speaker accuracy"]
    assert wide.at["casualties", "precision"] == "86%"
    assert wide.at["quotes", "precision"] == "–" and wide.at["casualties", "speaker accuracy"] == "–"


def test_basemap_only_when_asked_and_key_passed_when_set(monkeypatch):
    import json

    from dashboard import charts

    view = charts.pdk.ViewState(latitude=36.2, longitude=37.15, zoom=11)
    offline = json.loads(charts._deck([], view, {}, tiles=False).to_json())
    # No provider, and pydeck's default style marker: Streamlit fetches CARTO's style when mapStyle is
    # missing or empty, and draws no basemap for the marker.
    assert offline.get("mapProvider") in (None, "") and offline.get("mapStyle") == "__MAP_STYLE__"
    monkeypatch.setenv("CARTO_API_KEY", "test-key")
    online = charts._deck([], view, {}, tiles=True)
    assert json.loads(online.to_json())["cartoKey"] == "test-key"
    assert online.map_provider == "carto"


# ---- extra input columns (articles.parquet `metadata`) ----


def test_metadata_choices_parse_by_column():
    choices = ("labels = 1", "labels = 0", "lang = en", "no separator")
    assert flt.metadata_conditions(choices) == {"labels": ["1", "0"], "lang": ["en"]}
    assert flt.metadata_conditions(()) == {}
    assert flt.to_query_params(flt.Filters(metadata=("labels = 1",))) == {flt.METADATA: ["labels = 1"]}
    assert "input columns: labels = 1" in flt.describe(flt.Filters(metadata=("labels = 1",)))


def test_metadata_filter_keeps_articles_with_the_chosen_values(store):
    assert data.filter_options(store).metadata == ["labels = 0", "labels = 1"]
    ones = view_of(store, flt.Filters(metadata=("labels = 1",))).n_articles
    zeros = view_of(store, flt.Filters(metadata=("labels = 0",))).n_articles
    every = view_of(store, flt.Filters()).n_articles
    assert ones > 0 and zeros > 0 and ones + zeros == every
    assert view_of(store, flt.Filters(metadata=("labels = 0", "labels = 1"))).n_articles == every
    assert view_of(store, flt.Filters(metadata=("labels = 7",))).n_articles == 0
    assert view_of(store, flt.Filters(metadata=("other = 1",))).n_articles == 0


def test_metadata_columns_with_many_values_are_not_offered(tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    monkeypatch.setattr(metadata, "MAX_METADATA_VALUES", 3)
    folder = sample.write(tmp_path / "many")
    table = pq.read_table(folder / "articles.parquet")
    notes = [json.dumps({"note": f"free text {n}", "labels": "1"}) for n in range(table.num_rows)]
    table = table.set_column(table.schema.get_field_index("metadata"), "metadata", pa.array(notes))
    pq.write_table(table, folder / "articles.parquet")
    offered = data.filter_options(data.Store(folder)).metadata
    assert table.num_rows > 3
    assert offered == ["labels = 1"]  # "note" has a value per article: free text, not a filter


def test_reader_links_for_a_whole_table_equal_the_links_row_by_row():
    filters = flt.Filters(outlets=("BBC", "SANA & co"), search="al-Kalasa?", start=date(2016, 9, 1))
    ids = ["a1", "b/2", "c 3", "b/2", "é/1"]  # an article's rows repeat its id
    facts = [None, flt.fact_key("figure", 12, 20), None, flt.fact_key("quote", 3, 9), None]
    expected = [
        flt.reader_url("a1", filters),
        flt.fact_url("b/2", "figure", 12, 20, filters),
        flt.reader_url("c 3", filters),
        flt.fact_url("b/2", "quote", 3, 9, filters),
        flt.reader_url("é/1", filters),
    ]
    assert flt.reader_urls(ids, facts, filters) == expected
    assert flt.reader_urls(ids[:3], facts[:3]) == [
        flt.reader_url("a1"), flt.fact_url("b/2", "figure", 12, 20), flt.reader_url("c 3")
    ]


def _series(totals: dict[str, int]) -> pd.DataFrame:
    rows = [
        {"period": pd.Timestamp(day), "split": split, "type": "killed", "reported": n, "figures": 1}
        for split, n in totals.items()
        for day in ("2016-11-07", "2016-11-14")
    ]
    return pd.DataFrame(rows)


def test_minor_split_values_are_summed_as_others():
    series = _series({f"source {i}": 100 - i for i in range(12)})
    folded, kept = aggregate.fold_minor_splits(series, keep=3)
    assert kept == ["source 0", "source 1", "source 2"]
    assert set(folded["split"]) == {"source 0", "source 1", "source 2", aggregate.OTHERS}
    others = folded[folded["split"] == aggregate.OTHERS]
    assert others["reported"].tolist() == [sum(100 - i for i in range(3, 12))] * 2  # per period
    assert others["figures"].tolist() == [9, 9]
    assert folded["reported"].sum() == series["reported"].sum()  # nothing lost


def test_folding_sums_as_a_groupby_would_and_breaks_ties_by_name():
    rng = np.random.default_rng(7)
    n = 400
    series = pd.DataFrame({
        "period": pd.to_datetime(rng.choice(["2016-11-07", "2016-11-14", "2016-11-21"], n)),
        # a source may be written "(others)" itself: drawn with the values folded into OTHERS
        "split": rng.choice(["b", "a", "Zed", "é", "(not stated)", aggregate.OTHERS, "c", "d", "e", "f"], n),
        "type": rng.choice(["killed", "wounded"], n),
        "reported": np.where(rng.random(n) < 0.1, np.nan, rng.integers(0, 4, n).astype(float)),
        "figures": rng.integers(1, 4, n),
    }).groupby(["period", "split", "type"], as_index=False).sum()
    for keep in (1, 3, 6):
        folded, kept = aggregate.fold_minor_splits(series, keep=keep)
        totals = series.groupby("split")["reported"].sum().sort_values(ascending=False, kind="stable")
        assert kept == totals.index[:keep].tolist()  # equal totals: the name first in order first
        expected = (
            series.assign(split=series["split"].where(series["split"].isin(kept), aggregate.OTHERS))
            .groupby(["period", "split", "type"], as_index=False)[["reported", "figures"]].sum()
        )
        pd.testing.assert_frame_equal(folded, expected, check_dtype=False)
    assert aggregate.fold_minor_splits(_series({"b": 5, "a": 5, "c": 1, "d": 1}), keep=1)[1] == ["a"]
    # a missing value is no value of its own (not counted, not kept): folded into OTHERS
    missing = _series({"a": 5, "b": 4, "c": 3}).assign(split=lambda f: f["split"].replace("c", None))
    assert aggregate.fold_minor_splits(missing, keep=1)[1] is None
    folded, kept = aggregate.fold_minor_splits(pd.concat([missing, _series({"d": 1})], ignore_index=True), keep=1)
    assert kept == ["a"] and folded.groupby("split")["reported"].sum().to_dict() == {"a": 10, aggregate.OTHERS: 16}


def test_split_values_are_not_folded_when_at_most_one_would_be():
    series = _series({"a": 5, "b": 4, "c": 3, "d": 2})
    folded, kept = aggregate.fold_minor_splits(series, keep=3)
    assert kept is None and folded is series


def test_a_bar_of_others_lists_the_figures_of_every_value_not_kept(store):
    view = view_of(store, flt.Filters())
    series = aggregate.casualty_series(view, "month", "outlet", ["killed"])
    top = series.groupby("split")["reported"].sum().idxmax()
    rows = series[series["split"] != top]
    keys = [(p.strftime("%Y-%m-%d"), aggregate.OTHERS, "killed") for p in rows["period"].unique()]
    picked = aggregate.figures_behind_points(view, keys, "month", "outlet", ["number", "outlet"], kept=[top])
    assert set(picked["outlet"]) == set(rows["split"]) and top not in set(picked["outlet"])
    # without a fold, "(others)" is an ordinary value that no figure has
    assert aggregate.figures_behind_points(view, keys, "month", "outlet", ["number"]).empty

"""Charts assembled from plain dicts (dashboard/figure_build.py) draw what plotly express drew.

The charts left plotly express for speed (issue 18); these tests hold them to plotly express's figure
on the properties a reader sees or clicks: which bars, in which panel, in which colour, with which keys.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.express as px
import plotly.io as pio
import pytest

from dashboard import charts, compare_charts, selection
from dashboard import figure_build as build


@pytest.fixture
def series() -> pd.DataFrame:
    weeks = pd.to_datetime(["2016-12-05", "2016-12-12", "2016-12-05", "2016-12-12", "2016-12-05"])
    return pd.DataFrame({
        "period": weeks,
        "split": ["SANA", "SANA", "Reuters <b>", "Reuters <b>", "SANA"],
        "type": ["killed", "killed", "killed", "wounded", "wounded"],
        "reported": [12.0, 5.0, 7.0, 20.0, 3.0],
        "figures": [2, 1, 1, 3, 1],
    })


def _bars(fig, series: pd.DataFrame | None = None) -> set[tuple]:
    """(name, panel's y axis, x, y, key) of every bar: what a reader sees and clicks. The key is the
    customdata's first three values (plotly express's) or, given the `series` drawn, the (period, split,
    type) the click selects (`selection.series_bars`)."""
    def key(c) -> tuple:
        return selection.series_bars([{"customdata": list(c)}], series)[0] if series is not None else tuple(c[:3])
    return {
        (t.name, t.yaxis, str(pd.Timestamp(x).date()), float(y), key(c))
        for t in fig.data for x, y, c in zip(t.x, t.y, t.customdata, strict=True)
    }


def test_casualty_bars_are_plotly_express_bars_in_the_same_panels(series):
    frame = series.assign(
        period_key=series["period"].dt.strftime("%Y-%m-%d"),
        split_text=charts.plot_texts(series["split"]),
        type_text=series["type"],
    )
    expected = px.bar(
        frame, x="period", y="reported", color="split_text", facet_row="type_text",
        custom_data=["period_key", "split", "type"],
    )
    drawn = charts.casualties_over_time(series, "Outlet")
    assert _bars(drawn, series) == _bars(expected)
    # The first type's panel is on top, as plotly express draws it, and only its traces fill the legend.
    top = max(("yaxis", "yaxis2"), key=lambda k: drawn.layout[k].domain[0])
    assert {series["type"].iat[t.customdata[0][0]] for t in drawn.data if "yaxis" + t.yaxis[1:] == top} == {"killed"}
    assert [t.name for t in drawn.data if t.showlegend] == ["SANA", "Reuters &lt;b&gt;"]
    assert [a.text for a in drawn.layout.annotations] == ["killed", "wounded"]


def test_one_type_draws_one_panel_without_titles(series):
    drawn = charts.casualties_over_time(series[series["type"] == "killed"], "Outlet", cap_y=30)
    assert {t.yaxis for t in drawn.data} == {"y"}
    assert not drawn.layout.annotations
    assert tuple(drawn.layout.yaxis.range) == (0, 30)


def test_a_bar_the_axis_cuts_carries_its_total(series):
    # week of 5 Dec: 12 + 7 killed, cut at 10; the week of 12 Dec (5) is whole; panel titles stay
    drawn = charts.casualties_over_time(series, "Outlet", cap_y=10)
    cut = [a for a in drawn.layout.annotations if a.text.startswith("▲")]
    assert sorted((a.hovertext, str(pd.Timestamp(a.x).date()), a.y) for a in cut) == [
        ("05 Dec 2016: 19 reported (bar cut)", "2016-12-05", 10), ("12 Dec 2016: 20 reported (bar cut)", "2016-12-12", 10)
    ]
    assert [a.text for a in drawn.layout.annotations if not a.text.startswith("▲")] == ["killed", "wounded"]
    assert {a.yref for a in cut} == {"y", "y2"}  # each in its own type's panel


def test_the_incident_chart_turns_log_when_asked_and_every_number_is_positive():
    incidents = pd.DataFrame({
        "incident_id": ["a", "b"], "type": ["killed", "killed"], "group": ["people", "people"],
        "place": ["Syria", "Aleppo"], "date": pd.to_datetime(["2016-12-05", "2016-12-06"]),
        "min": [400000, 3], "max": [470000, 5],
    })
    assert charts.incident_ranges(incidents, log_x=True).layout.xaxis.type == "log"
    assert charts.incident_ranges(incidents).layout.xaxis.type is None
    assert charts.incident_ranges(incidents.assign(min=[400000, 0]), log_x=True).layout.xaxis.type is None


def test_incidents_written_alike_keep_a_row_each():
    incidents = pd.DataFrame({
        "incident_id": ["a", "b"], "type": "killed", "group": "people", "place": "Syria", "date": pd.NaT,
        "min": [3, 7], "max": [5, 9],
    })
    rows = {t.y[0] for t in charts.incident_ranges(incidents).data}
    assert rows == {"killed people, Syria", "killed people, Syria (2)"}


def test_split_colours_come_from_the_map_then_the_palette_as_plotly_express_counts(series):
    drawn = charts.casualties_over_time(series, "Outlet", colours={"Reuters <b>": "#123456"})
    colour = {t.name: t.marker.color for t in drawn.data}
    # plotly express counts the map's entries before the palette's first colour
    assert colour == {"Reuters &lt;b&gt;": "#123456", "SANA": charts.PALETTE[1]}
    frame = series.assign(split_text=charts.plot_texts(series["split"]))
    expected = px.bar(frame, x="period", y="reported", color="split_text", color_discrete_sequence=charts.PALETTE,
                      color_discrete_map={"Reuters &lt;b&gt;": "#123456"})
    assert colour == {t.name: t.marker.color for t in expected.data}


def test_a_figure_with_no_type_keeps_its_bars(series):
    drawn = charts.casualties_over_time(series.assign(type=[None, "killed", "killed", "wounded", "wounded"]), "Outlet")
    assert sum(len(t.y) for t in drawn.data) == len(series)


def test_each_bar_carries_its_row_and_its_figures_as_integers(series):
    # Integers, not the keys' strings: plotly deep-copies an object array value by value (issue 18).
    drawn = charts.casualties_over_time(series, "Outlet")
    rows = sorted((int(c[0]), int(c[1])) for t in drawn.data for c in t.customdata)
    assert rows == list(enumerate(series["figures"]))
    assert {t.customdata.dtype.kind for t in drawn.data} == {"i"}
    assert all("%{customdata[1]} figure(s)" in t.hovertemplate for t in drawn.data)


def test_grouped_positions_nest_groups_as_by_value_does():
    frame = pd.DataFrame({"a": ["y", "x", "y", None, "x"], "b": [2, 1, 1, 2, 2]})
    groups = [(values, list(rows)) for values, rows in build.grouped_positions(frame, ["a", "b"], [["x"]])]
    # "x" first as asked, then by first appearance; b's values in their first appearance in the whole frame
    assert groups[:-1] == [(("x", 2), [4]), (("x", 1), [1]), (("y", 2), [0]), (("y", 1), [2])]
    (missing, b), rows = groups[-1]
    assert pd.isna(missing) and (b, rows) == (2, [3])  # a missing value is a group of its own
    assert build.grouped_positions(frame.iloc[:0], ["a"]) == []


def test_horizontal_bars_put_the_first_row_on_top_and_carry_the_key():
    frame = pd.DataFrame({"canonical": ["Assad", "Putin"], "mentions": [9, 4], "entity_no": [7, 3]})
    drawn = charts.horizontal_bars(frame, "canonical", "mentions", key="entity_no")
    bar = drawn.data[0]
    assert list(bar.y) == ["Putin", "Assad"]  # plotly draws the last category on top
    assert [row[0] for row in bar.customdata] == [3, 7]
    assert drawn.layout.xaxis.title.text == "Mentions"


def test_heatmap_rows_read_top_down_with_counts_written():
    matrix = pd.DataFrame([[1, 0], [2, 5]], index=["AFP", "SANA"], columns=["UN", "Observatory"])
    drawn = charts.heatmap(matrix)
    assert drawn.data[0].z.tolist() == [[1, 0], [2, 5]]
    assert drawn.layout.yaxis.autorange == "reversed" and drawn.data[0].texttemplate == "%{z}"


def test_quoted_bars_one_legend_entry_per_side_and_panels_titled():
    quoted = pd.DataFrame({
        "side": ["A", "A", "B", "B"], "speaker_side": ["monitors", "russia", "monitors", "russia"],
        "source": ["named", "unnamed", "named", "unnamed"], "quotes": [3, 1, 2, 6], "share": [0.75, 0.25, 0.25, 0.75],
    })
    drawn = compare_charts.quoted_bars(quoted, {"A": "#111111", "B": "#222222"})
    assert [t.name for t in drawn.data if t.showlegend] == ["A", "B"]
    # A side quoting only unnamed sources is still in the legend, once.
    only_unnamed = quoted.assign(side=["A", "A", "C", "C"], source=["named", "named", "unnamed", "unnamed"])
    legend = [t.name for t in compare_charts.quoted_bars(only_unnamed, {"A": "#111111"}).data if t.showlegend]
    assert legend == ["A", "C"]
    assert [a.text for a in drawn.layout.annotations] == ["Named speakers", "Unnamed sources"]
    assert {t.marker.color for t in drawn.data if t.name == "B"} == {"#222222"}
    # The speaker side quoted most is the top row of both panels.
    assert list(drawn.layout.yaxis.categoryarray)[-1] == "russia"


def test_by_value_takes_the_given_order_then_first_appearance():
    frame = pd.DataFrame({"side": ["c", "a", "b", "a"]})
    assert [v for v, _ in build.by_value(frame, "side", ["b", "z"])] == ["b", "c", "a"]
    assert [len(rows) for _, rows in build.by_value(frame, "side")] == [1, 2, 1]
    assert build.by_value(frame.iloc[:0], "side") == []


def test_facet_rows_number_panels_from_the_bottom():
    refs, layout = build.facet_rows(["killed", "wounded", "missing"])
    assert refs == [("x3", "y3"), ("x2", "y2"), ("x", "y")]
    assert layout["yaxis3"]["domain"][1] == pytest.approx(1.0) and layout["yaxis"]["domain"][0] == 0.0
    assert "showticklabels" not in layout["xaxis"] and layout["xaxis3"]["showticklabels"] is False
    assert [a["text"] for a in layout["annotations"]] == ["killed", "wounded", "missing"]


def test_styled_layout_sizes_every_axis_and_lets_the_chart_move_its_legend():
    layout = build.styled_layout({"xaxis2": {"title": "Share"}, "legend": {"y": 0.99}}, large=True, height=300)
    assert layout["height"] == 360 and layout["font"]["size"] == 19
    assert layout["xaxis2"]["title"] == {"text": "Share", "font": {"size": 19}}
    assert layout["yaxis"]["tickfont"]["size"] == 19
    assert layout["legend"]["y"] == 0.99 and layout["legend"]["orientation"] == "h"
    plain = build.styled_layout({}, height=300)
    assert plain["height"] == 300 and plain["font"]["size"] == 14


def test_compare_charts_escape_side_and_place_names():
    places = pd.DataFrame({"place": ["<i>Ansari</i>", "Bustan"], "A<b>": [0.5, 0.1], "B": [0.2, 0.3]})
    drawn = compare_charts.places_bars(places, ["A<b>", "B"], {"A<b>": "#111111", "B": "#222222"})
    shown = [t.name for t in drawn.data] + [y for t in drawn.data for y in t.y]
    assert not any("<" in str(v) for v in shown), shown
    assert {t.marker.color for t in drawn.data if t.name == "A&lt;b&gt;"} == {"#111111"}


def test_a_single_outlet_still_names_itself_in_the_legend():
    """plotly hides the legend of a one-trace figure unless the trace asks for it, as plotly express's do."""
    counts = pd.DataFrame({"period": pd.to_datetime(["2016-12-01"]), "outlet": ["Test Wire"], "articles": [2]})
    drawn = charts.articles_over_time(counts)
    assert [(t.name, t.showlegend) for t in drawn.data] == [("Test Wire", True)]
    series = pd.DataFrame({"period": pd.to_datetime(["2016-12-01"]), "side": ["A"], "articles": [2]})
    assert [t.showlegend for t in compare_charts.volume_lines(series, {"A": "#111111"}).data] == [True]


def test_a_chart_reaches_streamlit_as_the_dicts_it_was_made_from(monkeypatch):
    """Streamlit's `st.plotly_chart` writes what `return_figure_from_figure_or_data` gives it: a Chart's
    own dicts (its traces as made, the default template added), not a figure plotly made again."""
    from plotly.tools import return_figure_from_figure_or_data

    monkeypatch.delenv(build.STRICT_FIGURES, raising=False)
    x = np.arange(3)
    weeks = pd.Series(pd.to_datetime(["2016-12-05", "2016-12-12", "2016-12-19"]))
    made = build.figure([{"type": "bar", "x": x, "y": [1, 2, 3]}, {"type": "bar", "x": weeks}], {"title": {"text": "t"}})
    sent = return_figure_from_figure_or_data(made, validate_figure=True)
    assert sent["data"][0]["x"] is x and sent["layout"]["title"] == {"text": "t"}
    # a pandas column goes as its array (JSON written at once, not value by value)
    assert isinstance(sent["data"][1]["x"], np.ndarray) and len(sent["data"][1]["x"]) == 3
    assert sent["layout"]["template"] == pio.templates[pio.templates.default].to_plotly_json()
    assert made.data[0].type == "bar" and list(made.data[0].y) == [1, 2, 3]  # read as any figure


@pytest.mark.parametrize(
    "trace, layout, why",
    [
        ({"type": "bar", "x": [1], "colour": "red"}, {}, "colour"),  # no such property
        ({"type": "bar", "x": [1], "opacity": 3}, {}, "opacity"),  # out of range
        # plotly turns a list of colours into pairs; plotly.js reads pairs only
        (
            {"type": "heatmap", "z": [[1]], "coloraxis": "coloraxis"},
            {"coloraxis": {"colorscale": ["#fff", "#000"]}},
            "colorscale",
        ),
    ],
)
def test_strict_figures_refuse_what_plotly_would_refuse_or_send_otherwise(monkeypatch, trace, layout, why):
    monkeypatch.setenv(build.STRICT_FIGURES, "1")
    with pytest.raises(ValueError, match=why):
        build.figure([trace], layout)
    monkeypatch.setenv(build.STRICT_FIGURES, "0")
    build.figure([trace], layout)  # unchecked: sent as written


def test_strict_figures_accept_what_the_browser_draws_alike(monkeypatch):
    """Arrays plotly writes as base64 and the same numbers as a list, gaps (NaN, None, infinities) plotly
    writes as NaN and the sent JSON as null, an empty list of annotations plotly leaves out: the same
    chart."""
    monkeypatch.setenv(build.STRICT_FIGURES, "1")
    days = pd.Series(pd.to_datetime(["2016-12-05", "2016-12-12", "2016-12-19"]))
    build.figure(
        [
            {"type": "scatter", "x": days, "y": np.array([1.5, np.nan, np.inf]), "customdata": [[1, "a"], [2, "b"], [3, "c"]]},
            {"type": "bar", "x": days, "y": pd.Series([1, None, 3], dtype="Int64")},
        ],
        {"annotations": []},
    )
    assert build.sent_form({"data": [{"x": np.array([1.0, np.nan])}]}) == {"data": [{"x": [1, None]}]}
    assert build.first_difference({"a": [1, {"b": 2}]}, {"a": [1, {"b": 3}]}) == "a[1].b: '2' vs '3'"
    assert build.first_difference({"a": 1}, {"a": 1, "c": 2}) == "c: only in the sent figure"
    # a flag given 1 is not true to plotly.js (it takes its default); 1 and 1.0 are the same number
    assert build.first_difference({"showlegend": True}, {"showlegend": 1}) == "showlegend: 'True' vs '1'"
    assert build.first_difference({"y": [1, 2]}, {"y": [1.0, 2.0]}) is None


def test_strict_figures_refuse_a_chart_changed_after_it_was_made(monkeypatch):
    """Its attributes would change and the browser would not see it (a Chart sends the dicts it was made
    from): under strict figures, sending it raises."""
    monkeypatch.setenv(build.STRICT_FIGURES, "1")
    made = build.figure([{"type": "bar", "x": [1], "y": [1]}], {"title": {"text": "before"}})
    made.to_dict()
    made.update_layout(title_text="after")
    with pytest.raises(ValueError, match="changed after it was made"):
        made.to_dict()


def test_a_chart_copies_and_pickles_as_the_same_chart(monkeypatch):
    import copy
    import pickle

    monkeypatch.delenv(build.STRICT_FIGURES, raising=False)
    made = build.figure([{"type": "bar", "x": np.arange(3), "y": [1, 2, 3]}], {"title": {"text": "t"}})
    for again in (copy.copy(made), copy.deepcopy(made), pickle.loads(pickle.dumps(made))):
        assert isinstance(again, build.Chart)
        assert build.first_difference(build.sent_form(again.to_dict()), build.sent_form(made.to_dict())) is None

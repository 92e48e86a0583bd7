"""Figures for the Compare page: DataFrames from dashboard/compare.py in, plotly figures out (no Streamlit).

Every figure colours the sides with `colours` (side name -> colour): an outlet side in its outlet's colour
from dashboard/colours.py, so a comparison reads like the other pages. Sides are drawn in `colours`' order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.graph_objects as go

from . import figure_build as build
from .charts import PALETTE, plot_text

NO_COLOUR = "#888888"


def _side_colours(sides: Sequence, colours: Mapping[str, str]) -> dict:
    return build.value_colours(sides, colours, PALETTE)


def volume_lines(volume: pd.DataFrame, colours: Mapping[str, str], large: bool = False) -> go.Figure:
    """Articles per period, one line per side."""
    groups = build.by_value(volume, "side", colours)
    colour_of = _side_colours([side for side, _ in groups], colours)
    traces = [
        {
            "type": "scatter", "mode": "lines+markers", "x": rows["period"], "y": rows["articles"],
            "name": plot_text(side), "legendgroup": plot_text(side), "showlegend": True,
            "line": {"color": colour_of[side]}, "marker": {"color": colour_of[side]},
            "hovertemplate": "%{fullData.name}<br>%{x|%d %b %Y}: %{y:,} articles<extra></extra>",
        }
        for side, rows in groups
    ]
    return build.figure(traces, {"xaxis": {"title": ""}, "yaxis": {"title": "Articles"}}, large=large, height=320)


def incident_dots(
    table: pd.DataFrame, sides: Sequence[str], colours: Mapping[str, str], large: bool = False
) -> go.Figure:
    """Each shared incident on its own row, one dot per side at the highest number that side reported;
    a grey line spans the disagreement."""
    rows = table.assign(
        label=[
            plot_text(f"{d:%d %b %Y} · {p or 'place not stated'} · {t}")
            if pd.notna(d)
            else plot_text(f"{p} · {t}")
            for d, p, t in zip(pd.to_datetime(table["date"]), table["place"], table["type"], strict=True)
        ]
    )
    # Two incidents may share a label (same day, place and type): number them so rows stay apart.
    rows["label"] = rows["label"] + rows.groupby("label").cumcount().map(lambda n: f" ({n + 1})" if n else "")
    long = rows.melt(
        id_vars=["label"], value_vars=list(sides), var_name="side", value_name="reported"
    ).dropna()
    spans = [
        {
            "type": "scatter", "x": [group["reported"].min(), group["reported"].max()], "y": [label, label],
            "mode": "lines", "line": {"color": "#BBBBBB", "width": 3}, "showlegend": False, "hoverinfo": "skip",
        }
        for label, group in long.groupby("label", sort=False)
    ]
    dots = [
        {
            "type": "scatter", "x": points["reported"], "y": points["label"], "mode": "markers",
            "name": plot_text(side),
            "marker": {"size": 13, "color": colours.get(side, NO_COLOUR), "line": {"color": "white", "width": 1}},
            "hovertemplate": "%{y}<br>" + plot_text(side) + ": %{x:,} reported<extra></extra>",
        }
        for side in sides
        for points in [long[long["side"] == side]]
    ]
    layout = {
        "yaxis": {"autorange": "reversed"},
        "xaxis": {"title": "Highest number reported", "rangemode": "tozero"},
    }
    return build.figure([*spans, *dots], layout, large=large, height=140 + 34 * max(1, rows["label"].nunique()))


def grouped_bars(
    frame: pd.DataFrame, y: str, x_title: str, colours: Mapping[str, str], order: Sequence, panel: str | None = None,
) -> tuple[list[dict], dict]:
    """Horizontal bars of `frame`'s "share" per `y` value (in `order`, first on top), one bar per side in
    each group, one panel per value of `panel` (titles above); hover adds "quotes" when the frame has it."""
    panels = build.by_value(frame, panel) if panel else [(None, frame)]
    refs, layout = build.facet_columns([plot_text(t) for t, _ in panels], spacing=0.08) if panel else ([("x", "y")], {})
    colour_of = _side_colours([side for side, _ in build.by_value(frame, "side", colours)], colours)
    traces, in_legend = [], set()
    for (_, rows), (x_ref, y_ref) in zip(panels, refs, strict=True):
        for side, part in build.by_value(rows, "side", colours):
            counted = "quotes" in part.columns
            first = side not in in_legend  # a side missing from the first panel still gets its legend entry
            in_legend.add(side)
            traces.append({
                "type": "bar", "orientation": "h", "x": part["share"], "y": [plot_text(v) for v in part[y]],
                "name": plot_text(side), "legendgroup": plot_text(side), "offsetgroup": plot_text(side),
                "showlegend": first, "marker": {"color": colour_of[side]}, "xaxis": x_ref, "yaxis": y_ref,
                **({"customdata": part[["quotes"]].to_numpy()} if counted else {}),
                "hovertemplate": "%{fullData.name} · %{y}: %{x:.0%}"
                + (" (%{customdata[0]:,} quotes)" if counted else "") + "<extra></extra>",
            })
    categories = build.category_axis([plot_text(v) for v in order])
    for key in [k for k in layout if k.startswith("yaxis")] or ["yaxis"]:
        layout[key] = {**layout.get(key, {}), **categories, "title": ""}
    for key in [k for k in layout if k.startswith("xaxis")] or ["xaxis"]:
        layout[key] = {**layout.get(key, {}), "tickformat": ".0%", "title": x_title}
    layout["barmode"] = "group"
    return traces, layout


def quoted_bars(quoted: pd.DataFrame, colours: Mapping[str, str], large: bool = False) -> go.Figure:
    """Share of each side's attributed quotes by speaker side, named and unnamed sources side by side."""
    frame = quoted.assign(source=quoted["source"].map({"named": "Named speakers", "unnamed": "Unnamed sources"}))
    order = frame.groupby("speaker_side")["quotes"].sum().sort_values(ascending=False).index.tolist()
    traces, layout = grouped_bars(
        frame, "speaker_side", "Share of the side's attributed quotes", colours, order, panel="source"
    )
    # The legend sits above the two panels' titles, not on them.
    layout.update(legend={"y": 0.99, "yanchor": "top", "yref": "container"}, margin={"t": 90})
    height = 160 + 13 * len(order) * max(2, frame["side"].nunique())
    return build.figure(traces, layout, large=large, height=height)


def places_bars(
    places: pd.DataFrame, sides: Sequence[str], colours: Mapping[str, str], large: bool = False
) -> go.Figure:
    """Share of each side's articles naming each place (the places from `compare.places_covered`)."""
    long = places.melt(id_vars=["place"], value_vars=list(sides), var_name="side", value_name="share")
    traces, layout = grouped_bars(long, "place", "Share of the side's articles naming the place", colours, places["place"])
    return build.figure(traces, layout, large=large, height=120 + 14 * max(1, len(places)) * max(2, len(sides)))

"""Figures for the Compare page: DataFrames from dashboard/compare.py in, plotly figures out (no Streamlit).

Every figure colours the sides with `colours` (side name -> colour): an outlet side in its outlet's colour
from dashboard/colours.py, so a comparison reads like the other pages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from .charts import _plot_texts, escaped_keys, plot_text, styled


def _side_colours(colours: Mapping[str, str]) -> dict:
    return {
        "color_discrete_map": escaped_keys(dict(colours)),
        "category_orders": {"side": [plot_text(s) for s in colours]},
    }


def volume_lines(volume: pd.DataFrame, colours: Mapping[str, str], large: bool = False) -> go.Figure:
    """Articles per period, one line per side."""
    fig = px.line(
        _plot_texts(volume, "side"),
        x="period",
        y="articles",
        color="side",
        markers=True,
        labels={"period": "", "articles": "Articles", "side": ""},
        **_side_colours(colours),
    )
    return styled(fig, large, height=320)


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
    fig = go.Figure()
    for label, group in long.groupby("label", sort=False):
        fig.add_trace(
            go.Scatter(
                x=[group["reported"].min(), group["reported"].max()],
                y=[label, label],
                mode="lines",
                line={"color": "#BBBBBB", "width": 3},
                showlegend=False,
                hoverinfo="skip",
            )
        )
    for side in sides:
        points = long[long["side"] == side]
        fig.add_trace(
            go.Scatter(
                x=points["reported"],
                y=points["label"],
                mode="markers",
                name=plot_text(side),
                marker={
                    "size": 13,
                    "color": colours.get(side, "#888888"),
                    "line": {"color": "white", "width": 1},
                },
                hovertemplate="%{y}<br>" + plot_text(side) + ": %{x:,} reported<extra></extra>",
            )
        )
    fig.update_yaxes(autorange="reversed")
    fig.update_xaxes(title_text="Highest number reported", rangemode="tozero")
    return styled(fig, large, height=140 + 34 * max(1, rows["label"].nunique()))


def quoted_bars(quoted: pd.DataFrame, colours: Mapping[str, str], large: bool = False) -> go.Figure:
    """Share of each side's attributed quotes by speaker side, named and unnamed sources side by side."""
    frame = _plot_texts(quoted, "side", "speaker_side").assign(
        source=quoted["source"].map({"named": "Named speakers", "unnamed": "Unnamed sources"})
    )
    order = frame.groupby("speaker_side")["quotes"].sum().sort_values(ascending=False).index.tolist()
    fig = px.bar(
        frame,
        x="share",
        y="speaker_side",
        color="side",
        facet_col="source",
        facet_col_spacing=0.08,
        orientation="h",
        barmode="group",
        hover_data={"quotes": True},
        labels={"share": "Share of the side's attributed quotes", "speaker_side": "", "side": ""},
        **{
            **_side_colours(colours),
            "category_orders": {**_side_colours(colours)["category_orders"], "speaker_side": order},
        },
    )
    fig.for_each_annotation(lambda a: a.update(text=a.text.split("=", 1)[-1]))
    fig.update_xaxes(tickformat=".0%", matches="x")
    height = 160 + 13 * len(order) * max(2, frame["side"].nunique())
    styled(fig, large, height=height)
    # The legend sits above the two panels' titles, not on them.
    fig.update_layout(legend={"y": 0.99, "yanchor": "top", "yref": "container"}, margin={"t": 90})
    return fig


def places_bars(
    places: pd.DataFrame, sides: Sequence[str], colours: Mapping[str, str], large: bool = False
) -> go.Figure:
    """Share of each side's articles naming each place (the places from `compare.places_covered`)."""
    long = places.melt(id_vars=["place"], value_vars=list(sides), var_name="side", value_name="share")
    fig = px.bar(
        _plot_texts(long, "side", "place"),
        x="share",
        y="place",
        color="side",
        orientation="h",
        barmode="group",
        labels={"share": "Share of the side's articles naming the place", "place": "", "side": ""},
        **{
            **_side_colours(colours),
            "category_orders": {
                **_side_colours(colours)["category_orders"],
                "place": [plot_text(p) for p in places["place"]],
            },
        },
    )
    fig.update_xaxes(tickformat=".0%")
    return styled(fig, large, height=120 + 14 * max(1, len(places)) * max(2, len(sides)))

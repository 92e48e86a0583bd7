"""Plotly figures assembled from plain trace and layout dicts, styled and validated once.

plotly express makes a figure through hundreds of small validated updates, and each `update_layout` /
`update_xaxes` after it validates again: 0.2-0.6 s for one chart of a few thousand bars at 100,000
articles, half of a page's run (docs/performance.md, "The app"). The same figure written as dicts is
validated once, when `go.Figure` is made, in a tenth of that. The layouts here follow plotly express's
(facet domains and titles, legend groups, categories in order, first on top), so the charts look as
they did; `tests/test_figure_build.py` compares them with plotly express's on the properties that show.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go

# plotly express's facet spacing (its defaults: 0.03 between rows, 0.02 between columns).
ROW_SPACING = 0.03
FACET_TITLE_ROOM = 0.02  # the strip on the right that holds the row titles


def figure(traces: Sequence[dict], layout: Mapping | None = None, *, large: bool = False, height: int | None = None) -> go.Figure:
    """A styled `go.Figure` of `traces` (dicts with a "type") and `layout` (a layout dict).

    The style: larger type in presentation mode (`large`: 19 px, else 14 px; height x 1.2), little
    chrome, a horizontal legend on top with no title, its entries flowing (give each trace a
    `legendgroup`, as plotly express does: ungrouped entries are set in columns of the widest's width;
    and `showlegend`, as it does too: plotly hides the legend of a figure with a single trace, and a
    reader must still see which outlet that one colour is). Keys of `layout` win over the style's (a chart
    that moves its legend says so in its layout). Raises ValueError (plotly's) on an invalid property.
    """
    return go.Figure(data=list(traces), layout=styled_layout(layout or {}, large=large, height=height))


def styled_layout(layout: Mapping, *, large: bool = False, height: int | None = None) -> dict:
    """`layout` with the app's chart style under it (see `figure`); every axis in it gets the type size.

    Streamlit's chart theme sets tick and title sizes itself, so the layout font alone does not reach them.
    """
    size = 19 if large else 14
    styled: dict = {
        "font": {"size": size},
        "margin": {"l": 10, "r": 10, "t": 40, "b": 10},
        "legend": {
            "orientation": "h", "yanchor": "bottom", "y": 1.02, "x": 0, "title": {"text": ""}, "font": {"size": size},
            # Entries flow one after another, as plotly express lays them out (its traces are grouped).
            "tracegroupgap": 0,
        },
        "height": int(height * 1.2) if (height and large) else height,
    }
    for key, value in layout.items():
        styled[key] = {**styled[key], **value} if isinstance(value, Mapping) and isinstance(styled.get(key), dict) else value
    axes = [k for k in styled if k.startswith(("xaxis", "yaxis"))]
    for key in {"xaxis", "yaxis", *axes}:
        axis = dict(styled.get(key) or {})
        axis["tickfont"] = {**axis.get("tickfont", {}), "size": size}
        title = axis.get("title")
        axis["title"] = {**({"text": title} if isinstance(title, str) else title or {}), "font": {"size": size}}
        styled[key] = axis
    if "annotations" in styled:
        styled["annotations"] = [{**a, "font": {**a.get("font", {}), "size": size}} for a in styled["annotations"]]
    return styled


def by_value(frame: pd.DataFrame, column: str, order: Iterable | None = None) -> list[tuple[object, pd.DataFrame]]:
    """(value, rows) per distinct value of `column`: `order`'s values first, in its order, then the rest
    in order of first appearance (plotly express's order for colours and facets)."""
    return [(value, frame.iloc[rows]) for (value,), rows in grouped_positions(frame, [column], [order])]


def grouped_positions(frame: pd.DataFrame, columns: Sequence[str], orders: Sequence[Iterable | None] = ()) -> list[tuple[tuple, np.ndarray]]:
    """(values, row positions) per distinct combination of `columns`' values: by the first column's values
    (its `orders` entry's values first, in that order, then the rest in order of first appearance in the
    frame), then within each by the second's, ordered the same way over the whole frame (as the chart's
    panels order types: a value's place does not depend on the group), and so on; each group's positions
    in the frame's order. Missing values form groups of their own.

    One factorisation and one stable sort for the whole frame: per-group DataFrames (`by_value` nested) cost
    20-40 ms for a chart of a few thousand bars, where slicing numpy arrays by these positions costs none.
    """
    if frame.empty:
        return []
    codes, values = [], []
    for k, column in enumerate(columns):
        order = list(orders[k]) if k < len(orders) and orders[k] is not None else []
        found, uniques = pd.factorize(frame[column], use_na_sentinel=False)
        uniques = list(uniques)
        where = {u: i for i, u in enumerate(uniques) if not pd.isna(u)}  # an ordered value is never missing
        wanted = list(dict.fromkeys(where[v] for v in order if not pd.isna(v) and v in where))
        rank = np.empty(len(uniques), dtype=np.int64)
        rank[[*wanted, *(i for i in range(len(uniques)) if i not in set(wanted))]] = np.arange(len(uniques))
        codes.append(rank[found])
        values.append([None] * len(uniques))
        for i, r in enumerate(rank):
            values[-1][r] = uniques[i]
    key = np.zeros(len(frame), dtype=np.int64)
    for k, column_codes in enumerate(codes):
        key = key * len(values[k]) + column_codes
    positions = np.argsort(key, kind="stable")
    bounds = np.flatnonzero(np.diff(key[positions])) + 1
    groups = []
    for part in np.split(positions, bounds):
        combined, named = int(key[part[0]]), []
        for k in reversed(range(len(columns))):
            combined, code = divmod(combined, len(values[k]))
            named.append(values[k][code])
        groups.append((tuple(reversed(named)), part))
    return groups


def value_colours(values: Iterable, colours: Mapping | None, palette: Sequence[str]) -> dict:
    """A colour for each value: its own in `colours`, else the palette's next, in the values' order.
    As plotly express counts them, the palette's place starts after the map's entries (a map of one
    "others" grey puts the first unmapped value on the palette's second colour), so colours stay as
    they were drawn before these charts left plotly express."""
    chosen, taken = {}, len(colours or {})
    for value in values:
        if colours and value in colours:
            chosen[value] = colours[value]
        else:
            chosen[value] = palette[taken % len(palette)]
            taken += 1
    return chosen


def facet_rows(titles: Sequence[str]) -> tuple[list[tuple[str, str]], dict]:
    """Axes for one panel per title, stacked top to bottom, x shared (ticks on the bottom panel only).

    Returns the (xaxis, yaxis) trace references of each title's panel, in the titles' order, and the
    layout keys: axes with their domains and the titles written up the right-hand side, as plotly
    express's `facet_row` draws them (it numbers the panels from the bottom).
    """
    n = max(1, len(titles))
    tall = (1 - ROW_SPACING * (n - 1)) / n
    refs, layout, notes = [], {}, []
    for row, title in enumerate(titles):
        number = n - row  # panel 1 is the bottom one
        suffix = "" if number == 1 else str(number)
        low = (number - 1) * (tall + ROW_SPACING)
        refs.append((f"x{suffix}", f"y{suffix}"))
        layout[f"xaxis{suffix}"] = {
            "anchor": f"y{suffix}", "domain": [0.0, 1 - FACET_TITLE_ROOM],
            **({} if number == 1 else {"matches": "x", "showticklabels": False}),
        }
        layout[f"yaxis{suffix}"] = {"anchor": f"x{suffix}", "domain": [low, low + tall]}
        notes.append({
            "text": title, "textangle": 90, "showarrow": False, "x": 1 - FACET_TITLE_ROOM, "xanchor": "left",
            "xref": "paper", "y": low + tall / 2, "yanchor": "middle", "yref": "paper",
        })
    if len(titles) > 1:
        layout["annotations"] = notes
    return refs, layout


def facet_columns(titles: Sequence[str], spacing: float = 0.02) -> tuple[list[tuple[str, str]], dict]:
    """Axes for one panel per title, side by side, y shared (ticks on the left panel only), each panel's
    title above it: the (xaxis, yaxis) references in the titles' order, and the layout keys."""
    n = max(1, len(titles))
    wide = (1 - spacing * (n - 1)) / n
    refs, layout, notes = [], {}, []
    for column, title in enumerate(titles):
        suffix = "" if column == 0 else str(column + 1)
        low = column * (wide + spacing)
        refs.append((f"x{suffix}", f"y{suffix}"))
        layout[f"xaxis{suffix}"] = {"anchor": f"y{suffix}", "domain": [low, low + wide], **({"matches": "x"} if column else {})}
        layout[f"yaxis{suffix}"] = {"anchor": f"x{suffix}", **({"matches": "y", "showticklabels": False} if column else {})}
        notes.append({
            "text": title, "showarrow": False, "x": low + wide / 2, "xanchor": "center", "xref": "paper",
            "y": 1.0, "yanchor": "bottom", "yref": "paper",
        })
    layout["annotations"] = notes
    return refs, layout


def category_axis(order: Sequence) -> dict:
    """A category axis drawing `order` top to bottom (plotly draws the first category at the bottom)."""
    return {"categoryorder": "array", "categoryarray": list(order)[::-1]}

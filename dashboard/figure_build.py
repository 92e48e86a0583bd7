"""Plotly figures assembled from plain trace and layout dicts, styled and validated once.

plotly express makes a figure through hundreds of small validated updates, and each `update_layout` /
`update_xaxes` after it validates again: 0.2-0.6 s for one chart of a few thousand bars at 100,000
articles, half of a page's run (docs/performance.md, "The app"). The same figure written as dicts is
validated once, when `go.Figure` is made, in a tenth of that. The layouts here follow plotly express's
(facet domains and titles, legend groups, categories in order, first on top), so the charts look as
they did; `tests/test_figure_build.py` compares them with plotly express's on the properties that show.
"""

from __future__ import annotations

import base64
import functools
import json
import math
import os
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

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
    that moves its legend says so in its layout). Under STRICT_FIGURES, raises ValueError on an invalid
    property (see `Chart`).
    """
    return Chart(list(traces), styled_layout(layout or {}, large=large, height=height))


STRICT_FIGURES = "ALEPPO_LENS_STRICT_FIGURES"  # "1": every Chart is checked by plotly as it is made


class Chart(go.Figure):
    """A figure that reaches the browser as the plain dicts it was made from.

    plotly checks a figure property by property as it is made, and Streamlit's `st.plotly_chart` makes a
    `go.Figure` of any dict it is given before writing the JSON: 10-32 ms of a page's run at 100,000
    articles, 2-10 ms as dicts (docs/performance.md). A Chart is made without the checks (plotly's
    private `_validate=False`; its attributes read as any figure's, unchecked) and its `to_dict` is its
    dicts, which Streamlit takes from a figure without making it again and writes as they are.

    So the dicts must be what plotly would send: with the environment variable
    ALEPPO_LENS_STRICT_FIGURES=1 (the tests set it) each Chart is made with plotly's checks and raises
    ValueError when a property is invalid, or when plotly would send it otherwise (`sent_form`): a colour
    scale written as a list of colours, which plotly turns into the (position, colour) pairs plotly.js
    reads. Nothing may change a Chart after it is made (`update_layout` would not reach its dicts).
    """

    def __init__(self, data: list[dict], layout: dict) -> None:
        template = pio.templates.default
        # A pandas column written to JSON goes value by value (8 ms for the Overview's weeks), its array at once.
        data = [{k: v.to_numpy() if isinstance(v, pd.Series | pd.Index) else v for k, v in t.items()} for t in data]
        # Made with the template's name: unchecked, plotly would copy the whole template into it.
        super().__init__(data=data, layout={"template": template, **layout}, _validate=_strict())
        self._sent = {"data": data, "layout": {"template": _template(template), **layout}}
        self._made = (data, layout)
        if _strict():
            self._check("plotly would send this chart otherwise")

    def _check(self, problem: str) -> None:
        difference = first_difference(sent_form(super().to_dict()), sent_form(self._sent))
        if difference:
            raise ValueError(f"{problem}: {difference}")

    def to_dict(self) -> dict:
        """The figure as the browser gets it: {"data": [trace dicts], "layout": layout dict}, not copied.
        Under STRICT_FIGURES, raises ValueError when the figure was changed after it was made (its
        attributes would say one thing and the browser show another)."""
        if _strict():
            self._check("a Chart was changed after it was made; make a new one")
        return dict(self._sent)

    def __reduce__(self) -> tuple:
        # plotly copies and pickles a figure as `cls(its dict)`; a Chart is made again from its dicts
        return type(self), self._made


def _strict() -> bool:
    return os.environ.get(STRICT_FIGURES) == "1"  # read at each use: a test may set it for one chart


@functools.cache
def _template(name: str) -> dict:
    # 0.1 s to write out; the same dict then serves every chart (nothing changes it).
    return pio.templates[name].to_plotly_json()


def sent_form(figure: dict) -> object:
    """`figure` as plotly.js reads it: the JSON plotly writes of it, read back with typed arrays (numpy
    arrays plotly writes as base64) as lists, numbers that are not finite (NaN, infinities: gaps, written
    as null in a list) as None, and properties set to nothing (None, [] or {}, which plotly leaves out)
    left out, so that two figures a browser draws alike compare equal."""

    def read(value: object) -> object:
        if isinstance(value, dict):
            if "bdata" in value and "dtype" in value:
                array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
                if "shape" in value:
                    array = array.reshape([int(n) for n in str(value["shape"]).split(",")])
                return read(array.tolist())
            return {k: read(v) for k, v in value.items() if v is not None and v != [] and v != {}}
        if isinstance(value, list):
            return [read(v) for v in value]
        if isinstance(value, float) and not math.isfinite(value):
            return None
        return value

    return read(json.loads(pio.to_json(figure, validate=False)))


def first_difference(a: object, b: object, path: str = "") -> str | None:
    """Where two JSON-like values first differ ("layout.coloraxis.colorscale[0]: ... vs ..."), or None."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in [*a, *(k for k in b if k not in a)]:
            where = f"{path}.{key}" if path else key
            if key not in a or key not in b:
                return f"{where}: only in the {'checked' if key in a else 'sent'} figure"
            if found := first_difference(a[key], b[key], where):
                return found
        return None
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return next(
            (
                d
                for i, (x, y) in enumerate(zip(a, b, strict=True))
                if (d := first_difference(x, y, f"{path}[{i}]"))
            ),
            None,
        )
    # true is not 1 to plotly.js (a flag given 1 takes its default)
    same = a == b and isinstance(a, bool) == isinstance(b, bool)
    return None if same else f"{path}: {str(a)[:60]!r} vs {str(b)[:60]!r}"


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

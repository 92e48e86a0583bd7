"""Figure builders: DataFrames in, plotly figures or pydeck decks out. No Streamlit calls here."""

from __future__ import annotations

import html
import json
import math
import os

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pydeck as pdk
from plotly.colors import make_colorscale, sequential
from pydeck.bindings.json_tools import default_serialize

from . import figure_build as build

# Colour-blind-safe (Okabe-Ito) colours; the 2016 front: government-held west vs opposition-held east.
CONTROL_COLOURS = {
    "government": [0, 114, 178],
    "opposition": [230, 159, 0],
    "contested": [204, 121, 167],
    "kurdish": [0, 158, 115],
    "unknown": [150, 150, 150],
}
# Speaker sides as data/lexicons/speaker_sides.csv names them; anything else falls back to the palette.
SIDE_COLOURS = {
    "syrian government": "#0072B2",
    "russia": "#56B4E9",
    "iran": "#332288",
    "armed opposition": "#E69F00",
    "turkey and gulf states": "#AA4499",
    "us and western governments": "#CC79A7",
    "un and humanitarian agencies": "#009E73",
    "monitors": "#117733",
    "rescuers and medics": "#D55E00",
    "residents and witnesses": "#882255",
    "kurdish forces": "#999933",
    "other": "#999999",
    "unknown": "#BBBBBB",
}
# Every chart's template. Made plotly's default (for this process) instead of set per figure: a figure
# then gets it as it is made, where `update_layout(template=...)` rebuilt it for ~40 ms per chart.
TEMPLATE = "plotly_white"
pio.templates.default = TEMPLATE

PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"]
# Light to dark: the heatmap's counts; as the (position, colour) pairs plotly.js reads (figure_build.Chart).
BLUES = make_colorscale(sequential.Blues)
OTHERS_GREY = "#D4D4D4"  # a bar that sums many minor values (aggregate.OTHERS); lighter than any outlet's grey
ALEPPO_CENTRE = (36.2021, 37.1343)


def control_side(value: object) -> str:
    """The 2016 control value as one of CONTROL_COLOURS' keys (gazetteers spell it several ways)."""
    text = str(value or "").lower()
    # Order matters: "contested (mixed government/YPG)" is contested, not government-held.
    if "contest" in text or "front" in text:
        return "contested"
    if "kurd" in text or "ypg" in text or "sdf" in text:
        return "kurdish"
    if any(w in text for w in ("gov", "regime", "west", "saa")):
        return "government"
    if any(w in text for w in ("opp", "rebel", "east", "fsa")):
        return "opposition"
    return "unknown"


def plot_text(value: object) -> str:
    """Data text for a plotly label, legend, tick or hover: with <, > and & escaped, and the brace of "%{".

    plotly draws a subset of HTML in all of these (<a href> links, <b>, <br>), so a name from the data
    must arrive escaped; plotly turns the entities back into the characters, so names read unchanged.
    It also fills "%{...}" in templates, and in trace names when a trace has `meta`: a name written so
    would lose those characters. Markup the code adds itself (a "<br>" in a hover template) goes around
    the escaped text.
    """
    return html.escape(str(value), quote=False).replace("%{", "%&#123;")


def plot_texts(values: pd.Series) -> pd.Series:
    """`plot_text` of every value, escaping each distinct value once (a series repeats a few names)."""
    codes, uniques = pd.factorize(values)  # a missing value gets -1, the slot after the escaped uniques:
    texts = np.array([*map(plot_text, uniques), ""], dtype=object)[codes]
    for position in np.flatnonzero(codes < 0):  # None and NaN print differently, so each is escaped apart
        texts[position] = plot_text(values.iat[position])
    return pd.Series(texts, index=values.index, dtype=object)


BAR_WIDTH_MS = {"day": 0.8 * 86_400_000, "week": 6 * 86_400_000, "month": 26 * 86_400_000}


def time_bar_axis(periods: pd.Series, freq: str) -> dict:
    """The x axis of bars as wide as their period (so a single period still reads as a bar, not a
    hairline); with fewer than 3 periods, a range around them (a lone bar would fill the whole axis)."""
    axis: dict = {"type": "date"}
    drawn = sorted(pd.unique(pd.to_datetime(periods.dropna())))
    if 0 < len(drawn) < 3:
        span = pd.Timedelta(milliseconds=BAR_WIDTH_MS[freq] * 4)
        axis["range"] = [drawn[0] - span, drawn[-1] + span]
    return axis


def articles_over_time(
    counts: pd.DataFrame, freq: str = "month", large: bool = False, colours: dict[str, str] | None = None
) -> go.Figure:
    """Stacked bars of articles per period and outlet; `colours` (outlet -> colour) keeps each outlet's colour."""
    groups = build.by_value(counts, "outlet")
    colour_of = build.value_colours([v for v, _ in groups], colours, PALETTE)
    traces = [
        {
            "type": "bar", "x": rows["period"], "y": rows["articles"], "name": plot_text(outlet),
            "legendgroup": plot_text(outlet), "showlegend": True,
            "marker": {"color": colour_of[outlet]}, "width": BAR_WIDTH_MS[freq], "offset": 0,
            "hovertemplate": "%{fullData.name}<br>%{x|%d %b %Y}: %{y:,} articles<extra></extra>",
        }
        for outlet, rows in groups
    ]
    y_axis: dict = {"title": "Articles"}
    if len(counts) and counts.groupby("period")["articles"].sum().max() <= 8:
        y_axis["dtick"] = 1  # whole articles: no "2.5" ticks on a small corpus
    layout = {"barmode": "relative", "xaxis": time_bar_axis(counts.get("period", pd.Series()), freq), "yaxis": y_axis}
    return build.figure(traces, layout, large=large, height=380)


def casualties_over_time(
    series: pd.DataFrame,
    split_label: str,
    freq: str = "week",
    large: bool = False,
    log_y: bool = False,
    cap_y: float | None = None,
    colours: dict[str, str] | None = None,
) -> go.Figure:
    """Stacked bars of reported numbers per period, one panel per type when there are several; each bar's
    customdata is [its row in `series`, figures] (integers), each trace's meta [escaped split, escaped type].

    A click's key is the row: `selection.series_bars` turns it back into the raw period, split and type
    values the selection filters on. Their escaped copies, one per trace (a trace is one split value and
    type), are what the hover draws. Per bar they were a third of the figure, which plotly copies twice
    over before it is sent.
    `log_y` draws the numbers on a log scale; `cap_y` cuts the y axis there instead, so stacked bars
    keep their proportions while an outlier period is drawn cut (the page lists its total). `colours`
    (split value -> colour) gives outlets their colour when the split is by outlet. `split_label` names
    the split in each bar's hover ("Outlet: SANA").
    """
    # Traces by split value, then by type (each in order of first appearance, as plotly express orders
    # colours and facets); their rows taken by position from columns converted once: per-trace DataFrames
    # cost 20-40 ms of a weekly chart at 100,000 articles.
    groups = build.grouped_positions(series, ["split", "type"])
    kinds = list(pd.unique(series["type"]))
    refs, layout = build.facet_rows([plot_text(k) for k in kinds] if len(kinds) > 1 else [""])
    panel_of = dict(zip(kinds, refs, strict=False))  # one kind: the single panel
    colour_of = build.value_colours(list(dict.fromkeys(split for (split, _), _ in groups)), colours, PALETTE)
    periods, reported = series["period"].to_numpy(), series["reported"].to_numpy()
    # [row of `series`, figures], integers: a click's key is the row (selection.series_bars reads its
    # period, split and type). Keys as strings were object arrays, which plotly deep-copies value by value
    # and encodes slowly: 30-50 ms of the page for a weekly chart at 100,000 articles.
    custom = np.column_stack([np.arange(len(series)), series["figures"].to_numpy(dtype=np.int64)])
    traces, in_legend = [], set()
    for (split, kind), rows in groups:
        panel = panel_of[kind]
        traces.append({
            "type": "bar", "x": periods[rows], "y": reported[rows], "customdata": custom[rows],
            "name": plot_text(split), "legendgroup": plot_text(split), "showlegend": split not in in_legend,
            "marker": {"color": colour_of[split]}, "xaxis": panel[0], "yaxis": panel[1],
            "width": BAR_WIDTH_MS[freq], "offset": 0, "meta": [plot_text(split), plot_text(kind)],
            "hovertemplate": plot_text(split_label) + ": %{meta[0]}<br>%{x|%d %b %Y}: %{y:,} reported"
            " %{meta[1]}<br>from %{customdata[1]} figure(s)<extra></extra>",
        })
        in_legend.add(split)
    x_axis = time_bar_axis(series["period"], freq)
    y_axis: dict = {"title": "Reported"}
    if log_y:
        y_axis = {"type": "log", "dtick": 1, "title": "Reported (log scale)"}  # 1, 10, 100 ... only
    elif cap_y is not None:
        y_axis = {"range": [0, cap_y], "title": "Reported (axis cut)"}
        # A cut bar shows only its lower segments: a mark on it says so, and hovering the mark gives its
        # total (written totals would run into each other on a weekly axis; the caption lists the largest).
        totals = series.groupby(["period", "type"])["reported"].sum()
        cut = [
            {
                "x": period, "y": cap_y, "xref": panel_of[kind][0], "yref": panel_of[kind][1], "text": "▲",
                "hovertext": f"{pd.Timestamp(period):%d %b %Y}: {int(total):,} reported (bar cut)",
                "showarrow": False, "yanchor": "bottom", "font": {"size": 11},
            }
            for (period, kind), total in totals.items()
            if total > cap_y
        ]
        layout["annotations"] = [*layout.get("annotations", []), *cut]
    for key in list(layout):
        if key.startswith("xaxis"):
            layout[key] = {**layout[key], **x_axis}
        elif key.startswith("yaxis"):
            layout[key] = {**layout[key], **y_axis}
    layout["barmode"] = "relative"
    return build.figure(traces, layout, large=large, height=300 + 160 * (len(kinds) - 1 if len(kinds) > 1 else 0))


def incident_ranges(incidents: pd.DataFrame, large: bool = False, log_x: bool = False) -> go.Figure:
    """Each incident's lowest and highest reported number, joined by a line: the wider, the more
    disagreement. `log_x` draws the numbers on a log scale (when one incident dwarfs the rest: a war-wide
    toll beside a day's), where equal ratios are equal lengths; it needs every number above zero."""
    frame = incidents.dropna(subset=["max"]).sort_values("max").tail(20)
    log_x = log_x and bool(len(frame)) and float(frame["min"].fillna(frame["max"]).min()) > 0
    labels = [
        plot_text(f"{str(t).replace('_', ' ')} {g}, {p or 'place n/a'}" + (f", {d:%d %b %Y}" if pd.notna(d) else ""))
        for t, g, p, d in zip(frame["type"], frame["group"], frame["place"], frame["date"], strict=False)
    ]
    # Two incidents written alike (no date, one place) keep a row each: a category axis would draw them on one.
    seen: dict[str, int] = {}
    for k, label in enumerate(labels):
        seen[label] = seen.get(label, 0) + 1
        labels[k] = label if seen[label] == 1 else f"{label} ({seen[label]})"
    ids = frame["incident_id"] if "incident_id" in frame.columns else [None] * len(frame)
    traces = [
        {
            "type": "scatter", "x": [low, high], "y": [label, label],
            "customdata": [[incident], [incident]],  # the click's key (selection.first_key)
            "mode": "lines+markers", "showlegend": False,
            "line": {"color": "#999999", "width": 3}, "marker": {"size": 11, "color": "#D55E00"},
            "hovertemplate": "%{y}: %{x:,}<extra></extra>",
        }
        for label, low, high, incident in zip(labels, frame["min"], frame["max"], ids, strict=False)
    ]
    layout = {"xaxis": {"title": "Reported number (lowest to highest)"}}
    if log_x:
        layout["xaxis"] = {"type": "log", "title": "Reported number, lowest to highest (log scale)"}
    return build.figure(traces, layout, large=large, height=120 + 32 * max(1, len(frame)))


def heatmap(matrix: pd.DataFrame, large: bool = False) -> go.Figure:
    """Quotes per outlet (rows, first on top) and speaker (columns), each cell's count written in it."""
    trace = {
        "type": "heatmap", "z": matrix.to_numpy(), "x": [plot_text(c) for c in matrix.columns],
        "y": [plot_text(i) for i in matrix.index], "texttemplate": "%{z}", "coloraxis": "coloraxis",
        "hovertemplate": "Speaker: %{x}<br>Outlet: %{y}<br>Quotes: %{z}<extra></extra>",
    }
    layout = {
        "xaxis": {"title": "Speaker", "tickangle": -35},
        "yaxis": {"title": "Outlet", "autorange": "reversed"},
        "coloraxis": {"colorscale": BLUES, "colorbar": {"title": {"text": "Quotes"}}},
    }
    return build.figure([trace], layout, large=large, height=160 + 40 * len(matrix))


def horizontal_bars(
    frame: pd.DataFrame,
    label: str,
    value: str,
    large: bool = False,
    *,
    title: str | None = None,
    share: bool = False,
    key: str | None = None,
) -> go.Figure:
    """Horizontal bars, first row on top. `share`: the values are 0-1 shares, drawn on a fixed 0-100 %
    axis so views compare; `title` names the value axis (default: the column's name); `key`: a column
    whose raw value each bar carries as customdata, for clicks (selection.first_key)."""
    rows = frame.iloc[::-1]
    trace = {
        "type": "bar", "orientation": "h", "x": rows[value], "y": plot_texts(rows[label]),
        "marker": {"color": PALETTE[0]}, "hovertemplate": "%{y}: %{x:,}<extra></extra>",
        **({"customdata": rows[[key]].to_numpy()} if key else {}),
    }
    x_axis: dict = {"title": title or value.replace("_", " ").capitalize()}
    if share:
        x_axis.update(range=[0, 1], tickformat=".0%")
        trace["hovertemplate"] = "%{y}: %{x:.0%}<extra></extra>"
    layout = {"xaxis": x_axis, "yaxis": {"title": "", "type": "category"}}
    return build.figure([trace], layout, large=large, height=120 + 28 * max(1, len(frame)))


def lines_over_time(frame: pd.DataFrame, y: str, colour: str, large: bool = False) -> go.Figure:
    """One line with markers per value of `colour` (in order of first appearance), `y` per period."""
    groups = build.by_value(frame, colour)
    colour_of = build.value_colours([v for v, _ in groups], None, PALETTE)
    traces = [
        {
            "type": "scatter", "mode": "lines+markers", "x": rows["period"], "y": rows[y],
            "name": plot_text(value), "legendgroup": plot_text(value), "showlegend": True,
            "line": {"color": colour_of[value]}, "marker": {"color": colour_of[value]},
            "hovertemplate": "%{fullData.name}<br>%{x|%d %b %Y}: %{y:,}<extra></extra>",
        }
        for value, rows in groups
    ]
    return build.figure(traces, {"xaxis": {"title": ""}, "yaxis": {"title": y.capitalize()}}, large=large, height=340)


def boxes_overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """Whether two (x0, y0, x1, y1) pixel boxes overlap (touching edges do not)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# ---- Maps -----------------------------------------------------------------------------------------

LABEL_STYLE = {  # dark text on a white halo: readable on a blank background and over tiles
    # pydeck reads bare strings as JavaScript expressions; quotes make this one a literal font name.
    "font_family": "'Helvetica, Arial, sans-serif'",
    "get_color": [25, 25, 25],
    "background": True,
    "get_background_color": [255, 255, 255, 225],
    "background_padding": [4, 2],
}


def fitted_view(
    lats: pd.Series, lons: pd.Series, *, width: int = 860, height: int = 620, max_zoom: float = 14.0
) -> pdk.ViewState:
    """A view centred on the points' extent and zoomed so all of them fit a width x height pixel map."""
    lats, lons = pd.Series(lats, dtype=float).dropna(), pd.Series(lons, dtype=float).dropna()
    if lats.empty or lons.empty:
        return pdk.ViewState(latitude=ALEPPO_CENTRE[0], longitude=ALEPPO_CENTRE[1], zoom=11.5)
    south, north, west, east = lats.min(), lats.max(), lons.min(), lons.max()
    # deck.gl's Web Mercator: the world is 512 * 2**zoom pixels wide (measured in the browser).
    y_span = max(_mercator_y(north) - _mercator_y(south), 1e-6)
    x_span = max(east - west, 1e-6) / 360
    zoom = min(math.log2(width / (512 * x_span)), math.log2(height / (512 * y_span)))
    return pdk.ViewState(
        latitude=float(south + north) / 2,
        longitude=float(west + east) / 2,
        zoom=round(max(1.0, min(max_zoom, zoom - 0.15)), 2),  # a margin so edge labels stay inside
    )


def _mercator_y(lat: float) -> float:
    """Latitude as a Web Mercator y coordinate, in fractions of the world's height."""
    phi = math.radians(max(-85.0, min(85.0, float(lat))))
    return math.log(math.tan(math.pi / 4 + phi / 2)) / (2 * math.pi)


def _pixel_xy(lat: float, lon: float, zoom: float) -> tuple[float, float]:
    """A point's position in deck.gl's world pixels at this zoom (only differences matter)."""
    world = 512 * 2**zoom
    return (float(lon) + 180) / 360 * world, (0.5 - _mercator_y(lat)) * world


def placed_labels(rows: list[dict], view: pdk.ViewState, size: int = 14) -> list[dict]:
    """The rows whose labels fit without overlapping, each with an "offset": above its mark, else below.

    Rows come in priority order and need lat, lon, label and radius (metres). Label boxes are estimated
    from the text length (bold sans-serif is about 0.6 em per character).
    """
    zoom = float(view.zoom)
    metres_per_px = 40_075_016 * math.cos(math.radians(float(view.latitude))) / (512 * 2**zoom)
    boxes: list[tuple[float, float, float, float]] = []
    placed = []
    for row in rows:
        x, y = _pixel_xy(row["lat"], row["lon"], zoom)
        half_w = 0.3 * size * len(str(row["label"])) + 5
        half_h = size / 2 + 3
        gap = max(float(row.get("radius", 0)) / metres_per_px, 4) + half_h + 2
        for dy in (-gap, gap):
            box = (x - half_w, y + dy - half_h, x + half_w, y + dy + half_h)
            if not any(boxes_overlap(box, b) for b in boxes):
                boxes.append(box)
                placed.append({**row, "offset": [0, round(dy)]})
                break
    return placed


NEIGHBOURHOOD = {"SY", "TR", "LB", "JO", "IQ", "IL", "PS", "CY"}  # the other-places map opens on these
ALEPPO_MARK = {"place": "Aleppo", "lat": ALEPPO_CENTRE[0], "lon": ALEPPO_CENTRE[1]}


def places_deck(places: pd.DataFrame, tiles: bool = False, n_labels: int = 30) -> pdk.Deck:
    """Places outside Aleppo city: one dot per place, sized by mentions; the most mentioned labelled.

    Countries are left off (a dot at a country's centre says little; the page lists them). Aleppo is
    drawn as a reference. The view fits Syria and its neighbours when they are mentioned.
    """
    frame = places[places["kind"] != "country"].sort_values("mentions", ascending=False).copy()
    top = max(float(frame["mentions"].max()), 1.0) if len(frame) else 1.0
    frame["radius"] = [3000 + 27000 * math.sqrt(v / top) for v in frame["mentions"]]
    frame["label"] = [p if i < n_labels else "" for i, p in enumerate(frame["place"])]
    data = frame[["place_id", "place", "kind", "lat", "lon", "mentions", "radius", "label"]].to_dict(
        "records"
    )
    near = frame[frame["country"].isin(NEIGHBOURHOOD)] if "country" in frame.columns else frame.iloc[0:0]
    fit = near if len(near) else frame
    lats = pd.concat([fit["lat"], pd.Series([ALEPPO_CENTRE[0]])])
    lons = pd.concat([fit["lon"], pd.Series([ALEPPO_CENTRE[1]])])
    view = fitted_view(lats, lons, height=460, max_zoom=8.0)
    aleppo = {**ALEPPO_MARK, "label": "Aleppo (city)", "radius": 0}
    labels = placed_labels([aleppo, *[row for row in data if row["label"]]], view, size=14)
    layers = [
        pdk.Layer(
            "ScatterplotLayer",
            data[::-1],
            id="places",
            get_position=["lon", "lat"],
            get_radius="radius",
            get_fill_color=[0, 114, 178, 170],
            get_line_color=[255, 255, 255],
            stroked=True,
            line_width_min_pixels=1,
            radius_min_pixels=4,
            radius_max_pixels=36,
            pickable=True,
        ),
        pdk.Layer(
            "ScatterplotLayer",
            [ALEPPO_MARK],
            id="aleppo",
            get_position=["lon", "lat"],
            get_radius=1,
            radius_min_pixels=7,
            get_fill_color=[213, 94, 0, 255],
            get_line_color=[255, 255, 255],
            stroked=True,
            line_width_min_pixels=2,
        ),
        pdk.Layer(
            "TextLayer",
            labels,
            id="place-labels",
            get_position=["lon", "lat"],
            get_text="label",
            get_size=14,
            get_pixel_offset="offset",
            font_weight=700,
            **LABEL_STYLE,
        ),
    ]
    tooltip = {"html": "<b>{place}</b> ({kind})<br/>{mentions} mentions", "style": {"fontSize": "15px"}}
    return _deck(layers, view, tooltip, tiles)


class CompactDeck(pdk.Deck):
    """A pydeck Deck written as JSON without indentation. pydeck indents its JSON, and an indented dump
    makes Python's json module use its pure-Python encoder: the district map took 11.5 ms of every Map page
    run (3.1 ms on one line) and 2.5 times the bytes. The same JSON but for whitespace (the same keys,
    sorted, and values)."""

    def to_json(self) -> str:
        return json.dumps(self, sort_keys=True, default=default_serialize)


def _deck(layers: list, view: pdk.ViewState, tooltip: dict, tiles: bool) -> pdk.Deck:
    # No basemap unless asked: the map must read offline and without a token. CARTO's free basemap now
    # wants a (free) key for unwatermarked tiles: CARTO_API_KEY passes one when the user has it.
    if tiles:
        key = os.environ.get("CARTO_API_KEY")
        return CompactDeck(
            layers=layers,
            initial_view_state=view,
            tooltip=tooltip,
            map_provider="carto",
            map_style="light",
            api_keys={"carto": key} if key else None,
        )
    # No basemap: map_provider=None with pydeck's own default style. map_style=None (or "") would leave
    # the style out, and Streamlit then fetches CARTO's positron style from the network.
    return CompactDeck(layers=layers, initial_view_state=view, tooltip=tooltip, map_provider=None)

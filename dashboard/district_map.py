"""The district map: areas coloured by a measure (a choropleth) or by who held them, as a pydeck deck.

Pure builders: DataFrames in (areas from `districts.district_areas` with their figures), a deck and
the legend's rows out. No basemap by default, so the map reads (and loads) offline; the district
names and the outline of the opposition-held area orient a class. No Streamlit here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd
import pydeck as pdk
from shapely.geometry import MultiPolygon, Polygon
from shapely.ops import unary_union

from .charts import CONTROL_COLOURS, LABEL_STYLE, _deck, fitted_view, placed_labels

# ColorBrewer YlGnBu, its 5 darker classes of 6 (the palest is too near the no-data grey) (sequential, colour-blind safe, prints in grey), light to dark.
SEQUENTIAL = ["#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"]
NO_DATA = "#eeeeee"
CONTROL_LABELS = {
    "government": "Government",
    "opposition": "Opposition (rebels)",
    "kurdish": "Kurdish YPG",
    "contested": "Contested or front line",
    "unknown": "Not recorded",
}
UNRECORDED = "#d9d9d9"  # lighter than CONTROL_COLOURS' grey, so the sides stand out on the control map
FRONT_COLOUR = [213, 94, 0]  # Okabe-Ito vermillion: stands out on every YlGnBu class
CONTROL_MODE = "Who held it"


@dataclass(frozen=True)
class LegendRow:
    """One colour on the map and what it means."""

    colour: str  # "#rrggbb"
    label: str
    kind: str = "fill"  # "fill" for an area colour, "line" for an outline


def _rgb(hex_colour: str, alpha: int = 255) -> list[int]:
    value = hex_colour.lstrip("#")
    return [int(value[i : i + 2], 16) for i in (0, 2, 4)] + [alpha]


def _hex(rgb: list[int]) -> str:
    return "#" + "".join(f"{int(c):02x}" for c in rgb[:3])


def palette(n_classes: int) -> list[str]:
    """`n_classes` colours of SEQUENTIAL spread from its lightest to its darkest (2 classes: the two ends)."""
    if n_classes <= 1:
        return SEQUENTIAL[-1:] if n_classes == 1 else []
    last = len(SEQUENTIAL) - 1
    return [SEQUENTIAL[round(i * last / (n_classes - 1))] for i in range(n_classes)]


def side_colour(side: str) -> str:
    """The fill for who held an area (CONTROL_COLOURS' hues; a light grey when not recorded)."""
    return UNRECORDED if side == "unknown" else _hex(CONTROL_COLOURS[side])


def class_breaks(values: pd.Series | list, *, log: bool = False, n: int = len(SEQUENTIAL)) -> list[int]:
    """Upper bounds (whole numbers, rising, the last = the largest value) of up to `n` colour classes
    for the positive values; zero has its own "no data" colour. Linear: equal steps up to the largest;
    log: each class about the same ratio wider (1, 3, 10, 30...), so a few large values do not leave
    every other district in the palest class. [] when no value is positive."""
    top = max((float(v) for v in values if v == v and v > 0), default=0.0)
    if top <= 0:
        return []
    if log:
        bounds = [math.exp(math.log(top) * (i + 1) / n) for i in range(n)]
    else:
        bounds = [top * (i + 1) / n for i in range(n)]
    rounded: list[int] = []
    for bound in bounds:
        value = max(1, math.ceil(bound - 1e-9))
        if not rounded or value > rounded[-1]:
            rounded.append(value)
    return rounded


def class_of(value: float, breaks: list[int]) -> int | None:
    """The class index of a value (None for zero or no data)."""
    if not value or value != value or value <= 0:
        return None
    for i, bound in enumerate(breaks):
        if value <= bound:
            return i
    return len(breaks) - 1


def measure_legend(breaks: list[int], measure_label: str) -> list[LegendRow]:
    """One legend row per colour class ("1-3", "4-10"), then the no-data colour."""
    rows, low = [], 1
    for colour, high in zip(palette(len(breaks)), breaks, strict=True):
        span = f"{low}" if low == high else f"{low}–{high}"
        rows.append(LegendRow(colour, f"{measure_label}: {span}"))
        low = high + 1
    rows.append(LegendRow(NO_DATA, f"{measure_label}: none"))
    return rows


def area_colours(values: pd.Series, breaks: list[int]) -> list[str]:
    colours = palette(len(breaks))
    return [NO_DATA if (c := class_of(v, breaks)) is None else colours[c] for v in values]


def held_area_outline(
    areas: pd.DataFrame, sides: list[str], side: str = "opposition"
) -> list[list[list[float]]]:
    """The outline(s) of the areas held by `side`, merged: paths of [lon, lat] for a PathLayer."""
    shapes = [
        Polygon(ring) for rings, s in zip(areas["rings"], sides, strict=True) if s == side for ring in rings
    ]
    if not shapes:
        return []
    merged = unary_union([s.buffer(0) for s in shapes]).buffer(1e-6).buffer(-1e-6)  # close hairline gaps
    polygons = list(merged.geoms) if isinstance(merged, MultiPolygon) else [merged]
    return [
        [list(point) for point in polygon.exterior.coords] for polygon in polygons if not polygon.is_empty
    ]


@dataclass(frozen=True)
class DistrictMap:
    """What the page draws: the deck, its legend rows, and the per-area rows it coloured."""

    deck: pdk.Deck
    legend: list[LegendRow]
    rows: pd.DataFrame  # area_id, name, value, colour, side, label


def district_map(
    areas: pd.DataFrame,
    measure: str,
    measure_label: str,
    sides: dict[str, str],
    *,
    control_date: str,
    log: bool = False,
    tiles: bool = False,
    label_all: bool = False,
    selected: str | None = None,
) -> DistrictMap:
    """The district areas coloured by `measure` (a column of `areas`), or by `sides` (area_id -> who
    held it on `control_date`) when `measure` is CONTROL_MODE. The opposition-held area is outlined
    in either case. Areas with figures are labelled, the largest first, without overlaps (all of them
    with `label_all`); `selected` (an area_id) is drawn with a thick outline."""
    frame = areas.copy()
    frame["side"] = [sides.get(a, "unknown") for a in frame["area_id"]]
    if measure == CONTROL_MODE:
        frame["value"] = frame["mentions"]
        frame["colour"] = [side_colour(s) for s in frame["side"]]
        present = [s for s in CONTROL_LABELS if s in set(frame["side"])]
        legend = [
            LegendRow(
                side_colour(s),
                CONTROL_LABELS[s] if s == "unknown" else f"{CONTROL_LABELS[s]} on {control_date}",
            )
            for s in present
        ]
    else:
        frame["value"] = frame[measure]
        breaks = class_breaks(frame["value"], log=log)
        frame["colour"] = area_colours(frame["value"], breaks)
        legend = measure_legend(breaks, measure_label)
    front = held_area_outline(frame, list(frame["side"]))
    if front:
        legend.append(
            LegendRow(_hex(FRONT_COLOUR), f"Outline: held by the opposition on {control_date}", "line")
        )
    frame["label"] = frame["name"]
    polygons = [
        {
            "place_id": row.area_id,
            "name": row.name,
            "polygon": ring,
            "fill": _rgb(row.colour, 215),
            "value": int(row.value),
            "held": CONTROL_LABELS[row.side],
            "mentions": int(row.mentions),
            "killed": int(row.killed),
            "wounded": int(row.wounded),
            "quotes": int(row.quotes),
        }
        for row in frame.itertuples()
        for ring in row.rings
    ]
    layers = [
        pdk.Layer(
            "PolygonLayer",
            polygons,
            id="districts",
            get_polygon="polygon",
            get_fill_color="fill",
            get_line_color=[90, 90, 90, 200],
            line_width_min_pixels=1,
            stroked=True,
            filled=True,
            pickable=True,
            auto_highlight=True,
            highlight_color=[255, 255, 255, 90],
        )
    ]
    if front:
        layers.append(
            pdk.Layer(
                "PathLayer",
                [{"path": path} for path in front],
                id="front",
                get_path="path",
                get_color=[*FRONT_COLOUR, 255],
                width_min_pixels=4,
                pickable=False,
            )
        )
    if selected is not None:
        chosen = [
            {"path": ring} for rings in frame.loc[frame["area_id"] == selected, "rings"] for ring in rings
        ]
        layers.append(
            pdk.Layer(
                "PathLayer",
                chosen,
                id="selected",
                get_path="path",
                get_color=[0, 0, 0, 255],
                width_min_pixels=4,
            )
        )
    lats = [p[1] for rings in frame["rings"] for ring in rings for p in ring]
    lons = [p[0] for rings in frame["rings"] for ring in rings for p in ring]
    view = fitted_view(pd.Series(lats), pd.Series(lons))
    labelled = frame[frame["value"] > 0] if not label_all else frame
    candidates = [
        {"lat": r.lat, "lon": r.lon, "label": r.label, "radius": 0}
        for r in labelled.sort_values("value", ascending=False).itertuples()
    ]
    if selected is not None and selected in set(frame["area_id"]):  # the selected district's label wins
        pick = frame[frame["area_id"] == selected].iloc[0]
        candidates = [c for c in candidates if c["label"] != pick["label"]]
        candidates.insert(0, {"lat": pick["lat"], "lon": pick["lon"], "label": pick["label"], "radius": 0})
    shown = candidates if label_all else placed_labels(candidates, view, size=14)
    layers.append(
        pdk.Layer(
            "TextLayer",
            [{**row, "offset": row.get("offset", [0, 0])} for row in shown],
            id="labels",
            get_position=["lon", "lat"],
            get_text="label",
            get_pixel_offset="offset",
            get_size=14,
            font_weight=700,
            **LABEL_STYLE,
        )
    )
    tooltip = {
        "html": "<b>{name}</b><br/>" + measure_label + ": <b>{value}</b><br/>"
        "Mentions {mentions} · killed {killed} · wounded {wounded} · quotes {quotes}<br/>"
        f"Held on {control_date}: " + "{held}<br/><i>Click to list what was written about it</i>",
        "style": {"fontSize": "15px"},
    }
    rows = frame[["area_id", "name", "value", "colour", "side", "label", "lat", "lon", "rings"]]
    return DistrictMap(_deck(layers, view, tooltip, tiles), legend, rows)


def legend_markdown(legend: list[LegendRow]) -> str:
    """The legend as Markdown: a coloured square (or line) per colour and its meaning. The colours are
    fixed hex codes from this module, never data, so the span styles are safe to render as HTML."""
    items = []
    for row in legend:
        mark = "▬" if row.kind == "line" else "■"
        items.append(
            f"<span style='color:{row.colour};font-size:1.4em;text-shadow:0 0 1px #555'>{mark}</span> {row.label}"
        )
    return " &nbsp; ".join(items)

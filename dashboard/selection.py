"""Chart and table selections turned into what they select: figures, articles, places, speakers (pure)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def _customdata(point: Mapping[str, Any]) -> list:
    data = point.get("customdata")
    if data is None:
        return []
    return list(data) if isinstance(data, (list, tuple)) else [data]


def selected_keys(points: Sequence[Mapping[str, Any]]) -> list[tuple]:
    """The stable keys charts put in `customdata`, one tuple per selected point, in order, without repeats."""
    keys: list[tuple] = []
    for point in points or []:
        key = tuple(_customdata(point))
        if key and key not in keys:
            keys.append(key)
    return keys


def selected_place(selection: Mapping[str, Any] | None, layer_id: str) -> str | None:
    """The place_id of the object picked on a pydeck layer, if any."""
    if not selection:
        return None
    objects = (selection.get("objects") or {}).get(layer_id) or []
    for obj in objects:
        place_id = obj.get("place_id") or (obj.get("properties") or {}).get("place_id")
        if place_id:
            return str(place_id)
    return None


def selected_speaker(points: Sequence[Mapping[str, Any]]) -> str | None:
    """The speaker of the first clicked network node (nodes carry their name as customdata)."""
    keys = selected_keys(points)
    return str(keys[0][0]) if keys else None


ANY_PLACE = "Any place"
ALEPPO_PLACES = "Aleppo places"


def place_scope(scope: str, chosen: Sequence[str], aleppo: Sequence[str]) -> list[str] | None:
    """The places casualty figures are restricted to: None for any place; with "Aleppo places" the
    places inside Aleppo (narrowed to the chosen ones among them, if any); else the chosen places."""
    chosen = [str(c) for c in chosen]
    if scope == ALEPPO_PLACES:
        inside = [str(a) for a in aleppo]
        narrowed = [c for c in chosen if c in inside]
        return narrowed or inside
    return chosen or None


def outlier_scale(values: Sequence[float], ratio: float = 8.0) -> bool:
    """True when one bar dwarfs the rest (largest above `ratio` times the median of the positive
    values, with at least four of them): the chart then uses a log scale so the rest stays readable."""
    positive = sorted(float(v) for v in values if v is not None and v == v and v > 0)
    if len(positive) < 4:
        return False
    middle = positive[len(positive) // 2]
    return positive[-1] > ratio * middle


def outlier_cap(values: Sequence[float], ratio: float = 8.0, headroom: float = 1.15) -> float | None:
    """The y-axis top that keeps the ordinary bars readable when one or a few dwarf the rest: the
    largest bar within `ratio` times the median of the positive values, plus `headroom`; None when no
    bar is an outlier (see `outlier_scale`). Bars above it are drawn cut, and the page lists them.
    A stacked bar keeps its proportions (a log axis would not)."""
    if not outlier_scale(values, ratio):
        return None
    positive = sorted(float(v) for v in values if v is not None and v == v and v > 0)
    middle = positive[len(positive) // 2]
    ordinary = [v for v in positive if v <= ratio * middle]
    return max(ordinary) * headroom if ordinary else None


# ---- what a click on a chart picks, for the panel below it ----------------------------------------
# Network points carry their keys in customdata: a speaker's dot [speaker, shown name]; an edge's middle
# marker [speaker a, speaker b, shown label, articles] (charts.speaker_network). The length tells them apart.
NODE_FIELDS = 2
EDGE_FIELDS = 4


def network_choice(points: Sequence[Mapping[str, Any]]) -> tuple[str, ...] | None:
    """The first network element clicked: ("speaker", name) for a dot, ("pair", a, b) for a line between
    two speakers quoted in the same articles; None when the selection is empty (cleared)."""
    for point in points or []:
        data = _customdata(point)
        if len(data) == EDGE_FIELDS:
            return ("pair", str(data[0]), str(data[1]))
        if len(data) == NODE_FIELDS:
            return ("speaker", str(data[0]))
    return None


def first_key(points: Sequence[Mapping[str, Any]]) -> str | None:
    """The first selected point's first customdata value (an entity's name, an incident's id); None when
    nothing is selected."""
    keys = selected_keys(points)
    return str(keys[0][0]) if keys else None


def chosen_after_click(clicked: str | None, options: Sequence[str], default: str | None) -> str | None:
    """The value a chart-driven picker takes after a click: the clicked one when it is among the options,
    the default when the click cleared the selection, else None (leave the picker as it is)."""
    if clicked is None:
        return default
    return clicked if clicked in options else None

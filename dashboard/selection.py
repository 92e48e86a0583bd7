"""Chart and table selections turned into what they select: figures, articles, places, speakers (pure)."""

from __future__ import annotations

import numbers
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

import pandas as pd


def _customdata(point: Mapping[str, Any]) -> list:
    data = point.get("customdata")
    if data is None:
        return []
    if isinstance(data, Mapping) and all(str(k).isdigit() for k in data):
        # A row of a numeric customdata array: plotly sends those as typed arrays, and the selection
        # event writes a typed array as an object of positions ({"0": 12, "1": 3}).
        return [data[k] for k in sorted(data, key=int)]
    return list(data) if isinstance(data, (list, tuple)) else [data]


def selected_keys(points: Sequence[Mapping[str, Any]]) -> list[tuple]:
    """The stable keys charts put in `customdata`, one tuple per selected point, in order, without repeats."""
    keys: list[tuple] = []
    for point in points or []:
        key = tuple(_customdata(point))
        if key and key not in keys:
            keys.append(key)
    return keys


def series_bars(points: Sequence[Mapping[str, Any]], series: pd.DataFrame) -> list[tuple[str, str, str]]:
    """(period as YYYY-MM-DD, split, type) of each selected bar of a chart of `series` whose bars carry
    their row in it as first customdata value (charts.casualties_over_time); rows not in `series` are
    skipped. A changed chart is a new Streamlit element, so a selection never outlives its series."""
    bars = []
    for key in selected_keys(points):
        row = key[0]
        if isinstance(row, numbers.Real) and not isinstance(row, bool) and float(row).is_integer() and 0 <= row < len(series):
            period, split, kind = (series[c].iat[int(row)] for c in ("period", "split", "type"))
            bar = (pd.Timestamp(period).strftime("%Y-%m-%d"), str(split), str(kind))
            if bar not in bars:
                bars.append(bar)
    return bars


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


# ---- The district map ------------------------------------------------------------------------------


def new_click(clicked: str | None, last_handled: str | None) -> bool:
    """True when the map reports a district picked that has not been acted on yet (the map keeps
    reporting its last pick on every rerun)."""
    return bool(clicked) and clicked != last_handled


def district_choices(ranked: Any, chosen: str | None) -> list[str]:
    """The districts the picker offers: those mentioned (area_id, in `ranked` order), with the chosen
    one first when it has no mention (a click on a district nobody wrote about still selects it)."""
    choices = ranked.loc[ranked["mentions"] > 0, "area_id"].tolist()
    if chosen and chosen not in choices and chosen in set(ranked["area_id"]):
        choices.insert(0, chosen)
    return choices


def week_from_link(values: list[str], weeks: Sequence[date]) -> date | None:
    """The week a link's ?map-week= names (its Monday, ISO "2016-11-14"; any day of it will do), when
    it is one of `weeks` (Mondays); else None."""
    for value in values:
        try:
            day = date.fromisoformat(value)
        except ValueError:
            continue
        monday = day - timedelta(days=day.weekday())
        if monday in weeks:
            return monday
    return None


def stepped(choices: Sequence[Any], current: Any, step: int) -> Any:
    """The choice `step` places after `current` (before, when negative), stopping at either end."""
    position = list(choices).index(current) if current in choices else 0
    return choices[max(0, min(len(choices) - 1, position + step))]


def control_source(timeline: Any, place_ids: Sequence[str], day: Any) -> Mapping[str, Any] | None:
    """The latest dated control change for the area's own place (its first place id) on or before
    `day`, as a row mapping (date, held_by, source), or None (the mid-2016 front applies)."""
    if day is None or not place_ids or timeline.empty:
        return None
    rows = timeline[(timeline["place_id"] == place_ids[0]) & (timeline["date"] <= day)]
    return rows.iloc[-1].to_dict() if len(rows) else None


def spanning_places(measures: Any, places: Any) -> list[tuple[str, int]]:
    """(name, mentions) of the mentioned places that span many districts (gazetteer kind "area": East
    Aleppo, the Old City), most mentioned first: the map draws them on no district, the page lists them."""
    kinds = dict(zip(places["place_id"], places["kind"], strict=False))
    rows = [(str(r.name), int(r.mentions)) for r in measures.itertuples() if kinds.get(r.place_id) == "area" and r.mentions > 0]
    return sorted(rows, key=lambda row: (-row[1], row[0]))
# ---- what a click on a chart picks, for the panel below it ----------------------------------------
# Network points carry their keys in customdata: a speaker's dot [speaker, shown name]; an edge's middle
# marker [speaker a, speaker b, shown label, articles] (network_chart.speaker_network). The length tells them apart.
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

"""Chart and table selections turned into what they select: figures, articles, places, speakers (pure)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from .aggregate import figure_dates, period_start


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


def figures_behind_points(
    figures: pd.DataFrame, points: Sequence[Mapping[str, Any]], freq: str, split: str
) -> pd.DataFrame:
    """The casualty figures a selected bar or point stands for: same period and same split value.

    Each bar carries customdata [period (ISO date), split value, type].
    """
    keys = selected_keys(points)
    if not keys or figures.empty:
        return figures.iloc[0:0]
    periods = period_start(figure_dates(figures), freq).dt.strftime("%Y-%m-%d")
    values = figures[split].fillna("(not stated)").astype(str)
    keep = pd.Series(False, index=figures.index)
    for key in keys:
        match = (periods == str(key[0])[:10]) & (values == str(key[1]))
        if len(key) > 2:
            match &= figures["type"] == key[2]
        keep |= match
    return figures[keep & ~figures["cumulative"].fillna(False).astype(bool)]


def rows_to_article_ids(table: pd.DataFrame, rows: Sequence[int]) -> list[str]:
    """Article ids of the selected rows of a displayed table (row positions as Streamlit reports them)."""
    valid = [r for r in rows or [] if 0 <= r < len(table)]
    return list(dict.fromkeys(table.iloc[valid]["article_id"].astype(str)))


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

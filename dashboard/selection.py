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

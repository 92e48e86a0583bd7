"""Who held each Aleppo neighbourhood on a given day: the mid-2016 front, then dated, sourced changes.

`data/gazetteer/control.csv` has one row per reported change: neighbourhood (a gazetteer name),
date (YYYY-MM-DD: the day the source reports the neighbourhood held), held_by (government,
opposition, kurdish or contested), source (a public URL) and a short note. It covers the
November-December 2016 offensive; neighbourhoods no source dated are left out. Before a
neighbourhood's first row the map uses the gazetteer's `control_2016` (the front of about
June-July 2016). No Streamlit here.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd

from pipeline.gazetteer import closest_place
from pipeline.paths import GAZETTEER_DIR

from .charts import control_side

CONTROL_CSV = GAZETTEER_DIR / "control.csv"
CONTROL_COLUMNS = ["neighbourhood", "date", "held_by", "source", "note"]
HELD_BY = ("government", "opposition", "kurdish", "contested")


def load_control(places: pd.DataFrame, path: Path = CONTROL_CSV) -> pd.DataFrame:
    """The control timeline with each row's place_id (matched by gazetteer name, then by spelling),
    oldest first. Rows whose neighbourhood is not in `places` are dropped. Empty when the file is
    missing. Raises ValueError on a held_by outside HELD_BY or a row without a source."""
    if not Path(path).exists():
        return pd.DataFrame(columns=[*CONTROL_COLUMNS, "place_id"])
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    bad = frame[~frame["held_by"].isin(HELD_BY) | ~frame["source"].str.startswith("http")]
    if len(bad):
        raise ValueError(
            f"{path}: rows without a known held_by or a source URL: {bad['neighbourhood'].tolist()}"
        )
    by_name = dict(zip(places["name"], places["place_id"], strict=False))
    known = set(places["place_id"])

    def place_id(name: str) -> str | None:
        if name in by_name:
            return by_name[name]
        place = closest_place(name)
        return place.id if place is not None and place.id in known else None

    frame["place_id"] = frame["neighbourhood"].map(place_id)
    frame["date"] = pd.to_datetime(frame["date"], format="%Y-%m-%d").dt.date
    return frame.dropna(subset=["place_id"]).sort_values("date", kind="stable").reset_index(drop=True)


def mid2016_side(control_2016: object) -> str:
    """Who held a place in the gazetteer's mid-2016 front ("rebel-held east" -> "opposition"); "unknown"
    for a place that changed hands during 2016 ("rebel-held (until 27 Jul 2016)"): which side it was
    on at a given day is then only known from a dated timeline row."""
    if "until" in str(control_2016 or "").lower():
        return "unknown"
    return control_side(control_2016)


def control_as_of(places: pd.DataFrame, timeline: pd.DataFrame, day: date) -> dict[str, str]:
    """place_id -> who held it on `day`: one of charts.CONTROL_COLOURS' keys ("government",
    "opposition", "contested", "kurdish", "unknown"). The gazetteer's mid-2016 value, replaced by
    the latest timeline row dated on or before `day`."""
    held = {
        pid: mid2016_side(value)
        for pid, value in zip(places["place_id"], places["control_2016"], strict=False)
    }
    for row in timeline[timeline["date"] <= day].itertuples():
        held[row.place_id] = row.held_by
    return held


def changes_between(timeline: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    """The timeline rows dated from `start` to `end` inclusive (what changed in a week), oldest first."""
    return timeline[(timeline["date"] >= start) & (timeline["date"] <= end)]

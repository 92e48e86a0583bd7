"""What the whole dataset offers: the sidebar's filter choices, the Aleppo gazetteer, outlet colours.

Computed once per dataset (the package's __init__ caches them); nothing here needs Streamlit.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..metadata import metadata_options
from .store import CITED_SOURCES, Store

GAZETTEER_COLUMNS = ["place_id", "name", "name_ar", "lat", "lon", "control_2016", "kind", "variants"]


@dataclass(frozen=True)
class FilterOptions:
    outlets: list[str]
    cited: list[str]
    first_date: pd.Timestamp | None
    last_date: pd.Timestamp | None
    metadata: list[str] = dataclasses.field(default_factory=list)  # "column = value" choices
    places: dict[str, str] = dataclasses.field(default_factory=dict)  # Aleppo place_id -> name, most named first


def filter_options(source: Store) -> FilterOptions:
    """The values the sidebar offers: outlets, cited sources (figure attributions and speakers), dates."""
    outlets = source.query("SELECT DISTINCT outlet FROM meta WHERE outlet IS NOT NULL ORDER BY outlet")
    cited = source.query(
        "SELECT DISTINCT unnest(" + CITED_SOURCES + ") AS name FROM casualties WHERE trim(attributed_to) <> ''"
        " UNION SELECT DISTINCT speaker FROM quotes WHERE trim(speaker) <> '' ORDER BY name"
    )
    dates = source.query("SELECT min(published) AS first, max(published) AS last FROM meta")
    first, last = dates["first"].iat[0], dates["last"].iat[0]
    return FilterOptions(
        outlets=[str(o) for o in outlets["outlet"]],
        cited=sorted(str(c) for c in cited["name"]),
        first_date=None if pd.isna(first) else pd.Timestamp(first),
        last_date=None if pd.isna(last) else pd.Timestamp(last),
        metadata=metadata_options(source.query),
        places=aleppo_place_options(source),
    )


def aleppo_place_options(source: Store) -> dict[str, str]:
    """The Aleppo places the articles name (place_id -> name), most mentioned first: the place filter's choices."""
    named = source.query(
        "SELECT place_id, first(place) AS name FROM locations WHERE coalesce(in_aleppo, false)"
        " AND coalesce(place_id, '') <> '' GROUP BY place_id ORDER BY count(*) DESC, place_id"
    )
    return dict(zip(named["place_id"].astype(str), named["name"].astype(str), strict=True))


def tidy_gazetteer(frame: pd.DataFrame) -> pd.DataFrame:
    """Gazetteer rows with the columns the map needs, whatever the CSV calls its id column."""
    frame = frame.rename(columns={"id": "place_id", "district_id": "place_id", "name_en": "name"})
    for column in GAZETTEER_COLUMNS:
        if column not in frame.columns:
            frame[column] = ""
    frame["lat"] = pd.to_numeric(frame["lat"], errors="coerce")
    frame["lon"] = pd.to_numeric(frame["lon"], errors="coerce")
    frame["place_id"] = frame["place_id"].map(lambda v: v if "/" in str(v) else f"aleppo/{v}")
    return frame.dropna(subset=["lat", "lon"])[GAZETTEER_COLUMNS]


def read_gazetteer(csv_path: Path) -> pd.DataFrame:
    return tidy_gazetteer(pd.read_csv(csv_path, dtype=str, keep_default_na=False))


def mentioned_aleppo_places(source: Store) -> pd.DataFrame:
    """The Aleppo places the datasets mention, as gazetteer rows (when there is no gazetteer CSV)."""
    seen = source.query(
        "SELECT place_id, first(place) AS name, first(lat) AS lat, first(lon) AS lon,"
        " first(control_2016) AS control_2016, first(kind) AS kind, '' AS name_ar, '' AS variants"
        " FROM locations WHERE in_aleppo AND lat IS NOT NULL GROUP BY place_id ORDER BY place_id"
    )
    return seen[GAZETTEER_COLUMNS]


def outlets_by_articles(source: Store) -> list[str]:
    """Every outlet of the dataset, most articles first (ties by name): the order colours are given in."""
    frame = source.query(
        "SELECT outlet FROM meta WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count(*) DESC, outlet"
    )
    return [str(o) for o in frame["outlet"]]

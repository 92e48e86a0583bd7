"""The dashboard's one data-access module: reads the Parquet datasets once (cached) and filters them.

Pages call `view(filters)` and the aggregation helpers; they never open files. The pure functions
(`read_tables`, `apply_filters`, the aggregations) take DataFrames and run without Streamlit.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import streamlit as st

from pipeline import records
from pipeline.paths import GAZETTEER_DIR, PROCESSED_DIR

from .filters import Filters

BUILD_COMMAND = "python -m pipeline build"

# Dataset name -> the record whose fields are its columns (so a missing file reads as an empty table).
TABLES: dict[str, type] = {
    "articles": records.Article,
    "entities": records.EntityMention,
    "locations": records.PlaceMention,
    "casualties": records.CasualtyFigure,
    "incidents": records.Incident,
    "quotes": records.Quote,
    "rejected": records.Rejection,
}
NETWORK_COLUMNS = {
    "speaker_nodes": ["node_id", "name", "kind", "side", "label", "n_quotes", "n_articles"],
    "speaker_edges": ["source", "target", "kind", "weight", "article_ids"],
}
DATE_COLUMNS = {"articles": ["published", "listed_date"], "casualties": ["event_date"], "incidents": ["date"]}
GAZETTEER_COLUMNS = ["place_id", "name", "name_ar", "lat", "lon", "control_2016", "kind", "variants"]


def data_dir() -> Path:
    """The datasets' folder: `streamlit run app.py -- --data DIR`, else $ALEPPO_LENS_DATA, else data/processed."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data")
    known, _ = parser.parse_known_args(sys.argv[1:])
    chosen = known.data or os.environ.get("ALEPPO_LENS_DATA") or PROCESSED_DIR
    return Path(chosen).expanduser().resolve()


def has_data(folder: Path) -> bool:
    return (folder / "articles.parquet").exists()


def empty_table(name: str) -> pd.DataFrame:
    if name in TABLES:
        columns = [f.name for f in dataclasses.fields(TABLES[name])]
    else:
        columns = NETWORK_COLUMNS.get(name, [])
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


def tidy_table(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Missing columns added (older builds), dates as datetime64 so filtering and grouping are vectorised."""
    frame = frame.copy()
    for column in empty_table(name).columns:
        if column not in frame.columns:
            frame[column] = None
    for column in DATE_COLUMNS.get(name, []):
        frame[column] = pd.to_datetime(frame[column], errors="coerce")
    return frame


def read_table(folder: Path, name: str) -> pd.DataFrame:
    """One dataset as a DataFrame; an empty one with the contract's columns when the file is absent."""
    path = folder / f"{name}.parquet"
    if not path.exists():
        return tidy_table(name, empty_table(name))
    return tidy_table(name, pd.read_parquet(path))


def read_json(folder: Path, name: str) -> dict:
    path = folder / name
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _stamp(folder: Path) -> tuple:
    """Changes when any dataset file changes, so a rebuild shows without restarting the app."""
    return tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.glob("*") if p.is_file()))


# The datasets and their filtered views are cached as shared resources, not st.cache_data: cache_data
# hands every run a pickled copy, which for the FA-KES tables (article texts included) cost more than
# the whole page. Sharing is safe because nothing writes into them: pandas' copy-on-write gives every
# derived frame its own data.
@st.cache_resource(show_spinner="Loading datasets…", max_entries=4)
def _tables(folder: str, stamp: tuple) -> dict[str, pd.DataFrame]:
    path = Path(folder)
    names = [*TABLES, *NETWORK_COLUMNS]
    return {name: read_table(path, name) for name in names}


def tables(folder: Path | None = None) -> dict[str, pd.DataFrame]:
    folder = folder or data_dir()
    return _tables(str(folder), _stamp(folder))


def quality(folder: Path | None = None) -> dict:
    return read_json(folder or data_dir(), "quality.json")


def manifest(folder: Path | None = None) -> dict:
    return read_json(folder or data_dir(), "manifest.json")


# ---- Filtering ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FilterOptions:
    outlets: list[str]
    cited: list[str]
    first_date: pd.Timestamp | None
    last_date: pd.Timestamp | None


def filter_options(data: dict[str, pd.DataFrame]) -> FilterOptions:
    """The values the sidebar offers: outlets, cited sources (figure attributions and speakers), dates."""
    articles = data["articles"]
    outlets = sorted(articles["outlet"].dropna().astype(str).unique().tolist())
    cited = set(data["casualties"]["attributed_to"].dropna().astype(str))
    cited |= set(data["quotes"]["speaker"].dropna().astype(str))
    dates = articles["published"].dropna()
    return FilterOptions(
        outlets=outlets,
        cited=sorted(c for c in cited if c.strip()),
        first_date=dates.min() if len(dates) else None,
        last_date=dates.max() if len(dates) else None,
    )


def matching_article_ids(data: dict[str, pd.DataFrame], filters: Filters) -> pd.Index:
    """Ids of the articles every filter lets through."""
    articles = data["articles"]
    keep = pd.Series(True, index=articles.index)
    if filters.outlets:
        keep &= articles["outlet"].isin(filters.outlets)
    if filters.start is not None:
        keep &= articles["published"] >= pd.Timestamp(filters.start)
    if filters.end is not None:
        keep &= articles["published"] <= pd.Timestamp(filters.end)
    if filters.search.strip():
        needle = filters.search.strip()
        in_text = articles["title"].fillna("").str.contains(needle, case=False, regex=False)
        in_text |= articles["text"].fillna("").str.contains(needle, case=False, regex=False)
        entities = data["entities"]
        named = entities.loc[
            entities["canonical"].fillna("").str.contains(needle, case=False, regex=False), "article_id"
        ]
        keep &= in_text | articles["article_id"].isin(named)
    if filters.cited:
        cited = set(filters.cited)
        citing = set(data["casualties"].loc[data["casualties"]["attributed_to"].isin(cited), "article_id"])
        citing |= set(data["quotes"].loc[data["quotes"]["speaker"].isin(cited), "article_id"])
        keep &= articles["article_id"].isin(citing)
    return pd.Index(articles.loc[keep, "article_id"])


def _article_meta(articles: pd.DataFrame) -> pd.DataFrame:
    return articles[["article_id", "outlet", "title", "published"]]


def apply_filters(data: dict[str, pd.DataFrame], filters: Filters) -> dict[str, pd.DataFrame]:
    """Every table cut to the matching articles; figures and quotes also to the cited sources.

    Mentions, figures and quotes gain the article's outlet, title and published date for display.
    """
    ids = matching_article_ids(data, filters)
    articles = data["articles"][data["articles"]["article_id"].isin(ids)]
    meta = _article_meta(articles)
    out = {"articles": articles}
    for name in ("entities", "locations", "casualties", "quotes"):
        frame = data[name][data[name]["article_id"].isin(ids)]
        if filters.cited and name == "casualties":
            frame = frame[frame["attributed_to"].isin(filters.cited)]
        if filters.cited and name == "quotes":
            frame = frame[frame["speaker"].isin(filters.cited)]
        out[name] = frame.merge(meta, on="article_id", how="left")
    figure_ids = set(out["casualties"]["figure_id"])
    incidents = data["incidents"]
    if len(incidents):
        touched = incidents["figure_ids"].map(
            lambda ids_: ids_ is not None and bool(figure_ids.intersection(list(ids_)))
        )
        incidents = incidents[touched.astype(bool)]
    out["incidents"] = incidents
    out["speaker_nodes"] = data["speaker_nodes"]
    out["speaker_edges"] = data["speaker_edges"]
    return out


@st.cache_resource(show_spinner=False, max_entries=64)
def _view(folder: str, stamp: tuple, filters: Filters) -> dict[str, pd.DataFrame]:
    return apply_filters(_tables(folder, stamp), filters)


def view(filters: Filters, folder: Path | None = None) -> dict[str, pd.DataFrame]:
    """The filtered datasets (cached per filter combination)."""
    folder = folder or data_dir()
    return _view(str(folder), _stamp(folder), filters)


def article(article_id: str, folder: Path | None = None) -> dict[str, pd.DataFrame]:
    """One article's row and its mentions, places, figures and quotes (unfiltered)."""
    data = tables(folder)
    return {
        name: frame[frame["article_id"] == article_id]
        for name, frame in data.items()
        if "article_id" in frame.columns
    }


# ---- Gazetteer ------------------------------------------------------------------------------------


@st.cache_data(show_spinner=False)
def _gazetteer(csv_path: str, mtime: float) -> pd.DataFrame:
    frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    return tidy_gazetteer(frame)


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


def aleppo_places(locations: pd.DataFrame | None = None) -> pd.DataFrame:
    """Aleppo's districts and landmarks: the gazetteer CSV, else the Aleppo places the datasets mention."""
    csv_path = GAZETTEER_DIR / "aleppo_places.csv"
    if csv_path.exists():
        try:
            return _gazetteer(str(csv_path), csv_path.stat().st_mtime)
        except (OSError, ValueError):
            pass
    frame = locations if locations is not None else tables()["locations"]
    seen = frame[frame["in_aleppo"].fillna(False).astype(bool) & frame["lat"].notna()]
    seen = seen.groupby("place_id", as_index=False).agg(
        name=("place", "first"),
        lat=("lat", "first"),
        lon=("lon", "first"),
        control_2016=("control_2016", "first"),
        kind=("kind", "first"),
    )
    seen["name_ar"] = ""
    seen["variants"] = ""
    return seen[GAZETTEER_COLUMNS]


@st.cache_data(show_spinner=False, max_entries=4)
def _options(folder: str, stamp: tuple) -> FilterOptions:
    return filter_options(_tables(folder, stamp))


def options(folder: Path | None = None) -> FilterOptions:
    """The sidebar's choices for the whole corpus (cached)."""
    folder = folder or data_dir()
    return _options(str(folder), _stamp(folder))

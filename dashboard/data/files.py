"""A dataset folder on disk: where it is, whether it is intact, and its small files read whole.

The Parquet datasets themselves are read by `database.py` into the app's DuckDB database.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import streamlit as st

from pipeline import integrity, records
from pipeline.paths import PROCESSED_DIR

from .. import filters as flt
from .. import uploads

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


def data_dir() -> Path:
    """The datasets' folder: `streamlit run app.py -- --data DIR`, else $ALEPPO_LENS_DATA, else data/processed."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data")
    known, _ = parser.parse_known_args(sys.argv[1:])
    chosen = known.data or os.environ.get("ALEPPO_LENS_DATA") or PROCESSED_DIR
    return picked_dataset() or Path(chosen).expanduser().resolve()


def picked_dataset() -> Path | None:
    """The folder of the user dataset picked in the sidebar (?dataset=NAME), None for the default one.

    Only the names of built datasets resolve (uploads.built_folder): a URL cannot point the app anywhere else.
    """
    try:
        name = st.session_state.get(flt.DATASET) or st.query_params.get(flt.DATASET) or ""
    except Exception:  # outside a Streamlit run (scripts, benchmarks): no session, the default dataset
        return None
    return uploads.built_folder(str(name)) if name else None


def has_data(folder: Path) -> bool:
    return (folder / "articles.parquet").exists()


def stamp(folder: Path) -> tuple:
    """Changes when any dataset file changes, so a rebuild shows without restarting the app."""
    if not folder.is_dir():
        return ()
    return tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.glob("*") if p.is_file()))


# ---- Damaged datasets -----------------------------------------------------------------------------


class DamagedDataset(Exception):
    """Dataset files that cannot be trusted: their checksums differ from the manifest's, or reading failed."""

    def __init__(self, folder: Path, files: list[str]):
        super().__init__(f"Damaged dataset in {folder}: {', '.join(files)}")
        self.folder = folder
        self.files = files


def rebuild_command(folder: Path) -> str:
    return f"python -m pipeline build --out {folder} --force"


@st.cache_data(show_spinner=False, max_entries=16)
def _damaged(folder: str, stamp: tuple) -> list[str]:
    return integrity.damaged_outputs(Path(folder))


def check_intact(folder: Path) -> None:
    """Raise DamagedDataset when files differ from the manifest's checksums (hashed once per file change).

    A folder without a manifest, or a build from before checksums, has nothing to compare: only failed
    reads (see `reading`) show it is damaged.
    """
    if not (folder / integrity.MANIFEST).exists():
        return
    damaged = _damaged(str(folder), stamp(folder))
    if damaged:
        raise DamagedDataset(folder, damaged)


def unreadable(folder: Path) -> list[str]:
    """The Parquet files in `folder` that cannot be read whole."""
    bad = []
    for path in sorted(folder.glob("*.parquet")):
        try:
            pq.read_table(path)
        except Exception:  # any failure to read the file means it is damaged
            bad.append(path.name)
    return bad


@contextmanager
def reading(folder: Path) -> Iterator[None]:
    """Turn a failed read into DamagedDataset when a Parquet file is unreadable; other errors pass through.

    DuckDB reports a damaged file with generic errors ("invalid TType", "No magic bytes"), so each file is
    read again to tell damage from a bug in a query.
    """
    try:
        yield
    except (duckdb.Error, OSError, pa.ArrowException) as error:
        bad = unreadable(folder)
        if bad:
            raise DamagedDataset(folder, bad) from error
        raise


# ---- Small tables and JSON files, read whole ----------------------------------------------------------


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

"""The dashboard's one data-access package: DuckDB tables built from the Parquet datasets, filtered in SQL.

Pages call `view(filters)` and get a `View` (store.py): `view.table(name, ...)` returns (a slice of) one
filtered table, `view.query(sql)` an aggregation over the filtered tables (aggregate.py), so pages
receive aggregates and top-N rows, never the whole corpus. The modules:

- files.py: the dataset folder (where it is, whether it is intact, small files read whole);
- database.py: the DuckDB database of a folder (tables keyed by article_no, the search index);
- search_index.py: how a search finds the articles holding a text through the word index;
- store.py: `Store` (one folder's database; which articles the filters match) and `View`;
- options.py: the sidebar's choices, the Aleppo gazetteer and outlet order, from the whole dataset.

This module holds the Streamlit caches around them: one Store per folder state, shared by all sessions
(st.cache_resource: never pickled or copied), and the matching articles per filter combination.
"""

from __future__ import annotations

import dataclasses
import pickle
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path
from typing import TypeVar

import pandas as pd
import pyarrow as pa
import streamlit as st

from pipeline.gazetteer import load_gazetteer
from pipeline.paths import GAZETTEER_DIR

from .. import search
from ..colours import outlet_colours
from ..filters import Filters
from .database import DISAGREEMENT, MENTION_TABLES
from .files import (
    BUILD_COMMAND,
    DATE_COLUMNS,
    NETWORK_COLUMNS,
    TABLES,
    DamagedDataset,
    check_intact,
    data_dir,
    empty_table,
    has_data,
    picked_dataset,
    read_json,
    read_table,
    reading,
    rebuild_command,
    stamp,
    tidy_table,
    unreadable,
)
from .options import (
    GAZETTEER_COLUMNS,
    FilterOptions,
    aleppo_place_options,
    filter_options,
    mentioned_aleppo_places,
    outlets_by_articles,
    read_gazetteer,
    tidy_gazetteer,
)
from .store import CITED_SOURCES, INCIDENT_LISTS, SideBySide, Store, View

__all__ = [
    "BUILD_COMMAND", "CITED_SOURCES", "DATE_COLUMNS", "DISAGREEMENT", "GAZETTEER_COLUMNS", "INCIDENT_LISTS", "MENTION_TABLES", "NETWORK_COLUMNS",
    "TABLES", "DamagedDataset", "FilterOptions", "SideBySide", "Store", "View", "aleppo_place_options", "aleppo_places",
    "article", "article_titles", "check_intact", "data_dir", "district_areas", "empty_table", "filter_options",
    "has_data", "in_background", "manifest", "options", "outlet_colour_map", "outlets_by_articles", "picked_dataset",
    "quality", "query_threads", "read_json", "read_table", "reading", "rebuild_command", "store", "tidy_gazetteer",
    "tidy_table", "unreadable", "view",
]


# Queries a page needs further down run while it draws what it has: DuckDB releases the GIL, so the
# second core answers them while plotly, pandas and Streamlit build the page's first parts on the first.
# Each page run has its own two threads (every query runs on its own cursor): one session's queries never
# wait behind another's, and what a run asked and did not start is dropped when the run ends (a rerun
# after a click, st.stop, an error).
_RUN_THREADS: ContextVar[ThreadPoolExecutor | None] = ContextVar("query threads", default=None)
Answer = TypeVar("Answer")


@contextmanager
def query_threads() -> Iterator[None]:
    """Query threads for the page run inside (ui.run_page); at its end, the queries not yet started are
    cancelled (those running finish on their own; their answers go nowhere)."""
    threads = ThreadPoolExecutor(max_workers=2, thread_name_prefix="aleppo-lens-query")
    token = _RUN_THREADS.set(threads)
    try:
        yield
    finally:
        _RUN_THREADS.reset(token)
        threads.shutdown(wait=False, cancel_futures=True)


def in_background(query: Callable[..., Answer], /, *args, **kwargs) -> Future[Answer]:
    """`query(*args, **kwargs)` started on a query thread of the page run; the Future's `result()` gives
    its answer or raises its error (DamagedDataset included). `query` must not call Streamlit: give it a
    View and plain values (the aggregate, compare and drilldown functions), never a function that draws or
    reads widgets. Outside a page run (scripts, tests) it runs at once and returns a finished Future."""
    threads = _RUN_THREADS.get()
    if threads is not None:
        return threads.submit(query, *args, **kwargs)
    answered: Future[Answer] = Future()
    try:
        answered.set_result(query(*args, **kwargs))
    except Exception as error:  # handed to whoever reads the answer, as from a thread
        answered.set_exception(error)
    return answered


# The store and the filtered views are shared resources (st.cache_resource: no pickled copies).
@st.cache_resource(show_spinner="Loading datasets…", max_entries=4)
def _store(folder: str, state: tuple) -> Store:
    source = Store(Path(folder), state)
    # The spelling keys of the entity names (0.2-0.5 s at 100,000 articles) and of the gazetteer's places
    # (0.3 s) are made while the datasets load, not at the first search.
    source.entity_names  # noqa: B018
    search.prepare(load_gazetteer())
    return source


def store(folder: Path | None = None) -> Store:
    folder = folder or data_dir()
    return _store(str(folder), stamp(folder))


@st.cache_resource(show_spinner=False, max_entries=64)
def _kept(folder: str, state: tuple, filters: Filters) -> pa.Table:
    return _store(folder, state).matching(filters)


def view(filters: Filters, folder: Path | None = None) -> View:
    """The filtered datasets (the matching articles are cached per filter combination)."""
    folder = folder or data_dir()
    state = stamp(folder)
    return View(_store(str(folder), state), filters, _kept(str(folder), state, filters))


def quality(folder: Path | None = None) -> dict:
    """The extraction quality of the code the app runs with, whatever dataset folder is open.

    Quality belongs to the code: its own evaluation (data/cache/quality.json) when current, else the
    committed baseline (tests/gold/baseline.json); a folder's quality.json from an older build last.
    """
    from pipeline.evaluation.report import current_report

    return current_report() or {**read_json(folder or data_dir(), "quality.json"), "source": "folder"}


def manifest(folder: Path | None = None) -> dict:
    return read_json(folder or data_dir(), "manifest.json")


# The per-article tables as the datasets hold them: without the article columns the app adds.
_OWN_COLUMNS = "* EXCLUDE (article_no, outlet, title, published)"
# An article's columns in the contract's order (meta and texts hold them split).
ARTICLE_COLUMNS = [field.name for field in dataclasses.fields(TABLES["articles"])]


def article(article_id: str, folder: Path | None = None) -> dict[str, pd.DataFrame]:
    """One article's row (text included) and its mentions, places, figures and quotes (unfiltered)."""
    source = store(folder)
    # Read by the article's number: the tables are stored in its order, so DuckDB reads one row group of
    # each. By id, the `articles` view decoded the whole Parquet file (90 ms at 100,000 articles).
    found = source.query("SELECT article_no FROM meta WHERE article_id = ?", [article_id])
    number = int(found["article_no"].iat[0]) if len(found) else 0  # 0: no article has it, every part empty
    row = source.query(
        "SELECT m.* EXCLUDE (article_no), t.text FROM meta m JOIN texts t ON t.article_no = m.article_no"
        " WHERE m.article_no = $no AND t.article_no = $no",
        {"no": number},
    )
    parts = {"articles": row[[*ARTICLE_COLUMNS, *(c for c in row.columns if c not in ARTICLE_COLUMNS)]]}
    for name in MENTION_TABLES:
        parts[name] = source.query(f"SELECT {_OWN_COLUMNS} FROM {name} WHERE article_no = ?", [number])
    return parts


def article_titles(article_ids: list[str], folder: Path | None = None) -> pd.DataFrame:
    """Outlet and title of the given articles, indexed by article_id (unfiltered)."""
    frame = store(folder).query(
        "SELECT article_id, outlet, title FROM meta WHERE list_contains(?, article_id)", [list(article_ids)]
    )
    return frame.set_index("article_id")


@st.cache_resource(show_spinner=False, max_entries=4)
def _options(folder: str, state: tuple) -> FilterOptions:
    return filter_options(_store(folder, state))


def options(folder: Path | None = None) -> FilterOptions:
    """The sidebar's choices for the whole corpus (cached)."""
    folder = folder or data_dir()
    return _options(str(folder), stamp(folder))


# ---- Gazetteer ------------------------------------------------------------------------------------


@st.cache_data(show_spinner=False)
def _gazetteer(csv_path: str, mtime: float) -> pd.DataFrame:
    return read_gazetteer(Path(csv_path))


def aleppo_places(source: Store | None = None) -> pd.DataFrame:
    """Aleppo's districts and landmarks: the gazetteer CSV, else the Aleppo places the datasets mention."""
    csv_path = GAZETTEER_DIR / "aleppo_places.csv"
    if csv_path.exists():
        try:
            return _gazetteer(str(csv_path), csv_path.stat().st_mtime)
        except (OSError, ValueError):
            pass
    return mentioned_aleppo_places(source or store())


def _frame_bytes(frame: pd.DataFrame) -> bytes:
    # Streamlit keys a cached call on a frame by hashing it value by value: 6 ms for the gazetteer's 206
    # places, twice a Map run. Its pickle (0.2 ms) keys it as well: frames that differ pickle differently.
    # (Equal frames laid out differently, a copy or a concatenation, may not: a second entry, not a wrong one.)
    return pickle.dumps(frame, protocol=5)


FRAME_KEY = {pd.DataFrame: _frame_bytes}  # hash_funcs of the caches keyed on a (small) frame


# A resource, not data: st.cache_data unpickles a copy of the areas (their outlines) on every run, 0.14 s
# of the Map page at any corpus size; callers derive new frames from it (districts.area_measures copies).
@st.cache_resource(show_spinner=False, max_entries=4, hash_funcs=FRAME_KEY)
def _district_areas(places: pd.DataFrame, districts_file: str | None, mtime: float) -> pd.DataFrame:
    from ..districts import district_areas as build

    return build(places, Path(districts_file) if districts_file else None)


def district_areas(places: pd.DataFrame, districts_file: Path | None = None) -> pd.DataFrame:
    """The map's district areas (see districts.district_areas), cached per gazetteer and outlines file."""
    mtime = districts_file.stat().st_mtime if districts_file and districts_file.exists() else 0.0
    return _district_areas(places, str(districts_file) if districts_file else None, mtime)


# Read and matched to the gazetteer on every run, it took 17 ms of the Map page; a copy of its ~50 rows
# costs microseconds, so each run gets its own (st.cache_data) and may change it.
@st.cache_data(show_spinner=False, max_entries=4, hash_funcs=FRAME_KEY)
def _control_timeline(places: pd.DataFrame, csv_path: str, mtime: float) -> pd.DataFrame:
    # Imported here: the module imports the charts (plotly, pydeck), which loading the data does not need.
    from .. import control_timeline as timelines

    return timelines.load_control(places, Path(csv_path))


def control_timeline(places: pd.DataFrame, path: Path | None = None) -> pd.DataFrame:
    """Who held each district when (control_timeline.load_control), read once per gazetteer and timeline
    file; each call gets its own copy. Raises as load_control does."""
    from ..control_timeline import CONTROL_CSV

    path = path or CONTROL_CSV
    mtime = path.stat().st_mtime if path.exists() else 0.0
    return _control_timeline(places, str(path), mtime)


# ---- Outlet colours --------------------------------------------------------------------------------


@st.cache_resource(show_spinner=False, max_entries=4)
def _outlet_colours(folder: str, state: tuple) -> dict[str, str]:
    return outlet_colours(outlets_by_articles(_store(folder, state)))


def outlet_colour_map(folder: Path | None = None) -> dict[str, str]:
    """Outlet -> colour for every chart of this dataset (computed once from the whole dataset)."""
    folder = folder or data_dir()
    return _outlet_colours(str(folder), stamp(folder))

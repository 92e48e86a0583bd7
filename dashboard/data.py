"""The dashboard's one data-access module: DuckDB views over the Parquet datasets, filtered in SQL.

Pages call `view(filters)` and get a `View`: `view.table(name, ...)` returns (a slice of) one filtered
table as a DataFrame, `view.query(sql)` runs an aggregation over the filtered tables (the helpers in
`aggregate.py` do this), so pages receive aggregates and top-N rows, never the whole corpus. The
Parquet files stay on disk (DuckDB reads only the columns a query needs); the article metadata (no
text) is held once in memory for the joins. Nothing here needs Streamlit except the caching wrappers.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import json
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import streamlit as st

from pipeline import integrity, records
from pipeline.gazetteer import load_gazetteer
from pipeline.paths import GAZETTEER_DIR, PROCESSED_DIR

from . import filters as flt
from . import uploads
from .colours import outlet_colours
from .filters import Filters
from .metadata import json_path, metadata_options
from .search import names_by_key, search_terms

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
# Per-article tables: filtered by the matching articles and given the article's outlet, title and date.
MENTION_TABLES = ("entities", "locations", "casualties", "quotes")
ARTICLE_META = ("outlet", "title", "published")
# A figure attributed to several sources is stored "A; B"; the cited-source filter offers and matches each.
CITED_SOURCES = "list_transform(string_split(attributed_to, ';'), lambda s: trim(s))"


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
    damaged = _damaged(str(folder), _stamp(folder))
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
    if not folder.is_dir():
        return ()
    return tuple(sorted((p.name, p.stat().st_mtime_ns) for p in folder.glob("*") if p.is_file()))


# ---- The store: DuckDB views over the Parquet files ------------------------------------------------


def _sql_type(annotation: str) -> str:
    """The DuckDB type of a record field, from its annotation (for columns an older build lacks)."""
    if annotation.startswith(("tuple", "list")):
        return "VARCHAR[]"
    for python, sql in (("bool", "BOOLEAN"), ("int", "BIGINT"), ("float", "DOUBLE"), ("date", "DATE")):
        if annotation.split(" ")[0] == python:
            return sql
    return "VARCHAR"


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _view_sql(path: Path, record: type, con: duckdb.DuckDBPyConnection) -> str:
    """A SELECT giving the contract's columns from a Parquet file (NULLs for missing ones, none if absent)."""
    present = {}
    if path.exists():
        described = con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(path)]).fetchall()
        present = {row[0]: row[1] for row in described}
    columns = []
    for field in dataclasses.fields(record):
        wanted = _sql_type(str(field.type))
        if field.name not in present or present[field.name] == '"NULL"':
            columns.append(f"CAST(NULL AS {wanted}) AS {_quoted(field.name)}")
        elif wanted == "DATE" and present[field.name] != "DATE":
            columns.append(f"TRY_CAST({_quoted(field.name)} AS DATE) AS {_quoted(field.name)}")
        else:
            columns.append(_quoted(field.name))
    extra = [_quoted(c) for c in present if c not in {f.name for f in dataclasses.fields(record)}]
    source = f"read_parquet('{_escaped(path)}')" if path.exists() else "(SELECT 1) AS nothing WHERE false"
    return f"SELECT {', '.join(columns + extra)} FROM {source}"


def _escaped(path: Path) -> str:
    return str(path).replace("'", "''")


def _article_numbers(result: duckdb.DuckDBPyConnection) -> pa.Table:
    return pa.table({"article_no": pa.array(result.fetchnumpy()["article_no"], pa.int64())})


class Store:
    """One folder's datasets in DuckDB: views over the Parquet files plus the article metadata in memory.

    `meta` holds every article's columns except its text, with an integer `article_no`; `incident_figures`
    lists each incident's figure ids, so incidents can be filtered by a join. A DuckDB connection is not
    thread-safe, so every query runs on its own cursor.
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self.con = duckdb.connect(":memory:", config={"threads": 2})
        self._lock = threading.Lock()
        with reading(folder):
            for name, record in TABLES.items():
                self.con.execute(
                    f"CREATE VIEW {name} AS {_view_sql(folder / f'{name}.parquet', record, self.con)}"
                )
            self.con.execute(
                "CREATE TABLE meta AS SELECT row_number() OVER () AS article_no, * EXCLUDE (text) FROM articles"
            )
            self.con.execute(
                "CREATE TABLE incident_figures AS SELECT incident_id, unnest(figure_ids) AS figure_id"
                " FROM incidents WHERE figure_ids IS NOT NULL"
            )
            self.speaker_nodes = read_table(folder, "speaker_nodes")
            self.all_articles = _article_numbers(self.con.execute("SELECT article_no FROM meta"))

    @functools.cached_property
    def entity_names(self) -> dict[str, list[str]]:
        """Every canonical entity name by spelling key, for the search's spelling variants."""
        cursor = self.cursor()
        try:
            with reading(self.folder):
                rows = cursor.execute("SELECT DISTINCT canonical FROM entities WHERE canonical IS NOT NULL")
                return names_by_key(str(r[0]) for r in rows.fetchall())
        finally:
            cursor.close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        with self._lock:
            return self.con.cursor()

    def query(self, sql: str, params: list | None = None, **relations: pa.Table) -> pd.DataFrame:
        cursor = self.cursor()
        try:
            with reading(self.folder):
                for name, table in relations.items():
                    cursor.register(name, table)
                return cursor.execute(sql, params or []).fetchdf()
        finally:
            cursor.close()

    def matching(self, filters: Filters) -> pa.Table:
        """The article_no of every article all filters let through."""
        if not filters.active:
            return self.all_articles
        conditions, params = ["true"], []
        if filters.outlets:
            conditions.append("list_contains(?, outlet)")
            params.append(list(filters.outlets))
        if filters.date_basis == flt.EVENT and (filters.start or filters.end):
            # An article reporting casualties on those days: a figure's event date, else its article's date.
            conditions.append(
                "article_id IN (SELECT c.article_id FROM casualties c JOIN meta m USING (article_id)"
                " WHERE coalesce(c.event_date, m.published) BETWEEN coalesce(?, DATE '0001-01-01')"
                " AND coalesce(?, DATE '9999-12-31'))"
            )
            params += [filters.start, filters.end]
        else:
            if filters.start is not None:
                conditions.append("published >= ?")
                params.append(filters.start)
            if filters.end is not None:
                conditions.append("published <= ?")
                params.append(filters.end)
        if filters.search.strip():
            # Every spelling of the query the gazetteer and the entity names know (dashboard/search.py).
            terms = search_terms(filters.search, load_gazetteer(), self.entity_names)
            any_in = "len(list_filter(?, lambda term: contains(lower({}), term))) > 0"
            conditions.append(
                "(article_id IN (SELECT article_id FROM articles"
                f" WHERE {any_in.format('title')} OR {any_in.format('text')})"
                f" OR article_id IN (SELECT article_id FROM entities WHERE {any_in.format('canonical')})"
                " OR article_id IN (SELECT article_id FROM locations WHERE list_contains(?, place_id)))"
            )
            params += [list(terms.texts)] * 3 + [list(terms.place_ids)]
        for column, values in flt.metadata_conditions(filters.metadata).items():
            conditions.append("list_contains(?, json_extract_string(metadata, ?))")
            params += [values, json_path(column)]
        if filters.cited:
            conditions.append(
                "article_id IN (SELECT article_id FROM casualties WHERE list_has_any(?, " + CITED_SOURCES + ")"
                " UNION SELECT article_id FROM quotes WHERE list_contains(?, speaker))"
            )
            params += [list(filters.cited), list(filters.cited)]
        if filters.places:
            conditions.append("article_id IN (SELECT article_id FROM locations WHERE list_contains(?, place_id))")
            params.append(list(filters.places))
        sql = f"SELECT article_no FROM meta WHERE {' AND '.join(conditions)}"
        cursor = self.cursor()
        try:
            with reading(self.folder):
                return _article_numbers(cursor.execute(sql, params))
        finally:
            cursor.close()


@dataclass(frozen=True)
class View:
    """The datasets cut to the articles the filters match (figures and quotes also to the cited sources).

    In SQL given to `query`, `{articles}`, `{entities}`, `{locations}`, `{casualties}`, `{quotes}` and
    `{incidents}` stand for the filtered tables; mentions, figures and quotes carry their article's
    outlet, title and published date.
    """

    store: Store
    filters: Filters
    kept: pa.Table

    def relation(self, name: str) -> str:
        articles = "(SELECT * FROM meta WHERE article_no IN (SELECT article_no FROM kept))"
        if name == "articles":
            return articles
        if name in MENTION_TABLES:
            meta = ", ".join(f"m.{c}" for c in ARTICLE_META)
            cited = ""
            if self.filters.cited and name in ("casualties", "quotes"):
                if name == "casualties":
                    cited = " WHERE list_has_any($cited, " + CITED_SOURCES.replace("attributed_to", "t.attributed_to") + ")"
                else:
                    cited = " WHERE list_contains($cited, t.speaker)"
            return (
                f"(SELECT t.*, {meta} FROM {name} t JOIN {articles} m ON t.article_id = m.article_id{cited})"
            )
        if name == "incidents":
            return (
                "(SELECT * FROM incidents WHERE incident_id IN (SELECT f.incident_id FROM incident_figures f"
                f" JOIN {self.relation('casualties')} c ON f.figure_id = c.figure_id))"
            )
        raise KeyError(name)

    def query(self, sql: str, params: dict | None = None) -> pd.DataFrame:
        """Run `sql` (with {table} placeholders and $named parameters) over the filtered tables."""
        relations = {name: self.relation(name) for name in ("articles", *MENTION_TABLES, "incidents")}
        params = dict(params or {})
        if (
            self.filters.cited
            and "$cited" in "".join(relations.values())
            and any("{" + n + "}" in sql for n in ("casualties", "quotes", "incidents"))
        ):
            params["cited"] = list(self.filters.cited)
        text = sql.format(**relations)
        return self.store.query(text, params, kept=self.kept)

    def table(
        self,
        name: str,
        columns: list[str] | None = None,
        order: str = "",
        limit: int | None = None,
        where: str = "",
        params: dict | None = None,
    ) -> pd.DataFrame:
        """One filtered table (chosen columns, sorted, at most `limit` rows)."""
        chosen = ", ".join(_quoted(c) for c in columns) if columns else "*"
        sql = f"SELECT {chosen} FROM {{{name}}} AS t"
        sql += f" WHERE {where}" if where else ""
        sql += f" ORDER BY {order}" if order else ""
        sql += f" LIMIT {int(limit)}" if limit is not None else ""
        return self.query(sql, params)

    def count(self, name: str) -> int:
        return int(self.query(f"SELECT count(*) AS n FROM {{{name}}} AS t")["n"].iat[0])

    @property
    def n_articles(self) -> int:
        return self.kept.num_rows

    @property
    def speaker_nodes(self) -> pd.DataFrame:
        return self.store.speaker_nodes


# The store and the filtered views are shared resources (st.cache_resource: no pickled copies).
@st.cache_resource(show_spinner="Loading datasets…", max_entries=4)
def _store(folder: str, stamp: tuple) -> Store:
    return Store(Path(folder))


def store(folder: Path | None = None) -> Store:
    folder = folder or data_dir()
    return _store(str(folder), _stamp(folder))


@st.cache_resource(show_spinner=False, max_entries=64)
def _kept(folder: str, stamp: tuple, filters: Filters) -> pa.Table:
    return _store(folder, stamp).matching(filters)


def view(filters: Filters, folder: Path | None = None) -> View:
    """The filtered datasets (the matching articles are cached per filter combination)."""
    folder = folder or data_dir()
    stamp = _stamp(folder)
    return View(_store(str(folder), stamp), filters, _kept(str(folder), stamp, filters))


def quality(folder: Path | None = None) -> dict:
    """The extraction quality of the code the app runs with, whatever dataset folder is open.

    Quality belongs to the code: its own evaluation (data/cache/quality.json) when current, else the
    committed baseline (tests/gold/baseline.json); a folder's quality.json from an older build last.
    """
    from pipeline.evaluation.report import current_report

    return current_report() or {**read_json(folder or data_dir(), "quality.json"), "source": "folder"}


def manifest(folder: Path | None = None) -> dict:
    return read_json(folder or data_dir(), "manifest.json")


def article(article_id: str, folder: Path | None = None) -> dict[str, pd.DataFrame]:
    """One article's row (text included) and its mentions, places, figures and quotes (unfiltered)."""
    source = store(folder)
    return {
        name: source.query(f"SELECT * FROM {name} WHERE article_id = ?", [article_id])
        for name in ("articles", *MENTION_TABLES)
    }


def article_titles(article_ids: list[str], folder: Path | None = None) -> pd.DataFrame:
    """Outlet and title of the given articles, indexed by article_id (unfiltered)."""
    frame = store(folder).query(
        "SELECT article_id, outlet, title FROM meta WHERE list_contains(?, article_id)", [list(article_ids)]
    )
    return frame.set_index("article_id")


# ---- Filter options -------------------------------------------------------------------------------


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


@st.cache_resource(show_spinner=False, max_entries=4)
def _options(folder: str, stamp: tuple) -> FilterOptions:
    return filter_options(_store(folder, stamp))


def options(folder: Path | None = None) -> FilterOptions:
    """The sidebar's choices for the whole corpus (cached)."""
    folder = folder or data_dir()
    return _options(str(folder), _stamp(folder))


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


def aleppo_places(source: Store | None = None) -> pd.DataFrame:
    """Aleppo's districts and landmarks: the gazetteer CSV, else the Aleppo places the datasets mention."""
    csv_path = GAZETTEER_DIR / "aleppo_places.csv"
    if csv_path.exists():
        try:
            return _gazetteer(str(csv_path), csv_path.stat().st_mtime)
        except (OSError, ValueError):
            pass
    seen = (source or store()).query(
        "SELECT place_id, first(place) AS name, first(lat) AS lat, first(lon) AS lon,"
        " first(control_2016) AS control_2016, first(kind) AS kind, '' AS name_ar, '' AS variants"
        " FROM locations WHERE in_aleppo AND lat IS NOT NULL GROUP BY place_id ORDER BY place_id"
    )
    return seen[GAZETTEER_COLUMNS]


@st.cache_data(show_spinner=False)
def _district_areas(places: pd.DataFrame, districts_file: str | None, stamp: float) -> pd.DataFrame:
    from .districts import district_areas as build

    return build(places, Path(districts_file) if districts_file else None)


def district_areas(places: pd.DataFrame, districts_file: Path | None = None) -> pd.DataFrame:
    """The map's district areas (see districts.district_areas), cached per gazetteer and outlines file."""
    stamp = districts_file.stat().st_mtime if districts_file and districts_file.exists() else 0.0
    return _district_areas(places, str(districts_file) if districts_file else None, stamp)


# ---- Outlet colours --------------------------------------------------------------------------------


def outlets_by_articles(source: Store) -> list[str]:
    """Every outlet of the dataset, most articles first (ties by name): the order colours are given in."""
    frame = source.query(
        "SELECT outlet FROM meta WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY count(*) DESC, outlet"
    )
    return [str(o) for o in frame["outlet"]]


@st.cache_resource(show_spinner=False, max_entries=4)
def _outlet_colours(folder: str, stamp: tuple) -> dict[str, str]:
    return outlet_colours(outlets_by_articles(_store(folder, stamp)))


def outlet_colour_map(folder: Path | None = None) -> dict[str, str]:
    """Outlet -> colour for every chart of this dataset (computed once from the whole dataset)."""
    folder = folder or data_dir()
    return _outlet_colours(str(folder), _stamp(folder))

"""The app's DuckDB database for one dataset folder: the Parquet datasets as tables keyed by article_no.

Every page filters by article, so each per-article table (entities, locations, casualties, quotes)
is stored once with its article's integer `article_no`, outlet, title and published date: a filter is
then an integer semi-join, with no join on string ids and no Parquet decoding per query. Beside them:
`meta` (every article but its text), `texts` (titles and texts by article_no), `incident_figures`
(incident and figure, by id and by number: incidents' `incident_no`, casualties' `figure_no`),
`shared_incident_articles` (the articles of the incidents more than one article reports; an incident one
article reports carries its `article_no`), `incident_reports` (each
incident's reports, the highest number first, with their articles' numbers), the search index
(`search_vocabulary`, `search_postings`, `entity_search`, `place_articles`; see search_index.py), and
per-article pre-aggregates the pages group on every run (summaries.py).

A large dataset's database is written once to a file under data/cache/app-databases, named after the
folder and its files' stamp, and reopened read-only at later starts; a small one (tests, the sample)
is built in memory each time, as is any when the cache folder cannot be written. The Parquet files
remain the source: `articles` stays a view over them.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import tempfile
from pathlib import Path

import duckdb

from pipeline.paths import CACHE_DIR

from .files import TABLES
from .search_index import TOKEN_PARAMS, tokens_sql
from .summaries import SUMMARY_TABLES, build_summaries

# Bump when the tables below change: databases written by older code are then rebuilt.
SCHEMA_VERSION = 18  # 7: casualties.figure_no, incident_figures and incident_reports by number; 8: speaker_articles;
# 9: incident_reports ranks ties by span and figure id; 10: place_mentions, place_names, place_tolls;
# 11: long texts and ids stored uncompressed (PLAIN_COLUMNS); 12: figure_sums, incidents' article_no and
# ranks, shared_incident_articles; 13: articles numbered in publication order; 14: article_counts;
# 15: person_articles; 16: size_rank of events only; 17: figure_sums' first_of_type and first_of_source,
# incident_counts; 18: speaker_articles' first_of_speaker and first_named
DATABASES_DIR = CACHE_DIR / "app-databases"
# How far an incident's reports disagree: the highest number over the lowest (None when the lowest is 0
# or unknown). The Casualties page lists incidents by it (`disagreement_rank`).
DISAGREEMENT = 'CASE WHEN "min" > 0 THEN round("max" / "min", 2) END'
# An incident of one event with a number: `size_rank` ranks these by their highest number (a running
# total, "the war has wounded 1.9 million", is no event; the Casualties page lists the widest events).
EVENT_SIZE = 'i."max" IS NOT NULL AND NOT coalesce(i.cumulative, false)'
# Columns the database adds to the incidents dataset (beside `incident_no`): whether some article reports
# the incident, the one article that does (NULL when several or none), and the incident's place in the two
# orders the Casualties page lists incidents in.
INCIDENT_KEYS = ("reported", "article_no", "disagreement_rank", "size_rank")
# Below this many bytes of Parquet, building in memory takes about a second: no file is written.
IN_MEMORY_BYTES = 64 << 20
THREADS = 2
MEMORY_LIMIT = "3GB"  # the build's sorts and groupings spill to disk beyond this
TOKEN_BATCH = 100_000  # articles tokenised at a time
# Per-article tables, given their article's number, outlet, title and publication date.
MENTION_TABLES = ("entities", "locations", "casualties", "quotes")
ARTICLE_META = ("article_no", "outlet", "title", "published")
# Columns the database adds itself: an input's extra column of one of these names is dropped, not passed
# through beside the database's own (DuckDB would rename one of the two, and a page read the input's).
OWN_COLUMNS = (*ARTICLE_META, "figure_no", "incident_no", "row_in_file", *INCIDENT_KEYS)


def _sql_type(annotation: str) -> str:
    """The DuckDB type of a record field, from its annotation (for columns an older build lacks)."""
    if annotation.startswith(("tuple", "list")):
        return "VARCHAR[]"
    for python, sql in (("bool", "BOOLEAN"), ("int", "BIGINT"), ("float", "DOUBLE"), ("date", "DATE")):
        if annotation.split(" ")[0] == python:
            return sql
    return "VARCHAR"


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _escaped(path: Path) -> str:
    return str(path).replace("'", "''")


def contract_sql(path: Path, record: type, con: duckdb.DuckDBPyConnection, row_numbers: bool = False) -> str:
    """A SELECT giving the contract's columns from a Parquet file (NULLs for missing ones, none if absent).

    `row_numbers` adds `row_in_file` (the row's position in the file), to keep the file's order.
    """
    present = {}
    if path.exists():
        # hive_partitioning off: a folder of the path named "outlet=SANA" must not add or replace columns
        described = con.execute("DESCRIBE SELECT * FROM read_parquet(?, hive_partitioning = false)", [str(path)]).fetchall()
        present = {row[0]: row[1] for row in described}
    columns = []
    for field in dataclasses.fields(record):
        wanted = _sql_type(str(field.type))
        if field.name not in present or present[field.name] == '"NULL"':
            columns.append(f"CAST(NULL AS {wanted}) AS {quoted(field.name)}")
        elif wanted == "DATE" and present[field.name] != "DATE":
            columns.append(f"TRY_CAST({quoted(field.name)} AS DATE) AS {quoted(field.name)}")
        else:
            columns.append(quoted(field.name))
    names = {f.name for f in dataclasses.fields(record)}
    # Extra columns pass through, except those the app adds itself (a per-article table's article meta, ...).
    extra = [quoted(c) for c in present if c not in names and c not in OWN_COLUMNS]
    if row_numbers:
        columns.append("file_row_number AS row_in_file" if path.exists() else "CAST(NULL AS BIGINT) AS row_in_file")
    numbered = ", hive_partitioning = false" + (", file_row_number = true" if row_numbers else "")
    source = f"read_parquet('{_escaped(path)}'{numbered})" if path.exists() else "(SELECT 1) AS nothing WHERE false"
    return f"SELECT {', '.join(columns + extra)} FROM {source}"


def parquet_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.glob("*.parquet"))


def database_file(folder: Path, stamp: tuple) -> Path:
    """Where the database of this folder, in this state, is kept:
    <folder key>-<state key>-v<schema>-<contract key>.duckdb. The contract key changes with the records'
    columns, so a column added to the dataset contract never meets a database cached without it."""
    return DATABASES_DIR / (
        f"{_key(str(folder.resolve()))}-{_key(repr(stamp))}-v{SCHEMA_VERSION}-{_key(contract_columns())}.duckdb"
    )


def contract_columns() -> str:
    """Every table's contract columns and types, as one string (the cache key's contract part)."""
    return repr([(name, [(f.name, str(f.type)) for f in dataclasses.fields(record)]) for name, record in TABLES.items()])


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def open_database(folder: Path, stamp: tuple) -> duckdb.DuckDBPyConnection:
    """A connection whose `app` catalog holds the folder's tables and whose views name them plainly.

    Raises duckdb.Error or OSError when a Parquet file cannot be read (files.reading turns that into
    DamagedDataset).
    """
    con = duckdb.connect(":memory:", config={"threads": THREADS})
    path = database_file(folder, stamp) if parquet_bytes(folder) >= IN_MEMORY_BYTES else None
    if path is not None and not path.exists():
        try:
            write_database(folder, path)
        except OSError:  # no writable cache folder (a read-only checkout): build in memory instead
            path = None
    if path is None:
        con.execute("ATTACH ':memory:' AS app")
        build_tables(con, folder, "app")
    else:
        con.execute(f"ATTACH '{_escaped(path)}' AS app (READ_ONLY)")
    create_views(con, folder)
    return con


def write_database(folder: Path, path: Path) -> None:
    """Build the folder's database into `path` (atomically: a half-written file is never opened),
    and delete the databases of the folder's earlier states."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(dir=path.parent, prefix=".building-", suffix=".duckdb")
    os.close(handle)
    os.unlink(partial)  # DuckDB creates the file itself
    try:
        con = duckdb.connect(partial, config={"threads": THREADS, "memory_limit": MEMORY_LIMIT})
        try:
            build_tables(con, folder, con.execute("SELECT current_database()").fetchone()[0])
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(partial, path)
    finally:
        for leftover in (Path(partial), Path(partial + ".wal")):
            leftover.unlink(missing_ok=True)
    for older in path.parent.glob(path.name.split("-")[0] + "-*.duckdb"):
        if older != path:
            older.unlink(missing_ok=True)


def build_tables(con: duckdb.DuckDBPyConnection, folder: Path, catalog: str) -> None:
    """Create the app's tables in `catalog` from the folder's Parquet files (see the module docstring)."""
    source = {
        name: contract_sql(folder / f"{name}.parquet", record, con, row_numbers=name != "rejected")
        for name, record in TABLES.items()
    }
    at = f"{quoted(catalog)}."
    # Articles are numbered in publication order (undated ones last, each date's in file order), and every
    # per-article table is stored in that order: a date filter keeps a run of numbers, whose row groups
    # the semi-join's min/max filter skips, and a table's newest or oldest rows (the pages' lists) are in
    # its first or last row groups, which DuckDB's top-N reads alone.
    articles = (
        "SELECT CAST(row_number() OVER (ORDER BY published NULLS LAST, row_in_file) AS INTEGER) AS article_no,"
        f" * EXCLUDE (row_in_file) FROM ({source['articles']})"
    )
    con.execute(f"CREATE TABLE {at}meta AS SELECT * EXCLUDE (text) FROM ({articles}) ORDER BY article_no")
    con.execute(f"CREATE TABLE {at}texts AS SELECT article_no, title, text FROM ({articles}) ORDER BY article_no")
    for name in MENTION_TABLES:
        # A figure's number is its row in casualties.parquet (1-based): incidents join their figures by it.
        own_number = ", CAST(t.row_in_file + 1 AS INTEGER) AS figure_no" if name == "casualties" else ""
        create_table(
            con,
            f"{at}{name}",
            # By article number, each article's rows in the file's order (as the Parquet view read them).
            f"SELECT t.* EXCLUDE (row_in_file), m.article_no, m.outlet, m.title, m.published{own_number}"
            f" FROM ({source[name]}) t JOIN {at}meta m ON t.article_id = m.article_id ORDER BY m.article_no, t.row_in_file",
        )
    # Incidents are filtered through their figures' articles (below), and `reported` marks the incidents
    # with a figure in some article (those an unfiltered view shows).
    incidents = f"SELECT CAST(row_in_file AS INTEGER) AS incident_no, * EXCLUDE (row_in_file) FROM ({source['incidents']})"
    con.execute(f"CREATE TABLE {at}numbered_incidents AS {incidents}")
    # Incidents and figures pair by number as well as by id: joining a filtered page's figures to their
    # incidents on strings took 50-120 ms per query at 100,000 articles, on integers a fifth of that.
    create_table(
        con,
        f"{at}incident_figures",
        "SELECT f.incident_no, f.incident_id, c.figure_no, f.figure_id"
        f" FROM (SELECT incident_no, incident_id, unnest(figure_ids) AS figure_id FROM {at}numbered_incidents"
        f" WHERE figure_ids IS NOT NULL) f LEFT JOIN {at}casualties c ON c.figure_id = f.figure_id"
        " ORDER BY f.incident_no, c.figure_no",
    )
    con.execute(
        "CREATE TEMP TABLE incident_articles AS SELECT incident_no, article_no, count(*) OVER"
        " (PARTITION BY incident_no) AS n_articles FROM (SELECT DISTINCT f.incident_no, c.article_no"
        f" FROM {at}incident_figures f JOIN {at}casualties c USING (figure_no))"
    )
    # A filtered page keeps an incident when one of its reports is in a kept article. Most incidents are
    # reported by one article (95 % of FA-KES's): they carry its number and are kept by the same test as
    # a figure; only the others go through `shared_incident_articles`. Joining every incident's number with
    # its kept articles cost 390 ms after a broad search at 1,000,000 articles (2.2 million incidents kept).
    # The ranks are the tables' orders (the Casualties page lists incidents by disagreement and by size),
    # as integers: a page's top rows are then found on one integer, and their other columns read for them
    # only.
    con.execute(
        f"CREATE TABLE {at}incidents AS SELECT i.*, i.incident_no IN (SELECT incident_no FROM incident_articles)"
        " AS reported, one.article_no,"
        f" CAST(row_number() OVER (ORDER BY {DISAGREEMENT} DESC NULLS LAST, i.\"max\" - i.\"min\" DESC NULLS LAST,"
        " i.incident_id, i.incident_no) AS INTEGER) AS disagreement_rank,"
        f" CASE WHEN {EVENT_SIZE} THEN CAST(row_number() OVER (PARTITION BY {EVENT_SIZE} ORDER BY i.\"max\" DESC,"
        f" i.incident_id, i.incident_no) AS INTEGER) END AS size_rank FROM {at}numbered_incidents i LEFT JOIN (SELECT incident_no, article_no FROM"
        " incident_articles WHERE n_articles = 1) one USING (incident_no) ORDER BY incident_no"
    )
    con.execute(
        f"CREATE TABLE {at}shared_incident_articles AS SELECT incident_no, article_no FROM incident_articles"
        " WHERE n_articles > 1 ORDER BY article_no, incident_no"
    )
    con.execute("DROP TABLE incident_articles")
    # Each incident's reports ranked as its table row links them (the highest number first; on a tie the
    # figure with the longer span, so that a headline's figure, which has none, is not the one opened),
    # with their articles' numbers: a filtered page finds the first kept report of the incidents it lists
    # without joining incidents' figure ids to every figure of the kept articles (80 ms at 100,000 articles).
    create_table(
        con,
        f"{at}incident_reports",
        "SELECT f.incident_no, f.incident_id, c.article_no, CAST(row_number()"
        " OVER (PARTITION BY f.incident_no ORDER BY c.number DESC NULLS LAST, c.article_id, c.start,"
        ' c."end" DESC, f.figure_id) AS INTEGER) AS rank, c.article_id, c.start, c."end", f.figure_id'
        f" FROM {at}incident_figures f JOIN {at}casualties c USING (figure_no) ORDER BY f.incident_no, rank",
    )
    con.execute(f"DROP TABLE {at}numbered_incidents")
    build_search_postings(con, at)
    con.execute(
        f"CREATE TABLE {at}entity_search AS SELECT lower(canonical) AS name, list(DISTINCT article_no) AS articles"
        f" FROM {at}entities WHERE canonical IS NOT NULL GROUP BY 1"
    )
    con.execute(
        f"CREATE TABLE {at}place_articles AS SELECT place_id, list(DISTINCT article_no) AS articles"
        f" FROM {at}locations WHERE place_id IS NOT NULL GROUP BY 1"
    )
    build_summaries(con, at)


# Long texts and unique ids: DuckDB's string compression (dictionary + FSST) decodes a whole segment of
# such a column to read a few rows of it. A page reading the 1,000 quotes it lists paid 34 ms for their
# text (of 635,000 at 100,000 articles), 22 ms for their ids, where these columns stored plainly cost
# 8 ms. The file grows by their size: 412 to 597 MB at 100,000 articles. Short repeated strings
# (outlets, types, names) compress to small dictionaries that read fast, and stay compressed.
PLAIN_COLUMNS = ("quote", "quote_id", "sentence", "figure_id", "incident_id")


def create_table(con: duckdb.DuckDBPyConnection, table: str, select: str) -> None:
    """CREATE TABLE `table` AS `select`, in its order, with the PLAIN_COLUMNS it has stored uncompressed."""
    described = con.execute(f"DESCRIBE {select}").fetchall()
    columns = ", ".join(
        f"{quoted(name)} {sql_type}" + (" USING COMPRESSION uncompressed" if name in PLAIN_COLUMNS else "")
        for name, sql_type, *_ in described
    )
    con.execute(f"CREATE TABLE {table} ({columns})")
    con.execute(f"INSERT INTO {table} {select}")


def build_search_postings(con: duckdb.DuckDBPyConnection, at: str) -> None:
    """The word index (search_index.py): `search_vocabulary` (token_no, token), numbered in token order,
    and `search_postings` (token_no, article_no), one row per token of an article, sorted by token_no
    so that a search reads only the row groups of the tokens it matches (not every article list)."""
    # A batch of articles at a time, so that lower-casing and splitting hold one batch's texts.
    con.execute("CREATE TEMP TABLE token_rows (token VARCHAR, article_no INTEGER)")
    (last,) = con.execute(f"SELECT coalesce(max(article_no), 0) FROM {at}texts").fetchone()
    for first in range(1, last + 1, TOKEN_BATCH):
        batch = f"(SELECT * FROM {at}texts WHERE article_no BETWEEN {first} AND {first + TOKEN_BATCH - 1})"
        con.execute(
            f"INSERT INTO token_rows SELECT token, article_no FROM ({tokens_sql(batch)}) WHERE token <> ''",
            TOKEN_PARAMS,
        )
    con.execute(
        f"CREATE TABLE {at}search_vocabulary AS SELECT CAST(row_number() OVER (ORDER BY token) AS INTEGER)"
        " AS token_no, token FROM (SELECT DISTINCT token FROM token_rows) ORDER BY token_no"
    )
    con.execute(
        f"CREATE TABLE {at}search_postings AS SELECT v.token_no, r.article_no FROM token_rows r"
        f" JOIN {at}search_vocabulary v USING (token) ORDER BY v.token_no, r.article_no"
    )
    con.execute("DROP TABLE token_rows")


APP_TABLES = (
    "meta", "texts", *MENTION_TABLES, "incidents", "incident_figures", "shared_incident_articles", "incident_reports",
    "search_vocabulary", "search_postings", "entity_search", "place_articles", *SUMMARY_TABLES,
)


def create_views(con: duckdb.DuckDBPyConnection, folder: Path) -> None:
    """Plain names for the app's tables, and `articles` (texts included) and `rejected` over Parquet."""
    for name in APP_TABLES:
        own = f" EXCLUDE (incident_no, {', '.join(INCIDENT_KEYS)})" if name == "incidents" else ""
        con.execute(f"CREATE VIEW {name} AS SELECT *{own} FROM app.{name}")
    for name in ("articles", "rejected"):
        con.execute(f"CREATE VIEW {name} AS {contract_sql(folder / f'{name}.parquet', TABLES[name], con)}")

"""The filtered datasets: a `Store` per dataset folder (its DuckDB database) and a `View` per filter choice.

Pages call `view(filters)` (in the package's __init__) and get a `View`: `view.table(name, ...)` returns
(a slice of) one filtered table as a DataFrame, `view.query(sql)` runs an aggregation over the filtered
tables (the helpers in `aggregate.py` do this), so pages receive aggregates and top-N rows, never the
whole corpus. `SideBySide` asks several views (the Compare page's sides) one query at once. Nothing here
needs Streamlit.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from pipeline.gazetteer import load_gazetteer

from .. import filters as flt
from ..filters import Filters
from ..metadata import json_path
from ..search import names_by_key, search_terms
from . import files
from .database import MENTION_TABLES, open_database
from .files import read_table, reading
from .search_index import text_matches
from .summaries import CORPUS_SUMMARIES, COUNTED_ROWS, STATEMENTS, SUMMARY_TABLES

# The summaries keyed by article (summaries.py), filtered like the per-article tables.
ARTICLE_SUMMARIES = tuple(name for name in SUMMARY_TABLES if name not in CORPUS_SUMMARIES)

# A figure attributed to several sources is stored "A; B"; the cited-source filter offers and matches each.
CITED_SOURCES = "list_transform(string_split(attributed_to, ';'), lambda s: trim(s))"
KEPT = "article_no IN (SELECT article_no FROM kept)"
# ... or, when they are at least this share of all articles, by their bit in a bit string of every article
# number (`View.kept_test`). After a broad search at 1,000,000 articles (47 % kept) probing the semi-join's
# hash of the kept numbers took 93 ms over `place_mentions` where the bit took 56 ms (aliases 181 -> 129,
# figures 65 -> 46); after a narrow one (2 %) or an outlet (11 %), the semi-join was twice as fast.
KEPT_BITS_SHARE = 0.25
# Searches whose matching articles a Store remembers: 4 bytes per matching article each, at most 13 MB in
# all at 100,000 articles and 128 MB at 1,000,000.
TEXT_HITS_KEPT = 32
# Columns of app.incidents that `{incidents}` does not show: the database's flag, the figure id lists (a
# page finds an incident's figures in `incident_figures`), and the sources and outlets, read by number for
# the rows a table lists (`INCIDENT_LISTS`): reading them with every kept incident cost a third of the
# kept rows' 64 ms after a broad search at 100,000 articles; and the one article reporting an incident
# (`article_no`, for filtering).
INCIDENT_HIDDEN = "reported, article_no, figure_ids, sources, outlets"
# The incidents' rank columns (database.py), and how far down a rank the first rows are looked for first.
INCIDENT_RANKS = ("disagreement_rank", "size_rank")
RANK_WINDOW = 100
# The lists of the incidents in `listed` (a relation with incident_no), as SQL for a join.
INCIDENT_LISTS = "(SELECT incident_no, sources, outlets FROM app.incidents WHERE incident_no IN (SELECT incident_no FROM listed))"


def _frozen(value: object) -> object:
    """A parameter value as a dictionary key: sequences (lists, tuples, arrays) as tuples of their items."""
    if isinstance(value, (list, tuple)) or hasattr(value, "tolist"):
        items = value.tolist() if hasattr(value, "tolist") else value
        return tuple(_frozen(v) for v in items) if isinstance(items, (list, tuple)) else items
    return value


def _article_numbers(result: duckdb.DuckDBPyConnection) -> pa.Table:
    return pa.table({"article_no": pa.array(result.fetchnumpy()["article_no"], pa.int32())})


class Store:
    """One folder's datasets in DuckDB (see database.py for the tables).

    `meta` holds every article's columns except its text, with an integer `article_no`; the per-article
    tables carry their article's `article_no`, outlet, title and published date. A DuckDB connection is
    not thread-safe, so every query runs on its own cursor.
    """

    def __init__(self, folder: Path, stamp: tuple | None = None):
        self.folder = folder
        self._lock = threading.Lock()
        self._hits: dict[tuple[str, ...], pa.Table] = {}  # _text_hits, least recently used first
        with reading(folder):
            self.con = open_database(folder, files.stamp(folder) if stamp is None else stamp)
            self.speaker_nodes = read_table(folder, "speaker_nodes")
            self.all_articles = _article_numbers(self.con.execute("SELECT article_no FROM meta"))
        # one past the highest article number (the length of a view's bit string of kept articles)
        numbers = self.all_articles["article_no"].to_numpy()
        self.article_number_end = int(numbers.max()) + 1 if len(numbers) else 0

    @functools.cached_property
    def entity_names(self) -> dict[str, list[str]]:
        """Every canonical entity name by spelling key, for the search's spelling variants."""
        frame = self.query("SELECT DISTINCT canonical FROM entity_names WHERE canonical IS NOT NULL")
        return names_by_key(str(name) for name in frame["canonical"])

    def cursor(self) -> duckdb.DuckDBPyConnection:
        with self._lock:
            return self.con.cursor()

    def query(self, sql: str, params: list | dict | None = None, **relations: pa.Table) -> pd.DataFrame:
        return self._fetched(sql, params, relations, lambda result: result.fetchdf())

    def arrow(self, sql: str, params: list | dict | None = None, **relations: pa.Table) -> pa.Table:
        """`query`, as an Arrow table (for rows a view keeps and asks again)."""
        return self._fetched(sql, params, relations, lambda result: result.to_arrow_table())

    def _fetched(self, sql: str, params: list | dict | None, relations: dict[str, pa.Table], fetch):
        """`fetch` of `sql` run over the database and the given Arrow tables, on a cursor of its own."""
        cursor = self.cursor()
        try:
            with reading(self.folder):
                for name, table in relations.items():
                    cursor.register(name, table)
                # a relation, not a DB-API result: its Arrow output is not copied again (DuckDB 2 streams
                # results, so the rows are fetched before the cursor closes)
                return fetch(cursor.sql(sql, params=params or None))
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
                "article_no IN (SELECT article_no FROM casualties"
                " WHERE coalesce(event_date, published) BETWEEN coalesce(?, DATE '0001-01-01')"
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
            # Every spelling of the query the gazetteer and the entity names know (dashboard/search.py),
            # in titles and texts (through the word index, search_index.py), entity names and places.
            terms = search_terms(filters.search, load_gazetteer(), self.entity_names)
            # One set of numbers (a union), not three IN tests ORed over every article.
            conditions.append(
                "article_no IN (SELECT article_no FROM text_hits"
                " UNION SELECT unnest(articles) FROM entity_search"
                " WHERE len(list_filter(?, lambda term: contains(name, term))) > 0"
                " UNION SELECT unnest(articles) FROM place_articles WHERE list_contains(?, place_id))"
            )
            params += [list(terms.texts), list(terms.place_ids)]
        for column, values in flt.metadata_conditions(filters.metadata).items():
            conditions.append("list_contains(?, json_extract_string(metadata, ?))")
            params += [values, json_path(column)]
        if filters.cited:
            conditions.append(
                "article_no IN (SELECT article_no FROM casualties WHERE list_has_any(?, " + CITED_SOURCES + ")"
                " UNION SELECT article_no FROM quotes WHERE list_contains(?, speaker))"
            )
            params += [list(filters.cited), list(filters.cited)]
        if filters.places:
            conditions.append(
                "article_no IN (SELECT unnest(articles) FROM place_articles WHERE list_contains(?, place_id))"
            )
            params.append(list(filters.places))
        sql = f"SELECT article_no FROM meta WHERE {' AND '.join(conditions)}"
        cursor = self.cursor()
        try:
            with reading(self.folder):
                if filters.search.strip():
                    cursor.register("text_hits", self._text_hits(cursor, terms.texts))
                return _article_numbers(cursor.execute(sql, params))
        finally:
            cursor.close()

    def incident_rows(self, numbers, columns: list[str]) -> pd.DataFrame:
        """`columns` of the incidents with these `incident_no` (an integer sequence or array), indexed and
        sorted by number; read through a table of the numbers, not a list parameter tested on every row."""
        chosen = ", ".join(f'"{c}"' for c in columns)
        return self.query(
            f"SELECT incident_no, {chosen} FROM app.incidents WHERE incident_no IN (SELECT incident_no FROM wanted)",
            wanted=pa.table({"incident_no": pa.array(numbers, pa.int32())}),
        ).set_index("incident_no").sort_index()

    def _text_hits(self, cursor: duckdb.DuckDBPyConnection, terms: tuple[str, ...]) -> pa.Table:
        """`text_matches` of `terms`, kept for the TEXT_HITS_KEPT searches last used: the Compare page
        matches the same search once per side, and a filter changed beside a search keeps it."""
        with self._lock:
            hits = self._hits.pop(terms, None)
            if hits is not None:
                self._hits[terms] = hits  # now the most recently used
        if hits is None:
            hits = text_matches(cursor, terms)
            with self._lock:
                self._hits[terms] = hits
                while len(self._hits) > TEXT_HITS_KEPT:
                    self._hits.pop(next(iter(self._hits)))
        return hits


@dataclass(frozen=True)
class SideBySide:
    """Views of one store that differ only in the articles they keep (the Compare page's sides), asked
    at once: in `query`, `{articles}`, `{entities}`, `{locations}`, `{casualties}`, `{quotes}` and the
    article summaries hold every side's filtered rows with the side's name in `side_name` (an article two
    sides keep is there once for each). One scan of a table for all sides, where a query per side scanned it
    per side. `views`: side name -> its view (views of one store, with the same cited sources)."""

    views: Mapping[str, View]

    def __post_init__(self):
        if not self.views:
            raise ValueError("no side to query")
        if len({(id(view.store), view.filters.cited) for view in self.views.values()}) > 1:
            raise ValueError("sides asked at once must be views of one store with the same cited sources")

    @property
    def template(self) -> View:
        """A side's view: what every side shares (the store, the conditions other than the kept articles)."""
        return next(iter(self.views.values()))

    @functools.cached_property
    def kept(self) -> pa.Table:
        """(side_name, article_no) of every article each side keeps."""
        return pa.concat_tables(
            view.kept.append_column("side_name", pa.repeat(pa.scalar(name, pa.string()), view.n_articles))
            for name, view in self.views.items()
        ).select(["side_name", "article_no"])

    def relation(self, name: str) -> str:
        source = "meta" if name == "articles" else name
        if name != "articles" and name not in MENTION_TABLES and name not in ARTICLE_SUMMARIES:
            raise KeyError(name)
        conditions = self.template.other_conditions(name)
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        return f"(SELECT k.side_name, t.* FROM {source} t JOIN kept_sides k USING (article_no){where})"

    def query(self, sql: str, params: dict | None = None) -> pd.DataFrame:
        """Run `sql` (with {table} placeholders and $named parameters) over the sides' stacked tables."""
        text = sql.format(**{name: self.relation(name) for name in ("articles", *MENTION_TABLES, *ARTICLE_SUMMARIES)})
        params = dict(params or {})
        if self.template.filters.cited and "$cited" in text:
            params["cited"] = list(self.template.filters.cited)
        return self.template.store.query(text, params, kept_sides=self.kept)


@dataclass(frozen=True)
class View:
    """The datasets cut to the articles the filters match (figures and quotes also to the cited sources).

    In SQL given to `query`, `{articles}`, `{entities}`, `{locations}`, `{casualties}`, `{quotes}` and
    `{incidents}` stand for the filtered tables; mentions, figures and quotes carry their article's
    article_no, outlet, title and published date. `{entity_articles}`, `{person_articles}`, `{quote_places}`,
    `{place_aliases}`, `{place_mentions}`, `{place_tolls}`, `{figure_sums}`, `{speaker_articles}` and `{article_counts}` are the filtered summaries
    (summaries.py), as is `{incident_counts}`; `entity_names` and `place_names` are not filtered.
    `{incident_reports}` (incident_no, incident_id, article_no, rank, article_id, start, end, figure_id)
    holds the kept reports of incidents, rank 1 the highest number (database.py). `{incidents}` has every
    column of the incidents dataset but `figure_ids` (an incident's figures are in `incident_figures`),
    `sources` and `outlets` (`INCIDENT_LISTS` reads them for the incidents listed), and has `incident_no`,
    the database's integer key of an incident (in `incident_figures` and `{incident_reports}` too;
    `figure_no` keys a figure in `{casualties}` and `incident_figures`), and `disagreement_rank` and
    `size_rank`, its place in the two orders the Casualties page lists incidents in (database.py;
    `size_rank` ranks events only: NULL for running totals and incidents with no number).
    `{shared_incidents}` holds those of `{incidents}` several articles report (the others are counted per
    article in `{incident_counts}`).
    """

    store: Store
    filters: Filters
    kept: pa.Table
    _counts: dict = field(default_factory=dict, init=False, compare=False, repr=False)  # count()'s answers

    def kept_test(self, first_rows: bool = False) -> str:
        """SQL true for the rows of the kept articles ("" when no filter is active): a semi-join
        with their numbers, or a test of their bits (`KEPT_BITS_SHARE`, and for a table's `first_rows`:
        in the scan, the test lets a top-N skip row groups, where a join does not; the first 1,000 kept
        quotes by date took 190 ms after a broad search at 1,000,000 articles with the join, 15 with bits)."""
        if not self.filters.active:
            return ""
        if self.n_articles == 0:
            return "false"
        if first_rows or self.n_articles >= KEPT_BITS_SHARE * self.store.all_articles.num_rows:
            first, last = self._kept_range
            return f"article_no BETWEEN {first} AND {last} AND get_bit(CAST($kept_bits AS BIT), article_no) = 1"
        return KEPT

    @functools.cached_property
    def _kept_range(self) -> tuple[int, int]:
        numbers = self.kept["article_no"].to_numpy()
        return int(numbers.min()), int(numbers.max())

    @functools.cached_property
    def _kept_bits(self) -> bytes:
        """Bit n set for every kept article_no n, over every article number of the store (BLOB)."""
        bits = np.zeros(self.store.article_number_end, dtype=bool)
        bits[self.kept["article_no"].to_numpy()] = True
        return np.packbits(bits).tobytes()

    def conditions(self, name: str, first_rows: bool = False) -> list[str]:
        """What keeps a row of a per-article table, a summary or `incident_reports` in this view (SQL);
        `first_rows`: for a table's first rows (`kept_test`)."""
        kept = self.kept_test(first_rows)
        return [kept, *self.other_conditions(name)] if kept else self.other_conditions(name)

    def other_conditions(self, name: str) -> list[str]:
        """`conditions` but the test of the kept articles."""
        conditions = []
        if self.filters.cited and name in ("casualties", "place_tolls", "figure_sums"):
            conditions.append("list_has_any($cited, " + CITED_SOURCES + ")")
        elif self.filters.cited and name in ("quotes", "quote_places", "speaker_articles"):
            conditions.append("list_contains($cited, speaker)")
        if name == "quotes":
            conditions.append(STATEMENTS)  # one row per statement
        elif self.filters.cited and name == "incident_reports":  # only the reports attributed to a cited source
            conditions.append(f"figure_id IN (SELECT figure_id FROM {self.relation('casualties')})")
        return conditions

    def relation(self, name: str) -> str:
        kept = self.kept_test()
        if name == "articles":
            return f"(SELECT * FROM meta{' WHERE ' + kept if kept else ''})"
        if name in MENTION_TABLES or name in ARTICLE_SUMMARIES or name == "incident_reports":
            conditions = self.conditions(name)
            return f"(SELECT * FROM {name}{' WHERE ' + ' AND '.join(conditions) if conditions else ''})"
        if name in ("incidents", "shared_incidents"):
            return self._incidents(shared_only=name == "shared_incidents")
        raise KeyError(name)

    def _incidents(self, shared_only: bool) -> str:
        """The kept incidents (SQL), or only those several articles report (`shared_only`)."""
        chosen = f"SELECT * EXCLUDE ({INCIDENT_HIDDEN}) FROM app.incidents WHERE"
        shared = " AND article_no IS NULL" if shared_only else ""
        if self.filters.cited:  # only the incidents with a figure attributed to a cited source
            return (
                f"({chosen} incident_no IN (SELECT f.incident_no FROM incident_figures f"
                f" JOIN {self.relation('casualties')} c USING (figure_no)){shared})"
            )
        if not self.filters.active:
            return f"({chosen} reported{shared})"
        # the incidents one kept article reports, and those several articles report, one of them kept
        several = f"{chosen} article_no IS NULL AND incident_no IN (SELECT incident_no FROM shared_incident_articles WHERE {self.kept_test()})"
        return f"({several})" if shared_only else f"({chosen} {self.kept_test()} UNION ALL {several})"

    def query(self, sql: str, params: dict | None = None, **relations: pa.Table) -> pd.DataFrame:
        """Run `sql` (with {table} placeholders and $named parameters) over the filtered tables and the
        given Arrow tables (by name)."""
        filtered = {
            name: self.relation(name)
            for name in ("articles", *MENTION_TABLES, "incidents", "shared_incidents", "incident_reports", *ARTICLE_SUMMARIES)
        }
        params = dict(params or {})
        text = sql.format(**filtered)
        if self.filters.cited and "$cited" in text:
            params["cited"] = list(self.filters.cited)
        if "$kept_bits" in text:
            params["kept_bits"] = self._kept_bits
        return self.store.query(text, params, kept=self.kept, **relations)

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
        chosen = ", ".join(f'"{c}"' for c in columns) if columns else "*"

        def fetch(kept: str) -> pd.DataFrame:
            return self.query(self.rows_sql(name, chosen, order=order, limit=limit, where=kept), params)

        if name == "incidents" and order in INCIDENT_RANKS:
            return self.first_ranked(fetch, order, limit, where)
        return fetch(where)

    @staticmethod
    def first_ranked(fetch: Callable[[str], pd.DataFrame], rank: str, limit: int | None, where: str = "") -> pd.DataFrame:
        """`fetch(condition)`: the first `limit` incidents by the rank column `rank` meeting the condition
        (SQL on alias t). They are looked for among the RANK_WINDOW x limit ranked first, and only when
        fewer are kept there among all: after a broad search at 1,000,000 articles the 20 widest were found
        among 4.3 million incidents in 0.8 s, among the first 2,000 in a tenth of that."""
        if limit:
            first = fetch(f"t.{rank} <= {RANK_WINDOW * int(limit)}" + (f" AND ({where})" if where else ""))
            if len(first) == limit:
                return first
        return fetch(where)

    def rows_sql(self, name: str, chosen: str = "*", *, order: str = "", limit: int | None = None, where: str = "") -> str:
        """SQL (for `query`) selecting `chosen` from the filtered table `name` (alias t), `where`, sorted,
        at most `limit` rows."""
        if limit is not None and order and name in MENTION_TABLES:
            # The top rows found on their sort keys alone, then only those rows' columns read (late
            # materialisation): sorting every kept figure with its sentence and title took 37 ms of the
            # Casualties page at 100,000 articles, every kept quote with its text 60-110 ms of the Speakers page.
            kept = " AND ".join([*self.conditions(name, first_rows=True), *([f"({where})"] if where else [])]) or "true"
            top = f"SELECT rowid FROM app.{name} AS t WHERE {kept} ORDER BY {order} LIMIT {int(limit)}"
            return f"SELECT {chosen} FROM app.{name} AS t WHERE rowid IN ({top}) ORDER BY {order}"
        if limit is not None and order and name == "incidents":
            # The same for incidents, found by number in the filtered incidents (order by a rank column:
            # a broad search keeps 2.2 million incidents at 1,000,000 articles).
            chosen = f"* EXCLUDE ({INCIDENT_HIDDEN})" if chosen == "*" else chosen
            top = f"SELECT incident_no FROM {{incidents}} AS t{f' WHERE {where}' if where else ''} ORDER BY {order} LIMIT {int(limit)}"
            return f"SELECT {chosen} FROM app.incidents AS t WHERE incident_no IN ({top}) ORDER BY {order}"
        sql = f"SELECT {chosen} FROM {{{name}}} AS t"
        sql += f" WHERE {where}" if where else ""
        sql += f" ORDER BY {order}" if order else ""
        sql += f" LIMIT {int(limit)}" if limit is not None else ""
        return sql

    def rows_at(self, name: str, chosen: str, keys: str, on: tuple[str, ...]) -> str:
        """SQL (for `query`) selecting `chosen` from the per-article table `name` (alias t) at the rows whose
        `on` columns are a row of `keys`, SQL of a few rows' keys taken from this view's filtered tables
        (so of kept articles): the view's other conditions apply, the test of the kept articles is not run
        again. Found through a join the rows' article numbers narrow to a few row groups, where the
        filtered table read 6.3 million quotes after a broad search at 1,000,000 articles."""
        if name not in MENTION_TABLES:
            raise KeyError(name)
        using = ", ".join(f'"{column}"' for column in on)
        conditions = " AND ".join(self.other_conditions(name)) or "true"
        return f"SELECT {chosen} FROM app.{name} AS t JOIN ({keys}) AS k USING ({using}) WHERE {conditions}"

    def count(self, name: str, where: str = "", params: dict | None = None) -> int:
        """How many rows of the filtered table `name` (alias t) meet `where`. Asked once per view: a page
        that checks for rows first and counts its table's rows later runs the query once."""
        where = "" if where.strip() in ("", "true") else where
        key = (name, where, *sorted((k, _frozen(v)) for k, v in (params or {}).items()))
        if key not in self._counts:
            sql = f"SELECT count(*) AS n FROM {{{name}}} AS t" + (f" WHERE {where}" if where else "")
            if not where and name in COUNTED_ROWS and set(self.other_conditions(name)) <= {COUNTED_ROWS[name]}:
                # the rows the view keeps are those `article_counts` counts (no cited-source condition)
                sql = f'SELECT CAST(coalesce(sum("{name}"), 0) AS BIGINT) AS n FROM {{article_counts}}'
            self._counts[key] = int(self.query(sql, params)["n"].iat[0])
        return self._counts[key]

    def has_rows(self, name: str) -> bool:
        """Whether the filtered table `name` keeps any row: the first found ends the scan, where counting
        every kept entity mention took 150 ms at 1,000,000 articles."""
        return len(self.query(f"SELECT 1 AS found FROM {{{name}}} LIMIT 1")) > 0

    @property
    def n_articles(self) -> int:
        return self.kept.num_rows

    @property
    def speaker_nodes(self) -> pd.DataFrame:
        return self.store.speaker_nodes

"""Incidents over Parquet parts: `incidents.group_incidents`, computed with bounded memory.

The grouping rules are those of pipeline/incidents.py; only where the figures live changes. Every rule
that looks at one article (sub-counts and repeats riding with their parent, figures with no date or place
grouped by sentence) runs part by part, since an article's figures all sit in one part. The one rule that
looks across articles (figures of one type, group, place and running-total flag whose dates lie within a
day) is a sort: DuckDB sorts the figures that can merge, out of core when they do not fit in memory, and
Python walks the sorted rows, cluster by cluster. Incidents are then built from the figures sorted by
incident, one incident in memory at a time.

That last sort holds every column of every figure. DuckDB's sort cannot run it under a small memory cap
(at 20,000 articles, 112,000 figures, it fails below about 100 MB: "failed to pin block"), and under a
large one it takes what the corpus needs, so the build's memory grew with the corpus. The figures are
therefore first written out in buckets of incident ids (consecutive ranges of the ids' leading hex digits,
about `BUCKET_FIGURES` figures each; the figures of one incident share a bucket), and each bucket is
sorted on its own: one pass over the figures, and a sort of the same size at every corpus size.

What is held for the whole corpus: `article_meta` (outlet and date per article, the caller's).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import TypeVar

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from .datasets import records_table, schema_for, table_records
from .incidents import ID_PREFIX, SAME_EVENT_WINDOW, base_key, build_incident, stable_id, undated_incident_ids
from .records import CasualtyFigure, Incident

# Columns added to each part's casualty figures so the corpus-wide steps can be SQL.
PART_INDEX, ROW, RIDES, ROOT, OWN_INCIDENT, MERGEABLE = "_part", "_row", "_rides", "_root", "_own_incident", "_mergeable"
NOT_A_RIDER, SUB_COUNT, REPEAT = 0, 1, 2  # how a figure rides (group_incidents adds sub-counts first)
FIGURES_FILE = "casualties.grouping.parquet"  # per part folder
BATCH_ROWS = 8192
# A corpus stage's DuckDB memory cap: above it DuckDB sorts, joins and aggregates on disk, in the parts
# folder. It starts small, so that the build's memory does not grow with the corpus (DuckDB uses what the
# cap allows), and is raised to the next step when a query runs out of memory under it: some operators
# cannot spill below a size that grows with the data (the speaker network needs more than 64 MB at 100,000
# articles, 96 MB do).
MEMORY_CAPS = ("48MB", "256MB", "1GB", "4GB")
BUCKET_FIGURES = 8192  # figures per bucket of incident ids, about (ids are hashes: spread evenly)
ID_DIGITS = 4  # the leading hex digits of an incident id that number its bucket
T = TypeVar("T")  # what a statement run under `with_memory_steps` returns


def figures_with_grouping_columns(figures: pa.Table, part_index: int) -> pa.Table:
    """One part's figures with what can be decided inside the part: which figures ride with which
    (sub-counts and repeats of the same article), the incident of figures that merge with no other
    article's (no date or no place), and which figures may merge across articles."""
    records = table_records(figures, CasualtyFigure)
    by_id = {f.figure_id: f for f in records}
    riders = {
        f.figure_id: (f.part_of, SUB_COUNT)
        for f in records
        if f.part_of in by_id and by_id[f.part_of].group == f.group and by_id[f.part_of].type == f.type
    }
    riders.update({f.figure_id: (f.repeats, REPEAT) for f in records if f.repeats in by_id and f.figure_id not in riders})
    rides, roots, own, mergeable = [], [], [], []
    own_incident = undated_incident_ids(records, riders)
    for figure in records:
        root = figure.figure_id
        while root in riders:  # sub-count of a sub-count
            root = riders[root][0]
        rider = figure.figure_id in riders
        key = None if rider else base_key(figure)
        rides.append(riders[figure.figure_id][1] if rider else NOT_A_RIDER)
        roots.append(root)
        mergeable.append(key is not None)
        own.append(own_incident.get(figure.figure_id))
    extra = {
        PART_INDEX: pa.array([part_index] * len(records), pa.int64()),
        ROW: pa.array(range(len(records)), pa.int64()),
        RIDES: pa.array(rides, pa.int8()),
        ROOT: pa.array(roots, pa.string()),
        OWN_INCIDENT: pa.array(own, pa.string()),
        MERGEABLE: pa.array(mergeable, pa.bool_()),
    }
    for name, column in extra.items():
        figures = figures.append_column(name, column)
    return figures


def date_cluster_ids(sorted_rows: Iterator[pa.RecordBatch]) -> Iterator[tuple[str, str]]:
    """(figure_id, incident_id) for mergeable figures sorted by type, group, place, cumulative, event
    date and figure id: a cluster starts at a new key or more than a day after its first figure's date."""
    key: tuple | None = None
    first: date | None = None
    for batch in sorted_rows:
        columns = [batch.column(name).to_pylist() for name in ("type", "group", "place", "cumulative", "event_date", "figure_id")]
        for type_, group, place, cumulative, event_date, figure_id in zip(*columns, strict=True):
            if (type_, group, place, cumulative) != key or event_date - first > SAME_EVENT_WINDOW:
                key, first = (type_, group, place, cumulative), event_date
            yield figure_id, stable_id(*key, first.isoformat())


def corpus_connection(workdir: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB for a corpus stage: one thread, the first of `MEMORY_CAPS` at most (see
    `with_memory_steps`), spilling to `workdir`/duckdb (the parts folder, removed with the staging folder)."""
    config = {"memory_limit": MEMORY_CAPS[0], "threads": 1, "temp_directory": str(workdir / "duckdb")}
    return duckdb.connect(":memory:", config=config)


def with_memory_steps(con: duckdb.DuckDBPyConnection, run: Callable[[], T], caps: tuple[str, ...] | None = None) -> T:
    """`run()`, which queries `con` (a `corpus_connection`, capped at the first of `caps`, default
    `MEMORY_CAPS`), again under each next cap while DuckDB runs out of memory; the first cap is then set
    back, so the next statement starts small again. `run` must be safe to repeat. Raises
    duckdb.OutOfMemoryException under the last cap."""
    first, *larger = caps or MEMORY_CAPS
    try:
        for step, cap in enumerate([first, *larger]):
            if step:
                con.execute(f"SET memory_limit = '{cap}'")
            try:
                return run()
            except duckdb.OutOfMemoryException:
                if step == len(larger):
                    raise
    finally:
        con.execute(f"SET memory_limit = '{first}'")


def sorted_batches(con: duckdb.DuckDBPyConnection, sql: str, path: Path) -> Iterator[pa.RecordBatch]:
    """The rows of a sorting query in batches: DuckDB writes them to `path` (Parquet) under
    `with_memory_steps`, and pyarrow reads the file back, so running out of memory can only happen where
    the query is repeated whole."""
    with_memory_steps(con, lambda: con.execute(f"COPY ({sql}) TO {sql_string(str(path))} (FORMAT parquet)"))
    yield from pq.ParquetFile(path).iter_batches(BATCH_ROWS)


def bucket_sql(incident: str, buckets: int) -> str:
    """SQL numbering the bucket of an incident id: 0 .. buckets - 1 by the id's leading hex digits, in id
    order; `buckets` for a figure with no incident (sorted last, as NULLs are)."""
    digits = f"substr({incident}, {len(ID_PREFIX) + 1}, {ID_DIGITS})"
    return (
        f"CASE WHEN {incident} IS NULL THEN {buckets}"
        f" ELSE CAST(('0x' || {digits}) AS INTEGER) * {buckets} // {16 ** ID_DIGITS} END"
    )


def sql_string(text: str) -> str:
    """A SQL string literal: the output folder's name is the user's and may hold a quote."""
    return "'" + text.replace("'", "''") + "'"


def parquet_sql(*paths: Path | str, row_numbers: bool = False) -> str:
    """SQL reading Parquet files as they are: a folder of the user's path named like a Hive partition
    ("year=2016", "type=killed") must not add or replace columns, as DuckDB otherwise has it do.
    `row_numbers` adds `file_row_number`."""
    files = ", ".join(sql_string(str(p)) for p in paths)
    return f"read_parquet([{files}], hive_partitioning = false{', file_row_number = true' if row_numbers else ''})"


class IncidentGrouping:
    """The corpus's figures grouped into incidents, from the part files written with grouping columns."""

    def __init__(self, files: list[Path], workdir: Path, bucket_figures: int = BUCKET_FIGURES):
        if not files:  # no figures at all: one empty file gives the queries their columns
            workdir.mkdir(parents=True, exist_ok=True)
            files = [workdir / f"empty-{FIGURES_FILE}"]
            pq.write_table(figures_with_grouping_columns(records_table([], CasualtyFigure), 0), files[0])
        self.files = [str(f) for f in files]
        self.workdir = workdir
        self.bucket_figures = bucket_figures
        self.con = corpus_connection(workdir)
        self.con.execute("SET preserve_insertion_order = false")

    def close(self) -> None:
        self.con.close()

    def _figures(self) -> str:
        return parquet_sql(*self.files)

    def assign(self) -> None:
        """Incident of every figure, written to the parts folder and read through the view `incident_of`
        (figure_id, incident_id)."""
        writer_path = self.workdir / "merged_incidents.parquet"
        schema = pa.schema([("figure_id", pa.string()), ("incident_id", pa.string())])
        mergeable = sorted_batches(
            self.con,
            f'SELECT type, "group", place, cumulative, event_date, figure_id FROM {self._figures()} '
            f'WHERE {MERGEABLE} ORDER BY type, "group", place, cumulative, event_date, figure_id',
            self.workdir / "mergeable.parquet",
        )
        with pq.ParquetWriter(writer_path, schema) as writer:
            chunk: list[tuple[str, str]] = []
            for pair in date_cluster_ids(mergeable):
                chunk.append(pair)
                if len(chunk) == BATCH_ROWS:
                    writer.write_table(pa.Table.from_pylist([dict(zip(schema.names, p, strict=True)) for p in chunk], schema))
                    chunk = []
            if chunk:
                writer.write_table(pa.Table.from_pylist([dict(zip(schema.names, p, strict=True)) for p in chunk], schema))
        # On disk, like the figures: a table of every figure's incident in this in-memory database grew with
        # the corpus (15 MB at 20,000 articles).
        incident_of = self.workdir / "incident_of.parquet"
        with_memory_steps(self.con, lambda: self.con.execute(
            f"COPY (SELECT figure_id, {OWN_INCIDENT} AS incident_id FROM {self._figures()}"
            f" WHERE {RIDES} = {NOT_A_RIDER} AND NOT {MERGEABLE}"
            f" UNION ALL SELECT figure_id, incident_id FROM {parquet_sql(writer_path)})"
            f" TO {sql_string(str(incident_of))} (FORMAT parquet)"
        ))
        self.con.execute(f"CREATE OR REPLACE VIEW incident_of AS SELECT * FROM {parquet_sql(incident_of)}")

    def figures(self, parts: Iterable[pa.Table]) -> Iterator[pa.Table]:
        """Each part's figures (as written with grouping columns, in part order) with their incident ids,
        in the casualties schema. Only the ids are sorted, by part and row, and zipped back in order."""
        schema = schema_for(CasualtyFigure)
        sorted_ids = sorted_batches(
            self.con,
            f"SELECT f.{ROW}, i.incident_id AS _incident FROM {self._figures()} f"
            f" LEFT JOIN incident_of i ON i.figure_id = f.{ROOT} ORDER BY f.{PART_INDEX}, f.{ROW}",
            self.workdir / "figure_incidents.parquet",
        )
        ids = (incident_id for batch in sorted_ids for incident_id in batch.column("_incident").to_pylist())
        for table in parts:
            column = pa.array([next(ids) for _ in range(table.num_rows)], pa.string())
            table = table.set_column(table.schema.get_field_index("incident_id"), "incident_id", column)
            yield table.select(schema.names).cast(schema)

    def incidents(self, article_meta: Mapping[str, tuple[str, date | None]]) -> Iterator[Incident]:
        """One Incident per incident id, in id order, each built from its figures in group_incidents's order:
        the figures it counts (merged ones by date and id, the others as written), then its riders."""
        counted_and_merged = f"f.{MERGEABLE} AND f.{RIDES} = {NOT_A_RIDER}"
        order = (
            f"_incident, f.{RIDES}, CASE WHEN {counted_and_merged} THEN f.event_date END, "
            f"CASE WHEN {counted_and_merged} THEN f.figure_id END, f.{PART_INDEX}, f.{ROW}"
        )
        current: str | None = None
        members: list[CasualtyFigure] = []
        counted: list[CasualtyFigure] = []
        for incident_id, ride, figure in self._figures_by_incident(order):
            if incident_id != current:
                if members:
                    yield build_incident(current, members, counted, article_meta)
                current, members, counted = incident_id, [], []
            members.append(figure)
            if ride == NOT_A_RIDER:
                counted.append(figure)
        if members:
            yield build_incident(current, members, counted, article_meta)

    def _figures_by_incident(self, order: str) -> Iterator[tuple[str | None, int, CasualtyFigure]]:
        """(incident id, how it rides, figure) of every figure, bucket by bucket, each bucket sorted by `order`."""
        schema = schema_for(CasualtyFigure)
        for bucket in self._buckets():
            sorted_rows = f"SELECT * FROM {parquet_sql(*bucket)} f ORDER BY {order}"
            for batch in sorted_batches(self.con, sorted_rows, self.workdir / "incident-bucket.parquet"):
                table = pa.Table.from_batches([batch])
                table = table.set_column(table.schema.get_field_index("incident_id"), "incident_id", table.column("_incident"))
                figures = table_records(table.select(schema.names).cast(schema), CasualtyFigure)
                yield from zip(table.column("_incident").to_pylist(), table.column(RIDES).to_pylist(), figures, strict=True)

    def _buckets(self) -> list[list[str]]:
        """The figures with their incident ids (`_incident`), written in buckets of consecutive incident ids
        (one pass over the figures): each bucket's files, buckets in id order, the figures with no incident
        last; empty buckets left out."""
        n_figures = self.con.sql(f"SELECT count(*) FROM {self._figures()}").fetchall()[0][0]
        buckets = max(1, -(-n_figures // self.bucket_figures))
        folder = self.workdir / "incident-buckets"
        with_memory_steps(self.con, lambda: self.con.execute(
            f"COPY (SELECT f.*, i.incident_id AS _incident, {bucket_sql('i.incident_id', buckets)} AS _bucket"
            f" FROM {self._figures()} f LEFT JOIN incident_of i ON i.figure_id = f.{ROOT})"
            f" TO {sql_string(str(folder))} (FORMAT parquet, PARTITION_BY (_bucket), OVERWRITE)"
        ))
        files = (sorted(str(path) for path in (folder / f"_bucket={b}").glob("*.parquet")) for b in range(buckets + 1))
        return [bucket for bucket in files if bucket]

"""Incidents grouped over Parquet parts equal `group_incidents` over one list of every figure."""

from __future__ import annotations

from datetime import date, timedelta

import duckdb
import pyarrow.parquet as pq
import pytest

from pipeline.corpus_incidents import (
    BUCKET_FIGURES,
    FIGURES_FILE,
    IncidentGrouping,
    bucket_sql,
    figures_with_grouping_columns,
)
from pipeline.datasets import records_table, table_records
from pipeline.incidents import group_incidents, stable_id
from pipeline.records import CasualtyFigure

FRIDAY = date(2016, 12, 9)


def figure(article_id, start, number, *, place="West Aleppo", event_date=FRIDAY, **fields):
    values = dict(
        article_id=article_id, start=start, end=start + 5, sentence=f"{article_id} says {number} died",
        number=number, number_text=str(number), type="killed", group="people", qualifier="exact",
        part_of=None, place=place, attributed_to=None, event_date=event_date, cumulative=False,
        figure_id=f"{article_id}:{start}",
    )
    return CasualtyFigure(**{**values, **fields})


# Three articles in two parts: one event reported by all three (dates within a day, one update), a
# sub-count and a repeated headline riding with their parent, figures with no place grouped by sentence,
# a running total kept apart, and a report a week later that is another incident.
PARTS = [
    [
        figure("a", 10, 12),
        figure("a", 40, 4, group="children"),
        figure("a", 60, 3, part_of="a:10"),  # same group and type: rides with a:10
        figure("a", 0, 12, repeats="a:10", in_headline=True),
        figure("a", 80, 7, place=None, sentence_start=70),
        figure("a", 90, 2, place=None, sentence_start=70, type="wounded"),
        figure("b", 5, 15, event_date=FRIDAY + timedelta(days=1), updates_earlier=True, attributed_to="SOHR"),
        figure("b", 30, 400, cumulative=True),
    ],
    [
        figure("c", 7, 13, attributed_to="SANA"),
        figure("c", 20, 9, event_date=FRIDAY + timedelta(days=7)),
        figure("c", 50, 5, event_date=None, sentence_start=44),
    ],
]
META = {"a": ("CNN", FRIDAY), "b": ("AFP", FRIDAY + timedelta(days=1)), "c": ("SANA", FRIDAY)}


def group_parts(folder, bucket_figures=BUCKET_FIGURES, prepare=None):
    """PARTS written as part files under `folder` and grouped there: (figures, incidents, the connection's
    memory cap at the end). `prepare(grouping)` runs first."""
    files = []
    for index, part in enumerate(PARTS):
        (folder / str(index)).mkdir(parents=True)
        files.append(folder / str(index) / FIGURES_FILE)
        pq.write_table(figures_with_grouping_columns(records_table(part, CasualtyFigure), index), files[-1])
    grouping = IncidentGrouping(files, folder, bucket_figures=bucket_figures)
    try:
        if prepare is not None:
            prepare(grouping)
        grouping.assign()
        figures = [f for table in grouping.figures(pq.read_table(f) for f in files) for f in table_records(table, CasualtyFigure)]
        incidents = list(grouping.incidents(META))
        limit = grouping.con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]
    finally:
        grouping.close()
    return figures, incidents, limit


WHOLE_LIST = group_incidents([f for part in PARTS for f in part], META)


# One bucket of incident ids (the default at this size), and buckets of one and of three figures.
@pytest.fixture(params=[BUCKET_FIGURES, 1, 3])
def grouped(tmp_path, request):
    figures, incidents, _ = group_parts(tmp_path / "Bob's \"corpus\"", request.param)  # the folder is the user's
    return figures, incidents


def test_figures_and_incidents_equal_the_whole_list_grouping(grouped):
    figures, incidents = grouped
    expected_figures, expected_incidents = WHOLE_LIST
    assert figures == expected_figures
    assert incidents == expected_incidents


def test_the_event_reported_in_both_parts_is_one_incident(grouped):
    figures, incidents = grouped
    by_id = {f.figure_id: f.incident_id for f in figures}
    assert by_id["a:10"] == by_id["b:5"] == by_id["c:7"] == by_id["a:60"] == by_id["a:0"]
    assert by_id["c:20"] != by_id["a:10"]  # a week later
    event = next(i for i in incidents if i.incident_id == by_id["a:10"])
    assert (event.n_outlets, event.figure_ids[-2:]) == (3, ("a:60", "a:0"))  # riders last, sub-count first


def test_no_figures_no_incidents(tmp_path):
    grouping = IncidentGrouping([], tmp_path)
    try:
        grouping.assign()
        assert list(grouping.incidents(META)) == []
    finally:
        grouping.close()



@pytest.mark.parametrize("buckets", [1, 2, 7, 300])
def test_buckets_are_consecutive_ranges_of_incident_ids(buckets):
    ids = sorted(stable_id("killed", "people", place, day) for place in ("Fardous", "Hamdaniyeh") for day in range(200))
    numbers = [row[0] for row in duckdb.execute(
        f"SELECT {bucket_sql('id', buckets)} FROM unnest($ids) AS t(id) ORDER BY id", {"ids": ids}
    ).fetchall()]
    assert numbers == sorted(numbers) and numbers[0] >= 0 and numbers[-1] < buckets
    assert len(set(numbers)) == min(buckets, len(ids)) or buckets > 7  # spread over every bucket when few
    assert duckdb.execute(f"SELECT {bucket_sql('NULL', buckets)}").fetchall() == [(buckets,)]  # no incident: last


def test_a_stage_that_runs_out_of_memory_runs_again_under_a_larger_cap(tmp_path, monkeypatch):
    """Grouping under a cap too small for any sort: every step raises the cap and repeats, and the result
    is the whole-list grouping's."""
    import pipeline.corpus_incidents as stage

    monkeypatch.setattr(stage, "MEMORY_CAPS", ("256KB", "256MB"))

    def capped(grouping):
        grouping.con.execute("SET memory_limit = '256KB'")
        with pytest.raises(duckdb.OutOfMemoryException):  # the premise: 256 KB is too little for a sort
            grouping.con.sql(f"SELECT * FROM {grouping._figures()} ORDER BY sentence").fetchall()

    figures, incidents, limit = group_parts(tmp_path, bucket_figures=3, prepare=capped)
    assert (figures, incidents) == WHOLE_LIST
    first_cap = duckdb.connect(config={"memory_limit": "256KB"}).execute("SELECT current_setting('memory_limit')").fetchall()[0][0]
    assert limit == first_cap  # back to the first cap after each step


def test_memory_steps_give_up_under_the_last_cap():
    con = duckdb.connect(config={"memory_limit": "256KB"})
    big_sort = lambda: con.sql("SELECT range AS n, repeat('x', 100) AS s FROM range(100000) ORDER BY s, n DESC").fetchall()  # noqa: E731
    from pipeline.corpus_incidents import with_memory_steps

    with pytest.raises(duckdb.OutOfMemoryException):
        with_memory_steps(con, big_sort, caps=("256KB", "512KB"))  # the connection starts at the first
    assert len(with_memory_steps(con, big_sort, caps=("256KB", "64MB"))) == 100000


@pytest.mark.parametrize("folder", ["_bucket=7", "type=killed", "_incident=x"])
def test_a_folder_named_like_a_hive_partition_changes_nothing(tmp_path, folder):
    """DuckDB reads "name=value" folders of a path as columns unless told not to: an output folder named
    so must not replace the figures' columns or the buckets' numbers."""
    figures, incidents, _ = group_parts(tmp_path / folder, bucket_figures=2)
    assert (figures, incidents) == WHOLE_LIST

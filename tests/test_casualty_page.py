"""The Casualties page's logic: place scope, totals per outlet and cited source, repeats counted once,
and the outlier scale (pure functions and SQL over the sample data)."""

from __future__ import annotations

import dataclasses

import pyarrow.parquet as pq
import pytest

from dashboard import aggregate, data, selection
from dashboard import filters as flt
from pipeline.datasets import records_table, table_records, write_table
from pipeline.records import CasualtyFigure
from tests import sample_data as sample


def view_of(folder) -> data.View:
    store = data.Store(folder)
    return data.View(store, flt.Filters(), store.matching(flt.Filters()))


@pytest.fixture(scope="module")
def sample_folder(tmp_path_factory):
    return sample.write(tmp_path_factory.mktemp("sample"))


@pytest.mark.parametrize(
    ("scope", "chosen", "expected"),
    [
        (selection.ANY_PLACE, [], None),
        (selection.ANY_PLACE, ["Idlib"], ["Idlib"]),
        (selection.ALEPPO_PLACES, [], ["Aleppo", "Ansari"]),
        (selection.ALEPPO_PLACES, ["Ansari", "Idlib"], ["Ansari"]),  # a place outside Aleppo is dropped
    ],
)
def test_place_scope(scope, chosen, expected):
    assert selection.place_scope(scope, chosen, ["Aleppo", "Ansari"]) == expected


@pytest.mark.parametrize(
    ("values", "log"),
    [
        ([10, 12, 9, 11, 14], False),
        ([10, 12, 9, 11, 339], True),  # one month dwarfs the rest
        ([5, 500], False),  # too few bars to call one an outlier
        ([0, 0, None, 3, 4, 5, 200], True),
    ],
)
def test_outlier_scale(values, log):
    assert selection.outlier_scale(values) is log


def test_totals_per_outlet_add_what_the_chart_adds(sample_folder):
    view = view_of(sample_folder)
    totals = aggregate.casualty_totals(view, "outlet", ["killed"])
    series = aggregate.casualty_series(view, "month", "outlet", ["killed"])
    assert totals["reported"].sum() == series["reported"].sum() == 25 + 8 + 32 + 40
    assert dict(zip(totals["outlet"], totals["reported"], strict=True))["SANA"] == 8


def test_totals_per_cited_source_and_place(sample_folder):
    view = view_of(sample_folder)
    totals = aggregate.casualty_totals(view, "attributed_to", ["killed"], ["Kalasseh"])
    assert set(totals["attributed_to"]) <= {"Syrian Observatory for Human Rights", "Syrian Civil Defence"}
    assert aggregate.casualty_totals(view, "attributed_to", ["killed"], ["Nowhere"]).empty


def test_place_restriction_cuts_series_and_figures(sample_folder):
    view = view_of(sample_folder)
    everywhere = aggregate.casualty_series(view, "month", "outlet", ["killed"])
    kalasseh = aggregate.casualty_series(view, "month", "outlet", ["killed"], ["Kalasseh"])
    assert 0 < kalasseh["reported"].sum() < everywhere["reported"].sum()
    assert "Kalasseh" in aggregate.casualty_places(view)


def test_a_repeating_figure_is_counted_once(tmp_path):
    folder = sample.write(tmp_path / "sample")
    path = folder / "casualties.parquet"
    figures = table_records(pq.read_table(path), CasualtyFigure)
    body = next(f for f in figures if f.number == 25)
    headline = dataclasses.replace(
        body, start=0, end=0, figure_id=body.figure_id + "-headline", in_headline=True, repeats=body.figure_id
    )
    write_table(records_table([*figures, headline], CasualtyFigure), path)
    view = view_of(folder)
    assert (
        aggregate.casualty_series(view, "month", "outlet", ["killed"])["reported"].sum() == 25 + 8 + 32 + 40
    )
    assert len(view.table("casualties")) == len(figures) + 1  # kept in the table, flagged


@pytest.mark.parametrize(
    ("values", "cap"),
    [
        ([10, 12, 9, 11, 1000], 12 * 1.15),  # one outlier: the axis stops above the ordinary bars
        ([10, 12, 9, 11, 14], None),  # no outlier: no cut
        ([5, 1000], None),  # too few bars to call one an outlier
    ],
)
def test_outlier_cap(values, cap):
    got = selection.outlier_cap(values)
    assert got == pytest.approx(cap) if cap is not None else got is None

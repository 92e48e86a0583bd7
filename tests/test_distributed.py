"""The Dask engine gives the same datasets as the local engine, resumes from its parts, and fails in one line."""

from __future__ import annotations

import functools
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from distributed import LocalCluster

from pipeline import distributed
from pipeline.build import BuildError, build, load_inputs
from pipeline.distributed import DONE_MARK, analyse_on_dask, partition_size

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scheduler_address():
    """A LocalCluster of two worker processes, shared by the tests of this file (it costs seconds to start)."""
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def builds(seeds_dir, scheduler_address, tmp_path_factory):
    """The seeds built twice: by the local engine and by the Dask engine in partitions of two articles."""
    root = tmp_path_factory.mktemp("engines")
    build([seeds_dir], root / "local", workers=1, progress=False)
    # Tiny partitions, so several run on both workers and their results must come back in order.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(distributed, "partition_size", lambda n_articles, n_workers: 2)
        engine = functools.partial(analyse_on_dask, scheduler=scheduler_address, parts_dir=root / "parts")
        build([seeds_dir], root / "dask", workers=2, progress=False, analyse=engine)
    return root


def sorted_rows(path: Path) -> list[str]:
    return sorted(repr(row) for row in pq.read_table(path).to_pylist())


def test_dask_outputs_equal_local_outputs(builds):
    local_tables = sorted(p.name for p in (builds / "local").glob("*.parquet"))
    dask_tables = sorted(p.name for p in (builds / "dask").glob("*.parquet"))
    assert dask_tables == local_tables
    assert "entities.parquet" in local_tables and "quotes.parquet" in local_tables
    for name in local_tables:
        assert sorted_rows(builds / "dask" / name) == sorted_rows(builds / "local" / name), name
    assert pq.read_table(builds / "dask" / "articles.parquet").num_rows == 5


def test_each_partition_writes_complete_parquet_parts(builds):
    folders = [p for p in (builds / "parts").iterdir() if p.is_dir() and not p.name.startswith(".")]
    assert len(folders) == 3  # five articles in partitions of two
    for folder in folders:
        assert (folder / DONE_MARK).exists()
        assert {p.name for p in folder.glob("*.parquet")} == {*distributed.PART_TABLES, distributed.REJECTED_PART}
    n_entities = sum(pq.read_table(f / "entities.parquet").num_rows for f in folders)
    assert n_entities == pq.read_table(builds / "local" / "entities.parquet").num_rows


def test_a_rerun_reads_existing_parts_instead_of_analysing(builds, seeds_dir, scheduler_address, monkeypatch):
    articles, *_ = load_inputs([seeds_dir], progress=False)
    monkeypatch.setattr(distributed, "partition_size", lambda n_articles, n_workers: 2)
    parts = builds / "parts"
    written = {p: p.stat().st_mtime_ns for p in parts.rglob("*.parquet")}
    again = list(analyse_on_dask(articles, workers=2, geocode_online=False, progress=False,
                                 scheduler=scheduler_address, parts_dir=parts))  # results are yielded as they come
    assert [r.article_id for r in again] == [a.article_id for a in articles]
    assert {p: p.stat().st_mtime_ns for p in parts.rglob("*.parquet")} == written
    assert sum(len(r.entities) for r in again) == pq.read_table(builds / "local" / "entities.parquet").num_rows


def test_unreachable_scheduler_is_a_build_error(monkeypatch):
    monkeypatch.setattr(distributed, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(BuildError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"):
        analyse_on_dask([], workers=1, geocode_online=False, progress=False, scheduler="tcp://127.0.0.1:9")


@pytest.mark.parametrize(
    ("n_articles", "n_workers", "expected"),
    [(5, 2, 64), (10_000, 2, 1024), (10_000, 8, 313), (1_000_000, 100, 1024)],
)
def test_partitions_are_a_few_per_worker_within_bounds(n_articles, n_workers, expected):
    assert partition_size(n_articles, n_workers) == expected

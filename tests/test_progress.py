"""The build's progress file: what another process polling it reads."""

from __future__ import annotations

from pipeline.progress import ProgressFile, counted_in_steps, read_progress


def test_progress_records_the_stage_count_and_fraction(tmp_path):
    path = tmp_path / "progress.json"
    progress = ProgressFile(path)
    progress.update("analysing", 10, 40)
    record = read_progress(path)
    assert (record["stage"], record["done"], record["total"]) == ("analysing", 10, 40)
    assert 0.05 < record["fraction"] < 0.9
    progress.update("done", 40, 40)
    assert read_progress(path)["fraction"] == 1.0
    assert [p.name for p in tmp_path.iterdir()] == ["progress.json"]  # no staging file left behind


def test_no_path_records_nothing_and_no_file_reads_as_empty(tmp_path):
    ProgressFile(None).update("reading")
    assert read_progress(tmp_path / "absent.json") == {}


def test_counting_in_steps_passes_results_through_and_records_each_step(tmp_path):
    path = tmp_path / "progress.json"
    seen: list[int] = []
    for _ in counted_in_steps(iter(range(10)), ProgressFile(path), total=10, step=4):
        seen.append(read_progress(path)["done"])
    assert seen == [0, 0, 0, 4, 4, 4, 4, 8, 8, 10]
    assert list(counted_in_steps(iter("abc"), ProgressFile(None), total=3, step=2)) == ["a", "b", "c"]

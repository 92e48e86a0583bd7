"""The build's progress file: what another process polling it reads."""

from __future__ import annotations

from pipeline.progress import ProgressFile, analysed_in_steps, read_progress


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


def test_analysis_in_steps_gives_the_same_results_and_counts_each_step(tmp_path):
    path = tmp_path / "progress.json"
    seen: list[int] = []

    def analyse(articles, **options):
        seen.append(read_progress(path)["done"])
        return [a * options["factor"] for a in articles]

    run = analysed_in_steps(analyse, ProgressFile(path), step=4)
    assert list(run(list(range(10)), factor=2)) == [a * 2 for a in range(10)]  # yielded step by step
    assert seen == [0, 4, 8]
    assert read_progress(path)["done"] == 10

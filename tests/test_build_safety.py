"""The build never loses a user's files and never reports stale or partial results as good.

Each test is a fault a careless or hostile user met (issue: "Nothing lost, nothing silently wrong").
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import pipeline.analyse as analyse_module
import pipeline.build as build_module
import pipeline.local_engine as local_engine
from pipeline.build import BuildError, build
from pipeline.output_folder import OutputLock
from pipeline.paths import RAW_DIR, ROOT
from pipeline.records import Article

SEED = RAW_DIR / "001_6e630ce1659a969c.txt"  # names a date and casualty figures with event dates


def cli(*args):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.fixture
def one_article(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# ------------------------------------------------------------------------------- unsafe --out targets


def test_out_pointing_at_the_input_folder_is_refused_and_nothing_is_touched(one_article):
    before = snapshot(one_article)
    result = cli("build", "--input", str(one_article), "--out", str(one_article), "--quiet")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: --out {one_article} holds the input {one_article}; a build would replace it"
    ]
    assert snapshot(one_article) == before


def test_out_holding_an_input_file_or_inside_an_input_folder_is_refused(one_article, tmp_path):
    with pytest.raises(BuildError, match="holds the input"):
        build([one_article / "a.txt"], one_article, progress=False)
    with pytest.raises(BuildError, match="inside the input folder"):
        build([one_article], one_article / "processed", progress=False)
    assert not (one_article / "processed").exists()


def test_out_on_a_folder_of_other_files_is_refused(one_article, tmp_path):
    documents = tmp_path / "documents"
    documents.mkdir()
    (documents / "thesis.docx").write_bytes(b"my thesis")
    (documents / "notes").mkdir()
    before = snapshot(documents)
    with pytest.raises(BuildError, match="not a previous build"):
        build([one_article], documents, progress=False)
    assert snapshot(documents) == before


@pytest.mark.parametrize(
    "own_files",
    [
        {"art1.json": '{"title": "t", "text": "my article"}'},  # a folder of the user's JSON articles
        {"manifest.json": "{}", "notes.txt": "my notes"},  # a file named like a manifest is not a build
    ],
)
def test_a_folder_that_only_looks_like_a_build_is_refused(one_article, tmp_path, own_files):
    folder = tmp_path / "mine"
    folder.mkdir()
    for name, text in own_files.items():
        (folder / name).write_text(text)
    before = snapshot(folder)
    with pytest.raises(BuildError, match="not a previous build"):
        build([one_article], folder, progress=False)
    assert snapshot(folder) == before


def test_a_users_file_inside_a_previous_build_is_not_deleted(built):
    inputs, out = built
    (out / "notes.txt").write_text("my notes")
    try:
        with pytest.raises(BuildError, match="not a previous build"):
            build([inputs], out, progress=False)
        assert (out / "notes.txt").read_text() == "my notes"
    finally:
        (out / "notes.txt").unlink()


def test_out_dot_names_the_current_folder(one_article, tmp_path, monkeypatch):
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    build([one_article], Path("."), progress=False)
    assert (here / "articles.parquet").exists()
    assert not [p for p in tmp_path.iterdir() if "staging" in p.name]


def test_an_empty_input_among_several_is_an_error(one_article, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(BuildError, match=f"input holds no articles: {empty}"):
        build([one_article, empty], tmp_path / "out", progress=False)


def test_out_naming_an_existing_file_is_refused(one_article, tmp_path):
    target = tmp_path / "results.csv"
    target.write_text("a,b\n1,2\n")
    result = cli("build", "--input", str(one_article), "--out", str(target), "--quiet")
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: --out {target} is a file, not a folder; choose a folder name"
    assert target.read_text() == "a,b\n1,2\n"


def test_out_on_a_mount_point_is_refused_before_any_work(one_article, tmp_path, monkeypatch):
    mount = tmp_path / "mnt"
    mount.mkdir()
    monkeypatch.setattr(os.path, "ismount", lambda path: Path(path) == mount.resolve())
    monkeypatch.setattr(build_module, "load_inputs", lambda *a, **k: pytest.fail("inputs read before the check"))
    with pytest.raises(BuildError, match="mount point"):
        build([one_article], mount, progress=False)


def test_out_name_too_long_for_the_staging_folder_fails_before_any_work(one_article, tmp_path, monkeypatch):
    out = tmp_path / ("x" * 240)  # a legal name, but not once ".staging-XXXXXXXX" is added beside it
    monkeypatch.setattr(build_module, "load_inputs", lambda *a, **k: pytest.fail("inputs read before the check"))
    with pytest.raises(BuildError, match="cannot write output folder"):
        build([one_article], out, progress=False)


# -------------------------------------------------------------------------- a good dataset stays good


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("safety")
    inputs = root / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "metadata.csv").write_text("file,date\na.txt,2016-12-10\n", encoding="utf-8")
    out = root / "out"
    build([inputs], out, progress=False)
    return inputs, out


def test_empty_or_mistyped_input_keeps_the_previous_dataset(built, tmp_path):
    _, out = built
    before = snapshot(out)
    empty = tmp_path / "empty"
    empty.mkdir()
    for strict in ([], ["--strict"]):
        result = cli("build", "--input", str(empty), "--out", str(out), "--quiet", *strict)
        assert result.returncode == 2
        assert result.stderr.strip().splitlines()[-1].startswith(f"error: input holds no articles: {empty}")
    assert snapshot(out) == before


def test_a_second_build_into_a_locked_folder_is_refused(built):
    inputs, out = built
    with OutputLock(out):
        result = cli("build", "--input", str(inputs), "--out", str(out), "--quiet", "--force")
    assert result.returncode == 2
    assert "another build (pid" in result.stderr and "is writing" in result.stderr
    with OutputLock(out):  # released by the refused build's exit, and by ours on leaving the block
        pass


def test_changing_an_articles_date_reanalyses_it(built, tmp_path):
    """The cache key covers the publication date: incremental == fresh."""
    inputs, out = built
    (inputs / "metadata.csv").write_text("file,date\na.txt,2014-03-02\n", encoding="utf-8")
    try:
        report = build([inputs], out, progress=False)
        assert report.n_reused == 0
        fresh = tmp_path / "fresh"
        build([inputs], fresh, progress=False)
        columns = ["figure_id", "event_date"]
        incremental = pq.read_table(out / "casualties.parquet", columns=columns).to_pylist()
        assert incremental == pq.read_table(fresh / "casualties.parquet", columns=columns).to_pylist()
        assert incremental and all(str(row["event_date"]).startswith("2014") for row in incremental if row["event_date"])
    finally:
        (inputs / "metadata.csv").write_text("file,date\na.txt,2016-12-10\n", encoding="utf-8")


def test_a_truncated_parquet_file_makes_the_dataset_damaged_not_current(built):
    inputs, out = built
    build([inputs], out, progress=False)
    assert cli("status", "--input", str(inputs), "--out", str(out)).returncode == 0
    data = (out / "quotes.parquet").read_bytes()
    (out / "quotes.parquet").write_bytes(data[: len(data) // 2])
    status = cli("status", "--input", str(inputs), "--out", str(out))
    assert status.returncode == 1
    assert "damaged dataset" in status.stdout and "quotes.parquet" in status.stdout
    rebuilt = cli("build", "--input", str(inputs), "--out", str(out), "--quiet")
    assert rebuilt.returncode == 0 and "nothing to do" not in rebuilt.stdout
    pq.read_table(out / "quotes.parquet")  # whole again


def test_manifest_has_a_checksum_of_every_dataset(built):
    _, out = built
    manifest = json.loads((out / "manifest.json").read_text())
    assert set(manifest["checksums"]) >= {"articles.parquet", "quotes.parquet", "casualties.parquet"}


# --------------------------------------------------------------------------------- errors that hide


def test_an_extractor_failure_keeps_the_article_flagged_and_counted(one_article, tmp_path, monkeypatch, caplog):
    def broken_quotes(doc, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(analyse_module, "quotes", broken_quotes)
    out = tmp_path / "out"
    report = build([one_article], out, progress=False)
    assert (report.n_articles, report.n_extraction_failures) == (1, 1)
    assert "1 with extractor failures" in report.summary()
    assert any("quotes extraction failed" in r.getMessage() for r in caplog.records)
    article = pq.read_table(out / "articles.parquet").to_pylist()[0]
    assert article["extraction_errors"] == ["quotes: RuntimeError: boom"]
    assert pq.read_table(out / "casualties.parquet").num_rows > 0  # the other extractors still ran
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["extraction_failures"] == 1
    assert manifest["extraction_failures_by_extractor"] == {"quotes": 1}
    assert manifest["analysis_keys"] == {}  # analysed again next run


def test_an_article_over_its_time_budget_is_rejected_and_the_rest_analysed(monkeypatch):
    real = analyse_module.analyse_doc

    def slow_on_one(doc, article, geocoder):
        if "stall" in article.text:
            time.sleep(5)
        return real(doc, article, geocoder)

    monkeypatch.setattr(analyse_module, "analyse_doc", slow_on_one)
    texts = ["Rebels shelled the city and the monitor said ten people died.", "This one will stall the run."]
    articles = [
        Article(f"id{n}", f"s{n}", f"src{n}", "x", "t", None, None, text, len(text.split())) for n, text in enumerate(texts)
    ]
    started = time.perf_counter()
    results = analyse_module.analyse_articles(articles, budget_s=0.5)
    assert time.perf_counter() - started < 4
    assert results[0].article_id == "id0"
    assert (results[1].reason, results[1].source) == ("over_budget", "src1")


def test_workers_exit_when_the_build_process_is_killed(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent(f"""
        import os, sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from concurrent.futures import ProcessPoolExecutor
        from pipeline.local_engine import exit_with_parent
        pool = ProcessPoolExecutor(max_workers=2, initializer=exit_with_parent, initargs=(os.getpid(),))
        print(list(pool.map(time.sleep, [0.5, 0.5])), flush=True)  # both workers started
        print(" ".join(str(p) for p in pool._processes), flush=True)
        time.sleep(60)
    """))
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    parent.stdout.readline()
    workers = [int(p) for p in parent.stdout.readline().split()]
    assert len(workers) == 2
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [pid for pid in alive if _running(pid)]
    assert alive == []


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ")[1][0] != "Z"  # a zombie has exited
    except FileNotFoundError:
        return False


def test_a_failed_online_lookup_is_not_cached_as_not_found(tmp_path):
    from geopy.exc import GeocoderUnavailable

    from pipeline.places import Geocoder

    calls = []

    def unreachable(*args, **kwargs):
        calls.append(args)
        raise GeocoderUnavailable("no network")

    geocoder = Geocoder(online=True, cache_path=tmp_path / "geocode.json")
    geocoder._nominatim = lambda: unreachable
    assert geocoder.resolve("Qweiq Riverside Garden") is None
    assert geocoder.resolve("Another Unknown Square") is None
    assert len(calls) == 1  # offline for the rest of the run after the first failure
    assert not (tmp_path / "geocode.json").exists() or json.loads((tmp_path / "geocode.json").read_text()) == {}

    found = Geocoder(online=True, cache_path=tmp_path / "geocode.json")
    found._nominatim = lambda: lambda *a, **k: None  # a real "not found" answer
    assert found.resolve("Qweiq Riverside Garden") is None
    assert list(json.loads((tmp_path / "geocode.json").read_text()).values()) == [None]


def test_odd_file_names_in_an_input_folder_do_not_stop_the_build(one_article, tmp_path):
    """A non-UTF-8 name and a path over the system limit are counted, and the fingerprint survives them."""
    odd = os.path.join(os.fsencode(one_article), b"caf\xe9.txt")
    with open(odd, "wb") as handle:
        handle.write(SEED.read_bytes())
    deep = one_article
    while len(os.fsencode(deep)) < 4200:  # past PATH_MAX (4096) once joined
        deep = deep / ("d" * 200)
    try:
        os.makedirs(deep)
        (deep / "x.txt").write_text("too deep to read")
    except OSError:
        pass  # the file system refused the deep path itself: the non-UTF-8 name is still tested
    report = build([one_article], tmp_path / "out", progress=False)
    assert report.n_inputs == report.n_articles + report.n_duplicates + report.n_rejected
    assert report.n_articles + report.n_duplicates >= 2  # a.txt and the oddly named copy


def _dies_on_poison(articles, *, geocode_online=False):
    """Stands in for analyse_articles in the workers: the process dies (as on a segfault or an OOM kill)
    on an article saying POISON, else each article 'analyses' to its own id."""
    if any("POISON" in a.text for a in articles):
        os._exit(1)
    return [a.article_id for a in articles]


def test_a_worker_that_dies_rejects_only_the_article_that_killed_it(monkeypatch):
    # The pool's workers are forked after the patch, so they run the stand-in too.
    monkeypatch.setattr(analyse_module, "analyse_articles", _dies_on_poison)
    n = local_engine.CHUNK_SIZE * 3 + 5
    texts = ["POISON" if i in (70, 150) else f"text {i}" for i in range(n)]
    articles = [Article(f"id{i}", f"s{i}", f"src{i}", "x", "t", None, None, t, 1) for i, t in enumerate(texts)]
    results = list(local_engine.analyse_locally(articles, workers=2, geocode_online=False, progress=False))
    assert len(results) == n  # every article accounted for, in order
    crashed = {i for i, r in enumerate(results) if not isinstance(r, str)}
    assert crashed == {70, 150}
    assert all(results[i].reason == "worker_crashed" and results[i].source == f"src{i}" for i in crashed)
    assert [r for i, r in enumerate(results) if i not in crashed] == [f"id{i}" for i in range(n) if i not in crashed]


class _PoisonedDaskClient:
    """Stands in for a Dask client whose workers die on any task holding an article saying POISON: such a
    task's future raises KilledWorker, as the scheduler's does once it has lost every worker it tried."""

    def __init__(self):
        self.tasks = []

    def map(self, function, partitions, **kwargs):
        self.tasks.append([len(p) for p in partitions])
        return [_Future(p) for p in partitions]


class _Future:
    def __init__(self, articles):
        self.articles = articles

    def result(self):
        from distributed.scheduler import KilledWorker

        if any("POISON" in a.text for a in self.articles):
            raise KilledWorker("task", "tcp://worker:1", 3)
        return [a.article_id for a in self.articles]

    def release(self):
        pass


def test_a_dask_partition_that_kills_its_workers_rejects_only_the_killing_article(monkeypatch):
    import pipeline.distributed as dask_engine

    client = _PoisonedDaskClient()
    monkeypatch.setattr(dask_engine, "close", lambda client, scheduler: None)
    texts = ["POISON" if i == 3 else f"text {i}" for i in range(10)]
    articles = [Article(f"id{i}", f"s{i}", f"src{i}", "x", "t", None, None, t, 1) for i, t in enumerate(texts)]
    monkeypatch.setattr(dask_engine, "partition_size", lambda n_articles, n_workers: 4)
    monkeypatch.setattr(client, "scheduler_info", lambda n_workers: {"workers": {"a": 1}}, raising=False)
    results = list(
        dask_engine._results_in_order(
            client, articles, geocode_online=False, progress=False, scheduler="tcp://x", parts_dir=None, workers=1
        )
    )
    assert client.tasks == [[4, 4, 2], [1, 1, 1, 1]]  # the killing partition again, one article a task
    assert results[3].reason == "worker_crashed" and results[3].source == "src3"
    assert [r for i, r in enumerate(results) if i != 3] == [f"id{i}" for i in range(10) if i != 3]


def _crashes_on_poison(articles, *, workers, geocode_online, progress):
    """An engine (build's `analyse`) whose worker died on the article saying POISON: that one comes back
    as the local engine returns it then, the others analysed for real."""
    from pipeline.analyse import worker_crashed

    for article in articles:
        if "POISON" in article.text:
            yield worker_crashed(article)
        else:
            yield from analyse_module.analyse_articles([article], geocode_online=geocode_online)


def test_a_crashing_article_and_its_exact_copy_are_both_rejected_and_tried_again(tmp_path):
    from pipeline.status import outputs_are_current

    folder = tmp_path / "in"
    folder.mkdir()
    body = "Residents of the old city said the market reopened on Monday after weeks of shelling. " * 3
    for n in range(3):
        (folder / f"good{n}.txt").write_text(f"Story {n}. {body}", encoding="utf-8")
    poison = f"POISON story. {body}"
    (folder / "poison.txt").write_text(poison, encoding="utf-8")
    (folder / "poison-copy.txt").write_text(poison, encoding="utf-8")  # folded into the one above
    out = tmp_path / "out"
    report = build([folder], out, workers=1, progress=False, analyse=_crashes_on_poison)
    assert report.n_inputs == report.n_articles + report.n_duplicates + report.n_rejected == 5
    assert (report.n_articles, report.n_duplicates, report.n_rejected) == (3, 0, 2)
    rejected = pq.read_table(out / "rejected.parquet").to_pylist()
    assert sorted(Path(r["source"]).name for r in rejected) == ["poison-copy.txt", "poison.txt"]
    assert {r["reason"] for r in rejected} == {"worker_crashed"}
    current, reason = outputs_are_current([folder], out)
    assert not current and "tries them again" in reason


@pytest.mark.parametrize("n, workers", [(783, 2), (100, 2), (5, 2), (64 * 3 + 5, 4), (1, 1), (0, 2)])
def test_worker_tasks_shrink_towards_the_end_so_no_worker_waits_long_for_the_last(n, workers):
    chunks = [list(c) for c in local_engine._guided_chunks(list(range(n)), workers)]
    assert [i for c in chunks for i in c] == list(range(n))  # every article once, in order
    sizes = [len(c) for c in chunks]
    assert all(0 < s <= local_engine.CHUNK_SIZE for s in sizes)
    assert sizes == sorted(sizes, reverse=True)
    assert all(s >= local_engine.TAIL_CHUNK_SIZE for s in sizes[:-1])
    if n > 4 * local_engine.CHUNK_SIZE:
        assert sizes[0] == local_engine.CHUNK_SIZE and sizes[-1] <= local_engine.TAIL_CHUNK_SIZE

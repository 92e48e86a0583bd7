"""`pipeline build` end to end on the seeds: datasets, offsets, cache, atomic writes, errors, no network."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from pipeline.build import build
from pipeline.datasets import DATASETS, schema_for
from pipeline.paths import RAW_DIR, ROOT


@pytest.fixture(scope="module")
def seeds_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("build") / "processed"

    # The default build never touches the network: every socket connection fails while it runs.
    def refuse(*args, **kwargs):
        raise OSError("network access attempted during an offline build")

    real_connect = socket.socket.connect
    socket.socket.connect = refuse
    try:
        report = build([RAW_DIR], out, progress=False)
    finally:
        socket.socket.connect = real_connect
    return out, report


def table(out, name):
    return pq.read_table(out / name).to_pandas()


def test_seeds_build_five_articles_and_every_dataset(seeds_build):
    out, report = seeds_build
    assert (report.n_inputs, report.n_articles, report.n_rejected) == (5, 5, 0)
    for name, record_type in DATASETS.items():
        assert pq.read_schema(out / name).names[: len(schema_for(record_type))] == schema_for(record_type).names
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["articles"] == 5
    assert {"read", "analyse", "corpus"} <= set(manifest["timings_s"])
    assert manifest["versions"]["spacy"].startswith("3.8")


def test_every_offset_indexes_the_article_text(seeds_build):
    out, _ = seeds_build
    texts = dict(zip(*[table(out, "articles.parquet")[c] for c in ("article_id", "text")], strict=True))
    for name, column in (("entities.parquet", "text"), ("locations.parquet", "text")):
        rows = table(out, name)
        assert len(rows) > 0
        for row in rows.itertuples():
            assert texts[row.article_id][row.start : row.end] == getattr(row, column)
    quotes = table(out, "quotes.parquet")
    titles = dict(zip(*[table(out, "articles.parquet")[c] for c in ("article_id", "title")], strict=True))
    for row in quotes.itertuples():
        if row.in_headline:  # a headline the text does not print: no offsets, its words are the title's
            assert row.start == row.end == 0 and row.quote in titles[row.article_id]
        else:
            assert 0 <= row.start < row.end <= len(texts[row.article_id])


def test_no_chrome_in_cleaned_seed_texts(seeds_build):
    out, _ = seeds_build
    for text in table(out, "articles.parquet").text:
        for chrome in ("Comments are closed", "Leave a Reply", "responses to", "Select Page", "archived article"):
            assert chrome not in text


def test_rerun_on_unchanged_input_reuses_the_cache(seeds_build):
    out, _ = seeds_build
    before = table(out, "entities.parquet")
    report = build([RAW_DIR], out, progress=False)
    assert report.n_reused == 5
    assert report.timings["analyse"] < 0.01  # nothing was parsed
    assert table(out, "entities.parquet").equals(before)


def test_failed_run_leaves_previous_outputs_untouched(seeds_build, monkeypatch):
    import pipeline.build as build_module

    out, _ = seeds_build
    before = (out / "articles.parquet").read_bytes()
    calls = []

    def fail_on_third(table, path):
        calls.append(path)
        if len(calls) == 3:
            raise KeyboardInterrupt
        pq.write_table(table, path)

    monkeypatch.setattr(build_module, "write_table", fail_on_third)
    with pytest.raises(KeyboardInterrupt):
        build([RAW_DIR], out, progress=False)
    assert (out / "articles.parquet").read_bytes() == before
    assert not [p for p in out.parent.iterdir() if "staging" in p.name]


def cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def test_cli_bad_inputs_warn_and_go_on(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "good.txt").write_text((RAW_DIR / "002_a6ebb9c23c117872.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (inputs / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (inputs / "rows.jsonl").write_text('{"text": "tiny"}\n{broken\n', encoding="utf-8")
    out = tmp_path / "out"

    result = cli("build", "--input", str(inputs), "--out", str(out), "--quiet")
    assert result.returncode == 0, result.stderr
    assert "4 articles in = 1 kept + 0 duplicates folded + 3 rejected" in result.stdout
    assert result.stderr.count("warning: rejected") == 3
    rejected = pq.read_table(out / "rejected.parquet").to_pandas()
    assert sorted(rejected.reason) == ["binary", "malformed_json", "too_short"]

    strict = cli("build", "--input", str(inputs), "--out", str(out), "--quiet", "--strict")
    assert strict.returncode == 1


def test_cli_missing_input_and_unwritable_output_are_one_line_errors(tmp_path):
    missing = cli("build", "--input", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert missing.returncode == 2
    assert missing.stderr.strip().splitlines() == [f"error: input not found: {tmp_path / 'nope'}"]

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    unwritable = cli("build", "--out", str(blocker / "out"), "--quiet")
    assert unwritable.returncode == 2
    assert len(unwritable.stderr.strip().splitlines()) == 1
    assert unwritable.stderr.startswith("error: cannot write output folder")


def test_status_tells_when_a_build_is_needed(seeds_build, tmp_path):
    out, _ = seeds_build
    assert cli("status", "--out", str(out)).returncode == 0
    assert cli("status", "--out", str(tmp_path / "empty")).returncode == 1


def test_readme_example_rows_are_what_the_build_writes(seeds_build):
    """The README's worked example (seed 001) must stay true."""
    out, _ = seeds_build
    figures = table(out, "casualties.parquet")
    rows = {
        (r.number_text, r.type, r.place, r.attributed_to, str(r.event_date))
        for r in figures.itertuples()
        if r.place == "West Aleppo"
    }
    assert rows >= {
        ("Twenty-five", "killed", "West Aleppo", "Syrian Observatory for Human Rights", "2016-12-09"),
        ("dozens", "wounded", "West Aleppo", "Syrian Observatory for Human Rights", "2016-12-09"),
        ("20", "killed", "West Aleppo", "SANA", "2016-12-09"),
        ("165", "wounded", "West Aleppo", "SANA", "2016-12-09"),
    }
    incidents = table(out, "incidents.parquet")
    killed = incidents[
        (incidents.place == "West Aleppo") & (incidents.type == "killed") & (incidents.group == "people")
        & (incidents.date.astype(str) == "2016-12-09")
    ].iloc[0]
    assert (killed["min"], killed["max"], len(killed["sources"])) == (20, 25, 2)

"""The build streams per-article results through Parquet parts, and its datasets are what the whole-list
corpus stages give: same rows, same order, whether the corpus fits one part or many, fresh or reused."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import pipeline.build as build_module
from pipeline.analyse import analyse_articles
from pipeline.build import analyse_locally, build, load_inputs
from pipeline.datasets import records_table
from pipeline.entities import canonicalise_corpus
from pipeline.incidents import group_incidents
from pipeline.network import speaker_network
from pipeline.parts import DONE_MARK
from pipeline.paths import RAW_DIR
from pipeline.records import CasualtyFigure, EntityMention, Incident, PlaceMention, Quote

SEEDS = sorted(RAW_DIR.glob("*.txt"))


def whole_list_datasets(articles, results) -> dict[str, pa.Table]:
    """The corpus stages over Python lists of every record: how the build computed its datasets before parts."""
    entities = [m for r in results for m in r.entities]
    quotes = [q for r in results for q in r.quotes]
    figures = [f for r in results for f in r.casualties]
    corpus_entities = canonicalise_corpus(entities)
    renamed = {(a.article_id, a.canonical): b.canonical for a, b in zip(entities, corpus_entities, strict=True)
               if a.canonical != b.canonical}
    quotes = [replace(q, speaker=renamed.get((q.article_id, q.speaker), q.speaker)) if q.speaker else q for q in quotes]
    figures = [replace(f, attributed_to=renamed.get((f.article_id, f.attributed_to), f.attributed_to))
               if f.attributed_to else f for f in figures]
    figures, incidents = group_incidents(figures, {a.article_id: (a.outlet, a.published) for a in articles})
    articles_frame = pd.DataFrame([{"article_id": a.article_id, "outlet": a.outlet} for a in articles])
    nodes, edges = speaker_network(records_table(quotes, Quote).to_pandas(),
                                   records_table(corpus_entities, EntityMention).to_pandas(), articles_frame)
    return {
        "entities.parquet": records_table(corpus_entities, EntityMention),
        "locations.parquet": records_table([p for r in results for p in r.places], PlaceMention),
        "casualties.parquet": records_table(figures, CasualtyFigure),
        "quotes.parquet": records_table(quotes, Quote),
        "incidents.parquet": records_table(incidents, Incident),
        "speaker_nodes.parquet": pa.Table.from_pandas(nodes, preserve_index=False),
        "speaker_edges.parquet": pa.Table.from_pandas(edges, preserve_index=False),
    }


@pytest.fixture(scope="module")
def seeds_in_parts(tmp_path_factory):
    """The seeds built in parts of two articles (three parts), and their analysis in one list."""
    out = tmp_path_factory.mktemp("parts") / "out"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(build_module, "PART_ARTICLES", 2)
        build([RAW_DIR], out, progress=False)
    articles, *_ = load_inputs([RAW_DIR], progress=False)
    return out, articles, analyse_articles(articles)


def test_datasets_built_in_parts_equal_the_whole_list_stages(seeds_in_parts):
    out, articles, results = seeds_in_parts
    expected = whole_list_datasets(articles, results)
    assert expected["entities.parquet"].num_rows > 0 and expected["incidents.parquet"].num_rows > 0
    assert expected["speaker_edges.parquet"].num_rows > 0
    for name, table in expected.items():
        assert pq.read_table(out / name).to_pylist() == table.to_pylist(), name


def test_no_part_or_staging_folder_is_left_behind(seeds_in_parts):
    out, *_ = seeds_in_parts
    assert not (out / build_module.PARTS_FOLDER).exists()
    assert [p.name for p in out.parent.iterdir() if p.name != out.name and not p.name.endswith(".lock")] == []


def test_parts_are_written_while_the_engine_still_runs(tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "PART_ARTICLES", 2)
    out = tmp_path / "out"
    parts_seen_before: list[int] = []

    def watched_engine(articles, **options):
        for result in analyse_locally(articles, **options):
            parts_seen_before.append(len(list(tmp_path.glob(f".out.staging-*/.parts/*/{DONE_MARK}"))))
            yield result

    build([RAW_DIR], out, progress=False, analyse=watched_engine)
    # Before the fifth result is handed over, the first four are already on disk as two parts.
    assert parts_seen_before == [0, 0, 1, 1, 2]


def test_a_build_reusing_some_articles_equals_a_cold_build(tmp_path, monkeypatch):
    monkeypatch.setattr(build_module, "PART_ARTICLES", 2)
    some, every = tmp_path / "some", tmp_path / "every"
    some.mkdir()
    every.mkdir()
    for i, seed in enumerate(SEEDS):
        shutil.copy(seed, every / seed.name)
        if i % 2:
            shutil.copy(seed, some / seed.name)
    shutil.copy(RAW_DIR / "metadata.csv", every / "metadata.csv")
    shutil.copy(RAW_DIR / "metadata.csv", some / "metadata.csv")
    cold, warm = tmp_path / "cold", tmp_path / "warm"
    build([every], cold, progress=False)
    build([some], warm, progress=False)
    report = build([every], warm, progress=False)
    assert report.n_reused == len(SEEDS) // 2
    for name in sorted(p.name for p in cold.glob("*.parquet")):
        rows = [sorted(map(repr, pq.read_table(folder / name).to_pylist())) for folder in (cold, warm)]
        assert rows[0] == rows[1], name


def test_a_damaged_cache_is_analysed_again(tmp_path):
    out = tmp_path / "out"
    build([RAW_DIR], out, progress=False)
    expected = pq.read_table(out / "quotes.parquet").to_pylist()
    (out / "quotes.parquet").write_bytes(b"not parquet")
    report = build([RAW_DIR], out, progress=False)
    assert report.n_reused == 0
    assert pq.read_table(out / "quotes.parquet").to_pylist() == expected


def test_an_unwritable_part_is_a_one_line_build_error_and_keeps_the_previous_outputs(tmp_path, monkeypatch):
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(SEEDS[1], one / SEEDS[1].name)
    out = tmp_path / "out"
    build([one], out, progress=False)
    before = (out / "articles.parquet").read_bytes()

    def full_disk(results, folder: Path):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(build_module, "write_parts", full_disk)
    with pytest.raises(build_module.BuildError, match=r"cannot write output folder .*No space left on device"):
        build([RAW_DIR], out, progress=False)  # four articles the cache does not hold: parts to write
    assert (out / "articles.parquet").read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if "staging" in p.name]


def test_a_progress_file_counts_the_stream_and_leaves_the_engine_one_call(tmp_path, monkeypatch):
    from pipeline.progress import read_progress

    monkeypatch.setattr(build_module, "ANALYSIS_STEP", 2)
    calls: list[int] = []
    counts: list[int] = []
    progress = tmp_path / "progress.json"

    def engine(articles, **options):
        calls.append(len(articles))
        for result in analyse_locally(articles, **options):
            counts.append(read_progress(progress)["done"])
            yield result

    build([RAW_DIR], tmp_path / "out", progress=False, analyse=engine, progress_file=progress)
    # One call with every article, so a multi-worker engine keeps its workers busy; the count still moves.
    assert calls == [len(SEEDS)]
    assert counts[0] == 0 and {2, 4} <= set(counts) and read_progress(progress)["stage"] == "done"
    assert read_progress(progress)["done"] == len(SEEDS)

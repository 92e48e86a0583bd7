"""Public benchmarks: the metrics on tiny invented cases, and one real run of each on its first items."""

from __future__ import annotations

import pytest

from pipeline.evaluation.benchmarks import (
    BENCHMARKS,
    EXT_DIR,
    PUBLISHED,
    align,
    articles_of_items,
    benchmark_available,
    bio_spans,
    detokenize,
    format_benchmark,
    merged_quotes,
    predicted_deaths,
    run_polnear,
    run_wad,
    score_polnear,
    score_wad,
    token_range,
)
from pipeline.records import Metric


def figure(start, number, *, type="killed", part_of=None, cumulative=False):
    return {"start": start, "end": start + 2, "number": number, "type": type, "part_of": part_of,
            "cumulative": cumulative}


def values(metrics: list[Metric]) -> dict[str, float | None]:
    return {m.measure: m.value for m in metrics}


# ------------------------------------------------------------------------------------------------- WAD


@pytest.mark.parametrize(
    ("figures", "expected"),
    [
        ([figure(10, 12), figure(0, 30)], 30),  # the first in the text, not the first row
        ([figure(0, 4, part_of="f1"), figure(5, 12)], 12),  # "including 4 children": a sub-count
        ([figure(0, 400, cumulative=True), figure(9, 7)], 7),  # a running total since the war began
        ([figure(0, 60, type="wounded"), figure(9, 7)], 7),
        ([figure(0, None), figure(9, 7)], 7),  # "dozens": no number
        ([figure(0, 60, type="wounded"), figure(3, 5, part_of="f1")], 0),  # nothing top-level killed
        ([], 0),
    ],
)
def test_predicted_deaths_is_the_first_top_level_killed_figure(figures, expected):
    assert predicted_deaths(figures) == expected


def test_wad_exact_match_counts_rejected_items_as_predicting_nothing():
    items = [
        {"id": "a", "deaths": 30, "country": "SYR"},
        {"id": "b", "deaths": 4, "country": "IRQ"},  # predicted 5: a miss
        {"id": "c", "deaths": 0, "country": "IRQ"},  # rejected, gold 0: a hit
        {"id": "d", "deaths": 2, "country": "SYR"},  # rejected, gold 2: a miss
    ]
    figures = {"a": [figure(0, 30), figure(9, 2, part_of="f")], "b": [figure(0, 5), figure(9, 4, part_of="x")]}
    found = values(score_wad(items, figures, n_rejected=2))
    assert found["exact match"] == 0.5
    assert found["exact match (any killed figure)"] == 0.75  # b's 4 is among its figures
    assert found["coverage"] == 0.5
    assert found["exact match (Syria)"] == 0.5


def test_folded_duplicates_map_to_the_article_they_were_folded_into(tmp_path):
    path = tmp_path / "wad.jsonl"
    articles = [{"article_id": "A1", "source_id": "x", "duplicate_sources": [f"{path}:line 3"]},
                {"article_id": "A2", "source_id": "y", "duplicate_sources": []}]
    assert articles_of_items(articles, path, ["x", "y", "z", "w"]) == {"x": "A1", "y": "A2", "z": "A1"}


# --------------------------------------------------------------------------------------------- PolNeAR

TOKENS = ["Kerry", "said", "``", "we", "will", "win", ".", "''"]
GOLD = ["B-source", "B-cue", "B-content", "I-content", "I-content", "I-content", "I-content", "I-content"]


def test_tokens_render_as_text_and_align_back():
    text, spans = detokenize(TOKENS)
    assert text == "Kerry said “we will win.”"
    assert align(TOKENS, text) == spans
    cleaned = 'Kerry  said "we will win."'  # other spacing and straight marks: found all the same
    assert [cleaned[s:e] for s, e in align(TOKENS, cleaned)] == ["Kerry", "said", '"', "we", "will", "win", ".", '"']


@pytest.mark.parametrize(
    ("start", "counted"),
    [(2, True), (3, False)],  # "abcd" with 2 of its 4 characters inside counts, with 1 it does not
)
def test_a_token_belongs_to_a_span_when_half_its_characters_are_inside(start, counted):
    spans = [(0, 4), (5, 9)]
    assert token_range(spans, start, 9) == ((0, 2) if counted else (1, 2))


def test_bio_spans_read_as_cofenet_reads_them():
    labels = ["B-source", "I-source", "I-cue", "O", "I-content", "B-content", "B-content", "I-content"]
    assert bio_spans(labels) == {"source": {(0, 2)}, "cue": set(), "content": {(5, 6), (6, 8)}}


def test_nested_and_overlapping_quotes_merge_over_their_marks():
    text = "He said the plan “will fail,” aides said."
    inner = {"start": text.index("will"), "end": text.index(",”"), "speaker_text": "He", "cue": "said"}
    outer = {"start": text.index("the"), "end": text.index(",”"), "speaker_text": "aides", "cue": "said"}
    (merged,) = merged_quotes(text, [inner, outer])
    assert text[merged["start"] : merged["end"]] == "the plan “will fail,”"
    assert merged["speaker_text"] == "aides"  # the longer quote's


def quote_row(text: str, quote: str, *, trim: int = 0) -> dict:
    start = text.index(quote)
    return {"start": start, "end": start + len(quote) - trim, "kind": "direct", "speaker_text": "Kerry", "cue": "said"}


def test_polnear_exact_match_of_every_role():
    text, _ = detokenize(TOKENS)
    found = values(score_polnear([{"n": 0, "tokens": TOKENS, "labels": GOLD}], {0: (text, [quote_row(text, "we will win")])}))
    assert found["source F1"] == found["cue F1"] == found["content F1"] == 1.0
    assert found["speaker accuracy"] == found["direct-quote recall"] == 1.0


def test_polnear_content_one_token_short_is_not_an_exact_match():
    text, _ = detokenize(TOKENS)
    short = quote_row(text, "we will win", trim=len(" win"))  # "we will": misses "win" and the marks
    found = values(score_polnear([{"n": 0, "tokens": TOKENS, "labels": GOLD}], {0: (text, [short])}))
    assert found["content F1"] == 0.0
    assert found["content overlap F1"] == 1.0
    assert found["source F1"] == found["cue F1"] == 1.0


def test_polnear_rejected_instance_predicts_nothing():
    text, _ = detokenize(TOKENS)
    items = [{"n": 0, "tokens": TOKENS, "labels": GOLD}, {"n": 1, "tokens": TOKENS, "labels": GOLD}]
    found = values(score_polnear(items, {0: (text, [quote_row(text, "we will win")])}))
    assert found["content precision"] == 1.0
    assert found["content recall"] == 0.5


# ----------------------------------------------------------------------------------------- the table


def test_published_figures_are_the_papers():
    assert PUBLISHED["wad"] == {"Regex": {"exact match": 0.117}, "Dependency parse": {"exact match": 0.226},
                                "SRL": {"exact match": 0.741}, "NT5": {"exact match": 0.813}}
    assert PUBLISHED["polnear"]["CoreNLP"] == {"source F1": 13.9, "cue F1": None, "content F1": 17.5}
    assert PUBLISHED["polnear"]["BERT-CofeNet"] == {"source F1": 83.2, "cue F1": 75.3, "content F1": 72.9}
    assert "EACL 2023" in BENCHMARKS["wad"].citation and "COLING 2022" in BENCHMARKS["polnear"].citation


def test_table_prints_our_figure_on_the_peers_scale_and_marks_our_row():
    ours = [Metric("benchmark PolNeAR", m, v, 100) for m, v in
            (("source F1", 0.518), ("cue F1", 0.443), ("content F1", 0.418), ("speaker accuracy", 0.72))]
    lines = format_benchmark("polnear", ours).splitlines()
    header = next(line for line in lines if line.startswith("system"))
    assert header.split()[1:] == ["source", "F1", "cue", "F1", "content", "F1"]
    project = next(line for line in lines if "Aleppo Lens" in line)
    assert project.startswith("*") and project.split()[-3:] == ["51.8", "44.3", "41.8"]
    assert next(line for line in lines if "CoreNLP" in line).split()[1:] == ["13.9", "–", "17.5"]
    assert any("speaker accuracy: 72.0" in line for line in lines)


# ------------------------------------------------------------------------------------------ real runs


@pytest.mark.slow
def test_benchmarks_run_the_real_pipeline_on_their_first_items(tmp_path):
    if not (benchmark_available("wad") and benchmark_available("polnear")):
        pytest.skip(f"public benchmark items not found in {EXT_DIR}")
    wad = {m.measure: m for m in run_wad(limit=20, work=tmp_path)}
    assert (tmp_path / "wad.jsonl").exists() and (tmp_path / "wad-out" / "casualties.parquet").exists()
    assert wad["exact match"].n == 20 and 0 < wad["exact match"].value <= 1
    polnear = {m.measure: m for m in run_polnear(limit=20)}
    assert all(0 <= polnear[f"{role} F1"].value <= 1 for role in ("source", "cue", "content"))
    assert polnear["content overlap precision"].value > 0  # the pipeline found quotes in 20 news sentences
    assert "Aleppo Lens" in format_benchmark("wad", list(wad.values()))


def test_polnear_f1_is_zero_not_missing_when_nothing_is_predicted():
    found = values(score_polnear([{"n": 0, "tokens": TOKENS, "labels": GOLD}], {}))
    assert found["content F1"] == 0.0 and found["content precision"] is None


def test_polnear_labels_are_written_one_attribution_at_a_time_as_the_reference_scorer_writes_them():
    """Each attribution's content, then its source and cue on free tokens, before the next attribution:
    a later content may overwrite an earlier source's tokens, whose free part keeps its label."""
    from pipeline.evaluation.benchmarks.polnear import TokenAttribution, bio_labels

    found = [TokenAttribution((0, 2), (3, 5), None), TokenAttribution((4, 7), None, None)]
    assert bio_labels(8, found) == [
        "B-content", "I-content", "O", "B-source", "B-content", "I-content", "I-content", "O",
    ]

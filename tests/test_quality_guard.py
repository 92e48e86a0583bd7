"""The regression guard: no figure of the test split or of the benchmarks may fall below its baseline.

The baseline (tests/gold/baseline.json) is committed with the code; a change that improves a figure
updates it in the same commit (`python -m pipeline evaluate --write-baseline`).
"""

from __future__ import annotations

import warnings

import pytest

import pipeline.analyse as analyse_module
import pipeline.evaluation.gold as gold_module
from pipeline.evaluation.baseline import (
    TOLERANCE,
    benchmark_items,
    comparable,
    guarded_figures,
    read_baseline,
    regressions,
)
from pipeline.evaluation.report import evaluate_gold
from pipeline.paths import FAKES_CSV, SHARED_CORPUS_DIR

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not FAKES_CSV.exists(), reason=f"the gold articles' corpora are not at {SHARED_CORPUS_DIR}"),
]


@pytest.fixture(scope="module")
def baseline():
    stored = read_baseline()
    assert stored.get("metrics"), "tests/gold/baseline.json is missing: run python -m pipeline evaluate --write-baseline"
    return stored


def test_no_figure_falls_below_its_baseline(baseline, nlp):
    reference, other_items = comparable(baseline, benchmark_items())
    if other_items:
        warnings.warn(f"benchmark items differ from the baseline's or are absent, not compared: {', '.join(other_items)}", stacklevel=1)
    current = guarded_figures(nlp)
    assert regressions(current, reference) == [], f"figures more than {TOLERANCE} below tests/gold/baseline.json"


def test_the_guard_fails_when_an_extractor_loses_every_second_quote(baseline, nlp, monkeypatch):
    real_quotes = analyse_module.quotes

    def every_other_quote(doc, **kwargs):
        return real_quotes(doc, **kwargs)[::2]

    monkeypatch.setattr(analyse_module, "quotes", every_other_quote)
    monkeypatch.setattr(gold_module, "_ANALYSES", {})  # analyse the gold again with the broken extractor
    broken = evaluate_gold(nlp, splits=("test",))
    dropped = regressions(broken, {"metrics": [m for m in baseline["metrics"] if m.get("split") == "test"]})
    assert any(line.startswith("quotes (") and "recall" in line for line in dropped)

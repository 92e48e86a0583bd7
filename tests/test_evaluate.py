"""The evaluation command: figures printed, stored beside the datasets, re-run only when stale."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from pipeline.evaluation.report import format_table, is_current, store
from pipeline.paths import ROOT
from pipeline.records import Metric

METRICS = [
    Metric("places (Aleppo)", "precision", 0.95, 40, "14 articles"),
    Metric("quotes (direct)", "speaker accuracy", None, 0),
]


def test_table_has_one_line_per_metric():
    lines = format_table(METRICS).splitlines()
    assert lines[0].split()[:3] == ["extractor", "measure", "value"]
    assert "0.950" in lines[2] and "14 articles" in lines[2]
    assert "n/a" in lines[3]


def test_stored_figures_are_current_until_the_code_changes(tmp_path, monkeypatch):
    path = store(METRICS, tmp_path)
    stored = json.loads(path.read_text())
    assert [m["measure"] for m in stored["metrics"]] == ["precision", "speaker accuracy"]
    assert is_current(tmp_path)
    monkeypatch.setattr("pipeline.build.pipeline_version", lambda: "changed")
    assert not is_current(tmp_path)


def test_without_fakes_evaluate_says_why(tmp_path):
    env = {**os.environ, "ALEPPO_LENS_SHARED": str(tmp_path / "absent")}
    run = [sys.executable, "-m", "pipeline", "evaluate", "--out", str(tmp_path)]
    strict = subprocess.run(run, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert strict.returncode == 2 and "FA-KES" in strict.stderr
    lenient = subprocess.run([*run, "--if-stale"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert lenient.returncode == 0 and "note:" in lenient.stderr

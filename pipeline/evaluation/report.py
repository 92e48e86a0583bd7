"""Run every extractor's evaluation on the gold sets, print the figures, store them beside the datasets."""

from __future__ import annotations

import importlib
import json
from datetime import UTC, datetime
from pathlib import Path

from ..records import Metric, as_row

# Each module exposes evaluate(nlp) -> list[Metric] over its gold file in tests/gold/.
EVALUATIONS = ("entities", "casualties", "quotes")
QUALITY_FILE = "quality.json"


def evaluate_all() -> list[Metric]:
    from ..nlp import load_nlp

    nlp = load_nlp()
    metrics: list[Metric] = []
    for name in EVALUATIONS:
        module = importlib.import_module(f"{__package__}.{name}")
        metrics += module.evaluate(nlp)
    return metrics


def format_table(metrics: list[Metric]) -> str:
    rows = [("extractor", "measure", "value", "n", "note")]
    rows += [(m.extractor, m.measure, "n/a" if m.value is None else f"{m.value:.3f}", str(m.n), m.note) for m in metrics]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(r[:4], widths, strict=True)) + ("  " + r[4] if r[4] else "") for r in rows]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def is_current(out: Path) -> bool:
    """True when out/quality.json was computed by the current code and data."""
    from ..build import pipeline_version

    try:
        stored = json.loads((out / QUALITY_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return stored.get("pipeline_version") == pipeline_version()


def store(metrics: list[Metric], out: Path) -> Path:
    from ..build import pipeline_version

    out.mkdir(parents=True, exist_ok=True)
    path = out / QUALITY_FILE
    payload = {
        "evaluated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "pipeline_version": pipeline_version(),
        "gold_sets": "tests/gold/*.jsonl: hand-checked FA-KES articles (by unit_id)",
        "metrics": [as_row(m) for m in metrics],
    }
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    tmp.replace(path)
    return path

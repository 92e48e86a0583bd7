"""Run every extractor's evaluation on the gold sets by split and family, print it, store it with the code.

Quality belongs to the code, not to one dataset: the figures are stored in `data/cache/quality.json`
keyed by the pipeline version, and the committed `tests/gold/baseline.json` holds the figures of the
code on main (the regression guard's reference). The Data quality page shows whichever matches the
running code, else the baseline, whatever folder the app was started on.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from ..paths import CACHE_DIR, GOLD_DIR
from ..records import Metric, as_row
from .split import FAMILIES, SPLITS

# Each module exposes read_gold() -> entries and evaluate(nlp, entries) -> list[Metric].
EVALUATIONS = ("entities", "casualties", "quotes", "pages")
QUALITY_FILE = "quality.json"
QUALITY_PATH = CACHE_DIR / QUALITY_FILE
BASELINE_PATH = GOLD_DIR / "baseline.json"
GOLD_DESCRIPTION = (
    "tests/gold/*.jsonl: hand-annotated articles from the seeds, 15 FA-KES outlets and real scraped web pages "
    "(tests/gold/GUIDELINES.md); split by a hash of the article id into tune (rules written against it) and "
    "test (held back)"
)


def evaluate_gold(nlp=None, *, splits: Iterable[str] = SPLITS) -> list[Metric]:
    """Every extractor's figures for each split, over all families and per family.

    Articles whose corpus is absent on this machine are left out (the note of each figure gives n).
    """
    from ..nlp import load_nlp
    from .gold import available

    nlp = nlp or load_nlp()
    metrics: list[Metric] = []
    for name in EVALUATIONS:
        module = importlib.import_module(f"{__package__}.{name}")
        entries, _ = available(module.read_gold())
        for split in splits:
            in_split = [e for e in entries if e["split"] == split]
            groups = {"all": in_split} | {f: [e for e in in_split if e["family"] == f] for f in FAMILIES}
            for family, subset in groups.items():
                if subset:
                    metrics += [_tagged(m, split, family) for m in module.evaluate(nlp, subset)]
    return metrics


def _tagged(metric: Metric, split: str, family: str) -> Metric:
    return Metric(metric.extractor, metric.measure, metric.value, metric.n, metric.note, split, family)


def format_table(metrics: list[Metric]) -> str:
    """A plain-text table: extractor, measure, split, family, value, n, note."""
    rows = [("extractor", "measure", "split", "family", "value", "n", "note")]
    rows += [
        (m.extractor, m.measure, m.split, m.family, "n/a" if m.value is None else f"{m.value:.3f}", str(m.n), m.note)
        for m in metrics
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(6)]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(r[:6], widths, strict=True)) + ("  " + r[6] if r[6] else "")
        for r in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def payload(metrics: list[Metric], **extra) -> dict:
    from ..build import pipeline_version

    return {
        "evaluated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "pipeline_version": pipeline_version(),
        "gold_sets": GOLD_DESCRIPTION,
        "reported_split": "test",
        "metrics": [as_row(m) for m in metrics],
        **extra,
    }


def write_json(data: dict, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


def store(metrics: list[Metric], out: Path | None = None) -> Path:
    """Store the figures with the code's evaluation (data/cache/quality.json); also in `out` if given."""
    data = payload(metrics)
    path = write_json(data, QUALITY_PATH)
    if out is not None:
        write_json(data, out / QUALITY_FILE)
    return path


def read_report(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def is_current(out: Path | None = None) -> bool:
    """True when the stored evaluation (data/cache, or `out`/quality.json) was computed by this code."""
    from ..build import pipeline_version

    stored = read_report(out / QUALITY_FILE if out is not None else QUALITY_PATH)
    return stored.get("pipeline_version") == pipeline_version()


def current_report() -> dict:
    """The figures to show for the running code: its own evaluation when stored, else the committed
    baseline, with `"source"` saying which ("evaluation" or "baseline"). An evaluation without
    benchmark figures borrows the baseline's (`"benchmarks_source": "baseline"`)."""
    from ..build import pipeline_version

    stored = read_report(QUALITY_PATH)
    baseline = read_report(BASELINE_PATH)
    if stored.get("metrics") and stored.get("pipeline_version") == pipeline_version():
        if any(m.get("split") == "benchmark" for m in stored["metrics"]):
            return {**stored, "source": "evaluation"}
        # `evaluate` scores the gold sets; the benchmarks' figures come from the committed baseline.
        benchmarks = [m for m in baseline.get("metrics", []) if m.get("split") == "benchmark"]
        return {**stored, "metrics": stored["metrics"] + benchmarks, "source": "evaluation",
                "benchmarks_source": "baseline" if benchmarks else None}
    return {**baseline, "source": "baseline"} if baseline.get("metrics") else {}

"""The regression guard's reference: every figure of the test split and of the benchmarks' first items.

`tests/gold/baseline.json` is committed with the code. The guard test evaluates the code again and
fails when any figure falls more than TOLERANCE below its baseline; a change that improves a figure
updates the baseline in the same commit (`python -m pipeline evaluate --write-baseline`).
"""

from __future__ import annotations

from pathlib import Path

from ..records import Metric, as_row
from .report import BASELINE_PATH, evaluate_gold, payload, read_report, write_json

TOLERANCE = 0.02
BENCHMARK_LIMIT = 500  # the first items of each benchmark: seconds, not minutes, in CI


def guarded_figures(nlp=None, *, benchmark_limit: int = BENCHMARK_LIMIT) -> list[Metric]:
    """The test split's figures (all families and each) and the benchmarks' on their first items."""
    from .benchmarks import benchmark_available, run_polnear, run_wad

    metrics = evaluate_gold(nlp, splits=("test",))
    for name, run in (("wad", run_wad), ("polnear", run_polnear)):
        if benchmark_available(name):
            metrics += [_as_benchmark(m, name) for m in run(limit=benchmark_limit)]
    return metrics


def _as_benchmark(metric: Metric, name: str) -> Metric:
    return Metric(metric.extractor, metric.measure, metric.value, metric.n, metric.note, "benchmark", name)


def key(metric: dict | Metric) -> str:
    """What identifies a figure across runs: extractor | measure | split | family."""
    row = metric if isinstance(metric, dict) else as_row(metric)
    return " | ".join(str(row.get(field, "all")) for field in ("extractor", "measure", "split", "family"))


def write_baseline(path: Path = BASELINE_PATH) -> Path:
    metrics = guarded_figures()
    return write_json(payload(metrics, benchmark_limit=BENCHMARK_LIMIT, tolerance=TOLERANCE), path)


def regressions(current: list[Metric], baseline: dict, tolerance: float = TOLERANCE) -> list[str]:
    """One line per baseline figure that the current code misses or scores more than `tolerance` below."""
    found = {key(m): m for m in current}
    lines = []
    for row in baseline.get("metrics", []):
        if row.get("value") is None:
            continue
        now = found.get(key(row))
        if now is None or now.value is None:
            lines.append(f"{key(row)}: baseline {row['value']:.3f}, now not measured")
        elif now.value < row["value"] - tolerance:
            lines.append(f"{key(row)}: baseline {row['value']:.3f}, now {now.value:.3f} (n={now.n})")
    return lines


def read_baseline(path: Path = BASELINE_PATH) -> dict:
    return read_report(path)

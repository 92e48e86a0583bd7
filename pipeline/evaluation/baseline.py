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
# The guard builds the benchmarks in its own process: its figures must not depend on how a machine treats
# forked worker processes (their memory, their scheduling); the worker pool has tests of its own.
GUARD_WORKERS = 1


def guarded_figures(nlp=None, *, benchmark_limit: int = BENCHMARK_LIMIT) -> list[Metric]:
    """The test split's figures (all families and each) and the benchmarks' on their first items."""
    from .benchmarks import benchmark_available, run_polnear, run_wad

    metrics = evaluate_gold(nlp, splits=("test",))
    for name, run in (("wad", run_wad), ("polnear", run_polnear)):
        if benchmark_available(name):
            metrics += [_as_benchmark(m, name) for m in run(limit=benchmark_limit, workers=GUARD_WORKERS)]
    return metrics


def benchmark_items(limit: int = BENCHMARK_LIMIT) -> dict[str, str]:
    """Benchmark name -> fingerprint of the items the guard scores (`items_fingerprint`), for those on
    this machine."""
    from .benchmarks import BENCHMARKS, benchmark_available, items_fingerprint

    return {name: items_fingerprint(BENCHMARKS[name].items_path, limit) for name in BENCHMARKS if benchmark_available(name)}


def comparable(baseline: dict, items: dict[str, str]) -> tuple[dict, list[str]]:
    """The baseline without the benchmarks whose items on this machine are not those it was measured on,
    or are not on this machine at all (a figure on other items, or on none, is no regression), and the
    names of those benchmarks.

    A baseline that records no fingerprints (written before they were) is compared whole."""
    recorded = baseline.get("benchmark_items") or {}
    differ = sorted(name for name, fingerprint in recorded.items() if items.get(name) != fingerprint)
    if not differ:
        return baseline, []
    kept = [row for row in baseline.get("metrics", []) if not (row.get("split") == "benchmark" and row.get("family") in differ)]
    return {**baseline, "metrics": kept}, differ


def _as_benchmark(metric: Metric, name: str) -> Metric:
    return Metric(metric.extractor, metric.measure, metric.value, metric.n, metric.note, "benchmark", name)


def key(metric: dict | Metric) -> str:
    """What identifies a figure across runs: extractor | measure | split | family."""
    row = metric if isinstance(metric, dict) else as_row(metric)
    return " | ".join(str(row.get(field, "all")) for field in ("extractor", "measure", "split", "family"))


def write_baseline(path: Path = BASELINE_PATH) -> Path:
    metrics = guarded_figures()
    extra = {"benchmark_limit": BENCHMARK_LIMIT, "benchmark_items": benchmark_items(), "tolerance": TOLERANCE}
    return write_json(payload(metrics, **extra), path)


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
            note = f"; {now.note}" if now.note else ""
            lines.append(f"{key(row)}: baseline {row['value']:.3f}, now {now.value:.3f} (n={now.n}{note})")
    return lines


def read_baseline(path: Path = BASELINE_PATH) -> dict:
    return read_report(path)

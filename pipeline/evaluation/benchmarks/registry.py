"""The public benchmarks: where their items are, the peers' published figures, and the side-by-side table."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from ...paths import SHARED_CORPUS_DIR
from ...records import Metric

EXT_DIR = SHARED_CORPUS_DIR / "ext"


@dataclass(frozen=True, slots=True)
class Benchmark:
    name: str
    extractor: str  # the Metric.extractor of its figures
    items_path: Path
    citation: str
    scale: float  # published figures are fractions (1) or percentages (100)
    digits: int
    caveat: str


BENCHMARKS = {
    "wad": Benchmark(
        "wad",
        "benchmark WAD victims",
        EXT_DIR / "wad_victims" / "wad_2016_2020_sample.jsonl",
        'Zhong, Dhuliawala and Stoehr, "Extracting Victim Counts from Text", EACL 2023 (WAD column)',
        scale=1,
        digits=3,
        caveat="Peers: the full 1995-2020 WAD, their own split. Ours: the first items of a 2,000-item "
        "2016-2020 sample, no training.",
    ),
    "polnear": Benchmark(
        "polnear",
        "benchmark PolNeAR",
        EXT_DIR / "polnear_quotes" / "polnear_cofenet_test.jsonl",
        'Wang et al., "CofeNet: Context and Former-Label Enhanced Net for Complicated Quotation Extraction", '
        "COLING 2022 (PolNeAR test split, span exact-match F1, %)",
        scale=100,
        digits=1,
        caveat="PolNeAR also marks beliefs and 'according to' attributions, so a speech extractor's "
        "content recall has a ceiling below 100. BiLSTM-CRF and BERT-CofeNet were trained on PolNeAR's "
        "training split; Rule and CoreNLP, like this project, were not.",
    ),
}

# Published figures exactly as ../shared/bench/README.md gives them (None: not reported).
PUBLISHED: dict[str, dict[str, dict[str, float | None]]] = {
    "wad": {
        "Regex": {"exact match": 0.117},
        "Dependency parse": {"exact match": 0.226},
        "SRL": {"exact match": 0.741},
        "NT5": {"exact match": 0.813},
    },
    "polnear": {
        "Rule": {"source F1": 10.7, "cue F1": 22.8, "content F1": 5.6},
        "CoreNLP": {"source F1": 13.9, "cue F1": None, "content F1": 17.5},
        "BiLSTM-CRF": {"source F1": 69.6, "cue F1": 66.7, "content F1": 59.0},
        "BERT-CofeNet": {"source F1": 83.2, "cue F1": 75.3, "content F1": 72.9},
    },
}
PROJECT_SYSTEM = "Aleppo Lens (this code)"


def benchmark_available(name: str) -> bool:
    """True when the benchmark's items are on this machine."""
    return name in BENCHMARKS and BENCHMARKS[name].items_path.is_file()


def read_items(path: Path, limit: int | None = None) -> list[dict]:
    """The first `limit` items of a benchmark file (all when None or 0), in file order."""
    items = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if limit and len(items) >= limit:
                break
            if line.strip():
                items.append(json.loads(line))
    return items


def items_fingerprint(path: Path, limit: int | None = None) -> str:
    """16 hex digits of SHA-256 over the first `limit` non-blank lines of a benchmark file (all when
    None or 0): the items `read_items` returns, so that figures are compared on the same items only."""
    digest = hashlib.sha256()
    taken = 0
    with path.open("rb") as lines:
        for line in lines:
            if limit and taken >= limit:
                break
            if line.strip():
                digest.update(line.rstrip(b"\r\n") + b"\n")
                taken += 1
    return digest.hexdigest()[:16]


def metric(benchmark: str, measure: str, value: float | None, n: int, note: str = "") -> Metric:
    """A figure of `benchmark`, filed under its extractor in the "benchmark" split."""
    return Metric(BENCHMARKS[benchmark].extractor, measure, value, n, note, "benchmark", benchmark)


def ratio(a: int, b: int) -> float | None:
    """a / b; None when b is 0, so an empty denominator shows as no figure rather than 0."""
    return a / b if b else None


def f1(p: float | None, r: float | None) -> float | None:
    """Harmonic mean; an undefined side (nothing predicted, or no gold) counts as 0 unless both are."""
    if p is None and r is None:
        return None
    p, r = p or 0.0, r or 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def _cell(value: float | None, benchmark: Benchmark) -> str:
    return "–" if value is None else f"{value:.{benchmark.digits}f}"


def format_benchmark(name: str, metrics: list[Metric]) -> str:
    """The project's figures on the same lines as the published peers', then its other figures."""
    benchmark = BENCHMARKS[name]
    peers = PUBLISHED[name]
    measures = list(dict.fromkeys(m for figures in peers.values() for m in figures))
    ours = {m.measure: m for m in metrics if m.extractor == benchmark.extractor}
    rows = [("system", *measures)]
    rows += [(f"  {system}", *(_cell(figures.get(m), benchmark) for m in measures)) for system, figures in peers.items()]
    rows.append((
        f"* {PROJECT_SYSTEM}",
        *(_cell(None if ours.get(m) is None or ours[m].value is None else ours[m].value * benchmark.scale, benchmark)
          for m in measures),
    ))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))
             for row in rows]
    lines.insert(1, "-" * len(lines[0]))
    n = max((m.n for m in ours.values() if m.measure in measures), default=0)
    extra = [m for m in ours.values() if m.measure not in measures]
    lines += [
        f"* this project: {next((m.note for m in ours.values() if m.measure in measures), f'n={n}')}",
        *(f"  {m.measure}: {_cell(None if m.value is None else m.value * benchmark.scale, benchmark)} (n={m.n})"
          for m in extra),
        f"Published: {benchmark.citation}.",
        benchmark.caveat,
    ]
    return f"== benchmark {name}\n" + "\n".join(lines)

"""Does the build's cost per article stay flat as the corpus grows? One command, printed figures, not a test.

    .venv/bin/python benchmarks/bench_scale.py [--sizes 1000 5000 20000] [--workers 2] [--input FA-KES.csv]

For each size it writes a corpus of FA-KES rows replicated with shifted dates and a distinct closing
line (benchmarks/make_scale_corpus.py: every copy is a new article, so no cache can help), runs
`python -m pipeline build --workers N` on it into an empty temporary folder (cold), and prints:
  s/article   wall seconds of the whole command over the input rows (model start-up included)
  analyse     the build's own analysis-stage seconds per kept article (manifest timings)
  corpus      the corpus stages' seconds per kept article
  peak tree   peak resident memory summed over the build and its worker processes (sampled every 0.1 s)
  peak main   peak resident memory of the build process alone (the workers' is the model's, per worker)
then the largest size's per-article time and memory against the smallest's (target: within 10%, and
memory not growing with the corpus), and the machine's load before and after each run (shared machines
make timings noisy). Corpora are written to a temporary folder: FA-KES text never enters the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_pipeline import cpu_model, run_timed, total_ram_gb  # noqa: E402
from make_scale_corpus import replicate  # noqa: E402

from pipeline.paths import FAKES_CSV  # noqa: E402

FLAT_TARGET = 0.10  # per-article time and peak memory at the largest size within 10% of the smallest's
MB = 1 / 2**20


@dataclass(slots=True)
class Run:
    n_inputs: int
    n_articles: int
    wall_s: float
    analyse_s: float
    corpus_s: float
    peak_tree: int  # bytes
    peak_main: int  # bytes
    load_before: str
    load_after: str

    @property
    def s_per_article(self) -> float:
        return self.wall_s / self.n_inputs


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def measure(rows: pd.DataFrame, n_articles: int, workers: int, folder: Path) -> Run:
    """Write a corpus of `n_articles` rows, build it cold, and read the build's own timings."""
    corpus = folder / f"scale_{n_articles}.csv"
    replicate(rows, n_articles).to_csv(corpus, index=False, encoding="utf-8")
    out = folder / f"out_{n_articles}"
    command = [sys.executable, "-m", "pipeline", "build", "--input", str(corpus), "--out", str(out),
               "--workers", str(workers), "--quiet", "--force"]
    before = load_average()
    timed = run_timed(command)
    wall, peak_tree, peak_main = timed.seconds, timed.peak_tree, timed.peak_own
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    timings, counts = manifest["timings_s"], manifest["counts"]
    return Run(counts["inputs"], counts["articles"], wall, timings["analyse"], timings["corpus"],
               peak_tree, peak_main, before, load_average())


def print_run(run: Run) -> None:
    print(f"{run.n_inputs:>7,} {run.n_articles:>7,} {run.wall_s:8.1f} {run.s_per_article:9.4f} "
          f"{run.analyse_s / run.n_articles:9.4f} {run.corpus_s / run.n_articles:8.5f} "
          f"{run.peak_tree * MB:9,.0f} {run.peak_main * MB:9,.0f}   {run.load_before} -> {run.load_after}", flush=True)


def verdict(change: float) -> str:
    return "ok" if change <= FLAT_TARGET else "OVER"


def print_verdict(first: Run, last: Run) -> None:
    time_change = last.s_per_article / first.s_per_article - 1
    analyse_change = (last.analyse_s / last.n_articles) / (first.analyse_s / first.n_articles) - 1
    tree_change = last.peak_tree / first.peak_tree - 1
    main_change = last.peak_main / first.peak_main - 1
    print(f"\n{last.n_inputs:,} vs {first.n_inputs:,} articles (target: within {FLAT_TARGET:.0%}):")
    print(f"  s/article      {time_change:+7.1%}  {verdict(time_change)}")
    print(f"  analyse/article{analyse_change:+7.1%}  {verdict(analyse_change)}")
    print(f"  peak tree      {tree_change:+7.1%}  {verdict(tree_change)}")
    print(f"  peak main      {main_change:+7.1%}  {verdict(main_change)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=FAKES_CSV, help="FA-KES CSV to replicate")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000], help="corpus sizes, in rows")
    parser.add_argument("--workers", type=int, default=2, help="build worker processes (default 2)")
    args = parser.parse_args()
    if not args.input.exists():
        sys.exit(f"corpus not found: {args.input}")

    print(f"machine: {os.cpu_count()} cores, {cpu_model()}, {total_ram_gb():.0f} GB RAM; workers={args.workers}")
    rows = pd.read_csv(args.input, encoding="latin-1", dtype={"unit_id": str})
    print(f"{'inputs':>7} {'kept':>7} {'wall s':>8} {'s/article':>9} {'analyse':>9} {'corpus':>8} "
          f"{'tree MB':>9} {'main MB':>9}   load (1/5/15 min) before -> after")
    runs = []
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        for size in sorted(args.sizes):
            runs.append(measure(rows, size, args.workers, Path(tmp)))
            print_run(runs[-1])
            for old in Path(tmp).glob(f"scale_{size}.csv"):
                old.unlink()  # the next corpus needs the space more than this one
    if len(runs) > 1:
        print_verdict(runs[0], runs[-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())

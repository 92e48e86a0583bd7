"""How close is `pipeline build` to spaCy's own speed? One command, printed figures, not part of the tests.

    .venv/bin/python benchmarks/bench_pipeline.py [--workers N] [--input FA-KES.csv] [--repeat N] [--profile]

Prints, on the same machine and with the same process count:
  floor    the bare full-model parse (issue 18's yardstick): `nlp.pipe` of the model as shipped
           (`spacy.load`) over the same cleaned texts, `n_process=N`, as a fresh process (start-up and
           model load included);
  parse    the same with our components (`load_nlp()`: our entity ruler and sentence rules, and the
           model's attribute ruler and lemmatizer as table look-ups, pipeline/token_tables.py);
  build    `python -m pipeline build --workers N` into an empty temporary folder (cold: no cache);
  ratio    build / floor (target <= 1.0), and build / parse (what the extractors, reading and writing add);
  re-run   the same build again with nothing changed (target < 3 s);
  memory   peak resident memory: summed over the process tree of each command (sampled), and
           `getrusage` maxrss of this process and of its largest child.
With --profile, or when the ratio is over the target, it also profiles the per-article stages in one
process (cProfile) and prints what each extractor and the hottest functions cost.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.paths import FAKES_CSV  # noqa: E402

RATIO_TARGET = 1.0  # issue 18: the full build at most the bare full-model parse
RERUN_TARGET_S = 3.0
PIPE_BATCH_SIZE = 32  # the same batch size pipeline.analyse uses

# The floor, run as its own process so it pays the same interpreter start-up and model load as a build.
FLOOR_SCRIPT = """
import json, sys, time, warnings
warnings.filterwarnings("ignore")
started = time.perf_counter()
import spacy
from pipeline.nlp import load_nlp, model_name
texts = json.load(open(sys.argv[1], encoding="utf-8"))
nlp = spacy.load(model_name()) if sys.argv[4] == "stock" else load_nlp()
loaded = time.perf_counter()
n_tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=int(sys.argv[3]), n_process=int(sys.argv[2])))
print(json.dumps({"load_s": loaded - started, "parse_s": time.perf_counter() - loaded, "tokens": n_tokens}))
"""


def rss_of_tree(pid: int) -> tuple[int, int]:
    """(resident bytes of the process alone, of the process and all its descendants); (0, 0) once gone."""
    import psutil

    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
        own = root.memory_info().rss
    except psutil.Error:
        return 0, 0
    total = 0
    for process in processes:
        try:
            total += process.memory_info().rss
        except psutil.Error:
            continue
    return own, total


@dataclass(frozen=True, slots=True)
class TimedRun:
    seconds: float  # wall clock
    peak_tree: int  # peak summed RSS of the process and its descendants, bytes
    peak_own: int  # peak RSS of the process alone, bytes
    stdout: str


def run_timed(command: list[str]) -> TimedRun:
    """One command run from the project root, its wall time and peak memory sampled every 0.1 s;
    exits with the command's stderr when it fails."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore"}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak_tree = peak_own = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree, peak_own
        while not done.is_set():
            own, total = rss_of_tree(process.pid)
            peak_own, peak_tree = max(peak_own, own), max(peak_tree, total)
            done.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"command failed ({process.returncode}): {' '.join(command)}\n{stderr[-2000:]}")
    return TimedRun(seconds, peak_tree, peak_own, stdout)


def positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {number}")
    return number


def median_run(runs: list[TimedRun]) -> TimedRun:
    """The run of median wall time (the lower middle one of an even number)."""
    return sorted(runs, key=lambda run: run.seconds)[(len(runs) - 1) // 2]


def cleaned_articles(csv: Path) -> list:
    """The articles a build analyses: read, cleaned, rejected and de-duplicated exactly as `build` does."""
    from pipeline.build import load_inputs

    articles, *_ = load_inputs([csv], progress=False)
    return articles


def profile_extractors(articles: list, top: int) -> None:
    """cProfile of the per-article stages in this process; prints cost per extractor and hottest functions."""
    from pipeline.analyse import analyse_articles
    from pipeline.nlp import load_nlp

    load_nlp()
    analyse_articles(articles[:8])  # warm the lazy caches (gazetteers, lexicons) outside the measurement
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    analyse_articles(articles)
    profiler.disable()
    total = time.perf_counter() - started
    stats = pstats.Stats(profiler)
    print(f"\nprofile: analyse_articles over {len(articles)} articles in one process: {total:.1f} s (under cProfile)")
    print("  per stage (cumulative seconds, share of the profiled total):")
    # (module path under the repository, function) -> label; the extractors are packages
    wanted = {
        ("pipeline/analyse.py", "analyse_articles"): "whole per-article pass",
        ("spacy/language.py", "pipe"): "spaCy nlp.pipe (the floor's work)",
        ("pipeline/entities/__init__.py", "entity_mentions"): "entities.entity_mentions",
        ("pipeline/places/mentions.py", "place_mentions"): "places.place_mentions",
        ("pipeline/casualties/extract.py", "casualty_figures"): "casualties.casualty_figures",
        ("pipeline/quotes/__init__.py", "quotes"): "quotes.quotes",
    }
    profiled_total = max(v[3] for k, v in stats.stats.items() if k[2] == "analyse_articles")
    for (filename, _, name), (_, _, _, cumulative, _) in sorted(stats.stats.items(), key=lambda kv: -kv[1][3]):
        label = next((text for (path, func), text in wanted.items() if func == name and filename.endswith(path)), None)
        if label:
            print(f"    {cumulative:7.2f} s  {100 * cumulative / profiled_total:5.1f} %  {label}")
    print(f"  hottest functions in pipeline/ (cumulative, excluding the spaCy parse), top {top}:")
    rows = [
        (cumulative, own, calls, f"{Path(filename).relative_to(ROOT)}:{line} {name}")
        for (filename, line, name), (_, calls, own, cumulative, _) in stats.stats.items()
        if filename.startswith(str(ROOT / "pipeline")) and name not in {"analyse_articles", "analyse_doc", "<module>"}
    ]
    for cumulative, own, calls, where in sorted(rows, reverse=True)[:top]:
        print(f"    {cumulative:7.2f} s cum  {own:6.2f} s own  {calls:>8} calls  {where}")
    print(f"  hottest functions anywhere (own time), top {top}:")
    rows = [
        (own, cumulative, calls, f"{Path(filename).name}:{line} {name}")
        for (filename, line, name), (_, calls, own, cumulative, _) in stats.stats.items()
    ]
    for own, cumulative, calls, where in sorted(rows, reverse=True)[:top]:
        print(f"    {own:7.2f} s own  {cumulative:6.2f} s cum  {calls:>8} calls  {where}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=FAKES_CSV, help="corpus to build (default FA-KES)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes for both (default: all cores)")
    parser.add_argument("--profile", action="store_true", help="profile the extractors even when within target")
    parser.add_argument("--top", type=int, default=25, help="functions listed by the profile")
    parser.add_argument("--repeat", type=positive, default=1, help="interleaved runs of floor, parse and build (medians)")
    args = parser.parse_args()
    if not args.input.exists():
        sys.exit(f"corpus not found: {args.input}")

    print(f"machine: {os.cpu_count()} cores, {cpu_model()}, {total_ram_gb():.0f} GB RAM; workers={args.workers}")
    articles = cleaned_articles(args.input)
    with tempfile.TemporaryDirectory(prefix="bench-pipeline-") as tmp:
        texts_path = Path(tmp) / "texts.json"
        texts_path.write_text(json.dumps([a.text for a in articles]), encoding="utf-8")
        out = Path(tmp) / "out"
        build_cmd = [sys.executable, "-m", "pipeline", "build", "--input", str(args.input), "--out", str(out),
                     "--workers", str(args.workers), "--quiet"]
        # Interleaved, so that a drift of the machine's speed (the same floor has measured 43 and 60 s on one
        # machine within hours) moves all three alike; medians are printed.
        runs: dict[str, list[TimedRun]] = {"stock": [], "ours": [], "build": []}
        for _ in range(args.repeat):
            for components in ("stock", "ours"):
                runs[components].append(run_timed(
                    [sys.executable, "-c", FLOOR_SCRIPT, str(texts_path), str(args.workers), str(PIPE_BATCH_SIZE), components]
                ))
            shutil.rmtree(out, ignore_errors=True)
            runs["build"].append(run_timed(build_cmd))
        floor_run, parse_run, build = (median_run(runs[name]) for name in ("stock", "ours", "build"))
        floor_s, floor_rss, floor = floor_run.seconds, floor_run.peak_tree, json.loads(floor_run.stdout)
        parse = json.loads(parse_run.stdout)
        build_s, build_rss = build.seconds, build.peak_tree
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))  # the last build's
        rerun = run_timed(build_cmd)
        rerun_s, rerun_rss = rerun.seconds, rerun.peak_tree
        rerun_manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))

    ratio = build_s / floor_s
    mb = 1 / 2**20
    print(f"articles: {len(articles)} analysed, {floor['tokens']:,} tokens")
    if args.repeat > 1:
        print(f"medians of {args.repeat} interleaved runs; each run's seconds: " + "; ".join(
            f"{name} " + ", ".join(f"{run.seconds:.1f}" for run in runs[key])
            for name, key in (("floor", "stock"), ("parse", "ours"), ("build", "build"))
        ) + "; each run's build / floor: " + ", ".join(
            f"{b.seconds / f.seconds:.2f}" for f, b in zip(runs["stock"], runs["build"], strict=True)
        ) + " (the ratio below is the median build over the median floor)")
    print(f"floor    {floor_s:7.1f} s   (the model as shipped: load {floor['load_s']:.1f} s, nlp.pipe "
          f"{floor['parse_s']:.1f} s, n_process={args.workers})   peak {floor_rss * mb:,.0f} MB")
    print(f"parse    {parse_run.seconds:7.1f} s   (our components, load_nlp(): load {parse['load_s']:.1f} s, nlp.pipe "
          f"{parse['parse_s']:.1f} s)   peak {parse_run.peak_tree * mb:,.0f} MB")
    stages = ", ".join(f"{k} {v:.1f} s" for k, v in manifest.get("timings_s", {}).items())
    stages = f"last run: {stages}" if args.repeat > 1 else stages
    print(f"build    {build_s:7.1f} s   ({stages})   peak {build_rss * mb:,.0f} MB")
    print(f"ratio    {ratio:7.2f}     build / floor, target <= {RATIO_TARGET}  {'ok' if ratio <= RATIO_TARGET else 'OVER'};"
          f"  build / parse {build_s / parse_run.seconds:.2f}")
    if rerun_manifest.get("built_at") == manifest.get("built_at"):
        stages = "outputs up to date: nothing rebuilt"
    else:
        stages = ", ".join(f"{k} {v:.1f} s" for k, v in rerun_manifest.get("timings_s", {}).items())
        stages += f"; {rerun_manifest['counts']['reused_from_cache']} reused"
    print(f"re-run   {rerun_s:7.1f} s   ({stages})   "
          f"target < {RERUN_TARGET_S:.0f} s  {'ok' if rerun_s < RERUN_TARGET_S else 'OVER'}   peak {rerun_rss * mb:,.0f} MB")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"maxrss   self {own:,.0f} MB, largest child process {children:,.0f} MB (getrusage)")

    if args.profile or ratio > RATIO_TARGET:
        profile_extractors(articles, args.top)
    return 0


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def total_ram_gb() -> float:
    return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30


if __name__ == "__main__":
    sys.exit(main())

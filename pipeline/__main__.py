"""Command line: `python -m pipeline build|evaluate|status`. Thin: parse arguments, call the stage, report."""

from __future__ import annotations

import argparse
import functools
import json
import logging
import sys
from pathlib import Path

from .paths import PROCESSED_DIR, RAW_DIR


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m pipeline", description="Aleppo Lens preprocessing pipeline.")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", help="read articles and write the Parquet datasets")
    build.add_argument("--input", type=Path, action="append", metavar="PATH",
                       help="a folder of .txt/.md/.html/.json files, a .csv or a .jsonl (repeatable; default data/raw)")
    build.add_argument("--out", type=Path, default=PROCESSED_DIR, metavar="DIR", help="output folder (default data/processed)")
    build.add_argument("--workers", type=int, default=1, metavar="N", help="parsing processes (default 1)")
    build.add_argument("--strict", action="store_true",
                       help="exit 1 when any input is rejected or skipped, or any extractor failed on an article")
    build.add_argument("--geocode", choices=("offline", "online"), default="offline",
                       help="online: ask OpenStreetMap Nominatim (1 request/s, cached) for places the offline gazetteers miss")
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    build.add_argument("--progress-file", type=Path, metavar="PATH",
                       help="keep the build's stage and article count in this JSON file, for another program to poll")
    build.add_argument("--force", action="store_true",
                       help="rebuild even when the outputs are up to date with the inputs, code and options")
    build.add_argument("--engine", choices=("local", "dask"), default="local",
                       help="dask: run the per-article stages on a Dask cluster (default local processes)")
    build.add_argument("--scheduler", metavar="ADDRESS",
                       help="with --engine dask: an existing scheduler, e.g. tcp://host:8786 "
                            "(default: a local cluster of --workers processes)")

    evaluate = commands.add_parser(
        "evaluate", help="quality of each extractor on the gold sets (tune and test splits) and public benchmarks")
    evaluate.add_argument("--out", type=Path, default=None, metavar="DIR",
                          help="also store the figures as DIR/quality.json (they are always stored in data/cache/)")
    evaluate.add_argument("--if-stale", action="store_true",
                          help="only when the stored figures are older than the code; skip quietly without the corpora")
    evaluate.add_argument("--benchmark", choices=("wad", "polnear"), action="append",
                          help="run a public benchmark beside its published peers instead of the gold sets (repeatable)")
    evaluate.add_argument("--limit", type=int, metavar="N", help="with --benchmark: the first N items only")
    evaluate.add_argument("--write-baseline", action="store_true",
                          help="evaluate the test split and both benchmarks (first 500 items) and store them as "
                               "tests/gold/baseline.json, the figures the regression test guards")

    status = commands.add_parser("status", help="exit 0 when the outputs are up to date with inputs and code")
    status.add_argument("--input", type=Path, action="append", metavar="PATH")
    status.add_argument("--out", type=Path, default=PROCESSED_DIR, metavar="DIR")
    return parser.parse_args(argv)


def run_build(args: argparse.Namespace) -> int:
    from .build import BuildError, build

    inputs = args.input or [RAW_DIR]
    analyse = None
    if args.engine == "dask":
        from .distributed import analyse_on_dask

        analyse = functools.partial(analyse_on_dask, scheduler=args.scheduler)
    elif args.scheduler:
        print("error: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    geocode = args.geocode
    if not args.force and (previous := up_to_date_manifest(inputs, args.out, geocode)) is not None:
        # A no-change re-run costs a hash of the inputs and code, not the corpus stages and a rewrite.
        print(f"{args.out} is up to date with its inputs, code and options; nothing to do (--force rebuilds)")
        counts = previous.get("counts", {})
        return 1 if (args.strict and (counts.get("rejected") or counts.get("extraction_failures"))) else 0
    try:
        report = build(inputs, args.out, workers=args.workers, geocode_online=args.geocode == "online",
                       progress=not args.quiet and sys.stderr.isatty(), analyse=analyse,
                       progress_file=args.progress_file)
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(report.summary())
    return 1 if (args.strict and (report.n_rejected or report.n_extraction_failures)) else 0


def up_to_date_manifest(inputs: list[Path], out: Path, geocode: str) -> dict | None:
    """The manifest of the outputs in `out` when they were built from these inputs, code and options."""
    from .build import MANIFEST
    from .status import outputs_are_current

    if not outputs_are_current(inputs, out)[0]:
        return None
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return manifest if manifest.get("geocode") == geocode else None


def run_evaluate(args: argparse.Namespace) -> int:
    from .evaluation import report
    from .paths import SHARED_CORPUS_DIR

    if args.benchmark:
        return run_benchmarks(args.benchmark, args.limit)
    if args.write_baseline:
        from .evaluation.baseline import write_baseline

        print(f"stored in {write_baseline()}")
        return 0
    if args.if_stale and report.is_current(args.out):
        return 0
    if not SHARED_CORPUS_DIR.exists():
        print(f"{'note' if args.if_stale else 'error'}: the gold sets refer to the corpora in {SHARED_CORPUS_DIR}, "
              "not found", file=sys.stderr)
        return 0 if args.if_stale else 2
    metrics = report.evaluate_gold()
    if not metrics:
        print(f"error: no gold article's text was found under {SHARED_CORPUS_DIR}", file=sys.stderr)
        return 0 if args.if_stale else 2
    for split, heading in (("test", "test split (held back; the figures to report)"), ("tune", "tune split")):
        print(f"\n== {heading}\n" + report.format_table([m for m in metrics if m.split == split]))
    print(f"stored in {report.store(metrics, args.out)}")
    return 0


def run_benchmarks(names: list[str], limit: int | None) -> int:
    from .evaluation.benchmarks import benchmark_available, format_benchmark, run_polnear, run_wad

    runners = {"wad": run_wad, "polnear": run_polnear}
    for name in dict.fromkeys(names):
        if not benchmark_available(name):
            print(f"error: the {name} benchmark's items are not in ../shared/corpus/ext/", file=sys.stderr)
            return 2
        print(format_benchmark(name, runners[name](limit=limit)))
    return 0


def run_status(args: argparse.Namespace) -> int:
    from .status import outputs_are_current

    current, reason = outputs_are_current(args.input or [RAW_DIR], args.out)
    print(reason)
    return 0 if current else 1


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="warning: %(message)s")
    return {"build": run_build, "evaluate": run_evaluate, "status": run_status}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())

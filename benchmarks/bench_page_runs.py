"""Two versions of the app on the same tables: median seconds of chosen pages after the same filter changes.

    .venv/bin/python benchmarks/bench_page_runs.py --data DIR [--runs 6] [PAGE ...]

`bench_app.py` times every page once per filter combination, and each page gets different words and
outlets from its place in the loop, so its figures compare across runs only roughly. This one times
the pages it is given (default: the pages that draw charts) after the same searches and the same
outlet changes, `--runs` of each, and prints the median wall-clock and CPU seconds (the process, all
threads). To compare a change with an earlier commit, run it from both checkouts on the same scaled
tables (`bench_app.py` writes them and prints their folder, `/tmp/aleppo-lens-scale/datasets-100000`
where the temporary folder is /tmp), back to back on a quiet machine:

    git worktree add --detach /tmp/before <commit> && ln -s $PWD/.venv /tmp/before/.venv
    cp benchmarks/bench_page_runs.py /tmp/before/benchmarks/   # if that commit predates this script
    .venv/bin/python /tmp/before/benchmarks/bench_page_runs.py --data /tmp/aleppo-lens-scale/datasets-100000
    .venv/bin/python benchmarks/bench_page_runs.py --data /tmp/aleppo-lens-scale/datasets-100000

(the copy runs in an older checkout: it imports only `dashboard.ui` and `dashboard.filters`).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# One word per run; the first run of each kind is a warm-up and is not counted.
SEARCHES = ["Kerry", "ceasefire", "barrel", "school", "market", "Homs", "Russian", "hospital", "Idlib", "refugees"]
CHART_PAGES = ["overview", "casualties", "speakers", "entities", "compare"]


def timed(at, timeout: float) -> tuple[float, float]:
    """(wall, CPU) seconds of one script run."""
    cpu, started = sum(os.times()[:2]), time.perf_counter()
    at.run(timeout=timeout)
    if at.exception:
        raise RuntimeError("; ".join(str(e.value) for e in at.exception)[:500])
    return time.perf_counter() - started, sum(os.times()[:2]) - cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="a folder of datasets (e.g. bench_app.py's scaled tables)")
    parser.add_argument("--runs", type=int, default=6, help="timed runs per page and kind of change")
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("pages", nargs="*", default=CHART_PAGES, help="url paths of pages (default: the chart pages)")
    args = parser.parse_args()
    if not 1 <= args.runs <= len(SEARCHES) - 1:
        parser.error(f"--runs from 1 to {len(SEARCHES) - 1}")

    os.environ["ALEPPO_LENS_DATA"] = str(args.data)
    from streamlit.testing.v1 import AppTest

    from dashboard import ui
    from dashboard.filters import OUTLET, SEARCH

    by_url = {url: page for page, (_, _, url) in ui.PAGES.items()}
    unknown = [name for name in args.pages if name not in by_url]
    if unknown:  # before any page is timed
        parser.error(f"no page at {', '.join(unknown)}; pages: {', '.join(by_url)}")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=args.timeout)
    at.run(timeout=args.timeout)
    print(f"{'page':12} {'search: wall':>13} {'cpu':>6}   {'outlet: wall':>13} {'cpu':>6}   (median of {args.runs}, seconds)")
    for name in args.pages:
        at.switch_page(by_url[name])
        at.run(timeout=args.timeout)
        if OUTLET not in {m.key for m in at.multiselect}:
            print(f"{name:12} (draws no filters)")
            continue
        outlets = list(at.multiselect(key=OUTLET).options)
        runs: dict[str, list[tuple[float, float]]] = {"search": [], "outlet": []}
        for i, word in enumerate(SEARCHES[: args.runs + 1]):
            at.multiselect(key=OUTLET).set_value([])
            at.text_input(key=SEARCH).set_value(word)
            searched = timed(at, args.timeout)
            at.text_input(key=SEARCH).set_value("")
            at.multiselect(key=OUTLET).set_value([outlets[i % len(outlets)]])
            narrowed = timed(at, args.timeout)
            if i:  # the first of each is a warm-up (plotly's trace classes, DuckDB's first plans)
                runs["search"].append(searched)
                runs["outlet"].append(narrowed)
        cells = [
            f"{statistics.median(w for w, _ in runs[kind]):13.2f} {statistics.median(c for _, c in runs[kind]):6.2f}"
            for kind in ("search", "outlet")
        ]
        print(f"{name:12} {cells[0]}   {cells[1]}", flush=True)
    print(f"\nload average (1 min) at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    return 0


if __name__ == "__main__":
    sys.exit(main())

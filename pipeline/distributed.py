"""The Dask engine: the per-article stages on a Dask cluster, one Parquet part per partition.

`analyse_on_dask` has the signature of `build.analyse_locally`, so `build(..., analyse=...)` takes it as is.
Each partition runs the same unit of work as the local engine (`analyse.analyse_articles`) on a worker
process that loads the model once (a worker plugin loads it when the worker starts), writes its results
as Parquet parts, and hands them back to the client, which returns them in article order.

The parts are named by a hash of the partition's article ids under a folder per pipeline version, so a
run that dies half way resumes: partitions whose parts exist are read back instead of analysed again.
With a remote cluster the parts folder must be one the workers can write (by default their own
`data/cache/dask-parts`); the client never reads it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

from distributed import WorkerPlugin
from tqdm import tqdm

from .build import CHUNK_SIZE, BuildError, pipeline_version
from .datasets import read_table, records_table, table_records, write_table
from .paths import CACHE_DIR
from .records import Article, CasualtyFigure, EntityMention, PlaceMention, Quote, Rejection

log = logging.getLogger("pipeline")

# Dataset file name -> (ArticleAnalysis attribute, record type): what one partition writes.
PART_TABLES = {
    "entities.parquet": ("entities", EntityMention),
    "locations.parquet": ("places", PlaceMention),
    "casualties.parquet": ("casualties", CasualtyFigure),
    "quotes.parquet": ("quotes", Quote),
}
REJECTED_PART = "rejected.parquet"
FAILURES_PART = "failures.json"  # {article_id: ["extractor: error", ...]} for extractors that raised
DONE_MARK = "_SUCCESS"  # written last: a part folder without it is incomplete and analysed again
MAX_PARTITION = 1024  # articles per partition at most: bounds a task's memory and its loss on failure
PARTITIONS_PER_WORKER = 4  # enough tasks to balance uneven article lengths across workers
CONNECT_TIMEOUT = "10s"


def partition_size(n_articles: int, n_workers: int) -> int:
    """Articles per partition: a few partitions per worker, never tiny, never huge."""
    wanted = math.ceil(n_articles / max(1, n_workers * PARTITIONS_PER_WORKER))
    return max(CHUNK_SIZE, min(MAX_PARTITION, wanted))


def partition_key(articles: Sequence[Article], geocode_online: bool) -> str:
    """Names a partition's parts: the same articles (text and date, as the build's cache key) and mode
    give the same key."""
    from .build import analysis_key

    digest = hashlib.sha256(b"online" if geocode_online else b"offline")
    for article in articles:
        digest.update(analysis_key(article).encode())
    return digest.hexdigest()[:20]


def default_parts_root() -> Path:
    """Where a worker keeps parts when none is given: its own cache, one folder per pipeline version."""
    return CACHE_DIR / "dask-parts" / pipeline_version()


# ---------------------------------------------------------------------------------- on the worker


def write_parts(results: list, folder: Path) -> None:
    """One Parquet file per dataset for a partition, written to a temporary folder and renamed whole."""
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
        if not (folder / DONE_MARK).exists():  # another attempt of the same partition may have won
            raise


def read_parts(articles: Sequence[Article], folder: Path) -> list:
    """A partition's results back from its parts, one per article, in article order."""
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


def analyse_partition(articles: Sequence[Article], *, geocode_online: bool, parts_root: str | None) -> list:
    """One Dask task: the partition's results, read from its parts when a previous run wrote them."""
    from .analyse import analyse_articles

    root = Path(parts_root) if parts_root else default_parts_root()
    folder = root / partition_key(articles, geocode_online)
    if (folder / DONE_MARK).exists():
        try:
            return read_parts(articles, folder)
        except Exception as error:  # a damaged part only costs time
            log.warning("re-analysing partition %s: %s", folder.name, error)
    results = analyse_articles(articles, geocode_online=geocode_online)
    write_parts(results, folder)
    return results


class LoadModel(WorkerPlugin):
    """Worker plugin: load the spaCy pipeline when a worker starts, not inside its first task."""

    name = "aleppo-lens-load-model"

    def setup(self, worker) -> None:
        from .nlp import load_nlp

        load_nlp()


# ---------------------------------------------------------------------------------- on the client


def connect(scheduler: str | None, workers: int):
    """A Dask client: a new LocalCluster of `workers` processes, or the cluster at `scheduler`."""
    from distributed import Client, LocalCluster

    if scheduler is None:
        cluster = LocalCluster(
            n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=None
        )
        return Client(cluster)
    try:
        return Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as error:
        raise BuildError(f"cannot reach the Dask scheduler at {scheduler}: {error}") from error


def analyse_on_dask(
    articles: Sequence[Article],
    *,
    workers: int,
    geocode_online: bool,
    progress: bool,
    scheduler: str | None = None,
    parts_dir: Path | None = None,
) -> list:
    """Analysis results in article order, computed partition by partition on a Dask cluster.

    Args:
        workers: worker processes of the LocalCluster started when `scheduler` is None.
        scheduler: address of an existing scheduler ("tcp://host:8786"); its workers need this package.
        parts_dir: folder the workers write Parquet parts into (default: each worker's
            data/cache/dask-parts/<pipeline version>).
    """
    from distributed import as_completed

    client = connect(scheduler, workers)
    try:
        try:
            client.register_plugin(LoadModel())
        except Exception as error:  # e.g. a remote worker without this package or the model
            raise BuildError(f"Dask workers cannot load the spaCy pipeline: {error!r}") from error
        n_workers = len(client.scheduler_info(n_workers=-1)["workers"]) or max(1, workers)
        size = partition_size(len(articles), n_workers)
        partitions = [articles[i : i + size] for i in range(0, len(articles), size)]
        parts_root = str(parts_dir) if parts_dir else None
        futures = client.map(
            analyse_partition, partitions, geocode_online=geocode_online, parts_root=parts_root, pure=False
        )
        position = {future.key: i for i, future in enumerate(futures)}
        by_partition: list[list | None] = [None] * len(partitions)
        bar = tqdm(total=len(articles), desc="analysing (dask)", unit=" articles", disable=not progress, leave=False)
        for future in as_completed(futures):
            i = position[future.key]
            try:
                by_partition[i] = future.result()
            except OSError as error:  # per-article failures are Rejections; this is the parts folder
                raise BuildError(f"a Dask worker could not write its Parquet parts: {error}") from error
            future.release()  # the client holds the results now; free the worker's copy
            bar.update(len(partitions[i]))
        bar.close()
    finally:
        cluster = client.cluster if scheduler is None else None
        client.close()
        if cluster is not None:
            cluster.close()
    return [result for results in by_partition for result in results or []]

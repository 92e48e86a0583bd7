"""The Dask engine: the per-article stages on a Dask cluster, one Parquet part per partition.

`analyse_on_dask` has the signature of `build.analyse_locally`, so `build(..., analyse=...)` takes it as is.
Each partition runs the same unit of work as the local engine (`analyse.analyse_articles`) on a worker
process that loads the model once (a worker plugin loads it when the worker starts), writes its results
as Parquet parts (the layout of pipeline/parts.py), and hands them back to the client, which yields
them in article order as partitions finish, so the build writes them to its own parts and never holds
every result.

The parts are named by a hash of the partition's article ids under a folder per pipeline version, so a
run that dies half way resumes: partitions whose parts exist are read back instead of analysed again.
With a remote cluster the parts folder must be one the workers can write (by default their own
`data/cache/dask-parts`); the client never reads it.
"""

from __future__ import annotations

import hashlib
import logging
import math
from collections.abc import Iterator, Sequence
from pathlib import Path

from distributed import WorkerPlugin
from distributed.scheduler import KilledWorker
from tqdm import tqdm

from .build import BuildError, pipeline_version
from .local_engine import CHUNK_SIZE
from .parts import DONE_MARK, FAILURES_PART, PART_TABLES, REJECTED_PART, read_parts, write_parts  # noqa: F401 (layout names)
from .paths import CACHE_DIR
from .records import Article

log = logging.getLogger("pipeline")

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
) -> Iterator:
    """Analysis results in article order, computed partition by partition on a Dask cluster.

    Connects before returning (an unreachable scheduler or workers without the model raise BuildError
    here); the results are then yielded partition by partition, each released on the workers once
    yielded, so the client holds one partition's results at a time.

    Args:
        workers: worker processes of the LocalCluster started when `scheduler` is None.
        scheduler: address of an existing scheduler ("tcp://host:8786"); its workers need this package.
        parts_dir: folder the workers write Parquet parts into (default: each worker's
            data/cache/dask-parts/<pipeline version>).
    """
    client = connect(scheduler, workers)
    try:
        try:
            client.register_plugin(LoadModel())
        except Exception as error:  # e.g. a remote worker without this package or the model
            raise BuildError(f"Dask workers cannot load the spaCy pipeline: {error!r}") from error
    except BaseException:
        close(client, scheduler)
        raise
    return _results_in_order(client, articles, geocode_online=geocode_online, progress=progress,
                             scheduler=scheduler, parts_dir=parts_dir, workers=workers)


def _results_in_order(
    client, articles: Sequence[Article], *, geocode_online: bool, progress: bool, scheduler: str | None,
    parts_dir: Path | None, workers: int,
) -> Iterator:
    try:
        n_workers = len(client.scheduler_info(n_workers=-1)["workers"]) or max(1, workers)
        size = partition_size(len(articles), n_workers)
        partitions = [articles[i : i + size] for i in range(0, len(articles), size)]
        parts_root = str(parts_dir) if parts_dir else None
        futures = client.map(
            analyse_partition, partitions, geocode_online=geocode_online, parts_root=parts_root, pure=False
        )
        bar = tqdm(total=len(articles), desc="analysing (dask)", unit=" articles", disable=not progress, leave=False)
        # In order: later partitions that finish first wait on their workers, not in the client.
        for future, partition in zip(futures, partitions, strict=True):
            try:
                results = future.result()
            except OSError as error:  # per-article failures are Rejections; this is the parts folder
                raise BuildError(f"a Dask worker could not write its Parquet parts: {error}") from error
            except KilledWorker:  # the partition killed every worker that tried it
                log.warning("a partition killed its Dask workers; analysing its %d articles one at a time", len(partition))
                results = analyse_in_isolation(client, partition, geocode_online=geocode_online, parts_root=parts_root)
            future.release()  # the client holds the results now; free the worker's copy
            bar.update(len(partition))
            yield from results
        bar.close()
    finally:
        close(client, scheduler)


def analyse_in_isolation(client, partition: Sequence[Article], *, geocode_online: bool, parts_root: str | None) -> list:
    """A partition that killed its workers, one article per task: an article that kills the workers
    again becomes a `worker_crashed` Rejection, the others are analysed (slow; only after a crash)."""
    from .analyse import worker_crashed

    futures = client.map(
        analyse_partition, [[article] for article in partition], geocode_online=geocode_online,
        parts_root=parts_root, pure=False,
    )
    results: list = []
    for article, future in zip(partition, futures, strict=True):
        try:
            results.extend(future.result())
        except KilledWorker:
            results.append(worker_crashed(article))
        future.release()
    return results


def close(client, scheduler: str | None) -> None:
    """Close the client, and the LocalCluster it started when there was no scheduler."""
    cluster = client.cluster if scheduler is None else None
    client.close()
    if cluster is not None:
        cluster.close()

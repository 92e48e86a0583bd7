"""The local engine: the per-article stages on a pool of worker processes, results in article order.

`build.build` runs it unless given another engine with the same signature (the Dask engine,
pipeline/distributed.py). Each worker loads the model once; a worker that dies takes only the article
that killed it with it (`analyse_in_isolation`).
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from tqdm import tqdm

from .records import Article

log = logging.getLogger("pipeline")

CHUNK_SIZE = 64  # articles per worker task: big enough to amortise pickling, small enough to balance
TAIL_CHUNK_SIZE = 8  # the smallest task, near the end of the articles
TASKS_IN_FLIGHT_PER_WORKER = 4  # chunks submitted ahead of the one awaited: workers never idle, memory bounded


def _chunks(items: Sequence[Article], size: int) -> Iterable[Sequence[Article]]:
    return (items[i : i + size] for i in range(0, len(items), size))


def _guided_chunks(items: Sequence[Article], workers: int, size: int = CHUNK_SIZE) -> Iterator[Sequence[Article]]:
    """Consecutive chunks of `size` articles, shrinking towards the end to a quarter of what is left per
    worker (never below `TAIL_CHUNK_SIZE`): "guided" scheduling. With equal chunks the last one runs on a
    single worker while the others idle; 783 FA-KES articles on 2 workers are 13 chunks of about 12 s each,
    one of them alone at the end. Guided, the last chunks take a second or two."""
    start = 0
    while start < len(items):
        left = len(items) - start
        step = max(TAIL_CHUNK_SIZE, min(size, -(-left // (2 * workers))))
        yield items[start : start + step]
        start += step


def analyse_locally(
    articles: Sequence[Article], *, workers: int, geocode_online: bool, progress: bool
) -> Iterator:
    """Analysis results in article order, yielded as they come, on `workers` processes (the model loaded
    once per process). A few chunks per worker are in flight at a time, so finished results wait for the
    build to write them, never pile up.

    A worker that dies (a crash in native code, the kernel's out-of-memory killer) breaks the pool and
    every task in it: its chunk is then analysed again one article per task (`analyse_in_isolation`),
    so that only the article that kills a process is rejected, as `worker_crashed`, and the chunks
    still in flight go to a new pool.
    """
    from .analyse import analyse_articles

    bar = tqdm(total=len(articles), desc="analysing", unit=" articles", disable=not progress, leave=False)
    # In this process (an article that kills it ends the build; README): one worker, or too few articles
    # to be worth the workers' start.
    if workers <= 1 or len(articles) <= CHUNK_SIZE:
        for chunk in _chunks(articles, CHUNK_SIZE):
            yield from analyse_articles(chunk, geocode_online=geocode_online)
            bar.update(len(chunk))
        bar.close()
        return
    pool = new_pool(workers)
    try:
        chunks = _guided_chunks(articles, workers)
        pending: deque = deque()
        while True:
            while len(pending) < workers * TASKS_IN_FLIGHT_PER_WORKER and (chunk := next(chunks, None)) is not None:
                pending.append((pool.submit(analyse_articles, chunk, geocode_online=geocode_online), chunk))
            if not pending:
                break
            future, chunk = pending.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                log.warning("an analysis process died; analysing its %d articles one at a time", len(chunk))
                pool.shutdown(wait=True, cancel_futures=True)
                results = analyse_in_isolation(chunk, geocode_online=geocode_online)
                pool = new_pool(workers)
                pending = deque(
                    (pool.submit(analyse_articles, waiting, geocode_online=geocode_online), waiting)
                    for _, waiting in pending
                )
            yield from results
            bar.update(len(chunk))
    finally:
        # Also on an interrupted build: chunks not started are dropped, not analysed for nothing.
        pool.shutdown(wait=True, cancel_futures=True)
        bar.close()


def new_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=exit_with_parent, initargs=(os.getpid(),))


def analyse_in_isolation(articles: Sequence[Article], *, geocode_online: bool) -> list:
    """`analyse_articles` for each article in a task of its own, on one worker process that is replaced
    when an article kills it: that article becomes a `worker_crashed` Rejection, the others are
    analysed. Slow (a replaced worker loads the model again), and only used after a crash."""
    from .analyse import analyse_articles, worker_crashed

    results: list = []
    pool = new_pool(1)
    try:
        for article in articles:
            try:
                results.extend(pool.submit(analyse_articles, [article], geocode_online=geocode_online).result())
            except BrokenProcessPool:
                results.append(worker_crashed(article))
                pool.shutdown(wait=True, cancel_futures=True)
                pool = new_pool(1)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
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



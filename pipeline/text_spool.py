"""The kept articles' texts on disk while a build runs, so that the build process holds only their metadata.

As a build reads and folds its inputs, it writes every kept article's cleaned text, in article order, to an
Arrow IPC file in its parts folder (`TextSpoolWriter`) and keeps each `Article` with an empty `text`. The
engine is handed `SpooledArticles`, a sequence that reads the texts back a chunk at a time as the engine
takes its chunks, and `articles.parquet` is written from the metadata and the spool in batches
(`write_articles`). The spool goes with the parts folder when the build finishes.

Why: the texts are most of an article's memory (about 2.5 KB of FA-KES text each: 2.5 GB at 10^6
articles), and nothing between reading and writing `articles.parquet` needs them but the engine.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .datasets import records_table, schema_for
from .records import Article

SPOOL_FILE = "texts.arrow"
BATCH_ARTICLES = 512  # texts per record batch: what one read brings back
WRITE_ARTICLES = 512  # articles per row group of articles.parquet
TEXTS = pa.schema([("text", pa.large_string())])


class TextSpool:
    """The texts of a build's articles, in their order, in record batches of BATCH_ARTICLES."""

    def __init__(self, path: Path, count: int):
        self.path = path
        self.count = count
        self._reader: pa.ipc.RecordBatchFileReader | None = None
        self._batch_no = -1
        self._texts: list[str] = []

    def text(self, position: int) -> str:
        """The text of the article at `position` in the spooled order (the batch holding it is read
        once and kept until another batch is asked for: the engine asks in order)."""
        if not 0 <= position < self.count:
            raise IndexError(position)
        batch_no, row = divmod(position, BATCH_ARTICLES)
        if batch_no != self._batch_no:
            if self._reader is None:
                self._reader = pa.ipc.open_file(pa.OSFile(str(self.path), "rb"))
            self._texts = self._reader.get_batch(batch_no).column(0).to_pylist()
            self._batch_no = batch_no
        return self._texts[row]

    def close(self) -> None:
        self._reader, self._texts, self._batch_no = None, [], -1


class TextSpoolWriter:
    """Writes texts to a spool as they come (`keep`), BATCH_ARTICLES to a record batch; a context manager.
    Raises OSError when the file cannot be written."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._sink = pa.OSFile(str(path), "wb")
        self._writer = pa.ipc.new_file(self._sink, TEXTS)
        self._pending: list[str] = []

    def keep(self, text: str) -> None:
        self._pending.append(text)
        if len(self._pending) == BATCH_ARTICLES:
            self._flush()

    def _flush(self) -> None:
        if self._pending:
            self._writer.write_batch(pa.record_batch([pa.array(self._pending, pa.large_string())], schema=TEXTS))
            self._pending = []

    def __enter__(self) -> TextSpoolWriter:
        return self

    def __exit__(self, *exc) -> None:
        try:
            if exc[0] is None:
                self._flush()
            self._writer.close()
        finally:
            self._sink.close()


class SpooledArticles(Sequence[Article]):
    """Articles whose texts are read back from the spool when an article or a slice of them is asked
    for: `articles[i]` (text-less metadata) is the article at `positions[i]` of the spooled order."""

    def __init__(self, spool: TextSpool, articles: Sequence[Article], positions: Sequence[int]):
        if len(articles) != len(positions):
            raise ValueError("one position per article")
        self.spool, self.articles, self.positions = spool, articles, positions

    def __len__(self) -> int:
        return len(self.positions)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._whole(i) for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return self._whole(index)

    def __iter__(self) -> Iterator[Article]:
        return (self._whole(i) for i in range(len(self)))

    def __reduce__(self):
        # pickled or copied (an engine shipping its whole input elsewhere), it is the plain list of whole
        # articles: the spool's file and open reader do not travel
        return list, (list(self),)

    def _whole(self, i: int) -> Article:
        return dataclasses.replace(self.articles[i], text=self.spool.text(self.positions[i]))


def write_articles(spool: TextSpool, articles: Sequence[Article], positions: Sequence[int], path: Path) -> int:
    """Write `articles.parquet`: `articles` (text-less, at `positions` of the spooled order, in order), their
    texts read back from the spool, in row groups of WRITE_ARTICLES. Returns the rows written."""
    whole = SpooledArticles(spool, articles, positions)
    with pq.ParquetWriter(path, schema_for(Article), compression="zstd") as writer:
        for start in range(0, len(whole), WRITE_ARTICLES):
            writer.write_table(records_table(whole[start : start + WRITE_ARTICLES], Article))
        if not len(whole):
            writer.write_table(records_table([], Article))
    return len(whole)

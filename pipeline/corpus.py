"""Corpus-level stages: they need every article's results, so they run after the per-article pass.

They read the per-article results from Parquet parts (pipeline/parts.py), one part at a time, and write
the final per-article datasets as they go: no stage holds every article's entities, places or quotes.
What is held for the whole corpus is what the stages genuinely aggregate: the count of each distinct
name (names). Incidents are grouped on disk (pipeline/corpus_incidents.py), and the speaker network is
aggregated by DuckDB over the quote and entity datasets just written (pipeline/network.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .corpus_incidents import (
    FIGURES_FILE,
    IncidentGrouping,
    corpus_connection,
    figures_with_grouping_columns,
    parquet_sql,
    with_memory_steps,
)
from .datasets import records_table, schema_for
from .entities import corpus_canonicals
from .network import speaker_network_tables
from .parts import PART_TABLES, iter_part_tables, part_folders, read_part_table
from .records import Article, Incident

NETWORK_TABLES = ("speaker_nodes.parquet", "speaker_edges.parquet")


@dataclass(slots=True)
class CorpusResult:
    rows: dict[str, int]  # dataset file name -> rows written by the corpus stages
    extra_tables: dict[str, pa.Table] = field(default_factory=dict)  # incidents and the speaker network


def name_counts(entity_tables: Iterable[pa.Table]) -> list[tuple[str, bool, int]]:
    """(article-level canonical, is a PERSON, mentions) in first-seen order over the corpus's entities."""
    counts: Counter = Counter()  # keeps first-seen order across parts
    for table in entity_tables:
        frame = table.select(["canonical", "label"]).to_pandas()
        frame["is_person"] = frame["label"] == "PERSON"
        for (canonical, is_person), n in frame.groupby(["canonical", "is_person"], sort=False).size().items():
            counts[(canonical, bool(is_person))] += int(n)
    return [(canonical, is_person, n) for (canonical, is_person), n in counts.items()]


def renamed_entities(entities: pa.Table, names: dict[tuple[str, bool], str]) -> tuple[pa.Table, dict]:
    """The entities with corpus canonicals, and (article_id, article-level canonical) -> corpus canonical
    for the names the corpus stage changed (the last mention wins, as it always has)."""
    old = entities.column("canonical").to_pylist()
    labels = entities.column("label").to_pylist()
    new = [names[(canonical, label == "PERSON")] for canonical, label in zip(old, labels, strict=True)]
    renamed = {
        (article_id, before): after
        for article_id, before, after in zip(entities.column("article_id").to_pylist(), old, new, strict=True)
        if before != after
    }
    index = entities.schema.get_field_index("canonical")
    return entities.set_column(index, "canonical", pa.array(new, pa.string())), renamed


def renamed_column(table: pa.Table, column: str, renamed: dict[tuple[str, str], str]) -> pa.Table:
    """`table` with its name column (speaker, attributed_to) following the corpus renaming of its article."""
    if not renamed:
        return table
    values = [
        renamed.get((article_id, value), value) if value else value
        for article_id, value in zip(table.column("article_id").to_pylist(), table.column(column).to_pylist(), strict=True)
    ]
    return table.set_column(table.schema.get_field_index(column), column, pa.array(values, pa.string()))


class DatasetWriters:
    """One Parquet writer per per-article dataset in the staging folder, fed part by part."""

    def __init__(self, folder: Path):
        self.rows = dict.fromkeys(PART_TABLES, 0)
        self._writers = {
            name: pq.ParquetWriter(folder / name, schema_for(record_type), compression="zstd")
            for name, (_, record_type) in PART_TABLES.items()
        }

    def write(self, name: str, table: pa.Table) -> None:
        if table.num_rows:
            self._writers[name].write_table(table.cast(self._writers[name].schema))
            self.rows[name] += table.num_rows

    def close(self) -> None:
        for writer in self._writers.values():
            writer.close()


def corpus_stages(articles: list[Article], parts: Path, staging: Path) -> CorpusResult:
    """Corpus names, incidents and the speaker network over the parts in `parts`.

    Writes entities, locations, quotes and casualties (with corpus names and incident ids) into
    `staging`, in part order, and returns the rows written and the incident and network tables.
    """
    # One name per real entity across the corpus: decided on the count of each distinct name.
    names = corpus_canonicals(name_counts(iter_part_tables(parts, "entities.parquet")))

    # Part by part: corpus names on entities, and speakers and sources following the same renaming.
    writers = DatasetWriters(staging)
    folders = part_folders(parts)
    try:
        for index, folder in enumerate(folders):
            entities, renamed = renamed_entities(read_part_table(folder, "entities.parquet"), names)
            quotes = renamed_column(read_part_table(folder, "quotes.parquet"), "speaker", renamed)
            casualties = renamed_column(read_part_table(folder, "casualties.parquet"), "attributed_to", renamed)
            writers.write("entities.parquet", entities)
            writers.write("locations.parquet", read_part_table(folder, "locations.parquet"))
            writers.write("quotes.parquet", quotes)
            pq.write_table(figures_with_grouping_columns(casualties, index), folder / FIGURES_FILE)

        # Figures that report the same event, across articles and outlets, become one incident.
        article_meta = {a.article_id: (a.outlet, a.published) for a in articles}
        grouping = IncidentGrouping([folder / FIGURES_FILE for folder in folders], parts)
        try:
            grouping.assign()
            part_figures = (pq.read_table(folder / FIGURES_FILE) for folder in folders)
            for figures in grouping.figures(part_figures):
                writers.write("casualties.parquet", figures)
            incidents_written = write_incidents(grouping.incidents(article_meta), staging / "incidents.parquet")
        finally:
            grouping.close()
    finally:
        writers.close()

    # The speaker network the app filters by outlet and date, over the quotes and entities just written.
    network = speaker_network_of_datasets(articles, staging, parts)
    return CorpusResult(writers.rows | {"incidents.parquet": incidents_written}, dict(zip(NETWORK_TABLES, network, strict=True)))


def speaker_network_of_datasets(articles: list[Article], staging: Path, workdir: Path) -> tuple[pa.Table, pa.Table]:
    """(nodes, edges) of the speaker network, aggregated by DuckDB over `staging`'s quotes.parquet and
    entities.parquet (the quotes in the order written: `file_row_number`), spilling to `workdir`."""
    outlets = pa.table({
        "article_id": pa.array([a.article_id for a in articles], pa.string()),
        "outlet": pa.array([a.outlet for a in articles], pa.string()),
    })
    con = corpus_connection(workdir)
    try:
        con.register("network_articles", outlets)
        quotes = f"(SELECT *, file_row_number AS ord FROM {parquet_sql(staging / 'quotes.parquet', row_numbers=True)})"
        entities = parquet_sql(staging / "entities.parquet")
        # the network replaces its temporary tables, so a run that ran out of memory can repeat
        return with_memory_steps(con, lambda: speaker_network_tables(con, quotes, entities, "network_articles"))
    finally:
        con.close()


def write_incidents(incidents: Iterable[Incident], path: Path, batch: int = 4096) -> int:
    """Write incidents as they come, `batch` at a time; returns how many were written."""
    n = 0
    with pq.ParquetWriter(path, schema_for(Incident), compression="zstd") as writer:
        chunk: list[Incident] = []
        for incident in incidents:
            chunk.append(incident)
            if len(chunk) == batch:
                writer.write_table(records_table(chunk, Incident))
                n, chunk = n + len(chunk), []
        if chunk:
            writer.write_table(records_table(chunk, Incident))
            n += len(chunk)
    return n

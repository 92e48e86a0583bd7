"""The Parquet datasets: file names, Arrow schemas derived from the records, reading and writing."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .records import Article, CasualtyFigure, EntityMention, Incident, PlaceMention, Quote, Rejection, as_row

# File name -> record type: the public dataset contract (users' notebooks open these names).
DATASETS: dict[str, type] = {
    "articles.parquet": Article,
    "rejected.parquet": Rejection,
    "entities.parquet": EntityMention,
    "locations.parquet": PlaceMention,
    "casualties.parquet": CasualtyFigure,
    "incidents.parquet": Incident,
    "quotes.parquet": Quote,
}
PER_ARTICLE_DATASETS = ("entities.parquet", "locations.parquet", "casualties.parquet", "quotes.parquet")

_ARROW_TYPES = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32()}


def _arrow_type(hint: object) -> pa.DataType:
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return _arrow_type(args[0])
    if typing.get_origin(hint) is tuple:
        return pa.list_(_arrow_type(args[0]))
    return _ARROW_TYPES[hint]


def schema_for(record_type: type) -> pa.Schema:
    """The Arrow schema of a record type: one column per dataclass field, in field order."""
    hints = typing.get_type_hints(record_type)
    return pa.schema([pa.field(f.name, _arrow_type(hints[f.name])) for f in dataclasses.fields(record_type)])


def records_table(records: list, record_type: type) -> pa.Table:
    return pa.Table.from_pylist([as_row(r) for r in records], schema=schema_for(record_type))


def write_table(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path, compression="zstd")


def read_table(path: Path, record_type: type | None = None) -> pa.Table:
    table = pq.read_table(path)
    return table.cast(schema_for(record_type)) if record_type is not None else table


def table_records(table: pa.Table, record_type: type) -> list:
    """Records back from a table (used to reuse cached per-article results)."""
    names = {f.name for f in dataclasses.fields(record_type)}
    tuple_fields = {n for n, h in typing.get_type_hints(record_type).items() if typing.get_origin(h) is tuple}
    records = []
    for row in table.to_pylist():
        values = {k: (tuple(v) if k in tuple_fields and v is not None else v) for k, v in row.items() if k in names}
        records.append(record_type(**values))
    return records

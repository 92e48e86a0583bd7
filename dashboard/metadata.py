"""Extra input columns (articles.parquet `metadata`, a JSON object of strings) as sidebar filter choices."""

from __future__ import annotations

import json
from collections.abc import Callable

import pandas as pd

from . import filters as flt

# An extra input column is offered as a filter when it holds few distinct values (labels, categories,
# languages); a column of free text or ids is metadata to read, not to filter by.
MAX_METADATA_VALUES = 30


def json_path(column: str) -> str:
    """The JSON path of a metadata column in DuckDB's syntax, quoted: '$."labels"'."""
    return '$."' + column.replace("\\", "\\\\").replace('"', '\\"') + '"'


def metadata_options(query: Callable[[str], pd.DataFrame]) -> list[str]:
    """"column = value" choices for the extra input columns (the `metadata` JSON of articles.parquet)
    with at most MAX_METADATA_VALUES distinct values, ordered by column then value. `query` runs SQL on
    the store (its `meta` table holds one row per article)."""
    rows = query("SELECT metadata FROM meta WHERE metadata IS NOT NULL")["metadata"]
    values: dict[str, set[str]] = {}
    for text in rows:
        try:
            found = json.loads(text)
        except (TypeError, ValueError):
            continue  # a hand-made dataset's broken metadata: nothing to offer from it
        for column, value in found.items() if isinstance(found, dict) else ():
            if value is not None:
                values.setdefault(str(column), set()).add(str(value))
    choices = []
    for column in sorted(values):
        if len(values[column]) <= MAX_METADATA_VALUES:
            choices += [flt.metadata_choice(column, v) for v in sorted(values[column])]
    return choices

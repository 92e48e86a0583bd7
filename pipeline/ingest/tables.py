"""Tables of articles: CSV (any of , ; tab |), JSONL and JSON files, their columns mapped to our fields.

Every row, line or list item becomes one RawDocument or one Rejection; a file holding none becomes a
file-level Rejection.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from ..listed_dates import column_day_first
from ..markup_text import strip_markup
from ..records import Rejection
from .decoding import file_lines, read_file_text, read_text
from .documents import RawDocument, os_reason, printable, rejected, valid_unicode

# Common column names of news datasets, by the field they hold (first match wins).
COLUMN_ALIASES = {
    "title": ("title", "article_title", "headline", "heading"),
    "text": ("content", "article_content", "text", "body", "article_text", "article", "full_text"),
    "outlet": ("source", "outlet", "publisher", "site", "source_name", "media"),
    "date": ("date", "published", "published_at", "publication_date", "pub_date", "datetime"),
    "id": ("id", "unit_id", "article_id", "doc_id", "guid", "source_id"),
    "location": ("location", "place", "city"),
    "url": ("url", "link", "source_url", "article_url", "canonical_url", "permalink"),
}

CSV_DELIMITERS = ",;\t|"
SNIFF_CHARS = 2048  # csv.Sniffer is quadratic in its sample on quote-heavy text; the header is what counts


def pick_columns(fieldnames: Iterable[str]) -> dict[str, str]:
    """Map our field names (title, text, outlet, date, id, location, url) to the input's column names."""
    by_lower = {name.strip().lower(): name for name in fieldnames if isinstance(name, str) and name}
    mapping: dict[str, str] = {}
    for field, aliases in COLUMN_ALIASES.items():
        for alias in aliases:
            if alias in by_lower:
                mapping[field] = by_lower[alias]
                break
    return mapping


def field_line(raw: object) -> str | None:
    """A one-line field (title, outlet, date, id, location) as text: markup out, lists joined; None if empty."""
    if isinstance(raw, list):
        raw = " ".join(str(part) for part in raw if isinstance(part, str | int | float))
    if raw is None or isinstance(raw, dict):
        return None
    text = valid_unicode(str(raw))
    plain = strip_markup(text)
    text = " ".join(plain.split()) if plain != text else text.strip()
    return text or None


def field_text(raw: object) -> str | None:
    """An article text field as text: a list of paragraphs joined, markup out; None for an object."""
    if raw is None:
        return ""
    if isinstance(raw, list) and all(isinstance(part, str | int | float) for part in raw):
        raw = "\n\n".join(str(part) for part in raw)
    if isinstance(raw, dict | list):
        return None
    return strip_markup(valid_unicode(str(raw)))


def document_from_record(
    record: dict, columns: dict[str, str], *, source: str, default_id: str
) -> RawDocument | Rejection:
    def value(field: str) -> str | None:
        return field_line(record.get(columns[field])) if field in columns else None

    text = field_text(record.get(columns["text"]))
    if text is None:
        kind = type(record.get(columns["text"])).__name__
        return rejected(source, "malformed_text", f"the text field holds a JSON {kind}, not text or paragraphs")
    return RawDocument(
        source=source,
        source_id=value("id") or default_id,
        text=text,
        title=value("title"),
        outlet=value("outlet"),
        listed_date=value("date"),
        listed_location=value("location"),
        url=value("url"),
        extra=extra_columns(record, columns),
    )


MAX_EXTRA_COLUMNS = 50  # a row with more unmapped columns keeps the first 50: metadata, not a second table
MAX_EXTRA_VALUE_CHARS = 1000


def extra_columns(record: dict, columns: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The record's columns that no field takes (FA-KES "labels"), as (column, one-line value) pairs.

    Empty values are left out; a nested value is written as JSON; a value is cut to 1,000 characters.
    These become the article's metadata.
    """
    taken = set(columns.values())
    extra = []
    for name, raw in record.items():
        if not isinstance(name, str) or not name.strip() or name in taken:
            continue
        structured = isinstance(raw, dict) or (isinstance(raw, list) and any(isinstance(x, dict | list) for x in raw))
        # A nested value ({"k": "v"}) is kept as its JSON text rather than dropped.
        value = json.dumps(raw, ensure_ascii=False, sort_keys=True) if structured and raw else field_line(raw)
        if value is not None:
            extra.append((printable(name.strip(), limit=100), value[:MAX_EXTRA_VALUE_CHARS]))
        if len(extra) == MAX_EXTRA_COLUMNS:
            break
    return tuple(extra)


def header_fields(sample: str, delimiter: str) -> list[str]:
    """The first CSV record of the sample, split on the delimiter."""
    try:
        return next(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter), [])
    except csv.Error:
        return []


def csv_delimiter(text: str) -> str:
    """The delimiter (, ; tab |) under which the header names the most known columns; Sniffer's guess on a tie.

    Sniffer alone is easily misled by a text column full of commas or semicolons; the header is not.
    Reads the first SNIFF_CHARS characters of `text` (the opening of a file is enough).
    """
    sample = text[:SNIFF_CHARS]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS).delimiter
    except csv.Error:
        sniffed = ","
    candidates = [sniffed, *(d for d in CSV_DELIMITERS if d != sniffed)]
    return max(candidates, key=lambda d: len(pick_columns(header_fields(sample, d))))


def csv_records(reader: csv.DictReader) -> Iterator[dict | csv.Error]:
    """Every record of a CSV reader; a record that cannot be parsed as its error, and reading goes on."""
    while True:
        line = reader.line_num
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield error
            if reader.line_num == line:  # nothing consumed: going on would loop
                return


def opening(lines: Iterable[str], n: int) -> str:
    """The first `n` characters of the text these lines make (all of it when shorter)."""
    head, length = [], 0
    for line in lines:
        if length >= n:
            break
        head.append(line)
        length += len(line)
    return "".join(head)[:n]


def date_column_order(lines: Iterable[str], dialect: object, date_column: str | None) -> bool | None:
    """Whether the CSV's date column writes day first, from all its values (`column_day_first`).

    A second, cheap pass over the lines: the order must be known before the first row is read.
    """
    if date_column is None:
        return None
    reader = csv.DictReader(lines, dialect=dialect)
    values = (record.get(date_column) for record in csv_records(reader) if isinstance(record, dict))
    return column_day_first(values)


def read_csv(path: Path) -> Iterator[RawDocument | Rejection]:
    """One RawDocument or Rejection per CSV row (any of , ; tab | delimiters); a file-level Rejection if none."""
    where = printable(str(path))
    lines = file_lines(path)  # read a line at a time, never whole
    if isinstance(lines, Rejection):
        yield lines
        return
    try:
        yield from _csv_rows(path, where, lines)
    except OSError as error:  # the file became unreadable part way: its remaining rows are rejected with it
        yield rejected(path, "unreadable", f"cannot read file: {os_reason(error)}")


def _csv_rows(path: Path, where: str, lines: Callable[[], Iterator[str]]) -> Iterator[RawDocument | Rejection]:
    """`read_csv`'s rows, from `lines()` (called once per pass over the file)."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.DictReader(lines(), delimiter=csv_delimiter(opening(lines(), SNIFF_CHARS)))
    try:
        fieldnames = [name for name in reader.fieldnames or [] if name]
    except csv.Error as error:
        yield rejected(path, "malformed_csv", f"cannot parse CSV header: {error}")
        return
    if not fieldnames:
        yield rejected(path, "empty", "file holds no CSV header and no rows")
        return
    columns = pick_columns(fieldnames)
    day_first = date_column_order(lines(), reader.reader.dialect, columns.get("date"))
    missing_text = (
        f"no text column (looked for {'/'.join(COLUMN_ALIASES['text'])}; found {', '.join(fieldnames)})"
    )
    stem = printable(path.stem)
    n_rows = 0
    for n, record in enumerate(csv_records(reader), start=2):  # row 1 is the header
        n_rows += 1
        if isinstance(record, csv.Error):
            yield rejected(f"{where}:row {n}", "malformed_csv", f"CSV parse error: {record}")
        elif "text" not in columns:
            yield rejected(f"{where}:row {n}", "no_text_column", missing_text)
        else:
            doc = document_from_record(record, columns, source=f"{where}:row {n}", default_id=f"{stem}-{n}")
            yield replace(doc, day_first=day_first) if isinstance(doc, RawDocument) and day_first is not None else doc
    if n_rows == 0:
        yield rejected(path, "empty", "CSV has a header but no rows")


def records_from_json(data: object) -> list | None:
    """The items of a JSON value that should be articles: an object, a list, or {"articles": [...]}."""
    if isinstance(data, dict):
        for key in ("articles", "data", "items", "results"):
            if isinstance(data.get(key), list):
                return data[key]
        return [data]
    if isinstance(data, list):
        return data
    return None


JSON_TYPE_NAMES = {
    str: "string", int: "number", float: "number", bool: "boolean",
    list: "list", type(None): "null",
}


def documents_from_records(records: list, *, source: str, stem: str) -> Iterator[RawDocument | Rejection]:
    """One RawDocument or Rejection per item: an item that is not an object is rejected, not dropped."""
    for n, record in enumerate(records, start=1):
        where = source if len(records) == 1 else f"{source}:item {n}"
        if not isinstance(record, dict):
            kind = JSON_TYPE_NAMES.get(type(record), type(record).__name__)
            yield rejected(where, "not_an_object", f"JSON {kind}, not an article object")
            continue
        columns = pick_columns(record.keys())
        if "text" not in columns:
            yield rejected(where, "no_text_field", "JSON object has no text field (content/text/body/...)")
            continue
        default_id = stem if len(records) == 1 else f"{stem}-{n}"
        yield document_from_record(record, columns, source=where, default_id=default_id)


def read_jsonl(path: Path) -> Iterator[RawDocument | Rejection]:
    """One RawDocument or Rejection per non-blank line; a file-level Rejection if there is none."""
    where = printable(str(path))
    text = read_text(path)
    if isinstance(text, Rejection):
        yield text
        return
    n_items = 0
    # Lines end at "\n" only: str.splitlines would also split inside strings at U+2028, U+0085, ...
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        n_items += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield rejected(f"{where}:line {n}", "malformed_json", f"malformed JSON: {error.msg}")
            continue
        except RecursionError:
            yield rejected(f"{where}:line {n}", "malformed_json", "JSON nested too deeply")
            continue
        if not isinstance(record, dict):
            yield rejected(f"{where}:line {n}", "malformed_json", "line is not a JSON object")
            continue
        yield from documents_from_records([record], source=f"{where}:line {n}", stem=f"{printable(path.stem)}-{n}")
    if n_items == 0:
        yield rejected(path, "empty", "file holds no JSON lines")


def read_json_file(path: Path) -> Iterator[RawDocument | Rejection]:
    text = read_file_text(path)
    if isinstance(text, Rejection):
        yield text
        return
    if not text.strip():
        yield rejected(path, "empty", "file is empty")
        return
    try:
        records = records_from_json(json.loads(text))
    except json.JSONDecodeError as error:
        yield rejected(path, "malformed_json", f"malformed JSON: {error.msg} (line {error.lineno})")
        return
    except RecursionError:
        yield rejected(path, "malformed_json", "JSON nested too deeply")
        return
    if records is None:
        yield rejected(path, "no_text_field", "JSON holds no article objects")
        return
    if not records:
        yield rejected(path, "empty", "JSON holds an empty list of articles")
        return
    yield from documents_from_records(records, source=printable(str(path)), stem=printable(path.stem))

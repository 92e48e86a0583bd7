"""Reading inputs: folders of .txt/.md/.html/.json files, CSV and JSONL files, into articles or rejections.

Readers yield `RawDocument`s (what a file or row holds, uncleaned) or `Rejection`s (what could not be
read, and why). `to_article` turns a RawDocument into a cleaned `Article`, or a Rejection. Nothing is
dropped silently: every input item (a file, a CSV row, a JSONL line, a JSON list item, and whatever a
folder holds that is not read: hidden files, broken links, pipes) ends up as one or the other, and no
bad file makes a reader raise.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from .clean import (
    clean_text,
    drop_html_comments,
    escape_stray_brackets,
    normalise_unicode,
    split_scraped_text,
    strip_markup,
)
from .dates import credited_dateline, opening_dateline, parse_date_text, parse_listed_date
from .language import is_english
from .outlets import UNKNOWN_OUTLET, outlet_registry
from .records import Article, Rejection

ARTICLE_FILE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".json"}
TABLE_FILE_SUFFIXES = {".csv", ".jsonl", ".ndjson"}
METADATA_FILE_NAME = "metadata.csv"  # optional sidecar in a folder: dates/outlets/titles for its files

MAX_ARTICLE_FILE_BYTES = 5 * 1024 * 1024
MAX_RAW_ARTICLE_CHARS = MAX_ARTICLE_FILE_BYTES  # before cleaning: a table cell has no file size limit
MAX_ARTICLE_CHARS = 400_000
# The longest run of text without a sentence end or paragraph break the parser is given: spaCy parses a
# sentence-less run as one sentence, and time goes up with its length (60 KB: minutes).
MAX_UNBROKEN_CHARS = 20_000
MIN_ARTICLE_WORDS = 8

# Common column names of news datasets, by the field they hold (first match wins).
COLUMN_ALIASES = {
    "title": ("title", "article_title", "headline", "heading"),
    "text": ("content", "article_content", "text", "body", "article_text", "article", "full_text"),
    "outlet": ("source", "outlet", "publisher", "site", "source_name", "media"),
    "date": ("date", "published", "published_at", "publication_date", "pub_date", "datetime"),
    "id": ("id", "unit_id", "article_id", "doc_id", "guid", "source_id"),
    "location": ("location", "place", "city"),
}


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One article as an input holds it, before cleaning."""

    source: str  # file path, plus ":row N" / ":line N" for tables
    source_id: str  # file stem, or the table's id column
    text: str
    scraped_page: bool = False  # plain text with a site header and comments around the article
    title: str | None = None
    outlet: str | None = None
    listed_date: object = None  # a date column's raw value
    own_date: date | None = None  # a date the page itself states (HTML metadata): counts as a dateline
    listed_location: str | None = None


# ---------------------------------------------------------------------------------------------- reading

# Byte signatures of files people save under a text suffix, and what to tell them. Decided before any
# decoding, so a compressed or zipped file is one rejection, never a rejection per garbage line.
MAGIC_BYTES = (
    (b"\x1f\x8b", "gzip-compressed; decompress first"),
    (b"PK\x03\x04", "a zip archive (an .xlsx, .docx or .zip?); export it as CSV or text first"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\xfd7zXZ\x00", "xz-compressed; decompress first"),
    (b"(\xb5/\xfd", "zstd-compressed; decompress first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; extract it first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.xls or .doc); export it as CSV or text first"),
    (b"%PDF-", "a PDF; export its text first"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)
BZIP2_MAGIC = re.compile(rb"BZh[1-9]1AY&SY")

# Byte-order marks, longest first: a UTF-32-LE mark starts with the UTF-16-LE one.
BYTE_ORDER_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

CSV_DELIMITERS = ",;\t|"
SNIFF_CHARS = 2048  # csv.Sniffer is quadratic in its sample on quote-heavy text; the header is what counts
MAX_DETAIL_CHARS = 200


def printable(text: str, *, limit: int | None = None) -> str:
    """Text safe to print on one line: control characters and undecodable bytes of file names escaped."""
    if not text.isprintable():
        text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def valid_unicode(text: str) -> str:
    """Text that can be written as UTF-8: lone surrogates (JSON "\\ud800" escapes) become U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return text


def rejected(source: str | Path, reason: str, detail: str) -> Rejection:
    """A Rejection whose source and detail print safely, whatever file names and contents held."""
    return Rejection(printable(str(source)), reason, printable(detail, limit=MAX_DETAIL_CHARS))


def os_reason(error: OSError) -> str:
    """What went wrong, without the path (which may not print)."""
    return error.strerror or type(error).__name__


def byte_order_mark(data: bytes) -> tuple[str | None, bytes]:
    """The encoding a byte-order mark names, and the bytes after it."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return encoding, data[len(mark) :]
    return None, data


def decode_line(line: bytes) -> str:
    """One line's text: UTF-8, else Windows-1252, else Latin-1 (which decodes any byte)."""
    for encoding in ("utf-8", "cp1252"):
        try:
            return line.decode(encoding)
        except UnicodeDecodeError:
            continue
    return line.decode("latin-1")


def decode_bytes(data: bytes) -> str:
    """Text from bytes: by the byte-order mark if there is one, else UTF-8 line by line.

    Only lines that are not UTF-8 fall back to Windows-1252/Latin-1, so one stray byte cannot turn every
    curly quote of a UTF-8 file into mojibake.
    """
    encoding, body = byte_order_mark(data)
    if encoding and encoding != "utf-8":
        return body.decode(encoding, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return "".join(decode_line(line) for line in body.splitlines(keepends=True))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control bytes in the opening: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(b < 9 or 13 < b < 32 for b in head)
    return bool(head) and controls / len(head) > 0.05


def binary_kind(data: bytes) -> str | None:
    """Why the bytes are not text (a compressed file, an archive, an image, ...), or None for text."""
    encoding, _ = byte_order_mark(data)
    if encoding and encoding != "utf-8":
        return None  # UTF-16/32 text is full of NUL bytes
    for magic, what in MAGIC_BYTES:
        if data.startswith(magic):
            return what
    if BZIP2_MAGIC.match(data):
        return "bzip2-compressed; decompress first"
    return "file is binary, not text" if looks_binary(data) else None


def read_text(path: Path, *, max_bytes: int | None = None) -> str | Rejection:
    """A file's text, or why it cannot be read: too large, unreadable, compressed or binary."""
    try:
        if max_bytes is not None and (size := path.stat().st_size) > max_bytes:
            return rejected(path, "too_large", f"file is {size:,} bytes; the limit is {max_bytes:,}")
        data = path.read_bytes()
    except OSError as error:
        return rejected(path, "unreadable", f"cannot read file: {os_reason(error)}")
    what = binary_kind(data)
    return rejected(path, "binary", what) if what else decode_bytes(data)


def read_file_text(path: Path) -> str | Rejection:
    """An article file's text, within the article file size limit."""
    return read_text(path, max_bytes=MAX_ARTICLE_FILE_BYTES)


def pick_columns(fieldnames: Iterable[str]) -> dict[str, str]:
    """Map our field names (title, text, outlet, date, id, location) to the input's column names."""
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
    )


def header_fields(sample: str, delimiter: str) -> list[str]:
    """The first CSV record of the sample, split on the delimiter."""
    try:
        return next(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter), [])
    except csv.Error:
        return []


def csv_delimiter(text: str) -> str:
    """The delimiter (, ; tab |) under which the header names the most known columns; Sniffer's guess on a tie.

    Sniffer alone is easily misled by a text column full of commas or semicolons; the header is not.
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


def read_csv(path: Path) -> Iterator[RawDocument | Rejection]:
    """One RawDocument or Rejection per CSV row (any of , ; tab | delimiters); a file-level Rejection if none."""
    where = printable(str(path))
    text = read_text(path)
    if isinstance(text, Rejection):
        yield text
        return
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=csv_delimiter(text))
    try:
        fieldnames = [name for name in reader.fieldnames or [] if name]
    except csv.Error as error:
        yield rejected(path, "malformed_csv", f"cannot parse CSV header: {error}")
        return
    if not fieldnames:
        yield rejected(path, "empty", "file holds no CSV header and no rows")
        return
    columns = pick_columns(fieldnames)
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
            yield document_from_record(record, columns, source=f"{where}:row {n}", default_id=f"{stem}-{n}")
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


class _ArticleHTMLParser(HTMLParser):
    """Collects an HTML page's headline, paragraphs and publication metadata, skipping page chrome."""

    SKIP = frozenset({"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "figure", "figcaption", "svg", "button"})
    BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre", "td", "div", "section", "article", "br"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.in_title = self.in_h1 = False
        self.page_title = self.h1 = ""
        self.meta: dict[str, str] = {}
        self.time_datetime: str | None = None
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if tag in self.SKIP:
            self.skip_depth += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or "").lower()
            if key:
                self.meta[key] = attrs.get("content", "")
        elif tag == "time" and attrs.get("datetime") and not self.time_datetime:
            self.time_datetime = attrs["datetime"]
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip_depth:
            self.skip_depth -= 1
        elif tag == "title":
            self.in_title = False
        elif tag == "h1":
            self.in_h1 = False
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if self.in_title:
            self.page_title += data
        elif self.skip_depth:
            return
        elif self.in_h1:
            self.h1 += data
        else:
            self.parts.append(data)


def read_html_file(path: Path) -> Iterator[RawDocument | Rejection]:
    text = read_file_text(path)
    if isinstance(text, Rejection):
        yield text
        return
    parser = _ArticleHTMLParser()
    try:
        # Comments out and stray "<" escaped first: html.parser is quadratic on unclosed tags.
        parser.feed(escape_stray_brackets(drop_html_comments(text)))
        parser.close()
    except Exception as error:  # html.parser is lenient; anything it still raises is a bad page
        yield rejected(path, "malformed_html", f"cannot parse HTML: {error}")
        return
    meta = parser.meta
    published = meta.get("article:published_time") or meta.get("date") or parser.time_datetime
    yield RawDocument(
        source=printable(str(path)),
        source_id=printable(path.stem),
        text=re.sub(r"\n{3,}", "\n\n", "".join(parser.parts)),
        title=field_line(parser.h1 or meta.get("og:title") or parser.page_title),
        outlet=field_line(meta.get("og:site_name")),
        own_date=parse_listed_date(published) if published else None,
    )


# ---------------------------------------------------------------------------------------------- folders

Sidecar = dict[str, dict[str, str]]  # metadata.csv rows by file stem


def read_metadata(path: Path) -> Sidecar | Rejection:
    """A metadata.csv's rows by file stem (columns: file or id, and any of title/outlet/date/location)."""
    text = read_text(path)
    if isinstance(text, Rejection):
        return text
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=csv_delimiter(text))
        fieldnames = reader.fieldnames or []
        key = next((c for c in ("file", "source_id", "id", "filename") if c in fieldnames), None)
        if key is None:
            found = ", ".join(f for f in fieldnames if f) or "none"
            return rejected(path, "bad_metadata", f"metadata.csv has no file/id column (found {found}); not used")
        return {Path(row[key]).stem: row for row in reader if isinstance(row.get(key), str) and row[key]}
    except csv.Error as error:
        return rejected(path, "bad_metadata", f"cannot parse metadata.csv: {error}; not used")


def with_metadata(doc: RawDocument, row: dict[str, str] | None) -> RawDocument:
    if not row:
        return doc
    columns = pick_columns(row.keys())

    def value(field: str) -> str | None:
        return field_line(row.get(columns[field])) if field in columns else None

    return replace(
        doc,
        title=doc.title or value("title"),
        outlet=doc.outlet or value("outlet"),
        listed_date=doc.listed_date or value("date"),
        listed_location=doc.listed_location or value("location"),
    )


BROKEN_LINKS = {errno.ELOOP: "symbolic link loop", errno.ENOENT: "dangling symbolic link (its target is missing)"}


def skipped_entry(entry: os.DirEntry) -> Rejection | None:
    """Why a folder entry is not read (hidden, a broken or looping link, a link to a folder, a pipe), or None."""
    kind = "folder" if entry.is_dir(follow_symlinks=False) else "file"
    if entry.name.startswith("."):
        return rejected(entry.path, "skipped", f"hidden {kind} (name starts with a dot); not read")
    if entry.is_symlink():
        try:
            target = os.stat(entry.path)
        except OSError as error:
            problem = BROKEN_LINKS.get(error.errno, f"cannot follow link: {os_reason(error)}")
            return rejected(entry.path, "unreadable", problem)
        if stat.S_ISDIR(target.st_mode):
            return rejected(entry.path, "skipped", "link to a folder; not followed (give the folder as an input)")
        kind = "file" if stat.S_ISREG(target.st_mode) else "special"
    elif not entry.is_dir(follow_symlinks=False) and not entry.is_file(follow_symlinks=False):
        kind = "special"
    if kind == "special":
        return rejected(entry.path, "skipped", "not a regular file (a pipe, socket or device); not read")
    return None


def is_sidecar(entry: os.DirEntry) -> bool:
    """A folder's metadata.csv file (a folder of that name is an ordinary folder)."""
    try:
        return entry.name == METADATA_FILE_NAME and entry.is_file()
    except OSError:
        return False


def folder_entries(folder: Path) -> Iterator[tuple[Path, Sidecar | Rejection]]:
    """Every file under a folder with the sidecar metadata that applies to it, and everything skipped.

    A folder's metadata.csv applies to the files beside it and below it (a nearer one wins). Links to
    folders are not followed, so a link loop cannot make the walk endless.
    """
    pending: list[tuple[Path, Sidecar]] = [(folder, {})]
    while pending:
        directory, inherited = pending.pop()
        try:
            with os.scandir(directory) as listing:
                entries = list(listing)
        except OSError as error:
            yield directory, rejected(directory, "unreadable", f"cannot list folder: {os_reason(error)}")
            continue
        sidecar = inherited
        for entry in filter(is_sidecar, entries):
            found = read_metadata(Path(entry.path))
            if isinstance(found, Rejection):
                yield Path(entry.path), found
            else:
                sidecar = {**inherited, **found}
        for entry in entries:
            path = Path(entry.path)
            try:
                skipped = skipped_entry(entry)
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError as error:
                yield path, rejected(path, "unreadable", f"cannot read folder entry: {os_reason(error)}")
                continue
            if skipped:
                yield path, skipped
            elif is_dir:
                pending.append((path, sidecar))
            elif not is_sidecar(entry):
                yield path, sidecar


def read_folder(folder: Path) -> Iterator[RawDocument | Rejection]:
    """Every article file under a folder, in path order; what cannot be read or is skipped, as rejections."""
    for path, found in sorted(folder_entries(folder), key=lambda entry: str(entry[0])):
        if isinstance(found, Rejection):
            yield found
        else:
            yield from read_file(path, found.get(path.stem))


def read_file(path: Path, sidecar_row: dict[str, str] | None = None) -> Iterator[RawDocument | Rejection]:
    """What one file holds, by its suffix; a folder's metadata.csv row fills in its title, outlet and date."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        yield from read_csv(path)
    elif suffix in {".jsonl", ".ndjson"}:
        yield from read_jsonl(path)
    elif suffix in {".txt", ".md"}:
        yield from read_folder_file(path, sidecar_row)
    elif suffix in {".html", ".htm", ".json"}:
        reader = read_html_file if suffix != ".json" else read_json_file
        for item in reader(path):
            yield item if isinstance(item, Rejection) else with_metadata(item, sidecar_row)
    else:
        shown = printable(suffix, limit=20) or "(none)"
        yield rejected(path, "unsupported_type", f"unsupported file type {shown}; skipped")


def read_folder_file(path: Path, sidecar_row: dict[str, str] | None = None) -> Iterator[RawDocument | Rejection]:
    """A .txt/.md file as a scraped page (site header, article, comments), markup stripped."""
    text = read_file_text(path)
    if isinstance(text, Rejection):
        yield text
        return
    doc = RawDocument(printable(str(path)), printable(path.stem), strip_markup(text), scraped_page=True)
    yield with_metadata(doc, sidecar_row)


def read_path(path: Path) -> Iterator[RawDocument | Rejection]:
    """Everything one input path holds: a folder, a .csv, a .jsonl, or a single article file.

    Never raises for a bad file: every item is yielded once, as a RawDocument or a Rejection.
    """
    try:
        is_dir, is_file = path.is_dir(), path.is_file()
    except OSError as error:
        yield rejected(path, "unreadable", f"cannot read path: {os_reason(error)}")
        return
    if is_dir:
        yield from read_folder(path)
    elif is_file:
        yield from read_file(path)
    elif path.is_symlink() or not path.exists():
        yield rejected(path, "unreadable", "no such file (a dangling or looping link?)")
    else:
        yield rejected(path, "skipped", "not a regular file (a pipe, socket or device); not read")


# --------------------------------------------------------------------------------------------- cleaning


def strip_site_suffix(title: str) -> str:
    """A headline without a trailing " | Site Name ..." segment that names a known outlet."""
    segments = [s.strip() for s in title.split(" | ")]
    registry = outlet_registry()
    kept = [s for s in segments if registry.from_header([s]) is None] or segments[:1]
    return " | ".join(kept)


def separate_headline(body: str, title: str) -> str:
    """The body with a headline it opens with set apart as its own paragraph.

    Tables often store the headline again at the start of the text, run into the first sentence
    ("Aleppo bomb blast kills six Syrian state TV A bomb blast killed six ..."); as its own paragraph it
    cannot lend the first sentence its words, figures or sources.
    """
    head = body[: len(title)]
    rest = body[len(title) :]
    if not title or head.lower() != title.lower() or len(rest.split()) < 5 or rest[:1].isalnum():
        return body
    return f"{head.rstrip(' .:-|')}\n\n{rest.lstrip(' .:-|')}"


# Where the parser may start a new sentence: a sentence end (closing quotes or brackets allowed) before
# whitespace, or a line break. Fixed width, so finding them all is linear even in a run of "!!!!".
SENTENCE_BREAK_RE = re.compile(r"[.!?…]['’\"”)\]]{0,2}\s|\n")


def longest_unbroken_run(text: str) -> int:
    """Length of the longest stretch of text without a sentence break."""
    longest = start = 0
    for match in SENTENCE_BREAK_RE.finditer(text):
        longest = max(longest, match.start() - start)
        start = match.end()
    return max(longest, len(text) - start)


def article_id_for(text: str) -> str:
    """Stable id: the same cleaned text always gets the same id, whatever file it came from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def to_article(doc: RawDocument) -> Article | Rejection:
    """A cleaned Article from a raw document, or the Rejection saying why it cannot be one."""
    registry = outlet_registry()
    if len(doc.text) > MAX_RAW_ARTICLE_CHARS:
        limit = f"the limit is {MAX_RAW_ARTICLE_CHARS:,}"
        return Rejection(doc.source, "too_large", f"article text is {len(doc.text):,} characters; {limit}")
    header: tuple[str, ...] = ()
    dateline_text = None
    if doc.scraped_page:
        parts = split_scraped_text(doc.text)
        body, header, dateline_text = parts.body, parts.header, parts.dateline
        title = doc.title or strip_site_suffix(parts.title)
        header = (*header, parts.title)
    else:
        body = clean_text(doc.text)
        title = normalise_unicode(doc.title or "").strip()

    # A dateline opening the text is metadata, not article: keep its date and drop it from the body.
    own_date = doc.own_date or (parse_date_text(dateline_text) if dateline_text else None)
    if own_date is None and (opening := opening_dateline(body)):
        own_date, body = opening.date, body[opening.end :].lstrip(" .,:-|\n")
    elif own_date is None and title and body.startswith(title) and (after := opening_dateline(body[len(title) :])):
        own_date = after.date  # "Headline 6 October 2016 Aleppo SANA ...": the dateline follows the headline
    elif own_date is None and (credited := credited_dateline(body)):
        own_date = credited.date  # "Headline NGO AFP Monday 16 Jun 2014 ...": a wire credit after the headline

    if not doc.scraped_page and title:
        body = separate_headline(body, title)

    if not body.strip():
        return Rejection(doc.source, "empty", "no article text after cleaning")
    if len(body) > MAX_ARTICLE_CHARS:
        return Rejection(doc.source, "too_long", f"article text is {len(body):,} characters; the limit is {MAX_ARTICLE_CHARS:,}")
    if (run := longest_unbroken_run(body)) > MAX_UNBROKEN_CHARS:
        limit = f"the limit is {MAX_UNBROKEN_CHARS:,}"
        return Rejection(doc.source, "unparseable", f"{run:,} characters without a sentence end or paragraph break; {limit}")
    n_words = len(body.split())
    if n_words < MIN_ARTICLE_WORDS:
        return Rejection(doc.source, "too_short", f"only {n_words} words after cleaning (minimum {MIN_ARTICLE_WORDS})")
    if not is_english(body):
        return Rejection(doc.source, "not_english", "text does not read as English")

    listed = parse_listed_date(doc.listed_date)
    outlet = (registry.from_column(doc.outlet) if doc.outlet else None) or registry.from_header(header) or UNKNOWN_OUTLET
    return Article(
        article_id=article_id_for(body),
        source_id=doc.source_id,
        source=doc.source,
        outlet=outlet,
        title=title,
        published=own_date or listed,
        listed_date=listed if (own_date and listed and listed != own_date) else None,
        text=body,
        n_words=n_words,
        listed_location=doc.listed_location,
        date_source="dateline" if own_date else ("column" if listed else None),
    )


def fold_duplicates(articles: Iterable[Article]) -> list[Article]:
    """Exact duplicates (same cleaned text) kept once, first seen, with the others' sources recorded."""
    kept: dict[str, Article] = {}
    for article in articles:
        first = kept.get(article.article_id)
        if first is None:
            kept[article.article_id] = article
        else:
            kept[article.article_id] = replace(first, duplicate_sources=(*first.duplicate_sources, article.source))
    return list(kept.values())

"""Reading inputs: folders of .txt/.md/.html/.json files, CSV and JSONL files, into articles or rejections.

Readers yield `RawDocument`s (what a file or row holds, uncleaned) or `Rejection`s (what could not be
read, and why). `to_article` turns a RawDocument into a cleaned `Article`, or a Rejection. Nothing is
dropped silently: every input ends up as one or the other.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from .clean import clean_text, normalise_unicode, split_scraped_text
from .dates import credited_dateline, opening_dateline, parse_date_text, parse_listed_date
from .language import is_english
from .outlets import UNKNOWN_OUTLET, outlet_registry
from .records import Article, Rejection

ARTICLE_FILE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".json"}
TABLE_FILE_SUFFIXES = {".csv", ".jsonl", ".ndjson"}
METADATA_FILE_NAME = "metadata.csv"  # optional sidecar in a folder: dates/outlets/titles for its files

MAX_ARTICLE_FILE_BYTES = 5 * 1024 * 1024
MAX_ARTICLE_CHARS = 400_000
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


def decode_bytes(data: bytes) -> str:
    """Text from bytes: UTF-8 (with or without BOM), else Windows-1252/Latin-1."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control bytes in the opening: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(b < 9 or 13 < b < 32 for b in head)
    return bool(head) and controls / len(head) > 0.05


def read_file_text(path: Path) -> str | Rejection:
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_FILE_BYTES:
            return Rejection(str(path), "too_large", f"file is {size:,} bytes; the limit is {MAX_ARTICLE_FILE_BYTES:,}")
        data = path.read_bytes()
    except OSError as error:
        return Rejection(str(path), "unreadable", f"cannot read file: {error.strerror or error}")
    if looks_binary(data):
        return Rejection(str(path), "binary", "file is binary, not text")
    return decode_bytes(data)


def pick_columns(fieldnames: Iterable[str]) -> dict[str, str]:
    """Map our field names (title, text, outlet, date, id, location) to the input's column names."""
    by_lower = {name.strip().lower(): name for name in fieldnames if name}
    mapping: dict[str, str] = {}
    for field, aliases in COLUMN_ALIASES.items():
        for alias in aliases:
            if alias in by_lower:
                mapping[field] = by_lower[alias]
                break
    return mapping


def document_from_record(record: dict, columns: dict[str, str], *, source: str, default_id: str) -> RawDocument:
    def value(field: str) -> str | None:
        raw = record.get(columns[field]) if field in columns else None
        text = "" if raw is None else str(raw).strip()
        return text or None

    return RawDocument(
        source=source,
        source_id=value("id") or default_id,
        text=str(record.get(columns["text"]) or ""),
        title=value("title"),
        outlet=value("outlet"),
        listed_date=value("date"),
        listed_location=value("location"),
    )


def read_csv(path: Path) -> Iterator[RawDocument | Rejection]:
    try:
        text = decode_bytes(path.read_bytes())
    except OSError as error:
        yield Rejection(str(path), "unreadable", f"cannot read file: {error.strerror or error}")
        return
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        columns = pick_columns(reader.fieldnames or [])
    except csv.Error as error:
        yield Rejection(str(path), "malformed_csv", f"cannot parse CSV header: {error}")
        return
    if "text" not in columns:
        found = ", ".join(reader.fieldnames or []) or "none"
        wanted = "/".join(COLUMN_ALIASES["text"])
        yield Rejection(str(path), "no_text_column", f"no text column (looked for {wanted}; found {found})")
        return
    try:
        for n, record in enumerate(reader, start=2):  # row 1 is the header
            yield document_from_record(record, columns, source=f"{path}:row {n}", default_id=f"{path.stem}-{n}")
    except csv.Error as error:
        yield Rejection(f"{path}:row {reader.line_num}", "malformed_csv", f"CSV parse error: {error}")


def records_from_json(data: object) -> list[dict] | None:
    """The article objects of a JSON value: an object, a list of objects, or {"articles": [...]}."""
    if isinstance(data, dict):
        for key in ("articles", "data", "items", "results"):
            if isinstance(data.get(key), list):
                return [r for r in data[key] if isinstance(r, dict)]
        return [data]
    if isinstance(data, list):
        return [r for r in data if isinstance(r, dict)]
    return None


def documents_from_records(records: list[dict], *, source: str, stem: str) -> Iterator[RawDocument | Rejection]:
    for n, record in enumerate(records, start=1):
        where = source if len(records) == 1 else f"{source}:item {n}"
        columns = pick_columns(record.keys())
        if "text" not in columns:
            yield Rejection(where, "no_text_field", "JSON object has no text field (content/text/body/...)")
            continue
        default_id = stem if len(records) == 1 else f"{stem}-{n}"
        yield document_from_record(record, columns, source=where, default_id=default_id)


def read_jsonl(path: Path) -> Iterator[RawDocument | Rejection]:
    try:
        lines = decode_bytes(path.read_bytes()).splitlines()
    except OSError as error:
        yield Rejection(str(path), "unreadable", f"cannot read file: {error.strerror or error}")
        return
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Rejection(f"{path}:line {n}", "malformed_json", f"malformed JSON: {error.msg}")
            continue
        if not isinstance(record, dict):
            yield Rejection(f"{path}:line {n}", "malformed_json", "line is not a JSON object")
            continue
        yield from documents_from_records([record], source=f"{path}:line {n}", stem=f"{path.stem}-{n}")


def read_json_file(path: Path) -> Iterator[RawDocument | Rejection]:
    text = read_file_text(path)
    if isinstance(text, Rejection):
        yield text
        return
    try:
        records = records_from_json(json.loads(text))
    except json.JSONDecodeError as error:
        yield Rejection(str(path), "malformed_json", f"malformed JSON: {error.msg} (line {error.lineno})")
        return
    if not records:
        yield Rejection(str(path), "no_text_field", "JSON holds no article objects")
        return
    yield from documents_from_records(records, source=str(path), stem=path.stem)


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
        parser.feed(text)
        parser.close()
    except Exception as error:  # html.parser is lenient; anything it still raises is a bad page
        yield Rejection(str(path), "malformed_html", f"cannot parse HTML: {error}")
        return
    meta = parser.meta
    published = meta.get("article:published_time") or meta.get("date") or parser.time_datetime
    yield RawDocument(
        source=str(path),
        source_id=path.stem,
        text=re.sub(r"\n{3,}", "\n\n", "".join(parser.parts)),
        title=(parser.h1 or meta.get("og:title") or parser.page_title).strip() or None,
        outlet=meta.get("og:site_name") or None,
        own_date=parse_listed_date(published) if published else None,
    )


def read_metadata(folder: Path) -> dict[str, dict[str, str]]:
    """The optional metadata.csv of a folder, by file stem (columns: file or id, and any of title/outlet/date)."""
    path = folder / METADATA_FILE_NAME
    if not path.exists():
        return {}
    reader = csv.DictReader(io.StringIO(decode_bytes(path.read_bytes()), newline=""))
    key = next((c for c in ("file", "source_id", "id", "filename") if c in (reader.fieldnames or [])), None)
    if key is None:
        return {}
    return {Path(row[key]).stem: row for row in reader if row.get(key)}


def with_metadata(doc: RawDocument, row: dict[str, str] | None) -> RawDocument:
    if not row:
        return doc
    columns = pick_columns(row.keys())

    def value(field: str) -> str | None:
        return (row.get(columns[field]) or "").strip() or None if field in columns else None

    return replace(
        doc,
        title=doc.title or value("title"),
        outlet=doc.outlet or value("outlet"),
        listed_date=doc.listed_date or value("date"),
        listed_location=doc.listed_location or value("location"),
    )


def read_folder(folder: Path) -> Iterator[RawDocument | Rejection]:
    metadata = read_metadata(folder)
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        if any(part.startswith(".") for part in path.relative_to(folder).parts) or path.name == METADATA_FILE_NAME:
            continue
        suffix = path.suffix.lower()
        if suffix in TABLE_FILE_SUFFIXES:
            yield from read_path(path)
        elif suffix in {".txt", ".md"}:
            text = read_file_text(path)
            if isinstance(text, Rejection):
                yield text
            else:
                doc = RawDocument(source=str(path), source_id=path.stem, text=text, scraped_page=True)
                yield with_metadata(doc, metadata.get(path.stem))
        elif suffix in {".html", ".htm", ".json"}:
            reader = read_html_file if suffix != ".json" else read_json_file
            for item in reader(path):
                yield item if isinstance(item, Rejection) else with_metadata(item, metadata.get(path.stem))
        else:
            yield Rejection(str(path), "unsupported_type", f"unsupported file type {suffix or '(none)'}")


def read_path(path: Path) -> Iterator[RawDocument | Rejection]:
    """Everything one input path holds: a folder, a .csv, a .jsonl, or a single article file."""
    suffix = path.suffix.lower()
    if path.is_dir():
        yield from read_folder(path)
    elif suffix == ".csv":
        yield from read_csv(path)
    elif suffix in {".jsonl", ".ndjson"}:
        yield from read_jsonl(path)
    elif suffix in {".html", ".htm"}:
        yield from read_html_file(path)
    elif suffix == ".json":
        yield from read_json_file(path)
    elif suffix in {".txt", ".md"}:
        yield from read_folder_file(path)
    else:
        yield Rejection(str(path), "unsupported_type", f"unsupported file type {suffix or '(none)'}")


def read_folder_file(path: Path) -> Iterator[RawDocument | Rejection]:
    text = read_file_text(path)
    yield text if isinstance(text, Rejection) else RawDocument(str(path), path.stem, text, scraped_page=True)


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


def article_id_for(text: str) -> str:
    """Stable id: the same cleaned text always gets the same id, whatever file it came from."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def to_article(doc: RawDocument) -> Article | Rejection:
    """A cleaned Article from a raw document, or the Rejection saying why it cannot be one."""
    registry = outlet_registry()
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
        title=html.unescape(title) if "&" in title else title,
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

"""Input paths: folders walked (with their metadata.csv sidecars), and each file read by its suffix.

Whatever a folder holds that is not read (hidden files, broken or looping links, pipes) is yielded as a
Rejection, so nothing under an input disappears without a reason.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import stat
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from ..markup_text import strip_markup
from ..records import Rejection
from .decoding import read_file_text, read_text
from .documents import RawDocument, os_reason, printable, rejected
from .markup import read_html_file
from .tables import (
    csv_delimiter,
    extra_columns,
    field_line,
    pick_columns,
    read_csv,
    read_json_file,
    read_jsonl,
)

ARTICLE_FILE_SUFFIXES = {".txt", ".md", ".html", ".htm", ".json"}
TABLE_FILE_SUFFIXES = {".csv", ".jsonl", ".ndjson"}
METADATA_FILE_NAME = "metadata.csv"  # optional sidecar in a folder: dates/outlets/titles for its files

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
        url=doc.url or value("url"),
        extra=doc.extra or extra_columns(row, {**columns, "file": next((c for c in ("file", "source_id", "id", "filename") if c in row), "")}),
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

"""What readers yield: a `RawDocument` per article an input holds, or a `Rejection` saying why not.

The helpers here make every rejection printable on one line, whatever bytes a file name or a file held.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..records import Rejection


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
    day_first: bool | None = None  # the date column writes day first (decided from the whole column)
    own_date: date | None = None  # a date the page itself states (HTML metadata): counts as a dateline
    listed_location: str | None = None
    url: str | None = None  # the page's address (a url/link column, metadata.csv, or the HTML's canonical link)
    extra: tuple[tuple[str, str], ...] = ()  # input columns no field takes (FA-KES "labels"): (column, value)
    lead_paragraph: str | None = None  # an HTML story's first <p>: where its text begins, however short


# A rejection's detail may quote a file's contents: cut short so the report stays one line each.
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

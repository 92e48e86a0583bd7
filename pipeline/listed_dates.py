"""Dates given as values rather than printed in a page's prose: a date column's cells (read day or month
first as the whole column writes them), a page's address ("/2016/09/23/") and the address a page prints."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from dateutil import parser as dateutil_parser

from .dates import _to_date, parse_date_text

# A numeric date of a date column: 25/03/2015, 03-25-2015, 25.03.2015 (the year last).
# The year in four digits or two ("25/12/16"): a column of either is read in the order the column writes.
NUMERIC_DATE_RE = re.compile(r"\s*(\d\d?)[/.-](\d\d?)[/.-]((?:19|20)?\d\d)(?:[T ].*)?")


def column_day_first(values: Iterable[object]) -> bool | None:
    """Whether a date column writes day first (25/03/2015), decided from the whole column.

    True when some value can only be day first (its first number is over 12), False when some value
    can only be month first (its second is over 12), None when no value settles it or the column holds
    both (then each value is read month first, as FA-KES writes them).
    """
    day_first = month_first = False
    for value in values:
        if (m := NUMERIC_DATE_RE.fullmatch(str(value or ""))) is None:
            continue
        first, second = int(m.group(1)), int(m.group(2))
        day_first |= first > 12 >= second
        month_first |= second > 12 >= first
    return day_first if day_first != month_first else None


def both_readings(value: object) -> tuple[date, date] | None:
    """(month-first, day-first) readings of an ambiguous numeric date ("03/04/2015": 4 March and
    3 April), or None when the value is not numeric or only one order reads it."""
    m = NUMERIC_DATE_RE.fullmatch(str(value or ""))
    if m is None or m.group(1) == m.group(2) or int(m.group(1)) > 12 or int(m.group(2)) > 12:
        return None
    first, second, year = (int(g) for g in m.groups())
    year += 2000 if year < 100 else 0
    try:
        return date(year, first, second), date(year, second, first)
    except ValueError:
        return None


def parse_listed_date(value: object, day_first: bool | None = None) -> date | None:
    """A date column's value: ISO (2016-12-10), numeric with the year last (month first, as FA-KES,
    unless `day_first` says the column writes day first; a value only one order can read is read so),
    or written out ("10 December 2016"). None when empty or not a date."""
    if value is None:
        return None
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text or text.lower() in {"nan", "none", "null", "nat"}:
        return None
    if m := re.fullmatch(r"((?:19|20)\d\d)-(\d\d?)-(\d\d?)(?:[T ].*)?", text):
        year, month, day = (int(g) for g in m.groups())
    elif NUMERIC_DATE_RE.fullmatch(text):
        try:
            return dateutil_parser.parse(text, dayfirst=bool(day_first), yearfirst=False).date()
        except (ValueError, OverflowError):
            return None
    else:
        return parse_date_text(text)
    try:
        return date(year, month, day)
    except ValueError:
        return None


# A date in a page's address: "/2016/09/23/", "/2016/sep/23/", "/2016-09-23-", "-20150826-", "?date=26-11-2018".
_URL_YEAR = r"(?P<year>(?:199|20[0-3])\d)"
URL_DATE_RES = [
    re.compile(rf"/{_URL_YEAR}[/-](?P<month>[01]\d)[/-](?P<day>[0-3]\d)(?=[/_.-]|$)"),
    re.compile(rf"/{_URL_YEAR}/(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/(?P<day>[0-3]?\d)(?=/|$)", re.I),
    re.compile(rf"(?<![\d])[/_-]{_URL_YEAR}(?P<month>[01]\d)(?P<day>[0-3]\d)(?=[/_.-]|$)"),
    re.compile(r"[?&](?:date|published|pubdate)=(?P<day>[0-3]?\d)-(?P<month>[01]?\d)-(?P<year>(?:19|20)\d\d)(?=&|$)", re.I),
]


def url_date(url: str | None) -> date | None:
    """The publication date a news address spells ("https://example.com/2016/09/23/story" -> 2016-09-23),
    or None. Only whole date segments count: a story id of digits ("/176772/") is no date."""
    if not url:
        return None
    for regex in URL_DATE_RES:
        if (match := regex.search(url)) and (found := _to_date(match)):
            return found
    return None


# A page's own address printed on it: a line that is only the address among its first lines (a browser's
# print header), or one labelled as the page's ("URL: ...", "Permalink: ...", "Source: ...") among its last.
ADDRESS_LINE_RE = re.compile(r"^\s*(?P<url>https?://\S+)\s*$", re.I)
LABELLED_ADDRESS_RE = re.compile(r"^\s*(?:source|url|permalink)\s*:\s*(?P<url>https?://\S+)\s*$", re.I)
ADDRESS_LINES = 3


def printed_address(text: str) -> str | None:
    """The page's own address as the page prints it at its top or labels it at its bottom, or None. A
    bare link at the end is as often one the article points to ("Read the full report:" + link)."""
    lines = [line for line in text.split("\n") if line.strip()]
    for regex, window in ((ADDRESS_LINE_RE, lines[:ADDRESS_LINES]), (LABELLED_ADDRESS_RE, lines[-ADDRESS_LINES:])):
        for line in window:
            if match := regex.match(line):
                return match.group("url")
    return None

"""Outlet names: a small registry of display names, header aliases and dataset codes (data/lexicons/outlets.csv)."""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass

from .paths import LEXICON_DIR

UNKNOWN_OUTLET = "unknown"


@dataclass(frozen=True, slots=True)
class OutletRegistry:
    by_code: dict[str, str]  # lower-case code or display name -> display name
    alias_res: tuple[tuple[re.Pattern[str], str], ...]  # header alias pattern -> display name

    def from_column(self, value: object) -> str | None:
        """Display name for an outlet column's value (a code such as FA-KES "sana", or a name)."""
        text = str(value or "").strip()
        if not text or text.lower() in {"nan", "none", "null"}:
            return None
        return self.by_code.get(text.lower()) or self.by_code.get(_key(text)) or text

    def from_header(self, lines: tuple[str, ...] | list[str]) -> str | None:
        """The outlet named in a scraped page's header lines, if the registry knows it."""
        for line in lines:
            for regex, outlet in self.alias_res:
                if regex.search(line):
                    return outlet
        return None


# The credit of a dateline names whose report the text is. Two constructions:
#   "GENEVA (Reuters) -", "BEIRUT, Nov 25 (Reuters):", "UNITED NATIONS, Sept. 19 (Xinhua) --"
#   "Provinces, SANA-", "STEPANAKERT, FEBRUARY 8, ARTSAKHPRESS:"
_PLACE = r"[A-Z][A-Za-z'.-]*(?:[ /][A-Z][A-Za-z'.-]*){0,3}"
_DATE_PART = r"(?:,\s*[A-Za-z]{3,9}\.?\s+\d{1,2})?"
_DASH = r"\s*(?:--|[-–—:])"
PARENTHESISED_CREDIT_RE = re.compile(rf"(?m)^\s*{_PLACE}{_DATE_PART}\s*\((?P<credit>[A-Z][\w&.' -]{{1,30}}?)\){_DASH}")
TRAILING_CREDIT_RE = re.compile(rf"(?m)^\s*{_PLACE}{_DATE_PART},\s*(?P<credit>[A-Z][A-Za-z0-9]+(?: [A-Z][A-Za-z0-9]+){{0,2}}){_DASH}")
CREDIT_WINDOW = 1200  # characters from the top: datelines open the article
NOT_CREDITS = {"updated", "update", "photo", "video", "file", "archive", "pictured", "reporting", "ap photo"}


def credited_source(text: str) -> str | None:
    """The agency or outlet a dateline credits ("BEIRUT (AP) —" -> "AP"), as written, or None.

    Only a credit in a dateline counts: one at the start of a line, after a place (and a date), and
    followed by a dash or colon; an agency named in a sentence ("told AFP") is a source, not a credit.
    """
    window = text[:CREDIT_WINDOW]
    for regex in (PARENTHESISED_CREDIT_RE, TRAILING_CREDIT_RE):
        for match in regex.finditer(window):
            credit = match.group("credit").strip()
            if credit.lower() in NOT_CREDITS or credit.isdigit():
                continue
            # After a comma, a title-case word is the place's country or state ("ALEPPO, Syria —"):
            # a credit there is written in capitals ("Provinces, SANA-") or is a known outlet.
            if regex is TRAILING_CREDIT_RE and not credit.isupper() and outlet_registry().from_column(credit) == credit:
                continue
            return credit
    return None


def credit_display_name(credit: str) -> str:
    """A credit as an outlet name: the registry's name if known, else the credit, SHOUTED words in title case."""
    known = outlet_registry().from_column(credit)
    if known and known != credit:
        return known
    return credit.title() if credit.isupper() and len(credit) > 5 else credit


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _alias_re(alias: str) -> re.Pattern[str]:
    # Short all-caps aliases (MEMO, AFP) are acronyms: match their case, or they fire on ordinary words.
    flags = 0 if (len(alias) <= 5 and alias.isupper()) else re.IGNORECASE
    return re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)", flags)


@functools.cache
def outlet_registry() -> OutletRegistry:
    by_code: dict[str, str] = {}
    alias_res: list[tuple[re.Pattern[str], str]] = []
    with open(LEXICON_DIR / "outlets.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            outlet = row["outlet"]
            for code in filter(None, row["codes"].split("|")):
                by_code[code.lower()] = outlet
            by_code[outlet.lower()] = outlet
            by_code[_key(outlet)] = outlet
            for alias in filter(None, row["aliases"].split("|")):
                by_code.setdefault(alias.lower(), outlet)
                alias_res.append((_alias_re(alias), outlet))
    # Longer aliases first, so "Syrian Observatory For Human Rights" wins over a shorter match.
    alias_res.sort(key=lambda pair: -len(pair[0].pattern))
    return OutletRegistry(by_code, tuple(alias_res))

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

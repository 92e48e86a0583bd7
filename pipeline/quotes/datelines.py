"""Datelines that open a line of copy and are no part of a report's content nor of its source: a place in
capitals with its credit ("DAMASCUS, Syria (AP) —"), an agency's own ("Aleppo, SANA –"), and one that lost
its dash ("BEIRUT At least 15 ...")."""

from __future__ import annotations

import re

from ..agency_datelines import AGENCY_DATELINE_RE  # noqa: F401 (a news agency's own dateline: "Aleppo, SANA –")
from ..outlets.credits import DATELINE_COUNTRY_PART, DATELINE_DATE_PART
from ..places.resolve import resolve_offline

# A dateline opening a sentence: a place in capitals, its country or state ("DAMASCUS, Syria",
# "NASHVILLE, Tenn."), an optional date and (credit), a dash or colon.
LEADING_DATELINE_RE = re.compile(
    r"[A-Z]{3,}(?:[ ,./'-]+[A-Z]{2,})*" + DATELINE_COUNTRY_PART + DATELINE_DATE_PART + r"\s*(?:\([^()\n]{1,30}\)\s*(?:--|[-–—:])?|--|[–—:]|\s-)\s+"
)
# A dateline that lost its dash: one or two words in capitals, then a capitalised word ("BEIRUT At least 15 ...").
BARE_DATELINE_RE = re.compile(r"(?P<place>[A-Z]{3,}(?: [A-Z]{3,})?) (?=[A-Z][a-z])")


def bare_city_dateline(text: str, start: int, end: int) -> re.Match[str] | None:
    """A dateline without its dash ("BEIRUT At least 15 people ...") when the capitals name a city or
    country; an acronym opening a sentence ("UNICEF Representative ...") names none."""
    match = BARE_DATELINE_RE.match(text, start, end)
    if match is None:
        return None
    place = resolve_offline(match.group("place").title())
    return match if place is not None and place.kind in ("city", "country") else None

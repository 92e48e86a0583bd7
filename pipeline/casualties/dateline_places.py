"""Datelines' places: where a report was filed ("AMMAN (Reuters) -", "DAMASCUS (AFP) -", "Homs, SANA -"),
a worse guess of where its events happened than the places its lead names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..agency_datelines import is_dateline_place
from ..date_forms import MONTHS
from ..records import PlaceMention

# After a dateline's place: a country or a date, a (credit), then a dash or colon: "AMMAN (Reuters) -",
# "MOSCOW, March 3 (TASS) -", "GENEVA, Switzerland --".
DATELINE_TAIL_RE = re.compile(r"(?:,\s*[A-Za-z0-9 .,]{1,30}?)?\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|[-–—:])\s")


# A dateline whose dash a scraper dropped: "MOSCOW (Sputnik) A total of ...", "BEIRUT A counterattack ...".
CREDIT_TAIL_RE = re.compile(r"\s*\([^()\n]{1,30}\)\s+[A-Z]")
CAPITALS_TAIL_RE = re.compile(r"(?:,\s*[A-Z][A-Za-z]+)?\s+[A-Z]")
# A dateline's month and day, with or without its comma, then the credit and dash: "MOSCOW October 18 (RIA
# Novosti) -", "BEIRUT, Nov. 3 -".
DATED_TAIL_RE = re.compile(
    r",?\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s+\d{1,2}\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|[-–—:])\s",
    re.I,
)


def is_dateline_abroad(place: PlaceMention, text: str) -> bool:
    """A dateline's place outside Syria ("AMMAN (Reuters) - The toll from a gas attack in Syria ...",
    "BEIRUT A counterattack ...": a place in capitals opening a line): where the reporter sits. A dateline
    in Syria ("ALEPPO, Syria (AP) -") is kept: reporters there file from the scene."""
    return place.country not in (None, "SY") and is_a_dateline(place, text)


# A wire's credit after a dateline's place: "DAMASCUS (AFP) -", "Beirut, Lebanon (Reuters) -".
WIRE_CREDIT_TAIL_RE = re.compile(r"(?:,\s*[A-Za-z .]{1,30}?)?\s*\([^()\n]{1,30}\)\s*(?:--|[-\u2013\u2014:])?\s")


def yields_to_its_lead(place: PlaceMention, places: Sequence[PlaceMention], text: str) -> bool:
    """Whether a wire's or agency's dateline place yields to another place its lead sentence names
    ("DAMASCUS (AFP) - A rocket killed seven people at a market in Jaramana"); not to a place of a later
    sentence ("... Officials blamed rebels in Homs")."""
    if not is_a_wire_dateline(place, text):
        return False
    lead_end = SENTENCE_END_RE.search(text, place.end)
    end = lead_end.end() if lead_end else len(text)
    return any(place.end < p.start < end and p.place != place.place for p in places)


SENTENCE_END_RE = re.compile(r"[.!?](?=\s|$)")


def is_a_wire_dateline(place: PlaceMention, text: str) -> bool:
    """Whether a place opens an agency's dateline ("Homs, SANA -") or one credited to a wire ("DAMASCUS
    (AFP) -"): where copy was filed. Not a newspaper's own dateline ("ALEPPO, Syria -"), often filed from
    the scene."""
    if is_dateline_place(place.start, place.end, text):
        return True
    line_start = text.rfind("\n", 0, place.start) + 1
    return not text[line_start : place.start].strip() and WIRE_CREDIT_TAIL_RE.match(text, place.end) is not None


def is_a_dateline(place: PlaceMention, text: str) -> bool:
    """Whether a place opens a dateline: a wire's ("DAMASCUS (AFP) -", "BEIRUT A counterattack ...") or an
    agency's own ("Homs, SANA -"): where the report was filed."""
    if is_dateline_place(place.start, place.end, text):
        return True
    line_start = text.rfind("\n", 0, place.start) + 1
    before = text[line_start : place.start].strip()
    written = text[place.start : place.end]
    if not before:
        return (
            DATELINE_TAIL_RE.match(text, place.end) is not None
            or CREDIT_TAIL_RE.match(text, place.end) is not None
            or (is_capitals(written) and CAPITALS_TAIL_RE.match(text, place.end) is not None)
        )
    # run into the text after a sentence (a scraper that lost the line break): in capitals, with its credit
    return (
        before[-1] in ".!?\"”"
        and is_capitals(written)
        and (CREDIT_TAIL_RE.match(text, place.end) is not None or DATED_TAIL_RE.match(text, place.end) is not None)
    )


def is_capitals(written: str) -> bool:
    return written.isupper() and len(written) >= 4

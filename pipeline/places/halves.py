"""City halves: "the besieged eastern districts", "the rebel-held half of Aleppo", "control in the west",
"a besieged eastern neighbourhood of Aleppo" in an article about Aleppo name East or West Aleppo.

`city_half_places` returns `(start, end, ResolvedPlace)` tuples over the raw text.
"""

from __future__ import annotations

import re

from ..gazetteer import places_by_id
from .resolve import ResolvedPlace, from_gazetteer
from .scene import scene_is_aleppo

# City halves: "the (besieged) eastern districts (of the city)", "the western government-held neighbourhoods".
HALF_AREA = re.compile(
    r"\b(?:the\s+)?(?:(?:besieged|rebel-held|opposition-held|regime-held|government-held|"
    r"rebel-controlled|government-controlled|regime-controlled)\s+)?(?P<side>eastern|western)\s+"
    r"(?:(?:rebel|opposition|government|regime)-(?:held|controlled)\s+)?"
    r"(?:parts?|districts|neighbou?rhoods|sector|areas|half|side|quarters)\b(?!\s+of\s+(?!the\s+city\b|Aleppo\b))"
)
# "the rebel-held half of Aleppo", "government-controlled districts": a half named by who holds it.
HALF_HELD = re.compile(
    r"\b(?P<side>rebel|opposition|insurgent|government|regime|army|loyalist)[\s\-](?:held|controlled|run)\s+"
    r"(?:(?:eastern|western)\s+)?(?:half|part|parts|districts|neighbou?rhoods|areas|sector|side|quarters)\b"
    r"(?!\s+(?:of|in|near|around)\s+(?!the\s+city\b|Aleppo\b))(?:\s+of\s+(?:the\s+city|Aleppo)\b)?"
)
# One neighbourhood of a half, with the city named: "a besieged eastern neighbourhood of Aleppo", "a
# rebel-held neighbourhood of Syria's Aleppo city". Without "of Aleppo" a singular district ("Hanano, an
# eastern district") describes the district, not the half.
HALF_ONE = re.compile(
    r"\b(?:(?:besieged|embattled)\s+)?(?:(?P<side>eastern|western)\s+)?"
    r"(?:(?P<holder>rebel|opposition|insurgent|government|regime|army|loyalist)[\s\-](?:held|controlled|run)\s+)?"
    r"(?:neighbou?rhood|district|quarter)\s+of\s+(?:Syria['’]s\s+)?(?:the\s+city\b|(?:the\s+(?:northern\s+)?city\s+of\s+)?Aleppo(?:\s+[Cc]ity)?\b)"
)
# "control in the west", "the last route out of the east", "the city's east".
HALF_SIDE = re.compile(
    r"\b(?:(?:control|controls|held|hold|holds|controlled)\s+(?:of\s+|in\s+)?|out\s+of\s+)"
    r"the\s+(?P<side>east|west)\b(?![\-\w]|\s+(?:of|bank|coast)\b)"
    r"|\b(?:the\s+city's|Aleppo's)\s+(?P<side2>east|west)\b(?!-)"
)

# "the west" set against the other half named in its sentence: "east Aleppo, damaged far more than the
# west". Lower case only: "the West" is the Western world.
HALF_CONTRAST = re.compile(r"\bthe\s+(?P<side>east|west)\b(?![\-\w]|\s+(?:of|bank|coast)\b)")
OTHER_HALF_NAMED = {
    "west": re.compile(r"\b(?:[Ee]ast(?:ern)?\s+Aleppo|Aleppo['’]s\s+east(?:ern)?)\b"),
    "east": re.compile(r"\b(?:[Ww]est(?:ern)?\s+Aleppo|Aleppo['’]s\s+west(?:ern)?)\b"),
}


def city_half_places(text: str, *, context: bool) -> list[tuple[int, int, ResolvedPlace]]:
    """East/West Aleppo named by a half of the city, in an article about Aleppo (`context`)."""
    if not context:
        return []
    found = []
    for regex in (HALF_AREA, HALF_SIDE, HALF_HELD, HALF_ONE, HALF_CONTRAST):
        for match in regex.finditer(text):
            groups = match.groupdict()
            side = (groups.get("side") or groups.get("side2") or groups.get("holder") or "").lower()
            if not side:
                continue  # "a besieged neighbourhood of Aleppo": no half named
            east = side.startswith("east") or side in ("rebel", "opposition", "insurgent")
            place_id = "aleppo/east-aleppo" if east else "aleppo/west-aleppo"
            if regex is HALF_HELD and not _sentence_names_the_city(text, match.start(), match.end()):
                continue
            if (
                regex is HALF_ONE
                and "Aleppo" not in match.group(0)
                and not scene_is_aleppo(text, match.start())
            ):
                continue  # "a western district of the city" after Qamishli was named: that city's
            if regex is HALF_CONTRAST and not OTHER_HALF_NAMED[side].search(
                _sentence(text, match.start(), match.end())
            ):
                continue
            place = places_by_id().get(place_id)
            if place is not None:
                found.append((match.start(), match.end(), from_gazetteer(place)))
    return found


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span: from the full stop or line break before it to the one after it."""
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right_stops = [i for i in (text.find(".", end), text.find("\n", end)) if i != -1]
    return text[left : min(right_stops) if right_stops else len(text)]


def _sentence_names_the_city(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a span names Aleppo or "the city" (so "rebel-held areas" are the
    city's, not the province's or the country's)."""
    sentence = _sentence(text, start, end)
    aleppo_city = r"\bAleppo\b(?![\-‐‑]based|['’]s\s+countryside|\s+(?:province|countryside|governorate|Province|Governorate))"
    return bool(re.search(rf"{aleppo_city}|\bthe\s+city\b", sentence))

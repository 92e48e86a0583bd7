"""Where a passage is set: another city named right after a name or in its sentence, and the scene, the
last Syrian city or Aleppo place named before a name. Unlocated Aleppo names are checked against both,
so a SANA bulletin's "... in Deir Ezzor" paragraph keeps its own neighbourhoods and hospitals."""

from __future__ import annotations

import re

from ..gazetteer import find_places
from .resolve import ResolvedPlace, resolve_offline

# "the Umayyad square in the capital", "al-Rabet street in Manbij", "a hospital in the town of Example":
# the words right after a landmark or district that put it in another city.
# "the district of Foo in the northwestern province of Idlib" too: a compass word may qualify the kind.
COMPASS_ADJECTIVE = r"(?:north(?:east|west)?|south(?:east|west)?|east|west)ern"
IN_ANOTHER_CITY = re.compile(
    rf"\s*,?\s+(?:in|of)\s+(?:the\s+)?(?:(?:syrian\s+)?capital\b|(?:{COMPASS_ADJECTIVE}\s+"
    rf"(?:side|part)\s+of\s+)?(?:(?:{COMPASS_ADJECTIVE}\s+)?(?:city|town|village|province|governorate)\s+of\s+)?"
    r"(?P<city>(?!Aleppo\b)[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?))"
)
# Sentence bounds for the check below: a full stop, question or exclamation mark, or a line break.
SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def in_another_city(text: str, start: int, end: int) -> bool:
    """Whether an unlocated landmark or district is written as another city's: "the Umayyad square in
    the capital", "al-Rabet street in eastern side of Manbij", or in a sentence that names a district
    or city elsewhere and nothing of Aleppo ("... in al-Mazzeh area injuring 7 people who were rushed to
    al-Muwasat Hospital"). A gazetteer place is never moved by this: it is an Aleppo name."""
    after = IN_ANOTHER_CITY.match(text, end)
    if after is not None:
        city = after.group("city")
        if city is None or _is_place_elsewhere(city):
            return True
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = SENTENCE_END.search(text, end)
    sentence = text[left : stop.start() if stop else len(text)]
    if re.search(r"\bAleppo\b", sentence) or find_places(sentence):
        return False
    for name in re.finditer(r"(?<![\w\-])(?:(?:al|el|as|ash|ad|ar|az)-)?[A-Z][\w'’]+(?:-[\w'’]+)*", sentence):
        place = resolve_offline(name.group(0))
        elsewhere = place is not None and not place.in_aleppo and place.country in (None, "SY")
        if elsewhere and place.kind in ("district", "area", "landmark", "city"):
            return True
    return False


# A run of capitalised words, Arabic articles joined ("Deir Ezzor", "Ras al-Ain", "Aleppo City").
CAPITALISED_RUN = re.compile(
    r"(?<![\w\-])(?:(?:al|el|as|ash|ad|ar|az)-)?[A-Z][\w'’]+(?:-[\w'’]+)*"
    r"(?:\s+(?:(?:al|el|as|ash|ad|ar|az)-)?[A-Z][\w'’]+(?:-[\w'’]+)*){0,3}"
)
SCENE_WINDOW = 600  # characters back to the city or district that sets the scene


def scene_is_aleppo(text: str, start: int) -> bool:
    """Whether the last Syrian city, governorate or Aleppo place named before `start` (within
    SCENE_WINDOW characters) is Aleppo or in it: "... in Aleppo. Shells hit al-X neighbourhood" is set in
    Aleppo, "... told SANA in Deir Ezzor. Shells hit al-X neighbourhood" is not."""
    last = _last_scene(text, start)
    return last is not None and (last.in_aleppo or last.place_id == "region/aleppo-governorate")


def scene_is_elsewhere(text: str, start: int) -> bool:
    """Whether the last Syrian city, governorate or Aleppo place named before `start` is outside Aleppo
    ("... in Damascus Countryside ... a medical source at al-Foo National Hospital")."""
    last = _last_scene(text, start)
    return last is not None and not (last.in_aleppo or last.place_id == "region/aleppo-governorate")


def _last_scene(text: str, start: int) -> ResolvedPlace | None:
    """The last Syrian city, governorate or Aleppo place named in the SCENE_WINDOW characters before `start`."""
    last = None
    for run in CAPITALISED_RUN.finditer(text, max(0, start - SCENE_WINDOW), start):
        last = _last_place_in_run(run.group(0).split()) or last
    return last


def _last_place_in_run(words: list[str]) -> ResolvedPlace | None:
    """The rightmost Syrian place a run of capitalised words names, longest reading first ("In Damascus City"
    names Damascus, "Deir Ezzor Governorate" the governorate)."""
    found = None
    position = 0
    while position < len(words):
        if position > 0 and COMPASS_WORD.fullmatch(words[position - 1]):
            position += 1  # "Northeastern Aleppo" is the province around the city, no scene inside it
            continue
        for stop in range(len(words), position, -1):
            place = resolve_offline(" ".join(words[position:stop]))
            if place is not None and place.country == "SY" and place.kind in SCENE_KINDS:
                found, position = place, stop - 1
                break
        position += 1
    return found


SCENE_KINDS = ("city", "region", "district", "area", "landmark")
COMPASS_WORD = re.compile(r"(?i)(?:north|south)?(?:east|west)?(?:ern)?|(?:north|south)(?:ern)?")


def _is_place_elsewhere(name: str) -> bool:
    """Whether the offline layers know the name as a place outside Aleppo ("al-Qtaifa", "Homs")."""
    place = resolve_offline(name)
    return place is not None and not place.in_aleppo


# Another city's quarter named with its city: "the Ashrafieh district of Beirut", "Jdeideh, a suburb north of
# Beirut", "Cairo's Maadi district". Aleppo shares quarter names with Beirut, Damascus, Cairo and Mashhad.
_QUARTER = r"(?:district|neighbou?rhood|area|quarter|suburb|municipality)"
_CITY = r"(?P<city>(?!Aleppo\b)[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)"
QUARTER_OF_A_CITY_AFTER = [
    re.compile(rf"\s+{_QUARTER}\s+(?:of|in)\s+{_CITY}"),
    re.compile(rf"\s*,\s+an?\s+(?:[\w-]+\s+){{0,2}}?{_QUARTER}\s+(?:(?:north|south|east|west)\w*\s+)?(?:of|in)\s+{_CITY}"),
]
CITY_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’])(?P<city>(?!Aleppo\b)[A-Z][\w\-]+)['’]s\s+(?:[a-z]+\s+)?$")


def quarter_of_another_city(text: str, start: int, end: int) -> bool:
    """Whether a quarter's name is written as another city's: "the Ashrafieh district of Beirut", "Jdeideh,
    a suburb north of Beirut", "Cairo's Maadi district", the city being one the offline layers place
    outside Aleppo. Aleppo's own quarter stays ("the Ashrafiyeh district of Aleppo", "Aleppo's Maadi")."""
    found = [regex.match(text, end) for regex in QUARTER_OF_A_CITY_AFTER]
    found.append(CITY_POSSESSIVE_BEFORE.search(text, max(0, start - 40), start))
    return any(m is not None and _is_city_elsewhere(m.group("city")) for m in found)


def _is_city_elsewhere(name: str) -> bool:
    """Whether the offline layers know the name as a city outside Aleppo ("Beirut"), not a country
    ("Syria's Sheikh Maqsoud district" is Aleppo's)."""
    place = resolve_offline(name)
    return place is not None and not place.in_aleppo and place.kind == "city"

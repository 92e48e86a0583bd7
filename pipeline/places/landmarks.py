"""Landmark cues: streets, squares, roundabouts, hospitals, bridges and crossings named after an Arabic
name ("al-Kallasa Street", "al-Quds hospital", "the Jandoul roundabout in Aleppo", "the roundabout of
Shihan", "the Shihan and Layramoun roundabouts", "the M10 hospital"): the gazetteer landmark when it
lists the whole name, else an unlocated landmark. Finders return `(start, end, ResolvedPlace)` tuples
over the raw text."""

from __future__ import annotations

import re
from dataclasses import replace

from ..gazetteer import find_places, lookup, normalise_name
from .cue_patterns import ARTICLE_START, LANDMARK, LOCAL_KINDS, NAME_WORD
from .cues import (
    _coordinated,
    _is_name,
    _strip_article_case,
    is_headline_case,
    unlocated_place,
)
from .halves import _sentence_names_the_city
from .resolve import ResolvedPlace, from_gazetteer
from .scene import SENTENCE_END, _is_place_elsewhere, in_another_city, scene_is_elsewhere


def landmark_cue_places(text: str, *, context: bool) -> list[tuple[int, int, ResolvedPlace]]:
    """Streets, squares, roundabouts, hospitals, bridges and crossings named after an Arabic name
    ("al-Kallasa Street", "al-Quds hospital") in an article about Aleppo: the gazetteer landmark when
    it lists the whole name, else an unlocated landmark. The name must open with an Arabic article
    or be a gazetteer spelling, so "Downing Street" is never read as an Aleppo street."""
    if not context:
        return []
    found = []
    for match in LANDMARK.finditer(text):
        start = _strip_article_case(text, match.start("name"))
        place = _landmark_place(text, start, match.end("name"), match.end())
        if place is not None:
            found.append(place)
    return found + coordinated_landmark_places(text) + kind_of_name_places(text)


# "the roundabout of Shihan", "the square of al-Saa": the landmark word before the name it is named after.
KIND_OF_NAME = re.compile(
    rf"\b[Tt]he\s+(?P<kind>roundabout|square|hospital|bridge)\s+of\s+(?P<name>{NAME_WORD}(?:\s+{NAME_WORD})?)"
)


def kind_of_name_places(text: str) -> list[tuple[int, int, ResolvedPlace]]:
    """Landmarks written kind first ("the roundabout of Shihan residential area" is Shihan Roundabout): the
    gazetteer landmark when it lists "<name> <kind>", else an unlocated one when the name opens with an
    Arabic article or the sentence names the city or one of its places. The span runs from the kind."""
    found = []
    for match in KIND_OF_NAME.finditer(text):
        name, kind = match.group("name"), match.group("kind")
        start, end = match.start("kind"), match.end("name")
        listed = lookup(f"{name} {kind}")
        if listed is not None:
            found.append((start, end, from_gazetteer(listed)))
            continue
        local = _sentence_names_the_city(text, start, end) or _sentence_names_an_aleppo_place(text, start, end)
        if not (ARTICLE_START.match(name) or local) or not _is_name(name) or _is_place_elsewhere(name):
            continue
        if is_headline_case(text, start, end) or in_another_city(text, start, end) or scene_is_elsewhere(text, start):
            continue
        found.append((start, end, replace(unlocated_place(f"{name} {kind.title()}"), kind="landmark")))
    return found


# "the Shihan and Layramoun roundabouts", "al-Razi and University hospitals": names sharing a plural
# landmark word, each a landmark of that kind.
COORDINATED_LANDMARKS = re.compile(
    rf"(?<![\w\-])(?P<names>{NAME_WORD}(?:\s+{NAME_WORD})?(?:(?:\s*,\s*|\s*,?\s+and\s+){NAME_WORD}(?:\s+{NAME_WORD})?)+)"
    r"\s+(?P<kind>[Rr]oundabouts|[Hh]ospitals|[Ss]quares|[Ss]treets|[Ss]chools)\b"
)


def coordinated_landmark_places(text: str) -> list[tuple[int, int, ResolvedPlace]]:
    """Each name of a coordination before a plural landmark word, as the landmark "<name> <Kind>" (the
    span is the name). The names follow the single-landmark rules: an Arabic article, a listed
    landmark, or a local kind in a sentence naming the city or one of its places."""
    found = []
    for match in COORDINATED_LANDMARKS.finditer(text):
        kind = match.group("kind").lower()[:-1]
        start = _strip_article_case(text, match.start("names"))
        for item_start, item_end in _coordinated(text, start, match.end("names")):
            name = text[item_start:item_end]
            listed = lookup(f"{name} {kind}")
            if listed is not None:
                found.append((item_start, item_end, from_gazetteer(listed)))
                continue
            local = kind in LOCAL_KINDS and (
                _sentence_names_the_city(text, item_start, item_end)
                or _sentence_names_an_aleppo_place(text, item_start, item_end)
            )
            if not (ARTICLE_START.match(name) or local) or not _is_name(name) or len(name.split()) > 2:
                continue
            if is_headline_case(text, item_start, item_end) or _is_place_elsewhere(name):
                continue
            if in_another_city(text, item_start, match.end()):
                continue
            place = replace(unlocated_place(f"{name} {kind.title()}"), kind="landmark")
            found.append((item_start, item_end, place))
    return found


def _landmark_place(text: str, start: int, name_end: int, end: int) -> tuple[int, int, ResolvedPlace] | None:
    """The landmark a name + landmark word names, trying the whole name, then without its first words
    ("al-Khalidiye Nile Street" in a run of names is Nile Street)."""
    words = list(re.finditer(r"\S+", text[start:name_end]))
    for word in words:
        begin = start + word.start()
        listed = lookup(text[begin:end])
        if listed is not None:
            return begin, end, from_gazetteer(listed)
    name, kind = text[start:name_end], text[name_end:end].strip().lower()
    if normalise_name(name) in ("aleppo", "halab"):
        return None  # "an Aleppo hospital": a hospital of the city, not one named
    if len(words) > 2 or not _is_name(name):
        return None
    if kind in ("road", "bridge", "crossing") and lookup(name) is not None:
        return None  # "the Ramouseh road": a road named after the district it leads to, which stays
    has_article = bool(ARTICLE_START.match(name))
    # In a sentence about the city or one of its listed places, a roundabout, hospital, square, school or
    # factory is named after a local name even without an article ("the Jandoul roundabout in Aleppo",
    # "the Qurtuba roundabout in al-Zahraa neighbourhood").
    local_kind = kind in LOCAL_KINDS and (
        _sentence_names_the_city(text, start, end) or _sentence_names_an_aleppo_place(text, start, end)
    )
    # East Aleppo's field hospitals went by codes ("the M10 hospital"): no English name looks like one.
    code_named = kind == "hospital" and bool(HOSPITAL_CODE.fullmatch(name))
    if not (has_article or local_kind or code_named or lookup(name) is not None):
        return None
    if is_headline_case(text, start, end) or _is_place_elsewhere(name) or in_another_city(text, start, end):
        return None
    listed = lookup(name)
    if (listed is None or listed.needs_context) and scene_is_elsewhere(text, start):
        return None  # "... in Damascus Countryside ... a source at al-Foo National Hospital"
    return start, end, replace(unlocated_place(text[start:end]), kind="landmark")


HOSPITAL_CODE = re.compile(r"[A-Z]\d{1,2}")


def _sentence_names_an_aleppo_place(text: str, start: int, end: int) -> bool:
    """Whether the sentence around a span, outside the span, names a gazetteer place that needs no
    context ("... the Qurtuba roundabout in al-Zahraa neighbourhood")."""
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    stop = SENTENCE_END.search(text, end)
    right = stop.start() if stop else len(text)
    return any(
        not place.needs_context and not (left + s < end and start < left + e)
        for s, e, place in find_places(text[left:right])
    )

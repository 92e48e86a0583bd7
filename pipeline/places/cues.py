"""Constructions that say a name is a place inside Aleppo, whether or not the gazetteer knows it.

- A district cue: "the X neighbourhood", "X district of Aleppo", "in X in Aleppo city", "the
  neighbourhoods of X, Y and Z in Aleppo". The name takes the gazetteer place its spelling is close
  to (`gazetteer.closest_place`, rapidfuzz on transliteration keys); a name the gazetteer does not
  know is kept as an Aleppo place with no coordinate ("unlocated"), never dropped.
  A translation in brackets may stand before the area word ("the al-Izaa (radio) neighbourhood").
- A landmark cue (`landmarks`): "al-Kallasa Street", "al-Quds hospital", "the M10 hospital".
- A city-half cue (`halves`): "the eastern districts of the city", "government control in the west",
  "the rebel-held half of Aleppo" in an article about Aleppo name East or West Aleppo.
- A list: a name that is also ordinary English ("new Aleppo", "old city") counts when coordinated
  with listed Aleppo places.
- No scene: "X-based" names a source's base; an Aleppo name opening an armed group's name ("Shuhada
  Bader Brigade") is the group's.

Finders return `(start, end, ResolvedPlace)` tuples over the raw text; `district_cue_places` adds
whether the cue itself names Aleppo.
"""

from __future__ import annotations

import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS

from ..gazetteer import (
    GazetteerPlace,
    case_sensitive_names,
    closest_place,
    find_places,
    load_gazetteer,
    lookup,
    normalise_name,
    places_by_id,
)
from ..transliteration import closest
from .cue_patterns import (
    AREA_LIST,
    AREA_WORDS,
    ARTICLE_START,
    COMMUNITY_WORDS,
    CUE_MIN_SCORE,
    DESCRIPTIVE,
    IN_NAME_IN_ALEPPO,
    LIST_SEPARATOR,
    NAME,
    NAME_AREA_OF_ALEPPO,
    NAME_THEN_AREA,
    NOT_NAMES,
    OF_ANOTHER_PLACE,
    SEPARATOR_BEFORE,
    SETTLEMENT_AFTER,
)
from .halves import _sentence_names_the_city, city_half_places  # noqa: F401 (city_half_places is public here too)
from .resolve import ResolvedPlace, from_gazetteer, resolve_offline
from .scene import in_another_city, scene_is_aleppo, scene_is_elsewhere


def unlocated_place(name: str) -> ResolvedPlace:
    """An Aleppo place the gazetteer does not know: its name as written, no coordinate."""
    display = re.sub(r"^(?:the)\s+", "", name.strip())
    slug = re.sub(r"[^a-z0-9]+", "-", normalise_name(display)).strip("-") or "unnamed"
    return ResolvedPlace(display, "district", None, None, True, f"aleppo/unlocated/{slug}", "SY")


def _is_name(name: str) -> bool:
    """Whether a capitalised run is a place name, not a description, a month, a group or a people."""
    if any(DESCRIPTIVE.search(word) for word in name.split()):
        return False
    words = [w.lower() for w in re.split(r"[\s\-]+", name) if w]
    content = [w for w in words if w not in ("al", "el", "ad", "as", "az", "an", "ar", "ash", "at")]
    return bool(content) and not any(w in NOT_NAMES or w in STOP_WORDS for w in content)


def aleppo_place_for(name: str) -> ResolvedPlace | None:
    """The Aleppo place a name in a district cue refers to: a close gazetteer spelling, else an
    unlocated place; None when the name is no name or is a known place outside Aleppo ("Homs")."""
    # "Aleppo al-Halk area", "Aleppo's Sukkari district": the city's name before the district's.
    name = re.sub(r"^(?:Aleppo|Halab)(?:['’]s)?\s+(?=\S)", "", name)
    # "the Nor Kyugh Armenian district", "the Sheikh Maqsoud Kurdish quarter": who lives there is no part of the name.
    name = re.sub(rf"(?<=\S)\s+(?:{COMMUNITY_WORDS})$", "", name)
    if not _is_name(name):
        return None
    place = closest_place(name, min_score=CUE_MIN_SCORE) or area_word_form(name)
    if place is not None:
        return from_gazetteer(place)
    elsewhere = resolve_offline(name)
    if elsewhere is not None and not elsewhere.in_aleppo:
        return None
    if elsewhere is not None:  # "Aleppo" itself, or a place the offline layers put inside the city
        return None if elsewhere.kind in ("city", "region", "country") else elsewhere
    return unlocated_place(name)


def area_word_form(name: str) -> GazetteerPlace | None:
    """The gazetteer place listed only with its area word ("Zahraa district", kept apart from the town of
    Nubl-Zahraa) that a cue's name is a close spelling of: the cue supplies the area word ("the Zahra
    neighbourhood")."""
    forms = _names_listed_with_area_word()
    match = closest(name, forms, min_score=CUE_MIN_SCORE)
    return places_by_id()[forms[match[0]]] if match else None


@functools.cache
def _names_listed_with_area_word() -> dict[str, str]:
    """Name without its area word -> place id, for gazetteer spellings listed with one ("Zahraa district")."""
    forms: dict[str, str] = {}
    for place in load_gazetteer():
        for form in place.names:
            bare = re.sub(rf"\s+{AREA_WORDS}$", "", form)
            if bare != form:
                forms.setdefault(bare, place.id)
    return forms


def in_area_list(text: str, start: int, end: int) -> bool:
    """Whether a span is one of the names listed after an area word ("the neighbourhoods of X, al-Y and
    al-Z")."""
    offset = max(0, start - AREA_LIST_REACH)
    window = text[offset : min(len(text), end + AREA_LIST_REACH)]
    return any(offset + m.start("list") <= start and end <= offset + m.end("list") for m in AREA_LIST.finditer(window))


AREA_LIST_REACH = 300  # characters around a span searched for the area word that lists it


def _strip_article_case(text: str, start: int) -> int:
    """Offset past a sentence-initial "The"/"the" left in a name group."""
    match = re.match(r"(?:[Tt]he)\s+", text[start:])
    return start + match.end() if match else start


def district_cue_places(text: str, *, context: bool) -> list[tuple[int, int, ResolvedPlace, bool]]:
    """Names in district cues, with the Aleppo place each refers to and whether the cue names Aleppo.

    A cue that names Aleppo ("X district of Aleppo", "in X in Aleppo city") stands on its own; a bare
    "the X neighbourhood" or list of neighbourhoods counts only in an article about Aleppo (`context`).
    """
    found: list[tuple[int, int, ResolvedPlace, bool]] = []
    elsewhere: set[str] = set()  # unlocated names the article itself puts in another city
    for regex in (NAME_AREA_OF_ALEPPO, IN_NAME_IN_ALEPPO, NAME_THEN_AREA):
        for match in regex.finditer(text):
            group = next(g for g in ("name", "name2", "name3") if match.groupdict().get(g))
            if not (match.group("aleppo") or context):
                continue
            start = _strip_article_case(text, match.start(group))
            if not match.group("aleppo") and OF_ANOTHER_PLACE.match(text, match.end()):
                # "the Foo neighbourhood of Deir Ezzor": that city's, here and at every bare mention
                for item_start, item_end in _coordinated(text, start, match.end(group)):
                    place = aleppo_place_for(text[item_start:item_end])
                    if place is not None and place.lat is None:
                        elsewhere.add(place.place_id)
                continue
            for item_start, item_end in _coordinated(text, start, match.end(group)):
                place = aleppo_place_for(text[item_start:item_end])
                if place is not None and place.lat is None and is_headline_case(text, item_start, item_end):
                    continue  # "Mortar Attacks in Aleppo": a headline's capitals are not a name
                if place is not None and place.lat is None and OUTSIDE_THE_CITY.match(text, match.end()):
                    continue  # "the al-Foo Farms area northwest of Aleppo": the countryside
                if (
                    place is not None
                    and place.lat is None
                    and not match.group("aleppo")
                    and (
                        in_another_city(text, item_start, item_end)
                        or in_another_city(text, item_start, match.end())
                        or scene_is_elsewhere(text, item_start)
                    )
                ):
                    elsewhere.add(place.place_id)
                    continue  # "the al-Foo neighbourhood in the capital": another city's
                if place is not None:
                    found.append((item_start, item_end, place, bool(match.group("aleppo"))))
    for match in AREA_LIST.finditer(text):
        if not (match.group("aleppo") or context):
            continue
        explicit = bool(match.group("aleppo"))
        start, end = match.start("list"), match.end("list")
        if not explicit and SETTLEMENT_AFTER.match(text, end):
            continue  # "the neighbourhoods of Foo city": a town's own neighbourhoods, not Aleppo's
        if not explicit and (_area_of_another_city(text, match.start()) or in_another_city(text, start, end)):
            elsewhere.update(p.place_id for _, _, p in _list_items(text, start, end) if p.lat is None)
            if (single := aleppo_place_for(text[start:end])) is not None and single.lat is None:
                elsewhere.add(single.place_id)
            continue  # "the Damascus suburb of Qudsaya", "the district of Foo in the province of Idlib"
        # "the al-Khraba area in Foo": what follows "in" holds the area; unless the gazetteer knows it as
        # Aleppo's, it is a town, not a district
        container = match.group("prep") == "in" and not explicit
        single = not LIST_SEPARATOR.search(text[start:end]) and len(text[start:end].split()) <= 3
        if single and not find_places(text[start:end]) and not is_headline_case(text, start, end):
            place = aleppo_place_for(text[start:end])  # "the district of Zahabiya": one name
            if place is not None and not (container and place.lat is None):
                found.append((start, end, place, explicit))
            continue
        found.extend((*item, explicit) for item in _list_items(text, start, end) if not (container and item[2].lat is None))
    return located_elsewhere_in_the_article(found, elsewhere)


def located_elsewhere_in_the_article(
    found: list[tuple[int, int, ResolvedPlace, bool]], elsewhere: set[str]
) -> list[tuple[int, int, ResolvedPlace, bool]]:
    """ "... in the district of Foo. ... the district of Foo in the northwestern province of Idlib": a name
    the gazetteer does not know is one place throughout an article, so once the article puts it in
    another city, a bare mention elsewhere in it is not an unlocated Aleppo place either. A cue that
    names Aleppo ("the Foo district of Aleppo") and gazetteer places are never moved."""
    return [f for f in found if f[3] or f[2].lat is not None or f[2].place_id not in elsewhere]


# "... area northwest of Aleppo", "..., 10 km east of Aleppo": outside the city, in its countryside.
OUTSIDE_THE_CITY = re.compile(
    r"\s*,?\s+(?:(?:some\s+|about\s+)?\d+\s*(?:km|kilomet\w+|miles?)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:of|outside)\s+(?:the\s+city\s+of\s+)?Aleppo\b"
)
# "the Damascus suburb of", "Homs's district of": a city named right before the area word owns the area.
OWNER_BEFORE_AREA = re.compile(r"(?P<city>[A-Z][\w\-]+)(?:['’]?s)?\s+(?:(?:eastern|western|northern|southern)\s+)?$")


def _area_of_another_city(text: str, area_start: int) -> bool:
    """Whether the word before an area word is another Syrian city ("the Damascus suburb of Qudsaya")."""
    owner = OWNER_BEFORE_AREA.search(text[max(0, area_start - 40) : area_start])
    if owner is None:
        return False
    place = resolve_offline(owner.group("city"))
    return place is not None and not place.in_aleppo and place.country == "SY"


def _coordinated(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names of a coordination ("Zahabiya, Warda and Sabil") as (start, end) offsets."""
    items, position = [], start
    for separator in LIST_SEPARATOR.finditer(text, start, end):
        items.append((position, separator.start()))
        position = separator.end()
    items.append((position, end))
    return [(s, e) for s, e in items if e > s]


def _list_items(text: str, start: int, end: int) -> list[tuple[int, int, ResolvedPlace]]:
    """The places in a run of names after an area word ("the districts of Bab al-Faraj, al-Ismailiya
    and Maisaloun"). Listed gazetteer names split the run; the gaps between them and the separators
    are names too. Copy often loses the commas, so a gap is taken only when it is close to a gazetteer
    spelling, or is one or two words opening with an Arabic article ("al-Ismailiya"), which marks
    where an Arabic name starts."""
    items: list[tuple[int, int, ResolvedPlace]] = []
    known = [(start + s, start + e, from_gazetteer(p)) for s, e, p in find_places(text[start:end])]
    cuts = [(s, e) for s, e, _ in known] + [
        (start + m.start(), start + m.end()) for m in LIST_SEPARATOR.finditer(text[start:end])
    ]
    cuts.sort()
    position = start
    known_ends = {e for _, e, _ in known}
    for cut_start, cut_end in [*cuts, (end, end)]:
        if position in known_ends and (adjective := ATTRIBUTIVE_AFTER_NAME.match(text, position, cut_start)):
            position = adjective.end()  # "al-Sirian al-Qadima": the adjective is the listed name's
        if cut_start > position:
            gap = text[position:cut_start]
            lead = len(gap) - len(gap.lstrip())
            name = gap.strip()
            if name and not (_case_sensitive_name(name)):
                place = _list_gap_place(name, beside_listed_places=bool(known))
                if place is not None:
                    items.append((position + lead, position + lead + len(name), place))
                else:
                    items += _names_run_together(text, position + lead, position + lead + len(name), bool(known))
        position = max(position, cut_end)
    return items


# Arabic adjectives that follow a name with their own article ("al-Nashwa al-Gharbiyeh", "Halab al-Jadida"):
# they qualify the name before them and open no new one.
ATTRIBUTIVE_WORDS = (
    r"(?:qadim|jadid|gharbi|sharqi|shamali|janoubi|januubi|kabir|kubr|saghir|sughr|wusta|fouqani|tahtani)"
    r"(?:a|ah|eh|e|ia|iya|iyah|iyeh|ya|yeh)?"
)
ATTRIBUTIVE_ADJECTIVE = re.compile(rf"^(?:[Aa]l|[Ee]l)-{ATTRIBUTIVE_WORDS}$", re.IGNORECASE)
ATTRIBUTIVE_TAIL = re.compile(rf"\s+(?:[Aa]l|[Ee]l)-{ATTRIBUTIVE_WORDS}$", re.IGNORECASE)
ATTRIBUTIVE_AFTER_NAME = re.compile(rf"\s+(?:[Aa]l|[Ee]l)-{ATTRIBUTIVE_WORDS}\b", re.IGNORECASE)


def _names_run_together(text: str, start: int, end: int, beside_listed_places: bool) -> list[tuple[int, int, ResolvedPlace]]:
    """A gap of several names with their commas lost ("al-Hamadanyiah al-Sheikh Taha al-Sulaimaniah"):
    each Arabic article opens a name, except an attributive adjective's ("al-Serian al-Qadima": the old
    Siryan), after which the next word does. From each such start the longest run of words up to a
    later start that is a close gazetteer spelling (or whose name before its adjective is) is one place;
    a run that is none is one name as written, when `_list_gap_place` takes it."""
    words = list(re.finditer(r"\S+", text[start:end]))
    opens = [
        i for i, w in enumerate(words)
        if i == 0
        or (ARTICLE_START.match(w.group()) and not ATTRIBUTIVE_ADJECTIVE.match(w.group()))
        or ATTRIBUTIVE_ADJECTIVE.match(words[i - 1].group())  # "al-Serian al-Qadima Iskandaron"
    ]
    if len(opens) < 2:
        return []
    bounds = [*opens, len(words)]
    items: list[tuple[int, int, ResolvedPlace]] = []
    k = 0
    while k < len(opens):
        for j in range(len(bounds) - 1, k, -1):
            piece_start, piece_end = start + words[bounds[k]].start(), start + words[bounds[j] - 1].end()
            piece = text[piece_start:piece_end]
            # "al-Serian al-Qadima": the old Siryan quarter; the adjective qualifies the name before it.
            head = ATTRIBUTIVE_TAIL.sub("", piece)
            found = closest_place(piece, min_score=CUE_MIN_SCORE) or closest_place(head, min_score=CUE_MIN_SCORE)
            place = from_gazetteer(found) if found is not None else None
            if place is None and j == k + 1:
                place = _list_gap_place(piece, beside_listed_places=beside_listed_places)
            if place is not None:
                items.append((piece_start, piece_end, place))
                k = j
                break
        else:
            k += 1
    return items


def _list_gap_place(name: str, *, beside_listed_places: bool) -> ResolvedPlace | None:
    """The place a gap in a run of neighbourhood names is: a close gazetteer spelling, else an unlocated
    name when it opens with an Arabic article ("al-Ismailiya") or, in a list that names listed Aleppo
    places, is one capitalised word ("the neighbourhoods of al-Jamiliyeh, Mogambo and al-Ashrafiyeh")."""
    if not _is_name(name):
        return None
    place = closest_place(name, min_score=CUE_MIN_SCORE)
    if place is not None:
        return from_gazetteer(place)
    opens_with_article = ARTICLE_START.match(name) and len(re.split(r"[\s\-]+", name)) <= 3
    one_word = beside_listed_places and re.fullmatch(r"[A-Z][a-z'’]{3,}", name)
    if (opens_with_article or one_word) and resolve_offline(name) is None:
        return unlocated_place(name)
    return None


def _case_sensitive_name(name: str) -> bool:
    return name in case_sensitive_names()


def is_headline_case(text: str, start: int, end: int) -> bool:
    """Whether the line around a span is in title case, where capitals do not mark names."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", text[line_start : line_end if line_end != -1 else len(text)])
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def lower_case_listed_places(text: str, *, context: bool) -> list[tuple[int, int, ResolvedPlace]]:
    """Names that are also ordinary English ("New Aleppo", "Old City") written in lower case but
    coordinated with listed Aleppo places ("... al-Ramouseh and new Aleppo"): the list makes them
    names. In an article about Aleppo only."""
    if not context:
        return []
    hits = find_places(text)
    ends = {e for _, e, _ in hits}
    starts = {s for s, _, _ in hits}
    found = []
    for name in case_sensitive_names():
        place = lookup(name)
        if place is None:
            continue
        for match in re.finditer(rf"(?<![\w\-]){re.escape(name)}(?![\w\-])", text, re.IGNORECASE):
            if match.group(0) == name:
                continue
            before = SEPARATOR_BEFORE.search(text[max(0, match.start() - ITEM_REACH) : match.start()])
            after = LIST_SEPARATOR.match(text, match.end())
            if (before and max(0, match.start() - ITEM_REACH) + before.start() in ends) or (after and after.end() in starts):
                found.append((match.start(), match.end(), from_gazetteer(place)))
    return found


# A city has one of each: written as a common noun ("the citadel", "the old city"), in a passage set in
# Aleppo it is Aleppo's.
ONE_PER_CITY = {"citadel": "aleppo/citadel", "old city": "aleppo/old-city"}
ONE_PER_CITY_RE = re.compile(
    r"(?<![\w\-])the\s+(?P<name>" + "|".join(k.replace(" ", r"\s+") for k in ONE_PER_CITY) + r")(?![\w\-])",
    re.IGNORECASE,
)


def the_city_s_own_landmark(text: str, *, context: bool) -> list[tuple[int, int, ResolvedPlace]]:
    """ "Rebels fired on the citadel and the old city": a landmark every city has one of, named by its
    kind, in an article about Aleppo whose passage is set there (`scene_is_aleppo`), is Aleppo's. Not
    when the words after it put it in another city ("the old city of Homs", "the citadel in Damascus")."""
    if not context:
        return []
    found = []
    for match in ONE_PER_CITY_RE.finditer(text):
        start, end = match.start("name"), match.end("name")
        if in_another_city(text, start, end) or not scene_is_aleppo(text, start):
            continue
        place = places_by_id().get(ONE_PER_CITY[re.sub(r"\s+", " ", match.group("name").lower())])
        if place is not None:
            found.append((start, end, from_gazetteer(place)))
    return found


# A name coordinated with a listed place, after it or before it.
ITEM_AFTER = re.compile(rf"(?:{LIST_SEPARATOR.pattern})(?P<name>{NAME})")
ITEM_BEFORE = re.compile(rf"(?<![\w\-])(?P<name>{NAME})(?:{LIST_SEPARATOR.pattern})$")
ITEM_REACH = 60  # characters before a listed place searched for the item before it


def close_spellings_in_a_list(text: str, *, context: bool) -> list[tuple[int, int, ResolvedPlace]]:
    """ "hitting Sakhoor, Tariq al-Bab and Masaken Hanano": a name coordinated with listed Aleppo places
    that the gazetteer knows by a close spelling (`closest_place`) is that place; the list says it is
    one of them. In an article about Aleppo only; a name the offline layers put elsewhere stays out."""
    if not context:
        return []
    hits = find_places(text)
    taken = [(s, e) for s, e, _ in hits]
    found = []
    for start, end, _ in hits:
        after = ITEM_AFTER.match(text, end)
        before = ITEM_BEFORE.search(text[max(0, start - ITEM_REACH) : start])
        items = [(after.start("name"), after.end("name"))] if after else []
        if before:
            offset = max(0, start - ITEM_REACH)
            items.append((offset + before.start("name"), offset + before.end("name")))
        for item_start, item_end in items:
            item_start = _strip_article_case(text, item_start)
            name = text[item_start:item_end]
            if any(s < item_end and item_start < e for s, e in taken) or not _is_name(name):
                continue
            place = closest_place(name, min_score=CUE_MIN_SCORE)
            elsewhere = resolve_offline(name)
            if place is not None and not (elsewhere is not None and not elsewhere.in_aleppo):
                found.append((item_start, item_end, from_gazetteer(place)))
                taken.append((item_start, item_end))
    return found


# The second half of a hyphenated modifier whose first half names a base, a backer or an origin.
HYPHENATED_MODIFIER_RE = re.compile(
    r"[\-‐‑](?:based|backed|led|sponsored|funded|supported|allied|affiliated|aligned|linked|brokered|born|bred|made|trained|armed)\b"
)


def opens_a_hyphenated_modifier(text: str, end: int) -> bool:
    """Whether a name is the first half of a hyphenated modifier: a source's base ("the Britain-based
    Observatory", "an Aleppo-based activist"), a backer or broker ("Iran-backed fighters", "the US-led
    coalition", "a Russia-brokered truce"), an origin ("an Aleppo-born chef", "Iran-made drones"). None of
    these is a place where something happened; "rebel-held Aleppo" (the name after) is."""
    return HYPHENATED_MODIFIER_RE.match(text, end) is not None


def names_an_organisation(text: str, end: int) -> bool:
    """Whether a name opens an armed group's or unit's name ("Shuhada Bader Brigade", "Sultan Murad
    Division"): the words after it make it an organisation, not a place."""
    return bool(
        re.match(
            r"(?:\s+[A-Z][\w'’\-]+){0,2}\s+(?:Brigades?|Battalions?|Division|Regiment|Front|Movement|Army|Corps)\b",
            text[end : end + 60],
        )
    )

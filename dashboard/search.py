"""The search box as users spell: one query becomes every spelling the corpus may use for it.

"Kalasseh" is written "Kallaseh", "al-Kalasa" or "Kallasa" in different outlets. The query's spelling key
(pipeline/transliteration.py) finds the gazetteer places and entity names spelled like it; the search
then looks for all their names in titles and texts, and for the places' ids among the place mentions.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from pipeline.gazetteer import GazetteerPlace
from pipeline.transliteration import closest_key, spelling_key

MIN_KEY = 4  # shorter keys ("al", "sy") would match half the gazetteer


@dataclass(frozen=True)
class SearchTerms:
    """What a query looks for: lower-case `texts` (any may occur in a title, text or entity name) and
    gazetteer `place_ids` (an article mentioning one matches)."""

    texts: tuple[str, ...]
    place_ids: tuple[str, ...] = ()


def _spelled_like(key: str, names: Iterable[str]) -> bool:
    keys = _keys(tuple(names))
    return key in keys or closest_key(key, keys, min_length=MIN_KEY + 1) is not None


@functools.lru_cache(maxsize=4096)
def _keys(names: tuple[str, ...]) -> frozenset[str]:
    """The spelling keys of a place's names: computed once, not at every search (the gazetteer is fixed)."""
    return frozenset(spelling_key(n) for n in names)


def prepare(places: Iterable[GazetteerPlace]) -> None:
    """Compute the spelling keys of every place's names now (about 0.3 s for the gazetteer), so that the
    first search does not wait for them."""
    for place in places:
        _keys(tuple(place.names))


def names_by_key(names: Iterable[str]) -> dict[str, list[str]]:
    """Names grouped by spelling key ({"kalasa": ["Kallaseh", "Kalasa"]}), computed once per dataset."""
    grouped: dict[str, list[str]] = {}
    for name in names:
        grouped.setdefault(spelling_key(name), []).append(name)
    return grouped


def search_terms(
    query: str, places: Iterable[GazetteerPlace] = (), names: Mapping[str, Sequence[str]] | None = None
) -> SearchTerms:
    """The texts and place ids a query stands for: the query itself, the names and variants of every
    gazetteer place spelled like it, and the entity names spelled exactly like it (`names` from
    `names_by_key`: "Abdulrahman" finds "Abdul Rahman").

    >>> from pipeline.gazetteer import load_gazetteer
    >>> "kallaseh" in search_terms("Kalasseh", load_gazetteer()).texts
    True
    """
    needle = " ".join(query.split()).lower()
    if not needle:
        return SearchTerms(())
    key = spelling_key(needle)
    if len(key) < MIN_KEY:
        return SearchTerms((needle,))
    texts = [needle]
    place_ids = []
    for place in places:
        if _spelled_like(key, place.names):
            place_ids.append(place.id)
            texts += [n.lower() for n in place.names]
    texts += [n.lower() for n in (names or {}).get(key, [])]
    return SearchTerms(tuple(dict.fromkeys(texts)), tuple(place_ids))

"""State media named by description: "state media said", "state TV reported", "regime TV" -> the state
outlet the article names, else the generic broadcaster of the country it is about (data/lexicons/state_media.csv)."""

from __future__ import annotations

import functools
import re
from collections import Counter

from ..entities.lexicon import read_lexicon_rows
from .names import country_containing, country_of_nationality, country_of_possessive
from .parsed import ParsedArticle

STATE_MEDIA_RE = re.compile(
    r"^(?:the\s+)?(?:\w+(?:['’]s)?\s+)?(?:state|state-run|state-owned|official|government|government-run|regime)(?:\s+[A-Z]\w+)?\s+"
    r"(?:media|television|tv|news agency|agency|broadcaster|radio|press)$",
    re.IGNORECASE,
)


@functools.cache
def state_outlet_states() -> dict[str, str]:
    """Outlet -> the state that runs it, from data/lexicons/state_media.csv."""
    return {row["outlet"]: row["state"] for row in read_lexicon_rows("state_media.csv")}


@functools.cache
def state_outlet_media() -> dict[str, str]:
    """Canonical names of state-run outlets -> their medium ("agency", "television"), from
    data/lexicons/state_media.csv."""
    return {row["outlet"]: row["medium"] for row in read_lexicon_rows("state_media.csv")}


BROADCAST_RE = re.compile(r"\b(?:television|tv|broadcaster|channel)\b", re.IGNORECASE)
AGENCY_RE = re.compile(r"\bagency\b", re.IGNORECASE)


def state_outlet_meant(article: ParsedArticle, description: str) -> tuple[str, str] | None:
    """ "state media said", "state news agency reported": the one state-run outlet of the medium the
    description names (a broadcaster for "state TV", an agency for "state news agency", any for "state
    media") that the article names (SANA, TASS, IRNA ...); None when it names none or several, or for
    any other description."""
    description = description.strip()
    if not STATE_MEDIA_RE.match(description):
        return None
    medium = "television" if BROADCAST_RE.search(description) else "agency" if AGENCY_RE.search(description) else None
    media, states = state_outlet_media(), state_outlet_states()
    # "Iran's state TV", "Syria's state news agency": that state's outlet only. ("Syrian state media" names no one medium: the
    # outlets an article names decide it whoever runs them, and two leave it unnamed.)
    owner = owning_country(description) if medium in ("television", "agency") else None
    if owner is None and medium == "agency" and BARE_STATE_AGENCY_RE.match(description):
        owner = article_country(article)  # "the state news agency" in an article about Syria: Syria's
    named = {
        e.canonical
        for e in article.entities
        if e.canonical in media and medium in (None, media[e.canonical]) and owner in (None, states[e.canonical])
    }
    if len(named) == 1:
        return next(iter(named)), "ORG"
    if not named and medium == "television" and (owner or BARE_STATE_TELEVISION_RE.match(description)):
        broadcaster = state_television_of(owner or article_country(article))
        return (broadcaster, "ORG") if broadcaster else None
    if not named and medium == "agency" and owner:
        # "Syria's state news agency": that state's one news agency (SANA), when it has one listed
        agencies = [outlet for outlet, state in states.items() if state == owner and media[outlet] == "agency"]
        return (agencies[0], "ORG") if len(agencies) == 1 else None
    return None


def owning_country(description: str) -> str | None:
    """The country whose state medium a description names by a word before its state word: a nationality
    ("Syrian state TV"), a possessive ("Syria's state TV", "Syrias" with its apostrophe lost); else None."""
    match = re.match(r"^(?:the\s+)?(\S+?)(?:\s*['’]s)?\s+(?:state|official|government|regime)\b", description, re.I)
    if not match:
        return None
    word = match.group(1)
    if not word[:1].isupper():
        return None
    return country_of_nationality(word) or country_of_possessive(word, split_possessive=True)


# "state television said", "state TV reported", "regime TV": one state's broadcaster, no country written.
# "regime TV" is how opposition-leaning outlets name the same broadcaster.
BARE_STATE_AGENCY_RE = re.compile(r"^(?:the\s+)?(?:state(?:-run|-owned)?|official|regime)\s+(?:news\s+)?agency$", re.I)
BARE_STATE_TELEVISION_RE = re.compile(r"^(?:the\s+)?(?:state(?:-run|-owned)?|regime)\s+(?:television|tv|broadcaster)$", re.I)


def article_country(article: ParsedArticle) -> str | None:
    """The country an article is about: the one its places and nationality words name most (a town counts
    for its country, "Syrian" for Syria), or None when nothing names one or two tie. A source's base
    ("the Britain-based Observatory") is no place the article is about; an article about Iraq that mentions
    Syria once is about Iraq."""
    counts: Counter = Counter()
    for entity in article.entities:
        if SOURCE_BASE_RE.match(article.text, entity.end):
            continue  # where a source sits or a person was born, not where the story is
        if entity.label == "GPE":
            country = country_containing(entity.canonical)
        elif entity.label == "NORP":
            country = country_of_nationality(entity.text)
        else:
            continue
        if country:
            counts[country] += 1
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


SOURCE_BASE_RE = re.compile(r"\s*-\s*(?:based|born)\b", re.IGNORECASE)  # "Britain-based", "Iraqi-born"


def state_television_of(country: str | None) -> str | None:
    """The generic name of a state's television ("Syrian state television") when `state_media.csv`
    lists one for it, else None: bare "state TV" in an article about that country is its broadcaster."""
    return next(
        (
            outlet
            for outlet, state in state_outlet_states().items()
            if state == country and state_outlet_media()[outlet] == "television" and outlet.endswith("state television")
        ),
        None,
    )

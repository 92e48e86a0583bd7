"""One name per speaker across the corpus: the alias table's and the entity patterns' canonical names,
seats of government, and news outlets by the outlet registry's name (data/lexicons/outlets.csv), read
from a source's name as written, with the words that only date or describe it."""

from __future__ import annotations

import functools
import re

from ..entities import find_known_name
from ..outlets.registry import distinctive_outlet_name, name_key, outlet_registry
from ..places import resolve_offline
from ..speakers import government_of_seat
from .names import country_possessive

PARENTHESIS_RE = re.compile(r"\s*\([^()]*\)\s*$")


@functools.cache
def known_canonical(name: str, person: bool = False) -> str:
    """One name per speaker across the corpus: a name the alias table or the entity patterns know
    ("Syrian TV", "Sana news agency") becomes its canonical ("Syrian state television", "SANA"); else a
    news outlet's name or alias in the outlet registry becomes the registry's name ("Al Masdar News" ->
    "Al-Masdar News"), so that a speaker and the outlet column name one outlet alike; never a `person`'s
    name ("Zenger", "al-Araby" are surnames too)."""
    for form in (name, PARENTHESIS_RE.sub("", name)):  # "SANA (Syrian Arab News Agency)" -> "SANA"
        known = find_known_name(form)
        if known is not None:
            return known.canonical
    if person:
        return known_name_among_descriptors(name, outlets=False) or name
    # the whole name first: "Jordan News Agency" is an outlet's alias before it is "Jordan" described
    return outlet_named(name) or known_name_among_descriptors(name) or name


def outlet_named(name: str, described_as_outlet: bool = False) -> str | None:
    """The registry name of the outlet a speaker's whole name is ("Al Masdar News", "Sputnik News"), None
    for any other name and for a one-word name that is also an ordinary word ("the Monitor"), unless the
    text says it is an outlet (`described_as_outlet`: "the Guardian newspaper")."""
    outlet = outlet_registry().named(name)
    if outlet is None or not written_as_a_name(name):
        return None  # "An Arab news channel" is no "Arab News"
    acronyms = [a for a in (outlet.name, *outlet.aliases) if a.isupper() and name_key(a) == name_key(name)]
    if acronyms and not name.isupper():
        return None  # "Sana said" is a woman, "SANA said" the agency
    # an ordinary-word name the text calls an outlet: "the Guardian newspaper", not "Local media"
    named_the = name.split()[0].lower() == "the" and all(w[:1].isupper() for w in name.split()[1:])
    if not (distinctive_outlet_name(name) or (described_as_outlet and named_the)):
        return None
    display = EDITION_RE.sub("", outlet.name)  # "Le Monde (English)", "Al-Akhbar English": the site, not the speaker
    gloss = PARENTHESIS_RE.search(display)
    if gloss is not None and resolve_offline(gloss.group(0).strip(" ()"), context_in_aleppo=False) is not None:
        return display[: gloss.start()]  # "Al-Watan (Syria)": a place tells outlets apart, not speakers
    return display  # "ANHA (Hawar News Agency)": the gloss is the name a reader knows


EDITION_RE = re.compile(r"\s*(?:\(English(?: edition)?\)|\bEnglish)$")
NAME_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "the", "of", "for", "and", "de", "la", "le"})


def written_as_a_name(text: str) -> bool:
    """Whether the words are a name's ("Al Masdar News", "al-Manar", "The New Arab"), possibly with what the
    outlet is in lower case after it ("Hawar news agency"): capitalised, small particles aside, and not
    opened by "a"/"an" ("An Arab news channel", "a Gulf news agency" are descriptions)."""
    words = text.split()
    if not words or words[0].lower() in ("a", "an"):
        return False
    for n, word in enumerate(words):
        head, _, rest = word.partition("-")
        if word[:1].isupper() or (head.lower() in NAME_PARTICLES and (not rest or rest[:1].isupper())):
            continue
        if n > 0 and word in OUTLET_KIND_WORDS:
            continue
        return False
    return True


# Words that can stand beside a source's name in comma-less text without being part of it: dates run
# into the name ("Monday Russia"), a tag line ("Tags Idlib Russia"), and what a body is ("state-run
# SANA news agency", "SANA reporter").
NAME_DESCRIPTOR_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tags", "state-run", "state",
     "regime", "pro-regime", "government", "pro-government", "syrian", "syrias",
     "official", "news", "agency", "reporter", "correspondent", "the", "on", "january", "february", "march",
     "april", "may", "june", "july", "august", "september", "october", "november", "december"}
)
# What an outlet is, written beside its name ("the Al Masdar media outlet", "al-Manar TV channel", "the
# Hurriyet daily"): these leave the outlet's name speaking, never any other name.
OUTLET_DESCRIPTOR_WORDS = frozenset(
    {"media", "outlet", "tv", "television", "channel", "station", "radio", "broadcaster", "network", "newspaper",
     "daily", "weekly", "website", "site", "portal", "outlets", "paper", "pro-kremlin", "kremlin-funded",
     "state-owned", "state-funded", "pan-arab", "london-based", "beirut-based", "qatar-based", "lebanese",
     "russian", "turkish", "iranian", "british", "american", "israeli", "kurdish", "qatari", "saudi"}
)
# What an outlet is, written after its name ("Al-Manar TV channel", "the Al-Masdar news outlet"): only these
# may follow the name.
OUTLET_KIND_WORDS = frozenset(
    {"media", "outlet", "tv", "television", "channel", "station", "radio", "broadcaster", "network", "newspaper",
     "daily", "weekly", "website", "site", "portal", "paper", "news", "agency", "reporter", "correspondent"}
)


def known_name_among_descriptors(name: str, outlets: bool = True) -> str | None:
    """ "Monday Russia" -> "Russia", "Saturday Moscow" -> "Russia", "state-run SANA news agency" -> "SANA",
    "the Al Masdar media outlet" -> "Al-Masdar News": the one known name (alias table, entity patterns,
    seats of government, the outlet registry) among words that only date or describe it. The longest
    known run of words wins; None when any other word is left over. Words saying what an outlet is
    ("TV channel", "daily") leave only an outlet's name."""
    words = name.split()
    for size in range(len(words) - 1, 0, -1):
        for first in range(len(words) - size + 1):
            run = " ".join(words[first : first + size])
            others = words[:first] + words[first + size :]
            rest = [w for w in others if not country_possessive(w)]
            if all(w.lower() in NAME_DESCRIPTOR_WORDS for w in rest):
                known = find_known_name(run)
                if known is not None:
                    return known.canonical
                if (government := government_of_seat(run)) is not None:
                    return government
                place = resolve_offline(run, context_in_aleppo=False)
                if place is not None and place.kind == "country" and others:
                    return place.name  # "Monday Russia": a country speaking for its government
            before, after = words[:first], words[first + size :]
            described = [w for w in others if w.lower() in OUTLET_DESCRIPTOR_WORDS]
            if (
                outlets
                and all(w.lower() in NAME_DESCRIPTOR_WORDS | OUTLET_DESCRIPTOR_WORDS or country_possessive(w) for w in before)
                # only words saying what an outlet is after the name ("AP Syria's state TV" is two bodies), in
                # lower case or an abbreviation: "Iraqi News Agency" is a name of its own, not "Iraqi News"
                and all(w.lower() in OUTLET_KIND_WORDS and (w.islower() or w.isupper()) for w in after)
                and (outlet := outlet_named(f"the {run}" if before and before[-1].lower() == "the" else run, bool(described)))
            ):
                return outlet  # "the Al Masdar media outlet", "Lebanon's al-Manar TV channel", "the Guardian newspaper"
    return None

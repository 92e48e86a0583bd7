"""Casualty lexicons (data/lexicons/casualty_*.json) and the fixed word sets the rules share."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Sequence

from spacy.tokens import Token

from ..numbers import vague_words
from ..paths import LEXICON_DIR

YEAR_RE = re.compile(r"(?:19|20)\d\d")  # a bare four-digit year: "in 2016", "2011 to 2015"

# spaCy entity labels under which a number is a date, a time, money, a name ... never a toll.
BLOCKING_ENT_LABELS = frozenset(
    {
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "ORDINAL",
        "ORG",
        "GPE",
        "FAC",
        "LOC",
        "LAW",
        "PRODUCT",
        "WORK_OF_ART",
        "EVENT",
        "ARMED_GROUP",
    }
)
# Verbs that credit a figure to whoever is their subject: "sources told Reuters", "the ministry said".
SPEECH_LEMMAS = frozenset({"say", "tell", "report", "announce", "state", "claim", "confirm", "deny", "accuse", "put"})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "obj", "csubj", "nmod"})
SUBCOUNT_PREPS = frozenset({"including", "among", "incl", "includes", "include"})
# "100 killed, mostly women and children": an adverb that opens a description of the victims counted.
DESCRIBING_ADVERBS = frozenset({"mostly", "mainly", "largely", "chiefly", "primarily", "predominantly"})


def describes_the_victims(noun: Token) -> bool:
    """Whether a noun phrase opens with a describing adverb ("mostly women and children"): a description
    of the people counted before it, whatever role the parse gives it."""
    first = noun.left_edge
    before = noun.doc[first.i - 1] if first.i > 0 else None
    # The parse hangs the adverb on the noun or, reading "wounded mostly women" as a verb phrase, on the verb.
    return first.lower_ in DESCRIBING_ADVERBS or (before is not None and before.lower_ in DESCRIBING_ADVERBS)
# Words that may sit between a figure and its cue: "20 were killed", "dozens more wounded",
# "hundreds of men who have gone missing", "5 people reportedly killed".
LINEAR_SKIP = frozenset(
    {
        "more",
        "other",
        "others",
        "were",
        "was",
        "have",
        "has",
        "had",
        "been",
        "being",
        "are",
        "is",
        "be",
        "who",
        "reportedly",
        "also",
        "all",
        "later",
        "gone",
        "went",
        "go",
        "found",
        "reported",
        "confirmed",
        "left",
        "lay",
        "allegedly",
        "feared",
        "believed",
        "said",
        "either",
        "critically",
        "seriously",
        "severely",
        "slightly",
        "lightly",
        "fatally",
        "badly",
        "now",
        "already",
        "people",
        "persons",
        "then",
        "shot",
        "got",
        "get",
    }
)
PRONOUNS = frozenset({"them", "whom", "those", "these"})
WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
# Words by a count that make it more victims than a count before ("another nine", "a further 20", "six
# others", "three more"), not the same ones again: the gapping rule (`lists`) and restatements (`dedupe`).
ADDING_WORDS = frozenset({"another", "further", "more", "others", "other", "additional"})
# Nouns a count may stand on instead of a noun of persons: "six others" (other people), "dozens more".
OTHERS_WORDS = frozenset({"others", "more"})
DETERMINER_RE = re.compile(r"^(?:the|a|an|its|their|his|her|local|some)\s+", re.I)


@functools.cache
def lexicon(name: str) -> dict:
    """One casualty lexicon (data/lexicons/casualty_<name>.json), read once per process."""
    return json.loads((LEXICON_DIR / f"casualty_{name}.json").read_text(encoding="utf-8"))


@functools.cache
def non_casualty_nouns() -> frozenset[str]:
    return frozenset(lexicon("non_casualty_nouns")["nouns"])


@functools.cache
def qualifier_phrases() -> tuple[tuple[str, str], ...]:
    """Qualifiers before a figure, longest first so "no fewer than" beats "than"."""
    before = lexicon("qualifiers")["before"]
    return tuple(sorted(before.items(), key=lambda kv: -len(kv[0])))


@functools.cache
def one_word_qualifiers() -> frozenset[str]:
    """The qualifiers of one word ("about", "around", "over", "nearly"), which the parse may read as a
    preposition whose object is the figure ("are around 300")."""
    return frozenset(phrase for phrase in lexicon("qualifiers")["before"] if " " not in phrase)


@functools.cache
def person_nouns() -> dict[str, str]:
    return lexicon("person_nouns")["nouns"]


def person_group(token: Token) -> str | None:
    """Victim group of a noun naming one person ("nurse" -> medics), else None."""
    lemma = token.lemma_.lower()
    return person_nouns().get(lemma) or (group_of(token) if lemma not in ("people", "family") else None)


def group_of(token: Token) -> str | None:
    groups = lexicon("victim_groups")
    lower = token.lower_
    # Title-case headlines ("Kills 30 ISIL Terrorists") tag the noun as a name, whose lemma keeps
    # the plural: try the plain singular forms too.
    singulars = (lower[:-3] + "y", lower[:-2], lower[:-1]) if lower.endswith("s") else ()
    for key in (token.lemma_.lower(), lower, *singulars):
        if key in groups and not key.startswith("_"):
            return groups[key]
    return None


# "the toll rose from 40 to 50", "has doubled from 35 to 70" is an update, not a range.
CHANGE_LEMMAS = frozenset(
    {"rise", "increase", "climb", "jump", "grow", "go", "fall", "drop", "raise", "revise", "double", "triple",
     "soar", "surge", "mount", "swell"}
)


def group_or_its_part(token: Token) -> str | None:
    """The victim group a verb's object names, or the group a number's "of" phrase takes a part of:
    "lost 14 soldiers" (soldiers), "lost 6 of its fighters" (fighters: 6 of them, as "lost 6 fighters"),
    "lost dozens of its fighters" (a vague count of them). None for an object no group of people says
    ("lost 6 of its positions")."""
    if (group := group_of(token)) is not None or not (token.like_num or token.lower_ in vague_words()):
        return group
    parts = (o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj")
    return next((g for o in parts if (g := group_of(o)) is not None), None)


# "the death count", "the casualty figure", "the body count": a counting noun is a toll when a noun of
# harm (casualty_types.json's toll_modifiers) modifies it; alone ("the count of villages", "the figure of
# 20 tanks") it counts anything.
COUNTING_NOUNS = frozenset({"count", "figure", "total"})


def toll_noun_kind(token: Token) -> str | None:
    """The harm a toll noun counts ("toll" -> killed; "death count" -> killed; "casualty figure" ->
    killed_or_wounded), or None for a noun that is no toll ("12 casualty figures" counts figures)."""
    types = lexicon("types")
    modifiers = types["toll_modifiers"]
    lemma = token.lemma_.lower()
    if lemma in types["toll_nouns"]:
        kind = types["toll_nouns"][lemma]
        for mod in token.children:  # "the civilian toll", "the injury toll": the last modifier of harm says
            key = mod.lower_ if mod.lower_ in modifiers else mod.lemma_.lower()
            kind = modifiers.get(key, kind)
        # "the toll of the dead and injured": both harms counted together
        # (the parse may hang "and injured" on the toll itself)
        counted = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        hung = [c for c in token.children if c.dep_ == "conj" and c.pos_ in ("VERB", "ADJ")]
        return next((joined for o in counted if (joined := harms_joined(o, hung))), kind)
    if lemma not in COUNTING_NOUNS or token.tag_ != "NN":
        return None
    harm = next(
        (c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i < token.i and c.lemma_.lower() in modifiers),
        None,
    )
    return modifiers[harm.lemma_.lower()] if harm is not None else None


def harms_joined(word: Token, also: Sequence[Token] = ()) -> str | None:
    """ "the dead and injured", "the killed and wounded": "killed_or_wounded" when a word of harm is joined
    to one of the other harm (its conjuncts, and `also`: words the parse hung elsewhere), else None."""
    return "killed_or_wounded" if {"killed", "wounded"} <= joined_kinds(word, also) else None


def joined_kinds(word: Token, also: Sequence[Token] = ()) -> set[str]:
    """The harms a word and its conjuncts (and `also`) name: {"killed", "missing"} for "the killed and missing"."""
    types = lexicon("types")
    kinds = {
        types["words"].get(w.lower_) or types["verbs"].get(w.lemma_.lower())
        for w in (word, *(c for c in word.children if c.dep_ == "conj"), *also)
    }
    return kinds - {None}


def is_toll_noun(token: Token) -> bool:
    return toll_noun_kind(token) is not None


# Prepositions of place that the tagger may read as adjectives ("outside bakery", "near school").
PREPOSITIONS_READ_AS_ADJECTIVES = frozenset({"outside", "inside", "near", "behind", "beside", "across", "along", "amid", "opposite"})


def place_read_as_an_object(noun: Token) -> bool:
    """ "Gunman Killed Outside Mosque": a capitalised preposition of place read as a modifier makes the
    place a participle's object; a phrase opened by one is where it happened, not whom it harmed."""
    return noun.left_edge.lower_ in PREPOSITIONS_READ_AS_ADJECTIVES


SUBCOUNT_OPENERS = (("among", "them"), ("of", "them"), ("of", "whom"), ("including",))


def opened_as_subcount(phrase, doc) -> bool:
    """ "..., among them 31 children", "including 4 women": a count (a `counts.NumberPhrase`) named as part
    of the figure before it."""
    window = [t.lower_ for t in doc[max(0, phrase.start - 2) : phrase.start]]
    return any(tuple(window[-len(opener) :]) == opener for opener in SUBCOUNT_OPENERS)

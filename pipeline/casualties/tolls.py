"""Toll values the parse hangs away from their toll: "may be as high as 400", "put the toll from the
war at 470000", "brought the toll for soldiers killed in the war to 18", and counts of lives taken.
Each returns what `types.governing_cue` needs to read the value's type."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import copula_subject_cue, toll_cue
from .lexicons import lexicon


def counts_lives(count: Token, verb: Token) -> bool:
    """ "The strikes claimed hundreds of civilian lives", "cost thousands of lives": a count of lives
    that a verb of taking lives has as its object counts the dead."""
    return verb.lemma_.lower() in lexicon("types")["lives_verbs"] and any(
        p.dep_ == "prep" and p.lower_ == "of" and any(o.lemma_.lower() == "life" for o in p.children)
        for p in count.children
    )


def as_high_as(token: Token) -> tuple[str | None, bool] | None:
    """ "The death toll may be as high as 400", "put the death toll at as high as 470000": a value after
    "as high as" (or "as low as"); the copula's subject, or the toll the verb puts at the value, says
    what it counts. (type, updates_earlier), else None when the value is in no such phrase."""
    head = token.head
    if token.dep_ != "pobj" or head.lower_ != "as" or head.head.lower_ not in ("high", "low"):
        return None
    adjective = head.head
    if adjective.dep_ == "acomp" and adjective.head.lemma_.lower() == "be":
        return copula_subject_cue(adjective.head)
    if adjective.head.lower_ in ("at", "to") and adjective.head.head.pos_ == "VERB":
        return toll_cue(adjective.head.head)
    return None


def verb_of_a_low_value(preposition: Token) -> Token | None:
    """ "puts the death toll from the six-year conflict at more than 470000", "brought the toll for
    soldiers killed in the war to 18": the parse may hang the value's "at" (or "to") inside a phrase
    between the toll and its value; that phrase hangs on the verb whose toll it is. The verb (the
    first one up the chain that heads no modifier clause), else None."""
    if preposition.lower_ not in ("at", "to"):
        return None
    token = preposition.head
    for _ in range(LOW_VALUE_REACH):
        if token.pos_ == "VERB" and token.dep_ not in ("acl", "relcl"):
            return token if token.i != preposition.head.i else None
        if token.dep_ not in ("pobj", "prep", "acl", "relcl", "dobj") or token.head.i == token.i:
            return None
        token = token.head
    return None


LOW_VALUE_REACH = 8  # steps up from the value's preposition to the verb


# Verbs that bring a kept count to a new value: "bringing the toll to 1,320", "took the total to 9".
BRINGING_VERBS = frozenset({"bring", "take", "push"})
# Nouns of a kept count of people ("the monthly toll", "the total", "the number of people killed").
KEPT_COUNT_NOUNS = frozenset({"toll", "total", "number", "tally", "count"})
# One incident whose own toll an "of"/"from"/"in" phrase names: its toll brought up is that incident's.
INCIDENT_NOUNS = frozenset({
    "attack", "bombing", "blast", "explosion", "strike", "airstrike", "massacre", "shooting", "raid", "ambush",
    "crash", "fire", "stampede", "earthquake", "quake", "collapse",
})  # fmt: skip


def value_brought_to(number: Token) -> bool:
    """ "31 people were killed on Monday, bringing the monthly toll to 1,320", "brought to 112 the number
    of people killed in Iraq this week", "bringing the total to 9": the value a kept count is brought to
    adds the sentence's events to those counted before, a running total (`cumulative`). Not a toll of
    one incident the phrase names ("bringing the toll from the bombing to 40": that incident's, updated)."""
    to = number.head if number.dep_ in ("nummod", "quantmod", "compound") else number
    to = to.head if to.dep_ == "pobj" else None
    if to is None or to.lower_ != "to" or to.head.lemma_.lower() not in BRINGING_VERBS:
        return False
    counts = [c for c in to.head.children if c.dep_ == "dobj" and c.lemma_.lower() in KEPT_COUNT_NOUNS]
    # the incident's phrase may hang on the count or on the verb ("bringing the toll from the bombing to 40")
    return bool(counts) and not any(
        o.lemma_.lower() in INCIDENT_NOUNS
        for p in (*counts[0].children, *to.head.children)
        if p.dep_ == "prep" and p.lower_ in ("of", "from", "in")
        for o in p.children
    )

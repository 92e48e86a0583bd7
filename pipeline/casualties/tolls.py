"""Toll values the parse hangs away from their toll: "may be as high as 400", "put the toll from the
war at 470000", "brought the toll for soldiers killed in the war to 18", and counts of lives taken.
Each returns what `types.governing_cue` needs to read the value's type."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..nlp import entity_at
from ..places.resolve import resolve_offline
from ..speakers import event_nouns
from .cues import number_of_casualties
from .lexicons import is_toll_noun, lexicon
from .toll_cues import copula_subject_cue, the_casualties_as_subject, toll_cue, toll_cue_from_noun


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
    verb = adjective.head
    if adjective.dep_ == "acomp" and verb.lemma_.lower() == "be":
        if verb.dep_ == "xcomp" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            verb = verb.head  # "The toll is thought to be as high as 1,000": the subject of "thought"
        return copula_subject_cue(verb)
    if verb.lower_ in ("at", "to") and verb.head.pos_ == "VERB":
        return toll_cue(verb.head)
    if adjective.dep_ in ("acomp", "advmod") and verb.lemma_.lower() in TOLL_MOVES:
        # "The toll could go as high as 20,000", "The death toll rose as high as 89", "Some reports put
        # the toll as high as 70": the toll whose value it is, the verb's subject or object
        return copula_subject_cue(verb)
    return None


# Verbs whose toll (subject, or object of "put") a value "as high as" completes.
TOLL_MOVES = frozenset({"go", "rise", "climb", "reach", "jump", "soar", "mount", "put", "stand", "run"})


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


# Verbs that bring a kept count to a new value: "bringing the toll to 1,320", "took the total to 9",
# "raising the monthly toll to 50".
BRINGING_VERBS = frozenset({"bring", "take", "push", "raise"})
# Nouns of a kept count of people ("the monthly toll", "the total", "the number of people killed").
KEPT_COUNT_NOUNS = frozenset({"toll", "total", "number", "tally", "count"})
# One incident whose own toll a phrase names: its toll brought up is that incident's. Besides attacks,
# the disasters and accidents that kill in one event ("the blaze", "the storm", "the sinking").
INCIDENT_NOUNS = frozenset({
    "attack", "bombing", "blast", "explosion", "strike", "airstrike", "massacre", "shooting", "raid", "ambush",
    "crash", "fire", "stampede", "earthquake", "quake", "collapse", "bomb",
    "blaze", "wildfire", "storm", "flood", "flooding", "hurricane", "typhoon", "cyclone", "tornado", "landslide",
    "mudslide", "avalanche", "tsunami", "eruption", "accident", "derailment", "sinking", "shipwreck", "tremor",
})  # fmt: skip
# Words that write the period a running total counts over: "since October", "so far", "to date".
PERIOD_PHRASES = ("since", "so far", "to date")
# Units of a date that make it a period, not a point in time: "this month", "the monthly toll" (not "on Sunday").
PERIOD_UNITS = frozenset({"week", "month", "year", "weekly", "monthly", "yearly", "annual", "decade"})
# Nouns of a campaign, an outbreak or a stretch of unrest a count runs over: "the number of dead in the
# Aleppo offensive", "the toll of the war", "the toll from the outbreak", "the toll from the unrest",
# "its toll in the ground operation".
CAMPAIGN_NOUNS = frozenset({
    "war", "conflict", "offensive", "campaign", "siege", "fighting", "violence", "uprising", "crisis",
    "outbreak", "epidemic", "pandemic", "unrest", "protest", "insurgency", "rebellion", "revolution",
    "operation", "occupation",
})  # fmt: skip
# Events that run over days or months as campaigns do, though one can be a single clash: "The battle for
# Mosul has killed 200 more civilians, bringing its toll to 5,000", "the air assault", "the hostilities".
# `is_an_incident` reads them as campaigns; `counts_over_a_period` does not ("killed in the assault, bringing
# the toll to 50" names no period).
LONG_EVENT_NOUNS = frozenset({"battle", "assault", "hostility", "hostilities", "invasion", "blockade", "intervention"})
# Words before a toll that make it a whole side's or a whole nation's: "the civilian toll", "the national toll".
WHOLE_COUNT_WORDS = frozenset({"civilian", "national", "nationwide", "countrywide"})
# Possessives that are the time a count covers, not a side that owns it: "the day's toll", "the week's toll".
TIME_OWNERS = frozenset({"DATE", "TIME"})
# Nouns of a state's or a group's force whose toll "of" names: "the toll of the Nigerian army".
FORCE_NOUNS = frozenset({"army", "military", "forces", "force", "police", "navy", "militia", "coalition"})


def running_total_clause(sent: Span) -> Token | None:
    """The participle that opens a clause bringing a kept count to a new value after the sentence's own
    events ("..., bringing the toll since November 15 to 300", "..., raising to 210 the number of civilians
    killed since the start of the month"), or None. Its period words make the running total cumulative,
    not the counts of the clause it follows."""
    for verb in sent:
        if (
            verb.lemma_.lower() in BRINGING_VERBS and verb.tag_ == "VBG" and verb.head.i < verb.i
            and verb.dep_ in ("advcl", "xcomp", "conj", "acl")
            and any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in KEPT_COUNT_NOUNS for c in verb.children)
        ):
            return verb
    return None


def value_brought_to(number: Token) -> bool:
    """ "31 people were killed on Monday, bringing the monthly toll to 1,320", "brought to 112 the number
    of people killed in Iraq this week", "bringing the total since October to 34,000", "bringing the
    army's death toll to 225": the value a kept count over a written period (or a party's own count) is
    brought to adds the sentence's events to those counted before, a running total (`cumulative`). A
    bare "bringing the toll to 51" after "Two more victims of the Christchurch attack died", "the
    attack's toll", "the bombing toll", "the toll from the bombing": one incident's toll, updated."""
    to = number.head if number.dep_ in ("nummod", "quantmod", "compound") else number
    to = to.head if to.dep_ == "pobj" else None
    if to is None or to.lower_ != "to":
        return False
    verb = to.head if to.head.lemma_.lower() in BRINGING_VERBS else verb_of_a_low_value(to)
    if verb is None or verb.lemma_.lower() not in BRINGING_VERBS:
        return False
    counts = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in KEPT_COUNT_NOUNS]
    if not counts or names_an_incident(counts[0], verb):
        return False
    return counts_over_a_period(counts[0], verb) or counts_of_a_party(counts[0]) or counts_in_a_country(counts[0], verb)


def names_an_incident(count: Token, verb: Token) -> bool:
    """Whether the kept count is one incident's: "the toll from the bombing", "the death toll in the
    attack" (a phrase on the count or the verb), "the attack's toll", "the bombing toll"."""
    phrases = (*count.children, *verb.children)
    named = [o for p in phrases if p.dep_ == "prep" and p.lower_ in ("of", "from", "in") for o in p.children]
    named += [c for c in count.children if c.dep_ in ("poss", "compound")]
    return any(is_an_incident(t) for t in named)


def is_an_incident(noun: Token) -> bool:
    """Whether a noun names one event: an attack, a disaster, an accident ("the blaze", "the storm", "the
    shelling"), or any event noun of data/lexicons/event_nouns.txt but a campaign's ("the offensive",
    "the war", "the battle for Mosul", "the hostilities": those run over many events). A party, a state
    or an armed group is never one."""
    lemma = noun.lemma_.lower()
    return lemma in INCIDENT_NOUNS or (lemma in event_nouns() and lemma not in CAMPAIGN_NOUNS | LONG_EVENT_NOUNS)


def counts_over_a_period(count: Token, verb: Token) -> bool:
    """Whether the count (or the verb that brings it up) writes the period it runs over: a date of a
    period ("the monthly toll", "killed in Kherson this month"), "since October", "so far", a campaign
    ("the number of dead in the Aleppo offensive"); not a point in time ("on Sunday")."""
    words = list(count.subtree)
    on_verb = [c for c in verb.children if c.dep_ in ("npadvmod", "advmod", "prep") and c.i != count.i]
    words += [t for c in on_verb for t in c.subtree]
    text = " " + " ".join(t.lower_ for t in sorted(words, key=lambda t: t.i)) + " "
    return any(
        (t.ent_type_ == "DATE" and t.lemma_.lower() in PERIOD_UNITS) or t.lemma_.lower() in CAMPAIGN_NOUNS for t in words
    ) or any(f" {p} " in text for p in PERIOD_PHRASES)


def counts_of_a_party(count: Token) -> bool:
    """ "bringing the army's death toll to 225", "the U.S. death toll in Iraq", "the Ukrainian toll",
    "its toll", "their toll", "the toll of the Nigerian army", "the civilian toll", "the national toll": a
    count a side or place owns (no incident: `names_an_incident` came first) runs over all its losses.
    Not "the day's toll" (a time, no side), nor the "of" of "the number of soldiers killed" (whom it counts)."""
    owners = [c for c in count.children if c.dep_ == "poss" and c.ent_type_ not in TIME_OWNERS]
    if any(c.pos_ in ("NOUN", "PROPN") for c in owners):
        return True
    if any(c.lower_ in ("its", "their") for c in owners) and not pronoun_of_an_incident(count):
        return True
    if any(
        (c.dep_ == "compound" and c.pos_ == "PROPN") or (c.dep_ == "amod" and (c.ent_type_ == "NORP" or c.lower_ in WHOLE_COUNT_WORDS))
        for c in count.children
    ):
        return True
    if count.lemma_.lower() == "number":
        return False
    named = [o for p in count.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(o.pos_ == "PROPN" or o.lemma_.lower() in FORCE_NOUNS for o in named)


def pronoun_of_an_incident(count: Token) -> bool:
    """Whether "its toll" is an incident's: the clause the bringing verb continues has an incident for its
    subject ("The bombing killed 5 more, bringing its toll to 30", "The blaze killed 5 more people,
    bringing its toll to 30"), not a side ("The army said 2 soldiers
    were killed, bringing its toll to 330")."""
    verb = count.head
    clause = verb.head if verb.dep_ in ("advcl", "xcomp", "conj") else verb
    if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "nsubjpass"):
        clause = verb.head.head  # comma lost: "killed 5 more people bringing its toll to 30" hangs it on the object
    return any(c.dep_ in ("nsubj", "nsubjpass") and is_an_incident(c) for c in clause.children)


def counts_in_a_country(count: Token, verb: Token) -> bool:
    """ "bringing the toll in Lebanon to 3,500", "raised the death toll in Sudan to 150,000": a count kept
    for a whole country (an "in" phrase on the count or the verb) runs over all of its events; not a
    city's ("the toll in Kharkiv": the scene of one event as often as a running count)."""
    phrases = [p for p in (*count.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "in"]
    for place in (o for p in phrases for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "GPE"):
        name = entity.text if (entity := entity_at(place)) is not None else place.text
        resolved = resolve_offline(name)
        if resolved is not None and resolved.kind == "country":
            return True
    return False


def toll_put_at_its_value(preposition: Token) -> tuple[str | None, bool] | None:
    """ "put the number of dead at 40 and the wounded at 120", "putting the death toll at 12 and the number
    of wounded at 28": one verb puts several tolls, each at the value of the "at" right after it, and
    the parse hangs every "at" on the verb. (type, updates_earlier) of the object just before this "at",
    else None when the verb puts one toll only (`toll_cues.toll_cue` reads it) - unless that one object is
    the casualties themselves ("put the dead at 40": `toll_cues.toll_cue` reads tolls and numbers of)."""
    verb = preposition.head
    if preposition.lower_ != "at" or verb.pos_ != "VERB":
        return None
    # "and the wounded at 120": the parse may tag the second object a participle, its article still there
    objects = [
        c for c in verb.children
        if c.dep_ == "dobj" or (c.dep_ == "conj" and (c.pos_ in ("NOUN", "ADJ") or any(d.dep_ == "det" for d in c.children)))
    ]
    if len(objects) < 2:
        alone = objects[0] if objects and objects[0].i < preposition.i else None
        kind = the_casualties_as_subject(alone) if alone is not None and alone.dep_ == "dobj" else None
        return (kind, False) if kind else None
    before = [o for o in objects if o.i < preposition.i]
    if not before:
        return None
    toll = before[-1]
    if is_toll_noun(toll):
        return toll_cue_from_noun(toll)
    return number_of_casualties(toll) or the_casualties_as_subject(toll), False

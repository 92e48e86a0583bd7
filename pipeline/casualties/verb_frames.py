"""Verbs that name a harm only with their complement: driven from one's home (displaced), in a grave
condition, taken to hospital or given treatment (wounded), a whereabouts or fate that remains unknown (missing), still
under the rubble or still to be pulled out of it (trapped), taken prisoner or into custody or held in detention (detained). The rescued
("pulled 40 people alive from the rubble", "rescued 12 people") are none of the guidelines' types: no figure."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicons import group_of, lexicon, person_group

# The type of a count a verb of no harm governs ("rescued 12 hostages", "freed 20 detainees"): a marker
# the extractor drops, as it drops cues.MIXED_HARMS, so that the count never takes the type of a verb joined
# to it ("rescued 12 hostages and killed 5 kidnappers") nor of its noun ("rescued 200 hostages").
NO_HARM = "no_harm"
NO_HARM_VERBS = frozenset({"rescue", "save", "free", "liberate"})


HOME_NOUNS = frozenset({"home", "homes", "house", "houses"})
# Places one lives in only with their possessive: "forced out of their villages", not "pushed the
# fighters out of the town" (a front line moving).
DWELLING_NOUNS = frozenset({"village", "villages", "land", "lands", "town", "towns", "city", "neighbourhood", "neighborhood"})
LEAVING_VERBS = frozenset({"leave", "abandon", "desert"})
# Victim groups that hold ground: driven from "their town" they lose a front, not a home.
ARMED_GROUPS = frozenset({"fighters", "militants", "rebels", "soldiers", "troops", "terrorists", "jihadists", "gunmen"})
DRIVING_VERBS = frozenset({"drive", "force", "chase", "push", "expel", "evict", "oust", "uproot", "flush"})


def driven_from_home(verb: Token) -> bool:
    """ "nine million have been driven from their homes", "forced out of their villages": a verb of
    driving with "from"/"out of" a home is displacement. Not "drove from Aleppo to Homs" (no home)."""
    if verb.lemma_.lower() in LEAVING_VERBS:
        # "forced 20 families to leave their homes", "abandoned their houses"
        return any(
            o.dep_ == "dobj" and o.lower_ in HOME_NOUNS and any(c.dep_ == "poss" for c in o.children)
            for o in verb.children
        )
    if verb.lemma_.lower() not in DRIVING_VERBS:
        return False
    if any(c.dep_ == "xcomp" and c.lemma_.lower() in LEAVING_VERBS and driven_from_home(c) for c in verb.children):
        return True  # "forced 20 families to leave their homes": those forced are displaced
    driven = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    armed = any(group_of(d) in ARMED_GROUPS for d in driven)  # "pushed 200 militants out of their town"
    if not armed and any(c.dep_ == "xcomp" and lexicon("types")["verbs"].get(c.lemma_.lower()) == "displaced" for c in verb.children):
        return True  # "millions have been forced to flee": fleeing is displacement (not "forced 200 militants to flee")
    for child in verb.children:
        preps = [child] if child.dep_ == "prep" else []
        if child.lower_ == "out":  # "out of their homes": "of" hangs on "out"
            preps += [g for g in child.children if g.dep_ == "prep"]
        for prep in preps:
            for place in (o for o in prep.children if o.dep_ == "pobj" and prep.lower_ in ("from", "of")):
                owned = any(c.dep_ == "poss" for c in place.children)
                if place.lower_ in HOME_NOUNS or (owned and not armed and place.lower_ in DWELLING_NOUNS):
                    return True
    return False


GRAVE_CONDITIONS = frozenset({"critical", "serious", "grave", "stable", "severe"})
CARE_WORDS = frozenset({"care", "icu"})


def in_a_grave_condition(verb: Token) -> bool:
    """True for "be"/"remain" completed by a patient's condition: "ten were in critical condition",
    "six remain in a serious condition", "two are in intensive care" / "in a critical care unit": its
    subject counts the wounded. "The town was in a critical situation" has no such condition noun."""
    if verb.lemma_.lower() not in ("be", "remain", "lie") or verb.pos_ not in ("VERB", "AUX"):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        words = {t.lower_ for t in prep.subtree}
        if "condition" in words and words & GRAVE_CONDITIONS:
            return True
        if words & CARE_WORDS and words & (GRAVE_CONDITIONS | {"intensive", "critical"}):
            return True
    return False


# What someone is moved "for" that makes them wounded: "were brought to Turkey for treatment".
TREATMENT_NOUNS = frozenset({"treatment", "care"})


def taken_to_hospital(verb: Token) -> bool:
    """True for a verb of moving someone to care, completed by a hospital: "80 were taken to hospitals",
    "dozens were rushed to a field hospital", "71 people were admitted with breathing difficulties"
    (admission needs no destination). "taken to the square" or "admitted that ..." are not."""
    types = lexicon("types")
    lemma = verb.lemma_.lower()
    if lemma not in types["hospital_verbs"] or verb.pos_ not in ("VERB", "AUX"):
        return False
    hospitals = types["hospital_nouns"]
    if any(c.dep_ in ("nsubjpass", "dobj") and types["words"].get(c.lower_) == "killed" for c in verb.children):
        return False  # "22 bodies were taken to hospitals": the dead, which the noun says
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in ("to", "into", "in") and any(t.lemma_.lower() in hospitals for t in prep.subtree):
            return True
        if prep.lower_ == "for" and any(c.dep_ == "pobj" and c.lemma_.lower() in TREATMENT_NOUNS for c in prep.children):
            return True  # "were brought to Turkey for treatment": moved to be treated, wherever to
        if lemma == "admit" and prep.lower_ == "with" and any(c.dep_ == "nsubjpass" for c in verb.children):
            return True  # "were admitted with breathing difficulties"
    return False


# Verbs whose object is the care someone is given: "dozens received treatment", "100 needed hospital care".
TREATMENT_VERBS = frozenset({"receive", "need", "require", "undergo", "get"})
# A need stated in the present is a humanitarian one, not a harm that happened: "250,000 people need
# medical care" (under siege), "thousands require treatment for chronic illness".
NEEDING_VERBS = frozenset({"need", "require"})
PRESENT_TAGS = frozenset({"VBP", "VBZ"})


def receiving_treatment(verb: Token) -> bool:
    """True for a verb whose object is treatment or care given to its subject: "dozens more have received
    treatment for convulsions", "at least 100 civilians needed hospital treatment", "12 people are
    undergoing treatment": its subject counts the wounded. A need in the present tense is not ("thousands
    need medical care": a humanitarian need), nor is care given by the subject ("doctors gave treatment")."""
    lemma = verb.lemma_.lower()
    if lemma not in TREATMENT_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if lemma in NEEDING_VERBS and (verb.tag_ in PRESENT_TAGS or any(c.dep_ == "aux" and c.tag_ in PRESENT_TAGS and c.lemma_ != "have" for c in verb.children)):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in TREATMENT_NOUNS for c in verb.children)


# Nouns of what became of people: "the whereabouts of five others remain unknown", "the fate of 40 is unknown".
FATE_NOUNS = frozenset({"whereabouts", "fate"})


def fate_unknown(noun: Token) -> bool:
    """Whether "the whereabouts/fate of N" is said to be unknown ("remain unknown", "is still unknown",
    "are unknown"): those N are missing. Not a fate the text knows ("the fate of the talks was sealed")."""
    if noun.lemma_.lower() not in FATE_NOUNS or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    return verb.lemma_.lower() in ("remain", "be", "stay") and any(
        c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in ("unknown", "unclear") for c in verb.children
    )


RUBBLE_NOUNS = frozenset({"rubble", "debris", "ruins", "wreckage", "remains"})
UNDER_VERBS = frozenset({"be", "remain", "lie", "stay", "bury", "trap"})
# Subjects or objects that are the dead, not the trapped: "12 bodies lie under the rubble".
FOUND_DEAD_NOUNS = frozenset({"body", "corpse", "dead", "victim", "remains"})


def under_the_rubble(verb: Token) -> bool:
    """ "Fifteen people remain under the rubble", "30 are believed buried under the debris": people
    still under a collapsed building are trapped. Not bodies, the dead or victims ("12 bodies lie under
    the rubble", "the 15 dead remain under the rubble": the dead, which the noun says)."""
    if verb.lemma_.lower() not in UNDER_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in FOUND_DEAD_NOUNS for c in verb.children):
        return False
    return any(
        prep.dep_ == "prep" and prep.lower_ in ("under", "beneath", "underneath")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in RUBBLE_NOUNS for o in prep.children)
        for prep in verb.children
    )


# Verbs of getting people out, and of the effort a rescue not yet done is: "working to pull 20 people out of the rubble".
EXTRACTION_VERBS = frozenset({"pull", "dig", "extract", "free", "rescue", "reach", "retrieve", "get", "recover"})
EFFORT_VERBS = frozenset({"work", "try", "struggle", "race", "scramble", "attempt", "strive", "battle", "search"})


def still_to_be_pulled_out(verb: Token) -> bool:
    """ "Rescuers were working to pull about 20 people out of the rubble", "crews are trying to reach 15
    people under the debris": people a rescue is still striving to reach are trapped. Not those already
    pulled out ("pulled 40 people alive from the rubble": rescued, no figure), nor bodies."""
    if verb.lemma_.lower() not in EXTRACTION_VERBS or verb.dep_ not in ("xcomp", "advcl") or verb.head.lemma_.lower() not in EFFORT_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False  # "searching the site, they pulled 20 people out": done, not striven for
    if verb.head.tag_ not in ("VBG", "VBP", "VBZ") or any(t.lower_ in ("alive", "dead") for t in verb.subtree):
        return False  # "worked to pull 20 people out", "pulled ... alive": the rescue is told as done
    if any(c.dep_ == "dobj" and c.lemma_.lower() in FOUND_DEAD_NOUNS for c in verb.children):
        return False
    return any(t.dep_ == "pobj" and t.lemma_.lower() in RUBBLE_NOUNS for t in verb.subtree)


# Nouns of a siege that people are "under": "250,000 people remain under siege", "the 40,000 under blockade".
SIEGE_NOUNS = frozenset({"siege", "blockade", "encirclement"})


def under_siege(head: Token) -> bool:
    """True for a verb of state or a noun of people completed by "under siege": "Some 250,000 people
    remain under siege", "the estimated 250,000 people now under siege there": the besieged, who count
    as trapped (the lexicon's "besieged"). Not a thing under siege ("the city came under siege") nor
    a verb of doing ("they laid the town under siege")."""
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in UNDER_VERBS - {"bury"}:
        return False
    if head.pos_ not in ("VERB", "AUX", "NOUN", "PRON"):
        return False
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")] if head.pos_ in ("VERB", "AUX") else []
    if any(not (group_of(c) or person_group(c) or c.like_num) for c in subjects):
        return False  # "The towns of some 20,000 people have been under siege": the towns are
    return any(
        prep.dep_ == "prep" and prep.lower_ == "under"
        and any(o.dep_ == "pobj" and o.lemma_.lower() in SIEGE_NOUNS for o in prep.children)
        for prep in head.children
    )


CAPTIVE_WORDS = frozenset({"prisoner", "prisoners", "hostage", "hostages", "captive", "captives", "captivity"})
CUSTODY_WORDS = frozenset({"custody", "detention", "captivity"})


def taken_captive(verb: Token) -> bool:
    """ "Three soldiers were taken prisoner", "took 12 soldiers captive", "took two aid workers hostage" (the
    parse may make "hostage" the object and the people its modifier), "held hostage", "taken into custody":
    a verb of taking or holding with a word of captivity or custody detains its object. Not "took 12
    people to hospital", "held a meeting"."""
    lemma = verb.lemma_.lower()
    if lemma in ("take", "hold", "keep") and any(
        (c.lower_ in CAPTIVE_WORDS and c.dep_ in ("oprd", "dobj", "xcomp", "acomp", "npadvmod", "attr"))
        # "took an estimated 900 civilians hostage west of the city": the parse hung "hostage" elsewhere
        or (c.dep_ == "dobj" and c.right_edge.i + 1 < len(c.doc) and c.doc[c.right_edge.i + 1].lower_ in CAPTIVE_WORDS)
        for c in verb.children
    ):
        return True  # also "were held hostage for two days"
    # "Twenty protesters were taken into custody" ("rounded up 60 men" was read as detained on 4 December
    # and withdrawn: it cost a held-back figure)
    return lemma == "take" and any(
        c.dep_ == "prep" and c.lower_ == "into" and any(o.lower_ in CUSTODY_WORDS for o in c.children) for c in verb.children
    )


# Verbs of being or being kept somewhere; with "in detention" they count those still held.
STAYING_VERBS = frozenset({"be", "remain", "stay", "hold", "keep", "languish"})
PRISON_WORDS = frozenset({"prison", "prisons", "jail", "jails"})


def held_in_detention(verb: Token) -> bool:
    """ "At least 117,000 people remain in detention", "1,500 people are still held in detention", "200
    are in prison": a verb of being or being kept with "in" custody, detention or prison counts the
    detained (a state, as "taken into custody" is an act). "He remained in detention for two days" counts
    no one: the count, if any, is its subject's."""
    return verb.lemma_.lower() in STAYING_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ in CUSTODY_WORDS | PRISON_WORDS for o in c.children)
        for c in verb.children
    )


# Nouns of leaving a body alive ("lost 12 members to defections"): the "to" of "lose" names a cause,
# and these causes kill no one.
DEPARTURE_NOUNS = frozenset({"defection", "desertion", "deserter", "defector", "resignation", "expulsion"})
# Verbs of leaving a body alive, said of the lost people themselves ("when they defected").
DEPARTURE_VERBS = frozenset({"defect", "desert", "quit", "resign", "expel", "leave", "abandon"})
# Sides one goes over to: "joined the government side", "joined the army". Joining a battle or an
# assault ("when they joined the assault on Raqqa") or one's own unit is no departure.
RIVAL_SIDES = frozenset({"side", "government", "regime", "army", "opposition", "enemy", "rank", "camp"})
# Subjects that point back to the lost people: "lost three members when they defected", "... who defected".
LOST_PEOPLE_PRONOUNS = frozenset({"they", "who", "that", "which", "these", "those", "all"})


def the_lost(verb: Token) -> list[Token]:
    """The people "lose" names: its object, the group of a partitive ("lost 12 of its members") and the
    counts joined to it ("lost 12 soldiers killed and 30 who deserted")."""
    lost = [c for c in verb.children if c.dep_ == "dobj"]
    for token in lost:
        lost += [o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        lost += [c for c in token.children if c.dep_ == "conj"]
    return lost


def departure_clause(clause: Token, lost: list[Token], loser: Token | None) -> bool:
    """ "when they defected", "who quit the group", "who joined Islamic State", "when they joined the
    army": a clause whose own verb is one of leaving or of going over to a rival side, and whose subject
    is the lost people. Not "when rebels who had quit the truce attacked" (someone else's verb), "when
    they joined the assault" (a battle), "who had joined the unit" (their own body)."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (
        subject.lower_ in LOST_PEOPLE_PRONOUNS or subject.lemma_.lower() in {t.lemma_.lower() for t in lost}
    ):
        return False
    lemma = clause.lemma_.lower()
    if lemma in DEPARTURE_VERBS:
        return True
    if lemma != "join":
        return False
    sides = [c for c in clause.children if c.dep_ == "dobj"]
    own = loser.lemma_.lower() if loser is not None else None
    return any(
        (s.pos_ == "PROPN" or s.lemma_.lower() in RIVAL_SIDES) and s.lemma_.lower() != own for s in sides
    )


def lost_by_departure(verb: Token) -> bool:
    """ "The bloc lost 12 members to defections", "lost at least 30 fighters to defection to Hayat Tahrir
    al-Sham": "lose" with "to" a departure noun; "lost three of its members when they defected", "lost 40
    fighters who defected to the regime", "lost hundreds of fighters who joined Islamic State": a clause
    whose own verb is one of leaving, its subject the lost people. Those members left alive: no dead.
    Not a departure word that names a goal, a place or an event ("lost 30 fighters in the battle to expel
    IS", "near the parliament", "an election rally") nor someone else's departure ("when rebels who had
    quit the truce attacked Hama")."""
    if verb.lemma_.lower() != "lose":
        return False
    lost = the_lost(verb)
    for prep in (c for h in (verb, *lost) for c in h.children if c.dep_ == "prep" and c.lower_ == "to"):
        causes = [o for o in prep.children if o.dep_ == "pobj"]
        causes += [c for o in causes for c in o.children if c.dep_ in ("compound", "conj")]  # "to desertion activists said"
        if any(o.lemma_.lower() in DEPARTURE_NOUNS for o in causes):
            return True
    if any(c.lemma_.lower() in DEPARTURE_NOUNS and any(t.lower_ == "to" for t in c.children) for c in verb.children):
        return True  # the parse may read "to defection" as an infinitive with the noun its verb
    loser = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    clauses += [c for t in lost for c in t.children if c.dep_ == "relcl"]
    return any(departure_clause(c, lost, loser) for c in clauses)

"""Counts a sentence writes that are no tolls of events: denied ("not a single person was killed"), per
unit of time ("one killed every 25 minutes"), of people set free ("500 prisoners were released") or of a
harm threatened, feared or denied ("threatened the arrest of 20 activists") or only sentenced ("sentenced
four of them to death")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .cues import word_cue
from .types import Candidate

RELEASE_VERBS = frozenset({"release", "free", "exchange", "swap", "liberate", "pardon", "hand"})


def released_count(cand: Candidate) -> bool:
    """ "500 prisoners were released", "the rebels freed 20 detainees", "a swap of 48 prisoners": people
    set free are counted by none of the casualty types (tests/gold/GUIDELINES.md), though the noun that
    counts them names detainees."""
    if cand.type != "detained":
        return False
    verb = next((a for a in (cand.anchor, *cand.anchor.ancestors) if a.pos_ in ("VERB", "NOUN") and a.i != cand.anchor.i), None)
    return verb is not None and verb.lemma_.lower() in RELEASE_VERBS


RETURN_VERBS = frozenset({"return", "repatriate", "resettle"})


def people_returned(cand: Candidate) -> bool:
    """ "Some 1,500 displaced people returned to their homes": people who go home, described by their
    displacement, are no count of people displaced (the text counts returns). "50,000 people were
    displaced" is one, and so are people given aid or shelter ("Lebanon hosts 1.5 million displaced
    Syrians"): a reader counts them as displaced."""
    if cand.type not in ("displaced", "trapped", "evacuated"):
        return False
    if cand.victim is not None and cand.victim.head.lower_ == "of":
        return False  # "Eight of the 50 displaced families returned": the eight returned, the 50 were displaced
    verb = next((a for a in cand.anchor.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in RETURN_VERBS


# Verbs that leave a harm a noun names unrealised: threatened, feared, prevented, demanded, denied.
UNREALISED_VERBS = frozenset({"threaten", "warn", "fear", "risk", "prevent", "avoid", "demand", "urge", "seek", "deny"})
MODAL_WORDS = frozenset({"may", "might", "could", "would", "will"})


def unrealised_harm(cand: Candidate) -> bool:
    """ "The regime threatened the arrest of 20 activists", "may launch an offensive leading to the arrest
    of thousands", "denied the arrest of 30 students": a harm named by a noun ("arrest", "abduction") that
    a verb of threat, fear, prevention or denial governs, or a verb under "may"/"could", has not
    happened as written. A harm that happened ("documented the arrest of 176 people") is counted."""
    harm = next((a for a in cand.anchor.ancestors if a.pos_ == "NOUN" and word_cue(a)), None)
    if harm is None:
        return False
    verb = next((a for a in harm.ancestors if a.pos_ in ("VERB", "AUX")), None)  # the verb the noun is governed by
    if verb is None:
        return False
    # "leading to the arrest of thousands" under "may launch": the participle's own clause decides
    clause = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), verb) if verb.tag_ == "VBG" else verb
    return verb.lemma_.lower() in UNREALISED_VERBS or any(
        c.dep_ == "aux" and c.lower_ in MODAL_WORDS for v in {verb, clause} for c in v.children
    )


# Words that put a harm ahead of its time when its verb is their infinitive ("are due to be evacuated",
# "plans to evacuate", "is expected to be displaced"); not "began to", "managed to", "continued to".
FORESEEING_WORDS = frozenset({
    "due", "set", "expected", "expect", "scheduled", "schedule", "plan", "planned", "hope", "aim", "intend",
    "want", "seek", "prepare", "likely", "bound", "about", "poised",
    # threats and attempts: "threatened to kill 15 hostages", "vowed to execute 20", "tried to kill 12"
    "threaten", "vow", "pledge", "promise", "try", "attempt",
})
# Modals of a perfect that did not happen: "200 people would have died had the shelter not held"; "may/might
# have killed 40" reports a past event, hedged.
COUNTERFACTUAL_MODALS = frozenset({"would", "should"})  # "could have been killed" hedges, as "may have" does


def foreseen_harm(cand: Candidate) -> bool:
    """ "Up to 700,000 people could be displaced", "3,000 people are due to be evacuated", "the UN plans
    to evacuate 5,000", "50,000 may be trapped": a harm the verb puts under a modal or ahead of its
    time (`FORESEEING_WORDS`) has not happened as written. "3,000 people were evacuated" has, and so,
    hedged, has "the shelling may have killed 40" (a modal perfect reports a past event)."""
    verb = next((a for a in (cand.anchor, *cand.anchor.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    if cand.victim is not None and any(c.dep_ in ("amod", "acl", "relcl") and word_cue(c) for c in cand.victim.children):
        return False  # "hope to treat the 70 wounded civilians", "evacuate 1,200 people who had been trapped"
    if cand.type == "trapped" or any(c.lower_ in ("still", "already") for c in verb.children):
        return False  # "20 people may be trapped", "could still be displaced": a doubt about now, not a harm to come
    if word_cue(verb) and any(c.dep_ == "aux" and c.lower_ in MODAL_WORDS for c in verb.children):
        if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
            return True
        return any(c.dep_ == "aux" and c.lower_ in COUNTERFACTUAL_MODALS for c in verb.children)
    if verb.dep_ == "xcomp" and word_cue(verb) and _foreseeing(verb.head):
        return True  # "the UN plans to evacuate 5,000"
    if feared_future_toll(verb):
        return True
    # "3,000 people are due to be evacuated", "are expected to be evacuated": the harm is the infinitive
    # of a foreseeing word that the counted noun is the subject of
    return (_foreseeing(verb) and any(c.dep_ == "xcomp" and word_cue(c) for c in verb.children)) or any(
        c.dep_ in ("acomp", "xcomp") and _foreseeing(c) and any(x.dep_ == "xcomp" and word_cue(x) for x in c.children)
        for c in verb.children
    )


CONDITION_MARKS = frozenset({"if", "unless"})



def conditioned_modal_perfect(cand: Candidate) -> bool:
    """ "The blast could have killed hundreds had the bomber reached the shrine", "Had the shelter been
    hit, up to 300 people could have died", "might have killed dozens if ...": a modal perfect with a
    condition contrary to fact in its sentence (`conditional_clause_word`) says what did not happen.
    "The strikes could have killed as many as 50 people, activists said" has no condition: a hedged
    report of a past event, kept."""
    verb = next((a for a in (cand.anchor, *cand.anchor.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not (any(c.lower_ in MODAL_WORDS for c in auxes) and any(c.lemma_ == "have" for c in auxes)):
        return False
    return any(conditional_clause_word(t, verb) for t in cand.anchor.sent)


def conditional_clause_word(token, verb) -> bool:
    """The word that opens a condition contrary to fact on `verb`: "if"/"unless" marking a past perfect ("if
    the school had been open") or "were" clause, or "had" put before its own subject ("had the bomber
    reached", "Had the shelter been hit"), in an adverbial clause of `verb` itself. Not "the school had
    been open", "if reports are true" (a hedge on what happened), an indirect question ("it was not clear
    if the aircraft had been Syrian") or a condition on another clause ("...; had the hospital not been
    evacuated, it would have been worse")."""
    clause = token.head
    linked = (clause.head.i == verb.i and clause.dep_ in ("advcl", "conj")) or (
        verb.head.i == clause.i and verb.dep_ in ("advcl", "conj")  # the parse may make the condition the head
    )
    if not linked:
        return False
    if token.lower_ in CONDITION_MARKS:
        return token.dep_ == "mark" and (
            clause.lower_ in ("had", "were") or any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children)
        )
    if token.lower_ != "had" or token.dep_ not in ("aux", "auxpass"):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.i > token.i


def feared_future_toll(verb) -> bool:
    """ "Officials feared the toll could exceed 100", "expected the number of dead would rise to 50": a
    clause under a modal (not a perfect) that a word of fear or foreseeing governs puts the figure ahead
    of its time. "feared that 50 may have been killed" reports a past event, hedged."""
    if verb.dep_ not in ("ccomp", "xcomp") or not (_foreseeing(verb.head) or verb.head.lemma_.lower() in UNREALISED_VERBS):
        return False
    if verb.lemma_.lower() not in TOLL_CHANGE_VERBS:
        return False  # "Medics fear the 12 missing may be dead": a hedge on the present, kept
    auxes = [c for c in verb.children if c.dep_ == "aux"]
    return any(c.lower_ in MODAL_WORDS for c in auxes) and not any(c.lemma_ == "have" for c in auxes)


# Verbs by which a toll changes ahead of its time: "feared the toll could exceed 100", "may rise to 50".
TOLL_CHANGE_VERBS = frozenset({"exceed", "rise", "reach", "climb", "increase", "top", "surpass", "hit", "grow", "pass"})


def _foreseeing(token) -> bool:
    return token.lemma_.lower() in FORESEEING_WORDS or token.lower_ in FORESEEING_WORDS


RATE_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year"})
RATE_DETERMINERS = frozenset({"every", "each", "a", "an", "per"})
POINT_IN_TIME_WORDS = frozenset({"after", "before", "later", "earlier", "ago", "since", "into"})  # "a day after"


def rate_count(cand: Candidate) -> bool:
    """ "one Syrian killed every 25 minutes", "killing 50 people a day", "100 deaths per day", "ten die
    every day": a count per unit of time is a rate, no toll of events. Not "five were killed a day
    after the truce" (the unit is a point in time there) nor "killed over three days"."""
    verb = next((a for a in (cand.anchor, *cand.anchor.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    owners = {t.i for t in (cand.anchor, cand.victim, verb) if t is not None}
    for token in cand.anchor.sent:
        if token.lemma_.lower() not in RATE_UNITS:
            continue
        per = token.head.lower_ == "per" and token.dep_ == "pobj"
        owner = token.head.head if per else token.head
        if owner.i not in owners:
            continue
        marked = per or any(c.dep_ in ("det", "amod") and c.lower_ in RATE_DETERMINERS for c in token.children)
        after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
        if marked and after not in POINT_IN_TIME_WORDS and not any(
            c.dep_ in ("prep", "advcl", "relcl", "acl", "advmod") for c in token.children
        ):
            return True
    return False


NEGATED_COUNT_RE = re.compile(r"\b(?:not a single|not one|none of|neither of|no one|nobody)\b", re.IGNORECASE)


def negated_count(cand: Candidate, doc: Doc) -> bool:
    """ "Not a single person was killed", "none of the 40 passengers was hurt", "were not injured": a
    count the sentence denies is no figure. A negated verb that says nothing of harm ("had not been
    identified") denies nothing of the count."""
    before = doc[max(cand.phrase.start - 3, cand.anchor.sent.start) : cand.phrase.end].text
    if NEGATED_COUNT_RE.search(before):
        return True
    verb = next((a for a in (cand.anchor, *cand.anchor.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or not any(c.dep_ == "neg" for c in verb.children):
        return False
    # "the three others among the dead had not been identified": a negated verb that is no casualty
    # cue denies something else about the counted, not the count.
    return word_cue(verb) is not None or verb.lemma_.lower() == "be"


SENTENCING_VERBS = frozenset({"sentence", "condemn"})


def sentenced_to_death(cand: Candidate) -> bool:
    """ "sentenced four of them to death", "Five men were condemned to death": a death sentence is
    passed, not carried out; the condemned are alive (an execution kills: "were sentenced to death and
    executed" keeps the figure, which the coordinated verb of killing gives)."""
    if cand.type != "killed":
        return False
    verb = next((a for a in (cand.anchor, *cand.anchor.ancestors) if a.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in SENTENCING_VERBS:
        return False
    to_death = any(
        p.dep_ == "prep" and p.lower_ == "to" and any(o.lemma_.lower() == "death" for o in p.children) for p in verb.children
    )
    executed = any(c.dep_ == "conj" and c.pos_ == "VERB" and word_cue(c) == "killed" for c in verb.children)
    return to_death and not executed and not crime_of_the_sentenced(cand, verb)


# Prepositions that name what a sentence is passed for: "sentenced to death for the killing of 3".
CRIME_PREPOSITIONS = frozenset({"for", "over"})


def crime_of_the_sentenced(cand: Candidate, verb) -> bool:
    """ "A court sentenced a man to death for the murder of 3 children", "Five men were sentenced to death
    for the killing of two police officers", "over the killing of a security officer": the count inside
    the for/over phrase counts the crime's victims, who were killed; only the verb's own object or
    passive subject (the condemned) is spared by the sentence."""
    path = [cand.anchor, *(a for a in cand.anchor.ancestors if a.i != verb.i and verb in a.ancestors)]
    return any(t.dep_ == "prep" and t.lower_ in CRIME_PREPOSITIONS and t.head.i == verb.i for t in path)

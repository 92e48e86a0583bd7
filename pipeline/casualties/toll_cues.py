"""Cues of a toll: a figure that is the value of a toll noun, a number of casualties or the casualties
themselves ("the death toll rose to 112", "the number of injured is 70", "the dead were 20", "bringing the
total to 400"), read from the verb the toll is the subject or object of."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import number_of_casualties, own_verb_cue, postposed_number_of
from .lexicons import harms_joined, is_toll_noun, joined_kinds, lexicon, toll_noun_kind


def toll_cue(verb: Token) -> tuple[str | None, bool]:
    """Type from a toll that is the subject (or object) of `verb` ("the death toll rose to 112",
    "putting the death toll at six")."""
    types = lexicon("types")
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and (kind := toll_noun_kind(child)) is not None:
            updates = (
                verb.lower_ in types["update_cues"]
                or verb.lemma_.lower() in types["update_cues"]
                or any(m.lower_ == "new" for m in child.children)
            )
            return kind, updates
    # "the number of people who were wounded rose to 12", "put the number of those displaced at 900,000"
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and (kind := number_of_casualties(child)):
            return kind, verb.lower_ in types["update_cues"] or verb.lemma_.lower() in types["update_cues"]
    if (toll := toll_read_as_report_object(verb)) is not None:
        return toll_noun_kind(toll), verb.lower_ in types["update_cues"] or verb.lemma_.lower() in types["update_cues"]
    if kind := the_casualties_move_to_a_value(verb):
        return kind, verb.lower_ in types["update_cues"] or verb.lemma_.lower() in types["update_cues"]
    if kind := postposed_number_of(verb):
        return kind, verb.lower_ in types["update_cues"] or verb.lemma_.lower() in types["update_cues"]
    if kind := running_total_of(verb):
        return kind, True
    if kind := count_brought_to_before_its_noun(verb):
        return kind, True
    return None, False


# Verbs whose subject's count is the value they reach: "Casualties reached 200", "fatalities rose to 40",
# "the dead numbered 45", "deaths topped 100".
VALUE_VERBS = frozenset({
    "reach", "rise", "climb", "jump", "soar", "mount", "exceed", "top", "pass", "surpass", "hit", "increase",
    "grow", "stand", "number", "total",
})  # fmt: skip


def the_casualties_move_to_a_value(verb: Token) -> str | None:
    """Type of "casualties", "fatalities", "the dead", "the wounded" as the subject of a verb that gives their
    count ("Casualties among civilians reached 200", "Fatalities rose to 40", "The dead numbered 45", the
    parse reading "dead" there as a modifier of the verb). Not "the victims" (no harm said), "prices rose
    to 40", nor the casualties' count as the subject ("20 of the wounded reached Turkey": `VALUE_VERBS` only
    with a subject before the verb that names the harmed)."""
    if verb.lemma_.lower() not in VALUE_VERBS or verb.pos_ != "VERB":
        return None
    doc = verb.doc
    for child in verb.children:
        if child.i > verb.i:
            break
        if child.dep_ == "nsubj" and (kind := the_casualties_as_subject(child)):
            return kind
        # "The dead numbered 45": "dead" hung on the verb as a modifier, its "the" on the verb too
        if child.dep_ == "amod" and child.i > 0 and doc[child.i - 1].lower_ == "the" and child.i + 1 == verb.i:
            kind = lexicon("types")["words"].get(child.lower_)
            if kind not in (None, "other"):
                return kind
    return None


RUNNING_TOTAL_VERBS = frozenset({"bring", "raise", "take", "push", "lift"})
TOTAL_NOUNS = frozenset({"total", "number", "count", "tally"})


def running_total_of(verb: Token) -> str | None:
    """ "Twenty people were killed, bringing the total to 400": a participle that brings a bare total to a
    count after a casualty clause; the total is of the clause's type."""
    if verb.lemma_.lower() not in RUNNING_TOTAL_VERBS or verb.dep_ not in ("advcl", "conj", "xcomp"):
        return None
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in TOTAL_NOUNS and not list(c.children)[1:] for c in verb.children):
        return None
    kind, _ = own_verb_cue(verb.head)
    return kind


def count_brought_to_before_its_noun(verb: Token) -> str | None:
    """ "The attacks took to 89 the number of civilians killed this week said the Observatory": the value comes
    before the kept count it is brought to, and a comma-less credit after makes the parse hang the count on
    the credit's verb. A number of casualties (or a toll) opening right after "to N" is still this verb's.
    Not "took to the streets": the value must be a number."""
    if verb.lemma_.lower() not in RUNNING_TOTAL_VERBS:
        return None
    doc = verb.doc
    for to in verb.children:
        if to.dep_ != "prep" or to.lower_ != "to":
            continue
        value = next((c for c in to.children if c.dep_ == "pobj" and c.like_num), None)
        if value is None or value.right_edge.i + 1 >= verb.sent.end:
            continue
        after = doc[value.right_edge.i + 1]
        noun = next((t for t in doc[after.i : verb.sent.end] if t.left_edge.i == after.i and t.pos_ == "NOUN"), None)
        if noun is not None and (kind := number_of_casualties(noun) or toll_noun_kind(noun)):
            return kind
    return None


def copula_subject_cue(verb: Token) -> tuple[str | None, bool]:
    """Type from the subject of "be" when it is a toll or a number of casualties ("the death toll was
    20", "the number of injured is 70")."""
    kind, updates = toll_cue(verb)
    if kind:
        return kind, updates
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            counted = number_of_casualties(child) or the_casualties_as_subject(child)
            if counted:
                return counted, False
    if (toll := toll_run_before(verb)) is not None:
        return toll_cue_from_noun(toll)
    return None, False


def relative_subject(clause: Token) -> bool:
    """Whether a relative clause's subject is its relative pronoun ("those who were killed")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in clause.children)


def the_casualties_as_subject(subject: Token) -> str | None:
    """Type of "the dead", "the wounded", "the injured", "those killed", "fatalities" as the subject whose
    number the verb gives ("the dead were 20", "the wounded numbered more than 40", "those killed were 44
    civilians", "Fatalities totalled 23"); None for "the victims" (no harm said) and anything else."""
    types = lexicon("types")
    if subject.lower_ == "those":
        # "Those killed were 44 civilians", "those wounded numbered 120": the participle says who; not
        # "those killed were members of two families" (no count of them)
        # "Those who were executed are around 300": a relative clause whose subject is "who" says it too
        participle = next(
            (c for c in subject.children if (c.dep_ == "acl" and c.tag_ == "VBN") or (c.dep_ == "relcl" and relative_subject(c))),
            None,
        )
        attr = next((c for c in subject.head.children if c.dep_ == "attr"), None)
        if attr is not None and not attr.like_num and not any(c.dep_ == "nummod" for c in attr.children):
            return None
        kind = (types["verbs"].get(participle.lemma_.lower()) or types["words"].get(participle.lower_)) if participle is not None else None
        return kind if kind not in (None, "other") else None
    if subject.tag_ != "NNS" and not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None  # "the dead numbered 23"; a plural noun of harm needs no article ("Fatalities numbered 23")
    if len(joined_kinds(subject)) > 1:
        # "the dead and wounded numbered 58" counts both together; "the killed and missing" no one type
        return harms_joined(subject)
    kind = types["words"].get(subject.lower_)
    return kind if kind not in (None, "other") else None


def toll_run_before(verb: Token) -> Token | None:
    """ "... forced to leave their homes and the death toll may be as high as 400000": a copula the parse
    left without a subject, the toll it is about coordinated into the clause before; the toll noun
    right before the verb's auxiliaries, else None."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return before if before is not None and is_toll_noun(before) and before.pos_ == "NOUN" else None


def toll_read_as_report_object(verb: Token) -> Token | None:
    """ "The monitor said on Sunday the death toll from the attack on the town had risen to 28": a report
    with no "that" whose content's subject the parse took as the reporting verb's object, leaving the
    content's verb with no subject; the toll noun so read, else None. Not "the army said the toll was
    false" (the verb there keeps its own subject)."""
    if verb.dep_ != "ccomp" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    report = verb.head
    return next(
        (o for o in report.children if o.dep_ == "dobj" and o.i < verb.i and is_toll_noun(o) and o.pos_ == "NOUN"),
        None,
    )


def toll_cue_from_noun(toll: Token) -> tuple[str | None, bool]:
    """Type of a toll noun the caller found ("the death toll"), with no update."""
    return toll_noun_kind(toll), False

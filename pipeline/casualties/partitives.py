"""Counts written as a part of people counted before: "15 of whom were children", "Fifteen of them were
children", "Of the dead, 22 were children". The part's type is the earlier toll's
(`extract.parts_of_an_earlier_toll`); here only the noun that says what the part is."""

from __future__ import annotations

from spacy.tokens import Token

from .counted import group_has_its_own_cue
from .counts import is_number_token
from .cues import verb_cue, word_cue
from .lexicons import group_of
from .verb_frames import GRAVE_CONDITIONS

PARTITIVE_PRONOUNS = frozenset({"them", "whom", "those", "these"})
# Nouns of the counted a fronted "of" phrase names: "Of the dead, ...", "Of the 344 wounded, ...",
# "Of those killed, ..." ("those" is a pronoun above; the participle after it is its modifier).
# "Of the martyrs, three were children": the word Syrian state and opposition media use for the dead.
COUNTED_WORDS = frozenset({
    "dead", "killed", "victims", "casualties", "wounded", "injured", "missing", "fatalities", "martyrs", "slain",
    "deceased",
})  # fmt: skip


def partitive_of_a_pronoun(number: Token) -> Token | None:
    """The noun a number counts when it is written as a part of people named before ("15 of whom were
    children": children; "Fifteen of them were children"; "15 of them children"; with the "of" phrase
    fronted, "Of the dead, 22 were children", "Of them, 22 were children"), the number itself when no noun
    says what the part is ("two of them can be used"), None when the number is not such a part. Only a
    part named by a group of people counts (`types.classify`)."""
    head = number.head
    of = next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None and (part := part_after_a_date(number)) is not None:
        return part
    copula_subject = number.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() == "be"
    if of is None and copula_subject:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < number.i), None)
        if of is not None and not any(
            p.dep_ == "pobj" and (
                p.lower_ in PARTITIVE_PRONOUNS or p.lower_ in COUNTED_WORDS
                or counts_a_casualty_whole(p)  # "Of the 344 wounded", "Of the 62 people killed"
            )
            for p in of.children
        ):
            return None
    elif of is None or not any(p.dep_ == "pobj" and p.lower_ in PARTITIVE_PRONOUNS for p in of.children):
        return None
    if of is None:
        return None
    if copula_subject:
        return complement_of_be(head, number)
    if head.pos_ == "NOUN" and head.i > number.i:
        return head  # "15 of them children"
    return number


def complement_of_be(verb: Token, number: Token) -> Token:
    """What "be" says a part is ("12 of whom were children": children); the parse may make the noun after
    "were" a second subject ("were women and children"). The number itself when nothing follows."""
    return next((c for c in verb.children if c.dep_ in ("attr", "nsubj") and c.pos_ == "NOUN" and c.i > number.i), number)


def part_after_a_date(number: Token) -> Token | None:
    """ "46 civilians were killed on Saturday 12 of whom were children", "killed 46 civilians yesterday 12 of
    them children": with the comma lost, NER runs the day into the count and the parse hangs both the count
    and its "of them" on the day. The noun after ("children", or the complement of "were"), else the number;
    None when no "of them" / "of whom" follows the number."""
    doc = number.doc
    if number.dep_ != "nummod" or number.head.i > number.i or number.head.ent_type_ not in ("DATE", "TIME"):
        return None
    if number.i + 3 >= len(doc) or doc[number.i + 1].lower_ != "of" or doc[number.i + 2].lower_ not in ("them", "whom"):
        return None
    after = doc[number.i + 3]
    if after.lemma_ == "be":
        return complement_of_be(after, number)
    return after if after.pos_ == "NOUN" else number


# Nouns of a household or a place one comes from: "six of them from the same family", "from one village"
ORIGIN_NOUNS = frozenset({"family", "household", "clan", "tribe", "village", "town", "neighbourhood", "neighborhood", "building"})


def part_from_one_origin(number: Token) -> bool:
    """ "Ten people were killed, six of them from the same family": a part "of them" that a "from" phrase
    right after it places in one household or place (a noun of origin after "the same", "one" or "a
    single"; the parse hangs it on the number or on the verb) is people counted before, whatever noun
    names them. Not "two of them from the north" (a direction) nor a bare number."""
    of = next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pronoun = next((p for p in of.children if p.dep_ == "pobj" and p.lower_ in PARTITIVE_PRONOUNS), None) if of else None
    if pronoun is None:
        return False
    words = number.doc[pronoun.i + 1 : pronoun.i + 6]
    if not len(words) or words[0].lower_ != "from":
        return False
    noun = next((t for t in words[1:] if t.pos_ in ("NOUN", "PROPN")), None)
    return (
        noun is not None
        and noun.lemma_.lower() in ORIGIN_NOUNS
        and any(t.lower_ in ("same", "one", "single") for t in number.doc[words[1].i : noun.i])
    )


# "three of them critically", "ten seriously": how badly a part of the wounded was hurt
SEVERITY_ADVERBS = frozenset({
    "critically", "seriously", "severely", "badly", "gravely", "lightly", "slightly", "moderately",
})  # fmt: skip


def part_by_its_severity(number: Token) -> bool:
    """ "Twelve people were wounded, three of them critically", "..., ten seriously": a number that an
    adverb of how badly one is hurt qualifies is a part of the harmed counted before (the parse hangs
    the adverb on the number, or the number on the adverb)."""
    if number.dep_ in ("nsubj", "npadvmod") and number.head.lower_ in SEVERITY_ADVERBS:
        return True
    return any(c.dep_ == "advmod" and c.lower_ in SEVERITY_ADVERBS for c in number.children) or (
        part_in_a_grave_condition(number)
    )


def part_in_a_grave_condition(number: Token) -> bool:
    """ "injuring 10 others, 4 of them in a critical condition": a part "of them" whose condition is told
    right after it (the parse hangs "in ... condition" on the verb). Not "4 of them in Aleppo"."""
    of = next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    pronoun = next((c for c in of.children if c.lower_ in PARTITIVE_PRONOUNS), None) if of is not None else None
    if pronoun is None:
        return False
    after = [t.lower_ for t in number.doc[pronoun.i + 1 : pronoun.i + 5]]
    return bool(after) and after[0] == "in" and "condition" in after and bool(set(after) & GRAVE_CONDITIONS)


def group_named_after_a_part(number: Token) -> Token | None:
    """ "Twenty-two of the dead were children", "Nine of the wounded are women": the noun after the copula
    says who the part of the dead is; None for any other number."""
    head = number.head
    of = next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or number.dep_ not in ("nsubj", "nsubjpass") or head.lemma_.lower() != "be":
        return None
    if not any(p.dep_ == "pobj" and (p.lower_ in COUNTED_WORDS or counts_a_casualty_whole(p)) for p in of.children):
        return None
    return next((c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)


def counts_a_casualty_whole(noun: Token) -> bool:
    """ "the 62 people killed", "the 19 victims", "the 344 wounded": an "of" phrase's noun that a number
    counts and that names casualties, so that a number taken "of" it is a part of that count. Not "the
    40 passengers" (no harm named) nor "the dead" (no number: a toll given before, if any)."""
    if is_number_token(noun):
        return any(c.lower_ in COUNTED_WORDS for c in noun.children)
    return any(c.dep_ == "nummod" and is_number_token(c) for c in noun.children) and (
        noun.lower_ in COUNTED_WORDS or group_has_its_own_cue(noun) or participle_of_harm_after(noun)
    )


def participle_of_harm_after(noun: Token) -> bool:
    """ "Of the 48 people wounded, ...": a participle of harm right after the noun describes it, however the
    parse hangs it (here often on "of")."""
    after = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    # not the sentence's own verb ("Three of the 10 victims died in hospital": the part died)
    return after is not None and after.tag_ in ("VBN", "VBD") and word_cue(after) is not None and not any(
        a.i == after.i for a in noun.ancestors
    )


def sub_count_of_a_written_whole(number: Token, whole: Token | None) -> tuple[Token, str] | None:
    """ "Seven of the 30 people killed were children", "Twelve of the 19 victims were children": the noun
    after the copula that names the part and its group, when the number is taken "of" a casualty count
    written in place (the part is a sub-count of it, `subcounts.taken_of`); None otherwise."""
    if whole is None or whole.head.lower_ != "of" or whole.head.head.i != number.i or not counts_a_casualty_whole(whole):
        return None
    named = group_named_after_a_part(number)
    group = group_of(named) if named is not None else None
    return (named, group) if group else None


def taken_from_a_plain_group(start: int, victim: Token) -> bool:
    """ "Two of the 40 passengers were wounded": the count (starting at token `start`) is the group a number
    before it is taken from, a group of no harm of its own: no toll. "One of the two people killed" and
    "Twelve of the 19 victims" count casualties: their counts are tolls."""
    part = victim.head.head
    if not (part.i < start and is_number_token(part)):
        return False
    if group_has_its_own_cue(victim) or participle_of_harm_after(victim):
        return False
    if counts_a_casualty_whole(victim):
        # "the 19 victims" names no harm of its own: a toll ("Twelve of the 19 victims were children"), but not
        # when the part has a harm of its own ("Three of the 10 victims died in hospital": the ten may be
        # wounded ones, the three died)
        verb = part.head
        return part.dep_ in ("nsubj", "nsubjpass") and (word_cue(verb) is not None or verb_cue(verb)[0] is not None)
    return True

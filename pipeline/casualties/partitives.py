"""Counts written as a part of people counted before: "15 of whom were children", "Fifteen of them were
children", "Of the dead, 22 were children". The part's type is the earlier toll's
(`extract.parts_of_an_earlier_toll`); here only the noun that says what the part is."""

from __future__ import annotations

from spacy.tokens import Token

PART_OF_A_TOLL = "part of a toll"  # a type placeholder, resolved to the toll's type or dropped
PARTITIVE_PRONOUNS = frozenset({"them", "whom", "those", "these"})
# Nouns of the counted a fronted "of" phrase names: "Of the dead, ...", "Of the 344 wounded, ...",
# "Of those killed, ..." ("those" is a pronoun above; the participle after it is its modifier).
COUNTED_WORDS = frozenset({"dead", "killed", "victims", "casualties", "wounded", "injured", "missing", "fatalities"})


def partitive_of_a_pronoun(number: Token) -> Token | None:
    """The noun a number counts when it is written as a part of people named before ("15 of whom were
    children": children; "Fifteen of them were children"; "15 of them children"; with the "of" phrase
    fronted, "Of the dead, 22 were children", "Of them, 22 were children"), the number itself when no noun
    says what the part is ("two of them can be used"), None when the number is not such a part. Only a
    part named by a group of people counts (`types.classify`)."""
    head = number.head
    of = next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    copula_subject = number.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() == "be"
    if of is None and copula_subject:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < number.i), None)
        if of is not None and not any(
            p.dep_ == "pobj" and (
                p.lower_ in PARTITIVE_PRONOUNS or p.lower_ in COUNTED_WORDS
                or (p.like_num and any(c.lower_ in COUNTED_WORDS for c in p.children))  # "Of the 344 wounded"
            )
            for p in of.children
        ):
            return None
    elif of is None or not any(p.dep_ == "pobj" and p.lower_ in PARTITIVE_PRONOUNS for p in of.children):
        return None
    if of is None:
        return None
    if copula_subject:
        return next((c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), number)
    if head.pos_ == "NOUN" and head.i > number.i:
        return head  # "15 of them children"
    return number


def group_named_after_a_part(number: Token) -> Token | None:
    """ "Twenty-two of the dead were children", "Nine of the wounded are women": the noun after the copula
    says who the part of the dead is; None for any other number."""
    head = number.head
    of = next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or number.dep_ not in ("nsubj", "nsubjpass") or head.lemma_.lower() != "be":
        return None
    if not any(p.dep_ == "pobj" and p.lower_ in COUNTED_WORDS for p in of.children):
        return None
    return next((c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)

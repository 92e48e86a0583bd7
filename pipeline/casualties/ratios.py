"""Numbers that make a fraction or a ratio, no count of people: "Two-thirds of those killed were women",
"One in five of the dead was a child". The noun's own count, when written ("two-thirds of the 90 people
killed"), is a figure as usual."""

from __future__ import annotations

from spacy.tokens import Token

# The nouns that make a number a fraction's numerator ("two-thirds", "three quarters", "seven tenths").
FRACTION_DENOMINATORS = frozenset({
    "half", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "hundredth",
})
RATIO_PREPS = frozenset({"in", "of"})  # "one in five", "three out of four"


def fraction_numerator(number: Token) -> bool:
    """ "Two-thirds of those killed", "three quarters of the victims": the number counts parts of a whole."""
    head = number.head
    return number.dep_ == "nummod" and head.i > number.i and head.lemma_.lower() in FRACTION_DENOMINATORS


def term_of_a_ratio(number: Token) -> bool:
    """ "One in five of the dead was a child", "seven in ten of the wounded", "three out of four": either
    number of a ratio whose terms are bare numbers (the second the object of "in"/"out of" on the first).
    Not "12 in 3 villages" (the second number counts a noun) nor "killed 12 in Aleppo"."""
    if number.dep_ == "pobj" and number.head.lower_ in RATIO_PREPS and ratio_head(number.head) is not None:
        return True
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "out") and ratio_object(c) is not None for c in number.children
    )


def ratio_head(prep: Token) -> Token | None:
    """The first number of a ratio whose second is the object of `prep`: "in" on it, or "of" after "out"."""
    head = prep.head
    if prep.lower_ == "of" and head.lower_ == "out":
        head = head.head
    elif prep.lower_ != "in":
        return None
    return head if head.like_num and head.i < prep.i else None


def ratio_object(prep: Token) -> Token | None:
    """The bare number a ratio's "in"/"out of" takes: "five" in "one in five of the dead"."""
    if prep.lower_ == "out":
        prep = next((c for c in prep.children if c.lower_ == "of"), prep)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj if obj is not None and obj.like_num and not any(c.dep_ == "nummod" for c in obj.children) else None


def fraction_or_ratio(number: Token) -> bool:
    """Whether a number is a fraction's numerator or a term of a ratio: no count of people."""
    return fraction_numerator(number) or term_of_a_ratio(number)

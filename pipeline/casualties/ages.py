"""Numbers that give an age or a family's size, not a count of victims: "all under ten", "a boy of 12",
"children aged from four to 10", "a mother of two"; and digits that restate a count in brackets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..numbers import parse_number
from .lexicons import group_of

if TYPE_CHECKING:
    from .counts import NumberPhrase


# Words before an age or a range of ages: "aged 10", "aged from four to 10", "ages between 5 and 12".
AGE_OPENERS = frozenset({"aged", "ages", "age"})
AGE_WORDS = AGE_OPENERS | {"old"}  # "... 3 years old and ...": words of an age modifier
AGE_BOUND_WORDS = frozenset({"under", "over", "below", "above"})
# What an age bound describes: "all under ten", "both over 60", "aged under 18", "children under 12".
AGE_HOLDERS = frozenset({"all", "both", "each", "none", "most", "many", "some"}) | AGE_OPENERS
PERSON_AGE_NOUNS = frozenset({"boy", "girl", "man", "woman", "child", "youth", "teenager", "person", "mother", "father"})
PARENT_NOUNS = frozenset({"mother", "father", "parent", "mum", "mom", "dad"})


def start_of_the_ages(phrase: NumberPhrase, doc: Doc) -> int:
    """Where the age a number gives starts: before the first bound when the number closes a range of ages
    ("between the ages of 5 and 12", "aged 4 to 10"), else at the number."""
    start = phrase.start
    if start >= 2 and doc[start - 1].lower_ in ("and", "to") and doc[start - 2].like_num:
        return start - 2
    return start


def age_bound(phrase: NumberPhrase, doc: Doc) -> bool:
    """True for an age bound on people already counted: "Six children, all under ten, were killed",
    "three of them aged under 18", "children under 12". The bound word ("under", "over") follows a
    quantifier of the group, "aged" or a noun of people, and no noun is counted after the number; "over
    60 people" and "under 100 civilians" stay counts."""
    if phrase.start < 2 or doc[phrase.start - 1].lower_ not in AGE_BOUND_WORDS:
        return False
    holder = doc[phrase.start - 2]
    if holder.lower_ not in AGE_HOLDERS and not group_of(holder):
        return False
    after = doc[phrase.end] if phrase.end < len(doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ")


def age_of_a_person(phrase: NumberPhrase, doc: Doc) -> bool:
    """ "A boy of 12", "a man of 40", "children under the age of 5": a bare number after "of" that a
    person's noun or "age" holds is an age, not a count ("a family of five", "two of 12" are handled
    elsewhere: a family's size, a partitive)."""
    start = start_of_the_ages(phrase, doc)  # "between the ages of 5 and 12": the second bound too
    if start < 2 or doc[start - 1].lower_ != "of" or (phrase.end < len(doc) and doc[phrase.end].pos_ == "NOUN"):
        return False
    holder = doc[start - 2]
    if holder.lemma_.lower() in ("age", "ages"):
        return True
    return holder.lemma_.lower() in PERSON_AGE_NOUNS and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in holder.children)


def count_restated_in_brackets(phrase: NumberPhrase, doc: Doc) -> bool:
    """ "Eight (8) people", "Eight people (8) were wounded": digits in brackets that restate the count
    just written in words are that count again."""
    if phrase.start < 2 or doc[phrase.start - 1].text != "(" or phrase.end >= len(doc) or doc[phrase.end].text != ")":
        return False
    before = doc[max(0, phrase.start - 4) : phrase.start - 1]
    value = phrase.value
    return value is not None and any(t.like_num and (parsed := parse_number(t.text)) is not None and parsed.value == value for t in before)


def family_size(phrase: NumberPhrase, doc: Doc) -> bool:
    """True for the size of a parent's family: "a mother of two (children) was killed", "the father of
    five": the victim is the parent, the number counts their children."""
    if phrase.start < 2 or doc[phrase.start - 1].lower_ != "of":
        return False
    parent = doc[phrase.start - 2]
    return parent.lemma_.lower() in PARENT_NOUNS or parent.lower_ in PARENT_NOUNS


def age_after_aged(phrase: NumberPhrase, doc: Doc) -> bool:
    """ "children aged 10", "The children aged from four to 10 were killed", "aged between 5 and 12": the
    number or range after "aged" gives the victims' ages; the count is the number before the noun ("Three
    children aged 10"), when there is one."""
    start = start_of_the_ages(phrase, doc)
    if start != phrase.start and phrase.end < len(doc) and doc[phrase.end].pos_ == "NOUN":
        return False  # "aged 4 and 30 adults": a count of its own after the age
    at = start - 1
    if at >= 0 and doc[at].lower_ in ("from", "between"):
        at -= 1
    return at >= 0 and doc[at].lower_ in AGE_OPENERS

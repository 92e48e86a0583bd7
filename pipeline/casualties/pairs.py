"""A count of two written with no number: "both pilots were killed", "both brothers died" (two)."""

from __future__ import annotations

from spacy.tokens import Token

from .counts import NumberPhrase
from .lexicons import person_group


def both_of_a_pair(token: Token) -> NumberPhrase | None:
    """ "Both pilots were killed", "both brothers died": a plural noun of persons that "both" determines
    counts two, as a number phrase spanning "both" to the noun. Not the correlative "both civilians and
    fighters" (a conjunct follows: two groups, no count), nor a noun of things ("both sides", "both
    cars"), nor kin of someone ("both parents of the girl")."""
    if token.tag_ != "NNS" or person_group(token) is None or any(c.dep_ in ("conj", "nummod") for c in token.children):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None  # "both parents of the girl": kin named by whom they belong to, read with that person
    both = next((c for c in token.children if c.dep_ in ("det", "predet") and c.lower_ == "both" and c.i < token.i), None)
    if both is None:
        return None
    return NumberPhrase(both.i, token.i + 1, token.doc[both.i : token.i + 1].text, 2, False, token)

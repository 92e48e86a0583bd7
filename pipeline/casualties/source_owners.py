"""Whose a figure's source is when the text names it by something it owns or sits in: a document's author
written before it ("a United Nations report", "Kyiv's figures"), and a state's seat of government
("Moscow said", "Kyiv's figures": Russia, Ukraine), as the quote stage names its speakers."""

from __future__ import annotations

from spacy.tokens import Token

from ..speakers import government_of_seat

# Labels of a name that may author a document; a place only as a state or its seat ("Kyiv's figures"),
# not where the figures count ("the Aleppo toll").
AUTHOR_LABELS = frozenset({"ORG", "PERSON", "NORP", ""})


def author_before(document: Token) -> Token | None:
    """The author a document noun names before it: a possessive ("Kyiv's figures", "the Observatory's
    count") or a name set before the noun ("a United Nations report", "an AFP tally"). None for a
    common noun ("a casualty report", "hospital records") and for a place that is no state's seat."""
    for child in document.children:
        if child.i > document.i or child.dep_ not in ("poss", "compound") or child.pos_ != "PROPN":
            continue
        if child.ent_type_ in AUTHOR_LABELS or government_of_seat(child.text) is not None:
            return child
    return None


def state_of_seat(name: str, label: str) -> tuple[str, str]:
    """(name, label) of a source, a seat of government as the state it stands for ("Moscow" -> "Russia",
    "Kyiv" -> "Ukraine": data/lexicons/government_seats.csv); any other source as it is."""
    state = government_of_seat(name)
    return (state, "GPE") if state is not None else (name, label)

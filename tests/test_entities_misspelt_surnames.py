"""A surname misspelt by one letter is the person named in full before it (entities.name_splits.
misspelt_surname): copy that lost its editing writes "Jandalai" for "Safwan Jandali". Invented text,
positives and negatives."""

from __future__ import annotations

import pytest

from pipeline.entities import entity_mentions
from pipeline.entities.lexicon import Candidate
from pipeline.entities.name_splits import misspelt_surname


def full_names(*names: str) -> dict[str, Candidate]:
    return {name.split()[-1]: Candidate(0, len(name), name, "PERSON") for name in names}


@pytest.mark.parametrize(("word", "owner"), [("Jandalai", "Safwan Jandali"), ("Jandli", "Safwan Jandali"), ("Mardinni", "Robert Mardini")])
def test_one_letter_off_a_named_surname_is_its_owner(word, owner):
    found = misspelt_surname(word, full_names("Safwan Jandali", "Robert Mardini"))
    assert found is not None and found.text == owner


@pytest.mark.parametrize(
    ("word", "names"),
    [
        ("Jandalaii", ("Safwan Jandali",)),  # two letters off
        ("Hasan", ("Ali Hassan",)),  # too short to tell a typo from another name
        ("jandalai", ("Safwan Jandali",)),  # not a name as written
        ("Hassani", ("Ali Hassan", "Omar Hassany")),  # one letter off two people: no one's
    ],
)
def test_no_owner_without_one_clear_surname(word, names):
    assert misspelt_surname(word, full_names(*names)) is None


def test_the_misspelt_surname_is_read_as_the_person_in_an_article(nlp):
    text = ("Safwan Jandali a member of the coalition said aid was blocked. "
            "The task of distributing aid must be left to aid organizations Jandalai said.")
    doc = nlp(text)
    persons = {m.canonical for m in entity_mentions(doc, article_id="t") if m.label == "PERSON"}
    assert persons == {"Safwan Jandali"}


def test_a_place_one_letter_off_a_surname_stays_a_place():
    assert misspelt_surname("Mardin", full_names("Robert Mardini")) is None

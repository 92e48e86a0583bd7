"""Writers and editors are no persons of the story when copy loses its line breaks: every name of a
credit's clause ("Additional reporting by Jane Doe in Beirut and John Roe in Amsterdam"), a post's byline
after its date ("Posted on July 12 2016 by Jane Doe"), and a sentence that is nothing but names ("... the
airstrike. Jane Doe / John Roe") (entities.story_persons.in_a_credit_clause, is_a_sentence_of_names).
Invented text, positives and negatives."""

from __future__ import annotations

import pytest

from pipeline.entities import entity_mentions


def persons(nlp, text: str) -> set[str]:
    return {m.canonical for m in entity_mentions(nlp(text), article_id="t") if m.label == "PERSON"}


STORY = "Syria talks stall\nThe strike hit a house in Aleppo, killing two people, said Ahmed Hassan, a medic."


@pytest.mark.parametrize(
    "tail",
    [
        " Additional reporting by Jane Doe in Beirut and John Roe in Amsterdam; Editing by Mark Smith",
        " Reporting by Jane Doe and John Roe; Writing by Mark Smith.",
        " The strike caused damage. Jane Doe / John Roe",
        " The strike caused damage. Jane Doe and John Roe.",
    ],
)
def test_credited_and_signing_names_are_no_persons_of_the_story(nlp, tail):
    assert persons(nlp, STORY + tail) == {"Ahmed Hassan"}


def test_a_posts_byline_after_its_date_is_no_person_of_the_story(nlp):
    text = "Syria talks stall\nPosted on July 12 2016 by Jane Doe\nThe strike hit a house, said Ahmed Hassan, a medic."
    assert persons(nlp, text) == {"Ahmed Hassan"}


@pytest.mark.parametrize(
    ("tail", "person"),
    [
        # a credit's clause ends at its stop: the person after it is the story's
        (" Reporting by Jane Doe. Officials said John Roe was wounded.", "John Roe"),
        # a sentence with another word than names
        (" Fatima Ali, 34, was wounded.", "Fatima Ali"),
        # a piece the parse splits off a sentence with no stop, holding another entity's name
        (" They were welcomed by the secretary of the al- Baath Arab Socialist Party John Roe.", "John Roe"),
        # a name after a verb of speech is a source, not a credit
        (" The report was written by the monitor, said John Roe.", "John Roe"),
        # a credit's words inside running text: the story's people
        (" A video posted online by activists shows commander John Roe addressing fighters.", "John Roe"),
        (" A letter written by Senator John Roe urged action.", "John Roe"),
        (" The plan was first proposed in 2012 by John Roe.", "John Roe"),
        (" In an interview published by Der Spiegel, John Roe said 20 civilians had died.", "John Roe"),
        # a list of names inside the story, given names and titled names
        (" The dead included two nurses. Joan Roe and Jane Poe. Shelling went on all night.", "Joan Roe"),
        (" The dead were named as three brothers. Ahmad, Yasser and Omar Khatib.", "Omar Khatib"),
        (" The delegation included two senators. Sen. John Roe and Sen. Joan Poe.", "John Roe"),
    ],
)
def test_names_outside_credits_and_signatures_stay(nlp, tail, person):
    assert person in persons(nlp, STORY + tail)

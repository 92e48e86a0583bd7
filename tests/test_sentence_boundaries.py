"""Sentence breaks set before the parser (`nlp.sentence_boundaries`), with invented text, positives and
negatives: a blank line ends a sentence; a word opening a line or a sentence is not a sentence alone."""

from __future__ import annotations

import pytest


def sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_a_blank_line_ends_a_sentence(nlp):
    text = "Jets strike the north\n\nThe army said on Monday that the road was open."
    assert sentences(nlp, text)[0] == "Jets strike the north"


@pytest.mark.parametrize(
    "text",
    [
        # the small model ends a sentence after "Ten" here
        "Jets strike the north\n\nTen Kurdish fighters were killed Wednesday in clashes.",
        "The convoy reached the town. Ten Syrian civilians were killed Wednesday in airstrikes on tents for "
        "displaced people who fled the fighting to the north of the city.",
    ],
)
def test_a_number_word_opening_a_sentence_does_not_stand_alone(nlp, text):
    assert not any(s == "Ten" for s in sentences(nlp, text))
    assert any(s.startswith(("Ten Syrian civilians were killed", "Ten Kurdish fighters")) for s in sentences(nlp, text))


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Ten\n\nThe army said on Monday that the road was open.", "Ten"),  # a one-word line keeps its break
        ("Jets strike the north\n\nREUTERS\nThe army said on Monday that the road was open.", "REUTERS"),
    ],
)
def test_a_one_word_line_stays_a_sentence(nlp, text, alone):
    assert alone in sentences(nlp, text)


def test_the_casualty_figure_of_a_split_lead_is_found(nlp):
    from pipeline.casualties.extract import casualty_figures

    doc = nlp("Jets strike the north\n\nTen Kurdish fighters were killed Wednesday in clashes.")
    figures = casualty_figures(doc, article_id="t", published=None, entities=[], places=[])
    assert [(f.number_text, f.type) for f in figures] == [("Ten", "killed")]


@pytest.mark.parametrize(
    ("text", "credit", "first"),
    [
        ("Jets strike camp\n\nAFP Wednesday 29 Oct 2014 Syrian regime aircraft killed at least 10 people in a "
         "camp a monitor said.", "AFP Wednesday 29 Oct 2014", "Syrian regime aircraft killed"),
        ("Jets strike camp\n\n(Reuters) May 5, 2012 - Rebels shelled the district on Monday, activists said.",
         "(Reuters) May 5, 2012 -", "Rebels shelled the district"),
        # a credit alone before a sentence opener (line_credit_end)
        ("Rebel fire kills 14\n\nAFP A barrage of rocket fire killed at least 14 people state media said.",
         "AFP", "A barrage of rocket fire killed"),
        ("Rebel fire kills 14\n\nReuters - The shelling killed at least 14 people, activists said.",
         "Reuters -", "The shelling killed"),
        ("Rebel fire kills 14\n\nAFP 12 people were killed in Homs on Monday, activists said.",
         "AFP", "12 people were killed"),
        ("Rebel fire kills 14\n\nReuters Twenty people were killed in Homs on Monday, activists said.",
         "Reuters", "Twenty people were killed"),
    ],
)
def test_a_wire_credit_and_date_opening_a_line_stand_apart(nlp, text, credit, first):
    found = sentences(nlp, text)
    assert credit in found
    assert any(s.startswith(first) for s in found)


def test_a_line_opening_with_an_agency_name_but_no_date_is_one_sentence(nlp):
    text = "Jets strike camp\n\nAFP reported on Monday that at least 10 people were killed in the camp."
    assert "AFP reported on Monday that at least 10 people were killed in the camp." in sentences(nlp, text)


def test_a_line_opening_with_an_agency_name_and_its_reporter_is_one_sentence(nlp):
    text = "Jets strike camp\n\nReuters Syria correspondent Jane Doe said at least 10 people were killed in the camp."
    assert "Reuters Syria correspondent Jane Doe said at least 10 people were killed in the camp." in sentences(nlp, text)


@pytest.mark.parametrize(
    ("text", "second"),
    [
        # nlp.ends_a_sentence_before_a_quote: an abbreviation's full stop ends its sentence before a quoted one
        ('Jane Doe said there is no way to check those seeking entrance to the U.S. "Bad, bad things are '
         'going to happen," Doe warned in Everett on Monday.', '"Bad, bad things are going to happen," Doe warned'),
        ('The envoy said aid had been blocked for weeks by the U.N. "We cannot reach the people who need it most," '
         'a spokesman said.', '"We cannot reach the people'),
    ],
)
def test_an_abbreviation_ends_its_sentence_before_a_quoted_sentence(nlp, text, second):
    assert any(s.startswith(second) for s in sentences(nlp, text)), sentences(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        'The rebels bought weapons made in the U.S. "Patriot" missiles were not among them.',  # a quoted name
        'He met Dr. "Abu Omar" Hassan at the clinic on Monday and they talked for an hour.',  # a title
        # review: a quoted name in title case with its comma inside the marks, mid-sentence
        'Twelve people were killed when the U.S. "Coalition to Defeat ISIS," as the Pentagon calls it, bombed a school.',
        'Russia vetoed the U.N. "Resolution on Chemical Weapons in Syria," the envoy said on Monday.',
        # a comma inside the marks with no attribution after them
        'Jane Doe told the U.S. "network, in an interview broadcast on Friday," that Russia had done nothing.',
    ],
)
def test_an_abbreviation_before_a_quoted_name_ends_nothing(nlp, text):
    assert len(sentences(nlp, text)) == 1, sentences(nlp, text)

"""A report whose opening quote mark is left with no closing one is direct speech (quotes.unmarked):
scraped text that lost its closing marks, or kept only the U+FFFD a curly opening mark became.
Invented sentences, positives and negatives."""

from __future__ import annotations

import pytest

from pipeline.quotes.unmarked import unclosed_opening
from tests.test_speaker_bodies_and_offices import run

LOST = "\ufffd\ufffd"  # what a curly opening mark becomes when UTF-8 is decoded badly and re-encoded
LEAD = "Shelling went on for a third day in the north of the province and the roads stayed closed. "


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (LEAD + f"General Jane Doe said {LOST}the rebels still receive weapons and fighters from across the border "
         "while the army holds the hills north of the town.", "the rebels still receive", "Jane Doe"),
        (LEAD + f"The agency said it is {LOST}illustrating how the truce has in many ways backfired on the towns "
         "it was meant to protect in the north.", "illustrating how the truce", None),
    ],
)
def test_a_report_after_an_unclosed_mark_is_direct_speech(nlp, text, words, speaker):
    hits = [q for q in run(nlp, text) if words in q.quote]
    assert [q.kind for q in hits] == ["direct"]
    assert not hits[0].quote.startswith("\ufffd")  # the content starts past the mark
    if speaker is not None:
        assert hits[0].speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a closed partial quote inside reported speech stays one indirect statement
        LEAD + 'General Jane Doe said the rebels had "reached a dead end" in the talks held in the capital.',
        # U+FFFD that stood for some other character: "Copyright © 2018", "Syria's"
        LEAD + f"Copyright {LOST} 2018. General Jane Doe said the rebels still receive weapons from across the border.",
        LEAD + "General Jane Doe said Syria\ufffd_s rebels still receive weapons from across the border every week.",
    ],
)
def test_a_report_with_no_unclosed_mark_stays_indirect(nlp, text):
    assert [q.kind for q in run(nlp, text) if "rebels" in q.quote] == ["indirect"]


def test_the_mark_must_open_within_the_first_words():
    text = 'He said the army would hold the town until the "final victory over terrorism'
    start = text.index("the army")
    assert unclosed_opening(text, start, len(text)) is None  # a mark deep in the content opens a partial quote
    text = 'He said "the army would hold the town'
    assert unclosed_opening(text, text.index("the army"), len(text)) == text.index("the army")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # no marks at all: a colon, then the speaker's own first person
        (LEAD + "One man who had carried victims told reporters: We would go into a house and everything "
         "was in its place.", "We would go into a house"),
        (LEAD + "General Jane Doe said: Our forces will stay in the town until the last road is open.",
         "Our forces will stay"),
    ],
)
def test_own_words_after_a_colon_are_direct_speech(nlp, text, words):
    assert [q.kind for q in run(nlp, text) if words in q.quote] == ["direct"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a colon but the third person: read as the report it may be
        (LEAD + "General Jane Doe said: The toll is expected to rise as rescuers reach the villages.", "The toll is expected"),
        # the first person but no colon: a report of what we would do
        (LEAD + "General Jane Doe said we would hold the town until the last road is open.", "we would hold"),
        # "US" is a country, not "us"
        (LEAD + "The envoy said: The US will not accept any deal that leaves the town under siege.", "The US will not"),
    ],
)
def test_a_colon_or_a_first_person_alone_stays_indirect(nlp, text, words):
    assert [q.kind for q in run(nlp, text) if words in q.quote] == ["indirect"]


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        # review: "I" after a capitalised word is a numeral of a name, not the speaker
        (LEAD + "The envoy told reporters: the Geneva I communique remains the basis for any settlement.",
         "the Geneva I communique", "indirect"),
        # but the content's own first word before "I" is no name
        (LEAD + "General Jane Doe told reporters: Yesterday I saw the bodies lying in the street.", "Yesterday I saw", "direct"),
    ],
)
def test_i_as_a_numeral_or_as_the_speaker(nlp, text, words, kind):
    assert [q.kind for q in run(nlp, text) if words in q.quote] == [kind]

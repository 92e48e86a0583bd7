"""Quote marks whose closing mark was lost (quotes.spans): a straight mark set off by a space after a sentence's
end, before a capital, opens a new quote and ends the one before (spans.opens_after_a_lost_close); a mark
that opens a sentence in a long paragraph and is never closed opens a quote of at least that sentence
(spans.first_sentence_of_a_lost_close). Invented text, positives and negatives."""

from __future__ import annotations

import pytest

from pipeline.quotes import quote_spans

FILLER = " The convoy waited at the crossing for most of the day while officials argued over the papers." * 6


def contents(text: str) -> list[str]:
    return [" ".join(text[a:b] for a, b in span.parts) for span in quote_spans(text)]


def test_a_spaced_mark_after_a_sentence_opens_a_new_quote():
    text = ('"It was calm for days said Jane Doe, a resident, to a news agency. "But this morning the shelling came back '
            'to our street" she added.')
    assert contents(text) == [
        "It was calm for days said Jane Doe, a resident, to a news agency.",
        "But this morning the shelling came back to our street",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing mark glued to the words it closes still closes
        ('"It was calm for days." Then the shelling came back.', ["It was calm for days."]),
        # a closing mark set off by spaces, not before a capital, still closes
        ('" It was calm for days, " said Jane Doe.', ["It was calm for days,"]),
    ],
)
def test_a_closing_mark_still_closes(text, expected):
    assert contents(text) == expected


def test_a_long_paragraph_with_a_lost_close_keeps_the_first_sentence():
    text = ('"They are burning the fields," said Jane Doe, a farmer. "Those who stayed have fled to the hills. The '
            "U.S. aid never came." + FILLER)
    assert contents(text) == ["They are burning the fields,", "Those who stayed have fled to the hills."]


@pytest.mark.parametrize(
    "text",
    [
        # a mark inside a sentence, not opening one, is no quote of a sentence
        'The so-called "safe zone was never agreed by anyone at the talks.' + FILLER,
        # a mark before a lower-case word opens no sentence
        'The talks ended. "and then nothing happened at all for weeks.' + FILLER,
    ],
)
def test_a_lost_close_that_opens_no_sentence_is_no_quote(text):
    assert contents(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review: a closing mark set off by a stray space, then the writer's narration that says who spoke
        ('"We are not leaving. "She said it again on Tuesday. Later the teacher, Jane Doe, added: "We have nowhere to go."',
         ["We are not leaving.", "We have nowhere to go."]),
        ('"The militias are executing people in the streets. "Jane Doe, the envoy, told the council on Friday that she '
         'had received reports. "We are alarmed," she said.',
         ["The militias are executing people in the streets.", "We are alarmed,"]),
    ],
)
def test_a_spaced_close_before_narration_still_closes(text, expected):
    assert contents(text) == expected


def test_the_first_sentence_runs_past_abbreviations_and_initials():
    text = ('The envoy spoke after the meeting. "Troops have pushed in and the council was told by Dr. Jane Doe and the '
            'U.N. mission that hundreds may have died. The aid never came.' + FILLER)
    assert contents(text) == [
        "Troops have pushed in and the council was told by Dr. Jane Doe and the U.N. mission that hundreds may have died."
    ]


def test_a_lost_close_at_a_paragraph_start_after_a_heading():
    # the paragraph's own start opens a sentence, whatever the paragraph before ends with
    text = "Voices from the siege\n" + '"Those who stayed have fled to the hills. The aid never came.' + FILLER
    assert contents(text) == ["Those who stayed have fled to the hills."]

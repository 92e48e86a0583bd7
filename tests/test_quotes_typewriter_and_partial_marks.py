"""Two quote-mark layouts: typewriter double quotes (`` and '', as plain-text wire copy and tokenised
archives write them) are quotation marks (clean.normalise_unicode); a partial quote inside reported
speech followed by ', and added: "..."' is two statements, not the halves of one split quote
(quotes.direct.reported_before). Invented sentences, positives and negatives."""

from __future__ import annotations

import pytest

from pipeline.clean import normalise_unicode
from tests.test_speaker_bodies_and_offices import run

LEAD = "Shelling went on for a third day in the north of the province and the roads stayed closed. "


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("''We have lost everything,'' said Ahmad Khalil.", '"We have lost everything," said Ahmad Khalil.'),
        ("``We have lost everything,'' said Ahmad Khalil.", '“We have lost everything," said Ahmad Khalil.'),
        ("He called the truce ''a dead letter''.", 'He called the truce "a dead letter".'),
        # a doubled apostrophe inside a transliterated name, and single apostrophes, stay as written
        ("Ma''arat al-Numan was shelled.", "Ma''arat al-Numan was shelled."),
        ("It's the rebels' last town.", "It's the rebels' last town."),
    ],
)
def test_typewriter_double_quotes_become_quotation_marks(written, normalised):
    assert normalise_unicode(written) == normalised


def test_a_typewriter_quote_is_direct_speech_with_its_speaker(nlp):
    text = normalise_unicode(
        LEAD + "``We have lost everything in this neighbourhood, the houses and the shops,'' said Ahmad Khalil, a baker."
    )
    hits = [q for q in run(nlp, text) if "lost everything" in q.quote]
    assert [(q.kind, q.speaker) for q in hits] == [("direct", "Ahmad Khalil")]
    assert hits[0].quote.startswith("We have lost")


@pytest.mark.parametrize(
    "text",
    [
        LEAD + 'Ahmad Khalil, a baker, said the children "cannot sleep at night because of the bombs", and added: '
        '"We do not have anything left in this neighbourhood."',
        LEAD + 'The mayor, Jane Doe, told reporters the city had been "abandoned by everyone outside it", adding, '
        '"Nobody has come to help us in three whole years."',
    ],
)
def test_a_partial_quote_in_reported_speech_is_not_half_of_a_split_quote(nlp, text):
    directs = [q for q in run(nlp, text) if q.kind == "direct"]
    second = [q for q in directs if q.quote.startswith(("We do not", "Nobody has"))]
    assert len(second) == 1
    assert not any(q.quote.startswith(("cannot sleep", "abandoned by")) and len(q.quote) > 45 for q in directs)


def test_a_quote_split_by_its_attribution_stays_one_quote(nlp):
    text = LEAD + '"We have lost everything in this neighbourhood," said Ahmad Khalil, a baker, "and nobody came to help."'
    directs = [q for q in run(nlp, text) if q.kind == "direct" and q.continues is None]  # one statement
    assert len(directs) == 1
    assert "nobody came to help" in directs[0].quote

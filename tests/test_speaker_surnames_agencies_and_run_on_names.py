"""Four readings of comma-less and re-mentioned sources (docs/speakers.md, rules 231-234): a surname the
entity stage did not tag is the person named in full before (names.person_by_surname); "the news
agency" is the agency the text named (speakers.described_by_its_full_name); a comma-less "... of
Damascus said the Observatory" reports the clause before it (heads.inverted_final_reporter); a name the
entity stage ran over from the words before ("east of Dabiq the Turkish army") names no speaker
(phrases.run_over_from_before). Invented sentences, positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_speaker_bodies_and_offices import speaker_of

EDITOR = "Gwyn Winfield editor of a magazine on chemical weapons reviewed the videos of the attack. "


@pytest.mark.parametrize(
    "later",
    [
        "Winfield points out that it is very difficult to protect these weapons.",
        "Still Winfield notes that it is very difficult to protect these weapons.",
    ],
)
def test_a_surname_alone_is_the_person_named_in_full_before(nlp, later):
    text = EDITOR + "Andrew Tabler a senior fellow said the risk was growing. " + later
    assert speaker_of(nlp, text, "difficult to protect") == "Gwyn Winfield"


def test_a_surname_no_one_was_named_by_stays_as_written(nlp):
    text = "Andrew Tabler a senior fellow said the risk was growing. Winfield points out that it is very difficult to protect these weapons."
    assert speaker_of(nlp, text, "difficult to protect") in (None, "Winfield")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the SANA news agency the strikes hit the city. Another strike hit a village in the east. "
         "The strikes left ten civilians injured the news agency specified.", "SANA"),
        ("Reuters said the strikes hit the city. The news agency said five civilians were killed in the raid.", "Reuters"),
    ],
)
def test_the_news_agency_is_the_agency_named_before(nlp, text, expected):
    assert speaker_of(nlp, text, "civilians") == expected


def test_the_news_agency_is_not_a_body_that_is_no_agency(nlp):
    text = "The Observatory said the strikes hit the city. The news agency said five civilians were killed in the raid."
    assert speaker_of(nlp, text, "five civilians") != "Syrian Observatory for Human Rights"


@pytest.mark.parametrize(
    "text",
    [
        "At least 20 people were killed in car bomb attacks in the suburbs of Damascus said the Syrian Observatory for Human Rights.",
        "At least 20 people were killed in attacks targeting a shrine in the suburbs of Damascus said the Syrian "
        "Observatory for Human Rights an independent group.",
    ],
)
def test_a_comma_less_inverted_reporter_after_a_place_speaks(nlp, text):
    assert speaker_of(nlp, text, "were killed") == "Syrian Observatory for Human Rights"


def test_a_verb_with_its_own_subject_keeps_it(nlp):
    text = "The army said at least 20 people were killed in the suburbs of Damascus."
    assert speaker_of(nlp, text, "were killed") != "Syrian government"


def test_a_name_run_over_from_the_words_before_names_no_speaker(nlp):
    text = "Fourteen fighters were killed as they tried to enter the villages three kilometres east of Dabiq the Turkish army said in a statement."
    speaker = speaker_of(nlp, text, "fighters were killed")
    assert speaker is not None and "Dabiq" not in speaker and "Turkish" in speaker
    assert speaker_of(nlp, "The Organisation for the Prohibition of Chemical Weapons said it was deeply concerned.", "concerned") == "OPCW"

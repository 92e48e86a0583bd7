"""A name in apposition closing a described subject is an antecedent of "it", and a comma-less inverted
"said the group" reports the sentence before it (docs/speakers.md, rules 227-228). Invented sentences,
positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_speaker_bodies_and_offices import run, speaker_of

LEAD = "The Observatory said foreign fighters were among the dead. "


# ---- antecedents.closes_a_described_subject


@pytest.mark.parametrize(
    "subject",
    [
        "A key ally of the Syrian government, Russia, began",
        "A key ally of the Syrian government Russia began",  # commas lost
        "The main backer of the rebels, Turkey, began",
    ],
)
def test_a_name_closing_a_described_subject_is_what_it_stands_for(nlp, subject):
    text = LEAD + f"{subject} air strikes in the country in late September. On Thursday it said it had carried out 50 raids."
    assert speaker_of(nlp, text, "50 raids") in ("Russia", "Turkey")


def test_a_name_after_of_is_not_the_subject(nlp):
    # "A key ally of Russia": the ally began the strikes; Russia is no antecedent of "it"
    text = LEAD + "A key ally of Russia began air strikes in the country in late September. On Thursday it said it had carried out 50 raids."
    assert speaker_of(nlp, text, "50 raids") != "Russia"


# ---- heads.inverted_final_reporter with the comma lost


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The YPG regained control of the village two days after it was seized by the terrorists said the Britain-based group.",
         "regained control", "Britain-based group"),
        ("Fighting continued in the east of the province said the Observatory.", "Fighting continued", "Syrian Observatory for Human Rights"),
    ],
)
def test_a_commaless_inverted_said_reports_the_sentence_before(nlp, text, words, speaker):
    assert speaker_of(nlp, text, words) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The army shelled the town for hours and said the same.",
        "The imam stood before the crowd and said the prayer.",
    ],
)
def test_said_with_an_object_that_cannot_speak_reports_nothing(nlp, text):
    assert run(nlp, text) == []


def test_a_day_after_a_commaless_said_is_no_inverted_source(nlp):
    quotes = run(nlp, "Sarin was used in the attack in the north of the country the British ambassador said Wednesday.")
    assert [q.speaker_text for q in quotes] == ["the British ambassador"]


# ---- sources.report_the_participle_goes_on_with


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Dozens were injured when "helicopters targeted the area" activist Jane Doe told The New Arab noting that '
         '"the old cemetery was also hit by warplanes."', "Jane Doe"),
        ("Dozens were injured when helicopters targeted the area activist Jane Doe told The New Arab noting that "
         "the old cemetery was also hit by warplanes.", "Jane Doe"),
        # the clause above whose subject can speak
        ("The Britain-based monitor could not confirm how many of the casualties were civilians saying that "
         "the old cemetery was also hit by warplanes.", "Syrian Observatory for Human Rights"),
        # the clause's subject can speak: it goes on speaking
        ("Egypt voted for the resolution at the Council arguing that the old cemetery was also hit by warplanes.", "Egypt"),
        # no report before the participle: no one to go on with
        ("Dozens were injured in the attack noting that the old cemetery was also hit by warplanes.", None),
    ],
)
def test_a_participle_hung_on_a_clause_of_victims_goes_on_with_the_report_before(nlp, text, speaker):
    assert speaker_of(nlp, text, "old cemetery") == speaker


# ---- phrases.described_by_a_partitive: "One of the guards told AFP"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A bomb exploded near a checkpoint. One of the guards manning the checkpoint told AFP the old cemetery was also hit.",
         "guards manning the checkpoint"),
        ("A bomb exploded near a checkpoint. One of the witnesses told AFP the old cemetery was also hit.", "witnesses"),
    ],
)
def test_one_of_a_described_group_is_an_unnamed_source(nlp, text, speaker):
    quote = next(q for q in run(nlp, text) if "old cemetery" in q.quote)
    assert (quote.speaker, quote.speaker_named) == (speaker, False)


def test_a_name_that_opens_with_a_number_is_no_partitive(nlp):
    quote = next(q for q in run(nlp, "One Direction said the old cemetery was also hit by warplanes."))
    assert quote.speaker_named is True


# ---- sources.object_pronoun_read_as_the_subject: "the aid group that supports it said"


def test_the_object_of_a_relative_clause_is_no_source(nlp):
    text = ("Five medics were killed when an air strike hit a clinic in a village near the city late Tuesday "
            "the aid group that supports it said.")
    quote = next(q for q in run(nlp, text) if "Five medics" in q.quote)
    assert quote.speaker == "aid group" and quote.speaker_text != "it"


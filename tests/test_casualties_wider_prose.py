"""Casualty constructions of outlets' prose beyond the gold's: care given to the harmed
(verb_frames.receiving_treatment), a toll the parse took for the object of the report before it
(toll_cues.toll_read_as_report_object), an unnamed source read before that names no body
(source_names.resolve_description). Invented sentences, positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures


def found(nlp, text: str) -> list[tuple[int | None, str]]:
    return [(f.number, f.type) for f in figures(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 40 villagers needed hospital treatment after the blast, the governor said.", (40, "wounded")),
        ("Dozens more have received treatment for breathing problems.", (None, "wounded")),
        ("Some 25 people required medical care after the shelling of the market.", (25, "wounded")),
        ("Twelve people are undergoing treatment in a field clinic.", (12, "wounded")),
    ],
)
def test_people_given_treatment_are_wounded(nlp, text, expected):
    assert expected in found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "More than 300,000 people in the northern province need urgent medical care.",  # a need, not a harm
        "Thousands of refugees require treatment for chronic illnesses.",
        "Doctors gave treatment to 40 patients in the camp.",  # care given by the subject
        "The 300 fighters received training in Jordan.",  # what they received is no care
    ],
)
def test_a_need_for_care_or_care_given_is_no_figure(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The monitor said on Monday the death toll from an air raid on a market in the town of Sarmin, east of "
         "Idlib, had risen to 37.", (37, "killed")),
        ("The monitor said a strike killed nine people. Rescuers said the death toll from the collapse of two "
         "buildings near the river, in the old quarter, had climbed to 19.", (19, "killed")),
    ],
)
def test_a_toll_read_as_the_object_of_a_report_gives_its_value(nlp, text, expected):
    assert expected in found(nlp, text)


def test_a_report_whose_content_has_its_own_subject_reads_no_toll_from_its_object(nlp):
    # "the toll" is the object of "disputed"; the clause after it has a subject of its own
    assert found(nlp, "The army disputed the toll, saying the figures had risen to 37 because of propaganda.") == []


def test_an_unnamed_monitor_read_before_names_no_source_for_a_later_one(nlp):
    text = "A monitoring group said air strikes killed nine people in the town. A monitoring group said a second strike killed at least 14 people."
    assert [(f.number, f.attributed_to) for f in figures(nlp, text)] == [(9, None), (14, None)]


def test_a_monitor_described_after_the_article_named_it_takes_its_name(nlp):
    text = (
        "The Syrian Observatory for Human Rights said air strikes killed nine people in the town. "
        "The Britain-based monitor said a second strike killed at least 14 people."
    )
    assert (14, "Syrian Observatory for Human Rights") in [(f.number, f.attributed_to) for f in figures(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # constructions.one_more_of_the_counted: "a fourth" object of a verb of harm, one more of those counted
        ("A shell hit the school, killing three teachers and injuring a fourth.", [(3, "killed"), (1, "wounded")]),
        # verb_frames.taken_captive: "hostage" right after the object, wherever the parse hung it
        ("The gunmen took an estimated 70 villagers hostage south of the town.", [(70, "detained")]),
        # counts.toll_after_rise and types.governing_cue: a value NER read as a time with the word after it
        ("Local officials put the death toll at 12 earlier.", [(12, "killed")]),
        # types.harm_noun_before_of: the noun of harm right before "of" types its count
        ("The shells caused the death of two women and injury of nine others.", [(2, "killed"), (9, "wounded")]),
        # counted.count_after_a_harm_word and verb_read_past: a bare verb of harm the tagger read as a noun
        ("Car bombs kill 14 injure dozens in two cities", [(14, "killed"), (None, "wounded")]),
    ],
)
def test_constructions_of_wider_prose_give_their_figures(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The rebels took two towns and won a third battle.",  # an ordinal of no person
        "The army took 30 trucks hostage.",  # no people to hold
        "The vote was put at 12 earlier in the day.",  # no toll put at the value
        "The fire caused the destruction of two houses and loss of nine cars.",  # no noun of harm before "of"
    ],
)
def test_look_alikes_of_wider_prose_are_no_figures(nlp, text):
    assert found(nlp, text) == []

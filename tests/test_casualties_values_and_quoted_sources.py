"""The harmed as the subject of a verb that gives their count ("Casualties among civilians reached 200",
"The dead numbered 45": toll_cues.the_casualties_move_to_a_value), and a source quoted "as saying" whoever
it is: an unnamed one leaves the figure unattributed, the quoting outlet never its source
(attribution.crediting_sources, source_phrases.quoted_as_saying). Invented sentences, positives and
negatives."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Casualties among civilians reached 200, the monitor said.", [(200, "killed_or_wounded")]),
        ("Civilian casualties reached 200 by the evening.", [(200, "killed_or_wounded")]),
        ("Fatalities rose to 40 on Monday.", [(40, "killed")]),
        ("Deaths topped 100 last week, doctors said.", [(100, "killed")]),
        ("The dead numbered 45, a doctor said.", [(45, "killed")]),
    ],
)
def test_the_harmed_as_the_subject_of_a_verb_of_value(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose to 40 pounds a kilo.",
        "The victims numbered 12.",  # no harm said
        "The army reached 200 villages by the end of the month.",
    ],
)
def test_a_value_of_no_harmed_is_no_figure(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Reuters quoted a police officer as saying 30 people were killed.",
        "Reuters quoted a police officer in Aleppo as saying 30 people were killed.",
        "Interfax quoted a Defence Ministry spokesman as saying that 30 militants were killed.",
    ],
)
def test_an_unnamed_source_quoted_leaves_the_figure_unattributed(nlp, text):
    # the quoting outlet passed the figure on
    assert [(f.attributed_to, f.relayed_by) for f in figures(nlp, text)] == [(None, text.split()[0])]


def test_unnamed_sources_quoted_by_an_outlet_are_relayed_by_it(nlp):
    found = figures(nlp, "SANA quoted local sources as saying 30 people were killed.")
    assert [(f.attributed_to, f.relayed_by) for f in found] == [(None, "SANA")]


@pytest.mark.parametrize(
    ("text", "source", "relay"),
    [
        ("SANA quoted the Observatory as saying 30 people were killed.", "Syrian Observatory for Human Rights", "SANA"),
        ("Interfax quoted a spokesman for the Russian Defence Ministry as saying that 30 militants were killed.",
         "Russian Defence Ministry", "Interfax"),
    ],
)
def test_a_named_source_quoted_is_the_source_and_the_outlet_its_relay(nlp, text, source, relay):
    assert [(f.attributed_to, f.relayed_by) for f in figures(nlp, text)] == [(source, relay)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lexicons.harms_joined: the dead joined to the injured are counted together
        ("The toll of the dead and injured reached 80 in Jableh.", [(80, "killed_or_wounded")]),
        ("The dead and wounded numbered 58.", [(58, "killed_or_wounded")]),
        # Negatives: one harm alone
        ("The toll of the dead reached 80.", [(80, "killed")]),
        ("The wounded numbered about 60.", [(60, "wounded")]),
    ],
)
def test_the_dead_joined_to_the_injured_are_one_combined_count(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "source", "relay"),
    [
        # an unnamed source that told an outlet, or the outlet's reporter: unattributed, relayed by it
        ("Five people were killed in the town, a source told SANA reporter.", None, "SANA"),
        ("A source told a Sputnik correspondent that five people were killed.", None, "Sputnik"),
        # a named body that told an outlet's reporter: the body's figure, relayed by the outlet
        ("A source at the Homs police command told SANA reporter that five people were killed.",
         "Homs Police Command", "SANA"),
        # Negatives: told someone who is no outlet; said to no one
        ("Five people were killed, a resident told the hospital director.", None, None),
        ("Five people were killed in the town, a source said.", None, None),
    ],
)
def test_a_source_that_told_an_outlet_or_its_reporter_is_relayed_by_it(nlp, text, source, relay):
    assert [(f.attributed_to, f.relayed_by) for f in figures(nlp, text)] == [(source, relay)]

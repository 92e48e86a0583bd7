"""'Among the killed civilians there are four children': the group named after "among" is the dead (or
wounded) because a harm word describes it before its noun, as "among the dead" names them by the word
alone (counted.harm_described_before, read by counted.among_casualties). Invented sentences,
positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the killed civilians there are four children.", [(4, "killed")]),
        ("Among the wounded soldiers were two officers.", [(2, "wounded")]),
        ("Among the injured people are three nurses.", [(3, "wounded")]),
        ("Among the dead there are three women.", [(3, "killed")]),
        # a word that describes the group but is no harm: the group is no count of casualties
        ("Among the armed men were four foreigners.", []),
        ("Among the displaced families, four teachers opened a school.", []),
    ],
)
def test_a_harm_word_before_the_group_names_the_casualties(nlp, text, expected):
    assert [(f.number, f.type) for f in figures(nlp, text)] == expected


def test_a_part_of_a_described_group_harmed_otherwise_stays_its_own_figure(nlp):
    # "abducted" describes the group before its noun; the part is found dead: two figures, two types
    found = figures(nlp, "Two of the five abducted men were later found dead.")
    assert sorted((f.number, f.type) for f in found) == [(2, "killed"), (5, "detained")]


# ---- counted.preposition_read_as_a_modifier: "kills 16 outside bakery" counts people, not bakeries


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Motorbike bomber kills 16 outside bakery in Hasakeh", [(16, "killed")]),
        ("Suicide bomber kills 9 inside mosque in Hama", [(9, "killed")]),
        # an adjective between the count and its noun: the noun is what is counted
        ("Shelling killed 16 nearby residents.", [(16, "killed")]),
        # no casualty verb: the preposition gives no figure of its own
        ("Rebels destroyed 16 outside posts.", []),
    ],
)
def test_a_place_preposition_read_as_an_adjective_leaves_the_count_bare(nlp, text, expected):
    assert [(f.number, f.type) for f in figures(nlp, text)] == expected


def test_a_noun_naming_a_statement_is_no_one_among_the_dead(nlp):
    # the parse may hang "among the killed civilians" on "information"; information is never a victim
    found = figures(nlp, "According to our information among the killed civilians there are four children.")
    assert not [f for f in found if "information" in f.number_text]
    assert [(f.number, f.type) for f in figures(nlp, "Among the dead was a local emir.")] == [(1, "killed")]

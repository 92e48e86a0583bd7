"""Casualty constructions whose commas the scrape lost, and frames of harm read past the word the parse
hangs a count on. Each rule is named after its construction (casualties.word_order, lists, cues,
partitives, verb_frames, types); invented sentences, positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_casualties import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # word_order.past_a_comma_less_part: the part between a count and its verb is skipped (a line of
        # tags run into the lead, as scrapes print it, is where the parse loses the count's verb)
        ("Tags Syria Hama IS civilians rockets Syrian Observatory for Human Rights At least 13 civilians among "
         "them four women were killed Friday in rocket attacks on a village in central Syria.", (13, "killed")),
        ("Tags Syria Islamic State group IS civilians barrel bombs Syrian Observatory for Human Rights At least 9 "
         "people among them two children were killed Sunday in regime barrel bomb attacks on a town.", (9, "killed")),
        ("Five people including a woman killed eight others injured in rocket attacks in Homs city Five people one "
         "of them a woman were killed and eight others were injured on Sunday due to attacks by armed groups.",
         (5, "killed")),
    ],
)
def test_a_count_keeps_its_verb_past_a_part_with_no_commas(nlp, text, expected):
    assert expected in found(nlp, text)


def test_a_count_before_a_part_with_no_verb_of_harm_is_no_figure(nlp):
    assert found(nlp, "The group holds 30 people including three children in the hospital.") == []


def test_items_of_a_place_list_with_no_commas_take_the_list_type(nlp):
    text = (
        "Government airstrikes killed 40 civilians across the province on Monday including 12 in the neighborhood "
        "Shaar 9 in Bustan al-Qasr 6 in Sakhour."
    )
    assert {(12, "killed"), (9, "killed"), (6, "killed")} <= set(found(nlp, text))


def test_a_count_after_a_place_with_no_second_place_is_no_list_item(nlp):
    assert found(nlp, "Strikes killed 9 in Aleppo 3 days ago.") == [(9, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cues.own_verb_cue: a verb of belief or report completed by a harm, and by two harms
        ("Dozens of soldiers were reported killed or injured in the attack.", (None, "killed_or_wounded")),
        ("The ministry said all five people on board were assumed dead.", (5, "killed")),
        ("Twelve soldiers were reported killed and their bodies burned.", (12, "killed")),
    ],
)
def test_a_harm_completing_a_verb_of_report_types_the_count(nlp, text, expected):
    assert expected in found(nlp, text)


def test_a_part_of_them_in_a_grave_condition_is_a_part_of_the_wounded(nlp):
    text = "Rebels fired shells on the district killing 4 civilians injuring 10 others 4 of them in a critical condition."
    assert found(nlp, text).count((4, "wounded")) == 1


def test_a_part_of_them_in_a_place_is_no_wounded_part(nlp):
    assert (4, "wounded") not in found(nlp, "Shells killed 10 civilians, 4 of them in Aleppo.")


def test_a_listed_part_keeps_the_toll_type_when_the_next_verb_has_a_count_of_its_own(nlp):
    text = "The attack killed more than 100 people including 25 children and 15 women and injured 400 others."
    assert {(15, "killed"), (400, "wounded")} <= set(found(nlp, text))
    assert (15, "wounded") not in found(nlp, text)


def test_a_conjoined_count_takes_the_verb_after_it_when_that_verb_has_no_count(nlp):
    text = "The shelling took the lives of 812 people and more than 1,400 were injured."
    assert (1400, "wounded") in found(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verb_frames.taken_to_hospital: moved "for treatment", wherever to
        ("Fifteen victims mostly women and children were brought to Turkey for treatment.", [(15, "wounded")]),
        ("Ten people were taken to Germany for medical treatment.", [(10, "wounded")]),
        ("Ten people were brought to Turkey for talks.", []),
    ],
)
def test_people_moved_for_treatment_are_wounded(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # types.verb_read_past: a verb of harm right before a count is its verb in a comma-less list
        ("Twin Bomb Attacks Kill 50 Injure Dozens in Homs Province", {(50, "killed"), (None, "wounded")}),
        ("Kurds kill 83 Injured 100 ISIS Terrorists in 2 Days Near Afrin", {(83, "killed"), (100, "wounded")}),
        # the count's own word of harm still decides
        ("Center of Damascus Shelled 2 Civilians Killed 7 Injured", {(2, "killed"), (7, "wounded")}),
    ],
)
def test_a_verb_of_harm_right_before_a_count_types_it(nlp, text, expected):
    assert set(found(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verb_frames.under_siege: people "under siege" are trapped, with a verb of state or none
        ("Some 250000 people remain under siege in eastern Aleppo.", [(250000, "trapped")]),
        ("Aid agencies fear for the estimated 250000 people now under siege there.", [(250000, "trapped")]),
        # a place under siege is no count of the trapped, nor is a siege laid
        ("The towns of some 20000 people have been under siege since 2013.", []),
        ("Rebels laid 40 villages under siege.", []),
    ],
)
def test_people_under_siege_are_trapped(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # word_order.adjacent_cue: "cases of" an injury count the hurt
        ("Doctors recorded 35 cases of suffocation in the chemical attack on the district.", [(35, "wounded")]),
        ("Hospitals received 35 cases of asphyxiation after the attack.", [(35, "wounded")]),
        ("The court heard 35 cases of fraud.", []),
        # cues.own_verb_cue: suffering an injury or its symptoms, and left in that state
        ("The attack left 40 people suffering from burns.", [(40, "wounded")]),
        ("Dozens suffered symptoms of gas poisoning.", [(None, "wounded")]),
        ("The siege left 40000 people suffering from hunger.", []),
        ("Some 300 families are suffering from hunger.", []),
    ],
)
def test_cases_and_symptoms_of_an_injury_count_the_wounded(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # toll_cues.the_casualties_as_subject: "those" + a participle or a "who" clause of harm, then its number
        ("Those killed were 300.", [(300, "killed")]),
        ("Those who were executed during the storming of the village are around 300.", [(300, "killed")]),
        ("Those who were killed in the attack numbered 44.", [(44, "killed")]),
        ("The dead were about 40.", [(40, "killed")]),
        # no harm said of the subject, or no count of those harmed
        ("The protesters were about 400.", []),
        ("Those killed were members of two families.", []),
    ],
)
def test_a_number_given_for_those_harmed_counts_them(nlp, text, expected):
    assert found(nlp, text) == expected

"""Where a figure happened when its sentence names no place, and the dead named by a noun.

A sentence whose subject names the events just told again ("The attacks also wounded four people")
happened where the last figure of the few sentences before it did (places.scene_place), not at the
article's lead place, which in a round-up may be another section's city; unless a sentence between
names another place, that figure is placed only in a country, or the subject is a tally ("The death
toll over the weekend"). "Among the martyrs", "five of the martyrs", "the fatalities included" name the
dead of the toll before (earlier_tolls.THE_COUNTED_DEAD), as "among the dead" does. Invented texts,
positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures

# Aleppo is named most, so it is the lead place; the Deir Ezzor section comes first.
DEIR_EZZOR = (
    "Two civilians were killed in rocket attacks on neighbourhoods of Deir Ezzor city on Monday. "
    "A local official told reporters that militants fired several shells from positions to the east. "
)
ALEPPO = (
    "In Aleppo, a sniper killed a child near the old city. Aleppo residents said mortar fire also hit "
    "two markets in the west of Aleppo."
)


def place_of(found, number, kind):
    return next(f.place for f in found if f.number == number and f.type == kind)


@pytest.mark.parametrize("sentence", [
    "The attacks also wounded four people and damaged several houses.",
    "The terrorist attacks according to the official wounded four people.",
    "The shelling wounded four people.",
    "The bombardment wounded four people.",
])
def test_a_sentence_about_the_events_told_happened_where_they_did(nlp, sentence):
    found = figures(nlp, f"{DEIR_EZZOR}{sentence} {ALEPPO}")
    assert place_of(found, 4, "wounded") == "Deir ez-Zor"


@pytest.mark.parametrize("sentence, number, kind", [
    # no event named again: the lead place, as before
    ("Four people were also wounded, residents said.", 4, "wounded"),
    # a tally may sum more than the events just told
    ("The death toll over the whole weekend was at least 12.", 12, "killed"),
])
def test_a_sentence_that_does_not_name_the_events_again_takes_the_lead_place(nlp, sentence, number, kind):
    found = figures(nlp, f"{DEIR_EZZOR}{sentence} {ALEPPO}")
    assert place_of(found, number, kind) == "Aleppo"


def test_a_place_named_between_moves_the_story_on(nlp):
    text = f"{DEIR_EZZOR}Government jets meanwhile bombed rebel positions near Hama. The attacks wounded four people. {ALEPPO}"
    assert place_of(figures(nlp, text), 4, "wounded") != "Deir ez-Zor"


def test_a_toll_placed_only_in_a_country_sets_no_scene(nlp):
    text = (
        "Air strikes killed ten civilians in northern Syria on Saturday, a monitor said. "
        "The raids also wounded 20 people. The monitor said the dead were from the town of Atareb, "
        "and that Atareb had been hit three times this week."
    )
    assert place_of(figures(nlp, text), 20, "wounded") == "Atareb"


@pytest.mark.parametrize("follow, parts", [
    ("Among the martyrs were a child and two women, the agency reported.", (1, 2)),
    ("Five of the martyrs were children.", (5,)),
    ("The fatalities included four women.", (4,)),
    ("Those killed included three brothers.", (3,)),
    ("Of the martyrs, three were children.", (3,)),  # the "of" phrase fronted
    ("Of the slain, three were children.", (3,)),
])
def test_the_dead_named_by_a_noun_are_parts_of_the_toll_before(nlp, follow, parts):
    found = figures(nlp, f"Seven civilians were killed on Wednesday as militants shelled a district of Aleppo city. {follow}")
    whole = next(f for f in found if f.number == 7)
    for number in parts:
        part = next(f for f in found if f.number == number and f.type == "killed")
        assert part.part_of is not None, number
        assert part.part_of == whole.figure_id or next(f for f in found if f.figure_id == part.part_of).part_of == whole.figure_id


def test_martyrs_counted_over_another_span_are_no_part_of_a_smaller_toll(nlp):
    found = figures(nlp, "Two soldiers were killed in Hama on Monday. Among the martyrs of the army this year were 40 officers.")
    assert next(f for f in found if f.number == 40).part_of is None


@pytest.mark.parametrize("text, place", [
    # a region of several countries inside a group's name says nothing of where
    ("Army units killed 20 terrorists from the Nusra Front (Qaeda branch in the Levant) in the countryside of Hama.", "Hama province"),
    ("Shelling killed 20 people in Homs on Monday, as the Middle East braced for more violence.", "Homs"),
    # a region inside one country is a place of events
    ("Air strikes killed 20 people in Eastern Ghouta on Monday.", "Eastern Ghouta"),
])
def test_a_region_of_several_countries_is_no_place_of_events(nlp, text, place):
    assert place_of(figures(nlp, text), 20, "killed") == place


def test_the_relatives_of_the_martyrs_are_no_part_of_them(nlp):
    found = figures(nlp, "Shelling killed 12 people in Douma on Monday. Five of the martyrs' brothers were arrested.")
    assert next(f for f in found if f.number == 5).part_of is None


@pytest.mark.parametrize("sentence, number, kind", [
    # the story moved on between
    ("In a different incident, a roadside bomb went off on a highway. The explosion wounded four people.", 4, "wounded"),
    ("Russian jets then pounded villages of the province. The raids wounded four people.", 4, "wounded"),
    # a campaign, a running total
    ("The siege has killed 200 people through hunger, a doctor said.", 200, "killed"),
    # the events named are said (the raids on the hospital), or are another clause's subject
    ("The raids on the hospital wounded four people.", 4, "wounded"),
    ("These attacks come days after a bombing wounded four people.", 4, "wounded"),
])
def test_no_scene_where_the_sentence_may_be_about_other_events(nlp, sentence, number, kind):
    found = figures(nlp, f"{DEIR_EZZOR}{sentence} {ALEPPO}")
    assert place_of(found, number, kind) != "Deir ez-Zor"


def test_an_incident_of_other_means_is_no_scene(nlp):
    # "The shelling" after air strikes elsewhere names the shelling told before those
    text = (
        "Rebels shelled western Aleppo on Monday, killing six people, state media said. In Idlib province, air "
        "strikes killed 15 people in Maarat al-Numan, activists said. The shelling also wounded 20 people, SANA said."
    )
    assert place_of(figures(nlp, text), 20, "wounded") != "Maarat al-Numan"


def test_a_brigade_named_for_martyrs_is_no_part_of_the_dead(nlp):
    text = "Clashes killed 20 soldiers in Jisr al-Shughur, the army said. Three of the Martyrs Brigade fighters were killed in an ambush."
    assert next(f for f in figures(nlp, text) if f.number == 3).part_of is None


def test_a_fronted_of_the_martyrs_with_no_toll_before_counts_the_dead(nlp):
    found = figures(nlp, "Of the martyrs, three were children.")
    assert [(f.number, f.type, f.group) for f in found] == [(3, "killed", "children")]

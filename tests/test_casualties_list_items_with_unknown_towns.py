"""The items of a list of tolls by place keep their own places when the gazetteer or the model does not
know a town: a count's place is the first one after it, never one past the next count
(casualties.places.own_place, counts_between); a proper name after a count's "in" is a town whatever
label the model gave it (name_after_a_preposition), not a month nor a title-case headline's word; an item
with its own qualifier ("and at least three in Hayan") is an item too (lists.list_item_after). Invented
sentences (the town names are real Syrian villages the gazetteer may lack), positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures


def places_by_number(nlp, text):
    return {f.number: f.place for f in figures(nlp, text)}


def test_each_item_of_a_list_keeps_its_own_town(nlp):
    found = places_by_number(nlp, "Shelling killed 12 people in Saqba, nine in Jisrin and six in Kafr Batna on Monday.")
    assert found == {12: "Saqba", 9: "Jisrin", 6: "Kafr Batna"}


def test_a_town_read_as_a_person_and_a_qualified_item_are_list_items(nlp):
    text = "Air strikes killed six people in Kafr Hamra, 11 in Anadan and at least three in Hayan, the monitor said."
    found = figures(nlp, text)
    assert [(f.number, f.place) for f in found] == [(6, "Kafr Hamra"), (11, "Anadan"), (3, "Hayan")]
    assert found[2].qualifier == "at least"


@pytest.mark.parametrize(
    "text",
    [
        "Strikes killed 11 people in January.",  # a month
        "Strikes killed 11 people in Ramadan.",
        "Commander And 34 Fighters Killed In Clashes Near The Border",  # a title-case headline
    ],
)
def test_a_date_or_a_headline_word_is_no_town(nlp, text):
    assert all(f.place is None for f in figures(nlp, text))


def test_a_known_town_after_an_unknown_one_in_its_phrase_still_wins(nlp):
    (figure,) = figures(nlp, "Troops killed three people in the West Bank town of Jenin.")
    assert figure.place == "Janin"


@pytest.mark.parametrize(
    ("second", "is_part"),
    [
        ("19 of the dead were in Fardous, while 11 died in Sheikh Saeed.", True),  # 19 + 11 <= 30
        ("19 of the dead were in Fardous and 11 died in Sheikh Saeed.", True),
        ("19 of the dead were civilians, while 40 soldiers died elsewhere.", False),  # 59 exceed 30
    ],
)
def test_a_count_joined_to_a_part_of_an_earlier_toll_is_another_part(nlp, second, is_part):
    text = f"Air strikes killed 30 people in eastern Aleppo on Monday, the monitor said.\n\n{second}"
    whole, part, other = figures(nlp, text)
    assert part.part_of == whole.figure_id
    assert (other.part_of == whole.figure_id) is is_part


def test_a_count_of_another_strike_joined_to_a_part_is_no_part(nlp):
    text = (
        "Air strikes killed 30 people in eastern Aleppo on Monday.\n\n"
        "19 of the dead were in Fardous, while 5 people died in a separate strike in Idlib."
    )
    whole, part, other = figures(nlp, text)
    assert part.part_of == whole.figure_id and other.part_of is None

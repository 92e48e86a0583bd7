"""One toll told again in other words counts once: a small count restated with its neighbourhood
(dedupe.small_count_placed_alike), counts that add up exactly to a toll another sentence gave
(earlier_tolls.parts_that_sum_to_a_toll), "the toll included", "the rest of the dead"
(earlier_tolls.AMONG_THE_DEAD_RE), and an earlier toll printed after its update ("Earlier, the source
said 7": dedupe.TOLD_EARLIER_RE). Invented texts, positives and negatives."""

from __future__ import annotations

import pytest

from pipeline.places.containment import lie_apart
from tests.test_casualties import figures
from tests.test_casualties_restated_across_places_and_sides import mention


def counted(figs, kind="killed"):
    """(number, place) of the figures a series counts: no part, repeat, headline or running total."""
    return [
        (f.number, f.place) for f in figs
        if f.type == kind and f.part_of is None and f.repeats is None and not f.in_headline and not f.cumulative
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # a run-in subheading, its lead and the source's sentence: one neighbourhood named each time
        "Two people killed in rocket attack on al-Midan neighbourhood in Aleppo Two people were killed on Friday "
        "in a rocket attack on the residential neighbourhood of al-Midan in Aleppo. A source told the agency that "
        "gunmen fired rocket shells at al-Midan neighbourhood, killing two people and causing material damage.",
        "A man was killed by a sniper in the Bustan al-Qasr neighbourhood on Monday. Residents said the sniper "
        "killed a man near the bakery in Bustan al-Qasr.",
    ],
)
def test_a_small_count_restated_with_its_neighbourhood_counts_once(nlp, text):
    figs = figures(nlp, text)
    assert len(counted(figs)) == 1, [(f.number, f.place, f.repeats) for f in figs]


@pytest.mark.parametrize(
    "text",
    [
        # one city, two attacks: one or two killed in a city recur by chance in a round-up
        "Artillery fire killed two people in the Old City of Damascus. On Wednesday suicide bombers killed at "
        "least two people near the police headquarters in Damascus.",
        # the place unsaid in the second sentence
        "A man was killed by a sniper in Bustan al-Qasr on Monday. One person died in the shelling, a medic said.",
        # a province
        "A shell killed two people in Idlib province on Monday. In the south of Idlib province, gunmen killed two people.",
    ],
)
def test_a_small_count_in_a_city_province_or_no_place_is_no_restatement(nlp, text):
    figs = figures(nlp, text)
    assert not any(f.repeats for f in figs if f.number is not None and f.number < 3), [
        (f.number, f.place, f.repeats) for f in figs
    ]


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Air strikes and shelling killed 19 civilians on Sunday across the Eastern Ghouta region, a monitor said. "
         "On Sunday air strikes on Mesraba killed 17 civilians, while artillery fire on Douma killed another two.", 19),
        # the total after its items, with a total's word
        ("Shelling killed six people in Bustan al-Qasr and four in Sukkari on Monday. The day's toll in Aleppo was "
         "10, the monitor said.", 10),
    ],
)  # fmt: skip
def test_counts_that_add_up_to_a_toll_of_another_sentence_are_its_parts(nlp, text, total):
    figs = figures(nlp, text)
    assert [n for n, _ in counted(figs)] == [total], [(f.number, f.part_of) for f in figs]


@pytest.mark.parametrize(
    "text",
    [
        # items in another governorate than the toll's
        "Air strikes killed 10 people in Idlib on Monday. In Aleppo, shelling killed six in Bustan al-Qasr and four in Sukkari.",
        # a total after its items with no total's word: more victims
        "Shelling killed six people in Bustan al-Qasr and four in Sukkari on Monday. Another 10 died in Idlib.",
        # items of another incident
        "Air strikes killed 10 people in Douma on Monday. In a separate attack, shelling killed six in Harasta and four in Arbin.",
        # items that do not add up to it
        "Air strikes killed 10 people in Douma on Monday. Shelling killed six in Harasta and five in Arbin.",
    ],
)
def test_counts_that_do_not_add_up_to_a_toll_of_theirs_stay_counted(nlp, text):
    figs = figures(nlp, text)
    assert not any(f.part_of for f in figs), [(f.number, f.part_of) for f in figs]


def test_places_apart_are_in_two_governorates_or_countries():
    assert lie_apart(mention("Idlib"), mention("Sukkari"))
    assert lie_apart(mention("Beirut"), mention("Homs"))
    assert not lie_apart(mention("Aleppo province"), mention("Manbij"))
    assert not lie_apart(mention("Eastern Ghouta"), mention("Douma"))  # a region GeoNames gives no governorate


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        ("Rockets fired into Damascus killed at least 16 people since Thursday, the monitor said. The toll included "
         "two people killed by rocket fire on Sunday.", 16, 2),
        ("Fighting in the town killed 17 people, two of them medics, a monitor said on Saturday. Four Kurdish "
         "fighters and 11 jihadists made up the rest of the dead, the monitor said.", 17, 15),
    ],
)  # fmt: skip
def test_the_toll_included_and_the_rest_of_the_dead_are_parts_of_the_toll_before(nlp, text, whole, part):
    figs = figures(nlp, text)
    by_number = {f.number: f for f in figs if f.type == "killed"}
    assert by_number[part].part_of == by_number[whole].figure_id


@pytest.mark.parametrize(
    "text",
    [
        "Shelling killed 9 people in Douma on Monday. The rest of the wounded were taken to Damascus. Five soldiers "
        "died in Harasta.",
        "Shelling killed 9 people in Douma on Monday. The toll did not include the fighters. Two soldiers died "
        "in Harasta.",
    ],
)  # fmt: skip
def test_a_count_with_no_toll_word_before_it_is_no_part(nlp, text):
    assert not any(f.part_of for f in figures(nlp, text))


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from rocket attacks on neighbourhoods in Aleppo city has risen to 13, a source said. "
        "Earlier, the source said that 7 citizens were killed and 70 were injured in attacks on Aleppo city.",
        "The death toll from the attack rose to 13 on Tuesday. The Observatory had earlier reported seven deaths.",
    ],
)  # fmt: skip
def test_an_earlier_toll_printed_after_its_update_rides_with_it(nlp, text):
    assert [n for n, _ in counted(figures(nlp, text))] == [13]


@pytest.mark.parametrize(
    "text",
    [
        # no update: two places' tolls
        "Shelling killed 13 people in Homs on Monday. Earlier, the source said that 7 people were killed in Hama.",
        # an update of one town's toll; the earlier count another town's
        "The toll from Monday's strikes on Douma rose to 13. Earlier on Monday, the source said, seven people "
        "were killed in Harasta.",
    ],
)  # fmt: skip
def test_an_earlier_report_of_other_victims_stays_counted(nlp, text):
    assert len(counted(figures(nlp, text))) == 2

"""One toll told again in other words counts once: a small count restated with its neighbourhood
(dedupe.small_count_placed_alike), counts that add up exactly to a toll another sentence gave
(breakdowns.parts_that_sum_to_a_toll), "the toll included", "the rest of the dead"
(earlier_tolls.AMONG_THE_DEAD_RE), and an earlier toll printed after its update ("Earlier, the source
said 7": dedupe.TOLD_EARLIER_RE). Invented texts, positives and negatives."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.places.containment import lie_apart
from tests.test_casualties import figures
from tests.test_casualties_restated_across_places_and_sides import mention


def linked_across_sentences(figs):
    """Figures that repeat another, or are part of a toll another sentence gave."""
    sentence_of = {f.figure_id: f.sentence_start for f in figs}
    return [f for f in figs if f.repeats or (f.part_of and sentence_of.get(f.part_of) != f.sentence_start)]


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


@pytest.mark.parametrize(
    "text",
    [
        "Regime air raids killed more than 30 people in Aleppo on Friday. At least 31 people have been killed in "
        "the raids in eastern Aleppo on Friday, the civil defence said.",
        "Nearly 30 militants were killed in an offensive near the Castello road. The army killed 29 militants "
        "in the offensive, the source said.",
    ],
)  # fmt: skip
def test_a_bounded_count_and_the_count_it_bounds_are_one_toll(nlp, text):
    assert len(counted(figures(nlp, text))) == 1


@pytest.mark.parametrize(
    "text",
    [
        # out of the bound's reach, another place, more victims, another month
        "More than 30 people were killed in Douma on Friday. In Harasta, 45 people were killed.",
        "More than 30 people were killed in Douma on Friday. Another 33 people were killed in the town by shelling.",
        "Since Saturday at least 68 civilians have been killed in air raids on the town. In May more than 60 "
        "civilians were killed by barrel bombs on the town.",
        # "at least" bounds nothing above it
        "At least 30 people were killed in Douma on Friday. Shelling killed 33 people in Douma.",
    ],
)  # fmt: skip
def test_a_bound_holds_no_count_out_of_its_reach_or_of_other_victims(nlp, text):
    assert len(counted(figures(nlp, text))) == 2


def test_a_count_told_again_as_a_part_of_a_larger_toll_counts_in_it(nlp):
    text = (
        "Eleven children were killed on Thursday in a barrel bomb attack on a neighbourhood of Aleppo, a monitor "
        'said. "Fifteen civilians, among them 11 children, were killed in a barrel bomb attack on the Bab '
        'al-Nayrab neighbourhood," the Observatory said.'
    )
    assert [n for n, _ in counted(figures(nlp, text))] == [15]


@pytest.mark.parametrize(
    "text",
    [
        # victims named by no kind: "four people" are not "four teachers" among another toll's dead
        "On October 13 state media said four people were killed in shelling of a school in Aleppo. The monitor gave "
        "a toll of 36 dead in the town, among them 15 children and four teachers.",
        # another day
        "On Monday five children were killed in Douma. On Tuesday 20 people, among them five children, died in Douma.",
    ],
)  # fmt: skip
def test_a_count_of_no_kind_or_another_day_is_no_part_told_again(nlp, text):
    figs = figures(nlp, text)
    first = min((f for f in figs if f.type == "killed"), key=lambda f: f.start)
    assert first.repeats is None


@pytest.mark.parametrize(
    "text",
    [
        # one source twice: an update or another incident, not an estimate
        "The Observatory said 30 people were killed in Douma on Monday. The Observatory said 34 people were killed in Douma.",
        # other victims
        "SANA said 30 civilians were killed in Aleppo on Monday. The Observatory said 34 soldiers were killed in Aleppo.",
        # no place in common
        "The Kremlin said all five people on board were dead. SANA said rebel fire near Ramousseh killed four people.",
        # a round-up moving on
        "The Douma police said 7 people were injured in Douma. Meanwhile in Damascus Countryside, 9 people were "
        "injured in mortar fire on a camp, the Damascus Countryside police said.",
        # too far apart
        "SANA said 30 people were killed in Homs on Monday. The Observatory said 45 people were killed in Homs.",
    ],
)  # fmt: skip
def test_counts_of_one_source_other_victims_or_places_are_no_estimates_of_one_toll(nlp, text):
    assert not any(f.repeats for f in figures(nlp, text))


SPELL_PUBLISHED = date(2017, 11, 19)  # a Sunday: "since Thursday" is 16 November


def test_a_short_spells_toll_holds_the_counts_of_its_days_and_places(nlp):
    text = (
        "Bombardment on Aleppo has killed eight civilians today. Since Thursday air strikes on Aleppo have killed "
        "at least 66 civilians, the Observatory said. A strike on the Sukkari district killed 9 children on Friday."
    )
    figs = figures(nlp, text, published=SPELL_PUBLISHED)
    assert [n for n, _ in counted(figs)] == [66], [(f.number, f.part_of, f.event_date) for f in figs]


@pytest.mark.parametrize(
    "text",
    [
        # a day before the spell
        "Since Thursday air strikes on Aleppo have killed 44 civilians. On Wednesday, 12 people were killed in Aleppo.",
        # another governorate
        "Since Thursday air strikes on Aleppo have killed 44 civilians. In Idlib, 20 people were killed on Friday.",
        # victims the spell's toll does not count
        "The monitor said 30 soldiers and 39 rebels had been killed in battles around Aleppo since Thursday. Two "
        "children were killed by bombs in Aleppo on Friday.",
        # a separate incident
        "Since Thursday air strikes on Aleppo have killed 44 civilians. In a separate attack, 5 people died in Aleppo.",
    ],
)  # fmt: skip
def test_a_spells_toll_holds_no_count_of_another_day_place_kind_or_incident(nlp, text):
    figs = figures(nlp, text, published=SPELL_PUBLISHED)
    assert not any(f.part_of for f in figs if f.number is not None and f.number in (2, 5, 12, 20)), [
        (f.number, f.part_of) for f in figs
    ]


def test_members_of_an_armed_group_are_its_fighters_told_again(nlp):
    text = (
        "A drone strike killed at least eight members of the Hezbollah militia in Syria, a monitor said. The drone "
        "hit a position near Sukhna in Syria, killing eight fighters, the monitor's head said."
    )
    assert len(counted(figures(nlp, text))) == 1


def test_members_of_a_family_are_not_fighters(nlp):
    text = "A strike killed 12 fighters in Douma. Later, 12 members of one family were killed in Douma."
    assert len(counted(figures(nlp, text))) == 2


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        # a possessive whose apostrophe the scraper lost
        ("At least 40 people were killed in the strikes, RIA news agency quoted Russias Defence Ministry as saying.",
         "Russia"),
        # a dateline with its month and day and no comma, run in after a sentence
        ("The strikes killed 10 civilians, the monitor says. MOSCOW October 18 (RIA Novosti) - The monitor said at "
         "least 10 civilians were killed by airstrikes.", "Moscow"),
    ],
)  # fmt: skip
def test_a_source_country_and_a_dated_dateline_abroad_are_no_place_of_events(nlp, text, not_place):
    assert all(f.place != not_place for f in figures(nlp, text))


def test_a_capital_in_running_text_after_a_date_is_a_place(nlp):
    figs = figures(nlp, "Talks stalled. MOSCOW said on March 3 that strikes killed 9 people in Moscow.")
    assert [f.place for f in figs] == ["Moscow"]


def test_a_count_narrowed_to_one_day_alone_is_part_of_the_larger_toll(nlp):
    text = (
        "Air strikes pounded eastern Aleppo on Wednesday in a second day of renewed bombing that has killed at "
        "least 32 people, a monitor said. The air strikes on eastern Aleppo on Wednesday alone killed at least 21 people."
    )
    assert [n for n, _ in counted(figures(nlp, text, published=date(2016, 11, 16)))] == [32]


def test_a_count_alone_in_a_place_the_toll_does_not_hold_is_no_part(nlp):
    text = "Air strikes killed 32 people in Aleppo on Wednesday. In Idlib alone, 20 people were killed."
    assert not any(f.part_of for f in figures(nlp, text))


def test_two_unnamed_sources_counts_are_no_estimates_of_one_toll(nlp):
    text = "Activists say 15 civilians were killed in Douma on Monday. Activists say 13 civilians were killed in Douma."
    assert len(counted(figures(nlp, text))) == 2


@pytest.mark.parametrize(
    "text",
    [
        "An air strike on a market in Douma killed 7 people on Monday. The toll rose to 9 after two of the wounded "
        "died overnight, the Observatory said.",
        "An air strike on a market in Douma killed 7 people on Monday. Two of the wounded later died, raising the "
        "toll to 9.",
    ],
)  # fmt: skip
def test_deaths_among_the_wounded_counted_into_a_new_toll_are_its_part(nlp, text):
    assert [n for n, _ in counted(figures(nlp, text))] == [9]


@pytest.mark.parametrize(
    "text",
    [
        "Shelling killed 9 people in Douma on Monday. Two of the wounded died in hospital.",
        "Shelling killed 9 people in Douma on Monday. Two of the wounded died in hospital, and 12 people were "
        "killed in Harasta.",
    ],
)  # fmt: skip
def test_deaths_among_the_wounded_given_alone_add_to_the_toll(nlp, text):
    assert 2 in [n for n, _ in counted(figures(nlp, text))]


def test_a_breakdown_over_the_next_sentences_is_part_of_the_toll(nlp):
    text = (
        "Air strikes on a rebel-held region near Damascus killed at least 22 civilians on Monday, the monitor said. "
        "The highest toll was in Douma, where raids killed 16 civilians. A witness at the hospital said he saw many "
        "wounded. Five more civilians were killed in the town of Saqba and one in the town of Harasta, the monitor said."
    )
    assert [n for n, _ in counted(figures(nlp, text, published=date(2017, 4, 3)))] == [22]


@pytest.mark.parametrize(
    "text",
    [
        # counts that pass the toll
        "Air strikes killed 22 civilians in Douma on Monday. Raids killed 16 civilians in Douma. Nine more were "
        "killed in Saqba.",
        # another day comes first
        "Air strikes killed 22 civilians in Douma on Monday. On Tuesday raids killed 16 civilians in Douma, and six "
        "more died in Saqba.",
        # another governorate
        "Air strikes killed 22 civilians in Aleppo on Monday. In Idlib, raids killed 16 civilians. Six more "
        "civilians were killed in Hama.",
    ],
)  # fmt: skip
def test_counts_after_a_toll_that_pass_it_or_lie_elsewhere_are_no_breakdown(nlp, text):
    assert not any(f.part_of for f in figures(nlp, text, published=date(2017, 4, 3)) if f.number in (16, 6, 9))


def test_an_earlier_report_of_the_tolls_landmark_is_no_item_of_its_breakdown(nlp):
    text = (
        "A rocket shell on the Aleppo Public Park injured 34 people, the police said. Shells on the Khalidiyeh "
        "neighbourhood injured 7 people. Earlier, a rocket shell on the Aleppo Public Park injured 27 people."
    )
    assert not any(f.part_of for f in figures(nlp, text) if f.type == "wounded")


def test_a_count_before_the_toll_opening_earlier_is_no_item_of_its_breakdown(nlp):
    text = (
        "A car bomb killed 6 people in Idlib province on Sunday, the monitor said. Earlier, jets killed four people "
        "in Saraqeb and two in Binnish."
    )
    assert not any(f.part_of for f in figures(nlp, text))


def test_a_report_day_is_no_event_day_and_a_town_near_a_city_is_its_toll(nlp):
    text = (
        "Government air raids on a rebel-held area near Damascus killed 42 people, the Observatory said Friday. "
        "The strikes hit Douma. \"The toll from the raids on Douma has risen to 42 dead,\" said the "
        "Observatory, which had earlier given a death toll of 17."
    )
    figs = figures(nlp, text, published=date(2014, 9, 12))
    assert figs[0].event_date is None  # "said Friday" dates the report
    assert [n for n, _ in counted(figs)] == [42]


@pytest.mark.parametrize(
    "text",
    [
        # in the city, not near it
        "Air strikes killed 12 people in Damascus on Friday. Shelling killed 12 people in Douma.",
        # near a city of another governorate
        "Air strikes killed 12 people near Aleppo on Friday. Shelling killed 12 people in Douma.",
    ],
)
def test_a_town_outside_a_citys_surroundings_is_another_place(nlp, text):
    assert len(counted(figures(nlp, text, published=date(2014, 9, 12)))) == 2


def test_the_day_an_event_happened_is_kept_beside_the_day_it_was_reported(nlp):
    figs = figures(nlp, "Air strikes killed 12 people in Douma on Thursday, the monitor said on Friday.", published=date(2014, 9, 12))
    assert figs[0].event_date == date(2014, 9, 11)


def test_counts_in_other_towns_are_no_breakdown_of_a_towns_toll(nlp):
    text = (
        "Three air strikes hit a market in the town of Sarmin on Tuesday, killing 10 people. Russian jets struck "
        "the town of Maarat al-Numan, killing eight people. Two more civilians were killed in Maarat Misrin."
    )
    assert not any(f.part_of for f in figures(nlp, text) if f.number in (8, 2))


def test_a_days_total_is_no_running_total_and_holds_that_days_counts(nlp):
    text = (
        "Air strikes hit a market in the town of Sarmin on Tuesday, killing 10 people. Russian jets struck Maarat "
        "al-Numan, killing eight people. In total over 40 civilians were killed in the bombardment that hit 11 "
        "towns across Idlib province on Tuesday."
    )
    figs = figures(nlp, text, published=date(2016, 12, 6))
    assert [n for n, _ in counted(figs)] == [40]


@pytest.mark.parametrize(
    "text",
    [
        # another day's count
        "Air strikes killed 10 people in Sarmin on Monday. In total, 40 people were killed across Idlib on Tuesday.",
        # another governorate's count
        "Air strikes killed 10 people in Aleppo on Tuesday. In total, 40 people were killed across Idlib on Tuesday.",
        # counts beyond the total
        "Air strikes killed 30 people in Sarmin on Tuesday. Jets killed 20 in Saraqeb. In total, 40 people were "
        "killed across Idlib on Tuesday.",
    ],
)  # fmt: skip
def test_a_days_total_holds_no_count_of_another_day_or_place_or_beyond_it(nlp, text):
    assert not any(f.part_of for f in figures(nlp, text, published=date(2016, 12, 6)))


def test_in_total_with_no_day_is_a_running_total(nlp):
    figs = figures(nlp, "In total, 400 people have been killed in Idlib.", published=date(2016, 12, 6))
    assert figs[0].cumulative


def test_those_killed_along_with_a_toll_are_killed_too(nlp):
    text = "At least 29 fighters from the movement were killed along with six Nusra Front militants, the monitor said."
    assert (6, "killed") in [(f.number, f.type) for f in figures(nlp, text)]


def test_arriving_along_with_fighters_kills_no_one(nlp):
    assert not figures(nlp, "The commander arrived along with six fighters.")


@pytest.mark.parametrize(
    "text",
    [
        # counts adding up to a toll, told of another side's attacks
        "Air strikes killed 10 civilians in Idlib province on Tuesday, the monitor said. Jihadist fighters executed "
        "eight civilians in Idlib city and two in Jisr al-Shughour.",
        "Air strikes killed 6 people in Aleppo on Monday, activists said. Rebel shelling killed four people in "
        "Hamdaniyeh and two in New Aleppo, state media said.",
        # later the same day
        "A car bomb killed 8 people in Azaz on Monday, the monitor said. Later on Monday, jets struck the town, "
        "killing five people, and shelling killed three more.",
        # two sources' counts of two attacks in one city
        "SANA said rocket fire killed 10 people in Aleppo on Monday. The Observatory said air strikes killed 12 "
        "people in Aleppo on Monday.",
        # a bound and a count of another incident
        "More than 40 people were killed in air strikes on Idlib on Sunday, activists said. A suicide bomber killed "
        "45 people at a base in Idlib on Sunday.",
        # two small incidents in one town
        "Mortar shells killed two civilians in Jaramana, the agency reported. A car bomb exploded near a school in "
        "Jaramana, killing two people.",
        # near a city, told by two sources
        "Air strikes killed 12 people in an area near Damascus on Monday. Shells fired by militants killed 12 "
        "people in Jaramana on Monday, the agency said.",
        # members of a rescue group are no fighters
        "Eight fighters were killed in clashes in Saraqeb on Monday, the monitor said. Eight members of a volunteer "
        "rescue group were killed in an air strike in Saraqeb on Monday.",
        # another day alone
        "Air strikes killed 32 people in Aleppo on Monday, the monitor said. On Wednesday alone, bombardment "
        "killed 21 people in the city.",
        # a spell's toll and the other side's victims
        "Since Thursday, regime air strikes on Khan Sheikhoun have killed 30 people, the monitor said. On "
        "Saturday, a rebel rocket attack on a checkpoint in Khan Sheikhoun killed 4 soldiers.",
        # an earlier event, not an earlier report
        "The toll from the air strike on the Idlib market has risen to 25, the monitor said. Earlier, a suicide "
        "bomber killed 9 soldiers at an army checkpoint in Idlib.",
        "The toll from Monday's car bomb in Azaz rose to 20 people, the monitor said. Earlier, Kurdish fighters "
        "said seven of their men were killed in clashes near Azaz on Monday.",
        # "in all parts of the town" is no total
        "Jets killed 4 people in a strike on a bakery in Douma on Tuesday, activists said. Shells later fell in "
        "all parts of the town, killing 9 people on Tuesday.",
    ],
)  # fmt: skip
def test_incidents_told_alike_all_count(nlp, text):
    figs = figures(nlp, text, published=date(2016, 12, 6))
    assert not any(f.part_of or f.repeats for f in figs), [(f.number, f.part_of, f.repeats) for f in figs]


@pytest.mark.parametrize(
    "text",
    [
        "In total, 4,000 civilians have died in the siege of eastern Aleppo, a UN official said at a briefing on Tuesday.",
        "In total, about 450 people have been killed in the offensive, the monitor said in a statement on Monday.",
    ],
)
def test_in_total_with_a_report_day_and_a_perfect_is_a_running_total(nlp, text):
    assert figures(nlp, text, published=date(2016, 12, 6))[0].cumulative


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Activists said Friday's air strikes on Saraqeb killed 14 people.", date(2016, 12, 2)),
        ("The monitor said Monday night's raids on Saraqeb killed 10 people.", date(2016, 12, 5)),
        ("Clashes were reported Tuesday in the Hama countryside, killing nine soldiers.", date(2016, 12, 6)),
    ],
)
def test_a_day_after_a_verb_of_saying_is_the_events_when_possessive_or_passive(nlp, text, day):
    assert figures(nlp, text, published=date(2016, 12, 6))[0].event_date == day


def test_the_day_a_statement_was_released_is_no_event_day(nlp):
    text = "Regime forces killed 48 alleged rebels in the village, according to a statement released Saturday."
    assert figures(nlp, text, published=date(2015, 2, 21))[0].event_date is None


@pytest.mark.parametrize(
    "text",
    [
        # a report's day still tells two days apart
        "Air strikes killed 12 people in Douma, the Observatory said Monday. On Tuesday, air strikes killed 12 "
        "people in Douma, activists said.",
        # told by other means
        "Air strikes killed 10 people in the Shaar district of Aleppo on Monday, the Observatory said. Rebel "
        "shells killed 12 people in Shaar on Monday, SANA said.",
        "A shell killed one civilian in the Salaheddine district of Aleppo on Tuesday. A sniper killed one "
        "civilian in Salaheddine on Tuesday.",
        "Mortar shells hit a school in Aleppo, killing five children. Air strikes on Aleppo's eastern districts "
        "killed 20 people, among them five children.",
        "Air strikes killed 10 civilians in Idlib province on Tuesday, the Observatory said. Artillery shelling "
        "killed six people in Ariha and four in Jisr al-Shughur.",
        "Air strikes have killed 40 people in Idlib province since Sunday, the Observatory said. A car bomb killed "
        "7 people in Idlib city on Monday, the Observatory said.",
        "The death toll from air strikes on Maarat al-Numan rose to 25 on Tuesday, the Observatory said. Earlier "
        "on Tuesday, the Observatory said seven people were killed in a car bomb in Idlib province.",
        # "altogether" as an adverb
        "An air strike on a market in Douma killed four people on Tuesday, the Observatory said. Air strikes "
        "killed 10 people in Douma on Tuesday, forcing the town's hospital to stop working altogether.",
    ],
)  # fmt: skip
def test_incidents_of_other_days_or_means_all_count(nlp, text):
    figs = figures(nlp, text, published=date(2016, 12, 6))
    assert not linked_across_sentences(figs), [(f.number, f.part_of, f.repeats) for f in figs]


def test_an_update_told_by_a_source_of_the_other_side_is_the_same_toll(nlp):
    text = "Government barrel bombs killed nine people in Daraya on Tuesday. The death toll has risen to 15, opposition activists said."
    assert [n for n, _ in counted(figures(nlp, text, published=date(2016, 12, 6)))] == [15]


@pytest.mark.parametrize(
    "text",
    [
        "The toll from the strikes on the market in Atareb rose to 40, the monitor said. The monitor had put the "
        "toll from clashes in Atareb at 16.",
        "Four soldiers were killed when a roadside bomb hit their patrol near Deraa. In Deraa city, clashes killed "
        "9 people, including four soldiers.",
        "Since Monday, 30 people have been killed in shelling on Idlib, the Observatory said. Five children were "
        "killed on Monday when a school in Idlib collapsed in an earthquake.",
    ],
)  # fmt: skip
def test_counts_told_by_other_means_are_other_incidents(nlp, text):
    figs = figures(nlp, text, published=date(2016, 12, 6))
    assert not linked_across_sentences(figs), [(f.number, f.part_of, f.repeats) for f in figs]


def test_one_toll_told_by_means_of_one_kind_counts_once(nlp):
    text = "A car bomb killed 20 people in Azaz on Monday. The blast near the market in Azaz killed 20 people."
    assert len(counted(figures(nlp, text, published=date(2016, 12, 6)))) == 1

"""A toll restated later in an article counts once even when the restatement names a wider or narrower
place (Syria and a town in it, a province and its town, Aleppo and its district: places.containment,
same_victims.nested), names the attackers differently ("regime raids", "government raids": only the victims'
side tells other victims apart, same_victims.victim_sides) or gives the day the first left unsaid
(same_victims.same_day). A place that only says where a body sits, where a group is outlawed, or where a
reporter files from abroad is no place of events (casualties.places.is_source_base), nor a country that
owns the source ("Turkey's official Anadolu Agency": casualties.places.country_of_an_actor). Invented texts,
positives and negatives."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.places.containment import governorate_of, holds
from pipeline.places.resolve import resolve_offline
from pipeline.records import PlaceMention
from tests.test_casualties import figures


def mention(name: str) -> PlaceMention:
    place = resolve_offline(name) or resolve_offline(name, context_in_aleppo=True)
    assert place is not None, name
    return PlaceMention(
        article_id="t", start=0, end=len(name), text=name, place=place.name, kind=place.kind, lat=place.lat,
        lon=place.lon, in_aleppo=place.in_aleppo, place_id=place.place_id, country=place.country,
        control_2016=getattr(place, "control_2016", None),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("outer", "inner"),
    [
        ("Syria", "Manbij"),
        ("Syria", "Idlib province"),
        ("Idlib province", "Khan Sheikhoun"),
        ("Aleppo province", "Manbij"),
        ("Aleppo", "East Aleppo"),
        ("Hama province", "Hama"),
    ],
)
def test_a_place_holds_the_places_inside_it(outer, inner):
    assert holds(mention(outer), mention(inner))
    assert not holds(mention(inner), mention(outer))


@pytest.mark.parametrize(
    ("outer", "inner"),
    [
        ("Idlib province", "Manbij"),  # another governorate's town
        ("Syria", "Beirut"),  # another country's city
        ("Aleppo", "Idlib"),
        ("Homs", "Hama"),  # two towns hold nothing of each other
        ("Syria", "Syria"),
    ],
)
def test_a_place_holds_no_place_outside_it(outer, inner):
    assert not holds(mention(outer), mention(inner))


def test_a_town_lies_in_its_governorate():
    assert governorate_of(mention("Khan Sheikhoun")) == "region/idlib-governorate"
    assert governorate_of(mention("Syria")) is None


def repeats_of(nlp, text, number):
    return [f.repeats is not None for f in figures(nlp, text) if f.number == number]


@pytest.mark.parametrize(
    "text",
    [
        # a wider place, then a town in it
        "Airstrikes killed at least 21 civilians in northern Syria on Monday.\n\n"
        "Activists said the coalition strikes killed 21 civilians in and around Manbij.",
        "At least 58 people were killed in a gas attack in Idlib province, the monitor said.\n\n"
        "Doctors in Khan Sheikhoun said 58 people had died.",
        # a town, then its province
        "A car bomb killed 20 people at a checkpoint in Azaz, local sources said.\n\n"
        "The blast at the checkpoint in the northern province of Aleppo killed 20 people.",
        # attackers named two ways: one side of attackers, the same victims
        "Regime air raids on Douma killed 42 people, the monitor said.\n\nThe government raids left 42 dead.",
        # the day given only by the later sentence
        "A truck bomb killed 48 people in Qamishli.\n\nThe bombing in Qamishli on Wednesday killed 48 people.",
    ],
)
def test_a_toll_restated_with_a_wider_place_other_attackers_words_or_its_day_counts_once(nlp, text):
    figs = figures(nlp, text, published=date(2016, 7, 28))
    counted = [f for f in figs if f.number is not None and f.number >= 20]
    assert len(counted) == 2, [(f.number, f.place) for f in figs]
    assert counted[0].repeats is None and counted[1].repeats == counted[0].figure_id


@pytest.mark.parametrize(
    "text",
    [
        # two provinces: neither holds the other
        "Shelling killed 12 people in Idlib province on Monday.\n\nIn Hama province, 12 people were killed by air strikes.",
        # victims of two sides
        "Fourteen soldiers were killed in the clashes.\n\nOn the rebel side, 14 were killed.",
        "Air strikes killed 30 civilians in the town.\n\nThe army said it killed 30 rebels in the town.",
        # two days
        "A car bomb killed 25 people in the town on Monday.\n\nOn Tuesday, 25 people were killed by shelling in the town.",
    ],
)
def test_the_same_count_in_another_place_side_or_day_is_no_restatement(nlp, text):
    assert not any(f.repeats for f in figures(nlp, text))


@pytest.mark.parametrize(
    ("text", "not_place"),
    [
        ("The Observatory, based in Britain, said 45 fighters were killed.", "United Kingdom"),
        ("About 120 fighters of the group (banned in Russia) were killed in the strikes.", "Russia"),
        ("MOSCOW (Sputnik) A total of 24 fighters were killed in the operation.", "Moscow"),
        ("The army advanced on Tuesday. MOSCOW (Sputnik) A total of 24 fighters were killed near the border.", "Moscow"),
        ("Turkey's official Anadolu Agency put the death toll at 85.", "Turkey"),  # whose source
    ],
)
def test_a_base_an_outlawing_country_or_a_dateline_abroad_is_no_place_of_events(nlp, text, not_place):
    (figure,) = [f for f in figures(nlp, text) if f.number and f.number > 20]
    assert figure.place != not_place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A car bomb killed 28 people in Moscow, police said.", "Moscow"),  # not a dateline
        ("A bombing in Turkey killed 28 people, the agency said.", "Turkey"),  # not a source's owner
        ("Fighters based in Idlib said 45 people were killed in the shelling of Idlib.", "Idlib"),
    ],
)
def test_a_place_of_events_stays(nlp, text, place):
    (figure,) = [f for f in figures(nlp, text) if f.number and f.number > 20]
    assert figure.place == place


@pytest.mark.parametrize(
    "text",
    [
        # a participle giving the toll of its clause again
        "Twenty-six civilians were killed on Monday when jets pounded the neighbourhood of Maghayer in Aleppo, "
        "killing 26 civilians, most of them children.",
        # a headline run into its lead with no break
        "Minister among 12 dead in car bomb A minister in the provisional government was among at least 12 people "
        "killed in a car bomb attack on Thursday, his spokesman said.",
    ],
)
def test_a_toll_given_again_further_on_in_its_sentence_counts_once(nlp, text):
    counted = [f for f in figures(nlp, text) if f.number in (12, 26)]
    assert len(counted) == 2
    assert counted[0].repeats is None and counted[1].repeats == counted[0].figure_id


@pytest.mark.parametrize(
    "text",
    [
        "Shelling killed 12 civilians in the market district near the old mosque and 12 civilians in the school.",
        "Shelling of the market district near the old mosque killed 12 civilians, while 12 soldiers died in the clashes.",
        "Twelve civilians were killed.",
    ],
)
def test_two_items_of_one_sentence_are_no_restatement(nlp, text):
    assert not any(f.repeats for f in figures(nlp, text))


def test_a_sentence_reworded_with_its_own_time_phrase_restates_its_toll(nlp):
    text = (
        "The strikes came a day after the coalition opened an inquiry into raids near Manbij that killed more "
        "than 100 civilians.\n\nThe US strikes came a day after the coalition opened an inquiry into its raids "
        "near Manbij that killed more than 100 civilians."
    )
    first, second = [f for f in figures(nlp, text) if f.number == 100]
    assert first.repeats is None and second.repeats == first.figure_id


@pytest.mark.parametrize(
    ("text", "restated"),
    [
        ("A mosque blast in Idlib killed 25 militants of the Nusra Front.\n\nThe blast in Idlib killed 25 Nusra fighters.", True),
        ("The army killed 50 terrorists in the village.\n\nThe monitor said 50 gunmen were killed in the village.", True),
        ("The attack killed 14 soldiers in the town.\n\nFourteen fighters were killed in the town, the monitor said.", False),
        ("The attack killed 14 volunteers in the town.\n\nFourteen fighters were killed in the town, the monitor said.", False),
    ],
)
def test_victims_named_by_other_words_for_one_kind_are_one_toll(nlp, text, restated):
    assert any(f.repeats for f in figures(nlp, text)) is restated


@pytest.mark.parametrize(
    "text",
    [
        # sides named outside the count's own words, or only by the attackers of two sentences
        "At least 15 fighters from rebel brigades were killed in the clashes.\n\nRegime forces lost 15 fighters in the clashes.",
        "Rebels shelled Nubul, killing 12 people.\n\nGovernment warplanes bombed Anadan, killing 12 people.",
        # a noun of no one kind of victim
        "Air strikes killed 15 fighters near Idlib city.\n\nA strike killed 15 members of one family.",
        # a round-up's phrase said of two attacks
        "In a separate attack, five soldiers were killed at a checkpoint.\n\n"
        "In a separate attack, five soldiers were killed by a roadside bomb.",
        # another report or a joined clause inside one sentence
        "A suicide bomber killed 16 soldiers at a checkpoint in Deir ez-Zor, the monitor said, adding that an "
        "ambush in the desert nearby killed 16 soldiers.",
        "Raids killed 10 civilians in Douma on Monday, and on Tuesday fresh raids on the town killed 10 civilians.",
        # a half of Aleppo holds no district (sides changed through the war)
        "Air strikes killed nine civilians in rebel-held east Aleppo.\n\nRebel shells killed nine civilians in the Hamdaniyeh district.",
    ],
)
def test_two_incidents_with_one_count_stay_two(nlp, text):
    assert not any(f.repeats for f in figures(nlp, text))


def test_a_ministry_as_a_building_is_no_source_owner(nlp):
    (figure,) = figures(nlp, "A car bomb exploded outside Iraq's defence ministry, killing 15 people.")
    assert figure.place == "Iraq"


@pytest.mark.parametrize(
    ("half", "district", "held"),
    [
        ("East Aleppo", "Fardous", True),  # both "rebel-held east" in the gazetteer's sourced 2016 front line
        ("East Aleppo", "Hamdaniyeh", False),  # "government-held west"
        ("West Aleppo", "Hamdaniyeh", True),
        ("West Aleppo", "Fardous", False),
    ],
)
def test_a_half_of_aleppo_holds_the_districts_of_its_side(half, district, held):
    assert holds(mention(half), mention(district)) is held


def test_rif_dimashq_holds_its_towns_not_damascus():
    assert holds(mention("Damascus countryside"), mention("Douma"))
    assert not holds(mention("Damascus countryside"), mention("Damascus"))


def test_a_total_over_separate_operations_given_twice_counts_once(nlp):
    # "separate operations" sums several events into one total; "in a separate attack" is another event
    text = (
        "A total of 24 fighters were killed in separate operations near Deir ez-Zor and Raqqa, local media "
        "reported on Monday.\n\nA total of 24 fighters were killed in separate operations in Syria near Deir "
        "ez-Zor and Raqqa, local media reported."
    )
    first, second = figures(nlp, text)
    assert first.repeats is None and second.repeats == first.figure_id


@pytest.mark.parametrize(
    ("text", "restated"),
    [
        # a verb "is", victims' nouns and a source's name are no side of the sentence
        ("Regime air strikes killed 20 people in Douma on Monday.\n\nThe death toll is 20, a doctor in Douma said.", True),
        ("Government air strikes killed 18 people in the town of Tabqa.\n\nThe SDF said 18 people had died in the strikes.", True),
        # another day or time inside one sentence, plural "separate raids", another year
        ("Twelve people were killed by shelling in Douma on Monday, a day after an air strike on a market in the "
         "town killed 12 people, activists said.", False),
        ("In Douma, barrel bombs killed 10 people on Monday, air strikes on the same neighbourhood killed 10 people on Tuesday.", False),
        ("Shelling killed 14 people in Douma on Monday.\n\nIn separate raids on Douma, 14 people were killed.", False),
        ("Air strikes killed 12 people in Douma, activists said.\n\nAir strikes killed 12 people in Douma in 2016, activists said.", False),
    ],
)
def test_second_review_restatements(nlp, text, restated):
    assert any(f.repeats for f in figures(nlp, text)) is restated


@pytest.mark.parametrize(
    ("text", "relay"),
    [
        ("A security source told a Syrian journalist that 14 soldiers were killed in Palmyra.", None),  # no outlet
        ("An activist told Ahmed Hassan, a local doctor, that 11 people were killed.", None),  # a person
        ("Five people were killed in the town, a source told SANA reporter.", "SANA"),
    ],
)
def test_only_an_outlet_told_relays_an_unnamed_source(nlp, text, relay):
    (figure,) = figures(nlp, text)
    assert figure.relayed_by == relay


def test_a_syrian_place_a_group_is_based_in_stays_the_place(nlp):
    (figure,) = figures(nlp, "Twelve rebels based in Saraqeb were killed in an air strike.")
    assert figure.place == "Saraqeb"

"""Casualty constructions of issue 13 (items 3-6): ranges a toll is put at, credits in a clause of manner and
through a citing reporter, the harm a part's own relative clause names, running totals "since strikes
began", and a figure told of several places at once. Invented texts, positives and negatives."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.analyse import analyse_doc, geocoder_for
from pipeline.records import Article

LEAD = "Warplanes struck Idlib again on Monday. "


def casualties(nlp, text, published=None):
    article = Article("t", "t", "t", "unknown", "", published, None, text, len(text.split()))
    return analyse_doc(nlp(text), article, geocoder_for(False)).casualties


def only(found):
    assert len(found) == 1, found
    return found[0]


# --- ranges a toll is put at (counts.value_of_a_copular_toll, ranges.joined_range, nlp.NUMBER_RANGE_DASH)


@pytest.mark.parametrize("text", [
    "Medics put the death toll at 35-40.",
    "Medics put the death toll at between 35 and 40.",
    "The toll was put at 35 to 40.",
    "The death toll stood at 35\u201340 on Monday.",
    "Some 35\u201340 people were killed in the raid.",  # an en dash between digits splits as a hyphen does
])
def test_a_range_a_toll_is_put_at_keeps_both_bounds(nlp, text):
    figure = only(casualties(nlp, text))
    assert (figure.number_low, figure.number_high, figure.type) == (35, 40, "killed")


def test_a_toll_put_at_one_value_in_the_passive(nlp):
    assert [(f.number, f.type) for f in casualties(nlp, "The toll was put at 35.")] == [(35, "killed")]


@pytest.mark.parametrize("text", [
    "The bodies were put at the hospital at 5.",  # "put at" with no toll
    "The convoy of 10\u201312 trucks reached the town.",  # a range of things
    "The talks ran from 2011\u20132016 without a deal.",  # years
])
def test_put_at_and_dashed_ranges_of_no_toll_give_no_figure(nlp, text):
    assert casualties(nlp, text) == []


# --- credits (source_phrases.agent_of_a_credit_of_manner, attribution.cites_for_its_reporter, relay)


@pytest.mark.parametrize("text, source", [
    ("Five people were killed in Homs, as reported by Sputnik.", "Sputnik"),
    ("Five people were killed in Homs, as documented by the Syrian Observatory for Human Rights.",
     "Syrian Observatory for Human Rights"),
])
def test_the_agent_of_a_credit_of_manner_is_the_source(nlp, text, source):
    assert only(casualties(nlp, text)).attributed_to == source


@pytest.mark.parametrize("text", [
    "Five people were killed in Homs, as reported earlier.",  # no agent
    "Five people were killed in Homs, as reported by a local activist.",  # an unnamed agent
    "As planned by the army, the villages were shelled and 12 people were killed.",  # no verb of report
])
def test_no_credit_of_manner_without_a_named_reporting_agent(nlp, text):
    assert all(f.attributed_to is None for f in casualties(nlp, text))


def test_a_reporter_citing_a_named_body_relays_its_figure(nlp):
    figure = only(casualties(nlp, "Thirty militants were killed in Hama, SANA reported, citing the Syrian Observatory for Human Rights."))
    assert (figure.attributed_to, figure.relayed_by) == ("Syrian Observatory for Human Rights", "SANA")


@pytest.mark.parametrize("text, relay", [
    ("Thirty militants were killed in Hama, SANA reported, citing a military source.", "SANA"),
    ("According to Al-Watan, citing a military source, 30 militants were killed in Hama.", "Al-Watan"),
])
def test_an_unnamed_source_cited_by_an_outlet_leaves_the_figure_unattributed_and_relayed(nlp, text, relay):
    figure = only(casualties(nlp, text))
    assert (figure.attributed_to, figure.relayed_by) == (None, relay)


@pytest.mark.parametrize("text", [
    "Thirty militants were killed in Hama, SANA reported, quoting the governor.",
    "Nine people were killed in a blast in Jaramana, SANA reported, quoting the governor.",
])
def test_an_outlet_quoting_an_unnamed_role_relays_its_figure(nlp, text):
    figure = only(casualties(nlp, text))
    assert (figure.attributed_to, figure.relayed_by) == (None, "SANA")


def test_a_medium_credited_after_a_named_reporter_relays_the_reporters_figure(nlp):
    figure = only(casualties(nlp, "The White Helmets said 14 people were killed in Kafranbel, according to Al Jazeera."))
    assert (figure.attributed_to, figure.relayed_by) == ("White Helmets", "Al Jazeera")


def test_a_medium_credited_alone_is_the_source(nlp):
    figure = only(casualties(nlp, "Fourteen people were killed in Kafranbel, according to Al Jazeera."))
    assert (figure.attributed_to, figure.relayed_by) == ("Al Jazeera", None)


# --- a place that only says where another is, and running totals beside a day's count


@pytest.mark.parametrize("text, place", [
    ("Five people were killed in an air strike on the Aleppo town of Azaz on Monday.", "Azaz"),
    ("Warplanes killed 8 people in the northern Aleppo town of al-Bab.", "Al-Bab"),
    ("Shelling killed 4 people in the Idlib town of Saraqeb.", "Saraqeb"),
    ("Shells killed 3 people in the Aleppo district of Ashrafiyeh.", "Ashrafiyeh"),
    # a list is no locator
    ("Shells killed 3 people in Aleppo, and a car bomb hit the town of Azaz.", "Aleppo"),
])
def test_a_place_modifying_a_settlement_noun_only_says_where_the_town_is(nlp, text, place):
    assert casualties(nlp, text)[0].place == place


@pytest.mark.parametrize("text, daily, total", [
    ("Twenty-five people were killed in Aleppo on Saturday, the Observatory said, bringing the toll since "
     "November 15 to 300.", 25, 300),
    ("Air strikes killed 18 people in Douma on Friday, raising to 210 the number of civilians killed in "
     "Eastern Ghouta since the start of the month.", 18, 210),
])
def test_a_days_count_beside_a_running_total_is_not_cumulative(nlp, text, daily, total):
    found = {f.number: f.cumulative for f in casualties(nlp, text)}
    assert found == {daily: False, total: True}


@pytest.mark.parametrize("text", [
    "The civil defence said the number of people killed in eastern Aleppo since mid-November has risen to 310.",
    "The death toll in Douma this week has reached 60.",
])
def test_tolls_kept_over_a_period_are_running_totals(nlp, text):
    assert only(casualties(nlp, text)).cumulative


def test_the_deadliest_of_the_week_is_one_incidents_toll(nlp):
    assert not only(casualties(nlp, "The toll from Monday's bombing rose to 30, the deadliest this week.")).cumulative


def test_a_days_count_is_no_repeat_of_a_later_running_total(nlp):
    text = (
        "Warplanes killed 27 civilians in Aleppo on Saturday, according to the civil defence. "
        "The civil defence said the number of people killed in eastern Aleppo since mid-November has risen to 310."
    )
    assert all(f.repeats is None for f in casualties(nlp, text))


# --- a part's own harm (types.classify, cues.relative_clause_cue)


@pytest.mark.parametrize("text, number, kind", [
    ("Thousands were displaced, among them 40 people who died on the road.", 40, "killed"),
    ("Dozens were wounded, including 12 who later died.", 12, "killed"),
    ("Thousands fled the town, among them 40 people who were wounded.", 40, "wounded"),
    # background, not the part's harm: who they are, what happened next, what happened before
    ("The strike killed 30 people, among them 12 children who had fled Homs.", 12, "killed"),
    ("Dozens were wounded, including 12 children who were later evacuated.", 12, "wounded"),
    ("The strike killed 30 people, among them 12 children who had been wounded in an earlier raid.", 12, "killed"),
])
def test_a_part_takes_the_harm_of_its_own_relative_clause(nlp, text, number, kind):
    found = casualties(nlp, text)
    assert next(f for f in found if f.number == number).type == kind


# --- running totals and places


@pytest.mark.parametrize("text", [
    "Russian strikes have killed 865 people since they began in September.",
    "Air strikes have killed 865 people since strikes began in the north.",
    "Air strikes have killed 400 people since Moscow began its campaign.",
])
def test_a_toll_since_a_campaign_began_is_a_running_total(nlp, text):
    assert only(casualties(nlp, LEAD + text)).cumulative


def test_a_toll_of_one_day_is_no_running_total(nlp):
    assert not only(casualties(nlp, LEAD + "Air strikes killed 40 people on Monday.")).cumulative


@pytest.mark.parametrize("text", [
    "Air strikes have killed 400 people since Russia began its campaign.",
    "Air strikes have killed 400 people since Moscow began its campaign.",
    "Twelve people were killed as the rebels, backed by Turkey, advanced.",
    "Strikes carried out by Russia killed 12 people.",
    "Russia bombed a market, killing 12 people.",  # the attacker
    "Turkey shelled the area and killed 12 people.",
    "The strike by the US killed 12 civilians.",
])
def test_a_foreign_state_that_acts_is_no_place_of_the_events(nlp, text):
    assert only(casualties(nlp, LEAD + text)).place == "Idlib"


@pytest.mark.parametrize("text", [
    "Twelve people were killed by a car bomb in Turkey.",
    "Turkey lost 12 soldiers in the fighting.",  # its own dead
    "A car bomb hit Turkey's south, killing 12 people.",
])
def test_a_foreign_state_where_the_events_happened_stays_their_place(nlp, text):
    assert only(casualties(nlp, LEAD + text)).place == "Turkey"


@pytest.mark.parametrize("text, place", [
    ("Air strikes killed 50 people in Idlib, Hama and Aleppo on Monday.", "Syria"),
    ("Air strikes killed 50 people in Idlib and Hama on Monday.", "Syria"),
    ("Rebels shelled Aleppo on Monday. Nine people were killed in Sukkari and Ansari.", "Aleppo"),
    ("Rebels shelled Aleppo on Monday. Nine people were killed in Sukkari and in Ansari.", "Aleppo"),
    # one place, and a list whose items each have their own
    ("Air strikes killed 50 people in Hama on Monday.", "Hama"),
    ("Five people were killed in Idlib, and Hama was shelled.", "Idlib"),
])
def test_a_figure_told_of_several_places_takes_the_place_holding_them(nlp, text, place):
    found = casualties(nlp, text)
    assert found[-1].place == place


def test_list_items_keep_their_own_places(nlp):
    found = casualties(nlp, "Rebels shelled Aleppo on Monday. Shells killed five in Sukkari and two in Ansari.")
    assert [(f.number, f.place) for f in found] == [(5, "Sukkari"), (2, "Ansari")]


def test_parts_in_places_of_a_joint_toll_stay_its_parts(nlp):
    text = (
        "Ten civilians were killed in rocket attacks on Aleppo and Deir Ezzor on Monday. "
        "Six civilians were killed in Aleppo's Azamiyeh neighbourhood, and four in Deir Ezzor city."
    )
    found = casualties(nlp, text)
    total = next(f for f in found if f.number == 10)
    assert total.place == "Syria"
    assert {f.number: f.part_of for f in found if f.number in (6, 4)} == {6: total.figure_id, 4: total.figure_id}


# --- what a hostile review of these rules found (each failed on their first version)


@pytest.mark.parametrize("text, expected", [
    ("Rebels said 20\u201425 government soldiers were killed near Palmyra.", [(20, 25)]),  # an em dash: one range
    ("Between 35\u201340 people were killed in the air strike.", [(35, 40)]),
    ("A 10\u201312-year-old boy was killed by a sniper in Madaya.", [(None, None)]),  # an age: one boy
])
def test_dashed_ranges_and_ages(nlp, text, expected):
    assert [(f.number_low, f.number_high) for f in casualties(nlp, text)] == expected


@pytest.mark.parametrize("text, source, relay", [
    # a credit of manner beside a reporter only relays; outside the figure's clause it credits nothing
    ("As reported by AFP, the strike on Kafr Takharim killed six people, the White Helmets said.", "White Helmets",
     "Agence France-Presse"),
    ("The regime says 12 soldiers were killed in Hama, as reported by Al-Masdar, while rebels say 40.", None, None),
    ("The talks in Geneva, as reported by Reuters, stalled while 11 people were killed in Daraa.", None, None),
    ("The bombing, as claimed by the Islamic State group, killed 25 people.", None, None),  # a claim of a deed
    ("The strike was carried out by Russian jets, as confirmed by the Pentagon, and killed 10 people in Ariha.", None, None),
    ("Five people were killed in Jobar on Monday, as reported by SANA, citing a police source.", None, "SANA"),
])
def test_credits_of_manner_in_their_scope(nlp, text, source, relay):
    figure = casualties(nlp, text)[0]
    assert (figure.attributed_to, figure.relayed_by) == (source, relay)


@pytest.mark.parametrize("text, number, kind", [
    ("Police arrested 30 people in Latakia, including 4 who killed two soldiers last month.", 4, "detained"),
    ("Hundreds fled Maarat al-Numan, including 30 who had lost relatives in the shelling.", 30, "displaced"),
    ("Forty prisoners were released in Homs, including 3 who had been tortured to death, their families said.", 3, "killed"),
])
def test_a_relative_clause_of_what_the_part_did_or_lost_is_not_its_harm(nlp, text, number, kind):
    assert next(f for f in casualties(nlp, text) if f.number == number).type == kind


@pytest.mark.parametrize("text", [
    "On Sunday, 30 people were killed in Homs, the highest one-day toll since Russia began its strikes.",
    "It was the deadliest day since protests began: 70 people were killed in Daraa on Friday.",
    "Five civilians were killed in Douma this morning, hours since strikes began at dawn.",
])
def test_a_days_toll_measured_from_a_campaigns_start_is_no_running_total(nlp, text):
    assert not casualties(nlp, text)[0].cumulative


def test_a_foreign_states_own_dead_happened_there(nlp):
    assert casualties(nlp, "Lebanon mourned 4 soldiers killed by militants crossing from Syria.")[0].place == "Lebanon"


@pytest.mark.parametrize("text, number, place", [
    ("Eighteen people were killed in Azaz and Afrin, including 10 in Azaz.", 10, "Azaz"),
    ("Strikes killed 25 people in Idlib and Hama, 15 of them in Idlib.", 15, "Idlib"),
    ("Strikes killed 5 in Idlib and Hama's governor said the army would respond.", 5, "Idlib"),
    ("Seven people died in Aleppo and Homs was quiet, the monitor said.", 7, "Aleppo"),
    ("Two people died in Qamishli and Hasakah each.", 2, "Qamishli"),
    ("Four soldiers were killed in Idlib and Latakia respectively.", 4, "Idlib"),
    ("Fighting in Aleppo and Idlib killed 60 people, while 12 died in Aleppo alone.", 60, "Syria"),
    # second review: a place with its container, a place named before the figure, a named container
    ("DAMASCUS, Syria (AP) \u2014 Mortar shells killed 6 people on Monday, state media said.", 6, "Damascus"),
    ("In Aleppo, 12 people were killed on Monday, a day after warplanes pounded Aleppo and Idlib.", 12, "Aleppo"),
    ("Regime shelling on Idlib killed 12 people, a day after Russia bombed Idlib and Hama.", 12, "Idlib"),
    ("Fourteen civilians were killed in Azaz and Afrin in Aleppo province, a monitor said.", 14, "Aleppo province"),
    ("Four civilians were killed in Idlib and Hama, the Observatory said, after each side accused the other.", 4, "Syria"),
])
def test_only_a_figures_own_coordinated_places_are_widened(nlp, text, number, place):
    assert next(f for f in casualties(nlp, text) if f.number == number).place == place


def test_a_source_that_told_an_outlet_after_the_figure_has_it_relayed(nlp):
    text = "A child was killed when a shell fell on al-Zahra neighbourhood, a source at Homs police command told SANA."
    figure = casualties(nlp, text)[0]
    assert (figure.attributed_to.lower(), figure.relayed_by) == ("homs police command", "SANA")


def test_counts_before_the_total_they_bring_are_its_parts(nlp):
    text = ("On Monday regime shelling killed 12 civilians in Douma, 7 in Harasta, 4 in Arbin and 3 in Zamalka, "
            "bringing the day's toll in Eastern Ghouta to 26.")
    found = casualties(nlp, text)
    total = next(f for f in found if f.number == 26)
    assert {f.number: f.part_of for f in found if f is not total} == {12: total.figure_id, 7: total.figure_id,
                                                                      4: total.figure_id, 3: total.figure_id}


def test_counts_adding_up_to_less_than_the_total_are_no_parts(nlp):
    found = casualties(nlp, "Shelling killed 12 civilians in Douma and 7 in Harasta on Monday, bringing the toll since Friday to 60.")
    assert all(f.part_of is None for f in found)


def test_the_dead_of_a_place_included_are_parts_of_its_toll(nlp):
    found = casualties(nlp, "Barrel bombs killed 31 people in Douma on Monday. The dead in Douma included 9 women.")
    assert next(f for f in found if f.number == 9).part_of == next(f for f in found if f.number == 31).figure_id



@pytest.mark.parametrize("text, place", [
    ("A car bomb killed 9 people in the Daraya suburb of Damascus.", "Daraya"),
    ("Nine people were killed in the Azaz district of Aleppo.", "Azaz"),
    ("Twelve people were killed in the Yarmouk camp of Damascus, the UN said.", "Yarmouk"),
])
def test_a_suburb_or_district_of_a_city_is_the_place(nlp, text, place):
    assert casualties(nlp, text)[0].place == place


@pytest.mark.parametrize("text", [
    "Thirty people were killed in Aleppo on Monday, the deadliest day since mid-November.",
    "Twelve people were killed on Monday in Daraa, where calm had held since late December.",
    "The death toll from Tuesday's bombing in Jisr al-Shughour rose to 25 this week.",
])
def test_a_days_or_one_incidents_toll_beside_a_period_is_no_running_total(nlp, text):
    assert not casualties(nlp, text, published=date(2017, 1, 12))[0].cumulative


def test_a_medium_credited_after_an_unnamed_source_relays_its_figure(nlp):
    figure = casualties(nlp, "Medics said 22 civilians died in Atareb, according to Al Jazeera.")[0]
    assert (figure.attributed_to, figure.relayed_by) == (None, "Al Jazeera")


def test_a_foreign_states_own_dead_with_a_credit_after_them(nlp):
    text = LEAD + "Lebanon mourned 4 soldiers killed by militants, the army said."
    assert casualties(nlp, text)[0].place == "Lebanon"


@pytest.mark.parametrize("text, number, kind", [
    ("Forty people were injured, including 12 who later lost their lives in hospital.", 12, "killed"),
])
def test_a_part_that_lost_its_life(nlp, text, number, kind):
    assert next(f for f in casualties(nlp, text) if f.number == number).type == kind


# --- a second new-user check of issue 13


def test_a_list_of_worded_counts_with_a_name_the_tagger_misread(nlp):
    text = ("Rebels shelled Aleppo on Monday. Government jets killed eight people in Sukkari, six in Fardous and "
            "four in Salaheddine on Monday, bringing the day's toll in eastern Aleppo to 18.")
    found = casualties(nlp, text)
    total = next(f for f in found if f.number == 18)
    assert [(f.number, f.place, f.part_of) for f in found if f is not total] == [
        (8, "Sukkari", total.figure_id), (6, "Fardous", total.figure_id), (4, "Salaheddine", total.figure_id)
    ]


@pytest.mark.parametrize("text, place", [
    ("Warplanes struck on Monday. Five people were killed in the western Aleppo town of Atareb.", "Atareb"),
    ("Warplanes struck on Monday. Jets killed 8 people in the eastern Aleppo town of al-Bab.", "Al-Bab"),
    ("In Idlib province, an air strike on a school in the town of Ariha killed 22 people.", "Ariha"),
    ("Air strikes hit Ariha on Monday. Among the dead were 12 displaced people from Aleppo.", "Ariha"),
    ("Forty refugees from Homs were killed in Idlib.", "Idlib"),
])
def test_the_finest_place_of_the_events_not_of_the_victims_origin(nlp, text, place):
    assert casualties(nlp, text)[-1].place == place


def test_a_toll_from_strikes_this_week_is_a_running_total(nlp):
    assert casualties(nlp, "The death toll from strikes on Maarat al-Numan this week rose past 90.")[0].cumulative



# --- a third review


@pytest.mark.parametrize("text, source, relay", [
    ("The Observatory reported 18 deaths in Atareb, as cited by AFP.", "Syrian Observatory for Human Rights", "Agence France-Presse"),
    ("Eighteen people were killed in Atareb, the Observatory said, as quoted by Al Arabiya.",
     "Syrian Observatory for Human Rights", "Al Arabiya"),
])
def test_a_credit_of_manner_after_a_reporter_relays(nlp, text, source, relay):
    figure = casualties(nlp, text)[0]
    assert (figure.attributed_to, figure.relayed_by) == (source, relay)


def test_a_credit_of_manner_covers_only_its_own_clause(nlp):
    found = casualties(nlp, "Eighteen people were killed in Atareb, as reported by SANA, while the Observatory put the toll at 25.")
    assert [(f.number, f.attributed_to, f.relayed_by) for f in found] == [
        (18, "SANA", None), (25, "Syrian Observatory for Human Rights", None)
    ]


@pytest.mark.parametrize("text, place", [
    ("Damascus (AFP) - A suicide bomber killed 14 people in the capital on Wednesday. Officials blamed rebels in Homs.",
     "Damascus"),
    ("Homs, SANA - A child was killed by terrorist rocket fire on the city. The rockets came from Rastan.", "Homs"),
    (LEAD + "Turkey launched an investigation after 14 people were killed in a bombing.", "Turkey"),
])
def test_a_dateline_or_a_state_keeps_the_place_a_later_sentence_or_another_deed_does_not_take(nlp, text, place):
    assert casualties(nlp, text)[0].place == place

"""Casualty constructions of issue 13 (items 3-6): ranges a toll is put at, credits in a clause of manner and
through a citing reporter, the harm a part's own relative clause names, running totals "since strikes
began", and a figure told of several places at once. Invented texts, positives and negatives."""

from __future__ import annotations

import pytest

from pipeline.analyse import analyse_doc, geocoder_for
from pipeline.records import Article

LEAD = "Warplanes struck Idlib again on Monday. "


def casualties(nlp, text):
    article = Article("t", "t", "t", "unknown", "", None, None, text, len(text.split()))
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


def test_an_outlet_quoting_a_role_is_the_source_and_relays_nothing(nlp):
    figure = only(casualties(nlp, "Thirty militants were killed in Hama, SANA reported, quoting the governor."))
    assert figure.relayed_by != figure.attributed_to


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
])
def test_a_foreign_state_that_acts_is_no_place_of_the_events(nlp, text):
    assert only(casualties(nlp, LEAD + text)).place == "Idlib"


def test_a_foreign_state_where_the_events_happened_stays_their_place(nlp):
    assert only(casualties(nlp, LEAD + "Twelve people were killed by a car bomb in Turkey.")).place == "Turkey"


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

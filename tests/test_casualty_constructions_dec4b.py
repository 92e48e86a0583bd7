"""Casualty constructions of the 4 December tester's report (invented text), each with positive and
negative sentences: counterfactual tolls, parts of a count named with its whole, fractions, national
armies as sources and actors, the target of an attack as the place, and war-wide tolls."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures, pairs, running_totals


# denied.conditioned_modal_perfect and denied.feared_future_toll: what did not or has not yet happened
@pytest.mark.parametrize(
    "text",
    [
        "The blast could have killed hundreds had the bomber reached the shrine.",
        "Had the shelter been hit, up to 300 people could have died.",
        "The strike might have killed dozens if the school had been open.",
        "If the dam had burst, thousands could have been killed.",
        "Officials feared the toll could exceed 100.",
    ],
)
def test_a_counterfactual_or_feared_toll_is_no_figure(nlp, text):
    assert figures(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strikes could have killed as many as 50 people, activists said.", [(50, "killed")]),  # no condition
        ("The shelling may have killed 40 people, residents said.", [(40, "killed")]),
        ("Officials feared that 50 people may have been killed.", [(50, "killed")]),  # a hedged past event
        ("The school had been hit and 12 people may have died, if reports are true.", [(12, "killed")]),
        ("Had it not been for the rain, the fire would have spread; 15 people were killed.", [(15, "killed")]),
    ],
)
def test_a_hedged_past_toll_stays(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


def parts(found):
    """(number, type, group, the number of its whole or None) of each figure, in text order."""
    by_id = {f.figure_id: f.number for f in found}
    return [(f.number, f.type, f.group, by_id.get(f.part_of)) for f in found]


# partitives.sub_count_of_a_written_whole, partitives.counts_a_casualty_whole, subcounts.taken_of:
# a part taken "of" a casualty count written in place is a sub-count of it, named by the copula's noun
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 62 people killed, 41 were Shiite pilgrims.", [(62, "killed", "people", None), (41, "killed", "civilians", 62)]),
        ("Of the 48 people wounded, 9 were children.", [(48, "wounded", "people", None), (9, "wounded", "children", 48)]),
        ("Of the 9 soldiers killed, 4 were officers.", [(9, "killed", "soldiers", None), (4, "killed", "officers", 9)]),
        ("Twelve of the 19 victims were children.", [(12, "other", "children", 19), (19, "other", "people", None)]),
        ("Seven of the 30 people killed were children.", [(7, "killed", "children", 30), (30, "killed", "people", None)]),
    ],
)
def test_a_part_of_a_count_written_with_it(nlp, text, expected):
    assert parts(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 62 people killed, 41 were identified.", [(62, "killed", "people", None)]),  # no group named
        ("Twelve of the 19 trucks were destroyed.", []),  # no casualties
        ("Two of the 40 passengers were wounded.", [(2, "wounded", "civilians", None)]),  # the 40 are no toll
        # a part with a harm of its own is no sub-count of a whole of another harm
        ("Four of the 30 wounded fighters were evacuated.", [(4, "evacuated", "fighters", None), (30, "wounded", "fighters", None)]),
    ],
)
def test_a_part_of_no_counted_whole(nlp, text, expected):
    assert parts(figures(nlp, text)) == expected


# ratios.fraction_numerator, ratios.term_of_a_ratio: a fraction or a ratio counts no people; the whole's
# own count, when written, stays
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two-thirds of those killed were women.", []),
        ("Two thirds of the victims were children.", []),
        ("One in five of the dead was a child.", []),
        ("Seven in ten of the wounded were civilians.", []),
        ("Three out of four of those killed were civilians.", []),
        ("Two-thirds of the 90 people killed were women.", [(90, "killed")]),
        ("One in five of the 40 dead was a child.", [(40, "killed")]),
    ],
)
def test_a_fraction_or_ratio_is_no_count(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Airstrikes killed 12 in 3 villages.", [(12, "killed")]),  # "in" on the verb: no ratio
        ("Clashes killed 12 in Aleppo.", [(12, "killed")]),
        ("Five of those killed were children.", [(5, "killed")]),  # a part, no fraction
    ],
)
def test_counts_near_fraction_words_stay(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


# national_forces.national_force: a state's armed force named by its nation reports as that force, named
# as quotes name the speaker
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Israeli army said 4 soldiers were killed.", "Israeli army"),
        # named as the quote stage's national_body names it since 674cd7e ("Sudan army" as "Sudan's army")
        ("The US military said 2 soldiers were wounded in a rocket attack.", "US Military"),
        ("Ukraine's military said 40 soldiers were killed.", "Ukrainian Military"),
        ("The Nigerian army said 12 militants were killed.", "Nigerian army"),
        ("The Turkish army said 4 soldiers were killed.", "Turkish army"),  # as before
    ],
)
def test_a_national_army_is_the_source(nlp, text, source):
    assert [f.attributed_to for f in figures(nlp, text)] == [source]


@pytest.mark.parametrize(
    "text",
    [
        "The rebel army said 4 soldiers were killed.",  # no nation
        "The army said 4 soldiers were killed.",  # no nation, no body named before
        "Israeli troops said 4 soldiers were killed.",  # people, not the force as a body
    ],
)
def test_an_army_of_no_nation_stays_unnamed(nlp, text):
    assert [f.attributed_to for f in figures(nlp, text)] == [None]


# not_victims.harm_verb_type, not_victims.result_follows, constructions.restates_a_count,
# not_victims.comments_on_a_count, denied.sentenced_to_death, counts.counts_a_duration,
# counts.a_few_before: nouns and numbers of a casualty sentence that count no victim
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man shot 3 people dead before turning the gun on himself.", [(3, "killed")]),  # the shooter
        ("Two gunmen shot five villagers dead.", [(5, "killed")]),
        ("Three men stabbed two guards to death.", [(2, "killed")]),
        ("Police killed the suspect, a 28-year-old man.", [(1, "killed")]),  # one person, said twice
        ("Officials said dozens of civilians were killed in the strike, a figure disputed by the army.", [("dozens", "killed")]),
        (
            "A drone strike killed 70 people and wounded 19, the head of the World Health Organization, "
            "Tedros Adhanom Ghebreyesus, said.",
            [(70, "killed"), (19, "wounded")],
        ),
        ("The rebels detained 10 journalists in 2015 and sentenced four of them to death in 2020.", [(10, "detained")]),
        ("A court condemned five men to death.", []),
        ("Gunmen kidnapped 287 pupils and freed 137 of them two weeks later.", [(287, "detained")]),
        ("A few dozen fighters were killed.", [("a few dozen", "killed")]),
        ("A few hundred people were displaced.", [("a few hundred", "displaced")]),
    ],
)
def test_no_victim_is_counted(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A soldier was shot dead.", [(1, "killed")]),  # the victim of "shot dead" stays
        ("Gunmen shot dead a man.", [(1, "killed")]),
        ("Two soldiers were killed and a man was shot dead.", [(2, "killed"), (1, "killed")]),
        ("Five men were sentenced to death and executed.", [(5, "killed")]),  # an execution kills
        ("The militants killed two men, a father and his son.", [(2, "killed")]),  # as before
        ("Gunmen killed a teacher, a father of three.", [(1, "killed")]),  # as before
        ("A dozen fighters were killed.", [(12, "killed")]),  # "a dozen" is twelve
        ("Two dozen fighters were killed.", [(24, "killed")]),
        ("Gunmen kidnapped 287 pupils and freed them, two weeks later, with two teachers.", [(287, "detained")]),
    ],
)
def test_victims_near_those_constructions_stay(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The Lancet estimated that the true toll could be as high as 186,000.", "up to"),
        ("The death toll may be as high as 400.", "up to"),
        ("As many as 50 people were killed.", "up to"),  # as before
        ("The death toll is 400.", "exact"),
    ],
)
def test_as_high_as_is_an_upper_bound(nlp, text, qualifier):
    assert [f.qualifier for f in figures(nlp, text)] == [qualifier]


def sources(found):
    return [f.attributed_to for f in found]


# source_phrases.claims_a_deed: claiming an attack owns it; it reports no toll
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Islamic State claimed the attack, which killed 26 people in Kabul.", [None]),
        ("The Taliban, who killed 150 people at a school in 2014, claimed the attack.", [None]),
        ("The group claimed the bombing, which killed 12 people, Reuters reported.", ["Reuters"]),
    ],
)
def test_claiming_an_attack_is_no_report(nlp, text, expected):
    assert sources(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Islamic State claimed 40 soldiers were killed.", ["Islamic State"]),  # a claim of a toll
        ("The Islamic State claimed the killing of 12 soldiers.", ["Islamic State"]),  # the count is the claim's
        ("Hezbollah claimed that 12 Israeli soldiers were killed.", ["Hezbollah"]),
    ],
)
def test_claiming_a_toll_reports_it(nlp, text, expected):
    assert sources(figures(nlp, text)) == expected


# ministries.named_ministry: a ministry named by its country, place or the group that runs it; follow-ups
# ("The ministry said", "it said") resolve to it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Gaza health ministry said 40 people were killed.", ["Gaza Health Ministry"]),
        ("Strikes in Lebanon have killed 3,000 people, Lebanon's health ministry said.", ["Lebanese Health Ministry"]),
        ("The Hamas-run health ministry said 40 people were killed.", ["Hamas-run Health Ministry"]),
        ("An airstrike killed 13 members of one family, the Hamas-run health ministry said.", ["Hamas-run Health Ministry"]),
        ("The Houthi health ministry said the death toll was 82.", ["Houthi Health Ministry"]),
        ("The Syrian health ministry said 40 people were killed.", ["Syrian Health Ministry"]),
        (
            "The health ministry in the Hamas-run Gaza Strip said 20,057 people had been killed. "
            "The ministry said 53,320 people had been wounded. In the past day, 201 people were killed, it said.",
            ["Gaza Health Ministry"] * 3,
        ),
    ],
)
def test_a_ministry_named_by_whose_it_is(nlp, text, expected):
    assert sources(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The health ministry said 40 people were killed.", [None]),  # whose, unsaid
        ("Hamas said 40 people were killed.", ["Hamas"]),  # the group itself
        ("The Health Ministry of Iraq said 40 people were killed.", ["Health Ministry of Iraq"]),  # a name
    ],
)
def test_a_ministry_of_no_named_owner(nlp, text, expected):
    assert sources(figures(nlp, text)) == expected


# source_owners.author_before, source_owners.state_of_seat: a document's author before it; a seat's state
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 3,000 civilians were killed in July, according to a United Nations report.", ["United Nations"]),
        ("According to Kyiv's figures, 31,000 soldiers have been killed since 2022.", ["Ukraine"]),
        ("According to Moscow's figures, 40 militants were killed.", ["Russia"]),
        ("Moscow said 40 militants were killed.", ["Russia"]),
        ("According to a casualty report, 40 people were killed.", [None]),  # no author
        ("Reports said 40 people were killed.", [None]),
        ("According to the Aleppo toll, 40 people were killed.", [None]),  # a place, no state's seat
    ],
)
def test_a_document_s_author_and_a_seat_s_state(nlp, text, expected):
    assert sources(figures(nlp, text)) == expected


# word_order.victims_described: victims an adjective of harm describes are victims of that harm
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One of the deceased victims was a child.", [(1, "killed")]),
        ("Two of the wounded victims were children.", [(2, "wounded")]),
        ("One of the victims was a child.", [(1, "other")]),  # no harm said
        ("One of the young victims was a child.", [(1, "other")]),
    ],
)
def test_victims_described_by_their_harm(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


# tolls.value_brought_to: the value a kept count is brought to is a running total
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Across the country, 31 people were killed on Monday, bringing the monthly toll to 1,320.", [(31, False), (1320, True)]),
        ("The attack brought to 112 the number of people killed in the country this week.", [(112, True)]),
        ("Three soldiers were killed, bringing the army's death toll to 225.", [(3, False), (225, True)]),
    ],
)
def test_a_toll_brought_to_a_value_is_a_running_total(nlp, text, expected):
    assert running_totals(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two more people died of their wounds, bringing the toll from the bombing to 40.", [(2, False), (40, False)]),
        ("Two more people died, bringing the death toll in the attack to 40.", [(2, False), (40, False)]),
        ("The death toll rose to 40.", [(40, False)]),  # an update, no running total
        ("The strike killed 12 people and brought down a building.", [(12, False)]),
    ],
)
def test_one_incident_s_toll_brought_up_is_no_running_total(nlp, text, expected):
    assert running_totals(figures(nlp, text)) == expected

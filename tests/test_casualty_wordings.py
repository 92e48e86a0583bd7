"""Wordings of casualty counts (issue 13, recall on text the rules were not tuned on), each with
invented sentences, positive and negative."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # injury_object: the subject of "sustained/suffered injuries" is wounded.
        ("Three other civilians sustained wounds of varying severity in the attack.", [(3, "wounded")]),
        ("Eight people were killed and 80 sustained injuries.", [(8, "killed"), (80, "wounded")]),
        ("A man suffered a head wound in the blast.", [(1, "wounded")]),  # the wound is no person
        # burns and suffocation are injuries too (chemical attacks: "suffered suffocation")
        ("More than 35 people suffered suffocation after the shelling.", [(35, "wounded")]),
        ("Two children suffered burns in the fire.", [(2, "wounded")]),
        ("Ten people died of suffocation in the basement.", [(10, "killed")]),  # the verb says what they are
        ("Doctors recorded 58 deaths by asphyxiation after the attack.", [(58, "killed")]),
        ("The siege amounts to the slow suffocation of 400000 people.", []),  # figurative
        # Negative: what is suffered is no injury.
        ("The army suffered heavy losses near the town.", []),
        ("Two soldiers received medals for bravery.", []),
    ],
)
def test_the_subject_of_an_injury_is_wounded(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # included_in_casualties: "the injured/dead included N" counts that kind.
        ("The injured included 4 children and two women.", [(6, "wounded"), (4, "wounded"), (2, "wounded")]),
        ("The dead included seven soldiers.", [(7, "killed")]),
        # Negative: "the victims" gives no kind, and an aid delivery is no casualty.
        ("The victims included 12 children.", []),
        ("The convoy included 40 trucks and three ambulances.", []),
    ],
)
def test_what_the_casualties_included(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # vague_object_of_casualty_verb: "killed dozens this week", which NER reads as one date.
        (
            "Strikes on the city have killed dozens this week, a monitoring group says.",
            [("dozens", "killed")],
        ),
        ("Shelling has wounded hundreds this month.", [("hundreds", "wounded")]),
        # Negative: a vague count of times, and a plain date, are no figures.
        ("The army has shelled the town dozens of times this week.", []),
        ("The talks resumed this week after months of delay.", []),
    ],
)
def test_a_vague_object_of_a_casualty_verb_before_a_time(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # beyond_toll_scale: a displacement count may pass ten million; no toll of another kind does.
        ("The war has displaced 11 million people.", [(11_000_000, "displaced")]),
        ("The war has killed 11 million people.", []),
        ("The city of 11 million people was shelled.", []),
    ],
)
def test_only_the_displaced_pass_ten_million(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in_addition_to: a count added to a casualty count shares its cue.
        (
            "Rocket shells hit the clinic, injuring three nurses in addition to five patients.",
            [(3, "wounded"), (5, "wounded")],
        ),
        ("Two people were killed in addition to 12 soldiers.", [(2, "killed"), (12, "killed")]),
        # Negative: things added to other things are no casualties.
        ("The convoy carried food in addition to 40 tents.", []),
    ],
)
def test_a_count_in_addition_to_a_casualty_count(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # number_put_at: "put the number of those displaced at N" spells out what N counts.
        (
            "The UN has put the number of those displaced since December at more than 900,000 civilians.",
            [(900_000, "displaced")],
        ),
        ("The monitor put the number of people killed at 58.", [(58, "killed")]),
        # Negative: a number of things put at a value is no casualty.
        ("The ministry put the number of schools damaged at 40.", []),
    ],
)
def test_the_number_of_casualties_put_at_a_value(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # postposed_number_of: the toll spelled out after "at least", which the parse leaves loose.
        ("It rose to 47 at least, the number of people who were killed in the massacre.", [(47, "killed")]),
        # Negative: a number of villages after the figure is no toll.
        ("It rose to 47 at least, the number of villages that were shelled.", []),
    ],
)
def test_a_toll_spelled_out_after_at_least(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # local_people: "seven local loggers" counts people; "10 local time" is a time.
        ("Militants have beheaded seven local loggers, police said.", [(7, "killed")]),
        ("Gunmen killed three local journalists.", [(3, "killed")]),
        ("The blast at 10 local time killed 12 people.", [(12, "killed")]),
    ],
)
def test_local_before_people_is_no_time(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # year_then_count: a year and the count after it are two numbers ("2016 three" is not 2019).
        ("In December 2016 three police officers were wounded in the blast.", [(3, "wounded")]),
        # Negative: digits still join their scale.
        ("At least 1.5 million people have been displaced.", [(1_500_000, "displaced")]),
    ],
)
def test_a_year_before_a_count(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # toll_reached: NER reads "330 overnight" as a quantity; the toll that reached it says otherwise.
        ("The death toll reached 330 overnight, civil defence sources said.", [(330, "killed")]),
        ("Those killed overnight included 12 people, mostly aid workers.", [(12, "killed")]),
        # Negative: other things reach values; those invited are no casualties.
        ("The temperature reached 40 overnight.", []),
        ("Those invited included 12 ministers.", []),
    ],
)
def test_a_toll_reached_and_those_killed_included(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a killing named by a noun: "the slaying/murder/assassination of" one person counts one killed.
        ("Police are holding three men over the brutal killing of a preacher at the settlement.", [(1, "killed")]),
        ("The slaying of a radio reporter prompted media organizations to renew their demands.", [(1, "killed")]),
        ("The group claimed the assassination of a senior commander in the city.", [(1, "killed")]),
        # Negative: the noun's object is no person, or no one in particular.
        ("The execution of the plan was delayed by a week.", []),
        ("The killing of civilians must stop, the minister said.", []),
    ],
)
def test_a_killing_named_by_a_noun_counts_its_victim(nlp, text, expected):
    assert [(f.number, f.type) for f in figures(nlp, text) if f.part_of is None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a heading or credit ending in a colon, then the report: the count after the colon and a space
        ("Sources to the channel: Five civilians have been killed in the bombardment of the town.", [(5, "killed")]),
        ("Breaking: 12 people killed in a blast in the city.", [(12, "killed")]),
        # Negative: a time or a ratio glued to its colon or slash is no count
        ("The clashes began at 10:13 and lasted an hour.", []),
        ("The council approved the plan 3/4 in favour.", []),
    ],
)
def test_a_count_after_a_heading_colon(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a sentence-final "X reports" the tagger read as a noun still credits the figure (misread)
        ("Air raids on the Marjeh district killed at least 10 people on Friday the Syrian Observatory for Human "
         "Rights reports.", "Syrian Observatory for Human Rights"),
        # Negative: the noun reading is right
        ("A civil war broke out in 2011 and has since killed 20 people in the town, in hospital reports.", None),
    ],
)
def test_a_final_report_read_as_a_noun_credits_the_figure(nlp, text, source):
    assert [f.attributed_to for f in figures(nlp, text)][:1] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # agent_of_harm: the subject of "killed 28 and wounded 30" did the harm; a collective noun is no one person
        ("The Syrian army killed 28 and wounded 30 militants in the city.", [(28, "killed"), (30, "wounded")]),
        ("The bombing killed a police officer and wounded the army.", [(1, "killed")]),
        ("Gunmen ambushed and killed a military unit near the town.", []),
        # Negative (still a figure): a comma-less headline's second toll
        ("3 civilians killed 38 injured in the city.", [(3, "killed"), (38, "wounded")]),
    ],
)
def test_who_killed_and_bodies_of_people_are_no_victims(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an office with its holder's name: the holder, not the office's body, gives the figure
        ("Over 130 people were killed in the attack, UN Special Envoy for Syria Staffan de Mistura said Thursday.",
         "Staffan de Mistura"),
        ("Over 130 people were killed in the attack near the city on April 15 UN Special Envoy for Syria Staffan de "
         "Mistura said Thursday.", "Staffan de Mistura"),
        # Negative: an office with no name speaks for its body
        ("Seven people were killed, the spokesman for the Russian Defence Ministry said.", "Russian Defence Ministry"),
    ],
)
def test_the_holder_of_an_office_gives_the_figure(nlp, text, source):
    assert [f.attributed_to for f in figures(nlp, text)][:1] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a comma-less headline's two counts: each takes the casualty word right after it
        ("35 Dead Dozens Wounded in Terrorist Battle in Aleppo.", [(35, "killed"), ("dozens", "wounded")]),
        # Negative: a casualty word before the counted noun modifies it
        ("35 dead civilians were found in the town.", [(35, "killed")]),
    ],
)
def test_a_headline_of_two_counts_without_commas(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject makes up (part of) the casualties the object names
        ("Four militiamen and 11 fighters made up the rest of the dead, the monitor said.",
         [(15, "killed"), (4, "killed"), (11, "killed")]),  # with their implied total
        ("Forty civilians accounted for most of the dead in the town.", [(40, "killed")]),
        ("Seven children made up most of the wounded.", [(7, "wounded")]),
        # Negatives: the object names no casualties; another verb
        ("Ten people made up the delegation that visited the city.", []),
        ("Ten engineers accounted for the delay at the port.", []),
    ],
)
def test_a_count_that_makes_up_the_casualties(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "along with": those killed along with others are killed too
        ("At least 10 fighters were killed in the blast along with eight gunmen, the monitor said.",
         [(18, "killed"), (10, "killed"), (8, "killed")]),
        # Negative: "along with" after a verb that harms no one
        ("The fighters walked along with 20 villagers to the river.", []),
    ],
)
def test_a_count_killed_along_with_others(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakdown whose commas a scrape lost: each count of persons after a sub-count is a part too
        ("The monitor documented the killing of 5812 civilians including 1733 children 969 women and 3110 men.",
         [(5812, "killed"), (1733, "killed"), (969, "killed"), (3110, "killed")]),
        # Negatives: counts of things after the sub-count; a distance after a figure that is no sub-count
        ("Strikes killed 40 people including 12 children 30 houses and 2 schools.", [(40, "killed"), (12, "killed")]),
        ("Strikes killed 20 people 30 km from the city.", [(20, "killed")]),
    ],
)
def test_the_parts_of_a_breakdown_without_commas(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a number with its scale word right before a casualty word, though NER reads it as money
        ("More than 400,000 people have been killed and more than 10 million displaced.",
         [(400_000, "killed"), (10_000_000, "displaced")]),
        # Negative: money is money
        ("The fund raised more than 10 million dollars for the displaced.", []),
    ],
)
def test_a_scaled_count_before_its_casualty_word(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # constructions.speaks_next: comma-less, the noun that runs into a reporting verb is who reports
        ("The missile strike on the airbase killed four children an informed source in Homs told Sputnik Friday.",
         [(4, "killed")]),
        ("Shelling killed a child said a police source.", [(1, "killed")]),
        # negatives: the victim stays when the reporting verb has its own subject after it
        ("Gunmen killed a woman said the police.", [(1, "killed")]),
        ("A sniper killed a photographer on Monday.", [(1, "killed")]),
    ],
)
def test_a_source_run_into_the_victims_is_no_victim(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cues.claims_victims: an event that "claims" a count of people kills them
        ("A car bomb rocked the district on Tuesday claiming eight and injuring 14 citizens.",
         [(8, "killed"), (14, "wounded")]),
        ("The bombing claimed eight and injured 14.", [(8, "killed"), (14, "wounded")]),
        ("The attack claimed 12 civilians.", [(12, "killed")]),
        # negatives: a speaker claims; a count of things is no victims
        ("Rebels claimed eight and the army six.", []),
        ("The group claimed eight attacks.", []),
    ],
)
def test_an_event_that_claims_a_count_kills(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verb_frames.driven_from_home: a verb of driving with "from"/"out of" one's home is displacement
        ("Nine million have been driven from their homes including 2.6 million refugees.",
         [(9000000, "displaced"), (2600000, "displaced")]),
        ("Fighting forced 20000 people out of their homes.", [(20000, "displaced")]),
        ("Some 3000 families were forced from their villages.", [(3000, "displaced")]),
        # negatives: a journey, and a front line moving
        ("They drove 20 people from Aleppo to Homs.", []),
        ("The army pushed 300 fighters out of the town.", []),
    ],
)
def test_driven_from_home_is_displaced(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cues.own_verb_cue: a result coordinated with another casualty word is one combined count
        ("Scores of them were left killed and injured.", [("scores", "killed_or_wounded")]),
        ("Dozens were left dead and injured after the strike.", [("dozens", "killed_or_wounded")]),
        # negatives: two counts, and one result alone
        ("Twenty people were left dead and 30 wounded.", [(20, "killed"), (30, "wounded")]),
        ("Twenty people were found dead.", [(20, "killed")]),
    ],
)
def test_a_result_coordinated_with_another_is_a_combined_count(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cues.own_verb_cue: "left N dead" with "dead" read as the object, beside a coordinated verb
        ("The war has left an estimated 220000 dead and displaced approximately 12 million.",
         [(220000, "killed"), (12000000, "displaced")]),
        # negative: what is left is no casualty word
        ("The strike left 20 homes in ruins.", []),
    ],
)
def test_left_dead_beside_another_verb(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted.household_of_the_victims: the households counted victims came from are no victims
        ("Five civilians of one family were killed in the airstrikes.", [(5, "killed")]),
        ("Three children from two families were killed.", [(3, "killed")]),
        # negatives: a family's size, and families that are the victims
        ("Airstrikes killed a family of five.", [(5, "killed")]),
        ("The strike killed two families in the village.", [(2, "killed")]),
    ],
)
def test_the_household_of_counted_victims_is_no_figure(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # claims_victims: claimed as something is no killing
        ("The group issued a statement claiming eight soldiers as prisoners of war.", [(8, "detained")]),
        # speaks_next: a reduced relative clause is no report
        ("Gunmen killed a reporter said to be working for Orient News.", [(1, "killed")]),
        # driven_from_home: fighters driven from their town lose a front, not a home; leaving one's home
        ("The army pushed 200 militants out of their town.", []),
        ("The fighting forced 20 families to leave their homes.", [(20, "displaced")]),
    ],
)
def test_review_mends_casualties(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # extract.toll_the_casualties_refer_to: "among the casualties" after a toll of one type
        ("At least 47 people were killed in the massacre, and among the casualties there are 14 children.",
         [(47, "killed"), (14, "killed")]),
        ("At least 47 people were killed in the massacre, and among the victims were 14 children.",
         [(47, "killed"), (14, "killed")]),
        # negative: tolls of two types before it leave the combined count
        ("At least 20 people were killed and 50 wounded, and among the casualties there are 14 children.",
         [(20, "killed"), (50, "wounded"), (14, "killed_or_wounded")]),
    ],
)
def test_the_casualties_of_a_toll_of_one_type(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # constructions.named_among_the_counted: a definite singular among a toll's victims is one of them
        # (after a first sentence: in the lead, "the" is admitted anyway, as a first mention)
        ("The army advanced on Sunday. Clashes killed 12 fighters, including the commander of the brigade.",
         [(12, "killed"), (1, "killed")]),
        ("The convoy was hit at dawn. Five rescuers were killed, among them the driver of the ambulance.",
         [(5, "killed"), (1, "killed")]),
        # the attacker among the dead is one of them (bomber, attacker, assailant are people)
        ("The blast hit a checkpoint. Ten guards were killed, including the suicide bomber.",
         [(10, "killed"), (1, "killed")]),
        # negative: the attacker as the agent of the killing is no victim
        ("The blast hit a checkpoint. A suicide bomber killed ten guards.", [(10, "killed")]),
        # negative: "the" outside a list of the counted is not a new victim
        ("The army advanced on Sunday. Clashes killed 12 fighters. Later the commander of the brigade spoke.",
         [(12, "killed")]),
        # negative: those evacuated, not harmed
        ("Twelve people were evacuated, including the mayor.", [(12, "evacuated")]),
    ],
)
def test_a_definite_victim_named_among_the_counted(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count per unit of time is a rate, not a toll of events
        ("The envoy said one Syrian had been killed every 25 minutes over the past two days.", []),
        ("Air strikes are killing 50 people a day in the city.", []),
        ("Ten civilians die every day in the besieged districts.", []),
        ("The war kills about 100 people per day.", []),
        # negatives: a unit that is a point in time, or a span the toll covers
        ("Five people were killed a day after the truce began.", [(5, "killed")]),
        ("Two children were killed a week into the offensive.", [(2, "killed")]),
        ("Three people were killed in a day of heavy shelling.", [(3, "killed")]),
        ("Twelve people were killed over three days.", [(12, "killed")]),
    ],
)
def test_a_count_per_unit_of_time_is_a_rate(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


def qualified(found):
    return [(f.number, f.type, f.qualifier) for f in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a dozen" is one number phrase: the qualifier before its article counts
        ("More than a dozen people were killed.", [(12, "killed", "more than")]),
        ("About a dozen people were wounded.", [(12, "wounded", "about")]),
        ("Half a dozen people were killed.", [(6, "killed", "exact")]),
        # a toll that went past a count is more than it
        ("The death toll passed 5,000.", [(5000, "killed", "more than")]),
        ("The number of dead exceeded 300.", [(300, "killed", "more than")]),
        ("The death toll climbed past 20,000 on Thursday.", [(20000, "killed", "more than")]),
        # negatives: a plain count, and a passing verb with no count as its object
        ("A dozen people were killed.", [(12, "killed", "exact")]),
        ("Five people were killed as the convoy passed the checkpoint.", [(5, "killed", "exact")]),
    ],
)
def test_qualifiers_of_a_dozen_and_of_passing_a_count(nlp, text, expected):
    assert qualified(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people set free, a count denied by "neither of", the missing as "unaccounted for"
        ("Some 500 prisoners were released under the amnesty.", []),
        ("The rebels freed 20 soldiers in a swap.", []),
        ("Neither of the two journalists was hurt.", []),
        ("Eleven people remain unaccounted for.", [(11, "missing")]),
        # negatives: detained people, and a count "both of" does not deny
        ("Security forces arrested 40 protesters.", [(40, "detained")]),
        ("Both of the two journalists were hurt.", [(2, "wounded")]),
    ],
)
def test_counts_set_free_denied_or_unaccounted_for(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition says again who (or what) a count counted
        ("Gunmen killed two men, a father and his son.", [(2, "killed")]),
        ("The army said it killed 30 terrorists, a figure that could not be verified.", [(30, "killed")]),
        ("Gunmen killed a teacher, a father of three.", [(1, "killed")]),
        # the object of a verb whose conjunct is passive is no victim of it
        ("The army said 20 soldiers crossed the border and were killed.", [(20, "killed")]),
        # negative: a list the parser reads as an apposition (or splits into subjects) names more people:
        # one total of the three, then each item
        ("A nurse, a driver and a guard were killed.", [(3, "killed"), (1, "killed"), (1, "killed"), (1, "killed")]),
    ],
)
def test_an_apposition_restates_the_count(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # "including" hung on the verb, after place and time phrases; the second item too
        ("Thirty people were killed in Aleppo on Monday, including 10 children.", [10]),
        ("Thirty people were killed, including 10 children and eight women.", [10, 8]),
        # "among the dead" in the next sentence: the dead counted before
        ("Thirty people were killed on Monday. Among the dead were 10 children.", [10]),
        ("Thirty people were killed on Monday. Ten children were among the dead.", [10]),
        # negatives: a larger part is no part; "among" a count of its own
        ("Five people were killed on Monday. Among the dead were 10 children.", []),
        ("Thirty people were killed on Monday. Ten children were among 12 dead in a second strike.", [10]),
    ],
)
def test_parts_of_a_toll_hung_on_its_verb_or_named_among_the_dead(nlp, text, parts):
    found = figures(nlp, text)
    by_id = {f.figure_id: f for f in found}
    linked = [f.number for f in found if f.part_of is not None]
    assert linked == parts
    if "12 dead" in text:
        assert [by_id[f.part_of].number for f in found if f.part_of] == [12]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men were hanged in the square.", [(2, "killed")]),  # "hanged", the verb of executions
        ("Rebels hanged banners across the street.", []),
    ],
)
def test_the_hanged_are_killed(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle bringing a bare total to a count: the total of the clause's type
        ("Twenty people were killed, bringing the total to 400.", [(20, "killed"), (400, "killed")]),
        ("Twenty people were wounded on Monday, bringing the total to 400.", [(20, "wounded"), (400, "wounded")]),
        # negative: a total of things, after no casualty clause
        ("The convoy brought the total to 40 trucks.", []),
    ],
)
def test_a_running_total_takes_its_clauses_type(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "cumulative"),
    [
        # the war as the subject of any verb of harm: a war-wide toll, cumulative
        ("The war has displaced 13 million Syrians.", True),
        ("The war has wounded 5,000 children.", True),
        ("The conflict has forced 6 million people to flee the country.", True),
        # negative: one strike's toll
        ("The strike wounded 50 children on Monday.", False),
    ],
)
def test_a_war_wide_toll_of_any_harm_is_cumulative(nlp, text, cumulative):
    assert [f.cumulative for f in figures(nlp, text)] == [cumulative]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review: people listed after a count, more than it names, are more victims
        ("The strike killed 10 civilians, a rebel commander and his bodyguard.",
         [(10, "killed"), (2, "killed"), (1, "killed"), (1, "killed")]),
    ],
)
def test_review_a_list_after_a_count_is_no_restatement(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # foreseen_harm: a harm under a modal, or the infinitive of a word of plan or expectation
        ("Up to 700,000 people could be displaced by the offensive.", []),
        ("Some 3,000 people are due to be evacuated on Friday.", []),
        ("Some 3,000 people are expected to be evacuated on Friday.", []),
        ("The UN plans to evacuate 5,000 people.", []),
        # threats and attempts, and a counterfactual perfect
        ("The group threatened to kill 15 hostages.", []),
        ("The rebels vowed to kill 100 soldiers.", []),
        ("Gunmen tried to arrest two residents of the town.", []),
        ("Had the shelter not held, 200 people would have died.", []),
        # (a doubt whether people are trapped now is no harm to come: "may be trapped" counts)
        # negatives: a harm that happened, a hedged past event, a toll that may rise after it
        ("Some 3,000 people were evacuated on Friday.", [(3000, "evacuated")]),
        ("The shelling may have killed 40 people, activists said.", [(40, "killed")]),
        ("The strike killed 12 people, and the toll could rise.", [(12, "killed")]),
        ("The rebels began to evacuate 300 wounded fighters.", [(300, "evacuated")]),
        ("The army killed 30 fighters who had threatened to attack.", [(30, "killed")]),
        # a projected toll is annotated as a figure (the gold's practice)
        ("The death toll could reach as many as 200, a doctor said.", [(200, "killed")]),
    ],
)
def test_a_harm_foreseen_is_no_figure(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's count as its verb's or preposition's object, then a colon and the source it credits
        ("Clashes in Sweida kill 89: monitor", [(89, "killed")]),
        ("Toll from Douma chemical attack climbs to 70: rescuers", [(70, "killed")]),
        # negatives: a colon after a number that numbers a thing
        ("The council adopted Resolution 2254: the text backs a ceasefire.", []),
        ("Shelling killed people on Day 3: the army denied it.", []),
    ],
)
def test_a_headline_count_before_a_credit_colon(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part taken from a group a word before the noun describes suffers another harm: the verb counts
        # the part, the group's own word counts the group
        ("Two of the five abducted men were later found dead.", [(2, "killed"), (5, "detained")]),
        ("Police found the bodies of 3 of the 12 kidnapped workers.", [(3, "killed"), (12, "detained")]),
        ("Four of the 30 wounded fighters were evacuated to Turkey.", [(4, "evacuated"), (30, "wounded")]),
        # negatives: a casualty word after the group's noun makes the group's count the toll (the part a
        # copula names is its sub-count: partitives.sub_count_of_a_written_whole)
        ("One of two people killed in the strike was a child.", [(1, "killed"), (2, "killed")]),
        ("Two of the 40 passengers were wounded.", [(2, "wounded")]),
    ],
)
def test_a_part_of_a_group_described_before_its_noun(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # next_victims_of_a_list: an item's modifier does not end the list of counted persons
        ("The dead included 44 civilians, 102 fighters from the rebel alliance and 109 soldiers.",
         [(44, "killed"), (102, "killed"), (109, "killed")]),
        ("The strike killed 44 civilians from the town and 30 soldiers.", [(44, "killed"), (30, "killed")]),
        # negative: a count in a clause of another verb
        ("The strike killed 44 civilians near the school, 30 children attended class nearby.", [(44, "killed")]),
    ],
)
def test_the_next_victims_of_a_list_after_a_modifier(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted "of" phrase naming the counted: its parts count even with no toll before them
        ("Of those killed, 23 were regime soldiers and 17 were members of militias.", [(23, "killed"), (17, "killed")]),
        ("Of the wounded, 12 were children.", [(12, "wounded")]),
        # negative: "of them" names no kind, and with no toll before counts nothing
        ("Of them, 12 were children.", []),
    ],
)
def test_parts_after_a_fronted_of_phrase_naming_the_counted(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


def test_parts_after_a_fronted_of_phrase_are_parts_of_the_toll_before(nlp):
    found = figures(nlp, "Air strikes killed 40 people. Of those killed, 23 were soldiers and 17 were militiamen.")
    assert pairs(found) == [(40, "killed"), (23, "killed"), (17, "killed")]
    assert [f.part_of for f in found[1:]] == [found[0].figure_id] * 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count's own noun of death or wound beats a combined "casualty" toll it is given in
        ("The casualty toll rose to 80 dead.", [(80, "killed")]),
        ("Rescuers counted 142 casualties, including 61 deaths.", [(142, "killed_or_wounded"), (61, "killed")]),
        # negatives: both kinds named, or none
        ("The casualty toll rose to 80 dead and wounded.", [(80, "killed_or_wounded")]),
        ("The strikes left 60 casualties.", [(60, "killed_or_wounded")]),
    ],
)
def test_a_counts_own_noun_beats_a_combined_toll(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people going home, described by their displacement
        ("Some 1,500 displaced people returned to their homes on Sunday.", []),
        # negatives: the harm itself; people given aid or shelter are counted as what they are; a part returned
        ("The offensive displaced 50,000 people, the UN said.", [(50000, "displaced")]),
        ("WFP delivered food to 50,000 displaced people in the camps.", [(50000, "displaced")]),
        ("Eight of the 50 displaced families returned.", [(50, "displaced")]),
        ("The army opened corridors to provide safe passage for the 250,000 civilians trapped in rebel areas.",
         [(250000, "trapped")]),
    ],
)
def test_people_returned_are_no_figure(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # under_the_rubble: people still under a collapsed building are trapped
        ("Fifteen people remain under the rubble.", [(15, "trapped")]),
        ("Thirty people are believed buried under the rubble.", [(30, "trapped")]),
        ("Five people were killed and 12 remain under the rubble.", [(5, "killed"), (12, "trapped")]),
        # survivors pulled out of it are rescued, no figure (5 December brief: rescued is no guidelines type)
        ("Rescuers pulled 12 survivors from under the debris.", []),
        # negatives: bodies are the dead; survivors found are no rescue
        ("Twelve bodies lie under the rubble.", [(12, "killed")]),
        ("The 15 dead remain under the rubble.", [(15, "killed")]),
        ("The army found 12 survivors of the massacre.", []),
    ],
)
def test_people_under_the_rubble_and_survivors_pulled_out(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "those" and a participle of harm as the subject whose number the verb gives
        ("Those killed were 44 civilians.", [(44, "killed")]),
        ("Those wounded numbered 120.", [(120, "wounded")]),
        ("Those arrested were 9 journalists.", [(9, "detained")]),
        # negative: "those" with no harm said
        ("Those who spoke were 4 officials.", []),
        ("Those killed were members of 2 families.", []),
    ],
)
def test_those_harmed_as_the_subject_of_their_number(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review: a group a harm word describes is the figure when its part suffers no other harm
        ("Two of the 15 injured people are in critical condition.", [(15, "wounded")]),
        ("Two of the nine killed civilians were children.", [(2, "killed"), (9, "killed")]),  # 2: a sub-count
        # review: a harm stated now, however hedged, or by the counted noun's own word, is no harm foreseen
        ("20 people could still be trapped under the rubble.", [(20, "trapped")]),
        ("Doctors hope to treat the 70 wounded civilians.", [(70, "wounded")]),
        # review: a list whose first item has its own harm word gives the others none
        ("The convoy carried 44 wounded civilians, 102 fighters and 300 women.", [(44, "wounded")]),
        ("The regime released 60 detainees, 20 women and 10 children.", []),
    ],
)
def test_review_partitives_foreseen_harm_and_lists(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected

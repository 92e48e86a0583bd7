"""Casualty constructions of outlets' prose beyond the gold's: care given to the harmed
(verb_frames.receiving_treatment), a toll the parse took for the object of the report before it
(toll_cues.toll_read_as_report_object), an unnamed source read before that names no body
(source_names.resolve_description), a verbless headline's "X among N killed", a participle with a count of its
own opening the next clause, a victim's own kin with them, people a rescue still strives to reach, ages
after "aged" (ages.age_after_aged), a value brought to before its kept count
(toll_cues.count_brought_to_before_its_noun), a comma-less credit after a toll (counted.credit_after_a_toll),
"aged" read as the main verb (governing.predicate_after_aged), "of" after a noun of harm (counted.harm_noun_before_of), the life
of someone (constructions.life_of_someone), who takes a life (not_victims.takes_lives), "a fourth" as one more
(constructions.one_more_by_its_ordinal), "numbering 60" (governing_cue), "they are 12 children" after a toll
(governing.the_counted_named_again), "a 10-year-old" (constructions.an_age_for_a_person), a part "of them" from one household
(partitives.part_from_one_origin), a part of its own sentence's toll (extract.parts_of_an_earlier_toll) and a
second clause that leaves out its verb of harm (lists.gapped_clause_of_the_same_harm) "both pilots" (pairs.both_of_a_pair) and a toll spelled out after a rise whose value NER took for a date
(counts.toll_after_rise with cues.postposed_number_of), and a part "of whom" after a day the comma before it lost
(partitives.part_after_a_date) or under a "were" the parse made the main verb (types.classify), and a condition of
breathing suffered or symptoms shown (cues.names_an_injury); "the US-based group" names no source
(source_names.only_a_base_before); a later sentence that gives an earlier toll again repeats it (dedupe.restates); the body an anonymous source sits
in, written lower-case, and the outlet it told (source_owners.body_of_an_anonymous_source, attribution.told_recipient).
Invented sentences,
positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 40 villagers needed hospital treatment after the blast, the governor said.", (40, "wounded")),
        ("Dozens more have received treatment for breathing problems.", (None, "wounded")),
        ("Some 25 people required medical care after the shelling of the market.", (25, "wounded")),
        ("Twelve people are undergoing treatment in a field clinic.", (12, "wounded")),
    ],
)
def test_people_given_treatment_are_wounded(nlp, text, expected):
    assert expected in found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "More than 300,000 people in the northern province need urgent medical care.",  # a need, not a harm
        "Thousands of refugees require treatment for chronic illnesses.",
        "Doctors gave treatment to 40 patients in the camp.",  # care given by the subject
        "The 300 fighters received training in Jordan.",  # what they received is no care
    ],
)
def test_a_need_for_care_or_care_given_is_no_figure(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The monitor said on Monday the death toll from an air raid on a market in the town of Sarmin, east of "
         "Idlib, had risen to 37.", (37, "killed")),
        ("The monitor said a strike killed nine people. Rescuers said the death toll from the collapse of two "
         "buildings near the river, in the old quarter, had climbed to 19.", (19, "killed")),
    ],
)
def test_a_toll_read_as_the_object_of_a_report_gives_its_value(nlp, text, expected):
    assert expected in found(nlp, text)


def test_a_report_whose_content_has_its_own_subject_reads_no_toll_from_its_object(nlp):
    # "the toll" is the object of "disputed"; the clause after it has a subject of its own
    assert found(nlp, "The army disputed the toll, saying the figures had risen to 37 because of propaganda.") == []


def test_an_unnamed_monitor_read_before_names_no_source_for_a_later_one(nlp):
    text = "A monitoring group said air strikes killed nine people in the town. A monitoring group said a second strike killed at least 14 people."
    assert [(f.number, f.attributed_to) for f in figures(nlp, text)] == [(9, None), (14, None)]


def test_a_monitor_described_after_the_article_named_it_takes_its_name(nlp):
    text = (
        "The Syrian Observatory for Human Rights said air strikes killed nine people in the town. "
        "The Britain-based monitor said a second strike killed at least 14 people."
    )
    assert (14, "Syrian Observatory for Human Rights") in [(f.number, f.attributed_to) for f in figures(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # constructions.one_more_of_the_counted: "a fourth" object of a verb of harm, one more of those counted
        ("A shell hit the school, killing three teachers and injuring a fourth.", [(3, "killed"), (1, "wounded")]),
        # verb_frames.taken_captive: "hostage" right after the object, wherever the parse hung it
        ("The gunmen took an estimated 70 villagers hostage south of the town.", [(70, "detained")]),
        # counts.toll_after_rise and governing.governing_cue: a value NER read as a time with the word after it
        ("Local officials put the death toll at 12 earlier.", [(12, "killed")]),
        # types.harm_noun_before_of: the noun of harm right before "of" types its count
        ("The shells caused the death of two women and injury of nine others.", [(2, "killed"), (9, "wounded")]),
        # counted.count_after_a_harm_word and verb_read_past: a bare verb of harm the tagger read as a noun
        ("Car bombs kill 14 injure dozens in two cities", [(14, "killed"), (None, "wounded")]),
    ],
)
def test_constructions_of_wider_prose_give_their_figures(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The rebels took two towns and won a third battle.",  # an ordinal of no person
        "The army took 30 trucks hostage.",  # no people to hold
        "The vote was put at 12 earlier in the day.",  # no toll put at the value
        "The fire caused the destruction of two houses and loss of nine cars.",  # no noun of harm before "of"
    ],
)
def test_look_alikes_of_wider_prose_are_no_figures(nlp, text):
    assert found(nlp, text) == []


def parts(nlp, text: str) -> list[tuple[int | None, str, bool]]:
    """(number, type, whether it is a part of another figure) of each figure found."""
    return [(f.number, f.type, f.part_of is not None) for f in figures(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # constructions.among_the_counted_in_a_headline: a verbless headline names one of the toll's victims
        ("Journalist among five killed in shelling", [(1, "killed", True), (5, "killed", False)]),
        ("Local nurse among 12 dead as bombs hit clinic", [(1, "killed", True), (12, "killed", False)]),
    ],
)
def test_a_headline_naming_one_among_a_toll_gives_a_part_of_one(nlp, text, expected):
    assert sorted(parts(nlp, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Minister among guests at the opening ceremony",  # among people who were not harmed
        "Hospital among five buildings hit in shelling",  # a building, not a person
    ],
)
def test_a_headline_naming_one_among_what_is_no_toll_gives_no_part(nlp, text):
    assert all(number != 1 for number, _ in found(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # word_order.cue_with_its_own_count: the participle after the people has a count of its own, so it
        # opens the next clause of a headline whose commas were lost; the verb before the count is the count's
        ("Rocket Attacks Kill 10 Civilians Injured Dozens in Border Town", (10, "killed")),
        ("Car Bomb Kills 7 Soldiers Wounded 12 Civilians", (7, "killed")),
        ("The army killed 20 people injured 41 in the town", (20, "killed")),
    ],
)
def test_a_participle_with_its_own_count_opens_the_next_clause(nlp, text, expected):
    assert expected in found(nlp, text)


def test_a_participle_with_a_time_after_it_still_describes_the_people(nlp):
    # "injured 2 days ago" dates the injury: the people counted are the injured
    assert (10, "evacuated") in found(nlp, "Rescuers evacuated 10 civilians injured 2 days ago.")


def test_a_part_of_a_group_is_a_count_of_people(nlp):
    # "the group" here is the people the count is taken from, not a body that counts no one
    assert found(nlp, "The strike killed eight of the group, a monitor said.") == [(8, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # governing.own_kin: "with" someone's own kin, hung on the victim or on the verb
        ("The air strike killed a woman with four of her children.", (4, "killed")),
        ("A woman was killed with four of her children in the air strike.", (4, "killed")),
    ],
)
def test_a_victim_s_own_kin_with_them_share_the_harm(nlp, text, expected):
    assert expected in found(nlp, text)


def test_a_victim_s_family_described_with_with_is_no_count(nlp):
    # "a man with five children": his family, not people harmed with him
    assert found(nlp, "The strike killed a man with five children, his brother said.") == [(1, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # governing.governing_cue: those "with" a victim share the victim's harm
        ("A strike killed a woman with four of her children on Sunday.", (4, "killed")),
        ("A mother with her three children was killed in the raid.", (3, "killed")),
        ("The shelling wounded a man with two of his sons.", (2, "wounded")),
    ],
)
def test_people_with_a_victim_share_the_harm(nlp, text, expected):
    assert expected in found(nlp, text)


def test_a_victim_s_years_with_a_unit_are_no_count(nlp):
    assert found(nlp, "A soldier with 20 years of service was killed.") == [(1, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verb_frames.still_to_be_pulled_out: a rescue still striven for leaves the people trapped
        ("Rescuers were working to pull about 20 people out of the rubble.", [(20, "trapped")]),
        ("Crews are trying to reach 15 people under the debris of the building.", [(15, "trapped")]),
        # done, or bodies, or no rubble: not trapped
        ("Rescuers pulled 20 people alive from the rubble.", []),
        ("Rescuers worked all night and pulled 20 people out of the rubble.", []),
        ("Rescuers worked to pull 20 people out of the rubble, and 12 of them were alive.", []),  # told as done
        ("Teams continued to pull 30 people from the rubble alive on Monday.", []),
        ("Rescuers were working to pull 12 bodies out of the rubble.", [(12, "killed")]),
        ("Teams were trying to reach 30 families cut off by the snow.", []),
    ],
)
def test_people_a_rescue_still_strives_to_reach_are_trapped(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ages.age_after_aged: the number or range after "aged" gives ages, the count stands before the noun
        ("The children aged from four to 10 were killed in the strike.", []),
        ("Three children aged between four and 10 were killed.", [(3, "killed")]),
        ("Three children aged 10 were killed.", [(3, "killed")]),
    ],
)
def test_ages_after_aged_are_no_count(nlp, text, expected):
    assert found(nlp, text) == expected


def test_a_range_of_people_stays_a_count(nlp):
    assert found(nlp, "Strikes killed from four to 10 people in the town.") == [(10, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the value before the kept count it is brought to, a comma-less credit after
        ("The raids took to 64 the number of civilians killed in the province this month said the monitor.", [(64, "killed")]),
        # a comma-less credit after a toll's value: the sources say it, the value does not count them
        ("The death toll reached 210 overnight rescue sources told a news agency.", [(210, "killed")]),
    ],
)
def test_a_toll_s_value_before_its_count_or_its_credit(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The protesters took to the streets and the number of people killed rose.", []),  # no value
        ("The raids raised to 12 the number of schools destroyed this month.", []),  # no people
        ("The death toll rose to 45 civilians, activists said.", [(45, "killed")]),  # the civilians are counted
        ("The shelling brought to 31 the number of people wounded this week.", [(31, "wounded")]),  # its usual order
        ("The toll rose to 45 medical sources said.", [(45, "killed")]),
    ],
)
def test_no_value_or_counted_people_stay_as_they_are(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse takes "aged" for the main verb; the clause after the ages is the predicate
        ("Ten children aged four to 12 were killed in the strike.", [(10, "killed")]),
        ("Ten children aged four to 12 attended the school.", []),  # no harm in that predicate
    ],
)
def test_the_predicate_after_an_aged_read_as_a_verb(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelling led to the martyrdom of 5 civilians.", [(5, "killed")]),
        # "of" is the injury's, though the parse hangs it on the child: no kin of a victim
        ("The attack caused the death of one child and injury of 13 others.", [(1, "killed"), (13, "wounded")]),
        # the life is the person's, counted once with them
        ("Mortar shells claimed the life of a child.", [(1, "killed")]),
        # who takes a life did the killing
        ("The sniper took the life of a nurse on Monday.", [(1, "killed")]),
    ],
)
def test_nouns_of_death_and_lives_of_someone(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The martyrdom of the saint is marked every year.", []),
        ("The wives of five fighters were among the dead.", []),  # the kin of the five, not five
        ("Mortar shells claimed another life.", [(1, "killed")]),
        ("A soldier lost his life in the ambush.", [(1, "killed")]),  # who loses a life is the victim
    ],
)
def test_a_kin_holder_or_a_life_that_stays(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a" and an ordinal tagged an adjective: one more person of those just counted
        ("Three people were killed and a fourth was wounded.", [(3, "killed"), (1, "wounded")]),
        # a participle that gives its noun's count
        ("The dead, numbering more than 60, were buried on Friday.", [(60, "killed")]),
    ],
)
def test_one_more_by_its_ordinal_and_a_count_by_numbering(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were killed and the fourth was wounded.", [(3, "killed")]),  # "the": one already counted
        ("Two died and a fifth of the town was destroyed.", [(2, "killed")]),  # a fraction, no person
        ("The refugees, numbering 4,000, crossed the border.", []),  # no harm in the noun
    ],
)
def test_an_ordinal_or_a_numbering_that_adds_no_one(nlp, text, expected):
    assert found(nlp, text) == expected


def test_they_are_names_the_parts_of_the_toll_before(nlp):
    # "they are 12 children and 9 women": a pronoun pointing back to people just counted names who they were
    got = figures(nlp, "The number of people who were killed in the shelling rose to 47, they are 12 children and 9 women.")
    toll = next(f for f in got if f.number == 47)
    parts = {(f.number, f.type) for f in got if f.part_of == toll.figure_id and f.number in (12, 9)}
    assert parts == {(12, "killed"), (9, "killed")}


def test_they_are_with_no_toll_before_names_no_one(nlp):
    assert found(nlp, "They are 12 soldiers stationed near the border.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review: a clause of its own after a toll, joined by "and": its subject is no credit and no victim
        ("The death toll rose to 30 on Friday and 12 activists reported new shelling in the town.", [(30, "killed")]),
        # review: who takes their own life is the one who died
        ("Four detainees took their own lives in prison last month.", [(4, "killed")]),
        # review: "they were" after a count of no harm, or in another sentence, names no part of a toll
        ("Airstrikes killed 20 people in the town. Rebels later released 40 prisoners; these were 30 soldiers and 10 officers.",
         [(20, "killed")]),
        ("Shelling killed 30 people on Friday. Rebels freed a group of hostages; they were 12 soldiers and 3 officers.",
         [(30, "killed")]),
    ],
)
def test_review_credits_own_lives_and_they_were(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's noun read as the object of the verb of saying
        ("Activists say child killed by sniper in Northtown", [(1, "killed")]),
        ("Monitor reports child wounded by sniper", [(1, "wounded")]),
        ("Activists say soldiers killed in ambush", []),  # a bare plural counts no one
    ],
)
def test_a_reported_headline_read_as_an_object(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age with "a" and no noun after it stands for one person
        ("A 10-year-old was among those killed.", [(1, "killed")]),
        ("A 35-year-old was killed by a sniper.", [(1, "killed")]),
        ("A 10-year-old won the prize.", []),  # no harm
        ("The building is a 100-year-old landmark.", []),  # an age of a thing, with its noun
    ],
)
def test_an_age_for_a_person(nlp, text, expected):
    assert found(nlp, text) == expected


# ---- partitives.part_from_one_origin, extract.parts_of_an_earlier_toll: "six of them from the same family"


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        ("Ten people were killed on Monday, six of them from the same family.", (10, "killed"), (6, "killed")),
        ("Twenty were wounded in the shelling, eight of them from one village.", (20, "wounded"), (8, "wounded")),
        ("Nine civilians died in the strike, four of them from a single household.", (9, "killed"), (4, "killed")),
    ],
)
def test_a_part_from_one_household_is_a_sub_count_of_the_toll(nlp, text, whole, part):
    figs = figures(nlp, text)
    top = [(f.number, f.type) for f in figs if f.part_of is None]
    parts = [(f.number, f.type) for f in figs if f.part_of is not None]
    assert top == [whole] and parts == [part]


@pytest.mark.parametrize(
    "text",
    [
        "Ten rockets hit the town on Monday, two of them from the same launcher.",  # no toll to be part of
        "Six of them from the same family arrived at the camp on Sunday.",  # no toll before
    ],
)
def test_a_part_from_one_household_needs_a_toll(nlp, text):
    assert found(nlp, text) == []


# ---- types.classify: a count's own word of harm inside "casualties included"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Casualties included 14 dead and 60 injured.", [(14, "killed"), (60, "wounded")]),
        ("The casualties of the raid include 10 dead.", [(10, "killed")]),
        ("Among the casualties were 20 children.", [(20, "killed_or_wounded")]),  # no word of its own
    ],
)
def test_a_count_s_own_word_of_harm_wins_over_casualties(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "part_of_number"),
    [
        # second review: the part of its own sentence's toll of its type, not an earlier sentence's
        ("Forty people were wounded in the north. In the south, 12 people were killed and 25 were wounded, 9 of them "
         "seriously.", 25),
        ("Twelve soldiers were killed and 20 were wounded, five of them seriously.", 20),
    ],
)
def test_a_part_of_them_belongs_to_its_own_sentence_s_toll_of_its_type(nlp, text, part_of_number):
    figs = figures(nlp, text)
    by_id = {f.figure_id: f for f in figs}
    parts = [f for f in figs if f.part_of is not None]
    assert len(parts) == 1 and by_id[parts[0].part_of].number == part_of_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty-two people were killed on Monday and another nine on Tuesday.", [(22, "killed"), (9, "killed")]),
        ("Four soldiers were killed in Hama and three more in Idlib.", [(4, "killed"), (3, "killed")]),
        ("The shelling killed 10 people in Aleppo, and at least six others in Idlib.", [(10, "killed"), (6, "killed")]),
        ("Eight were killed in the first strike, and 12 in the second.", [(8, "killed"), (12, "killed")]),
        ("At least 15 people were wounded on Friday, and a further 20 on Saturday.", [(15, "wounded"), (20, "wounded")]),
        ("Six people were killed on Friday and 40 on Saturday, the monitor said.", [(6, "killed"), (40, "killed")]),
        ("Seven rebels were killed, as were three soldiers.", [(7, "killed"), (3, "killed")]),
        ("Twenty were killed in Aleppo and dozens more in Idlib.", [(20, "killed"), (None, "killed")]),
        ("Four soldiers were killed in Hama and three in Idlib.", [(4, "killed"), (3, "killed")]),
    ],
)
def test_a_clause_that_leaves_out_its_verb_of_harm_counts_more_victims(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The strike killed ten people and two horses.",  # things, not persons
        "Five people were killed in the strike and three days of mourning were declared.",
        "Ten people were killed and 20 buildings in Idlib.",
        "Six people were killed in the fighting between Aleppo and 40 villages in Idlib.",
        "Ten people were killed in Aleppo, as was reported by 3 outlets.",
        # a state other than the harm, or a part or a total of the first count
        "Ten people were killed in the blast and two in critical condition, a doctor said.",
        "Three people were killed and 12 in hospital after the shelling.",
        "Fifty people were killed in the raid and 12 in custody.",
        "At least 60 people were killed across Syria on Friday, and 25 in Aleppo alone.",
        "Over 1,000 civilians were killed in 2016, and 400 in December.",
        "More than 300 people have been killed in the city since April, and 70 in the past week.",
        "Twelve people were killed in the town on Monday and 80 since the start of the offensive.",
        "Twenty people were wounded, and two in serious condition.",
    ],
)
def test_a_count_with_no_gapped_verb_of_harm_is_no_second_figure(nlp, text):
    assert len(found(nlp, text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both pilots were killed.", [(2, "killed")]),
        ("Both brothers died on the way to hospital.", [(2, "killed")]),
        ("Militants captured both journalists.", [(2, "detained")]),
        # negatives: the correlative "both ... and" names two groups, no count; "both" of things
        ("Both civilians and fighters were killed.", []),
        ("Both cars were destroyed.", []),
        ("Both sides lost ground.", []),
    ],
)
def test_both_counts_two_persons(nlp, text, expected):
    assert found(nlp, text) == expected


def test_both_of_someone_s_kin_is_no_pair_of_its_own(nlp):
    # the kin are read with whom they belong to ("the boy"), never a part of two under that person
    assert not any(f.number == 2 for f in figures(nlp, "Both parents of the boy were wounded."))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rose to 54, the number of people who were killed in 2 massacres.", (54, "killed")),
        ("The toll may rise further, as there are still people missing under the ruins of homes destroyed by the "
         "shelling, which rises to 38, including 6 children, the number of people who were killed in the town.", (38, "killed")),
    ],
)
def test_a_toll_spelled_out_after_its_rise(nlp, text, expected):
    assert expected in found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "It rose to 54, the number of schools that were closed.",  # a count of things
        "The price rose to 54, the highest in a decade.",
    ],
)
def test_a_rise_with_no_toll_spelled_out_is_no_figure(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "A total of 46 civilians were killed on Saturday, 12 of whom were children.",  # "were" read as the main verb
        "46 civilians were killed on Saturday 12 of whom were children.",  # comma lost: NER's "Saturday 12"
        "Airstrikes killed 46 civilians yesterday 12 of them children.",
        "46 civilians were killed on Saturday, 12 of whom were women and children.",  # "women" read as a subject
        "46 civilians were killed on Saturday 12 of whom were women and children.",
    ],
)
def test_a_part_of_whom_after_a_day_is_a_sub_count(nlp, text):
    figs = figures(nlp, text)
    assert [(f.number, f.type) for f in figs] == [(46, "killed"), (12, "killed")]
    assert figs[1].part_of is not None and figs[1].group in ("children", "women")


@pytest.mark.parametrize(
    "text",
    [
        "The talks resume on Saturday 12 of March.",  # a date
        "The army said today 30 of them had surrendered.",  # a part that was not harmed, no toll before
        "Since yesterday 12 of the wounded were discharged.",  # "yesterday" counts only before "of them"
    ],
)
def test_a_day_and_a_number_without_a_toll_are_no_part(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 200 people suffered breathing difficulties after the gas attack.", (200, "wounded")),
        ("Thirty civilians suffered respiratory problems.", (30, "wounded")),
        ("At least 60 people showed symptoms of chlorine exposure.", (60, "wounded")),
        ("Dozens suffered from breathing problems.", (None, "wounded")),
        ("Forty people showed symptoms of suffocation.", (40, "wounded")),
        ("Nine people suffered cases of suffocation.", (9, "wounded")),
    ],
)
def test_a_condition_of_breathing_or_symptoms_are_injuries(nlp, text, expected):
    assert expected in found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Some 200 families suffered financial problems.",  # a condition of something else
        "The 30 patients showed improvement.",
        "Aid workers said 40 people have problems finding bread.",
        "Six firefighters showed no symptoms of poisoning.",  # none
        "A thousand people showed symptoms of cholera.",  # a disease
        "Twelve children showed symptoms of hypothermia after their tents flooded.",
    ],
)
def test_a_condition_that_is_no_injury_is_no_figure(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The US-based group said 12 were killed.", None),  # where a body sits says not who it is
        ("The Beirut-based group said 12 were killed in Idlib.", None),
        # negatives: a body described by more than its base keeps its words; one named before is meant
        ("The Moscow-based Russian center for reconciliation said 12 were killed.", "Russian Center for Reconciliation"),
        ("Human Rights Watch said 3 died. The New York-based group said 12 were killed.", "Human Rights Watch"),
    ],
)
def test_a_base_alone_describes_no_source(nlp, text, source):
    (figure,) = [f for f in figures(nlp, text) if f.number == 12]
    assert figure.attributed_to == source


def test_others_in_a_gapped_clause_are_other_people(nlp):
    figs = figures(nlp, "Two children were wounded in the blast and four others in a second explosion.")
    assert [(f.number, f.type, f.group) for f in figs] == [(2, "wounded", "children"), (4, "wounded", "people")]


def test_more_than_a_toll_given_again_counts_once(nlp):
    figs = figures(nlp, "More than 40 people were killed in the market.\n\nMedics said more than 40 people died.")
    assert [f.repeats is not None for f in figs] == [False, True]


def test_a_toll_given_again_later_in_the_article_counts_once(nlp):
    text = (
        "At least 11 people were killed in an air strike on a market in Atareb, the monitor said.\n\n"
        "Rescuers said the 11 dead included four children.\n\n"
        '"Eleven people died here," a witness said.'
    )
    figs = [f for f in figures(nlp, text) if f.number == 11]
    assert len(figs) == 3
    assert figs[0].repeats is None and figs[1].repeats == figs[2].repeats == figs[0].figure_id


@pytest.mark.parametrize(
    "text",
    [
        # more victims, other victims, another place or time, or a small count that recurs by chance
        "Eleven people were killed in the town on Monday.\n\nAnother 11 were killed in clashes at the border.",
        "Eleven people were killed in the town.\n\nThe shelling also killed 11 others in the countryside.",
        "Twelve civilians were killed in the strikes.\n\nTwelve rebels died in the fighting.",
        "Five people were killed in Aleppo on Monday.\n\nIn Idlib, five people were killed by shelling.",
        "Five people were killed in the town.\n\nThe strike came a day after five people were killed in the camp.",
        "Shelling killed three civilians, the agency said.\n\nIn a separate attack, three people were killed by a mortar.",
        "A car bomb killed nine people in the town on Monday.\n\nThe next day, nine people were killed by shelling.",
        "At least 12 government fighters were killed in the clashes.\n\nTwelve opposition fighters died in the fighting.",
        "A raid on the town killed 11 people on Monday.\n\nIn August 2013, 11 people were killed in a similar raid.",
        "A man was killed by a sniper in the town.\n\nIn the village, a man was killed when a shell hit his home.",
    ],
)
def test_the_same_count_of_other_victims_is_no_repeat(nlp, text):
    assert not any(f.repeats for f in figures(nlp, text))


@pytest.mark.parametrize("count", ["two", "five", "7", "12"])
def test_a_source_at_a_body_written_lower_case_told_an_outlet(nlp, count):
    (figure,) = figures(nlp, f"A source at the Homs police command told SANA that {count} people were killed.")
    assert (figure.attributed_to, figure.relayed_by) == ("Homs Police Command", "SANA")


@pytest.mark.parametrize(
    "text",
    [
        "A medical source in Aleppo told SANA that five people were killed.",  # a place, no body
        "A source at the police command told SANA that five people were killed.",  # which command is not said
    ],
)
def test_a_source_in_no_named_body_stays_unattributed(nlp, text):
    (figure,) = figures(nlp, text)
    assert figure.attributed_to is None


def test_an_updated_toll_counts_once_with_the_count_it_updates(nlp):
    figs = figures(nlp, "Airstrikes killed 12 people in Idlib on Tuesday.\n\nThe toll has since risen to 19.")
    assert [(f.number, f.repeats is None) for f in figs] == [(12, False), (19, True)]
    assert figs[0].repeats == figs[1].figure_id


@pytest.mark.parametrize(
    "text",
    [
        "Airstrikes killed 12 people on Tuesday.\n\nThe toll from last week's attack on the market rose to 19.",
        "Twelve people were killed in Idlib.\n\nIn Aleppo, the death toll rose to 19.",
    ],
)
def test_a_rising_toll_of_another_event_updates_nothing(nlp, text):
    assert not any(f.repeats for f in figures(nlp, text))


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("A couple of dozen fighters died.", "about"),  # some two dozen
        ("An activist couple were killed.", "exact"),  # two people
    ],
)
def test_a_couple_of_dozen_is_about_two_dozen(nlp, text, qualifier):
    (figure,) = figures(nlp, text)
    assert figure.qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ten rebels who had left Aleppo last week were killed in Idlib city on Sunday.", "Idlib"),  # not the relative clause's
        # negative: a place right after the count is still its own
        ("Shelling on Aleppo killed five people in Idlib.", "Idlib"),
    ],
)
def test_a_figure_takes_the_place_of_its_own_verb_of_harm(nlp, text, place):
    (figure,) = figures(nlp, text)
    assert figure.place == place


@pytest.mark.parametrize(
    ("text", "source", "relay"),
    [
        ("SANA quoted Hama Governor Mohammad Hazouri as saying that 12 people were killed.", "Mohammad Hazouri", "SANA"),
        ("Reuters, citing the Syrian Observatory for Human Rights, said 12 people were killed.",
         "Syrian Observatory for Human Rights", "Reuters"),
        # negative: a source reporting its own count relays nothing
        ("The Syrian Observatory for Human Rights said 12 people were killed.", "Syrian Observatory for Human Rights", None),
    ],
)
def test_the_outlet_quoting_a_source_relays_its_count(nlp, text, source, relay):
    (figure,) = figures(nlp, text)
    assert (figure.attributed_to, figure.relayed_by) == (source, relay)

"""Casualty constructions found missing on non-gold FA-KES (issue 13), each with invented sentences,
positives and negatives: a toll value hung on a phrase between toll and value, "as high as", a
participle the parse hangs on "number", verbs sharing their victims, lives taken, a description of the
victims read as an object, a parenthetical before the result word, and a count the NER read as a date."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # types.verb_of_a_low_value: "at N" hung on the noun of "from the war"
        ("The group puts the death toll from the six-year conflict at more than 470000 people.", [(470000, "killed")]),
        # types.as_high_as: the copula's subject says what the value counts
        ("The death toll in the city could be as high as 60.", [(60, "killed")]),
        ("The group has put the death toll at as high as 470000.", [(470000, "killed")]),
        ("He set the bar at as high as 40.", []),
        # toll_cues.toll_run_before: the toll coordinated into the clause before its copula
        ("The UN has estimated that half of the population has been forced to leave their homes and the death "
         "toll may be as high as 400000.", [(400000, "killed")]),
        ("The families have been forced to leave their homes and the price may be as high as 400.", []),
        # cues.cue_of_their_body: the participle on the body the counted people belong to
        ("It brought the total number of members of the Exampleland forces killed in the war to 18.", [(18, "killed")]),
        ("It brought the number of members of the council elected in the town to 18.", []),
        # cues.participle_after_the_counted: "abducted" hung on "number"
        ("The number of people abducted in the last three days stands at 220.", [(220, "detained")]),
        # negatives: no toll, no casualty
        ("He put the book from the shelf at the door near 40 chairs.", []),
        ("The temperature may be as high as 40 degrees.", []),
        ("The number of schools opened in the last three days stands at 220.", []),
    ],
)
def test_toll_values_the_parse_hangs_elsewhere(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cues.shares_the_victims: the first verb's type for the shared object
        ("Militants killed and crucified five civilians in the town.", [(5, "killed")]),
        ("Gunmen abducted and tortured five farmers.", [(5, "detained")]),
        # negatives: a clause of its own, and an object that is no one
        ("Ten injured civilians died on Saturday and hospitals received more than 80 other wounded persons.",
         [(10, "killed"), (80, "wounded")]),
        ("The raid left many fighters dead and injured and destroyed their three tanks.", []),
        ("Troops stormed and searched five houses.", []),
    ],
)
def test_coordinated_verbs_share_their_victims(nlp, text, expected):
    assert [p for p in pairs(figures(nlp, text)) if p[0] != "many"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # types.counts_lives
        ("The strikes claimed hundreds of civilian lives.", [("hundreds", "killed")]),
        ("The war has cost thousands of lives.", [("thousands", "killed")]),
        # negatives
        ("The strikes claimed hundreds of buildings.", []),
        ("The vaccine saved thousands of lives.", []),
    ],
)
def test_a_count_of_lives_taken_counts_the_dead(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lexicons.describes_the_victims, in a run of tolls and as an apposition before a participle
        ("The attack left at least 100 people killed and over 400 wounded mostly women and children.",
         [(100, "killed"), (400, "wounded")]),
        ("The blast left 20 people dead and 45 wounded mostly children.", [(20, "killed"), (45, "wounded")]),
        ("10 people mostly schoolchildren killed in rocket attacks on the city", [(10, "killed")]),
        # negative: an agent with a described object, no run of tolls
        ("Two gunmen wounded mostly women in the market.", []),
    ],
)
def test_a_description_of_the_victims_is_no_object(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cues.past_a_parenthetical
        ("Clashes rocked the city leaving 23 civilians - including nine children - dead.",
         [(23, "killed"), (9, "killed")]),
        ("Shelling left 12 people (six of them children) dead.", [(12, "killed"), (6, "killed")]),
        # negative: a parenthetical before a word that is no casualty
        ("Shelling hit 12 houses - all of them empty - in the town.", []),
    ],
)
def test_a_parenthetical_between_count_and_result(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "number", "found"),
    [
        # counts.count_before_cue: NER reads "1300" as a date; no year of the news, before its cue
        ("Opposition: 1300 killed in chemical attack on the region", 1300, True),
        # negatives: a year-shaped number before the cue, a year before a noun
        ("Rebels: 2016 killed in the war", 2016, False),
        ("In 1999 troops were killed in the north.", 1999, False),
    ],
)
def test_a_count_read_as_a_date_before_its_cue(nlp, text, number, found):
    assert ((number, "killed") in pairs(figures(nlp, text))) == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # types.verb_of_a_low_value, up through a modifier clause
        ("The downing brought the toll for soldiers killed in the conflict to 18.", [(18, "killed")]),
        # cues.number_of_casualties: "the number killed", a participle right after the noun
        ("The bombardment brought to 49 the number killed in the region.", [(49, "killed")]),
        ("The number killed in the attack rose to 30.", [(30, "killed")]),
        # negatives
        ("The trip brought the team for players trained in the city to 18.", []),
        ("The bombardment brought to 49 the number of schools closed in the region.", []),
    ],
)
def test_a_toll_brought_to_its_value(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts.number_phrases and numbers.parse_number: "a hundred" is one hundred, not "hundreds"
        ("The jets killed about a hundred militants.", [(100, "killed")]),
        ("A thousand people fled the town.", [(1000, "displaced")]),
        # negatives: the vague plural stays vague
        ("Hundreds were killed.", [("hundreds", "killed")]),
        ("Several hundred were wounded.", [("several hundred", "wounded")]),
    ],
)
def test_a_hundred_is_one_hundred(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts.value_of_a_copular_toll: NER reads the sentence-final value as a date
        ("The director told Reuters the death toll from the strikes was 45.", [(45, "killed")]),
        ("The channel reported the death toll could be over 50.", [(50, "killed")]),
        # counts.toll_after_rise past its qualifiers
        ("The death toll rose to over 50.", [(50, "killed")]),
        ("The death toll reached nearly 300.", [(300, "killed")]),
        # negatives: no toll
        ("The vote count was 45.", []),
        ("Fighting raged over 50 villages.", []),
    ],
)
def test_a_toll_value_read_as_a_date(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not_victims.INTRANSITIVE_HARM: a verb of dying has no agent, whatever the parse hangs on it
        ("At least 13 civilians died in air strikes around Exampletown the site of a chemical attack.", [(13, "killed")]),
        # tolls.verb_of_a_low_value up through the toll noun's object
        ("It brought the total number of soldiers killed in the war to 18.", [(18, "killed")]),
        # negative: a transitive verb of harm keeps its agent
        ("Three gunmen killed five people.", [(5, "killed")]),
    ],
)
def test_a_verb_of_dying_has_no_agent(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cues.recorded_as: the casualty word inside the clause saying who recorded the people counted
        ("It rose to 47 at least, the number of people who were documented by the monitor of who were killed "
         "in the massacre.", {(47, "killed")}),
        # cues.postposed_number_of: the spelled-out toll hung on the last noun of a list between
        ("Fate is unknown under the ruins of buildings destroyed by the bombardment, which rises to 54, including "
         "16 children and 9 women, the number of people who were killed in 2 massacres during the past 48 hours.",
         {(54, "killed"), (16, "killed")}),
        # negatives: a record of people with no casualty word, a list of things
        ("It rose to 47, the number of people who were documented by the group.", set()),
        ("The bombing, which rises to 54, including 16 cars, the number of schools closed.", set()),
    ],
)
def test_a_toll_spelled_out_after_its_value(nlp, text, expected):
    found = set(pairs(figures(nlp, text)))
    assert expected <= found if expected else found == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # types.among_casualties with "among" on the counted noun; denied.negated_count for other verbs
        ("The ministry added that there were nine people from the region among the fighters killed.", [(9, "killed")]),
        ("The three others among the dead had not been identified yet.", [(3, "killed")]),
        ("Five people killed in the attack have not been named.", [(5, "killed")]),
        # negatives: a count the sentence denies; people among no casualties
        ("Ten people were not injured in the blast.", []),
        ("Two women among the guests were late.", []),
    ],
)
def test_counts_among_the_dead_and_negations_of_other_verbs(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected

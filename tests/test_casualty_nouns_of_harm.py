"""Harm named by a noun rather than a verb (arrests, disappearances, cases of ...), the victims of a toll,
and a toll that "stands at" its value: constructions of rights-group reports and wire copy, each with
invented sentences, positive and negative."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun of an arrest, an abduction or a disappearance counts the people it befell
        ("The report documented the arrest of at least 176 people last month.", [(176, "detained")]),
        ("Security forces carried out 20 arrests in the town on Friday.", [(20, "detained")]),
        ("Monitors recorded the abduction of 12 aid workers near the border.", [(12, "detained")]),
        ("The enforced disappearance of 847 people was documented in the report.", [(847, "missing")]),
        # "cases of" a harm: one person each
        ("The network recorded 87 cases of enforced disappearance in March.", [(87, "missing")]),
        ("The group documented at least 1,023 cases of arbitrary arrest.", [(1023, "detained")]),
        ("Police investigated three kidnapping cases last month.", [(3, "detained")]),
        # negatives: cases of anything else, and harm words naming a kind of thing
        ("Doctors saw 40 cases of measles in the camp.", []),
        ("The court issued two arrest warrants for the commanders.", []),
        ("Three death squads roamed the town at night.", []),
        ("At least 12 casualty figures were disputed by the ministry.", []),
    ],
)
def test_harm_named_by_a_noun(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "victims" of an earlier toll are victims of its harm, and part of it
        ("At least 30 people were killed in the strike on the market. At least 20 of the victims were children.",
         [(30, "killed", False), (20, "killed", True)]),
        ("At least 30 people were killed in the strike on the market. Among the victims were two children.",
         [(30, "killed", False), (2, "killed", True)]),
        ("Thirty people were wounded in the blast. Among the victims were two children.",
         [(30, "wounded", False), (2, "wounded", True)]),
    ],
)
def test_the_victims_of_a_toll_take_its_type(nlp, text, expected):
    assert [(f.number, f.type, f.part_of is not None) for f in figures(nlp, text)] == expected


def test_victims_of_no_stated_harm_stay_victims(nlp):
    # negative: no toll before them says what befell them
    assert pairs(figures(nlp, "Two children were among the victims of the blast.")) == [(2, "other")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll that stands at its value, whatever the named entity tagger made of the number
        ("The death toll from three days of raids now stands at 40, according to the Local Coordination "
         "Committees.", [(40, "killed")]),
        ("The death toll stood at 57 on Sunday.", [(57, "killed")]),
        # negative: a rate that stands at a value is no toll
        ("The unemployment rate stands at 40, according to the ministry.", []),
    ],
)
def test_a_toll_that_stands_at_its_value(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of places after "the village of X": each item its own figure, with its own place
        ("Eleven civilians were killed in the village of Kafranbel, four in Maarat al-Numan and two in Saraqeb.",
         [(11, "Kafranbel"), (4, "Maarat al-Numan"), (2, "Saraqeb")]),
        # more of the same victims, the second subject hung on the first clause's complement
        ("Twelve of the dead were children and nine were women.", [(12, None), (9, None)]),
        # negatives: a count of things in the same shape, and a place phrase that closes no list
        ("Twelve of the tanks were destroyed and nine were damaged.", []),
        ("Eleven civilians were killed in the village of Kafranbel, four days after the truce.", [(11, "Kafranbel")]),
    ],
)
def test_list_items_and_parallel_counts_after_a_figure(nlp, text, expected):
    assert [(f.number, f.place) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a third" after a count of people, "a second child": one more
        ("Two policemen were killed and a third was wounded when gunmen opened fire.", [(2, "killed"), (1, "wounded")]),
        ("A second child succumbed to his wounds on Tuesday.", [(1, "killed")]),
        # the objects of "include" with the dead as subject
        ("The dead included a nurse.", [(1, "killed")]),
        # negatives: a rank with "the", a fraction, something else that includes people
        ("A reporter was shot dead on Monday, the eighth journalist killed this year.", [(1, "killed")]),
        ("Two policemen were killed and a third of the city was destroyed.", [(2, "killed")]),
        ("The delegation included a nurse and two doctors.", []),
    ],
)
def test_one_more_victim_by_an_ordinal_or_an_inclusion(nlp, text, expected):
    assert pairs([f for f in figures(nlp, text) if not f.implied_total]) == expected


def test_the_dead_a_later_sentence_includes_are_part_of_the_toll(nlp):
    found = figures(nlp, "Thirty people were killed. The dead included three journalists.")
    assert [(f.number, f.part_of is not None) for f in found] == [(30, False), (3, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kin in the plural are people ("lost two brothers"); "had" wounds is to be wounded
        ("Ahmad, a vegetable seller, lost two brothers in the attack.", [(2, "killed")]),
        ("At least 25 others had gunshot wounds.", [(25, "wounded")]),
        # negatives: kin who survived, things a hospital had
        ("His two sons survived the attack.", []),
        ("The hospital had 25 beds for the wounded.", []),
    ],
)
def test_kin_lost_and_wounds_had(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review: a harm threatened, feared or denied has not happened; a time of day is no place
        ("The regime threatened the arrest of 20 activists if the protests continued.", []),
        ("The report warned that regime forces may launch an offensive leading to the arrest of thousands of residents.", []),
        ("The ministry denied the arrest of 30 students at the university.", []),
        ("Shelling killed three civilians in the town of Douma, 10 in the morning and the rest at night.", [(3, "killed")]),
        # negatives: a harm that happened, however it came about; a list after "the X district"
        ("The raid led to the arrest of 20 men.", [(20, "detained")]),
        ("Strikes killed five in the Maadi district, two in Kallaseh.", [(5, "killed"), (2, "killed")]),
    ],
)
def test_review_unrealised_harm_and_times_of_day(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a breakdown after a colon that closes words naming the harm: each count beside a place
        ("The civilian death toll breaks down as follows: 14 in Aleppo province, 11 in Idlib province and 5 in Daraa.",
         [(14, "Aleppo province"), (11, "Idlib province"), (5, "Daraa")]),
        ("The dead were distributed as follows: 14 in Aleppo, 11 in Idlib and 5 in Daraa.",
         [(14, "Aleppo"), (11, "Idlib"), (5, "Daraa")]),
        # negatives: a breakdown of things, counts with a noun of their own
        ("Houses destroyed were distributed as follows: 14 in Aleppo and 11 in Idlib.", []),
        ("The death toll: 14 houses in Aleppo.", []),
    ],
)
def test_a_breakdown_after_a_colon(nlp, text, expected):
    assert [(f.number, f.place) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whereabouts or fate unknown: missing
        ("The whereabouts of five others remain unknown.", [(5, "missing")]),
        ("The fate of the remaining five is still unknown.", [(5, "missing")]),
        # the number of people a participle or relative clause says what became of
        ("The number of forcibly disappeared persons since 2011 stands at no fewer than 102,287.", [(102287, "missing")]),
        ("The number of detainees who died under torture had reached 14,456.", [(14456, "killed")]),
        # negatives: a fate the text knows; detainees still detained
        ("The fate of 40 soldiers was sealed when the base fell.", []),
        ("The number of detainees has reached 1,200.", [(1200, "detained")]),
    ],
)
def test_fates_unknown_and_what_became_of_the_counted(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one body found or pulled out is one killed
        ("Another body was pulled from the rubble on Wednesday.", [(1, "killed")]),
        ("Rescuers recovered a body from the river.", [(1, "killed")]),
        # negatives: the body of someone (counted or pictured), a body of people
        ("The body of a child was found near the school.", []),
        ("A body of experts was formed to investigate.", []),
    ],
)
def test_a_body_recovered_is_one_killed(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the dead", "the wounded" as the subject whose number the verb gives
        ("The dead were 20.", [(20, "killed")]),
        ("The wounded numbered more than 40.", [(40, "wounded")]),
        # a plural noun of harm needs no article
        ("Fatalities numbered 23, officials said.", [(23, "killed")]),
        ("Injuries totalled 12 by the evening.", [(12, "wounded")]),
        # negatives: the victims (no harm said), the dead described, a crowd numbered
        ("The victims were 20.", []),
        ("The dead were civilians.", []),
        ("The protesters numbered 3,000.", []),
        ("Civilians numbered 200 in the shelter.", []),
        ("Victims numbered 40.", []),
    ],
)
def test_the_casualties_numbered(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected

"""Casualty constructions of headlines and of prose whose commas a scrape lost: a headline's passive without
its auxiliary (headlines.headline_passive_participle), also after a verb of saying
(headlines.opens_a_reported_headline) and with its participle read as a name
(headlines.participle_read_as_a_name); "others" opening a group of its own after a word of harm
(counted.count_after_a_harm_word); a victim as the first item of a comma-less headline list
(types.object_of_its_cue); "those killed" that takes no object (governing.participle_of_those); the next item
of a list after an age (lists.next_item_after_an_age); a headline credit after a qualified count or a verb read
as a noun (counts.credit_colon_after_an_object); a count after its qualifier (counts.start_of_its_qualifier).
Invented sentences, positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Journalist killed in Aleppo", [(1, "killed")]),
        ("Photographer wounded by sniper fire", [(1, "wounded")]),
        ("Local teacher killed in shelling of school", [(1, "killed")]),
        ("Army officer killed in Aleppo", [(1, "killed")]),
        # the clause of a verb of saying drops its article as the headline does
        ("Army says soldier killed in ambush", [(1, "killed")]),
        # a capitalised preposition of place read as a modifier is no object of the participle
        ("Gunman Killed Outside Mosque", [(1, "killed")]),
        # a title-case participle the tagger read as a proper noun still says the harm
        ("Officer Killed, Two Wounded In Ambush", [(1, "killed"), (2, "wounded")]),
        ("Journalist Hurt In Protest Clash", [(1, "wounded")]),
    ],
)
def test_a_headline_passive_without_its_auxiliary_names_one_victim(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunman killed two soldiers in the raid", [(2, "killed")]),  # active: the gunman did the harm
        ("Mother child killed in bombardment", []),  # two people whose comma was lost: not one
        ("Man arrested in Aleppo", []),  # no harm
        ("Army says soldiers killed in ambush", []),  # a bare plural counts no one
        ("The army said the soldier killed two men.", [(2, "killed")]),  # an article: the soldier is the agent
        ("Gunmen Killed Outside Mosque", []),  # a bare plural, even before a place read as an object
        ("Senator Bob Killed Bill", []),  # a name before it, not a person noun
    ],
)
def test_an_active_verb_or_two_victims_are_no_headline_passive(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One Killed Others Injured in Attacks on the City", [(1, "killed")]),
        ("Two Dead Others Wounded in Shelling", [(2, "killed")]),
        ("Three injured others missing after the blast", [(3, "wounded")]),
    ],
)
def test_others_after_a_word_of_harm_open_a_group_of_their_own(nlp, text, expected):
    assert found(nlp, text) == expected


def test_other_people_counted_by_a_number_are_its_victims(nlp):
    assert found(nlp, "Five other people were killed.") == [(5, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the child, the journalist is no agent, so the count after it is the injured
        ("Child Killed 20 People Injured in Terrorist Attacks", (20, "wounded")),
        ("Journalist killed 12 people wounded in shelling", (12, "wounded")),
    ],
)
def test_a_victim_is_the_first_item_of_a_comma_less_headline_list(nlp, text, expected):
    assert expected in found(nlp, text)


def test_an_armed_subject_keeps_its_object(nlp):
    assert (20, "killed") in found(nlp, "The soldiers killed 20 people injured in the raid")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Besides those killed 40 people were wounded.", (40, "wounded")),
        ("In addition to those killed 30 people were injured.", (30, "wounded")),
        ("As well as those killed at least 160 people were injured it said.", (160, "wounded")),
        ("Apart from those wounded 12 people died.", (12, "killed")),
    ],
)
def test_those_killed_takes_no_object_when_its_comma_is_lost(nlp, text, expected):
    assert found(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those killed included 12 children.", [(12, "killed")]),
        ("Among those killed were 12 children.", [(12, "killed")]),
        ("Rebels who killed 40 people were arrested.", [(40, "killed")]),
        ("Besides those killed, 40 people were wounded.", [(40, "wounded")]),
    ],
)
def test_those_killed_still_counts_its_own(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lists.next_item_after_an_age: the ages of one item, then the next item of the list
        ("Shells injured six people. The injured included 4 children aged 3-4 and two women, a doctor said.", (2, "wounded")),
        ("Among the dead there are 14 children under the age of eighteen and 9 women.", (9, "killed")),
        ("The strike killed 5 children aged under 10 and 2 men.", (2, "killed")),
    ],
)
def test_a_list_item_after_an_age_is_the_next_item(nlp, text, expected):
    assert expected in found(nlp, text)


def test_a_thing_after_an_age_is_no_list_item(nlp):
    assert found(nlp, "The strike killed 5 children aged 3 and two houses were destroyed.") == [(5, "killed")]


def test_items_of_one_list_are_parts_of_the_toll_before_together(nlp):
    got = figures(nlp, "Shells injured six people. The injured included 4 children aged 3-4 and two women.")
    whole = next(f for f in got if f.number == 6)
    assert [(f.number, f.part_of) for f in got if f.number in (2, 4)] == [(4, whole.figure_id), (2, whole.figure_id)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts.credit_colon_after_an_object: a qualifier between the verb and the count credited after a colon
        ("Suspected gas attack kills at least 58: Observatory", (58, "killed")),
        ("Toll climbs to more than 70: rescuers", (70, "killed")),
        # types.classify: NER read "35 jihadists overnight" as a quantity; the people stay a count
        ("Strikes on the province kill 35 jihadists overnight Monitor", (35, "killed")),
    ],
)
def test_a_headline_count_with_a_qualifier_or_a_misread_quantity(nlp, text, expected):
    assert expected in found(nlp, text)


@pytest.mark.parametrize("text", ["Day 3: the siege goes on", "Resolution 2254: text of the draft", "The convoy carried 35 tonnes overnight."])
def test_a_numbered_thing_or_a_quantity_is_no_count(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people, not one victim, as the subject: they did the harm to the count after them
        ("Villagers killed three militants captured after the raid.", [(3, "killed")]),
        ("Residents killed two gunmen wounded in the clash.", [(2, "killed")]),
    ],
)
def test_people_as_the_subject_keep_their_object(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Shelling killed 40 people in Idlib. Among the dead were 10 children, a day after a car bomb killed 12 people in Hama.",
        "Airstrikes killed 60 people last week. The dead included 8 children, and on Sunday a drone strike killed 15 fighters.",
    ],
)
def test_a_toll_with_its_own_verb_is_no_part_of_the_toll_before(nlp, text):
    got = figures(nlp, text)
    first = got[0]
    assert [f for f in got if f.part_of == first.figure_id and f.group != "children"] == []


def test_the_second_age_after_aged_is_no_count(nlp):
    assert found(nlp, "The girls aged 12 and 14 were killed.") == []
    assert (2, "killed") in found(nlp, "Two children aged 4 and 30 adults died.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # title case reads "Kills over 50" as a date; a qualifier between the verb and the count is no date
        ("Car Bomb Kills over 50 in Central Town.", [(50, "killed")]),
        ("Shelling Kills at least 12 in Old Quarter", [(12, "killed")]),  # read as a count before too
        ("Siege Kills over 5 Months", []),  # a span of time, not a count
        # a verb of harm tagged a noun after a place, then the credit after a colon
        ("Airstrikes in Northtown kill 58: Observatory", [(58, "killed")]),
        ("The kill 58: a list of names", []),  # a noun with its article is no verb
    ],
)
def test_a_headline_count_after_its_qualifier_or_a_verb_read_as_a_noun(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    "title",
    ["Shelling kills a woman and two children in Aleppo", "A doctor and two nurses killed in airstrike on Aleppo hospital"],
)
def test_a_headline_total_of_joined_groups_and_its_parts_have_distinct_ids(nlp, title):
    """ "A doctor and two nurses killed": a total of 3 before its conjuncts, each a sub-count of it. The
    total's id must not be its first conjunct's, and each part must point at the total."""
    from pipeline.casualties.extract import headline_figures

    found_figures = headline_figures(title, article_id="art", published=None, entities=[], places=[])
    ids = [f.figure_id for f in found_figures]
    assert len(found_figures) >= 3 and len(set(ids)) == len(ids)
    totals = [f for f in found_figures if f.implied_total]
    assert len(totals) == 1
    assert all(f.part_of == totals[0].figure_id for f in found_figures if f is not totals[0])
    assert all(i.startswith("art:headline:") for i in ids)


def test_a_headline_sub_count_whose_total_the_body_lacks_stands_alone(nlp):
    """ "Three rescue workers and six children killed": the body tells the three and the six apart and
    never gives the nine. The headline's 3 and 6 repeat the body's figures; the 9 is not kept, so they are
    no sub-counts of it (a part_of pointing at no figure)."""
    from datetime import date

    from pipeline.casualties.extract import casualty_figures

    text = ("Three rescue workers were killed on Monday in an air strike on Idlib, the civil defence said. "
            "Six children also died in the strike.")
    found_figures = casualty_figures(
        nlp(text), article_id="a", published=date(2017, 3, 1), entities=[], places=[],
        title="Three rescue workers and six children killed in Idlib air strike", parse_title=True,
    )
    ids = {f.figure_id for f in found_figures}
    heads = [f for f in found_figures if f.in_headline]
    assert [(f.number, f.part_of) for f in heads] == [(3, None), (6, None)]
    assert all(f.repeats in ids for f in heads)

"""Casualty constructions of issue 13, each with invented sentences, positive and negative."""

from __future__ import annotations

import pytest

from pipeline.casualties import casualty_figures
from pipeline.casualties.dedupe import mark_repeats
from pipeline.records import CasualtyFigure
from tests.test_casualties import entities_of, figures, pairs, places_of


def top(found):
    return [(f.number, f.type) for f in found if f.part_of is None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A photographer was killed by a sniper in the old town.", [(1, "killed")]),
        ("The strike killed a nurse on Tuesday.", [(1, "killed")]),
        ("A teacher was wounded and her husband was killed.", [(1, "wounded"), (1, "killed")]),
        ("Gunmen shot dead a village elder near the market.", [(1, "killed")]),
        ("All seven crew members died in the crash.", [(7, "killed")]),
        ("Three sisters were killed in the raid.", [(3, "killed")]),
        ("A dozen people were wounded.", [(12, "wounded")]),
        ("A couple of dozen people were killed, residents said.", [(24, "killed")]),
        ("Scores of civilians were killed.", [("scores", "killed")]),
        ("Hundreds of people were wounded in the blasts.", [("hundreds", "wounded")]),
        # constructions.shares_a_determiner: "a woman and child" are two people (an implied total)
        ("A woman and child were killed after shelling hit the town.", [(2, "killed")]),
        ("A woman and children were killed after shelling hit the town.", [(1, "killed")]),
        ("One woman and child were killed after shelling hit the town.", [(2, "killed")]),
        ("One woman and children were killed after shelling hit the town.", [(1, "killed")]),
        ("One father and husband was killed after shelling hit the town.", [(1, "killed")]),  # one person, a singular verb
        # constructions.COLLECTIVE_NOUNS: a body is no one person, even as the patient of killing
        ("Twenty fighters were killed in clashes with the Exampleton Brigades a major resistance movement in "
         "the town.", [(20, "killed")]),
        # types.among_casualties for one person: named among the dead is one of them
        ("Among the dead was a local emir who led the attack.", [(1, "killed")]),
    ],
)
def test_small_and_worded_counts(nlp, text, expected):
    found = figures(nlp, text)
    assert [
        (n if n is not None else f.number_text.lower(), t)
        for (n, t), f in zip(top(found), [f for f in found if f.part_of is None], strict=True)
    ] == expected


@pytest.mark.parametrize(
    "text",
    [
        "A man who fled the town said the shelling went on all night.",  # a witness, not a victim
        "A journalist said the road was closed.",
        "The body of a child is carried from the rubble in this photo.",  # a picture, not a report
        "Police shot three protesters in the leg.",  # shot alone may only wound: no cue of death
    ],
)
def test_not_worded_counts(nlp, text):
    assert [f for f in figures(nlp, text) if f.type == "killed"] == []


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("A monitoring group said a child was among at least eight people killed in the shelling.", 1, 8),
        ("Ten children were among at least 48 people killed in the village.", 10, 48),
    ],
)
def test_a_count_named_among_a_later_one_is_part_of_it(nlp, text, part, whole):
    found = {f.number: f for f in figures(nlp, text)}
    assert found[part].part_of == found[whole].figure_id and found[whole].part_of is None


def test_coordinated_victims_share_the_whole_they_are_among(nlp):
    found = figures(nlp, "A woman and child were among 12 people killed in the strike.")
    whole = next(f for f in found if f.number == 12)
    assert [f.part_of for f in found if f.number == 1] == [whole.figure_id, whole.figure_id]


def test_two_coordinated_groups_in_one_sentence_each_keep_their_parts(nlp):
    found = figures(nlp, "Shelling killed a man and boy and wounded a woman and girl.")
    assert sorted((f.number_text, f.type, f.part_of is None) for f in found) == sorted([
        ("a man and boy", "killed", True), ("a man", "killed", False), ("boy", "killed", False),
        ("a woman and girl", "wounded", True), ("a woman", "wounded", False), ("girl", "wounded", False),
    ])


@pytest.mark.parametrize(
    "text",
    [
        "Among the dead was a family from Exampleton.",  # a family is no one person
        "A woman and child walked to the market before the shelling.",
        "A child was among the survivors of the attack.",
        "Among the dead was a car that had been hit.",
    ],
)
def test_not_worded_counts_among_or_joined(nlp, text):
    assert [f for f in figures(nlp, text) if f.type == "killed"] == []


@pytest.mark.parametrize(
    ("text", "total", "group", "parts"),
    [
        ("An elderly man and two boys were killed when the shell hit their house.", 3, "men; children", [1, 2]),
        ("A mother and her four children were killed in the rocket attack.", 5, "family members; children", [1, 4]),
        ("Gunmen killed a village chief and his son on the road.", 2, None, [1, 1]),
        ("Gunmen killed a district governor and his son in the district of Example.", 2, None, [1, 1]),
        ("Two women and three soldiers were killed in the attack.", 5, "women; soldiers", [2, 3]),
        ("Gunmen killed two women and three children of the same family.", 5, "women; children", [2, 3]),
    ],
)
def test_coordinated_victims_make_an_implied_total(nlp, text, total, group, parts):
    """The sentence reports one number it never writes: the total is a figure of its own, marked
    `implied_total`, and the conjuncts are its sub-counts, so sums count each victim once."""
    found = figures(nlp, text)
    (implied,) = [f for f in found if f.implied_total]
    assert implied.number == total and implied.part_of is None
    assert group is None or implied.group == group
    assert [f.number for f in found if f.part_of == implied.figure_id] == parts
    assert [f for f in found if f.part_of is None] == [implied]


@pytest.mark.parametrize(
    "text",
    [
        "Strikes killed five in Maadi, two in Kallaseh and nine in Ansari.",  # a list of places' figures
        "Eight people were killed and 80 were wounded in the attack.",  # two types
        "The strike killed 15 people, including three soldiers and two children.",  # sub-counts
    ],
)
def test_counts_that_make_no_implied_total(nlp, text):
    assert not any(f.implied_total for f in figures(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A priest was found shot dead near the church.", [(1, "killed")]),
        ("Two farmers were found beheaded near the river.", [(2, "killed")]),
        ("A blogger died on Sunday after being stabbed in the stairway.", [(1, "killed")]),
        ("A fisherman drowned when the boat sank.", [(1, "killed")]),
        # negatives: found alive, found abandoned, a subject of a verb that is not dying
        ("A car was found abandoned near the checkpoint.", []),
        ("A boy was found alive under the rubble.", []),
        ("A blogger wrote about the siege.", []),
    ],
)
def test_found_killed_and_subjects_of_dying(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("From 40 to 50 people died in the attack.", 40, 50),
        ("Between three and 10 people were killed.", 3, 10),
    ],
)
def test_ranges(nlp, text, low, high):
    found = figures(nlp, text)
    assert len(found) == 1
    assert (found[0].number_low, found[0].number_high, found[0].number) == (low, high, high)


def test_a_rising_toll_is_not_a_range(nlp):
    found = figures(nlp, "The death toll rose from 40 to 50.")
    assert all(f.number_low is None for f in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shelling left 60 dead and wounded.", [(60, "killed_or_wounded")]),
        ("The fighters left behind scores of dead and wounded members.", [("scores", "killed_or_wounded")]),
        ("Hundreds of dead were found in the town.", [("hundreds", "killed")]),
        ("48 killed and injured in shelling on the town", [(48, "killed_or_wounded")]),
        ("The strikes killed and wounded dozens of civilians.", [("dozens", "killed_or_wounded")]),
        ("Twenty were killed and 30 wounded.", [(20, "killed"), (30, "wounded")]),
        # A count between two coordinated casualty verbs is the second verb's own: no combined count.
        ("Nine traders were killed and at least four wounded when the bus was hit.", [(9, "killed"), (4, "wounded")]),
        (
            "At least six villagers were reported killed by the militia and dozens were injured.",
            [(6, "killed"), ("dozens", "wounded")],
        ),
        ("Gunmen shot dead seven people in the town.", [(7, "killed")]),
        ("Militants hacked to death at least 22 villagers.", [(22, "killed")]),
        ("Seven people were shot and killed at the checkpoint.", [(7, "killed")]),
    ],
)
def test_type_from_the_construction(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "base", "place"),
    [
        ("Three people were killed in Idlib, the Beirut-based group said.", "Beirut", "Idlib"),
        ("Four civilians were killed in Homs, the Britain-based monitor said.", "United Kingdom", "Homs"),
    ],
)
def test_a_source_base_is_not_the_place(nlp, text, base, place):
    found = figures(nlp, text)
    assert [f.place for f in found] == [place]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Officials in Hama said five people were killed in Idlib on Monday.", "Idlib"),
        ("Five people were killed in Idlib, while talks went on in Geneva.", "Idlib"),
    ],
)
def test_a_figure_takes_the_place_of_its_own_clause(nlp, text, place):
    assert [f.place for f in figures(nlp, text)] == [place]


def test_war_wide_toll_is_syria_and_cumulative(nlp):
    found = figures(nlp, "The conflict in Aleppo has killed more than half a million people since 2011.")
    assert [(f.number, f.place, f.cumulative) for f in found] == [(500_000, "Syria", True)]


def test_relayed_by_the_outlet_a_source_told(nlp):
    found = figures(nlp, "A source at the Homs Police Command told SANA that four people were killed.")
    assert [f.number for f in found] == [4]
    assert found[0].relayed_by == "SANA"


def test_no_source_stays_unattributed(nlp):
    found = figures(nlp, "Four people were killed in the blast on Sunday.")
    assert [(f.attributed_to, f.relayed_by) for f in found] == [(None, None)]


def figure(start, number, kind, sentence_start=0, sentence="x", part_of=None):
    return CasualtyFigure(
        "a",
        start,
        start + 2,
        sentence,
        number,
        str(number),
        kind,
        "people",
        "exact",
        part_of,
        None,
        None,
        None,
        False,
        figure_id=f"a:{start}",
        sentence_start=sentence_start,
    )


def test_headline_figure_repeats_the_body_figure():
    text = "Five killed in town\n\nFive people were killed on Sunday."
    found = [
        figure(0, 5, "killed", 0, "Five killed in town"),
        figure(21, 5, "killed", 21, "Five people were killed on Sunday."),
    ]
    marked = mark_repeats(found, text, "Five killed in town")
    assert [(f.in_headline, f.repeats) for f in marked] == [(True, "a:21"), (False, None)]


def test_no_title_no_headline():
    found = [figure(0, 5, "killed"), figure(21, 5, "killed")]
    assert [(f.in_headline, f.repeats) for f in mark_repeats(found, "Body text only here.", None)] == [
        (False, None)
    ] * 2


def test_a_sentence_printed_twice_repeats_its_figures():
    sentence = "Two people were killed."
    text = f"{sentence} {sentence}"
    found = [figure(0, 2, "killed", 0, sentence), figure(24, 2, "killed", 24, sentence)]
    assert [f.repeats for f in mark_repeats(found, text, None)] == [None, "a:0"]


def test_headline_with_another_number_repeats_the_largest_body_figure_of_its_type():
    text = "Six killed in town\n\nFive people were killed on Sunday, two on Monday."
    found = [figure(0, 6, "killed", 0), figure(20, 5, "killed", 20), figure(50, 2, "killed", 20)]
    assert [f.repeats for f in mark_repeats(found, text, "Six killed in town")] == ["a:20", None, None]


def test_headline_of_a_type_the_body_lacks_repeats_nothing():
    text = "Six wounded in town\n\nFive people were killed on Sunday."
    found = [figure(0, 6, "wounded", 0), figure(21, 5, "killed", 21)]
    assert [f.repeats for f in mark_repeats(found, text, "Six wounded in town")] == [None, None]


def test_extractor_marks_headline_when_given_the_title(nlp):
    title = "Three killed in shelling"
    text = f"{title}\n\nThree civilians were killed in shelling on the town on Sunday."
    doc = nlp(text)
    entities = entities_of(doc)
    found = casualty_figures(
        doc, article_id="t", published=None, entities=entities, places=places_of(doc, entities), title=title
    )
    assert [(f.number, f.in_headline, f.repeats is not None) for f in found] == [
        (3, True, True),
        (3, False, False),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the dead were 40 displaced people.", [(40, "killed")]),
        (
            "Two civilians and one fighter were among those killed, while 12 people were wounded.",
            [(3, "killed"), (2, "killed"), (1, "killed"), (12, "wounded")],  # the implied total, then its parts
        ),
        ("The previous death toll was 20 with 50 others injured.", [(20, "killed"), (50, "wounded")]),
        ("The number of victims is at least 70.", [(70, "killed")]),
        (
            "The quake claimed the lives of 812 people and more than 1,400 were injured.",
            [(812, "killed"), (1400, "wounded")],
        ),
        ("The attacks caused hundreds of deaths and injuries.", [("hundreds", "killed_or_wounded")]),
        ("Forty-two deaths and 200 injuries were reported.", [(42, "killed"), (200, "wounded")]),
        ("An activist couple were killed in the village.", [(2, "killed")]),
        ("13 students were hacked down by assailants.", [(13, "killed")]),
        ("A total of 1500 people have fallen victims of the attack.", [(1500, "killed")]),
    ],
)
def test_more_constructions_of_type(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


def test_a_list_of_places_gives_three_figures(nlp):
    found = figures(nlp, "Strikes killed five in Maadi, two in Kallaseh and nine in Ansari.")
    assert [(f.number, f.type) for f in found] == [(5, "killed"), (2, "killed"), (9, "killed")]
    assert len({f.place for f in found}) == 3


def test_a_toll_with_its_part(nlp):
    found = figures(nlp, "The toll rose past 90, among them 31 children.")
    assert [(f.number, f.type, f.part_of is not None) for f in found] == [
        (90, "killed", False),
        (31, "killed", True),
    ]


def test_a_list_needs_places(nlp):
    """Numbers after a figure without a place each are not list items ("killed five, police said 2")."""
    found = figures(nlp, "Strikes killed five people on Monday, and 2 convoys were hit.")
    assert [f.number for f in found] == [5]


@pytest.mark.parametrize(
    ("text", "cumulative"),
    [
        ("The bombings killed at least 92 people on Wednesday, the deadliest attacks this year.", False),
        ("A fresh outbreak of violence has left at least 27 people dead.", False),
        ("The war has killed more than 300 people this year.", True),
        # a rank in a series dates one event; a period opened by an ordinal is still a period
        ("A reporter was shot dead on Wednesday in the city, the eighth journalist killed this year.", False),
        ("In the first six months of this year 400 people were killed in the province.", True),
        # "so far" with one incident named is that incident's toll to date; without one, a running total
        ("At least 292 people have been killed so far in the bombing that hit the market.", False),
        ("At least 15 people have so far been killed in a car bomb in the district.", False),
        ("Russian strikes have killed 3,000 civilians so far, the monitor said.", True),
        ("So far 400 people have been killed in attacks in the province.", True),
    ],
)
def test_a_superlative_dates_one_event(nlp, text, cumulative):
    found = [f for f in figures(nlp, text) if f.type == "killed"]
    assert [f.cumulative for f in found] == [cumulative]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Bombs kill 13 fighters: Observatory", "Observatory"),
        ("Eight people were killed, according to Syria TV.", "Syria TV"),
        # Comma-less trailing attribution: the parser makes the clause's first noun the subject.
        (
            "Troops shelled the villages a day after air raids killed at least 17 people the Syrian Observatory "
            "for Human Rights said.",
            "Syrian Observatory for Human Rights",
        ),
    ],
)
def test_named_credits(nlp, text, source):
    found = figures(nlp, text)
    assert found and source.lower() in (found[0].attributed_to or "").lower()


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Not a single person was killed in the raid.", []),
        ("None of the 40 passengers was hurt.", []),
        ("The civilians were not injured in the blast.", []),
        # negatives: "no fewer than" asserts a count; a correction keeps the stated one
        ("No fewer than 20 people were killed.", [(20, "killed")]),
        ("At least 12 people were killed, not 20 as first reported.", [(12, "killed")]),
    ],
)
def test_a_denied_count_is_no_figure(nlp, text, found):
    doc = nlp(text)
    figures = casualty_figures(doc, article_id="t", published=None, entities=[], places=[])
    assert [(f.number, f.type) for f in figures] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # NER reads "Between 20 and 30" as a date; the people right after make it a count
        ("Between 20 and 30 people were killed in the strike.", [(20, 30, "killed")]),
        # negative: years are no count
        ("Between 2011 and 2013 the city was besieged by the army.", []),
    ],
)
def test_a_range_of_people_read_as_a_date_is_a_count(nlp, text, found):
    doc = nlp(text)
    figures = casualty_figures(doc, article_id="t", published=None, entities=[], places=[])
    assert [(f.number_low, f.number_high, f.type) for f in figures] == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One clinic said at least 71 people had been admitted with breathing difficulties.", [(71, "wounded")]),
        ("The doctor said at least 80 civilians were taken to hospitals.", [(80, "wounded")]),
        ("Twelve people were rushed to a field hospital in the town.", [(12, "wounded")]),
        ("The gas attack hospitalised dozens of people in the town.", [("dozens", "wounded")]),
        # negative: bodies taken to a hospital are the dead
        ("Paramedics said at least 22 bodies were taken to hospitals.", [(22, "killed")]),
    ],
)
def test_taken_to_hospital_counts_the_wounded(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "About 300 people were taken to the main square by buses.",  # a destination that is no hospital
        "The ministry admitted 40 students to the university.",  # admission without a casualty
        "The army admitted that 20 soldiers had been moved to the front.",
    ],
)
def test_moved_elsewhere_is_no_casualty(nlp, text):
    assert [p for p in pairs(figures(nlp, text)) if p[1] == "wounded"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rose to 47 at least, the number of people who were killed in the raid on the town.", [(47, "killed")]),
        ("It rose to 20, the number of civilians killed in the shelling of the town since dawn.", [(20, "killed")]),
        # the toll read as the subject of a clause further on: still the value's, right after the comma
        ("It rose to 47 at least, the number of people who were killed in the raid on the town, and among the "
         "casualties there are 14 children.", [(47, "killed"), (14, "killed")]),
        ("The number of people who were wounded rose to 12.", [(12, "wounded")]),
        ("The number of civilians killed in the city has risen to 300, the monitor said.", [(300, "killed")]),
    ],
)
def test_a_number_of_casualties_spelled_out_as_a_toll(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It rose to 20, the number of schools closed in the town.",  # not people
        "It rose to 30 degrees, the hottest day of the year.",
        "It rose to 20 percent in the spring, the number of schools closed in the town growing by the week.",
        "The number of schools rose to 12.",
    ],
)
def test_a_number_of_things_is_no_toll(nlp, text):
    assert pairs(figures(nlp, text)) == []


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("The air strikes killed between 20 and 30 people in the town.", 20, 30),  # a range after the verb
        ("Raids killed from 40 to 50 civilians.", 40, 50),
    ],
)
def test_ranges_after_the_verb(nlp, text, low, high):
    found = figures(nlp, text)
    assert [(f.number_low, f.number, f.type) for f in found] == [(low, high, "killed")]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll in the town rose from 40 to 50 on Monday, the monitor said.",
        "The death toll in the town rose to 50 from 40 on Monday, the monitor said.",  # the new value first
        "Death Toll in Exampleton Rises to 50 From 40",
    ],
)
def test_a_rising_toll_counts_its_new_value(nlp, text):
    assert [(f.number, f.type) for f in figures(nlp, text)] == [(50, "killed")]


def test_a_count_joined_to_a_clause_of_among_keeps_its_own_word(nlp):
    found = figures(nlp, "Two brothers were among 30 people killed and 50 wounded in the strike.")
    assert [(f.number, f.type) for f in found] == [(2, "killed"), (30, "killed"), (50, "wounded")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Shelling killed 12 people in Idlib. More than 400,000 people have been killed since the war began.", "Syria"),
        ("Shelling killed 12 people in Idlib. Over 5,000 have died since the start of the conflict in 2011.", "Syria"),
        ("Shelling killed 12 people in Idlib. In Aleppo, 30,000 have died since the start of the conflict.", "Aleppo"),
        ("Shelling killed 12 people in Idlib. Another five people were killed on Tuesday.", "Idlib"),
    ],
)
def test_a_toll_since_the_war_began_is_syrias_unless_its_sentence_says(nlp, text, place):
    assert figures(nlp, text)[-1].place == place


def test_a_figure_in_reported_speech_takes_the_speakers_name(nlp):
    from pipeline.casualties.quoted import with_quoted_sources
    from pipeline.entities import entity_mentions
    from pipeline.quotes import quotes

    text = "Shells hit the town on Monday. The correspondent said the attacks claimed the lives of 3 people."
    doc = nlp(text)
    entities = entity_mentions(doc, article_id="t")
    found = figures(nlp, text)
    assert [f.attributed_to for f in found] == [None]  # the sentence alone names no source
    said = quotes(doc, article_id="t", entities=entities, outlet="SANA")
    assert [f.attributed_to for f in with_quoted_sources(found, said)] == ["SANA"]  # the outlet's correspondent


def test_a_figure_outside_any_quote_keeps_no_source(nlp):
    from pipeline.casualties.quoted import with_quoted_sources
    from pipeline.entities import entity_mentions
    from pipeline.quotes import quotes

    text = "Three people were killed in the town on Monday. The governor said the road was open."
    doc = nlp(text)
    said = quotes(doc, article_id="t", entities=entity_mentions(doc, article_id="t"), outlet="SANA")
    assert [f.attributed_to for f in with_quoted_sources(figures(nlp, text), said)] == [None]


@pytest.mark.parametrize(
    ("title", "credited"),
    [
        ("Air raids kill 25 civilians in Example: monitor", True),
        ("Air strikes kill at least 44 — monitor | The Daily Example", True),
        ("50 civilians killed by air strikes in Example UN", True),
        ("Car bomb kills 45 in Example Governor - Region - World - Example Online", True),
        ("20 killed in Example - Observatory", True),
        ("Air strikes kill 23 in Example, monitor says", True),  # the credit as a clause of saying
        ("Shelling kills 12 in Example, activists say", True),
        ("Air strikes kill eight in Example", False),
        ("Rebels seize army base near Example", False),
    ],
)
def test_headline_credit(title, credited):
    from pipeline.casualties.headline_credits import headline_credit

    assert headline_credit(title) is credited


def test_a_headline_figure_takes_the_headline_s_own_place(nlp):
    # the headline is parsed on its own: its place is the one it names, not the article's most named one
    text = ("Air strikes hit the Shaar district on Tuesday. Shaar was hit again at noon. Government air strikes "
            "on eastern Aleppo killed 23 people, a monitoring group said.")
    doc = nlp(text)
    entities = entities_of(doc)
    found = casualty_figures(
        doc, article_id="t", published=None, entities=entities, places=places_of(doc, entities),
        title="Air strikes kill 23 in rebel-held Aleppo, monitor says", parse_title=True,
    )
    assert [(f.number, f.place) for f in found if f.in_headline] == [(23, "East Aleppo")]


def test_a_credited_headline_takes_the_body_source_of_the_figure_it_repeats(nlp):
    doc = nlp("Air strikes killed 25 civilians in Example on Monday, the Syrian Observatory for Human Rights said.")
    entities = entities_of(doc)
    found = casualty_figures(
        doc, article_id="t", published=None, entities=entities, places=places_of(doc, entities),
        title="Air raids kill 25 civilians: monitor", parse_title=True,
    )
    head = [f for f in found if f.in_headline]
    assert [(f.number, f.attributed_to) for f in head] == [(25, "Syrian Observatory for Human Rights")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The subject of an active casualty verb with its own object did the harm: not a victim count.
        ("Three masked attackers killed five people in the county.", [(5, "killed")]),
        ("Two gunmen wounded a guard at the gate.", [(1, "wounded")]),
        ("A gunman killed two people at the market.", [(2, "killed")]),
        # Negatives: no object, the subject is the victim.
        ("Two people killed in shelling on the town", [(2, "killed")]),
        ("Four soldiers died and a gunman was killed.", [(4, "killed"), (1, "killed")]),
        ("6 persons killed 40 others injured in rocket attacks on the town", [(6, "killed"), (40, "wounded")]),
        ("Four Civilians Killed 30 Injured in Shelling on the Town", [(4, "killed"), (30, "wounded")]),
        ("Thousands of families fled the town.", [(None, "displaced")]),
        # verb_frames.driven_from_home: forced to flee is displacement
        ("More than 300000 people have been killed and millions forced to flee their homes.",
         [(300000, "killed"), (None, "displaced")]),
    ],
)
def test_agent_of_harm_is_no_victim(nlp, text, expected):
    assert top(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Any singular noun a verb of killing or wounding has as patient is one person.
        ("A muezzin was shot dead near his home, police said.", [(1, "killed")]),
        ("Gunmen killed a cultural adviser to the parliament on Saturday.", [(1, "killed")]),
        ("Unknown gunmen killed local activist Samir Haddad in the town.", [(1, "killed")]),
        ("Omar Khalil was assassinated in the capital on Monday.", [(1, "killed")]),
        ("Journalist Omar Khalil was shot dead in the capital.", [(1, "killed")]),
        # Negatives: animals and things are no victims; a named reporter or agent is no figure.
        ("The strike killed a cow and destroyed a car.", []),
        ("Samir Haddad said the shelling had stopped.", []),
        ("Samir Haddad killed a guard.", [(1, "killed")]),
    ],
)
def test_patient_of_killing_is_one_person(nlp, text, expected):
    assert top(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The subject of a reporting verb speaks: no victim, whatever the reported clause says.
        ("Later the agency's correspondent in the city said that 3 people were killed.", [(3, "killed")]),
        ("A local doctor said four children were wounded.", [(4, "wounded")]),
        # Negative: a passive subject of "reported" is the victim.
        ("A doctor was reported killed in the raid.", [(1, "killed")]),
    ],
)
def test_the_speaker_is_no_victim(nlp, text, expected):
    assert top(figures(nlp, text)) == expected


def test_a_trailing_name_inside_the_subject_stays_the_subject(nlp):
    found = figures(nlp, "Air raids killed 12 people, Omar Khalil of the Local Council said.")
    assert [(f.number, f.attributed_to) for f in found] == [(12, "Omar Khalil")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A source reporting in a side clause does not stand for the main clause's figure.
        ("Thousands of families have fled the town in recent weeks, although the UN said it had received reports.", None),
        ("Since the army declared a truce on Monday, at least 40 civilians have been killed in the province.", None),
        # Negative: a plain trailing attribution still credits the figure.
        ("Twelve people were killed in the town, the UN said on Friday.", "United Nations"),
    ],
)
def test_a_source_in_a_side_clause_is_not_borrowed(nlp, text, source):
    found = figures(nlp, text)
    assert found and [f.attributed_to for f in found] == [source]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those killed with the verb's patient are killed too, and the sentence reports them all as one
        # total (comitative_patient); the parts keep their rows with part_of set
        ("The mayor was killed on Friday with four others including his wife.", [(5, "killed")]),
        ("The mayor was killed along with his wife and 10 other people in the raids.", [(12, "killed")]),
        ("A soldier was killed together with three civilians when the shell hit the market.", [(4, "killed")]),
        ("A man was killed with his two sons.", [(3, "killed")]),
        # an instrument is no victim, and a verb that harms no one counts no one
        ("The man was killed with two rockets fired from the hills.", [(1, "killed")]),
        ("The gunmen killed a farmer with a knife.", [(1, "killed")]),
        ("The ambassador met the mayor with his wife.", []),
    ],
)
def test_killed_with_others(nlp, text, expected):
    assert top(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two of the 40 passengers were wounded in the attack.", [(2, "wounded")]),
        ("At least 12 of the 30 people on board were killed.", [(12, "killed")]),
        ("One of the six aid workers was killed in the raid.", [(1, "killed")]),
        # the group noun has its own casualty word: its count is the figure, and the part the copula
        # names a sub-count of it (partitives.sub_count_of_a_written_whole)
        ("One of the two people killed was a child.", [(1, "killed"), (2, "killed")]),
    ],
)
def test_a_part_taken_from_a_group(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


def test_a_part_of_a_toll_given_before(nlp):
    found = figures(nlp, "Air strikes killed nine civilians in the town. Seven of those killed were from one family.")
    nine, seven = found
    assert (nine.number, seven.number, seven.part_of) == (9, 7, nine.figure_id)
    separate = figures(nlp, "Strikes killed two people in the town. Twenty others were wounded in the market.")
    assert all(f.part_of is None for f in separate)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 40 villagers in the border community were feared killed on Monday.", [(40, "killed")]),
        ("Twelve miners were feared trapped after the collapse of the tunnel.", [(12, "trapped")]),
        # negative: a participle that is not the verb's complement counts nothing
        ("Forty villagers feared that the soldiers would return to the village.", []),
    ],
)
def test_feared_with_a_casualty_participle(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Air strikes killed 40 people, 15 of whom were children.", [(40, "killed"), (15, "killed")]),
        ("Air strikes killed 40 people. Fifteen of them were children.", [(40, "killed"), (15, "killed")]),
        ("Rebel fire killed 1102 people, the monitor said, adding that 234 of them were children.",
         [(1102, "killed"), (234, "killed")]),
        ("Shelling wounded 30 people, 12 of them women.", [(30, "wounded"), (12, "wounded")]),
        # negatives: no toll in the sentence or the one before, or a part that is no group of people
        ("The army deployed 40 tanks. Fifteen of them were new.", []),
        ("Ten people were trapped in the town. It said two of them can also be used by fighters.", [(10, "trapped")]),
    ],
)
def test_a_part_of_the_victims_named_by_a_pronoun(nlp, text, expected):
    found = figures(nlp, text)
    assert pairs(found) == expected
    assert [f.part_of is not None for f in found] == [i > 0 for i in range(len(found))]  # the part is of the toll


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An age bound on people already counted is no count of its own.
        ("Six children, all under ten, were killed on Monday.", [(6, "killed")]),
        ("The four victims, all over sixty, were killed in their home.", [(4, "killed")]),
        ("Seven people were killed, three of them aged under eighteen.", None),
        ("The raid killed three children aged under 12 and their mother.", None),
        # A bound followed by the noun it counts stays a count.
        ("Over 60 people were killed in the strikes.", [(60, "killed")]),
        ("Under 100 civilians were wounded, the monitor said.", [(100, "wounded")]),
    ],
)
def test_an_age_bound_is_no_count(nlp, text, expected):
    found = top(figures(nlp, text))
    if expected is None:  # only the bound's number matters here
        assert not {12, 18} & {n for n, _ in found}
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A noun whose "of" names many is a quantity of people, not one person.
        ("A total of 68 people were killed in raids on the villages.", [(68, "killed")]),
        ("A total of 12 civilians were wounded in the shelling.", [(12, "wounded")]),
        # A parent "of N" is one victim; N counts the parent's children.
        ("The mother of two children was killed in the raid.", [(1, "killed")]),
        ("A father of five was shot dead at the checkpoint.", [(1, "killed")]),
        # negative: a person noun with its own "of" phrase stays one person
        ("The head of the local council was killed.", [(1, "killed")]),
    ],
)
def test_quantity_nouns_and_family_sizes(nlp, text, expected):
    assert top(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # an ordinal ranks a victim already counted ("ranked_in_a_series")
        ("A reporter was shot dead on Wednesday in the city, the eighth journalist killed this year.", [1]),
        ("A nurse was killed in the strike on the clinic, the second medic killed there this month.", [1]),
        # negative: no rank, one victim each
        ("A reporter was shot dead on Wednesday in the city.", [1]),
    ],
)
def test_a_ranked_victim_adds_no_one(nlp, text, numbers):
    assert [f.number for f in figures(nlp, text) if f.type == "killed" and not f.part_of] == numbers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb whose object the count is decides over a participle describing the victims
        ("Militants executed six people captured during an attack on the town.", [(6, "killed")]),
        ("Gunmen shot dead five men abducted from the village on Monday.", [(5, "killed")]),
        # negatives: counts run together in a headline, and "others" opening a group of its own
        ("8 persons killed 58 others injured in rocket attacks on the city", [(8, "killed"), (58, "wounded")]),
        ("Rebels freed ten people wounded in the clashes.", [(10, "wounded")]),
    ],
)
def test_the_verb_whose_object_the_count_is_decides(nlp, text, expected):
    assert [(f.number, f.type) for f in figures(nlp, text) if not f.part_of] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a patient's grave condition counts the wounded ("in_a_grave_condition")
        ("Ten patients were in critical condition.", [(10, "wounded")]),
        ("Two people remain in intensive care.", [(2, "wounded")]),
        ("Ten of the patients were in a critical care unit.", [(10, "wounded")]),
        # negatives: a situation, and a place, are no condition
        ("Three men were in a critical situation at the border.", []),
        ("Three men were in the house.", []),
    ],
)
def test_a_grave_condition_counts_the_wounded(nlp, text, expected):
    assert [(f.number, f.type) for f in figures(nlp, text) if not f.part_of] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead that drops its article ("opens_its_sentence_bare")
        ("Muslim cleric working for the state radio was shot dead on Friday night by gunmen.", [(1, "killed")]),
        ("Local journalist was killed in the city on Monday.", [(1, "killed")]),
        # negatives: a bare noun that is the agent, or is not first in its sentence
        ("Police officer shot the suspect in the leg.", []),
        ("On Monday local journalist reports said the city was calm.", []),
    ],
)
def test_a_lead_without_its_article_counts_one_victim(nlp, text, expected):
    assert [(f.number, f.type) for f in figures(nlp, text) if not f.part_of] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause about someone "whose" describes another victim ("someone_else_s_clause")
        ("A man whose son was killed reacts at a site hit by an airstrike in the town.", [(1, "family members")]),
        # negative: the clause is about the noun itself
        ("Two men who were killed in the strike were buried on Monday.", [(2, "men")]),
    ],
)
def test_a_clause_about_someone_whose_names_the_victim(nlp, text, expected):
    assert [(f.number, f.group) for f in figures(nlp, text) if f.type == "killed" and not f.part_of] == expected


# ---- the count is not the victims': relatives of a counted group, lives taken, two verbs on one count


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # types.counts_the_kin_of_the_victims
        ("The wives of the five alleged rebel fighters were also among the dead.", []),
        ("The families of 12 defectors were executed.", []),
        ("Relatives of 12 people killed in the attack gathered outside the morgue.", [(12, "killed")]),  # the 12 died
        ("A family of five was killed in the strike.", [(5, "killed")]),  # the family's size
        ("The bodies of 20 people were found.", [(20, "killed")]),
        # types.lives_taken: a count of lives a verb took is the dead, whatever verb follows
        ("The airstrikes have claimed hundreds of lives wounded many others and demolished buildings.",
         [(None, "killed")]),
        ("The charity claimed to have saved hundreds of lives in Aleppo.", []),  # the nearest verb saves them
        # cues.preceding_cue: two verbs right before one count make a combined count
        ("Mortar Attack Kills Injures over 70 Syrians in Eastern Province", [(70, "killed_or_wounded")]),
        ("Car bomb kills, injures 40 in Exampletown", [(40, "killed_or_wounded")]),
        ("Car bomb kills 5, injures 40 in Exampletown", [(5, "killed"), (40, "wounded")]),
        # ... and not when the first verb has a count of its own before it
        ("Shelling left 5 people killed, wounded 10 others.", [(5, "killed"), (10, "wounded")]),
        # ... the attackers before the first verb are no count of its own
        ("Two Car Bombs Kill, Injure 60 in Exampleton", [(60, "killed_or_wounded")]),
        ("Two suicide bombers killed, wounded 40 people in Exampleton.", [(40, "killed_or_wounded")]),
        ("Car Bomb at 10 AM Kills, Injures 35 in Exampleton", [(35, "killed_or_wounded")]),
        # cues.adjacent_cue: two casualty words right after the count, joined by a comma or by nothing
        # (headlines whose commas were lost), make a combined count, unless the second has its own
        ("Clashes in Exampleton: 25 Terrorists Killed, Injured", [(25, "killed_or_wounded")]),
        ("Clashes in Exampleton: 25 terrorists killed, injured", [(25, "killed_or_wounded")]),
        ("Shelling left 5 dead, injured 10 others in the town.", [(5, "killed"), (10, "wounded")]),
        ("The attack left 7 killed, wounded at least 20 others.", [(7, "killed"), (20, "wounded")]),
        # ... nor when the second word opens another clause
        ("At least 5 dead, injured children treated in Exampleton", [(5, "killed")]),
        ("Four killed, injured taken to hospital in Exampleton", [(4, "killed")]),
        ("The toll was 10 dead, injured unknown.", [(10, "killed")]),
        # counts.count_of_people: a title-case headline's count that NER took into a name
        ("Syria Five Civilians Killed in Terrorist Car Bomb Attack in Exampleton City", [(5, "killed")]),
        ("Syria Five Hospitals Attacked in Exampleton", []),
        # counts.count_after_casualty_verb: "Kills 18" that NER reads as a date
        ("Bomb Kills 18 in Exampleton Suburb\n\nRescuers searched the rubble.", [(18, "killed")]),
        ("The strike killed 18 March 2015 in the town.", []),
        ("Journalist Detained 1 Month Released in Exampleton", []),
        ("Town Besieged 1 Year Finally Reopens", []),
        # counted.victim_noun: the last of the compounds after the count is what it counts
        ("Twin Car Bombs in Exampleton Kill 32 Most School Students\n\nThe", [(32, "killed")]),
        ("Airstrike Hits 12 Village School Buildings in Exampleton\n\nThe", []),
        ("Rebels said the wounded killed 5 of the attackers.", [(5, "killed")]),  # a noun before the verb
        # types.object_of_its_cue: "A woman killed 30 injured" lists two counts
        ("A woman killed 30 injured in shelling of Exampletown", [(1, "killed"), (30, "wounded")]),
        ("A gunman killed 20 people in the market.", [(20, "killed")]),
        # ranges.names_years: two bare years joined as a range name a period, not a count
        ("Exampleton Jail: 9,000 Prisoners Executed 2011 to 2015", [(9000, "killed")]),
        ("Prisoners were executed between 2011 and 2015, the report said.", []),
        ("Between 20 and 30 people were killed in 2015.", [(30, "killed")]),
        # cues.shared_participle_cue: a headline's participle on the last coordinated count applies to all
        ("Five children and four medical staff killed by airstrikes on a hospital in Exampleton",
         [(9, "killed"), (5, "killed"), (4, "killed")]),
        ("22 children 6 teachers killed in airstrikes near schools in Exampleton", [(22, "killed"), (6, "killed")]),
        ("Five children and four nurses saved by rescuers in Exampleton", []),
        # not_victims.names_a_time: a headline passive whose year the parse takes for the verb's object
        ("Five Soldiers Executed 2016 in Exampleton", [(5, "killed")]),
        ("Two gunmen killed a guard in Exampleton", [(1, "killed")]),
        # a military unit's number ("Brigade 93") designates it; it counts no one
        ("Brigade 93 Soldiers Killed in Exampleton Ambush", []),
        ("Liwa 313 Fighters Killed in Exampleton", []),
        ("Brigade Seventeen Soldiers Killed in Exampleton", [(17, "killed")]),  # a unit is numbered in digits
        ("The brigade lost 12 soldiers in the ambush.", [(12, "killed")]),
        # counts.toll_after_rise: "from N to M" after a rising toll, with M read as a date
        ("The toll climbed from 40 to 70.", [(70, "killed")]),
        ("The toll rose sharply from 40 to 70.", [(70, "killed")]),
        ("The death toll has doubled from 35 to 70.", [(70, "killed")]),  # any verb of change, not a range
        ("The toll soared from 100 to 250 overnight.", [(250, "killed")]),
        ("The toll rose from 40 on Saturday to 70 on Sunday.", [(70, "killed")]),
        ("The toll increased from 40 to 70.", [(70, "killed")]),
        ("The price climbed from 40 to 70.", []),
    ],
)
def test_what_a_count_counts(nlp, text, expected):
    assert [(f.number, f.type) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # types.among_by_words: the long comma-less sentence makes "48 people" the subject of "said"
        ("Ten children were among at least 48 people killed in a Syrian village earlier this week as regime "
         "forces executed the families of five alleged rebels a monitoring group said Saturday.",
         [(10, "killed"), (48, "killed")]),
        # negatives: the casualty word belongs to another clause or phrase
        ("Ten children were among 48 people who survived the attack that killed 20.", [(20, "killed")]),
        ("Two men were among the crowd near the wounded soldiers when the shells fell.", []),
    ],
)
def test_among_a_count_read_from_the_words_when_the_parse_loses_it(nlp, text, expected):
    assert [(f.number, f.type) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # types.count_then_casualty_word: the parse hangs "18" on "attack" ("IS" read as a verb)
        ("18 dead in IS attack on Kurd-held Syria town Monitor", [(18, "killed", "people")]),
        # negative: the casualty word describes the counted noun right after it
        ("5 dead children were found in the rubble.", [(5, "killed", "children")]),
    ],
)
def test_a_count_right_before_a_casualty_word_counts_the_victims(nlp, text, expected):
    assert [(f.number, f.type, f.group) for f in figures(nlp, text)] == expected


def test_a_headline_the_text_does_not_print_keeps_a_vague_count_of_a_body_figure(nlp):
    # same_victims.vague_count_of: "kill dozens" over "killed at least 61"; "kill hundreds" is no count of 61
    body = "Air strikes that ripped through a market in a town have killed at least 61 people a monitor said."
    doc = nlp(body)
    entities = entities_of(doc)
    for title, kept in (("Air strikes kill dozens in Example town", True), ("Air strikes kill hundreds in Example town", False)):
        found = casualty_figures(doc, article_id="t", published=None, entities=entities, places=[], title=title, parse_title=True)
        assert any(f.in_headline and f.number is None for f in found) is kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # constructions.gapped_list_item: the items after a clause's place phrase share its verb
        ("Five people were killed in Maadi, two in Kallaseh and nine in Ansari.", [(5, "killed"), (2, "killed"), (9, "killed")]),
        ("The office said 150 bodies were counted in Hammouriya 100 in Kfar Batna and 40 in Erbin.",
         [(150, "killed"), (100, "killed"), (40, "killed")]),
        # negatives: a verb of its own after the item, a count that is no list item
        ("Twelve people were killed in Aleppo and 20 in Idlib were arrested.", [(12, "killed"), (20, "detained")]),
        ("Twelve people were killed in Aleppo, and the army moved 20 tanks into the city.", [(12, "killed")]),
    ],
)
def test_a_list_of_places_with_the_verb_left_out(nlp, text, expected):
    assert [(f.number, f.type) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # constructions.parallel_count_of_the_same_victims: "while four were ..." counts more of those killed
        ("At least six of those killed were rebel fighters while four were foreign volunteers.", [(6, "killed"), (4, "killed")]),
        ("Six of the wounded were children, and two were women.", [(6, "wounded"), (2, "wounded")]),
        # negatives: a count with a noun of its own, a first count taken from no victims
        ("Six of those killed were fighters while four tanks were destroyed.", [(6, "killed")]),
        ("Six of the buildings were destroyed while four were damaged.", []),
    ],
)
def test_a_parallel_clause_counts_more_of_the_same_victims(nlp, text, expected):
    assert [(f.number, f.type) for f in figures(nlp, text)] == expected


def test_a_vague_headline_count_sums_the_body_figures_of_its_type(nlp):
    # extract.sums_to_its_magnitude: "Dozens killed" over 16 and 10 killed (26); "hundreds" is no such sum,
    # and a war-wide toll is no part of it
    body = ("At least 16 people were killed in air strikes on the town on Monday. Ten more died in shelling of "
            "the nearby village. More than 300000 people have been killed since the war began in 2011.")
    doc = nlp(body)
    entities = entities_of(doc)
    for title, kept in (("Dozens killed in bombardment on Example town", True), ("Hundreds killed in bombardment on Example town", False)):
        found = casualty_figures(doc, article_id="t", published=None, entities=entities, places=[], title=title, parse_title=True)
        assert any(f.in_headline and f.number is None for f in found) is kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted.count_after_a_counted_object: comma-less, the parse hangs "militiamen" on "checkpoint"
        ("Rebels attacked a checkpoint in Homs province killing six civilians and five militiamen the "
         "Observatory said.", [(6, "killed"), (5, "killed")]),
        # negative: the first object is no count, and the second count has a verb of its own
        ("Rebels attacked a checkpoint killing civilians and five militiamen were arrested.", [(5, "detained")]),
    ],
)
def test_a_count_after_a_counted_object_shares_its_verb(nlp, text, expected):
    assert [(f.number, f.type) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # cues.manner_of_killing: "take out" people is a manner of killing, like "gun down"
        ("Russian jets have taken out seven field commanders in the east.", [(7, "killed")]),
        ("Jets Destroy Training Center Take Out Seven Commanders in Example", [(7, "killed")]),
        # negatives: the particle with an object that names no people; commanders with no casualty cue
        ("The families took out 20 loans to rebuild.", []),
        ("Seven commanders attended the meeting.", []),
    ],
)
def test_taking_out_people_is_killing_them(nlp, text, expected):
    assert [(f.number, f.type) for f in figures(nlp, text)] == expected


# ---- falling as a casualty: "25 people fell as martyrs" (Syrian state media), "fell dead"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twenty-five people fell as martyrs including women and children, SANA said.", [(25, "killed")]),
        ("Three soldiers fell dead in the ambush near Palmyra.", [(3, "killed")]),
        # negatives: things that fall, and "as" opening a clause about others
        ("Ten rockets fell as residents fled the neighbourhood.", []),
        ("Two shells fell as martyrs were buried in the cemetery of the town.", []),
    ],
)
def test_falling_as_a_casualty(nlp, text, expected):
    assert pairs(f for f in figures(nlp, text) if f.part_of is None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # governing.governing_cue: the toll noun tagged a name, the value hung on it
        ("Death Toll in Shelling of Aleppo Rises to 70\n\nSocial Media", [(70, "killed")]),
        # counts.toll_after_rise: NER reads the value as a date; "to" hangs on the toll noun
        ("Death Toll From Shelling of Besieged Towns in Exampleton Climbs to 70\n\nMore.", [(70, "killed")]),
        ("They raised the toll to 70 on Monday.", [(70, "killed")]),
    ],
)
def test_a_title_case_toll_headline_gives_its_value(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The toll of 2015 to 2016 was the highest.",
        "Road Toll From Exampleton to Sampleville Rises to 70 Dollars",
    ],
)
def test_a_title_case_headline_with_no_casualty_toll(nlp, text):
    assert figures(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # constructions.speaks_next: a joint source run into the verb ("a group and residents said")
        ("Rockets struck the city on Thursday setting off explosions in a depot that killed at least 40 people and "
         "wounded dozens an opposition group and residents said.", ["an opposition group"]),
        ("Blasts in a depot killed at least 40 people and wounded dozens a monitoring group and activists said.",
         ["a monitoring group"]),
    ],
)
def test_a_joint_source_run_into_the_toll_is_no_victim(nlp, text, sources):
    assert not {f.number_text for f in figures(nlp, text)} & set(sources)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a dateline abroad says where the reporter files from, not where anyone died
        ("AMMAN (Reuters) - The death toll from a gas attack on a town in northern Syria rose to 61 on Wednesday.", "Syria"),
        ("MOSCOW, March 3 (TASS) - Nine civilians were killed in the shelling of a town in Syria.", "Syria"),
        # negatives: a dateline in Syria is the scene; a city abroad named in the sentence is a place
        ("ALEPPO, Syria (AP) - Five people were killed in the shelling on Monday.", "Aleppo"),
        ("Three Syrian refugees were killed in a fire in Amman on Monday.", "Amman"),
    ],
)
def test_a_dateline_abroad_is_no_place_of_events(nlp, text, place):
    doc = nlp(text)
    entities = entities_of(doc)
    found = casualty_figures(doc, article_id="t", published=None, entities=entities, places=places_of(doc, entities))
    assert [f.place for f in found] == [place]


def test_a_count_in_brackets_is_one_token_pair(nlp):
    # nlp.NUMBER_BRACKET_EMOTICONS: spaCy keeps "8)" whole as an emoticon; in news it is a count in brackets
    assert [t.text for t in nlp.make_doc("Arbin (8), Saqba (6)")] == ["Arbin", "(", "8", ")", ",", "Saqba", "(", "6", ")"]


def test_counts_in_brackets_after_places_break_down_the_total(nlp):
    # places.place_before_a_bracketed_count and subcounts.total_before_a_colon
    found = figures(
        nlp,
        "Air strikes killed 31 people across Eastern Ghouta: Douma (12), Arbin (8), Saqba (6) and Hamouria (5), "
        "the monitor said.",
    )
    assert [(f.number, f.type) for f in found] == [(31, "killed"), (12, "killed"), (8, "killed"), (6, "killed"), (5, "killed")]
    assert top(found) == [(31, "killed")]
    assert [f.place for f in found[1:3]] == ["Douma", "Arbin"]


@pytest.mark.parametrize(
    ("text", "expected_top"),
    [
        # subcounts.total_before_a_colon: items after a colon that come to no more than the count before it
        ("Air strikes killed 31 people on Monday: 12 in Douma, 8 in Arbin and 6 in Saqba.", [(31, "killed")]),
        # Negative: counts after the colon that add up past it are no breakdown of it
        ("Clashes killed 5 soldiers on Monday: 12 rebels also died.", [(5, "killed"), (12, "killed")]),
        # Negative: a count of another type after the colon is no part of the killed count
        ("The raid killed 20 people: 45 were wounded.", [(20, "killed"), (45, "wounded")]),
    ],
)
def test_a_breakdown_after_a_colon(nlp, text, expected_top):
    assert top(figures(nlp, text)) == expected_top


def test_a_count_in_a_town_the_gazetteer_lacks_keeps_that_town(nlp):
    # places.own_place: "8 in Arbin" is Arbin's, not the known Douma's before it
    found = figures(nlp, "Air strikes killed 12 people in Douma and 8 in Arbin on Monday.")
    # a list of places' figures, each its own place's and no total (lists.followed_by_place)
    assert [(f.number, f.place, f.part_of) for f in found] == [(12, "Douma", None), (8, "Arbin", None)]


def test_counts_in_brackets_after_known_places_are_a_breakdown(nlp):
    # lists.breakdown_after_a_colon: "Place (count)" items after a colon that names a harm
    found = figures(nlp, "Shelling killed 9 people in Aleppo: Salaheddine (4), Kafr Hamra (3) and Sukkari (2).")
    assert [(f.number, f.part_of is not None) for f in found] == [(9, False), (4, True), (3, True), (2, True)]
    # Negative: persons' ages in brackets after a colon are no counts
    assert top(figures(nlp, "Two men were killed in the raid: Ahmed (35) and Khaled (22).")) == [(2, "killed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ranges.joined_range / governing.rise_by_then_to: "rose by N to M" is a rise, then the new toll
        ("The death toll from the massacre rose by five to 33.", [(33, "killed")]),
        ("The toll rose by 12 to 140 on Tuesday.", [(140, "killed")]),
        # Negatives: a rise with no new toll, a rise of something else, a true range
        ("The toll rose by five.", []),
        ("Prices rose by five to 33 percent.", []),
        ("Between 30 and 40 people were killed.", [(40, "killed")]),
    ],
)
def test_a_toll_that_rose_by_a_number_to_another(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts.age_of_a_person: "a boy of 12", "under the age of 5", "between the ages of 5 and 12"
        ("A boy of 12 was killed.", [(1, "killed")]),
        ("Two children under the age of 5 were killed.", [(2, "killed")]),
        ("Children between the ages of 5 and 12 were wounded.", []),
        # Negatives: a range of people, a family's size
        ("Between 5 and 12 people were wounded.", [(12, "wounded")]),
        # extract.sentence_candidates: counts listed after a single victim take its type
        ("Airstrikes killed a doctor, two nurses and a patient.", [(1, "killed"), (2, "killed")]),
        ("A nurse was wounded and 12 people fled the area.", [(1, "wounded"), (12, "displaced")]),
    ],
)
def test_ages_after_a_person_and_counts_after_a_single_victim(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counts.count_after_casualty_verb: a number word NER reads as a time, right after a verb of harm
        ("The shelling killed four people and wounded seven overnight.", [(4, "killed"), (7, "wounded")]),
        ("Strike Kills Five In Exampleton", [(5, "killed")]),
        # Negative: a span of time after the verb
        ("He was killed two weeks ago.", []),
    ],
)
def test_a_number_word_after_a_verb_of_harm(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # types.classify: a count's own harm word right after it, read as the victims, decides its type
        ("Casualties: 4 dead, 9 injured.", [(4, "killed"), (9, "wounded")]),
        # Negative: a harm word that describes the counted noun
        ("Casualties: 5 dead children were found.", [(5, "killed")]),
    ],
)
def test_a_count_with_its_own_harm_word_after_a_colon(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # verb_frames.taken_captive: held hostage, taken into custody
        ("Twenty protesters were taken into custody.", [(20, "detained")]),
        ("At least 9 people were held hostage for two days.", [(9, "detained")]),
        # Negatives: holding a meeting, rounding a number
        ("The army held 3 meetings with 40 elders.", []),
        ("The figure was rounded up to 60 by officials.", []),
    ],
)
def test_verbs_of_taking_and_holding_captive(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected

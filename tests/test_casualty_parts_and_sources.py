"""Parts of a toll and whose figure it is: a fronted "of" phrase, the group after the copula, a life lost
counted once, a toll set against another's, "another monitor", a backer before a hyphen, a list a lead
introduces with a colon. Invented sentences, positive and negative."""

from __future__ import annotations

import pytest

from pipeline.ingest import to_article
from pipeline.ingest.folders import read_file
from tests.test_casualties import figures, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fronted_partitive: "Of the dead, N were X" is a part of the toll before
        ("The strikes killed 40 people. Of the dead, 22 were children.", [(40, "killed", None), (22, "killed", "children")]),
        ("The strikes killed 40 people. Of those killed, 22 were children.", [(40, "killed", None), (22, "killed", "children")]),
        ("The strikes killed 40 people. Of them, 22 were children.", [(40, "killed", None), (22, "killed", "children")]),
        ("Of the 344 wounded, 90 were women.", [(344, "wounded", None), (90, "wounded", "women")]),
        # the group after the copula: "Twenty-two of the dead were children"
        ("The strikes killed 40 people. Twenty-two of the dead were children.", [(40, "killed", None), (22, "killed", "children")]),
        # negatives: a fronted "of" phrase of things, and of no counted people
        ("Of the 30 schools, 12 were closed.", []),
        ("The strikes killed 40 people. Of the budget, 22 were spent.", [(40, "killed", None)]),
    ],
)
def test_a_part_of_the_counted_is_a_sub_count_with_its_group(nlp, text, expected):
    found = figures(nlp, text)
    got = [(f.number, f.type, f.group if f.part_of else None) for f in found]
    assert got == expected
    assert all(f.part_of for f in found[1:] if expected and len(expected) > 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman lost her life in the shelling.", [(1, "killed")]),  # her life is hers, counted once
        ("A child lost his life when the shell hit.", [(1, "killed")]),
        ("Two soldiers lost their lives.", [(2, "killed")]),
        ("The strike cost one life.", [(1, "killed")]),  # negative: a life counted alone still counts
        ("Another life was lost in Example when a rocket hit a house.", [(1, "killed")]),
    ],
)
def test_a_life_lost_is_counted_with_whoever_lost_it(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        # a sentence that refers back with a count of its own sets it against the toll before
        ("The attacks killed 148 people. The Observatory said the toll had risen to 150.",
         [None, "Syrian Observatory for Human Rights"]),
        # negative: referring back with no count of its own credits the toll before
        ("The attacks killed 148 people. The Observatory said the attack took place at dawn.",
         ["Syrian Observatory for Human Rights"]),
        # a number that counts no one ("2 hospitals") does not stop the sentence crediting the toll before
        ("Eight people were killed in Example. The Observatory said the incident was the third such attack on 2 "
         "hospitals this week.", ["Syrian Observatory for Human Rights"]),
        # "another monitor" is not the monitor named before
        ("The Observatory said eight people were killed. Another monitor reported 20 wounded.",
         ["Syrian Observatory for Human Rights", None]),
        ("The Observatory said eight people were killed. The monitor reported 20 wounded.",
         ["Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"]),
    ],
)
def test_whose_figure_a_later_sentence_gives(nlp, text, sources):
    assert [f.attributed_to for f in figures(nlp, text)] == sources


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Six Iran-backed fighters were killed.", None),
        ("US-led coalition strikes killed 12 people.", None),
        ("Turkey-backed factions killed three civilians in Afrin.", "Afrin"),  # the scene after the backer
    ],
)
def test_a_backer_before_a_hyphen_is_no_place_of_a_figure(nlp, text, place):
    assert [f.place for f in figures(nlp, text)] == [place]


def test_a_lead_ending_in_a_colon_opens_the_article_and_its_list(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "Dozens killed across the north on Wednesday, monitor says\n\n"
        "The monitoring group documented the deaths of 63 people across the country on Wednesday:\n\n"
        "- 21 civilians, including 6 children\n- 17 rebel fighters\n\n"
        "In the north, three members of one family were killed when a shell fell on their house.\n",
        encoding="utf-8",
    )
    [article] = [to_article(doc) for doc in read_file(page, None)]
    assert article.title == "Dozens killed across the north on Wednesday, monitor says"
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].endswith("on Wednesday:")
    assert paragraphs[1:3] == ["- 21 civilians, including 6 children", "- 17 rebel fighters"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll raised "to N" after a time phrase NER ran into one date with the value
        ("The strike raised the death toll since Monday to 86.", [(86, "killed")]),
        # negative: a move "to" a day is no toll
        ("The army moved the toll counting to Monday.", []),
        # "take" with a word of captivity detains its object
        ("Three soldiers were taken prisoner.", [(3, "detained")]),
        ("Rebels took 12 soldiers captive.", [(12, "detained")]),
        ("Rebels took 12 soldiers to the front.", []),  # negative: taken somewhere, not captive
        ("The talks took 12 hours.", []),
        # a bare person noun sharing the possessive of the one before it
        ("Her father and mother were killed.", [(2, "killed"), (1, "killed"), (1, "killed")]),
        ("A father and husband was killed.", [(1, "killed")]),  # negative: one person described twice
    ],
)
def test_tolls_captives_and_shared_possessives(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "cumulative"),
    [
        # a comparison with a baseline dates one event; it is no running total
        ("The bombing killed 30 people, the highest toll in a single day since the ceasefire took effect.", False),
        ("The bombing killed 30 people, the deadliest attack since the war began.", False),
        # negatives: a count from the war's start or since an event is one
        ("Since the war began, 300,000 people have been killed.", True),
        ("The strikes have killed 400 people since the ceasefire took effect.", True),
    ],
)
def test_a_superlative_since_an_event_is_no_running_total(nlp, text, cumulative):
    [figure] = figures(nlp, text)
    assert figure.cumulative is cumulative
    assert (figure.place == "Syria") is (cumulative and "war" in text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Aleppo recorded 342 deaths in March.", None),  # a city where the dead were counted
        ("Example governorate recorded 342 deaths in March, the monitor said.", None),
        # negatives: a country and a seat of government speak
        ("Turkey said 12 soldiers were killed.", "Turkey"),
        # named as the guidelines name a seat's state ("Damascus" -> "Syrian government")
        ("Damascus said 12 soldiers were killed in Idlib.", "Syrian government"),
    ],
)
def test_a_city_is_no_source_a_state_is(nlp, text, source):
    assert [f.attributed_to for f in figures(nlp, text)] == [source]


def test_a_state_that_speaks_is_not_where_the_dead_were(nlp):
    [figure] = figures(nlp, "In Idlib, shelling continued. Damascus said 12 soldiers were killed.")
    assert figure.place == "Idlib"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Example province recorded the highest death toll, with 342 victims.", [(342, "killed")]),
        ("Idlib came first with 120 victims.", [(120, "other")]),  # negative: victims of no stated harm
    ],
)
def test_victims_after_a_death_toll_are_the_dead(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # brought out alive: rescued, none of the guidelines' types (5 December brief): no figure
        ("Rescuers pulled 40 people alive from the rubble.", []),
        ("Six people were found alive in Example.", []),
        ("Rescuers found 12 bodies in the rubble.", [(12, "killed")]),  # negative: bodies are the dead
        # a harm noun with a modifier of its own after "cases of"
        ("The monitor documented at least 32 cases of summary executions in Example.", [(32, "killed")]),
        ("The report listed 40 cases of water shortages.", []),  # negative: no harm to people
        # "Of these, N were X": a part of the toll before
        ("The strikes killed 400 people. Of these, 172 were soldiers.", [(400, "killed"), (172, "killed")]),
    ],
)
def test_rescued_alive_cases_of_executions_and_parts_of_these(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


def test_a_credit_after_a_contrast_is_the_second_figures(nlp):
    text = "Turkey's disaster agency said 354 people were killed in Gaziantep, while 58 died in Idlib, according to the White Helmets."
    first, second = (f.attributed_to for f in figures(nlp, text))
    assert (first, second) == ("Turkey's disaster agency", "White Helmets")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review: victims of a harm of their own, bodies pulled out, a threat: none of them rescued or dead
        # (victims given treatment are the wounded: verb_frames.receiving_treatment)
        ("No deaths were reported, although 25 victims of the stampede needed treatment.", [(25, "wounded")]),
        ("The death toll reached 30, and doctors said 45 victims of the blast were still in hospital.",
         [(30, "killed"), (45, "other")]),
        ("Civil defence workers pulled 3 bodies alive from the rubble.", [(3, "killed")]),
    ],
)
def test_victims_and_rescues_only_where_the_construction_says_so(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected

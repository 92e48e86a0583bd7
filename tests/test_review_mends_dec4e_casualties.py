"""Casualty constructions of the second casualty tester's report on degraded FA-KES-style text (commas
and apostrophes lost; invented text), each with positive and negative sentences."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures, pairs


def sources(found):
    return [f.attributed_to for f in found if not f.implied_total]


# ministries.named_ministry: a capitalised ministry after a country's possessive whose apostrophe was lost (B4)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russias Defence Ministry said militants shelled Hama killing 6 civilians.", ["Russian Defence Ministry"]),
        ("Turkeys Interior Ministry said 3 soldiers were killed near the border.", ["Turkish Interior Ministry"]),
        ("Syrias foreign ministry said militants shelled Hama killing 6 civilians.", ["Syrian Foreign Ministry"]),
        # no country before it: the ministry as written, no country guessed
        ("The Defence Ministry said 3 soldiers were killed near the border.", ["Defence Ministry"]),
    ],
)
def test_a_ministry_after_a_possessive_without_its_apostrophe(nlp, text, expected):
    assert sources(figures(nlp, text)) == expected


# places.place_glued_to_source: a place ending the clause runs into the source's phrase (B3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seven people were killed in Qamishli Kurdish officials said.", [None]),
        ("A mortar killed 4 people in Idlib Qasioun news agency said.", ["Qasioun news agency"]),
        ("Rocket fire killed two people in Hama state TV said.", ["Syrian state television"]),
        # the place leads the body's own name: kept
        ("Three people were killed in Aleppo Aleppo Police Command said.", ["Aleppo Police Command"]),
        ("Two civilians were killed in Idlib the Idlib Health Directorate said.", ["Idlib Health Directorate"]),
    ],
)
def test_a_place_glued_to_a_source(nlp, text, expected):
    assert sources(figures(nlp, text)) == expected


# source_names.source_reading: a crowd of one side ("Kurdish officials") names no body (B3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kurdish officials said 500 civilians had been killed in the siege.", [None]),
        ("Four people were killed in the blast according to Iranian officials.", [None]),
        ("The Turkish military said 3 soldiers were killed in the clashes.", ["Turkish military"]),  # a body
    ],
)
def test_a_sides_officials_name_no_body(nlp, text, expected):
    assert sources(figures(nlp, text)) == expected


# lexicons.group_or_its_part: "lost N of its fighters" counts N killed, as "lost N fighters" (A3)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jaish al-Islam said it lost 9 of its fighters in the clashes.", [(9, "killed")]),
        ("The militants lost 120 of their fighters in the battle for the airport.", [(120, "killed")]),
        ("Regime forces lost 14 soldiers in the clashes.", [(14, "killed")]),
        ("The rebels lost 6 of their positions in the clashes.", []),  # no people
        ("The rebels lost 3 of their 5 tanks.", []),
    ],
)
def test_lost_a_part_of_its_fighters(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


# cues.number_of_casualties, cues.harm_with_its_conjunct: "the number of abductees/dead (and injured) was N" (A2)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The monitor said the number of abductees was 270.", [(270, "detained")]),
        ("The number of dead and injured had exceeded 700.", [(700, "killed_or_wounded")]),
        ("The number of dead and wounded was 310.", [(310, "killed_or_wounded")]),
        ("The number of dead was 310.", [(310, "killed")]),
        ("The number of dead was 900 and the number of wounded 1200.", [(900, "killed"), (1200, "wounded")]),
        ("The number of refugees was 350.", []),
    ],
)
def test_the_number_of_casualties_was(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


# national_forces.state_body_of_the_article, state_broadcaster_of_the_article: a lower-case state body (B1)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelling killed 11 people in Aleppo on Friday according to the civil defence.", ["White Helmets"]),
        ("Shelling killed 11 people in Aleppo on Friday the civil defence said.", ["White Helmets"]),
        (
            "Mortar fire on the Idlib district of Qusur killed three people and wounded seven state television said.",
            ["Syrian state television", "Syrian state television"],
        ),
        ("A rocket killed 5 people in Hama according to state TV.", ["Syrian state television"]),
        ("State TV said 8 people were killed in Homs.", ["Syrian state television"]),
        # no country the article is about: no state's body guessed
        ("Shelling killed 11 people on Friday according to the civil defence.", [None]),
        ("A rocket killed 5 people on Friday according to state TV.", [None]),
        ("State media said 8 people were killed in Homs.", [None]),  # no one medium named
    ],
)
def test_a_lower_case_state_body(nlp, text, expected):
    assert sources(figures(nlp, text)) == expected

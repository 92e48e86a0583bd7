"""Cue constructions for Aleppo places found on pages the rules were not tuned on (invented sentences,
positives and negatives): a bracketed gloss before the area word, landmarks beside a listed district,
code-named field hospitals, one neighbourhood of a half, and the scene that lets an area word outweigh
the model's reading of a name."""

from __future__ import annotations

import pytest

from pipeline.places import Geocoder, place_mentions
from pipeline.places.cues import city_half_places, district_cue_places
from pipeline.places.landmarks import landmark_cue_places
from pipeline.places.scene import scene_is_aleppo


@pytest.fixture(scope="module")
def geocoder():
    return Geocoder(cache_path="/nonexistent/never-written.json")


def aleppo_places(nlp, geocoder, text):
    found = place_mentions(nlp(text), article_id="t", geocoder=geocoder)
    return [(m.text, m.place_id) for m in found if m.place_id.startswith("aleppo/")]


# ---------------------------------------------------------------- a gloss in brackets


@pytest.mark.parametrize(
    "text, name",
    [
        ("Shells hit the al-Fooya (radio) neighbourhood of Aleppo on Monday.", "al-Fooya"),
        ("In Aleppo, two died when rockets hit al-Barida (the mill) district.", "al-Barida"),
    ],
)
def test_a_gloss_in_brackets_may_stand_between_name_and_area_word(text, name):
    assert name in [text[s:e] for s, e, _, _ in district_cue_places(text, context=True)]


@pytest.mark.parametrize(
    "text",
    [
        "In Aleppo, fighters of the Free Syrian Army (FSA) area command met.",  # an acronym names a group
        "In Aleppo, the al-Fooya (radio and television) building was hit.",  # no area word
    ],
)
def test_an_acronym_or_a_gloss_without_area_word_is_no_cue(text):
    assert [text[s:e] for s, e, _, _ in district_cue_places(text, context=True)] == []


def test_an_area_word_outweighs_a_person_reading_when_the_scene_is_aleppo(nlp, geocoder):
    text = "Rockets fell on Aleppo on Monday. Nine were hurt when a shell hit al-Izaa (radio) neighbourhood."
    assert ("al-Izaa", "aleppo/unlocated/izaa") in aleppo_places(nlp, geocoder, text)


@pytest.mark.parametrize(
    "text, start_word, expected",
    [
        ("Shells fell on Aleppo. Later, a shell hit al-Fooya neighbourhood.", "al-Fooya", True),
        ("A source in Deir Ezzor said shells hit al-Fooya neighbourhood.", "al-Fooya", False),
        ("In Aleppo there was calm. In Damascus city a shell hit al-Fooya neighbourhood.", "al-Fooya", False),
        ("A shell hit al-Fooya neighbourhood.", "al-Fooya", False),  # no scene named at all
        ("Jets hit the town of Manbij in Northeastern Aleppo and al-Fooya district.", "al-Fooya", False),
        ("In Damascus City a shell hit al-Fooya neighbourhood.", "al-Fooya", False),
        ("Shells fell on East Aleppo. Later, a shell hit al-Fooya neighbourhood.", "al-Fooya", True),
    ],
)
def test_the_scene_is_the_last_city_or_aleppo_place_named(text, start_word, expected):
    assert scene_is_aleppo(text, text.index(start_word)) is expected


# ---------------------------------------------------------------- landmarks


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A shell hit the Qasra roundabout in Sheikh Maqsoud, injuring two.", "Qasra roundabout"),
        ("Medics at the M10 hospital treated the wounded.", "M10 hospital"),
        ("The M2 hospital was put out of service.", "M2 hospital"),
    ],
)
def test_landmarks_beside_a_listed_district_and_code_named_hospitals(text, expected):
    assert expected in [text[s:e] for s, e, _ in landmark_cue_places(text, context=True)]


@pytest.mark.parametrize(
    "text",
    [
        "A shell hit the Qasra roundabout in the town of Azaz.",  # no Aleppo place in the sentence
        "Medics at the M10 hospital treated the wounded.",  # same text, but the article is not about Aleppo
        "The Kilis State Hospital near Sheikh Maqsoud took the wounded.",  # an institution, not a local name
    ],
)
def test_landmarks_without_an_aleppo_frame_are_not_aleppo_landmarks(text):
    context = "M10" not in text
    assert landmark_cue_places(text, context=context) == []


# ---------------------------------------------------------------- one neighbourhood of a half


@pytest.mark.parametrize(
    "text, place_id",
    [
        ("A baby died in a besieged eastern neighbourhood of Aleppo.", "aleppo/east-aleppo"),
        ("Jets struck a rebel-held neighborhood of Syria's Aleppo city.", "aleppo/east-aleppo"),
        (
            "Aleppo was shelled again. Rockets hit a government-held district of the city.",
            "aleppo/west-aleppo",
        ),
    ],
)
def test_one_neighbourhood_of_a_half_with_the_city_named(text, place_id):
    assert place_id in [p.place_id for _, _, p in city_half_places(text, context=True)]


@pytest.mark.parametrize(
    "text",
    [
        "Hanano, an eastern district, fell first.",  # describes the district, names no half
        "A besieged neighbourhood of Aleppo ran out of bread.",  # no side named
        "Jets struck a rebel-held neighbourhood of Homs.",  # another city
    ],
)
def test_a_neighbourhood_without_the_city_or_a_side_is_no_half(text):
    assert city_half_places(text, context=True) == []


# ---------------------------------------------------------------- names sharing a plural landmark word


def test_names_sharing_a_plural_landmark_word_are_each_a_landmark():
    text = "Fighters attacked posts near the Qasra and Bireen roundabouts in Aleppo on Monday."
    found = {text[s:e]: p.name for s, e, p in landmark_cue_places(text, context=True)}
    assert found == {"Qasra": "Qasra Roundabout", "Bireen": "Bireen Roundabout"}


def test_hospitals_with_an_article_need_no_city_in_the_sentence():
    text = "The wounded were taken to al-Fooya and al-Barida hospitals."
    assert [p.name for _, _, p in landmark_cue_places(text, context=True)] == [
        "al-Fooya Hospital",
        "al-Barida Hospital",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The wounded were taken to Kilis and Gaziantep hospitals.",  # towns elsewhere, no Aleppo frame
        "Fighters attacked posts near the Qasra and Bireen roundabouts in the town of Azaz.",
        "Protesters filled the Tahrir and Talaat Harb squares in the Egyptian capital.",
    ],
)
def test_plural_landmark_words_outside_an_aleppo_frame_give_nothing(text):
    assert landmark_cue_places(text, context=True) == []


# ---------------------------------------------------------------- the scene


def test_a_name_listed_after_an_area_word_outweighs_a_group_reading_in_an_aleppo_scene(nlp, geocoder):
    text = "In Aleppo, shells fell on the neighbourhoods of Saif al-Dawla, al-Azamiyeh and al-Barida, wounding ten."
    assert "aleppo/unlocated/barida" in [place_id for _, place_id in aleppo_places(nlp, geocoder, text)]


def test_a_listed_name_in_another_citys_scene_stays_out(nlp, geocoder):
    text = "A source in Deir Ezzor said shells fell on the neighbourhoods of al-Qusour and al-Barida, wounding ten."
    assert aleppo_places(nlp, geocoder, text) == []


def test_an_unlocated_landmark_after_another_city_is_that_citys():
    text = (
        "Rockets hit Aleppo on Monday.\n\nDamascus Countryside\n\nTwo people were hurt in Douma, "
        "a doctor at al-Fooya National Hospital said."
    )
    assert landmark_cue_places(text, context=True) == []


def test_an_unlocated_landmark_after_aleppo_stays():
    text = "Rockets hit Aleppo on Monday. Two people were hurt, a doctor at al-Fooya National Hospital said."
    assert [text[s:e] for s, e, _ in landmark_cue_places(text, context=True)] == [
        "al-Fooya National Hospital"
    ]


# ---------------------------------------------------------------- who lives there


@pytest.mark.parametrize(
    "text, name",
    [
        ("Two rockets were fired overnight at the Karm Fooz Kurdish district of Aleppo.", "Karm Fooz"),
        ("Mortars fell on the Sulaymaniyah Christian quarter of Aleppo.", "Sulaymaniyah"),
    ],
)
def test_a_community_word_before_the_area_word_is_no_part_of_the_name(text, name):
    assert name in [p.name for _, _, p, _ in district_cue_places(text, context=True)]


def test_a_community_word_alone_is_no_name():
    assert district_cue_places("Rockets hit the Armenian district of Aleppo.", context=True) == []


# ---------------------------------------------------------------- the kind before the name


def test_a_landmark_written_kind_first_is_named_after_its_name():
    text = (
        "Shells fell on houses at the roundabout of Qasra residential area on the outskirts of Aleppo City."
    )
    found = [(text[s:e], p.name) for s, e, p in landmark_cue_places(text, context=True)]
    assert ("roundabout of Qasra", "Qasra Roundabout") in found


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered at the square of Tahrir in the Egyptian capital.",  # another city
        "In Aleppo, the hospital of the city was full.",  # no name
        "Tourists crossed the bridge of Sighs.",  # no Aleppo frame in the sentence
    ],
)
def test_kind_first_phrases_without_an_aleppo_name_give_nothing(text):
    assert landmark_cue_places(text, context=True) == []


# ---------------------------------------------------------------- one half set against the other


@pytest.mark.parametrize(
    "text, place_id",
    [
        ("Few people live in east Aleppo, which was damaged far more than the west.", "aleppo/west-aleppo"),
        ("Shops reopened in western Aleppo long before they did in the east.", "aleppo/east-aleppo"),
    ],
)
def test_the_other_half_set_against_a_named_half(text, place_id):
    assert place_id in [p.place_id for _, _, p in city_half_places(text, context=True)]


@pytest.mark.parametrize(
    "text",
    [
        "Relations between the West and Russia soured over east Aleppo.",  # the Western world
        "Few people live in the city, which was damaged far more than the west of the country.",
        "Damage in the west was heavy.",  # no half named beside it
    ],
)
def test_a_bare_east_or_west_without_the_other_half_is_no_half(text):
    assert "aleppo/west-aleppo" not in [p.place_id for _, _, p in city_half_places(text, context=True)]


# ---------------------------------------------------------------- names outside the city


def test_an_area_placed_outside_aleppo_by_a_direction_is_the_countryside():
    text = "In Aleppo, troops took the al-Fooya Farms area northwest of Aleppo on Sunday."
    assert "al-Fooya Farms" not in [text[s:e] for s, e, _, _ in district_cue_places(text, context=True)]


def test_an_area_without_a_direction_out_of_the_city_stays():
    text = "In Aleppo, troops took the al-Fooya Farms area in the north of the city on Sunday."
    assert "al-Fooya Farms" in [text[s:e] for s, e, _, _ in district_cue_places(text, context=True)]


def test_listed_names_written_as_towns_are_not_outweighed_into_districts(nlp, geocoder):
    text = "Rockets hit Aleppo. Shells fell on the residential neighbourhoods in Nubbul and al-Barida towns in the countryside."
    assert "aleppo/unlocated/barida" not in [place_id for _, place_id in aleppo_places(nlp, geocoder, text)]


def test_a_district_of_the_city_after_another_city_is_no_half_of_aleppo():
    text = "Talks on Aleppo went on. In Qamishli, a bomb hit a western district of the city on Wednesday."
    assert city_half_places(text, context=True) == []


def test_a_landmark_named_after_an_ambiguous_district_keeps_the_scene_check():
    text = "Aleppo was calm. In Damascus, soldiers fought near the farms by Tishreen Hospital."
    assert landmark_cue_places(text, context=True) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name followed by an article and a nisba is a person's ("the Chechen"), not the district
        ("The Observatory disagreed with the report. Salah Al Din Al Shishani is still alive and is somewhere in "
         "the east of Aleppo, it said.", set()),
        # Negative: a nisba that is itself a district is the next item of a comma-less list
        ("Strikes hit Salaheddine al-Ansari and al-Mashhad in Aleppo.", {"Salaheddine", "Ansari", "Mashhad"}),
        ("Rebels shelled Salah al-Din in Aleppo on Monday.", {"Salaheddine"}),
    ],
)
def test_a_place_name_run_into_a_nisba_is_a_person(nlp, geocoder, text, expected):
    found = place_mentions(nlp(text), article_id="t", geocoder=geocoder)
    assert {m.place for m in found if m.place_id.startswith("aleppo/")} == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # A district placed by the words after it in another Syrian city is not Aleppo's.
        ("Shells fell on Aleppo on Monday. The blast took place in the Kallaseh region of the Syrian capital.", False),
        ("Shells fell on Aleppo on Monday. Later a car bomb hit the Old City in Damascus, injuring two people.", False),
        ("Shells fell on Aleppo on Monday. Air strikes hit the area of Maadi near Deir ez-Zor on Friday.", False),
        # negatives: the same names placed in Aleppo, or by nothing after them, stay
        ("Shells fell on Aleppo on Monday. The blast took place in the Kallaseh neighbourhood of Aleppo.", True),
        ("Shells fell on Aleppo on Monday. Later a car bomb hit the Old City, injuring two people.", True),
    ],
)
def test_a_district_placed_in_another_city_is_not_aleppos(nlp, geocoder, text, kept):
    names = {"Kallaseh", "Old City", "Maadi"}
    found = [t for t, _ in aleppo_places(nlp, geocoder, text) if t.removeprefix("the ") in names]
    assert bool(found) == kept


# ---------------------------------------------------------------- cues.located_elsewhere_in_the_article


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # An unknown name the article puts in another province is not an Aleppo place at any mention.
        ("Jets struck Aleppo on Monday. Ten people died in the opposition-held district of Foobar. Rescuers "
         "searched the rubble in the rebel-held district of Foobar in the northwestern province of Idlib.", False),
        ("Jets struck Aleppo on Monday. Ten people died in the Foobar neighbourhood. Later shells fell on the "
         "Foobar neighbourhood in the city of Homs.", False),
        ("Jets struck Aleppo on Monday. A commander was killed in Foobar neighborhood of Deir Ezzor. Attacks "
         "focused on Foobar neighborhood which contains security centers.", False),
        # negatives: nothing places it elsewhere, or a cue names Aleppo at that mention
        ("Jets struck Aleppo on Monday. Ten people died in the opposition-held district of Foobar. Rescuers "
         "searched the rubble on Tuesday.", True),
        ("Jets struck Aleppo on Monday. Ten people died in the Foobar district of Aleppo. Shells fell on the "
         "district of Foobar in the province of Idlib.", True),
    ],
)
def test_a_name_the_article_puts_in_another_city_is_not_aleppos_anywhere(nlp, geocoder, text, kept):
    assert bool([t for t, _ in aleppo_places(nlp, geocoder, text) if "Foobar" in t]) == kept


# ---------------------------------------------------------------- cues.the_city_s_own_landmark


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jets struck Aleppo on Monday. Rebels fired on the citadel and the old city.",
         {"aleppo/citadel", "aleppo/old-city"}),
        # negatives: another city's, by the words after it or by the passage's scene; no Aleppo article
        ("Jets struck Aleppo on Monday. Rebels fired on the old city of Homs.", set()),
        ("Jets struck Aleppo on Monday. In Homs, rebels fired on the citadel.", set()),
        ("Jets struck Damascus on Monday. Rebels fired on the citadel.", set()),
    ],
)
def test_the_citys_own_landmark_by_its_kind(nlp, geocoder, text, expected):
    found = {place_id for _, place_id in aleppo_places(nlp, geocoder, text)}
    assert found & {"aleppo/citadel", "aleppo/old-city"} == expected


# ---------------------------------------------------------------- cues.close_spellings_in_a_list


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jets struck Aleppo on Monday, hitting Sakhoor, Tariq al-Bab and Masaken Hanano.", {"aleppo/sakhour"}),
        ("Jets struck Aleppo on Monday, hitting Tariq al-Bab and Sakhoor.", {"aleppo/sakhour"}),
        # negatives: places the offline layers put elsewhere, a person, an article not about Aleppo
        ("Jets struck Aleppo on Monday, hitting Homs, Tariq al-Bab and Hama.", set()),
        ("Jets struck Aleppo. Strikes hit Tariq al-Bab and John Smith said it was bad.", set()),
        ("Jets struck Exampletown on Monday, hitting Sakhoor and Zorba.", set()),
    ],
)
def test_a_close_spelling_in_a_list_of_aleppo_places(nlp, geocoder, text, expected):
    found = {place_id for _, place_id in aleppo_places(nlp, geocoder, text)}
    assert found - {"aleppo/tariq-al-bab", "aleppo/masaken-hanano"} - {p for p in found if p.startswith("geonames/")} == expected


# ---------------------------------------------------------------- cue names: one line, real articles, settlements, scene


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title's last word and the next paragraph's first are no name
        ("Shells hit the offices in al-Foobar neighborhood in Aleppo\n\nTerrorist groups positioned in the "
         "eastern neighborhoods of Aleppo City attacked the offices.", {"al-Foobar", "eastern neighborhoods of Aleppo"}),
        # "at", "an", "as" apart from the name are English words; joined by a hyphen they are articles
        ("A man breathes through an oxygen mask at Al-Foobar hospital in Aleppo.", {"Al-Foobar hospital"}),
        ("Shells hit as-Sukkari and al Mashhad neighbourhoods in Aleppo.", {"as-Sukkari", "al Mashhad"}),
        # "the neighbourhoods of Foo city" names a town
        ("Shelling hit Aleppo on Monday. Jets targeted the residential neighborhoods of Foobar city with shells.", set()),
        ("Shelling hit Aleppo on Monday. Shells fell on the neighbourhoods of Sukkari and Kalasa in the east.",
         {"Sukkari", "Kalasa"}),
        # what follows "area in" holds the area: a town, unless the gazetteer knows it as Aleppo's
        ("Shelling hit Aleppo on Monday. Units shelled the groups in the Khraba area in Barfoo, killing scores.",
         set()),
        ("Shelling hit Aleppo on Monday. Shells fell on residential areas in Sukkari and Kalasa.", {"Sukkari", "Kalasa"}),
        # words for events are no names
        ("Jets hit Aleppo. 35 Dead Dozens Wounded in Terrorist Battle in Aleppo. The fighting went on overnight.",
         set()),
        # an unknown district in a passage set in another town
        ("Shelling hit Aleppo on Monday. Fighters captured more territory inside Zabadani, the last rebel-held "
         "town on the border. They seized the Foobar district, driving out the rebels.", set()),
        ("Shelling hit Aleppo on Monday. Fighters captured more territory in the east of the city. They seized "
         "the Foobar district, driving out the rebels.", {"Foobar"}),
    ],
)
def test_what_a_district_cue_takes_for_a_name(nlp, geocoder, text, expected):
    found = {t for t, place_id in aleppo_places(nlp, geocoder, text) if place_id != "aleppo/city"}
    assert {t for t in found if t != "Aleppo"} == expected

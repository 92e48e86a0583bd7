"""Spelling normalisation, cue constructions, unlocated places and context readings (invented text)."""

from __future__ import annotations

import pytest
import spacy

from pipeline.gazetteer import closest_place, find_places
from pipeline.places import Geocoder, aleppo_context, place_mentions
from pipeline.places.cues import (
    city_half_places,
    district_cue_places,
    in_another_city,
    lower_case_listed_places,
    opens_a_hyphenated_modifier,
)
from pipeline.places.landmarks import landmark_cue_places
from pipeline.transliteration import closest, spelling_key


@pytest.fixture(scope="module")
def blank_nlp():
    return spacy.blank("en")


@pytest.fixture(scope="module")
def geocoder():
    return Geocoder(cache_path="/nonexistent/never-written.json")


def mentions(nlp, geocoder, text):
    return [(m.text, m.place_id) for m in place_mentions(nlp(text), article_id="t", geocoder=geocoder)]


# ---------------------------------------------------------------- one spelling key


@pytest.mark.parametrize(
    "a, b",
    [
        ("Bab al-Nayrab", "Bab Nairab"),
        ("Salah ad-Din", "Salaheddine"),
        ("Salah al-Din", "Salahuddin"),
        ("Salah Eddine", "Salah el-Din"),
        ("Kallaseh", "al-Kalasa"),
        ("Ashrafiyeh", "Ashrafiya"),
        ("Ashrafieh", "al-Ashrafiyah"),
        ("Sheikh Maqsoud", "Shaykh Maksoud"),
        ("Sheikh Maqsood", "Sheykh Maqsud"),
        ("Bustan al-Qasr", "Boustan el Kasr"),
        ("Jdeideh", "al-Jdeïdé"),
        ("Qadi 'Askar", "Qadi Askar"),
        ("Kallaseh Street", "al-Kallasa Street"),
    ],
)
def test_spellings_of_one_name_share_a_key(a, b):
    assert spelling_key(a) == spelling_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Bab al-Nasr", "Bab al-Nairab"),
        ("Sheikh Saeed", "Sheikh Maqsoud"),
        ("Ansari", "Nasr"),
        ("Hamdaniyeh", "Haydariyeh"),
        ("Sakhour", "Sukkari"),
    ],
)
def test_different_names_keep_different_keys(a, b):
    assert spelling_key(a) != spelling_key(b)


def test_a_close_spelling_finds_its_place_with_rapidfuzz():
    assert closest("Sheikh Khodr", ["Sheikh Khoder", "Sheikh Fares"])[0] == "Sheikh Khoder"
    assert closest("Sheikh Khodr", ["Karm al-Jabal", "Jabal Badro"]) is None
    assert closest("Bab", ["Bab al-Faraj"]) is None  # too short to match loosely


def test_a_tie_between_two_places_is_no_match():
    assert closest("Karm Taher", ["Karm Taheb", "Karm Tahez"]) is None


@pytest.mark.parametrize(
    "name, place_id",
    [
        ("Sheikh Khoder", "aleppo/sheikh-khodr"),
        ("al-Sulaimaniya", "aleppo/sulaymaniyah"),
        ("al-Jabiryieh", "aleppo/jabriyeh"),
        ("Bab Nairab", "aleppo/bab-al-nairab"),
        ("al-Halk", "aleppo/hellok"),  # a short vowel left out ("al-Halak")
        ("Jabiriyeh", "aleppo/jabriyeh"),  # a short vowel put in
    ],
)
def test_closest_place_accepts_close_gazetteer_spellings(name, place_id):
    place = closest_place(name, min_score=85)
    assert place is not None and place.id == place_id


@pytest.mark.parametrize("name", ["Ansar", "Homs", "Aleppo", "Manbij", "Muasalat", "Sohr", "Halab"])
def test_closest_place_does_not_stretch_to_other_names(name):
    assert closest_place(name, min_score=85) is None


# ---------------------------------------------------------------- district cues


def cue_hits(text, context=True):
    return [(text[s:e], p.place_id) for s, e, p, _ in district_cue_places(text, context=context)]


@pytest.mark.parametrize(
    "text, name, place_id",
    [
        ("Shells fell on the Sheikh Khodr neighbourhood at dawn.", "Sheikh Khodr", "aleppo/sheikh-khodr"),
        ("A car bomb hit the Zahabiya district of Aleppo.", "Zahabiya", "aleppo/unlocated/zahabiya"),
        ("Jets struck the al-Warda area of Aleppo on Monday.", "al-Warda", "aleppo/unlocated/warda"),
        ("Two men died in Tell Hamdan in Aleppo city.", "Tell Hamdan", "aleppo/unlocated/tell-hamdan"),
        ("Rockets hit al-Sulaimaniya neighbourhood overnight.", "al-Sulaimaniya", "aleppo/sulaymaniyah"),
        ("He lives in Salah ad-Din in Aleppo city.", "Salah ad-Din", "aleppo/salaheddine"),
    ],
)
def test_a_name_in_a_district_cue_is_an_aleppo_place(text, name, place_id):
    assert (name, place_id) in cue_hits(text)


def test_a_list_of_neighbourhoods_splits_on_known_names():
    """Listed gazetteer names (found by the gazetteer pass) cut the run; the gap between them is a name."""
    text = "Rockets hit the neighborhoods of Bab al-Faraj al-Zahabiya al-Furqan and Maisaloun in Aleppo city."
    assert cue_hits(text, context=False) == [("al-Zahabiya", "aleppo/unlocated/zahabiya")]


def test_a_list_gap_without_an_arabic_article_is_not_guessed():
    """Copy that lost its commas runs names together: a gap is taken only when it opens with "al-"."""
    text = "Shells hit the districts of Bab al-Faraj Sheikh Zahab Ahmad and al-Furqan in Aleppo."
    assert cue_hits(text, context=False) == []


def test_a_list_in_an_aleppo_article_and_close_spellings(blank_nlp, geocoder):
    text = "Rockets hit the neighborhoods of al-Jabiryieh, al-Zahabiya and Maisaloun in Aleppo city."
    found = mentions(blank_nlp, geocoder, text)
    assert ("al-Jabiryieh", "aleppo/jabriyeh") in found
    assert ("al-Zahabiya", "aleppo/unlocated/zahabiya") in found
    assert ("Maisaloun", "aleppo/maysaloon") in found


@pytest.mark.parametrize(
    "text",
    [
        "Clashes went on in the Waer district of Homs.",  # the cue places it in another city
        "The same neighbourhood was hit again.",  # not a name
        "Mortar Attacks Kill Three in Aleppo",  # a headline's capitals
        "Troops entered the Kurdish neighbourhood.",  # an adjective, not a name
        "Rebels hit the Homs district of Aleppo.",  # a known city elsewhere
    ],
)
def test_frames_without_an_aleppo_name_give_nothing(text):
    assert cue_hits(text) == []


def test_a_bare_cue_needs_an_article_about_aleppo():
    text = "Shells fell on the Zahabiya neighbourhood at dawn."
    assert cue_hits(text, context=False) == []
    assert cue_hits(text, context=True) == [("Zahabiya", "aleppo/unlocated/zahabiya")]


def test_unlocated_places_are_kept_without_a_coordinate(blank_nlp, geocoder):
    doc = blank_nlp("A barrel bomb hit the al-Warda area of Aleppo, killing four.")
    found = place_mentions(doc, article_id="t", geocoder=geocoder)
    warda = [m for m in found if m.text == "al-Warda"]
    assert warda and warda[0].in_aleppo and warda[0].lat is None and warda[0].lon is None
    assert warda[0].kind == "district" and warda[0].place_id == "aleppo/unlocated/warda"


# ---------------------------------------------------------------- landmark cues and city halves


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A shell hit al-Kallasa Street in Aleppo.",
            ("al-Kallasa Street", "aleppo/unlocated/kallasa-street"),
        ),
        ("Crowds gathered on Nile Street in Aleppo.", ("Nile Street", "aleppo/nile-street")),
        (
            "A strike hit al-Bayan hospital in Aleppo.",
            ("al-Bayan hospital", "aleppo/unlocated/bayan-hospital"),
        ),
    ],
)
def test_streets_and_hospitals_named_after_arabic_names_are_landmarks(text, expected):
    hits = [(text[s:e], p.place_id, p.kind) for s, e, p in landmark_cue_places(text, context=True)]
    assert (*expected, "landmark") in hits


@pytest.mark.parametrize(
    "text",
    ["Downing Street said the Aleppo talks failed.", "A doctor at the Damascus hospital in Aleppo said so."],
)
def test_english_or_foreign_landmarks_are_not_aleppo_streets(text):
    assert landmark_cue_places(text, context=True) == []


@pytest.mark.parametrize(
    "text, place_id",
    [
        (
            "Aleppo is split between government control in the west and rebel control elsewhere.",
            "aleppo/west-aleppo",
        ),
        ("Shells fell on the besieged eastern districts of the city.", "aleppo/east-aleppo"),
        ("Rockets hit the western government-held neighbourhoods.", "aleppo/west-aleppo"),
        ("Troops cut the last road out of the east.", "aleppo/east-aleppo"),
        ("Water ran short in the city's east.", "aleppo/east-aleppo"),
    ],
)
def test_a_half_of_the_city_is_east_or_west_aleppo(text, place_id):
    assert place_id in [p.place_id for _, _, p in city_half_places(text, context=True)]


@pytest.mark.parametrize(
    "text",
    [
        "Fighting spread to the eastern parts of Syria.",
        "Relations between the West and Russia soured.",
        "Rebels held the east of the country.",
    ],
)
def test_other_easts_and_wests_are_not_city_halves(text):
    assert city_half_places(text, context=True) == []


def test_city_halves_need_an_article_about_aleppo():
    assert city_half_places("Shells fell on the eastern districts of the city.", context=False) == []


# ---------------------------------------------------------------- context readings


def test_a_name_unique_to_aleppo_locates_without_the_word_aleppo(blank_nlp, geocoder):
    found = mentions(blank_nlp, geocoder, "Kurdish fighters held Sheikh Maqsoud on Monday.")
    assert ("Sheikh Maqsoud", "aleppo/sheikh-maqsoud") in found


@pytest.mark.parametrize(
    "text, name, place_id",
    [
        ("Regime jets struck al-Mashhad and Sheikh Maqsoud overnight.", "al-Mashhad", "aleppo/mashhad"),
        ("Shells fell on Shaar and Bustan al-Qasr in Aleppo.", "Shaar", "aleppo/shaar"),
        ("Clashes hit Salaheddin as troops pushed into Aleppo.", "Salaheddin", "aleppo/salaheddine"),
    ],
)
def test_ambiguous_names_take_their_aleppo_reading_in_an_aleppo_article(
    blank_nlp, geocoder, text, name, place_id
):
    assert (name, place_id) in mentions(blank_nlp, geocoder, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Pilgrims travelled to al-Mashhad for the holiday.", "al-Mashhad"),
        ("IS fighters seized the Shaar gas field east of Homs.", "Shaar"),
        ("Iraqi troops advanced in Salaheddin province near Tikrit.", "Salaheddin"),
    ],
)
def test_ambiguous_names_keep_their_other_reading_elsewhere(blank_nlp, geocoder, text, name):
    assert not [
        pid for t, pid in mentions(blank_nlp, geocoder, text) if t == name and pid.startswith("aleppo/")
    ]


def test_the_shaar_gas_field_is_not_the_district_even_in_an_aleppo_article(blank_nlp, geocoder):
    text = "Jets hit Aleppo on Monday while IS fighters seized the Shaar gas field in Homs."
    assert "aleppo/shaar" not in [pid for _, pid in mentions(blank_nlp, geocoder, text)]


def test_x_based_names_a_base_not_a_scene(blank_nlp, geocoder):
    text = "A Sheikh Maqsoud-based activist said shells hit Bustan al-Qasr."
    found = mentions(blank_nlp, geocoder, text)
    assert ("Bustan al-Qasr", "aleppo/bustan-al-qasr") in found
    assert not [t for t, _ in found if t == "Sheikh Maqsoud"]


@pytest.mark.parametrize(
    ("text", "not_a_scene"),
    [
        ("Six Iran-backed fighters were killed near Bustan al-Qasr.", "Iran"),
        ("Turkey-backed factions shelled Bustan al-Qasr.", "Turkey"),
        ("A Russia-brokered truce held in Bustan al-Qasr.", "Russia"),
        ("An Aleppo-born chef cooked for families in Bustan al-Qasr.", "Aleppo"),
    ],
)
def test_a_backer_broker_or_origin_before_a_hyphen_is_no_scene(blank_nlp, geocoder, text, not_a_scene):
    found = [t for t, _ in mentions(blank_nlp, geocoder, text)]
    assert not_a_scene not in found and len(found) == 1  # the scene after it stays


@pytest.mark.parametrize(
    ("text", "modifier"),
    [("Iran-backed", True), ("US-led", True), ("Aleppo-born", True), ("Aleppo-Damascus highway", False),
     ("Aleppo-area clinics", False), ("Aleppo - the city", False)],
)
def test_only_a_base_backer_or_origin_opens_a_hyphenated_modifier(text, modifier):
    end = len(text.split("-")[0].rstrip())
    assert opens_a_hyphenated_modifier(text, end) is modifier


@pytest.mark.parametrize(
    ("text", "other_city"),
    [
        ("Many families from Aleppo now live in the Ashrafieh district of Beirut.", True),
        ("Others live in Jdeideh, a suburb north of Beirut, while shells hit Aleppo.", True),
        ("In Cairo's Maadi district, refugees from Aleppo opened shops.", True),
        # negatives: Aleppo's own quarters, however written
        ("Shells hit the Ashrafiyeh district of Aleppo.", False),
        ("Shells hit Aleppo's Maadi district on Monday.", False),
        ("Shells hit the Maadi district of the city.", False),
        ("Shells struck Syria's Maadi district again.", False),  # a country's, not another city's
        ("Three more were killed in the Maadi district in Syria.", False),
    ],
)
def test_a_quarter_written_as_another_citys_is_no_aleppo_place(text, other_city):
    from pipeline.places.scene import quarter_of_another_city

    name = next(n for n in ("Ashrafieh", "Ashrafiyeh", "Jdeideh", "Maadi") if n in text)
    start = text.index(name)
    assert quarter_of_another_city(text, start, start + len(name)) is other_city


def test_an_aleppo_based_source_does_not_make_an_aleppo_article():
    assert not aleppo_context("The Aleppo-based monitor said jets struck al-Mashhad in Damascus.")
    assert aleppo_context("The monitor said jets struck Aleppo.")


def test_a_district_name_opening_an_armed_group_name_is_no_place(blank_nlp, geocoder):
    text = "Fighters of the Shuhada Bader Brigade fired shells on Aleppo."
    assert "aleppo/shuhada" not in [pid for _, pid in mentions(blank_nlp, geocoder, text)]


@pytest.mark.parametrize(
    "text, place_id",
    [
        ("Jets pounded the rebel-held half of Aleppo again.", "aleppo/east-aleppo"),
        (
            "Rockets hit government-controlled neighbourhoods of the city, Aleppo police said.",
            "aleppo/west-aleppo",
        ),
    ],
)
def test_a_half_named_by_who_holds_it_is_east_or_west_aleppo(text, place_id):
    assert place_id in [p.place_id for _, _, p in city_half_places(text, context=True)]


@pytest.mark.parametrize(
    "text",
    [
        "Rebel-held areas of Idlib were bombed. Aleppo was quiet.",  # another place's areas
        "Shelling hit rebel-held districts near the border. Later, talks on Aleppo resumed.",  # no city in the sentence
    ],
)
def test_held_halves_elsewhere_are_not_aleppo(text):
    assert city_half_places(text, context=True) == []


def test_coordinated_names_before_an_area_word_are_each_a_place():
    hits = cue_hits("Shells fell on the Zahabiya and Warda neighbourhoods at dawn.")
    assert hits == [("Zahabiya", "aleppo/unlocated/zahabiya"), ("Warda", "aleppo/unlocated/warda")]


def test_one_name_after_an_area_word_is_a_place():
    assert cue_hits("Jets struck the district of Zahabiya in Aleppo.", context=False) == [
        ("Zahabiya", "aleppo/unlocated/zahabiya")
    ]


def test_a_road_named_after_a_district_leaves_the_district(blank_nlp, geocoder):
    found = mentions(blank_nlp, geocoder, "Troops cut the Ramouseh road south of Aleppo.")
    assert ("Ramouseh", "aleppo/ramouseh") in found


def test_a_gazetteer_phrase_outgrows_the_city_entity_inside_it(nlp, geocoder):
    doc = nlp("A fire swept through Aleppo's medieval souk on Saturday, rebels said.")
    found = [(m.text, m.place_id) for m in place_mentions(doc, article_id="t", geocoder=geocoder)]
    assert ("Aleppo's medieval souk", "aleppo/souq-al-madina") in found


@pytest.mark.parametrize(
    "text",
    [
        "Fighting resumed in March in Aleppo city.",  # a month
        "Shells fell on the Free Syrian Army-controlled area of Aleppo.",  # a description
        "Shells hit Tell Qarah in Aleppo province.",  # the province, not the city
        "Jets struck the Zarbah district of Aleppo province.",
    ],
)
def test_months_descriptions_and_the_province_are_not_city_places(text):
    assert cue_hits(text, context=True) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A mortar hit the Jandoul roundabout in Aleppo on Monday.", "Jandoul roundabout"),
        ("Doctors at the Omar Abdulaziz hospital in Aleppo said two died.", "Omar Abdulaziz hospital"),
    ],
)
def test_roundabouts_and_hospitals_in_a_sentence_about_the_city_are_landmarks(text, expected):
    assert expected in [text[s:e] for s, e, _ in landmark_cue_places(text, context=True)]


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb exploded near the Kawar roundabout in the town of Azaz in Aleppo province.",
        "Doctors at the Bahman hospital said two died.",  # no city in the sentence, no article
    ],
)
def test_landmarks_elsewhere_are_not_aleppo_landmarks(text):
    assert landmark_cue_places(text, context=True) == []


def test_a_half_cue_outgrows_the_city_entity_inside_it(nlp, geocoder):
    doc = nlp("The government kept bombing the rebel-held half of Aleppo, monitors said.")
    found = [(m.text, m.place_id) for m in place_mentions(doc, article_id="t", geocoder=geocoder)]
    assert ("rebel-held half of Aleppo", "aleppo/east-aleppo") in found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shells hit Bab al-Faraj, al-Ramouseh and new Aleppo.", [("new Aleppo", "aleppo/new-aleppo")]),
        ("Fires spread in the old city and Bustan al-Qasr.", [("old city", "aleppo/old-city")]),
        ("Talks on a new Aleppo truce stalled.", []),
        ("The old city of Homs was quiet.", []),
    ],
)
def test_lower_case_names_count_when_listed_with_aleppo_places(text, expected):
    assert [(text[s:e], p.place_id) for s, e, p in lower_case_listed_places(text, context=True)] == expected


@pytest.mark.parametrize(
    "name, place_id",
    [
        ("Bustan al-Qasir", "aleppo/bustan-al-qasr"),
        ("Sheikh Maksud", "aleppo/sheikh-maqsoud"),
        ("Bustan Ahmad", None),
    ],
)
def test_an_unknown_place_entity_takes_a_close_aleppo_spelling(name, place_id):
    from pipeline.places.mentions import _close_aleppo_spelling

    place = _close_aleppo_spelling(name)
    assert (place.place_id if place else None) == place_id


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Rebels stormed the Artillery School in Aleppo's southwest.", "Artillery School"),
        ("Mortar shells fell on the crowded Qadri Square in the centre of Aleppo on Monday.", "Qadri Square"),
    ],
)
def test_schools_and_squares_in_a_sentence_about_the_city_are_landmarks(text, expected):
    assert expected in [text[s:e] for s, e, _ in landmark_cue_places(text, context=True)]


def test_a_school_in_a_sentence_without_the_city_is_not_an_aleppo_landmark():
    assert landmark_cue_places("The Kennedy School published a study of the siege.", context=True) == []


@pytest.mark.parametrize(
    "name, place_id",
    [
        ("Aleppo's citadel", "aleppo/citadel"),
        ("Aleppo's airport", "aleppo/aleppo-international-airport"),
        ("Aleppo's Umayyad Mosque", "aleppo/great-mosque"),
    ],
)
def test_possessive_aleppo_phrasings_name_the_landmark(name, place_id):
    from pipeline.gazetteer import lookup

    assert lookup(name).id == place_id


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mortar shells hit the Example square in the capital, state television reported.", "Example square"),
        ("The fighters captured al-Foo street in the eastern side of Manbij on Sunday.", "al-Foo street"),
        ("Shells fired from Douma wounded 7 people who were rushed to al-Foo Hospital for treatment.", "al-Foo Hospital"),
    ],
)
def test_an_unlocated_landmark_written_as_another_citys(text, name):
    start = text.index(name)
    assert in_another_city(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rockets hit al-Foo hospital in Aleppo on Sunday.", "al-Foo hospital"),
        ("Rockets hit al-Foo hospital on Sunday, killing two nurses.", "al-Foo hospital"),
        ("Shells hit al-Foo street near the Ramouseh roundabout.", "al-Foo street"),  # an Aleppo place beside it
    ],
)
def test_an_unlocated_landmark_of_the_city_stays(text, name):
    start = text.index(name)
    assert not in_another_city(text, start, start + len(name))


# ---------------------------------------------------------------- generalising constructions (issue 14)


@pytest.mark.parametrize(
    "text, name, place_id",
    [
        ("Five people were hurt in Qumbazeh neighborhood on Monday.", "Qumbazeh", "aleppo/unlocated/qumbazeh"),
        ("Shells landed on al- Aziziyeh neighborhood in Aleppo city.", "al- Aziziyeh", "aleppo/aziziyeh"),
        ("Snipers shot at people near Sheikh Khodr district.", "Sheikh Khodr", "aleppo/sheikh-khodr"),
    ],
)
def test_a_preposition_stands_for_the_article_before_name_and_area_word(text, name, place_id):
    assert (name, place_id) in cue_hits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fighting went on in Idlib area overnight.",  # a known place elsewhere
        "Ten were hurt in Kurdish neighbourhoods.",  # an adjective
        "Shells fell in Qumbazeh neighborhood of Homs.",  # placed in another city
    ],
)
def test_a_preposition_cue_keeps_the_frame_checks(text):
    assert cue_hits(text) == []


def test_a_name_listed_only_with_its_area_word_is_found_by_a_cue():
    """"Zahraa district" is listed, bare "Zahraa" is not (the town of Nubl-Zahraa): a cue adds the word."""
    assert ("Zahra", "aleppo/zahraa") in cue_hits("Rebels attacked the Zahra neighbourhood of Aleppo.")
    assert ("Zahraa", "aleppo/zahraa") in cue_hits("A car bomb went off in the Zahraa district.")


def test_an_area_word_form_is_not_stretched_to_other_names():
    assert cue_hits("A car bomb went off in the Zubeir district.") == [("Zubeir", "aleppo/unlocated/zubeir")]


def test_the_city_name_before_a_district_name_is_left_out():
    """"Aleppo al-Halk area": the district is al-Halk; the city's name alone is no district."""
    hits = cue_hits("Troops took the Aleppo al-Qumbaz area on Sunday.")
    assert hits and hits[0][1] == "aleppo/unlocated/qumbaz"
    assert cue_hits("Troops held the Aleppo City area.") == []


def test_a_one_word_gap_in_a_list_of_listed_places_is_a_name():
    text = "Shells hit the neighborhoods of al-Jamiliyeh Qumbaz and al-Ashrafiyeh in Aleppo."
    assert ("Qumbaz", "aleppo/unlocated/qumbaz") in cue_hits(text, context=False)


def test_a_one_word_gap_beside_no_listed_place_or_a_known_city_is_not_a_name():
    assert cue_hits("Shells hit the neighborhoods of Qumbaz and Tarfa.", context=False) == []
    assert cue_hits("Shells hit the neighborhoods of al-Jamiliyeh, Homs and al-Furqan in Aleppo.") == []


@pytest.mark.parametrize(
    "a, b",
    [("Karm Alnozha", "Karm al-Nozha"), ("Almiyassar", "al-Miyassar"), ("Elqumbaz", "el-Qumbaz")],
)
def test_an_article_glued_to_its_noun_is_left_out_of_the_key(a, b):
    assert spelling_key(a) == spelling_key(b)


@pytest.mark.parametrize("a, b", [("Aleppo", "Eppo"), ("Albab", "Bab"), ("Alawite", "Awite")])
def test_letters_that_only_look_like_a_glued_article_stay(a, b):
    assert spelling_key(a) != spelling_key(b)


def test_a_district_name_written_as_a_town_outside_aleppo_is_the_town(blank_nlp, geocoder):
    text = "Rebels attacked the town of Amiriyah and set fire to houses near Hama."
    assert "aleppo/ameriyeh" not in [pid for _, pid in mentions(blank_nlp, geocoder, text)]


def test_a_district_name_in_an_aleppo_article_stays_even_beside_town(blank_nlp, geocoder):
    text = "Shells fell on Amiriyah in Aleppo, and on the town of Anadan."
    assert ("Amiriyah", "aleppo/ameriyeh") in mentions(blank_nlp, geocoder, text)


def test_a_name_the_model_reads_as_a_place_elsewhere_is_not_blocked_as_a_group(blank_nlp, geocoder):
    """The small model's labels vary by mention: a NORP "Qumbaz" before a GPE "Qumbaz" is one place."""
    from spacy.tokens import Span

    doc = blank_nlp("Ten were hurt in Qumbaz neighborhood in Aleppo. Shells also hit Qumbaz later.")
    doc.ents = [Span(doc, 4, 5, label="NORP"), Span(doc, 12, 13, label="GPE")]
    assert doc.ents[1].text == "Qumbaz"
    found = [(m.text, m.place_id) for m in place_mentions(doc, article_id="t", geocoder=geocoder)]
    assert ("Qumbaz", "aleppo/unlocated/qumbaz") in found


def test_a_name_the_model_reads_only_as_a_group_stays_blocked(blank_nlp, geocoder):
    from spacy.tokens import Span

    doc = blank_nlp("Ten were hurt in Qumbaz neighborhood while Aleppo burned.")
    doc.ents = [Span(doc, 4, 5, label="NORP")]
    found = [m.place_id for m in place_mentions(doc, article_id="t", geocoder=geocoder)]
    assert "aleppo/unlocated/qumbaz" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Forty fighters died in clashes in Eastern Aleppo near the Tishrin Dam.",
        "Jets hit western Aleppo near Atareb on Monday.",
    ],
)
def test_a_city_half_placed_near_a_place_outside_the_city_is_the_provinces(blank_nlp, geocoder, text):
    found = [pid for _, pid in mentions(blank_nlp, geocoder, text)]
    assert "aleppo/east-aleppo" not in found and "aleppo/west-aleppo" not in found


@pytest.mark.parametrize(
    "text, place_id",
    [
        ("Jets hit eastern Aleppo near the Sakhour roundabout.", "aleppo/east-aleppo"),
        ("Jets hit west Aleppo near a school on Monday.", "aleppo/west-aleppo"),
    ],
)
def test_a_city_half_near_a_place_of_the_city_stays(blank_nlp, geocoder, text, place_id):
    assert place_id in [pid for _, pid in mentions(blank_nlp, geocoder, text)]


def test_a_provincial_half_is_the_provinces_throughout_the_article(blank_nlp, geocoder):
    text = "Clashes in Eastern Aleppo\n\nFighters died in Eastern Aleppo near the Tishrin Dam."
    assert "aleppo/east-aleppo" not in [pid for _, pid in mentions(blank_nlp, geocoder, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The army shelled both Barzeh and the Qumbaz district of the capital.",  # of the capital
        "Rebels left for Idlib from the Damascus suburb of Qumbaz.",  # a city owns the area word
        "Jets hit the district of Qumbaz in the northwestern province of Idlib.",  # the list placed elsewhere
        "Shells hit a rebel-held neighbourhood of Syrias Aleppo city.",  # Syria's Aleppo is the city
    ],
)
def test_areas_another_city_owns_are_not_aleppo_places(text):
    assert cue_hits(text) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Jets hit the Aleppo suburb of Qumbaz.", "Qumbaz"),
        ("Shells fell on the district of Qumbaz in the city.", "Qumbaz"),
    ],
)
def test_areas_aleppo_owns_stay_aleppo_places(text, name):
    assert (name, f"aleppo/unlocated/{name.lower()}") in cue_hits(text)


def test_a_hospital_named_only_by_the_city_is_no_named_landmark():
    text = "The boy was taken to an Aleppo hospital in the city."
    assert landmark_cue_places(text, context=True) == []
    text = "The boy was taken to al-Qumbaz hospital in the city."
    assert [p.place_id for _, _, p in landmark_cue_places(text, context=True)] == ["aleppo/unlocated/qumbaz-hospital"]


# ---------------------------------------------------------------- names run together (_names_run_together)


def test_names_run_together_split_where_an_arabic_article_opens_a_name():
    """Commas lost: "al-Hamadaniya al-Sheikh Taha al-Sulaimaniah" is three names, each a close spelling."""
    text = "Shells fell on the neighbourhoods of al-Hamadaniya al-Sheikh Taha al-Sulaimaniah and al-Furqan in Aleppo."
    ids = [place_id for _, place_id in cue_hits(text, context=False)]
    assert {"aleppo/hamdaniyeh", "aleppo/sulaymaniyah"} <= set(ids)


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        # a listed name, then its adjective
        ("Shells fell on the neighbourhoods of al-Sirian al-Qadima al-Foo and al-Furqan in Aleppo.",
         "aleppo/syriac-quarter"),
        # a close spelling, then its adjective, run into the next name
        ("Shells fell on the neighbourhoods of al-Hamadaniya al-Qadima al-Foo and al-Furqan in Aleppo.",
         "aleppo/hamdaniyeh"),
    ],
)
def test_an_attributive_adjective_qualifies_the_name_before_it(blank_nlp, geocoder, text, place_id):
    """ "al-Sirian al-Qadima": the old Siryan quarter; the adjective opens no name, the word after it does."""
    found = mentions(blank_nlp, geocoder, text)
    assert place_id in [p for _, p in found]
    assert ("al-Foo", "aleppo/unlocated/foo") in found
    assert not any(name.startswith("al-Qadima") for name, _ in found)


def test_names_run_together_that_match_nothing_stay_out_without_articles():
    text = "Shells hit the districts of Bab al-Faraj Sheikh Zahab Ahmad and al-Furqan in Aleppo."
    assert cue_hits(text, context=False) == []


@pytest.mark.parametrize("text", ["Shells fell on Aleppo al-Jadida at dawn.", "Shells fell on Aleppo al-Jadideh at dawn."])
def test_new_aleppo_in_its_arabic_and_english_forms(text):
    assert [p.id for _, _, p in find_places(text)] == ["aleppo/new-aleppo"]


# ---------------------------------------------------------------- a cue naming Aleppo outweighs a person reading


def located(nlp, geocoder, text):
    from pipeline.entities import entity_mentions

    doc = nlp(text)
    found = place_mentions(doc, entity_mentions(doc, article_id="t"), article_id="t", geocoder=geocoder)
    return [(m.text, m.place_id) for m in found if m.place_id.startswith("aleppo/")]


def test_a_cue_naming_aleppo_keeps_a_name_the_model_read_as_a_person(nlp, geocoder):
    text = "A shell hit a building in the neighbourhood of Karam al-Tuffah in Aleppo, killing two."
    assert ("Karam al-Tuffah", "aleppo/unlocated/karam-tuffah") in located(nlp, geocoder, text)


def test_a_cue_not_naming_aleppo_still_leaves_a_person_reading_out(nlp, geocoder):
    text = "Aerial bombardments in Aleppo focused on Ferdous and areas of Der Hafir according to activists."
    assert not any("Hafir" in name for name, _ in located(nlp, geocoder, text))

"""Spelling variants the one normaliser (`pipeline.transliteration`) folds, and the places they find
(invented spellings and sentences)."""

from __future__ import annotations

import pytest

from pipeline.gazetteer import closest_place
from pipeline.transliteration import spelling_key


@pytest.mark.parametrize(
    "a, b",
    [
        ("Shekh Maqsoud", "Sheikh Maqsoud"),
        ("Shaikh Najjar", "Sheikh Najjar"),
        ("Sheik Said", "Shaykh Saeed"),
        ("Cheikh Fares", "Sheikh Fares"),
        ("al-Ferdaws", "al-Firdous"),
        ("Seif ad-Dawla", "Saif al-Doula"),
        ("al-Khalediyeh", "al-Khalidiyeh"),
        ("al-Mohafaza", "al-Muhafaza"),
        ("al-Serian", "al-Sirian"),
    ],
)
def test_vowel_spellings_of_one_name_share_a_key(a, b):
    assert spelling_key(a) == spelling_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Sheikh Saeed", "Sheikh Fares"),
        ("Shahba", "Sheikh"),  # only the word "Sheikh" folds, not any word opening with "sh"
        ("Jouret Awwad", "Jouret Ud"),  # "aw" before a vowel is a consonant, not the diphthong
        ("Halab", "Hilal"),
    ],
)
def test_different_names_keep_different_keys_after_vowel_folding(a, b):
    assert spelling_key(a) != spelling_key(b)


@pytest.mark.parametrize(
    "name, place_id",
    [
        ("Shekh Kheder", "aleppo/sheikh-khodr"),
        ("al-Jamelaiah", "aleppo/jamiliyeh"),
        ("Ferdaws", "aleppo/fardous"),
        ("al-Khalediyeh", "aleppo/khalidiyeh"),
    ],
)
def test_vowel_variants_find_their_gazetteer_place(name, place_id):
    place = closest_place(name, min_score=85.0)
    assert place is not None and place.id == place_id


@pytest.mark.parametrize("name", ["Shekh Jarrah", "Ferdinand", "Mohammed"])
def test_vowel_folding_does_not_stretch_to_other_names(name):
    assert closest_place(name, min_score=85.0) is None


@pytest.mark.parametrize("a, b", [("Suleimanyyeh", "Suleimaniyeh"), ("al-Ashrafyeh", "al-Ashrafiyeh")])
def test_a_feminine_ending_without_its_i_shares_the_key(a, b):
    assert spelling_key(a) == spelling_key(b)


@pytest.mark.parametrize("a, b", [("Tayyeh", "Tiya"), ("Hamdaniyeh", "Hamdanyah Street")])
def test_a_y_after_a_vowel_or_inside_a_name_is_no_ending(a, b):
    assert spelling_key(a) != spelling_key(b)


@pytest.mark.parametrize(
    "name, place_id",
    [
        ("Mayssar", "aleppo/karm-al-myassar"),  # the vowel before the y, not after it
        ("al-Athamiyeh", "aleppo/azamiyeh"),  # the Arabic letter written "th", not "z"
    ],
)
def test_listed_spellings_the_key_cannot_fold(name, place_id):
    place = closest_place(name)
    assert place is not None and place.id == place_id

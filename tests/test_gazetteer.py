"""The Aleppo gazetteer: sourced coordinates, spelling variants and ruler patterns."""

from __future__ import annotations

import math

import pytest

from pipeline.gazetteer import (
    find_places,
    load_gazetteer,
    lookup,
    normalise_name,
    ruler_patterns,
)

ALEPPO_BBOX = (36.10, 36.28, 37.03, 37.28)  # lat min, lat max, lon min, lon max


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def test_gazetteer_is_large_and_ids_unique():
    places = load_gazetteer()
    assert len(places) >= 50
    assert len({p.id for p in places}) == len(places)
    assert {p.kind for p in places} <= {"district", "area", "landmark"}


@pytest.mark.parametrize("place", load_gazetteer(), ids=lambda p: p.id)
def test_every_row_is_inside_aleppo_and_near_its_source(place):
    lat_min, lat_max, lon_min, lon_max = ALEPPO_BBOX
    assert lat_min <= place.lat <= lat_max and lon_min <= place.lon <= lon_max
    assert place.source.strip(), "every coordinate is cited"
    assert haversine_km(place.lat, place.lon, place.source_lat, place.source_lon) <= 1.0


def test_required_places_are_present():
    for name in (
        "Old City",
        "Citadel",
        "Castello Road",
        "Ramouseh",
        "Aleppo University",
        "Aleppo International Airport",
        "East Aleppo",
        "West Aleppo",
    ):
        assert lookup(name) is not None, name


@pytest.mark.parametrize(
    "spellings",
    [
        ("Kalasseh", "Kallaseh", "al-Kalasa", "Al Kalasa", "the Kallaseh neighbourhood", "Kalaseh"),
        ("Sheikh Maqsoud", "Sheikh Maksoud", "Sheikh Maqsood", "al-Sheikh Maqsoud"),
        ("Bustan al-Qasr", "Bustan al-Kasr", "Boustan al-Qasr"),
        ("Salaheddine", "Salah al-Din", "Salah al Din", "Salahuddin", "district of Salah al-Din"),
        ("East Aleppo", "eastern Aleppo", "east Aleppo", "rebel-held east", "opposition-held east"),
        ("West Aleppo", "western Aleppo", "regime-held west", "government-held west"),
        ("Castello Road", "the Castello road", "Castello highway"),
    ],
)
def test_variants_resolve_to_one_place(spellings):
    ids = {lookup(s).id if lookup(s) else None for s in spellings}
    assert len(ids) == 1 and None not in ids, ids


@pytest.mark.parametrize("name", ["Aleppo", "Paris", "the city", "east", "Zahra", ""])
def test_non_gazetteer_names_do_not_match(name):
    assert lookup(name) is None


def test_normalise_name_drops_articles_accents_and_hyphens():
    assert normalise_name("al-Jdeïdé") == normalise_name("Jdeide")
    assert normalise_name("Qadi 'Askar") == normalise_name("Qadi Askar")
    assert normalise_name("The neighbourhood of al-Shaar") == "shaar"


def test_ruler_patterns_carry_ids_and_labels():
    patterns = ruler_patterns()
    labels = {p["label"] for p in patterns}
    assert {"LOC", "FAC"} <= labels
    by_text = {p["pattern"]: p for p in patterns if isinstance(p["pattern"], str)}
    assert by_text["eastern Aleppo"]["id"] == "aleppo/east-aleppo"
    assert by_text["Castello Road"]["label"] == "FAC"
    assert by_text["al-Kalasa"]["id"] == "aleppo/kallaseh"
    # Ordinary English phrases are token patterns on ORTH, never LOWER phrase patterns.
    assert "Old City" not in by_text and "New Aleppo" not in by_text


def test_entity_ruler_finds_gazetteer_names():
    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER", "validate": True})
    ruler.add_patterns(ruler_patterns())
    doc = nlp(
        "Shells hit rebel-held Kalasseh while the regime-held west and Eastern Aleppo waited "
        "near the old city of Homs and the Old City."
    )
    found = {(e.text, e.label_, e.ent_id_) for e in doc.ents}
    assert ("Kalasseh", "LOC", "aleppo/kallaseh") in found
    assert ("regime-held west", "LOC", "aleppo/west-aleppo") in found
    assert ("Eastern Aleppo", "LOC", "aleppo/east-aleppo") in found
    assert ("Old City", "LOC", "aleppo/old-city") in found
    assert not any(e.text == "old city" for e in doc.ents)


def test_find_places_in_raw_text():
    text = "Fighting in al-Kallaseh, Bustan al Qasr and the rebel-held eastern districts; a new Aleppo truce."
    found = [(text[s:e], p.id) for s, e, p in find_places(text)]
    assert found == [
        ("al-Kallaseh", "aleppo/kallaseh"),
        ("Bustan al Qasr", "aleppo/bustan-al-qasr"),
        ("rebel-held eastern districts", "aleppo/east-aleppo"),
    ]

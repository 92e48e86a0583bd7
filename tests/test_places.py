"""Geocoding: offline layers, the Syrian reading of ambiguous names, the online cache, and mentions."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import ClassVar

import pytest

from pipeline import places as places_module
from pipeline.places import Geocoder, ResolvedPlace, place_mentions

SEED_KALASSEH = "003_7d8e7eb2e866b5d7.txt"


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network access is not allowed in tests")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture
def geocoder(tmp_path):
    return Geocoder(cache_path=tmp_path / "geocode.json")


@pytest.mark.parametrize(
    "name, country, lat, lon",
    [
        ("Aleppo", "SY", 36.20, 37.16),
        ("Raqa", "SY", 35.95, 39.01),
        ("Idleb", "SY", 35.93, 36.63),
        ("Deir Ezzor", "SY", 35.34, 40.14),
        ("Deraa", "SY", 32.62, 36.10),
        ("Damascus", "SY", 33.51, 36.29),
        ("Geneva", "CH", 46.20, 6.15),
        ("Paris", "FR", 48.85, 2.35),
        ("Athens", "GR", 37.98, 23.73),
        ("Gaziantep", "TR", 37.06, 37.38),
        ("Moscow", "RU", 55.75, 37.62),
        ("Washington", "US", 38.90, -77.04),
    ],
)
def test_cities_resolve_where_they_are(geocoder, name, country, lat, lon):
    place = geocoder.resolve(name)
    assert place is not None and place.kind == "city" and place.country == country
    assert abs(place.lat - lat) < 0.1 and abs(place.lon - lon) < 0.1


def test_aleppo_is_the_syrian_city(geocoder):
    place = geocoder.resolve("Aleppo")
    assert place.place_id == "geonames/170063" and place.in_aleppo
    assert geocoder.resolve("Aleppo's").place_id == "geonames/170063"


@pytest.mark.parametrize(
    "name, kind, place_id",
    [
        ("Syria", "country", "country/SY"),
        ("the United States", "country", "country/US"),
        ("Britain", "country", "country/GB"),
        ("Idlib province", "region", "region/idlib-governorate"),
        ("Eastern Ghouta", "region", "region/eastern-ghouta"),
        ("the Middle East", "region", "region/middle-east"),
        ("Kalasseh", "district", "aleppo/kallaseh"),
        ("east Aleppo", "area", "aleppo/east-aleppo"),
        ("the Citadel of Aleppo", "landmark", "aleppo/citadel"),
    ],
)
def test_kinds(geocoder, name, kind, place_id):
    place = geocoder.resolve(name)
    assert place is not None and (place.kind, place.place_id) == (kind, place_id)


def test_ambiguous_names_prefer_aleppo_only_in_aleppo_context(geocoder):
    assert geocoder.resolve("Salah al-Din", context_in_aleppo=True).place_id == "aleppo/salaheddine"
    iraqi = geocoder.resolve("Salah al-Din")
    assert iraqi.place_id == "region/salah-al-din-governorate" and iraqi.country == "IQ"
    assert geocoder.resolve("Midan") is None
    assert geocoder.resolve("Midan", context_in_aleppo=True).in_aleppo


@pytest.mark.parametrize("name", ["West", "Old City", "Daesh", "", "   ", "123"])
def test_unknown_or_generic_names_are_not_guessed(geocoder, name):
    assert geocoder.resolve(name) is None


def test_offline_geocoding_works_with_sockets_blocked(no_network, geocoder):
    assert geocoder.resolve("Raqa").country == "SY"
    assert geocoder.resolve("Nowhere-on-earth-xyz") is None  # offline: no lookup attempted


class FakeLocation:
    def __init__(self, lat, lon, raw):
        self.latitude, self.longitude, self.raw, self.address = lat, lon, raw, raw["display_name"]


class FakeNominatim:
    """Stands in for geopy's Nominatim: records queries, never touches the network."""

    calls: ClassVar[list[str]] = []

    def __init__(self, user_agent, timeout=None):
        assert user_agent and "aleppo" in user_agent.lower()

    def geocode(self, query, **options):
        FakeNominatim.calls.append(query)
        if query == "Tal Mithal":
            raw = {
                "display_name": "Tal Mithal, Aleppo, Syria",
                "name": "Tal Mithal",
                "osm_type": "node",
                "osm_id": 42,
                "addresstype": "town",
                "address": {"country_code": "sy"},
            }
            return FakeLocation(36.47, 37.09, raw)
        return None


def test_online_mode_uses_nominatim_once_and_caches(tmp_path, monkeypatch, no_network):
    FakeNominatim.calls = []
    monkeypatch.setattr(places_module.geocoder, "Nominatim", FakeNominatim)
    cache = tmp_path / "geocode.json"
    geocoder = Geocoder(online=True, cache_path=cache)
    place = geocoder.resolve("Tal Mithal")
    assert place == ResolvedPlace("Tal Mithal", "city", 36.47, 37.09, False, "nominatim/node/42", "SY")
    assert geocoder.resolve("Nowhere-on-earth-xyz") is None
    assert geocoder.resolve("Paris").country == "FR"  # offline layers answer first
    assert FakeNominatim.calls == ["Tal Mithal", "Nowhere-on-earth-xyz"]

    # A new geocoder reads the cache: neither a hit nor a miss is asked again.
    again = Geocoder(online=True, cache_path=cache)
    assert again.resolve("Tal Mithal") == place
    assert again.resolve("Nowhere-on-earth-xyz") is None
    assert FakeNominatim.calls == ["Tal Mithal", "Nowhere-on-earth-xyz"]
    stored = json.loads(cache.read_text(encoding="utf-8"))
    assert stored["nowhere on earth xyz"] is None and stored["tal mithal"]["lat"] == 36.47


@pytest.fixture(scope="module")
def seed_mentions(nlp, seeds_dir):
    geocoder = Geocoder(cache_path=Path("/nonexistent/never-written.json"))
    mentions = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = nlp(path.read_text(encoding="utf-8"))
        mentions[path.name] = (doc, place_mentions(doc, article_id=path.stem, geocoder=geocoder))
    return mentions


def _by_text(seed_mentions):
    return [(m.text, m) for _, ms in seed_mentions.values() for m in ms]


def test_seed_offsets_match_text(seed_mentions):
    for doc, mentions in seed_mentions.values():
        assert mentions
        for m in mentions:
            assert doc.text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "text, place_id",
    [
        ("Kalasseh", "aleppo/kallaseh"),
        ("east Aleppo", "aleppo/east-aleppo"),
        ("eastern Aleppo", "aleppo/east-aleppo"),
        ("west Aleppo", "aleppo/west-aleppo"),
        ("western Aleppo", "aleppo/west-aleppo"),
    ],
)
def test_seed_aleppo_places_are_inside_aleppo(seed_mentions, text, place_id):
    found = [m for t, m in _by_text(seed_mentions) if t == text]
    assert found and all(m.place_id == place_id and m.in_aleppo for m in found)
    assert all(36.10 <= m.lat <= 36.28 and 37.03 <= m.lon <= 37.28 for m in found)


@pytest.mark.parametrize(
    "text, country, lat, lon",
    [
        ("Geneva", "CH", 46.2, 6.15),
        ("Paris", "FR", 48.85, 2.35),
        ("Idlib", "SY", 35.93, 36.63),
        ("Raqa", "SY", 35.95, 39.01),
        ("Athens", "GR", 37.98, 23.73),
        ("Aleppo", "SY", 36.20, 37.16),
    ],
)
def test_seed_places_are_located_where_they_are(seed_mentions, text, country, lat, lon):
    found = [m for t, m in _by_text(seed_mentions) if t == text]
    assert found
    for m in found:
        assert m.country == country and abs(m.lat - lat) < 0.1 and abs(m.lon - lon) < 0.1
        assert not m.in_aleppo or text == "Aleppo"


def test_headline_capitals_are_not_new_aleppo(seed_mentions):
    assert not any(m.place == "New Aleppo" for _, m in _by_text(seed_mentions))


def test_place_mentions_without_ruler_still_finds_gazetteer_names(geocoder):
    import spacy

    nlp = spacy.blank("en")
    doc = nlp("Barrel bombs fell on Bustan al-Kasr in Aleppo, and on Salah al-Din.")
    mentions = place_mentions(doc, article_id="x", geocoder=geocoder)
    assert [(m.text, m.place_id) for m in mentions] == [
        ("Bustan al-Kasr", "aleppo/bustan-al-qasr"),
        ("Salah al-Din", "aleppo/salaheddine"),
    ]


def test_a_place_extraction_error_costs_only_that_extractor(geocoder, monkeypatch, nlp):
    """Errors are not swallowed inside the extractor: analyse_doc logs and counts them."""
    import pipeline.analyse as analyse_module
    from pipeline.records import Article

    with pytest.raises(AttributeError):
        place_mentions(None, article_id="bad", geocoder=geocoder)
    monkeypatch.setattr(analyse_module, "place_mentions", lambda *a, **k: place_mentions(None, article_id="x", geocoder=geocoder))
    text = "Ten people were killed in Aleppo, the Syrian Observatory for Human Rights said."
    article = Article("x", "x", "x.txt", "unknown", "", None, None, text, len(text.split()))
    analysis = analyse_module.analyse_doc(nlp(text), article, geocoder)
    assert analysis.places == [] and analysis.failures[0].startswith("places: AttributeError")
    assert analysis.casualties and analysis.entities


@pytest.mark.parametrize(
    ("sentence", "written", "place"),
    [
        (
            "At least 70 people died in Khan Sheikhoun on Tuesday, activists said.",
            "Khan Sheikhoun",
            "Khan Sheikhoun",
        ),
        ("Homs governor Talal Barazi said the blast hit the city.", "Homs", "Homs"),
    ],
)
def test_places_the_model_labelled_as_people_or_organisations_are_geocoded(nlp, sentence, written, place):
    from pipeline.entities import entity_mentions
    from pipeline.places import Geocoder, place_mentions

    doc = nlp(sentence)
    found = place_mentions(doc, entity_mentions(doc, article_id="t"), article_id="t", geocoder=Geocoder())
    assert (written, place) in [(m.text, m.place) for m in found]


@pytest.mark.parametrize(
    "name, display",
    [
        ("Raqa", "Raqqa"),
        ("Hama", "Hama"),
        ("Deraa", "Daraa"),
        ("Idlib province", "Idlib province"),
        ("Aleppo countryside", "Aleppo province"),
        ("Khan Shaykhun", "Khan Sheikhoun"),
        ("Maaret al-Numan", "Maarat al-Numan"),
        ("Tabqa", "Tabqa"),
        ("Palmyra", "Palmyra"),
        ("Kobani", "Kobane"),
        ("Damascus countryside", "Damascus countryside"),
    ],
)
def test_places_carry_their_news_name_and_keep_their_geonames_id(geocoder, name, display):
    place = geocoder.resolve(name)
    assert place is not None and place.display == display
    assert place.place_id.startswith(("geonames/", "region/"))


def test_display_names_file_names_only_known_places():
    unknown = [pid for pid in places_module.display_names() if places_module.place_by_id(pid) is None]
    assert unknown == []


@pytest.mark.parametrize(
    "name, country",
    [("al-Meridian", None), ("al-Hola", None), ("Adra", None), ("Medina", "SA"), ("St. Petersburg", "RU")],
)
def test_small_or_arabic_named_places_are_not_read_as_far_away_towns(geocoder, name, country):
    place = geocoder.resolve(name)
    assert (place.country if place else None) == country


def found_places(nlp, sentence):
    doc = nlp(sentence)
    return [(m.text, m.place, m.kind) for m in place_mentions(doc, article_id="t", geocoder=Geocoder())]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "Jets struck villages in the northern countryside of Idleb on Monday.",
            ("Idleb", "Idlib province", "region"),
        ),
        (
            "Troops advanced in the central province of Hama, state media said.",
            ("Hama", "Hama province", "region"),
        ),
        ("Troops advanced in the city of Hama, state media said.", ("Hama", "Hama", "city")),
        ("IS lost ground in the northern province of Raqa.", ("Raqa", "Raqqa province", "region")),
    ],
)
def test_a_province_named_by_its_seat_is_the_province(nlp, sentence, expected):
    assert expected in found_places(nlp, sentence)


@pytest.mark.parametrize(
    "sentence, absent",
    [
        # the text places the district in another city
        (
            "Aleppo was calm. Two car bombs exploded in al-Zahraa neighborhood of Homs on Sunday.",
            "Jamiyat al-Zahraa",
        ),
        # an ambiguous name right after another Syrian city, with no Aleppo place between
        (
            "Suicide bombers struck in the province of Hama on Friday. The bombers hit the towns of Jibrin "
            "and Al-Humeiri. Fighting went on in Aleppo.",
            "Jibreen",
        ),
        # a surname, not a district
        ("I could not find a single tomato, said Bilal Qaterji, a worker in Aleppo.", "Karm al-Qaterji"),
        ("UN official Najib Ansari said aid would reach Aleppo soon.", "Ansari"),
    ],
)
def test_aleppo_readings_the_sentence_contradicts_are_dropped(nlp, sentence, absent):
    assert absent not in [place for _, place, _ in found_places(nlp, sentence)]


@pytest.mark.parametrize(
    "sentence, present",
    [
        ("Shells fell on the Zahraa district of Aleppo, killing two.", "Jamiyat al-Zahraa"),
        ("In Aleppo, the army advanced near Jibrin and the airport.", "Jibreen"),
        ("Airstrikes hit the neighborhoods of Sakhour Shaar and Karm al-Qaterji in Aleppo.", "Shaar"),
        ("Airstrikes hit Qaterji and Bustan al-Qasr in Aleppo.", "Karm al-Qaterji"),
        ("Clashes hit Salah al-Din in Aleppo after rebels shelled Homs.", "Salaheddine"),
    ],
)
def test_aleppo_readings_the_sentence_supports_are_kept(nlp, sentence, present):
    assert present in [place for _, place, _ in found_places(nlp, sentence)]


def test_a_district_after_a_sentence_opening_word_is_no_surname(nlp):
    found = found_places(nlp, "Five civilians were killed in Aleppo. In Qaterji a man stood in the road.")
    assert ("Qaterji", "Karm al-Qaterji", "district") in found

"""The Aleppo gazetteer: sourced coordinates, spelling variants and ruler patterns."""

from __future__ import annotations

import csv
import json
import math
import re
from pathlib import Path

import pytest

from pipeline.gazetteer import (
    find_places,
    load_gazetteer,
    lookup,
    normalise_name,
    ruler_patterns,
)

# The city's extent: the bounds of Columbia CSR's "Conflict Urbanism: Aleppo" neighbourhood polygons
# (UN-Habitat 2013 list; CenterForSpatialResearch/aleppo_test map/data/Neighborhoods.geojson, MIT),
# lat 36.13295-36.29537, lon 37.08446-37.30753, widened by 1.5 km (0.0135 deg lat, 0.0168 deg lon) for
# the western outskirts (Rashidin, Dahiyat al-Assad) that UNOSAT's city damage labels place just past
# the polygon layer. test_bbox_is_the_csr_polygon_extent recomputes the bounds when the shared
# reference copy of the polygons is present.
CSR_BOUNDS = (36.13295, 36.29537, 37.08446, 37.30753)  # lat min, lat max, lon min, lon max
MARGIN = (0.0135, 0.0168)
ALEPPO_BBOX = (
    CSR_BOUNDS[0] - MARGIN[0],
    CSR_BOUNDS[1] + MARGIN[0],
    CSR_BOUNDS[2] - MARGIN[1],
    CSR_BOUNDS[3] + MARGIN[1],
)
REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "polygons"
CSR_POLYGONS = REFERENCE / "csr_aleppo_neighborhoods_133.geojson"


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def test_gazetteer_is_large_and_ids_unique():
    places = load_gazetteer()
    assert len(places) >= 200
    assert len({p.id for p in places}) == len(places)
    assert {p.kind for p in places} <= {"district", "area", "landmark"}


@pytest.mark.parametrize("place", load_gazetteer(), ids=lambda p: p.id)
def test_every_row_is_inside_aleppo_and_near_its_source(place):
    lat_min, lat_max, lon_min, lon_max = ALEPPO_BBOX
    assert lat_min <= place.lat <= lat_max and lon_min <= place.lon <= lon_max
    assert place.source.strip(), "every coordinate is cited"
    # The citation names where the coordinate was read, or (East/West Aleppo) how it was computed.
    assert re.search(r"https?://\S+", place.source) or place.source.startswith("Computed:")
    assert haversine_km(place.lat, place.lon, place.source_lat, place.source_lon) <= 1.0


def test_most_rows_carry_their_arabic_name():
    places = load_gazetteer()
    with_arabic = [p for p in places if re.search(r"[\u0600-\u06FF]", p.name_ar)]
    assert len(with_arabic) >= 0.6 * len(places)
    assert all(not p.name_ar or re.search(r"[\u0600-\u06FF]", p.name_ar) for p in places)


def _csr_polygons():
    if not CSR_POLYGONS.exists():
        pytest.skip("shared reference polygons (../shared/reference) are not on this machine")
    shapely_geometry = pytest.importorskip("shapely.geometry")
    shapely_ops = pytest.importorskip("shapely.ops")
    features = json.loads(CSR_POLYGONS.read_text(encoding="utf-8"))["features"]
    return [(f["properties"], shapely_geometry.shape(f["geometry"])) for f in features], shapely_ops


def test_bbox_is_the_csr_polygon_extent():
    polygons, ops = _csr_polygons()
    west, south, east, north = ops.unary_union([g for _, g in polygons]).bounds
    assert (round(south, 5), round(north, 5), round(west, 5), round(east, 5)) == pytest.approx(
        CSR_BOUNDS, abs=1e-5
    )


def test_csr_centroid_rows_match_the_polygons_they_cite():
    """Rows citing CSR polygon centroids: the cited value is the centroid of the named polygon(s)."""
    polygons, ops = _csr_polygons()
    checked = 0
    for place in load_gazetteer():
        match = re.search(r'neighbourhood polygon\(s\) "([^"]+)"', place.source)
        if not match or "Neighborhoods.geojson" not in place.source:
            continue
        names = match.group(1).split("+")
        shapes = [g for props, g in polygons if props["NAME"] in names]
        assert shapes, (place.id, names)
        centroid = ops.unary_union(shapes).centroid
        assert haversine_km(place.source_lat, place.source_lon, centroid.y, centroid.x) <= 0.3, place.id
        checked += 1
    assert checked >= 100


def test_unosat_rows_match_the_reference_medians():
    path = REFERENCE / "unosat_label_medians.csv"
    if not path.exists():
        pytest.skip("shared reference medians (../shared/reference) are not on this machine")
    medians = {r["unosat_neighborhood_label"]: r for r in csv.DictReader(path.open(encoding="utf-8"))}
    for place in load_gazetteer():
        match = re.search(r'damage points with Neighborhood="([^"]+)"', place.source)
        if match:
            row = medians[match.group(1)]
            assert (
                haversine_km(
                    place.source_lat, place.source_lon, float(row["median_lat"]), float(row["median_lon"])
                )
                < 0.05
            )


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


def test_the_alternation_cut_by_opening_letter_finds_what_the_whole_one_finds():
    from pipeline.gazetteer import FormRegexes, _matches

    forms = ["Ansari East", "Ansari", "'Ain Jara", "Ḥaritan", "al-Bab", "Bab al-Nairab", "Kafr Hamra"]
    regexes = FormRegexes(forms, re.IGNORECASE)
    starts = frozenset(f.lstrip("'")[:2].lower() for f in forms) | {"'a", "ḥa"}
    text = "From ANSARI EAST to Ansari, Ain Jara and ’Ain Jara, Haritan and Ḥaritan, al Bab, Bab al-Nairab; kafr  hamra, \u212aafr Hamra."

    def found(regexes):
        return [(m.start(), m.group()) for m in _matches(regexes, text, starts)]

    whole = FormRegexes(forms, re.IGNORECASE, cut_by_letter=False)  # every position tried with the whole one
    assert found(regexes) == found(whole)
    assert [name for _, name in found(regexes)] == [
        "ANSARI EAST", "Ansari", "Ain Jara", "Ain Jara", "Ḥaritan", "al Bab", "Bab al-Nairab", "kafr  hamra",
        "\u212aafr Hamra",  # a Kelvin sign, which matches "K" ignoring case: the whole alternation is tried
    ]


def test_each_cut_of_the_alternation_is_compiled_when_first_asked_for():
    from pipeline.gazetteer import FormRegexes

    regexes = FormRegexes(["Ansari", "Bab al-Nairab", "'Ain Jara"], re.IGNORECASE)
    assert regexes.at("B") is regexes.at("b")  # one cut per letter, either case, compiled once
    assert regexes.at("b").match("bab al nairab") and not regexes.at("b").match("Ansari")
    assert regexes.at("a").match("Ansari") and regexes.at("a").match("'Ain Jara")  # an apostrophe: in every cut
    assert regexes.at("z").pattern == regexes.at("q").pattern  # no form opens with either: the others alone
    assert regexes.at("z").match("'Ain Jara") and not regexes.at("z").match("Ansari")
    assert regexes.whole.match("Bab al-Nairab") and regexes.at("\u212a") is regexes.whole
    assert set(regexes._compiled) == {"a", "b", "", None}  # nothing compiled for letters no one asked for


def test_threads_meeting_a_cut_first_compile_it_once(monkeypatch):
    import threading
    import time

    from pipeline import gazetteer

    compiled = []

    def slow_alternation(forms, flags):
        compiled.append(tuple(forms))
        time.sleep(0.05)  # long enough for every thread to arrive while the first compiles
        return re.compile("|".join(map(re.escape, forms)), flags)

    monkeypatch.setattr(gazetteer, "_alternation", slow_alternation)
    regexes = gazetteer.FormRegexes(["Ansari", "Bab al-Nairab"], re.IGNORECASE)
    threads = [threading.Thread(target=regexes.at, args=("A",)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert compiled == [("Ansari",)]

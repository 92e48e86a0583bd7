"""The geocoder: offline layers first, then (only when asked) Nominatim behind a disk cache."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from pathlib import Path

from geopy.exc import GeopyError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim

from ..gazetteer import normalise_name
from ..paths import CACHE_DIR
from .resolve import ALEPPO_BBOX, ResolvedPlace, clean_place_name, in_aleppo_bbox, resolve_offline

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = "aleppo-lens/0.1 (news geocoding for research; https://github.com/aleppo-lens)"


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
                log.warning(
                    "online geocoding failed (%s); offline for the rest of this run, retried next run", error
                )
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

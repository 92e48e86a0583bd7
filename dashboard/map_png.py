"""The district map as a PNG (Pillow), for "Export this map as PNG": made on the server, so it works offline.

It draws what the page's map shows: the areas in their colours, the opposition-held outline, the
district labels that fit, a title and the legend (every colour named). Web Mercator, like the map.
"""

from __future__ import annotations

import io
import math
from pathlib import Path

import pandas as pd
from PIL import Image, ImageDraw, ImageFont

from .charts import _mercator_y, fitted_view, placed_labels
from .district_map import DistrictMap, held_area_outline

FONT_FILES = (  # Debian's fonts; Pillow's own default font when neither is installed
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"),
)
BOLD_FILES = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
    Path("/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
)
MAP_SIZE = (1200, 860)  # pixels of the map itself; the title and legend are added around it
MARGIN = 24


def _font(files: tuple[Path, ...], size: int) -> ImageFont.ImageFont:
    for file in files:
        if file.exists():
            return ImageFont.truetype(str(file), size)
    return ImageFont.load_default(size)


def _projector(rows, width: int, height: int):
    lats = [p[1] for rings in rows["rings"] for ring in rings for p in ring]
    lons = [p[0] for rings in rows["rings"] for ring in rings for p in ring]
    view = fitted_view(pd.Series(lats), pd.Series(lons), width=width, height=height)
    world = 512 * 2 ** float(view.zoom)
    cx = (float(view.longitude) + 180) / 360 * world
    cy = (0.5 - _mercator_y(float(view.latitude))) * world

    def to_px(lon: float, lat: float) -> tuple[float, float]:
        x = (lon + 180) / 360 * world
        y = (0.5 - _mercator_y(lat)) * world
        return x - cx + width / 2, y - cy + height / 2

    return view, to_px


def render(drawn: DistrictMap, *, title: str, note: str = "") -> bytes:
    """The map as PNG bytes: title, areas, outline of the opposition-held area, labels, legend."""
    width, height = MAP_SIZE
    title_font, label_font, legend_font = _font(BOLD_FILES, 30), _font(BOLD_FILES, 16), _font(FONT_FILES, 19)
    rows_per_line = 2
    legend_lines = math.ceil(len(drawn.legend) / rows_per_line)
    top, legend_h = 70, 34 * legend_lines + 40
    image = Image.new("RGB", (width, top + height + legend_h), "white")
    draw = ImageDraw.Draw(image)
    draw.text((MARGIN, 18), title, fill=(20, 20, 20), font=title_font)
    view, to_px = _projector(drawn.rows, width, height)

    def shifted(points):
        return [(x, y + top) for x, y in (to_px(lon, lat) for lon, lat in points)]

    for row in drawn.rows.itertuples():
        for ring in row.rings:
            draw.polygon(shifted(ring), fill=row.colour, outline=(110, 110, 110))
    for path in held_area_outline(drawn.rows, list(drawn.rows["side"])):
        draw.line(shifted(path), fill=(213, 94, 0), width=5, joint="curve")
    labelled = [
        {"lat": r.lat, "lon": r.lon, "label": r.label, "radius": 0}
        for r in drawn.rows[drawn.rows["value"] > 0].sort_values("value", ascending=False).itertuples()
    ]
    for label in placed_labels(labelled, view, size=16):
        x, y = to_px(label["lon"], label["lat"])
        y += label["offset"][1]
        box = draw.textbbox((x, y + top), label["label"], font=label_font, anchor="mm")
        draw.rectangle((box[0] - 3, box[1] - 2, box[2] + 3, box[3] + 2), fill=(255, 255, 255))
        draw.text((x, y + top), label["label"], fill=(25, 25, 25), font=label_font, anchor="mm")
    y0 = top + height + 10
    column_w = (width - 2 * MARGIN) // rows_per_line
    for i, entry in enumerate(drawn.legend):
        x = MARGIN + (i % rows_per_line) * column_w
        y = y0 + (i // rows_per_line) * 34
        if entry.kind == "line":
            draw.line((x, y + 12, x + 26, y + 12), fill=entry.colour, width=5)
        else:
            draw.rectangle((x, y, x + 26, y + 24), fill=entry.colour, outline=(90, 90, 90))
        draw.text((x + 36, y + 1), entry.label, fill=(20, 20, 20), font=legend_font)
    if note:
        draw.text((MARGIN, image.height - 30), note + " · Aleppo Lens", fill=(90, 90, 90), font=legend_font)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()

"""One colour per outlet, the same on every page: a 20-colour qualitative palette assigned once per dataset.

The palette is 20 of plotly's 24 Dark24 colours (`plotly.express.colors.qualitative.Dark24`), dark
enough to read on white, in farthest-first order (`spread_order`): each colour is the one farthest in
CIE76 Lab distance (`lab_distance`) from those before it, so a dataset of 15 outlets gets the 15 most
distinct colours, not two magentas side by side. The colour-blind
safe Okabe-Ito set has only 8 colours; FA-KES alone has 15 outlets.
"""

from __future__ import annotations

from collections.abc import Sequence

import plotly.express as px


def spread_order(colours: Sequence[str], n: int) -> tuple[str, ...]:
    """`n` of the colours, the first kept, each next the farthest (largest nearest-distance) from those chosen."""
    chosen = [colours[0]]
    rest = list(colours[1:])
    while rest and len(chosen) < n:
        best = max(rest, key=lambda c: min(lab_distance(c, k) for k in chosen))
        chosen.append(best)
        rest.remove(best)
    return tuple(chosen)


# Outlets past the 20th share one grey: a 21st colour would look like one of the first 20.
OTHER_OUTLET_COLOUR = "#AAAAAA"


def outlet_colours(outlets: Sequence[str]) -> dict[str, str]:
    """Outlet -> "#RRGGBB" for outlets listed most important first (the dataset's outlets by number of
    articles): the first 20 get distinct palette colours, the rest OTHER_OUTLET_COLOUR.

    Built once from the whole dataset, not from a filtered view, so filtering never recolours an outlet.
    """
    colours: dict[str, str] = {}
    for outlet in outlets:
        if outlet not in colours:
            n = len(colours)
            colours[outlet] = OUTLET_PALETTE[n] if n < len(OUTLET_PALETTE) else OTHER_OUTLET_COLOUR
    return colours


def _lab(colour: str) -> tuple[float, float, float]:
    """An sRGB "#RRGGBB" colour in CIE L*a*b* (D65 white)."""
    rgb = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (((c + 0.055) / 1.055) ** 2.4 if c > 0.04045 else c / 12.92 for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(v: float) -> float:
        return v ** (1 / 3) if v > 0.008856 else 7.787 * v + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def lab_distance(first: str, second: str) -> float:
    """CIE76 colour difference (Euclidean distance in L*a*b*) between two "#RRGGBB" colours."""
    return sum((a - b) ** 2 for a, b in zip(_lab(first), _lab(second), strict=True)) ** 0.5


OUTLET_PALETTE: tuple[str, ...] = spread_order(px.colors.qualitative.Dark24, 20)

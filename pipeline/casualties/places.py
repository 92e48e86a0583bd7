"""The place of a figure: where its events happened."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Span

from ..records import PlaceMention


def main_place(places: Sequence[PlaceMention]) -> str | None:
    """The article's most-mentioned place (ties go to the first mentioned)."""
    if not places:
        return None
    # Countries are named as actors ("Russia said"); a town or district is the better guess of where.
    local = [p for p in places if p.kind != "country"]
    places = local or places
    counts = Counter(p.place for p in places)
    best = max(counts.values())
    return next(p.place for p in places if counts[p.place] == best)


def nearest_place(char: int, sent: Span, places: Sequence[PlaceMention]) -> str | None:
    inside = [p for p in places if p.start >= sent.start_char and p.end <= sent.end_char]
    if not inside:
        return None
    # A country named in passing ("the UK-based monitor") is a worse guess than any town or district.
    return min(inside, key=lambda p: (p.kind == "country", abs(p.start - char))).place

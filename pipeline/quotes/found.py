"""A quote as found, before its record is written; shared checks on found spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from .sources import Speaker
from .spans import QuoteSpan

# ---------------------------------------------------------------------------------------------------
# The extractor


@dataclass(slots=True)
class Found:
    start: int
    end: int
    text: str
    kind: str
    cue: Token | None
    span: QuoteSpan | None = None
    speaker: Speaker | None = None


# A dateline before an opening quote mark: a place in capitals, an optional (credit), a dash or colon.
DATELINE_FRAME_RE = re.compile(r"^[A-Z][A-Z .,'/-]*(?:\([^()\n]{1,30}\))?\s*(?:--|[-–—:])?\s*[\"“‘']?\s*$")


def dateline_framed_quote(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    """True when a would-be indirect content is a dateline running into a direct quote that it cuts off."""
    return any(
        start < q_start < end <= q_end and DATELINE_FRAME_RE.match(text[start:q_start])
        for q_start, q_end in quoted
    )


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))

"""A figure inside reported speech is the speaker's figure.

The quote extractor resolves speakers with the article's whole context (offices, pronouns, a source
inside a named body, an outlet's correspondent, state media); a casualty figure that lies in the
content of a quote ("The correspondent said the attacks claimed the lives of 3 people") takes that
speaker as its source when the figure's own reading of the sentence found none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..records import CasualtyFigure, Quote


def speaker_of_figure(figure: CasualtyFigure, quotes: Sequence[Quote]) -> str | None:
    """The named speaker of the quote whose content holds the figure, or None (no quote holds it, the
    speaker is unnamed, or the figure is a headline repeat with no offsets in the text)."""
    if figure.in_headline and figure.start == figure.end:
        return None
    for quote in quotes:
        if quote.start <= figure.start and figure.end <= quote.end and quote.speaker and quote.speaker_named:
            return quote.speaker
    return None


def with_quoted_sources(figures: Sequence[CasualtyFigure], quotes: Sequence[Quote]) -> list[CasualtyFigure]:
    """The figures, each one without a source taking the speaker of the quote that holds it."""
    resolved = []
    for figure in figures:
        # A figure the text credits to an unnamed source ("according to medics") stays unattributed.
        speaker = None if figure.attributed_to or figure.source_unnamed else speaker_of_figure(figure, quotes)
        resolved.append(replace(figure, attributed_to=speaker) if speaker else figure)
    return resolved

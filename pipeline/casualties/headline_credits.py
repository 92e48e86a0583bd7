"""A headline's credit ("Syria air raids kill 25 civilians: monitor", "... kill 45 in Homs Governor"): whether
a headline ends by crediting its source, and the body's source its repeated figures take from it."""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import CasualtyFigure

# "... Leaves 20 Civilians Dead Reports": reports name nobody, so the headline credits no source.
NAMELESS_CREDIT_RE = re.compile(r"(?:^|\s)reports?$", re.IGNORECASE)
# A credit word that describes its source without naming it ("... kill 70 Monitor", "...: NGO",
# "...: Reports"), however a title capitalises it: the headline's own reading takes it for a name, but
# the body names the source, or no one does. "Observatory", "UN" and "SANA" name one.
DESCRIBING_CREDIT_RE = re.compile(
    r"(?:the\s+)?(?:monitor|monitoring\s+group|rights\s+group|activists|state\s+media|state\s+tv|ministry|army|"
    r"officials?|sources|medics|rescuers|ngo|group|reports?|governor|police|spokesman)",
    re.IGNORECASE,
)


def with_credited_headline_sources(figures: list[CasualtyFigure], title: str | None) -> list[CasualtyFigure]:
    """Headline figures of a headline that credits a source ("Syria air raids kill 25 civilians
    Monitor", "... kill 45 in Homs Governor") take the source of the body figure they repeat, when the
    headline's own reading found none or only the credit's describing word ("Monitor"): the credit
    names, in a word, the body's source."""
    by_id = {f.figure_id: f for f in figures}
    result = []
    for figure in figures:
        repeated = by_id.get(figure.repeats) if figure.in_headline and figure.repeats else None
        if (
            repeated is not None
            and (figure.attributed_to is None or DESCRIBING_CREDIT_RE.fullmatch(figure.attributed_to))
            and repeated.attributed_to
            and headline_credit(title or figure.sentence)
            and not NAMELESS_CREDIT_RE.search((title or figure.sentence).strip())
        ):
            figure = replace(figure, attributed_to=repeated.attributed_to)
        result.append(figure)
    return result


# A headline's trailing credit: "... kill 25 civilians: monitor", "... 44 — monitor | Site", "... in Syria UN",
# "... says Observatory", "..., monitor says". The site's name after a bar or dash is chrome and is cut first.
HEADLINE_CREDIT_RE = re.compile(
    r"(?:^|[\s:\-–—,])(?:says?\s+)?(?:the\s+)?(?:monitor|monitoring\s+group|rights\s+group|observatory|un|u\.n\.|"
    r"activists|state\s+media|state\s+tv|"
    r"ministry|army|officials?|sources|medics|rescuers|civil\s+defen[cs]e|white\s+helmets|ngo|group|report|reports|sana|"
    r"governor|police|spokesman)(?:\s+(?:says?|said|reports?))?\s*$",  # "..., monitor says"
    re.IGNORECASE,
)
SITE_SUFFIX_RE = re.compile(r"\s+(?:\||[-–—]\s+[A-Z][\w ]*$)[^|]*$")


def headline_credit(title: str) -> bool:
    """Whether a headline ends by crediting its source ("Syria air raids kill 25 civilians: monitor")."""
    text, previous = title.strip(), None
    while text != previous:  # "... Governor - Region - World - Example Online": sections cut one by one
        if HEADLINE_CREDIT_RE.search(text):  # "... killed in Example - Observatory": a credit, not a site
            return True
        previous, text = text, SITE_SUFFIX_RE.sub("", text)
    return False

"""A news agency's own dateline, which opens a paragraph of its copy: the place the report comes from, a
comma, the agency's acronym and a dash ("Idlib, SANA –", "Hama, SANA-Army units ...", "Aleppo, SANA- A
child ..."), as SANA and other state agencies write. The place is named there even when the language
model, reading a sentence's first words, misses it; and a hyphen joined to the lead's first word
("SANA-A child") would make one token of the two, losing the word.

Read by cleaning (the hyphen spaced), the place stage (the dateline's place) and the quote stage (a
dateline is no part of a report's content nor of its source)."""

from __future__ import annotations

import re

from .outlets.registry import outlet_registry

# A place as written, a comma, an acronym and a dash. A hyphen joined to the acronym must open a
# capitalised word: "Mosul, ISIS-held since 2014" and "France, UK- and US-led" are compounds of the
# sentence, not a dateline.
AGENCY_DATELINE_RE = re.compile(
    r"(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}), (?P<agency>[A-Z]{2,8})"
    r"(?P<dash>\s*(?:--|[–—])\s*|\s+-\s+|- ?(?=[A-Z]))(?=\S)"
)


def agency_dateline(text: str, start: int = 0) -> re.Match[str] | None:
    """The dateline opening `text` at `start` when its acronym is a news outlet the registry
    (data/lexicons/outlets.csv) knows ("SANA", "AFP", "IRNA"), else None ("Mosul, ISIS-Held", "Raqqa,
    SDF- Backed" name no agency)."""
    match = AGENCY_DATELINE_RE.match(text, start)
    return match if match is not None and outlet_registry().named(match.group("agency")) is not None else None


def with_spaced_dateline_dash(line: str) -> str:
    """The line with its agency dateline's hyphen spaced on both sides: "Aleppo, SANA-A child was killed"
    -> "Aleppo, SANA - A child was killed" (so the lead's first word is a word of its own, "AFP- France
    said" is no name "AFP- France", and the parse keeps the dateline out of the lead's subject). Any
    other line is returned as it is."""
    match = agency_dateline(line, len(line) - len(line.lstrip()))
    if match is None or "-" not in match.group("dash"):
        return line
    return f"{line[: match.start('dash')]} - {line[match.end():]}"


def is_dateline_place(start: int, end: int, text: str) -> bool:
    """Whether text[start:end] is the place of an agency dateline opening its paragraph: where the report
    was filed, a worse guess of where its events happened than any other place its sentence names."""
    line_start = text.rfind("\n", 0, start) + 1
    line_start += len(text[line_start:start]) - len(text[line_start:start].lstrip())
    match = agency_dateline(text, line_start) if line_start <= start else None
    return match is not None and match.span("place") == (start, end)


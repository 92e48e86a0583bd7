"""A quote as found, before its record is written; shared checks on found spans."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..outlets.credits import DATELINE_DATE_PART
from .lexicon import DANGLING_WORDS, is_belief_verb
from .phrases import Speaker
from .spans import QuoteSpan


@dataclass(slots=True)
class Found:
    start: int
    end: int
    text: str
    kind: str
    cue: Token | None
    span: QuoteSpan | None = None
    speaker: Speaker | None = None
    quoted_words: list[str] = field(default_factory=list)  # a partial quote inside reported speech
    # The speaker's head token when the construction itself shows it (a headline credit, a postposed
    # attribution the parse misreads); else the speaker is read from the cue's parse.
    source: Token | None = None
    source_within: tuple[int, int] | None = None  # where that speaker's phrase is written, when the construction shows it


def holds_a_belief(item: Found) -> bool:
    """An indirect quote whose cue holds its clause as a view ("Turkey fears that ...", "he believed the
    truce had failed"; beliefs.is_belief_cue). A direct quote is the source's words whatever its verb."""
    return item.kind == "indirect" and item.cue is not None and is_belief_verb(item.cue.lemma_)


def content_end_before_source(item: Found, text: str, source_start: int, source_end: int) -> int:
    """Comma-less text ("At least 23 civilians were killed in Aleppo Syrian activists said"): an
    indirect content that the parse ran into its own source phrase, so that the phrase ends it, ends
    where the phrase begins (a dangling "the" or "of" dropped); a source is never part of what it said.
    The content's end as it was otherwise (a medial source, "The attack, activists said, killed 20", is left alone)."""
    if item.kind != "indirect" or item.cue is None or not item.start < source_start < item.end:
        return item.end
    if text[source_end : item.end].strip(" ,.;:—–-"):
        return item.end  # words of the content after the source: a medial attribution
    words = text[item.start : source_start].rstrip(" ,;:—–-").split(" ")
    while len(words) > 1 and words[-1].lower() in DANGLING_WORDS:
        words.pop()
    end = item.start + len(" ".join(words).rstrip(" ,;:—–-"))
    return end if end - item.start >= 12 else item.end  # too little left: keep the span as the rules found it


def fold_partial_quotes(found: list[Found]) -> list[Found]:
    """ 'She said the talks had "reached a dead end" but ...': a direct quote inside the content of an
    indirect one, with no cue of its own, is one statement: the indirect quote, whose quoted words
    are kept in `quoted_words`. A quote with its own cue inside someone's report stays a quote."""
    # '"It's a catastrophe," the agency's chief, Jane Doe, told AP': the parse may hang the quote and the
    # source on the verb as one content clause; a quote whose cue follows it is that report, not a part.
    misread = {
        id(i)
        for i in found
        if i.kind == "indirect" and i.cue is not None
        for item in found
        if item.kind == "direct" and item.cue is not None and item.cue.i == i.cue.i
        and item.span is not None and item.span.open_mark <= i.start <= item.start
        and item.end <= i.end and item.cue.idx >= item.end
    }
    found = [f for f in found if id(f) not in misread]
    indirect = [f for f in found if f.kind == "indirect" and not holds_a_belief(f)]  # words said, not a view held
    kept = []
    for item in found:
        host = None
        if item.kind == "direct" and item.span is not None and len(item.span.parts) == 1:
            host = next(
                (
                    i
                    for i in indirect
                    if i.start <= item.start  # an indirect content may open after the quote's opening mark
                    and item.end <= i.end
                    and (item.cue is None or (i.cue is not None and item.cue.i == i.cue.i))
                ),
                None,
            )
        if host is None:
            kept.append(item)
        else:
            host.quoted_words.append(item.text)
    return kept


# A dateline before an opening quote mark: a place in capitals, an optional (credit), a dash or colon.
DATELINE_FRAME_RE = re.compile(r"^[A-Z][A-Z .,'/-]*" + DATELINE_DATE_PART + r"\s*(?:\([^()\n]{1,30}\))?\s*(?:--|[-–—:])?\s*[\"“‘']?\s*$")


def dateline_framed_quote(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    """True when a would-be indirect content is a dateline running into a direct quote that it cuts off."""
    return any(
        start < q_start < end <= q_end and DATELINE_FRAME_RE.match(text[start:q_start])
        for q_start, q_end in quoted
    )


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def whole_word_occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    """(start, end) of each occurrence of a non-empty `phrase` in `text` not inside a longer word ("he" is
    not the end of "the"), left to right without overlaps: what `re.finditer(r"(?<!\\w)phrase(?!\\w)")`
    finds, where `\\w` is a letter, digit or underscore. A regex per phrase was compiled at each call
    (phrases differ): 0.3 ms each."""
    spans = []
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if not (at and _word_character(text[at - 1])) and not (end < len(text) and _word_character(text[end])):
            spans.append((at, end))
            at = text.find(phrase, end)
        else:
            at = text.find(phrase, at + 1)
    return spans


def _word_character(character: str) -> bool:
    return character.isalnum() or character == "_"


def written_span(text: str, phrase: str | None, near: int) -> tuple[int, int] | None:
    """Where `phrase` (a source phrase as written) stands in `text`: the occurrence holding character
    offset `near` (its head word), else the one nearest to it; None when the text does not hold it."""
    if not phrase:
        return None
    spans = whole_word_occurrences(text, phrase)
    if not spans:
        return None
    return min(spans, key=lambda s: 0 if s[0] <= near < s[1] else min(abs(s[0] - near), abs(near - s[1])))

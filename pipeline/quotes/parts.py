"""A quote interrupted by its own attribution, written as one row per contiguous part.

'"The talks have failed," the minister said, "and nobody expects a deal."' and "Lenox was a juggernaut, Mr.
Clarke said, until it went bankrupt" are one statement in two parts around the attribution. A single
[start, end) would cover the source phrase and the cue as if they were quoted words; PARC and PolNeAR mark the
content as two spans. The statement's first row keeps the whole statement in `quote` and its first part as
[start, end); each further part is a row of its own whose `continues` names the first row's `quote_id`, with the
same speaker and the same source and cue offsets. Counting statements is counting rows with no `continues`.
"""

from __future__ import annotations

import dataclasses
import re

from ..records import Quote
from .found import Found
from .lexicon import speech_verbs

WORD_RE = re.compile(r"\w")
BEFORE_ATTRIBUTION = " ,;:—–-("  # what closes a part before the source phrase ("A, Mr. Clarke said, B")
AFTER_ATTRIBUTION = " ,;:—–-.)"  # what opens the next part after the cue


def contiguous_parts(quote: Quote, item: Found, text: str) -> list[tuple[int, int]]:
    """The content's parts, [start, end) each, in text order: a direct quote's parts as its marks show them
    (QuoteSpan.parts), else the content on either side of its own attribution when the source phrase is
    written inside the content's span with words of the content after it; one part otherwise. A leading
    attribution inside the span ("According to the watchdog the attacker ...") is cut off the one part."""
    if quote.in_headline or quote.end <= quote.start:
        return [(quote.start, quote.end)]
    if quote.kind == "direct" and item.span is not None and len(item.span.parts) > 1:
        parts = [(max(s, quote.start), min(e, quote.end)) for s, e in item.span.parts]
        parts = [(s, e) for s, e in parts if e > s]
        return parts if len(parts) > 1 else [(quote.start, quote.end)]
    region = attribution_inside(quote)
    if region is None:
        return [(quote.start, quote.end)]
    region, marked = set_off(text, quote, region)
    first_end = region[0]
    while first_end > quote.start and text[first_end - 1] in BEFORE_ATTRIBUTION:
        first_end -= 1
    second_start = region[1]
    while second_start < quote.end and text[second_start] in AFTER_ATTRIBUTION:
        second_start += 1
    before = WORD_RE.search(text, quote.start, first_end) is not None
    after = WORD_RE.search(text, second_start, quote.end) is not None
    cue_between = quote.cue_start is not None and region[0] <= quote.cue_start < region[1]
    if before and after and not marked and not cue_between and not has_a_verb(item, second_start, quote.end):
        # comma-less text: "... on the neighbourhoods of Zubdiya the Syrian Observatory for Human Rights",
        # "... stop for a single moment Bebars Mishal a civil defence worker": what follows the source phrase
        # is the rest of its name or its apposition, not words it said (set off by commas, a verbless part
        # is content: "The city is, as one resident put it, a prison")
        return [(quote.start, first_end)]
    if before and after and OTHER_CLAUSE_RE.match(text, second_start, quote.end) and reports_of_its_own(
        item, second_start, quote.end
    ):
        # "The toll was 32, according to the White Helmets, but activists put it at 45": a clause with a report
        # of its own set beside this one is no part of it ("..., a resident said, but the shelling could resume"
        # is)
        return [(quote.start, first_end)]
    if before and after:
        return [(quote.start, first_end), (second_start, quote.end)]
    if after:
        return [(second_start, quote.end)]  # the attribution opened the span: the content follows it
    return [(quote.start, quote.end)]


def _parsed_words(item: Found, start: int, end: int):
    """The tokens over characters [start, end) in the parse the quote was found in (None: no parse or no
    token boundary there)."""
    return None if item.cue is None else item.cue.doc.char_span(start, end, alignment_mode="expand")


def reports_of_its_own(item: Found, start: int, end: int) -> bool:
    """Whether the words in [start, end) hold a verb of the speech lexicon with a subject of its own
    ("but activists put it at 45", "while the army said ...")."""
    span = _parsed_words(item, start, end)
    return span is not None and any(
        t.lemma_.lower() in speech_verbs() and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in span
    )


def has_a_verb(item: Found, start: int, end: int) -> bool:
    """Whether the words in [start, end) hold a verb of their own (in the parse the quote was found in)."""
    if item.cue is None:
        return True
    span = _parsed_words(item, start, end)
    # not a participle modifying a noun ("a worker in rebel-held Aleppo")
    return span is None or any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound", "nmod") for t in span)


def attribution_inside(quote: Quote) -> tuple[int, int] | None:
    """[start, end) of the quote's own source phrase, with its cue when that is inside too, when the source
    phrase is written inside the quote's span (from its first character, before its last); else None."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    if not (quote.start <= quote.speaker_start and quote.speaker_end < quote.end):
        return None
    lo, hi = quote.speaker_start, quote.speaker_end
    if quote.cue_start is not None and quote.cue_end is not None and quote.start <= quote.cue_start < quote.end:
        lo, hi = min(lo, quote.cue_start), max(hi, min(quote.cue_end, quote.end))
    return lo, hi


OTHER_CLAUSE_RE = re.compile(r"(?:and|but|while|whereas|although|though)\b", re.IGNORECASE)
SET_OFF_MARKS = ",—–("  # what opens an attribution clause set inside the content
CLOSING_MARKS = ",—–)"  # what closes it
MAX_WORDS_BEFORE_SOURCE = 30  # characters: "as", "according to", "in the words of"
MAX_WORDS_AFTER_CUE = 60  # characters: "to reporters", "it to me", "in a statement on Monday"


def set_off(text: str, quote: Quote, region: tuple[int, int]) -> tuple[tuple[int, int], bool]:
    """The attribution clause as its commas (or dashes) set it off, when they lie close to the source phrase
    and the cue: "The truce, as the envoy said to reporters, is fragile" -> "as the envoy said to reporters";
    "as one resident put it to me". Without such marks (comma-less text) the source phrase and the cue.
    Also whether marks set it off on both sides."""
    lo, hi = region
    marked = 0
    before = max(text.rfind(mark, quote.start, lo) for mark in SET_OFF_MARKS)
    if before >= 0 and lo - before <= MAX_WORDS_BEFORE_SOURCE:
        lo, marked = before, marked + 1
    after = [at for mark in CLOSING_MARKS if (at := text.find(mark, hi, quote.end)) >= 0]
    # set off before, the attribution runs to its closing comma however long ("the envoy said on Monday in
    # Geneva after meeting the two delegations for more than five hours, was holding")
    if after and (marked or min(after) - hi <= MAX_WORDS_AFTER_CUE):
        hi, marked = min(after), marked + 1
    return (lo, hi), marked == 2


def as_rows(quote: Quote, item: Found, text: str) -> list[Quote]:
    """The quote's rows: itself when it has one part; else its first part (keeping the whole statement in
    `quote` and its `quote_id`) and one row per further part, `continues` = the first row's quote_id."""
    parts = contiguous_parts(quote, item, text)
    if parts == [(quote.start, quote.end)]:
        return [quote]
    (start, end), rest = parts[0], parts[1:]
    first = dataclasses.replace(quote, start=start, end=end, quote_id=f"{quote.article_id}:{start}")
    if not rest:
        return [dataclasses.replace(first, quote=text[start:end])]  # the leading attribution cut off
    return [
        first,
        *(
            dataclasses.replace(
                quote, start=s, end=e, quote=text[s:e], quote_id=f"{quote.article_id}:{s}", continues=first.quote_id,
                quoted_words=(),
            )
            for s, e in rest
        ),
    ]

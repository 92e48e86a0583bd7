"""Direct quotes found by pairing quote marks in the text (never raising on odd counts)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..nlp import TITLE_ABBREVIATIONS
from .lexicon import (
    AFTER_CLOSING,
    BEFORE_OPENING,
    CLOSING_DOUBLE,
    DOUBLE_MARKS_RE,
    LINE_RE,
    MAX_HEADING_WORDS,
    MAX_SINGLE_QUOTE_CHARS,
    MAX_UNCLOSED_TAIL,
    OPENING_DOUBLE,
    SENTENCE_END_MARKS,
    SENTENCE_END_RE,
    SINGLE_MARKS_RE,
    WORD_RE,
)

# ---------------------------------------------------------------------------------------------------
# Finding direct quotes in the text


@dataclass(slots=True)
class QuoteSpan:
    """One direct quote as found in the text: its parts' content offsets and where its marks are."""

    parts: list[tuple[int, int]]
    open_mark: int  # offset of the first part's opening mark
    close_mark: int | None  # offset of the last part's closing mark; None when unclosed
    line: int  # index of the line the quote starts on
    single: bool = False

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    @property
    def after_close(self) -> int:
        return self.close_mark + 1 if self.close_mark is not None else self.end


def looks_opening(text: str, i: int, lo: int, hi: int) -> bool:
    return (
        (i == lo or text[i - 1] in BEFORE_OPENING or text[i - 1].isspace())
        and i + 1 < hi
        and not text[i + 1].isspace()
    )


def looks_closing(text: str, i: int, lo: int, hi: int) -> bool:
    return (
        i > lo
        and not text[i - 1].isspace()
        and (i + 1 >= hi or text[i + 1] in AFTER_CLOSING or text[i + 1].isspace())
    )


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def is_heading(line: str) -> bool:
    return len(WORD_RE.findall(line)) <= MAX_HEADING_WORDS and not SENTENCE_END_RE.search(line)


# A headline that gives its quote a speaker: '"...," says UN envoy', "'...' says doctor", 'Lavrov: "..."'.
_HEADING_VERBS = r"(?:says?|said|warns?|tells?|insists?|claims?|urges?|vows?)"
ATTRIBUTED_HEADING_RES = (
    re.compile(rf"[\"”’'],?\s+(?:[A-Z][\w.'-]*\s+){{0,4}}?{_HEADING_VERBS}\b", re.I),
    # 'Lavrov: "..."', 'UN envoy: "..."': a name or a role, then a colon
    re.compile(r"^\s*[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3}\s*:\s*[\"“‘']"),
    # 'UN envoy says "..."': the speaker and the verb before the quote
    re.compile(rf"^\s*[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){{0,4}}?\s+{_HEADING_VERBS}:?\s+[\"“‘']"),
    # '"The city is dying," - Omar Khaled, rescuer': a dash and a name after the closing mark
    re.compile(r"[\"”’'][.,!?]?[ \t]*(?:—|–|-{1,2})[ \t]*[A-Z][^\n]*$"),
)


def is_attributed_heading(line: str) -> bool:
    """Whether a headline line quotes someone it names ('"Aleppo could be destroyed by Christmas," says
    UN envoy', 'Lavrov: "The West protects terrorists"'): its quote is a quote (tests/gold/GUIDELINES.md
    counts headlines as text), unlike a heading's scare quotes."""
    return any(regex.search(line) for regex in ATTRIBUTED_HEADING_RES)


def double_pairs(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], int | None]:
    """Paired double marks (open, close) within text[lo:hi], and the offset of an unclosed opening mark."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in DOUBLE_MARKS_RE.finditer(text, lo, hi):
        i, mark = m.start(), m.group()
        if open_at is None:
            glued = mark == '"' and i > lo and (text[i - 1].isalnum() or text[i - 1] in ".,!?")
            if ((mark in CLOSING_DOUBLE and not looks_opening(text, i, lo, hi)) or glued) and not mistyped_opening(
                text, i, hi
            ):
                # A stray closing mark whose opening was lost; a straight mark glued to the word before
                # it ('still flying" .') closes a quote, it never opens one.
                continue
            open_at = i
        elif mark in OPENING_DOUBLE and not looks_closing(text, i, lo, hi):
            open_at = i  # the earlier quote lost its closing mark; this one starts afresh
        elif mark == '"' and opens_after_a_lost_close(text, i, hi):
            # '"It was calm, said Abd. "But this morning ...': the earlier quote lost its closing mark and ends
            # where the next sentence opens a quote of its own
            pairs.append((open_at, i))
            open_at = i
        else:
            pairs.append((open_at, i))
            open_at = None
    return pairs, open_at


# Words of an attribution: a sentence with one is the writer's narration, not a quote's next sentence.
ATTRIBUTION_WORDS_RE = re.compile(r"\b(?:said|says|told|tells|added|adds|according|asked|replied|stated)\b", re.I)


def opens_after_a_lost_close(text: str, i: int, hi: int) -> bool:
    """Whether a straight mark, met while a quote is open, opens a new one instead of closing it: after a
    sentence's end and a space, before a capital, and the sentence it opens attributes nothing ('... told
    The New Arab. "But this morning the shelling came back ...'). A closing mark is glued to the words it
    closes ('... New Arab."'); one set off by a stray space is followed by the writer's narration, which
    says who spoke ('"We are not leaving. "She said it again on Tuesday.')."""
    if not (i >= 2 and text[i - 1] == " " and text[i - 2] in SENTENCE_END_MARKS and i + 1 < hi and text[i + 1].isupper()):
        return False
    end = sentence_end(text, i + 1, hi) or hi
    next_mark = DOUBLE_MARKS_RE.search(text, i + 1, end)  # up to the quote's own close, if the sentence has one
    return ATTRIBUTION_WORDS_RE.search(text, i + 1, next_mark.start() if next_mark else end) is None


def first_sentence_of_a_lost_close(text: str, open_at: int, lo: int, hi: int) -> int | None:
    """ '... said Dr Jane Doe. "Those civilians who were not kidnapped have fled. The situation is ...' (a
    long paragraph, its closing mark lost): a mark that opens a sentence (a capital after it, a sentence's
    end or the paragraph's start before it) opens a quote whose extent is lost; its first sentence is the
    least of it that is surely quoted. The end of that sentence, else None. `lo`, `hi`: the paragraph."""
    before = text[lo:open_at].rstrip()
    if not (open_at + 1 < hi and text[open_at + 1].isupper()) or (before and before[-1] not in (*SENTENCE_END_MARKS, ":")):
        return None
    return sentence_end(text, open_at + 1, min(hi, open_at + MAX_UNCLOSED_TAIL))


# A sentence's end: its mark, then a capital or an opening mark after a space, or the paragraph's end ("The
# U.S. must act" goes on) ...
SENTENCE_CLOSE_RE = re.compile(r"[.!?](?=\s+[A-Z\"“]|\s*$)")
# ... but not the stop of an abbreviation before a name or a number ("Dr. Jane Doe", "Gen. Roe", "No. 5"): the
# ranks the tokenizer keeps whole (`nlp.TITLE_ABBREVIATIONS`) and other short forms of titles and numbers.
ABBREVIATIONS = frozenset({a.rstrip(".").lower() for a in TITLE_ABBREVIATIONS}) | frozenset({
    "dr", "mr", "mrs", "ms", "gen", "gov", "sen", "rep", "prof", "st", "jr", "sr", "no", "vol", "rev", "fr", "mt", "ft",
})  # fmt: skip


def sentence_end(text: str, start: int, end: int) -> int | None:
    """The offset just past the first sentence's end in text[start:end] (`SENTENCE_CLOSE_RE`), skipping the
    stops of abbreviations ("Dr.", "Gen."), initials and dotted short forms ("U.N.", "J.", "a.m."); None
    when no sentence ends there."""
    for match in SENTENCE_CLOSE_RE.finditer(text, start, end):
        word = text[max(start, text.rfind(" ", start, match.start()) + 1) : match.start()].lstrip("\"“(")
        if "." in word or len(word) == 1 or (match.group() == "." and word.lower() in ABBREVIATIONS):
            continue
        return match.end()
    return None


def mistyped_opening(text: str, i: int, hi: int) -> bool:
    """ '... said Ann Roe, an analyst at the bank.” The bank might need that now.”': a closing mark glued
    to the end of a sentence, no quote open, then a capitalised sentence that another closing mark ends
    with no opening mark between: the first mark opens that sentence's quote. (Typographic quotes made
    from straight ones turn a '"' after a full stop into a closing mark whatever it does.)"""
    if i == 0 or text[i - 1] not in ".!?" or not text[i + 1 : i + 3].startswith(" ") or not text[i + 2 : i + 3].isupper():
        return False
    after = DOUBLE_MARKS_RE.search(text, i + 1, hi)
    return after is not None and after.group() in CLOSING_DOUBLE + '"' and text[after.start() - 1] in ".!?,"


MIN_UNOPENED_WORDS = 4


def unopened_quote_end(text: str, lo: int, hi: int) -> int | None:
    """ 'So I got out, and I thought that would be the end of it.” ': a paragraph that is the end of a
    quote whose opening lies before the text we have (a cut page, a quote running on from a paragraph
    the scrape lost). Its first double mark is a curly closing mark (never a straight one, which could
    open) ending a sentence or clause, with at least MIN_UNOPENED_WORDS words before it; the quote runs
    from the paragraph's start. The closing mark's offset, else None."""
    first = DOUBLE_MARKS_RE.search(text, lo, hi)
    if first is None or first.group() not in CLOSING_DOUBLE or looks_opening(text, first.start(), lo, hi):
        return None
    i = first.start()
    if not looks_closing(text, i, lo, hi) or text[i - 1] not in ".,!?":
        return None
    if len(WORD_RE.findall(text[lo:i])) < MIN_UNOPENED_WORDS or not text[lo:i].lstrip()[:1].isupper():
        return None
    return i


PLURAL_POSSESSIVE_RE = re.compile(r"(?<=[a-z]s)['’] (?!(?:says?|said|told|tells|adds?|added|and|or|but|as|he|she|they|it|in|on|at|to|for|from|with|by|the|a|an|according)\b)[a-z]")


def plural_possessive(text: str, open_at: int, i: int, hi: int) -> bool:
    """ "'The rebels' positions were hit all night,' said Abu Ali": a mark after a plural's "s" and
    before a lower-case word that can be the possessed noun (not a cue or a function word: "'... civilians'
    says UN official"), inside a quote of two words or more that closes later on the line, is the plural's
    apostrophe, not the quote's end (a scare quote "'rebels' were" is one word: it closes)."""
    if not PLURAL_POSSESSIVE_RE.match(text, i) or len(text[open_at + 1 : i].split()) < 2:
        return False
    return any(looks_closing(text, m.start(), open_at, hi) and not text[m.start() + 1 : m.start() + 2].isalnum()
               and not PLURAL_POSSESSIVE_RE.match(text, m.start())
               for m in SINGLE_MARKS_RE.finditer(text, i + 1, min(hi, open_at + MAX_SINGLE_QUOTE_CHARS)))


def single_pairs(text: str, lo: int, hi: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-mark pairs used as quotes, outside double-quoted runs; unclosed ones are apostrophes."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in SINGLE_MARKS_RE.finditer(text, lo, hi):
        i, mark = m.start(), m.group()
        if any(a <= i <= b for a, b in blocked):
            continue
        opening = mark != "’" and looks_opening(text, i, lo, hi) and text[i + 1].isalnum()
        closing = (
            mark != "‘" and looks_closing(text, i, lo, hi) and not (i + 1 < hi and text[i + 1].isalnum())
        )
        if open_at is not None and closing and plural_possessive(text, open_at, i, hi):
            continue
        if open_at is not None and closing and i - open_at <= MAX_SINGLE_QUOTE_CHARS:
            pairs.append((open_at, i))
            open_at = None
        elif opening:
            open_at = i
    return pairs


SINGLE_OPENING = "‘'"


def opening_single_mark(text: str, lo: int, hi: int) -> int | None:
    """The offset of a single mark opening a paragraph's first word ("‘We are working ..."), else None."""
    first = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip())
    return first if first + 1 < hi and text[first] in SINGLE_OPENING and text[first + 1].isalnum() else None


def single_quote_left_open(
    text: str, lo: int, hi: int, singles: list[tuple[int, int]], following: tuple[int, int], n: int
) -> QuoteSpan | None:
    """British copy's multi-paragraph quote in single marks: a paragraph that opens with a single mark
    closed nowhere in it, the next paragraph opening with one too ("‘We have no power.¶‘Every day we
    choose who lives,’ he said."): the quote runs on (as double marks do in `quote_spans`). None when the
    paragraph's opening mark is closed in it or is an apostrophe ("'Tis", "'90s": no word follows)."""
    first = opening_single_mark(text, lo, hi)
    if first is None or any(a == first for a, _ in singles) or opening_single_mark(text, *following) is None:
        return None
    if len(WORD_RE.findall(text[first:hi])) < MIN_UNOPENED_WORDS:
        return None
    return QuoteSpan([trimmed(text, first + 1, hi)], first, None, n, single=True)


def single_quote_run_on(
    text: str, lo: int, hi: int, carried: QuoteSpan, spans: list[QuoteSpan]
) -> tuple[QuoteSpan | None, int]:
    """Continue a single-mark quote carried from the paragraph before into text[lo:hi]: a paragraph that
    opens with a single mark is its next part, closed by the paragraph's first closing single mark (the
    quote then ends, and the rest of the paragraph is read as usual from the returned offset) or by none
    (the quote goes on). A paragraph that does not open with one leaves it unclosed: no quote, as single
    marks left open are apostrophes."""
    first = opening_single_mark(text, lo, hi)
    if first is None:
        return None, lo  # never closed: the marks were apostrophes ("'Tis the season", "'90s")
    close = next((b for a, b in single_pairs(text, first, hi, []) if a == first), None)
    if close is None:
        carried.parts.append(trimmed(text, first + 1, hi))
        return carried, hi
    carried.parts.append(trimmed(text, first + 1, close))
    carried.close_mark = close
    spans.append(carried)
    return None, close + 1


def quote_spans(text: str) -> list[QuoteSpan]:
    """Direct-quote candidates in text order, before the scare-quote filter (which needs the parse)."""
    lines = [(m.start(), m.end()) for m in LINE_RE.finditer(text) if m.group().strip()]
    spans: list[QuoteSpan] = []
    carried: QuoteSpan | None = None  # an unclosed quote waiting for the next paragraph to open with a mark
    for n, (lo, hi) in enumerate(lines):
        if carried is not None and carried.single:
            carried, lo = single_quote_run_on(text, lo, hi, carried, spans)
            if lo >= hi:
                continue
        line = text[lo:hi]
        pairs, open_at = double_pairs(text, lo, hi)
        if carried is not None:
            first_mark = lo + len(line) - len(line.lstrip())
            if pairs and pairs[0][0] == first_mark:
                # Multi-paragraph convention: the quote goes on in a paragraph that opens with a mark.
                first_open, first_close = pairs.pop(0)
                carried.parts.append(trimmed(text, first_open + 1, first_close))
                carried.close_mark = first_close
                spans.append(carried)
                carried = None
            elif open_at == first_mark and not pairs:
                carried.parts.append(trimmed(text, first_mark + 1, hi))
                open_at = None
            else:
                spans.append(carried)
                carried = None
        if is_heading(line) and not is_attributed_heading(line):
            continue
        unopened = unopened_quote_end(text, lo, hi) if carried is None else None
        if unopened is not None:
            spans.append(QuoteSpan([trimmed(text, lo, unopened)], lo, unopened, n))
        for a, b in pairs:
            spans.append(QuoteSpan([trimmed(text, a + 1, b)], a, b, n))
        next_opens = n + 1 < len(lines) and text[lines[n + 1][0] : lines[n + 1][1]].lstrip()[:1] in '"“„«'
        if open_at is not None and (next_opens or hi - open_at <= MAX_UNCLOSED_TAIL):
            unclosed = QuoteSpan([trimmed(text, open_at + 1, hi)], open_at, None, n)
            if next_opens:
                carried = unclosed
            else:
                spans.append(unclosed)
        elif open_at is not None and (end := first_sentence_of_a_lost_close(text, open_at, lo, hi)) is not None:
            spans.append(QuoteSpan([trimmed(text, open_at + 1, end)], open_at, None, n))
        blocked = pairs + ([(open_at, hi)] if open_at is not None else [])
        singles = single_pairs(text, lo, hi, blocked)
        for a, b in singles:
            spans.append(QuoteSpan([trimmed(text, a + 1, b)], a, b, n, single=True))
        if carried is None and not pairs and open_at is None and n + 1 < len(lines):
            carried = single_quote_left_open(text, lo, hi, singles, lines[n + 1], n)
    if carried is not None and not carried.single:
        spans.append(carried)
    spans = [s for s in spans if s.end > s.start and any(ch.isalpha() for ch in text[s.start : s.end])]
    return sorted(spans, key=lambda s: s.start)


# The closing mark of a quote a content has opened, right after the content's end (past its punctuation).
CLOSE_AFTER_RE = re.compile(r"[,.;:!?]{0,2}[”»\"]")


def wholly_in_quote_marks(text: str, start: int, end: int) -> bool:
    """Whether a content is exactly the words between a pair of double quote marks ('"Aleppo is empty,"
    she said'): a direct quote's words, which the direct stage kept or left out by their length."""
    before = text[:start].rstrip()
    return before.endswith(("\"", "“", "«")) and CLOSE_AFTER_RE.match(text, end) is not None

"""Lines a flattened field ran together, broken where the page had its breaks. A CSV or JSON field often
holds a page's text with its line breaks lost: the standfirst, a wire's date stamp and the story's lead
then read as one sentence, and a standfirst the lead prints again reads as one toll given twice in a
sentence. Nothing is dropped: only line breaks are put back."""

from __future__ import annotations

import re

from .date_forms import DATE_FORMS, WEEKDAY_FORM, WIRE_AGENCIES

# A wire's credit and a weekday date stamp inside a line, more text after it: "... province of Latakia AFP
# Saturday 10 Aug 2013 Air strikes by the army killed ...". The stamp closes the standfirst's line.
WIRE_STAMP_RE = re.compile(
    rf"(?<!\w){WIRE_AGENCIES}\s*,?\s+{WEEKDAY_FORM}\s+{DATE_FORMS[0]}(?=\s+(?-i:[\"“A-Z0-9]))", re.IGNORECASE
)
REPEATED_LEAD_MIN_WORDS = 8  # a shorter run printed twice is as often a phrase said again
REPEATED_LEAD_MAX_WORDS = 80  # a standfirst is no longer
REPEATED_LEAD_MAX_OFFSET = 30  # words of a headline run in before it
WORD_EDGE_MARKS = ".,;:!?\"'“”‘’()"
QUOTE_MARK_RE = re.compile(r"[\"“”«»]")


def break_after_wire_stamp(line: str) -> list[str]:
    """The line cut after a wire credit's date stamp that has text on both sides of it ("<standfirst> AFP
    Saturday 10 Aug 2013 <lead>"): the standfirst keeps the stamp, the lead starts its own line. A stamp
    that opens the line ("AFP Saturday 10 Aug 2013 Air strikes ...") is cut after too. Only before a new
    sentence's capital: "a statement issued by SANA Tuesday 11 June 2013 and said ..." is one sentence."""
    match = WIRE_STAMP_RE.search(line)
    if match is None:
        return [line]
    return [line[: match.end()].rstrip(), *break_after_wire_stamp(line[match.end() :].lstrip())]


def split_repeated_lead(line: str) -> list[str]:
    """A line whose opening (a headline at most REPEATED_LEAD_MAX_OFFSET words long may come first) holds
    a passage of at least REPEATED_LEAD_MIN_WORDS words printed again at once ("Eleven civilians were
    killed in Aleppo on Friday Eleven civilians were killed in Aleppo on Friday. A source said ..."): a
    standfirst run into the lead that repeats it. Cut between the two printings. A first printing with a
    full stop in it is sentences the text gives twice, no standfirst (`casualties.dedupe.printed_again`
    reads them)."""
    words = line.split()
    plain = [w.strip(WORD_EDGE_MARKS).lower() for w in words[: REPEATED_LEAD_MAX_OFFSET + 2 * REPEATED_LEAD_MAX_WORDS + 1]]
    # Where each word of the opening recurs: a second printing starts where the first one's word recurs.
    recurs: dict[str, list[int]] = {}
    for index, word in enumerate(plain[: REPEATED_LEAD_MAX_OFFSET + REPEATED_LEAD_MAX_WORDS + 1]):
        recurs.setdefault(word, []).append(index)
    for start in range(min(REPEATED_LEAD_MAX_OFFSET, len(words)) + 1):
        if start >= len(plain):
            break
        longest = min(REPEATED_LEAD_MAX_WORDS, (len(words) - start) // 2)
        for end in recurs[plain[start]]:  # in increasing order, so the shortest repeat is found first
            size = end - start
            if size < REPEATED_LEAD_MIN_WORDS:
                continue
            if size > longest:
                break
            if (
                plain[start:end] == plain[end : end + size]
                and not any(map(ends_a_sentence, words[start:end]))
                and not QUOTE_MARK_RE.search(line[: word_offset(line, end)])  # a chant or a cry quoted
            ):
                cut = word_offset(line, end)
                return [line[:cut].rstrip(), line[cut:].lstrip()]
    return [line]


def ends_a_sentence(word: str) -> bool:
    return word.rstrip("\"'”’)").endswith((".", "!", "?"))


def word_offset(line: str, index: int) -> int:
    """The character offset where the `index`-th word (0-based) of a line starts."""
    return [m.start() for m in re.finditer(r"\S+", line)][index]


def broken_run_in_lines(lines: list[str]) -> list[str]:
    """Lines with run-in standfirsts and stamps put on lines of their own, a blank line between the parts
    (each part a paragraph of its own)."""
    out: list[str] = []
    for line in lines:
        parts = [piece for part in break_after_wire_stamp(line) for piece in split_repeated_lead(part)]
        for k, part in enumerate(parts):
            out.extend([part, ""] if k < len(parts) - 1 else [part])
    return out

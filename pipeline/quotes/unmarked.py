"""Direct speech whose closing mark was lost: a report the indirect rules found is someone's own words
when an opening mark stands before it (or within its first words) and no closing mark follows
('said ��the Turkish side still sends weapons ...', '"The bombing is an outrage said Jane Doe').
Scraped and re-encoded text loses marks this way: some FA-KES articles keep only the U+FFFD a curly
opening mark became, and none of its closing marks.

With no marks at all, words after a colon that keep the speaker's own first person ('told Reuters: We would
go into a house') are direct speech too: a reported clause shifts "we" to "they", and a colon introduces
direct speech. Not read as direct speech (the gold annotators split on them, tests/gold/GUIDELINES.md asks
for marks): first-person words without a colon, and words after "said:" in the third person."""

from __future__ import annotations

import dataclasses
import re

from ..records import Quote
from .lexicon import CLOSING_DOUBLE, OPENING_DOUBLE

OPENING_MARKS = '"' + OPENING_DOUBLE  # a straight mark opens as well as closes
# A closing mark, or a U+FFFD glued to the end of a word (a lost curly closing mark).
CLOSING_MARKS_RE = re.compile(rf'["{CLOSING_DOUBLE}]|(?<=[\w.,!?])\ufffd')
# A curly mark re-encoded badly: one or two U+FFFD glued to the word they opened (" ��the Turkish side").
LOST_OPENING_RE = re.compile(r"(?:(?<=\s)|^)\ufffd{1,2}(?=\w)")
OPENING_REACH = 3  # words into a content an opening mark may stand ("It is ��illustrating how ...")


def unclosed_opening(text: str, start: int, end: int) -> int | None:
    """ 'said ��the Turkish side still sends weapons ...', '"The direct bombing ... is an outrage said X':
    the offset just past an opening mark (a straight or curly one, or the U+FFFD a curly one became) that
    stands right before the content or within its first words and that no closing mark follows up to the
    content's end. None otherwise ('He said "the talks failed" on Monday' closes its mark)."""
    before = LOST_OPENING_RE.search(text, max(0, start - 2), start + 1)
    if (start > 0 and text[start - 1] in OPENING_MARKS) or (before is not None and before.end() == start):
        opened = start
    else:
        head_end = start + len(" ".join(text[start:end].split(" ")[:OPENING_REACH]))
        lost = LOST_OPENING_RE.search(text, start, head_end)
        marks = [lost.end()] if lost is not None else []
        marks += [start + i + 1 for i, ch in enumerate(text[start:head_end]) if ch in OPENING_MARKS]
        if not marks:
            return None
        opened = min(marks)
    if CLOSING_MARKS_RE.search(text, opened, min(len(text), end + 2)):
        return None
    return opened


def as_direct_speech(quote: Quote, text: str) -> Quote:
    """The quote as direct speech when an unclosed opening mark shows it is someone's own words (module
    docstring), its content starting past the mark; the quote unchanged otherwise."""
    if quote.kind != "indirect" or quote.in_headline:
        return quote
    start = unclosed_opening(text, quote.start, quote.end)
    if start is None:
        if own_words_after_a_colon(text, quote.start, quote.end):
            return dataclasses.replace(quote, kind="direct", quoted_words=())
        return quote
    return dataclasses.replace(
        quote, kind="direct", start=start, quote=text[start : quote.end], quote_id=f"{quote.article_id}:{start}", quoted_words=()
    )


FIRST_PERSON_RE = re.compile(r"(?-i:\b(?:I|I'm|I've|we|We|my|My|our|Our|us|me)\b)")
# A capitalised word right before "I" makes it a numeral of a name ("Geneva I", "Phase I", "World War I");
# not the content's first word ("Yesterday I saw ...").
NAME_BEFORE_RE = re.compile(r"(?-i:\b[A-Z][\w-]*\s+)$")


def own_words_after_a_colon(text: str, start: int, end: int) -> bool:
    """ 'told Reuters: We would go into a house and everything was in its place': a colon right before the
    content and the speaker's own first person in it show direct speech whose marks were stripped; a
    reported clause would shift "we" to "they". "I" after a capitalised word is a numeral ("the Geneva I
    communique"), not the speaker."""
    if not text[max(0, start - 8) : start].rstrip().endswith(":"):  # the few characters before, not the whole text
        return False
    return any(
        not (match.group() == "I" and NAME_BEFORE_RE.search(text, max(start + 1, match.start() - 40), match.start()))
        for match in FIRST_PERSON_RE.finditer(text, start, end)
    )

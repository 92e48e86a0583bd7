"""Display text inside an article's body: subheadings and pull-quotes. A figure printed there repeats a
figure of the running text (a subheading sums up the section under it, a pull-quote prints a sentence of
the story again, larger), so it is flagged like a headline figure and counted once."""

from __future__ import annotations

import re

from ..page_headlines import CLOSING_MARKS, is_running_text

PARAGRAPH_RE = re.compile(r"[^\n]+")
SENTENCE_STOP_RE = re.compile(rf"[.!?…:;,][{CLOSING_MARKS}]*$")  # a line of running text ends so; a subheading never
QUOTE_MARKS = "\"'“”‘’«»"
SUBHEADING_MAX_WORDS = 12
RUNNING_TEXT_MIN_WORDS = 8
PULL_QUOTE_MIN_WORDS = 5
# A pull-quote's credit after it: "— Khaled Omar, rescuer", "- Jane Doe".
PULL_QUOTE_CREDIT_RE = re.compile(r"\s+[-–—]{1,2}\s*[A-Z][^\n]{0,60}$")
BULLET_RE = re.compile(r"^\s*(?:[•·▪●◦*–-]|\d+[.)])\s")


def paragraphs(text: str) -> list[re.Match[str]]:
    return [m for m in PARAGRAPH_RE.finditer(text) if m.group().strip()]


def is_story_text(paragraph: str) -> bool:
    """A paragraph of the story, however short: several words closed by a sentence stop."""
    return is_running_text(paragraph, RUNNING_TEXT_MIN_WORDS)


def is_subheading(paragraph: str, before: str, after: str) -> bool:
    """A short line with no sentence stop set between two paragraphs of running text: "Children among the
    dead", "Nine killed in Ansari". Not an item of a list (a bullet, or after a line that ends in a colon),
    nor the last line of one (the paragraph before must be running text too)."""
    stripped = paragraph.strip()
    words = stripped.split()
    return (
        0 < len(words) <= SUBHEADING_MAX_WORDS
        and SENTENCE_STOP_RE.search(stripped) is None
        and not BULLET_RE.match(stripped)
        and (stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in QUOTE_MARKS)
        and is_story_text(before)
        and is_story_text(after)
    )


def squeezed(text: str) -> str:
    return " ".join(re.sub(rf"[{QUOTE_MARKS}]", " ", text).lower().split())


def pull_quote_words(paragraph: str) -> str:
    """A paragraph's words as a pull-quote prints them: its marks and a closing credit dropped."""
    return squeezed(PULL_QUOTE_CREDIT_RE.sub("", paragraph.strip()).rstrip(".,"))


def is_pull_quote(paragraph: str, others: list[str]) -> bool:
    """A paragraph whose words (marks and a closing credit aside) the story prints again inside a longer
    paragraph: '"Five of my neighbours were killed in one night"' beside 'Khaled said: "Five of my
    neighbours were killed in one night, and no one came."'. A sentence the article prints twice whole is
    a repeat of its own (`dedupe.printed_again`), not display text."""
    words = pull_quote_words(paragraph)
    if len(words.split()) < PULL_QUOTE_MIN_WORDS:
        return False
    return any(len(squeezed(other)) > len(words) + 10 and words in squeezed(other) for other in others)


HEADLINE_MAX_WORDS = 20
STANDFIRST_MAX_WORDS = 40
FULL_STOP_RE = re.compile(rf"[.!?][{CLOSING_MARKS}]*$")  # a sentence's end; a standfirst may end in "…" or nothing


def is_display_line(paragraph: str, max_words: int) -> bool:
    """A headline's or standfirst's line: at most `max_words` words, no full stop at its end."""
    stripped = paragraph.strip()
    return 0 < len(stripped.split()) <= max_words and not FULL_STOP_RE.search(stripped)


def top_display_spans(found: list[re.Match[str]], headline_end: int) -> list[tuple[int, int]]:
    """The headline a text opens with when no title says so ("12 killed in air strikes on Idlib market:
    monitor", a short line with no sentence stop before running text, or before a standfirst and running
    text) and the standfirst under a headline ("At least 45 civilians killed as troops push into Sheikh
    Saeed…": no sentence stop either)."""
    lines = [m.group() for m in found[:3]] + ["", ""]
    if headline_end > 0:
        # the title's own line is flagged already: only a standfirst under it is display text here
        k = 1 if found and found[0].start() < headline_end else 0
        standfirst = k < len(found) and is_display_line(lines[k], STANDFIRST_MAX_WORDS) and is_story_text(lines[k + 1])
        return [found[k].span()] if standfirst else []
    if not found or not is_display_line(lines[0], HEADLINE_MAX_WORDS):
        return []
    if is_display_line(lines[1], STANDFIRST_MAX_WORDS) and is_story_text(lines[2]):
        return [found[0].span(), found[1].span()]
    return [found[0].span()] if is_story_text(lines[1]) else []


def display_spans(text: str, headline_end: int = 0) -> list[tuple[int, int]]:
    """(start, end) character spans of an article's display text: the headline and standfirst it opens
    with (`top_display_spans`; `headline_end`, where a known title's line ends, else 0), its subheadings
    and its pull-quotes (paragraphs are its lines)."""
    found = paragraphs(text)
    spans = top_display_spans(found, headline_end)
    for i, match in enumerate(found[1:-1], start=1):
        paragraph = match.group()
        others = [m.group() for j, m in enumerate(found) if j != i]
        if is_subheading(paragraph, found[i - 1].group(), found[i + 1].group()) or is_pull_quote(paragraph, others):
            spans.append(match.span())
    return spans

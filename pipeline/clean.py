"""Cleaning of scraped article text: site chrome out, the article's paragraphs intact.

Scraped plain text opens with a site's header and navigation lines, then the headline, then the body,
and often ends with reader comments. `split_scraped_text` separates those parts; each step is a small
function over a list of lines, so the rules can be read and tested one by one.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .dates import DATELINE_LINE_RE

# Lines that are never article text, wherever they stand.
BOILERPLATE_LINE_RES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^this is an archived article\b.*",
        r"^.{0,40}\b(cookies?|cookie policy)\b.*\b(accept|agree|consent|use|settings)\b.*",
        r"^(subscribe|sign up|sign in|log in|register)\b.{0,80}$",
        r"^.{0,60}\b(subscribe to our newsletter|get our newsletter|newsletter sign[- ]?up)\b.*",
        r"^(share|tweet|email|print|whatsapp|facebook|twitter)( this( article| story)?)?:?$",
        r"^(share|follow us) on\b.{0,60}$",
        r"^(select page|skip to (main )?content|menu|search|home|clear|close|toggle navigation)$",
        r"^(related|read more|more from|you may also like|recommended)( articles| posts| stories)?:?$",
        r"^(tags?|filed under|categories|posted in):.*",
        r"^media id:.*",
        r"^(photo )?caption:.*",
        r"^(image|photo) (credit|source):.*",
        r"^(©|copyright\b).{0,120}$",
        r"^all rights reserved\.?$",
        r"^advertisement$",
    )
]

# From the first of these lines on, everything is the comment section or page footer.
TAIL_START_RES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^comments are closed\.?$",
        r"^leave a (reply|comment)\b.*",
        r"^\d+ (responses?|comments?|replies|thoughts) (to|on)\b.*",
        r"^(one|two|three|four|five) (response|comment|thought)s? (to|on)\b.*",
        r"^\d* ?comments?:?$",
        r"^(add|post) (a|your) comment\b.*",
    )
]

# A photo caption after a "Caption:" marker ends with a credit such as "AFP PHOTO / NAME".
PHOTO_CREDIT_RE = re.compile(r"(\bPHOTO\b|\bphoto:|getty images|\(reuters\)|/ ?(afp|reuters|ap)\b)", re.I)

# Wire credits closing an article ("Reporting by X; Editing by Y"): bylines, not article text.
CREDITS_TAIL_RE = re.compile(
    r"[\s(]*\b(?:Additional [Rr]eporting|Reporting|Writing|Editing|Compiled|Translated)(?: and [a-z]+)? by "
    r"[A-Z][^\n]{0,200}$"
)

# Page chrome run into a single block of text (scrapes that lost their line breaks, as in FA-KES).
INLINE_CHROME_RE = re.compile(r"\b(?:Get short URL(?: \d+)*|Print Tweet(?: Views \d+)?|Print this page)\b ?")
# From the first of these in the article's closing part, the rest is sidebar, footer or sharing links.
INLINE_TAIL_RES = [
    re.compile(p)
    for p in (
        r"\bRelated (?:News|Articles|Stories|Posts|Topics|Coverage)\b",
        r"\bSource:? [A-Z][\w ]{0,40} and (?:agencies|Agencies)\b",
        r"\b(?:Follow|follow) us on (?:Instagram|Twitter|Facebook|Telegram)\b",
        r"\b(?:Subscribe|SUBSCRIBE) to our (?:newsletter|Youtube channel|YouTube channel)\b",
        r"\bCopyright (?:©|\(c\))? ?\d{4}\b",
        r"\bAll rights reserved\b",
    )
]
INLINE_TAIL_FROM = 0.3  # only markers after this share of the text: a tail, not a mention in the story

SENTENCE_END_RE = re.compile(r"[.!?…]['’\"”)]?$")


@dataclass(frozen=True, slots=True)
class ScrapedParts:
    """A scraped page split into what the pipeline keeps apart."""

    header: tuple[str, ...]  # site name, navigation, tagline lines before the headline
    title: str
    dateline: str | None  # the dateline line as written, when the page has one
    body: str  # cleaned paragraphs joined by blank lines


def normalise_unicode(text: str) -> str:
    """NFC form, no-break spaces as spaces, Windows line ends as newlines; keeps curly quotes."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")


MAX_BOILERPLATE_LINE_CHARS = 200  # a longer line is article text, whatever it opens with


def is_boilerplate_line(line: str) -> bool:
    return len(line) <= MAX_BOILERPLATE_LINE_CHARS and any(r.match(line) for r in BOILERPLATE_LINE_RES)


def cut_tail(lines: list[str]) -> list[str]:
    """Lines before the comment section ("Leave a Reply", "3 responses to ...", "Comments are closed.")."""
    for i, line in enumerate(lines):
        if any(r.match(line.strip()) for r in TAIL_START_RES):
            return lines[:i]
    return lines


def drop_photo_captions(lines: list[str]) -> list[str]:
    """Drop "Caption:" markers and the caption paragraph that follows one when it carries a photo credit."""
    kept: list[str] = []
    after_caption_marker = False
    for line in lines:
        stripped = line.strip()
        if re.match(r"^(photo )?caption:", stripped, re.I):
            after_caption_marker = True
            continue
        if after_caption_marker and stripped:
            after_caption_marker = False
            if PHOTO_CREDIT_RE.search(stripped):
                continue
        kept.append(line)
    return kept


def looks_like_body_paragraph(line: str) -> bool:
    """A running-text paragraph: several words and sentence punctuation at the end."""
    return len(line.split()) >= 12 and bool(SENTENCE_END_RE.search(line.strip()))


def drop_credits(text: str) -> str:
    """The text without a closing run of wire credits."""
    return CREDITS_TAIL_RE.sub("", text).rstrip()


def cut_inline_tail(text: str) -> str:
    """The text before page chrome that follows the article in the same block ("Related News ...")."""
    earliest = len(text)
    for regex in INLINE_TAIL_RES:
        match = regex.search(text, int(len(text) * INLINE_TAIL_FROM))
        if match:
            earliest = min(earliest, match.start())
    return text[:earliest].rstrip(" |-") if earliest < len(text) else text


def tidy_body(text: str) -> str:
    """Inline chrome, a chrome tail and closing wire credits removed from a body."""
    return drop_credits(cut_inline_tail(INLINE_CHROME_RE.sub("", text)))


def join_paragraphs(lines: list[str]) -> str:
    """Paragraphs (runs of non-empty lines) joined by one blank line, inner whitespace tidied."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in [*lines, ""]:
        stripped = re.sub(r"[ \t]+", " ", line.strip())
        if stripped:
            current.append(stripped)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    return tidy_body("\n\n".join(paragraphs))


def clean_lines(lines: list[str]) -> list[str]:
    """Lines with captions, the comment tail and boilerplate lines removed."""
    lines = cut_tail(drop_photo_captions(lines))
    return [line for line in lines if not is_boilerplate_line(line.strip())]


def split_scraped_text(raw: str) -> ScrapedParts:
    """Header, headline, dateline and cleaned body of a scraped plain-text page."""
    lines = clean_lines(normalise_unicode(raw).split("\n"))

    # The header is everything before the first running-text paragraph.
    first_body = next((i for i, line in enumerate(lines) if looks_like_body_paragraph(line)), 0)
    header = [line.strip() for line in lines[:first_body] if line.strip()]
    dateline = next((line for line in header if DATELINE_LINE_RE.match(line)), None)
    # The headline is the last header line that is not the dateline: navigation comes first.
    candidates = [line for line in header if line != dateline]
    title = candidates[-1] if candidates else ""
    return ScrapedParts(
        header=tuple(candidates[:-1]),
        title=title,
        dateline=dateline,
        body=join_paragraphs(lines[first_body:]),
    )


def clean_text(raw: str) -> str:
    """The cleaned body of an article held in one field (a CSV cell, a JSON value).

    Unlike a scraped page, a field holds only the article, so no header is cut: boilerplate lines,
    captions and comment tails go, paragraphs stay.
    """
    return join_paragraphs(clean_lines(normalise_unicode(raw).split("\n")))

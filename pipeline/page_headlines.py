"""The headline of a scraped page among its header lines: the lines a page prints between its navigation
and its text (a site name, a date, a byline, a writer's line, a caption, a standfirst) are no headline.
`clean.split_scraped_text` hands the header lines here."""

from __future__ import annotations

import re

CLOSING_MARKS = "'’\"”)\\]"  # quote marks or brackets that may follow a sentence's stop
SENTENCE_END_RE = re.compile(rf"[.!?…][{CLOSING_MARKS}]*$")  # a line that ends a sentence, its closing marks after the stop
BODY_MIN_WORDS = 12  # a story's paragraph; a headline or a menu line is shorter


def is_running_text(line: str, min_words: int = BODY_MIN_WORDS) -> bool:
    """A paragraph of a story's running text: at least `min_words` words closed by a sentence end."""
    return len(line.split()) >= min_words and SENTENCE_END_RE.search(line.strip()) is not None


def is_site_name_line(line: str) -> bool:
    """A line that only names a known outlet (a site name or a credit line), not a headline."""
    from .outlets import outlet_registry  # the registry reads a lexicon: imported when first needed

    return outlet_registry().site_name_line(line) is not None and len(line.split()) <= 8


# "By Jane Doe", "By REUTERS", "By EXAMPLE STAFF and AFP", "Jane Doe | 05.03.2020": a byline, not a headline.
BYLINE_LINE_RE = re.compile(r"^(?:(?i:by)\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&|,|al-\w+)){0,6}|[^|]{2,40}\|\s*[\d./-]{8,10})\s*$")


TRAILING_CREDIT_RE = re.compile(r"\s*\([^()]{1,40}\)\s*$")  # "... on Sunday. (AFP)"
CAPTION_SENTENCE_MIN_WORDS = 8  # "A man walks past the site of the blast." (a headline rarely ends in a stop)


# Lines a page prints between its headline and its text that are no headline: a writer's name (two or three
# capitalised words: a title-case headline is longer, "Aleppo Shelling Kills Dozens"), with a place
# or a desk ("Jane Doe", "Jane Doe in Beirut", "MEE staff"), a place line ("IDLIB, Syria"), a caption.
WRITER_LINE_RE = re.compile(
    r"^(?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’.-]+(?:\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?$"
    r"|^[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,2}\s+(?:staff|desk|team|reporters?|correspondents?)$"
    r"|^[A-Z]{3,}(?:\s+[A-Z]{3,})?,\s+[A-Z][a-z]+$"
    r"|^[A-Z]{3,}$"  # a dateline's city alone: "ISTANBUL"
    r"|^[A-Z][A-Z' ]+\s+WITH\s+[A-Z]+$"  # the staff with an agency's copy: "EXAMPLE DAILY WITH AA"
)


# A writer's name with what they are or write for ("Jane Doe, Correspondent", "Jane Doe, Reuters"), their
# handle ("Jane Doe @janedoe"), or after their city ("Beirut - Jane Doe").
_WRITER_NAME = r"(?:[A-Z][\w'’.-]+\s+){1,2}[A-Z][\w'’.-]+"
WRITER_WITH_CREDIT_RE = re.compile(rf"^{_WRITER_NAME},\s+(?P<credit>[^,]{{2,40}})$")
WRITER_HANDLE_RE = re.compile(rf"^{_WRITER_NAME}\s+@\w+$|^[A-Z][a-z]+\s+[-–—]\s+{_WRITER_NAME}$")
JOURNALIST_ROLE_RE = re.compile(
    r"\b(?:correspondent|reporter|editor|writer|contributor|columnist|journalist|staff|producer|bureau chief|"
    r"photographer|videographer)s?\b|\bspecial to\b",  # a freelancer's credit: "Jane Doe, Special to CNN"
    re.IGNORECASE,
)


def is_writer_with_credit(line: str) -> bool:
    """ "Jane Doe, Correspondent", "Jane Doe, Reuters", "Jane Doe @janedoe", "Beirut - Jane Doe": a
    writer's line. Not a title-case headline with a comma ("Aleppo Falls, Rebels Flee"): the words after
    the comma must be a journalist's role or an outlet's name."""
    if WRITER_HANDLE_RE.match(line):
        return True
    match = WRITER_WITH_CREDIT_RE.match(line)
    if match is None:
        return False
    from .outlets import outlet_registry  # the registry reads a lexicon: imported when first needed

    credit = match.group("credit").strip()
    return bool(JOURNALIST_ROLE_RE.search(credit)) or outlet_registry().named(credit) is not None


def is_writer_at_place(line: str) -> bool:
    """ "Tom Hale, Baghdad": a writer's name and the city they file from, a byline without its "By"."""
    match = WRITER_WITH_CREDIT_RE.match(line.strip())
    if match is None:
        return False
    from .places.resolve import resolve_offline  # the places package is heavy: imported when first needed

    return resolve_offline(match.group("credit").strip()) is not None


def is_byline_or_date_paragraph(text: str) -> bool:
    """A paragraph that is a date line, a byline or a writer's line ("8 March 2017", "By Tom Hale", "Tom
    Hale, Baghdad", "Jane Doe, Correspondent"): page metadata in a <p>, no lead of the story's text."""
    from .dates import is_date_line  # dates reads this module's neighbours

    text = " ".join(text.split())
    return is_date_line(text) or bool(BYLINE_LINE_RE.match(text)) or is_writer_with_credit(text) or is_writer_at_place(text)


def is_chrome_below_headline(line: str) -> bool:
    """A writer's line, a place line or a caption (see WRITER_LINE_RE, CAPTION_SENTENCE_MIN_WORDS)."""
    if WRITER_LINE_RE.match(line) or is_writer_with_credit(line) or is_writer_at_place(line):
        return True
    sentence = TRAILING_CREDIT_RE.sub("", line).rstrip()
    credited = sentence != line.rstrip()
    return sentence.endswith(".") and (credited or len(sentence.split()) >= CAPTION_SENTENCE_MIN_WORDS)


HEADLINE_MIN_WORDS_PAST_CHROME = 3  # a line reached past chrome lines: a headline, not a menu item ("World")


def headline_of(lines: list[str]) -> str | None:
    """The headline among a page's header lines (site name, date and byline lines already set aside): the
    last line that is not a writer's line, a place line or a caption under it, when that line has three
    words or more; None otherwise (the last line then stays the headline: "Ceasefire Holds in Aleppo" above
    a menu's "Middle East" has a writer's line's shape). A short headline stays ("Aleppo siege ends"), and a
    standfirst without a full stop under it is not told from it."""
    found = next((line for line in reversed(lines) if not is_chrome_below_headline(line)), None)
    return found if found is not None and len(found.split()) >= HEADLINE_MIN_WORDS_PAST_CHROME else None


STANDFIRST_MIN_WORDS = 12  # a standfirst is a sentence or two; a headline rarely runs this long
HEADLINE_BEFORE_STANDFIRST_MIN_WORDS = 5  # "Middle East" and other menu items are shorter


def line_above(lines: list[str], line: str) -> str | None:
    index = lines.index(line) if line in lines else 0
    return lines[index - 1] if index > 0 else None


def is_standfirst_under(above: str, line: str) -> bool:
    """ "Rebels say they shot down government warplane near Hama" / "Jaish al-Nasr says it hit a Syrian air
    force jet with an anti-aircraft gun; government has not commented": a long line without its full stop
    right under a shorter one of five words or more is the standfirst under its headline, not the
    headline. Not under a menu item or a title-case section name ("Middle East And North Africa")."""
    words, above_words = line.split(), above.split()
    title_case = all(w[:1].isupper() or not w[:1].isalpha() for w in above_words)
    return (
        len(words) >= STANDFIRST_MIN_WORDS
        and HEADLINE_BEFORE_STANDFIRST_MIN_WORDS <= len(above_words) <= HEADLINE_MAX_WORDS
        and len(words) >= len(above_words) + STANDFIRST_LONGER_BY
        and above.lstrip("'\"‘“")[:1].isupper()
        and not title_case
        and not NOT_A_HEADLINE_RE.search(above)
        and not is_chrome_below_headline(above)
        and not SENTENCE_END_RE.search(above)
    )


HEADLINE_MAX_WORDS = 16
STANDFIRST_LONGER_BY = 3  # words a standfirst runs past the headline above it
# Lines above a long line that are no headline: a kicker or label with a colon ("Special report: ..."), a
# stamp ("Last updated about 5 hours ago", "Posted by the desk"), a list of tags.
NOT_A_HEADLINE_RE = re.compile(r":|\b(?:updated|ago|posted|published|by)\b|,.*,", re.IGNORECASE)


# Metadata lines a page prints between its headline and its text, never a headline: a clock time ("12:42",
# "07:41 pm GMT"), a relative time ("Updated about 8 years ago", "Published 2 days ago", "Update 5 hours
# ago"), a counter line ("6,312 Views  24 Comments", "Comments: 12").
CLOCK_LINE_RE = re.compile(r"^[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?\s*(?:[ap]\.?\s?m\.?)?(?:\s*\(?[A-Z]{2,4}\)?)?$", re.IGNORECASE)
RELATIVE_TIME_RE = re.compile(
    r"^(?:(?:last\s+)?(?:posted|updated?|published|modified|edited)\s*:?\s*)?(?:about|over|almost|nearly|more\s+than|less\s+than)?\s*"
    r"(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago\.?$",
    re.IGNORECASE,
)
# A relative time with no stamp word is also a feature's headline ("One year ago", "100 years ago").
BARE_RELATIVE_TIME_RE = re.compile(r"^(?:about|over|almost|nearly|more\s+than|less\s+than)?\s*(?:\d+|an?|one)\s+\w+\s+ago\.?$", re.I)
COUNTER_LINE_RE = re.compile(
    r"^(?:(?:[\d,.]+\s*[km]?\s+(?:views?|comments?|shares?|reads?|likes?|replies)|(?:views?|comments?|shares?|reads?|likes?)\s*:?\s*[\d,.]+\s*[km]?)\s*[|·•]?\s*)+$",
    re.IGNORECASE,
)
PLACE_LINE_MAX_WORDS = 3


def passed_over_for_headline(lines: list[str]) -> list[str]:
    """The header lines without its metadata lines (`is_metadata_line`). A place's name alone or a bare
    relative time is passed over only under a headline of three words or more: "Aleppo" / "By Jane Doe" under
    a menu is the headline of a feature ("Aleppo", "One year ago", "Russia" / "Chechnya" / "Grozny"), never
    "Podcasts" above it; "Mosul offensive retakes complex" / "Mosul, Iraq" is a headline and its place line."""
    kept, headline_above = [], False
    for line in lines:
        headline_able = is_place_line(line.strip()) or BARE_RELATIVE_TIME_RE.match(line.strip()) is not None
        if is_metadata_line(line) and (headline_above or not headline_able):
            continue
        kept.append(line)
        headline_above = headline_above or (
            not headline_able and len(line.split()) >= HEADLINE_MIN_WORDS_PAST_CHROME and not is_masthead_line(line)
        )
    return kept


def is_masthead_line(line: str) -> bool:
    """A site's name as its masthead prints it, capitalised words with an outlet's noun ("The Atlantic
    Review", "Levant Daily News"): no headline, though a site unknown to the registry."""
    from .outlets.page import MASTHEAD_RE, OUTLET_NOUNS  # the outlets package reads this module

    return MASTHEAD_RE.match(line.strip()) is not None and any(word.lower() in OUTLET_NOUNS for word in line.split())


def is_metadata_line(line: str) -> bool:
    """A clock time, a relative time, a counter line (see CLOCK_LINE_RE, RELATIVE_TIME_RE, COUNTER_LINE_RE) or a
    place's name alone ("Beirut", the dateline's place printed on its own line under the byline): page
    metadata, never the headline, wherever it stands among the header lines."""
    line = line.strip()
    if CLOCK_LINE_RE.match(line) or RELATIVE_TIME_RE.match(line) or COUNTER_LINE_RE.match(line):
        return True
    return is_place_line(line)


def is_place_line(line: str) -> bool:
    """A place's name alone on a line ("Beirut", "ISTANBUL", "Idlib, Syria"): one to three capitalised words, no more."""
    words = line.replace(",", " ").split()
    if not 1 <= len(words) <= PLACE_LINE_MAX_WORDS or not all(w[:1].isupper() for w in words) or any(c.isdigit() for c in line):
        return False
    from .places.resolve import resolve_offline  # the places package is heavy: imported when first needed

    return all(resolve_offline(part.strip()) is not None for part in line.split(","))

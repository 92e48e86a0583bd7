"""Publication dates: the dateline an article opens with, and date columns in tabular inputs.

A dateline is read only where news sites put one (a header line, or the opening words of the text);
a date elsewhere in the text is an event, not the publication date, and is never used as one.
The forms a date is written in, and the lines that carry one, are in `date_forms`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .date_forms import (
    CLOCK_FORM,
    DATE_FORMS,
    DATE_RES,
    DATELINE_LINE_RE,
    MONTHS,
    OPENING_DATELINE_RES,
    PLACE_DATELINE_RES,
    SECTION_FORM,
    STAMPED_LINE_RES,
    STOP_CLOSED_LEAD_RE,
    TIME_FORM,
    WEEKDAY_FORM,
    WEEKDAY_STAMP_RES,
    WIRE_AGENCIES,
)

# A page line of fields split by separators: "World | 31.01.2021 | Syria", "Jane Doe · 5 May 2012 · 3 min read".
PICTURE_WORDS_RE = re.compile(r"\b(?:photos?|pictures?|images?|caption|getty|file)\b", re.I)
FIELD_SEPARATOR_RE = re.compile(r"\s*\|\s*|\s+[·•/]\s+|\s+[-–—]\s+(?=\S)")  # also "May 5, 2012 / Jane Doe / 2 Comments"
PAGE_TOP_LINES = 12  # a page's publication date sits by its headline, in its first lines ...
PAGE_TOP_CHARS = 1500
# ... or, below a long navigation menu, within a few lines of the first running-text paragraph
# (headline, standfirst, date, then the article). Never further down: related-article lists carry dates.
LINES_AFTER_FIRST_PARAGRAPH = 4
MAX_CHROME_LINES = 20  # chrome lines between a standfirst and the article's next paragraph
# How far down a navigation menu may push the first paragraph: scrapes of portal pages list a hundred and
# more section links above the headline.
PAGE_HEADER_MAX_LINES = 250
PAGE_HEADER_MAX_CHARS = 20000
CUT_PARAGRAPH_WORDS = 20  # a line this long is running text even without its sentence end
# Twelve words or more ending a sentence, or a colon opening a list ("... documented 63 deaths:").
RUNNING_TEXT_RE = re.compile(r"^(?:\S+\s+){11,}\S*[.!?…:]['’\"”)]?\s*$")


def page_top_lines(text: str) -> list[str]:
    """The lines of a page where its own date may stand: its first lines, and when a long menu comes
    first, down to a few lines past the first running-text paragraph (12+ words ending a sentence)."""
    from .clean import is_boilerplate_line, is_caption_line  # clean reads this module's patterns

    lines = text[:PAGE_HEADER_MAX_CHARS].split("\n")[:PAGE_HEADER_MAX_LINES]
    # A cookie banner or a photo caption above the menu is a sentence too, but not the article's start.
    # A page cut off mid-paragraph has no sentence end: then its first long line starts the article.
    article_lines = [i for i, line in enumerate(lines) if not is_boilerplate_line(line.strip()) and not is_caption_line(line.strip())]
    first_paragraph = next((i for i in article_lines if RUNNING_TEXT_RE.match(lines[i].strip())), None)
    if first_paragraph is None:
        first_paragraph = next((i for i in article_lines if len(lines[i].split()) >= CUT_PARAGRAPH_WORDS), len(lines))
    if first_paragraph == len(lines):  # no running text: only the first lines
        return text[:PAGE_TOP_CHARS].split("\n")[:PAGE_TOP_LINES]
    # A standfirst, then bylines, sharing links and a caption, then the date: the date stands before the
    # article's next paragraph, however many chrome lines come between (up to a limit).
    next_paragraph = next(
        (i for i in article_lines if first_paragraph < i <= first_paragraph + MAX_CHROME_LINES and RUNNING_TEXT_RE.match(lines[i].strip())),
        first_paragraph,
    )
    top = lines[: max(PAGE_TOP_LINES, first_paragraph + 1 + LINES_AFTER_FIRST_PARAGRAPH, next_paragraph + 1)]
    return lines_before_link_list(top, first_paragraph)


def lines_before_link_list(lines: list[str], first_paragraph: int) -> list[str]:
    """The lines above the first link-list heading ("Related", "Read more", "Most popular") below the
    article's first paragraph: the dates listed under one are other articles'. A heading above the
    first paragraph is a navigation item ("Top stories"), not a list of the page's neighbours."""
    from .clean import LINK_LIST_HEADER_RE  # clean reads this module's patterns

    for i in range(first_paragraph + 1, len(lines)):
        if len(lines[i].strip()) <= 80 and LINK_LIST_HEADER_RE.match(lines[i].strip()):
            return lines[:i]
    return lines


# A credited dateline after the headline: "... Monitor AFP Sunday 27 Apr 2014 At least 21 ...".
CREDITED_DATELINE_RES = [
    re.compile(rf"(?<!\w)(?:{WIRE_AGENCIES}|middle east syria \w+)\s+(?:{WEEKDAY_FORM}\s+)?{form}", re.I)
    for form in DATE_FORMS
]
CREDITED_DATELINE_WINDOW = 250  # characters from the start: a headline, then the credit


@dataclass(frozen=True, slots=True)
class Dateline:
    date: date
    start: int
    end: int  # end of the dateline (time included) in the text it was read from


def _to_date(match: re.Match[str]) -> date | None:
    month_text = match.group("month").lower().rstrip(".")
    month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text)
    year = int(match.group("year"))
    year += 2000 if year < 100 else 0  # "12/25/16": news pages on the web are of this century
    try:
        return date(year, month or 0, int(match.group("day")))
    except (TypeError, ValueError):
        return None


def _first_date(regexes: list[re.Pattern[str]], text: str) -> Dateline | None:
    """The first valid date any of the regexes finds in the text (regexes anchored with ^ only match there)."""
    for regex in regexes:
        match = regex.search(text)
        if match and (parsed := _to_date(match)):
            return Dateline(parsed, match.start(), match.end())
    return None


def parse_date_text(text: str) -> date | None:
    """The date written in a short string ("Wed 05 Apr 2017", "December 10, 2016 at 2:01 pm"), or None."""
    found = _first_date(DATE_RES, text)
    return found.date if found else None


# "On" before a date opens a dateline only alone on its line ("On: May 5, 2012"); "On December 22, 2016,
# the last buses left ..." opens a sentence about an event.
ON_LEAD_RE = re.compile(r"^\s*on\b", re.I)


def opening_dateline(text: str) -> Dateline | None:
    """The dateline the text opens with, if it opens with one (not an event sentence's "On <date>, ...")."""
    found = _first_date(OPENING_DATELINE_RES, text)
    if found is not None and ON_LEAD_RE.match(text) and text[found.end :].split("\n", 1)[0].strip(" .,:-|"):
        return None
    return found


# A wire credit and its date opening a line, glued to the text: "AFP Wednesday 29 Oct 2014 Syrian aircraft ...".
LINE_CREDIT_DATELINE_RES = [
    re.compile(rf"\(?{WIRE_AGENCIES}\)?\s+(?:{WEEKDAY_FORM}\s+)?{form}{TIME_FORM}\s*(?:--|[-–—:])?\s*", re.I)
    for form in DATE_FORMS[:2]
]


def credit_dateline_end(text: str, start: int) -> int | None:
    """The end of a wire credit and date that open a line at `start` ("AFP Wednesday 29 Oct 2014 "),
    separators and spaces included, or None when the line opens otherwise."""
    for regex in LINE_CREDIT_DATELINE_RES:
        if (match := regex.match(text, start)) and _to_date(match):
            return match.end()
    return None


# A wire's credit alone opening a line before the first sentence ("AFP A barrage of rocket fire ..."): the
# credit as wires write it, then a word that opens a sentence. Not "SANA said" (a verb follows).
LINE_CREDIT_RE = re.compile(
    r"\(?(?-i:AFP|Reuters|REUTERS|AP|Xinhua|XINHUA|dpa|DPA|Anadolu|SANA)\)?\s*(?:--|[-–—:])?\s+"
    r"(?=(?-i:A|An|The|At|In|On|Some|More|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|"
    r"Fifteen|Twenty|Thirty|Forty|Fifty|Dozens|Scores|Hundreds|Thousands|\d+)\b)"
)


def line_credit_end(text: str, start: int) -> int | None:
    """The end of a wire credit that opens a line at `start` with or without a date ("AFP Wednesday 29
    Oct 2014 ", "AFP "), separators and spaces included, or None when the line opens otherwise."""
    if (end := credit_dateline_end(text, start)) is not None:
        return end
    match = LINE_CREDIT_RE.match(text, start)
    return match.end() if match else None


def credited_dateline(text: str) -> Dateline | None:
    """A wire-credited dateline close after the headline ("... NGO AFP Monday 16 Jun 2014 ...")."""
    return _first_date(CREDITED_DATELINE_RES, text[:CREDITED_DATELINE_WINDOW])


def _place_dateline(line: str) -> Dateline | None:
    """The date of a wire dateline that gives its year ("BEIRUT, Nov. 25, 2018 (Reuters) -")."""
    for regex in PLACE_DATELINE_RES:
        match = regex.match(line)
        if match and (found := _to_date(match)):
            return Dateline(found, match.start(), match.end())
    return None


# A section label opening a field before its date: "Region 09-01-2026 | 14:45", "World News 5 May 2012 | ...".
SECTION_LABEL_RE = re.compile(r"^(?-i:[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})\s+")


def _date_field(line: str) -> Dateline | None:
    """A date that is one whole field of a separated page line ("World | 31.01.2021 | Syria"), possibly after
    the section label the field opens with ("Region 09-01-2026 | 14:45")."""
    if len(line) > 160 or not FIELD_SEPARATOR_RE.search(line) or PICTURE_WORDS_RE.search(line):
        return None  # "Photo: Jane Doe | 5 May 2012" dates a picture
    at = 0
    for field in FIELD_SEPARATOR_RE.split(line):
        start = line.index(field, at)
        at = start + len(field)
        label = SECTION_LABEL_RE.match(field)
        for skip in (0, label.end() if label else None):
            if skip is None:
                continue
            rest = field[skip:]
            if DATELINE_LINE_RE.match(rest) and (found := _first_date(OPENING_DATELINE_RES, rest)):
                return Dateline(found.date, start + skip + found.start, start + skip + found.end)
    return None


# A short line saying when the page went up: "The data was added on , 14 October 2016 read 1,060 times",
# "This article was first published on 5 May 2012". The subject is the page itself or nothing, so "A UN report
# published on 5 May 2012 found ..." (an event) is not one.
PUBLICATION_NOTE_RES = [
    re.compile(
        r"^\s*(?:(?:this|the)\s+(?:article|story|page|post|item|data|news|entry|video)\s+(?:was|is|has\s+been)\s+|page\s+)?"
        r"(?:first\s+|originally\s+|last\s+)?(?:published|posted|added|updated|uploaded|(?:report|release|publication)\s+date)\s*(?:on|at)?\s*[,:]?\s*"
        # a clock before the date: "Published at 10:15 on 5 May 2012", "Page last updated at 10:15 GMT, Thursday, 5 May 2012"
        rf"(?:{CLOCK_FORM}\s*,?\s*(?:on\s+)?)?"
        rf"(?:{WEEKDAY_FORM}\s+)?{form}",
        re.IGNORECASE,
    )
    for form in DATE_FORMS
]
PUBLICATION_NOTE_MAX_WORDS = 16


def _publication_note(line: str) -> Dateline | None:
    """The date of a short line that says when the page was published or added (`PUBLICATION_NOTE_RES`)."""
    if len(line.split()) > PUBLICATION_NOTE_MAX_WORDS:
        return None
    return _first_date(PUBLICATION_NOTE_RES, line)


def page_date_line(text: str) -> Dateline | None:
    """The publication date of a scraped page: a line near its top (`page_top_lines`) that is only a date
    (with optional "Published"/"Updated" lead words and a time), a date and time stamp or a weekday and
    date that opens a line, or a date that is one field of a separated line ("World | 31.01.2021").

    Offsets are into `text`. A date inside a sentence or caption ("Photo taken on November 15, 2016")
    is never taken: it dates an event or a picture, not the page.
    """
    if found := structured_date(text):
        return found
    lines = page_top_lines(text)
    found_lines: list[tuple[int, Dateline]] = []  # (line index, date with offsets into text)
    offset = 0
    for i, line in enumerate(lines):
        calendar = SITE_CALENDAR_RE.search(line) and not PRINT_ISSUE_RE.search(line) and is_site_header_line(lines, i)
        if line.strip() and not calendar and not in_a_link_list(lines, i) and not in_a_dated_list(lines, i) and (found := _date_line(line)):
            found_lines.append((i, Dateline(found.date, offset + found.start, offset + found.end)))
        offset += len(line) + 1
    # "Updated: Sep 13 ... Published: Sep 12": the line that says it was published, whichever comes first.
    published = [(i, found) for i, found in found_lines if PUBLICATION_LEAD_RE.search(lines[i])]
    if published and UPDATE_LEAD_RE.search(lines[found_lines[0][0]]):
        return published[0][1]
    # A header's "today" is later than the page's own date, which follows it by the headline: in the first
    # lines above a menu, or anywhere above the headline when it is a bare date and the next one is earlier
    # (a page is never published after the day it is read, nor after its own update). Not when a paragraph
    # comes between: the first date was the article's own, the next one a related story's.
    if len(found_lines) > 1 and found_lines[1][1].date < found_lines[0][1].date:
        first_index, second_index = found_lines[0][0], found_lines[1][0]
        between = lines[first_index + 1 : second_index]
        bare = not PUBLICATION_LEAD_RE.search(lines[first_index])
        headline_between = any(line.strip() and not _date_line(line) for line in between)
        paragraph_between = any(RUNNING_TEXT_RE.match(line.strip()) for line in between)
        if is_header_today(lines, first_index) or (bare and headline_between and not paragraph_between):
            return found_lines[1][1]
    if found_lines and is_header_today(lines, found_lines[0][0]) and dated_only_relatively(lines):
        return None  # "Sunday, 5 January 2025" above the menu, "1 day ago" under the headline: the day it was read
    return found_lines[0][1] if found_lines else None


def dated_only_relatively(lines: list[str]) -> bool:
    """Whether a page stamps its story with a relative time only ("2 hours ago" under the headline)."""
    return any(RELATIVE_TIME_LINE_RE.match(line) for line in lines)


def header_today_line(text: str, line: str) -> bool:
    """Whether a page's date line is its header's "today" on a page that dates its story only relatively
    ("Thursday, 15 December 2016" above the menu, "2 hours ago" under the headline): no publication date."""
    lines = page_top_lines(text)
    return any(candidate == line and is_header_today(lines, i) for i, candidate in enumerate(lines)) and dated_only_relatively(lines)


# A line that is only a relative time, as pages stamp their own stories: "2 hours ago", "Posted 1 day ago".
RELATIVE_TIME_LINE_RE = re.compile(
    r"^\s*(?:(?:posted|updated|published)\s*:?\s*)?(?:\d+|an?|one)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\s*$",
    re.IGNORECASE,
)
DATE_LINE_MAX_WORDS = 12  # "Published — Sunday 17 July 2016 - 08:30 GMT": a stamp, not a headline


def is_date_line(line: str) -> bool:
    """Whether a short page line is a date stamp (`page_date_line` reads it as one): never a headline."""
    return len(line.split()) <= DATE_LINE_MAX_WORDS and _date_line(line) is not None


UPDATE_LEAD_RE = re.compile(r"^\s*(?:last\s+)?(?:updated|modified|edited)\b", re.I)
LISTED_ITEM_LINES = 2  # a link list's item: its headline, then its date


def in_a_link_list(lines: list[str], index: int) -> bool:
    """Whether a date line is an item of a link list that opens just above it ("Most Read" / "Council
    approves budget" / "March 2, 2018" above the page's own headline): another story's date."""
    from .clean import LINK_LIST_HEADER_RE  # clean reads this module's patterns

    above = [line.strip() for line in lines[max(0, index - 1 - LISTED_ITEM_LINES) : index] if line.strip()]
    return any(len(line) <= 80 and LINK_LIST_HEADER_RE.match(line) for line in above[-LISTED_ITEM_LINES - 1 :]) and not any(
        RUNNING_TEXT_RE.match(line) for line in above
    )


LISTED_HEADLINE_MIN_WORDS = 3


def dated_list_item(line: str) -> bool:
    """Whether a line is a story's headline with its date after a separator ("PM visits Erbil for budget
    talks - 12/03/2016"): a link list's item, not the page's own stamp."""
    found = _date_field(line) if line.strip() else None
    if found is None or line[found.end :].strip():
        return False
    head = FIELD_SEPARATOR_RE.split(line[: found.start].strip())[0]
    return len(head.split()) >= LISTED_HEADLINE_MIN_WORDS and not PUBLICATION_LEAD_RE.search(head) and not UPDATE_LEAD_RE.search(head)


def in_a_dated_list(lines: list[str], index: int) -> bool:
    """Whether lines[index] is one of two or more dated headlines in a row ("Latest" lists above a story)."""
    if not dated_list_item(lines[index]):
        return False
    neighbours = [lines[k] for k in (index - 1, index + 1) if 0 <= k < len(lines)]
    return any(dated_list_item(line) for line in neighbours)


# Words that mark a date line as the page's own publication date, whatever follows it.
PUBLICATION_LEAD_RE = re.compile(r"\b(?:published|posted|first\s+published|released|issued)\b", re.I)


# A page's metadata left in its scraped text: JSON-LD `"datePublished": "2016-11-17T10:15:00Z"`, a meta tag's
# `article:published_time`. The publisher's own record, so it outranks any line; a modified date is not one.
STRUCTURED_DATE_RE = re.compile(
    r"[\"']?(?:datePublished|dateCreated|article:published_time|date_published|publish_date|pubdate)[\"']?\s*"
    r"(?:[:=]|content\s*=)\s*[\"']?(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d])",
    re.I,
)


def structured_date(text: str) -> Dateline | None:
    """The publication date a page's metadata fragment states ("datePublished":"2016-11-17T10:15:00Z"), or None."""
    return _first_date([STRUCTURED_DATE_RE], text)


# The site section a page stamp opens with, in the site's own case: "world Updated: Mar 06, 2020 00:20 IST".
SECTION_BEFORE_A_STAMP_RE = re.compile(
    rf"^\s*{SECTION_FORM}\s+(?=(?:last\s+|first\s+)?(?:updated|published|posted)\b)", re.IGNORECASE
)


EASTERN_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


# A line wholly in brackets: "(December 5, 2016)", "[Updated 5 May 2012]".
BRACKETED_LINE_RE = re.compile(r"^\s*[(\[](.*)[)\]]\s*$")


def _date_line(line: str) -> Dateline | None:
    """The date a page line gives as a dateline, a stamp, a wire dateline or one field (offsets into the line)."""
    line = line.replace("\u060c", ",").translate(EASTERN_ARABIC_DIGITS)  # "7 April، 2017", "١٥/١٠/٢٠١٨" (one character for one)
    line = without_hijri_date(line)
    if section := SECTION_BEFORE_A_STAMP_RE.match(line):
        line = " " * section.end() + line[section.end() :]  # "world Updated: Mar 06, 2020": offsets kept
    if (bracketed := BRACKETED_LINE_RE.match(line)) is not None:
        line = " " * bracketed.start(1) + bracketed.group(1) + " " * (len(line) - bracketed.end(1))  # "(May 5, 2012)"
    if line.rstrip().endswith(".") and STOP_CLOSED_LEAD_RE.match(line):
        line = line.rstrip()[:-1]
    found = _first_date(OPENING_DATELINE_RES, line) if DATELINE_LINE_RE.match(line) else None
    found = found or _first_date(STAMPED_LINE_RES, line) or _first_date(WEEKDAY_STAMP_RES, line)
    found = found or _place_dateline(line) or _date_field(line) or _publication_note(line)
    return read_as_its_weekday_says(line, month_first_in_a_us_zone(line, found))


# A clock in a US time zone (the zone right after the clock) marks a US page, whose numeric dates put the month first ("03/12/2016 10:15 AM MST").
US_ZONE_RE = re.compile(r"\d[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?-i:E[SD]T|C[SD]T|M[SD]T|P[SD]T|AK[SD]T|HST|ET|CT|MT|PT)\b")
SLASHED_DATE_RE = re.compile(r"(?<!\d)([01]?\d)/([0-3]?\d)/((?:19|20)\d\d)(?!\d)")


def month_first_in_a_us_zone(line: str, found: Dateline | None) -> Dateline | None:
    """A slashed date read day first, read month first when the line's clock is in a US time zone."""
    if found is None or not US_ZONE_RE.search(line):
        return found
    match = SLASHED_DATE_RE.search(line, found.start, found.end)
    if match is None:
        return found
    month, day, year = (int(g) for g in match.groups())
    try:
        return Dateline(date(year, month, day), found.start, found.end)
    except ValueError:
        return found


# A numeric date and a weekday written within a few characters of it ("Thu, 12/01/2016", "12.01.2016, Thursday").
NUMERIC_DATE_RE = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d\d)(?!\d)")
WEEKDAY_WORD_RE = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?", re.I)
WEEKDAY_NUMBERS = {name: n for n, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
WEEKDAY_REACH = 15  # characters between the weekday and the date
# Only separators and a clock between the weekday and its date ("Thu, 12/01/2016", "12.01.2016 - 11:05, Thursday"):
# "Posted 01/03/2016, updated Sun 10:12" dates its update by the weekday, not the post.
STAMP_GAP_RE = re.compile(r"[\s,.|/–—:-]*(?:\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?[\s,.|/–—-]*)?")
# A weekday word that is a name's ("The Sun", "Toronto Sun", "Chicago Sun-Times"): after "the" or a capitalised word
# that is no stamp's label.
NAMED_WEEKDAY_RE = re.compile(r"(?:\b[Tt]he|\b(?!(?:Posted|Published|Updated|Modified|Edited|Date|Dated|Last|First|On)\b)[A-Z][a-z]+)\s*$")


def read_as_its_weekday_says(line: str, found: Dateline | None) -> Dateline | None:
    """A numeric date that reads both ways, day or month first, read the way the weekday written beside
    it says: "Thu, 12/01/2016" is 1 December 2016 (a Thursday), not 12 January (a Tuesday). `found`
    unchanged when no one weekday stands next to the date (within WEEKDAY_REACH characters, only
    separators or a clock between), when the weekday is a name's ("The Sun", "Chicago Sun-Times"), when
    the date is not numeric, or when not exactly one reading falls on that weekday."""
    if found is None or (numeric := NUMERIC_DATE_RE.search(line, found.start, found.end)) is None:
        return found
    near = [
        w for w in WEEKDAY_WORD_RE.finditer(line)
        if w.group(0).lower().rstrip(".") in WEEKDAY_NAMES
        and (
            (numeric.start() - WEEKDAY_REACH <= w.end() <= numeric.start() and STAMP_GAP_RE.fullmatch(line, w.end(), numeric.start()))
            or (numeric.end() <= w.start() <= numeric.end() + WEEKDAY_REACH and STAMP_GAP_RE.fullmatch(line, numeric.end(), w.start()))
        )
        and not NAMED_WEEKDAY_RE.search(line[: w.start()])
        and line[w.end() : w.end() + 1] != "-"
    ]
    if len(near) != 1:
        return found
    weekday = WEEKDAY_NUMBERS[near[0].group(1).lower()]
    first, second, year = (int(g) for g in numeric.groups())
    readings = set()
    for month, day in ((second, first), (first, second)):
        try:
            reading = date(year, month, day)
        except ValueError:
            continue
        if reading.weekday() == weekday:
            readings.add(reading)
    return Dateline(readings.pop(), found.start, found.end) if len(readings) == 1 else found


# Weekday words as written in datelines: full names and their usual abbreviations ("Thu", "Thurs.", "Tues").
WEEKDAY_NAMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"}
)


# A site header's calendar gives today's date beside the Hijri one ("21 May 2018 - Monday - 6 Ramadan 1439"):
# the day the page was scraped, not the day it was published.
SITE_CALENDAR_RE = re.compile(
    r"\b(?:muharram|safar|rabi\S*\s+(?:al|ul|el)?[- ]?\S+|jumad\S*\s+(?:al|ul|el)?[- ]?\S+|rajab|sha\S?ban|ramadh?an|"
    r"shawwal|dh?u\S*\s*(?:al|l)?[- ]?(?:qa\S*dah?|hijj?ah?))\s*,?\s*14\d\d\b",
    re.I,
)
def without_hijri_date(line: str) -> str:
    """The line with a Hijri date beside the Gregorian one blanked, its day, separator, era and brackets
    too ("12 March 2016 (3 Jumada II 1437 AH)", "Thursday, 10 March, 2016 - 02 Jumada al-Akhirah 1437
    AH"), so that the Gregorian date reads as a date line. Spaces stand in for it: offsets keep."""
    match = SITE_CALENDAR_RE.search(line)
    if match is None:
        return line
    start, end = match.span()
    if opening := re.search(r"(?:[-–—|/,(]\s*)?\b[0-3]?\d(?:st|nd|rd|th)?\s*$", line[:start]):
        start = opening.start()  # its day, and the separator or bracket before it
    elif opening := re.search(r"[-–—|/,(]\s*$", line[:start]):
        start = opening.start()
    if closing := re.match(r"\s*(?:A\.?H\.?|H\.?)?\s*\)?", line[end:]):
        end += closing.end()
    return line[:start] + " " * (end - start) + line[end:]


# A newspaper's issue line gives the Hijri date beside the article's own ("Thursday, 16 Rajab, 1438 AH - 13 April,
# 2017 - Issue Number [13042]"): the day of the printed issue the article ran in, not the day the page was read.
PRINT_ISSUE_RE = re.compile(r"\bissue\s+(?:number|no\.?)\b", re.I)
MENU_ITEM_RE = re.compile(r"^\s*(?:[•·▪●◦*–-]\s*)?\S+(?:\s+\S+){0,3}\s*$")  # "Home", "• World", "Middle East"
HEADER_TOP_LINES = 3  # a header's "today" stands in a page's first lines, above its navigation


LINES_ABOVE_THE_STORY = 3  # a story's own date line sits this close above its first paragraph (a headline or bylines between)


def is_site_header_line(lines: list[str], index: int) -> bool:
    """Whether lines[index] stands in the site's header: not among the few lines right above the story's
    first paragraph (its headline, byline and date), or among the page's first lines, or followed by a
    navigation menu (`is_header_today`). A Hijri calendar there is the day the page was read; right above
    the story ("Thursday, 10 March, 2016 - 02 Jumada al-Akhirah 1437 AH") it dates the article."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if index in filled[:HEADER_TOP_LINES] or is_header_today(lines, index):
        return True
    story = next((i for i in filled if i > index and RUNNING_TEXT_RE.match(lines[i].strip())), None)
    return story is None or len([i for i in filled if index < i < story]) >= LINES_ABOVE_THE_STORY


def is_header_today(lines: list[str], index: int) -> bool:
    """Whether the date on lines[index] is a site header's "today": in the page's first lines and
    followed by a navigation menu (three short lines without sentence punctuation) before anything else."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if index not in filled[:HEADER_TOP_LINES]:
        return False
    following = [lines[i] for i in filled if i > index][:3]
    return len(following) == 3 and all(MENU_ITEM_RE.match(line) and not re.search(r"[.!?]$", line.strip()) for line in following)

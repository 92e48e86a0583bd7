"""Publication dates: the dateline an article opens with, and date columns in tabular inputs.

A dateline is read only where news sites put one (a header line, or the opening words of the text);
a date elsewhere in the text is an event, not the publication date, and is never used as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .paths import LEXICON_DIR

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Time zones as datelines write them; a list, not any capitals, so "10:15 US forces ..." keeps "US".
_ZONE = (
    r"(?:\(?(?:gmt|utc|bst|cet|cest|eet|eest|ist|est|edt|cst|cdt|pst|pdt|mst|mdt|et|pt|ast|msk|jst|hkt|sgt|aest|aedt|"
    r"pkt|irst|trt|wat|cat|eat)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?\)?)"
)
# A numeric offset alone after a clock: "10:15 +03", "10:15:00 +0300".
_OFFSET = r"(?:[+-][01]\d(?::?[0-5]\d)?(?!\d))"
_CLOCK = rf"(?:[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?|[0-2]\d[0-5]\d(?=\s*{_ZONE}))\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:{_ZONE}|{_OFFSET}))?"
# After the date: ", 14:51", " / 14:50", " - 10:02am IST", " | 11:20 AM EST", " at 3:15 p.m. EDT".
_ISO_TIME = r"T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?"  # 2016-08-11T07:33:00+03:00
# Between the date and its time: "Nov 17, 2016 -- 10:15", "17 Nov 2016 : 10:15", "Nov 17 2016. 10:15 AM".
# A zone alone after the date, in capitals: "December 12, 2016 GMT" (no clock: the page dropped it).
_BARE_ZONE = r"\s+(?-i:(?:GMT|UTC|EST|EDT|CET|CEST|EET|EEST|BST|MSK|AST)\b)"
_TIME = rf"(?:{_ISO_TIME}|[.,]?\s*(?:(?:--|[-–—|/·•:@])\s*)?(?:at\s+)?(?:{_WEEKDAY}\s+)?{_CLOCK}|\s*\(\s*{_CLOCK}\s*\)|{_BARE_ZONE})?"  # also "(10:15 GMT)", "@ 10:15 am", "23.09.2016, Friday 11:05"

# The wire agencies whose credit opens a dateline: "(AFP) November 17, 2016", "AFP Saturday 20 Sep 2014".
_WIRE = r"(?:afp|reuters|ap|xinhua|dpa|anadolu|sana)"
WIRE_AGENCIES = _WIRE  # the agencies whose datelines pages print ("(AFP)"), for cleaning too
# A writer's role in a byline: "Staff writer", "Special to Example News", "Senior correspondent".
_BYLINE_ROLE = (
    r"(?:staff\s+(?:writer|reporter)|special\s+(?:to|correspondent)|"
    r"(?:senior\s+|chief\s+|foreign\s+|political\s+)?(?:correspondent|reporter|writer|editor|contributor))"
)
_CAPITALISED_WORDS = r"(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
# One word for the writer: a desk ("Staff", "Newsdesk"), or a site's name with digits ("Kurdistan24"); not any
# capitalised word ("Born 12-03-1965", "Ceasefire 22-02-2016", "SINCE 15 March 2011" are labels).
_ONE_WORD_WRITER = r"(?:staff|newsdesk|news\s?desk|web\s?desk|desk|admin|editor|editorial|(?-i:[A-Z][A-Za-z]+\d+))"
# A byline: a capitalised name ("Jane Doe", or one word: a desk or a site name with digits, "Newsdesk
# 08-02-2023"), optionally with a role and outlet after a comma
# ("Jane Doe, Special to Example News"), or a role and outlet alone ("Staff writer, Example Daily").
_BYLINE = (
    rf"(?:(?:(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{1,3}})|{_ONE_WORD_WRITER})(?:\s*,\s*{_BYLINE_ROLE}(?:\s+(?:for|at))?(?:\s+{_CAPITALISED_WORDS})?)?"
    rf"|{_BYLINE_ROLE}\s*,\s*{_CAPITALISED_WORDS})"
)

# A newsroom's credit for its own staff and the wires' copy, before the date: "TRT World and Agencies 15 Oct
# 2019", "Example Daily with AFP", "The New Example & agencies".
_STAFF_WITH_AGENCIES = (
    rf"(?:(?-i:(?:The\s+)?[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){{0,3}})\s+(?:and|&|with)\s+"
    rf"(?:agencies|wires|{_WIRE}|agence\s+france[\s-]presse|associated\s+press))"
)

# Words that introduce a dateline: "Posted on", "Date of publication", an agency name, ...
# Also a byline before the date ("By Jane Doe | 5 May 2012") and a time before it ("10:15 GMT, 12 March 2012").
_LEAD = (
    r"(?:(?:posted\s+|published\s+|written\s+)?by\s*:?\s+[^|,\n]{2,40}?(?:\s*[|,–—-]\s*|\s+on\s+|\s+))?"
    # A byline without "By": the writer's capitalised name, then the date ("Jane Doe, November 17, 2016"),
    # possibly with the writer's role and outlet ("Jane Doe, Special to Example News", "Staff writer, Example Daily").
    rf"(?:(?:{_BYLINE}|{_STAFF_WITH_AGENCIES})\s*[,|]?\s+)?"
    # The site's address before its date: "example.co.uk, Monday 4 March 2013 12.45 GMT".
    r"(?:(?:[a-z0-9-]+\.)+(?:com|org|net|co\.uk|[a-z]{2})\s*,?\s+)?"
    r"(?:(?:date of publication|print this page|(?:published|updated|posted) time|(?:first |originally )?published(?: online)?(?: on)?|posted(?: on)?|filed(?: on)?|"
    r"(?:last )?updated(?: at| on)?|(?:latest|last) update|added(?: on)?|time\s*:|event date(?: \(utc\))?|(?:last )?modified(?: on)?|created(?: on)?|"
    r"publication date|publish(?:ed)? date|date (?:published|posted|created)|issue date|release date|released(?: on)?|dated?|"
    r"on(?=\s*:?\s*\S))\s*:?\s*)?"  # "On: May 5, 2012" alone on its line (a line that is only a date)
    # a time before the date, with its second zone in brackets: "Updated 1205 GMT (2005 HKT) December 14, 2016"
    rf"(?:{_CLOCK}\s*(?:\(\s*{_CLOCK}\s*\)\s*)?,?\s*)?"
    rf"(?:\(?{_WIRE}\)?\s+)?"  # "(AFP) November 17, 2016"
)

_DATE_FORMS = [
    # Wed 05 Apr 2017 / 12 February 2015 / 23rd of September 2016 / Tuesday 22 November 2016 / 6, February 2023
    rf"(?:{_WEEKDAY}\s+)?{_DAY}(?:\s+of)?,?\s+{_MONTH},?\s+{_YEAR}",
    # December 10, 2016 / Fri Sep 27 2013 / April 5 2017
    rf"(?:{_WEEKDAY}\s+)?{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}",  # also "Mar 12,2016" (a site's own form)
    # 05-May-2012 / 5-May-2012: the hyphenated form of content management systems
    rf"{_DAY}-{_MONTH}-{_YEAR}",
    # Apr 232017: day and year run together in some scrapes
    rf"{_MONTH}\s+(?P<day>[0-3]?\d)(?P<year>(?:19|20)\d\d)",
    # 24.08.2013 / 27-02-2016 / 27/02/2016 (day first, as the outlets that use these forms write)
    rf"(?:{_WEEKDAY}\s+)?(?P<day>[0-3]?\d)[./-](?P<month>[01]?\d)[./-](?P<year>(?:19|20)\d\d)",
    # 11/17/2016: month first, as US outlets write; read only where the day-first reading is no date
    rf"(?:{_WEEKDAY}\s+)?(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>(?:19|20)\d\d)",
    # 2021-10-12 / 2019.05.15: year first, then month and day (ISO and its dotted variant)
    r"(?<![\d.])(?P<year>(?:19|20)\d\d)[./-](?P<month>[01]?\d)[./-](?P<day>[0-3]?\d)(?![\d.])",
    # 12/25/16: a two-digit year, month first with slashes as US sites stamp pages ("Updated 12/25/16");
    # read day first only where the month-first reading is no date (25/12/16)
    r"(?<![\d./-])(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>\d\d)(?![\d./-])",
    r"(?<![\d./-])(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>\d\d)(?![\d./-])",
    # 25.03.15: a two-digit year with dots, day first as European sites write it
    r"(?<![\d./-])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d\d)(?![\d./-])",
]
DATE_RES = [re.compile(form, re.IGNORECASE) for form in _DATE_FORMS]

# An opening dateline: optional lead words, the date, an optional time.
OPENING_DATELINE_RES = [re.compile(rf"^\s*{_LEAD}{form}{_TIME}", re.IGNORECASE) for form in _DATE_FORMS]

# A header line that is nothing but a dateline (e.g. "December 10, 2016 at 2:01 pm"), possibly with an
# update stamp after it ("August 9, 2012 -- Updated 0950 GMT (1750 HKT)").
_ANY_DATE = "|".join(f"(?:{re.sub(r'[?]P<[a-z]+>', '?:', form)})" for form in _DATE_FORMS)
# A site section a page was posted in ("Middle East", "World News"; data/lexicons/site_sections.txt), with
# the sub-sections after it ("Middle East, Syria", "Middle East & North Africa"); a place alone ("in Daraa")
# is an event's, not a section.
_SECTION_LABELS = [
    line.strip() for line in (LEXICON_DIR / "site_sections.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]  # read here, not through the entities lexicon: that package imports this module
_SECTION = (
    "(?:" + "|".join(re.escape(label).replace("\\ ", r"\s+") for label in sorted(_SECTION_LABELS, key=len, reverse=True)) + ")"
    + r"(?:\s*(?:,|&|/|and)\s*(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}))*"
)
# What may follow a page's own date on its line: an update stamp, the author, a reading time.
# Also the page chrome that sits on the same line: sharing and comment links, "Filed under World",
# the section it was posted in ("By Jane Doe on 5 May 2012 in Middle East"), "8 years ago".
_UPDATE_TAIL = (
    r"(?:\s*(?:--|[-–—|/·•])?\s*(?:\(?(?:last\s+)?(?:updated?|modified|edited)\b[^\n]{0,40}|by\s+\S+(?:\s+\S+){0,3}|"
    r"\d+\s+min(?:ute)?s?\s+read|share|print|e-?mail|tweet|(?:\d+\s+)?comments?|leave\s+a\s+comment|"
    r"filed\s+under\s+\S+(?:\s+\S+){0,2}|(?:posted\s+)?in\s+(?:the\s+)?" + _SECTION + "|"
    r"\d+\s+(?:years?|months?|weeks?|days?|hours?)\s+ago)){0,3}"
)
DATELINE_LINE_RE = re.compile(rf"^\s*{_LEAD}(?:{_ANY_DATE}){_TIME}{_UPDATE_TAIL}\s*$", re.IGNORECASE)
# A full stop may close a byline's or a publication note's date line ("Written by Jane Doe on 5 May 2012."),
# never a Title Case sentence's ("Assad Was Elected On 5 May 2012.").
STOP_CLOSED_LEAD_RE = re.compile(r"^\s*(?:(?:written|posted|published|updated)\b|by\s)", re.IGNORECASE)
# A date stamp that opens a line and runs into the text: "February 7, 2023, 14:51 Almost 2,000 ...".
# Only with a time: a bare date opening a sentence is as often an event ("June 15 was the worst day").
STAMPED_LINE_RES = [re.compile(rf"^\s*{form},?\s+[0-2]?\d:[0-5]\d\b", re.IGNORECASE) for form in _DATE_FORMS]
# A weekday and a full date opening a line run into text ("Thursday 23 August 2012 Robert Fisk in
# Aleppo ..."): an event sentence names its day without a weekday-date-year stamp.
WEEKDAY_STAMP_RES = [re.compile(rf"^\s*{_WEEKDAY}\s+{form}\b", re.IGNORECASE) for form in _DATE_FORMS[:2]]
# A wire dateline with the year: "BEIRUT, Nov. 25, 2018 (Reuters) -", "ALEPPO, Syria, 11 August 2016 —",
# or a place and date alone on their line ("Aleppo, May 5, 2012", "BEIRUT, July 15, 2019 08:00 IST"), an update
# stamp after it ("BEIRUT, August 22, 2013 Updated: August 22, 2013 11:47 IST": the dateline's own date counts).
PLACE_DATELINE_RES = [
    re.compile(
        rf"^\s*(?-i:[A-Z][A-Za-z.' -]{{1,30}}),\s*(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s*)?{form}{_TIME}"
        rf"(?:\s*(?:\(|--|[-–—:])|(?:\s*[|·•]?\s*\(?(?:last\s+)?(?:updated?|modified|edited)\b[^\n]{{0,40}})?\s*$)",
        re.I,
    )
    for form in _DATE_FORMS[:2]
]
# A page line of fields split by separators: "World | 31.01.2021 | Syria", "Jane Doe · 5 May 2012 · 3 min read".
PICTURE_WORDS_RE = re.compile(r"\b(?:photos?|pictures?|images?|caption|getty|file)\b", re.I)
FIELD_SEPARATOR_RE = re.compile(r"\s*\|\s*|\s+[·•/]\s+|\s+[-–—]\s+(?=\S)")  # also "May 5, 2012 / Jane Doe / 2 Comments"
PAGE_TOP_LINES = 12  # a page's publication date sits by its headline, in its first lines ...
PAGE_TOP_CHARS = 1500
# ... or, below a long navigation menu, within a few lines of the first running-text paragraph
# (headline, standfirst, date, then the article). Never further down: related-article lists carry dates.
LINES_AFTER_FIRST_PARAGRAPH = 4
MAX_CHROME_LINES = 20  # chrome lines between a standfirst and the article's next paragraph
PAGE_HEADER_MAX_LINES = 80
PAGE_HEADER_MAX_CHARS = 8000
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
    re.compile(rf"(?<!\w)(?:{_WIRE}|middle east syria \w+)\s+(?:{_WEEKDAY}\s+)?{form}", re.I)
    for form in _DATE_FORMS
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
    re.compile(rf"\(?{_WIRE}\)?\s+(?:{_WEEKDAY}\s+)?{form}{_TIME}\s*(?:--|[-–—:])?\s*", re.I)
    for form in _DATE_FORMS[:2]
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
        rf"(?:{_CLOCK}\s*,?\s*(?:on\s+)?)?"
        rf"(?:{_WEEKDAY}\s+)?{form}",
        re.IGNORECASE,
    )
    for form in _DATE_FORMS
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
    rf"^\s*{_SECTION}\s+(?=(?:last\s+|first\s+)?(?:updated|published|posted)\b)", re.IGNORECASE
)


EASTERN_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)


def _date_line(line: str) -> Dateline | None:
    """The date a page line gives as a dateline, a stamp, a wire dateline or one field (offsets into the line)."""
    line = line.replace("\u060c", ",").translate(EASTERN_ARABIC_DIGITS)  # "7 April، 2017", "١٥/١٠/٢٠١٨" (one character for one)
    line = without_hijri_date(line)
    if section := SECTION_BEFORE_A_STAMP_RE.match(line):
        line = " " * section.end() + line[section.end() :]  # "world Updated: Mar 06, 2020": offsets kept
    if line.rstrip().endswith(".") and STOP_CLOSED_LEAD_RE.match(line):
        line = line.rstrip()[:-1]
    found = _first_date(OPENING_DATELINE_RES, line) if DATELINE_LINE_RE.match(line) else None
    found = found or _first_date(STAMPED_LINE_RES, line) or _first_date(WEEKDAY_STAMP_RES, line)
    found = found or _place_dateline(line) or _date_field(line) or _publication_note(line)
    return month_first_in_a_us_zone(line, found)


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

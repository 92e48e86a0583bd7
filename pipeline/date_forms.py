"""The written forms of a date and of the lines that carry one (regular expressions, case-insensitive
unless marked): a date in its common orders ("5 May 2012", "May 5, 2012", "2012-05-05", "05.05.2012"),
the clock and zone after it, the lead before a page's own date (a byline, "Published", a site section),
and what may follow it on its line. `dates` reads pages with them.
"""

from __future__ import annotations

import csv
import re

from .paths import LEXICON_DIR

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
WEEKDAY_FORM = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?,?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Time zones as datelines write them; a list, not any capitals, so "10:15 US forces ..." keeps "US".
_ZONE = (
    r"(?:\(?(?:gmt|utc|bst|cet|cest|eet|eest|ist|est|edt|cst|cdt|pst|pdt|mst|mdt|et|pt|ast|msk|jst|hkt|sgt|aest|aedt|"
    r"pkt|irst|trt|wat|cat|eat)(?:\s*[+-]\s*\d{1,2}(?::?\d\d)?)?\)?)"
)
# A numeric offset alone after a clock: "10:15 +03", "10:15:00 +0300".
_OFFSET = r"(?:[+-][01]\d(?::?[0-5]\d)?(?!\d))"
CLOCK_FORM = rf"(?:[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?|[0-2]\d[0-5]\d(?=\s*{_ZONE}))\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:{_ZONE}|{_OFFSET}))?"
# After the date: ", 14:51", " / 14:50", " - 10:02am IST", " | 11:20 AM EST", " at 3:15 p.m. EDT".
_ISO_TIME = r"T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?"  # 2016-08-11T07:33:00+03:00
# Between the date and its time: "Nov 17, 2016 -- 10:15", "17 Nov 2016 : 10:15", "Nov 17 2016. 10:15 AM".
# A zone alone after the date, in capitals: "December 12, 2016 GMT" (no clock: the page dropped it).
_BARE_ZONE = r"\s+(?-i:(?:GMT|UTC|EST|EDT|CET|CEST|EET|EEST|BST|MSK|AST)\b)"
TIME_FORM = rf"(?:{_ISO_TIME}|[.,]?\s*(?:(?:--|[-–—|/·•:@])\s*)?(?:at\s+)?(?:{WEEKDAY_FORM}\s+)?{CLOCK_FORM}|\s*\(\s*{CLOCK_FORM}\s*\)|{_BARE_ZONE})?"  # also "(10:15 GMT)", "@ 10:15 am", "23.09.2016, Friday 11:05"

# Any news agency's short credit, as its own copy prints it ("UPI", "EFE", "AA", "Bernama"): the acronyms and
# one-word names of the agencies in data/lexicons/outlets.csv, matched in their own case ("AA", not "aa").
_AGENCY_CREDIT_RE = re.compile(r"^(?:[A-Z]{2,5}|[A-Z][a-z]+)$")


def _agency_credits() -> list[str]:
    # read here, not through outlets.registry: the outlets package imports this module
    with (LEXICON_DIR / "outlets.csv").open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["kind"] == "agency"]
    names = {name.strip() for row in rows for name in [row["outlet"], *row["aliases"].split("|")]}
    return sorted((name for name in names if _AGENCY_CREDIT_RE.match(name)), key=len, reverse=True)


# The wire agencies whose credit opens a dateline: "(AFP) November 17, 2016", "AFP Saturday 20 Sep 2014".
_WIRE = r"(?:afp|reuters|ap|xinhua|dpa|anadolu|sana|(?-i:" + "|".join(_agency_credits()) + r")\b)"
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

# A byline glued to the date after it, as scrapes join a page's inline elements ("By Jane DoeDecember 13,
# 2016", "EditorDecember 13, 2016", "By JANE DOEMay 5, 2012"): a letter, then the capital of a month's name
# and its lower-case letters.
_GLUED = r"(?-i:(?<=[A-Za-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d))"

# Words that introduce a dateline: "Posted on", "Date of publication", an agency name, ...
# Also a byline before the date ("By Jane Doe | 5 May 2012") and a time before it ("10:15 GMT, 12 March 2012").
_LEAD = (
    rf"(?:(?:posted\s+|published\s+|written\s+)?by\s*:?\s+[^|,\n]{{2,40}}?(?:\s*[|,–—-]\s*|\s+on\s+|\s+|{_GLUED}))?"
    # A byline without "By": the writer's capitalised name, then the date ("Jane Doe, November 17, 2016"),
    # possibly with the writer's role and outlet ("Jane Doe, Special to Example News", "Staff writer, Example Daily").
    rf"(?:(?:{_BYLINE}|{_STAFF_WITH_AGENCIES})(?:\s*[,|]?\s+|{_GLUED}))?"
    # The site's address before its date: "example.co.uk, Monday 4 March 2013 12.45 GMT".
    r"(?:(?:[a-z0-9-]+\.)+(?:com|org|net|co\.uk|[a-z]{2})\s*,?\s+)?"
    r"(?:(?:date of publication|print this page|(?:published|updated|posted|edited) time|(?:first |originally )?published(?: online)?(?: on)?|posted(?: on)?|filed(?: on)?|"
    r"(?:last )?updated(?: at| on)?|(?:latest|last) update|added(?: on)?|time\s*:|event date(?: \(utc\))?|(?:last )?(?:modified|edited)(?: on)?|created(?: on)?|"
    r"publication date|publish(?:ed)? date|date (?:published|posted|created)|issue date|release date|released(?: on)?|dated?|"
    r"on(?=\s*:?\s*\S))\s*:?\s*)?"  # "On: May 5, 2012" alone on its line (a line that is only a date)
    # a time before the date, with its second zone in brackets: "Updated 1205 GMT (2005 HKT) December 14, 2016"
    rf"(?:{CLOCK_FORM}\s*(?:\(\s*{CLOCK_FORM}\s*\)\s*)?,?\s*)?"
    rf"(?:\(?{_WIRE}\)?\s+)?"  # "(AFP) November 17, 2016"
)

DATE_FORMS = [
    # Wed 05 Apr 2017 / 12 February 2015 / 23rd of September 2016 / Tuesday 22 November 2016 / 6, February 2023
    rf"(?:{WEEKDAY_FORM}\s+)?{_DAY}(?:\s+of)?,?\s+{_MONTH},?\s+{_YEAR}",
    # December 10, 2016 / Fri Sep 27 2013 / April 5 2017
    rf"(?:{WEEKDAY_FORM}\s+)?{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}",  # also "Mar 12,2016" (a site's own form)
    # 05-May-2012 / 5-May-2012: the hyphenated form of content management systems
    rf"{_DAY}-{_MONTH}-{_YEAR}",
    # Apr 232017: day and year run together in some scrapes
    rf"{_MONTH}\s+(?P<day>[0-3]?\d)(?P<year>(?:19|20)\d\d)",
    # 24.08.2013 / 27-02-2016 / 27/02/2016 (day first, as the outlets that use these forms write)
    rf"(?:{WEEKDAY_FORM}\s+)?(?P<day>[0-3]?\d)[./-](?P<month>[01]?\d)[./-](?P<year>(?:19|20)\d\d)",
    # 11/17/2016 / 12.13.2016 / 12-13-2016: month first, as US outlets write; read only where the day-first
    # reading is no date
    rf"(?:{WEEKDAY_FORM}\s+)?(?P<month>[01]?\d)[./-](?P<day>[0-3]?\d)[./-](?P<year>(?:19|20)\d\d)",
    # 2021-10-12 / 2019.05.15: year first, then month and day (ISO and its dotted variant)
    r"(?<![\d.])(?P<year>(?:19|20)\d\d)[./-](?P<month>[01]?\d)[./-](?P<day>[0-3]?\d)(?![\d.])",
    # 12/25/16: a two-digit year, month first with slashes as US sites stamp pages ("Updated 12/25/16");
    # read day first only where the month-first reading is no date (25/12/16)
    r"(?<![\d./-])(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/(?P<year>\d\d)(?![\d./-])",
    r"(?<![\d./-])(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>\d\d)(?![\d./-])",
    # 25.03.15: a two-digit year with dots, day first as European sites write it
    r"(?<![\d./-])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>\d\d)(?![\d./-])",
]
DATE_RES = [re.compile(form, re.IGNORECASE) for form in DATE_FORMS]

# An opening dateline: optional lead words, the date, an optional time.
OPENING_DATELINE_RES = [re.compile(rf"^\s*{_LEAD}{form}{TIME_FORM}", re.IGNORECASE) for form in DATE_FORMS]

# A header line that is nothing but a dateline (e.g. "December 10, 2016 at 2:01 pm"), possibly with an
# update stamp after it ("August 9, 2012 -- Updated 0950 GMT (1750 HKT)").
_ANY_DATE = "|".join(f"(?:{re.sub(r'[?]P<[a-z]+>', '?:', form)})" for form in DATE_FORMS)
# A site section a page was posted in ("Middle East", "World News"; data/lexicons/site_sections.txt), with
# the sub-sections after it ("Middle East, Syria", "Middle East & North Africa"); a place alone ("in Daraa")
# is an event's, not a section.
_SECTION_LABELS = [
    line.strip() for line in (LEXICON_DIR / "site_sections.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]  # read here, not through the entities lexicon: that package imports this module
SECTION_FORM = (
    "(?:" + "|".join(re.escape(label).replace("\\ ", r"\s+") for label in sorted(_SECTION_LABELS, key=len, reverse=True)) + ")"
    + r"(?:\s*(?:,|&|/|and)\s*(?-i:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}))*"
)
# What may follow a page's own date on its line: an update stamp, the author, a reading time.
# Also the page chrome that sits on the same line: sharing and comment links, "Filed under World",
# the section it was posted in ("By Jane Doe on 5 May 2012 in Middle East"), "8 years ago".
_UPDATE_TAIL = (
    r"(?:\s*(?:--|[-–—|/·•])?\s*(?:\(?(?:last\s+)?(?:updated?|modified|edited)\b[^\n]{0,40}|by\s+\S+(?:\s+\S+){0,3}|"
    r"\d+\s+min(?:ute)?s?\s+read|share|print|e-?mail|tweet|(?:\d+\s+)?comments?|leave\s+a\s+comment|"
    r"filed\s+under\s+\S+(?:\s+\S+){0,2}|(?:posted\s+)?in\s+(?:the\s+)?" + SECTION_FORM + "|"
    r"\d+\s+(?:years?|months?|weeks?|days?|hours?)\s+ago)){0,3}"
)
# The place the page was filed from after its date: "5 December 2016, Aleppo".
_PLACE_TAIL = r"(?:,\s*(?-i:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}))?"
DATELINE_LINE_RE = re.compile(rf"^\s*{_LEAD}(?:{_ANY_DATE}){TIME_FORM}{_PLACE_TAIL}{_UPDATE_TAIL}\s*$", re.IGNORECASE)
# A full stop may close a byline's or a publication note's date line ("Written by Jane Doe on 5 May 2012."),
# never a Title Case sentence's ("Assad Was Elected On 5 May 2012.").
STOP_CLOSED_LEAD_RE = re.compile(r"^\s*(?:(?:written|posted|published|updated)\b|by\s)", re.IGNORECASE)
# A date stamp that opens a line and runs into the text: "February 7, 2023, 14:51 Almost 2,000 ...".
# Only with a time: a bare date opening a sentence is as often an event ("June 15 was the worst day").
STAMPED_LINE_RES = [re.compile(rf"^\s*{form},?\s+[0-2]?\d:[0-5]\d\b", re.IGNORECASE) for form in DATE_FORMS]
# A weekday and a full date opening a line run into text ("Thursday 23 August 2012 Robert Fisk in
# Aleppo ..."): an event sentence names its day without a weekday-date-year stamp.
WEEKDAY_STAMP_RES = [re.compile(rf"^\s*{WEEKDAY_FORM}\s+{form}\b", re.IGNORECASE) for form in DATE_FORMS[:2]]
# A wire dateline with the year: "BEIRUT, Nov. 25, 2018 (Reuters) -", "ALEPPO, Syria, 11 August 2016 —" (the
# country in capitals too: "ALEPPO, SYRIA, AUGUST 11, 2016 —", never a wire's credit: "Jane Doe, AFP, May 5, 2012"),
# or a place and date alone on their line ("Aleppo, May 5, 2012", "BEIRUT, July 15, 2019 08:00 IST"), an update
# stamp after it ("BEIRUT, August 22, 2013 Updated: August 22, 2013 11:47 IST": the dateline's own date counts).
PLACE_DATELINE_RES = [
    re.compile(
        rf"^\s*(?-i:[A-Z][A-Za-z.' -]{{1,30}}),\s*(?-i:(?!(?i:{_WIRE}),)(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{{2,}}(?: [A-Z]{{2,}})?),\s*)?{form}{TIME_FORM}"
        rf"(?:\s*(?:\(|--|[-–—:])|(?:\s*[|·•]?\s*\(?(?:last\s+)?(?:updated?|modified|edited)\b[^\n]{{0,40}})?\s*$)",
        re.I,
    )
    for form in DATE_FORMS[:2]
]
# The wire's credit between the place and the date, as AP prints it: "ALEPPO, Syria (AP) — December 5, 2016 —".
PLACE_DATELINE_RES += [
    re.compile(
        rf"^\s*(?-i:[A-Z][A-Za-z.' -]{{1,30}})(?:,\s*(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{{2,}}))?\s*\({_WIRE}\)\s*"
        rf"(?:--|[-–—:])\s*{form}{TIME_FORM}\s*(?:--|[-–—:])",
        re.I,
    )
    for form in DATE_FORMS[:2]
]

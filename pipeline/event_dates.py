"""Resolving the date a casualty figure refers to ("on Friday", "last Tuesday", "two days ago",
"since November 15", "yesterday") against the article's publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

MONTH_RE = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
DAY_RE = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR_RE = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
SINCE_RE = (
    r"(?P<since>\bsince\s+|\bfrom\s+|\bstarting\s+|\blaunched\s+on\s+|\bbegan\s+on\s+|\bstarted\s+on\s+)?"
)

DATE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "month day",
        re.compile(SINCE_RE + r"(?:on\s+)?\b" + MONTH_RE + r"\s+" + DAY_RE + r"\b" + YEAR_RE, re.I),
    ),
    (
        "day month",
        re.compile(SINCE_RE + r"(?:on\s+)?\b" + DAY_RE + r"\s+(?:of\s+)?" + MONTH_RE + r"\b" + YEAR_RE, re.I),
    ),
    (
        "weekday",
        re.compile(
            SINCE_RE + r"(?:on\s+|late\s+|early\s+)?(?P<last>\blast\s+)?\b(?P<weekday>" + "|".join(WEEKDAYS) + r")\b", re.I
        ),
    ),
    (
        # "two days ago", "a week ago", "3 days ago"
        "ago",
        re.compile(SINCE_RE + r"\b(?P<count>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>days?|weeks?)\s+ago\b", re.I),
    ),
    (
        "yesterday",
        re.compile(
            SINCE_RE
            + r"\b(?P<rel>the day before yesterday|yesterday|last night|overnight|today|this morning|tonight|earlier today|last week)\b",
            re.I,
        ),
    ),
)
COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10}  # fmt: skip
RELATIVE_DAYS = {
    "the day before yesterday": 2,
    "yesterday": 1,
    "last night": 1,
    "overnight": 1,
    "today": 0,
    "this morning": 0,
    "tonight": 0,
    "earlier today": 0,
    "last week": 7,
}
# "since the war began", "so far this year": tolls that add up a long period, not one event.
CUMULATIVE_RE = re.compile(
    r"\bsince\s+(?:the\s+)?(?:start|beginning|outbreak|onset)\b|\bsince\s+(?:[\w-]+\s+){0,3}(?:war|conflict|crisis|uprising|revolution)\b"
    r"|\bsince\s+(?:19|20)\d\d\b|\bsince\s+(?:it|the\s+\w+)\s+(?:began|started|erupted|broke\s+out)\b"
    r"|\bso\s+far\b|\bto\s+date\b|\bin\s+total\b|\bsince\s+then\b"
    r"|\bin\s+the\s+same\s+period\b|\bin\s+recent\s+(?:weeks|months|years)\b|\bover\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks|months|years)\b"
    r"|\bin\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:weeks|months|years)\b|\bthis\s+year\b|\bsince\s+(?:last\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\b(?:death\s+)?toll\s+(?:of|from|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:war|conflict)\b"
    r"|\b(?:war|conflict)\s+(?:that|which)\s+(?:began|started|erupted|broke\s+out)\b"
    # "since a US-Russian brokered ceasefire collapsed on September 19": a running total since an event
    r"|\bsince\s+(?:a|an|the|its|their)\s+[^.,;]{0,60}?\b(?:(?-i:[a-z]\w{2,}ed)|began|broke\s+out|took\s+effect|came\s+into\s+(?:force|effect))\b"
    # "during the past month", "in the last 10 days": a window of several days, not one event
    r"|\b(?:during|in|over)\s+the\s+(?:past|last)\s+(?:\d+\s+|\w+\s+)?(?:days|weeks|months|month|week|year)\b",
    re.I,
)

# "have killed 865 people since strikes began", "since they started", "since Moscow began its campaign": a
# running total since a campaign began, unless the count has a day of its own ("killed 12 on Monday, hours
# since the strikes began") or the words only measure time ("hours since strikes began").
# Likewise "since mid-November" and "the death toll in Jobar this week", "the toll from strikes on Maarat
# al-Numan this week" (a toll kept over the week; not "the toll from Tuesday's bombing rose to 25 this
# week", one incident's).
SINCE_A_CAMPAIGN_BEGAN_RE = re.compile(
    r"(?<!hours )(?<!days )(?<!weeks )(?<!months )(?<!minutes )\bsince\s+(?:they|\w+s|(?-i:[A-Z][\w-]+))\s+"
    r"(?:began|started|erupted|broke\s+out)\b"
    r"|\bsince\s+(?:mid|early|late)[-\s]+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\b(?:toll|total|tally)\b(?!\s+(?:from|of)\s+(?:a|an|the|this|that|[\w-]+['’]s)\s)[^.;]{0,60}?\bthis\s+(?:week|month)\b",
    re.I,
)

# "the five-year war that has claimed over 300000 lives": the figure inside is the war's whole toll.
# "the deadliest attack this year", "the worst since 2015": a comparison that dates one event, not a
# running total, so its period words are left out before looking for one.
SUPERLATIVE_FRAME_RE = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|highest|most\s+\w+"
    # "the eighth journalist killed this year": a rank in a series dates one event, too; "the first six
    # months of this year", "the first half of 2016" are periods, not ranks.
    r"|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"(?!\s+(?:half|quarter|(?:[\w-]+\s+)?(?:days|weeks|months|years)|day|week|month|year)\b))\b[^.;]{0,80}?"
    # ... "since 2015", "since the ceasefire took effect", "since the war began": the comparison's baseline
    r"\b(?:this\s+(?:year|week|month)|since\s+(?:19|20)\d\d|since\s+(?:the|a|an|its|their|they|\w+s|(?-i:[A-Z][\w-]+)|mid|early|late)[-\s]+[^.;]{0,60}|in\s+(?:recent\s+)?(?:weeks|months|years))\b",
    re.I,
)
WAR_TOTAL_RE = re.compile(
    r"\b(?:war|conflict|crisis|uprising|revolution)\b[^.;]{0,60}?\b(?:has|have|had|which)\s+"
    r"(?:so\s+far\s+|now\s+|already\s+|since\s+)?(?:claimed|killed|left|cost|caused|displaced|wounded|injured|"
    r"uprooted|forced|driven|made)\b[^.;]{0,50}",
    re.I,
)


@dataclass(frozen=True, slots=True)
class EventDate:
    date: date | None
    rule: str | None  # how it was resolved ("weekday", "month day", "since month day", ...)
    since: bool  # the expression opens a period ("since November 15")


def weekday_on_or_before(published: date, weekday: int) -> date:
    """The most recent day with this weekday on or before the publication date (past-tense news)."""
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def month_day(published: date, month: int, day: int, year: int | None) -> date | None:
    """A day-month date in the publication's year, or the year before when that would lie in the future."""
    try:
        if year:
            return date(year, month, day)
        resolved = date(published.year, month, day)
        if resolved > published + timedelta(days=1):
            resolved = date(published.year - 1, month, day)
        return resolved
    except ValueError:
        return None


def resolve(match: re.Match[str], rule: str, published: date) -> date | None:
    groups = match.groupdict()
    if rule in ("month day", "day month"):
        year = int(groups["year"]) if groups.get("year") else None
        return month_day(published, MONTHS[groups["month"].lower()[:3]], int(groups["day"]), year)
    if rule == "weekday":
        weekday = WEEKDAYS.index(groups["weekday"].lower())
        if groups.get("last"):  # "last Tuesday": the one before the publication day, never that day
            return weekday_on_or_before(published - timedelta(days=1), weekday)
        return weekday_on_or_before(published, weekday)
    if rule == "ago":
        count = int(groups["count"]) if groups["count"].isdigit() else COUNT_WORDS[groups["count"].lower()]
        return published - timedelta(days=count * (7 if groups["unit"].lower().startswith("week") else 1))
    return published - timedelta(days=RELATIVE_DAYS[groups["rel"].lower()])


# A verb of reporting right before a date ("said Friday", "reported on Monday", "told AFP on Friday",
# "said in a statement on Monday", "a statement released Saturday"): the date says when the report came,
# not when the events happened.
REPORT_DAY_BEFORE_RE = re.compile(
    r"\b(?:said|says|reported|announced|added|stated|told\s+[\w-]+(?:\s+[\w-]+)?|said\s+in\s+a\s+statement"
    r"|(?:statement|report|video|footage)\s+(?:released|issued|published|posted))\s+(?:on\s+|late\s+|early\s+)?$",
    re.I,
)


def report_day(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is a report's day ("the monitor said Friday"), not the events'
    ("said Friday's air strikes killed 14": a possessive; "Clashes were reported Tuesday": a passive)."""
    before = text[max(0, start - 40) : start]
    if not REPORT_DAY_BEFORE_RE.search(before) or re.search(r"\b(?:was|were|been|being)\s+reported\s+(?:on\s+)?$", before, re.I):
        return False
    return re.match(r"(?:'|’)?s\b|\s+(?:morning|afternoon|evening|night)(?:'|’)?s\b", text[end:]) is None


def event_date(text: str, published: date | None) -> EventDate:
    """The first date expression in `text` resolved against `published` (None when absent or undated),
    leaving out the date of a report ("..., the monitor said Friday": `REPORT_DAY_BEFORE_RE`)."""
    matches = []
    for rule, pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            matches.append((match.start(), rule, match))
    # "..., a monitoring group said Friday": the day of the report, not of the events it counts
    matches = [m for m in matches if not report_day(text, m[0], m[2].end())]
    if not matches:
        return EventDate(None, None, False)
    # Prefer the expression nearest the start; news put the event date early ("On Friday, ...").
    _, rule, match = min(matches, key=lambda m: m[0])
    since = bool(match.group("since"))
    kind = match.group("rel").lower() if rule == "yesterday" else ("last weekday" if rule == "weekday" and match.group("last") else rule)
    label = ("since " if since else "") + kind
    if published is None:
        return EventDate(None, None, since)
    return EventDate(resolve(match, rule, published), label, since)


# A toll counted from the war's start: "since the war began", "since the start of the conflict in 2011",
# "since the uprising erupted", "since March 2011" (the uprising's month).
WAR_START_RE = re.compile(
    r"\bsince\s+(?:the\s+(?:start|beginning|outbreak|onset)\s+of\s+the\s+(?:\w+\s+)?(?:war|conflict|uprising|crisis|revolt|revolution)\b|"
    r"the\s+(?:\w+\s+)?(?:war|conflict|uprising|crisis|revolt|revolution)\s+(?:began|erupted|started|broke\s+out)\b|"
    r"(?:(?:mid-|early\s+|march\s+)?2011)\b)",
    re.I,
)


def counts_from_war_start(text: str) -> bool:
    """Whether a sentence counts from the war's start ("... killed since the conflict began in 2011"); not
    a comparison with the war's start ("the deadliest attack since the war began" dates one event)."""
    return WAR_START_RE.search(SUPERLATIVE_FRAME_RE.sub(" ", text)) is not None


def in_war_total(text: str, offset: int) -> bool:
    """Whether the character at `offset` of the text lies in a war-total phrase ("the war that has claimed ...")."""
    return any(m.start() <= offset < m.end() for m in WAR_TOTAL_RE.finditer(text))


# "292 have been killed so far in the bombing": the toll to date of one incident, which belongs in the
# daily series; "so far" marks a running total only when no single incident is named.
TOLL_TO_DATE_RE = re.compile(r"\b(?:so\s+far|to\s+date)\b", re.I)
ONE_INCIDENT_RE = re.compile(
    r"\b(?:in|by)\s+(?:the|a|an|this|that|[A-Z]\w+(?:'|’)s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:bombing|attack|blast|explosion|strike|airstrike|air\s+strike|massacre|car\s+bomb|bomb|shooting|"
    # not a campaign of them ("in the ongoing bombing campaign"): a campaign's toll so far is a running total
    r"raid|ambush|earthquake|quake|crash|fire|stampede)\b(?!s|\s+(?:campaigns?|offensives?|operations?|siege))",
    re.I,
)


IN_TOTAL_RE = re.compile(r"\bin\s+total\b", re.I)
# Date rules that name one day ("on Tuesday", "on March 3", "yesterday"), not a period.
ONE_DAY_RULES = frozenset({"weekday", "last weekday", "month day", "day month", "today", "yesterday", "this morning",
                           "earlier today", "overnight", "last night", "tonight"})  # fmt: skip


def one_days_total(text: str, found: EventDate) -> bool:
    """Whether a sentence gives "in total" the toll of one day it names ("In total, over 40 civilians were
    killed across Idlib on Tuesday"), not a running total."""
    return (
        IN_TOTAL_RE.search(text) is not None
        and not found.since
        and found.rule in ONE_DAY_RULES
        and not RUNNING_TOTAL_VERB_RE.search(text)  # "In total, 4,000 civilians have died in the siege"
    )


RUNNING_TOTAL_VERB_RE = re.compile(r"\b(?:have|has)\s+(?:now\s+)?(?:been\s+)?(?:killed|died|perished|lost)\b", re.I)


def is_cumulative(text: str, found: EventDate) -> bool:
    """True when the text frames its toll as a running total ("since the war began", "so far").

    "Since Friday" is a short spell reported as one event, so only a "since" date at least three days
    before publication (or a month date with no publication date) counts as cumulative. "So far" and
    "to date" with one incident named ("killed so far in the bombing") are that incident's toll, and "in
    total" with one day named ("In total, 40 were killed across Idlib on Tuesday") that day's.
    """
    if ONE_INCIDENT_RE.search(text):
        text = TOLL_TO_DATE_RE.sub(" ", text)
    if one_days_total(text, found):
        text = IN_TOTAL_RE.sub(" ", text)
    unframed = SUPERLATIVE_FRAME_RE.sub(" ", text)
    if CUMULATIVE_RE.search(unframed):
        return True
    if SINCE_A_CAMPAIGN_BEGAN_RE.search(unframed) and not (found.rule in ONE_DAY_RULES and not found.since):
        return True
    if not found.since or found.rule is None:
        return found.since and found.rule is None and bool(re.search(r"\bsince\s+" + MONTH_RE, text, re.I))
    return found.rule.startswith("since month") or found.rule.startswith("since day")

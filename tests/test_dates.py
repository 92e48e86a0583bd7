"""Datelines and date columns."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.dates import (
    DATELINE_LINE_RE,
    credited_dateline,
    header_today_line,
    opening_dateline,
    page_date_line,
    parse_date_text,
)
from pipeline.listed_dates import both_readings, column_day_first, parse_listed_date, url_date


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Wed 05 Apr 2017 Syria attack symptoms", date(2017, 4, 5)),
        ("Fri Sep 27 2013 Bomb blast kills 60", date(2013, 9, 27)),
        ("12 February 2015 Casualties mount", date(2015, 2, 12)),
        ("Tuesday 22 November 2016 A photo", date(2016, 11, 22)),
        ("Date of publication 7 July 2016 Regime forces", date(2016, 7, 7)),
        ("Posted on April 2 2017 by Youssef Diab MSF", date(2017, 4, 2)),
        ("AFP Monday 2 Feb 2015 Five people", date(2015, 2, 2)),
        ("Published February 18 2015 The Syrian army", date(2015, 2, 18)),
        ("Last updated at Apr 232017 An Israeli attack", date(2017, 4, 23)),
        ("24.08.2013 Syrian state media", date(2013, 8, 24)),
        ("27-02-2016 Syria Terrorist Bombings", date(2016, 2, 27)),
        ("Fri 07 Apr 2017 at 0914 Homs governor", date(2017, 4, 7)),
        ("December 10, 2016 at 2:01 pm", date(2016, 12, 10)),
    ],
)
def test_opening_datelines(opening, expected):
    assert opening_dateline(opening).date == expected


@pytest.mark.parametrize(
    "opening",
    ["10 dead after strikes on hospitals", "2 killed 8 injured in attacks", "Syria talks resume in Geneva on Monday"],
)
def test_texts_without_a_dateline_get_none(opening):
    assert opening_dateline(opening) is None


def test_dateline_time_does_not_swallow_a_following_figure():
    dateline = opening_dateline("4 September 2016 250 people were killed")
    assert dateline.date == date(2016, 9, 4)
    assert "4 September 2016 250 people were killed"[dateline.end :].strip().startswith("250")


def test_credited_dateline_after_a_headline():
    text = "21 dead in rebel fire on regime parts of Aleppo NGO AFP Sunday 27 Apr 2014 At least 21 people"
    assert credited_dateline(text).date == date(2014, 4, 27)


def test_a_date_deep_in_the_text_is_not_a_dateline():
    text = "Talks went on. " * 30 + "AFP Monday 2 Feb 2015"
    assert credited_dateline(text) is None


def test_dateline_line():
    assert DATELINE_LINE_RE.match("December 10, 2016 at 2:01 pm")
    assert not DATELINE_LINE_RE.match("Syria: Kerry calls on Russia to show a little grace")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("4/5/2017", date(2017, 4, 5)), ("2016-12-10", date(2016, 12, 10)), ("", None), ("nan", None), ("13/13/2016", None)],
)
def test_listed_dates(value, expected):
    assert parse_listed_date(value) == expected


# ---- a scraped page's own date line, among its first lines --------------------------------------

PAGE_DATE_LINES = [
    ("Rebels shell the west\nMarch 3, 2015, 09:12 Dozens of shells fell on Monday", "2015-03-03"),  # stamp opens the line
    ("4, March 2019\nThe council met", "2019-03-04"),  # day, comma, month
    ("Talks resume\nJuly 2, 2014 -- Updated 1130 GMT (1930 HKT)\nThe envoy", "2014-07-02"),  # update tail
    ("Talks resume\nMay 30, 2017 00:00:00\nDAMASCUS", "2017-05-30"),  # time with seconds
    ("Headline\nA long standfirst about the siege of the old city and what followed.\n12 June 2018\nBody", "2018-06-12"),
    ("Alert\nEvent date (UTC) 2020-01-19 04:10:02", "2020-01-19"),  # ISO with a lead
    ("Latest update : 2013-05-06\nReporters", "2013-05-06"),
    ("2018.04.11 / 10:20\nShelling", "2018-04-11"),  # dotted year-first
    ("Talks resume\nUpdated 1205 GMT (2005 HKT) December 14, 2016\nThe envoy", "2016-12-14"),  # time, 2nd zone, date
    ("Talks resume\nOn: May 5, 2012\nThe envoy", "2012-05-05"),  # "On:" alone before the date
    ("Talks resume\non May 5, 2012\nThe envoy", "2012-05-05"),
]

NOT_PAGE_DATES = [
    "Photo taken on November 15, 2016 shows the square",  # a caption dates a picture
    "June 15 was the worst day of the siege",  # no year, and a sentence
    "Talks resume\nUpdated 1205 GMT (2005 HKT)\nThe envoy",  # a time with no date
    "The 2016 battle changed the city",
    "Version 2.10.3 of the app",
    "Headline\nThe offensive began on 27 November 2016 and ended in December",  # a date inside a sentence
    "Headline\nOn May 5, 2012 the army attacked the town.",  # "On" opening a sentence dates an event
    "\n".join(["line"] * 12 + ["9 May 2016"]),  # too far down the page to be its date
]


@pytest.mark.parametrize(("text", "expected"), PAGE_DATE_LINES)
def test_page_date_line_reads_a_date_line_near_the_top(text, expected):
    found = page_date_line(text)
    assert found is not None and found.date.isoformat() == expected
    assert parse_date_text(text[found.start : found.end]) == found.date  # offsets index the date line


@pytest.mark.parametrize("text", NOT_PAGE_DATES)
def test_page_date_line_ignores_dates_in_sentences_captions_and_far_down(text):
    assert page_date_line(text) is None


# ---- page datelines in their common forms (invented pages) ----

RUNNING_TEXT = "The army said on Monday that ten people were killed in the town of Example in the north."

COMMON_PAGE_DATELINES = [
    ("Published 30 Nov 2024", date(2024, 11, 30)),
    ("Updated: 3 March 2019", date(2019, 3, 3)),
    ("Oct 22, 2014 10:15", date(2014, 10, 22)),
    ("2019-07-15", date(2019, 7, 15)),
    ("Published online 12 March 2011", date(2011, 3, 12)),
    ("Posted on March 3, 2015 by admin", date(2015, 3, 3)),
    ("Saturday, 5 May 2012 - 11:20am IST", date(2012, 5, 5)),
    ("Sunday, 6 May 2012 | 11:20 AM EST", date(2012, 5, 6)),
    ("Last updated: 5 May 2012 11:20 BST", date(2012, 5, 5)),
    ("2014.03.02 / 09:10", date(2014, 3, 2)),
    ("By Jane Doe | 5 May 2012", date(2012, 5, 5)),
    ("Posted by Jane Doe on March 3, 2015", date(2015, 3, 3)),
    ("May 5, 2012 at 3:15 p.m. EDT", date(2012, 5, 5)),
    ("Thu 5 May 2012 10.15 BST", date(2012, 5, 5)),
    ("Published: 10:15 GMT, 12 March 2012", date(2012, 3, 12)),
    ("March 12, 2012 / 10:15 AM / Updated 8 years ago", date(2012, 3, 12)),
    ("Date: 12/03/2012", date(2012, 3, 12)),
    ("World | 31.01.2021 | Middle East", date(2021, 1, 31)),  # one field of a separated line
    ("Jane Doe · 5 May 2012 · 3 min read", date(2012, 5, 5)),
    ("Thursday 23 August 2012 Jane Doe in Example writes", date(2012, 8, 23)),  # weekday stamp run into text
    ("BEIRUT, Nov. 25, 2018 (Reuters) - The army said", date(2018, 11, 25)),  # a wire dateline with its year
    ("EXAMPLETOWN, SYRIA, NOVEMBER 25, 2018 — The army said", date(2018, 11, 25)),  # its country in capitals
    ("Exampletown, Syria, November 25, 2018 — The army said", date(2018, 11, 25)),
    ("EXAMPLETOWN, Syria, 11 August 2016 — Rebels said", date(2016, 8, 11)),
    ("2016-08-11T07:33:00+03:00", date(2016, 8, 11)),  # an ISO stamp
    ("Last modified: 5 May 2012", date(2012, 5, 5)),
    ("Publication date: 5 May 2012", date(2012, 5, 5)),
    ("Last Updated: Sat, May 5 2012. 10:15 AM IST", date(2012, 5, 5)),  # a full stop before the time
    ("5 May 2012 : 10:15", date(2012, 5, 5)),
    ("May 5, 2012 -- 10:15 ET", date(2012, 5, 5)),
    ("11/17/2016", date(2016, 11, 17)),  # month first: the day-first reading is no date
    ("Posted 11/17/2016 10:15 AM EST", date(2016, 11, 17)),
    ("05/04/2016", date(2016, 4, 5)),  # both readings are dates: day first, as elsewhere
    ("11.17.2016", date(2016, 11, 17)),  # month first with dots or hyphens too, where day first is no date
    ("Updated 11-17-2016 10:15", date(2016, 11, 17)),
    ("05.04.2016", date(2016, 4, 5)),  # both readings are dates: day first
    ("23rd of September 2016", date(2016, 9, 23)),
    ("Jane Doe, November 17, 2016", date(2016, 11, 17)),  # a byline without "By"
    ("Jane Doe | November 17, 2016", date(2016, 11, 17)),
    ("Published 17 November 2016 Share", date(2016, 11, 17)),  # chrome on the date's line
    ("November 17, 2016 by Jane Doe Leave a Comment", date(2016, 11, 17)),
    ("November 17, 2016 / 10:15 AM / 8 years ago", date(2016, 11, 17)),
    ("November 17, 2016 Filed under World", date(2016, 11, 17)),
    ("Published time: 17 Nov, 2016 10:15", date(2016, 11, 17)),
    ("Written by Jane Doe Saturday, 05 May 2012 10:15", date(2012, 5, 5)),  # a "Written by" byline
    ("Date Published: May 5, 2012", date(2012, 5, 5)),
    ("Issue date: 5 May 2012", date(2012, 5, 5)),
    ("05-May-2012", date(2012, 5, 5)),  # hyphenated day, month name, year
    ("Published: 05 May 2012 10:15 +03", date(2012, 5, 5)),  # a numeric offset after the time
    ("Posted: Sat, 05/05/2012 - 10:15", date(2012, 5, 5)),  # a weekday before a numeric date
    ("May 5, 2012 / Jane Doe / 2 Comments", date(2012, 5, 5)),  # fields split by slashes
    ("Exampletown, May 5, 2012", date(2012, 5, 5)),  # a place and a date alone on their line
    ("Last update: 5 May 2012 10:15 UTC", date(2012, 5, 5)),
    ("10:15 05.05.2012 (updated 11:20 06.05.2012)", date(2012, 5, 5)),  # an update stamp in brackets
    ("Source: Example Agency| 2012-05-05 10:15:00|Editor: jdoe", date(2012, 5, 5)),  # "|" without spaces
    ("5 May 2012 (10:15 GMT)", date(2012, 5, 5)),  # the time in brackets
    ("May 5, 2012 GMT", date(2012, 5, 5)),  # a zone with no clock
    ("Added: 5 May 2012", date(2012, 5, 5)),
    ("(AFP) May 5, 2012", date(2012, 5, 5)),
    ('"datePublished":"2012-05-05T10:15:00+00:00"', date(2012, 5, 5)),  # metadata left in the text
    ("<meta property='article:published_time' content='2012-05-05T10:15:00Z'>", date(2012, 5, 5)),
    ("Politics 05-04-2016 | 10:15", date(2016, 4, 5)),  # a section label opening the date's field
    ("World News 5 May 2012 | Jane Doe", date(2012, 5, 5)),
    ("The data was added on , 5 May 2012 read 2,310 times.", date(2012, 5, 5)),  # a note on when the page went up
    ("This article was first published on 5 May 2012", date(2012, 5, 5)),
    ("Posted on: Saturday 5 May 2012 in World", date(2012, 5, 5)),
    ("By Jane Doe on 5 May 2012 in Middle East", date(2012, 5, 5)),  # the section a byline's page was posted in
    ("Posted on May 5, 2012 in Middle East & North Africa", date(2012, 5, 5)),  # with its sub-sections
    ("By Jane Doe on 5 May 2012 in World, Syria", date(2012, 5, 5)),
    ("Filed on 5 May 2012 in Middle East", date(2012, 5, 5)),
    # a clock between the lead words and the date
    ("Published at 10:15 on 5 May 2012", date(2012, 5, 5)),
    ("Page last updated at 10:15 GMT, Saturday, 5 May 2012 11:15 UK", date(2012, 5, 5)),
    ("Posted by admin | May 5, 2012 @ 10:15 am", date(2012, 5, 5)),  # "@" before the time
    ("Written by Jane Doe on 5 May 2012.", date(2012, 5, 5)),  # a full stop closing the line
    # a byline with the writer's role and outlet before the date
    ("Staff writer, Example Daily English Saturday, 5 May 2012", date(2012, 5, 5)),
    ("Jane Doe, Special to Example News May 5, 2012", date(2012, 5, 5)),
    ("Jane Doe, Senior Correspondent 5 May 2012 10:15 GMT", date(2012, 5, 5)),
    # a two-digit year: month first with slashes (US page stamps), day first where only that reads, dots day first
    ("Updated 12/25/16 10:15 AM", date(2016, 12, 25)),
    ("Posted 3/4/17", date(2017, 3, 4)),
    ("25/12/16", date(2016, 12, 25)),
    ("Published 25.03.15", date(2015, 3, 25)),
    # one word before the date: the site's or the desk's name ("Newsdesk 08-02-2023")
    ("Newsdesk 08-02-2023", date(2023, 2, 8)),
    ("Staff 5 May 2012 10:15", date(2012, 5, 5)),
    ("Example24 08-02-2023", date(2023, 2, 8)),
    # the site's address before its date, as pages of the early 2010s printed it
    ("example.co.uk, Saturday 5 May 2012 10.15 GMT", date(2012, 5, 5)),
    ("examplenews.com, 5 May 2012", date(2012, 5, 5)),
    # the publication and edit stamps on one line
    ("Published time: 5 May, 2012 10:15 Edited time: 6 May, 2012 12:10", date(2012, 5, 5)),
    # any agency's short credit before the date, not only the big wires'
    ("UPI 5 May 2012", date(2012, 5, 5)),
    ("EFE May 5, 2012", date(2012, 5, 5)),
    ("AA 5 May 2012 10:15", date(2012, 5, 5)),
    ("Bernama 5 May 2012", date(2012, 5, 5)),
    # a byline glued to its date, as scrapes join inline elements
    ("By Jane DoeMay 5, 2012", date(2012, 5, 5)),
    ("Jane DoeMay 5, 2012 10:15", date(2012, 5, 5)),
    ("EditorDec. 5, 2012", date(2012, 12, 5)),
    ("By JANE DOEMay 5, 2012", date(2012, 5, 5)),  # a byline in capitals
    ("(May 5, 2012)", date(2012, 5, 5)),  # a date line in brackets
    ("[Updated 5 May 2012]", date(2012, 5, 5)),
    ("5 May 2012, Exampletown", date(2012, 5, 5)),  # the place it was filed from after the date
    ("May 5, 2012, Example City", date(2012, 5, 5)),
]


@pytest.mark.parametrize(("line", "expected"), COMMON_PAGE_DATELINES)
def test_page_dateline_common_forms(line, expected):
    found = page_date_line(f"Rebels and troops clash in the north\n{line}\n{RUNNING_TEXT}")
    assert found is not None and found.date == expected


@pytest.mark.parametrize(
    "line",
    [
        "© 2012 The Daily Example",  # a copyright year
        "Copyright 2016 Example Media. All rights reserved.",
        "Photo taken on March 3, 2012 shows a destroyed street",  # a caption
        "On 5 May 2012 rebels took the town",  # an event in a sentence
        "June 15 was the worst day",  # no year
        "March 2012",  # no day
        "yesterday, 5 May 2012 - the army withdrew",  # not a place before the date
        "In Example, 5 May 2012 was calm",
        "Photo: Jane Doe | 5 May 2012",  # a picture's date
        "rebels in Example said November 17, 2016 was calm",  # lower-case words: a sentence, not a byline
        "Example Town fell on November 17, 2016 after a siege",  # a date inside a sentence
        "13/13/2016",  # neither reading is a date
        "13/13/16",
        "Page 1/2/3 of the report",  # three short numbers, not a date
        "Section 4.12.1",
        "Written by Jane Doe in the spring of 2012",  # a byline without a date
        "05-May-20124",  # no such year
        "Exampletown, May 5, 2012 was the day the siege began",  # a place and date opening a sentence
        "5 May 2012, the army said",  # a date then a clause, not a place
        "(5 May 2012 was calm in the town)",  # a bracketed sentence
        '"dateModified":"2012-05-05T10:15:00+00:00"',  # a modified date is not the publication date
        "A UN report published on 5 May 2012 found the shelling unlawful",  # an event's publication, not the page's
        "A UN report published at 10:15 on 5 May 2012 found the shelling unlawful",
        "Rebels | Example fell on 5 May 2012 | Syria",  # a sentence in a field, not a label and a date
        "The village was added on 5 May 2012 to the list of besieged areas kept by the United Nations office",
        "Jane Doe, a correspondent, was killed on 5 May 2012.",  # a sentence about a writer, not a byline
        "Staff writer Jane Doe left Example on 5 May 2012",
        "Assad Was Elected On 5 May 2012.",  # a Title Case sentence, not a byline closed by a full stop
        "By then on 5 May 2012 in the north rebels had withdrawn",  # lower-case words after "in": a sentence
        "March 15, 2011 in Example Town",  # a place after the date: an event's heading, not a section
        "Exampletown 5 May 2012 was calm",  # one word and a date opening a sentence
        "example.co.uk reported on 5 May 2012 that rebels withdrew",  # an address in a sentence
        "Born 12-03-1965",  # a label and a date in a profile, not a writer
        "Ceasefire 22-02-2016",  # a tag
        "BORN 12-03-1965",  # in capitals too
        "SINCE 15 March 2011",
        "aa 5 May 2012",  # an agency's credit only in its own case
        "Jane DoeMay 5 was the day the siege began",  # a glued name before a date without its year
        "Jane DoeMay 5, 2012 was the day the siege began",  # a glued name and date opening a sentence
        "JANE DOEMay 5, 2012 was the day the siege began",  # in capitals too
    ],
)
def test_page_dateline_ignores_copyright_years_captions_and_events(line):
    assert page_date_line(f"Rebels and troops clash in the north\n{line}\n{RUNNING_TEXT}") is None


def test_page_dateline_below_a_long_menu_but_not_in_a_related_list():
    menu = "\n".join(f"Section {n}" for n in range(20))
    page = f"{menu}\nRebels and troops clash\n{RUNNING_TEXT}\n2 min read\n17 July, 2016\n{RUNNING_TEXT}"
    assert page_date_line(page).date == date(2016, 7, 17)
    related = f"Rebels and troops clash\n{RUNNING_TEXT}\n" + "\n".join([RUNNING_TEXT] * 12) + "\nRelated\n9 May 2016"
    assert page_date_line(related) is None


def test_page_dateline_below_a_portal_s_menu_of_a_hundred_and_more_links():
    menu = "\n".join(f"Section {n}" for n in range(150))
    page = f"{menu}\nRebels and troops clash\n17 July, 2016\n{RUNNING_TEXT}\n{RUNNING_TEXT}"
    assert page_date_line(page).date == date(2016, 7, 17)


def test_a_time_zone_list_keeps_capitalised_words_after_an_opening_dateline():
    found = opening_dateline("5 May 2012 10:15 US forces said ten people died")
    assert found.date == date(2012, 5, 5)
    assert "5 May 2012 10:15 US forces said"[found.end :].lstrip().startswith("US forces")


# ---- date columns: day first or month first, decided by the whole column ----


@pytest.mark.parametrize(
    ("values", "day_first"),
    [
        (["01/02/2015", "25/03/2015"], True),  # 25 can only be a day
        (["01/02/2015", "03/25/2015"], False),  # 25 can only be a day, second: month first
        (["01/02/2015", "04/05/2016"], None),  # nothing settles it
        (["25/03/2015", "03/25/2015"], None),  # the column holds both: no decision
        (["2015-03-25", "", None, "n/a"], None),  # not numeric day/month values
        (["25.03.2015", "01.02.2015"], True),
    ],
)
def test_column_day_first(values, day_first):
    assert column_day_first(values) is day_first


@pytest.mark.parametrize(
    ("value", "day_first", "expected"),
    [
        ("03/04/2015", True, date(2015, 4, 3)),
        ("03/04/2015", False, date(2015, 3, 4)),
        ("03/04/2015", None, date(2015, 3, 4)),  # undecided: month first, as FA-KES writes
        ("25/03/2015", False, date(2015, 3, 25)),  # only one reading is a date
        ("31/02/2015", True, None),
    ],
)
def test_listed_date_reads_in_the_column_order(value, day_first, expected):
    assert parse_listed_date(value, day_first) == expected


def test_a_two_digit_year_column_is_read_in_its_own_order():
    values = ["25/12/16", "05/12/16", "13/01/17"]  # a UK spreadsheet's short dates: day first
    day_first = column_day_first(values)
    assert day_first is True
    assert [parse_listed_date(v, day_first) for v in values] == [date(2016, 12, 25), date(2016, 12, 5), date(2017, 1, 13)]


def test_both_readings_only_for_ambiguous_values():
    assert both_readings("03/04/2015") == (date(2015, 3, 4), date(2015, 4, 3))
    assert both_readings("25/03/2015") is None
    assert both_readings("04/04/2015") is None  # both readings are the same day
    assert both_readings("2015-03-04") is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example.com/world/2016/09/23/aleppo-story", date(2016, 9, 23)),
        ("https://news.example.com/world/2016/sep/23/aleppo-story", date(2016, 9, 23)),
        ("https://example.org/2024-12-03/a-story-about-aleppo", date(2024, 12, 3)),
        ("https://example.com/world/inside-aleppo-20150826-abc123", date(2015, 8, 26)),
        ("https://example.com/en/20131001-reporters-aleppo", date(2013, 10, 1)),
        ("https://example.com.bd/world/story-1543159987/?date=26-11-2018", date(2018, 11, 26)),
    ],
)
def test_url_date(url, expected):
    assert url_date(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://example.am/eng/news/176772/",  # a story id
        "https://example.net/english/syria/231220252-amp",  # digits that only look like a date
        "https://example.com/news/20161399-x",  # no such day
        "https://example.com/2016/story",  # a year alone
        None,
    ],
)
def test_no_url_date(url):
    assert url_date(url) is None


def test_an_address_dates_a_page_that_shows_no_date():
    from pipeline.ingest import RawDocument, to_article

    text = f"{RUNNING_TEXT}\n{RUNNING_TEXT}"
    url = "https://news.example.com/2016/09/23/story"
    article = to_article(RawDocument("page.txt", "page", text, scraped_page=True, url=url))
    assert (article.published, article.date_source) == (date(2016, 9, 23), "address")
    dated = to_article(RawDocument("page.txt", "page", f"Published 5 May 2012\n{text}", scraped_page=True, url=url))
    assert (dated.published, dated.date_source) == (date(2012, 5, 5), "dateline")  # the page's own date wins


# ---- a site header's "today", related lists: dates on the page that are not its own ----

MENU = "Home\nWorld\nMiddle East\nSport"


def test_a_header_today_above_the_menu_yields_to_the_date_by_the_headline():
    page = f"Monday, 21 May 2018\n{MENU}\nRebels and troops clash\n5 May 2012 7:33\n{RUNNING_TEXT}"
    assert page_date_line(page).date == date(2012, 5, 5)


def test_a_first_date_followed_by_sharing_links_is_kept_before_a_later_update():
    page = f"Rebels and troops clash\n5 May 2012\nShare\nTweet\nEmail\nUpdated 6 May 2012\n{RUNNING_TEXT}"
    assert page_date_line(page).date == date(2012, 5, 5)  # a later date is an update, not the header's today


def test_a_header_today_below_a_long_menu_yields_to_the_earlier_date_by_the_headline():
    long_menu = "\n".join([MENU, "Business\nOpinion\nVideo\nPodcasts\nNewsletters\nSign in"] * 3)
    page = f"{long_menu}\nTuesday, 30 November 2021\nRebels and troops clash\n15 July 2019\n{RUNNING_TEXT}"
    assert page_date_line(page).date == date(2019, 7, 15)


@pytest.mark.parametrize(
    ("top", "expected"),
    [
        # an update shown first, the publication date below the headline: the page was published first
        ("Updated 16 July 2019\nRebels and troops clash\nPublished 15 July 2019", date(2019, 7, 15)),
        # negative: a date marked as the publication stays, whatever earlier date follows
        ("Published 16 July 2019\nRebels and troops clash\n15 July 2019", date(2019, 7, 16)),
        # negative: with no headline between them the first date stands
        ("16 July 2019\n15 July 2019\nRebels and troops clash", date(2019, 7, 16)),
    ],
)
def test_a_bare_later_date_above_the_headline_yields_to_the_earlier_one(top, expected):
    assert page_date_line(f"{top}\n{RUNNING_TEXT}").date == expected


def test_a_date_line_alone_above_the_menu_is_still_read():
    assert page_date_line(f"Monday, 21 May 2018\n{MENU}\nRebels and troops clash\n{RUNNING_TEXT}").date == date(2018, 5, 21)


@pytest.mark.parametrize(
    "calendar",
    ["21 May 2018 - Monday - 6 Ramadan 1439", "Monday, 21 May 2018 | 5 Rajab 1439", "21.05.2018 - 6 Shawwal 1439"],
)
def test_a_site_calendar_with_the_hijri_date_is_not_the_page_date(calendar):
    page = f"Example Site\n{calendar}\nRebels and troops clash\n5 May 2012 7:33\n{RUNNING_TEXT}"
    assert page_date_line(page).date == date(2012, 5, 5)
    assert page_date_line(f"Example Site\n{calendar}\nRebels and troops clash\n{RUNNING_TEXT}") is None


def test_a_related_list_below_the_first_paragraph_dates_other_articles():
    page = f"Rebels and troops clash\n{RUNNING_TEXT}\n{RUNNING_TEXT}\nRead more\nTalks in Example resume\n5 May 2012"
    assert page_date_line(page) is None
    above = f"Top stories\nRebels and troops clash\n{RUNNING_TEXT}\n5 May 2012\n{RUNNING_TEXT}"
    assert page_date_line(above).date == date(2012, 5, 5)  # a menu item above the article cuts nothing


def test_a_cookie_banner_above_a_long_menu_is_not_the_first_paragraph():
    cookie = "We use cookies to give you the best experience on our website, as our privacy policy describes."
    menu = "\n".join(f"Section {n}" for n in range(20))
    assert page_date_line(f"{cookie}\n{menu}\nRebels and troops clash\n5 May 2012\n{RUNNING_TEXT}").date == date(2012, 5, 5)


def test_a_page_cut_off_mid_paragraph_below_a_long_menu_keeps_its_date():
    menu = "\n".join(f"  • Section number {n}" for n in range(40))
    cut = "The army said on Monday that ten people were killed in the town of Example in the north and that the"
    assert page_date_line(f"{menu}\nRebels and troops clash\n5 May 2012\n{cut} {cut}").date == date(2012, 5, 5)
    assert page_date_line(f"{menu}\nRebels and troops clash\n5 May 2012\nThe army said") is None  # no article: top lines only


def test_a_date_after_the_standfirst_and_many_chrome_lines_is_read():
    menu = "\n".join(f"Section {n}" for n in range(20))
    chrome = "\n".join(["Jane Doe", "Senior correspondent", "Share", "Tweet", "Email", "Print", "WhatsApp", "Copy link"])
    page = f"{menu}\nRebels and troops clash\n{RUNNING_TEXT}\n{chrome}\n5 May 2012\n{RUNNING_TEXT}"
    assert page_date_line(page).date == date(2012, 5, 5)
    past_the_article = f"{menu}\nRebels and troops clash\n{RUNNING_TEXT}\n{RUNNING_TEXT}\n{chrome}\n5 May 2012\n{RUNNING_TEXT}"
    assert page_date_line(past_the_article) is None  # below the article's second paragraph: not its date line


def test_page_metadata_outranks_a_date_line():
    page = f'Rebels and troops clash\n7 June 2012\n{RUNNING_TEXT}\n{{"@type":"NewsArticle","datePublished":"2012-05-05"}}'
    assert page_date_line(page).date == date(2012, 5, 5)


def test_a_scraped_page_takes_its_date_line_over_a_header_today():
    from pipeline.ingest import RawDocument, to_article

    page = f"Monday, 21 May 2018\n{MENU}\nRebels and troops clash\n5 May 2012 7:33\n{RUNNING_TEXT}\n{RUNNING_TEXT}"
    article = to_article(RawDocument("page.txt", "page", page, scraped_page=True))
    assert (article.published, article.date_source) == (date(2012, 5, 5), "dateline")


HEADLINE = "Rebels and troops clash in the north"


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # "Updated" above "Published": the line that says it was published
        (f"{HEADLINE}\nUpdated: Sep 13, 2016 10:15 AM ET\nPublished: Sep 12, 2016 7:02 PM ET\n{RUNNING_TEXT}",
         date(2016, 9, 12)),
        # a short article's own date, then a related story's earlier date under an unknown heading
        (f"Example Times\n{HEADLINE}\n17 Oct 2017\n{RUNNING_TEXT}\n{RUNNING_TEXT}\nRelated Story\nOther headline\n15 Oct 2017",
         date(2017, 10, 17)),
        # a link list's item and its date above the page's own headline and date
        (f"Example Wire\nLatest News\nOther headline\n2019-07-12T10:00:00Z\n{HEADLINE}\n2019-07-15T08:30:00Z\n{RUNNING_TEXT}",
         date(2019, 7, 15)),
        # SANA's Arabic comma
        (f"SANA\n{HEADLINE}\n7 April\u060c 2017\n{RUNNING_TEXT}", date(2017, 4, 7)),
    ],
)
def test_page_date_among_updates_lists_and_arabic_punctuation(page, expected):
    assert page_date_line(page).date == expected


def test_a_listed_story_date_above_the_headline_is_not_the_pages():
    # negative: the only date on the page belongs to the "Most Read" item above the headline
    page = f"Example Evening Star\nMost Read\nCouncil approves new school budget\nMarch 2, 2018\n{HEADLINE}\n{RUNNING_TEXT}"
    assert page_date_line(page) is None


def test_a_print_issue_line_with_the_hijri_date_dates_the_page():
    line = "Thursday, 16 Rajab, 1438 AH - 13 April, 2017 - Issue Number [13042]"
    found = page_date_line(f"Rebels and troops clash in the north\n{line}\n{RUNNING_TEXT}")
    assert found is not None and found.date == date(2017, 4, 13)


STORY = "Government forces shelled the town of Douma on Saturday, killing at least seven civilians, a monitor said.\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article's own date with the Hijri one beside it, under the headline
        ("Home\nNews\nWorld\nShelling kills seven in Douma\n12 March 2016 (3 Jumada II 1437 AH)\n" + STORY, date(2016, 3, 12)),
        ("Home\nNews\nWorld\nShelling kills seven in Douma\nThursday, 10 March, 2016 - 02 Jumada al-Akhirah 1437 AH\n" + STORY,
         date(2016, 3, 10)),
        ("Home\nNews\nWorld\nShelling kills seven in Douma\n12 March 2016 | 3 Jumada II 1437\n" + STORY, date(2016, 3, 12)),
        # negatives: the site header's calendar, above the menu or far above the story, is the day the page was read
        ("21 May 2018 - Monday - 6 Ramadan 1439\nHome\nNews\nWorld\nShelling kills seven in Douma\n5 hours ago\n" + STORY, None),
        ("The Example Daily\nSearch\n21 May 2018 - 6 Ramadan 1439\nHome\nNews\nWorld\nSport\nShelling kills seven in Douma\n"
         "5 hours ago\n" + STORY, None),
    ],
)
def test_a_hijri_date_beside_the_articles_own_date(text, expected):
    found = page_date_line(text)
    assert (found.date if found else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mar 12,2016 - Last updated at Mar 12,2016", date(2016, 3, 12)),  # no space after the comma
        ("Report date: 12 March 2016", date(2016, 3, 12)),
        # a clock in a US time zone: the slashed date is month first
        ("Posted: 03/12/2016 10:15 AM MST", date(2016, 3, 12)),
        ("Updated 03/12/2016 10:15 AM EST", date(2016, 3, 12)),
        # negatives: day first elsewhere, and where month first is no date
        ("12/03/2016 10:15 GMT", date(2016, 3, 12)),
        ("Posted: 25/12/2016 10:15 AM MST", date(2016, 12, 25)),
    ],
)
def test_more_page_date_forms(line, expected):
    found = page_date_line("Home\nNews\nWorld\nShelling kills seven in Douma\n" + line + "\nBody.")
    assert found is not None and found.date == expected


def date_of_a_header_line(line: str):
    """The publication date a page gives when `line` stands under its headline, above the story."""
    found = page_date_line("Home\nNews\nWorld\nShelling kills seven in Douma\n" + line + "\n" + STORY)
    return found.date if found else None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a US zone counts only right after a clock: "ET Bureau" is a desk, IST no US zone
        ("ET Bureau | 05/04/2016 10:15 IST", date(2016, 4, 5)),
        ("05/04/2016 | CT Staff", date(2016, 4, 5)),
    ],
)
def test_a_us_zone_only_after_a_clock(line, expected):
    assert date_of_a_header_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # date_forms.TIME_FORM: a weekday between the date and its clock
        ("23.09.2016, Friday 11:05", date(2016, 9, 23)),
        # dates.SECTION_BEFORE_A_STAMP_RE: the site's section, in its own case, before "Updated:"
        ("world Updated: Mar 06, 2020 00:20 IST", date(2020, 3, 6)),
        # date_forms.PLACE_DATELINE_RES: a place dateline with its clock and no credit
        ("BEIRUT, July 15, 2019 08:00 IST", date(2019, 7, 15)),
        # dates.EASTERN_ARABIC_DIGITS
        ("١٥/١٠/٢٠١٨", date(2018, 10, 15)),
    ],
)
def test_page_date_forms_with_weekdays_sections_clocks_and_arabic_digits(line, expected):
    assert date_of_a_header_line(line) == expected


def test_a_sentence_opening_on_a_date_is_no_dateline():
    # dates.ON_LEAD_RE: "On <date>, ..." dates an event; "On: <date>" alone on its line is a dateline
    assert opening_dateline("On December 22, 2016, the last buses left the crossing.") is None
    assert opening_dateline("On: May 5, 2012\nThe last buses left.").date == date(2012, 5, 5)


def test_a_header_today_on_a_page_dated_only_relatively_is_no_date(tmp_path):
    # dates.dated_only_relatively: "Thursday, 15 December 2016" above the menu, "2 hours ago" under the headline
    page = f"Thursday, 15 December 2016\nExample News\nHome\nSyria\nOpinion\nMilitias execute 13 civilians in Aleppo\n2 hours ago\n{STORY}\n"
    assert page_date_line(page) is None
    assert header_today_line(page, "Thursday, 15 December 2016")
    # Negative: with no relative time the top date line is still read (test_a_date_line_alone_above_the_menu_is_still_read)
    assert not header_today_line(page.replace("2 hours ago\n", ""), "Thursday, 15 December 2016")


def test_dated_headlines_in_a_row_date_other_stories():
    # dates.in_a_dated_list: two or more "headline - date" lines in a row are a list of other stories
    items = "PM visits Erbil for budget talks - 12/03/2016\nOil exports resume via the pipeline - 11/03/2016\n"
    assert page_date_line(f"Example 24\nWorld\nLatest\n{items}Kurds announce a federal region\n{STORY}\n") is None
    # Negative: one byline-and-date line is the page's own stamp
    found = page_date_line(f"Example 24\nWorld\nKurds announce a federal region\nBy Jane Doe - 12/03/2016\n{STORY}\n")
    assert found is not None and found.date == date(2016, 3, 12)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("EXAMPLETOWN, Syria (AP) — December 5, 2016 — ", date(2016, 12, 5)),  # the wire before the date
        ("EXAMPLETOWN (AFP) - Dec. 5, 2016 - ", date(2016, 12, 5)),
        ("Jane Doe (AFP) met them on 5 May 2012 - ", None),  # a credit inside a sentence
        ("EXAMPLETOWN, Syria (AP) — ", None),  # no date
    ],
)
def test_a_wire_dateline_with_the_credit_before_the_date(opening, expected):
    # a long first sentence: the line is running text, read only for a dateline at its start
    first = "Residents of the eastern districts said the shelling went on through the night, and aid workers warned of shortages."
    found = page_date_line(f"Rebels and troops clash in the north\n{opening}{first}")
    assert (found.date if found else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the weekday beside a numeric date that reads both ways says which reading it is
        ("Thu, 12/01/2016 - 14:02", date(2016, 12, 1)),  # 1 December 2016 was a Thursday
        ("Tue, 12/01/2016 - 14:02", date(2016, 1, 12)),  # 12 January 2016 was a Tuesday
        ("Tuesday 04/05/2016", date(2016, 4, 5)),
        ("07.03.2016, Sunday 11:05", date(2016, 7, 3)),
        ("Monday 07/03/2016", date(2016, 3, 7)),  # the weekday agrees with the day-first reading
        # negatives: no weekday, a weekday neither reading falls on, a weekday too far from the date
        ("Posted 12/01/2016", date(2016, 1, 12)),
        ("Wed, 12/01/2016", date(2016, 1, 12)),
        ("Thursday's edition | World | Politics | 12/01/2016", date(2016, 1, 12)),
        # a weekday that is a name's, or another stamp's
        ("Chicago Sun-Times | 10/01/2016 10:15 AM CDT", date(2016, 10, 1)),
        ("The Sun, 01/03/2016", date(2016, 3, 1)),
        ("Toronto Sun | 01/03/2016 10:15", date(2016, 3, 1)),
        ("Posted 01/03/2016, updated Sun 10:12", date(2016, 3, 1)),
    ],
)
def test_a_weekday_beside_a_numeric_date_says_which_reading(line, expected):
    assert date_of_a_header_line(line) == expected


@pytest.mark.parametrize(
    ("lines", "title", "published"),
    [
        # a breadcrumb trail is no headline, and "Edited time" stamps a page as "Published time" does
        ("Syria war: Aleppo shelling kills 12\nHome > World > Middle East\n05-12-2016", "Syria war: Aleppo shelling kills 12", date(2016, 12, 5)),
        ("Syria war: Aleppo shelling kills 12\nEdited time: 6 Dec, 2016 11:00", "Syria war: Aleppo shelling kills 12", date(2016, 12, 6)),
        # a writer's line naming the city they file from, or the outlet they write for, is no headline
        ("Syria war: Aleppo shelling kills 12\nJane Doe, Beirut\nDecember 5, 2016", "Syria war: Aleppo shelling kills 12", date(2016, 12, 5)),
        ("Syria war: Aleppo shelling kills 12\nJane Doe, Special to CNN\nDecember 5, 2016", "Syria war: Aleppo shelling kills 12", date(2016, 12, 5)),
        # negative: a title-case headline with a comma and a place stays the headline
        ("Rebels Seize Key Town, Aleppo\n5 December 2016", "Rebels Seize Key Town, Aleppo", date(2016, 12, 5)),
    ],
)
def test_page_header_lines_around_the_headline(tmp_path, lines, title, published):
    from pipeline.ingest import read_folder_file, to_article

    page = tmp_path / "page.txt"
    page.write_text(lines + "\n" + STORY, encoding="utf-8")
    (article,) = [to_article(doc) for doc in read_folder_file(page, None)]
    assert (article.title, article.published) == (title, published)

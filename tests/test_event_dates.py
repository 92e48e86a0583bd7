"""Relative event dates resolved against the publication date (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.event_dates import event_date

SATURDAY = date(2016, 12, 10)


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        ("Shelling killed six people last Tuesday", date(2016, 12, 6), "last weekday"),
        ("Shelling killed six people last Saturday", date(2016, 12, 3), "last weekday"),  # never the same day
        ("Six people were killed on Saturday", date(2016, 12, 10), "weekday"),  # the same day
        ("A strike two days ago killed nine", date(2016, 12, 8), "ago"),
        ("A strike 3 days ago killed nine", date(2016, 12, 7), "ago"),
        ("A strike a week ago killed nine", date(2016, 12, 3), "ago"),
        ("Two weeks ago a raid killed four", date(2016, 11, 26), "ago"),
        ("The day before yesterday a raid killed four", date(2016, 12, 8), "the day before yesterday"),
        ("Shelling killed six people yesterday", date(2016, 12, 9), "yesterday"),
        ("A strike on Friday killed nine", date(2016, 12, 9), "weekday"),  # the last Friday up to the publication day
        ("Late Thursday a raid killed four", date(2016, 12, 8), "weekday"),
        ("A strike today killed nine", date(2016, 12, 10), "today"),
    ],
)
def test_relative_event_dates(text, expected, rule):
    found = event_date(text, SATURDAY)
    assert (found.date, found.rule) == (expected, rule)


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were killed, ago said",  # "ago" without a count
        "Last year the war killed thousands",  # a year is not a day
        "The last days of the siege were the worst",
    ],
)
def test_no_relative_day_without_its_construction(text):
    assert event_date(text, SATURDAY).date is None


def test_relative_dates_need_a_publication_date():
    assert event_date("A strike two days ago killed nine", None).date is None
    assert event_date("Shelling killed six last Tuesday", None).date is None

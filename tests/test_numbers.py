"""Number phrases as news write them, and the publication-relative dates of casualty figures."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.event_dates import event_date, is_cumulative
from pipeline.numbers import MAX_FIGURE, parse_number


@pytest.mark.parametrize(
    ("text", "value", "vague"),
    [
        ("25,000", 25000, False),
        ("four", 4, False),
        ("Twenty-five", 25, False),
        ("Twenty - five", 25, False),
        ("two hundred", 200, False),
        ("two hundred and fifty", 250, False),
        ("1.5 million", 1_500_000, False),
        ("a dozen", 12, False),
        ("two dozen", 24, False),  # a dozen counted, not added
        ("2 Dozen", 24, False),
        ("a couple of dozen", 24, False),
        ("several dozen", None, True),
        ("dozens", None, True),
        ("hundreds", None, True),
        ("Tens of thousands", None, True),
        ("several hundred", None, True),
        ("a hundred", 100, False),  # one hundred, not "hundreds"
        ("a thousand", 1000, False),
    ],
)
def test_parse_number(text, value, vague):
    parsed = parse_number(text)
    assert parsed is not None
    assert (parsed.value, parsed.vague) == (value, vague)


@pytest.mark.parametrize("text", ["", "civilians", "half", "9:00", "-"])
def test_not_a_number(text):
    assert parse_number(text) is None


@given(st.text(max_size=40))
def test_parse_number_never_raises_nor_goes_negative(text):
    parsed = parse_number(text)
    if parsed is not None and parsed.value is not None:
        assert 0 <= parsed.value <= 10 * MAX_FIGURE


SATURDAY = date(2016, 12, 10)


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        ("On Friday a barrage of rebel rockets killed 15 civilians", date(2016, 12, 9), "weekday"),
        ("were killed on Saturday", date(2016, 12, 10), "weekday"),  # same day as publication
        ("killed since Friday evening, the group said", date(2016, 12, 9), "since weekday"),
        ("killed yesterday", date(2016, 12, 9), "yesterday"),
        ("shelling overnight killed five", date(2016, 12, 9), "overnight"),
        ("killed last week", date(2016, 12, 3), "last week"),
        ("a pause on Nov. 4 from 9:00 am", date(2016, 11, 4), "month day"),
        ("the offensive launched on November 15", date(2016, 11, 15), "since month day"),
        ("the 25 December attack", date(2015, 12, 25), "day month"),  # later than publication: last year
    ],
)
def test_event_date(text, expected, rule):
    found = event_date(text, SATURDAY)
    assert (found.date, found.rule) == (expected, rule)


def test_event_date_unknown_without_publication_date():
    assert event_date("killed on Friday", None).date is None
    assert event_date("no date words here", SATURDAY).date is None


@pytest.mark.parametrize(
    ("text", "cumulative"),
    [
        ("409 civilians have been killed since November 15", True),
        ("more than 300,000 people have died since the war began", True),
        ("since 2011", True),
        ("so far this year", True),
        ("25 killed since Friday evening", False),  # a short spell reported as one event
        ("15 civilians were killed on Friday", False),
    ],
)
def test_cumulative(text, cumulative):
    assert is_cumulative(text, event_date(text, SATURDAY)) is cumulative

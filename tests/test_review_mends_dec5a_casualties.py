"""Casualty constructions of the 5 December reviewer's brief (invented text), each with positive and
negative sentences."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures


def running_totals(found):
    return [(f.number, f.cumulative) for f in found]


# tolls.is_an_incident: "its toll" after any event's clause is that event's toll, not a running total
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blaze killed 5 more people, bringing its toll to 30.", [(5, False), (30, False)]),
        ("The storm killed 3 more people, bringing its toll to 18.", [(3, False), (18, False)]),
        ("The shelling killed 3 more people, bringing its toll to 18.", [(3, False), (18, False)]),
        # a party's or a campaign's toll runs over all its losses
        ("The coalition has killed 5 more, bringing its toll to 300.", [(5, False), (300, True)]),
        ("The offensive has killed 5 more, bringing its toll to 300.", [(5, False), (300, True)]),
    ],
)
def test_its_toll_after_an_event(nlp, text, expected):
    assert running_totals(figures(nlp, text)) == expected


def kinds(found):
    return [(f.number if f.number is not None else f.number_text.lower(), f.type) for f in found]


# verb_frames.lost_by_departure: members a body loses by defection or politics are no dead
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The party lost 12 of its members in parliament to defections.", []),
        ("The coalition lost three of its members when they defected to the government.", []),
        ("The bloc lost 12 members to defections.", []),
        ("The group lost 12 of its fighters in the battle.", [(12, "killed")]),
        ("The rebels lost 20 fighters to air strikes.", [(20, "killed")]),
    ],
)
def test_members_lost_by_departure(nlp, text, expected):
    assert kinds(figures(nlp, text)) == expected

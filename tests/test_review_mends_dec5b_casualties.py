"""Casualty constructions of the reviewer's report on the 5 December casualty commits (invented text),
each with positive and negative sentences."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures


def kinds(found):
    return [(f.number if f.number is not None else f.number_text.lower(), f.type) for f in found]


# verb_frames.lost_by_departure / departure_clause: only "to" a departure noun or a departure clause of
# the lost people themselves hides the dead; a departure word naming a goal, a place, an event or
# someone else's act does not
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia lost 30 fighters in the battle to expel the insurgents from Kobar.", [(30, "killed")]),
        ("The army lost 9 soldiers in a bombing near the parliament.", [(9, "killed")]),
        ("The army lost 11 soldiers in a suicide attack on an election rally.", [(11, "killed")]),
        ("The militia lost 14 fighters when they joined the assault on the town.", [(14, "killed")]),
        ("The regime lost 40 soldiers when rebels who had quit the truce attacked the base.", [(40, "killed")]),
        ("The regiment lost 20 men who had joined the unit a month earlier.", [(20, "killed")]),
        ("The group lost 12 of its members in the parliament attack.", [(12, "killed")]),
        ("The faction lost at least 30 fighters to defection to a rival brigade.", []),
        ("The faction lost 40 fighters to desertion activists said.", []),
        ("The brigade lost 40 fighters who defected to the regime.", []),
        ("The militia lost hundreds of fighters who joined Islamic State.", []),
        ("The bloc lost 12 members to defections.", []),
        ("The coalition lost three of its members when they defected to the government.", []),
    ],
)
def test_lost_by_departure_only_of_the_lost(nlp, text, expected):
    assert kinds(figures(nlp, text)) == expected

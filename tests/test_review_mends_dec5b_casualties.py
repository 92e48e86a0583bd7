"""Casualty constructions of the reviewer's report on the 5 December casualty commits (invented text),
each with positive and negative sentences."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures, pairs, running_totals


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
    assert pairs(figures(nlp, text)) == expected


# cues.verb_cue (verb_frames.NO_HARM_VERBS): a count a verb of no harm governs is no figure and never
# takes the type of a verb joined to it or of its own noun; an injury it names stays
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops rescued 12 hostages and killed 5 kidnappers.", [(5, "killed")]),
        ("Police rescued 20 hostages and arrested 4 suspects.", [(4, "detained")]),
        ("Soldiers rescued 9 hostages and wounded 3 gunmen.", [(3, "wounded")]),
        ("The army said it rescued 200 hostages from the militants.", []),
        ("Firefighters rescued 20 residents, 5 of whom were injured.", [(5, "wounded")]),
        ("Rebels freed 20 detainees and executed 5 soldiers.", [(5, "killed")]),
        ("Rescuers pulled out 12 bodies and rescued 3 injured people.", [(12, "killed"), (3, "wounded")]),
        ("Three injured people were rescued from the rubble.", [(3, "wounded")]),
        ("Rescuers saved 8 people injured in the shelling.", [(8, "wounded")]),
        ("About 40 people were rescued and evacuated to hospitals.", [(40, "evacuated")]),
    ],
)
def test_a_rescue_harms_no_one(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


# tolls.is_an_incident (LONG_EVENT_NOUNS), tolls.pronoun_of_an_incident: "its toll" of a battle or an
# assault runs over its whole course; of a blaze or a quake it is one event's, with or without the comma
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The battle for the city has killed 200 more civilians, bringing its toll to 5,000.", [(200, False), (5000, True)]),
        ("The air assault has killed 10 more civilians, bringing its toll to 9,000.", [(10, False), (9000, True)]),
        ("The hostilities killed 12 more civilians, bringing its toll to 300.", [(12, False), (300, True)]),
        ("The blaze killed 5 more people bringing its toll to 30.", [(5, False), (30, False)]),
        ("The quake killed 30 more people bringing its toll to 120.", [(30, False), (120, False)]),
        ("The storm killed 3 more people, bringing its toll to 18.", [(3, False), (18, False)]),
    ],
)
def test_its_toll_of_a_long_event(nlp, text, expected):
    assert running_totals(figures(nlp, text)) == expected

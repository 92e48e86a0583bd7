"""Casualty constructions of the 5 December reviewer's brief (invented text), each with positive and
negative sentences."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures, pairs, running_totals


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
    assert pairs(figures(nlp, text)) == expected


# cues.combined_type (MIXED_HARMS): a count of the dead and the missing together is of no one type
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of dead and missing reached 40.", []),
        ("The floods left 40 dead and missing.", []),
        ("Officials said the killed and missing exceeded 300.", []),
        ("The number of dead and wounded reached 40.", [(40, "killed_or_wounded")]),
        ("The quake left 40 dead and dozens missing.", [(40, "killed"), ("dozens", "missing")]),
    ],
)
def test_dead_and_missing_counted_together(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


# word_order.copula_before_a_lost_comma, counts.has_toll_subject: "the number of X was N (,) Y said"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number of abductees in Sweida was 36 activists said.", [(36, "detained")]),
        ("The number of abductees in Sweida was 36, activists said.", [(36, "detained")]),
        ("The number of dead was 36, activists said.", [(36, "killed")]),
        ("The death toll was 36 activists said.", [(36, "killed")]),
        ("The plan was 36 activists said.", []),
        ("The number of schools was 36, officials said.", []),
    ],
)
def test_the_value_of_a_number_of_people(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


# lexicons.group_or_its_part: a vague part of a group a body loses
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group lost dozens of its fighters in the battle.", [("dozens", "killed")]),
        ("The group lost 12 of its fighters in the battle.", [(12, "killed")]),
        ("The group lost dozens of its positions in the battle.", []),
    ],
)
def test_a_vague_part_lost(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


# tolls.toll_put_at_its_value: one "put" with two tolls, each at its own value, both the putter's
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iraq's foreign ministry put the number of dead at 40 and the wounded at 120.",
            [(40, "killed", "Iraqi Foreign Ministry"), (120, "wounded", "Iraqi Foreign Ministry")],
        ),
        (
            "Iraq's foreign ministry put the number of dead at 40 and the number of wounded at 120.",
            [(40, "killed", "Iraqi Foreign Ministry"), (120, "wounded", "Iraqi Foreign Ministry")],
        ),
        ("The ministry put the death toll at 12 and the number of wounded at 28.", [(12, "killed", None), (28, "wounded", None)]),
        ("The ministry put the death toll at 40.", [(40, "killed", None)]),  # one toll, as before
        ("The ministry put the cost at 40 million and the number of wounded at 120.", [(120, "wounded", None)]),
    ],
)
def test_two_tolls_put_at_their_values(nlp, text, expected):
    assert [(f.number, f.type, f.attributed_to) for f in figures(nlp, text)] == expected


# verb_frames.held_in_detention: those who remain or are held in detention are detained
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 117,000 people remain in detention in government prisons the Syrian Network for Human Rights said.",
            [(117000, "detained")],
        ),
        ("Human Rights Watch said at least 1,500 people are still held in detention.", [(1500, "detained")]),
        ("At least 200 people are in prison, activists said.", [(200, "detained")]),
        ("He remained in detention for two days.", []),
        ("At least 30 prisoners died in detention, the Observatory said.", [(30, "killed")]),
    ],
)
def test_held_in_detention(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


# the rescued are none of the guidelines' types (lexicon: "rescue" no longer reads as evacuated); the
# evacuated and those who fled their homes (displaced, as the gold reads "fled") stay
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish coastguards rescued 12 people off Bodrum.", []),
        ("Rescuers pulled 7 people alive from the rubble.", []),
        ("The UN evacuated 300 people from the town.", [(300, "evacuated")]),
        ("Dozens of families fled their homes.", [("dozens", "displaced")]),
    ],
)
def test_the_rescued_are_no_figure(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


def parts(found):
    ids = {f.figure_id: f for f in found}
    return [
        (f.number, f.type, ids[f.part_of].number if f.part_of in ids else None)
        for f in found
        if not f.implied_total
    ]


# constructions.named_among_the_victims, counted.among_casualties, constructions.list_read_as_apposition,
# extract.parts_of_an_earlier_toll: the victims named in the sentence after a toll are its parts
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ten people were killed in the strike. Among the victims were a woman and her 3 children the Observatory said.",
            [(10, "killed", None), (1, "killed", 4), (3, "killed", 4)],  # parts of their sum, itself part of the 10
        ),
        (
            "Air strikes killed 12 members of one family in Saraqeb the Observatory said. "
            "Among the victims were a man his wife and their 5 children.",
            [(12, "killed", None), (1, "killed", 7), (1, "killed", 7), (5, "killed", 7)],
        ),
        # with no toll before, the victims' harm is not said
        ("Among the victims were a woman and her 3 children.", [(1, "other", 4), (3, "other", 4)]),
        ("Air strikes killed 12 people, the Observatory said. Among the dead were 5 children.", [(12, "killed", None), (5, "killed", 12)]),
    ],
)
def test_victims_named_after_a_toll(nlp, text, expected):
    assert parts(figures(nlp, text)) == expected


def test_a_comma_less_list_of_victims_sums_to_one_total(nlp):
    found = figures(
        nlp,
        "Air strikes killed 12 members of one family the Observatory said. Among the victims were a man his wife and their 5 children.",
    )
    total = next(f for f in found if f.implied_total)
    whole = next(f for f in found if f.number == 12)
    assert (total.number, total.type, total.part_of) == (7, "killed", whole.figure_id)
    assert all(f.part_of == total.figure_id for f in found if f.number in (1, 5))

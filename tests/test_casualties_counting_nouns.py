"""'The death count rose to 61', 'the casualty figure stood at 40', 'the body count reached 70': a
counting noun (count, figure, total) is a toll when a noun of harm modifies it
(casualties.lexicons.toll_noun_kind); alone it counts anything. Invented sentences, positives and
negatives; and "Twelve were wounded, three of them critically": a part qualified by how
badly it was hurt is a part of the toll before (casualties.partitives.part_by_its_severity)."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death count had risen to 61 by Tuesday.", [(61, "killed")]),
        ("A local channel reported the death count could be over 50.", [(50, "killed")]),
        ("The body count stood at 70 on Monday.", [(70, "killed")]),
        ("The casualty figure rose to 40 overnight.", [(40, "killed_or_wounded")]),
        ("The death toll had risen to 61 by Tuesday.", [(61, "killed")]),
        # a counting noun with no harm counts something else
        ("The count of destroyed villages rose to 40.", []),
        ("The total had risen to 61 by Tuesday.", []),
        ("The vote count stood at 70 on Monday.", []),
        ("At least 12 casualty figures were disputed by the ministry.", []),
    ],
)
def test_a_counting_noun_of_harm_is_a_toll(nlp, text, expected):
    assert [(f.number, f.type) for f in figures(nlp, text)] == expected


# ---- partitives.part_by_its_severity: "..., three of them critically" is a part of the toll before


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Twelve people were wounded, three of them critically.", [(12, "wounded"), (3, "wounded")]),
        ("Twelve people were wounded, three critically.", [(12, "wounded"), (3, "wounded")]),
        # a vague whole holds its part too
        ("Dozens of people were injured, 10 of them seriously.", [(None, "wounded"), (10, "wounded")]),
        # no toll before: an adverb of manner on a count of things is no casualty
        ("The army fired twelve rockets, three of them badly aimed.", []),
    ],
)
def test_a_part_qualified_by_how_badly_it_was_hurt_is_part_of_the_toll(nlp, text, expected):
    assert [(f.number, f.type) for f in figures(nlp, text)] == expected

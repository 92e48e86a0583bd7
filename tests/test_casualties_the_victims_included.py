"""'An air strike killed 12 people. The victims included four children.': "the victims" name no harm of
their own, so what they include is a part of the toll just before, of that toll's type and linked to it
(counted.included_in_casualties gives PART_OF_A_TOLL); with no toll before, no figure. Invented
sentences, positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An air strike killed 12 people in the town. The victims included four children.", [(12, "killed"), (4, "killed")]),
        ("Shelling wounded 30 people. The victims included six women.", [(30, "wounded"), (6, "wounded")]),
        ("The strike killed 12 people, and the victims included four children.", [(12, "killed"), (4, "killed")]),
        # no toll before: the victims of what, the text does not say
        ("The victims included 12 children.", []),
        ("Victims of torture included 12 children.", []),
        # a toll smaller than the part is not its whole
        ("Two people were killed. The victims included four children.", [(2, "killed")]),
    ],
)
def test_what_the_victims_included_is_a_part_of_the_toll_before(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


def test_the_part_is_linked_to_its_toll(nlp):
    found = figures(nlp, "An air strike killed 12 people in the town. The victims included four children.")
    toll, part = found
    assert part.part_of == toll.figure_id and part.group == "children"

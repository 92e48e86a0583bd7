"""Casualty constructions of the 4 December tester's report (invented text), each with positive and
negative sentences: counterfactual tolls, parts of a count named with its whole, fractions, national
armies as sources and actors, the target of an attack as the place, and war-wide tolls."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures, pairs


# denied.conditioned_modal_perfect and denied.feared_future_toll: what did not or has not yet happened
@pytest.mark.parametrize(
    "text",
    [
        "The blast could have killed hundreds had the bomber reached the shrine.",
        "Had the shelter been hit, up to 300 people could have died.",
        "The strike might have killed dozens if the school had been open.",
        "If the dam had burst, thousands could have been killed.",
        "Officials feared the toll could exceed 100.",
    ],
)
def test_a_counterfactual_or_feared_toll_is_no_figure(nlp, text):
    assert figures(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The strikes could have killed as many as 50 people, activists said.", [(50, "killed")]),  # no condition
        ("The shelling may have killed 40 people, residents said.", [(40, "killed")]),
        ("Officials feared that 50 people may have been killed.", [(50, "killed")]),  # a hedged past event
        ("The school had been hit and 12 people may have died, if reports are true.", [(12, "killed")]),
        ("Had it not been for the rain, the fire would have spread; 15 people were killed.", [(15, "killed")]),
    ],
)
def test_a_hedged_past_toll_stays(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected

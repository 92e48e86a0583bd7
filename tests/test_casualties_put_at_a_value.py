"""'X put the dead at 40 and the injured at 120': a verb that puts the casualties, named by their harm
("the dead", "the wounded", "the missing"), at a value gives one figure per value (tolls.toll_put_at_its_value,
counts.has_toll_subject with toll_cues.the_casualties_as_subject). Invented sentences, positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the casualties by their harm, one or two at their values
        ("The health ministry put the dead at 40 and the injured at 120.", [(40, "killed"), (120, "wounded")]),
        ("The monitor put the dead at 40.", [(40, "killed")]),
        ("The monitor put the wounded at 120, the dead at 40.", [(120, "wounded"), (40, "killed")]),
        ("Officials put the missing at 30.", [(30, "missing")]),
        # tolls and numbers of, as before
        ("Officials put the death toll at 12 and the number of wounded at 28.", [(12, "killed"), (28, "wounded")]),
        ("The ministry put the number of dead at 40 and the wounded at 120.", [(40, "killed"), (120, "wounded")]),
        # "put" with no casualties at a value
        ("The army put the dead under a tarp at 5 pm.", []),
        ("Medics put the wounded at risk.", []),
        ("They put the dead at rest in the cemetery.", []),
        ("The council put the price of bread at 40 pounds.", []),
        ("The agency put its budget at 40 million dollars.", []),
    ],
)
def test_casualties_put_at_their_value(nlp, text, expected):
    assert pairs(figures(nlp, text)) == expected


def test_the_source_who_puts_them_is_the_figures_source(nlp):
    found = figures(nlp, "Rami Abdel Rahman put the dead at 40 and the wounded at 120.")
    assert [(f.number, f.attributed_to) for f in found] == [(40, "Rami Abdel Rahman"), (120, "Rami Abdel Rahman")]

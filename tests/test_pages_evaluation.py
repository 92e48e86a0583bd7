"""How the pages evaluation compares a predicted outlet with the gold one (invented names)."""

from __future__ import annotations

import pytest

from pipeline.evaluation.pages import same_outlet


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("BBC News", "BBC"),  # one name's words within the other's
        ("The Guardian", "Guardian"),
        ("Médecins Sans Frontières", "MSF"),  # the registry's display name for a listed alias
        ("Médecins Sans Frontières", "Doctors Without Borders"),
        ("unknown", None),  # a page that names no outlet
    ],
)
def test_same_outlet(predicted, gold):
    assert same_outlet(predicted, gold)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("Reuters", "The Example Times"),
        ("unknown", "The Example Times"),  # "unknown" is wrong where the page names an outlet
        ("The Example Times", None),  # and a name is wrong where it names none
        ("Médecins Sans Frontières", "Amnesty International"),  # two listed outlets
        ("example-news.org", "Example Daily"),  # an unknown name matches only by its words
    ],
)
def test_not_same_outlet(predicted, gold):
    assert not same_outlet(predicted, gold)

"""Members of an armed group are its fighters when the group is named before them ("23 Daesh members",
"Seven Al-Nusra members", "10 IS members") as when named after ("12 members of the Nusra Front"): a
later toll of "23 Daesh terrorists" gives the same victims again (same_victims.figure_kind). Members of
a family, a crew or a rescue team are no fighters. Invented texts, positives and negatives."""

from __future__ import annotations

import pytest

from pipeline.casualties.same_victims import figure_kind
from tests.test_casualties import figures


def kind_of_first(nlp, text):
    found = figures(nlp, text)
    return figure_kind(found[0], text)


@pytest.mark.parametrize("text", [
    "At least 23 Daesh members were killed on Sunday in northern Syria.",
    "Seven Al-Nusra members including commanders were killed in the strikes.",
    "Ten IS members were killed in clashes near Raqqa.",
    "More than 20 members of IS were killed in strikes on two positions.",
    "Twelve members of the Nusra Front were killed.",
])
def test_members_of_a_named_armed_group_are_combatants(nlp, text):
    assert kind_of_first(nlp, text) == "combatants"


@pytest.mark.parametrize("text", [
    "Ten family members were killed in the raid on Douma.",
    "Eight members of the rescue team were killed in Kfar Zeita.",
    "Five crew members were killed when the plane came down.",
    "Six members of one family, who had fled IS, were killed.",
])
def test_other_members_are_not(nlp, text):
    assert kind_of_first(nlp, text) != "combatants"


def test_a_toll_of_named_members_restated_as_fighters_counts_once(nlp):
    text = (
        "At least 23 Daesh members were killed on Sunday in northern Syria in a Turkish operation, security "
        "sources said. During the operation 23 Daesh terrorists were killed, the sources said."
    )
    first, second = figures(nlp, text)
    assert second.repeats == first.figure_id


@pytest.mark.parametrize("text", [
    "Eight members of a family who fled IS were killed in a strike in Raqqa.",
    "Ten crew members of the IS-run ferry were killed.",
])
def test_is_further_off_than_beside_members_names_no_group_of_theirs(nlp, text):
    assert kind_of_first(nlp, text) != "combatants"


def test_the_count_after_in_addition_to_is_the_one_told_before(nlp):
    first, second, _ = figures(nlp, "Airstrikes killed 14 people in Idlib on Monday. In addition to 14 dead, 30 were wounded.")
    assert second.repeats == first.figure_id

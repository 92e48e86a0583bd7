"""'A man, his wife and their 5 children were among the dead': the parse makes the list's first item a
subject of its own beside the rest; the sentence still reports one list of victims, 7 in all, whose
items are its sub-counts (constructions.first_item_read_as_a_subject). Invented sentences, positives
and negatives."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures


def totals(found):
    """(number, type) of the figures that are no part of another: what the sentence reports."""
    return [(f.number, f.type) for f in found if f.part_of is None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man, his wife and their 5 children were among the dead.", [(7, "killed")]),
        ("A man, his wife and their five children were killed.", [(7, "killed")]),
        ("An old woman, her son and two grandchildren were wounded in the shelling.", [(4, "wounded")]),
        # no "and": two counts side by side, no list the parse split
        ("Two men, five women were killed in Aleppo.", [(2, "killed"), (5, "killed")]),
        # a clause between the items: the first is not read into the list
        ("A man, who was 45, his wife and their 5 children were among the dead.", [(1, "killed"), (6, "killed")]),
    ],
)
def test_a_list_split_into_subjects_is_one_count(nlp, text, expected):
    assert totals(figures(nlp, text)) == expected


def test_the_items_are_parts_of_the_lists_total(nlp):
    found = figures(nlp, "A man, his wife and their 5 children were among the dead.")
    total = next(f for f in found if f.part_of is None)
    assert sorted(f.number for f in found if f.part_of == total.figure_id) == [1, 1, 5]


# ---- constructions.speaks_next and hears_a_report: who reports a figure, or hears it, is no victim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # comma-less: the source's "at" phrase, which the parse hung on the verb, still runs on to "said"
        ("The shells hit the neighborhoods leaving eight people injured a source at Aleppo Police Command said.",
         [(8, "wounded")]),
        # the hearer of a report
        ("A police source confirmed the death toll to an AFP correspondent and said the bomber blew himself up.", []),
        ("Police said 12 people were killed, and a spokesman confirmed the toll to two foreign journalists.", [(12, "killed")]),
        # negatives: a victim with a place phrase, and a victim who is a reporter
        ("The blast killed a nurse at the main hospital.", [(1, "killed")]),
        ("A sniper killed a correspondent for the paper in Aleppo.", [(1, "killed")]),
    ],
)
def test_who_reports_or_hears_a_figure_is_no_victim(nlp, text, expected):
    assert totals(figures(nlp, text)) == expected

"""Lines a flattened field ran together are broken again (pipeline.run_in_lines, via clean.clean_text): a
standfirst, a wire's date stamp and the lead on one line; a standfirst the lead prints again at once. A
toll the standfirst gives is then display text that repeats the lead's, counted once. Invented texts."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_text
from pipeline.run_in_lines import break_after_wire_stamp, split_repeated_lead
from tests.test_casualties import figures

STANDFIRST = "At least 20 people are reported killed by air strikes on a market in the north"
LEAD = "Air strikes by the army killed at least 20 people in the market town, the monitor said on Saturday."


@pytest.mark.parametrize("stamp", ["AFP Saturday 10 Aug 2013", "Reuters, Monday 3 October 2016", "AP Thursday 1 Aug 2013"])
def test_a_wire_date_stamp_between_standfirst_and_lead_ends_the_standfirst_line(stamp):
    assert break_after_wire_stamp(f"{STANDFIRST} {stamp} {LEAD}") == [f"{STANDFIRST} {stamp}", LEAD]


@pytest.mark.parametrize(
    "line",
    [
        f"The attack came on Saturday 10 Aug 2013 when {LEAD}",  # a date in a sentence, no wire's credit
        f"{STANDFIRST} AFP Saturday 10 Aug 2013",  # nothing after the stamp
        "AFP said on Saturday that 20 people were killed in the market town.",  # the agency as a source
        "a statement issued by SANA Tuesday 11 June 2013 and said nothing else.",  # one sentence goes on
    ],
)
def test_no_stamp_no_break(line):
    assert break_after_wire_stamp(line) == [line]


def test_a_standfirst_printed_again_as_the_lead_is_cut_from_it():
    run_in = f"{STANDFIRST} {STANDFIRST}. A source said the market was crowded."
    assert split_repeated_lead(run_in) == [STANDFIRST, f"{STANDFIRST}. A source said the market was crowded."]


def test_a_headline_run_in_before_a_doubled_standfirst_stays_with_the_first_printing():
    run_in = f"Twenty killed in market town {STANDFIRST} {STANDFIRST}. A source said the market was crowded."
    assert split_repeated_lead(run_in) == [
        f"Twenty killed in market town {STANDFIRST}",
        f"{STANDFIRST}. A source said the market was crowded.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Killed, killed, killed: the word the children repeated all night long in the shelter.",  # a short run
        f"{LEAD} A witness said: {LEAD}",  # printed again later, not at once
        f"{LEAD} {LEAD}",  # a sentence given twice, closed by its stop: no standfirst
        '"We are dying here, we are dying here, we are dying here, we are dying here," a doctor told AFP.',
        "The shelling went on and on and on and on and on and on and on and on into the night.",
    ],
)
def test_a_line_without_a_repeated_opening_stays_whole(line):
    assert split_repeated_lead(line) == [line]


def test_a_field_that_ran_standfirst_stamp_and_lead_together_is_read_as_its_page(nlp):
    field = f"Air strikes kill 20 in market town\n\n{STANDFIRST} AFP Saturday 10 Aug 2013 {LEAD}"
    text = clean_text(field)
    assert text.split("\n\n")[1:] == [f"{STANDFIRST} AFP Saturday 10 Aug 2013", LEAD]
    counted = [f for f in figures(nlp, text) if f.number == 20 and not f.repeats]
    assert len(counted) == 1 and not counted[0].in_headline


def test_a_standfirst_printed_again_counts_its_toll_once(nlp):
    field = f"{STANDFIRST} {STANDFIRST}. A source said the market was crowded on Saturday morning."
    counted = [f for f in figures(nlp, clean_text(field)) if f.number == 20 and not f.repeats]
    assert len(counted) == 1

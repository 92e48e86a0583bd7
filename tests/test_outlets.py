"""Outlets named by a dateline's credit: the construction, with invented examples, positive and negative."""

from __future__ import annotations

import pytest

from pipeline.outlets import credit_display_name, credited_source

CREDITED = [
    ("AMMAN (Petra) - The ministry said on Sunday", "Petra"),  # place (credit) dash
    ("Budget talks\nLONDON, Mar 3 (Reuters): Ministers met", "Reuters"),  # place, date (credit) colon
    ("NEW YORK, Oct. 2 (Xinhua) -- The council voted", "Xinhua"),  # two-word place, dotted month, double dash
    ("HOMS (SyriaToday) — Residents returned", "SyriaToday"),
    ("Two killed\nCountryside, SANA- Two farmers", "SANA"),  # place, CREDIT dash
    ("Quake\nYEREVAN, MARCH 1, ARMENPRESS: The toll rose", "ARMENPRESS"),  # place, date, CREDIT colon
]

NOT_CREDITED = [
    "Activists told AFP - that the convoy left",  # an agency in a sentence is a source
    "The monitor (SOHR) said that ten people died",  # parenthesised acronym mid-sentence
    "IDLIB, Syria — Shelling resumed",  # after a comma, a title-case word is the country
    "Gaziantep, Turkey: Refugees crossed",
    "BEIRUT (AP Photo) — a caption",  # a photo credit
    "Rebels (2) - the second group",
]


@pytest.mark.parametrize(("text", "credit"), CREDITED)
def test_a_dateline_credit_is_read(text, credit):
    assert credited_source(text) == credit


@pytest.mark.parametrize("text", NOT_CREDITED)
def test_sources_in_sentences_and_countries_are_not_credits(text):
    assert credited_source(text) is None


def test_credit_display_name_uses_the_registry_and_softens_capitals():
    assert credit_display_name("AP") == "Associated Press"
    assert credit_display_name("ARMENPRESS") == "Armenpress"
    assert credit_display_name("Petra") == "Petra"

"""An agency's own dateline ("Idlib, SANA –"): its hyphen is spaced on both sides
(agency_datelines.with_spaced_dateline_dash, in cleaning), and its place is a place mention even
when the language model misses it (places.mentions.agency_dateline_places). Only acronyms the outlet
registry knows are agencies. Invented texts, positives and negatives."""

from __future__ import annotations

import pytest

from pipeline.agency_datelines import agency_dateline, with_spaced_dateline_dash
from pipeline.clean import clean_text
from tests.test_casualties import figures
from tests.test_casualties_other_estimates import casualties


@pytest.mark.parametrize("line, spaced", [
    ("Aleppo, SANA-A child was killed by a sniper.", "Aleppo, SANA - A child was killed by a sniper."),
    ("Deir Ezzor, SANA-Army units repelled an attack.", "Deir Ezzor, SANA - Army units repelled an attack."),
    ("  Tehran, IRNA-Iran's foreign minister said ...", "  Tehran, IRNA - Iran's foreign minister said ..."),
    ("Hama, SANA- Governor Mohammad Hazouri said ...", "Hama, SANA - Governor Mohammad Hazouri said ..."),
])
def test_a_datelines_hyphen_is_spaced(line, spaced):
    assert with_spaced_dateline_dash(line) == spaced


@pytest.mark.parametrize("line", [
    "Hama, SANA - Army units repelled an attack.",  # spaced already
    "Mosul, ISIS-Held since 2014, fell in July.",  # no agency: a compound of the sentence
    "Raqqa, SDF-Backed fighters advanced.",
    "The army, SANA-style, said nothing.",  # not a dateline's form
])
def test_other_lines_are_left_as_they_are(line):
    assert with_spaced_dateline_dash(line) == line


def test_only_a_known_agency_makes_a_dateline():
    assert agency_dateline("Idlib, SANA- Two civilians").group("place") == "Idlib"
    assert agency_dateline("France, UK- and US-led strikes") is None


@pytest.mark.parametrize("line, source", [
    ("Paris, AFP-France said 20 civilians were killed in an attack near Raqqa.", "France"),
    ("Geneva, SANA- The Syrian delegation said terrorists killed 12 civilians in Aleppo.", "Syrian delegation"),
])
def test_the_datelines_agency_is_no_part_of_the_source(nlp, line, source):
    assert [f.attributed_to for f in casualties(nlp, clean_text(line))] == [source]


def test_the_lead_word_a_joined_dash_hid_is_read(nlp):
    text = clean_text("Aleppo, SANA-A child was killed by a sniper in the Salaheddine neighbourhood.")
    assert [(f.number, f.type) for f in figures(nlp, text)] == [(1, "killed")]


@pytest.mark.parametrize("text, place", [
    ("Idlib, SANA- Two civilians were killed when terrorists fired rocket shells on residential neighborhoods.", "Idlib"),
    ("Some context first.\nHama, SANA – Three soldiers were killed in an attack on a checkpoint.", "Hama"),
])
def test_a_datelines_place_places_the_lead(nlp, text, place):
    assert {f.place for f in figures(nlp, text)} == {place}


def test_a_dateline_abroad_is_no_place_of_events(nlp):
    found = figures(nlp, "Moscow, TASS - Two Russian servicemen were killed in Syria, the ministry said.")
    assert [f.place for f in found] == ["Syria"]



def test_a_datelines_place_yields_to_a_place_of_the_sentence(nlp):
    text = clean_text("Aleppo, SANA-A child was killed and 4 people were injured when terrorists fired shells on al-Midan.")
    assert {f.place for f in figures(nlp, text)} == {"Midan"}


@pytest.mark.parametrize("line", [
    "Homs, SANA \u2013 The governor said that 12 people were killed in a car bomb blast in the city.",
    "Homs, SANA - The governor said that 12 people were killed in a car bomb blast in the city.",
])
def test_a_datelines_place_is_no_source(nlp, line):
    # the dateline stands apart from the lead: its place is neither the subject of "said" nor a source
    found = casualties(nlp, clean_text(line))
    assert [(f.number, f.attributed_to, f.place) for f in found] == [(12, None, "Homs")]


def test_a_dateline_is_a_sentence_of_its_own(nlp):
    doc = nlp(clean_text("Homs, SANA \u2013 The governor said that 12 people were killed."))
    assert [s.text.strip() for s in doc.sents][1].startswith("The governor said")


@pytest.mark.parametrize("text", [
    "DAMASCUS (AFP) - A rocket killed seven people at a market in Jaramana on Sunday. Residents said the market "
    "was crowded. Seven people died when the rocket struck the market.",
    "Damascus, SANA - A rocket killed seven people at a market in Jaramana on Sunday. Residents said the market "
    "was crowded. Seven people died when the rocket struck the market.",
])
def test_a_dateline_loses_the_lead_place_to_the_place_of_the_events(nlp, text):
    found = casualties(nlp, clean_text(text))
    assert [f.place for f in found] == ["Jaramana", "Jaramana"]
    assert found[1].repeats == found[0].figure_id

"""The language check (pipeline.language.is_english) on short texts, where the share of English function
words cannot decide: English headlines that carry a foreign-looking word stay, foreign ones go. Invented
texts."""

from __future__ import annotations

import pytest

from pipeline.language import is_english


@pytest.mark.parametrize(
    "text",
    [
        "Clinton wins Los Angeles primary",  # a name's particle before a capital
        "La Raza leaders criticise the plan",
        "Ursula von der Leyen visits Ankara",  # particles in a row
        "Gas prices rise 10 cents per gallon",  # a word English writes too
        "Rebels die in El Paso shootout",
        "Polls close at 8 p.m. EST in Florida",  # capitals: an abbreviation
        "Turkey's Erdoğan vows revenge",  # accented Latin letters
        "Médecins Sans Frontières warns of shortages",
        "UN envoy Staffan de Mistura arrives in Damascus",  # a lower-case particle inside a name
        "Marine Le Pen wins first round",
        # review: a name's particle opening the text is no foreign word by itself
        "Le Drian says Assad must face justice",
        "Del Ponte quits UN Syria inquiry, blames Security Council",
        "Las Vegas gunman planned attack for months",
        "Des Moines Register endorses Clinton",
    ],
)
def test_short_english_texts_are_english(text):
    assert is_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "Syrie : les rebelles quittent Alep",
        "Los rebeldes abandonan la ciudad de Alepo",  # a particle before a lower-case word is no name's
        "Die Rebellen verlassen die Stadt",  # German nouns are capitalised: "die" before them still counts
        "I ribelli lasciano la città di Aleppo",
        # an article after a verb is no name's particle; one opening the text counts with another sign
        "Le Liban accuse la Syrie",
        "La Russie bombarde la ville d'Alep",
        "Von Aleppo nach Berlin mit dem Zug",
        "Alep: Le Régime Bombarde La Ville",  # title case: two particles and no English word
        "Aleppo, die zerstörte Stadt",  # "die" before a word English would not write
        "Обама призвал к перемирию",  # not Latin letters
        "أوباما يدعو إلى وقف إطلاق النار",
    ],
)
def test_short_foreign_texts_are_not(text):
    assert not is_english(text)

"""Words the model misreads when a mark is lost or an acronym spells a word, with invented text, positives
and negatives: "IS" (Islamic State) read as the verb "is" (`nlp.acronym_norms`); a place run into the
next subject when its comma is lost, "east of Dabiq the Turkish army said"
(`entities.name_splits.article_in_a_name`, `casualties.source_names.source_span_tokens`); "claims
responsibility" in a glued headline (`casualties.source_phrases.claims_responsibility`); a count read on
a compound before its noun ("120 IS group fighters": `casualties.counted.victim_noun`); "the deceased"."""

from __future__ import annotations

import pytest

from pipeline.entities import entity_mentions
from pipeline.entities.lexicon import Candidate
from pipeline.entities.name_splits import article_in_a_name
from pipeline.quotes import quotes
from tests.test_casualties import figures, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31 IS militants killed in northern Syria", [(31, "killed")]),
        ("Army says 31 IS group militants killed in northern Syria", [(31, "killed")]),
    ],
)
def test_is_the_acronym_is_a_name_not_a_verb(nlp, text, expected):
    assert found(nlp, text) == expected


def test_is_among_words_in_capitals_stays_the_verb(nlp):
    doc = nlp("WHAT IS HAPPENING IN THE NORTH")
    assert doc[1].norm_ == "is"
    assert nlp("IS claimed the attack on Friday.")[0].norm_ != "is"


@pytest.mark.parametrize(
    "text", ["The toll IS now 45, officials said.", "The death toll IS 45, and it will rise.", "The toll IS at least 45."]
)
def test_is_stressed_before_a_number_or_an_adverb_stays_the_verb(nlp, text):
    assert found(nlp, text) == [(45, "killed")]


@pytest.mark.parametrize(
    ("text", "label", "parts"),
    [
        ("Aleppo the Syrian Observatory for Human Rights", "ORG", [("Aleppo", "GPE"), ("Syrian Observatory for Human Rights", "ORG")]),
        ("Tell Zabrana the Turkish army", "ORG", []),  # a place the gazetteer lacks, then a description: no name
        # negatives: "the" after "of" or "for" is a name's own; an epithet is part of a name
        ("Army of the Conquest", "ARMED_GROUP", [("Army of the Conquest", "ARMED_GROUP")]),
        ("Organisation for the Prohibition of Chemical Weapons", "ORG", [("Organisation for the Prohibition of Chemical Weapons", "ORG")]),
        ("Alexander the Great", "PERSON", [("Alexander the Great", "PERSON")]),
        ("Stop the War Coalition", "ORG", [("Stop the War Coalition", "ORG")]),  # nothing says it is two
        ("Nusra Front the al-Qaeda affiliate", "ARMED_GROUP", [("Nusra Front", "ARMED_GROUP")]),  # a known name kept
    ],
)
def test_a_name_opens_no_phrase_with_the(text, label, parts):
    cut = article_in_a_name(Candidate(10, 10 + len(text), text, label))
    assert [(c.text, c.label) for c in cut] == parts
    assert all(text[c.start - 10 : c.end - 10] == c.text for c in cut)


def test_a_source_after_a_place_whose_comma_was_lost(nlp):
    text = "Fourteen fighters were killed three kilometres east of Dabiq the Turkish army said in a statement."
    (figure,) = figures(nlp, text)
    assert figure.attributed_to is not None and "Dabiq" not in figure.attributed_to
    assert "army" in figure.attributed_to.lower()


@pytest.mark.parametrize(
    "text",
    [
        "AFP Related IS group claims responsibility for attack on town Double bomb attack kills 31 in the city",
        "IS also claimed an October 2 bomb attack at a police station in the capital that killed at least 17 people.",
    ],
)
def test_claiming_a_deed_reports_no_toll(nlp, text):
    (figure,) = [f for f in figures(nlp, text) if f.number in (31, 17)]
    assert figure.attributed_to is None


def test_claiming_responsibility_is_no_quote(nlp):
    doc = nlp("AFP Related IS group claims responsibility for attack on town Double bomb attack kills 31 in the city")
    assert quotes(doc, article_id="t", entities=entity_mentions(doc, article_id="t")) == []


@pytest.mark.parametrize(
    "text", ["Hezbollah claimed the killing of three soldiers.", "Hezbollah claimed responsibility for the killing of three soldiers."]
)
def test_claiming_a_deed_that_holds_its_count_reports_it(nlp, text):
    (figure,) = figures(nlp, text)
    assert figure.attributed_to == "Hezbollah"


def test_a_claim_of_whose_responsibility_it_is_is_a_quote(nlp):
    doc = nlp("Moscow claimed responsibility for the attack lay with the rebels, not the government.")
    (quote,) = quotes(doc, article_id="t", entities=entity_mentions(doc, article_id="t"))
    assert quote.speaker == "Russia" and quote.quote.startswith("responsibility for the attack lay")


def test_a_count_read_on_a_compound_counts_the_noun_it_modifies(nlp):
    (figure,) = figures(nlp, "Russian strikes killed 120 IS group fighters in Syria.")
    assert (figure.number, figure.group) == (120, "fighters")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were among the deceased.", [(2, "killed")]),
        ("The bodies of 12 deceased were returned to their families.", [(12, "killed")]),
        ("His deceased father owned two shops.", []),  # no count of the dead
    ],
)
def test_the_deceased_are_the_dead(nlp, text, expected):
    assert found(nlp, text) == expected

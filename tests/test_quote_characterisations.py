"""A verb that characterises its object "as" something reports a judgement (quotes.predicates): "Damascus
described the attack as a terrorist act" is an indirect quote by Damascus whose content is "the attack as
a terrorist act". Not a passive, "as" opening a clause, a bare object, nor quoted words after "as" (a direct
quote). Invented sentences, positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_quote_constructions import run


@pytest.mark.parametrize(("text", "content", "speaker_text"), [
    ("Damascus described the attack as a terrorist act.", "the attack as a terrorist act", "Damascus"),
    ("The ministry dismissed the report as a fabrication.", "the report as a fabrication", "The ministry"),
    ("Lavrov denounced the strikes as a violation of international law.",
     "the strikes as a violation of international law", "Lavrov"),
    ("The opposition hailed the vote as a victory for the Syrian people.",
     "the vote as a victory for the Syrian people", "The opposition"),
    ("She referred to him as a traitor.", "him as a traitor", "She"),
])
def test_a_verb_that_characterises_its_object_reports_a_judgement(nlp, text, content, speaker_text):
    found = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert [(q.quote, q.speaker_text) for q in found] == [(content, speaker_text)]


@pytest.mark.parametrize("text", [
    "The man was described as a hero by his neighbours.",  # passive: whose words, the sentence may not say
    "The army described the operation as it happened.",  # "as" opens a clause
    "The UN condemned the attack on the convoy.",  # a bare object: no statement
    "The boy, described by neighbours as quiet, was killed in the raid.",  # a participle of a noun
    "Human Rights Watch has documented the use of cluster bombs as a weapon of war.",  # no characterising verb
])
def test_no_judgement_is_reported_here(nlp, text):
    assert [q for q in run(nlp, text) if q.kind == "indirect"] == []


def test_quoted_words_after_as_are_a_direct_quote(nlp):
    found = run(nlp, 'Russia dismissed the claims as "lies and fabrications".')
    assert [q.kind for q in found] == ["direct"]

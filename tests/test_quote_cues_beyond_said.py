"""Cues of reported speech beyond a verb of saying (docs/speakers.md rules 250-251): "make clear" with a
"that" clause (cues.made_clear) and "question" with a clause of doubt (doubts.doubted_clause). Invented
sentences, positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_quote_constructions import run


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Jane Doe made clear that she would stay in the race until the end.", "made clear", "she would stay in the race"),
        ("The minister made it clear that the talks were over for now.", "made clear", "the talks were over"),
        # the parse hangs the clause elsewhere, or it has no "that"
        ("The minister has made it abundantly clear to the envoy that the talks are over.", "made clear", "the talks are over"),
        ("The general made clear in his statement that the offensive would continue.", "made clear", "the offensive would"),
        ("Officials made clear Russia would veto any resolution.", "made clear", "Russia would veto"),
        ("Jane Doe questioned whether the truce would hold beyond the weekend.", "questioned", "whether the truce would hold"),
        ("Analysts questioned if the ceasefire could last the winter.", "questioned", "if the ceasefire could last"),
        # a question word opens the clause of doubt
        ("At a rally on Friday, Jane Doe questioned what kind of person sends angry messages at night.",
         "questioned", "what kind of person sends"),
        ("The envoy questioned why the aid convoy had been stopped at the checkpoint.", "questioned", "why the aid convoy"),
    ],
)
def test_a_statement_made_clear_or_a_doubt_put_is_reported_speech(nlp, text, cue, content):
    found = [(q.kind, q.cue, q.quote) for q in run(nlp, text)]
    assert any(kind == "indirect" and c == cue and content in quote for kind, c, quote in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The army made clear progress in the north on Monday.",  # an adjective, no clause
        "The rebels made it clear to the envoy at the meeting.",  # no clause of what
        "Jane Doe did not make clear whether she would run.",  # negated
        "The rescuers made the area clear so that ambulances could reach the wounded.",  # "so that": a purpose
        "The video made it clear that the hospital had been hit twice.",  # what cannot speak shows
        # second review: a clause of a noun of statement is that noun's; a condition is no doubt
        "Jane Doe made clear her anger at claims that the jets bombed the convoy.",
        "The minister made clear his opposition to the idea that troops would stay.",
        "He will be questioned if he returns to the city.",
        # the noun's sense, before a clause of someone else's
        "The two men were taken to a military court for questioning with relatives saying they would gather at the gate.",
        "Police questioned the detainees for hours on Monday.",  # an object, no clause
        # review: a person or thing the question word stands for; a doubter who is no one
        "Turkish police questioned who they said were Islamic State recruiters.",
        "Washington questioned what Moscow said about the attack on the convoy.",
        "Not a single senator questioned why the strike was launched without a vote.",
        "Few questioned why the strike was launched without a vote.",
    ],
)
def test_make_and_question_without_a_reported_clause_report_nothing(nlp, text):
    assert [q for q in run(nlp, text) if q.cue in ("made clear", "make clear", "questioned", "questioning")] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # words between the verb and its "that": the parse makes the reported clause the sentence's head
        ("Jane Doe has claimed, without evidence, that millions voted illegally.", "millions voted illegally"),
        ("The minister said, in a statement on Monday, that 12 people were killed.", "12 people were killed"),
    ],
)
def test_a_that_clause_after_an_interrupting_phrase_is_the_content(nlp, text, content):
    found = [(q.kind, q.quote) for q in run(nlp, text)]
    assert ("indirect", content) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe, who said nothing, insisted that the vote was rigged.",  # the "that" is the other verb's
        "The people who claimed it were sure that the town would fall.",  # a belief, no report
    ],
)
def test_a_that_clause_of_another_verb_is_not_the_reports(nlp, text):
    found = [q for q in run(nlp, text) if q.cue in ("said", "claimed")]
    assert found == [], found

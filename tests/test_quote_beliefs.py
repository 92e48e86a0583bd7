"""Beliefs held by a source ("Turkey fears that ...", "US officials believe ..."): reported beside speech with
`attribution` "belief" (beliefs.is_belief_cue, data/lexicons/speech_verbs.txt frame "belief"), never a cue of
speech, never an antecedent for later words, never scored as a gold quote. Invented sentences."""

from __future__ import annotations

import pytest

from pipeline.evaluation.quotes import match
from tests.test_quote_constructions import run


def beliefs(nlp, text: str) -> list[tuple[str | None, str | None, str]]:
    return [(q.speaker_text, q.cue, q.quote) for q in run(nlp, text) if q.attribution == "belief"]


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        ("Turkish officials fear that the border crossing will be closed within days.",
         "Turkish officials", "fear", "the border crossing will be closed"),
        ("The United States believes the Syrian government carried out the attack.",
         "The United States", "believes", "the Syrian government carried out the attack"),
        ("Residents hope that aid will reach the eastern districts before winter.",
         "Residents", "hope", "aid will reach the eastern districts"),
        ("Observers worry that the ceasefire will collapse before the talks begin.",
         "Observers", "worry", "the ceasefire will collapse"),
        ("Police suspect that the bomb was planted overnight near the market.",
         "Police", "suspect", "the bomb was planted overnight"),
        # a view reported inside speech is the holder's too
        ("Jane Doe told reporters that she expects the toll to rise.", "she", "expects", "the toll to rise"),
        # a participle sharing the subject of the verb before it
        ("Western officials have expressed skepticism about the proposal, fearing it could simply be a delaying tactic.",
         "Western officials", "fearing", "it could simply be a delaying tactic"),
    ],
)
def test_a_view_held_with_a_clause_of_its_own_is_a_belief(nlp, text, source, cue, content):
    found = beliefs(nlp, text)
    assert any(s == source and c == cue and content in q for s, c, q in found), found
    assert all(q.kind == "indirect" for q in run(nlp, text) if q.attribution == "belief")


@pytest.mark.parametrize(
    "text",
    [
        "He hopes to return to Aleppo next year.",  # an infinitive: an intention, no clause
        "Many families fear an attack on the camp.",  # a noun object
        "The vote is expected to pass on Monday.",  # a passive with no holder
        "Ten people are feared dead after the strike.",  # a casualty phrase
        "She felt the blast from two streets away.",  # perception
        "The commander does not believe that the truce will hold.",  # negated
        "No one expects the talks to succeed this year.",  # no one holds it
        "Evidence was detected which leads one to think they were exposed to sarin.",  # a generic "one"
        "The agency did not say which party it thought had used the weapon.",  # a gap, not a clause
        "Rescuers found the gas which they suspect was chlorine in the basement.",  # a gap, not a clause
        "The minister said the talks would resume next week.",  # speech stays speech
        # questions and conditions: a view no one holds yet
        "Asked whether he thought the truce would hold, the minister shrugged.",
        "Does anyone really believe the regime will negotiate?",
        "Who believes that the truce will last?",
        "The spokesman declined to say whether Washington believed the strike was deliberate.",
        "If the rebels think they can hold the city, they are wrong.",
        "Should the rebels fear that the road will be cut, they will withdraw.",
        "In case the rebels think the truce is a trap, they will fight on.",
        # held by (almost) no one, or no longer
        "The opposition no longer believes that talks can succeed.",
        "Hardly anyone expects the truce to last.",
        "Few analysts believe the offensive will succeed.",
        # a noun read as a verb, a perception
        "Security forces in Aleppo detained dozens of Islamic State suspects.",
        "He felt his hands shaking as he pulled the child from the rubble.",
        # someone else's report set inside the clause: the report is on record, not the view
        "The army believes, a military source said, that the rebels have run out of ammunition.",
    ],
)
def test_no_belief_without_a_holder_and_a_clause_of_its_own(nlp, text):
    assert beliefs(nlp, text) == []


def test_speech_is_attributed_as_speech(nlp):
    quotes = run(nlp, 'The minister said the talks would resume. "We are ready," the envoy told reporters.')
    assert quotes and {q.attribution for q in quotes} == {"speech"}


def test_a_belief_holder_is_no_antecedent_for_later_words(nlp):
    # "he added" continues the spokesman's words, not the view of the man whose belief he reported
    text = (
        'Kremlin spokesman Dmitry Peskov said talks would continue, adding that Vladimir Putin thought it was '
        'necessary to keep the pause. "The Russian side retains the right to act if needed," he added.'
    )
    direct = [q for q in run(nlp, text) if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Dmitry Peskov"], [(q.speaker, q.quote) for q in direct]
    assert any(q.speaker == "Vladimir Putin" for q in run(nlp, text) if q.attribution == "belief")


def test_words_with_no_cue_do_not_take_a_belief_holder_as_speaker(nlp):
    text = 'They hope more people will mean more business. "Once I see more people here, I am happier than before."'
    direct = [q for q in run(nlp, text) if q.kind == "direct"]
    assert direct and all(q.speaker_text != "They" for q in direct), [(q.speaker_text, q.quote) for q in direct]


def test_a_belief_inside_a_report_keeps_the_report(nlp):
    # a diplomat says what the minister thinks: the diplomat's report stays on record
    quotes = run(nlp, "The minister thinks the talks will resume next week, according to a diplomat.")
    assert any(q.cue == "according to" and q.speaker_text == "a diplomat" for q in quotes), quotes


def test_the_gold_scores_speech_only(nlp):
    text = "Observers worry that the ceasefire will collapse before the talks begin."
    found = [q for q in run(nlp, text) if q.attribution == "speech"]
    gold = [{"kind": "indirect", "text_start": "the ceasefire will collapse before", "speaker": None}]
    assert match(found, gold, text) == [(gold[0], None)]

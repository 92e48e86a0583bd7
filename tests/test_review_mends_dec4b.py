"""A reviewer's invented inputs near the rules of 4 December 2026 (afternoon): each rule keeps off the
construction next to its own (these were regressions against the code before those rules)."""

from __future__ import annotations

import pytest

from pipeline.entities import entity_mentions
from pipeline.quotes import quotes
from tests.test_casualties import figures


def speaker_at(nlp, text, words):
    doc = nlp(text)
    found = [q for q in quotes(doc, article_id="t", entities=entity_mentions(doc, article_id="t")) if words in q.quote]
    return found[0].speaker if found else "no quote"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # antecedents.is_of_the_kind: a company is no outlet, monitor, government or armed group
        ("AFP reported that Renault would close its plant. The company said the closure was temporary.", "temporary",
         "company"),
        ("Human Rights Watch accused Lafarge of financing terrorism. The company said it had cooperated.", "cooperated",
         "company"),
        ("The Free Syrian Army shelled the district. The company said its staff had been evacuated.", "evacuated",
         "company"),
        # ... nor one of several coordinated firms
        ("Toyota and Volkswagen both cut their forecasts. The carmaker said demand had weakened.", "demand",
         "carmaker"),
        # resolution: a nationality tells persons apart only by what the reader knows
        ("Angela Merkel met Vladimir Putin in Sochi. The Russian said sanctions had failed.", "sanctions", "Russian"),
        # indirect.NOUN_FIRST_VERBS: a "police post" at a sentence's end is no report
        ("Myanmar army says rebels attacked a police post.", "rebels attacked", "Myanmar army"),
    ],
)
def test_speaker_rules_keep_off_their_neighbours(nlp, text, words, speaker):
    assert speaker_at(nlp, text, words) == speaker


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # indirect.past_the_time_of_the_report: a span the clause is about stays in it
        ("The minister said this year the budget would double.", "this year the budget would double"),
    ],
)
def test_the_time_of_a_clause_stays_in_it(nlp, text, content):
    doc = nlp(text)
    assert [q.quote for q in quotes(doc, article_id="t", entities=entity_mentions(doc, article_id="t"))] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # denied.conditional_clause_word: an indirect question or a condition on another clause is no
        # counterfactual of the toll
        ("At least 25 people may have been killed, but it was not clear if the aircraft had been Syrian.",
         [(25, "killed")]),
        ("Activists said 18 people might have died in the raid and wondered if the army had used cluster bombs.",
         [(18, "killed")]),
        ("At least 30 people may have been killed; had the hospital not been evacuated, it would have been worse.",
         [(30, "killed")]),
        # denied.feared_future_toll: a hedge on the present under "fear" stays
        ("Medics fear the 12 missing may be dead.", [(12, "missing")]),
        # partitives.taken_from_a_plain_group: a part with a harm of its own does not make its whole a toll
        ("Three of the 10 victims died in hospital.", [(3, "killed")]),
        ("Twenty of the 35 victims were wounded by shrapnel.", [(20, "wounded")]),
    ],
)
def test_casualty_rules_keep_off_their_neighbours(nlp, text, expected):
    assert [(f.number, f.type) for f in figures(nlp, text)] == expected


def test_a_rebel_army_is_no_state_s_force(nlp):
    assert [f.attributed_to for f in figures(nlp, "The Syrian rebel army said 20 soldiers were killed.")] == [None]

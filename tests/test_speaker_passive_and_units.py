"""Speakers of passive reports and of armed units named by kind (docs/speakers.md, rules 78-79), with
invented sentences, positives and negatives."""

from __future__ import annotations

import pytest

from pipeline.entities import entity_mentions
from pipeline.quotes import quotes


def run(nlp, text: str):
    doc = nlp(text)
    return quotes(doc, article_id="t", entities=entity_mentions(doc, article_id="t"))


# ---- sources.is_passive_report: the subject of a passive cue is spoken about, not speaking


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Turkey is accused of supporting militants in the region.", None),
        ("Turkey itself stands accused of supporting militants in the region.", None),
        ("It was announced that the talks had failed.", None),
        # the agent of the passive speaks
        ("Turkey has been accused by Russia of supporting militants in the region.", "Russia"),
        # negatives: active cues keep their subjects
        ("Russia accused Turkey of supporting militants in the region.", "Russia"),
        ("The minister said the talks had failed.", "minister"),
    ],
)
def test_a_passive_report_is_spoken_by_its_agent_or_no_one(nlp, text, speaker):
    found = run(nlp, text)
    assert found, "the report is still a quote"
    assert found[0].speaker == speaker


# ---- roles.txt: armed units and movements named by their kind resolve to the named body


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The Foo Brigade said he was a traitor. He was hanged for treason according to a statement issued "
         "by the brigade.", "hanged for treason", "Foo Brigade"),
        ("The Foo Movement said the town had fallen. The movement added that its fighters had withdrawn.",
         "fighters had withdrawn", "Foo Movement"),
        # negative: no body of that kind named before
        ("He was hanged for treason according to a statement issued by the brigade.", "hanged for treason", None),
    ],
)
def test_a_unit_named_by_its_kind_is_the_body_named_before(nlp, text, words, speaker):
    hit = next(q for q in run(nlp, text) if words in q.quote)
    assert (hit.speaker if hit.speaker_named else None) == speaker

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


# ---- beside.named_apposition_before_cue: a name set off by commas after a description speaks


@pytest.mark.parametrize(
    ("text", "speaker", "written"),
    [
        ("Her CNN colleague, Jane Doe, said the town was calm.", "Jane Doe", "Her CNN colleague, Jane Doe"),
        ("The group's lawyer, John Roe, said the case was closed.", "John Roe", "The group's lawyer, John Roe"),
        # negative: no name in the apposition
        ("Her colleague, a reporter, said the town was calm.", None, "Her colleague, a reporter"),
    ],
)
def test_a_name_in_apposition_after_a_description_speaks(nlp, text, speaker, written):
    (hit,) = run(nlp, text)
    assert ((hit.speaker if hit.speaker_named else None), hit.speaker_text) == (speaker, written)


# ---- beside.source_right_after_cue: a possessive after the cue owns the content's subject


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Her colleague, Jane Doe, said Brazile's actions were unethical.", "Jane Doe"),
        # negatives: an inverted source after the cue, with and without its owner
        ("Ten people were killed in the town, said Russia's defence ministry.", "Russian Defence Ministry"),
        ("Ten people were killed in the town, said the Syrian Observatory.", "Syrian Observatory for Human Rights"),
    ],
)
def test_a_possessive_after_the_cue_is_no_inverted_source(nlp, text, speaker):
    (hit,) = [q for q in run(nlp, text) if q.kind == "indirect"]
    assert hit.speaker == speaker


# ---- phrases: a two-word role ("the civil defence") resolves through the names a body goes by


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The White Helmets said the toll was rising. In the region, the civil defence said there were dozens "
         "of victims under the rubble.", "dozens of victims", "White Helmets"),
        ("The Syrian Civil Defence said the toll was rising.", "toll was rising", "White Helmets"),
        # negative: no body going by that name before
        ("In the region, the civil defence said there were dozens of victims under the rubble.", "dozens of victims",
         None),
    ],
)
def test_a_two_word_role_resolves_through_a_bodys_other_names(nlp, text, words, speaker):
    hit = next(q for q in run(nlp, text) if words in q.quote)
    assert (hit.speaker if hit.speaker_named else None) == speaker

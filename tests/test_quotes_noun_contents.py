"""Reports carried by a noun of report with no verb of speech over it (quotes.noun_contents, docs/speakers.md
rule 245): "investigating allegations that ...", "There were reports that ...", "Jane Doe's claim that ...".
Invented sentences, positives and negatives."""

from __future__ import annotations

import pytest

from tests.test_speaker_bodies_and_offices import run

LEAD = "Shelling went on for a third day in the north of the province and the roads stayed closed. "


def reports(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in run(nlp, LEAD + text) if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # no one the text names made the report: an investigator is not its source
        ("A UN team is investigating allegations that both sides used poison gas in the east.",
         "both sides used poison gas in the east", None),
        ("There were reports that the main road had been cut by the rebels.", "the main road had been cut by the rebels", None),
        # the noun's holder made it
        ("Jane Doe's claim that the election was rigged drew criticism from both parties.", "the election was rigged", "Jane Doe"),
        ("The government has responded with accusations that the rebels used the gas themselves.",
         "the rebels used the gas themselves", "government"),
    ],
)
def test_a_noun_of_report_carries_its_clause(nlp, text, content, speaker):
    assert (content, speaker) in reports(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The report that the ministry published on Monday ran to forty pages.",  # "that" is the relative's object
        "The report that was published on Monday ran to forty pages.",  # "that" is the relative's subject
        "Residents lived in fear that the road would be cut again.",  # a fear is no report of words
    ],
)
def test_a_relative_clause_or_a_belief_is_no_report(nlp, text):
    assert [q for q in run(nlp, LEAD + text) if "forty pages" in q.quote or "road would be cut" in q.quote] == []


def test_a_verb_of_speech_over_the_noun_keeps_its_subject(nlp):
    # "denied allegations that ...": the denier answers for the clause (cues.noun_with_content), read once
    assert reports(nlp, "The government denied allegations that it used poison gas in the east.") == [
        ("it used poison gas in the east", "government")
    ]


def test_a_noun_with_no_verb_outside_it_carries_no_report(nlp):
    # review: the parse makes the sentence's own predicate the noun's clause ("that" read as its mark)
    text = "The report that the committee released on Monday found no evidence of fraud in the count."
    assert [q for q in run(nlp, LEAD + text) if "evidence of fraud" in q.quote] == []



@pytest.mark.parametrize(
    ("text", "content", "speaker_text"),
    [
        # the possessor is the source, written without its "'s"
        ("Jane Doe's claim that the election was rigged drew criticism from both parties.",
         "the election was rigged", "Jane Doe"),
        ("The minister's allegation that the rebels had used gas drew an angry response from them.",
         "the rebels had used gas", "The minister"),
    ],
)
def test_a_possessors_noun_of_report_is_written_without_its_s(nlp, text, content, speaker_text):
    found = [(q.quote, q.speaker_text) for q in run(nlp, LEAD + text) if q.kind == "indirect"]
    assert (content, speaker_text) in found, found


@pytest.mark.parametrize(
    "text",
    [
        # review: nouns of a statement that are not nouns of report carry no report of their own
        # (tests/gold/GUIDELINES.md: a statement noun that is not a verb's object is not a quote)
        "Despite warnings that the dam could collapse, families stayed in the valley.",
        "After the announcement that the crossing would open, hundreds gathered at the gate.",
        "The finding that the cells grow faster in low oxygen was published in a journal.",
        "The promise that life would return to normal drew people back to the old city.",
        "The claims that he made at the rally drew criticism from both parties.",  # a relative clause
    ],
)
def test_other_nouns_and_relative_clauses_report_nothing(nlp, text):
    assert [q for q in run(nlp, LEAD + text) if q.kind == "indirect"] == []


def test_a_name_ending_in_s_keeps_it_as_a_source(nlp):
    # review: only a possessor's "'s" is cut; "Lloyd's of London" is the name of who spoke
    found = [q.speaker_text for q in run(nlp, "Lloyd's of London said insurers would stop covering ships in the port.")]
    assert found == ["Lloyd's of London"]

"""Reported speech around partial quotes and "as" comment clauses (docs/speakers.md, rules 75-77),
with invented sentences, positives and negatives."""

from __future__ import annotations

import pytest

from pipeline.entities import entity_mentions
from pipeline.quotes import quotes


def run(nlp, text: str):
    doc = nlp(text)
    return quotes(doc, article_id="t", entities=entity_mentions(doc, article_id="t"))


def kinds_and_contents(nlp, text: str) -> list[tuple[str, str]]:
    return [(q.kind, q.quote) for q in run(nlp, text)]


# ---- indirect.through_the_closing_mark: a partial quote is never cut in two


@pytest.mark.parametrize(
    "text",
    [
        "The senator said on Tuesday that the governor’s plan for the port would “lead to a long strike,” "
        "because of the potential for conflict with the unions.",
        "The mayor said the new bridge would “change the life of the whole district, and of the city,” as "
        "traffic moved to the north.",
    ],
)
def test_a_content_ending_inside_quote_marks_runs_to_the_closing_mark(nlp, text):
    found = run(nlp, text)
    # one statement, its quote marks balanced: no content cut inside the marks, no extra direct fragment
    assert [q.kind for q in found] == ["indirect"]
    assert found[0].quote.count("“") == found[0].quote.count("”") == 1


def test_an_as_clause_content_keeps_the_closing_mark(nlp):
    text = 'Records show the council raised taxes, even if, as Jane Doe noted, it made the budget "a little tight."'
    assert ("indirect", 'it made the budget "a little tight."') in kinds_and_contents(nlp, text)


def test_a_content_without_quote_marks_ends_where_its_clause_ends(nlp):
    text = "The minister said on Tuesday that the army would hold the town, because the talks had failed."
    assert [q.quote for q in run(nlp, text)] == ["the army would hold the town, because the talks had failed"]


# ---- indirect.subject_before_the_quote: a quoted predicate after its clause's own subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Party chairman John Smith said turnout is "very high indeed," and added that it "will help the '
            'party in every district."',
            [
                ("indirect", 'turnout is "very high indeed,"'),
                ("indirect", 'it "will help the party in every district."'),
            ],
        ),
        (
            'The agency said there were "dozens of people injured and trapped under the rubble".',
            [("indirect", 'there were "dozens of people injured and trapped under the rubble"')],
        ),
        # negatives: the quote is the whole complement, or only a determiner stands outside the marks
        (
            'The minister added: "The army will hold the town until the talks resume."',
            [("direct", "The army will hold the town until the talks resume.")],
        ),
        (
            'The director said the "intensified air raids on the town are meant to stop the advance."',
            [("direct", "intensified air raids on the town are meant to stop the advance.")],
        ),
    ],
)
def test_a_quoted_predicate_after_its_subject_is_one_indirect_quote(nlp, text, expected):
    assert kinds_and_contents(nlp, text) == expected


def test_the_quoted_words_of_a_partial_quote_are_kept(nlp):
    text = 'The mayor said that the bridge "will reopen before the winter comes".'
    (quote,) = run(nlp, text)
    assert (quote.kind, quote.quoted_words) == ("indirect", ("will reopen before the winter comes",))


# ---- parenthetical.as_comment_clause: "as X said" reports the clause it hangs on


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("As the minister said on Monday, the city is safe for returning families.",
         "the city is safe for returning families", "minister"),
        ("The city is safe for returning families, as the minister said on Monday.",
         "The city is safe for returning families", "minister"),
        ("The city, as Jane Doe noted, is safe for returning families.",
         "The city is safe for returning families", "Jane Doe"),
        ("Records show the council raised taxes, even if, as Jane Doe noted, it made the budget tighter.",
         "it made the budget tighter", "Jane Doe"),
    ],
)
def test_an_as_comment_clause_reports_its_host_clause(nlp, text, content, speaker):
    hits = [q for q in run(nlp, text) if q.cue in ("said", "noted") and q.continues is None]
    assert [(q.quote, q.speaker) for q in hits] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "Shots rang out as the minister said goodbye to the families in the square.",  # the cue has its object
        "The families left the city as the shelling intensified on Monday.",  # no speaker, no cue
        "The army took the town, just as the minister said it would.",  # the cue has a clause of its own
    ],
)
def test_as_clauses_that_comment_on_nothing(nlp, text):
    assert [q for q in run(nlp, text) if q.kind == "indirect" and q.quote.startswith(("Shots", "The families", "The army"))] == []


# ---- cues.as_one_puts_it: "as X put it" is a comment clause of speech


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("As the governor put it on Monday, the city will be rebuilt within a year.",
         "the city will be rebuilt within a year", "governor"),
        ("Life in the besieged districts is, as Jane Doe put it, a slow death for everyone there.",
         "Life in the besieged districts is a slow death for everyone there", "Jane Doe"),
        ("The port is “racing towards the finish line,” as John Smith, an economist at the bank, puts it.",
         "The port is “racing towards the finish line,”", "John Smith"),
    ],
)
def test_as_one_puts_it_reports_its_host_clause(nlp, text, content, speaker):
    hits = [q for q in run(nlp, text) if q.cue in ("put", "puts") and q.continues is None]
    assert [(q.quote, q.speaker) for q in hits] == [(content, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "As he put it on the table, the plan for the new bridge looked strong.",  # put a thing somewhere
        "The farmers put the harvest in the barns before the rain came.",  # no comment clause
        "When the clerk put it away, the office closed for the rest of the day.",  # not an as-clause
    ],
)
def test_put_outside_an_as_comment_clause_reports_nothing(nlp, text):
    assert [q for q in run(nlp, text) if q.cue in ("put", "puts")] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the predicate in quote marks after a subject the parse made a clause of its own
        ('Jane Doe told the Security Council that unilateral military action "only worsens the situation."',
         'unilateral military action "only worsens the situation."'),
    ],
)
def test_a_quoted_predicate_ends_the_reported_clause(nlp, text, content):
    found = run(nlp, text)
    assert [(q.kind, q.quote) for q in found] == [("indirect", content)]


def test_a_quote_after_a_full_clause_is_a_quote_of_its_own(nlp):
    # negative: the reported clause ends with its sentence; the next sentence's quotation is a direct quote
    text = 'Jane Doe said the talks had failed. "Nobody in this building is surprised by that at all," she added.'
    assert [q.kind for q in run(nlp, text)] == ["indirect", "direct"]

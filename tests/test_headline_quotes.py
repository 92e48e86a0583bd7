"""Quotes of a headline the article text does not print (pipeline.quotes.title), with invented titles and
bodies, positive and negative."""

from __future__ import annotations

import pytest

from pipeline.entities import entity_mentions
from pipeline.quotes import quotes
from pipeline.quotes.title import headline_quotes


def run(nlp, text: str):
    doc = nlp(text)
    return quotes(doc, article_id="t", entities=entity_mentions(doc, article_id="t"))


def title_quotes(nlp, title: str, text: str):
    doc = nlp(text)
    body = quotes(doc, article_id="t", entities=entity_mentions(doc, article_id="t"))
    return headline_quotes(title, text, body, article_id="t")


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a short credit on the body's side: the body names the monitor in full
        ("Air strikes kill 23 civilians in Syria town: monitor",
         "Twenty-three civilians were killed in air strikes on a town in eastern Syria on Thursday, the Syrian "
         "Observatory for Human Rights said.",
         [("Air strikes kill 23 civilians in Syria town", "Syrian Observatory for Human Rights")]),
        # a short credit whose words the body's source phrase holds
        ("US Missile Strike on Syria Kills Five Injures Seven - Homs Governor",
         "A US missile strike on an airfield near Homs killed five people and injured seven, Homs Governor Talal "
         "Barazi said on Friday.",
         [("US Missile Strike on Syria Kills Five Injures Seven", "Talal Barazi")]),
        # negatives: a headline the text prints (its quotes are the text's), and one that reports no speech
        ("Air strikes kill 23 civilians: monitor",
         "Air strikes kill 23 civilians: monitor\n\nTwenty-three civilians were killed, the Syrian Observatory "
         "for Human Rights said.", []),
        ("Rebels take the town of Kafr Nabl", "Rebels took the town of Kafr Nabl on Monday, activists said.", []),
        # SOURCE: CONTENT, the speaker first (headlines.source_before_colon)
        ("Kerry: Russia taking Exampleton won't end civil war",
         "Secretary of State John Kerry said on Monday that the fall of the city would not end the war.",
         [("Russia taking Exampleton won't end civil war", "John Kerry")]),
        # ... not a place naming the topic, nor a verbless label
        ("Syria: Five were killed in Exampleton shelling", "Five people were killed on Monday, activists said.", []),
        ("Exampleton: a city in ruins after the siege", "The city lies in ruins, residents said.", []),
    ],
)
def test_a_headline_the_text_does_not_print_has_its_quotes(nlp, title, text, expected):
    found = title_quotes(nlp, title, text)
    assert [(q.quote, q.speaker) for q in found] == expected
    assert all(q.in_headline and q.start == q.end == 0 and q.speaker_start is None for q in found)
    assert len({q.quote_id for q in found}) == len(found)


def test_a_headline_credit_no_body_source_describes_stays_unnamed(nlp):
    found = title_quotes(nlp, "Air strikes kill 23 civilians in Syria town: monitor",
                         "Twenty-three civilians were killed in air strikes on Thursday, local residents said.")
    assert [(q.speaker, q.speaker_named) for q in found] == [("monitor", False)]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Kerry says Russia has to stop the bombing of Aleppo", ["Russia has to stop the bombing of Aleppo"]),
        ("Six dead in Aleppo shelling: monitor", ["Six dead in Aleppo shelling"]),  # a credit needs no verb
        # negatives: a call or an urging with an infinitive, which the gold never counts as reported speech
        ("Secretary Kerry urges Russia, Syria to seek ceasefire in Aleppo", []),
        ("Syria: Kerry calls on Russia to show a little grace", []),
    ],
)
def test_a_headline_quote_reports_a_statement(nlp, title, expected):
    found = title_quotes(nlp, title, "Some body text about the war in Syria, officials said on Monday.")
    assert [q.quote for q in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline that gives its quote a speaker: the quote counts, with that speaker
        ('"Eastern Aleppo could be totally destroyed by Christmas," says UN envoy\n\nThe UN envoy Staffan de '
         "Mistura warned on Thursday that the east could be destroyed.",
         ("Eastern Aleppo could be totally destroyed by Christmas,", "Staffan de Mistura")),
        ("'We are living in a graveyard,' says doctor\n\nA doctor in the east described the siege on Monday.",
         ("We are living in a graveyard,", "doctor")),
        ('Lavrov: "The West is protecting terrorists in Aleppo"\n\nRussian Foreign Minister Sergei Lavrov '
         "accused Western countries on Friday of shielding militants.",
         ("The West is protecting terrorists in Aleppo", "Sergei Lavrov")),
    ],
)
def test_a_headline_that_names_its_quotes_speaker(nlp, text, expected):
    direct = [(q.quote, q.speaker) for q in run(nlp, text) if q.kind == "direct"]
    assert direct == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # negatives: a place before the colon, and a headline's title in quote marks
        'Syria: "Five people were killed in the shelling"\n\nShelling hit the town on Monday.',
        'The "Battle for Aleppo" enters its fifth week\n\nFighting went on in the south of the city.',
        # negative: a topic with lower-case words before the colon is no speaker
        'Aleppo shelling: "Five people were killed in the market"\n\nShelling hit the town on Monday.',
    ],
)
def test_a_headlines_quote_marks_with_no_speaker_are_no_quote(nlp, text):
    assert [q for q in run(nlp, text) if q.kind == "direct"] == []


ENVOY_BODY = "The United Nations envoy for Syria, Staffan de Mistura, warned on Thursday that eastern Aleppo faced destruction."


@pytest.mark.parametrize(
    "title",
    [
        # an office word and a name before the colon, the speaker and verb before the quote
        'Envoy de Mistura: "Aleppo could be totally destroyed by Christmas"',
        'UN envoy says "Aleppo could be totally destroyed by Christmas"',
    ],
)
def test_a_headline_quote_with_its_speaker_before_it(nlp, title):
    found = [(q.kind, q.quote, q.speaker) for q in title_quotes(nlp, title, ENVOY_BODY)]
    assert found == [("direct", "Aleppo could be totally destroyed by Christmas", "Staffan de Mistura")]

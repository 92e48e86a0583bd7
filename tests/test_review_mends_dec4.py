"""A reviewer's invented inputs near the rules of 4 December 2026: each rule keeps off the construction next to
its own (these were regressions against the code before those rules)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.entities import entity_mentions
from pipeline.quotes import quotes
from tests.test_casualties import figures


def found_quotes(nlp, text):
    doc = nlp(text)
    return quotes(doc, article_id="t", entities=entity_mentions(doc, article_id="t"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # subcounts.total_before_a_colon: counts added after the colon, or of another time, are no parts
        ("Rebels killed 20 soldiers near Hama: another 5 soldiers died in Homs.", [(20, False), (5, False)]),
        ("Clashes killed 12 rebels in Daraa: six soldiers were also killed.", [(12, False), (6, False)]),
        # denied.COUNTERFACTUAL_MODALS: "could have been killed" hedges a past event
        ("Activists said as many as 100 people could have been killed in the attack.", [(100, False)]),
        # counts.count_restated_in_brackets: digits restating the count in words
        ("Eight people (8) were wounded in the shelling.", [(8, False)]),
    ],
)
def test_casualty_rules_keep_off_their_neighbours(nlp, text, expected):
    assert [(f.number, f.part_of is not None) for f in figures(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # source_phrases.toll_revised_by: who caused the deaths is no source of the toll
        ("Russia raised the death toll to 300 with its bombing of Idlib.", None),
        # source_names: sources cited by an outlet stay unnamed
        ("Anadolu, citing Turkish security sources, said 40 militants were killed.", None),
    ],
)
def test_casualty_sources_keep_off_their_neighbours(nlp, text, source):
    assert [f.attributed_to for f in figures(nlp, text)] == [source]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # places.own_place: a known place or a phrase of the model's own is not replaced by a bare name
        ("A strike killed 5 people in the Golan Heights.", "Golan Heights"),
        ("Mortars killed 3 people in the Old City of Damascus.", "Damascus"),
    ],
)
def test_a_figures_place_keeps_the_known_place(nlp, text, place):
    assert [f.place for f in figures(nlp, text)] == [place]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # SpeakerHistory.resolve_pronoun: a given name's usual gender never leaves a pronoun without its only person
        ("Senator Lindsey Graham said the strikes were overdue. He added that Assad must face consequences.", "Lindsey Graham"),
        ('Ms Sam Harding said the camp was full. "We cannot take any more families in," she said.', "Sam Harding"),
        # speakers.speaks_for_a_body: not past a spokesman of another body, nor to a body that was not quoted
        ("Turkey said its troops would stay in Afrin. SDF spokesman Mustafa Bali said Turkish jets hit a village. "
         "It said eight civilians were killed.", None),
        ("The Pentagon received a Russian proposal on Monday. Spokesman Jeff Davis said the document was under "
         "review. It said Russian jets would avoid the zone.", None),
    ],
)
def test_pronoun_rules_keep_off_their_neighbours(nlp, text, speaker):
    assert found_quotes(nlp, text)[-1].speaker == speaker


def test_a_series_of_acts_ends_in_no_inverted_report(nlp):
    # heads.inverted_final_reporter: one subject's acts in a row
    assert found_quotes(nlp, "Erdogan flew to Sochi on Monday, met Putin for three hours, warned the Kurds.") == []


def test_the_contents_own_subject_after_according_to_a_body_stays(nlp):
    # parenthetical.past_an_apposed_office: only an office apposed to a person's name
    [quote] = found_quotes(nlp, "According to the Observatory, the commander, a veteran of the war, was killed.")
    assert quote.quote == "the commander, a veteran of the war, was killed"


def test_a_lost_possessive_before_an_adverb_is_still_read(nlp):
    # entities.article.owns_the_next_word
    doc = nlp("Irans very close ally is Syria.")
    assert "Iran" in {m.canonical for m in entity_mentions(doc, article_id="t")}


def test_an_html_articles_time_below_its_text_dates_another_item(tmp_path):
    # ingest.markup: the <time> by the headline, not a related item's inside the <article>
    from pipeline.ingest import read_path, to_article

    body = "Government forces shelled the town of Example on Monday, killing at least seven civilians, a monitor said."
    page = (f"<html><head><title>Shelling kills seven</title></head><body><div>Posted <time datetime='2016-04-22'>"
            f"22 April 2016</time></div><article><h1>Shelling kills seven</h1><p>{body}</p><p>{body} Again.</p>"
            f"<div>Related: <time datetime='2016-03-01'>1 March</time></div></article></body></html>")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    [article] = [to_article(item) for item in read_path(tmp_path)]
    assert article.published == date(2016, 4, 22)

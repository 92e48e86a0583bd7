"""A reviewer's invented inputs near the rules of 4 December 2026 (afternoon): each rule keeps off the
construction next to its own (these were regressions against the code before those rules)."""

from __future__ import annotations

import pytest

from tests.test_casualties import figures
from tests.test_speaker_constructions_dec4b import found_quotes


def speaker_at(nlp, text, words):
    found = [q for q in found_quotes(nlp, text) if words in q.quote]
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
    assert [q.quote for q in found_quotes(nlp, text)] == [content]


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


# ---- pages: a story's own paragraphs are text whatever their class or length


def html_text(tmp_path, body: str) -> str:
    from pipeline.ingest import to_article
    from pipeline.ingest.markup import read_html_file

    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>x</title></head><body>{body}</body></html>", encoding="utf-8")
    [doc] = read_html_file(path)
    return to_article(doc).text


LONG = (
    "The strike hit the crowded market in the eastern district on Tuesday morning, residents said, as "
    "shoppers gathered before the curfew."
)


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        # markup.NEVER_CHROME_BY_CLASS: a paragraph or a quotation classed like chrome is still the story's
        (f'<article><h1>Strike</h1><p>{LONG}</p><p class="caption-text">Rescuers said at least 25 civilians were '
         "killed in the attack.</p></article>", "at least 25 civilians"),
        (f'<article><h1>Strike</h1><p>{LONG}</p><blockquote class="social-quote">"We will hold the line whatever '
         'it costs," the commander said.</blockquote></article>', "We will hold the line"),
        # clean.split_scraped_text(lead_paragraph=...): a short first <p> is text, not header
        (f"<div>Home | World | Syria</div><article><h1>Strike</h1><p>At least 25 people were killed in Aleppo.</p>"
         f"<p>{LONG}</p></article>", "At least 25 people were killed in Aleppo."),
        # markup.lost_the_story: a story container classed "share-enabled" is read by its tags
        ('<div class="teaser-box">Read our full coverage of the war in Syria, with maps, timelines and the latest '
         "reports from our correspondents on the ground in the north of the country.</div>"
         f'<div class="entry share-enabled"><h1>Siege</h1><p>{LONG}</p><p>{LONG}</p></div>', "crowded market"),
        # trailing_chrome: a list the story introduces, ages given, is no chrome
        (f"<article><h1>Strike</h1><p>{LONG}</p><p>The dead included:</p><p>Ahmad Khalil, 12</p>"
         "<p>Omar Hassan, 34</p></article>", "Omar Hassan, 34"),
    ],
)
def test_a_story_s_own_text_stays(tmp_path, body, kept):
    assert kept in html_text(tmp_path, body)


def test_a_menu_above_the_story_still_goes(tmp_path):
    text = html_text(tmp_path, f'<div class="menu">Home | World | Syria</div><article><h1>Strike</h1><p>{LONG}</p></article>')
    assert "Home | World" not in text and "crowded market" in text

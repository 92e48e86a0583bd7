"""Headlines the texts do not print are parsed in one batch per parse batch (nlp.parse_headlines) and
handed out by nlp.headline_doc as the same parses a call each would give (invented headlines)."""

from __future__ import annotations

from datetime import date

import pipeline.analyse as analyse_module
from pipeline.analyse import analyse_articles
from pipeline.nlp import HEADLINES_KEPT, headline_doc, load_nlp, parse_headlines
from pipeline.records import Article


def parse_of(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc]


def test_a_batch_of_headlines_is_handed_out_as_parsed_one_by_one():
    titles = ["Air strikes kill 23 in rebel-held Aleppo, monitor says", "Rebels say they repelled an attack on Ramousah"]
    parse_headlines([*titles, f"  {titles[0]}  ", ""])
    first = headline_doc(titles[0])
    assert headline_doc(f" {titles[0]}") is first  # no second parse
    for title in titles:
        assert parse_of(headline_doc(title)) == parse_of(load_nlp()(title))


def test_the_kept_headlines_are_bounded():
    parse_headlines(f"Shelling kills {n} in Aleppo" for n in range(HEADLINES_KEPT + 10))
    from pipeline import nlp

    assert len(nlp._HEADLINES) == HEADLINES_KEPT
    assert "Shelling kills 0 in Aleppo" not in nlp._HEADLINES  # the oldest went first


def test_analysis_parses_in_a_batch_only_the_headlines_the_texts_do_not_print(monkeypatch):
    batches = []
    monkeypatch.setattr(analyse_module, "parse_headlines", lambda titles: batches.append(list(titles)))
    printed = "Government forces retake Aleppo district"
    body = "Government forces retook the district of Sheikh Saeed in Aleppo on Monday, state media said. " * 2
    articles = [
        Article("a1", "s1", "x.csv:row 1", "Outlet", printed, date(2016, 9, 1), None, f"{printed}\n\n{body}", 40),
        Article("a2", "s2", "x.csv:row 2", "Outlet", "Ceasefire talks stall in Geneva", date(2016, 9, 2), None, body, 30),
        Article("a3", "s3", "x.csv:row 3", "Outlet", "", date(2016, 9, 3), None, body, 30),
    ]
    results = analyse_articles(articles)
    assert len(results) == 3
    assert batches == [["Ceasefire talks stall in Geneva"]]

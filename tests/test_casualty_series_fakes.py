"""On FA-KES: no article adds one reported death twice to the Casualties series, and the Aleppo-only
December 2016 view holds no figure whose own sentence names another city (needs the shared corpus)."""

from __future__ import annotations

import re

import pytest

from pipeline.analyse import analyse_doc, geocoder_for
from pipeline.paths import FAKES_CSV

pytestmark = pytest.mark.skipif(not FAKES_CSV.exists(), reason=f"FA-KES is not at {FAKES_CSV}")

SPACE_RE = re.compile(r"\s+")


@pytest.fixture(scope="module")
def analysed(nlp):
    from pipeline.evaluation.gold import fakes_articles

    articles = list(fakes_articles().values())
    december = [a for a in articles if a.published and (a.published.year, a.published.month) == (2016, 12)]
    chosen = {a.article_id: a for a in (december[:60] + articles[:40])}
    geocoder = geocoder_for(False)
    return [(a, analyse_doc(nlp(a.text), a, geocoder)) for a in chosen.values()]


def addable(figures):
    """The figures the series adds: numbered, not running totals, sub-counts or repeats."""
    return [
        f for f in figures if f.number is not None and not f.cumulative and not f.part_of and not f.repeats
    ]


def body_only_total(figures) -> int:
    """The series recomputed from body figures only, plus headline figures the body does not report."""
    body = [
        f
        for f in figures
        if not f.in_headline and f.number is not None and not f.cumulative and not f.part_of
    ]
    once: dict[tuple, int] = {}
    for f in body:  # a sentence printed twice reports its figures once
        once.setdefault(
            (SPACE_RE.sub(" ", f.sentence.strip().lower()), f.start - f.sentence_start, f.type), f.number
        )
    told = {(f.number, f.type) for f in body}
    heads = [
        f for f in figures if f.in_headline and f.number is not None and not f.cumulative and not f.part_of
    ]
    return sum(once.values()) + sum(f.number for f in heads if (f.number, f.type) not in told)


def test_no_article_adds_a_reported_death_twice(analysed):
    assert analysed, "no FA-KES article analysed"
    for article, analysis in analysed:
        killed = [f for f in analysis.casualties if f.type == "killed"]
        series = sum(f.number for f in addable(killed))
        assert series <= body_only_total(killed), article.article_id


def test_aleppo_december_figures_name_no_other_city(analysed):
    checked = 0
    for article, analysis in analysed:
        aleppo = {p.place for p in analysis.places if p.in_aleppo}
        elsewhere = [p for p in analysis.places if not p.in_aleppo and p.kind == "city"]
        for figure in addable(analysis.casualties):
            when = figure.event_date or article.published
            if figure.place not in aleppo or when is None or (when.year, when.month) != (2016, 12):
                continue
            checked += 1
            end = figure.sentence_start + len(figure.sentence)
            others = [p.place for p in elsewhere if figure.sentence_start <= p.start and p.end <= end]
            assert not others, (article.article_id, figure.number_text, others)
    assert checked > 0, "no Aleppo figure of December 2016 in the sample"

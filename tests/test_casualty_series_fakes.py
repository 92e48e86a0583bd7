"""On FA-KES: no article adds one reported death twice to the Casualties series, and the Aleppo-only
December 2016 view holds no figure whose own sentence names another city (needs the shared corpus).

"Twice" is read two ways, each independent of the extractor's own linking: the series recomputed from
body figures only (a headline figure counts only when the body does not give it), and, over the whole
corpus, no two counted figures of one article giving the same toll in sentences worded mostly alike (a
lead restated, a standfirst printed again, a headline run into its lead)."""

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

    articles = {a.article_id: a for a in fakes_articles().values()}  # the build's dedupe: one per text
    geocoder = geocoder_for(False)
    return [(a, analyse_doc(nlp(a.text), a, geocoder)) for a in articles.values()]


def addable(figures):
    """The figures the series adds: numbered, not running totals, sub-counts, repeats or a second source's
    count of a toll told before."""
    return [
        f for f in figures
        if f.number is not None and not f.cumulative and not f.part_of and not f.repeats and not f.estimate_of
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


# Words that carry no wording of their own: a restatement shares the rest.
FUNCTION_WORDS = frozenset(
    "the a an of in on at and or to by was were have has had been is are said says that with for from as its "
    "their it this who which".split()
)
ALIKE = 0.5  # share of content words two sentences have in common (Jaccard) above which they word one report
MIN_TOLL = 5  # "two killed" recurs by chance in a round-up of incidents


def content_words(sentence: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", sentence.lower()) if w not in FUNCTION_WORDS and len(w) > 2}


def worded_alike(a: str, b: str) -> bool:
    wa, wb = content_words(a), content_words(b)
    return len(wa & wb) >= ALIKE * max(1, len(wa | wb))


def test_no_article_counts_a_toll_twice_in_sentences_worded_alike(analysed):
    doubled = []
    for article, analysis in analysed:
        counted = [f for f in addable(analysis.casualties) if f.type == "killed" and f.number >= MIN_TOLL]
        for k, first in enumerate(counted):
            for second in counted[k + 1 :]:
                if (
                    first.number == second.number
                    and first.sentence_start != second.sentence_start  # two items of one sentence may be alike
                    and worded_alike(first.sentence, second.sentence)
                ):
                    doubled.append((article.article_id, first.number, second.sentence[:80]))
    assert not doubled, doubled


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


def test_every_figure_id_is_unique_and_every_link_finds_its_figure(analysed):
    """A figure's id names it alone, and the ids a figure links to (the whole it is part of, the figure it
    repeats, the toll it is another estimate of) are figures of its article: a sum or an incident that
    follows a link must find what it points at. (A quote's id names its statement, which two speakers
    said jointly share: "Carter and Fallon said ..." is one statement, a row per speaker.)"""
    for article, analysis in analysed:
        ids = [f.figure_id for f in analysis.casualties]
        assert len(ids) == len(set(ids)), article.article_id
        for figure in analysis.casualties:
            for link in (figure.part_of, figure.repeats, figure.estimate_of):
                assert link is None or link in ids, (article.article_id, figure.figure_id, link)

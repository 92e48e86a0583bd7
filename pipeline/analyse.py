"""Per-article analysis: one spaCy parse, then every extractor over it. Runs inside worker processes.

`analyse_articles` is the unit of work both engines share (local processes and Dask partitions):
articles in, plain records out. A parse that fails or runs over its time budget makes that article a
Rejection; an extractor that raises costs the article only that extractor's records, and the failure
is logged and listed in the analysis (`failures`), which the build counts in the manifest.
"""

from __future__ import annotations

import functools
import logging
import signal
import threading
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field

from .casualties import casualty_figures
from .casualties.dedupe import headline_end, with_other_estimates
from .casualties.quoted import with_quoted_sources
from .entities import entity_mentions
from .nlp import doc_text, load_nlp, parse_headlines
from .places import Geocoder, place_mentions
from .quotes import quotes
from .quotes.title import headline_quotes
from .records import Article, CasualtyFigure, EntityMention, PlaceMention, Quote, Rejection

log = logging.getLogger(__name__)

PIPE_BATCH_SIZE = 32
# Seconds one article may take (parse plus extractors). A news article takes well under one; the budget
# only stops pathological input (one 60k-token "sentence") from stalling a run of thousands.
ARTICLE_BUDGET_S = 60.0


class BudgetExceeded(Exception):
    """An article took longer than its time budget."""


@contextmanager
def time_budget(seconds: float):
    """Raise BudgetExceeded in this block after `seconds` (SIGALRM; only on a process's main thread).

    Worker processes run tasks on their main thread, so the budget holds there; on other threads
    (a Dask worker's pool) the block runs unbounded rather than failing.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame):
        raise BudgetExceeded(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(slots=True)
class ArticleAnalysis:
    """Everything extracted from one article."""

    article_id: str
    entities: list[EntityMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    casualties: list[CasualtyFigure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)  # "extractor: error" for each extractor that raised


@functools.cache
def geocoder_for(online: bool) -> Geocoder:
    return Geocoder(online=online)


def analyse_doc(doc, article: Article, geocoder: Geocoder) -> ArticleAnalysis:
    """All extractors over one parsed article, each fed what the earlier ones found.

    An extractor that raises yields no records for this article; the error is logged and kept in
    `failures`, and the later extractors still run.
    """
    article_id = article.article_id
    analysis = ArticleAnalysis(article_id)

    def guarded(name: str, extract: Callable[[], list]) -> list:
        try:
            return extract()
        except BudgetExceeded:
            raise
        except Exception as error:  # one extractor's bug must cost one article's records, visibly
            log.warning("%s extraction failed on %s: %r", name, article.source, error)
            analysis.failures.append(f"{name}: {type(error).__name__}: {error}"[:300])
            return []

    analysis.entities = guarded("entities", lambda: entity_mentions(doc, article_id=article_id))
    analysis.places = guarded(
        "places", lambda: place_mentions(doc, analysis.entities, article_id=article_id, geocoder=geocoder)
    )
    analysis.casualties = guarded(
        "casualties",
        lambda: casualty_figures(
            doc,
            article_id=article_id,
            published=article.published,
            entities=analysis.entities,
            places=analysis.places,
            title=article.title,
            parse_title=True,
        ),
    )
    analysis.quotes = guarded("quotes", lambda: quotes(doc, article_id=article_id, entities=analysis.entities, outlet=article.outlet))
    analysis.quotes += guarded(
        "quotes",
        lambda: headline_quotes(article.title, doc_text(doc), analysis.quotes, article_id=article_id, outlet=article.outlet),
    )
    # A figure in reported speech with no source of its own is the speaker's (pipeline.casualties.quoted);
    # with every source known, another source's count of a toll told before is marked as such.
    analysis.casualties = with_other_estimates(
        with_quoted_sources(analysis.casualties, analysis.quotes), doc_text(doc), analysis.places
    )
    return analysis


def analyse_articles(
    articles: Sequence[Article], *, geocode_online: bool = False, budget_s: float | None = None
) -> list[ArticleAnalysis | Rejection]:
    """Parse a batch of articles with the shared model and run the extractors; never raises per article.

    Batches are parsed together (faster); when a batch's parse fails or overruns its budget, its
    articles are parsed one by one so that only the culprit is rejected.
    """
    nlp = load_nlp()
    geocoder = geocoder_for(geocode_online)
    budget = ARTICLE_BUDGET_S if budget_s is None else budget_s
    results: list[ArticleAnalysis | Rejection] = []
    for start in range(0, len(articles), PIPE_BATCH_SIZE):
        batch = articles[start : start + PIPE_BATCH_SIZE]
        try:
            with time_budget(budget * len(batch)):
                docs: list = list(nlp.pipe((a.text for a in batch), batch_size=PIPE_BATCH_SIZE))
        except Exception:  # BudgetExceeded or a parse error: find the culprit
            docs = [parse_one(nlp, article, budget) for article in batch]
        # The headlines the casualty and quote stages will parse (those the texts do not print), in one batch;
        # if that fails or overruns, each is parsed within its own article's budget as before.
        try:
            with time_budget(budget * len(batch)):
                parse_headlines(
                    a.title for a, doc in zip(batch, docs, strict=True)
                    if a.title and not isinstance(doc, Rejection) and not headline_end(a.text, a.title)
                )
        except Exception as error:
            log.warning("headlines of a batch parsed one by one: %r", error)
        for article, doc in zip(batch, docs, strict=True):
            results.append(doc if isinstance(doc, Rejection) else analyse_within_budget(doc, article, geocoder, budget))
    return results


def worker_crashed(article: Article) -> Rejection:
    """The Rejection of an article whose analysis killed the process running it, twice: once in its
    batch, once alone (a crash in native code, or the kernel's out-of-memory killer)."""
    log.warning("rejected %s: the analysis process died on it", article.source)
    return Rejection(
        article.source, "worker_crashed", "the analysis process died on this article (a crash or out of memory); kept out"
    )


def parse_one(nlp, article: Article, budget: float):
    """One article's Doc, or its Rejection when spaCy fails or overruns the budget."""
    try:
        with time_budget(budget):
            return nlp(article.text)
    except BudgetExceeded as error:
        log.warning("rejected %s: parsing %s", article.source, error)
        return Rejection(article.source, "over_budget", f"parsing {error}; the article is kept out")
    except Exception as error:
        log.warning("rejected %s: spaCy failed: %s", article.source, error)
        return Rejection(article.source, "analysis_error", f"spaCy failed: {error}")


def analyse_within_budget(doc, article: Article, geocoder: Geocoder, budget: float) -> ArticleAnalysis | Rejection:
    try:
        with time_budget(budget):
            return analyse_doc(doc, article, geocoder)
    except BudgetExceeded as error:
        log.warning("rejected %s: extraction %s", article.source, error)
        return Rejection(article.source, "over_budget", f"extraction {error}; the article is kept out")

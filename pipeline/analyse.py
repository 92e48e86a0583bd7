"""Per-article analysis: one spaCy parse, then every extractor over it. Runs inside worker processes.

`analyse_articles` is the unit of work both engines share (local processes and Dask partitions):
articles in, plain records out, and a failure in one article becomes that article's Rejection.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from .casualties import casualty_figures
from .entities import entity_mentions
from .nlp import load_nlp
from .places import Geocoder, place_mentions
from .quotes import quotes
from .records import Article, CasualtyFigure, EntityMention, PlaceMention, Quote, Rejection

log = logging.getLogger(__name__)

PIPE_BATCH_SIZE = 32


@dataclass(slots=True)
class ArticleAnalysis:
    """Everything extracted from one article."""

    article_id: str
    entities: list[EntityMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    casualties: list[CasualtyFigure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


@functools.cache
def geocoder_for(online: bool) -> Geocoder:
    return Geocoder(online=online)


def analyse_doc(doc, article: Article, geocoder: Geocoder) -> ArticleAnalysis:
    """All extractors over one parsed article, each fed what the earlier ones found."""
    article_id = article.article_id
    entities = entity_mentions(doc, article_id=article_id)
    places = place_mentions(doc, entities, article_id=article_id, geocoder=geocoder)
    figures = casualty_figures(
        doc, article_id=article_id, published=article.published, entities=entities, places=places
    )
    said = quotes(doc, article_id=article_id, entities=entities)
    return ArticleAnalysis(article_id, entities, places, figures, said)


def analyse_articles(
    articles: Sequence[Article], *, geocode_online: bool = False
) -> list[ArticleAnalysis | Rejection]:
    """Parse a batch of articles with the shared model and run the extractors; never raises per article."""
    nlp = load_nlp()
    geocoder = geocoder_for(geocode_online)
    results: list[ArticleAnalysis | Rejection] = []
    docs: Iterator = nlp.pipe((a.text for a in articles), batch_size=PIPE_BATCH_SIZE)
    for article in articles:
        try:
            doc = next(docs)
        except Exception as error:  # a parse failure loses the rest of this batch's iterator
            log.warning("spaCy failed on %s: %s", article.source, error)
            results.append(Rejection(article.source, "analysis_error", f"spaCy failed: {error}"))
            docs = nlp.pipe((a.text for a in articles[len(results) :]), batch_size=PIPE_BATCH_SIZE)
            continue
        try:
            results.append(analyse_doc(doc, article, geocoder))
        except Exception as error:  # one bad article must never stop a run
            log.warning("extraction failed on %s: %r", article.source, error)
            results.append(Rejection(article.source, "analysis_error", f"extraction failed: {error!r}"))
    return results

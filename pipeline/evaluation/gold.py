"""The gold sets' articles as the pipeline itself reads and analyses them.

Gold files name FA-KES articles by unit_id. Evaluations take their text, publication date and extracted
records from here, so they score the real path (ingest, cleaning, dateline, headline, every extractor in
its pipeline order), not a re-implementation of it.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

from spacy.language import Language

from ..analyse import ArticleAnalysis, analyse_doc, geocoder_for
from ..ingest import read_csv, to_article
from ..paths import FAKES_CSV
from ..records import Article


def read_gold(path: Path) -> list[dict]:
    """A gold file's entries, one JSON object a line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@functools.cache
def fakes_articles() -> dict[int, Article]:
    """FA-KES articles by unit_id, cleaned and dated exactly as `pipeline build` does (first row wins)."""
    articles: dict[int, Article] = {}
    for doc in read_csv(FAKES_CSV):
        article = to_article(doc) if not hasattr(doc, "reason") else None
        if isinstance(article, Article) and article.source_id.isdigit():
            articles.setdefault(int(article.source_id), article)
    return articles


def analysed(nlp: Language, unit_ids: list[int]) -> dict[int, tuple[Article, ArticleAnalysis]]:
    """Each gold article with everything the pipeline extracts from it."""
    articles = fakes_articles()
    geocoder = geocoder_for(False)
    results = {}
    for unit_id in dict.fromkeys(unit_ids):
        article = articles[unit_id]
        results[unit_id] = (article, analyse_doc(nlp(article.text), article, geocoder))
    return results

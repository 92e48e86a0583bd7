"""Corpus-level stages: they need every article's results at once, so they run after the per-article pass."""

from __future__ import annotations

from dataclasses import dataclass, replace

import pandas as pd
import pyarrow as pa

from .datasets import records_table
from .entities import canonicalise_corpus
from .incidents import group_incidents
from .network import speaker_network
from .records import Article, CasualtyFigure, EntityMention, Incident, PlaceMention, Quote


@dataclass(slots=True)
class CorpusResult:
    entities: list[EntityMention]
    casualties: list[CasualtyFigure]
    quotes: list[Quote]
    extra_tables: dict[str, pa.Table]  # incidents and the speaker network


def renamed_by_corpus(before: list[EntityMention], after: list[EntityMention]) -> dict[tuple[str, str], str]:
    """(article_id, article-level canonical) -> corpus canonical, for names the corpus stage changed."""
    return {
        (old.article_id, old.canonical): new.canonical
        for old, new in zip(before, after, strict=True)
        if old.canonical != new.canonical
    }


def corpus_stages(
    articles: list[Article],
    *,
    entities: list[EntityMention],
    places: list[PlaceMention],
    casualties: list[CasualtyFigure],
    quotes: list[Quote],
) -> CorpusResult:
    # One name per real entity across the corpus; speakers and sources follow the same renaming.
    corpus_entities = canonicalise_corpus(entities)
    renamed = renamed_by_corpus(entities, corpus_entities)
    if renamed:
        quotes = [
            replace(q, speaker=renamed.get((q.article_id, q.speaker), q.speaker)) if q.speaker else q for q in quotes
        ]
        casualties = [
            replace(c, attributed_to=renamed.get((c.article_id, c.attributed_to), c.attributed_to))
            if c.attributed_to
            else c
            for c in casualties
        ]

    # Figures that report the same event, across articles and outlets, become one incident.
    article_meta = {a.article_id: (a.outlet, a.published) for a in articles}
    casualties, incidents = group_incidents(casualties, article_meta)

    # The speaker network the app filters by outlet and date.
    articles_frame = pd.DataFrame(
        [{"article_id": a.article_id, "outlet": a.outlet, "published": a.published, "title": a.title} for a in articles],
        columns=["article_id", "outlet", "published", "title"],
    )
    quotes_frame = records_table(quotes, Quote).to_pandas()
    entities_frame = records_table(corpus_entities, EntityMention).to_pandas()
    network = speaker_network(quotes_frame, entities_frame, articles_frame)
    names = ("speaker_nodes.parquet", "speaker_edges.parquet", "speaker_outlets.parquet")
    extra = {"incidents.parquet": records_table(incidents, Incident)}
    for name, frame in zip(names, network, strict=False):
        extra[name] = pa.Table.from_pandas(frame, preserve_index=False)
    return CorpusResult(corpus_entities, casualties, quotes, extra)

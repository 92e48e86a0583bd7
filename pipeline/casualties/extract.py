"""The extractor: every casualty figure of a parsed article, in text order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from spacy.tokens import Doc, Span

from ..event_dates import event_date, in_war_total, is_cumulative
from ..records import CasualtyFigure, EntityMention, PlaceMention
from .attribution import KnownSource, Source, attribution, plain_next_source, sentence_sources
from .counts import number_phrases, qualifier
from .places import main_place, nearest_place
from .types import Candidate, classify, link_subcounts


def figure_span(cand: Candidate, doc: Doc) -> tuple[int, int]:
    """Character offsets of the figure as written: the number and the noun it counts, when adjacent."""
    start_tok, end_tok = cand.phrase.start, cand.phrase.end
    if cand.victim is not None and cand.victim.i >= end_tok and cand.victim.i - end_tok <= 3:
        end_tok = cand.victim.i + 1
    return doc[start_tok].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1].text)


def sentence_figures(
    sent: Span,
    *,
    article_id: str,
    published: date | None,
    entities: Sequence[EntityMention],
    places: Sequence[PlaceMention],
    fallback_place: str | None,
    inherited_source: str | None,
    sources: list[Source],
    next_source: str | None = None,
) -> list[CasualtyFigure]:
    doc = sent.doc
    candidates = [c for c in (classify(p, doc, sent) for p in number_phrases(sent)) if c is not None]
    if not candidates:
        return []
    links = link_subcounts(candidates, doc)
    found_date = event_date(sent.text, published)
    cumulative = is_cumulative(sent.text, found_date)
    figures: list[CasualtyFigure] = []
    for k, cand in enumerate(candidates):
        start, end = figure_span(cand, doc)
        parent = figures[links[k]] if k in links else None
        source = attribution(cand.anchor, sources)
        if source is None and not any(s.name for s in sources):
            source = next_source or inherited_source
        figures.append(
            CasualtyFigure(
                article_id=article_id,
                start=start,
                end=end,
                sentence=sent.text,
                number=cand.phrase.value,
                number_text=cand.phrase.text,
                type=parent.type if parent is not None and cand.type == "other" else cand.type,
                group=cand.group,
                qualifier=qualifier(cand.phrase, doc),
                part_of=parent.figure_id if parent is not None else None,
                place=nearest_place(start, sent, places) or fallback_place,
                attributed_to=source,
                event_date=found_date.date,
                cumulative=cumulative
                or in_war_total(sent.text, start - sent.start_char)
                or is_war_scale(cand.phrase.value, cand.type),
                figure_id=f"{article_id}:{start}",
                sentence_start=sent.start_char,
                updates_earlier=cand.updates_earlier,
                date_rule=found_date.rule if found_date.date is not None else None,
            )
        )
    return figures


# No single event of the war killed or wounded this many; a figure this large is a running total
# ("More than 300000 people have been killed"), even when the sentence does not say since when.
WAR_SCALE = 10_000
WAR_SCALE_TYPES = frozenset({"killed", "wounded", "missing", "detained"})


def is_war_scale(number: int | None, kind: str) -> bool:
    return number is not None and number >= WAR_SCALE and kind in WAR_SCALE_TYPES


def casualty_figures(
    doc: Doc,
    *,
    article_id: str,
    published: date | None,
    entities: list[EntityMention],
    places: list[PlaceMention],
) -> list[CasualtyFigure]:
    """Every casualty figure in a parsed article, in text order. Errors propagate to `analyse_doc`, which logs and counts them."""
    return list(
        iter_figures(doc, article_id=article_id, published=published, entities=entities, places=places)
    )


def iter_figures(
    doc: Doc,
    *,
    article_id: str,
    published: date | None,
    entities: Sequence[EntityMention],
    places: Sequence[PlaceMention],
) -> Iterable[CasualtyFigure]:
    entities = sorted(entities, key=lambda e: e.start)
    fallback = main_place(places)
    # A toll sentence with no source of its own continues the previous toll sentence's source
    # ("...according to the Observatory. Another 113 people ... were killed in the same period.").
    previous_source: str | None = None
    sents = list(doc.sents)
    # Sources are read in text order first, so "the source said" can point back to the body named
    # earlier and a figure can take a source the next sentence plainly gives.
    history: list[KnownSource] = []
    sources = [sentence_sources(sent, entities, history) for sent in sents]
    for k, sent in enumerate(sents):
        following = plain_next_source(sents[k + 1], sources[k + 1]) if k + 1 < len(sents) else None
        figures = sentence_figures(
            sent,
            article_id=article_id,
            published=published,
            entities=entities,
            places=places,
            fallback_place=fallback,
            inherited_source=previous_source,
            sources=sources[k],
            next_source=following,
        )
        previous_source = next((f.attributed_to for f in figures if f.attributed_to), None)
        yield from figures

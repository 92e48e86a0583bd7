"""The extractor: every casualty figure of a parsed article, in text order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..event_dates import counts_from_war_start, event_date, in_war_total, is_cumulative
from ..nlp import doc_text
from ..records import CasualtyFigure, EntityMention, PlaceMention
from .attribution import (
    attribution,
    continues_previous_report,
    credited_to_unnamed,
    goes_on_about_the_events,
    plain_next_source,
    relay,
)
from .breakdowns import parts_of_tolls_told_apart
from .constructions import coordinated_groups, named_victims, singular_victims
from .counts import PART_OF_A_TOLL, beyond_toll_scale, number_phrases, qualifier
from .cues import MIXED_HARMS, NO_HARM
from .dedupe import headline_end, mark_repeats
from .denied import (
    conditioned_modal_perfect,
    foreseen_harm,
    negated_count,
    people_returned,
    rate_count,
    released_count,
    sentenced_to_death,
    unrealised_harm,
)
from .display import display_spans
from .earlier_tolls import EARLIER_TOLLS_KEPT, parts_of_an_earlier_toll, with_the_place_of_their_whole
from .headline_credits import headline_credit, with_credited_headline_sources
from .lists import breakdown_after_a_colon, inherited_candidates
from .places import figure_place, main_place, scene_figure
from .ranges import join_ranges
from .same_victims import means_in, means_of, same_count, vague_count_of, vague_magnitude
from .source_names import KnownSource, sentence_sources
from .source_phrases import Source
from .subcounts import link_subcounts, wholes_named_after
from .tolls import running_total_clause, value_brought_to
from .types import Candidate, classify


def figure_span(cand: Candidate, doc: Doc) -> tuple[int, int]:
    """Character offsets of the figure as written: the number and the noun it counts, when adjacent."""
    start_tok, end_tok = cand.phrase.start, cand.phrase.end
    if cand.victim is not None and cand.victim.i >= end_tok and cand.victim.i - end_tok <= 3:
        end_tok = cand.victim.i + 1
    return doc[start_tok].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1].text)


def sentence_candidates(sent: Span) -> list[Candidate]:
    """Every figure candidate of a sentence in text order: number phrases (ranges folded) that a cue
    governs, then single persons named by a singular noun ("a nurse was wounded")."""
    doc = sent.doc
    phrases = join_ranges(list(number_phrases(sent)), doc)
    candidates = [c for c in (classify(p, doc, sent) for p in phrases) if c is not None]
    candidates += inherited_candidates(phrases, sorted(candidates, key=lambda c: c.phrase.start), doc)
    candidates += breakdown_after_a_colon(phrases, candidates, doc)
    taken = {t for c in candidates for t in range(c.phrase.start, c.phrase.end)}
    taken |= {c.victim.i for c in candidates if c.victim is not None}
    singles = singular_victims(sent, taken)
    candidates += singles
    if singles:
        # "Airstrikes killed a doctor, two nurses and a patient": counts listed after a single victim
        candidates += inherited_candidates(phrases, sorted(candidates, key=lambda c: c.phrase.start), doc)
    taken |= {t for c in candidates for t in range(c.phrase.start, c.phrase.end)}
    candidates += named_victims(sent, taken)
    kept = (
        c
        for c in candidates
        if c.type not in (MIXED_HARMS, NO_HARM)  # "the number of dead and missing", "rescued 12 hostages"
        and not negated_count(c, doc)
        and not rate_count(c)
        and not released_count(c)
        and not unrealised_harm(c)
        and not foreseen_harm(c)
        and not conditioned_modal_perfect(c)
        and not people_returned(c)
        and not sentenced_to_death(c)
        and not beyond_toll_scale(c.phrase.value, c.type)
    )
    return sorted(kept, key=lambda c: c.phrase.start)


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
    scene: CasualtyFigure | None = None,
) -> list[CasualtyFigure]:
    """Figures of one sentence. `fallback_place`: the article's lead place; `scene`: the last figure of the
    sentences just before (`places.scene_figure`), whose place a figure of a clause that names its events
    again ("The attacks claimed the lives of two") takes before the lead place."""
    doc = sent.doc
    candidates = sentence_candidates(sent)
    if not candidates:
        return []
    wholes = wholes_named_after(candidates)
    links = link_subcounts(candidates, doc, wholes)
    found_date = event_date(sent.text, published)
    cumulative = is_cumulative(sent.text, found_date)
    running = running_total_clause(sent)
    if running is not None:
        # "Twenty-five were killed on Saturday, bringing the toll since November 15 to 300": the day's count
        # is cumulative only by words of its own, before the running total's clause
        before = sent.text[: running.idx - sent.start_char]
        cumulative_before = is_cumulative(before, event_date(before, published))
    from_war_start = counts_from_war_start(sent.text)
    figures: list[CasualtyFigure] = []
    for k, cand in enumerate(candidates):
        start, end = figure_span(cand, doc)
        parent = figures[links[k]] if k in links else None
        source = attribution(cand.anchor, sources)
        if source is None and not any(s.name for s in sources):
            # A toll sentence takes the previous toll sentence's source only when it goes on about the
            # same events ("in the same period", "The airstrikes also left dozens injured"); "Another
            # four people died in rebel fire" with no source of its own is the outlet's own report.
            source = next_source or (inherited_source if continues_previous_report(sent) else None)
        war_wide = in_war_total(sent.text, start - sent.start_char)
        figures.append(
            CasualtyFigure(
                article_id=article_id,
                start=start,
                end=end,
                sentence=sent.text,
                number=cand.phrase.value,
                number_text=cand.phrase.text,
                type=parent.type if parent is not None and cand.type in ("other", PART_OF_A_TOLL) else cand.type,
                group=cand.group,
                qualifier="up to" if cand.phrase.low is not None else qualifier(cand.phrase, doc),
                part_of=parent.figure_id if parent is not None else None,
                place=figure_place(
                    cand, sent, places,
                    # a sentence that goes on about the incidents just told happened where they did
                    scene.place if scene is not None and not (cumulative or from_war_start)
                    and named_again(goes_on_about_the_events(cand.anchor), scene) else fallback_place,
                    war_wide=war_wide, since_war_start=from_war_start,
                ),
                attributed_to=source,
                event_date=found_date.date,
                cumulative=(cumulative_before if running is not None and cand.anchor.i < running.i else cumulative)
                or war_wide or is_war_scale(cand.phrase.value, cand.type)
                or value_brought_to(cand.phrase.root),
                figure_id=f"{article_id}:{start}",
                sentence_start=sent.start_char,
                updates_earlier=cand.updates_earlier,
                date_rule=found_date.rule if found_date.date is not None else None,
                number_low=cand.phrase.low,
                number_high=cand.phrase.value if cand.phrase.low is not None else None,
                relayed_by=relay(cand.anchor, sources, source),
                source_unnamed=source is None and credited_to_unnamed(cand.anchor, sources),
            )
        )
    for part, whole in wholes.items():
        if figures[part].part_of is None:
            # a part of no type of its own ("Twelve of the 19 victims were children") is of its whole's
            kind = figures[whole].type if figures[part].type in ("other", PART_OF_A_TOLL) else figures[part].type
            figures[part] = replace(figures[part], part_of=figures[whole].figure_id, type=kind)
    return with_coordinated_totals(figures, candidates)


def with_coordinated_totals(
    figures: list[CasualtyFigure], candidates: list[Candidate]
) -> list[CasualtyFigure]:
    """ "An elderly man and two boys were killed": a total of 3 (groups joined, `implied_total`) before
    its conjuncts, which become its sub-counts, so that sums and incidents count the victims once and
    the total is what the sentence reports. `figures` are in `candidates`' order."""
    result = list(figures)
    totals: dict[int, CasualtyFigure] = {}  # index of a group's first conjunct -> the group's total
    for members in coordinated_groups(candidates):
        parts = [figures[k] for k in members]
        if (whole := next((f.part_of for f in parts if f.part_of), None)) is not None:
            # "A woman and child were among 12 people killed": the conjuncts are parts of the same whole
            for k in members:
                result[k] = replace(result[k], part_of=result[k].part_of or whole)
            continue
        if any(f.number is None for f in parts):
            continue
        first, last = parts[0], parts[-1]
        total = replace(
            first,
            end=last.end,
            number=sum(f.number for f in parts),
            number_text=first.sentence[first.start - first.sentence_start : last.end - first.sentence_start],
            group="; ".join(dict.fromkeys(f.group for f in parts)),
            qualifier=first.qualifier,
            figure_id=f"{first.article_id}:{first.start}-{last.end}",
            implied_total=True,
        )
        for k in members:
            result[k] = replace(figures[k], part_of=total.figure_id)
        totals[members[0]] = total
    # totals go in after all groups are read: inserting one shifts the indices of the next group
    return [f for k, figure in enumerate(result) for f in ((totals[k], figure) if k in totals else (figure,))]


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
    title: str | None = None,
    parse_title: bool = False,
) -> list[CasualtyFigure]:
    """Every casualty figure in a parsed article, in text order, headline repeats flagged and linked
    (`in_headline`, `repeats`; `title` is the article's headline, when known). Errors propagate to
    `analyse_doc`, which logs and counts them.

    With `parse_title` (on in the pipeline), a headline the text does not print is parsed too and its
    figures that repeat a body figure are kept (start = end = 0): a reader sees the headline, and the
    `repeats` link keeps such a figure from being counted twice in totals."""
    text = doc_text(doc)
    end = headline_end(text, title)
    display = display_spans(text, end)  # read once: its figures are no wholes to parts, and repeat the body's
    figures = list(
        iter_figures(
            doc, article_id=article_id, published=published, entities=entities, places=places,
            display=[(0, end), *display] if end else display,
        )
    )
    if parse_title and title and not end:
        heads = headline_figures(
            title, article_id=article_id, published=published, entities=entities, places=places, text=doc_text(doc)
        )
        credited = headline_credit(title)
        kept = []
        for head in heads:
            # kept when it repeats a body figure, exactly or as a vague count of it ("kill dozens"); a
            # vague count sums the body's figures of its type ("Dozens killed" over 16, 10 and 6 killed)
            repeated = [f for f in figures if same_count(head, f) or vague_count_of(head, f)] or (
                day_figures(figures, head.type) if sums_to_its_magnitude(head, figures) else []
            )
            if not repeated:
                continue
            if credited and head.attributed_to is None:
                # "Air raids kill 25 civilians: monitor": the credit is the body's source of that figure.
                source = next((f.attributed_to for f in repeated if f.attributed_to), None)
                head = replace(head, attributed_to=source) if source else head
            kept.append(head)
        # A sub-count whose whole the body does not give ("Three rescuers and six children killed" over a
        # body that tells the three and the six apart) stands alone: it repeats its body figure.
        kept_ids = {head.figure_id for head in kept}
        kept = [head if head.part_of in kept_ids or head.part_of is None else replace(head, part_of=None) for head in kept]
        figures = kept + figures
    # A single person named as a victim ("a woman was killed and 35 others were injured") is a figure
    # of 1 beside any count, as the guidelines read it; a sub-count links to its total (`part_of`).
    figures = parts_of_tolls_told_apart(mark_repeats(figures, text, title, places, display=display), places, text)
    return with_credited_headline_sources(figures, title)


def day_figures(figures: list[CasualtyFigure], kind: str) -> list[CasualtyFigure]:
    """The body's top-level exact figures of one type that count the events reported, a war-wide or
    cumulative toll aside."""
    return [f for f in figures if f.type == kind and f.number is not None and f.part_of is None and not f.cumulative]


def sums_to_its_magnitude(vague: CasualtyFigure, figures: list[CasualtyFigure]) -> bool:
    """ "Dozens killed in bombardment" over bodies counting 16, 10 and 6 killed: a one-word vague headline
    count whose order of magnitude (`same_victims.vague_magnitude`) holds the sum of `day_figures` of its type."""
    low, high = vague_magnitude(vague)
    return low is not None and low <= sum(f.number for f in day_figures(figures, vague.type)) <= high


def headline_figures(
    title: str,
    *,
    article_id: str,
    published: date | None,
    entities: Sequence[EntityMention],
    places: Sequence[PlaceMention],
    text: str = "",
) -> list[CasualtyFigure]:
    """Figures of a headline the article text does not print ("Israeli attack kills three"): parsed on
    its own, flagged `in_headline`, with `sentence` the headline and start = end = 0 (offsets index the
    text, which does not hold them). Their place is the headline's own ("... kill 23 in rebel-held
    Aleppo"), else the article's lead place."""
    from ..nlp import headline_doc  # the model the pipeline already loaded (cached per process)
    from ..places import Geocoder, place_mentions  # places import this package's base patterns

    head_doc = headline_doc(title)
    own_places = place_mentions(head_doc, article_id=article_id, geocoder=Geocoder(online=False))
    found = iter_figures(head_doc, article_id=article_id, published=published, entities=[], places=own_places)
    fallback = main_place(places, text)  # `text`: the article's, whose places these are
    return [
        replace(
            f,
            start=0,
            end=0,
            sentence_start=0,
            in_headline=True,
            place=f.place or fallback,
            # the headline's offsets as the text's ids have them ("a:12", a joined total "a:12-46"), so that
            # a total and its first conjunct keep distinct ids and a sub-count's part_of finds its whole
            figure_id=f"{article_id}:headline:{f.figure_id.rsplit(':', 1)[-1]}",
            part_of=f"{article_id}:headline:{f.part_of.rsplit(':', 1)[-1]}" if f.part_of else None,
        )
        for f in found
    ]


def iter_figures(
    doc: Doc,
    *,
    article_id: str,
    published: date | None,
    entities: Sequence[EntityMention],
    places: Sequence[PlaceMention],
    display: Sequence[tuple[int, int]] = (),
) -> Iterable[CasualtyFigure]:
    """Figures of a parsed text, sentence by sentence. `display`: (start, end) spans of its display text
    (a headline, standfirst, subheading or pull-quote: `display.display_spans`), whose figures no later
    part counts from."""
    entities = sorted(entities, key=lambda e: e.start)
    text = doc_text(doc)
    fallback = main_place(places, text, doc)
    # A toll sentence with no source of its own may continue the previous toll sentence's source
    # ("...according to the Observatory. Another 113 people ... were killed in the same period.").
    previous_source: str | None = None
    sents = list(doc.sents)
    # Sources are read in text order first, so "the source said" can point back to the body named
    # earlier and a figure can take a source the next sentence plainly gives.
    history: list[KnownSource] = []
    sources = [sentence_sources(sent, entities, history) for sent in sents]
    earlier: list[CasualtyFigure] = []
    told: list[CasualtyFigure] = []  # every figure so far, for the scene a later sentence goes on about
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
            scene=scene_figure(told, sents, k, places),
        )
        previous_source = next((f.attributed_to for f in figures if f.attributed_to), None)
        figures = parts_of_an_earlier_toll(
            figures, earlier, text, since=sents[k - 1].start_char if k else sent.start_char, sent=sent
        )
        figures = with_the_place_of_their_whole(figures, [*earlier, *figures], places)
        # a subheading's or pull-quote's figure is no toll a part of the story's text counts from
        earlier = [
            *earlier[-EARLIER_TOLLS_KEPT:],
            *(f for f in figures if f.part_of is None and not any(a <= f.start < b for a, b in display)),
        ]
        told.extend(figures)
        yield from figures


def named_again(subject: Token | None, scene: CasualtyFigure) -> bool:
    """Whether an incident noun (`attribution.goes_on_about_the_events`) may name the events of the figure
    before it: not means other than theirs ("The shelling also wounded 20" after air strikes elsewhere)."""
    if subject is None:
        return False
    said = means_in(" ".join(t.text for t in subject.subtree))
    told = means_of(scene)
    return not (said and told and not said & told)

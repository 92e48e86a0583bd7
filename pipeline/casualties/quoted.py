"""A figure inside reported speech is the speaker's figure.

The quote extractor resolves speakers with the article's whole context (offices, pronouns, a source
inside a named body, an outlet's correspondent, state media); a casualty figure that lies in the
content of a quote ("The correspondent said the attacks claimed the lives of 3 people") takes that
speaker as its source when the figure's own reading of the sentence found none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..outlets import outlet_registry
from ..quotes.state_media import state_outlet_states
from ..records import CasualtyFigure, Quote
from ..speakers import FEMALE_PRONOUNS, MALE_PRONOUNS, ORG_PRONOUNS, side_of


def speaker_of_figure(figure: CasualtyFigure, quotes: Sequence[Quote]) -> str | None:
    """The named speaker of the quote whose content holds the figure, or None (no quote holds it, the
    speaker is unnamed, or the figure is a headline repeat with no offsets in the text)."""
    if figure.in_headline and figure.start == figure.end:
        return None
    for quote in quotes:
        if quote.start <= figure.start and figure.end <= quote.end and quote.speaker and quote.speaker_named:
            return quote.speaker
    return None


# Words of a body's name that do not tell one body from another.
GENERIC_NAME_WORDS = frozenset({"the", "of", "for", "and", "in", "syrian", "syria", "national", "human", "rights", "arab", "general"})


def person_speaking_for(body: str, quote: Quote) -> bool:
    """Whether the quote's speaker is a named person the text presents as speaking for `body`: "member
    of the Kurdish National Council Mustafa Sino said", "the Observatory director said" (resolved to
    the director): the person, not the body, is the source."""
    if quote.speaker_label != "PERSON" or not quote.speaker_named or not quote.speaker_text:
        return False
    words = set(re.findall(r"[a-z]+", body.lower())) - GENERIC_NAME_WORDS
    return bool(words & set(re.findall(r"[a-z]+", quote.speaker_text.lower())))


def with_quoted_sources(figures: Sequence[CasualtyFigure], quotes: Sequence[Quote]) -> list[CasualtyFigure]:
    """The figures, each one without a source taking the speaker of the quote that holds it, and each
    credited to a body taking the person the quote names as speaking for that body."""
    resolved = []
    for figure in figures:
        holder = quote_holding(figure, quotes)
        if figure.attributed_to and holder is not None and (
            person_speaking_for(figure.attributed_to, holder)
            or read_the_same_pronoun(figure, holder)
            # "State TV said two people were wounded": the quote stage named the phrase both stages read
            # (Syrian state television), the casualty stage kept it as written
            or named_the_same_source(figure.attributed_to, holder)
        ):
            resolved.append(replace(figure, attributed_to=holder.speaker))
            continue
        if figure.attributed_to and holder is not None and relayed_by_an_outlet(figure.attributed_to, holder):
            relay = figure.relayed_by or figure.attributed_to
            resolved.append(replace(figure, attributed_to=holder.speaker, relayed_by=relay))
            continue
        # A figure the text credits to an unnamed source ("according to medics") stays unattributed.
        speaker = None if figure.attributed_to or figure.source_unnamed else speaker_of_figure(figure, quotes)
        if speaker is not None and speaker == figure.relayed_by:
            speaker = None  # "..., SANA reported, quoting the governor": the outlet only relays the governor's figure
        if speaker is None:
            resolved.append(figure)
            continue
        # "..., a source at Homs police command told SANA": the outlet told relays the speaker's figure
        told = outlet_told(holder) if holder is not None and holder.speaker == speaker else None
        resolved.append(replace(figure, attributed_to=speaker, relayed_by=figure.relayed_by or told))
    return resolved


def outlet_told(quote: Quote) -> str | None:
    """The news outlet a quote's cue says the words were told to ("told SANA", "told Reuters"), else None."""
    from ..quotes.antecedents import is_a_medium  # casualties import quotes only inside functions

    verb, _, recipient = (quote.cue or "").partition(" ")
    return recipient if verb.lower() == "told" and recipient and is_a_medium(recipient) else None


def relayed_by_an_outlet(source: str, quote: Quote) -> bool:
    """Whether a figure credited to a news outlet lies in the content of a quote by someone else the quote
    stage named ("The reporter quoted a source at Aleppo Police Command as saying that ... killing two
    people": the police command's figure, which the outlet's reporter relays). Not when the quote's
    speaker is an outlet too, or is the figure's own source, nor for a body that publishes the counts it
    makes itself (a monitor's or rescuers' site: the Observatory is a primary source, not a relay)."""
    if not (quote.speaker_named and quote.speaker) or quote.speaker == source:
        return False
    registry = outlet_registry()
    outlet = registry.named(source)
    if outlet is None or side_of(source) in COUNTING_SIDES:
        return False
    # "X told AFP 18 were killed, while SANA reported 25 dead": the outlet reports inside the quote's
    # span, its own figure, not the speaker's
    names = (source, outlet.name, *outlet.aliases)
    if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", quote.quote, re.I) for n in names if n):
        return False
    return registry.named(quote.speaker) is None and quote.speaker not in state_outlet_states()


# Sides of bodies that count casualties themselves (data/lexicons/speaker_sides.csv).
COUNTING_SIDES = ("monitors", "rescuers and medics")


def named_the_same_source(source: str, quote: Quote) -> bool:
    """Whether a figure's source as written is the phrase the quote holding it names a speaker for ("State
    TV" -> "Syrian state television"), or that phrase's head without the country it opens with ("Defence
    Ministry" of "Turkey's Defence Ministry" -> "Turkish Defence Ministry"): the quote's speaker a name."""
    written = re.sub(r"^(?:the|a|an)\s+", "", (quote.speaker_text or "").strip(), flags=re.IGNORECASE).lower()
    source = source.strip().lower()
    return bool(quote.speaker_named and quote.speaker and written and source) and (
        written == source or written.endswith(" " + source)
    )


SOURCE_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | ORG_PRONOUNS | {"they"}


def read_the_same_pronoun(figure: CasualtyFigure, quote: Quote) -> bool:
    """Whether the figure sits in a quote whose source is a pronoun written in the figure's own sentence
    ("But it later said that at least 37 were hurt"), which the quote stage resolved to a name other
    than the figure's: both stages read the same "it said", and the quote stage resolves a pronoun with
    the article's whole context (its speakers' number and gender, the clause above, "state TV" named
    for the country), the casualty stage with the last source it named, so the quote's reading wins.
    Not when the sentence credits the figure itself ("it said, according to the Observatory, ...")."""
    if not (quote.speaker_named and quote.speaker) or quote.speaker == figure.attributed_to:
        return False
    if (quote.speaker_text or "").strip().lower() not in SOURCE_PRONOUNS or quote.cue_start is None:
        return False
    in_sentence = figure.sentence_start <= quote.cue_start < figure.sentence_start + len(figure.sentence)
    return in_sentence and "according to" not in figure.sentence.lower()


def quote_holding(figure: CasualtyFigure, quotes: Sequence[Quote]) -> Quote | None:
    """The quote whose content holds the figure, or None (also for a headline repeat without offsets)."""
    if figure.in_headline and figure.start == figure.end:
        return None
    holding = [q for q in quotes if q.start <= figure.start and figure.end <= q.end]
    # "SANA's reporter said a source told him that ...": the innermost report is the figure's
    return min(holding, key=lambda q: q.end - q.start, default=None)

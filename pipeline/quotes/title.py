"""Reported speech in a headline the article text does not print.

Tables and feeds often keep the headline in a title column only ("Air strikes kill 23 civilians in
Syria town: monitor", "Kerry: Russia taking Aleppo won't end civil war"). A reader sees it, and the
gold guidelines count it as article text, so its quotes are records too: `in_headline` true, with no
offsets into the text (start = end = 0, no speaker or cue offsets). A headline names its source short
("monitor", "Homs Governor"); the body's attributions name it in full, so the speaker is the body's
source the headline's words describe.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..casualties.dedupe import headline_end, printed_in_text
from ..entities import entity_mentions
from ..nlp import headline_doc
from ..records import Quote
from ..speakers import side_of
from .lexicon import FINITE_TAGS

WORD_RE = re.compile(r"[a-z]+")
DETERMINERS = frozenset({"the", "a", "an", "its", "their"})


def headline_quotes(
    title: str | None, text: str, body_quotes: Sequence[Quote], *, article_id: str, outlet: str | None = None
) -> list[Quote]:
    """Quotes of the headline `title` when `text` does not print it: list of Quote records with
    `in_headline` true and zero-length offsets; empty when there is no title, the text prints it (its
    quotes are then the text's), or the headline reports no speech. Parses the title with the shared
    model (`headline_doc`, shared with the casualty stage); errors propagate (`analyse_doc` logs them)."""
    if not title or not title.strip() or headline_end(text, title) or printed_in_text(title, text):
        return []
    from . import quotes  # the package's entry point, imported here: this module is part of it

    doc = headline_doc(title)  # the casualty stage's parse of the same headline
    found = quotes(doc, article_id=article_id, entities=entity_mentions(doc, article_id=article_id), outlet=outlet)
    return [
        named_in_the_body(
            replace(
                quote,
                start=0,
                end=0,
                quote_id=f"{article_id}:headline:{n}",
                speaker_start=None,
                speaker_end=None,
                cue_start=None,
                cue_end=None,
                in_headline=True,
            ),
            body_quotes,
        )
        for n, quote in enumerate(q for q in found if q.cue is not None and reports_a_statement(doc, q))
    ]




def reports_a_statement(doc, quote: Quote) -> bool:
    """Whether a headline quote reports what someone said: a credit ("...: monitor", "... - Homs
    Governor"), whatever its verbless content, or a speech verb with a clause ("X says Y has ..."); not a
    call or an urging with an infinitive ("Kerry urges Russia, Syria to seek ceasefire", "calls on Russia
    to ..."), which the guidelines do not count as reported speech."""
    if quote.cue is None or not any(c.isalpha() for c in quote.cue) or quote.cue == quote.speaker_text:
        return True  # a credit: its separator, or the credit word itself, is the cue
    content = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    return content is not None and any(t.tag_ in FINITE_TAGS for t in content)


def named_in_the_body(quote: Quote, body_quotes: Sequence[Quote]) -> Quote:
    """A headline quote whose source is written short ("monitor", "Homs Governor", "State media") takes
    the named speaker of the first body quote whose source phrase holds all its words ("Homs Governor
    Talal Barazi said"), else of the first body quote on the same side ("the Syrian Observatory for
    Human Rights said" for "monitor"); a headline that names its speaker keeps it."""
    if quote.speaker_named or not quote.speaker_text:
        return quote
    words = set(WORD_RE.findall(quote.speaker_text.lower())) - DETERMINERS
    named = [q for q in body_quotes if q.speaker_named and q.speaker]
    fuller = next((q for q in named if words and words <= set(WORD_RE.findall((q.speaker_text or "").lower()))), None)
    side = side_of(None, None, quote.speaker_text)
    same_side = None
    if side not in (None, "other", "unknown"):
        same_side = next((q for q in named if side_of(q.speaker, q.speaker_role, q.speaker_text) == side), None)
    body = fuller or same_side
    if body is None:
        return quote
    return replace(
        quote,
        speaker=body.speaker,
        speaker_label=body.speaker_label,
        speaker_role=body.speaker_role,
        speaker_side=body.speaker_side,
        speaker_named=True,
    )

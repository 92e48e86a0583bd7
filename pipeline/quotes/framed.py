"""A direct quote whose speaker a fixed phrase before it names: 'In the words of Abu Omar, "..."'."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .parsed import ParsedArticle
from .sources import could_speak
from .spans import QuoteSpan

IN_THE_WORDS_OF_RE = re.compile(r"\b(?:in|to\s+use)\s+the\s+words\s+of\s+[^,\"“]{2,80},?\s*$", re.IGNORECASE)


def in_the_words_of(article: ParsedArticle, span: QuoteSpan) -> tuple[Token, Token] | None:
    """("words" token, speaker head) of 'In the words of Abu Omar, "..."': the quote's words are the
    named one's. None for any other layout."""
    lo, _ = article.line_of(span.open_mark)
    before = article.text[lo : span.open_mark]
    match = IN_THE_WORDS_OF_RE.search(before)
    if match is None:
        return None
    words = next((t for t in article.doc[article.token_at(lo + match.start()) : article.token_at(span.open_mark)] if t.lower_ == "words"), None)
    of = next((c for c in words.children if c.lower_ == "of"), None) if words is not None else None
    speaker = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return (words, speaker) if speaker is not None and could_speak(speaker) else None

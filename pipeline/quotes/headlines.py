"""Headlines that credit their content to a source: "10 killed in Aleppo: monitor"."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..casualties.extract import HEADLINE_CREDIT_RE
from .found import Found
from .lexicon import LINE_RE, WORD_RE
from .parsed import ParsedArticle

MAX_HEADLINE_WORDS = 25
HEADLINE_LINES = 2  # the title a scrape prints at the top, and a standfirst under it
# "CONTENT: SOURCE", "CONTENT - SOURCE", "CONTENT | SOURCE"; an encoding-mangled dash ("�_") too
CREDIT_SEPARATOR_RE = re.compile(r"\s*(?::|\||\s[-–—]\s|\s\ufffd_\s)\s*")


def headline_credits(article: ParsedArticle) -> list[tuple[Found, Token]]:
    """(quote, speaker head token) for each headline at the top of the text that ends by crediting a
    source after a colon or dash ("Syria air strikes kill 44: monitor"), the credit word being one
    the casualty stage also reads as a credit (HEADLINE_CREDIT_RE). A headline is a line of at most
    MAX_HEADLINE_WORDS words not ending in sentence punctuation."""
    text, doc = article.text, article.doc
    credited: list[tuple[Found, Token]] = []
    lines = [(m.start(), m.end()) for m in LINE_RE.finditer(text) if m.group().strip()][:HEADLINE_LINES]
    for lo, hi in lines:
        line = text[lo:hi].rstrip()
        if not line or line[-1] in ".!?\"”" or len(WORD_RE.findall(line)) > MAX_HEADLINE_WORDS:
            continue
        separators = list(CREDIT_SEPARATOR_RE.finditer(line))
        if not separators:
            continue
        last = separators[-1]
        credit = line[last.end() :]
        if not credit or len(credit.split()) > 4 or not HEADLINE_CREDIT_RE.search(" " + credit):
            continue
        start, end = lo, lo + last.start()
        if len(WORD_RE.findall(text[start:end])) < 3:
            continue
        span = doc.char_span(lo + last.end(), lo + len(line), alignment_mode="expand")
        if span is None:
            continue
        separator = doc.char_span(lo + last.start(), lo + last.end(), alignment_mode="expand")
        cue = next((t for t in separator if not t.is_space), span.root) if separator is not None else span.root
        credited.append((Found(start, end, text[start:end], "indirect", cue), span.root))
    return credited

"""The parsed article with lookups built once (token and entity by offset, lines, quoted runs)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..nlp import doc_text
from ..records import EntityMention
from .lexicon import LINE_RE

# ---------------------------------------------------------------------------------------------------
# Parse helpers


@dataclass(slots=True)
class ParsedArticle:
    """The doc with lookups built once: token by offset, entity by offset, sentence bounds, quoted runs."""

    doc: Doc
    entities: list[EntityMention]
    outlet: str | None = None  # the publishing outlet, for "our correspondent"
    introduced: list | None = None  # persons with their offices (roles.introduced_persons), built on first use
    described: list | None = None  # persons with the words describing them (roles.described_persons), built on first use
    subjects: list | None = None  # persons and bodies that are clause subjects (resolution.clause_subjects)
    reported: list[tuple[int, int]] = field(default_factory=list)  # indirect quotes' contents
    token_starts: list[int] = field(default_factory=list)
    entity_starts: list[int] = field(default_factory=list)
    quoted: list[tuple[int, int]] = field(default_factory=list)
    lines: list[tuple[int, int]] = field(default_factory=list)
    line_starts: list[int] = field(default_factory=list)
    text: str = ""  # doc.text, read once: spaCy rebuilds it from every token on each access

    def __post_init__(self) -> None:
        self.text = doc_text(self.doc)
        self.token_starts = [t.idx for t in self.doc]
        self.lines = [(m.start(), m.end()) for m in LINE_RE.finditer(self.text)] or [(0, 0)]
        self.line_starts = [lo for lo, _ in self.lines]
        self.entities = sorted(self.entities, key=lambda e: (e.start, -e.end))
        self.entity_starts = [e.start for e in self.entities]

    def token_at(self, offset: int) -> int:
        """Index of the token containing (or last starting before) a character offset."""
        return max(0, bisect.bisect_right(self.token_starts, offset) - 1)

    def entity_covering(self, token: Token) -> EntityMention | None:
        i = bisect.bisect_right(self.entity_starts, token.idx) - 1
        while i >= 0:
            entity = self.entities[i]
            if entity.start <= token.idx < entity.end:
                return entity
            if token.idx - entity.start > 200:
                break
            i -= 1
        return None

    def line_of(self, offset: int) -> tuple[int, int]:
        """The paragraph (line) holding an offset: the parser's sentences can run across headings."""
        return self.lines[max(0, bisect.bisect_right(self.line_starts, offset) - 1)]

    def in_quote(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.quoted)

    def in_report(self, offset: int) -> bool:
        """Inside an indirect quote's content: talked about, not talking."""
        return any(a <= offset < b for a, b in self.reported)


def sentence_bounds(article: ParsedArticle, offset: int) -> tuple[int, int]:
    sent = article.doc[article.token_at(offset)].sent
    return sent.start, sent.end

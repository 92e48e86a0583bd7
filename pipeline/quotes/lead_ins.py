"""A direct quote with no cue of its own that goes on with a speaker the sentences before it name: an
attribution or a speech verb's introduction just before ("..., Dujarric said. \"But ...\""), a lead-in
paragraph about one person ("Foreign Minister Jane Doe was blunt." then the quote), or a portrait of one
person ("Abu Ahmad is unrepentant. \"I would do it all again.\"")."""

from __future__ import annotations

import re

from ..casualties.cues import word_cue
from ..speakers import FEMALE_PRONOUNS, MALE_PRONOUNS
from .cues import is_cue
from .found import Found
from .lexicon import SUBJECT_DEPS
from .parsed import ParsedArticle
from .persons import person_mentioned_just_before
from .phrases import Speaker, describe

# A pronoun the article leaves unresolved goes on too ('"...," he said. "..."' with no "he" named before):
# the same words of the same speaker, not a quote of no one's. (A description the resolver left unnamed
# does not: comma-less copy runs other words into it.)
UNRESOLVED_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS | {"they"}


def continued_from_sentence_before(article: ParsedArticle, found: list[Found]) -> None:
    """A direct quote with no cue of its own that opens a sentence goes on with the speaker of the
    sentence just before it, when that sentence is an attribution ("..., UN spokesman Stephane
    Dujarric said. \"But humanitarians have not ...\"") or introduces the speaker with a speech verb
    ("A witness named Ahmad described the moment the bomber struck: \"As the bride ...\"")."""
    speaking = [
        f for f in found
        if f.cue is not None and f.speaker is not None
        and (f.speaker.name is not None or (f.speaker.pronoun or "").lower() in UNRESOLVED_PRONOUNS)
    ]
    for item in found:
        if item.kind != "direct" or item.cue is not None or item.speaker is not None or item.span is None:
            continue
        before = article.text[: item.span.open_mark].rstrip()
        opening = item.span.open_mark
        if before and before[-1] not in ".:!?\n\"”":
            if not clause_quoted_without_a_cue(article, item):
                continue  # the quote does not open a sentence, and is no clause quoted in a sentence without a cue
            opening = article.doc[article.token_at(item.span.open_mark)].sent.start_char
        previous = _sentence_before(article, opening)
        if previous is None:
            continue
        lo, hi = previous
        said = [f for f in speaking if lo <= f.cue.idx < hi and not (f.start <= item.start < f.end)]
        if said:
            source = said[-1].speaker
            item.speaker = source.carried()
            continue
        root = article.doc[article.token_at(lo)].sent.root
        subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        if is_cue(root) and subject is not None and not article.in_quote(subject.idx):
            speaker = describe(article, subject, root)
            if speaker.name is None and (speaker.pronoun or "") in MALE_PRONOUNS | FEMALE_PRONOUNS:
                # "He said:" then the quote: the person named just before is "he"
                known = person_mentioned_just_before(article, subject.idx)
                speaker.name, speaker.label = (known.name, known.label) if known is not None else (None, None)
            if speaker.name is None:
                continue
            if article.text[lo:hi].rstrip().endswith(":"):
                item.cue, item.speaker = root, speaker  # "X said:" introduces the quote: its cue and source
            else:
                item.speaker = speaker.carried()
        elif subject is not None and subject.dep_ == "nsubj" and word_cue(root) is None and lead_in_paragraph(article, item, previous):
            # the person acts in the lead-in: not one things happen to ("X was killed.", "X died in the strike.")
            speaker = describe(article, subject, root)
            if speaker.name is not None and speaker.label == "PERSON":
                item.speaker = speaker.carried()
        elif (portrait := person_portrayed_before(article, item, previous)) is not None:
            item.speaker = portrait.carried()


MAX_PORTRAIT_SENTENCES = 3  # "X lives in a tent near Atmeh. He fled Kafr Nabl in 2019." then the quote


def person_portrayed_before(article: ParsedArticle, item: Found, previous: tuple[int, int]) -> Speaker | None:
    """ 'Abu Ahmad, a farmer from Khan Sheikhoun, is unrepentant. "I would do it all again."', 'Khaled Ahmad
    lives in a tent near Atmeh. He fled Kafr Nabl in 2019.' then '"We left everything behind."': a quote
    that ends its paragraph, after one to three sentences that portray one person (each the active
    subject of its sentence, by name or as "he"/"she", no casualty the event), goes on with that person.
    The sentences are the quote's own paragraph before it, or the whole paragraph above when the quote
    opens its own. None when any of them has another subject or holds a quote."""
    lo, hi = article.line_of(item.span.open_mark)
    if article.text[item.span.after_close : hi].strip():
        return None
    if article.text[lo : item.span.open_mark].strip():
        region = (lo, item.span.open_mark)
    else:
        region = article.line_of(previous[0])
        if region[1] > previous[1] + 1:
            return None  # the sentence before ends no paragraph
    sentences = [s for s in article.doc.sents if region[0] <= s.start_char < region[1]]
    if not 1 <= len(sentences) <= MAX_PORTRAIT_SENTENCES or article.text[region[0] : sentences[0].start_char].strip():
        return None
    names: set[str] = set()
    speaker = None
    for n, sentence in enumerate(sentences):
        if any(article.in_quote(t.idx) for t in sentence):
            return None
        root = sentence.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or word_cue(root) not in (None, "displaced", "evacuated") or is_cue(root):
            return None  # "X was killed", "X died": no speaker after; "X fled Kafr Nabl" still speaks
        if subject.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS and n > 0:
            continue
        described = describe(article, subject, root)
        if described.name is None or described.label != "PERSON":
            return None
        names.add(described.name)
        speaker = speaker or described
    if speaker is None or len(names) != 1:
        return None
    quoted = article.text[item.start : item.end]
    surname = re.escape(speaker.name.split()[-1])
    if THIRD_PERSON_RE.search(quoted) or re.search(rf"\b{surname}\b", quoted):
        return None  # '"He was just a child"', '"Assad is losing"': words about the person, not theirs
    return speaker


THIRD_PERSON_RE = re.compile(r"\b(?:he|him|his|she|her|hers)\b", re.IGNORECASE)


def lead_in_paragraph(article: ParsedArticle, item: Found, previous: tuple[int, int]) -> bool:
    """'Foreign Minister Sergei Lavrov was blunt.' then '"There will be no ceasefire."' as a paragraph of
    its own: a one-sentence paragraph about a person leads in to the quote paragraph after it, whatever
    its verb, the person its active subject and no casualty its event (the caller checks). Only when the
    quote is its whole paragraph and the lead-in its whole paragraph; a longer paragraph before a quote
    tells events, not who speaks next."""
    lo, hi = article.line_of(item.span.open_mark)
    if article.text[lo : item.span.open_mark].strip() or article.text[item.span.after_close : hi].strip():
        return False
    above_lo, above_hi = article.line_of(previous[0])
    return (above_lo, above_hi) != (lo, hi) and not article.text[above_lo : previous[0]].strip() and not (
        article.text[previous[1] : above_hi].strip()
    )


def clause_quoted_without_a_cue(article: ParsedArticle, item: Found) -> bool:
    """ 'But lately "there has been increased fighting also."': a quote inside a sentence that has no
    reporting verb outside its quotes, whose words are one clause (headed by a verb with its subject),
    goes on with the speaker before it. A quoted name or noun phrase ('the group ("Free Men of the
    Levant")', 'was "a place where nobody is safe"') is no clause."""
    sent = article.doc[article.token_at(item.span.open_mark)].sent
    outside = [t for t in sent if not article.in_quote(t.idx)]
    if any(is_cue(t) for t in outside):
        return False
    inside = [t for t in sent if item.start <= t.idx < item.end]
    roots = [t for t in inside if not item.start <= t.head.idx < item.end or t.head.i == t.i]
    return len(roots) == 1 and roots[0].pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in roots[0].children
    )


def _sentence_before(article: ParsedArticle, offset: int) -> tuple[int, int] | None:
    """Character bounds of the sentence before the one starting at `offset`, in the same paragraph or
    ending the previous one; None when a heading or nothing comes before."""
    i = article.token_at(offset)
    doc = article.doc
    while i > 0 and (doc[i].idx >= offset or doc[i].is_space):
        i -= 1
    if doc[i].idx >= offset:
        return None
    sent = doc[i].sent
    if sent.end_char > offset:  # the parser ran the quote into the sentence: cut it at the mark
        return sent.start_char, offset
    return sent.start_char, sent.end_char

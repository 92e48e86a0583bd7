"""Bodies the text introduces with a word: before the name ("the medical charity Doctors Without
Borders", "the Britain-based monitoring group Syrian Observatory") or in an apposition after it
("Hezbollah, the Lebanese group,"), so that a later description with that word ("the charity", "the
group") can mean them."""

from __future__ import annotations

import re

from ..speakers import ORG_SPEAKER_LABELS, KnownSpeaker
from .parsed import ParsedArticle

INTRODUCTION_WINDOW = 40  # characters around a name where "a monitoring group", "terrorist group" introduce it


def word_pattern(head: str) -> str:
    """The head word alone, not inside another word nor a possessive: "the group's Amaq news agency" names
    the agency's owner, it does not introduce the agency as a group."""
    return r"(?<![\w-])" + re.escape(head) + r"(?![\w'’-])"


def introduced_anywhere(article: ParsedArticle, head: str, before: int | None = None) -> list[KnownSpeaker]:
    """Every body the article introduces with the word, outside quotes: the word before the name
    ("the monitoring group Syrian Observatory") or in an apposition after it ("Hezbollah, the
    Lebanese group,"). A word that runs on from the name ("the Islamic State group") is the name's
    usage, not an introduction. With `before`, only introductions whose word ends before that offset
    (a description being resolved is not its own introduction: "carried by SANA, the foreign ministry
    said")."""
    word_before = re.compile(word_pattern(head) + r"[^.,;]{0,30}$", re.IGNORECASE)
    after = re.compile(r"^\s*[,(–—-]\s*[^.,;()]{0,30}(?<![\w-])" + re.escape(head) + r"(?![\w-])", re.IGNORECASE)
    found = []
    for e in article.entities:
        if e.label not in ORG_SPEAKER_LABELS or article.in_quote(e.start):
            continue
        lo, hi = article.line_of(e.start)
        left = article.text[max(lo, e.start - INTRODUCTION_WINDOW) : e.start]
        right = article.text[e.end : min(hi, e.end + INTRODUCTION_WINDOW)]
        apposed = after.search(right)
        if apposed and before is not None and e.end + apposed.end() > before:
            apposed = None
        if word_before.search(left) or apposed:
            found.append(KnownSpeaker(e.canonical, e.label, None, None, e.start))
    return found


def introduced_before(article: ParsedArticle, head: str, position: int) -> KnownSpeaker | None:
    """ "the medical charity Doctors Without Borders ... The medical charity said", "Hezbollah, the Lebanese
    militia, ... the militia said": the nearest earlier body the text introduced with the description's
    head word, before the name or in an apposition after it (`introduced_anywhere`); None when none was."""
    earlier = [
        k for k in introduced_anywhere(article, head, before=position)
        if k.position < position and not acted_on(article, head, k.position)
    ]
    return earlier[-1] if earlier else None


def acted_on(article: ParsedArticle, head: str, start: int) -> bool:
    """Whether a verb stands between the word and the name written after it: "a Kurdish militia drove
    Islamic State fighters out" acts on the name, it does not introduce it."""
    lo = max(article.line_of(start)[0], start - INTRODUCTION_WINDOW)
    words = [m.end() for m in re.finditer(r"(?<![\w-])" + re.escape(head) + r"(?![\w-])", article.text[lo:start], re.I)]
    if not words:
        return False  # an apposition after the name ("Hezbollah, the Lebanese militia,")
    between = range(article.token_at(lo + words[-1]), article.token_at(start))
    return any(article.doc[i].pos_ in ("VERB", "AUX") for i in between)


def introduced_as(article: ParsedArticle, head: str, position: int) -> KnownSpeaker | None:
    """The nearest earlier organisation written next to the description's head word
    ("the Britain-based monitoring group Syrian Observatory", "Hezbollah, the Lebanese group")."""
    pattern = re.compile(word_pattern(head), re.IGNORECASE)
    for entity in reversed(article.entities):
        if entity.end > position or entity.label not in ORG_SPEAKER_LABELS or article.in_quote(entity.start):
            continue
        if article.in_report(entity.start):
            continue  # "He added the town is held by the Islamic State group": talked about, not introduced
        lo, hi = article.line_of(entity.start)
        # the word around the name, not in it: "the Islamic State group" uses its name, introduces nothing
        left = article.text[max(lo, entity.start - INTRODUCTION_WINDOW) : entity.start]
        right = article.text[entity.end : min(hi, entity.end + INTRODUCTION_WINDOW)]
        if (pattern.search(left) or pattern.search(right)) and position - entity.end > INTRODUCTION_WINDOW:
            return KnownSpeaker(entity.canonical, entity.label, None, None, entity.start)
    return None

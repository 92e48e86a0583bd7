"""Relayed reports: an outlet passing on what another source reported keeps that source as speaker."""

from __future__ import annotations

from spacy.tokens import Token

from .found import Found
from .lexicon import speech_verbs
from .parsed import ParsedArticle
from .sources import could_speak
from .spans import trimmed

ADVERBIAL_TAIL_DEPS = ("prep", "pobj", "npadvmod", "advmod", "det", "nummod", "amod", "compound")
SPEAKER_NP_POS = ("DET", "ADJ", "PROPN", "NOUN", "PART", "NUM")
REPORT_TAGS = ("VBD", "VBN", "VBZ", "VBP")


def relayed_report(article: ParsedArticle, item: Found) -> tuple[int, Token, Token] | None:
    """ "2,000 buildings are at risk, the Al Mayadeen channel reported on Tuesday, Tass informs": between
    the content and the outer attribution (Tass) stands a reporting clause of its own, set off by
    commas, whose subject can speak. That inner reporter is the source; the outer outlet only relays it.

    Returns (the content's end in characters, the inner speech verb, the inner speaker's head token),
    or None when no such clause stands there."""
    if item.kind != "indirect" or item.cue is None or item.cue.idx < item.end:
        return None  # only an attribution after its content relays one before it
    doc = article.doc
    first = doc.char_span(item.start, item.end, alignment_mode="expand")
    if first is None:
        return None
    verbs = [
        t for t in doc[first.start + 3 : item.cue.i]
        if "clause" in speech_verbs().get(t.lemma_.lower(), frozenset()) and t.tag_ in REPORT_TAGS
    ]
    if not verbs:
        return None
    verb = verbs[-1]
    j = verb.i - 1
    while j > first.start and doc[j].pos_ in SPEAKER_NP_POS and doc[j].text != ",":
        j -= 1
    if doc[j].text != "," or j >= verb.i - 1:
        return None
    after = doc[verb.i + 1 : item.cue.i]
    if not any(t.text == "," for t in after):
        return None  # the outer attribution must be a clause of its own: ", Tass informs"
    phrase = doc[j + 1 : verb.i]
    inside = {t.i for t in phrase}
    roots = [t for t in phrase if t.head.i not in inside and t.pos_ in ("NOUN", "PROPN")]
    if not roots or not could_speak(roots[-1]) or article.in_quote(roots[-1].idx):
        return None
    end = trimmed(article.text, item.start, min(item.end, doc[j].idx))[1]
    return end, verb, roots[-1]

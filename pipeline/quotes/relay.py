"""Relayed reports: an outlet passing on what another source reported keeps that source as speaker
("..., the channel reported, Tass informs"; "X said ..., according to AFP")."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import is_cue
from .found import Found
from .lexicon import is_record, says_a_clause
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
        if says_a_clause(t) and t.tag_ in REPORT_TAGS
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


def according_relays_a_report(according: Token) -> bool:
    """ "Ban Ki-moon's office said he was shocked by the reports, according to AFP": "according to" after
    a verb of speech, inside the clause it reports (or on that verb), names who relayed the words, not a
    second source; the verb's subject is the speaker. Not "According to activists, the strikes killed 20,
    and residents said ..." (outside the other report), nor "X hit Y, according to the monitor, WIOnews
    reported" (the report comes after: the outlet relays the monitor), nor a subject that cannot speak."""
    path = [according, *according.ancestors]
    for verb in according.doc[according.sent.start : according.i]:
        # "The minister thinks ..., according to a diplomat": the diplomat says what the minister thinks
        if not is_cue(verb) or not says_a_clause(verb):
            continue
        if verb not in path or not any(c.dep_ == "ccomp" for c in verb.children):
            continue
        # "The army said it repelled the attack, but 30 soldiers were killed, according to the monitor":
        # a clause joined to the report, not inside what it reports, is the phrase's own content
        # ("said he was shocked and that experts were in talks, according to AFP": a second "that" clause
        # is still what the verb reports)
        if any(
            t.dep_ == "conj" and not any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
            for t in path[: path.index(verb)]
        ):
            continue
        # the report's own subject must be one that speaks and no record ("the quake claimed ...", "news
        # confirmed ...", "the report said ..., according to Amnesty": the phrase names the report's author)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if all(could_speak(c) and not is_record(c) for c in subjects):
            return True
    return False


def without_a_relaying_according(cue: Token, first: int, last: int) -> tuple[int, int]:
    """The content's bounds without an "according to X" that relays it (`according_relays_a_report`),
    closing it ("..., according to AFP.") or opening it ("said, according to AFP, that ...")."""
    doc = cue.doc
    for token in doc[max(first, cue.i + 1) : last]:
        if token.lower_ != "according" or not according_relays_a_report(token):
            continue
        if token.right_edge.i >= last - 2:
            return first, token.i
        if token.i <= first + 1:
            after = token.right_edge.i + 1
            while after < last and (doc[after].is_punct or doc[after].lower_ == "that"):
                after += 1
            return after, last
    return first, last

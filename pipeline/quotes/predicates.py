"""A verb that characterises its object "as" something reports a judgement: "Damascus described the attack
as a terrorist act", "the ministry dismissed the report as a fabrication", "Lavrov denounced the strikes as
a violation of international law", "she referred to him as a traitor". The speaker says the attack was a
terrorist act: the object and what it is called are the content of an indirect quote.

The verbs are those of the "characterise" frame in data/lexicons/speech_verbs.txt. Not a passive ("was
described as a hero": whose words, the sentence does not say), nor "as" opening a clause ("described the
attack as it happened"), nor a bare object ("condemned the attack": a noun, no statement), nor quoted words
after "as" ('dismissed as "lies"': a direct quote, `cues.characterising_verb_before`)."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from .lexicon import speech_verbs


@functools.cache
def characterising_verbs() -> frozenset[str]:
    """Lemmas of the "characterise" frame: describe, dismiss, denounce, hail, praise, ..."""
    return frozenset(lemma for lemma, frames in speech_verbs().items() if "characterise" in frames)


QUOTE_MARKS = frozenset('"“”«»')


def characterised_object(verb: Token) -> tuple[int, int] | None:
    """Token bounds [first, last) of what a characterising verb says of its object: from the object to
    the end of its "as" phrase ("the attack as a terrorist act"), or None when the verb characterises
    nothing here (module docstring)."""
    if verb.lemma_.lower() not in characterising_verbs() or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or (verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod")):
        return None  # "was described as a hero", "a man described as a hero"
    thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if thing is None:  # "referred to him as a traitor"
        to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        thing = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if thing is None:
        return None
    as_ = next(
        (c for c in [*thing.children, *verb.children] if c.dep_ == "prep" and c.lower_ == "as" and c.i > thing.i),
        None,
    )
    called = next((c for c in as_.children if c.dep_ == "pobj"), None) if as_ is not None else None
    if called is None or any(t.text in QUOTE_MARKS for t in verb.doc[as_.i : called.right_edge.i + 1]):
        return None
    return thing.left_edge.i, max(called.right_edge.i, thing.right_edge.i) + 1

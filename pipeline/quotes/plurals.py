""" "They" as a source: the plural subject of the clause just before, quoted or not.

"Rebel groups in Aleppo rejected the proposal. They said the corridors were a trap": "they" stands for
the nearest compatible antecedent, a plural subject that can speak, not only for a group quoted before
(`SpeakerHistory.resolve_plural`). Subject position is preferred, as a reader's is: "Residents fled the
shelling of the district. They said ..." -> residents, not the district.
"""

from __future__ import annotations

from ..speakers import role_words
from .lexicon import ORG_LABELS
from .parsed import ParsedArticle
from .phrases import Speaker, describe

PLURAL_TAGS = ("NNS", "NNPS")


def plural_subject_just_before(article: ParsedArticle, position: int) -> Speaker | None:
    """The speaker a "they" at `position` stands for when it is the plural subject of a main clause in
    the sentence before it (or earlier in its own sentence), outside quotes and reported content:
    described as `phrases.describe` does (a name, or an unnamed description such as "rebel groups in
    Aleppo"). None when that sentence's subject is singular, cannot speak ("warplanes") or is a pronoun."""
    doc = article.doc
    pronoun = doc[article.token_at(position)]
    sentence = pronoun.sent
    previous = doc[sentence.start - 1].sent if sentence.start > 0 else None
    candidates = [t for t in sentence if t.i < pronoun.i] + (list(previous) if previous is not None else [])
    for token in sorted(candidates, key=lambda t: -t.i):  # the nearest first
        conjuncts = [c for c in token.children if c.dep_ == "conj"]
        if token.dep_ != "nsubj" or token.head.dep_ not in ("ROOT", "conj") or not (token.tag_ in PLURAL_TAGS or conjuncts):
            continue  # an active subject of a main clause ("Rebels were pushed back" were acted on)
        if article.in_quote(token.idx) or article.in_report(token.idx):
            continue
        if conjuncts and token.tag_ not in PLURAL_TAGS:
            return named_one_of_a_coordination(article, [token, *conjuncts])
        if not ((token.pos_ == "PROPN" and token.ent_type_ in ORG_LABELS) or token.lemma_.lower() in role_words() or token.lower_ in role_words()):
            continue  # a body's name or a role word; "Warplanes struck the town": a common noun the model tags ORG is no source
        if any(c.dep_ == "conj" for c in token.children):
            return None  # "UNICEF and the WHO ...": two sources, which "they" cannot name as one
        return describe(article, token, token.head)
    return None


def named_one_of_a_coordination(article: ParsedArticle, conjuncts: list) -> Speaker | None:
    """ "The Syrian army and its allies pushed into the east. They said ...": a coordinated subject is
    plural, and a named source joined to unnamed ones ("its allies", "other groups") is the named one's
    alone, as the gold guidelines read "Kerry and his aides said". None when two or more are named
    ("UNICEF and the WHO": "they" cannot name one) or none is."""
    described = [describe(article, c, c.head) for c in conjuncts]
    named = [s for s in described if s.name and not s.describes]
    return named[0] if len(named) == 1 else None

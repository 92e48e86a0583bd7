"""A person's name written after a role or a body's title, where the parse makes the role or the body the
head: "Syrian Observatory for Human Rights director Rami Abdel Rahman said", "According to the director
of the Observatory, Rami Abdel Rahman, 20 people were killed". The name speaks."""

from __future__ import annotations

from spacy.tokens import Token

from ..speakers import role_words
from .beside import is_title_word
from .heads import is_role_head, root_of_name
from .parsed import ParsedArticle


def person_after_a_bodys_title(article: ParsedArticle, head: Token, cue: Token) -> Token | None:
    """ "Syrian Observatory for Human Rights director Rami Abdel Rahman said", "the Red Crescent's
    Jane Doe told AFP": comma-less, a body's name, at most a title (role and descriptive words, a
    possessive), then a person's name right before the cue. The parser makes the body the head and
    hangs the name inside it; the person speaks, the body and title are the role. Not when a comma,
    conjunction or preposition stands between ("the Observatory and Jane Doe", "the coalition
    against Jane Doe")."""
    body = article.entity_covering(head)
    if body is None or body.label not in ("ORG", "ARMED_GROUP") or cue.i == 0 or head.i >= cue.i:
        return None
    before = cue.doc[cue.i - 1]
    person = article.entity_covering(before)
    if person is None or person.label != "PERSON" or person.start < body.end or before.i not in {t.i for t in head.subtree}:
        return None
    gap = [t for t in cue.doc[head.i : before.i] if body.end <= t.idx < person.start]
    if not all(_title_gap_word(t) for t in gap):
        return None
    return root_of_name(article, before)


def _title_gap_word(token: Token) -> bool:
    """A word of a title between a body's name and a person's ("director", "regional", "'s", "Dr.")."""
    if token.tag_ == "POS" or is_title_word(token):
        return True
    return (token.pos_ in ("NOUN", "ADJ") and token.is_lower) or (token.pos_ == "PROPN" and token.lower_ in role_words())


def name_apposed_after_according(article: ParsedArticle, source: Token) -> Token | None:
    """ "According to the director of the Observatory, Rami Abdel Rahman, 20 people were killed", "According
    to its spokesman, Mohammed Khalid, the convoy reached ...": a person's name set off by commas right
    after the "according to" phrase of a role is that role's holder, whom the parse hangs on the content.
    The name's root, or None."""
    if not is_role_head(source) or source.tag_ == "NNS":
        return None  # "According to activists, Jane Doe, a teacher, was detained": no one holder of a plural
    doc = source.doc
    inside = {t.i for t in source.subtree}
    end = source.i
    while end + 1 < len(doc) and end + 1 in inside and doc[end + 1].text != ",":
        end += 1  # the role's phrase up to its comma ("the director of the Observatory")
    first = end + 1
    while first < len(doc) and doc[first].text == ",":
        first += 1
    if first == end + 1 or first >= len(doc):
        return None
    person = article.entity_covering(doc[first])
    if person is None or person.label != "PERSON" or person.start != doc[first].idx:
        return None
    last = article.token_at(person.end - 1)
    if last + 1 >= len(doc) or doc[last + 1].text != ",":
        return None
    return root_of_name(article, doc[last])

"""What a speaker phrase's head can be: predicates the speaker rules share."""

from __future__ import annotations

from spacy.tokens import Token

from ..speakers import role_words
from .lexicon import ORG_LABELS
from .parsed import ParsedArticle


def could_speak(subject: Token) -> bool:
    """Whether a subject can be a speaker: a name, a pronoun, a body or a person's role (not "bombing")."""
    if subject.dep_ == "nsubjpass" or subject.pos_ == "NUM":
        return False
    return (
        subject.pos_ in ("PROPN", "PRON")
        or subject.ent_type_ in ("PERSON", *ORG_LABELS)
        or subject.lemma_.lower() in role_words()
        or subject.lower_ in role_words()
    )


def is_role_head(head: Token) -> bool:
    return role_words().get(head.lemma_.lower()) == "person" or role_words().get(head.lower_) == "person"


def names_a_speaker(article: ParsedArticle, token: Token) -> bool:
    entity = article.entity_covering(token)
    return entity is not None and entity.label in ("PERSON", "ORG", "ARMED_GROUP")


def root_of_name(article: ParsedArticle, token: Token) -> Token:
    """The token heading the entity mention that ends at `token` ("Rights" -> "Observatory" in
    "the Syrian Observatory for Human Rights"), so the speaker phrase is the whole name."""
    entity = article.entity_covering(token)
    if entity is None:
        return token
    root = token
    while root.head.i != root.i and entity.start <= root.head.idx < entity.end:  # spaCy makes a new Token per access
        root = root.head
    if root.pos_ in ("PROPN", "NOUN"):
        return root
    # A parse that splits the name ("for Human Rights" hung on the verb): its first nominal root.
    inside = [t for t in token.doc[token.i - 12 if token.i >= 12 else 0 : token.i + 1] if entity.start <= t.idx < entity.end]
    roots = [t for t in inside if t.pos_ in ("PROPN", "NOUN") and not entity.start <= t.head.idx < entity.end]
    return roots[0] if roots else token


def after_a_preposition(token: Token) -> bool:
    """Whether the phrase `token` heads opens right after a preposition: its object, however the parse
    labels it ("... with his counterpart Steinmeier said": not a subject of "said")."""
    first = token.left_edge.i
    return first > 0 and token.doc[first - 1].pos_ == "ADP"

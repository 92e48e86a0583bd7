"""Statements that speak for their authors: "a report by Amnesty", "the draft warns" (who issued it)."""

from __future__ import annotations

from spacy.tokens import Token

from ..entities.lexicon import statement_nouns
from ..speakers import KnownSpeaker, role_words
from .lexicon import is_record
from .parsed import ParsedArticle


def statement_by(author: Token) -> Token | None:
    """The statement or record noun whose author `author` is ("a study by [the Institute]", "a report
    issued by [Amnesty]"), or None: `author_of_statement` read the other way."""
    if author.dep_ != "pobj":
        return None
    holder = author.head.head  # the noun the "by"/"from"/"of" phrase hangs on, or a participle on it
    statement = holder.head if holder.dep_ == "acl" and holder.tag_ == "VBN" else holder
    found = author_of_statement(statement) if statement.i != author.i else None
    return statement if found is not None and found.i == author.i else None  # a new Token per access: compare .i


def author_of_statement(head: Token) -> Token | None:
    """ "according to a new toll from the Observatory", "a report by Amnesty", "a Reuters report", "a
    report issued by the Network", "a study by the Institute found": the author of the statement or
    record noun, who is the source. None when the noun names no author."""
    if head.lemma_.lower() not in statement_nouns() and not is_record(head):
        return None
    for child in head.children:
        # "a report issued/published/released by X": the participle's agent wrote it
        preposition = next((c for c in child.children if c.dep_ == "agent"), None) if child.dep_ == "acl" and child.tag_ == "VBN" else child
        if preposition is not None and preposition.dep_ in ("prep", "agent") and preposition.lower_ in ("from", "by", "of"):
            author = next((c for c in preposition.children if c.dep_ == "pobj"), None)
            if author is not None and (author.pos_ == "PROPN" or author.ent_type_ in ("ORG", "PERSON") or role_words().get(author.lemma_.lower())):
                return author
        if preposition is not None and preposition.dep_ == "prep" and preposition.lower_ == "in":
            # "a report in the New York Times": the outlet it appeared in published it ("a report in
            # Aleppo" names a place, no author).
            outlet = next((c for c in preposition.children if c.dep_ == "pobj" and c.ent_type_ == "ORG"), None)
            if outlet is not None:
                return outlet
    # Only then a name before the noun: "the Twitter account of the Front" is the Front's, not Twitter's.
    for child in head.children:
        if child.dep_ == "compound" and child.i < head.i and (
            child.ent_type_ in ("ORG", "PERSON")
            or (child.pos_ == "PROPN" and child.text[:1].isupper() and child.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")
                and head.lemma_.lower() in statement_nouns() and child.lower_ not in PLATFORMS)
            # a statement's, not a record's ("FEC records show"), nor where it was posted ("a Facebook statement")
        ):
            return child  # "a Reuters report", "A YPG statement" (a name the model gave no label)
        if child.dep_ == "poss" and (child.pos_ == "PROPN" or child.ent_type_ in ("ORG", "PERSON") or role_words().get(child.lemma_.lower())):
            return child  # "Human Rights Watch's report said", "the ministry's statement": the owner wrote it
    return None


ISSUER_LABELS = ("PERSON", "ORG", "ARMED_GROUP", "GPE")
# Verbs whose subject issues the statement they take as object: "adopted a draft", "issued a statement"
# (not "Russia rejected the report", "vetoed the draft", "demanded the release of the journalists").
# Platforms a statement is posted on, never who issued it: "a Facebook statement", "a Telegram statement".
PLATFORMS = frozenset({"facebook", "twitter", "telegram", "whatsapp", "instagram", "youtube", "tiktok", "x"})
ISSUING_VERBS = frozenset({
    "issue", "publish", "release", "adopt", "circulate", "submit", "put", "send", "post", "draft", "present", "deliver",
    "unveil", "file", "write",
})  # fmt: skip


def names_a_statement(token: Token) -> bool:
    """A noun for a statement: the role lexicon's statement words, "release" only as a news or press
    release ("the release of prisoners" is none), "paper" only as what someone issued."""
    if token.pos_ == "NOUN" and token.lemma_.lower() == "paper" and token.dep_ == "dobj":
        return token.head.lemma_.lower() in ISSUING_VERBS  # "HRW released a paper": a document, not a newspaper
    if token.pos_ != "NOUN" or role_words().get(token.lemma_.lower()) != "statement":
        return False
    return token.lemma_.lower() != "release" or any(c.lower_ in ("news", "press") for c in token.lefts)


def nearest_statement_issuer(article: ParsedArticle, position: int) -> tuple[Token, Token | None] | None:
    """(statement noun, the head of its issuer's phrase or None) of the nearest statement the text mentions
    before `position`, quoted or not: "the European Council adopted a draft", "CENTCOM said in a news
    release", "a statement by the ministry". None when the text mentions none."""
    for token in reversed(article.doc[: article.token_at(position)]):
        if not names_a_statement(token) or article.in_quote(token.idx):
            continue
        issuer = author_of_statement(token)
        if issuer is None and token.dep_ == "dobj":
            if token.head.lemma_.lower() not in ISSUING_VERBS:
                continue  # "Russia rejected the report": spoken about, not issued; an earlier one may be
            issuer = next((c for c in token.head.children if c.dep_ == "nsubj"), None)  # "X issued a statement"
        elif issuer is None and token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.head.pos_ == "VERB":
            issuer = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)  # "X said in a statement"
        return token, issuer
    return None


def statement_issued_before(article: ParsedArticle, found: tuple[Token, Token | None] | None) -> KnownSpeaker | None:
    """Who issued the statement `nearest_statement_issuer` found, when a name of a body or person issued it.
    None when it names no issuer, or the issuer is no name."""
    if found is None or found[1] is None:
        return None
    token, issuer = found
    entity = article.entity_covering(issuer)
    if entity is None or entity.label not in ISSUER_LABELS:
        return None
    return KnownSpeaker(entity.canonical, entity.label, None, None, token.idx, in_statement=True)

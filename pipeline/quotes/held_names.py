"""Names a source phrase holds besides its head word: the longer name of a short one in the same article
("Kerry" -> "John Kerry", never "Hezbollah" -> "Kataib Hezbollah"), a person's name set off by commas
after an office ("The central bank governor, Olayemi Cardoso, said"), a lone given name in apposition,
and the person whose office speaks ("Ban Ki-moon's office said")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..entities import find_known_name
from ..entities.lexicon import armed_group_heads
from ..records import EntityMention
from ..speakers import role_words
from .heads import is_role_head
from .parsed import ParsedArticle

PLACE_LABELS = ("GPE", "LOC", "NORP", "FAC")


def longer_canonical(article: ParsedArticle, entity: EntityMention) -> str:
    """A short name ("Kerry", "Observatory") completed by a longer name of the same entity in the article.
    A place is never completed: "Russia" inside "Russia Direct" (an outlet) or "Aleppo" inside "Aleppo
    Media Centre" names another body."""
    words = set(re.split(r"[\s-]+", entity.canonical.lower()))
    best = entity.canonical
    if entity.label in PLACE_LABELS:
        return best
    for other in article.entities:
        if other.canonical == best or len(other.canonical) <= len(best):
            continue
        if (other.label == "PERSON") != (entity.label == "PERSON"):
            continue
        other_words = set(re.split(r"[\s-]+", other.canonical.lower()))
        if words < other_words and not another_group_of_the_name(entity.canonical, other.canonical):
            best = other.canonical
    return best


def another_group_of_the_name(short: str, longer: str) -> bool:
    """ "Kataib Hezbollah", "Harakat Hezbollah al-Nujaba": an armed group's head word opening a longer
    name that the short name ("Hezbollah") does not open with makes another group, never its full name."""
    first = re.split(r"[\s-]+", longer.lower())[0]
    return first in armed_group_heads() and not short.lower().startswith(first)


def set_off_by_commas(apposition: Token) -> bool:
    """Whether an apposition stands between commas ("the director, Jane Doe, said")."""
    doc = apposition.doc
    first, last = apposition.left_edge.i, apposition.right_edge.i
    return first > 0 and doc[first - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ","


# Labels a misread personal name may carry: the model reads "Olayemi Cardoso" as a facility, "Rustem
# Umerov" as an organisation; a place or a people is never a name in apposition to an office.
MISREAD_NAME_LABELS = ("PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART")


def name_apposed_to_an_office(article: ParsedArticle, head: Token) -> tuple[str, Token] | None:
    """ "The central bank governor, Olayemi Cardoso, said", "A spokesman for the Arakan Army, Khaing
    Thukha, said": a person's office (a `roles.txt` person word) with a proper name of two to four
    capitalised words set off by commas after it. That name speaks, whatever label the model gave it,
    unless the article knows it as a body ("the director, Amnesty International,"). Returns the name
    (the article's longer form of a PERSON entity) and the apposition's head; None otherwise."""
    if not is_role_head(head):
        return None
    # The apposition closes the phrase, on the office ("The governor, X,") or on the body after it ("A
    # spokesman for the Arakan Army, X,", as the parse hangs it).
    last = head.right_edge.i - (1 if head.right_edge.text == "," else 0)
    appos = next((c for t in head.subtree for c in t.children if c.dep_ == "appos" and c.i > head.i and c.right_edge.i == last), None)
    if appos is None or not set_off_by_commas(appos):
        return None
    words = list(appos.subtree)
    if not 2 <= len(words) <= 4 or not all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in words):
        return None
    entity = article.entity_covering(appos)
    if entity is not None and entity.label == "PERSON":
        return longer_canonical(article, entity), appos
    if entity is not None and entity.label not in MISREAD_NAME_LABELS:
        return None
    name = article.text[words[0].idx : words[-1].idx + len(words[-1])]
    if find_known_name(name) is not None or any(role_words().get(w.lower_) for w in words):
        return None  # a body the tables know, or an office ("the minister, Foreign Secretary Jones")
    return name, appos


def given_name_in_apposition(article: ParsedArticle, appos: Token) -> bool:
    """ "a resident, Ahmad,": a single capitalised proper noun set off by commas after a person's
    description, no entity of another kind (not "a resident, Aleppo")."""
    entity = article.entity_covering(appos)
    return (
        appos.pos_ == "PROPN"
        and not list(appos.children)
        and appos.text[:1].isupper()
        and (entity is None or entity.label == "PERSON")
        and appos.i + 1 < len(appos.doc)
        and appos.doc[appos.i + 1].text == ","
    )


# What works for a person and speaks in their name: "Ban Ki-moon's office", "the president's press office"
PERSONAL_STAFF_NOUNS = frozenset({"office", "camp", "entourage"})


def person_whose_office(article: ParsedArticle, head: Token) -> EntityMention | None:
    """The person entity whose office (`PERSONAL_STAFF_NOUNS`) the phrase names by a possessive ("U.N.
    Secretary General Ban Ki-moon's office said"), or None ("the governor's office" names no one)."""
    if head.lemma_.lower() not in PERSONAL_STAFF_NOUNS:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    entity = article.entity_covering(owner) if owner is not None else None
    return entity if entity is not None and entity.label == "PERSON" else None

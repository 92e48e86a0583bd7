"""The person a description or a pronoun continues: the last person quoted ("the official said"), the person
named just before ("he said"), the holder of an office the text introduced ("the governor said")."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Token

from ..entities import find_known_name
from ..speakers import KnownSpeaker, SpeakerHistory, role_words
from .parsed import ParsedArticle
from .phrases import Speaker
from .roles import GENERIC_OFFICES, introduced_persons, person_with_office

CONTINUATION_REACH = 800  # characters back "the official said" continues the person quoted last


def person_quoted_just_before(
    article: ParsedArticle, history: SpeakerHistory, position: int, office: str | None = None
) -> KnownSpeaker | None:
    """ '"...," Amos said. "...," the UN official concluded': a definite description of a person's role
    that matches no speaker's words and no office the text gave continues the last person quoted, when
    that person spoke within CONTINUATION_REACH, no other person is named or described in between, and the
    text gave that person no other office (`holds_another_office`)."""
    earlier = history.quoted_before(position)
    last = next((k for k in earlier if k.label in ("PERSON", "PERSON?", None)), None)
    if last is None or last.name is None or position - last.position > CONTINUATION_REACH:
        return None
    if any(k.position > last.position for k in earlier):
        return None  # another source spoke since
    if holds_another_office(article, last.name, office):
        return None  # "Defence Ministry spokesman Igor Ivanov said ... the foreign minister said": not him
    between = article.doc.char_span(last.position, position, alignment_mode="expand")
    if between is None:
        return None
    own = own_description(article.doc[article.token_at(last.position)])
    for token in between[1:]:
        if article.in_quote(token.idx) or token.i in own:
            continue  # "Valerie Amos, the UN humanitarian chief, said": her own office is no one else
        person = token.ent_type_ == "PERSON" or (token.pos_ == "NOUN" and role_words().get(token.lemma_.lower()) == "person")
        if person and not _is_the_description(token, position):
            return None  # "The foreign minister of Turkey arrived": someone else came in between
    return last


def own_description(name: Token) -> set[int]:
    """Token indices of the apposition a person's name has ("Valerie Amos, the UN humanitarian chief"):
    the person's own office, not another person described."""
    root = name
    while root.dep_ in ("compound", "flat") and root.head.i != root.i:
        root = root.head
    return {t.i for c in root.children if c.dep_ == "appos" for t in c.subtree}


def introduced_of(article: ParsedArticle) -> list:
    """The article's persons with their offices (`roles.introduced_persons`), read once per article."""
    if article.introduced is None:
        article.introduced = introduced_persons(article)
    return article.introduced


def holds_another_office(article: ParsedArticle, name: str | None, office: str | None) -> bool:
    """Whether the article introduces `name` with offices, none of them `office` (a generic word such
    as "official" fits any office)."""
    if name is None or office is None or office in GENERIC_OFFICES:
        return False
    offices = {o for p in introduced_of(article) if p.name == name for o in p.offices}
    return bool(offices) and office not in offices


def _is_the_description(token: Token, position: int) -> bool:
    return abs(token.idx - position) < 40  # the description being resolved itself


MENTION_REACH = 300  # characters back a person merely mentioned stays the antecedent of "he"/"she"


def person_mentioned_just_before(
    article: ParsedArticle, position: int, wanted: str | None = None, gender_of: Callable[[str], str | None] | None = None
) -> KnownSpeaker | None:
    """ "... prompting outrage from UNICEF director Anthony Lake. '...,' he said": when no speaker or
    clause subject fits, the person named last within the previous few lines, outside quotes; with a
    `wanted` gender ("m"/"f"), past persons `gender_of` gives the other one ("Martha Keller met Tom
    Rausch. Keller praised the bill. He said" -> Tom Rausch)."""
    passed_another = False  # past a person of the other gender, only one known to be of this one fits
    for entity in reversed(article.entities):
        if entity.end > position or article.in_quote(entity.start):
            continue
        if position - entity.end > MENTION_REACH:
            return None
        if entity.label == "PERSON":
            gender = gender_of(entity.canonical) if wanted is not None and gender_of is not None else None
            if gender not in (None, wanted) or (passed_another and gender is None):
                passed_another = True
                continue
            return KnownSpeaker(entity.canonical, "PERSON", None, None, entity.start)
    return None


def office_holder(article: ParsedArticle, description: str, office: str, position: int) -> KnownSpeaker | None:
    """ "the governor said" -> the person the article introduces as governor ("Aleppo's governor
    Hussein Diab"), whether or not they were quoted before (quotes.roles)."""
    person = person_with_office(introduced_of(article), description, office, position)
    return KnownSpeaker(person.name, "PERSON", None, None, person.start) if person is not None else None


def person_by_apposed_office(speaker: Speaker) -> Speaker:
    """ "Ercan Topaca the Governor of Hatay told Anadolu": a name the entity stage took for a body is a
    person when its source phrase gives it a person's office in apposition right after it ("X, the
    governor of ...", "X a spokesman for ..."), so that a later "he" can mean it. A name the tables
    know, or one followed by a body's word ("X, the monitoring group"), keeps its label."""
    phrase = speaker.written or speaker.text
    if not speaker.named or speaker.name is None or speaker.label not in ("ORG", None) or not phrase:
        return speaker
    written = re.match(rf"\s*{re.escape(speaker.name)}\s*,?\s+(?:the|a|an)\s+((?:\S+\s+){{0,2}}\S+)", phrase)
    if written is None or find_known_name(speaker.name) is not None:
        return speaker
    kinds = [role_words().get(word.lower().strip(",;")) for word in written.group(1).split()[:3]]
    if "person" in kinds[:2] and "org" not in kinds:
        speaker.label = "PERSON"  # not "X, an activist network" / "a volunteer group": a body's word follows
    return speaker

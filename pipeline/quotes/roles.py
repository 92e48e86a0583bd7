"""Persons the article introduces with an office, so that "the governor said" finds the governor.

News prose names a person once with their office and then uses the office alone: "Aleppo's governor
Hussein Diab toured the district ... the governor said", "Igor Konashenkov, the Defence Ministry
spokesman, ... the spokesman added". The office comes in three constructions, all read from the parse:

- a premodifier inside the name's noun phrase: "Governor Hussein Diab", "Defence Ministry spokesman
  Igor Konashenkov";
- an apposition after the name: "Hussein Diab, the governor of Aleppo,";
- the name in apposition to the office: "the governor of Aleppo, Hussein Diab,".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..nlp import doc_ents
from ..speakers import role_words, role_words_in, side_of
from .names import country_of_nationality
from .parsed import ParsedArticle

if TYPE_CHECKING:
    from .phrases import Speaker

WORD_RE = re.compile(r"[a-z][a-z-]+")
CAPITALISED_WORD_RE = re.compile(r"\b[A-Z][A-Za-z]+")  # "Observatory", "UN", "Kurdish" in a description
# Words of an office phrase that say nothing about which office it is.
# "the Kurdish official": any office the text gave a Kurdish person ("member of the Kurdish National Council").
GENERIC_OFFICES = frozenset({"official"})
FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "for", "in", "at", "on", "and", "to", "with", "his", "her", "its"})


@dataclass(frozen=True, slots=True)
class IntroducedPerson:
    """A person with the office the text gives them."""

    name: str  # the entity's canonical name
    offices: frozenset[str]  # person role words of the office phrase, lower case ("governor")
    words: frozenset[str]  # every content word of the office phrase, lower case ("aleppo", "governor")
    start: int  # character offset of the name


def _root(article: ParsedArticle, start: int, end: int) -> Token | None:
    """The token of a span whose head lies outside it (the name's syntactic head)."""
    tokens = [t for t in article.doc[article.token_at(start) : article.token_at(max(start, end - 1)) + 1]]
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), None)


def _text(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens)


def office_phrases(name_root: Token, name_first: int) -> list[str]:
    """The office phrases the parse attaches to a name: premodifier, apposition, or the noun it stands beside."""
    phrases = []
    premodifier = [t for t in name_root.subtree if t.i < name_first and t.dep_ != "det"]
    if premodifier:
        phrases.append(_text(premodifier))
    for child in name_root.children:
        if child.dep_ == "appos" and child.i > name_root.i:
            phrases.append(_text(list(child.subtree)))
    if name_root.dep_ == "appos" and name_root.head.i < name_root.i:
        office = name_root.head
        phrases.append(_text([t for t in office.subtree if t.i < name_first and not t.is_punct]))
    if name_root.dep_ == "pobj" and name_root.head.head.i < name_root.i and name_root.head.head.pos_ in ("NOUN", "PROPN"):
        # Text without commas: "member of the Kurdish National Council Mustafa Sino said": the parse
        # makes the name the object of the office's "of". A verb's object is none ("The activist said on
        # Twitter": no activist named Twitter).
        office = name_root.head.head
        phrases.append(_text([t for t in office.subtree if t.i < name_first and not t.is_punct]))
    return phrases


def introduced_persons(article: ParsedArticle) -> list[IntroducedPerson]:
    """Every PERSON mention with an office phrase naming a person's role, in text order."""
    found = []
    for name, start, end in _person_mentions(article):
        root = _root(article, start, end)
        if root is None:
            continue
        first = article.token_at(start)
        for phrase in office_phrases(root, first):
            offices = frozenset(w for w in role_words_in(phrase) if role_words().get(w) == "person")
            if offices:
                words = frozenset(WORD_RE.findall(phrase.lower())) - FUNCTION_WORDS
                found.append(IntroducedPerson(name, offices, words, start))
    return found


def _person_mentions(article: ParsedArticle) -> list[tuple[str, int, int]]:
    """(name, start, end) of every person mention: the entity stage's, then the parser's own PERSON
    spans the entity stage did not keep (the office still tells who "the governor" is)."""
    mentions = [(e.canonical, e.start, e.end) for e in article.entities if e.label == "PERSON"]
    covered = [(start, end) for _, start, end in mentions]
    spans: list[tuple[int, int]] = []
    for ent in doc_ents(article.doc):
        if ent.label_ != "PERSON" or any(a < ent.end_char and ent.start_char < b for a, b in covered):
            continue
        if spans and not article.text[spans[-1][1] : ent.start_char].strip():
            spans[-1] = (spans[-1][0], ent.end_char)  # the parser split one name: "Talal" "al-Barazi"
        else:
            spans.append((ent.start_char, ent.end_char))
    mentions += [(article.text[a:b], a, b) for a, b in spans]
    return sorted(mentions, key=lambda m: m[1])


# Offices whose holder news calls a country's "leader": "President Bashar al-Assad ... the Syrian leader".
HEAD_OF_STATE_OFFICES = frozenset({"president", "premier", "king", "emir"})


def leads_the_named_country(person: IntroducedPerson, named: frozenset[str]) -> bool:
    """Whether "the <Nationality> leader" can be this person: a head of state or government by the office
    the text gave, of the country the description names, by the nationality the office was written with
    ("Turkish President Erdogan") or the side the sides table gives the person ("Syrian government")."""
    if not person.offices & HEAD_OF_STATE_OFFICES or len(named) != 1:
        return False
    nationality = next(iter(named))
    if nationality in person.words:
        return True
    country = country_of_nationality(nationality)
    side = (side_of(person.name) or "").lower()
    return country is not None and (country.lower() in side or nationality in side)


# An office a description names by another word than the holder's introduction: "the premier" is the
# "Prime Minister" (office word, the word that must stand with it).
OFFICES_WRITTEN_OTHERWISE = {"premier": ("minister", "prime")}


def person_with_office(
    introduced: list[IntroducedPerson], description: str, office: str, position: int
) -> IntroducedPerson | None:
    """The person a description such as "the governor" or "the Kurdish official" stands for.

    Candidates hold the description's office word; the one sharing most of the description's other
    words wins, then the nearest introduced before `position`, then the nearest after it (a lead may
    use the office before the name: "the governor said ... Governor Hussein Diab"). None when no
    person holds that office, when the description names a body or country ("the Observatory
    official") that a holder named only after it was not introduced with, or when two different
    persons tie for it.
    """
    wanted = frozenset(WORD_RE.findall(description.lower())) - FUNCTION_WORDS - {office}
    # "the Observatory official", "the UN official": a body or country named before the office word; a
    # holder of the office introduced with none of those words is someone else's official (al-Qaida's).
    # What follows the office ("the ambassador to the United Nations") says where it is held, and the
    # holder may be introduced without it ("Ambassador Matthew Rycroft").
    before_office = re.split(rf"(?i)\b{re.escape(office)}", description, maxsplit=1)[0]
    named = frozenset(w.lower() for w in CAPITALISED_WORD_RE.findall(before_office)) - FUNCTION_WORDS - {office}
    held_as = OFFICES_WRITTEN_OTHERWISE.get(office)
    candidates = [
        p
        for p in introduced
        if (
            office in p.offices
            or (held_as is not None and held_as[0] in p.offices and held_as[1] in p.words)
            or (office in GENERIC_OFFICES and wanted & p.words)
            or (office == "leader" and leads_the_named_country(p, named))
            # "his Syrian counterpart Walid Muallem ... The Syrian minister said": a counterpart holds the
            # office the text calls it by later, when the nationality (or other words) agree
            or ("counterpart" in p.offices and bool(wanted & p.words))
        )
        # Looking forward is the weaker reading: only a later holder introduced with those words.
        # (Before the description, "the UN envoy" is still the "United Nations envoy" named earlier.)
        and not (named and p.start > position and not named & p.words)
    ]
    if not candidates:
        return None

    def rank(person: IntroducedPerson) -> tuple[int, int, int]:
        before = person.start < position
        return (len(wanted & person.words), before, -abs(position - person.start))

    # A lead's office before any name ("the ambassador said ... Ambassador Matthew Rycroft told")
    # is the first holder the article names after it: the nearest wins either way.
    return max(candidates, key=rank)


@dataclass(frozen=True, slots=True)
class DescribedPerson:
    """A person with the nouns the text describes them by, offices or not ("Khaled Ahmad, 38, a mechanic")."""

    name: str
    words: frozenset[str]  # head nouns of the descriptions, lower case ("mechanic", "widow", "year-old")
    start: int


def description_heads(root: Token, first: int) -> set[str]:
    """The head nouns the parse attaches to a name as what the person is: an apposition ("X, a mechanic",
    "X, 38, a mechanic"), the noun the name is in apposition to ("the envoy, X"), the noun right before
    the name ("envoy X"); "year-old" for an age written so. Not the words inside them ("director of the
    children's hospital" describes no child)."""
    phrases = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    phrases += [c for age in root.children if age.like_num for c in age.children if c.dep_ == "appos"]
    if root.dep_ == "appos" and root.head.i < root.i:
        phrases.append(root.head)
    heads = {p.lemma_.lower() for p in phrases if p.pos_ == "NOUN"}
    before = root.doc[first - 1] if first > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.head.i == root.i:
        heads.add(before.lemma_.lower())
    if any("-year-old" in t.text.lower() for p in phrases for t in p.subtree):
        heads.add("year-old")
    return heads


def described_persons(article: ParsedArticle) -> list[DescribedPerson]:
    """Every PERSON mention with the head nouns the text describes it by (`description_heads`), in text order."""
    if article.described is not None:
        return article.described
    found = []
    for name, start, end in _person_mentions(article):
        root = _root(article, start, end)
        if root is None:
            continue
        words = frozenset(description_heads(root, article.token_at(start)))
        if words:
            found.append(DescribedPerson(name, words, start))
    article.described = found
    return found


# What a description may call a person described with a narrower word: "the diplomat" for the envoy.
DESCRIPTION_HYPERNYMS = {"diplomat": frozenset({"envoy", "ambassador", "diplomat"})}
DESCRIBED_REACH = 1500  # characters back a description looks for the person described so


def person_described_as(article: ParsedArticle, word: str, position: int) -> DescribedPerson | None:
    """ '"...," said Khaled Ahmad, 38, a mechanic ... "...," the mechanic added', "Fatima Hassan, a widow
    ... the widow said", "Alexander Lavrentyev, the Russian envoy ... the diplomat stressed": the person
    the text described with the description's word (or a narrower one, `DESCRIPTION_HYPERNYMS`) within
    `DESCRIBED_REACH` before it. None when no one was, or two different persons were."""
    wanted = DESCRIPTION_HYPERNYMS.get(word, frozenset({word}))
    matches = [
        p for p in described_persons(article)
        if p.start < position and position - p.start <= DESCRIBED_REACH and p.words & wanted
    ]
    names = {p.name for p in matches}
    return matches[-1] if len(names) == 1 else None


DEFINITE_NOUN_RE = re.compile(r"^(?:the|The)\s+([a-z][a-z-]+)$")


def described_with_another_noun(article: ParsedArticle, speaker: Speaker) -> Speaker:
    """ '"...," said Khaled Ahmad, 38, a mechanic. "...," the mechanic added': "the" and a noun that is no
    role word point back to the person the text described with that noun (`roles.person_described_as`);
    the speaker is left as it is otherwise."""
    match = DEFINITE_NOUN_RE.match(speaker.text or "")
    if match is None or article.doc[article.token_at(speaker.position)].tag_ != "NN":
        return speaker  # "the villagers said": a group, no one person described
    described = person_described_as(article, match.group(1), speaker.position)
    if described is not None:
        speaker.name, speaker.label = described.name, "PERSON"
    return speaker

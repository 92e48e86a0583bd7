"""Names inside a speaker phrase that the entity stage missed, split or merged: a proper name over a
place reading ("Najib Ansari"), the name after an office ("PYD spokesman Nawaf Khalil"), the office
holder ending the phrase ("Vice president of the Syrian Coalition Nagham al-Ghadiri"), a body's
name among words that only describe it ("Syria's official SANA news agency"), and a body named after the
body it belongs to ("the UN Commission of Inquiry on Syria")."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Span, Token

from ..entities import Alias, find_known_name
from ..entities.lexicon import (
    name_key,
    name_words,
    parenthesised_abbreviation,
    read_lexicon_rows,
    title_words,
    title_words_without_stops,
)
from ..nlp import entity_at
from ..places import place_by_id, resolve_offline
from ..records import EntityMention
from ..speakers import role_words
from .lexicon import BODY_NAME_HEADS, ORG_LABELS
from .parsed import ParsedArticle

PLACE_LABELS = ("LOC", "GPE", "FAC")


def name_run_over_place(article: ParsedArticle, head: Token) -> str | None:
    """The proper name ending at `head` when a place entity covers only its last part ("Najib Ansari"
    with "Ansari" read as the Aleppo district): two or more capitalised proper nouns, none inside a
    body's or person's entity. None otherwise."""
    entity = article.entity_covering(head)
    if entity is None or entity.label not in PLACE_LABELS or head.pos_ != "PROPN":
        return None
    run = [head]
    for token in reversed(head.doc[max(0, head.i - 4) : head.i]):
        covering = article.entity_covering(token)
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or (
            covering is not None
            and covering.label in ("ORG", "ARMED_GROUP", "PERSON", "NORP")
            and not given_name_read_as_a_body(covering, token)
        ):
            break
        run.insert(0, token)
    if len(run) < 2 or run[0].idx >= entity.start:
        return None
    return article.text[run[0].idx : head.idx + len(head)]


def given_name_read_as_a_body(entity: EntityMention, token: Token) -> bool:
    """ "Najib" in "Najib Ansari" tagged as an organisation: a one-word ORG the entity stage knows
    no body by, right before a surname, is a given name the model misread."""
    return (
        entity.label == "ORG"
        and entity.start == token.idx
        and entity.end == token.idx + len(token)
        and find_known_name(token.text) is None
    )


NAME_PREFIXES = frozenset({"al", "el", "ad", "ash", "as", "ar", "an", "az"})
PLACE_OR_BODY = ("GPE", "LOC", "FAC", "ORG")


def name_the_entity_stage_missed(tokens: list[Token], head: Token) -> tuple[str, str | None] | None:
    """(name, office) for a proper-noun speaker phrase the entity stage did not keep: the capitalised
    run that ends the phrase, after the last office word ("Syrian Kurd activist Havidar" -> Havidar,
    office "activist"). None for a phrase that is only an office or a kind of body ("Director", "the
    Military", "an NGO", "UN Resident Representative"): those are descriptions, not names."""
    if head.pos_ != "PROPN" or tokens[0].lower_ in ("a", "an"):
        return None
    offices = [t for t in tokens if t.i <= head.i and (role_words().get(t.lower_) or role_words().get(t.lemma_.lower()))]
    after = [t for t in tokens if t.i <= head.i and (not offices or t.i > offices[-1].i)]
    run = []
    for token in reversed(after):
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.ent_type_ in ("DATE", "TIME"):
            break
        if run and token.ent_type_ in PLACE_OR_BODY and token.ent_iob_ != "O" and run[0].ent_type_ not in PLACE_OR_BODY:
            # "... in Hama and Deir al-Zor Moumtzis said", "Pathologist at the Aleppo University Hashim told"
            # (commas lost): the place or body ends the description, not the name
            break
        run.insert(0, token)
    for n in range(len(run) - 1):  # "Tags Idlib Russia", "Saturday Moscow": a known name ends the run
        if find_known_name(head.doc[run[n].i : run[-1].i + 1].text) is not None:
            run = run[n:]
            break
    if not run or all(role_words().get(t.lower_) == "org" for t in run):
        return None  # "the Turkish General Staff": an office word before a body's noun names the body
    doc = head.doc
    while run[0].i >= 2 and doc[run[0].i - 1].text == "-" and doc[run[0].i - 2].lower_ in NAME_PREFIXES:
        run = [doc[run[0].i - 2], doc[run[0].i - 1], *run]  # "al-Masdar News": the article prefix is the name's
    name = head.doc[run[0].i : run[-1].i + 1].text.removeprefix("the ").removeprefix("The ")
    office = head.doc[tokens[0].i : run[0].i].text.strip(" ,") if run[0].i > tokens[0].i else None
    return name, office or None


def trailing_name(article: ParsedArticle, tokens: list[Token]) -> str | None:
    """Two or more capitalised proper nouns ending an office phrase, outside any body's or place's
    entity: the name of the office holder the entity stage did not keep. None otherwise."""
    run: list[Token] = []
    for token in reversed(tokens):
        covering = article.entity_covering(token)
        if covering is not None and covering.label != "PERSON":
            break
        if token.pos_ != "PROPN" or role_words().get(token.lower_):
            break
        run.insert(0, token)
    words = [t for t in run if t.text[:1].isupper() and t.is_alpha]
    if len(words) < 2:
        return None
    return tokens[0].doc[run[0].i : run[-1].i + 1].text


DESCRIPTOR_DEPS = ("det", "amod", "compound", "poss", "case", "punct", "nmod", "npadvmod")


STANCE_PREFIX_RE = re.compile(r"\b(?:anti|pro)\s*-\s*$", re.IGNORECASE)  # right before a name: a stance


def name_among_descriptors(article: ParsedArticle, head: Token, tokens: list[Token]) -> EntityMention | None:
    """ "the state news agency SANA", "Syria's official SANA agency", "the Qatari Al Jazeera channel":
    a body's name among words that only describe it (its kind, its state, its country) is the speaker.
    None when the phrase holds anything else, or no body's name, or two."""
    if role_words().get(head.lemma_.lower()) != "org":
        return None
    bodies = {e for t in tokens if (e := article.entity_covering(t)) is not None and e.label in ("ORG", "ARMED_GROUP")}
    if len(bodies) != 1:
        return None
    body = next(iter(bodies))
    if STANCE_PREFIX_RE.search(article.text, max(0, body.start - 6), body.start):
        return None  # "an anti-ISIS activist network", "a pro-Assad militia": a stance toward the body
    for token in tokens:
        inside = body.start <= token.idx < body.end
        describes = (
            token.i == head.i
            or (token.dep_ in DESCRIPTOR_DEPS
            # a lower-case word the tagger called a proper noun ("the X jihadist alliance") names no one
            and (token.pos_ != "PROPN" or token.is_lower or token.ent_type_ in ("NORP", "GPE"))
            and token.pos_ not in ("VERB", "NUM"))
        )
        if not (inside or describes):
            return None
    return body


def person_with_surname(article: ParsedArticle, name: str, position: int, speakers: tuple[str, ...] = ()) -> str | None:
    """The canonical of the person named in full before `position` (anywhere, for a name in the first
    line: a headline) whose last name is the one-word `name` ("Moumtzis said" after "Panos Moumtzis"), or
    None (not one word, or no such person, or two). `speakers`: full names of persons quoted before,
    which the entity stage may not have kept ("Gwyn Winfield, an editor, said")."""
    if " " in name.strip():
        return None
    word = name.strip().lower()
    # a headline names by surname whom the article then names in full ("Lavrov: ...")
    in_headline = not article.text[: article.line_of(position)[0]].strip()
    persons = {
        e.canonical
        for e in article.entities
        if e.label == "PERSON" and (e.start < position or in_headline) and " " in e.canonical
        # by name words, Arabic articles aside: "Selmo" is the surname of "Ammar al-Selmo"
        and name_words(name_key(e.canonical))[-1:] == name_words(name_key(word))
    } | {full for full in speakers if " " in full and name_words(name_key(full))[-1:] == name_words(name_key(word))}
    return persons.pop() if len(persons) == 1 else None


def person_by_surname(article: ParsedArticle, surname: str, position: int, speakers: tuple[str, ...] = ()) -> str | None:
    """The person a one-word surname stands for: the one named in full before (`person_with_surname`,
    entities and `speakers`), else the nearest given name and surname written before
    (`full_name_written_before`: "Gwyn Winfield editor of ..." that the entity stage did not keep)."""
    return person_with_surname(article, surname, position, speakers) or full_name_written_before(article, surname, position)


SURNAME_RE = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def full_name_written_before(article: ParsedArticle, surname: str, position: int) -> str | None:
    """ "Gwyn Winfield editor of ..." before a later "Winfield": the nearest capitalised word and the
    surname, the word no title ("Dr"), no stop word ("The", "In") and the pair outside quotes. None for
    anything but one capitalised word."""
    if not SURNAME_RE.fullmatch(surname):
        return None
    titles = title_words() | title_words_without_stops()
    pattern = re.compile(r"(?<![\w-])([A-Z][a-z]+) " + re.escape(surname) + r"(?![\w-])")
    for match in reversed(list(pattern.finditer(article.text, 0, position))):
        given = match.group(1)
        if given.lower() not in titles and not article.doc.vocab[given.lower()].is_stop and not article.in_quote(match.start()):
            return match.group(0)
    return None


@functools.cache
def demonyms() -> dict[str, str]:
    """Country (gazetteer name) -> nationality adjective, from data/lexicons/demonyms.csv."""
    return {row["country"]: row["adjective"] for row in read_lexicon_rows("demonyms.csv")}


@functools.cache
def country_of_nationality(word: str) -> str | None:
    """The country a nationality word names ("Syrian" -> "Syria", any case), from demonyms.csv; else None."""
    return {adjective.lower(): country for country, adjective in demonyms().items()}.get(word.lower())


@functools.cache
def country_named(name: str) -> str | None:
    """The country a name is, as the gazetteer names it ("Britain" -> "United Kingdom"), else None."""
    place = resolve_offline(name, context_in_aleppo=False)
    return place.name if place is not None and place.kind == "country" else None


@functools.cache
def country_containing(name: str) -> str | None:
    """The country a place name lies in, or is ("Hama" -> "Syria", "Britain" -> "United Kingdom"), as the
    gazetteer names it; None for a name no offline layer knows or a place with no country."""
    place = resolve_offline(name, context_in_aleppo=False)
    if place is None or place.kind == "country":
        return place.name if place is not None else None
    country = place_by_id(f"country/{place.country}") if place.country else None
    return country.name if country is not None else None


def country_possessive(word: str) -> bool:
    """ "Syria's", "Turkey's", and "Syrias" where a scrape lost the apostrophe: whose body the name is."""
    return country_of_possessive(word) is not None


def country_of_possessive(word: str, *, split_possessive: bool = False) -> str | None:
    """The country "Turkey's" or "Turkeys" (a scrape lost the apostrophe) names, else None; with
    `split_possessive`, the bare "Turkey" whose "'s" the tokenizer made a token of its own."""
    stem = re.sub(r"['’]?s$", "", word)
    return country_named(stem) if stem != word or split_possessive else None


def abbreviation_in_parentheses(article: ParsedArticle, head: Token) -> EntityMention | None:
    """ "the United Nations International Childrens Emergency Fund (UNICEF) said": a body's long name with
    its abbreviation in parentheses goes by the abbreviation's name (the entity stage reads the long form
    worst: a lost apostrophe, a name run into another). None when no such abbreviation follows the head,
    or for a person's affiliation ("Jane Doe (UN) said")."""
    if (named := article.entity_covering(head)) is not None and named.label == "PERSON":
        return None
    short = parenthesised_abbreviation(head)
    entity = article.entity_covering(short) if short is not None else None
    return entity if entity is not None and entity.label in ("ORG", "ARMED_GROUP") else None


def acronym_written_as_a_word(article: ParsedArticle, name: str, head: Token) -> Alias | None:
    """ "... in al-Baghouz area Sana reported": a body known by its acronym written as a word ("Sana",
    "Irna"), which the tagger reads as a person's first name and the entity stage drops; the acronym's
    body when the alias table or entity ruler knows it as a body, and the word "reports" or the article
    writes the acronym in capitals too. One word only ("Sana Ahmed"), and not a person the text introduces
    by the name ("Her daughter Sana said", "Sana, a mother of three, said")."""
    if " " in name or not name.istitle() or len(name) < 3:
        return None
    if any(c.dep_ in ("compound", "appos", "poss", "amod") for c in head.children) or head.dep_ == "appos":
        return None
    reports = head.head.lemma_.lower() == "report"
    if not reports and not re.search(rf"\b{re.escape(name.upper())}\b", article.text):
        return None
    known = find_known_name(name.upper())
    return known if known is not None and known.acronym and known.label in ("ORG", "ARMED_GROUP") else None



# Words a body's full name holds between its capitalised words: "UN Commission of Inquiry on Syria", "UN
# Office on Drugs and Crime" ("and" before another body's own name joins two: `opens_another_body`).
NAME_LINK_WORDS = frozenset({"of", "for", "on", "the", "and"})
# Capitalised words that date a statement, never name a body: "The UN Office on Monday said".
CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
})  # fmt: skip


def entity_from(token: Token) -> Span | None:
    """The parse's entity that starts at `token`, else None."""
    ent = entity_at(token) if token.ent_iob_ == "B" else None
    return ent if ent is not None and ent.start == token.i else None


def opens_another_body(token: Token) -> bool:
    """Whether the entity of a body the alias table knows starts at the token ("Human Rights Watch" after
    "and"; not "Social Affairs" in "the UN Department of Economic and Social Affairs")."""
    entity = entity_from(token)
    return entity is not None and entity.label_ in ORG_LABELS and find_known_name(entity.text) is not None


def in_a_body_name(token: Token) -> bool:
    """A capitalised word a body's name can hold after its head ("Inquiry", "Syria", "Child"), not a date."""
    return (
        token.text[:1].isupper()
        and token.pos_ in ("PROPN", "NOUN", "ADJ")  # "Department of Economic and Social Affairs"
        and token.lower_ not in CALENDAR_WORDS
        and token.ent_type_ not in ("DATE", "TIME")
    )


def body_named_past_its_parent(article: ParsedArticle, head: Token, entity: EntityMention) -> str | None:
    """ "The UN Commission of Inquiry on Syria said", "the EU Office for Refugee Affairs": a capitalised
    body's noun after the entity of the body it belongs to ("UN"), with the capitalised words its "of",
    "for" or "on" adds, is a body of its own, named as written (or as the alias table knows it). None when
    the head is no capitalised body's noun ("the UN envoy"), lies inside the entity (its own name), or has
    no such words after it ("the UN Office": a unit of the UN)."""
    if entity.label not in ORG_LABELS or head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    if head.lemma_.lower() not in BODY_NAME_HEADS or entity.end > head.idx:
        return None
    if not any(c.dep_ == "compound" and entity.start <= c.idx < entity.end for c in head.lefts):
        return None
    doc, last, i = head.doc, head.i, head.i + 1
    while i < len(doc) and (doc[i].lower_ in NAME_LINK_WORDS or in_a_body_name(doc[i])):
        if doc[i].lower_ in NAME_LINK_WORDS and not (i + 1 < len(doc) and (in_a_body_name(doc[i + 1]) or doc[i + 1].lower_ == "the")):
            break  # "on Monday", "of the city": the link leads to no capitalised word of the name
        if doc[i].lower_ == "and" and (doc[i + 1].lower_ == "the" or opens_another_body(doc[i + 1])):
            break  # "... and Human Rights Watch said": another body, not "the UN Office on Drugs and Crime"
        last = i if doc[i].lower_ not in NAME_LINK_WORDS else last
        i += 1
    if last == head.i or doc[head.i + 1].lower_ not in NAME_LINK_WORDS:
        return None  # "the UN Office said": a unit of the UN, which speaks for it (descriptions.body_of_its_unit)
    name = article.text[entity.start : doc[last].idx + len(doc[last])]
    known = find_known_name(name)
    return known.canonical if known is not None else name

"""Descriptions that name their speaker inside them, and unnamed sources kept as data.

- An anonymous source inside a named body speaks for the body: "a source at the Hama police command
  told SANA" -> Hama Police Command (`organisation_of_source`).
- An outlet's reporter reports for the outlet: "SANA's reporter", "an AFP correspondent" -> the outlet;
  "our correspondent" or a bare "the correspondent" -> the publishing outlet (`outlet_of_reporter`).
- A unit of a body speaks for it: "the Arabic desk of Sputnik" -> Sputnik (`body_of_its_unit`).
- A source the text never names ("a senior opposition official", "witnesses", "activists") is recorded
  by its description, normalised ("senior opposition official"), as an unnamed source
  (`unnamed_description`); media studies count the share of such quotes per outlet.
"""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Token

from ..entities import find_known_name
from ..outlets import outlet_registry
from ..records import EntityMention
from ..speakers import MEMBER_HEADS, government_of_seat, role_words
from .lexicon import BODY_NAME_HEADS
from .names import country_named, country_of_possessive, demonyms
from .parsed import ParsedArticle

SOURCE_HEADS = frozenset({"source"})
SOURCE_PREPOSITIONS = frozenset({"at", "in", "inside", "within", "from", "with"})
REPORTER_HEADS = frozenset({"correspondent", "reporter", "journalist", "stringer", "photographer", "cameraman", "videographer"})
OWN_REPORTER_DETERMINERS = frozenset({"our", "the"})
OUTLET_WITNESS_HEADS = frozenset({"witness"})  # an outlet's own witness only with the outlet's name on it
BODY_LABELS = ("ORG", "ARMED_GROUP")
PLACE_ENTITY_TYPES = ("GPE", "LOC", "FAC", "NORP")
# Words that open a description without describing the source ("some activists", "two witnesses").
QUANTIFIERS = frozenset(
    {"a", "an", "the", "some", "several", "many", "few", "one", "two", "three", "four", "five", "other", "another",
     "numerous", "various", "most", "this", "these", "those"}
)


# A local body's kind without its place ("the Police Command", "the Health Directorate") names no
# particular body: every governorate has one.
LOCAL_BODY_WORDS = frozenset(
    {"police", "command", "directorate", "governorate", "council", "hospital", "municipality", "department",
     "general", "health", "local", "city", "provincial", "province", "national"}
)


def _body_in(article: ParsedArticle, tokens: list[Token]) -> EntityMention | None:
    entities = [e for t in tokens if (e := article.entity_covering(t)) is not None and e.label in BODY_LABELS]
    return entities[-1] if entities else None


def organisation_of_source(article: ParsedArticle, head: Token) -> tuple[str, str] | None:
    """(name, label) of the body an anonymous source sits in: "a source at the Aleppo Police Command",
    "sources in the Interior Ministry", "a source from the local council". None for any other phrase,
    and for "a source close to X" (close to a body is not inside it)."""
    if head.lemma_.lower() not in SOURCE_HEADS:
        return None
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in SOURCE_PREPOSITIONS]
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if following is not None and following.dep_ == "prep" and following.head.i == head.head.i and following.lower_ in SOURCE_PREPOSITIONS:
        preps.append(following)  # "quoted a source at Aleppo Police Command as saying": hung on the verb
    for prep in preps:
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            # "the Aleppo city council, who asked not to be named": the relative clause is about the source
            relative = {t.i for c in pobj.children if c.dep_ == "relcl" for t in c.subtree}
            phrase = [t for t in pobj.subtree if t.dep_ != "det" and not t.is_punct and t.i not in relative]
            if phrase and all(t.lower_ in LOCAL_BODY_WORDS for t in phrase):
                return None  # "a source at the Police Command": which one the text does not say
            entity = _body_in(article, phrase)
            # "the Hama police command", "Aleppo Governorate", "Salamiyeh National Hospital": a proper
            # name headed by a body's word, or a proper name that is not a place ("a source in Aleppo").
            # Not a lone name the model read as a person: "a local source in Amuda" (a town) sits in no body.
            named_body = any(t.pos_ == "PROPN" for t in phrase) and (
                role_words().get(pobj.lemma_.lower()) == "org"
                or (pobj.pos_ == "PROPN" and pobj.ent_type_ not in (*PLACE_ENTITY_TYPES, "PERSON"))
            )
            if entity is not None and entity.label == "PERSON":
                entity = None
            if entity is not None and not (named_body and len(phrase) > len(entity.text.split())):
                return entity.canonical, entity.label
            if phrase and named_body:
                # "the Hama police command": a named body the entity stage did not catch whole.
                return _as_name(article, phrase), "ORG"
    return None


MEMBER_PREPOSITIONS = frozenset({"of", "with", "from", "for", "in", "at"})
ONE_PERSON_OFFICES = frozenset({"leader", "commander", "spokesman", "spokeswoman", "spokesperson"})


def is_one_persons_office(head: Token) -> bool:
    """ "the leader of Hezbollah", "the spokesman for the coalition": one person holds it."""
    return head.lemma_.lower() in ONE_PERSON_OFFICES and any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts)


def body_of_its_member(article: ParsedArticle, head: Token, *, offices: bool = False) -> tuple[str, str] | None:
    """(name, label) of the named body an unnamed member speaks for, as "a source at <body>" does: "an
    official with the Free Syrian Army", "a senior member of Ahrar al-Sham" -> that body. None when the
    phrase also names the person (the name wins), or names no body ("a senior opposition official",
    "an official in Aleppo": a place is no body). A body's name before the noun ("a UN official",
    "the Kremlin spokesman") stays a description: "the UN official" is as often a person named before.
    `offices`: also for one person's office ("the spokesman for the coalition"), which resolution names
    by its holder first and by this body only when the article names no holder."""
    if head.lemma_.lower() not in MEMBER_HEADS:
        return None
    if any(c.lower_ in ("former", "ex") for c in head.lefts):
        return None  # "a former member of Islamic State": a defector speaks for himself
    if not offices and is_one_persons_office(head):
        return None  # "the leader of Hezbollah": one person, whom the office resolution names
    phrase = list(head.subtree)
    # "an official, Jane Doe, said": the name wins; "an official with the Levant Front, another rebel group
    # in the city, said": an apposition that describes the body leaves the member speaking for it
    if any(c.dep_ == "appos" and role_words().get(c.lemma_.lower()) != "org" for c in head.children) or any(
        (e := article.entity_covering(t)) is not None and e.label == "PERSON" for t in phrase
    ):
        return None
    owners = [
        t
        for prep in head.rights
        if prep.dep_ == "prep" and prep.lower_ in MEMBER_PREPOSITIONS
        for t in prep.children
        if t.dep_ == "pobj"
    ]
    for owner in owners:
        # the body's name is the object itself ("with the Free Syrian Army"), not a phrase inside it
        # ("with ties to Hezbollah", "in contact with the FSA")
        body = article.entity_covering(owner)
        if body is not None and body.label in BODY_LABELS:
            return body.canonical, body.label
        if (named := body_named_as_written(article, owner)) is not None:
            return named
        if owner.lemma_.lower() in (*BODY_UNIT_HEADS, "apparatus"):
            # "a spokesman for HTS's security apparatus": a unit of the body that owns it
            owned = next((article.entity_covering(c) for c in owner.children if c.dep_ == "poss"), None)
            if owned is not None and owned.label in BODY_LABELS:
                return owned.canonical, owned.label
    return None


def body_named_as_written(article: ParsedArticle, noun: Token) -> tuple[str, str] | None:
    """ "an official with the Daraa Central Committee": a capitalised run of proper nouns ending in a body's
    head word (`BODY_NAME_HEADS`) that the entity stage did not keep whole, named as written ("ORG")."""
    if noun.pos_ != "PROPN" or not noun.text[:1].isupper() or noun.lower_ not in BODY_NAME_HEADS:
        return None
    run = [c for c in noun.lefts if c.dep_ == "compound" and c.text[:1].isupper()]
    if not run or any(c.pos_ not in ("PROPN", "ADJ") for c in run):
        return None
    first = run[0]
    return article.text[first.idx : noun.idx + len(noun)], "ORG"


# Heads of a state's bodies that a country's possessive names: "Turkey's health ministry", "Iraq's army".
NATIONAL_BODY_HEADS = frozenset({"ministry", "army", "military", "parliament", "police", "navy", "presidency"})
# The fields a ministry is named by: "Turkey's health ministry", "Russia's foreign ministry".
MINISTRY_FIELDS = frozenset({
    "health", "defence", "defense", "interior", "foreign", "information", "justice", "education", "finance",
    "economy", "oil", "energy", "transport", "electricity", "water", "agriculture", "culture", "tourism",
    "endowments", "awqaf", "reconciliation", "emergency", "emergencies", "social", "affairs", "labour", "labor",
})  # fmt: skip


def national_body(tokens: list[Token], head: Token) -> tuple[str, str] | None:
    """(name, "ORG") of a state's body written with its country's possessive and common nouns:
    "Turkey's health ministry" (and "Turkeys" where a scrape lost the apostrophe) -> "Turkish Health
    Ministry", the name the body goes by. None for any other phrase: a proper name after the possessive
    ("Syria's SANA agency") is the entity stage's, a person ("Turkey's foreign minister") no body."""
    if head.lemma_.lower() not in NATIONAL_BODY_HEADS or head.pos_ not in ("NOUN", "PROPN"):
        return None
    words = [t for t in tokens if t.dep_ != "det"]
    possessive = next((k for k, t in enumerate(words) if t.i < head.i and t.tag_ != "POS" and _country_of_possessive(t)), None)
    country = _country_of_possessive(words[possessive]) if possessive is not None else None
    if possessive is None and words and words[0].i < head.i and words[0].dep_ == "compound":
        # headline style, the country's name before the noun: "Sudan army says it retook ..."
        possessive, country = 0, country_named(words[0].text)
    if country is None:
        return None
    body = [t for t in words[possessive + 1 :] if t.tag_ != "POS" and t.text not in ("'s", "’s")]
    # only words that name the body's field ("health", "defence"), written as one run of words:
    # "Syria's opposition-run health ministry", "Syria's rebel army" name other bodies than the state's
    if not body or body[-1].i != head.i or any(t.i != head.i and t.lower_ not in MINISTRY_FIELDS for t in body):
        return None
    if any(b.idx != a.idx + len(a) + 1 for a, b in itertools.pairwise(body)):
        return None
    adjective = demonyms().get(country)
    if adjective is None:
        return None
    name = f"{adjective} {' '.join(t.text.capitalize() if t.is_lower else t.text for t in body)}"
    known = find_known_name(name)  # "Syria's army" -> "Syrian Army" -> the canonical "Syrian Arab Army"
    return (known.canonical, known.label) if known is not None else (name, "ORG")


# Nouns for a state's government as a whole: "the government in Damascus", "the regime in Damascus",
# "authorities in Ankara".
GOVERNMENT_NOUNS = frozenset({"government", "regime", "authorities", "administration", "leadership"})


LOCAL_GOVERNMENT_WORDS = frozenset({"local", "municipal", "provincial", "city", "governorate", "district", "regional"})


def government_at_its_seat(head: Token) -> tuple[str, str] | None:
    """(government, "GPE") of "the government in Damascus", "authorities in Ankara": a government named
    by its seat (data/lexicons/government_seats.csv) as Moscow or the Kremlin name theirs. None for any
    other phrase ("the government in exile", "local authorities in Aleppo": no state's seat)."""
    if head.lemma_.lower() not in GOVERNMENT_NOUNS and head.lower_ not in GOVERNMENT_NOUNS:
        return None
    if any(
        c.dep_ in ("amod", "compound") and (c.lower_ in LOCAL_GOVERNMENT_WORDS or c.ent_type_ == "NORP") for c in head.children
    ):  # "the Turkish authorities in Damascus" are Turkey's
        return None  # "local authorities in Damascus": the city's, not the state's ("the new authorities in Damascus" are)
    for preposition in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"):
        for seat in (o for o in preposition.children if o.dep_ == "pobj" and o.pos_ == "PROPN"):
            words = seat.doc[seat.left_edge.i : seat.i + 1].text
            if government := government_of_seat(words):
                return government, "GPE"
    return None


def _country_of_possessive(token: Token) -> str | None:
    """The country "Turkey's", "Turkey" (its "'s" a token of its own) or "Turkeys" names, else None."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return country_of_possessive(token.text, split_possessive=following is not None and following.tag_ == "POS")


# Nouns for a part of a body that speaks for the whole: "the Arabic desk of Sputnik", "the press office
# of the ministry", "the Damascus bureau of Reuters".
BODY_UNIT_HEADS = frozenset({"desk", "bureau", "service", "office", "branch", "section", "wing", "arm", "unit", "team"})


# Nouns for the unit through which someone speaks: "his office said". Not "his spokesman": a person,
# whom the text often names ("his spokesman Stephane Dujarric"); the description's resolution finds them.
SPEAKS_THROUGH_HEADS = frozenset({"office", "offices", "cabinet", "bureau"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})


def possessor_speaking_through(head: Token) -> Token | None:
    """ "According to his office", "its press office said": the possessive pronoun whose referent speaks
    through the office (resolved as "he", "she", "it" would be). None for any other phrase, and for a
    possessor that is a name ("Kerry's office": the entity stage reads those)."""
    if head.lemma_.lower() not in SPEAKS_THROUGH_HEADS and head.lower_ not in SPEAKS_THROUGH_HEADS:
        return None
    return next((c for c in head.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)


def body_of_its_unit(article: ParsedArticle, head: Token) -> tuple[str, str] | None:
    """(name, label) of the body a unit of it belongs to: "the Arabic-language desk of Sputnik news
    agency" -> Sputnik, "the media office of the Free Syrian Army" -> that army. None when the unit is
    of no named body ("the office of the prosecutor") or is no unit ("the head of the agency")."""
    if head.lemma_.lower() not in BODY_UNIT_HEADS:
        return None
    # "the SNHR victims documentation team", "Sputnik's Arabic desk": the body named before the unit
    before = [t for t in head.subtree if t.i < head.i and t.dep_ not in ("det", "case") and not t.is_punct]
    phrases = [before] if any(t.pos_ == "PROPN" for t in before) else []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "at")):
        phrases += [[t for t in pobj.subtree if t.dep_ != "det" and not t.is_punct] for pobj in prep.children if pobj.dep_ == "pobj"]
    for phrase in phrases:
        if phrase:
            entity = _body_in(article, phrase)
            if entity is not None:
                return entity.canonical, entity.label
            names = [t for t in phrase if t.pos_ == "PROPN"]
            known = find_known_name(" ".join(t.text for t in names)) if names else None
            if known is not None and known.label in BODY_LABELS:
                return known.canonical, known.label
    return None


# A local body written out as its kind, its field and its place: "the directorate of health in Aleppo
# province" is the Aleppo Health Directorate, "the department of education in Idlib" the Idlib Education
# Department. Only these kinds: a ministry of a field is a country's, which the phrase does not name.
LOCAL_BODY_KINDS = frozenset({"directorate", "department", "council", "command", "authority"})
PLACE_TAILS = frozenset({"province", "governorate", "city", "countryside"})


def local_body_name(head: Token) -> str | None:
    """ "<Place> <Field> <Kind>" for "the <kind> of <field> in <Place> [province]", or None: the
    field one lower-case common noun, the place a proper noun the parse tags GPE or that opens a
    province word ("Aleppo province")."""
    if head.lemma_.lower() not in LOCAL_BODY_KINDS or head.pos_ != "NOUN":
        return None
    field = place = None
    for prep in (c for c in head.children if c.dep_ == "prep"):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if prep.lower_ == "of" and objects and objects[0].pos_ == "NOUN" and objects[0].is_lower:
            field = objects[0]
            place_prep = next((c for c in field.children if c.dep_ == "prep" and c.lower_ == "in"), None)
            if place_prep is not None:
                objects = [c for c in place_prep.children if c.dep_ == "pobj"]
                place = _place_of(objects[0]) if objects else None
        elif prep.lower_ == "in" and objects:
            place = _place_of(objects[0])
    if field is None or place is None:
        return None
    return f"{place} {field.text.capitalize()} {head.lemma_.capitalize()}"


def local_body(head: Token) -> tuple[str, str] | None:
    """(name, "ORG") of the local body the phrase headed by `head` writes out (`local_body_name`), or None."""
    name = local_body_name(head)
    return (name, "ORG") if name is not None else None


def _place_of(token: Token) -> str | None:
    """ "Aleppo" for "Aleppo" (GPE) or "Aleppo province"; None for anything else."""
    if token.lower_ in PLACE_TAILS:
        names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        return " ".join(t.text for t in names) if names else None
    return token.text if token.pos_ == "PROPN" and token.ent_type_ in ("GPE", "LOC") else None


def local_body_before(article: ParsedArticle, kind: str, position: int) -> tuple[str, str] | None:
    """ "The directorate of health in Aleppo province announced ... The directorate said": (name, "ORG")
    of the nearest local body of that kind written out before `position`, or None."""
    for token in reversed(article.doc[: article.token_at(position)]):
        if token.lemma_.lower() == kind and not article.in_quote(token.idx) and (name := local_body_name(token)):
            return name, "ORG"
    return None


NAME_PARTICLES = frozenset({"al", "el", "ad", "ash", "as", "of", "for", "and", "the", "de", "bin", "ibn"})


def _as_name(article: ParsedArticle, phrase: list[Token]) -> str:
    """A body's name as written, its common nouns capitalised ("the Hama police command" -> "Hama
    Police Command"); particles and hyphenation stay as written ("al-Qtaifa National Hospital")."""
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1])
    words = article.text[start:end].split(" ")
    return " ".join(w if w.split("-")[0].lower() in NAME_PARTICLES else w[:1].upper() + w[1:] for w in words)


def outlet_of_reporter(article: ParsedArticle, head: Token, outlet: str | None) -> tuple[str, str] | None:
    """(name, label) of the outlet whose reporter speaks: "SANA's reporter", "an AFP correspondent",
    "Reuters journalists" -> that outlet; "our correspondent" or "the correspondent" with nothing else
    -> the publishing `outlet` (None when unknown). "a local journalist" names no outlet: None."""
    outlets_witness = head.lemma_.lower() in OUTLET_WITNESS_HEADS  # "a Reuters witness": its staff saw it
    if head.lemma_.lower() not in REPORTER_HEADS and not outlets_witness:
        return None
    modifiers = [t for t in head.lefts if t.dep_ in ("compound", "poss", "nmod", "amod") and t.pos_ != "PRON"]
    # The outlet written next to the head is the reporter's: "a photographer from al-Alam TV channel
    # SANA reporter said" (comma-less) is SANA's reporter, whatever the phrase before it names.
    for modifier in sorted(modifiers, key=lambda t: -t.i):
        entity = _body_in(article, list(modifier.subtree))
        if entity is not None:
            return entity.canonical, entity.label
        # "SANAs correspondent": a possessive whose apostrophe was lost, on a known outlet's name.
        stem = modifier.text[:-1] if modifier.text.endswith("s") else None
        known = find_known_name(stem) if stem else None
        if known is not None and known.label in BODY_LABELS:
            return known.canonical, known.label
    if outlets_witness:
        return None  # "a witness told Reuters", "the witness": a witness of no outlet is no reporter
    before = head.doc[head.i - 1] if head.i > 0 else None
    if not modifiers and before is not None and before.text.endswith("s") and before.text[:1].isupper():
        # The parse cut "SANAs correspondent" in two (a lost apostrophe at a paragraph's start).
        known = find_known_name(before.text[:-1])
        if known is not None and known.label in BODY_LABELS:
            return known.canonical, known.label
    determiner = next((t.lower_ for t in head.lefts if t.dep_ in ("det", "poss")), None)
    if not modifiers and determiner == "the" and (earlier := reporter_named_before(article, head)) is not None:
        return earlier
    if outlet and not modifiers and determiner in OWN_REPORTER_DETERMINERS and head.tag_ == "NN":
        return outlet, "ORG"
    return None


def reporter_named_before(article: ParsedArticle, head: Token) -> tuple[str, str] | None:
    """ "SANA's correspondent quoted a source ... The correspondent said": "the correspondent" is the
    reporter the text last named by an outlet ("SANA's correspondent", "an AFP correspondent"), outside
    quotes; None when it named none, so that the publishing outlet's own reporter is meant."""
    word = re.escape(head.lemma_.lower())
    pattern = re.compile(rf"\b([A-Z][\w-]*)(?:['’]s)?\s+{word}s?\b")
    for match in reversed(list(pattern.finditer(article.text, max(0, head.idx - REPORTER_REACH), head.idx))):
        if article.in_quote(match.start()):
            continue
        named = match.group(1)
        # "Reuters correspondent", "SANAs correspondent" (the apostrophe lost), "BBC correspondent"
        known = find_known_name(named) or (find_known_name(named[:-1]) if named.endswith("s") else None)
        outlet = outlet_registry().named(named) or (outlet_registry().named(named[:-1]) if named.endswith("s") else None)
        if known is not None and known.label in BODY_LABELS:
            return known.canonical, known.label
        if outlet is not None:
            return outlet.name, "ORG"
        if named not in ("The", "A", "An", "Our", "His", "Her", "Their", "Its"):
            return None  # the nearest reporter is some other outlet's ("a Jazeera correspondent"): not guessed
    return None


# How far back "the correspondent" looks for the outlet's reporter it continues: about three sentences.
REPORTER_REACH = 500


RELATIVE_WORDS = frozenset({"who", "which", "whose"})
NON_RESTRICTIVE_RE = re.compile(r",\s*(?:who|which|whose)\b.*$", re.IGNORECASE | re.DOTALL)


def description_of(tokens: list[Token]) -> str | None:
    """An unnamed source's description from its phrase's tokens: the quantifier that opens it dropped,
    and its first word lowered unless it is a proper noun ("A senior opposition official" -> "senior
    opposition official", "Aleppo Governor" stays)."""
    words = list(tokens)
    while words and words[0].lower_ in QUANTIFIERS:
        words = words[1:]
    # "a nurse in Aleppo, who asked not to be named": the clause set off by a comma describes no further
    cut = next((k for k in range(1, len(words)) if words[k].lower_ in RELATIVE_WORDS and words[k - 1].text == ","), None)
    words = words[: cut - 1] if cut is not None else words
    # "A senior official on Monday said": the time phrase before the verb says when, not who
    untimed = words
    # (not "the 36-year-old", an age the model labels DATE: it is who)
    while len(untimed) > 1 and untimed[-1].lower_ != "old" and (
        untimed[-1].ent_type_ in ("DATE", "TIME") or untimed[-1].lower_ in ("on", "late", "early")
    ):
        untimed = untimed[:-1]
    if untimed[-1].pos_ != "VERB":  # not "the talks held on Monday": the time of a clause inside the description
        words = untimed
    if not words:
        return None
    text = words[0].doc[words[0].i : words[-1].i + 1].text.strip(" ,;:-–—'\"“”")
    first = words[0]
    proper = (first.pos_ == "PROPN" and not role_words().get(first.lower_)) or first.ent_type_ in ("NORP", "GPE", "ORG")
    if text and not proper and not first.text.isupper():
        text = text[0].lower() + text[1:]
    return text or None


def unnamed_description(text: str | None) -> str | None:
    """A description as a normalised unnamed source, without the quantifier that opens it and with a
    sentence-initial capital lowered ("A senior opposition official" -> "senior opposition official",
    "Some activists" -> "activists", "an FSA member" -> "FSA member").
    None when nothing is left."""
    words = NON_RESTRICTIVE_RE.sub("", (text or "").replace("’", "'")).split()
    while words and words[0].lower() in QUANTIFIERS:
        words = words[1:]
    cleaned = " ".join(words).strip(" ,;:-–—'\"“”")
    if cleaned[:1].isupper() and cleaned[1:2].islower():
        cleaned = cleaned[0].lower() + cleaned[1:]  # "Witnesses said" -> "witnesses"; "FSA member" stays
    return cleaned or None


def source_introduced_before(article: ParsedArticle, position: int) -> tuple[str, str, int] | None:
    """ "A source at Salamiyeh National Hospital said ... the source added": (name, label, offset) of the
    body of the nearest "source at <body>" phrase written before `position`, whether or not that
    phrase attributed a quote."""
    for token in reversed(article.doc[: article.token_at(position)]):
        if token.lemma_.lower() in SOURCE_HEADS and not article.in_quote(token.idx):
            body = organisation_of_source(article, token)
            if body is not None:
                return body[0], body[1], token.idx
    return None


# Words before a body's kind that say nothing of which body it is: "the same ministry", "the local council".
UNSPECIFIC_MODIFIERS = frozenset({
    "same", "other", "new", "powerful", "main", "key", "top", "senior", "local", "city", "provincial",
    "national", "state", "official", "country", "country's", "government", "interim", "transitional", "former",
})  # fmt: skip
SPELLING_PAIRS = {"defense": "defence"}
# Kinds of body whose modifier says which one it is, its portfolio: "the foreign ministry", "the health
# directorate" (where "the opposition coalition" only describes the National Coalition).
PORTFOLIO_KINDS = frozenset({"ministry", "directorate", "department"})


def names_another_of_its_kind(description: str, word: str, name: str | None) -> bool:
    """Whether a description names a body of the same kind (`PORTFOLIO_KINDS`) as `name` but another
    one: "the foreign ministry" is not the Defence Ministry, "the health directorate" not the Education
    Directorate. The word right before the kind decides, when both have one and it says which body (not
    "the same ministry", "the Russian ministry": a nationality is checked by side)."""
    if not name or word not in PORTFOLIO_KINDS:
        return False
    def before_the_kind(words: list[str]) -> str | None:
        words = [SPELLING_PAIRS.get(w, w) for w in words]
        if word not in words or words.index(word) == 0:
            return None
        return words[words.index(word) - 1]
    own = before_the_kind(re.findall(r"[\w'’-]+", description.lower()))
    theirs = before_the_kind(re.findall(r"[\w'’-]+", name.lower()))
    if own is None or theirs is None or own in ("the", "this", "that", "its", "their") or own in UNSPECIFIC_MODIFIERS:
        return False
    # two fields a ministry is named by ("foreign", "defence"), not a nationality, a possessive or synonyms
    # the list does not pair ("the religious endowments ministry" may be the Ministry of Awqaf)
    return own in MINISTRY_FIELDS and theirs in MINISTRY_FIELDS and own != theirs

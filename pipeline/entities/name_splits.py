"""Where one span the model gave holds two names, or a word that is none of a name: the rules that split
or trim an article's entity candidates before they are named (`article.entity_mentions` runs them in
order). Each takes a `Candidate` (and the article's text or `Doc`) and returns the candidates it makes.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein
from spacy.tokens import Doc

from ..gazetteer import find_places
from ..nlp import doc_text
from ..outlets.registry import outlet_registry
from .given_names import given_name_table, person_gender
from .lexicon import (
    LOST_APOSTROPHE_S,
    ORG_WORDS,
    Candidate,
    alias_canonical,
    armed_group_heads,
    facility_words,
    find_alias,
    find_known_name,
    person_titles,
    resolve_place,
)
from .story_persons import (
    PLACE_LIST_NOUNS,
    body_name_words,
    headline_name_the_body_writes,
    in_a_credit_clause,
    is_a_sentence_of_names,
    is_credit,
    is_listed_toponym,
    is_signature,
    without_a_compound_modifier,
)


def group_head_before_a_group(c: Candidate, doc: Doc) -> Candidate:
    """ "Kataib Hezbollah", "Kataib Sayyid al-Shuhada": an armed group's head word ("Kataib", "Harakat",
    "Liwa") written right before a name makes another group's name, not the group or person named after
    it (Kataib Hezbollah is an Iraqi militia, not Hezbollah)."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.start == 0 or c.label not in ("ARMED_GROUP", "ORG", "PERSON", "LOC", "GPE"):
        return c
    before = doc[span.start - 1]
    if not before.text[:1].isupper() or before.lower_ not in armed_group_heads() or not before.whitespace_:
        return c
    text = doc_text(doc)[before.idx : c.end]
    known = find_known_name(text)
    if known is not None:
        return Candidate(before.idx, c.end, text, known.label, known.canonical, from_ruler=True)
    return Candidate(before.idx, c.end, text, "ARMED_GROUP", text, from_ruler=True)


OFFICE_TITLE_REACH = 3  # "UN High Commissioner for Refugees": a person's title among a body's first words


def offices_before_names(candidates: list[Candidate], text: str) -> list[Candidate]:
    """Without the bodies the model read in an office that a person's name follows: "Syria's Minister of
    Health, Musab al-Ali, said", "UN High Commissioner for Refugees Jane Doe said": the title is the
    person's, and the person speaks (the office stays in the quote's `speaker_role`). A body named alone
    ("the Ministry of Health said", "UNHCR said") stays."""
    persons = sorted((c for c in candidates if c.label == "PERSON"), key=lambda c: c.start)
    titles = person_titles()
    kept = []
    for c in candidates:
        words = [w.lower().strip(",.'’") for w in c.text.split()]
        words = words[1:] if words and words[0] == "the" else words
        titled = any(w in titles for w in words[:OFFICE_TITLE_REACH])
        named_next = any(0 <= p.start - c.end <= 3 and text[c.end : p.start].strip() in ("", ",") for p in persons)
        if c.label == "ORG" and titled and named_next:
            continue
        kept.append(c)
    return kept


def persons_of_the_story(candidates: list[Candidate], doc: Doc, places: dict[str, str]) -> list[Candidate]:
    """PERSON candidates without credited photographers and writers, bylines and signatures (dropped),
    cut to the words the body bears out when a title-case headline runs words into them
    (`headline_name_the_body_writes`) and to the name a compound modifier is made of ("Paul Ryan-backed"),
    and with villages the parse lists among places read as places (LOC); see `story_persons`.
    A name the alias table or the entity ruler knows is kept as it is, and one holding a gazetteer
    name ("Qaryat al-Ansari") is left to `normalise_article`, which reads the place inside it."""
    kept = []
    text = doc_text(doc)
    body_names = body_name_words(doc)
    for c in candidates:
        if c.label == "PERSON" and not c.from_ruler and find_alias(c.text) is None:
            if is_credit(text, c.start, c.end) or is_signature(text, c.start, c.end) or in_a_credit_clause(text, c.start):
                continue
            if is_a_sentence_of_names(doc, c.start, c.end):
                continue
            if (borne_out := headline_name_the_body_writes(text, c.start, c.end, body_names)) is None:
                continue
            if (named := without_a_compound_modifier(c.text)) is None:
                continue  # "Moscow-backed": a modifier, no one's name
            if named != c.text:  # "the Paul Ryan-backed bill": the name the modifier is made of
                c = Candidate(c.start, c.start + len(named), named, c.label, from_ruler=c.from_ruler, title_led=c.title_led)
            if borne_out[1] < c.end:
                c = Candidate(c.start, borne_out[1], text[c.start : borne_out[1]], c.label, from_ruler=c.from_ruler, title_led=c.title_led)
            if is_listed_toponym(doc, c.start, c.end) and not _holds_a_place(c, places):
                c.label = "LOC"
        kept.append(c)
    return kept


def _holds_a_place(c: Candidate, places: dict[str, str]) -> bool:
    """Whether a name holds a gazetteer place or a place word of the article, possessive included
    ("Qaryat al-Ansari", "Aleppos Qaryat"): `normalise_article` reads those. `places`: `place_words`."""
    words = [w.removesuffix("s") if w.endswith("s") else w for w in c.key.split()]
    return bool(find_places(c.text)) or any(w in places or f"{w}s" in places for w in (*c.key.split(), *words))


COMPANY_SUFFIXES = frozenset({"jr", "sr", "inc", "ltd", "llc", "plc", "co", "corp", "sa", "ag"})


def comma_in_a_name(c: Candidate) -> list[Candidate]:
    """ "... killed 18 people in Mezzeh, Press TV said" read by the model as one ORG "Mezzeh, Press TV": a
    name of a person or body holds no comma, so the span is cut at its last comma: the words before it are
    a place when the gazetteer knows them (else dropped), the name after it keeps the label. Suffixes that
    follow a comma in a name ("Jr.", "Inc.") and spans the ruler matched are left whole."""
    if c.from_ruler or c.label not in ("ORG", "PERSON", "ARMED_GROUP") or ", " not in c.text:
        return [c]
    cut = c.text.rindex(", ")
    before, rest = c.text[:cut], c.text[cut + 2 :]
    if not rest[:1].isupper() or rest.lower().strip(".") in COMPANY_SUFFIXES:
        return [c]
    known = find_known_name(rest)
    parts = [Candidate(c.start + cut + 2, c.end, rest, known.label if known else c.label, canonical=known.canonical if known else "")]
    if resolve_place(before, context_in_aleppo=False) is not None:
        parts.insert(0, Candidate(c.start, c.start + len(before), before, "GPE"))
    return parts


# Words that may stand before "the" inside a name ("Army of the Conquest", "Party for the Liberation").
WORDS_BEFORE_THE_IN_A_NAME = frozenset({"of", "for", "and", "to", "in", "on", "at", "from", "with", "by", "against"})
# Lowercase words a name may hold ("Organisation for the Prohibition of Chemical Weapons").
FUNCTION_WORDS_IN_A_NAME = WORDS_BEFORE_THE_IN_A_NAME | {"the", "al", "el", "bin", "ibn", "de", "du", "la", "von", "van"}


def article_in_a_name(c: Candidate) -> list[Candidate]:
    """ "... three kilometres east of Dabiq the Turkish army said" read by the model as one ORG "Dabiq the
    Turkish army": with the comma lost, "the" right after a name's word opens the next phrase. The words
    before it are a place when the gazetteer knows them (else dropped, as `comma_in_a_name` does); the
    words after it are a name when the alias table knows them or they hold no common noun ("the Syrian
    Observatory for Human Rights"), else a description ("the Turkish army"), which is no name; a name the
    alias table knows before "the" is kept. Not "the" after "of", "for" and the like ("Army of the
    Conquest"), nor an epithet ("Alexander the Great"), nor a name when nothing says the span is two ("Stop
    the War Coalition": no known place or name on either side, no description after)."""
    if c.from_ruler or c.label not in ("ORG", "PERSON", "ARMED_GROUP", "GPE"):
        return [c]
    match = re.search(r"(?<=\S) the (?=\S)", c.text)
    if match is None or c.text[: match.start()].split()[-1].lower() in WORDS_BEFORE_THE_IN_A_NAME:
        return [c]
    before, rest = c.text[: match.start()], c.text[match.end() :]
    words = rest.split()
    if len(words) < 2 and rest[:1].isupper():
        return [c]  # "Alexander the Great", "Ivan the Terrible": an epithet is part of the name
    known = find_known_name(rest)
    described = any(w.islower() and w not in FUNCTION_WORDS_IN_A_NAME for w in words)
    place = resolve_place(before, context_in_aleppo=False)
    known_before = find_known_name(before)
    if place is None and known_before is None and known is None and not described:
        return [c]  # "Stop the War Coalition", "Mohammed the Conqueror Brigade": nothing says it is two
    parts = []
    if place is not None:
        parts.append(Candidate(c.start, c.start + len(before), before, "GPE"))
    elif known_before is not None:  # "Nusra Front the al-Qaeda affiliate": the name, then a description
        parts.append(Candidate(c.start, c.start + len(before), before, known_before.label, canonical=known_before.canonical))
    if known is not None or not described:
        label = known.label if known else c.label
        parts.append(Candidate(c.start + match.end(), c.end, rest, label, canonical=known.canonical if known else ""))
    return parts


NAME_PART_RE = re.compile(r"^(?:[A-Z][\w'’-]*|al-\w+|el-\w+|al|el|bin|ibn|abu|Abu)$")


def place_then_known_name(c: Candidate) -> list[Candidate]:
    """ "... UN Special Envoy for Syria Staffan de Mistura said" read as one span "Syria Staffan de
    Mistura": a place run, without a comma, into a name the alias table knows is the place and then
    that name (the longest known name ending the span). Spans the ruler matched are left alone."""
    if c.from_ruler or c.label not in ("ORG", "NORP", "GPE", "PERSON"):
        return [c]
    words = list(re.finditer(r"\S+", c.text))
    for n in range(1, len(words)):
        place, rest = c.text[: words[n - 1].end()], c.text[words[n].start() :]
        known = find_known_name(rest)
        if known is None or known.label not in ("PERSON", "ORG", "ARMED_GROUP"):
            continue
        where = resolve_place(place, context_in_aleppo=False)
        if where is None:
            return [c]
        return [
            Candidate(c.start, c.start + len(place), place, "GPE"),
            Candidate(c.start + words[n].start(), c.end, rest, known.label, canonical=known.canonical),
        ]
    return [c]


OFFICE_OF_PLACE_RE = re.compile(r"([A-Za-z-]+)\s+(?:of|for)\s+(?:the\s+)?$")


def office_place_then_name(c: Candidate, text: str) -> list[Candidate]:
    """ "the governor of Homs Talal Barazi said" read as one span "Homs Talal Barazi": after an office's
    "of" or "for" ("governor of", "envoy for") or one place noun's ("the town of Dabiq Ahmed Osman
    commander of ... said", commas lost), a place run without a comma into two or more name words
    is the place and then a person, whether or not the alias table knows the name. A name after no
    office ("Jordan Peterson said", "the villages of Mourek Atshan") is left whole, and so is a rest of
    one word ("the mayor of Jordan Peterson")."""
    if c.from_ruler or c.label not in ("ORG", "NORP", "GPE", "PERSON", "LOC"):
        return [c]
    office = OFFICE_OF_PLACE_RE.search(text[max(0, c.start - 40) : c.start])
    if office is None or office.group(1).lower() not in person_titles() | PLACE_LIST_NOUNS:
        return [c]  # "the villages of Mourek Atshan": a list of places, no office
    words = list(re.finditer(r"\S+", c.text))
    for n in (1, 2):
        if len(words) - n < 2:
            break
        place, rest = c.text[: words[n - 1].end()], c.text[words[n].start() :]
        if not all(NAME_PART_RE.match(w) for w in rest.split()) or resolve_place(rest, context_in_aleppo=False):
            continue
        if resolve_place(place, context_in_aleppo=False) is None and not place_noun_then_given_name(office.group(1), place, rest):
            continue
        return split_before_word(c, words, n, "GPE")
    return [c]


def place_noun_then_given_name(noun: str, place: str, rest: str) -> bool:
    """After "the town of", a place the gazetteer lacks still is one when a given name opens the words
    after it and none opens the place ("the town of Dabiq Ahmed Osman"); not "the town of Ahmed Osman"."""
    return (
        noun.lower() in PLACE_LIST_NOUNS
        and person_gender(rest) is not None  # "Ahmed Osman", "Abu Omar al-Halabi"
        and given_name_table().get(place.split()[0].lower()) is None
    )


def name_then_a_countrys_possessive(c: Candidate) -> list[Candidate]:
    """ "Maamoun Abdulkarim Syrias antiquities chief said", "Sergei Lavrov Russias foreign minister": comma-
    and apostrophe-less copy runs a country's possessive into the name before it. A person's span whose
    last word is a country's name with a lost apostrophe ("Syrias", "Irans") is the person, then the
    country (its offsets without the "s"). Not "Jane Simmons", not a last word that is a place itself."""
    words = list(re.finditer(r"\S+", c.text))
    if c.from_ruler or c.label != "PERSON" or len(words) < 3 or not LOST_APOSTROPHE_S.search(c.text):
        return [c]
    last = words[-1].group(0)
    if resolve_place(last, context_in_aleppo=False) is not None:
        return [c]
    country = resolve_place(last[:-1], context_in_aleppo=False)
    if country is None or country.kind != "country":
        return [c]
    name = c.text[: words[-2].end()]
    start = c.start + words[-1].start()
    return [
        Candidate(c.start, c.start + len(name), name, "PERSON"),
        Candidate(start, start + len(last) - 1, last[:-1], "GPE", canonical=country.display, from_ruler=True),
    ]


def split_before_word(
    c: Candidate, words: list[re.Match[str]], n: int, first_label: str, first_canonical: str = ""
) -> list[Candidate]:
    """The candidate cut before its n-th word (`words`: its word matches): the words before it with
    `first_label`, then the rest as a PERSON."""
    head_end = words[n - 1].end()
    return [
        Candidate(c.start, c.start + head_end, c.text[:head_end], first_label, canonical=first_canonical),
        Candidate(c.start + words[n].start(), c.end, c.text[words[n].start() :], "PERSON"),
    ]


def owner_then_name(c: Candidate) -> list[Candidate]:
    """ "TRT Worlds Ahmed al Burai reports", "Russias Sergei Lavrov said": a possessive whose apostrophe
    was lost, on an outlet, body or place, run into two or more name words, is the owner and then a
    person. A name that merely ends in "s" ("Thomas Jones Smith") has no known owner and stays whole."""
    if c.from_ruler or c.label not in ("ORG", "NORP", "GPE", "PERSON"):
        return [c]
    words = list(re.finditer(r"\S+", c.text))
    for n in range(1, len(words) - 1):
        possessive = words[n - 1].group()
        rest = c.text[words[n].start() :]
        if not possessive.endswith("s") or len(rest.split()) < 2 or not all(NAME_PART_RE.match(w) for w in rest.split()):
            continue
        if any(w.lower() in ORG_WORDS or w.lower() in facility_words() for w in rest.split()):
            return [c]  # "Syrian Coalitions Media Office", "Russias Aerospace Forces": a body's part, no person
        owner = c.text[: words[n - 1].end() - 1]
        known = find_known_name(owner)
        outlet = outlet_registry().named(owner)
        place = resolve_place(owner, context_in_aleppo=False)
        if known is None and outlet is None and place is None:
            continue
        label = "GPE" if place is not None and known is None and outlet is None else (known.label if known else "ORG")
        canonical = known.canonical if known else (outlet.name if outlet else place.name)
        return split_before_word(c, words, n, label, canonical)
    return [c]


KUNYA_BEFORE_RE = re.compile(r"\b(?:Abu|Abou|Umm|Um)\s+$")


def kunya_before_name(c: Candidate, text: str) -> Candidate:
    """ "a native of Kazakhstan Abu Islam al-Kazaki" with the model's span "Islam al-Kazaki": a kunya
    ("Abu", "Umm") right before a person's name is part of it."""
    if c.label != "PERSON" or c.from_ruler:
        return c
    window_start = max(0, c.start - 6)
    kunya = KUNYA_BEFORE_RE.search(text, window_start, c.start)
    if kunya is None:
        return c
    start = kunya.start()
    return Candidate(start, c.end, text[start : c.end], c.label, canonical="", title_led=c.title_led)


def body_then_person(c: Candidate) -> list[Candidate]:
    """ "the Syrian Coalition Nagham al-Ghadiri" read as one body: a known body's name followed, without a
    comma, by two or more name words is the body and then a person (the office-holder written after it)."""
    if c.from_ruler or c.label not in ("ORG", "NORP", "GPE"):
        return [c]
    words = list(re.finditer(r"\S+", c.text))
    for n in range(len(words) - 2, 0, -1):
        head, rest = c.text[: words[n - 1].end()], c.text[words[n].start() :]
        known = find_known_name(head.removeprefix("the ").removeprefix("The "))
        rest_words = rest.split()
        if known is None or known.label not in ("ORG", "ARMED_GROUP") or len(rest_words) < 2:
            continue
        if not all(NAME_PART_RE.match(w) for w in rest_words) or find_known_name(rest) is not None:
            return [c]
        body = Candidate(c.start, c.start + len(head), head, known.label, canonical=known.canonical)
        person = Candidate(c.start + words[n].start(), c.end, rest, "PERSON")
        return [body, person]
    return [c]


def surnames_of_named_persons(candidates: list[Candidate]) -> list[Candidate]:
    """ "Robert Mardini, the ICRC's director, said ... Mardini added": a lone word that is the surname of a
    person the article has named in full before is that person, whatever label the model gave it
    (here a place, "Mardin"). So is a surname misspelt by one letter ("Jandalai" after "Safwan Jandali",
    `misspelt_surname`). A surname before the full name, or a word in a longer span, is left alone."""
    full_names: dict[str, Candidate] = {}
    for c in candidates:
        words = c.text.split()
        if c.label == "PERSON" and len(words) >= 2 and not c.from_ruler:
            full_names.setdefault(words[-1], c)
    for c in candidates:
        full = full_names.get(c.text) or misspelt_surname(c.text, full_names)
        if full is not None and full.start < c.start and not c.from_ruler and find_known_name(c.text) is None:
            # Named now, so that no later step reads the surname as a place.
            c.label, c.canonical = "PERSON", alias_canonical(full.text, "PERSON") or full.text
    return candidates


MISSPELT_SURNAME_LENGTH = 6  # letters; shorter surnames one letter apart are often two names ("Hasan", "Hassan")


def misspelt_surname(word: str, full_names: dict[str, Candidate]) -> Candidate | None:
    """The person named in full whose surname `word` misspells by one letter added, dropped or changed
    ("Jandalai" for "Jandali"), when exactly one surname of at least MISSPELT_SURNAME_LENGTH letters is
    and the word is no place the gazetteer knows."""
    if " " in word or len(word) < MISSPELT_SURNAME_LENGTH or not word[:1].isupper():
        return None
    owners = [c for surname, c in full_names.items() if len(surname) >= MISSPELT_SURNAME_LENGTH and Levenshtein.distance(word, surname) == 1]
    if len(owners) != 1 or resolve_place(word, context_in_aleppo=False) is not None:
        return None  # "Robert Mardini visited the camp. Mardin is a city in Turkey": a place, spelt right
    return owners[0]

"""Named-entity mentions with one canonical name per real entity, within an article and across the corpus.

Article level (`entity_mentions`): titles, possessives and a leading "the" are trimmed from each span;
labels the small model gets wrong are corrected where the evidence is clear (a span naming a known
person becomes PERSON; a PERSON/ORG/NORP that the offline geocoder reads as a place becomes GPE/LOC/FAC
with the place's name; "Syrias", a possessive whose apostrophe was lost, becomes "Syria");
a short form ("Kerry", "Al-Assad") resolves to a full name written earlier in the same article, else
anywhere in it, else to the curated alias table (data/lexicons/entity_aliases.csv); a body's short form
("the Defence Ministry") takes the fuller body name in the article. Ruler matches
(data/patterns/*.jsonl) carry their canonical name as the pattern id; Aleppo gazetteer and GeoNames
matches carry a place id, whose canonical place name is used.

Corpus level (`canonicalise_corpus`): spellings that differ only in case, accents or hyphenation
get one spelling, and a bare surname no article resolved takes the unique corpus-wide full name
ending in it.
"""

from __future__ import annotations

import csv
import functools
import logging
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .paths import LEXICON_DIR, PATTERNS_DIR
from .places import aleppo_context, place_by_id, resolve_offline
from .records import ENTITY_LABELS, EntityMention

log = logging.getLogger(__name__)

# Labels the small model puts on people by mistake ("Staffan de Mistura" ORG, "Lavrov" ORG).
RELABELLABLE = ("ORG", "GPE", "NORP", "LOC", "FAC", "PERSON")
PLACE_LABELS = ("GPE", "LOC", "FAC")
# Arabic articles and particles that do not count as a name word ("al-Assad" is one name word).
PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "az", "at", "de", "abu", "bin", "ibn"})
# Words that make a title-led span an organisation, not a person ("General Staff Command").
ORG_WORDS = frozenset(
    {"ministry", "council", "committee", "command", "staff", "assembly", "army", "forces", "party",
     "agency", "organization", "organisation", "office", "department", "coalition", "front", "group"}
)
# Labels a span may lose to a place reading ("Khan Sheikhoun" PERSON, "Homs" ORG, "Rastan" NORP).
PLACE_RELABELLABLE = ("PERSON", "ORG", "NORP")
# Label a resolved place takes, by its kind (pipeline.places.ResolvedPlace.kind).
PLACE_KIND_LABELS = {"city": "GPE", "country": "GPE", "region": "GPE", "district": "LOC", "area": "LOC", "landmark": "FAC"}
# Countries whose towns a one-word span may be read as: Syria and its neighbours. Farther away a
# one-word "place" is too often a given name ("Ali", "Hassan" are also towns in Africa and India).
NEAR_COUNTRIES = frozenset({"SY", "TR", "IQ", "LB", "JO", "IL", "PS"})
# Function words left lower case when a canonical name is title-cased ("Syrian Network for Human Rights").
LOWER_NAME_WORDS = frozenset({"of", "for", "and", "the", "in", "on", "de", "du", "la", "le", "al", "el", "bin", "ibn"})
POSSESSIVE = re.compile(r"['’]s?$")
LOST_APOSTROPHE_S = re.compile(r"(?<=[a-z])s$")  # "Syrias": FA-KES and other transcodings drop apostrophes
NAME_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Alias:
    canonical: str
    label: str
    acronym: str = ""  # an all-capitals alias only matches in capitals ("UN", not "un")


def name_key(text: str) -> str:
    """A comparison key ignoring case, accents, apostrophe style and hyphen-vs-space ("Al-Assad" == "al Assad")."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'").lower()
    return " ".join(NAME_WORD.findall(plain))


@functools.cache
def alias_table() -> dict[str, Alias]:
    """Curated aliases keyed by `name_key` of the alias."""
    table: dict[str, Alias] = {}
    with (LEXICON_DIR / "entity_aliases.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            alias = row["alias"].strip()
            acronym = alias if alias.isupper() else ""
            table[name_key(alias)] = Alias(row["canonical"].strip(), row["label"].strip(), acronym)
    return table


def read_word_list(name: str) -> frozenset[str]:
    """Lower-cased lines of a lexicon file, blank and # lines skipped."""
    lines = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


@functools.cache
def person_titles() -> frozenset[str]:
    return read_word_list("titles.txt")


@functools.cache
def title_words() -> frozenset[str]:
    return person_titles() | read_word_list("title_qualifiers.txt")


@functools.cache
def stoplist() -> frozenset[str]:
    return read_word_list("entity_stoplist.txt")


@functools.cache
def facility_words() -> frozenset[str]:
    return read_word_list("facility_words.txt")


@functools.cache
def place_name_heads() -> frozenset[str]:
    return read_word_list("place_name_heads.txt")


@functools.cache
def armed_group_heads() -> frozenset[str]:
    return read_word_list("armed_group_heads.txt")


@functools.cache
def chrome_words() -> frozenset[str]:
    return frozenset(name_key(line) for line in read_word_list("site_chrome_words.txt"))


def is_site_chrome(key: str) -> bool:
    """A multi-word span containing a page-furniture word or phrase ("Subscribe TRT World")."""
    padded = f" {key} "
    return len(key.split()) > 1 and any(f" {word} " in padded for word in chrome_words())


@functools.cache
def pattern_names() -> dict[str, Alias]:
    """The phrase patterns of data/patterns/*.jsonl as aliases: every name the entity ruler knows."""
    from .nlp import read_patterns

    table: dict[str, Alias] = {}
    for pattern in read_patterns(PATTERNS_DIR.glob("*.jsonl")):
        phrase = pattern["pattern"]
        if isinstance(phrase, list):  # token patterns are case-sensitive acronyms ("SOHR")
            phrase = " ".join(t.get("ORTH", "") for t in phrase if isinstance(t, dict))
            if not phrase.strip() or len(pattern["pattern"]) != len(phrase.split()):
                continue
        acronym = phrase if phrase.isupper() else ""
        table.setdefault(name_key(phrase), Alias(pattern["id"], pattern["label"], acronym))
    return table


@dataclass(slots=True)
class Candidate:
    """A span being normalised: offsets already trimmed, canonical filled in step by step."""

    start: int
    end: int
    text: str
    label: str
    canonical: str = ""
    from_ruler: bool = False
    title_led: bool = False  # a person title was stripped from its start

    @property
    def key(self) -> str:
        return name_key(self.text)


def name_words(key: str) -> list[str]:
    return [w for w in key.split() if w not in PARTICLES]


def is_full_name(key: str) -> bool:
    """Two or more name words, not counting Arabic articles ("al-Assad" alone is a short form)."""
    return len(name_words(key)) >= 2


def ends_with(full_key: str, short_key: str) -> bool:
    full, short = full_key.split(), short_key.split()
    return len(short) < len(full) and full[-len(short):] == short


def strip_titles(tokens: list[Token]) -> tuple[list[Token], bool]:
    """Leading titles dropped ("US Secretary of State John Kerry" -> "John Kerry"), and whether a person title was."""
    titles, i, person_title = title_words(), 0, False
    while i < len(tokens) - 1 and (tokens[i].lower_ in titles or tokens[i].text == "-"):
        person_title = person_title or tokens[i].lower_ in person_titles()
        i += 1
    return tokens[i:], person_title


def trimmed(span: Span) -> Candidate | None:
    """The span without surrounding space, a leading "the", a trailing possessive or, for people, titles."""
    tokens = [t for t in span if not t.is_space]
    while tokens and (tokens[0].lower_ == "the" or tokens[0].is_punct):
        tokens = tokens[1:]
    title_led = False
    if tokens and span.label_ in RELABELLABLE and not span.ent_id_:
        stripped, title_led = strip_titles(tokens)
        if span.label_ == "PERSON" or (title_led and looks_like_name(stripped)):
            tokens = stripped
        else:
            title_led = False
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("'s", "’s", "'", "’")):
        tokens = tokens[:-1]
    if not tokens:
        return None
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    text = span.doc[tokens[0].i : tokens[-1].i + 1].text  # == doc.text[start:end], without rebuilding doc.text
    match = POSSESSIVE.search(text)  # a possessive the tokenizer left on the word ("Kerry’s")
    if match and match.start() > 0:
        end, text = end - len(match.group()), text[: match.start()]
    if not any(c.isalpha() for c in text) or text.lower() in stoplist():
        return None
    canonical = ruler_canonical(span.ent_id_)
    # a name of a person is capitalised; an all-lower-case one is model noise ("un-named"). A lower-case
    # body ("the defence ministry") is kept only if it turns out to be a short form of a name in the article.
    if not canonical and text.islower() and span.label_ in ("PERSON", "ARMED_GROUP"):
        return None
    if not canonical and span.label_ in ("PERSON", "ORG", "ARMED_GROUP") and is_site_chrome(name_key(text)):
        return None
    if span.label_ == "PERSON" and not canonical:  # names do not end in lower-case words ("Assad air force")
        while len(tokens) > 1 and tokens[-1].is_lower and tokens[-2].whitespace_:  # not "Ban Ki-moon"
            tokens = tokens[:-1]
        end = tokens[-1].idx + len(tokens[-1].text)
        text = span.doc[tokens[0].i : tokens[-1].i + 1].text
    return Candidate(start, end, text, span.label_, canonical=canonical, from_ruler=bool(canonical), title_led=title_led)


def looks_like_name(tokens: list[Token]) -> bool:
    """Two or more capitalised words and no organisation word: what follows "Major General" in a name."""
    words = [t for t in tokens if t.is_alpha]
    return (
        len(words) >= 2
        and all(t.text[0].isupper() or t.lower_ in PARTICLES for t in words)
        and not any(t.lower_ in ORG_WORDS for t in words)
    )


def ruler_canonical(ent_id: str) -> str:
    """The canonical name an entity-ruler id stands for: itself, or the place a place id names."""
    if not ent_id:
        return ""
    if "/" not in ent_id:
        return ent_id
    place = place_by_id(ent_id)
    return place.display if place is not None else ""


def find_alias(text: str) -> Alias | None:
    """The alias-table entry for a span's text (case-insensitive, except for acronyms)."""
    alias = alias_table().get(name_key(text))
    if alias is not None and alias.acronym and not text.isupper():
        return None
    return alias


def find_known_name(text: str) -> Alias | None:
    """The alias-table entry, else the entity-ruler pattern, that a text names."""
    alias = find_alias(text)
    if alias is None:
        alias = pattern_names().get(name_key(text))
        if alias is not None and alias.acronym and text != alias.acronym:
            return None
    return alias


def resolve_place(text: str, *, context_in_aleppo: bool):
    """The place a span's text names offline, or None; one-word names only in and around Syria.

    A possessive whose apostrophe was lost ("Syrias") is left to `possessive_stem`, so this does not
    read "Abbas" as the place "Abba".
    """
    place = resolve_offline(text, context_in_aleppo=context_in_aleppo)
    if place is not None and LOST_APOSTROPHE_S.search(text):
        stem = resolve_offline(text[:-1], context_in_aleppo=context_in_aleppo)
        if stem is not None and stem.place_id == place.place_id:
            return None
    if place is None or place.kind not in PLACE_KIND_LABELS:
        return None
    one_word = len(name_key(text).split()) == 1
    if one_word and place.kind not in ("country", "region") and (place.country or "") not in NEAR_COUNTRIES:
        return None
    return place


def possessive_stem(c: Candidate, *, context_in_aleppo: bool) -> tuple[str, str] | None:
    """(label, canonical) of the stem of a span ending in an apostrophe-less possessive ("Syrias", "Observatorys")."""
    if not LOST_APOSTROPHE_S.search(c.text) or find_known_name(c.text) is not None:
        return None
    if resolve_place(c.text, context_in_aleppo=context_in_aleppo) is not None:
        return None  # "Homs" is a place in its own right, not the possessive of "Hom"
    stem = c.text[:-1]
    known = find_known_name(stem)
    if known is not None:
        return known.label, known.canonical
    place = resolve_place(stem, context_in_aleppo=context_in_aleppo)
    if place is not None:
        return PLACE_KIND_LABELS[place.kind], place.display
    return None


def alias_canonical(text: str, label: str) -> str | None:
    alias = find_alias(text)
    if alias is not None and alias.label == label:
        return alias.canonical
    return None


def entity_mentions(doc: Doc, *, article_id: str) -> list[EntityMention]:
    """Entity mentions of `doc` in ENTITY_LABELS, each with its article-level canonical name."""
    return _entity_mentions(doc, article_id=article_id)


def _entity_mentions(doc: Doc, *, article_id: str) -> list[EntityMention]:
    candidates = [c for c in (trimmed(ent) for ent in doc.ents if ent.label_ in ENTITY_LABELS) if c]
    candidates = [part for c in candidates for part in body_then_person(c)]
    candidates = surnames_of_named_persons(candidates)
    candidates = read_places_and_possessives(candidates, context_in_aleppo=is_aleppo_article(doc))
    candidates = normalise_article(candidates, place_words(doc))
    return [
        EntityMention(article_id, c.start, c.end, c.text, c.label, c.canonical)
        for c in candidates
        if c.canonical and c.label in ENTITY_LABELS
    ]


NAME_PART_RE = re.compile(r"^(?:[A-Z][\w'’-]*|al-\w+|el-\w+|bin|ibn|abu|Abu)$")


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
    (here a place, "Mardin"). A surname before the full name, or a word in a longer span, is left alone."""
    full_names: dict[str, Candidate] = {}
    for c in candidates:
        words = c.text.split()
        if c.label == "PERSON" and len(words) >= 2 and not c.from_ruler:
            full_names.setdefault(words[-1], c)
    for c in candidates:
        full = full_names.get(c.text)
        if full is not None and full.start < c.start and not c.from_ruler and find_known_name(c.text) is None:
            # Named now, so that no later step reads the surname as a place.
            c.label, c.canonical = "PERSON", alias_canonical(full.text, "PERSON") or full.text
    return candidates


def is_aleppo_article(doc: Doc) -> bool:
    """Whether place names shared with places elsewhere should take their Aleppo reading."""
    return aleppo_context(doc)


def read_places_and_possessives(candidates: list[Candidate], *, context_in_aleppo: bool) -> list[Candidate]:
    """Possessives whose apostrophe was lost resolved to their stem, and mis-tagged places relabelled.

    "Syrias" (ORG) becomes "Syria" (GPE) with the "s" trimmed from the offsets, like "Syria's";
    "Syrias Khan Touman" becomes two mentions, "Syria" and "Khan Touman"; a PERSON/ORG/NORP span
    that names a place and no known person or body ("Khan Sheikhoun", "Homs") takes the place's
    label (GPE for cities, regions and countries, LOC for districts and areas, FAC for landmarks)
    and name, so the places stage can geocode it.
    """
    result: list[Candidate] = []
    for c in candidates:
        parts = [c] if c.from_ruler else split_possessive_owner(c, context_in_aleppo=context_in_aleppo)
        for part in parts:
            if not part.from_ruler and not part.canonical:
                read_as_place_or_stem(part, context_in_aleppo=context_in_aleppo)
            result.append(part)
    return result


def split_possessive_owner(c: Candidate, *, context_in_aleppo: bool) -> list[Candidate]:
    """A span led by a possessive ("Syrias Khan Touman", "Assad's Alawite") split into owner and name."""
    match = re.match(r"(\S+?)(?:['’]s|(?<=[a-z])s)\s+(?=[A-Z])", c.text)
    if match is None or c.label not in RELABELLABLE:
        return [c]
    owner_text = match.group(1)
    owner = Candidate(c.start, c.start + len(owner_text), owner_text, c.label)
    if not read_as_place_or_stem(owner, context_in_aleppo=context_in_aleppo, possessive=False):
        return [c]
    rest = Candidate(c.start + match.end(), c.end, c.text[match.end():], c.label, title_led=c.title_led)
    return [owner, rest]


def read_as_place_or_stem(c: Candidate, *, context_in_aleppo: bool, possessive: bool = True) -> bool:
    """Give `c` the label and name of the known name or place it (or its possessive stem) names; True if so."""
    known = find_known_name(c.text)
    if known is not None:
        if possessive:
            return False  # the ordinary steps handle known names
        c.label, c.canonical = known.label, known.canonical
        return True
    stem = possessive_stem(c, context_in_aleppo=context_in_aleppo) if possessive else None
    if stem is not None:
        c.label, c.canonical = stem
        c.end, c.text = c.end - 1, c.text[:-1]
        c.from_ruler = True  # resolved as surely as a ruler match: later steps keep it
        return True
    if c.label not in PLACE_RELABELLABLE:
        return False
    if c.label == "PERSON" and c.key.split()[-1:] and c.key.split()[-1] in facility_words():
        c.label = "FAC"  # named after a person, but a place: its canonical is its name
        return False
    place = resolve_place(c.text, context_in_aleppo=context_in_aleppo)
    if place is None:
        first_word = c.key.split()[0] if len(c.key.split()) > 1 else ""
        if c.label == "PERSON" and first_word in place_name_heads():
            c.label = "LOC"  # "Khan Touman": shaped like a place, though the geocoder lacks it
        elif c.label == "PERSON" and first_word in armed_group_heads():
            c.label = "ARMED_GROUP"  # "Jabhat al-Nurah": shaped like a group name the patterns lack
        return False
    c.label, c.canonical, c.from_ruler = PLACE_KIND_LABELS[place.kind], place.display, True
    return True


def title_case_name(text: str) -> str:
    """Lower-case words of a name capitalised, function words and Arabic articles kept ("al-Ihsan Association")."""

    def word(part: str) -> str:
        if not part.islower() or part in LOWER_NAME_WORDS:
            return part
        return part[0].upper() + part[1:]

    words = ["-".join(word(p) for p in w.split("-")) for w in text.split(" ")]
    return " ".join(words)


def article_possessive(c: Candidate, candidates: list[Candidate]) -> tuple[str, str] | None:
    """(label, canonical) of a body of the article that `c` is the apostrophe-less possessive of."""
    if not LOST_APOSTROPHE_S.search(c.text):
        return None
    stem_key = name_key(c.text[:-1])
    for o in candidates:
        if o is not c and o.label in ("ORG", "ARMED_GROUP") and o.key == stem_key:
            return o.label, o.canonical or title_case_name(o.text)
    return None


def org_short_form(c: Candidate, candidates: list[Candidate]) -> tuple[str, str] | None:
    """(label, canonical) of the fuller body name a short form ("the defence ministry", "Army") refers to."""
    def fuller(o: Candidate) -> bool:
        return o.label in ("ORG", "ARMED_GROUP") and o is not c and any(
            ends_with(k, c.key) for k in (o.key, name_key(o.canonical)) if k
        )

    matches = [o for o in candidates if fuller(o)]
    if not matches:
        return None
    earlier = [o for o in matches if o.start < c.start]
    chosen = earlier[-1] if earlier else matches[0]
    return chosen.label, chosen.canonical or alias_canonical(chosen.text, chosen.label) or title_case_name(chosen.text)


def place_words(doc: Doc) -> dict[str, str]:
    """Keys of the places the article mentions, and the words of its cities and countries, with their label."""
    names: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS:
            names.setdefault(name_key(ent.text), ent.label_)
        if ent.label_ == "GPE":  # cities and countries: no person's name contains "Aleppo" or "Syria"
            for token in ent:
                if token.is_alpha and token.is_title and len(token) > 2 and token.lower_ not in title_words():
                    names.setdefault(token.lower_, ent.label_)
    return names


def normalise_article(candidates: list[Candidate], places: dict[str, str]) -> list[Candidate]:
    """Label corrections and canonical names, using the whole article as context."""
    # 1. the alias table decides the label of any span it knows ("Staffan de Mistura" tagged ORG)
    for c in candidates:
        alias = find_alias(c.text)
        if not c.from_ruler and alias is not None and c.label in RELABELLABLE:
            c.label = alias.label
        elif not c.from_ruler and c.title_led:
            c.label = "PERSON"
    # 2. a "person" that is (or contains) a place of this article is not a person ("Aleppo", "Tags Aleppo")
    for c in candidates:
        if c.label == "PERSON" and find_alias(c.text) is None and c.key in places:
            c.label = places[c.key]
    candidates = [c for c in candidates if not (c.label == "PERSON" and is_noise_person(c, places))]
    # 3. full person names written in this article; a shorter full name defers to a longer one
    people = [c for c in candidates if c.label == "PERSON" and is_full_name(c.key)]
    for p in people:
        p.canonical = alias_canonical(p.text, "PERSON") or p.canonical or p.text
        if p.canonical == p.text and p.key.endswith("s"):  # "Bashar al-Assads" (apostrophe dropped)
            p.canonical = alias_canonical(p.text[:-1], "PERSON") or p.canonical
            if p.canonical != p.text:
                p.end, p.text = p.end - 1, p.text[:-1]
    for p in people:
        longer = resolve_short_form(p, people)
        if longer and not alias_canonical(p.text, "PERSON"):
            p.canonical = longer
    full_names = {p.key for p in people}
    # 4. other spans naming a person of this article become PERSON ("Lavrov" tagged ORG after "Sergei Lavrov")
    for c in candidates:
        if not c.from_ruler and c.label in RELABELLABLE and c.label != "PERSON" and names_article_person(c.text, full_names):
            c.label = "PERSON"
    # 5. short forms and everything else
    for c in candidates:
        if c.canonical:
            continue
        if c.label == "PERSON":
            c.canonical = person_canonical(c, people)
        else:
            c.canonical = alias_canonical(c.text, c.label) or ""
    # 6. a body's short form takes the fuller name written in the article ("the defence ministry")
    for c in candidates:
        if c.label in ("ORG", "ARMED_GROUP") and not c.canonical:
            owner = article_possessive(c, candidates)
            if owner is not None:  # "Syrian Coalitions" after "Syrian Coalition"
                c.end, c.text = c.end - 1, c.text[:-1]
                c.label, c.canonical = owner
                continue
            fuller = org_short_form(c, candidates)
            if fuller is not None:
                c.label, c.canonical = fuller
            elif not c.text.islower():  # an unresolved all-lower-case "name" is a common noun
                c.canonical = title_case_name(c.text)
        elif not c.canonical and c.label != "PERSON":
            c.canonical = c.text
    return [c for c in candidates if c.canonical]


def is_noise_person(c: Candidate, places: dict[str, str]) -> bool:
    """A PERSON span that is page furniture or runs a place name into other words."""
    if "/" in c.text or c.text.isupper():
        return True
    return find_alias(c.text) is None and any(w in places for w in c.key.split())


def names_article_person(text: str, full_names: set[str]) -> bool:
    """A span naming a person: an alias-table person, or a full name / surname written in the article."""
    alias, key = find_alias(text), name_key(text)
    if alias is not None:
        return alias.label == "PERSON"
    return key in full_names or any(ends_with(full, key) for full in full_names)


def resolve_short_form(candidate: Candidate, people: list[Candidate]) -> str | None:
    """The full name a shorter form refers to: the nearest one before it, else the first one after it."""
    matches = [p for p in people if ends_with(p.key, candidate.key)]
    earlier = [p for p in matches if p.start < candidate.start]
    if earlier:
        return earlier[-1].canonical
    return matches[0].canonical if matches else None


def person_canonical(c: Candidate, people: list[Candidate]) -> str:
    """A short PERSON form resolved in the article, then by alias; "" when nothing vouches for it."""
    resolved = resolve_short_form(c, people) or alias_canonical(c.text, "PERSON")
    if resolved:
        return resolved
    # FA-KES strips apostrophes: "Assads" is "Assad" + possessive when only the stem is a known name
    if c.key.endswith("s"):
        stem = Candidate(c.start, c.end - 1, c.text[:-1], c.label)
        resolved = resolve_short_form(stem, people) or alias_canonical(stem.text, "PERSON")
        if resolved:
            c.end, c.text = stem.end, stem.text
            return resolved
    # A lone word nobody in the article or the alias table answers to is, in this coverage, far more
    # often a mis-tagged place or common word ("Kafyra", "Leramun", "Assault") than a person.
    return c.text if is_full_name(c.key) else ""


def canonicalise_corpus(mentions: list[EntityMention]) -> list[EntityMention]:
    """The mentions with corpus-wide canonical names: one spelling per name, bare surnames resolved when unique."""
    spelling = preferred_spellings(mentions)
    people = {spelling[name_key(m.canonical)] for m in mentions if m.label == "PERSON" and is_full_name(name_key(m.canonical))}
    by_ending: dict[str, set[str]] = defaultdict(set)
    for full in people:
        words = name_key(full).split()
        for n in range(1, len(words)):
            by_ending[" ".join(words[-n:])].add(full)
    result = []
    for m in mentions:
        key = name_key(m.canonical)
        canonical = spelling.get(key, m.canonical)
        if m.label == "PERSON" and not is_full_name(key) and len(by_ending.get(key, ())) == 1:
            canonical = next(iter(by_ending[key]))
        result.append(replace(m, canonical=canonical) if canonical != m.canonical else m)
    return result


def preferred_spellings(mentions: Iterable[EntityMention]) -> dict[str, str]:
    """For each name key, the canonical spelling used most often (the first seen wins a tie)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        counts[name_key(m.canonical)][m.canonical] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in counts.items()}


__all__ = ["canonicalise_corpus", "entity_mentions", "name_key"]

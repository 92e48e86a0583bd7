"""Entity names and the lexicons that normalise them: name keys, the alias table, titles, the stoplist,
the entity ruler's canonical names, and the trimming of a span to the name it holds."""

from __future__ import annotations

import csv
import functools
import logging
import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from spacy.tokens import Span, Token

from ..paths import LEXICON_DIR, PATTERNS_DIR
from ..places import place_by_id, resolve_offline
from ..transliteration import spelling_key

log = logging.getLogger(__name__)

# Labels the small model puts on people by mistake ("Staffan de Mistura" ORG, "Lavrov" ORG).
RELABELLABLE = ("ORG", "GPE", "NORP", "LOC", "FAC", "PERSON")
PLACE_LABELS = ("GPE", "LOC", "FAC")
# Arabic articles and particles that do not count as a name word ("al-Assad" is one name word).
PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "an", "ar", "az", "at", "de", "abu", "bin", "ibn"})
KUNYA_WORDS = frozenset({"abu", "abou"})  # "father of": with a name after it, a name of its own
FEMALE_KUNYA_WORDS = frozenset({"umm", "um", "oum"})  # "mother of"


def kunya_gender(name: str) -> str | None:
    """ "Abu Omar" (father of Omar) is a man, "Umm Ahmad" (mother of Ahmad) a woman; None for other names."""
    first = name.split()[0].lower() if name.strip() else ""
    return "m" if first in KUNYA_WORDS else "f" if first in FEMALE_KUNYA_WORDS else None
# Words that make a title-led span an organisation, not a person ("General Staff Command").
ORG_WORDS = frozenset(
    {"ministry", "council", "committee", "command", "staff", "assembly", "army", "forces", "party",
     "agency", "organization", "organisation", "office", "department", "coalition", "front", "group", "media",
     "news", "service", "services", "center", "centre"}
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


@functools.lru_cache(maxsize=1 << 16)  # pure, and asked for the same names again and again
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


@functools.cache
def names_going_by(canonical: str) -> tuple[str, ...]:
    """The canonical name and the alias keys (lower case) the table lists for it: "White Helmets" also goes
    by "syrian civil defence"."""
    return (canonical, *(key for key, alias in alias_table().items() if alias.canonical == canonical))


def read_lexicon_rows(name: str) -> list[dict[str, str]]:
    """The rows of a CSV lexicon file (data/lexicons/<name>) by its header, blank and # lines skipped,
    keys and values stripped. Raises ValueError naming the file and row when a row has more fields than
    the header."""
    lines = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
    rows = []
    for n, row in enumerate(csv.DictReader(line for line in lines if line.strip() and not line.startswith("#")), 1):
        if None in row:
            raise ValueError(f"{name}: row {n} has more fields than the header: {row[None]!r}")
        rows.append({key.strip(): (value or "").strip() for key, value in row.items()})
    return rows


def read_word_list(name: str) -> frozenset[str]:
    """Lower-cased lines of a lexicon file, blank and # lines skipped."""
    lines = (LEXICON_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().lower() for line in lines if line.strip() and not line.startswith("#"))


@functools.cache
def statement_nouns() -> frozenset[str]:
    """Nouns naming something said or published, whose author speaks through it ("a report by X",
    "information provided by X"), from data/lexicons/statement_nouns.txt. Never a person: the quote
    stage reads them for sources, the casualty stage to keep them from being counted."""
    return read_word_list("statement_nouns.txt")


@functools.cache
def person_titles() -> frozenset[str]:
    return read_word_list("titles.txt")


@functools.cache
def title_words_without_stops() -> frozenset[str]:
    """`person_titles` without their full stops ("dr." and "dr" alike), for matching a token's text."""
    return frozenset(t.rstrip(".") for t in person_titles())


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
def landform_words() -> frozenset[str]:
    return read_word_list("landform_words.txt")


@functools.cache
def place_name_heads() -> frozenset[str]:
    return read_word_list("place_name_heads.txt")


@functools.cache
def place_name_head_keys() -> frozenset[str]:
    """Transliteration keys of `place_name_heads`, so that "Tel" and "Kherbat" match "tell" and "khirbat"."""
    return frozenset(spelling_key(word) for word in place_name_heads())


def is_place_name_head(word: str, next_word: str = "") -> bool:
    """Whether a name's first word is the first word of Arabic place names ("Khan", "Kafr", "Tel", "Jubb"):
    listed, or another spelling of one that is no given name ("Jeb", "Job" and "Marit" key like "jebb",
    "jubb" and "maaret" but open people's names) unless an Arabic article follows it ("Jeb el-Kussa")."""
    if word in place_name_heads():
        return True
    if spelling_key(word) not in place_name_head_keys():
        return False
    from .given_names import given_name_table  # given_names reads this module

    return given_name_table().get(word) is None or ARABIC_ARTICLE_RE.match(next_word) is not None


# An Arabic article as a name's own word or before a hyphen: "el" of "jeb el kussa" (a key), "al-Hamra".
ARABIC_ARTICLE_RE = re.compile(r"(?:al|el|ad|ed|ar|er|as|es|ash|esh|at|et|az|ez|an|en)(?:-|$)", re.IGNORECASE)


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
    from ..nlp import read_patterns

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
    """Two or more name words, not counting Arabic articles ("al-Assad" alone is a short form); or a
    kunya ("Abu Khaled": father of Khaled), the name a person is known by, with no other name needed."""
    words = key.split()
    return len(name_words(key)) >= 2 or (len(words) == 2 and words[0] in KUNYA_WORDS)


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
    # "QAMISHLI, North Press - A Turkish drone ...": a spaced dash ends a dateline's credit; the model may
    # run the name over it into the lead ("North Press - A"). A hyphen inside a name has no spaces.
    dash = next((k for k, t in enumerate(tokens) if k and t.text in ("-", "–", "—") and tokens[k - 1].whitespace_ and t.whitespace_), None)
    if dash is not None:
        tokens = tokens[:dash]
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
        if len(tokens) > 1 and is_nationality_before_a_noun(tokens[-1]):
            tokens = tokens[:-1]
        end = tokens[-1].idx + len(tokens[-1].text)
        text = span.doc[tokens[0].i : tokens[-1].i + 1].text
    return Candidate(start, end, text, span.label_, canonical=canonical, from_ruler=bool(canonical), title_led=title_led)


DEMONYM_ENDING = re.compile(r"(?:an|ese|ish|i)$")


def is_nationality_before_a_noun(token: Token) -> bool:
    """ "According to Konashenkov Russian military intelligence": a capitalised adjective with a
    nationality's ending, followed by a lower-case word, modifies that noun; it ends no person's name.
    A surname the tagger reads as a proper noun ("Jane Doe Morgan said") is not one."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return (
        token.tag_ == "JJ"
        and token.text[:1].isupper()
        and DEMONYM_ENDING.search(token.text) is not None
        and following is not None
        and following.is_alpha
        and following.is_lower
    )


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
    """The alias-table entry, else the entity-ruler pattern, that a text names; else the pattern it
    misspells (`misspelled_known_name`)."""
    alias = find_alias(text)
    if alias is None:
        alias = pattern_names().get(name_key(text))
        if alias is not None and alias.acronym and text != alias.acronym:
            return None
    return alias if alias is not None else spelled_otherwise(text) or misspelled_known_name(text)


@functools.cache
def _spelling_index() -> dict[str, set[Alias]]:
    """Spelling keys (`transliteration.spelling_key`) of the known names of two or more words -> the
    names they key."""
    index: dict[str, set[Alias]] = {}
    for key, alias in (*alias_table().items(), *pattern_names().items()):
        if len(key.split()) >= 2 and not alias.acronym:
            index.setdefault(spelling_key(key), set()).add(alias)
    return index


@functools.lru_cache(maxsize=1 << 14)
def spelled_otherwise(text: str) -> Alias | None:
    """A known name written in another transliteration or with a letter doubled: "Barrack Obama",
    "Aamaq News Agency", "Bashar al-Asad" share `spelling_key` with a known name of two or more words,
    and name it when they name only one body or person (two names one key fits are left apart) and are
    written close to it ("Raed Salah" is not "Raed al-Saleh"; "UN-led coalition" not "U.S.-led coalition")."""
    key = name_key(text)
    if len(key.split()) < 2:
        return None
    owners = _spelling_index().get(spelling_key(text), set())
    if len({alias.canonical for alias in owners}) != 1:
        return None
    # The key folds vowels and drops article-like words ("un", "us"): the written forms must be close too,
    # word for word ("Salah"/"Saleh" and "UN-led"/"US-led" are other names).
    owner = next(iter(owners))
    written = [k for k, a in (*alias_table().items(), *pattern_names().items()) if a == owner]
    return owner if any(written_alike(key, k) for k in written) else None


SPELLED_OTHERWISE_MIN_SCORE = 85  # rapidfuzz ratio of each pair of words: a letter doubled or two swapped


def written_alike(key: str, other: str) -> bool:
    """Whether two name keys have the same words in the same order, each spelled nearly alike ("barrack
    obama" / "barack obama", "bashar al asad" / "bashar al assad"; not "un led" / "us led"), or the same
    letters with a compound name's parts joined or apart ("rami abdelrahman" / "rami abdel rahman")."""
    words, others = key.split(), other.split()
    if len(words) != len(others):
        return "".join(words) == "".join(others)
    return all(
        w[0] == o[0] and fuzz.ratio(w, o) >= SPELLED_OTHERWISE_MIN_SCORE for w, o in zip(words, others, strict=True)
    )


MISSPELLING_MIN_CHARS = 18  # only long names: short ones differ by a letter and are other names
MISSPELLING_MIN_SCORE = 92  # rapidfuzz ratio (0-100) of the whole keys


@functools.cache
def _long_pattern_keys() -> tuple[str, ...]:
    return tuple(key for key, alias in pattern_names().items() if len(key) >= MISSPELLING_MIN_CHARS and not alias.acronym)


@functools.cache
def misspelled_known_name(text: str) -> Alias | None:
    """ "Syrian Obervatorty for Human Rights": a long multi-word name that a known name's pattern spells
    with a letter or two wrong or swapped (rapidfuzz ratio >= MISSPELLING_MIN_SCORE) names that body.
    Long names only, and only when one known name is that close, so two real names never merge."""
    key = name_key(text)
    if len(key) < MISSPELLING_MIN_CHARS or len(key.split()) < 3:
        return None
    close = process.extract(key, _long_pattern_keys(), scorer=fuzz.ratio, score_cutoff=MISSPELLING_MIN_SCORE, limit=2)
    owners = {pattern_names()[match].canonical for match, _, _ in close}
    return pattern_names()[close[0][0]] if len(owners) == 1 else None


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
    """The canonical name of the alias-table entry of `label` that a text names, written as the table
    writes it or in another transliteration of it (`spelled_otherwise`: "Rami Abdelrahman"), or None."""
    alias = find_alias(text) or spelled_otherwise(text)
    if alias is not None and alias.label == label:
        return alias.canonical
    return None


def parenthesised_abbreviation(head: Token) -> Token | None:
    """The abbreviation a name's head has in parentheses right after its phrase ("the United Nations
    International Childrens Emergency Fund (UNICEF)"): a word in capitals the parse hangs on the head as
    its apposition, and a name the alias table or entity ruler knows; None otherwise ("Syria Live Network
    (SLN)": the long form is the name the text gives)."""
    doc = head.doc
    for short in head.children:
        in_parentheses = short.i > 0 and doc[short.i - 1].text == "(" and short.i == head.right_edge.i - 1
        known = short.dep_ == "appos" and short.text.isupper() and find_known_name(short.text) is not None
        if known and in_parentheses:
            return short
    return None


"""The Aleppo gazetteer: districts, areas and landmarks with sourced coordinates, read from
data/gazetteer/aleppo_places.csv, plus name matching and EntityRuler patterns built from it."""

from __future__ import annotations

import csv
import functools
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .paths import GAZETTEER_DIR
from .transliteration import closest_key, spelling_key, strip_accents

PLACES_CSV = GAZETTEER_DIR / "aleppo_places.csv"
CASE_SENSITIVE_TXT = GAZETTEER_DIR / "case_sensitive_names.txt"

# Transliterated Arabic articles as news copy writes them ("al-Kalasa", "ash-Sha'ar", "el Midan").
ARTICLES = ("al", "el", "ad", "ed", "as", "es", "ash", "esh", "az", "ez", "an", "ar", "at", "aj", "a")
# Generic words around a name that do not change the place ("the district of Salah al-Din").
GENERIC_PREFIXES = (
    "neighbourhood of",
    "neighborhood of",
    "district of",
    "quarter of",
    "area of",
    "suburb of",
    "the neighbourhood of",
    "the neighborhood of",
    "the district of",
    "the quarter of",
    "the area of",
)
GENERIC_SUFFIXES = (
    "neighbourhood",
    "neighborhood",
    "district",
    "quarter",
    "area",
    "neighbourhoods",
    "neighborhoods",
    "districts",
    "suburb",
)
APOSTROPHES = "'’‘`´ʿʾ′\""
RULER_LABELS = {"district": "LOC", "area": "LOC", "landmark": "FAC"}


@dataclass(frozen=True, slots=True)
class GazetteerPlace:
    """One Aleppo district, area or landmark and the source of its coordinate."""

    id: str  # "aleppo/kallaseh"
    name: str  # canonical English name
    variants: tuple[str, ...]
    name_ar: str
    kind: str  # district | area | landmark
    lat: float
    lon: float
    control_2016: str | None  # front-line side in mid-2016, when a source says so
    needs_context: bool  # the name has another well-known referent; only trust it in an Aleppo article
    source: str  # citation of the coordinate
    source_lat: float
    source_lon: float

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.variants)


@functools.lru_cache(maxsize=1 << 16)  # pure, and asked for the same names again and again
def normalise_name(text: str) -> str:
    """A matching key: lower case, no diacritics or apostrophes, hyphens as spaces, no articles.

    "al-Kalasa", "Al Kalasa" and "Kalasa" share the key "kalasa"; a leading "the" and generic
    "district of" wrappers are dropped as well.
    """
    key = strip_accents(text).lower()
    key = key.translate({ord(ch): None for ch in APOSTROPHES})
    key = re.sub(r"[\-‐‑–—_/.,()]+", " ", key)
    key = re.sub(r"\s+", " ", key).strip()
    key = re.sub(r"^the ", "", key)
    for prefix in GENERIC_PREFIXES:
        if key.startswith(prefix + " "):
            key = key[len(prefix) + 1 :]
    words = [w for w in key.split(" ") if w and w not in ARTICLES]
    return " ".join(words)


def loose_key(key: str) -> str:
    """The transliteration-insensitive key of a name (`transliteration.spelling_key`)."""
    return spelling_key(key)


def _split_variants(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _optional_float(value: str) -> float:
    return float(value) if value.strip() else float("nan")


@functools.cache
def load_gazetteer() -> tuple[GazetteerPlace, ...]:
    """All places of data/gazetteer/aleppo_places.csv (read once per process)."""
    with PLACES_CSV.open(encoding="utf-8", newline="") as handle:
        return tuple(
            GazetteerPlace(
                id=row["id"],
                name=row["name"],
                variants=_split_variants(row["variants"]),
                name_ar=row["name_ar"],
                kind=row["kind"],
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                control_2016=row["control_2016"] or None,
                needs_context=row["needs_context"].strip().lower() == "yes",
                source=row["source"],
                source_lat=_optional_float(row["source_lat"]),
                source_lon=_optional_float(row["source_lon"]),
            )
            for row in csv.DictReader(handle)
        )


@functools.cache
def places_by_id() -> dict[str, GazetteerPlace]:
    return {place.id: place for place in load_gazetteer()}


def _strip_generic_suffix(key: str) -> str:
    for suffix in GENERIC_SUFFIXES:
        if key.endswith(" " + suffix):
            return key[: -len(suffix) - 1]
    return key


@functools.cache
def _indexes() -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    exact: dict[str, str] = {}
    loose: dict[str, set[str]] = {}
    for place in load_gazetteer():
        for name in surface_forms(place):
            key = normalise_name(name)
            if key:
                exact.setdefault(key, place.id)  # first row wins: rows are ordered by salience
                loose.setdefault(loose_key(key), set()).add(place.id)
    return exact, {k: frozenset(v) for k, v in loose.items()}


def lookup(name: str) -> GazetteerPlace | None:
    """The Aleppo place a name (in any listed spelling) refers to, or None.

    Matching ignores case, diacritics, apostrophes, hyphens, Arabic articles and wrappers such as
    "the district of"; a looser transliteration key is used only when it points at a single place.
    """
    if not name or not name.strip():
        return None
    exact, loose = _indexes()
    key = normalise_name(name)
    for candidate in (key, _strip_generic_suffix(key)):
        if candidate in exact:
            return places_by_id()[exact[candidate]]
    for candidate in (key, _strip_generic_suffix(key)):
        if len(candidate) >= 4:
            ids = loose.get(loose_key(candidate), frozenset())
            if len(ids) == 1:
                return places_by_id()[next(iter(ids))]
    return None


@functools.cache
def _forms_by_key() -> dict[str, str]:
    """Spelling key -> place id, for keys that name one place only."""
    ids: dict[str, set[str]] = {}
    for place in load_gazetteer():
        for name in place.names:
            ids.setdefault(loose_key(name), set()).add(place.id)
    return {key: next(iter(v)) for key, v in ids.items() if len(v) == 1 and key}


def closest_place(name: str, *, min_score: float = 88.0, min_length: int = 6) -> GazetteerPlace | None:
    """The gazetteer place whose spelling is close to `name` ("Sheikh Khodr" -> Sheikh Khoder), or None.

    An exact or transliteration-equal spelling wins (`lookup`); otherwise rapidfuzz compares
    spelling keys (`transliteration.closest`) and a unique best match scoring `min_score` or more
    (0-100) is taken. Names of fewer than `min_length` key letters are never matched loosely.
    """
    place = lookup(name)
    if place is not None:
        return place
    forms = _forms_by_key()
    match = closest_key(spelling_key(name), _form_keys(), min_score=min_score, min_length=min_length)
    if match:
        return places_by_id()[forms[match[0]]]
    # Short vowels are written or left out at will ("al-Halk" / "al-Halak" / "Hellok", "Jabiriyeh" /
    # "Jabriyeh"): the consonants decide when they name one place only and there are three or more.
    # Only a vowel left out or put in, never one vowel for another ("Sohr" is not "Shaar").
    key = loose_key(name)
    skeleton = consonant_skeleton(key)
    place_id = _places_by_skeleton().get(skeleton) if len(skeleton) >= 3 else None
    if place_id is None:
        return None
    place = places_by_id()[place_id]
    forms = [loose_key(form) for form in place.names if consonant_skeleton(loose_key(form)) == skeleton]
    return place if any(differ_by_vowels_left_out(key, form) for form in forms) else None


def differ_by_vowels_left_out(a: str, b: str) -> bool:
    """Whether the shorter key is the longer with some vowels left out ("halk"/"halak", "jabriya"/"jabiriya")."""
    short, long = sorted((a, b), key=len)
    position = 0
    for letter in long:
        if position < len(short) and short[position] == letter:
            position += 1
        elif letter not in "aeiou":
            return False
    return position == len(short)


def consonant_skeleton(key: str) -> str:
    """A spelling key without the vowels between consonants ("halak" -> "hlk", "jabiriya" -> "jbrya"):
    what transliterations of one name share. A first or last vowel stays ("ansar" is not "ansari")."""
    return re.sub(r"(?<=[^aeiou])[aeiou]+(?=[^aeiou])", "", key)


@functools.cache
def _places_by_skeleton() -> dict[str, str]:
    """Consonant skeleton -> place id, for skeletons that name one place only."""
    ids: dict[str, set[str]] = {}
    for place in load_gazetteer():
        for name in place.names:
            ids.setdefault(consonant_skeleton(loose_key(name)), set()).add(place.id)
    return {key: next(iter(v)) for key, v in ids.items() if len(v) == 1 and key}


@functools.cache
def _form_keys() -> tuple[str, ...]:
    return tuple(_forms_by_key())


@functools.cache
def case_sensitive_names() -> frozenset[str]:
    """Names that are also ordinary English ("Old City", "New Aleppo"): matched only as written."""
    if not CASE_SENSITIVE_TXT.exists():
        return frozenset()
    lines = CASE_SENSITIVE_TXT.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def surface_forms(place: GazetteerPlace) -> list[str]:
    """Every written form to match for a place: listed names, with and without articles and hyphens."""
    forms: list[str] = []

    def add(form: str) -> None:
        form = re.sub(r"\s+", " ", form).strip()
        if form and form not in forms:
            forms.append(form)

    for name in place.names:
        add(name)
        bare = re.sub(rf"^(?:{'|'.join(ARTICLES)})[\-\s]", "", name, flags=re.IGNORECASE)
        add(bare)
        if " " not in bare and "-" not in bare and name not in case_sensitive_names():
            for article in ("al-", "el-", "al "):  # "al-Kalasseh" for a bare "Kalasseh"
                add(article + bare)
        for form in list(forms):
            add(form.replace("-", " "))
            add(form.replace("neighbourhood", "neighborhood"))
            for glued in glued_article_forms(form):
                add(glued)
    return forms


SUN_LETTERS = ("t", "th", "d", "dh", "r", "z", "s", "sh", "n")


def glued_article_forms(form: str) -> list[str]:
    """Spellings that glue the article to the next word: "Karm Aljabal", "Seif Addawla".

    Only inside multi-word names, so a bare "Alhamra" or "Aleppo" is never split or invented.
    """
    match = re.search(r"(?<=\s)(?:al|el|ad|as|ash|az|an|ar|at)[\-\s](\w+)", form, flags=re.IGNORECASE)
    if not match:
        return []
    word = match.group(1)
    head, tail = form[: match.start()], form[match.end() :]
    forms = [f"{head}Al{word.lower()}{tail}"]
    sun = next((s for s in sorted(SUN_LETTERS, key=len, reverse=True) if word.lower().startswith(s)), None)
    if sun:
        forms.append(f"{head}A{sun[0]}{word.lower()}{tail}")
    return forms


def ruler_patterns() -> list[dict]:
    """EntityRuler patterns for every gazetteer name, labelled LOC (district/area) or FAC (landmark).

    Phrase patterns (matched on LOWER) for distinctive names; token patterns on ORTH for names
    that are also ordinary English words, so "the old city of Homs" or "a new Aleppo truce" stay
    unmatched. Each pattern carries the gazetteer id as "id".
    """
    patterns: list[dict] = []
    case_sensitive = case_sensitive_names()
    for place in load_gazetteer():
        label = RULER_LABELS[place.kind]
        for form in surface_forms(place):
            if len(normalise_name(form)) < 3:
                continue
            if form in case_sensitive:
                tokens = [{"ORTH": tok} for tok in re.findall(r"\w+|[^\w\s]", form)]
                patterns.append({"label": label, "pattern": tokens, "id": place.id})
            else:
                patterns.append({"label": label, "pattern": form, "id": place.id})
    return patterns + syrian_place_patterns()


def syrian_place_patterns() -> list[dict]:
    """GPE patterns for Syrian cities and governorates under their news spellings.

    The small English model often tags "Aleppo" as NORP or PERSON; these patterns make the city
    and its sister cities ("Raqa", "Deir Ezzor", "Idlib province") GPEs carrying a place id
    ("geonames/170063", "region/idlib-governorate") that the geocoder resolves directly.
    """
    patterns: list[dict] = []
    with (GAZETTEER_DIR / "place_aliases.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["country"] == "SY" and row["target"].startswith("geonames/"):
                patterns.append({"label": "GPE", "pattern": row["alias"], "id": row["target"]})
    with (GAZETTEER_DIR / "regions.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["country"] == "SY":
                for name in (row["name"], *_split_variants(row["variants"])):
                    patterns.append({"label": "GPE", "pattern": name, "id": row["id"]})
    return patterns


def _form_regex(form: str) -> str:
    parts = re.split(r"[\s\-]+", form)
    words = [
        "".join(f"[{re.escape(APOSTROPHES)}]?" if ch in APOSTROPHES else re.escape(ch) for ch in part)
        for part in parts
    ]
    return r"[\s\-‐‑–]+".join(words)


class FormRegexes:
    """One alternation of surface forms, longest first (`whole`), and the same alternation cut by the ASCII
    letter a form opens with (lower case): at a text position opening with such a letter only the forms
    that can start there are tried, in the whole alternation's order, so the first that matches (the
    match) is the same. A form opening with anything else (an apostrophe, a letter with a diacritic, a
    separator) is in every cut; at a position opening with anything else the whole alternation is tried.

    Each alternation is compiled the first time a position asks for it: compiling all of them took 2 s of
    CPU in every process that looked for places, and the whole one (as long as all cuts together) is asked
    for rarely. `cut_by_letter=False` tries the whole alternation everywhere (the reference the cuts
    must agree with)."""

    def __init__(self, forms: Iterable[str], flags: int, *, cut_by_letter: bool = True) -> None:
        self.forms = tuple(sorted(set(forms), key=len, reverse=True))  # "Ansari East" before "Ansari"
        self.flags = flags
        self.letters = frozenset(filter(None, map(_opening_letter, self.forms))) if cut_by_letter else frozenset()
        self.cut_by_letter = cut_by_letter
        self._compiled: dict[str | None, re.Pattern[str]] = {}  # a letter, "" (no form's letter), None (whole)
        self._compiling = threading.Lock()  # threads that meet a cut first compile it once, not each

    def at(self, character: str) -> re.Pattern[str]:
        """The alternation to try at a position opening with this character."""
        key = None
        if self.cut_by_letter and character.isascii() and character.isalpha():
            key = character.lower() if character.lower() in self.letters else ""
        return self._compiled.get(key) or self._compile(key)

    @property
    def whole(self) -> re.Pattern[str]:
        """The alternation of every form."""
        return self._compiled.get(None) or self._compile(None)

    def _compile(self, key: str | None) -> re.Pattern[str]:
        with self._compiling:
            if key not in self._compiled:
                chosen = self.forms if key is None else [f for f in self.forms if _opening_letter(f) in (key, None)]
                self._compiled[key] = _alternation(chosen, self.flags)
            return self._compiled[key]


def _opening_letter(form: str) -> str | None:
    """The lower-case ASCII letter a surface form opens with, else None."""
    return form[0].lower() if form[0].isascii() and form[0].isalpha() else None


def _alternation(forms: Sequence[str], flags: int) -> re.Pattern[str]:
    body = "|".join(_form_regex(f) for f in forms) or r"(?!x)x"
    return re.compile(rf"(?<![\w\-])(?:{body})(?![\w\-])", flags)


@functools.cache
def _matchers() -> tuple[FormRegexes, FormRegexes, dict[str, str]]:
    """Regexes over raw text for every surface form (one case-insensitive, one case-sensitive)."""
    form_to_id: dict[str, str] = {}
    insensitive: list[str] = []
    sensitive: list[str] = []
    case_sensitive = case_sensitive_names()
    for place in load_gazetteer():
        for form in surface_forms(place):
            if len(normalise_name(form)) < 3:
                continue
            form_to_id.setdefault(normalise_name(form), place.id)
            (sensitive if form in case_sensitive else insensitive).append(form)
    return FormRegexes(insensitive, re.IGNORECASE), FormRegexes(sensitive, 0), form_to_id


@functools.cache
def _form_starts() -> frozenset[str]:
    """The first two characters (lower case) any surface form can start with."""
    return frozenset(
        form[:2].lower()
        for place in load_gazetteer()
        for form in surface_forms(place)
        if len(normalise_name(form)) >= 3
    )


WORD_START_RE = re.compile(r"(?<![\w\-])\w\w")


def _matches(regexes: FormRegexes, text: str, starts: frozenset[str]) -> Iterable[re.Match[str]]:
    """regexes.whole.finditer(text), tried only where a word opens with a form's first two characters,
    and there only with the forms that can open with its first letter (`FormRegexes.at`).

    One alternation of ~1,000 names tried at every character is the slowest step of the place stage;
    trying it only at plausible word starts, and only its forms for that letter, gives the same matches
    many times faster.
    """
    position = 0
    for word in WORD_START_RE.finditer(text):
        if word.start() < position or word.group().lower() not in starts:
            continue
        match = regexes.at(text[word.start()]).match(text, word.start())
        if match:
            position = match.end()
            yield match


@functools.lru_cache(maxsize=16)  # the entity and place stages both scan the same article text
def find_places(text: str) -> tuple[tuple[int, int, GazetteerPlace], ...]:
    """Gazetteer names found in raw text as (start, end, place), longest match first, no overlaps."""
    insensitive, sensitive, _ = _matchers()
    starts = _form_starts()
    found: list[tuple[int, int, GazetteerPlace]] = []
    for regex in (insensitive, sensitive):
        for match in _matches(regex, text, starts):
            place = lookup(match.group(0))
            if place is not None:
                found.append((match.start(), match.end(), place))
    found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    kept: list[tuple[int, int, GazetteerPlace]] = []
    for start, end, place in found:
        if kept and start < kept[-1][1]:
            continue
        kept.append((start, end, place))
    return tuple(kept)


__all__ = [
    "GazetteerPlace",
    "closest_place",
    "find_places",
    "load_gazetteer",
    "lookup",
    "normalise_name",
    "places_by_id",
    "ruler_patterns",
    "surface_forms",
    "syrian_place_patterns",
]

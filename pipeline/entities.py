"""Named-entity mentions with one canonical name per real entity, within an article and across the corpus.

Article level (`entity_mentions`): titles, possessives and a leading "the" are trimmed from each span;
labels the small model gets wrong are corrected where the evidence is clear (a span naming a known
person becomes PERSON, a "person" that is a place named elsewhere in the article becomes that place);
a short form ("Kerry", "Al-Assad") resolves to a full name written earlier in the same article, else
anywhere in it, else to the curated alias table (data/lexicons/entity_aliases.csv). Ruler matches
(data/patterns/*.jsonl) carry their canonical name as the pattern id; Aleppo gazetteer and GeoNames
matches carry a place id, whose canonical place name is used.

Corpus level (`canonicalise_corpus`): spellings that differ only in case, accents or hyphenation
get one spelling, and a bare surname no article resolved takes the unique corpus-wide full name
ending in it.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .paths import LEXICON_DIR
from .records import ENTITY_LABELS, EntityMention

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
POSSESSIVE = re.compile(r"['’]s?$")
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
    text = span.doc.text[start:end]
    match = POSSESSIVE.search(text)  # a possessive the tokenizer left on the word ("Kerry’s")
    if match and match.start() > 0:
        end, text = end - len(match.group()), text[: match.start()]
    if not any(c.isalpha() for c in text) or text.lower() in stoplist():
        return None
    canonical = ruler_canonical(span.ent_id_)
    # a name of a person or body is capitalised; an all-lower-case one is model noise ("un-named")
    if not canonical and text.islower() and span.label_ in ("PERSON", "ORG", "ARMED_GROUP"):
        return None
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
    try:
        from .places import place_by_id  # places are optional for entities: a missing layer means no id

        place = place_by_id(ent_id)
    except Exception:
        return ""
    return place.name if place is not None else ""


def find_alias(text: str) -> Alias | None:
    """The alias-table entry for a span's text (case-insensitive, except for acronyms)."""
    alias = alias_table().get(name_key(text))
    if alias is not None and alias.acronym and not text.isupper():
        return None
    return alias


def alias_canonical(text: str, label: str) -> str | None:
    alias = find_alias(text)
    if alias is not None and alias.label == label:
        return alias.canonical
    return None


def entity_mentions(doc: Doc, *, article_id: str) -> list[EntityMention]:
    """Entity mentions of `doc` in ENTITY_LABELS, each with its article-level canonical name."""
    try:
        candidates = [c for c in (trimmed(ent) for ent in doc.ents if ent.label_ in ENTITY_LABELS) if c]
        candidates = normalise_article(candidates, place_words(doc))
    except Exception:  # one odd article must never stop a run; its entities are simply missing
        return []
    return [
        EntityMention(article_id, c.start, c.end, c.text, c.label, c.canonical)
        for c in candidates
        if c.canonical and c.label in ENTITY_LABELS
    ]


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
            c.canonical = alias_canonical(c.text, c.label) or c.text
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

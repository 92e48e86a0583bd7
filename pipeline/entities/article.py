"""Article level: each span trimmed, its label corrected where the evidence is clear, and a canonical
name given from what the same article writes (see the package docstring)."""

from __future__ import annotations

import logging
import re

from spacy.tokens import Doc

from ..nlp import doc_ents, doc_text
from ..places import aleppo_context
from ..records import ENTITY_LABELS, EntityMention
from .lexicon import (
    LOST_APOSTROPHE_S,
    LOWER_NAME_WORDS,
    PLACE_KIND_LABELS,
    PLACE_LABELS,
    PLACE_RELABELLABLE,
    RELABELLABLE,
    Candidate,
    alias_canonical,
    armed_group_heads,
    ends_with,
    facility_words,
    find_alias,
    find_known_name,
    is_full_name,
    is_place_name_head,
    name_key,
    name_words,
    possessive_stem,
    resolve_place,
    title_words,
    trimmed,
)
from .name_splits import (
    article_in_a_name,
    body_then_person,
    comma_in_a_name,
    group_head_before_a_group,
    kunya_before_name,
    name_then_a_countrys_possessive,
    office_place_then_name,
    offices_before_names,
    owner_then_name,
    persons_of_the_story,
    place_then_known_name,
    surnames_of_named_persons,
)
from .story_persons import label_of_a_name_head

log = logging.getLogger(__name__)

def entity_mentions(doc: Doc, *, article_id: str) -> list[EntityMention]:
    """Entity mentions of `doc` in ENTITY_LABELS, each with its article-level canonical name."""
    return _entity_mentions(doc, article_id=article_id)


def _entity_mentions(doc: Doc, *, article_id: str) -> list[EntityMention]:
    candidates = [c for c in (trimmed(ent) for ent in doc_ents(doc) if ent.label_ in ENTITY_LABELS) if c]
    candidates = [group_head_before_a_group(c, doc) for c in candidates]
    places = place_words(doc)
    candidates = persons_of_the_story(candidates, doc, places)
    candidates = offices_before_names(candidates, doc_text(doc))
    candidates = [part for c in candidates for part in comma_in_a_name(c)]
    candidates = [part for c in candidates for part in article_in_a_name(c)]
    candidates = [part for c in candidates for part in body_then_person(c)]
    candidates = [part for c in candidates for part in place_then_known_name(c)]
    candidates = [part for c in candidates for part in name_then_a_countrys_possessive(c)]
    text = doc_text(doc)
    candidates = [part for c in candidates for part in office_place_then_name(c, text)]
    candidates = [part for c in candidates for part in owner_then_name(c)]
    candidates = [kunya_before_name(c, text) for c in candidates]
    candidates = surnames_of_named_persons(candidates)
    # A surname the model read as a place ("... the PKK Khalil said" after "Nawaf Khalil") is no place
    # word of the article, or the full name would be taken for one that runs a place into it.
    surnames = {name_key(c.text) for c in candidates if c.label == "PERSON" and " " not in c.text and c.canonical != c.text}
    places = {key: label for key, label in places.items() if key not in surnames}
    candidates = read_places_and_possessives(candidates, context_in_aleppo=is_aleppo_article(doc), doc=doc)
    # A title-case headline runs words into names ("Doe Calls on UN"): a given name is no one's there.
    headline_end = text.find("\n") if "\n" in text else 0
    candidates = normalise_article(candidates, places, headline_end=headline_end, text=text)
    return [
        EntityMention(article_id, c.start, c.end, c.text, c.label, c.canonical)
        for c in candidates
        if c.canonical and c.label in ENTITY_LABELS
    ]


def is_aleppo_article(doc: Doc) -> bool:
    """Whether place names shared with places elsewhere should take their Aleppo reading."""
    return aleppo_context(doc)


def read_places_and_possessives(candidates: list[Candidate], *, context_in_aleppo: bool, doc: Doc | None = None) -> list[Candidate]:
    """Possessives whose apostrophe was lost resolved to their stem, and mis-tagged places relabelled.

    "Syrias" (ORG) becomes "Syria" (GPE) with the "s" trimmed from the offsets, like "Syria's";
    "Syrias Khan Touman" becomes two mentions, "Syria" and "Khan Touman"; a PERSON/ORG/NORP span
    that names a place and no known person or body ("Khan Sheikhoun", "Homs") takes the place's
    label (GPE for cities, regions and countries, LOC for districts and areas, FAC for landmarks)
    and name, so the places stage can geocode it. A possessive owns the word after it ("Syrias army"):
    "Hamas said" is no possessive of Hama.
    """
    result: list[Candidate] = []
    for c in candidates:
        parts = [c] if c.from_ruler else split_possessive_owner(c, context_in_aleppo=context_in_aleppo)
        for part in parts:
            if doc is not None and not part.from_ruler and (outlet := outlet_named_as_it_reports(part, doc)) is not None:
                part.label, part.canonical, part.from_ruler = "ORG", outlet, True
            if not part.from_ruler and not part.canonical:
                owns = doc is None or owns_the_next_word(doc, part.end)
                read_as_place_or_stem(part, context_in_aleppo=context_in_aleppo, stem=owns)
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


# Verbs a news medium is the subject of when it reports ("Al Mayadeen reported", "... aired footage").
MEDIUM_VERBS = frozenset({"report", "say", "air", "broadcast", "quote", "cite", "publish"})  # not "showed signs of recovery"
MEDIUM_NOUNS = frozenset({"tv", "television", "channel", "radio", "network", "broadcaster"})


def outlet_named_as_it_reports(c: Candidate, doc: Doc) -> str | None:
    """The outlet registry's name for a span that is also a place's name ("Al Mayadeen", a channel and a
    town in Deir ez-Zor) when the text uses it as a medium: the subject of a reporting verb ("Al Mayadeen
    reported ...") or followed by a medium's noun ("Al Mayadeen TV"); None otherwise ("clashes in al-
    Mayadeen": the town)."""
    from ..outlets.registry import outlet_registry  # here: the outlets package reads entity lexicons

    entry = outlet_registry().named(c.text)
    if entry is None or entry.kind not in ("outlet", "agency") or resolve_place(c.text, context_in_aleppo=False) is None:
        return None  # a name no place shares is the ordinary steps' ("Al-Watan reported")
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return None
    following = doc[span.end]
    reports = span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in MEDIUM_VERBS
    return re.sub(r"\s*\(.*\)$", "", entry.name) if reports or following.lower_ in MEDIUM_NOUNS else None


def owns_the_next_word(doc: Doc, end: int) -> bool:
    """Whether the word after a name's end could start what a possessive owns ("Syrias army", "Irans very
    close ally", "Syrias, Iraqs and Lebanons leaders"): anything but a verb or the sentence's end ("Hamas
    said", "... in Homsas.")."""
    text = doc_text(doc)
    if end >= len(text) or text[end] not in " ,":
        return False
    span = doc.char_span(end, min(len(text), end + 2), alignment_mode="expand")
    following = [t for t in span if not t.is_space] if span is not None else []
    return bool(following) and following[0].pos_ not in ("VERB", "AUX") and following[0].text not in (".", "!", "?")


def read_as_place_or_stem(c: Candidate, *, context_in_aleppo: bool, possessive: bool = True, stem: bool = True) -> bool:
    """Give `c` the label and name of the known name or place it (or its possessive stem) names; True if so."""
    known = find_known_name(c.text)
    if known is not None:
        if possessive:
            return False  # the ordinary steps handle known names
        c.label, c.canonical = known.label, known.canonical
        return True
    owner = possessive_stem(c, context_in_aleppo=context_in_aleppo) if possessive and stem else None
    if owner is not None:
        c.label, c.canonical = owner
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
        if c.label == "PERSON" and first_word and is_place_name_head(first_word, c.key.split()[1]):
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


INITIAL_SKIP_WORDS = frozenset({"of", "for", "the", "and", "in", "to", "on", "al"})


def body_of_initials(c: Candidate, candidates: list[Candidate]) -> tuple[str, str] | None:
    """(label, canonical) of the body whose name's initials an all-capitals short form spells, named in
    full in the same article: "the Independent Doctors Association ... The IDA said", "Aid to the Church
    in Need (ACN)" (small words skipped). None for a short form no body of the article spells."""
    if not (c.text.isupper() and c.text.isalpha() and 2 <= len(c.text) <= 6):
        return None
    for o in candidates:
        words = [w for w in re.split(r"[\s-]+", o.text) if w and w.lower() not in INITIAL_SKIP_WORDS]
        body = o is not c and o.label in ("ORG", "ARMED_GROUP") and len(words) >= 2 and not o.text.isupper()
        if body and "".join(w[0] for w in words).upper() == c.text:
            return o.label, o.canonical or alias_canonical(o.text, o.label) or title_case_name(o.text)
    return None


def place_words(doc: Doc) -> dict[str, str]:
    """Keys of the places the article mentions, and the words of its cities and countries, with their label."""
    names: dict[str, str] = {}
    for ent in doc_ents(doc):
        if ent.label_ in PLACE_LABELS:
            names.setdefault(name_key(ent.text), ent.label_)
        if ent.label_ == "GPE":  # cities and countries: no person's name contains "Aleppo" or "Syria"
            for token in ent:
                if token.is_alpha and token.is_title and len(token) > 2 and token.lower_ not in title_words():
                    names.setdefault(token.lower_, ent.label_)
    return names


def normalise_article(
    candidates: list[Candidate], places: dict[str, str], headline_end: int = 0, text: str = ""
) -> list[Candidate]:
    """Label corrections and canonical names, using the whole article as context; a given name alone
    is resolved only to a full name written after `headline_end` (`given_name_of`)."""
    # 1. the alias table decides the label of any span it knows ("Staffan de Mistura" tagged ORG)
    for c in candidates:
        alias = find_alias(c.text)
        if not c.from_ruler and alias is not None and c.label in RELABELLABLE:
            c.label = alias.label
        elif not c.from_ruler and c.title_led:
            c.label = "PERSON"
    # 2. a "person" that is (or contains) a place of this article is not a person ("Aleppo", "Tags Aleppo"),
    # nor one that ends in a body's or facility's head noun ("Health Directorate")
    for c in candidates:
        if c.label == "PERSON" and find_alias(c.text) is None and c.key in places:
            c.label = places[c.key]
        elif c.label == "PERSON" and not c.from_ruler and find_alias(c.text) is None and (head := label_of_a_name_head(c.text, text[max(0, c.start - 40) : c.start])):
            c.label = head
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
            c.canonical = person_canonical(c, people, headline_end, text)
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
            fuller = org_short_form(c, candidates) or body_of_initials(c, candidates)
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


AGE_APPOSITION_RE = re.compile(r",\s+(?:\d{1,3}\s*,|(?:a|an)\s+\d{1,3}-year-old\b)")  # "Khaled, 34," "Rami, a 12-year-old"
NEW_PERSON_APPOSITION_RE = re.compile(r",\s+(?:a|an)\s")  # a description of one's own right after the name


def given_name_of(candidate: Candidate, people: list[Candidate], headline_end: int = 0, text: str = "") -> str | None:
    """ "Zeid said" after "Zeid Ra'ad Al Hussein": a one-word form that is the given name of exactly one
    person named in full before it (news writes many Arab officials, and the people of features, by
    their given name). None when it is no one's, or two people's ("Mohammed")."""
    if " " in candidate.key:
        return None
    if NEW_PERSON_APPOSITION_RE.match(text, candidate.end):
        return None  # "James, a volunteer medic from London, said": someone the text introduces
    owners = {
        p.canonical for p in people
        if headline_end <= p.start < candidate.start and len(words := name_words(p.key)) > 1 and words[0] == candidate.key
    }
    return next(iter(owners)) if len(owners) == 1 else None


def person_canonical(c: Candidate, people: list[Candidate], headline_end: int = 0, text: str = "") -> str:
    """A short PERSON form resolved in the article, then by alias; "" when nothing vouches for it."""
    resolved = resolve_short_form(c, people) or alias_canonical(c.text, "PERSON") or given_name_of(c, people, headline_end, text)
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
    # often a mis-tagged place or common word ("Kafyra", "Leramun", "Assault") than a person; unless
    # the text gives its age right after it ("Khaled, 34, a father of three", "Rami, a 12-year-old"),
    # as news introduces people it names by one name.
    if is_full_name(c.key) or (text and AGE_APPOSITION_RE.match(text, c.end)):
        return c.text
    return ""



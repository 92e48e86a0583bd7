"""Place mentions in a document: NER spans and gazetteer names, resolved and read in context."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..agency_datelines import agency_dateline
from ..gazetteer import case_sensitive_names, closest_place, find_places, normalise_name, places_by_id
from ..nlp import doc_ents, doc_text
from ..records import EntityMention, PlaceMention
from .context import _checked_in_context, _mention
from .cue_patterns import AREA_WORDS, ARTICLE_START, GLOSS
from .cues import (
    city_half_places,
    close_spellings_in_a_list,
    district_cue_places,
    in_area_list,
    is_headline_case,
    lower_case_listed_places,
    names_an_organisation,
    opens_a_hyphenated_modifier,
    the_city_s_own_landmark,
)
from .geocoder import Geocoder
from .landmarks import landmark_cue_places
from .resolve import from_gazetteer, place_by_id
from .scene import quarter_of_another_city, scene_is_aleppo

PLACE_LABELS = ("GPE", "LOC", "FAC")
NAME_BEFORE_AREA_WORD = re.compile(rf"{GLOSS}\s+{AREA_WORDS}\b")
TOWN_WORD_AFTER = re.compile(r"\s+(?:towns?|villages?)\b", re.IGNORECASE)  # "Nubl and al-Zahraa towns"


def aleppo_context(doc, gazetteer_hits: list | None = None) -> bool:
    """Whether an article is set in Aleppo: it names the city or a distinctive Aleppo place."""
    text = doc if isinstance(doc, str) else doc_text(doc)
    # "an Aleppo-based activist" names where a source is based, not where the story happens.
    if re.search(r"\b(?:Aleppo|Halab)\b(?![\-‐‑]based)", text, flags=re.IGNORECASE):
        return True
    hits = find_places(text) if gazetteer_hits is None else gazetteer_hits
    return any(not place.needs_context for _, _, place in hits)


def _case_sensitive_match(text: str) -> bool:
    return text in case_sensitive_names()


def _trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets without a leading "the" and trailing possessive, so the span is the name itself."""
    lead = re.match(r"(?:the|The|THE)\s+", text[start:end])
    if lead and lead.end() < end - start:
        start += lead.end()
    tail = re.search(r"['’]s$", text[start:end])
    if tail and tail.start() > 0:
        end = start + tail.start()
    return start, end


def place_mentions(
    doc,
    entities: Sequence[EntityMention] | None = None,
    *,
    article_id: str,
    geocoder: Geocoder,
) -> list[PlaceMention]:
    """Every GPE/LOC/FAC entity and gazetteer name in the doc, resolved; unknown names dropped.

    Args:
        doc: a spaCy Doc (offsets index doc.text).
        entities: the doc's EntityMention records; their canonical name is tried when the
            written form does not resolve.
        article_id: copied into each record.
        geocoder: resolves names (offline unless built with online=True).
    """
    return _place_mentions(doc, entities or (), article_id=article_id, geocoder=geocoder)


def _place_mentions(
    doc, entities: Iterable[EntityMention], *, article_id: str, geocoder: Geocoder
) -> list[PlaceMention]:
    # Doc.text is rebuilt from the tokens on every access: read it, and scan the gazetteer, once.
    text = doc_text(doc)
    gazetteer_hits = find_places(text)
    context = aleppo_context(text, gazetteer_hits)
    entities = list(entities)
    canonical = {(e.start, e.end): e.canonical for e in entities}
    mentions: dict[tuple[int, int], PlaceMention] = {}
    taken: list[tuple[int, int]] = []

    def overlaps(start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in taken)

    for ent in doc_ents(doc):
        if ent.label_ not in PLACE_LABELS:
            continue
        start, end = _trimmed_span(text, ent.start_char, ent.end_char)
        taken.append((ent.start_char, ent.end_char))
        if _case_sensitive_match(text[start:end]) and is_headline_case(text, start, end):
            continue  # "Russia Offers New Aleppo Pause": a headline's capitals are not a name
        place = _resolve_entity(
            ent,
            text[start:end],
            canonical.get((ent.start_char, ent.end_char)),
            context=context,
            geocoder=geocoder,
        )
        if place is not None:
            mentions[(start, end)] = _mention(article_id, text, start, end, place)

    # Spans the entity stage relabelled as places ("Khan Sheikhoun" tagged PERSON, "Homs" tagged ORG).
    for entity in entities:
        if entity.label not in PLACE_LABELS or overlaps(entity.start, entity.end):
            continue
        taken.append((entity.start, entity.end))
        place = geocoder.resolve(entity.text, context_in_aleppo=context) or geocoder.resolve(
            entity.canonical, context_in_aleppo=context
        )
        if place is not None:
            mentions[(entity.start, entity.end)] = _mention(article_id, text, entity.start, entity.end, place)

    # Gazetteer names the NER missed or gave another label ("Sheikh Maqsoud" as a PERSON).
    person_spans = [(e.start_char, e.end_char) for e in doc_ents(doc) if e.label_ == "PERSON"]
    for start, end, place in gazetteer_hits:
        if overlaps(start, end) and not _outgrows(start, end, taken, mentions):
            continue
        if place.needs_context and (not context or any(start < e and s < end for s, e in person_spans)):
            continue
        if _case_sensitive_match(text[start:end]) and is_headline_case(text, start, end):
            continue
        for key in [k for k in mentions if start <= k[0] and k[1] <= end]:
            del mentions[key]  # "Aleppo" inside "Aleppo's medieval souk"
        taken.append((start, end))
        mentions[(start, end)] = _mention(article_id, text, start, end, from_gazetteer(place))

    # An agency's dateline opening a paragraph, whose place the model missed ("Idlib, SANA- Two civilians ...").
    for start, end in agency_dateline_places(text):
        if overlaps(start, end):
            continue
        if (place := geocoder.resolve(text[start:end], context_in_aleppo=context)) is not None:
            taken.append((start, end))
            mentions[(start, end)] = _mention(article_id, text, start, end, place)

    # Names the entity stage read as places although the model said person ("Karam al-Beik").
    read_as_places = [(e.start, e.end) for e in entities if e.label in PLACE_LABELS]
    _add_cue_mentions(doc, text, mentions, context=context, article_id=article_id, read_as_places=read_as_places)
    kept = [m for m in mentions.values() if not _names_no_scene(text, m)]
    return _checked_in_context(doc, sorted(kept, key=lambda m: (m.start, m.end)))


def agency_dateline_places(text: str) -> list[tuple[int, int]]:
    """(start, end) of the place of every agency dateline that opens a paragraph ("Idlib, SANA –")."""
    spans = []
    for line in re.finditer(r"^[ \t]*", text, re.M):
        if (match := agency_dateline(text, line.end())) is not None:
            spans.append(match.span("place"))
    return spans


def _outgrows(start: int, end: int, taken: list, mentions: dict) -> bool:
    """Whether a gazetteer name strictly contains every entity span it overlaps, none of which named an
    Aleppo place ("Aleppo's medieval souk" over the entity "Aleppo", which named the city)."""
    for s, e in taken:
        if not (start < e and s < end):
            continue
        if not (start <= s and e <= end and e - s < end - start):
            return False
        inner = [m for (ms, me), m in mentions.items() if s <= ms and me <= e]
        if any(m.place_id.startswith("aleppo/") for m in inner):
            return False
    return True


def _add_cue_mentions(
    doc, text: str, mentions: dict, *, context: bool, article_id: str, read_as_places: Sequence[tuple[int, int]] = ()
) -> None:
    """Places named by cue constructions (`cues`): a landmark cue ("al-Kallasa Street") replaces the
    district name inside it; other cues fill only spans no mention covers. An unlocated name that the
    NER reads as a person or group is left out, and one it reads as an organisation too unless the
    cue names Aleppo ("the al-Muasalat area of Aleppo": the frame outweighs the small model's guess)."""
    # The small model reads one name differently at each mention ("Mogambo" a NORP here, a GPE there):
    # a name it also reads as a place somewhere in the article does not block a cue.
    read_as_place = {normalise_name(e.text) for e in doc_ents(doc) if e.label_ in PLACE_LABELS}
    people = [
        (e.start_char, e.end_char)
        for e in doc_ents(doc)
        if e.label_ in ("PERSON", "NORP") and normalise_name(e.text) not in read_as_place
    ]
    # A cue that names Aleppo ("the neighbourhood of Karam al-Beik in Aleppo") outweighs the model's
    # person where the entity stage read the name as a place too.
    people_in_aleppo_cue = [
        (s, e) for s, e in people if not any(ps <= s and e <= pe for ps, pe in read_as_places)
    ]
    organisations = [
        (e.start_char, e.end_char)
        for e in doc_ents(doc)
        if e.label_ == "ORG" and normalise_name(e.text) not in read_as_place
    ]
    for start, end, place in landmark_cue_places(text, context=context):
        inside = [key for key in mentions if start <= key[0] and key[1] <= end]
        if any(s < end and start < e for s, e in mentions if (s, e) not in inside):
            continue
        for key in inside:
            del mentions[key]
        mentions[(start, end)] = _mention(article_id, text, start, end, place)
    strong = [(*hit, True) for hit in city_half_places(text, context=context)]
    strong += [(*hit, True) for hit in lower_case_listed_places(text, context=context)]
    strong += [(*hit, True) for hit in close_spellings_in_a_list(text, context=context)]
    strong += [(*hit, True) for hit in the_city_s_own_landmark(text, context=context)]
    for start, end, place, names_aleppo in [*district_cue_places(text, context=context), *strong]:
        overlapping = [key for key in mentions if key[0] < end and start < key[1]]
        # A cue may outgrow the city's own name inside it ("the rebel-held half of Aleppo").
        if any(
            not (start <= s and e <= end) or mentions[(s, e)].place_id.startswith("aleppo/")
            for s, e in overlapping
        ):
            continue
        blocked = people_in_aleppo_cue if names_aleppo else people + organisations
        if (
            place.lat is None
            and any(s < end and start < e for s, e in blocked)
            and not names_its_area(text, start, end)
        ):
            continue
        for key in overlapping:
            del mentions[key]
        mentions[(start, end)] = _mention(article_id, text, start, end, place)


def names_its_area(text: str, start: int, end: int) -> bool:
    """Whether a name opening with an Arabic article is framed by an area word, after it ("al-Izaa (radio)
    neighbourhood") or listing it ("the neighbourhoods of al-Azamia and al-Akramia"), where the scene is
    Aleppo: the frame names a place however the model reads the name alone. Another city named last
    ("told SANA in Deir Ezzor ...") leaves the name out."""
    return bool(
        ARTICLE_START.match(text[start:end])
        and (NAME_BEFORE_AREA_WORD.match(text, end) or in_area_list(text, start, end))
        and not TOWN_WORD_AFTER.match(text, end)
        and scene_is_aleppo(text, start)
    )


def _names_no_scene(text: str, mention: PlaceMention) -> bool:
    """Whether a mention names no place where something happened: the first half of "X-based", "X-backed",
    "X-born" (`opens_a_hyphenated_modifier`), an Aleppo name opening an armed group's name ("Shuhada
    Bader Brigade"), or a quarter written as another city's ("the Ashrafieh district of Beirut")."""
    if opens_a_hyphenated_modifier(text, mention.end) or runs_into_a_nisba(text, mention.end):
        return True
    return mention.place_id.startswith("aleppo/") and (
        names_an_organisation(text, mention.end) or quarter_of_another_city(text, mention.start, mention.end)
    )


# "Salah Al Din Al Shishani is still alive", "Saif al-Dawla al-Halabi": a name followed by an article and
# a nisba (an adjective of origin ending in -i) is a person's name, not the place it shares words with.
NISBA_AFTER = re.compile(r"[ ]+(?:[Aa]l|[Ee]l)[- ][A-Z][a-z]+i\b(?![-'’]\w)")


def runs_into_a_nisba(text: str, end: int) -> bool:
    """Whether a nisba that is no place itself follows the name (comma-less lists of districts run
    "Salaheddine al-Ansari al-Mashhad" together: "al-Ansari" is a district there)."""
    match = NISBA_AFTER.match(text, end)
    return match is not None and not find_places(match.group().strip())


# "the northern countryside of Idleb", "the province of Hama": the governorate, not its seat city.
def _resolve_entity(ent, text: str, canonical: str | None, *, context: bool, geocoder: Geocoder):
    """The place an entity span names: its ruler id first, then its text, then its canonical name."""
    ent_id = ent.ent_id_ or ""
    gazetteer_place = places_by_id().get(ent_id)
    if gazetteer_place is not None and (context or not gazetteer_place.needs_context):
        return from_gazetteer(gazetteer_place)
    if ent_id.startswith(("geonames/", "region/")):
        place = place_by_id(ent_id)
        if place is not None:
            return place
    for name in (text, canonical):
        if name:
            place = geocoder.resolve(name, context_in_aleppo=context)
            if place is not None:
                return place
    return _close_aleppo_spelling(text) if context else None


# An entity span no layer knows, in an article about Aleppo, takes an Aleppo place spelled this
# closely (rapidfuzz ratio on transliteration keys): stricter than a cue, which names the kind of place.
ENTITY_MIN_SCORE = 90.0


def _close_aleppo_spelling(name: str):
    """The Aleppo place an unknown place entity ("Sheikh Maksud", "Bustan al-Qasir") is a close
    spelling of, or None."""
    place = closest_place(name, min_score=ENTITY_MIN_SCORE, min_length=7)
    return from_gazetteer(place) if place is not None else None

"""A figure told of several places at once ("strikes killed 50 people in Idlib and Hama", "shelling of
Sukkari and Ansari killed nine"): no one of them is where the toll happened, so its place is the place that
holds them all (Aleppo for districts of the city, Syria for Syrian towns and provinces)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from ..places.containment import ALEPPO_CITY, holds
from ..records import PlaceMention

COUNTRY_NAMES = {"SY": "Syria"}  # the countries whose whole the project names as a figure's place
# Nouns of a place a possessive name may own: "Hama's countryside" is a place of events, "Hama's governor" not.
PLACE_NOUNS = frozenset({"countryside", "province", "outskirts", "suburbs", "suburb", "city", "town", "villages"})


def coordinated_mentions(mention: PlaceMention, sent: Span, places: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The place mentions of `sent` joined to `mention` by a coordination ("Idlib, Hama and Aleppo", "Sukkari
    and Ansari"), `mention` first; just [mention] when it stands alone. A place in a prepositional phrase of
    its own ("five in Maadi and two in Ansari") is another list item, not joined."""
    by_token: dict[int, PlaceMention] = {}
    for place in places:
        span = sent.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and sent.start <= span.root.i < sent.end:
            by_token[span.root.i] = place
    root = next((i for i, p in by_token.items() if p is mention), None)
    if root is None:
        return [mention]
    first = sent.doc[root]
    while first.dep_ == "conj" and first.head.i in by_token:
        first = first.head
    words = conjuncts_of(first)
    if first.dep_ == "pobj" and first.head.dep_ == "prep":
        # "in Sukkari and in Ansari": the prepositions are joined, each with its own object
        preposition = first.head
        while preposition.dep_ == "conj" and preposition.head.dep_ == "prep":
            preposition = preposition.head
        words = [o for p in conjuncts_of(preposition) for o in p.children if o.dep_ == "pobj" for o in conjuncts_of(o)]
    joined = [by_token[t.i] for t in words if t.i in by_token]
    if len(joined) < 2 or any(ends_in_a_clause_of_its_own(t) for t in words[1:]) or shared_out(words[-1]):
        return [mention]
    return joined


def ends_in_a_clause_of_its_own(name: Token) -> bool:
    """ "died in Aleppo and Homs was quiet", "killed 5 in Idlib and Hama's governor said": the second name
    opens a clause of its own (a finite verb right after it) or owns the noun after it."""
    if any(c.tag_ == "POS" for c in name.children):
        return name.head.lower_ not in PLACE_NOUNS  # "Hama's governor"; not "Hama's countryside"
    after = name.doc[name.right_edge.i + 1] if name.right_edge.i + 1 < len(name.doc) else None
    if after is None or after.tag_ not in ("VBD", "VBZ", "VBP", "MD"):
        return after is not None and after.lower_ in ("'s", "’s")
    # "Homs was quiet": the verb has no subject but the name; not "Fighting in Aleppo and Idlib killed 60"
    subjects = [c for c in after.children if c.dep_ in ("nsubj", "nsubjpass")]
    return not subjects or any(c.i == name.i for c in subjects)


def shared_out(last: Token) -> bool:
    """ "in Qamishli and Hasakah each", "in Idlib and Latakia respectively": counts shared out among the
    places, not one toll of them all."""
    doc = last.doc
    after = doc[last.right_edge.i + 1] if last.right_edge.i + 1 < len(doc) else None
    return (after is not None and after.lower_ == "each") or any(t.lower_ == "respectively" for t in doc[last.i + 1 : last.sent.end])


def conjuncts_of(token: Token) -> list[Token]:
    """The token and every conjunct hanging on it, in text order ("Idlib" -> Idlib, Hama, Aleppo)."""
    found, stack = [], [token]
    while stack:
        current = stack.pop()
        found.append(current)
        stack += [c for c in current.children if c.dep_ == "conj"]
    return sorted(found, key=lambda t: t.i)


def place_holding_all(mentions: Sequence[PlaceMention]) -> str | None:
    """The name of the place that holds every mention: "Aleppo" when all lie in the city (its districts,
    halves or the city itself), the country's name when all lie in Syria; None otherwise."""
    if all(m.in_aleppo and m.kind != "region" for m in mentions):
        city = next((m.place for m in mentions if m.place_id == ALEPPO_CITY), None)
        return city or "Aleppo"
    countries = {m.country for m in mentions}
    if len(countries) == 1 and (country := countries.pop()) in COUNTRY_NAMES:
        return COUNTRY_NAMES[country]
    return None


def place_of_its_coordination(mention: PlaceMention, sent: Span, places: Sequence[PlaceMention]) -> str:
    """The place of a figure whose own place phrase names `mention`: the place holding every place it is
    coordinated with ("in Idlib and Hama" -> Syria; "in Azaz and Afrin in Aleppo province" -> the named
    province), else the mention's own. Not a place with its container ("Damascus, Syria"), nor one a named
    container does not hold."""
    joined = coordinated_mentions(mention, sent, places)
    if len(joined) < 2 or any(holds(a, b) for a in joined for b in joined) or any(m.kind == "country" for m in joined):
        return mention.place
    inside = [p for p in places if sent.start_char <= p.start and p.end <= sent.end_char and p not in joined]
    named = [p for p in inside if p.kind != "country" and all(holds(p, m) for m in joined)]
    if named:
        return named[0].place  # "in Azaz and Afrin in Aleppo province"
    return place_holding_all(joined) or mention.place

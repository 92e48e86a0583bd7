"""The place of a figure: where its events happened."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from itertools import pairwise

from spacy.tokens import Span, Token

from ..agency_datelines import is_dateline_place
from ..nlp import doc_text, span_ents
from ..places.containment import holds
from ..places.resolve import resolve_offline, seat_regions
from ..records import PLACE_KINDS, CasualtyFigure, PlaceMention
from ..speakers import event_nouns
from .actor_places import country_of_an_actor, speaks_in_the_sentence
from .dateline_places import is_dateline_abroad, yields_to_its_lead
from .joint_places import place_of_its_coordination
from .lists import PLACE_PREPS, SETTLEMENT_NOUNS, in_a_list_of_places


def main_place(places: Sequence[PlaceMention], text: str = "", doc=None) -> str | None:
    """The article's most-mentioned place (ties go to the first mentioned, a wire's dateline last), sources' bases and regions of
    several countries left out, and with the parsed `doc`, countries named only as attackers ("U.S. air
    strikes")."""
    places = [p for p in places if not (text and is_source_base(p, text)) and not spans_countries(p)]
    if doc is not None:
        places = [p for p in places if not country_of_an_actor(p, doc)]
    if not places:
        return None
    # Countries are named as actors ("Russia said"); a town or district is the better guess of where.
    local = [p for p in places if p.kind != "country"]
    places = local or places
    counts = Counter(p.place for p in places)
    best = max(counts.values())
    # ties go to the first place named, a wire's dateline last ("DAMASCUS (AFP) - A rocket killed seven people
    # at a market in Jaramana": where the copy was filed is the worse guess of where its events were)
    ordered = sorted(places, key=lambda p: bool(text) and yields_to_its_lead(p, places, text))
    return next(p.place for p in ordered if counts[p.place] == best)


def nearest_place(char: int, sent: Span, places: Sequence[PlaceMention]) -> str | None:
    inside = [p for p in places if p.start >= sent.start_char and p.end <= sent.end_char]
    if not inside:
        return None
    # "the Hamdaniyeh district of Aleppo", "Azaz, north of Aleppo": Aleppo only says where Hamdaniyeh or
    # Azaz is; the events happened in the place it locates, however near the figure Aleppo stands.
    text = doc_text(sent.doc)
    locators = locating_places(inside, text)
    # a dateline's place ("Aleppo, SANA - ... shells on al-Midan") only says where the report was filed
    inside = [p for p in inside if p not in locators and not is_dateline_place(p.start, p.end, text)] or inside
    # A country named in passing ("the UK-based monitor") is a worse guess than any town or district.
    nearest = min(inside, key=lambda p: (p.kind == "country", abs(p.start - char)))
    return place_of_its_coordination(nearest, sent, inside)  # "attacks on Aleppo and Deir Ezzor": Syria


_DIRECTION = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
# Words between a place and one that locates it: "Hamdaniyeh district of Aleppo", "Douma in the Eastern
# Ghouta", "Azaz, north of Aleppo", "Tal Rifaat, 35 km (20 miles) north of Aleppo", "Atareb, in the
# countryside of Aleppo", "Saraqeb near Idlib", "Saraqeb, Idlib province" (a bare comma only before a
# place of a coarser kind: "Aleppo, Homs and Hama" is a list).
LOCATED_BY_RE = re.compile(
    r"(?:(?:district|neighbou?rhood|quarter|area|suburb|camp|village|town|city)s?\s+)?(?:,\s*)?(?:(?:about|some)\s+)?"
    r"(?:[\d.,]+\s*(?:km|kilometres?|kilometers?|miles?)\s+(?:\(\s*[\d.,]+\s*(?:km|miles?)\s*\)\s+)?)?"
    rf"(?:{_DIRECTION}\s+)?(?P<link>of|in|near|outside)?\s*(?:the\b\s*)?"
    r"(?:(?:city|province|town|countryside|outskirts|suburbs|governorate)\s+of\s+)?",
    re.I,
)
# "Aleppo's Hamdaniyeh district", "Aleppo's eastern Sakhour neighbourhood": the first place locates the second.
LOCATES_BY_POSSESSIVE_RE = re.compile(r"['’]s(?:\s+[a-z-]+){0,2}\s*")
# A place as the modifier of a settlement noun whose "of" names another: "the Aleppo town of Azaz", "the
# northern Aleppo province town of al-Bab", "the Idlib countryside village of Hass".
LOCATES_AS_A_MODIFIER_RE = re.compile(
    r"(?:['’]s)?\s+(?:(?:province|governorate|countryside|region)(?:['’]s)?\s+)?"
    r"(?P<noun>town|village|city|district|neighbou?rhood|quarter|suburb|area|camp)\s+of\s+(?:the\s+)?",
    re.I,
)


def modifies_a_settlement_noun(first: PlaceMention, second: PlaceMention, between: str) -> bool:
    """ "the Aleppo town of Azaz", "the Aleppo district of Ashrafiyeh": the first place modifies the noun of
    the second's kind and only says where it lies. With "town", "village" or "city" whenever the second is
    no wider; with "district", "suburb", "camp" ... only when the first is the wider kind ("the Daraya suburb
    of Damascus", "the Bab al-Nasr area of Old Aleppo": the place after "of" holds the first). Of two cities,
    a governorate's seat is the wider."""
    match = LOCATES_AS_A_MODIFIER_RE.fullmatch(between)
    if match is None:
        return False
    # a governorate's seat is the wider of two cities: "the Damascus suburb of Jaramana", "the Daraya
    # suburb of Damascus", "the Azaz district of Aleppo"
    if match.group("noun").lower() in ("town", "village", "city"):
        return True  # "the western Aleppo town of Atareb": whatever "western Aleppo" is, Atareb is the town
    seats = seat_regions()
    if (first.place_id in seats) != (second.place_id in seats):
        return first.place_id in seats
    return PLACE_KINDS.index(first.kind) > PLACE_KINDS.index(second.kind)


def locating_places(places: Sequence[PlaceMention], text: str) -> list[PlaceMention]:
    """The mentions among `places` (one sentence's, in text order) that only say where another of them is:
    Aleppo in "the Hamdaniyeh district of Aleppo", "Aleppo's Hamdaniyeh district", "the Aleppo town of
    Azaz", "Azaz, north of
    Aleppo", "Saraqeb, Idlib province". Not a place beside another in a list ("Aleppo, Homs and Hama")."""
    ordered = sorted(places, key=lambda p: p.start)
    locators = []
    for k, (first, second) in enumerate(pairwise(ordered)):
        between = text[first.end : second.start]
        if first.place == second.place or len(between) > 45:
            continue
        if LOCATES_BY_POSSESSIVE_RE.fullmatch(between) or modifies_a_settlement_noun(first, second, between):
            locators.append(first)
            continue
        match = LOCATED_BY_RE.fullmatch(between.strip())
        if match is None or not between.strip():
            continue
        coarser = PLACE_KINDS.index(second.kind) > PLACE_KINDS.index(first.kind)
        bare_comma = between.strip() == ","
        third = ordered[k + 2] if k + 2 < len(ordered) else None
        list_goes_on = third is not None and LIST_GOES_ON_RE.fullmatch(text[second.end : third.start])
        if not bare_comma or (coarser and not list_goes_on):
            locators.append(second)
    return locators


LIST_GOES_ON_RE = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?(?:the\s+)?")  # ", Hama", " and Hama", ", and the Hama"
BASE_RE = re.compile(r"\s*[-\u2010\u2013]?\s*based\b", re.I)
OWN_PLACE_RE = re.compile(r"^[^.;:,]{0,40}?\b(?:in|at|near|inside|outside)\s+(?:the\s+)?$", re.I)
WAR_WIDE_PLACE = "Syria"


# Before a place that only says where a body sits or where it is outlawed: "the Observatory, based in
# Britain", "headquartered in London", "(a terrorist group banned in Russia)".
BASED_IN_RE = re.compile(r"\b(?:based|headquartered|banned|outlawed|proscribed)\s+in\s+(?:the\s+)?$", re.I)


def is_source_base(place: PlaceMention, text: str) -> bool:
    """True for a place that names where a source sits ("the Beirut-based group", "Britain-based
    monitor", "the New York-based group", "the Observatory, based in Britain"), where a group is outlawed
    ("banned in Russia") or where the reporter files from abroad ("AMMAN (Reuters) -"), not where anything
    happened."""
    return (
        bool(BASE_RE.match(text, place.end))
        or (place.country not in (None, "SY") and BASED_IN_RE.search(text[max(0, place.start - 40) : place.start]) is not None)
        or is_dateline_abroad(place, text)
    )


def event_places(sent: Span, places: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The places of a sentence that may be where its events happened."""
    text = doc_text(sent.doc)
    return [
        p
        for p in places
        if p.start >= sent.start_char and p.end <= sent.end_char and not is_source_base(p, text)
        and not speaks_in_the_sentence(p, sent) and not country_of_an_actor(p, sent) and not spans_countries(p)
    ]


def spans_countries(place: PlaceMention) -> bool:
    """A region of several countries ("the Levant" of "Qaeda's branch in the Levant", "the Middle East",
    "Europe"): too wide to say where a toll's events happened; a region inside one country ("Eastern
    Ghouta", "Iraqi Kurdistan") is not."""
    return place.kind == "region" and place.country is None


def own_place(end: int, sent: Span, places: Sequence[PlaceMention]) -> str | None:
    """The place a figure's own words give: "five in Maadi, two in Kallaseh" (a place right after it,
    introduced by "in"/"at"/"near", within its clause). A town the gazetteer does not know, named there
    by the model ("eight in Arbin"), is the figure's place as written: never the next known one's."""
    text = doc_text(sent.doc)
    after = sorted((p for p in places if p.start >= end), key=lambda p: p.start)
    for place in after[:1]:
        # not past another count: "12 in Saqba, nine in Jisrin and six in Kafr Batna" gives 12 no Kafr Batna
        if OWN_PLACE_RE.match(text[end : place.start]) and not counts_between(sent, end, place.start):
            located = [p for p in after[1:2] if place in locating_places(after[:2], text)]
            if located:
                return located[0].place  # "in Aleppo's Hamdaniyeh district": Hamdaniyeh
            return place_of_its_coordination(place, sent, places)  # "in Idlib and Hama": Syria
    # A town the gazetteer lacks: a bare name the model tags ("in Arbin"), not a phrase of its own ("the
    # Golan Heights", "the Middle East's") nor one a known place overlaps or follows ("in the West Bank
    # town of Jenin", "the Old City of Damascus").
    unknown = next((e for e in span_ents(sent) if e.label_ == "GPE" and e.start_char >= end), None)
    named = name_after_a_preposition(end, sent)
    if named is not None and (unknown is None or named.start_char < unknown.start_char):
        unknown = named  # "11 in Anadan" the model read as a person's name
    if unknown is None or unknown.text.lower().startswith("the ") or unknown.text.endswith(("'s", "’s")):
        return None
    if any(p.start < unknown.end_char and unknown.start_char < p.end for p in places):
        return None  # a known place inside the name ("Clashes Eastern Aleppo")
    if resolve_offline(unknown.text) is not None:
        return None  # a place the gazetteer knows that is not among the candidates was left out on purpose
    if any(p.start < unknown.end_char + 30 and not LIST_ITEM_BETWEEN_RE.search(text[unknown.end_char : p.start]) for p in after):
        return None
    return unknown.text if OWN_PLACE_RE.match(text[end : unknown.start_char]) else None


# Entity labels a place's name may carry: none, a place's, or a person's (the model reads many Syrian
# towns as people: "11 in Anadan"); never a date's ("in January") or an organisation's.
NAME_LABELS_OF_A_PLACE = frozenset({"", "GPE", "LOC", "FAC", "PERSON"})
TITLE_CASE_SHARE = 0.6


def name_after_a_preposition(end: int, sent: Span) -> Span | None:
    """A proper name right after a count's "in"/"at"/"near" ("11 in Anadan", "six people in Kafr
    Hamra"), whatever entity label the model gave it, or None."""
    text = doc_text(sent.doc)
    words = [t for t in sent if t.is_alpha]
    if sum(t.is_title for t in words) > TITLE_CASE_SHARE * len(words):
        return None  # a headline in title case: every word looks like a name ("Killed in Clashes")
    for token in sent:
        if token.idx < end:
            continue
        if (
            token.pos_ == "PROPN"
            and token.dep_ == "pobj"
            and token.head.lower_ in PLACE_PREPS
            and token.ent_type_ in NAME_LABELS_OF_A_PLACE
        ):
            if not OWN_PLACE_RE.match(text[end : token.idx]) or counts_between(sent, end, token.idx):
                return None
            names = [t for t in token.subtree if t.pos_ == "PROPN"]
            return sent.doc[names[0].i : names[-1].i + 1] if names[-1].i - names[0].i + 1 == len(names) else None
        if token.like_num or token.is_sent_end:
            return None
    return None


# Between two places, what makes the second another item of a list, not a part of the first's phrase
# ("in Jisrin and six in Kafr Batna", not "in the West Bank town of Jenin").
LIST_ITEM_BETWEEN_RE = re.compile(r",|\band\b|\bwhile\b|\d")


def counts_between(sent: Span, start: int, end: int) -> bool:
    """Whether a number stands between two character offsets of the sentence."""
    return any(t.like_num and start <= t.idx < end for t in sent)


BRACKET_BEFORE_RE = re.compile(r"\s*\(\s*$")


def place_before_a_bracketed_count(start: int, sent: Span, places: Sequence[PlaceMention]) -> str | None:
    """ "Douma (12), Arbin (8)": a count in brackets right after a place name counts that place. A name
    the gazetteer does not know counts as written when it is conjoined with a known place of the same
    list (the model often tags such towns as persons); "Ahmed (35)" alone is no place."""
    doc = sent.doc
    text = doc_text(doc)
    if not BRACKET_BEFORE_RE.search(text[max(sent.start_char, start - 3) : start]):
        return None
    bracket = text.rfind("(", sent.start_char, start)
    known = next((p for p in places if p.end <= bracket and not text[p.end : bracket].strip()), None)
    if known is not None:
        return known.place
    name = doc.char_span(sent.start_char, bracket, alignment_mode="contract")
    last = name[-1] if name is not None and len(name) else None
    if last is None or last.pos_ != "PROPN":
        return None
    if not in_a_list_of_places(last):
        return None
    words = [t for t in last.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"]
    return doc[(words[0].i if words else last.i) : last.i + 1].text


# Sentences back a continued report may point: "Rockets hit two districts of Deir Ezzor, killing two. A
# source said militants fired from the east. The attacks also wounded three." (further back, the lead
# place is as good a guess)
SCENE_REACH = 3
# Words that move a story on to other events ("In a different incident on Tuesday, a roadside bomb ...",
# "Russian jets then pounded ...", "Hours later, jets returned", "the new raids"): the events a definite
# noun names after them may be those, not the ones told before. (Not "later" or "earlier" alone: "a bomb
# planted earlier by terrorists exploded".)
MOVED_ON_RE = re.compile(
    r"\b(?:meanwhile|elsewhere|then|again|new|subsequent|separate|separately|different|another|a\s+second"
    r"|in\s+(?:response|retaliation|revenge)|retaliat\w*|in\s+other\s+news|(?:minutes|hours|days?)\s+(?:later|earlier|after|before))\b",
    re.I,
)


def moved_on(text: str, start: int, end: int) -> bool:
    """Whether the text between two offsets has words that move the story on (`MOVED_ON_RE`)."""
    return MOVED_ON_RE.search(text, start, end) is not None


def scene_figure(
    told: Sequence[CasualtyFigure], sents: Sequence[Span], k: int, places: Sequence[PlaceMention]
) -> CasualtyFigure | None:
    """The figure whose events sentence `k` goes on about ("The attacks also wounded three" after a toll
    in Deir Ezzor), for its place: the last figure `told` in the SCENE_REACH sentences before it, not a
    running total. None when those sentences give no figure, when it is placed only in a country
    ("killed 10 in northwestern Syria. The monitor said the raids targeted Milis ..." says no more), or
    when the sentences after it name another place of events or move the story on (`MOVED_ON_RE`). For
    a clause that names those events again (`attribution.goes_on_about_the_events`): a round-up's later
    section ("In Aleppo, ...") may be the article's lead place, and is no guide to where an earlier
    section's events happened."""
    if k == 0:
        return None
    since, until = sents[max(0, k - SCENE_REACH)].start_char, sents[k].start_char
    last = next((f for f in reversed(told) if since <= f.sentence_start < until and not f.cumulative), None)
    countries = {p.place for p in places if p.kind == "country"} | {WAR_WIDE_PLACE}
    if last is None or not last.place or last.place in countries:
        return None
    # a sentence between that names another place of events has moved the story on ("Hama: an army unit
    # clashed with militants in Atshan. The attack was foiled and 28 were killed" after a country-wide toll)
    if moved_on(doc_text(sents[k].doc), last.sentence_start + len(last.sentence), sents[k].end_char):
        return None
    between = [s for s in sents[max(0, k - SCENE_REACH) : k] if s.start_char > last.sentence_start]
    if names_another_place(last.place, [p for s in between for p in event_places(s, places)], places):
        return None
    return last


def names_another_place(place: str, named: Sequence[PlaceMention], places: Sequence[PlaceMention]) -> bool:
    """Whether the mentions `named` hold a place other than `place`; a place inside it or holding it is
    the same story ("Deir Ezzor city" after "Deir Ezzor province"; `places` gives its mention)."""
    home = next((p for p in places if p.place == place), None)
    return any(
        p.place != place and not (home is not None and (holds(p, home) or holds(home, p))) for p in named
    )


def figure_place(
    cand,
    sent: Span,
    places: Sequence[PlaceMention],
    fallback: str | None,
    *,
    war_wide: bool = False,
    since_war_start: bool = False,
) -> str | None:
    """Where a figure's events happened: Syria for a war-wide toll ("the conflict has killed more than
    half a million"), else the place of its own clause, else the nearest in its sentence (never a
    source's base), else the article's lead place. A toll counted from the war's start with no place
    in its sentence ("400,000 have been killed since the war began") is Syria's, not the lead place's."""
    if war_wide:
        return WAR_WIDE_PLACE
    doc = sent.doc
    end_tok = cand.phrase.end
    if cand.victim is not None and cand.victim.i >= end_tok and cand.victim.i - end_tok <= 3:
        end_tok = cand.victim.i + 1
    end = doc[end_tok - 1].idx + len(doc[end_tok - 1].text)
    candidates = event_places(sent, places)
    if (origin := where_the_victims_came_from(cand)) is not None:
        candidates = [p for p in candidates if not origin[0] <= p.start < origin[1]]
    found = (
        place_before_a_bracketed_count(doc[cand.phrase.start].idx, sent, candidates)
        or own_place(end, sent, candidates)
        or place_of_the_harm(cand, candidates)
        or place_a_where_clause_goes_on_with(cand, candidates)
        or nearest_place(doc[cand.phrase.start].idx, sent, candidates)
    )
    return found or (WAR_WIDE_PLACE if since_war_start else fallback)


def where_the_victims_came_from(cand) -> tuple[int, int] | None:
    """Character bounds of a "from" phrase on the counted noun ("12 displaced people from Aleppo", "40
    refugees from Homs"): where the victims came from, not where they were harmed."""
    noun = cand.victim
    origin = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"), None) if noun is not None else None
    return None if origin is None else (origin.idx, origin.right_edge.idx + len(origin.right_edge))


def place_of_the_harm(cand, places: Sequence[PlaceMention]) -> str | None:
    """The place a phrase of place on the figure's own verb of harm names: "Ten rebels who had left Aleppo
    last week were killed in Idlib city" -> Idlib, not the nearer Aleppo of the relative clause about
    them. The verb is the head of the counted noun (or bare count) as its subject or object; the place is
    a mention inside the object of its "in", "at", "near" or "outside"."""
    noun = cand.victim if cand.victim is not None else cand.phrase.root
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ != "VERB":
        return None
    # the verb's own phrase of place, then its event subject's ("Fighting in Aleppo and Idlib killed 60")
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i != noun.i and c.lemma_.lower() in event_nouns()]
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in LOCATIVE_PREPOSITIONS]
    preps += [c for s in subjects for c in s.children if c.dep_ == "prep" and c.lower_ in (*LOCATIVE_PREPOSITIONS, "on")]
    inside = sorted(
        {p for prep in preps for p in places if prep.idx <= p.start and p.end <= prep.right_edge.idx + len(prep.right_edge)},
        key=lambda p: p.start,
    )
    if not inside:
        return None
    # "in an air strike on the Aleppo town of Azaz": Azaz, which Aleppo only locates; of the rest the finest:
    # "In Idlib province, a strike on a school in the town of Ariha" -> Ariha, "in Syria near Homs" -> Homs
    locators = locating_places(inside, doc_text(noun.doc))
    named = [p for p in inside if p not in locators] or inside
    chosen = min(named, key=lambda p: PLACE_KINDS.index(p.kind))
    if chosen.kind == "country":
        chosen = min(inside, key=lambda p: PLACE_KINDS.index(p.kind))
    return place_of_its_coordination(chosen, noun.sent, places)


# Words inside an apposition between its noun and the noun a where-clause hangs on: "the largest town
# in the Eastern Ghouta region", "a village south of Aleppo", "a district on the edge of the city".
APPOSITION_INNER_DEPS = frozenset({"prep", "pobj", "advmod", "npadvmod", "amod", "compound"})


def place_a_where_clause_goes_on_with(cand, places: Sequence[PlaceMention]) -> str | None:
    """The place a non-restrictive where-clause goes on with after an apposition: "Douma, the largest town
    in the Eastern Ghouta region, where raids killed 16" and "Khan Tuman, a village south of Aleppo, where
    12 soldiers died" say where the 16 and the 12 died: Douma, Khan Tuman. The parse hangs the clause on
    the apposition's last noun (the region, Aleppo), which only says where the place described lies. The
    place is the apposition's anchor when it is a place mention, else its proper name as written when the
    apposition's noun is a settlement's ("a village"). None for any other figure, a restrictive clause (no
    comma before "where"), a clause that names a place of its own ("..., where a strike on Harasta killed
    16") or a where-clause on a noun outside an apposition ("in Aleppo, where ...")."""
    root = cand.victim if cand.victim is not None else cand.phrase.root
    clause = next(
        (t for t in (root, *root.ancestors) if t.dep_ == "relcl" and any(c.lower_ == "where" for c in t.children)),
        None,
    )
    if clause is None:
        return None
    where = next(c for c in clause.children if c.lower_ == "where")
    if where.i == 0 or where.doc[where.i - 1].text != ",":
        return None
    lo, hi = where.idx, clause.right_edge.idx + len(clause.right_edge)
    if any(lo <= p.start and p.end <= hi for p in places):
        return None  # "..., where a strike on neighbouring Harasta killed 16": the clause names its own place
    appos = clause.head
    while appos.dep_ != "appos":
        if appos.dep_ not in APPOSITION_INNER_DEPS or appos.head is appos:
            return None
        appos = appos.head
    anchor = appos.head
    mention = next((p for p in places if p.start <= anchor.idx < p.end), None)
    if mention is not None:
        return mention.place
    if appos.lemma_.lower() in SETTLEMENT_NOUNS and anchor.pos_ == "PROPN":
        first = min((t for t in anchor.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"), key=lambda t: t.i, default=anchor)
        return anchor.doc[first.i : anchor.i + 1].text
    return None


# Prepositions that end a clause with a place, which a comma-less text runs into the source's phrase.
LOCATIVE_PREPOSITIONS = frozenset({"in", "near", "at", "outside"})


def place_glued_to_source(tokens: Sequence[Token], organisation_words: Collection[str]) -> int:
    """How many leading words of a source's phrase are a place ending the clause before it, the comma
    between them lost: "killed in Hasakah Kurdish officials said", "a shell killed 4 people in Idlib
    Qasioun news agency said", "in Hama state TV said" (1: Hasakah, Idlib, Hama; the source is "Kurdish
    officials", "Qasioun news agency", "state TV"). 0 when the place leads a body's name ("in Aleppo Aleppo Police Command said": an
    organisation word follows it), when the words after it continue the place's name ("in Deir Ezzor
    ..."), or when no preposition of place comes before the phrase ("Idlib Health Directorate said")."""
    if len(tokens) < 3 or tokens[0].i == 0 or tokens[0].doc[tokens[0].i - 1].lower_ not in LOCATIVE_PREPOSITIONS:
        return 0
    place, following = tokens[0], tokens[1]
    if place.pos_ != "PROPN" or following.lower_ in organisation_words:
        return 0
    if resolve_offline(place.text) is None or resolve_offline(f"{place.text} {following.text}") is not None:
        return 0
    return 1

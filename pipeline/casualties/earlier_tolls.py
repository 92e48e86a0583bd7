"""Parts of a toll an earlier sentence gave: "Seven of those killed were children", "Among the dead were
four women", "Of the wounded, 12 were soldiers". A part links to its whole (`part_of`) and, with no place
of its own, happened where its whole did."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Span

from ..records import CasualtyFigure, PlaceMention
from .counts import PART_OF_A_TOLL
from .places import WAR_WIDE_PLACE
from .same_victims import OTHER_TIME_RE, victim_kind

# Words that name the victims a toll counted, as a noun: "the dead", "the martyrs" (how Syrian state and
# opposition media name the dead), "the fatalities", "the wounded". "victims" are of the toll before, whatever its type.
# ("the Martyrs Brigade" is a group's name.)
THE_COUNTED_DEAD = r"dead|killed|slain|deceased|(?-i:martyrs)|fatalities|victims"
NOT_POSSESSIVE = r"(?!['’])"  # "five of the martyrs' brothers" are not of the dead
# "Seven of those killed", "two of the dead", "five of them": a part of a toll given before.
OF_THOSE_RE = re.compile(
    r"\s+of\s+(?:those\s+(?P<verb>killed|wounded|injured|hurt|dead|missing)"
    rf"|the\s+(?P<noun>{THE_COUNTED_DEAD}|wounded|injured|casualties)|them)\b{NOT_POSSESSIVE}",
    re.IGNORECASE,
)
EARLIER_TOLLS_KEPT = 6
OF_THOSE_TYPES = {
    "dead": "killed", "killed": "killed", "slain": "killed", "deceased": "killed", "martyrs": "killed",
    "fatalities": "killed", "victims": "killed", "wounded": "wounded", "injured": "wounded", "hurt": "wounded",
    "missing": "missing",
}


# A fronted "of" phrase that names the kind of the counted: "Of those killed, 23 were soldiers", "Of the wounded, ..."
FRONTED_COUNTED_RE = re.compile(
    rf"^\W*of\s+(?:those\s+(?P<verb>killed|wounded|injured|hurt|dead|missing)|the\s+(?P<noun>{THE_COUNTED_DEAD}|wounded|injured|missing))\s*,",
    re.IGNORECASE,
)


def fronted_counted_kind(sentence: str) -> str | None:
    """The type a sentence's fronted "of" phrase names ("Of those killed, ..." -> killed), or None: the parts
    it goes on to count are of that type even with no toll before them."""
    match = FRONTED_COUNTED_RE.match(sentence)
    return OF_THOSE_TYPES[(match.group("verb") or match.group("noun")).lower()] if match else None


# "among the dead" with no count of its own: the dead an earlier sentence counted
AMONG_THE_DEAD_RE = re.compile(
    rf"\bamong\s+(?:the|those)\s+(?:{THE_COUNTED_DEAD}|wounded|injured)\b{NOT_POSSESSIVE}"
    # "The dead included ...", "The dead in Douma included ..."
    rf"|\b(?:{THE_COUNTED_DEAD}|wounded|injured|toll)(?:\s+(?:in|of|from)\s+[\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?\s+(?:also\s+)?includ(?:ed|e|es)\b"
    rf"|\b(?:the\s+)?rest\s+of\s+(?:the|those)\s+(?:{THE_COUNTED_DEAD}|wounded|injured)\b{NOT_POSSESSIVE}",  # "... the rest of the dead"
    re.IGNORECASE,
)
AMONG_THE_CASUALTIES_RE = re.compile(r"\bamong\s+(?:the\s+)?(?:casualties|victims)\b", re.IGNORECASE)


def toll_the_casualties_refer_to(
    figure: CasualtyFigure, before: list[CasualtyFigure], text: str
) -> CasualtyFigure | None:
    """ "47 were killed in the massacre, and among the casualties there are 14 children": "casualties"
    and "victims" after a toll of one type in the same sentence name those counted; the part takes that
    toll's type (not the combined count "casualties" means alone, nor the "victims" of no stated harm).
    None when the sentence's earlier tolls are of two types ("20 killed and 50 wounded; among the
    casualties ...") or none is as large."""
    if figure.type not in ("killed_or_wounded", "other") or figure.number is None or figure.part_of is not None:
        return None
    earlier = [f for f in before if f.sentence_start == figure.sentence_start and f.start < figure.start and f.part_of is None]
    if not earlier or len({f.type for f in earlier}) != 1 or earlier[0].type == "killed_or_wounded":
        return None
    if not AMONG_THE_CASUALTIES_RE.search(text, earlier[-1].end, figure.start):
        return None
    whole = max(earlier, key=lambda f: f.number or 0)
    return whole if whole.number is not None and whole.number >= figure.number else None


def part_of_the_toll(figure: CasualtyFigure, whole: CasualtyFigure) -> CasualtyFigure:
    """A figure as a sub-count of `whole`; "victims" (type other) are victims of the harm the toll counts."""
    return replace(figure, part_of=whole.figure_id, type=whole.type if figure.type == "other" else figure.type)


def parts_of_an_earlier_toll(
    figures: list[CasualtyFigure], earlier: list[CasualtyFigure], text: str, *, since: int = 0, sent: Span | None = None
) -> list[CasualtyFigure]:
    """ "Air strikes killed nine civilians. Seven of those killed were from one family.": a figure
    written as a part of an earlier toll ("of those killed", "of the dead", "of them") is a sub-count
    of the nearest earlier top-level figure of its type that is at least as large.

    A figure with no cue of its own ("Fifteen of them were children", type PART_OF_A_TOLL) takes the
    type of the nearest larger toll before it in its sentence or the one before (from `since`, a
    character offset), and is dropped when there is none: "them" then counts no victims."""
    result: list[CasualtyFigure] = []
    retyped: dict[str, str] = {}  # figure_id -> the type a toll before it gave "the casualties"
    parts_alone: set[str] = set()  # parts of a toll the text never gives: no whole of another part
    for figure in figures:
        if figure.type == PART_OF_A_TOLL:
            before = [*earlier, *(f for f in result if f.part_of is None and f.figure_id not in parts_alone)]
            whole = next(
                (f for f in reversed(before)
                 if f.start >= since and f.start < figure.start and f.type != PART_OF_A_TOLL
                 # a vague whole ("Dozens were injured, ten of them seriously") holds any part
                 and (f.number is None or (figure.number is not None and f.number >= figure.number))),
                None,
            )
            if whole is not None:
                result.append(replace(figure, type=whole.type, part_of=whole.figure_id))
            elif kind := fronted_counted_kind(figure.sentence):
                # "Of those killed, 23 were soldiers and 17 were ...": no toll before; parts, not wholes
                parts_alone.add(figure.figure_id)
                result.append(replace(figure, type=kind))
            continue
        if figure.part_of is not None and any(f.type == PART_OF_A_TOLL and f.figure_id == figure.part_of for f in figures):
            continue  # a sub-count of a part that counted no victims
        if (whole := toll_the_casualties_refer_to(figure, result, text)) is not None:
            retyped[figure.figure_id] = whole.type
            result.append(replace(figure, type=whole.type, part_of=whole.figure_id))
            continue
        if figure.part_of in retyped and figure.type in ("killed_or_wounded", "other"):
            result.append(replace(figure, type=retyped[figure.part_of]))  # "14 children and 9 women": each part
            continue
        # after the number itself: the figure's span may run over "of those"
        after = figure.start + len(figure.number_text) if text.startswith(figure.number_text, figure.start) else figure.end
        match = OF_THOSE_RE.match(text, after) if figure.part_of is None and figure.number is not None else None
        if match is not None:
            word = (match.group("verb") or match.group("noun") or "").lower()
            kind = OF_THOSE_TYPES.get(word, figure.type)
            # the toll may be this sentence's own, the nearest of the part's type ("Twenty were wounded, eight of
            # them from one village", "12 were killed and 25 wounded, 9 of them seriously"), else an earlier one
            own = [
                f for f in result
                if f.part_of is None and f.start < figure.start and f.sentence_start == figure.sentence_start and f.type == kind
            ]
            before = own or earlier
            whole = next(
                (f for f in reversed(before) if f.type == kind and f.number is not None and f.number >= figure.number),
                None,
            )
            if whole is not None:
                figure = part_of_the_toll(figure, whole)
        elif figure.part_of is None and figure.number is not None and AMONG_THE_DEAD_RE.search(figure.sentence):
            # "Thirty people were killed. Among the dead were 10 children." / "Ten children were among the dead."
            # "Among the victims were two children": the victims of the toll before, whatever its type.
            whole = next(
                (f for f in reversed(earlier)
                 if (f.type == figure.type or (figure.type == "other" and f.type != "other"))
                 and f.number is not None and f.number > figure.number and f.start < figure.sentence_start),
                None,
            )
            own = [
                f for f in figures
                if f.sentence_start == figure.sentence_start and f.part_of is None and f.type == figure.type != "other"
            ]
            # A sentence with a toll of its own of that type counts its own dead (other victims named are no
            # toll); items of one list ("the injured included 4 children and two women") are parts together.
            if whole is not None and (len(own) <= 1 or items_of_one_list(own, whole, sent)):
                if figure.type == "other":
                    retyped[figure.figure_id] = whole.type  # "a woman and her 3 children": each part too
                figure = part_of_the_toll(figure, whole)
        if figure.part_of is None and (whole := whole_of_a_parallel_part(figure, result, earlier, text)) is not None:
            figure = part_of_the_toll(figure, whole)
        result.append(figure)
    return result


# Between two parts of one toll in a sentence: "19 of the dead were in Fardous, while 11 died in ...".
PARALLEL_PART_JOIN_RE = re.compile(r"(?:,\s*|\b)(?:while|whereas|and)\b", re.I)


def whole_of_a_parallel_part(
    figure: CasualtyFigure, result: list[CasualtyFigure], earlier: list[CasualtyFigure], text: str
) -> CasualtyFigure | None:
    """ "Air strikes killed 30 people in eastern Aleppo. 19 of the dead were in Fardous, while 11 died in
    Sheikh Saeed": a count joined ("while", "and") to a part of an earlier toll in its own sentence is
    another part of that toll, when the parts it joins do not exceed it and it counts victims of the
    part's kind ("people" or the same) in no other event. None otherwise ("19 of the dead were civilians,
    while 40 soldiers died elsewhere": 59 exceed 30; "..., while 5 died in a separate strike")."""
    if figure.number is None:
        return None
    parts = [
        f for f in result
        if f.part_of is not None and f.sentence_start == figure.sentence_start and f.start < figure.start and f.type == figure.type
    ]
    if not parts or not PARALLEL_PART_JOIN_RE.search(text[parts[-1].end : figure.start]):
        return None
    if victim_kind(figure.group) not in {victim_kind(parts[-1].group), "people", ""}:
        return None  # "19 of the dead were civilians, and 8 fighters were killed near Manbij": other victims
    if OTHER_TIME_RE.search(text[parts[-1].end : figure.end + 40]):
        return None  # "..., while 5 died in a separate strike in Idlib"
    whole = next((f for f in earlier if f.figure_id == parts[-1].part_of and f.sentence_start < figure.sentence_start), None)
    if whole is None or whole.number is None:
        return None
    told = sum(f.number or 0 for f in parts if f.part_of == whole.figure_id) + figure.number
    return whole if told <= whole.number else None


def names_place(figure: CasualtyFigure, place: str, places: Sequence[PlaceMention]) -> bool:
    """Whether a figure's sentence names a place: a mention of it, or its name as written."""
    end = figure.sentence_start + len(figure.sentence)
    mentioned = {p.place for p in places if figure.sentence_start <= p.start < end}
    return place in mentioned or re.search(rf"\b{re.escape(place)}\b", figure.sentence, re.I) is not None


def with_the_place_of_their_whole(
    figures: list[CasualtyFigure], wholes: list[CasualtyFigure], places: Sequence[PlaceMention]
) -> list[CasualtyFigure]:
    """ "Air strikes killed 40 people in Aleppo. Twelve of them were children.": a part whose own sentence
    names no place happened where its whole did, not at the article's most-named place. A whole placed
    only in a country ("near the Syrian-Turkish border") says less than that guess, and is not taken."""
    by_id = {f.figure_id: f for f in wholes}
    countries = {p.place for p in places if p.kind == "country"} | {WAR_WIDE_PLACE}
    result = []
    for figure in figures:
        whole = by_id.get(figure.part_of)
        if (
            whole is not None
            and whole.place
            and whole.place not in countries
            and figure.place != whole.place
            and (figure.place is None or not names_place(figure, figure.place, places))
        ):
            figure = replace(figure, place=whole.place)
        result.append(figure)
    return result


def items_of_one_list(own: list[CasualtyFigure], whole: CasualtyFigure, sent: Span | None) -> bool:
    """Whether a sentence's figures of one type are the items of one list that names parts of `whole`:
    all with a number, adding up to no more than it, and no verb of their own between them ("4 children
    aged 3-4 and two women"; not "10 children, a day after a car bomb killed 12 people")."""
    if sent is None or whole.number is None or any(f.number is None for f in own):
        return False
    if sum(f.number for f in own) > whole.number:
        return False
    first, last = min(f.end for f in own), max(f.start for f in own)
    return not any(
        t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod") for t in sent if first <= t.idx < last
    )

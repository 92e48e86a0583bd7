"""Counts that break a toll down, told in other sentences: items that add up to it ("16 in Douma ... five
more in Saqba and one in Harasta" under "22 killed"), the days and places of a short spell ("since
Thursday, 66 killed"), a day or place "alone", and deaths among the wounded counted into a new toll. Each
becomes a part of the toll (`part_of`), so that series and sums count those victims once. Run on figures
with `in_headline` and `repeats` marked (`dedupe.mark_repeats`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..event_dates import ONE_DAY_RULES
from ..places.containment import holds, lie_apart
from ..places.resolve import seat_regions
from ..records import CasualtyFigure, PlaceMention
from .same_victims import (
    GENERIC_GROUPS,
    OTHER_TIME_RE,
    means_within,
    near_a_city_holding,
    other_sides,
    same_day,
    sentence_sides,
    victim_kind,
)

# A sentence that gives a toll as a total: a later count that adds up counts given before it.
TOTAL_CUE_RE = re.compile(r"\b(?:toll|total|in all|altogether|overall|combined)\b", re.I)
MIN_SUMMED_TOLL = 3


# The words that bring a toll to the value right after them: "..., bringing the day's toll in Eastern Ghouta to".
BRINGING_TO_RE = re.compile(r"\b(?:bringing|raising|taking|pushing)\b[^.;]{0,80}?\bto\s+(?:at\s+least\s+|some\s+)?$", re.I)


def parts_of_the_total_they_bring(figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "Shelling killed 12 civilians in Douma, 7 in Harasta, 4 in Arbin and 3 in Zamalka, bringing the day's
    toll in Eastern Ghouta to 26": counts of one type before a clause that brings a toll to their sum are
    its parts (`part_of`), and it counts them once. Not when they add up to less (the toll holds others)."""
    parent: dict[str, str] = {}
    for whole in figures:
        before = whole.sentence[: whole.start - whole.sentence_start]
        if whole.number is None or whole.part_of is not None or not BRINGING_TO_RE.search(before):
            continue
        items = [
            f for f in figures
            if f.sentence_start == whole.sentence_start and f.start < whole.start and f.type == whole.type
            and f.part_of is None and f.number is not None and f.figure_id not in parent
        ]
        if len(items) >= 2 and sum(f.number for f in items) == whole.number:
            parent.update({f.figure_id: whole.figure_id for f in items})
    return [replace(f, part_of=parent[f.figure_id]) if f.figure_id in parent else f for f in figures]


def parts_that_sum_to_a_toll(figures: list[CasualtyFigure], places: Sequence[PlaceMention] = (), text: str = "") -> list[CasualtyFigure]:
    """ "Air strikes and shelling killed 19 civilians across Eastern Ghouta on Sunday. Strikes on Mesraba
    and Madira killed 17 civilians, while artillery fire on Douma killed another two": two or more counts
    of one sentence that add up exactly to a toll another sentence gave, of their type and day, in its
    place (`may_lie_in`), are its parts (`part_of`), and the toll counts once. A total
    given after its items needs a total's word ("The day's toll was 19"). Not counts set at another time
    or in a separate incident, nor a sentence whose counts of that type do not all add up to it.

    Run on figures with `in_headline` and `repeats` marked: headline figures are neither parts nor
    wholes, and a count that repeats another is no item (its first telling is)."""
    figures = parts_of_the_total_they_bring(figures)
    by_sentence: dict[int, list[CasualtyFigure]] = {}
    for f in figures:
        if f.part_of is None and not f.cumulative and not f.in_headline:
            by_sentence.setdefault(f.sentence_start, []).append(f)
    parent: dict[str, str] = {}
    for start, items in by_sentence.items():
        for kind in {f.type for f in items}:
            parts = [f for f in items if f.type == kind]
            if (
                len(parts) < 2
                or any(f.number is None or f.repeats is not None for f in parts)
                or OTHER_TIME_RE.search(parts[0].sentence)
                or EARLIER_OPENING_RE.match(parts[0].sentence)
            ):
                continue
            told = sum(f.number for f in parts)
            whole = next(
                (
                    w for s, others in by_sentence.items() if s != start for w in others
                    if w.type == kind and w.number == told and told >= MIN_SUMMED_TOLL
                    and (s < start or TOTAL_CUE_RE.search(w.sentence))
                    and all(same_day(f, w) and may_lie_in(f, w, places) and of_one_incident(f, w, text) and names_no_other_side(f, w) for f in parts)
                ),
                None,
            )
            if whole is not None:
                parent.update({f.figure_id: whole.figure_id for f in parts})
    wholes = set(parent.values())
    for whole in (f for f in figures if f.figure_id not in wholes and f.figure_id not in parent):
        items = breakdown_after(whole, by_sentence, parent, places, text)
        parent.update({f.figure_id: whole.figure_id for f in items})
    return [replace(f, part_of=parent[f.figure_id]) if f.figure_id in parent else f for f in figures]


BREAKDOWN_SENTENCES = 3  # how many sentences with figures after a toll its breakdown may run over


def breakdown_after(
    whole: CasualtyFigure,
    by_sentence: dict[int, list[CasualtyFigure]],
    taken: dict[str, str],
    places: Sequence[PlaceMention],
    text: str = "",
) -> list[CasualtyFigure]:
    """ "Air strikes killed at least 22 civilians near Damascus. The highest toll was in Douma, where raids
    killed 16 ... Five more civilians were killed in Saqba and one in Harasta": the counts of the toll's
    type in the next sentences (up to BREAKDOWN_SENTENCES with figures) that add up exactly to it, two or
    more, each of its day, of victims it counts and in its place (`may_lie_in`). Empty when they pass it,
    fall short, or a sentence moves to another time or incident, or to an earlier report of the toll's or an
    item's neighbourhood or landmark ("8 killed in the park ... Earlier, five were killed in the park"), first. ("Earlier, two children were
    killed in al-Zahraa" after "three in Saif al-Dawleh" is the day's other item.)"""
    if whole.number is None or whole.number < MIN_SUMMED_TOLL or whole.in_headline or whole.cumulative or whole.part_of:
        return []
    following = sorted(s for s in by_sentence if s > whole.sentence_start)[:BREAKDOWN_SENTENCES]
    items: list[CasualtyFigure] = []
    told = 0
    for start in following:
        for f in by_sentence[start]:
            if f.type != whole.type or f.figure_id in taken:
                continue
            if (
                f.number is None
                or f.repeats is not None
                or EARLIER_OPENING_RE.match(f.sentence)
                or told + f.number > whole.number
                or not same_day(f, whole)
                or not may_lie_in(f, whole, places)
                or not of_one_incident(f, whole, text)
                or not names_no_other_side(f, whole)
            ):
                return []
            items.append(f)
            told += f.number
            if told == whole.number:
                return items if len(items) >= 2 else []
    return []


def may_lie_in(part: CasualtyFigure, whole: CasualtyFigure, places: Sequence[PlaceMention]) -> bool:
    """Whether a count's place may lie in its toll's: unsaid, the same, named in the toll's sentence, held
    by it or by the surroundings of a city it happened near, or (for a toll in a
    region whose towns the gazetteer does not list, "Eastern Ghouta") not known to lie apart from it. Not
    another town than a town's toll ("eight in Maarat al-Numan" under "10 in Sarmin"), nor another
    governorate or country."""
    if part.place is None or whole.place is None or part.place == whole.place:
        return True
    end = whole.sentence_start + len(whole.sentence)
    if any(whole.sentence_start <= p.start < end and p.place == part.place for p in places):
        return True  # "rocket attacks on New Aleppo, Bab al-Faraj and Maysaloon killed 7": each a place of the toll
    mention = {p.place: p for p in reversed(places)}
    inner, outer = mention.get(part.place), mention.get(whole.place)
    if inner is not None and outer is None and any(
        whole.sentence_start <= p.start < end and p.kind != "country" and holds(p, inner) for p in places
    ):
        return True  # "attacks on Aleppo and Deir Ezzor" (placed in Syria, which holds both) and Azamiyeh
    if inner is None or outer is None:
        return False
    if holds(outer, inner) or near_a_city_holding(whole, part, places):
        return True  # "Idlib province" and Saraqeb; "a region near Damascus" and Douma
    # a region the gazetteer gives no towns ("Eastern Ghouta") may hold a town not known to lie apart, not a
    # governorate's seat city ("Damascus")
    return outer.kind == "region" and inner.place_id not in seat_regions() and not lie_apart(inner, outer)


def parts_of_a_spell(figures: list[CasualtyFigure], places: Sequence[PlaceMention] = (), text: str = "") -> list[CasualtyFigure]:
    """ "Since Tuesday, shelling on Eastern Ghouta has killed at least 66 civilians ... Bombardment on the
    region has killed eight civilians today": a toll of a short spell ("since Tuesday", not a running
    total) holds the smaller counts of its type the article sets inside it, on a day of the spell or no
    day, in its place or a place inside it (or none said); they are its parts, and it counts them once.
    Not a count of a day before the spell, of a wider or another place ("20 killed in Idlib"), of another
    incident ("in a separate attack"), of victims the spell's toll does not count ("two children" beside
    "30 soldiers and 39 rebels killed since Friday"), nor another spell's toll. Run on figures with `in_headline` and
    `repeats` marked."""
    mention = {p.place: p for p in reversed(places)}
    spells = [
        f for f in figures
        if (f.date_rule or "").startswith("since") and SINCE_RE.search(f.sentence) and not f.cumulative and f.number is not None
        and f.part_of is None and f.repeats is None and not f.in_headline and f.event_date is not None
    ]  # fmt: skip
    parent: dict[str, str] = {}
    for spell in sorted(spells, key=lambda f: -(f.number or 0)):
        for f in figures:
            if (
                f.figure_id in parent
                or f is spell
                or f.type != spell.type
                or f.number is None
                or f.number >= spell.number
                or f.part_of is not None
                or f.repeats is not None
                or f.in_headline
                or f.cumulative
                or (f.date_rule or "").startswith("since")
                or (f.event_date is not None and f.event_date < spell.event_date)
                or not of_one_incident(f, spell, text)
            ):
                continue
            inside = f.place is None or f.place == spell.place or (
                f.place in mention and spell.place in mention and holds(mention[spell.place], mention[f.place])
            )
            if inside:
                parent[f.figure_id] = spell.figure_id
    return [replace(f, part_of=parent[f.figure_id]) if f.figure_id in parent else f for f in figures]


SINCE_RE = re.compile(r"\bsince\b", re.I)  # a spell says "since" ("the toll from Sunday's bombing" is no spell)
COMBATANT_KINDS = frozenset({"combatants", "soldiers"})


def victims_of_its_kind(part: CasualtyFigure, whole: CasualtyFigure) -> bool:
    """Whether a toll's victims may include a count's: any victims in "people", "people" (no kind said) or
    the same kind in any toll, and in "civilians" any victims who are not fighters or soldiers ("children",
    "women")."""
    whole_kind, part_kind = victim_kind(whole.group), victim_kind(part.group)
    if whole_kind in GENERIC_GROUPS or part_kind in GENERIC_GROUPS or part_kind == whole_kind:
        return True
    return whole_kind == "civilians" and part_kind not in COMBATANT_KINDS


# "on Wednesday alone", "in Aleppo alone", "yesterday alone": a count of one day or place out of a larger toll.
ALONE_RE = re.compile(r"\b(?:on|in|during|yesterday|today|overnight)\b[^.,;:]{0,30}?\balone\b", re.I)


def parts_said_alone(figures: list[CasualtyFigure], places: Sequence[PlaceMention] = (), text: str = "") -> list[CasualtyFigure]:
    """ "Two days of renewed bombing have killed at least 32 people ... The air strikes on eastern Aleppo on
    Wednesday alone killed at least 21": a count its sentence narrows to one day or place ("... alone") is
    part of the nearest larger toll of its type before it, in its place or one holding it (or none said).
    Not a count after no larger toll, nor one in a place the toll does not hold ("in Idlib alone, 40 were
    killed" after "32 killed in Aleppo"). Run on figures with `in_headline` and `repeats` marked."""
    mention = {p.place: p for p in reversed(places)}
    result = list(figures)
    for k, figure in enumerate(figures):
        if (
            figure.number is None
            or figure.part_of is not None
            or figure.repeats is not None
            or figure.in_headline
            or not ALONE_RE.search(figure.sentence)
        ):
            continue
        whole = next(
            (
                w for w in reversed(result[:k])
                if w.type == figure.type and w.number is not None and w.number > figure.number
                and w.part_of is None and not w.in_headline and not w.cumulative
                and w.sentence_start < figure.sentence_start
                and figure.event_date in (None, w.event_date) and same_day(figure, w) and of_one_incident(figure, w, text)
                and (figure.place is None or w.place is None or w.place == figure.place
                     or (w.place in mention and figure.place in mention and holds(mention[w.place], mention[figure.place])))
            ),
            None,
        )  # fmt: skip
        if whole is not None:
            result[k] = replace(figure, part_of=whole.figure_id)
    return result


# Deaths among the wounded: "two of the wounded died", "succumbed to their wounds", "died of their injuries".
LATE_DEATHS_RE = re.compile(r"\b(?:succumb(?:ed|s)?\s+to|died\s+(?:of|from))\s+(?:their\s+|his\s+|her\s+)?(?:wounds|injuries)\b", re.I)
WOUNDED_GROUPS = frozenset({"wounded", "injured"})


def late_deaths_in_their_toll(figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """ "The toll rose to 9 after two of the wounded died overnight", "Two of the wounded later died,
    raising the toll to 9": deaths among the wounded that the same sentence counts into a larger toll
    of the killed are its part. Not late deaths a sentence gives alone ("Two of the wounded died in
    hospital": two more dead beside the day's toll)."""
    result = list(figures)
    for k, figure in enumerate(figures):
        late = (figure.group or "").lower() in WOUNDED_GROUPS or LATE_DEATHS_RE.search(figure.sentence)
        if figure.type != "killed" or figure.number is None or figure.part_of is not None or not late:
            continue
        whole = next(
            (
                w for w in figures
                if w is not figure and w.sentence_start == figure.sentence_start and w.type == "killed"
                and w.number is not None and w.number > figure.number and w.part_of is None and w.updates_earlier
            ),
            None,
        )  # fmt: skip
        if whole is not None:
            result[k] = replace(figure, part_of=whole.figure_id, repeats=None)
    return result


def parts_of_a_days_total(figures: list[CasualtyFigure], places: Sequence[PlaceMention] = (), text: str = "") -> list[CasualtyFigure]:
    """ "Air strikes on a market in Sarmin killed 10 people on Tuesday ... Jets struck Maarat al-Numan,
    killing eight ... In total, over 40 civilians were killed across Idlib on Tuesday": a toll that says it
    totals one day ("in total", "in all", "altogether" with that day named) holds the counts of its type
    the article gave before it of that day (or no day said) in its place, when they come to no more than
    it; they are its parts. Not counts of another day or place, nor more than the total holds."""
    result = list(figures)
    for k, total in enumerate(figures):
        if (
            total.number is None
            or total.part_of is not None
            or total.in_headline
            or total.cumulative
            or total.event_date is None
            or total.date_rule not in ONE_DAY_RULES
            or not DAYS_TOTAL_RE.search(total.sentence)
        ):
            continue
        items = [
            (j, f) for j, f in enumerate(result[:k])
            if f.type == total.type and f.number is not None and f.part_of is None and f.repeats is None
            and not f.in_headline and not f.cumulative and f.sentence_start < total.sentence_start
            and f.event_date in (None, total.event_date) and same_day(f, total) and may_lie_in(f, total, places)
            and of_one_incident(f, total, text)
        ]  # fmt: skip
        if items and sum(f.number for _, f in items) <= total.number:
            for j, f in items:
                result[j] = replace(f, part_of=total.figure_id)
    return result


# "In total", "in all," "Altogether, ..." (not "in all parts of the town", "stop working altogether")
DAYS_TOTAL_RE = re.compile(r"\bin\s+total\b|\b(?:in\s+all|altogether)\b(?=\s*[,;])|^\W*(?:in\s+all|altogether)\b", re.I)
EARLIER_OPENING_RE = re.compile(r"\W*earlier\b", re.I)


def of_one_incident(part: CasualtyFigure, whole: CasualtyFigure, text: str) -> bool:
    """Whether a count may be part of a toll's events: victims the toll counts (`victims_of_its_kind`), by
    its means (`means_within`: not "a car bomb killed 7" under "air strikes have killed 40"), of no other side ("government air strikes killed 10 ... rebel shelling killed eight"), at no other time or
    incident ("later on Monday", "in a separate attack"), and told by the toll's source or one of the two
    unsaid."""
    return (
        victims_of_its_kind(part, whole)
        and means_within(part, whole)
        and not other_sides(part, whole, text)
        and not OTHER_TIME_RE.search(part.sentence)
        and not (part.attributed_to and whole.attributed_to and part.attributed_to != whole.attributed_to)
    )


def names_no_other_side(item: CasualtyFigure, whole: CasualtyFigure) -> bool:
    """Whether an item's sentence names no warring side the toll's sentence does not ("Air strikes killed 6
    ... Rebel shelling killed four in Hamdaniyeh and two in New Aleppo": the rebels' victims are another
    incident's, whatever they add up to)."""
    return not sentence_sides(item) - sentence_sides(whole)


def parts_of_tolls_told_apart(
    figures: list[CasualtyFigure], places: Sequence[PlaceMention], text: str
) -> list[CasualtyFigure]:
    """Every breakdown rule of this module in turn, on figures with `in_headline` and `repeats` marked."""
    figures = parts_that_sum_to_a_toll(figures, places, text)
    figures = parts_said_alone(parts_of_a_spell(figures, places, text), places, text)
    return parts_of_a_days_total(late_deaths_in_their_toll(figures), places, text)

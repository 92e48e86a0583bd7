"""Every victim counts once per article: a headline figure, a sentence the article prints twice, or a
later sentence that gives an earlier toll again repeats a body figure; it is kept, flagged, and linked to
the figure it repeats (`repeats`) so that series, sums and incidents count it once."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..records import CasualtyFigure, PlaceMention
from .display import display_spans, pull_quote_words, squeezed
from .places import is_source_base, moved_on, names_another_place
from .same_victims import (
    GENERIC_GROUPS,
    OTHER_TIME_RE,
    WEEKDAY_RE,
    adds_victims,
    bounded_count_of,
    figure_kind,
    near_one_another,
    other_means,
    other_sides,
    other_time,
    same_count,
    same_day,
    same_place,
)

SPACE_RE = re.compile(r"\s+")


def headline_end(text: str, title: str | None) -> int:
    """Character offset where the headline ends when the article text opens with its title, else 0."""
    if not title:
        return 0
    head = SPACE_RE.sub(" ", title.strip()).lower()
    opening = SPACE_RE.sub(" ", text[: len(title) + 20]).lower()
    if not head or not opening.startswith(head):
        return 0
    end = text.find("\n")
    return end if end != -1 else len(text)


def printed_in_text(title: str, text: str) -> bool:
    """True when the text prints the headline itself somewhere near its top (after a byline or a
    "Get short URL" line): its figures are then read from the text, not from the title again."""
    head = SPACE_RE.sub(" ", title.split(" | ")[0].strip()).lower()
    return bool(head) and head in SPACE_RE.sub(" ", text[: len(title) + 400]).lower()


def mark_repeats(
    figures: list[CasualtyFigure],
    text: str,
    title: str | None,
    places: Sequence[PlaceMention] = (),
    *,
    display: Sequence[tuple[int, int]] | None = None,
) -> list[CasualtyFigure]:
    """Figures with `in_headline` and `repeats` filled.

    A headline figure repeats the first body figure with the same number and type ("Five killed in
    Aleppo" then "Five civilians were killed ..."); a figure in a sentence printed again word for word
    repeats the same figure of the first printing, a later sentence's count that restates an earlier
    toll repeats it (`restates`), and an earlier toll rides with a later one that updates it (`updates`).
    Sub-counts repeat like any other figure. `display`: the text's display spans below its title, when the
    caller read them already (`display.display_spans`).
    """
    end = headline_end(text, title)
    display = display_spans(text, end) if display is None else display
    marked = [
        replace(f, in_headline=f.in_headline or f.start < end or any(a <= f.start < b for a, b in display))
        for f in figures
    ]
    body = [f for f in marked if not f.in_headline]
    result = []
    for figure in marked:
        if figure.in_headline:
            # The top-level body figure first: "Five killed" repeats the toll, not a sub-count of it; a
            # pull-quote's figure the one of the sentence it prints again.
            matches = [b for b in body if same_count(figure, b)]
            titled = figure.start < end or figure.start == figure.end
            # the headline a text opens with, no title given, rounds places as a title does ("Idlib" over
            # "the town of Atareb"); it takes no largest figure in place of its own count, though
            opening = bool(display) and display[0][0] == len(text) - len(text.lstrip()) and figure.start < display[0][1]
            if not (titled or opening):
                # a subheading, standfirst or pull-quote sums up its own section: the same count elsewhere
                # ("five killed in Sakhour" beside "five killed in Bustan al-Qasr") is other victims
                matches = [b for b in matches if same_place(figure, b, places, text) or same_place(b, figure, places, text)]
            matches.sort(key=lambda b: not printed_inside(figure, b))
            repeated = next((b for b in matches if b.part_of is None), matches[0] if matches else None)
            if repeated is None and titled:
                # A headline rounds or sums what the body reports ("Over 20 dead" over "23 were killed"):
                # it repeats the body's largest figure of its type, so the article counts once. (A
                # subheading's figure that no body figure gives is the section's own.)
                same_type = [
                    b for b in body if b.type == figure.type and b.part_of is None and b.number is not None
                ]
                repeated = max(same_type, key=lambda b: b.number, default=None)
        else:
            repeated = (
                next((e for e in body if printed_again(figure, e)), None)
                or next((e for e in body if restates(figure, e, text, places)), None)
                or next((u for u in body if updates(u, figure, places, text)), None)
                or next((p for p in body if told_again_as_a_part(figure, p, text, places)), None)
            )
        result.append(replace(figure, repeats=repeated.figure_id) if repeated is not None else figure)
    return without_circles(result)


def without_circles(figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """Figures with no `repeats` link that would leave a toll uncounted: one that repeats a part of a
    toll which itself repeats that figure ("Eleven children were killed ... More than 10 children, among
    them 11 ..."). The first telling then counts."""
    by_id = {f.figure_id: f for f in figures}
    result = []
    for figure in figures:
        target = by_id.get(figure.repeats or "")
        whole = by_id.get(target.part_of or "") if target is not None else None
        if whole is not None and whole.repeats == figure.figure_id:
            figure = replace(figure, repeats=None)
        result.append(figure)
    return result


MIN_RESTATED = 3  # "one killed", "two wounded" recur by chance in a round-up of incidents
FINE_PLACE_KINDS = frozenset({"district", "area", "landmark"})


def small_count_placed_alike(figure: CasualtyFigure, earlier: CasualtyFigure, places: Sequence[PlaceMention]) -> bool:
    """ "Two people were killed in a rocket attack on al-Midan neighbourhood ... terrorists fired rockets
    at al-Midan, killing two people": a count under MIN_RESTATED is given again only when both sentences
    name one neighbourhood or landmark. One or two killed in a town or city ("mortar fire killed two in
    Jaramana ... a car bomb in Jaramana killed two"), a province or a country may be any other victims
    of a round-up."""
    named = []
    for f in (figure, earlier):
        end = f.sentence_start + len(f.sentence)
        named.append({p.place: p for p in places if f.sentence_start <= p.start < end})
    return not other_means(figure, earlier) and any(p.kind in FINE_PLACE_KINDS for name, p in named[0].items() if name in named[1])


def restates(figure: CasualtyFigure, earlier: CasualtyFigure, text: str, places: Sequence[PlaceMention] = ()) -> bool:
    """ "At least 11 people were killed in a market in Atareb ... Rescuers said the 11 dead included
    four children ... '11 people died here,' a witness said": a later body sentence that gives an earlier
    top-level count again (the same number and type, at least MIN_RESTATED, its place and date the same or
    unsaid, its victims the same or named generically) reports the same victims, and counts once. Not more
    of them ("another 11", "11 others"), nor a count of other victims ("11 soldiers" after "11
    civilians"), another place or day ("a day after ..."), a part, or a running total. Inside one sentence
    only a count given again further on (`given_again_in_its_sentence`)."""
    if (
        not (earlier.sentence_start < figure.sentence_start or given_again_in_its_sentence(figure, earlier, text))
        or figure.number is None
        or (figure.number < MIN_RESTATED and not small_count_placed_alike(figure, earlier, places))
        or not (same_count(figure, earlier) or bounded_count_of(figure, earlier) or bounded_count_of(earlier, figure))
        or figure.part_of is not None
        or earlier.part_of is not None
        or figure.cumulative != earlier.cumulative
    ):
        return False
    near = (
        bool(figure.attributed_to)
        and figure.attributed_to == earlier.attributed_to
        and not other_means(figure, earlier)
        and near_one_another(figure, earlier, places)
    )
    if not (same_place(figure, earlier, places, text) or near) or not same_day(figure, earlier):
        return False  # "an area near Damascus" and "Douma": one place only in one source's telling
    if figure.number != earlier.number and (
        figure.event_date != earlier.event_date
        or not ONE_TOLL_CUE_RE.search(f"{figure.sentence} {earlier.sentence}")
        or other_means(figure, earlier)
    ):
        return False  # a bound holds another count only of its day, told as one toll ("the raids", "put the toll at")
    groups = {figure_kind(figure, text), figure_kind(earlier, text)}
    if len(groups - GENERIC_GROUPS) > 1:
        return False  # "11 soldiers" after "11 civilians": other victims
    if other_sides(figure, earlier, text):
        return False  # "12 government fighters ... Twelve opposition fighters", "on the rebel side, 14 were killed"
    if other_time(figure, earlier):
        return False
    # "another 11", "11 others": more victims; unless the earlier toll was worded so too ("six were killed
    # and 20 more wounded" given again: the "more" adds to the killed of its own sentence, both times)
    return not adds_victims(figure, text) or adds_victims(earlier, text)


def told_again_as_a_part(figure: CasualtyFigure, part: CasualtyFigure, text: str, places: Sequence[PlaceMention] = ()) -> bool:
    """ "Eleven children were killed in a barrel bomb attack on Thursday ... 'Fifteen civilians, among them
    11 children, were killed in the attack,' the monitor said": a top-level count that a later sentence
    gives again as a part of a larger toll (the same number, type and victims' kind, at least
    MIN_RESTATED, its place the same or unsaid, its day the same or unsaid in both) is those victims; it
    rides with the part, and the larger toll counts them. Not victims of another or no kind ("11 children"
    and "15 people, 11 of them civilians"; "four people" and "36 dead, among them four teachers"), nor of
    another time ("a day after ...", "on October 13"), nor more of them ("11 other children")."""
    return (
        part.part_of is not None
        and figure.part_of is None
        and figure.sentence_start < part.sentence_start
        and figure.number is not None
        and figure.number >= MIN_RESTATED
        and same_count(figure, part)
        and figure.cumulative == part.cumulative
        and figure_kind(figure, text) == figure_kind(part, text) not in GENERIC_GROUPS
        and same_place(part, figure, places, text)
        and same_day(part, figure)
        and figure.event_date == part.event_date
        and not other_sides(part, figure, text)
        and not other_time(part, figure)
        and not adds_victims(part, text)
        and not other_means(part, figure)
    )


# Words that tell a count is of the events told before, or another estimate of them: a definite event
# ("the raids", "the attack"), conflicting figures. ("put the number of rebels killed in clashes at 18" may
# count another incident's dead.)
ONE_TOLL_CUE_RE = re.compile(
    r"\bthe\s+(?:same\s+)?(?:attacks?|strikes?|air\s*strikes?|raids?|air\s+raids?|blasts?|bombings?|(?:car\s+)?bombs?|explosions?|shelling|massacre|offensive|assault|incident)\b"
    r"|\b(?:higher|lower|different|conflicting)\s+(?:death\s+)?(?:toll|figure|number)s?\b"
    r"|\balso\s+reported\s+the\b",
    re.I,
)


# Counts at least this far apart in one sentence may be one toll given twice ("Twenty-six civilians were
# killed when jets pounded the neighbourhood, killing 26 civilians"); nearer ones are a list's items.
RESTATED_IN_SENTENCE_GAP = 40
# Between two counts of one sentence, what makes the second another event's: a joined clause ("..., and
# on Tuesday fresh raids killed 10"), another report ("adding that an ambush killed 16"), or a scene
# elsewhere. ("when jets pounded the town on Monday, killing 26" gives the toll of its clause again.)
ANOTHER_EVENT_BETWEEN_RE = re.compile(
    r"\b(?:and|while|whereas|but|adding|added|meanwhile|elsewhere|another|other|separate|later|earlier)\b|;",
    re.I,
)


def given_again_in_its_sentence(figure: CasualtyFigure, earlier: CasualtyFigure, text: str) -> bool:
    """Whether a count comes again later in the sentence of an earlier one, far from it and not as
    another item of a list: "Twenty-six civilians were also killed when jets pounded Maghayer, killing 26
    civilians", and a headline run into its lead ("... among 12 dead in car bomb A minister was among at
    least 12 people killed ..."). Not "five civilians on Monday and five civilians on Tuesday"."""
    return (
        earlier.sentence_start == figure.sentence_start
        and figure.start - earlier.end >= RESTATED_IN_SENTENCE_GAP
        and not ANOTHER_EVENT_BETWEEN_RE.search(text[earlier.end : figure.start])
        and not OTHER_TIME_RE.search(text[earlier.end : figure.start])
        and len({d.lower() for d in WEEKDAY_RE.findall(figure.sentence)}) < 2  # "killed 10 on Monday ... 10 on Tuesday"
    )


# A sentence that gives a toll as told before the latest one, wherever it stands in the text: "Earlier, the
# source said that 7 were killed", "The Observatory had earlier reported seven deaths", "an initial toll of 7",
# "which on Thursday had given a death toll of 17".
TOLD_EARLIER_RE = re.compile(
    r"^\W*earlier\b(?=[^.]*\b(?:said|says|reported|announced|told|put|gave)\b)"
    r"|\b(?:had|has|have)\s+(?:earlier|previously|initially)\b|\bhad\s+(?:given|put|reported)\b"
    r"|\b(?:an?|the)\s+(?:earlier|previous|initial|preliminary)\s+(?:toll|report|count|figure|estimate)s?\b",
    re.I,
)


def told_before(earlier: CasualtyFigure, update: CasualtyFigure) -> bool:
    """Whether a count printed after an update says it was told before it (`TOLD_EARLIER_RE`); one opening
    "Earlier," only when it gives a toll or comes from the update's source ("Earlier, the Observatory said
    7"; not "Earlier, Kurdish fighters said seven of their men were killed in clashes")."""
    match = TOLD_EARLIER_RE.search(earlier.sentence)
    if match is None or other_means(earlier, update):
        return False  # "Earlier, the Observatory said seven were killed in a car bomb": another incident
    if match.start() > 0 or not earlier.sentence[: match.end()].strip().lower().startswith("earlier"):
        return True
    source = (earlier.attributed_to, earlier.source_unnamed)
    return (
        re.search(r"\btoll\b", earlier.sentence, re.I) is not None
        or EARLIER_THE_SAME_SOURCE_RE.match(earlier.sentence) is not None
        or (any(source) and source == (update.attributed_to, update.source_unnamed))
    )


# "Earlier, the source said ...", "Earlier, it said ...", "Earlier, the monitor reported ...": the source before.
EARLIER_THE_SAME_SOURCE_RE = re.compile(
    r"\W*earlier\W+(?:\w+\W+){0,2}?(?:the\s+(?:same\s+)?(?:source|monitor|observatory|agency|ministry|group)|it|he|she|they)\s+"
    r"(?:said|says|reported|announced|told|put|gave)\b",
    re.I,
)


def updates(update: CasualtyFigure, earlier: CasualtyFigure, places: Sequence[PlaceMention] = (), text: str = "") -> bool:
    """ "Airstrikes killed 12 people in Idlib on Tuesday. ... The toll has since risen to 19": a later
    toll that says it updates ("rose to", "new toll": `updates_earlier`) a smaller earlier count of the same
    type, its place and date the same or unsaid, counts those victims again; the earlier figure rides with
    the update (its `repeats`), so the series counts the latest toll once. Not a toll of another time or
    incident ("the toll from last week's attack rose to 19"), nor a part or a running total. An earlier
    toll printed after its update says it was told before (`TOLD_EARLIER_RE`: "Earlier, the source said 7")."""
    return (
        update.updates_earlier
        and (earlier.sentence_start < update.sentence_start or told_before(earlier, update))
        and update.type == earlier.type
        and update.number is not None
        and earlier.number is not None
        and earlier.number < update.number
        and update.part_of is None
        and earlier.part_of is None
        and update.cumulative == earlier.cumulative
        and same_place(update, earlier, places, text)
        and same_day(update, earlier)
        and not OTHER_TIME_RE.search(update.sentence)
    )


def printed_inside(display: CasualtyFigure, body: CasualtyFigure) -> bool:
    """Whether a display figure's sentence is printed again inside the body figure's (a pull-quote's)."""
    return display.start != display.end and pull_quote_words(display.sentence) in squeezed(body.sentence)


def printed_again(figure: CasualtyFigure, earlier: CasualtyFigure) -> bool:
    """True when `figure` sits in a later copy of the sentence `earlier` sits in, at the same place."""
    return (
        earlier.sentence_start < figure.sentence_start
        and earlier.start - earlier.sentence_start == figure.start - figure.sentence_start
        and same_count(figure, earlier)
        and SPACE_RE.sub(" ", earlier.sentence.strip().lower())
        == SPACE_RE.sub(" ", figure.sentence.strip().lower())
    )


# A toll of one more event than told before, or of one of several: "Another airstrike ...", "In a separate
# attack ...", "Two suicide bombers struck ... The first attack killed 25".
ANOTHER_EVENT_RE = re.compile(
    r"\b(?:another|a\s+separate|a\s+second|a\s+further|the\s+first|two|three|several)\s+(?:\w+\s+)?"
    r"(?:strike|airstrike|air\s+strike|attack|raid|air\s+raid|blast|bombing|explosion|bomb|bomber|shelling|assault)s?\b",
    re.I,
)
# A total over a span of time or of several tolls: "over the weekend", "this month", "so far", "bringing the
# toll to 34".
PERIOD_TOTAL_RE = re.compile(
    r"\b(?:over\s+the\s+(?:weekend|week|past|last)|this\s+(?:week|month|year)|since|so\s+far|in\s+total|overall|in\s+all"
    r"|(?:bringing|raising|brought|raised)\s+the\s+(?:\w+\s+)?(?:toll|number)|toll\s+(?:rose|has\s+risen|climbed))\b",
    re.I,
)
IN_ADDITION_TO_RE = re.compile(r"\bin\s+addition\s+to\s+(?:the\s+)?$", re.I)


def other_place_between(
    earlier: CasualtyFigure, start: int, end: int, places: Sequence[PlaceMention], text: str
) -> bool:
    """Whether the text from `start` to `end` (the sentences after an earlier toll, up to a later one's end)
    names a place of events other than the earlier toll's ("Rebel rocket fire hit Damascus. SANA said 18
    were killed in the attack" after a toll in Douma; "... killed 30 in Idlib and in Saraqeb"); a place
    inside it or holding it, a country, or a source's base is no other."""
    named = [p for p in places if start <= p.start < end and p.kind != "country" and not is_source_base(p, text)]
    return names_another_place(earlier.place or "", named, places)


# Victims' kinds one toll may be counted as by two sources: "85 civilians" and "56 dead".
BROAD_KINDS = GENERIC_GROUPS | {"civilians"}
# How far apart two sources' counts of one toll may lie (the larger over the smaller): "at least 85" and
# "56" are one toll told by two sources; 20 and 50 are more likely two tolls.
ESTIMATE_RATIO = 2.0
# A source that gives its own figure for a toll: "Anadolu put the death toll at 85", "gave a toll of 90".
PUTS_THE_TOLL_RE = re.compile(r"\b(?:put|puts|putting|gave|gives|giving)\s+(?:the|a|its)\s+(?:\w+\s+){0,2}(?:toll|number|figure)\b", re.I)


def with_other_estimates(figures: list[CasualtyFigure], text: str, places: Sequence[PlaceMention] = ()) -> list[CasualtyFigure]:
    """Figures with `estimate_of` filled: a later count that another source gives for a toll told
    before, with another number ("Air strikes killed at least 85 civilians on Tuesday, activists said
    ... The Observatory said 56 civilians were killed in the strikes"), names the first count it
    estimates again. It is a report of its own (incidents give both: their min and max), but series and
    sums count those victims once, by the first telling (`another_estimate`). Run on figures with
    `repeats` and `part_of` marked."""
    result: list[CasualtyFigure] = []
    for figure in figures:
        # "the strike" names the last toll told: the nearest counted one of its type, or none
        last = next((e for e in reversed(result) if e.type == figure.type and counted_once(e)), None)
        # a sentence with two tolls of the type ("the shelling killed 9, and air strikes killed 20") tells of
        # more than one toll: which its "the shelling" names, the words do not say
        alone = sum(f.type == figure.type and f.sentence_start == figure.sentence_start and counted_once(f) for f in figures) == 1
        estimated = last is not None and alone and counted_once(figure) and another_estimate(figure, last, text, places)
        result.append(replace(figure, estimate_of=last.figure_id) if estimated else figure)
    return result


def counted_once(figure: CasualtyFigure) -> bool:
    """Whether series and sums add a figure: a body figure's number, not a part, repeat, other estimate or
    running total."""
    return not (
        figure.in_headline or figure.repeats or figure.part_of or figure.estimate_of or figure.cumulative
        or figure.number is None
    )


def another_estimate(figure: CasualtyFigure, earlier: CasualtyFigure, text: str, places: Sequence[PlaceMention] = ()) -> bool:
    """Whether `figure` is another source's count of the toll `earlier` gave: a later body sentence,
    credited to another source, that names the events again ("in the strikes", "the attack") or puts
    a toll at its count, with the same type, victims of one kind (or both named generically or as
    civilians), no other place or words that move the story on between them (`places.MOVED_ON_RE`), no
    total of a period or of several tolls, its place
    and day the same or unsaid, and a count other than the first, at least MIN_RESTATED and within ESTIMATE_RATIO
    of it. Not a toll of other victims ("56 soldiers" after "85 civilians"), sides, means or time, not
    more victims ("another 56"), not an update ("rose to 90": `updates`), a part or a running total."""
    counted = (earlier, figure)
    if (
        earlier.sentence_start >= figure.sentence_start
        or not all(counted_once(f) and f.number >= MIN_RESTATED for f in counted)
        or figure.type != earlier.type
        or figure.number == earlier.number
        or max(figure.number, earlier.number) > ESTIMATE_RATIO * min(figure.number, earlier.number)
        or figure.updates_earlier
        or not figure.attributed_to
        or figure.attributed_to == earlier.attributed_to
        or not (ONE_TOLL_CUE_RE.search(figure.sentence) or PUTS_THE_TOLL_RE.search(figure.sentence))
    ):
        return False
    if figure.event_date is not None and earlier.event_date is not None and figure.event_date != earlier.event_date:
        return False
    if not (same_place(figure, earlier, places, text) or same_place(earlier, figure, places, text)) or not same_day(figure, earlier):
        return False
    after_earlier, figure_end = earlier.sentence_start + len(earlier.sentence), figure.sentence_start + len(figure.sentence)
    if (
        moved_on(text, after_earlier, figure_end)  # "Hours later, jets returned. ... the new raids killed 14"
        or PERIOD_TOTAL_RE.search(figure.sentence)  # "the strikes had killed 40 people over the weekend"
        or IN_ADDITION_TO_RE.search(text, max(0, figure.start - 20), figure.start)
        or other_place_between(earlier, after_earlier, figure_end, places, text)
    ):
        return False
    kinds = {figure_kind(figure, text), figure_kind(earlier, text)}
    if len(kinds) > 1 and not kinds <= BROAD_KINDS:
        return False  # "25 children" and "47 dead": the larger toll may hold them, as a part
    return not (
        # "Another airstrike killed 10", "The first attack killed 25": "the strike" may be another one
        ANOTHER_EVENT_RE.search(text, max(0, earlier.sentence_start - 300), earlier.sentence_start + len(earlier.sentence))
        or other_sides(figure, earlier, text)
        or other_time(figure, earlier)
        or adds_victims(figure, text)
        or other_means(figure, earlier)
    )


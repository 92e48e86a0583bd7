"""Every victim counts once per article: a headline figure, a sentence the article prints twice, or a
later sentence that gives an earlier toll again repeats a body figure; it is kept, flagged, and linked to
the figure it repeats (`repeats`) so that series, sums and incidents count it once."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..numbers import number_words
from ..places.containment import holds
from ..places.resolve import seat_regions
from ..records import CasualtyFigure, PlaceMention
from .display import display_spans, pull_quote_words, squeezed
from .lexicons import ADDING_WORDS, OTHERS_WORDS, WEEKDAY_NAMES
from .places import locating_places

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


def same_count(a: CasualtyFigure, b: CasualtyFigure) -> bool:
    return (
        a.number == b.number
        and a.type == b.type
        and (a.number is not None or a.number_text.lower() == b.number_text.lower())
    )


def vague_count_of(vague: CasualtyFigure, exact: CasualtyFigure) -> bool:
    """ "Air strikes kill dozens" over "have killed at least 61 people": a vague count whose word's order
    of magnitude (`vague_magnitudes` in the number lexicon) holds an exact count of the same type. Only a
    one-word vague count ("dozens", "hundreds"); "tens of thousands" is not "tens"."""
    if vague.number is not None or exact.number is None or vague.type != exact.type:
        return False
    low, high = vague_magnitude(vague)
    return low is not None and low <= exact.number <= high


def vague_magnitude(vague: CasualtyFigure) -> tuple[int | None, int | None]:
    """The counts a one-word vague figure can stand for ("dozens" -> 20-199; `vague_magnitudes` in the
    number lexicon), (None, None) for any other figure ("tens of thousands" is not "tens")."""
    words = vague.number_text.lower().split()
    if vague.number is not None or len(words) != 1:
        return None, None
    return tuple(number_words().get("vague_magnitudes", {}).get(words[0], (None, None)))


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
            )
        result.append(replace(figure, repeats=repeated.figure_id) if repeated is not None else figure)
    return result


# Groups that name no one in particular: "11 people" may be "the 11 civilians" said again.
GENERIC_GROUPS = frozenset({"people", "persons", "individuals", ""})
# Words right before a count that make it more victims, not the same ones again: "another 11", "a further 11".
# "also" too ("The group also said 11 ..."), and "more" but in "more than 40" (a bound, no addition).
ADDING_WORDS_RE = re.compile(
    r"\b(?:" + "|".join(sorted(ADDING_WORDS | {"also"})).replace("more", "more(?! than)") + r")\W*(?:\w+\W+){0,2}$", re.I
)
OTHERS_RE = re.compile(r"\b(?:" + "|".join(sorted(OTHERS_WORDS)) + r")\b", re.I)  # "11 others", "five others were killed"
# "Three other fighters", "12 more civilians", "five additional bodies": more victims, not the same again.
ADDED_AFTER_ITS_NUMBER_RE = re.compile(r"[\w,.-]+\s+(?:other|additional|further|more)\b(?!\s+than)", re.I)
# A later sentence about another time or another incident: "The reports come a day after five others were
# killed", "Hours later, a second explosion killed 16", "In a separate attack, three people were killed",
# "In August 2013, 11 people were killed in a similar raid".
OTHER_TIME_RE = re.compile(
    r"\b(?:a day after|(?:days?|hours?|weeks?|months?|years?) (?:before|earlier|later|after|ago)|the (?:next|following|previous)"
    r" (?:day|week|morning|night)|the previous|earlier (?:this|in the)|last (?:week|month|year)|(?:a|one) (?:week|month|year)"
    r" (?:earlier|later|before|after)|(?:19|20)\d\d|separate|separately|elsewhere|similar|another (?:attack|strike|raid|incident|blast)"
    r"|a second|in a further)\b",
    re.I,
)
# Victim nouns outlets use for one kind of victim: "25 militants of the Nusra Front" are "25 Nusra
# fighters", "50 gunmen" are "50 terrorists" in state media's word. Sides apart (`victim_sides`).
VICTIM_KINDS = {
    "combatants": ("fighters", "militants", "terrorists", "jihadists", "gunmen", "insurgents", "rebels",
                   "attackers", "militiamen", "extremists", "mercenaries"),
    "soldiers": ("soldiers", "troops", "servicemen", "personnel", "forces"),
    "rescuers": ("volunteers", "rescuers", "paramedics", "medics"),
}  # fmt: skip
KIND_OF_VICTIM = {noun: kind for kind, nouns in VICTIM_KINDS.items() for noun in nouns}


def victim_kind(group: str | None) -> str:
    """The kind of victim a figure's group names ("militants" and "terrorists" are combatants), else the
    group itself, lower-cased."""
    group = (group or "").lower()
    return KIND_OF_VICTIM.get(group, group)


# Sides victims belong to, by the words that name them: "12 government fighters" are not "twelve opposition
# fighters", "on the rebel side, 14 were killed" not "14 soldiers". Attackers are no victims' side ("regime
# air raids killed 42" and "the toll from regime raids rose to 42" count one 42), so only the figure's own
# phrase and an "on the X side" count; "Syrian" and "military" name no side (the Syrian Observatory).
VICTIM_SIDES = {
    "government": ("government", "regime", "army", "pro-government", "pro-regime", "loyalist", "loyalists", "soldier", "soldiers", "troops"),
    "opposition": ("opposition", "rebel", "rebels", "insurgent", "insurgents"),
    "jihadist": ("jihadist", "jihadists", "isis", "isil", "daesh", "nusra"),  # "IS" too, in capitals
    "kurdish": ("kurdish", "ypg", "sdf"),
    "turkish": ("turkish",),
    "russian": ("russian",),
    "iranian": ("iranian",),
    "civilian": ("civilian", "civilians"),
}  # fmt: skip
SIDE_OF_WORD = {word: side for side, words in VICTIM_SIDES.items() for word in words}
ON_A_SIDE_RE = re.compile(r"\bon\s+the\s+([\w-]+)\s+side\b", re.I)
MIN_RESTATED = 3  # "one killed", "two wounded" recur by chance in a round-up of incidents
FINE_PLACE_KINDS = frozenset({"district", "area", "landmark"})


def small_count_placed_alike(figure: CasualtyFigure, earlier: CasualtyFigure, places: Sequence[PlaceMention]) -> bool:
    """ "Two people were killed in a rocket attack on al-Midan neighbourhood ... terrorists fired rockets
    at al-Midan, killing two people": a count under MIN_RESTATED is given again only when both sentences
    name one small place, a neighbourhood, landmark or a town that seats no governorate. One or two
    killed in a city ("artillery fire killed two in Damascus ... suicide bombers killed two near the
    police headquarters in Damascus"), a province or a country may be any other victims of a round-up."""
    named = []
    for f in (figure, earlier):
        end = f.sentence_start + len(f.sentence)
        named.append({p.place: p for p in places if f.sentence_start <= p.start < end})
    seats = seat_regions()
    return any(
        p.kind in FINE_PLACE_KINDS or (p.kind == "city" and p.place_id not in seats)
        for name, p in named[0].items()
        if name in named[1]
    )


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
        or not same_count(figure, earlier)
        or figure.part_of is not None
        or earlier.part_of is not None
        or figure.cumulative != earlier.cumulative
    ):
        return False
    if not same_place(figure, earlier, places, text) or not same_day(figure, earlier):
        return False
    groups = {victim_kind(figure.group), victim_kind(earlier.group)}
    if len(groups - GENERIC_GROUPS) > 1:
        return False  # "11 soldiers" after "11 civilians": other victims
    if other_sides(figure, earlier, text):
        return False  # "12 government fighters ... Twelve opposition fighters", "on the rebel side, 14 were killed"
    if other_time(figure, earlier):
        return False
    # "another 11", "11 others": more victims; unless the earlier toll was worded so too ("six were killed
    # and 20 more wounded" given again: the "more" adds to the killed of its own sentence, both times)
    return not adds_victims(figure, text) or adds_victims(earlier, text)


# Counts at least this far apart in one sentence may be one toll given twice ("Twenty-six civilians were
# killed when jets pounded the neighbourhood, killing 26 civilians"); nearer ones are a list's items.
RESTATED_IN_SENTENCE_GAP = 40
REWORDED_SHARE = 0.75  # content words two sentences share (Jaccard) when one rewords the other


def other_time(later: CasualtyFigure, earlier: CasualtyFigure) -> bool:
    """Whether the later figure's sentence sets it at another time or incident ("a day after ...", "in a
    separate attack"). Not a sentence that only rewords the earlier one, time phrase and all ("The strikes
    came a day after the coalition opened an inquiry ..." printed twice, a word changed); a round-up's
    "In a separate attack, five soldiers were killed ..." said twice of two attacks words them apart."""
    match = OTHER_TIME_RE.search(later.sentence)
    if match is None:
        return False
    if match.group().lower() == "separate" and TOTAL_RE.search(later.sentence):
        return False  # "a total of 24 were killed in separate operations": one sum of several events
    if match.group().lower() not in earlier.sentence.lower():
        return True
    a, b = content_words(later.sentence), content_words(earlier.sentence)
    return len(a & b) < REWORDED_SHARE * max(1, len(a | b))


TOTAL_RE = re.compile(r"\b(?:a total of|in total|in all)\b", re.I)


FUNCTION_WORDS = frozenset(
    "the a an of in on at and or to by was were have has had been is are said says that with for from as its "
    "their it this who which".split()
)


def content_words(sentence: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", sentence.lower()) if w not in FUNCTION_WORDS and len(w) > 2}


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


def victim_sides(figure: CasualtyFigure, text: str) -> frozenset[str]:
    """The sides the figure's victims are named as: by the words of its own phrase ("12 government
    fighters", "14 rebels") or an "on the X side" in its sentence. Empty when the count names none."""
    own = text[figure.start : figure.end] if text and figure.end > figure.start else figure.number_text
    words = re.findall(r"[\w-]+", f"{own} {figure.group or ''}".lower())
    words += ON_A_SIDE_RE.findall(figure.sentence.lower())
    sides = {SIDE_OF_WORD[w] for w in words if w in SIDE_OF_WORD}
    return frozenset(sides | ({"jihadist"} if re.search(r"\bIS\b", own) else set()))


WEEKDAY_RE = re.compile(r"\b(?:" + "|".join(sorted(WEEKDAY_NAMES)) + r")\b", re.I)


# The side words that name a warring side anywhere in a sentence, attackers included ("Regime air strikes",
# "Rebels shelled"); victims' nouns ("civilians", "troops") and group names a source may bear ("the SDF
# said") are left to `victim_sides`.
ACTOR_SIDE_WORDS = frozenset({
    "government", "regime", "pro-government", "pro-regime", "loyalist", "loyalists", "opposition", "rebel",
    "rebels", "turkish", "russian",
})  # fmt: skip


def sentence_sides(figure: CasualtyFigure) -> frozenset[str]:
    """The sides a figure's sentence names anywhere (attackers and victims alike: `ACTOR_SIDE_WORDS`)."""
    return frozenset(SIDE_OF_WORD[w] for w in re.findall(r"[\w-]+", figure.sentence.lower()) if w in ACTOR_SIDE_WORDS)


def other_sides(later: CasualtyFigure, earlier: CasualtyFigure, text: str) -> bool:
    """Whether two counts are of victims of different sides: by the victims' own words when both name
    theirs, else by the sides the two sentences name, when both name some and share none ("Rebels
    shelled Nubul, killing 12" and "Government warplanes bombed Anadan, killing 12")."""
    own = victim_sides(later, text), victim_sides(earlier, text)
    if own[0] and own[1]:
        return not own[0] & own[1]
    named = sentence_sides(later), sentence_sides(earlier)
    return bool(named[0] and named[1] and not named[0] & named[1])


def same_day(later: CasualtyFigure, earlier: CasualtyFigure) -> bool:
    """Whether two figures may be of one day: the same event date, or one of them unsaid; with no dates
    resolved (no publication date), sentences that name days name one of the same ("on Monday" is not
    "On Tuesday")."""
    if later.event_date is not None and earlier.event_date is not None:
        return later.event_date == earlier.event_date
    days = [{d.lower() for d in WEEKDAY_RE.findall(f.sentence)} for f in (later, earlier)]
    return not (days[0] and days[1] and not days[0] & days[1])


def adds_victims(figure: CasualtyFigure, text: str) -> bool:
    """Whether a count is worded as more victims: "another 11", "a further 11", "11 others", "11 more"."""
    return bool(
        OTHERS_RE.search(text[figure.start : figure.end + 12])
        or ADDED_AFTER_ITS_NUMBER_RE.match(text, figure.start)
        or ADDING_WORDS_RE.search(text[max(0, figure.start - 30) : figure.start])
    )


# A sentence that gives a toll as told before the latest one, wherever it stands in the text: "Earlier, the
# source said that 7 were killed", "The Observatory had earlier reported seven deaths", "an initial toll of 7".
TOLD_EARLIER_RE = re.compile(
    r"^\W*earlier\b|\b(?:had|has|have)\s+(?:earlier|previously|initially)\b"
    r"|\b(?:an?|the)\s+(?:earlier|previous|initial|preliminary)\s+(?:toll|report|count|figure|estimate)s?\b",
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
        and (earlier.sentence_start < update.sentence_start or TOLD_EARLIER_RE.search(earlier.sentence) is not None)
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


def same_place(later: CasualtyFigure, earlier: CasualtyFigure, places: Sequence[PlaceMention] = (), text: str = "") -> bool:
    """Whether a later figure's place may be the earlier one's: the same, unsaid, one name holding the other
    ("Idlib", "Idlib province"), one lying inside the other ("Syria" and "Manbij", "Idlib province" and
    "Khan Sheikhoun": `nested`), or a place inside it that either sentence locates by the other's place
    ("the Jamiliyeh neighbourhood of Aleppo" after "eight killed in Aleppo": `places.locating_places`).
    Not a place whose sentence merely names the other ("in Idlib, 60 km from Aleppo" is Idlib's)."""
    if later.place is None or earlier.place is None:
        return later.place is None
    if later.place == earlier.place or one_name_holds_the_other(later.place, earlier.place):
        return True  # "Idlib" and "Idlib province", "Raqqa" and "Raqqa city"
    if nested(later.place, earlier.place, places):
        return True  # "Syria" and "Manbij", "Idlib province" and "Khan Sheikhoun", "Aleppo" and "Sukkari"
    return located_by(later, earlier.place, places, text) or located_by(earlier, later.place, places, text)


def nested(a: str, b: str, places: Sequence[PlaceMention]) -> bool:
    """Whether one of two places (by their mentions' names) lies inside the other (`places.containment`)."""
    mention = {p.place: p for p in reversed(places)}  # the first mention of each name
    outer, inner = mention.get(a), mention.get(b)
    return outer is not None and inner is not None and (holds(outer, inner) or holds(inner, outer))


def one_name_holds_the_other(a: str, b: str) -> bool:
    a, b = sorted((a.lower(), b.lower()), key=len)
    return re.search(rf"(?<!\w){re.escape(a)}(?!\w)", b) is not None


def located_by(figure: CasualtyFigure, place: str, places: Sequence[PlaceMention], text: str) -> bool:
    """Whether the figure's sentence locates the figure's place by `place` ("the Jamiliyeh neighbourhood of
    Aleppo": Jamiliyeh located by Aleppo)."""
    end = figure.sentence_start + len(figure.sentence)
    inside = [p for p in places if figure.sentence_start <= p.start < end]
    if not text or figure.place not in {p.place for p in inside}:
        return False
    return place in {p.place for p in locating_places(inside, text)}


def printed_again(figure: CasualtyFigure, earlier: CasualtyFigure) -> bool:
    """True when `figure` sits in a later copy of the sentence `earlier` sits in, at the same place."""
    return (
        earlier.sentence_start < figure.sentence_start
        and earlier.start - earlier.sentence_start == figure.start - figure.sentence_start
        and same_count(figure, earlier)
        and SPACE_RE.sub(" ", earlier.sentence.strip().lower())
        == SPACE_RE.sub(" ", figure.sentence.strip().lower())
    )

"""Whether two casualty figures may count the same victims: their counts (the same number, a bound and the
count it holds, a vague word and a count of its size), their victims (kinds and sides), their days and
their places. The predicates `dedupe` links repeats by; pure functions of figures and place mentions."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..date_forms import MONTHS
from ..numbers import number_words
from ..places.containment import governorate_of, holds
from ..places.resolve import seat_regions
from ..records import CasualtyFigure, PlaceMention
from .lexicons import ADDING_WORDS, OTHERS_WORDS, WEEKDAY_NAMES
from .places import locating_places


def same_count(a: CasualtyFigure, b: CasualtyFigure) -> bool:
    return (
        a.number == b.number
        and a.type == b.type
        and (a.number is not None or a.number_text.lower() == b.number_text.lower())
    )


# How far a bounded count reaches: "more than 30" stands for 31 to 36, "nearly 30" for 24 to 29, "about 30"
# for 27 to 33 (a share of the bound, at least BOUND_REACH_MIN). "At least 30" reaches any higher count and
# is no evidence of one toll: only the same number is.
BOUND_REACH = 0.2
BOUND_REACH_MIN = 2


def bounded_count_of(bound: CasualtyFigure, exact: CasualtyFigure) -> bool:
    """ "More than 30 people were killed" and "At least 31 people have been killed", "Nearly 30 fighters"
    and "29 fighters": a count its qualifier bounds ("more than", "nearly", "about", "up to", "less
    than") holding the other's number, of the same type, within BOUND_REACH of the bound."""
    if bound.number is None or exact.number is None or bound.type != exact.type or bound.number == exact.number:
        return False
    reach = max(BOUND_REACH_MIN, round(bound.number * BOUND_REACH))
    low, high = {
        "more than": (bound.number + 1, bound.number + reach),
        "nearly": (bound.number - reach, bound.number - 1),
        "less than": (bound.number - reach, bound.number - 1),
        "up to": (bound.number - reach, bound.number - 1),
        "about": (bound.number - reach // 2, bound.number + reach // 2),
    }.get(bound.qualifier, (None, None))
    return low is not None and low <= exact.number <= high


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


# Groups that name no one in particular: "11 people" may be "the 11 civilians" said again.
GENERIC_GROUPS = frozenset({"people", "persons", "individuals", ""})
# Words right before a count that make it more victims, not the same ones again: "another 11", "a further 11".
# "also" too ("The group also said 11 ..."), and "more" but in "more than 40" (a bound, no addition).
# ("In addition to 14 dead, 30 were wounded": the count after "in addition to" is the one told before.)
ADDING_WORDS_RE = re.compile(
    r"\b(?:" + "|".join(sorted(ADDING_WORDS | {"also"})).replace("more", "more(?! than)") + r")\W*(?:\w+\W+){0,2}$", re.I
)
OTHERS_RE = re.compile(r"\b(?:" + "|".join(sorted(OTHERS_WORDS)) + r")\b", re.I)  # "11 others", "five others were killed"
# "Three other fighters", "12 more civilians", "five additional bodies": more victims, not the same again.
ADDED_AFTER_ITS_NUMBER_RE = re.compile(r"[\w,.-]+\s+(?:other|additional|further|more)\b(?!\s+than)", re.I)
MONTH_NAMES = sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True)
# A later sentence about another time or another incident: "The reports come a day after five others were
# killed", "Hours later, a second explosion killed 16", "In a separate attack, three people were killed",
# "In August 2013, 11 people were killed in a similar raid", "In May, more than 60 were killed" (not "in May 5").
OTHER_TIME_RE = re.compile(
    r"\b(?:a day after|(?:days?|hours?|weeks?|months?|years?) (?:before|earlier|later|after|ago)|the (?:next|following|previous)"
    r" (?:day|week|morning|night)|the previous|earlier (?:this|in the)|last (?:week|month|year)|(?:a|one) (?:week|month|year)"
    r" (?:earlier|later|before|after)|(?:19|20)\d\d|separate|separately|elsewhere|similar|another (?:attack|strike|raid|incident|blast)"
    r"|a second|in a further|later\s+(?:on|in|that)|after\s+nightfall)\b"
    r"|\bin (?:early |late |mid-)?(?:" + "|".join(MONTH_NAMES) + r")\b(?! \d)",  # "In May, 60 were killed"
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


# "Members" of an armed group are its fighters: "eight members of the Hezbollah militia", "12 members of
# the Nusra Front", "members of an armed group"; members of a family, a crew, a rescue group or an aid
# organisation are not.
_ARMED_GROUP_NAMES = r"hezbollah|(?:al-)?nusra|isis|isil|daesh|(?:al-)?qaeda|ahrar|ypg|sdf|fsa|jaish|jabhat"
# "IS" in capitals is the group only right beside "members" ("20 members of IS", "10 IS members"): further
# off it may be a headline's verb or another noun's modifier ("a family who fled IS", "the IS-run ferry").
ARMED_MEMBERS_RE = re.compile(
    r"\W*(?:\w+\W+){0,2}?of\s+(?:(?-i:IS)\b(?!-)|(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,4}?(?:militias?|front|brigades?|battalions?"
    r"|(?:armed|militant|jihadist|rebel|terrorist|extremist|islamist)\s+(?:group|organi[sz]ation|faction|movement)"
    rf"|{_ARMED_GROUP_NAMES})\b)",
    re.I,
)
# The armed group named before its members: "23 Daesh members", "Seven Al-Nusra members", "10 IS members".
ARMED_NAME_MEMBERS_RE = re.compile(rf"\S+\s+(?:[\w'-]+\s+){{0,2}}?(?:{_ARMED_GROUP_NAMES}|(?-i:IS))\s+members\b", re.I)


def figure_kind(figure: CasualtyFigure, text: str) -> str:
    """The kind of victim a figure counts (`victim_kind`), "members" of an armed group read as combatants."""
    kind = victim_kind(figure.group)
    if kind == "members" and text and (
        ARMED_MEMBERS_RE.match(text, figure.end) or ARMED_NAME_MEMBERS_RE.match(text, figure.start)
    ):
        return "combatants"
    return kind


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
    "rebels", "turkish", "russian", "jihadist", "jihadists",
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
    resolved for one or both, sentences that name days name one of the same ("on Monday" is not "On
    Tuesday"; a report's day, "the monitor said Monday", stands for its events' day here)."""
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


# A figure placed by a city it happened near, not in: "an area near Damascus", "outside Aleppo", "east of
# the capital Damascus", "on the outskirts of Homs".
NEAR_A_CITY_RE = r"\b(?:near|outside|around|outskirts\s+of|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+(?:the\s+)?(?:(?:capital|city)\s+(?:of\s+)?)?"


def near_one_another(a: CasualtyFigure, b: CasualtyFigure, places: Sequence[PlaceMention]) -> bool:
    """Whether one figure happened near a city in whose surroundings the other's town lies, either way."""
    return near_a_city_holding(a, b, places) or near_a_city_holding(b, a, places)


def near_a_city_holding(near: CasualtyFigure, town: CasualtyFigure, places: Sequence[PlaceMention]) -> bool:
    """Whether `near` happened near a city ("an area near Damascus": its sentence says so) in whose
    surroundings `town` lies: the governorate the city is the seat of (Damascus: Rif Dimashq) or lies in."""
    if not near.place or not town.place or not re.search(NEAR_A_CITY_RE + re.escape(near.place) + r"\b", near.sentence, re.I):
        return False
    mention = {p.place: p for p in reversed(places)}
    city, inner = mention.get(near.place), mention.get(town.place)
    if city is None or inner is None or city.kind != "city":
        return False
    surroundings = seat_regions().get(city.place_id) or governorate_of(city)
    return surroundings is not None and governorate_of(inner) == surroundings


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


# The means a sentence says killed: two tolls told by different means ("air strikes killed 10 ... rebel
# shells killed 12") are two incidents whatever their counts. Generic words ("attacks", "bombardment",
# "violence") name no means.
MEANS = {
    "air": ("air strike", "air strikes", "airstrike", "airstrikes", "air raid", "air raids", "warplane", "warplanes",
            "jets", "barrel bomb", "barrel bombs", "helicopter", "helicopters", "drone", "drones", "strike", "strikes",
            "raid", "raids"),
    "shelling": ("shell", "shells", "shelling", "mortar", "mortars", "rocket", "rockets", "artillery", "missile", "missiles"),
    "bomb": ("car bomb", "car bombs", "roadside bomb", "roadside bombs", "suicide", "bomber", "bombers", "explosion",
             "explosions", "blast", "blasts", "explosive", "ied", "landmine", "mine"),  # not "bombing": from the air too
    "gunfire": ("sniper", "snipers", "gunfire", "gunmen", "shot", "shooting"),
    "fighting": ("clashes", "fighting", "battles", "ambush", "offensive"),
    "execution": ("executed", "execution", "executions", "beheaded"),
    "disaster": ("earthquake", "quake", "collapse", "collapsed", "flood", "floods", "crash"),  # not "fire": "artillery fire"
}  # fmt: skip
MEANS_RE = {
    kind: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b", re.I)
    for kind, words in MEANS.items()
}


def means_in(text: str) -> frozenset[str]:
    """The kinds of means a text names (`MEANS`): "air", "shelling", "bomb", ..."""
    return frozenset(kind for kind, pattern in MEANS_RE.items() if pattern.search(text))


def means_of(figure: CasualtyFigure) -> frozenset[str]:
    """The kinds of means the figure's sentence names (`means_in`)."""
    return means_in(figure.sentence)


def other_means(a: CasualtyFigure, b: CasualtyFigure) -> bool:
    """Whether two figures' sentences both name means, and none in common ("air strikes" and "shells")."""
    first, second = means_of(a), means_of(b)
    return bool(first and second and not first & second)


def means_within(part: CasualtyFigure, whole: CasualtyFigure) -> bool:
    """Whether a part's means are among its toll's ("air strikes and shelling killed 19 ... shelling killed
    two"), or either names none."""
    first, second = means_of(part), means_of(whole)
    return not first or not second or first <= second

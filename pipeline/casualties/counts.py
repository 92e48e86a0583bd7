"""Number phrases that may be casualty counts: runs of number tokens, what blocks them (dates,
money, ages ...) and the qualifier written before them ("at least", "more than")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..numbers import MAX_FIGURE, is_digits, is_number_word, number_words, parse_number, vague_words
from .ages import age_after_aged, age_bound, age_of_a_person, count_restated_in_brackets, family_size
from .cues import postposed_number_of
from .lexicons import (
    BLOCKING_ENT_LABELS,
    WEEKDAY_NAMES,
    YEAR_RE,
    group_of,
    is_toll_noun,
    lexicon,
    non_casualty_nouns,
    qualifier_phrases,
)
from .ratios import fraction_or_ratio
from .toll_cues import the_casualties_as_subject, toll_read_as_report_object
from .word_order import casualty_verb_type

PART_OF_A_TOLL = "part of a toll"  # a type placeholder, resolved to the toll's type or dropped

TIME_UNITS = frozenset(
    {"minutes", "hours", "days", "weeks", "months", "years", "decades", "hour", "day", "week"}
)


@dataclass(slots=True)
class NumberPhrase:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    text: str
    value: int | None
    vague: bool
    root: Token
    low: int | None = None  # the low end of a range ("from 40 to 50"); value is the high end


# --- number phrases -----------------------------------------------------------------------------

# The dashes that join two numbers ("35-40", "35\u201340", "35\u201440"): the tokenizer splits all three.
NUMBER_DASHES = ("-", "\u2013", "\u2014")


def is_number_token(token: Token) -> bool:
    text = token.text
    if is_digits(text):
        return True
    lower = token.lower_
    if lower in ("m", "mn", "k", "several") or (lower == "scores" and token.pos_ == "VERB"):
        return False
    return is_number_word(lower)


def number_phrases(sent: Span) -> Iterable[NumberPhrase]:
    """Maximal runs of number tokens in a sentence: "1.5 million", "two hundred and fifty", "tens of thousands"."""
    doc = sent.doc
    scales = number_words()["scales"]
    vague = vague_words()
    i = sent.start
    while i < sent.end:
        token = doc[i]
        if not is_number_token(token):
            i += 1
            continue
        start, j = i, i
        if i > sent.start and doc[i - 1].lower_ == "several" and token.lower_ in (vague | set(scales)):
            start = i - 1
        start = a_few_before(doc, i, sent.start, token) if start == i else start
        if i > sent.start and doc[i - 1].lower_ in ("a", "an") and token.lower_ in ("dozen", "hundred", "thousand", "million"):
            start = i - 1  # "about a hundred militants": one hundred; "more than a dozen"
        if (
            i - 3 >= sent.start
            and token.lower_ in scales
            and [t.lower_ for t in doc[i - 3 : i]][1:] == ["of", "a"]
            and doc[i - 3].lower_ in ("half", "quarter", "third")
        ):
            start = i - 3  # "a quarter of a million"
        elif (
            i - 2 >= sent.start
            and (token.lower_ in scales or token.lower_ == "dozen")  # "half a dozen"
            and doc[i - 1].lower_ in ("a", "an")
            and doc[i - 2].lower_ in ("half", "quarter", "third")
        ):
            start = i - 2  # "half a million"
        elif (
            i - 2 >= sent.start
            and token.lower_ in ("dozen", "hundred")
            and [t.lower_ for t in doc[i - 2 : i]] == ["couple", "of"]
        ):
            start = i - 2  # "a couple of dozen"
        while j + 1 < sent.end:
            nxt = doc[j + 1]
            cur = doc[j]
            # "In December 2016 three officers": digits then a plain number word are two numbers; digits
            # join a scale only ("1.5 million", "200 thousand").
            digits_then_word = is_digits(cur.text) and nxt.lower_ not in scales and nxt.lower_ not in vague
            if is_number_token(nxt) and not (is_digits(nxt.text) and is_digits(cur.text)) and not digits_then_word:
                j += 1
            elif (
                re.fullmatch(r"\d{1,3}", cur.text)
                and re.fullmatch(r"\d{3}", nxt.text)
                and cur.whitespace_ == " "
            ):
                j += 1  # "200 000": a space as thousands separator
            elif nxt.lower_ in ("m", "mn", "k") and is_digits(cur.text):
                j += 1
            elif (
                (
                    nxt.text in NUMBER_DASHES
                    and not cur.whitespace_
                    and j + 2 < sent.end
                    and is_number_word(cur.lower_)
                    and is_number_word(doc[j + 2].lower_)
                )
                or (
                    nxt.lower_ == "and"
                    and cur.lower_ in scales
                    and j + 2 < sent.end
                    and is_number_word(doc[j + 2].lower_)
                )
                or (
                    nxt.lower_ == "of"
                    and cur.lower_ in vague
                    and j + 2 < sent.end
                    and doc[j + 2].lower_ in vague
                )
            ):
                j += 2
            else:
                break
        span = doc[start : j + 1]
        parsed = parse_number(span.text)
        if parsed is not None:
            inside = range(start, j + 1)
            roots = [t for t in span if t.head.i not in inside or t.head.i == t.i]
            root = roots[-1] if roots else span[-1]
            yield NumberPhrase(start, j + 1, span.text, parsed.value, parsed.vague, root)
        i = j + 1


def a_few_before(doc: Doc, i: int, sent_start: int, token: Token) -> int:
    """Where a number phrase starts that "a few" or "few" opens before a scale or "dozen" ("A few dozen
    fighters", "a few hundred people"): a vague amount, as "several dozen" is, not "dozen" = 12."""
    if token.lower_ not in ("dozen", "hundred", "thousand", "million") or i <= sent_start or doc[i - 1].lower_ != "few":
        return i
    return i - 2 if i - 2 >= sent_start and doc[i - 2].lower_ in ("a", "an") else i - 1


# --- filters ------------------------------------------------------------------------------------


def blocked_by_context(phrase: NumberPhrase, doc: Doc) -> bool:
    """True for numbers that are dates, times, ages, money, ids ... whatever noun follows."""
    first, last = doc[phrase.start], doc[phrase.end - 1]
    fraction = first.lower_ in ("half", "quarter", "third")  # "a quarter of a million": NER calls it a date
    if (
        ((first.ent_type_ in BLOCKING_ENT_LABELS and not fraction) or last.ent_type_ in BLOCKING_ENT_LABELS)
        and not count_after_weekday(phrase, doc)
        and not count_after_casualty_verb(phrase, doc)
        and not count_before_cue(phrase, doc)
        and not toll_after_rise(phrase, doc)
        and not value_of_a_copular_toll(phrase, doc)
        and not count_of_people(phrase, doc)
        and not vague_object_of_casualty_verb(phrase)
    ):
        return True
    if (
        age_bound(phrase, doc)
        or family_size(phrase, doc)
        or age_of_a_person(phrase, doc)
        or age_after_aged(phrase, doc)
        or count_restated_in_brackets(phrase, doc)
    ):
        return True
    if fraction_or_ratio(phrase.root):
        return True  # "Two-thirds of those killed", "One in five of the dead": parts of a whole, no count
    lex = lexicon("non_casualty_nouns")
    if phrase.start > 0:
        before = doc[phrase.start - 1]
        after_word = doc[phrase.end].lower_ if phrase.end < len(doc) else ""
        # "the past 24 hours" is a span of time; "the toll rose past 90" is a toll.
        toll_past = before.lower_ == "past" and after_word not in TIME_UNITS
        if before.lower_ in lex["designating_nouns"] and is_digits(first.text):
            return True  # "Brigade 93 Soldiers Killed": the digits name the unit ("Brigade Seventeen" may count)
        if (before.lower_ in lex["preceding_blockers"] and not toll_past) or before.text in (
            "$",
            "#",
            "\u00a3",
            "\u20ac",
        ):
            return True
        if before.text in (":", "/") and not before.whitespace_:
            return True  # "10:13", "3/4"; a heading's colon and a space open a clause ("Sources: Five civilians ...")
    if phrase.end < len(doc):
        after = doc[phrase.end]
        # "at 10 local time" is a time; "seven local loggers", "three local journalists" are people.
        local_people = after.lower_ == "local" and (
            phrase.end + 1 >= len(doc) or doc[phrase.end + 1].lower_ != "time"
        )
        if (after.lower_ in lex["unit_suffixes"] and not local_people) or after.text in ("/", "%"):
            return True
        if after.text == ":" and not credit_colon_after_an_object(phrase, doc):
            return True
        if is_digits(last.text) and after.lower_.rstrip(".") in lex["month_names"]:  # "12 June 2016"
            return True
    if (
        phrase.start > 0
        and is_digits(first.text)
        and doc[phrase.start - 1].lower_.rstrip(".") in lex["month_names"]
    ):
        return True  # "June 12", "Nov. 4"
    if phrase.end < len(doc):
        after = doc[phrase.end]
        if (
            after.text in NUMBER_DASHES
            and phrase.end + 1 < len(doc)
            and doc[phrase.end + 1].lower_ in ("year", "years", "month", "day", "hour", "km")
        ):
            return True
    if re.search(r"\d[:/]\d|\d-\d", first.text + last.text):
        return True
    # Numeric dates and times split by the tokenizer: "14-05-2016", "28.04.2017", "10:13".
    for side, neighbour in ((phrase.start - 1, phrase.start - 2), (phrase.end, phrase.end + 1)):
        if 0 <= neighbour < len(doc) and 0 <= side < len(doc) and doc[side].text in (*NUMBER_DASHES, "/", ".", ":"):
            glued = doc[side].whitespace_ == "" if side >= phrase.end else doc[neighbour].whitespace_ == ""
            if glued and doc[neighbour].text[:1].isdigit() and is_digits(first.text):
                return True
    if phrase.value is not None and phrase.value > MAX_DISPLACED:
        return True  # above MAX_FIGURE only a displacement count passes (`beyond_toll_scale`)
    # Bare four-digit years ("since 2011", "in 2016") are never tolls; "2,000" has its comma.
    return phrase.end - phrase.start == 1 and bool(YEAR_RE.fullmatch(first.text))


def credit_colon_after_an_object(phrase, doc: Doc) -> bool:
    """ "Clashes in Sweida kill 89: monitor", "Toll climbs to 70: rescuers": a headline's count as the
    object of its verb or preposition, then a colon, a space and the source it credits. A colon after a
    number elsewhere ("Resolution 2254: ...", "Day 3: ...") numbers a thing. A qualifier of the count
    ("kills at least 58: Observatory") stands between the verb and the count; the verb may be tagged a noun
    after a place ("Airstrikes in Idlib kill 58: Observatory")."""
    colon = doc[phrase.end]
    before = phrase.start - 1
    while before >= 0 and doc[before].dep_ in ("advmod", "quantmod", "amod") and phrase.root.is_ancestor(doc[before]):
        before -= 1
    return (
        before >= 0
        and (doc[before].pos_ in ("VERB", "ADP") or verb_read_as_a_noun(doc[before]))
        and bool(colon.whitespace_)
        and phrase.end + 1 < len(doc)
        and doc[phrase.end + 1].is_alpha
    )


def verb_read_as_a_noun(word: Token) -> bool:
    """ "Airstrikes in Idlib kill 58": a headline's verb of harm the tagger read as a noun; not a noun with
    its article ("the kill")."""
    return casualty_verb_type(word) is not None and not any(c.dep_ in ("det", "poss") for c in word.children)


TIME_UNIT_LEMMAS = frozenset({"second", "minute", "hour", "day", "night", "week", "month", "year", "decade"})


def counts_a_duration(phrase: NumberPhrase) -> bool:
    """ "freed 137 of them two weeks later", "held for three months": a number that counts units of
    time measures how long, never how many people, wherever it stands (after "of them" too)."""
    root = phrase.root
    return root.dep_ == "nummod" and root.head.lemma_.lower() in TIME_UNIT_LEMMAS


DAY_WORDS = frozenset({"yesterday", "today"})  # days named by their distance, as NER runs into a count too


def count_after_weekday(phrase: NumberPhrase, doc: Doc) -> bool:
    """True for "Wednesday 22 Daesh fighters were killed": with the comma lost, NER reads "Wednesday 22"
    as a date, but a victim noun (not a month) or "of them" / "of whom" follows the number."""
    day = doc[phrase.start - 1].lower_ if phrase.start else ""
    if day not in WEEKDAY_NAMES | DAY_WORDS:
        return False
    months = lexicon("non_casualty_nouns")["month_names"]
    following = doc[phrase.end : phrase.end + 3]
    if not following or following[0].lower_.rstrip(".") in months or following[0].like_num:
        return False
    if len(following) > 1 and following[0].lower_ == "of" and following[1].lower_ in ("them", "whom"):
        return True  # "killed on Saturday 12 of whom were children": a part, which no date is
    # "yesterday" only before "of them": "Since yesterday 12 of the wounded have died" is read elsewhere
    return day in WEEKDAY_NAMES and any(group_of(t) for t in following)


def count_after_casualty_verb(phrase: NumberPhrase, doc: Doc) -> bool:
    """True for "Bomb Kills 18 in Exampleton": a headline's title case makes NER read "Kills 18" as a
    date, but a bare number right after a verb of killing or wounding is what it harmed. Not before a
    month or a unit of time ("killed 18 March"), and not after a noun ("the Killed 18 list")."""
    if phrase.start == 0 or not (is_digits(doc[phrase.start].text) or doc[phrase.start].like_num):
        return False  # also a word: "wounded seven overnight", "Strike Kills Five", which NER reads as a time
    start = start_of_its_qualifier(phrase, doc)  # "Car Bomb Kills over 50": past the qualifier
    if start == 0:
        return False
    verb = doc[start - 1]
    months = lexicon("non_casualty_nouns")["month_names"]
    after = doc[phrase.end].lower_.rstrip(".") if phrase.end < len(doc) else ""
    if after in months or after in TIME_UNITS or f"{after}s" in TIME_UNITS:
        return False  # "Detained 1 Month", "Besieged 1 Year"
    # a verb's inflected form, which title case tags as a name ("Kills", "Wounds")
    return (
        casualty_verb_type(verb) is not None
        and verb.pos_ in ("VERB", "PROPN")
        and not (start > 1 and doc[start - 2].lower_ == "the")
    )


def start_of_its_qualifier(phrase: NumberPhrase, doc: Doc) -> int:
    """Index of the first word of the qualifier just before a count ("over" in "over 50", "at" in "at
    least 12"), or the count's own start when none stands there."""
    words = [t.lower_ for t in doc[max(0, phrase.start - 4) : phrase.start]]
    for phrase_words, _ in qualifier_phrases():
        parts = phrase_words.split()
        if words[-len(parts) :] == parts:
            return phrase.start - len(parts)
    return phrase.start


# Words between a rising toll's verb and its value.
RISE_QUALIFIERS = frozenset({"past", "above", "beyond", "to", "over", "nearly", "almost", "about", "around", "some"})
RISE_QUALIFIER_REACH = 3
RISE_VERB_REACH = 4  # steps up the parse from a toll's new value to its verb ("rose from 40 to 70")
RISE_LEMMAS = frozenset({
    "rise", "climb", "jump", "soar", "pass", "go", "reach", "hit", "top", "exceed", "surpass", "increase",
    "double", "triple", "mount", "surge", "grow",
})  # fmt: skip


def toll_after_rise(phrase: NumberPhrase, doc: Doc) -> bool:
    """True for "the toll rose past 90", "the death toll reached 330 overnight", "put the toll at 16
    earlier": NER reads "past 90", "330 overnight" or "16 earlier" as a date, time or quantity, but a
    rising toll, or a toll put at a value, precedes it."""
    if phrase.start < 2:
        return False
    i = phrase.start - 1
    while i > 0 and phrase.start - i <= RISE_QUALIFIER_REACH and doc[i].lower_ in RISE_QUALIFIERS:
        i -= 1  # "rose to over 90", "reached nearly 300", "climbed past 90"
    verb = doc[i]
    if verb.lemma_.lower() in RISE_LEMMAS and (has_toll_subject(verb) or postposed_number_of(verb)):
        return True  # "It rose to 54, the number of people who were killed": the toll spelled out after
    # "climbed from 40 to 70", "rose sharply from 40 on Saturday to 70": the verb the value's phrase hangs on
    above = next((t for t in list(doc[phrase.end - 1].ancestors)[:RISE_VERB_REACH] if t.pos_ in ("VERB", "AUX")), None)
    if above is not None and above.lemma_.lower() in RISE_LEMMAS and has_toll_subject(above):
        return True
    # "Kurdish police put the death toll at 16 earlier": "at" of a verb whose object is a toll
    at = doc[phrase.start - 1]
    if at.lower_ == "at" and at.dep_ == "prep" and has_toll_subject(at.head, deps=("dobj",)):
        return True
    # "Death Toll From Shelling ... Climbs to 70": a title-case headline's verb read as a name, the
    # value hung on the toll noun itself
    return any(t.lower_ in ("to", "past") and is_toll_noun(t.head) for t in doc[i + 1 : phrase.start])


def has_toll_subject(verb: Token, deps: tuple[str, ...] = ("nsubj", "nsubjpass")) -> bool:
    """Whether a verb's subject (or other `deps`) is a toll ("the death toll rose", "the toll was 45"), a
    number of people ("the number of abductees was 36": what it counts, the cues decide) or the
    casualties named by their harm ("put the dead at 40 and the injured at 120"), also when the parse
    took it for the object of the report before the verb (toll_cues.toll_read_as_report_object)."""
    if "nsubj" in deps and toll_read_as_report_object(verb) is not None:
        return True
    return any(
        c.dep_ in deps
        and (
            is_toll_noun(c)
            or (c.lemma_.lower() == "number" and any(p.lower_ == "of" for p in c.children))
            or the_casualties_as_subject(c) is not None
        )
        for c in verb.children
    )


def value_of_a_copular_toll(phrase: NumberPhrase, doc: Doc) -> bool:
    """True for "the death toll from the strikes was 45", "the toll could be over 50", "the toll now
    stands at 40, according to ...", "put the death toll at 40 and ...", "raised the toll since Monday to 86": NER reads a bare number ending a
    clause as a date, but it completes "be" or "stand at" after a toll, or "to" after a toll object."""
    number = doc[phrase.end - 1]
    while number.dep_ in ("conj", "prep") and number.head.like_num and number.head.i < number.i:
        number = number.head  # "at between 35 and 40", "at 35-40": a range hangs its high end on its low one
    if phrase.low is not None and number.dep_ not in ("pobj", "attr"):
        number = doc[phrase.start]  # "stood at 35\u201340": the parse left the high bound loose
    verb = number.head
    if number.dep_ == "pobj" and verb.dep_ == "prep":
        preposition, verb = verb, verb.head  # "could be over 50", "stands at 40"
        if verb.lemma_.lower() == "stand" and preposition.lower_ == "at":
            return has_toll_subject(verb)
        if verb.lemma_.lower() == "put" and preposition.lower_ == "at":
            # "put the number of dead at 40 and the wounded at 120", "the toll was put at 35"
            return has_toll_subject(verb, ("dobj", "nsubjpass"))
        if preposition.lower_ == "to":
            # "raised the death toll since Monday to 86", "... since the beginning of the year to 86": NER runs
            # the time phrase and the value into one date, and the parse may hang "to" inside that phrase
            while verb.pos_ in ("NOUN", "PROPN", "ADP", "DET") and verb.head.i != verb.i:
                verb = verb.head
            return any(
                c.dep_ == "dobj" and c.i < preposition.i and is_toll_noun(c)
                for c in verb.children
            )
    elif number.dep_ != "attr":
        return False
    return verb.lemma_.lower() == "be" and has_toll_subject(verb)


def count_of_people(phrase: NumberPhrase, doc: Doc) -> bool:
    """True for "between 20 and 30 people", "20 to 30 civilians": a number NER read as a date or an
    age range, followed at once by a noun of people (data/lexicons/casualty_victim_groups.json)."""
    # "Five Civilians Killed": in a title-case headline NER takes the count into a name, and the
    # noun, tagged a name, keeps its plural: group_of tries the singular.
    return phrase.end < len(doc) and group_of(doc[phrase.end]) is not None


def count_before_cue(phrase: NumberPhrase, doc: Doc) -> bool:
    """True for "killed and 1407 injured", "1300 killed in ...": a bare number NER reads as a date, with a
    casualty word right after it; one shaped as a year of the news (1900-2099) only in a pair of tolls."""
    digits = doc[phrase.start : phrase.end]
    # "10 million displaced": a number and its scale word, which NER may read as money
    scaled = all(t.lower_ in number_words()["scales"] for t in digits[1:])
    if not scaled or not is_digits(digits[0].text) or phrase.end >= len(doc):
        return False
    words = lexicon("types")["words"]
    if doc[phrase.end].lower_ not in words:
        return False
    if not YEAR_RE.fullmatch(doc[phrase.start].text):
        return True  # "Opposition: 1300 killed in ...": no year of the news, right before its cue
    # A year-shaped one only in a pair of tolls: "... were killed and 1907 injured"
    return phrase.start >= 2 and doc[phrase.start - 1].lower_ == "and" and doc[phrase.start - 2].lower_ in words


# Syria's pre-war population was about 22 million and some 13 million fled their homes: a count of the
# displaced may pass MAX_FIGURE, no toll of any other kind does.
MAX_DISPLACED = 25_000_000


def beyond_toll_scale(value: int | None, kind: str | None) -> bool:
    """True for a count above MAX_FIGURE of anything but the displaced ("displaced 12 million people"
    is a figure, "11 million killed" a misread)."""
    return value is not None and value > MAX_FIGURE and kind != "displaced"


def vague_object_of_casualty_verb(phrase: NumberPhrase) -> bool:
    """True for "strikes have killed dozens this week": NER folds a vague count into the time after it
    ("dozens this week" as a date), but the word is a casualty verb's object. A number ("killed 20
    this week") keeps its own entity, and "dozens of times" has no casualty verb."""
    root = phrase.root
    return (
        phrase.vague
        and root.dep_ == "dobj"
        and lexicon("types")["verbs"].get(root.head.lemma_.lower()) in ("killed", "wounded")
    )


def is_non_casualty_noun(token: Token) -> bool:
    nouns = non_casualty_nouns()
    return token.lemma_.lower() in nouns or token.lower_ in nouns or token.lower_.rstrip("s") in nouns


def qualifier(phrase: NumberPhrase, doc: Doc) -> str:
    if phrase.vague:
        return "vague"
    if doc[phrase.start].lower_ == "couple" and phrase.value is not None and phrase.value > 2:
        return "about"  # "a couple of dozen" is some two dozen, no exact count
    start = phrase.start
    if doc[start].lower_ in ("half", "quarter", "third") and start > 0 and doc[start - 1].lower_ == "a":
        start -= 1  # "more than a quarter of a million": the qualifier sits before the article
    window = doc[max(0, start - 4) : start]
    # Token by token as well as by text: a quote mark glued to the qualifier ('"At least 27') hides it.
    readings = (" ".join(window.text.lower().split()), " ".join(t.lower_ for t in window if not t.is_punct))
    for words, label in qualifier_phrases():
        if any(before == words or before.endswith(" " + words) for before in readings):
            return label
    after = doc[phrase.end : phrase.end + 2].text.lower()
    for words, label in lexicon("qualifiers")["after"].items():
        if after.startswith(words):
            return label
    if passed_the_count(doc[phrase.end - 1]):
        return "more than"
    return "exact"


# Verbs of going beyond a count: "the toll passed 5,000", "topped 100", "exceeded", "surpassed".
PASSING_VERBS = frozenset({"pass", "top", "exceed", "surpass", "cross", "overtake"})
PASSING_PREPOSITIONS = frozenset({"past", "beyond"})  # "the toll climbed past 20,000"


def passed_the_count(number: Token) -> bool:
    """Whether the count is what a toll went beyond ("passed 5,000", "climbed past 20,000"): the count
    is then a lower bound, "more than"."""
    head = number.head if number.dep_ in ("nummod", "compound", "quantmod") else number
    if head.dep_ == "dobj" and head.head.lemma_.lower() in PASSING_VERBS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ in PASSING_PREPOSITIONS

"""Casualty figures: every toll an article reports, with its type, victims, source, place and date.

A number becomes a figure only when a casualty cue governs it: the verb it is an argument of
("20 were killed", "killing 15"), a participle or adjective right after it ("165 wounded",
"250,000 civilians trapped"), or a casualty noun it counts ("the deaths of hundreds", "the death toll
rose to 112"). Everything is read from the parse spaCy already made; lexicons are data files.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from .event_dates import event_date, in_war_total, is_cumulative
from .numbers import MAX_FIGURE, is_digits, is_number_word, number_words, parse_number, vague_words
from .paths import LEXICON_DIR
from .records import CasualtyFigure, EntityMention, PlaceMention

log = logging.getLogger(__name__)

# spaCy entity labels under which a number is a date, a time, money, a name ... never a toll.
BLOCKING_ENT_LABELS = frozenset(
    {
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "ORDINAL",
        "ORG",
        "GPE",
        "FAC",
        "LOC",
        "LAW",
        "PRODUCT",
        "WORK_OF_ART",
        "EVENT",
        "ARMED_GROUP",
    }
)
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "obj", "csubj", "nmod"})
SUBCOUNT_PREPS = frozenset({"including", "among", "incl", "includes", "include"})
# Words that may sit between a figure and its cue: "20 were killed", "dozens more wounded",
# "hundreds of men who have gone missing", "5 people reportedly killed".
LINEAR_SKIP = frozenset(
    {
        "more",
        "other",
        "others",
        "were",
        "was",
        "have",
        "has",
        "had",
        "been",
        "being",
        "are",
        "is",
        "be",
        "who",
        "reportedly",
        "also",
        "all",
        "later",
        "gone",
        "went",
        "go",
        "found",
        "reported",
        "confirmed",
        "left",
        "lay",
        "allegedly",
        "feared",
        "believed",
        "said",
        "either",
        "critically",
        "seriously",
        "severely",
        "slightly",
        "lightly",
        "fatally",
        "badly",
        "now",
        "already",
        "people",
        "persons",
        "then",
        "shot",
        "got",
        "get",
    }
)
PRONOUNS = frozenset({"them", "whom", "those", "these"})
WEEKDAY_NAMES = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
DETERMINER_RE = re.compile(r"^(?:the|a|an|its|their|his|her|local|some)\s+", re.I)


@functools.cache
def lexicon(name: str) -> dict:
    """One casualty lexicon (data/lexicons/casualty_<name>.json), read once per process."""
    return json.loads((LEXICON_DIR / f"casualty_{name}.json").read_text(encoding="utf-8"))


@functools.cache
def non_casualty_nouns() -> frozenset[str]:
    return frozenset(lexicon("non_casualty_nouns")["nouns"])


@functools.cache
def qualifier_phrases() -> tuple[tuple[str, str], ...]:
    """Qualifiers before a figure, longest first so "no fewer than" beats "than"."""
    before = lexicon("qualifiers")["before"]
    return tuple(sorted(before.items(), key=lambda kv: -len(kv[0])))


@dataclass(slots=True)
class NumberPhrase:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    text: str
    value: int | None
    vague: bool
    root: Token


@dataclass(slots=True)
class Candidate:
    phrase: NumberPhrase
    victim: Token | None
    type: str | None
    group: str
    updates_earlier: bool
    anchor: Token  # the token whose ancestors decide the source (phrase root or victim)
    parent_token: Token | None = None  # victim/root of the figure this is a sub-count of


# --- number phrases -----------------------------------------------------------------------------


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
        if (
            i - 3 >= sent.start
            and token.lower_ in scales
            and [t.lower_ for t in doc[i - 3 : i]][1:] == ["of", "a"]
            and doc[i - 3].lower_ in ("half", "quarter", "third")
        ):
            start = i - 3  # "a quarter of a million"
        while j + 1 < sent.end:
            nxt = doc[j + 1]
            cur = doc[j]
            if is_number_token(nxt) and not (is_digits(nxt.text) and is_digits(cur.text)):
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
                    nxt.text in ("-", "\u2013")
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


# --- filters ------------------------------------------------------------------------------------


def blocked_by_context(phrase: NumberPhrase, doc: Doc) -> bool:
    """True for numbers that are dates, times, ages, money, ids ... whatever noun follows."""
    first, last = doc[phrase.start], doc[phrase.end - 1]
    fraction = first.lower_ in ("half", "quarter", "third")  # "a quarter of a million": NER calls it a date
    if (
        (first.ent_type_ in BLOCKING_ENT_LABELS and not fraction) or last.ent_type_ in BLOCKING_ENT_LABELS
    ) and not count_after_weekday(phrase, doc):
        return True
    lex = lexicon("non_casualty_nouns")
    if phrase.start > 0:
        before = doc[phrase.start - 1]
        if before.lower_ in lex["preceding_blockers"] or before.text in (
            "$",
            "#",
            "\u00a3",
            "\u20ac",
            ":",
            "/",
        ):
            return True
    if phrase.end < len(doc):
        after = doc[phrase.end]
        if after.lower_ in lex["unit_suffixes"] or after.text in (":", "/", "%"):
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
            after.text in ("-", "\u2013")
            and phrase.end + 1 < len(doc)
            and doc[phrase.end + 1].lower_ in ("year", "years", "month", "day", "hour", "km")
        ):
            return True
    if re.search(r"\d[:/]\d|\d-\d", first.text + last.text):
        return True
    # Numeric dates and times split by the tokenizer: "14-05-2016", "28.04.2017", "10:13".
    for side, neighbour in ((phrase.start - 1, phrase.start - 2), (phrase.end, phrase.end + 1)):
        if 0 <= neighbour < len(doc) and 0 <= side < len(doc) and doc[side].text in ("-", "/", ".", ":"):
            glued = doc[side].whitespace_ == "" if side >= phrase.end else doc[neighbour].whitespace_ == ""
            if glued and doc[neighbour].text[:1].isdigit() and is_digits(first.text):
                return True
    if phrase.value is not None and phrase.value > MAX_FIGURE:
        return True
    # Bare four-digit years ("since 2011", "in 2016") are never tolls; "2,000" has its comma.
    return phrase.end - phrase.start == 1 and bool(re.fullmatch(r"(?:19|20)\d\d", first.text))


def count_after_weekday(phrase: NumberPhrase, doc: Doc) -> bool:
    """True for "Wednesday 22 Daesh fighters were killed": with the comma lost, NER reads "Wednesday 22"
    as a date, but a victim noun (not a month) follows the number."""
    if phrase.start == 0 or doc[phrase.start - 1].lower_ not in WEEKDAY_NAMES:
        return False
    months = lexicon("non_casualty_nouns")["month_names"]
    following = doc[phrase.end : phrase.end + 3]
    if not following or following[0].lower_.rstrip(".") in months or following[0].like_num:
        return False
    return any(group_of(t) for t in following)


def is_non_casualty_noun(token: Token) -> bool:
    nouns = non_casualty_nouns()
    return token.lemma_.lower() in nouns or token.lower_ in nouns or token.lower_.rstrip("s") in nouns


# --- victims, cues ------------------------------------------------------------------------------


def victim_noun(phrase: NumberPhrase, doc: Doc) -> Token | None:
    """The noun the figure counts ("civilians" in "409 civilians", "people" in "tens of people")."""
    root = phrase.root
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= phrase.end:
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "VERB"):
                return objects[0]
    head = root.head
    if (
        root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod", "det")
        and head.i >= phrase.end
        and head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")
        and head.ent_type_ not in ("DATE", "TIME")
    ):
        return head
    # Parse slips ("165 wounded Friday"): a noun or casualty word right after the figure.
    if phrase.end < len(doc):
        nxt = doc[phrase.end]
        if nxt.dep_ == "compound" and nxt.head.i > nxt.i and nxt.head.i - phrase.end <= 3:
            nxt = nxt.head  # "22 Daesh fighters"
        if (
            nxt.pos_ in ("NOUN", "PROPN")
            and nxt.ent_type_ not in ("DATE", "TIME")
            and (group_of(nxt) or is_non_casualty_noun(nxt))
        ):
            return nxt
    return None


def group_of(token: Token) -> str | None:
    groups = lexicon("victim_groups")
    lower = token.lower_
    # Title-case headlines ("Kills 30 ISIL Terrorists") tag the noun as a name, whose lemma keeps
    # the plural: try the plain singular forms too.
    singulars = (lower[:-3] + "y", lower[:-2], lower[:-1]) if lower.endswith("s") else ()
    for key in (token.lemma_.lower(), lower, *singulars):
        if key in groups and not key.startswith("_"):
            return groups[key]
    return None


def word_cue(token: Token) -> str | None:
    """Casualty type of a word as written ("killed", "dead", "wounded") or of its verb lemma."""
    types = lexicon("types")
    if token.lower_ in types["words"]:
        return types["words"][token.lower_]
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        return types["verbs"].get(token.lemma_.lower())
    return None


def verb_cue(verb: Token) -> tuple[str | None, bool]:
    """(type, updates_earlier) of a verb that has the figure as an argument."""
    types = lexicon("types")
    lemma = verb.lemma_.lower()
    if lemma in types["verbs"] and verb.pos_ in ("VERB", "AUX", "ADJ"):
        return types["verbs"][lemma], False
    if lemma in types["human_object_verbs"] and any(
        c.dep_ in ("dobj", "nsubjpass") and group_of(c) for c in verb.children
    ):
        return types["human_object_verbs"][lemma], False
    if verb.lower_ in types["words"] and verb.pos_ in ("VERB", "ADJ"):
        return types["words"][verb.lower_], False
    for child in verb.children:
        # "are believed to have been killed", "were reported killed"
        if child.dep_ in ("xcomp", "ccomp", "oprd") and child.i > verb.i and child.pos_ in ("VERB", "ADJ"):
            inner = types["verbs"].get(child.lemma_.lower()) or types["words"].get(child.lower_)
            if inner and lemma in (
                "believe",
                "fear",
                "report",
                "say",
                "think",
                "confirm",
                "estimate",
                "understand",
                "know",
                "expect",
                "presume",
            ):
                return inner, False
        # "lost their lives", "left 20 dead", "were found dead", "are dead"
        if child.lower_ in ("lives", "life") and lemma in types["lives_verbs"]:
            return "killed", False
        if (
            child.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advcl")
            and child.lower_ in types["words"]
            and lemma
            in ("leave", "be", "find", "remain", "go", "lie", "report", "confirm", "declare", "pronounce")
        ):
            return types["words"][child.lower_], False
    return None, False


def number_of_casualties(noun: Token) -> str | None:
    """Type of "the number of injured/dead" (a toll spelled out), else None."""
    if noun.lemma_.lower() not in ("number", "tally", "count", "figure"):
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                kind = lexicon("types")["words"].get(obj.lower_)
                if kind:
                    return kind
    return None


def toll_cue(verb: Token) -> tuple[str | None, bool]:
    """Type from a toll that is the subject (or object) of `verb` ("the death toll rose to 112",
    "putting the death toll at six")."""
    types = lexicon("types")
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass", "dobj") and child.lemma_.lower() in types["toll_nouns"]:
            kind = types["toll_nouns"][child.lemma_.lower()]
            for mod in child.children:
                if mod.lower_ in types["toll_modifiers"] or mod.lemma_.lower() in types["toll_modifiers"]:
                    kind = types["toll_modifiers"].get(
                        mod.lower_, types["toll_modifiers"].get(mod.lemma_.lower())
                    )
            updates = (
                verb.lower_ in types["update_cues"]
                or verb.lemma_.lower() in types["update_cues"]
                or any(m.lower_ == "new" for m in child.children)
            )
            return kind, updates
    return None, False


def governing_cue(start: Token, phrase: NumberPhrase) -> tuple[str | None, bool, Token | None]:
    """(type, updates_earlier, parent) from the head chain: verbs the figure is an argument of, casualty
    nouns it counts, tolls it is the value of. `parent` is the counted noun of an enclosing figure when
    the chain passes through "including"/"among"."""
    types = lexicon("types")
    cur, parent = start, None
    for _ in range(6):
        head = cur.head
        if head is cur:
            return None, False, parent
        dep = cur.dep_
        if (
            head.lemma_.lower() in types["toll_nouns"]
            and head.pos_ in ("NOUN", "PROPN")
            and dep in ("npadvmod", "appos", "nummod", "attr")
        ):
            kind, _ = toll_cue_from_noun(head)
            return kind, any(t.lower_ == "new" for t in head.children), parent
        if dep in ("conj", "appos"):
            cur = head
            continue
        if dep == "pobj" and head.lower_ in SUBCOUNT_PREPS | {"of"}:
            if head.lower_ in SUBCOUNT_PREPS and parent is None:
                parent = head.head
            cur = head.head
            lower = cur.lower_
            if lower in types["words"] and cur.pos_ in ("NOUN", "ADJ", "VERB"):
                return types["words"][lower], False, parent
            if lower in ("lives", "life") and cur.head.lemma_.lower() in types["lives_verbs"]:
                return "killed", False, parent
            if cur.lemma_.lower() in types["toll_nouns"]:
                kind, _ = toll_cue_from_noun(cur)
                return kind, any(t.lower_ == "new" for t in cur.children), parent
            continue
        if dep == "prep" and head.lower_ in SUBCOUNT_PREPS:
            cur = head
            continue
        if (
            dep == "pobj"
            and head.lower_ in ("to", "at", "of", "from")
            and head.head.pos_ in ("VERB", "AUX", "NOUN")
        ):
            holder = head.head
            counted = number_of_casualties(holder)
            if counted:
                return counted, False, parent
            if holder.pos_ == "NOUN" and holder.lemma_.lower() in types["toll_nouns"]:
                kind, _ = toll_cue_from_noun(holder)
                return (
                    kind,
                    holder.head.lower_ in types["update_cues"]
                    or any(t.lower_ == "new" for t in holder.children),
                    parent,
                )
            kind, updates = toll_cue(holder)
            return kind, updates, parent
        if dep in ARGUMENT_DEPS and head.pos_ in ("VERB", "AUX", "ADJ"):
            kind, updates = verb_cue(head)
            human_verbs = types["human_object_verbs"]
            if (
                kind is None
                and head.lemma_.lower() in human_verbs
                and group_of(start)
                and dep in ("dobj", "nsubjpass")
            ):
                kind = human_verbs[head.lemma_.lower()]
            if kind is None:
                kind, updates = toll_cue(head)
            if (
                kind is None
                and head.dep_ in ("xcomp", "ccomp", "conj")
                and head.lemma_.lower() in ("be", "remain")
            ):
                kind, updates = verb_cue(head.head)
            # Parse slip: "massacred 250 troops taken hostage" read as a clause whose subject is the figure.
            if kind is None and dep == "nsubj" and head.dep_ in ("ccomp", "xcomp") and head.head.i < cur.i:
                kind, updates = verb_cue(head.head)
            return kind, updates, parent
        if dep in ("nsubj", "nsubjpass") and head.pos_ == "NOUN" and head.lower_ in types["words"]:
            return types["words"][head.lower_], False, parent
        return None, False, parent
    return None, False, parent


def toll_cue_from_noun(toll: Token) -> tuple[str, bool]:
    types = lexicon("types")
    kind = types["toll_nouns"][toll.lemma_.lower()]
    for mod in toll.children:
        key = mod.lower_ if mod.lower_ in types["toll_modifiers"] else mod.lemma_.lower()
        if key in types["toll_modifiers"]:
            kind = types["toll_modifiers"][key]
    return kind, False


def child_cue(token: Token) -> str | None:
    """Type from a participle or relative clause on the counted noun ("civilians trapped", "people who died")."""
    for child in token.children:
        if child.dep_ in ("acl", "amod", "relcl", "advcl") and child.i > token.i:
            kind = word_cue(child)
            if kind is None and child.dep_ in ("relcl", "acl"):
                kind, _ = verb_cue(child)
            if kind:
                return kind
    return None


def linear_cue(doc: Doc, after: int, limit: int) -> str | None:
    """Type from the first contentful word after the figure ("20 were killed", "dozens more wounded")."""
    for steps, token in enumerate(doc[after : min(len(doc), limit)]):
        if steps > 4 or token.is_punct:
            return None
        kind = word_cue(token)
        if kind:
            return kind
        if (
            token.lower_ not in LINEAR_SKIP
            and not group_of(token)
            and token.pos_ not in ("ADV",)
            and not token.is_stop
        ):
            return None
    return None


def adjacent_cue(doc: Doc, after: int, limit: int) -> str | None:
    """Type of a casualty word directly after the figure or its noun ("165 wounded", "20 dead")."""
    if after < min(len(doc), limit):
        return lexicon("types")["words"].get(doc[after].lower_)
    return None


def preceding_cue(doc: Doc, start: int, limit: int) -> str | None:
    """Type of a casualty verb right before the figure, past qualifiers ("kills 23", "killing at least 15")."""
    types = lexicon("types")
    i = start - 1
    while i >= limit and (
        doc[i].lower_
        in (
            "at",
            "least",
            "more",
            "than",
            "some",
            "over",
            "about",
            "around",
            "nearly",
            "almost",
            "up",
            "to",
            "another",
            "an",
            "estimated",
        )
    ):
        i -= 1
    if i < limit:
        return None
    word = doc[i]
    if word.lower_ in types["words"] and word.lower_.endswith(("s", "ed", "ing")):
        return types["words"][word.lower_]
    lemma = word.lemma_.lower() if word.pos_ in ("VERB", "PROPN", "NOUN") else ""
    if word.lower_.endswith(("s", "ing", "ed")) and lemma.rstrip("s") in types["verbs"]:
        return types["verbs"][lemma.rstrip("s")]
    if word.lower_.rstrip("s") in types["verbs"]:  # headline "Kills" tagged as a name
        return types["verbs"][word.lower_.rstrip("s")]
    return None


def noun_cue(victim: Token | None) -> str | None:
    """Type from the counted noun itself ("20 dead", "12 casualties", "bodies")."""
    if victim is None:
        return None
    types = lexicon("types")
    if victim.lower_ in types["words"]:
        return types["words"][victim.lower_]
    return None


def classify(phrase: NumberPhrase, doc: Doc, sent: Span) -> Candidate | None:
    """The figure's type, group and victim noun, or None when no casualty cue governs the number."""
    if blocked_by_context(phrase, doc):
        return None
    victim = victim_noun(phrase, doc)
    if victim is not None and victim.i >= phrase.end and is_non_casualty_noun(victim):
        return None
    if victim is not None and victim.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"):
        return None
    if (
        victim is not None
        and victim.head.lower_ == "of"
        and victim.head.head.i < phrase.end
        and any(
            c.dep_ == "nummod" and is_number_token(c) and not phrase.start <= c.i < phrase.end
            for c in victim.children
        )
    ):
        return None  # "one of two people killed": the count is the second number, read on its own
    chain_start = victim if victim is not None and phrase.root.head == victim else phrase.root
    gov_type, updates, parent = governing_cue(chain_start, phrase)
    own_type = None
    if victim is not None and victim.i >= phrase.end:
        own_type = child_cue(victim)
    own_type = own_type or child_cue(phrase.root)
    after = (
        (victim.i + 1)
        if victim is not None and victim.i >= phrase.end and victim.i - phrase.end <= 3
        else phrase.end
    )
    lin_type = linear_cue(doc, after, sent.end)
    if lin_type is None and after != phrase.end:
        lin_type = linear_cue(doc, phrase.end, sent.end)
    n_type = noun_cue(victim)
    next_type = adjacent_cue(doc, after, sent.end)
    before_type = preceding_cue(doc, phrase.start, sent.start)
    group = group_of(victim) if victim is not None else None
    over_wounded = lexicon("types")["event_types_over_wounded"]
    # A cue word right after the figure ("Fifty-one dead", "two others injured") is the most reliable
    # reading; the parse decides otherwise, and the bare word before it ("SDF Kills 23") comes last.
    kind = next_type or gov_type or own_type or lin_type or n_type or before_type
    if gov_type in over_wounded and "wounded" in (own_type, lin_type, n_type, next_type):
        kind, group = gov_type, "wounded"
    elif group == "wounded" and kind == "wounded":
        group = None
    if victim is not None and group is None and victim.lower_ in lexicon("types")["words"]:
        group = None
    if kind is None:
        return None
    # "200 US troops" is a deployment: soldiers count as casualties only with their own cue, which we have.
    return Candidate(phrase, victim, kind, group or "people", updates, chain_start, parent)


# --- sub-counts ---------------------------------------------------------------------------------


def link_subcounts(candidates: list[Candidate], doc: Doc) -> dict[int, int]:
    """Index of each sub-count's parent candidate ("409 civilians including 45 children")."""
    links: dict[int, int] = {}
    for k, cand in enumerate(candidates):
        parent_token = cand.parent_token
        for j, other in enumerate(candidates[:k]):
            tokens = {other.phrase.root.i} | ({other.victim.i} if other.victim is not None else set())
            if parent_token is not None and parent_token.i in tokens:
                links[k] = j
                break
        else:
            # Parse slips: "including"/"among them" right before the figure, an earlier figure close by.
            window = doc[max(0, cand.phrase.start - 3) : cand.phrase.start]
            if any(t.lower_ in SUBCOUNT_PREPS or t.lower_ in ("whom", "them") for t in window):
                earlier = [
                    j
                    for j in range(k)
                    if j not in links and cand.phrase.start - candidates[j].phrase.end <= 8
                ]
                if earlier:
                    links[k] = earlier[-1]
    return links


# --- attribution --------------------------------------------------------------------------------


@dataclass(slots=True)
class Source:
    cue: Token  # the reporting verb, "according" or "quoting"
    name: str | None
    label: str = "GENERIC"  # entity label of a named source, "GENERIC" for "activists", "state media" ...


@dataclass(frozen=True, slots=True)
class KnownSource:
    """A source the article has already named, for "the source said", "it added", "the ministry said"."""

    name: str
    label: str


# Entity labels a source may carry; GPE only when the source is the place itself ("Russia said").
SOURCE_ENTITY_RANK = {"ORG": 0, "ARMED_GROUP": 1, "PERSON": 2, "GPE": 3}
# Labels of words that are never the one who reports a figure (a date or count parsed as a subject).
NON_SOURCE_ENT_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "FAC", "LOC", "EVENT"}
)
QUOTING_LEMMAS = frozenset({"quote"})


def entity_root(token: Token) -> Token:
    """The head word of the named entity a token belongs to, or the token itself."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.root
    return token


def left_noun_phrase(verb: Token, sent: Span) -> Token | None:
    """Head of the noun phrase right before a reporting verb ("... 51 people a source in X told
    Sputnik", "... on Monday Syrian Observatory for Human Rights reported"): FA-KES-style text loses
    its commas and the parser hangs the source on the wrong word."""
    if verb.i - 1 < sent.start:
        return None
    token = entity_root(verb.doc[verb.i - 1])
    if token.pos_ not in ("NOUN", "PROPN") or token.i >= verb.i:
        return None
    while token.dep_ in ("compound", "amod") and token.head.i < verb.i and token.head is not token:
        token = token.head
    holders = lexicon("sources")["source_holder_nouns"]
    prep = token.head
    if token.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.lower_ in holders and prep.head.i < verb.i:
        token = prep.head  # "a source at X Police Command told"
    return token


def unusable_subject(token: Token) -> bool:
    """A subject that cannot be the reporter: a date, a count, a place a parse slip made subject."""
    return token.ent_type_ in NON_SOURCE_ENT_LABELS | {"GPE"} or token.like_num


def inverted_or_shared_subject(verb: Token) -> list[Token]:
    """The reporter of a verb without a subject of its own: after it when the report comes first
    ("... killed on Friday said a monitoring group": the parser calls it an object), the passive
    subject of "X was quoted as saying", or the subject of the clause a participle continues
    ("Hezbollah identified him ... adding that")."""
    lemma = verb.lemma_.lower()
    if lemma in QUOTING_LEMMAS and any(c.dep_ == "auxpass" for c in verb.children):
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    if any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        after = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i]
        if after and after[0].pos_ in ("NOUN", "PROPN"):
            return after[:1]
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i < verb.i:
        return [c for c in verb.head.children if c.dep_ == "nsubj"][:1]
    if verb.tag_ == "VBG" and verb.dep_ == "ROOT":
        # Commas lost, the participle became the root: the last subject of a verb before it.
        earlier = [
            t for t in verb.sent if t.i < verb.i and t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX")
        ]
        return earlier[-1:]
    return []


def source_tokens(sent: Span) -> list[tuple[Token, Token]]:
    """(cue, source head) pairs: "according to X", "X said/reported", "citing X", "quoting X"."""
    verbs = set(lexicon("sources")["reporting_verbs"])
    pairs = []
    for token in sent:
        if token.lower_ == "according":
            for to in token.children:
                if to.lower_ == "to":
                    pairs += [(token, obj) for obj in to.children if obj.dep_ == "pobj"]
            if (
                not any(p[0].i == token.i for p in pairs)
                and token.i + 2 < sent.end
                and token.nbor(1).lower_ == "to"
            ):
                pairs.append((token, token.nbor(2)))
        elif (
            token.lemma_.lower() in verbs
            and token.pos_ in ("VERB", "AUX")
            and not any(c.lower_ in ("lives", "life", "responsibility") for c in token.children)
        ):  # "the attack claimed the lives of" reports nothing
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if not subjects:
                subjects = inverted_or_shared_subject(token)
            if not subjects:
                # Parse slips on names the model does not know ("SANA, meanwhile, reported ...").
                subjects = [
                    c
                    for c in token.lefts
                    if c.dep_ in ("advcl", "npadvmod", "dep", "nsubjpass")
                    and c.text[:1].isupper()
                    and not c.is_stop
                ][:1]
            if all(unusable_subject(c) for c in subjects) and token.lemma_.lower() not in QUOTING_LEMMAS | {
                "cite"
            }:
                left = left_noun_phrase(token, sent)
                if left is not None and not unusable_subject(left):
                    subjects = [left]
            pairs += [(token, child) for child in subjects]
            if token.lemma_.lower() in QUOTING_LEMMAS | {"cite"}:
                # "citing the Observatory", "quoting Governor X as putting the toll at six"
                pairs += [(token, c) for c in token.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
    expanded = []
    for cue, head in pairs:
        expanded.append((cue, head))
        expanded += [(cue, c) for c in head.children if c.dep_ == "conj"]
    return expanded


def source_span_tokens(head: Token) -> list[Token]:
    """The source's own words: its subtree without relative clauses, appositions or conjuncts."""
    skip: set[int] = set()
    for child in head.children:
        if child.dep_ in ("relcl", "acl", "appos", "conj", "cc", "punct"):
            skip.update(t.i for t in child.subtree)
    return [t for t in head.subtree if t.i not in skip]


def entity_for(
    tokens: Sequence[Token], entities: Sequence[EntityMention], head: Token | None = None
) -> EntityMention | None:
    """The named body among a source's words: the entity holding its head word first ("Observatory
    chief Rami Abdel Rahman" is Rahman), else the best ranked one; a place only when it is the head."""
    if not tokens:
        return None
    lo, hi = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    inside = [e for e in entities if e.start < hi and e.end > lo and e.label in SOURCE_ENTITY_RANK]
    if head is not None:
        holding = [e for e in inside if e.start <= head.idx < e.end]
        if holding:
            return min(holding, key=lambda e: SOURCE_ENTITY_RANK[e.label])
    inside = [e for e in inside if e.label != "GPE"]
    if not inside:
        return None
    return min(inside, key=lambda e: (SOURCE_ENTITY_RANK[e.label], -(e.end - e.start)))


def proper_name(tokens: Sequence[Token], head: Token) -> str | None:
    """A name the entity model missed ("a source at Hasaka Police Command", "Al Mayadeen TV channel"):
    the longest run of proper nouns that is the head, names it right before it, or hangs on it by a
    preposition, without place names or dates at its edges."""
    runs: list[list[Token]] = []
    for token in tokens:
        if token.pos_ in ("PROPN", "X", "NOUN") and token.text[:1].isupper() and token.i != head.sent.start:
            if runs and runs[-1][-1].i == token.i - 1:
                runs[-1].append(token)
            else:
                runs.append([token])
    # A run before the head must touch it ("Al Mayadeen TV channel"), not modify it from afar.
    runs = [r for r in runs if r[-1].i >= head.i - 1]
    edge = NON_SOURCE_ENT_LABELS | {"GPE", "NORP"}
    best: list[Token] = []
    for run in runs:
        org_words = lexicon("sources")["organisation_name_words"]
        # A place leads a name only when an organisation word follows it ("Aleppo Police Command").
        while run and run[0].ent_type_ in edge and not (len(run) > 1 and run[1].lower_ in org_words):
            run = run[1:]
        while run and run[-1].ent_type_ in edge:
            run = run[:-1]
        if len(run) > len(best):
            best = run
    if len(best) < 2:
        return None
    return " ".join(t.text for t in best)


def description_text(tokens: Sequence[Token], head: Token) -> str:
    """A source description as comparable words: up to its head, without determiners, numbers or
    weekday words ("Monday state media" -> "state media", "the defense ministry in Moscow" ->
    "defense ministry")."""
    noise = set(lexicon("sources")["non_description_words"])
    words = [
        t.lower_
        for t in tokens
        if t.i <= head.i
        and t.pos_ not in ("DET", "NUM", "PUNCT", "PRON")
        and not t.like_num
        and t.lower_ not in noise
        and t.dep_ != "poss"
    ]
    return DETERMINER_RE.sub("", " ".join(words)).strip()


def matches_noun(text: str, nouns: Iterable[str]) -> bool:
    return any(text == n or text.endswith(" " + n) for n in nouns)


def name_has_keyword(name: str, *, keywords: tuple[str, ...]) -> bool:
    return any(re.search(r"\b" + re.escape(k) + r"\b", name.lower()) for k in keywords)


def resolve_description(
    text: str, before: int, entities: Sequence[EntityMention], history: Sequence[KnownSource] = ()
) -> str | None:
    """Canonical name behind "the monitoring group", "the agency": the nearest earlier matching ORG,
    else the latest matching source the article has named."""
    for description in lexicon("sources")["descriptions"].values():
        if not matches_noun(text, description["nouns"]):
            continue
        keywords = description["entity_keywords"]
        fits = functools.partial(name_has_keyword, keywords=tuple(keywords))
        orgs = [e for e in entities if e.label in ("ORG", "ARMED_GROUP")]
        # Nearest earlier mention first; news also write "a monitor said" and name it just after.
        ordered = sorted((e for e in orgs if e.start < before), key=lambda e: -e.start) + sorted(
            (e for e in orgs if e.start >= before), key=lambda e: e.start
        )
        for entity in ordered:
            if fits(entity.canonical):
                return entity.canonical
        for known in reversed(history):
            if fits(known.name):
                return known.name
    return None


def generic_source(text: str) -> str | None:
    """The normalised unnamed source ("anti-government activists" -> "activists"), longest match first."""
    table = lexicon("sources")["generic_sources"]
    for phrase in sorted(table, key=len, reverse=True):
        if text == phrase or text.endswith(" " + phrase):
            return table[phrase]
    return None


def latest_named(history: Sequence[KnownSource], *, persons: bool | None = None) -> KnownSource | None:
    """The article's last named source (not a generic one); persons=True/False restricts the kind."""
    for known in reversed(history):
        if known.label == "GENERIC":
            continue
        if persons is None or (known.label == "PERSON") == persons:
            return known
    return None


def pronoun_source(head: Token, history: Sequence[KnownSource]) -> KnownSource | None:
    """ "It added", "he said": the last named source of the same kind."""
    words = lexicon("sources")
    if head.lower_ in words["pronoun_persons"]:
        return latest_named(history, persons=True)
    if head.lower_ in words["pronoun_bodies"]:
        return latest_named(history, persons=False)
    return None


def appositive_name(head: Token) -> Token | None:
    """The named body in apposition to a common-noun source ("the monitoring group, the Syrian
    Observatory"), or None when the source is itself a name or has no named apposition."""
    if head.ent_type_ or head.pos_ == "PROPN":
        return None
    for child in head.children:
        if child.dep_ == "appos" and child.ent_type_ in ("ORG", "PERSON", "ARMED_GROUP", "NORP"):
            return child
    return None


def named_source(
    head: Token, entities: Sequence[EntityMention], history: Sequence[KnownSource] = ()
) -> KnownSource | None:
    """The source a head word stands for: an entity canonical, a body the article named earlier, or a
    normalised generic source; None for weapons, dates, numbers and anything else that reports nothing."""
    words = lexicon("sources")
    if head.ent_type_ in NON_SOURCE_ENT_LABELS or head.like_num:
        return None
    if head.lower_ in words["not_sources"] or head.pos_ == "PRON":
        return pronoun_source(head, history)
    named_appos = appositive_name(head)
    if named_appos is not None:
        head = named_appos  # "another activist group the Local Coordination Committees said"
    tokens = source_span_tokens(head)
    entity = entity_for(tokens, entities, head)
    parsed = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    proper = parsed is not None and (
        parsed.label_ == "PERSON"
        or (parsed.label_ == "ORG" and any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in parsed))
    )
    if proper and (entity is None or entity.label == "GPE"):
        # The model's own reading of the head word beats a place label given to part of a name.
        return KnownSource(parsed.text, parsed.label_)
    if entity is not None and not DETERMINER_RE.match(
        entity.canonical
    ):  # "the defense ministry" is a description
        return KnownSource(entity.canonical, entity.label)
    name = proper_name(tokens, head)
    if name:
        return KnownSource(name, "ORG")
    text = description_text(tokens, head)
    if not text:
        return None
    resolved = resolve_description(text, head.idx, entities, history)
    if resolved:
        return KnownSource(resolved, "ORG")
    definite = not any(c.dep_ == "det" and c.lower_ in ("a", "an", "some") for c in head.children)
    if definite and matches_noun(text, words["anaphoric_sources"]):
        earlier = latest_named(history)
        if earlier is not None:
            return earlier
    generic = generic_source(text)
    if generic:
        return KnownSource(generic, "GENERIC")
    if any(matches_noun(text, d["nouns"]) for d in words["descriptions"].values()):
        # "The London-based opposition organization added": the body the article has just named.
        earlier = latest_named(history, persons=False) if definite else None
        if earlier is not None:
            return earlier
        # A body described, never named ("the Russian center for reconciliation"): keep its words.
        first = next((t for t in tokens if t.pos_ != "DET"), head)
        return KnownSource(head.doc[first.i : head.i + 1].text, "DESCRIBED")
    return None


def source_name(
    head: Token, entities: Sequence[EntityMention], history: Sequence[KnownSource] = ()
) -> str | None:
    """The normalised name of a source head, or None when it names no source."""
    known = named_source(head, entities, history)
    return known.name if known is not None else None


def sentence_sources(
    sent: Span, entities: Sequence[EntityMention], history: list[KnownSource]
) -> list[Source]:
    """Every source a sentence cites, each appended to the article's history as it is read."""
    sources = []
    for cue, head in source_tokens(sent):
        known = named_source(head, entities, history)
        sources.append(Source(cue, known.name if known else None, known.label if known else "GENERIC"))
        if known is not None:
            history.append(known)
    return sources


def attribution(anchor: Token, sources: list[Source]) -> str | None:
    """The quoted source when the reporter quotes one, else sources whose cue governs the figure,
    else every source named in the sentence."""
    named = [s for s in sources if s.name]
    if not named:
        return None
    # "SANA reported ... quoting Governor X as putting the toll at six": the figure is X's.
    quoted = [s for s in named if s.cue.lemma_.lower() in QUOTING_LEMMAS and s.cue.i < anchor.i]
    ancestors = {t.i for t in anchor.ancestors}
    governing = [s for s in named if s.cue.i in ancestors or s.cue.lower_ == "according"]
    chosen = quoted or governing or named
    return "; ".join(dict.fromkeys(s.name for s in chosen if s.name))


def plain_next_source(sent: Span, sources: list[Source]) -> str | None:
    """The source of a sentence that plainly attributes what the previous one reported: "X said."
    alone, or "X says the incident occurred ..." (its clause refers back to the event)."""
    root = sent.root
    named = [s for s in sources if s.name and s.cue.i == root.i]
    if not named:
        return None
    anaphoric = lexicon("sources")["anaphoric_event_nouns"]
    content = [t for t in sent if not t.is_punct]
    refers_back = any(
        child.dep_ in ("ccomp", "dobj")
        and any(
            t.dep_ in ("nsubj", "nsubjpass", "dobj")
            and t.lower_ in anaphoric
            and (t.pos_ == "PRON" or any(d.lower_ in ("the", "this", "that") for d in t.children))
            for t in [child, *child.children]
        )
        for child in root.children
    )
    return named[0].name if len(content) <= 6 or refers_back else None


# --- place --------------------------------------------------------------------------------------


def main_place(places: Sequence[PlaceMention]) -> str | None:
    """The article's most-mentioned place (ties go to the first mentioned)."""
    if not places:
        return None
    # Countries are named as actors ("Russia said"); a town or district is the better guess of where.
    local = [p for p in places if p.kind != "country"]
    places = local or places
    counts = Counter(p.place for p in places)
    best = max(counts.values())
    return next(p.place for p in places if counts[p.place] == best)


def nearest_place(char: int, sent: Span, places: Sequence[PlaceMention]) -> str | None:
    inside = [p for p in places if p.start >= sent.start_char and p.end <= sent.end_char]
    if not inside:
        return None
    # A country named in passing ("the UK-based monitor") is a worse guess than any town or district.
    return min(inside, key=lambda p: (p.kind == "country", abs(p.start - char))).place


# --- the extractor ------------------------------------------------------------------------------


def figure_span(cand: Candidate, doc: Doc) -> tuple[int, int]:
    """Character offsets of the figure as written: the number and the noun it counts, when adjacent."""
    start_tok, end_tok = cand.phrase.start, cand.phrase.end
    if cand.victim is not None and cand.victim.i >= end_tok and cand.victim.i - end_tok <= 3:
        end_tok = cand.victim.i + 1
    return doc[start_tok].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1].text)


def qualifier(phrase: NumberPhrase, doc: Doc) -> str:
    if phrase.vague:
        return "vague"
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
    return "exact"


def sentence_figures(
    sent: Span,
    *,
    article_id: str,
    published: date | None,
    entities: Sequence[EntityMention],
    places: Sequence[PlaceMention],
    fallback_place: str | None,
    inherited_source: str | None,
    sources: list[Source],
    next_source: str | None = None,
) -> list[CasualtyFigure]:
    doc = sent.doc
    candidates = [c for c in (classify(p, doc, sent) for p in number_phrases(sent)) if c is not None]
    if not candidates:
        return []
    links = link_subcounts(candidates, doc)
    found_date = event_date(sent.text, published)
    cumulative = is_cumulative(sent.text, found_date)
    figures: list[CasualtyFigure] = []
    for k, cand in enumerate(candidates):
        start, end = figure_span(cand, doc)
        parent = figures[links[k]] if k in links else None
        source = attribution(cand.anchor, sources)
        if source is None and not any(s.name for s in sources):
            source = next_source or inherited_source
        figures.append(
            CasualtyFigure(
                article_id=article_id,
                start=start,
                end=end,
                sentence=sent.text,
                number=cand.phrase.value,
                number_text=cand.phrase.text,
                type=parent.type if parent is not None and cand.type == "other" else cand.type,
                group=cand.group,
                qualifier=qualifier(cand.phrase, doc),
                part_of=parent.figure_id if parent is not None else None,
                place=nearest_place(start, sent, places) or fallback_place,
                attributed_to=source,
                event_date=found_date.date,
                cumulative=cumulative
                or in_war_total(sent.text, start - sent.start_char)
                or is_war_scale(cand.phrase.value, cand.type),
                figure_id=f"{article_id}:{start}",
                sentence_start=sent.start_char,
                updates_earlier=cand.updates_earlier,
                date_rule=found_date.rule if found_date.date is not None else None,
            )
        )
    return figures


# No single event of the war killed or wounded this many; a figure this large is a running total
# ("More than 300000 people have been killed"), even when the sentence does not say since when.
WAR_SCALE = 10_000
WAR_SCALE_TYPES = frozenset({"killed", "wounded", "missing", "detained"})


def is_war_scale(number: int | None, kind: str) -> bool:
    return number is not None and number >= WAR_SCALE and kind in WAR_SCALE_TYPES


def casualty_figures(
    doc: Doc,
    *,
    article_id: str,
    published: date | None,
    entities: list[EntityMention],
    places: list[PlaceMention],
) -> list[CasualtyFigure]:
    """Every casualty figure in a parsed article, in text order. Errors propagate to `analyse_doc`, which logs and counts them."""
    return list(iter_figures(doc, article_id=article_id, published=published, entities=entities, places=places))


def iter_figures(
    doc: Doc,
    *,
    article_id: str,
    published: date | None,
    entities: Sequence[EntityMention],
    places: Sequence[PlaceMention],
) -> Iterable[CasualtyFigure]:
    entities = sorted(entities, key=lambda e: e.start)
    fallback = main_place(places)
    # A toll sentence with no source of its own continues the previous toll sentence's source
    # ("...according to the Observatory. Another 113 people ... were killed in the same period.").
    previous_source: str | None = None
    sents = list(doc.sents)
    # Sources are read in text order first, so "the source said" can point back to the body named
    # earlier and a figure can take a source the next sentence plainly gives.
    history: list[KnownSource] = []
    sources = [sentence_sources(sent, entities, history) for sent in sents]
    for k, sent in enumerate(sents):
        following = plain_next_source(sents[k + 1], sources[k + 1]) if k + 1 < len(sents) else None
        figures = sentence_figures(
            sent,
            article_id=article_id,
            published=published,
            entities=entities,
            places=places,
            fallback_place=fallback,
            inherited_source=previous_source,
            sources=sources[k],
            next_source=following,
        )
        previous_source = next((f.attributed_to for f in figures if f.attributed_to), None)
        yield from figures

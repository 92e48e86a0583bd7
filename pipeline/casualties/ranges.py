"""Ranges written as one count: "from 40 to 50", "between three and 10", "three or four", "40-50". Each folds
two number phrases of a sentence into one with a low and a high value; bare years joined the same way
name a period, and a rise "by five to 33" is no range."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from .counts import NumberPhrase
from .lexicons import CHANGE_LEMMAS, YEAR_RE, group_of, lexicon

# The word between a range's bounds, and the words that may open it ("from 40 to 50", "40 or 50").
# Dependencies of a count that is an argument of its clause, as subject, object or value.
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
RANGE_JOINS = {
    "to": ("from", None), "and": ("between",), "-": (None, "between"), "\u2013": (None, "between"), "\u2014": (None, "between"),
    "or": (None,),
}


def joined_range(low: NumberPhrase, high: NumberPhrase, doc: Doc) -> NumberPhrase | None:
    """ "from 40 to 50", "between three and 10", "three or four", "40-50": one phrase with a low and a
    high value (its `value` is the high one), else None."""
    between = [t.lower_ for t in doc[low.end : high.start]]
    if len(between) != 1 or between[0] not in RANGE_JOINS or low.value is None or high.value is None:
        return None
    if not 0 < low.value < high.value or names_years(low, high, doc):
        return None
    before = doc[low.start - 1] if low.start > 0 else None
    if before is not None and before.lower_.rstrip(".") in lexicon("non_casualty_nouns")["month_names"] and low.value <= 31:
        return None  # "the toll since November 15 to 300": a day of a date, then the value
    opener = before.lower_ if before is not None and before.lower_ in ("from", "between") else None
    if opener not in RANGE_JOINS[between[0]]:
        return None
    if opener == "from" and before.head.lemma_.lower() in CHANGE_LEMMAS:
        return None
    if before is not None and before.lower_ == "by" and before.head.lemma_.lower() in CHANGE_LEMMAS:
        return None  # "the toll rose by five to 33": the rise, then the new toll
    span = doc[low.start : high.end]
    # "killed between 20 and 30 people": the parse makes 30 a conjunct of 20 ("at 35-40": a prep of it), and
    # the low bound carries the syntax (it counts "people"), so the range is read from there.
    # "stood at 35\u201340": the parse may leave the high bound loose and the low one the argument
    hangs_on_low = high.root.dep_ in ("conj", "prep") and high.root.head == low.root
    loose_high = high.root.dep_ not in ARGUMENT_DEPS and low.root.dep_ in ARGUMENT_DEPS
    root = low.root if hangs_on_low or loose_high else high.root
    return replace(high, start=low.start, text=span.text, low=low.value, root=root)


def names_years(low: NumberPhrase, high: NumberPhrase, doc: Doc) -> bool:
    """ "executed 2011 to 2015", "between 2012 and 2016": two bare four-digit years name a period, not a
    count, unless people are counted right after them ("between 1900 and 2000 people")."""
    if not all(p.end - p.start == 1 and YEAR_RE.fullmatch(doc[p.start].text) for p in (low, high)):
        return False
    return high.end >= len(doc) or group_of(doc[high.end]) is None


def join_ranges(phrases: list[NumberPhrase], doc: Doc) -> list[NumberPhrase]:
    """Number phrases with each written range folded into one."""
    joined: list[NumberPhrase] = []
    for phrase in phrases:
        merged = joined_range(joined[-1], phrase, doc) if joined else None
        if merged is not None:
            joined[-1] = merged
        else:
            joined.append(phrase)
    return joined

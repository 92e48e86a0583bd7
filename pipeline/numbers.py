"""Reading numbers as news writes them: "25,000", "1.5 million", "Twenty-five", "two hundred", "dozens"."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass

from .paths import LEXICON_DIR

# A casualty count above this is a misread (an id, a phone number, a population), never a toll.
MAX_FIGURE = 10_000_000

DIGITS_RE = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+(?:\.\d+)?$")
DIGITS_WITH_SCALE_RE = re.compile(r"^(\d+(?:\.\d+)?)(m|mn|k)$", re.IGNORECASE)
WORD_SPLIT_RE = re.compile(r"[\s\-]+")
SPACED_THOUSANDS_RE = re.compile(r"(?<=\d) (?=\d{3}\b)")
FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    value: int | None  # None when vague ("dozens")
    vague: bool


@functools.cache
def number_words() -> dict:
    """The number-word lexicon (units, tens, scales, vague words)."""
    return json.loads((LEXICON_DIR / "casualty_number_words.json").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=65536)  # asked of nearly every token by the casualty stage; pure
def is_number_word(word: str) -> bool:
    """True for a word that can be (part of) a written number: "four", "twenty-five", "hundred", "dozens"."""
    lex = number_words()
    word = word.lower()
    if word in lex["units"] or word in lex["tens"] or word in lex["scales"] or word in vague_words():
        return True
    parts = [p for p in WORD_SPLIT_RE.split(word) if p]
    return len(parts) > 1 and all(p in lex["units"] or p in lex["tens"] for p in parts)


@functools.cache
def vague_words() -> frozenset[str]:
    return frozenset(w for phrase in number_words()["vague"] for w in phrase.split() if w != "of")


@functools.lru_cache(maxsize=65536)
def is_digits(text: str) -> bool:
    return bool(DIGITS_RE.match(text) or DIGITS_WITH_SCALE_RE.match(text))


def is_count_word(word: str) -> bool:
    """True for a word written as a number, in digits ("40", "1,200") or in words ("forty", "dozens")."""
    return is_digits(word) or is_number_word(word)


def parse_number(text: str) -> ParsedNumber | None:
    """The value of a number phrase, or None when it is not one.

    Vague phrases ("dozens", "tens of thousands", "several hundred") give value None, vague True.
    """
    lex = number_words()
    cleaned = text.lower().strip().replace("\u2013", "-").replace("\u2014", "-")
    if not cleaned:
        return None
    cleaned = SPACED_THOUSANDS_RE.sub("", cleaned)  # "200 000" is 200,000
    words = [w for w in WORD_SPLIT_RE.split(cleaned) if w and w != "and"]
    if words[:1] in (["a"], ["an"]) and len(words) > 1 and (words[1] in FRACTIONS or words[1] == "couple"):
        words = words[1:]
    if len(words) == 2 and words[0] in ("a", "an") and words[1] in ("hundred", "thousand", "million"):
        return ParsedNumber(round(lex["scales"][words[1]]), False)  # "a hundred", one of the scale: not "hundreds"
    fraction = 1.0
    if len(words) >= 3 and words[-2] in ("a", "an") and words[-3] == "of" and words[0] in FRACTIONS:
        fraction, words = FRACTIONS[words[0]], words[-1:]  # "a quarter of a million"
    elif len(words) == 3 and words[0] in FRACTIONS and words[1] in ("a", "an"):
        fraction, words = FRACTIONS[words[0]], words[-1:]  # "half a million"
    elif len(words) >= 3 and words[0] == "couple" and words[1] == "of":
        fraction, words = 2.0, words[2:]  # "a couple of dozen": two dozen, about
    # vague, though "dozen" is a unit of 12: "several dozen", "a few dozen"
    several_dozen = ("several" in words or "few" in words) and "dozen" in words
    if several_dozen or (any(w in vague_words() or w in ("several", "few") for w in words) and not any(
        is_digits(w) or w in lex["units"] or w in lex["tens"] for w in words
    )):
        return ParsedNumber(None, True)
    total, current, seen = 0.0, 0.0, False
    for word in words:
        scaled = DIGITS_WITH_SCALE_RE.match(word)
        if scaled:
            current += float(scaled.group(1)) * lex["scales"][scaled.group(2).lower()]
            seen = True
        elif DIGITS_RE.match(word):
            current += float(word.replace(",", ""))
            seen = True
        elif word == "dozen" and current:
            current *= 12  # "two dozen", "2 Dozen": a dozen is a unit of twelve, counted
        elif word in lex["units"]:
            current += lex["units"][word]
            seen = True
        elif word in lex["tens"]:
            current += lex["tens"][word]
            seen = True
        elif word in lex["scales"] and word not in ("m", "mn", "k"):
            scale = lex["scales"][word]
            current = (current or 1) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
            seen = True
        elif word in ("a", "an") and not seen:
            continue
        else:
            return None
    if not seen:
        return None
    value = (total + current) * fraction
    if value != value or value < 0 or value > 10 * MAX_FIGURE:  # NaN guard, then absurd sizes
        return None
    return ParsedNumber(round(value), False)

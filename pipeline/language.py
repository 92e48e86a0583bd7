"""Is this text English? A function-word test: cheap, offline, and good enough to turn away other languages."""

from __future__ import annotations

import re

# The commonest English function words; running English prose has about a third of its words here.
ENGLISH_FUNCTION_WORDS = frozenset(
    """a about after against all also an and any are as at be been before but by can could did do does
    for from had has have he her his how i if in into is it its more most no not of on or our out over
    said she so some than that the their them there these they this those to under up was we were what
    when where which while who will with would you""".split()
)

# Function words of other languages seen in news scrapes (French, Spanish, German, Italian, Portuguese).
OTHER_FUNCTION_WORDS = frozenset(
    """le la les des du et est dans pour une un sur avec pas qui el los las que en y del por con una
    der die das und ist nicht mit von zu den ein eine il di che per non della do da os em uma com""".split()
)

WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_ENGLISH_SHARE = 0.15


def english_share(text: str, *, sample_chars: int = 4000) -> float:
    """Share of the words (letters only) in the text's opening that are English function words."""
    words = WORD_RE.findall(text[:sample_chars].lower())
    if not words:
        return 0.0
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words)


def is_english(text: str) -> bool:
    """English prose; a headline-only text (too few words for the share test) only needs no foreign function words."""
    if english_share(text) >= MIN_ENGLISH_SHARE:
        return True
    words = WORD_RE.findall(text[:4000].lower())
    latin = all(w.isascii() for w in words)
    foreign = sum(w in OTHER_FUNCTION_WORDS for w in words)
    return 0 < len(words) < 40 and latin and foreign == 0

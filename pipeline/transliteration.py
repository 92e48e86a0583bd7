"""One spelling key for Arabic place names written in Latin letters, and fuzzy matching on it.

News copy spells the same Aleppo district many ways: "Bab al-Nayrab" / "Bab Nairab", "Salah ad-Din" /
"Salaheddine" / "Salahuddin", "Kallaseh" / "al-Kalasa", "Sheikh Maqsoud" / "Shaykh Maksoud". `spelling_key`
maps such spellings to one key; `closest` compares keys with rapidfuzz when a spelling is only close.

What the key ignores, in order:
- case, diacritics, apostrophes and ayn/hamza marks ("Qadi 'Askar", "Jdeïdé");
- hyphens, spaces and a leading "the";
- the Arabic article as a word (al-, el-, ad-, ash-, as-, az-, an-, ar-, at-...), an article glued to
  the next word ("Karm Alnozha", "Almiyassar") and an assimilated one ("Salaheddine", "Salahuddin": e/u
  + doubled sun letter);
- French "-ine" for "-in" ("Eddine"), and the feminine endings -iyeh/-iya/-ia/-iyah/-ieh/-eyeh,
  -eh/-ah/-a/-e, which all become one ending;
- doubled letters ("Kallaseh"), ou/oo/u, ee/i, ei/ey/ai/ay, q/k, dh/z, ph/f, dj/j;
- the short vowels, which Arabic has three of: e/i, o/u, the diphthong aw/u before a consonant
  ("Khalediyeh", "Mohafaza", "Ferdaws"), and every spelling of "Sheikh" (Shekh, Shaikh, Sheik, Cheikh).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from rapidfuzz import fuzz, process

APOSTROPHES = "'’‘`´ʿʾ′\""
# Transliterated Arabic articles written as a separate word ("al-Kalasa", "ash-Sha'ar", "el Midan").
ARTICLE_WORDS = frozenset(
    "al el il ul ad ed ud as es us ash esh ush az ez uz an en un ar er ur at et ut aj ath adh".split()
)
SUN_LETTERS = "tdrzsn"  # the article assimilates before these ("ad-Din", "as-Sukkari", "an-Nayrab")
# A close match must score at least this (rapidfuzz ratio, 0-100) on the spelling keys.
DEFAULT_MIN_SCORE = 88.0


def strip_accents(text: str) -> str:
    """The text with diacritics removed ("Şêx Meqsûd" -> "Sex Meqsud")."""
    if text.isascii():  # NFKD leaves ASCII as it is, and none of it combines: most names stop here
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=1 << 16)  # pure; spelling_key's misses ask for the same words again
def _word_key(word: str, *, ending: bool) -> str:
    """One word's key: glued article, vowel spellings and (when `ending`) the feminine ending normalised."""
    # An article glued to its noun: "Alnozha" -> "nozha", "Elmiyassar" -> "miyassar" (before a consonant,
    # so "Aleppo" keeps its letters; four letters must remain, so "Albab" stays whole).
    word = re.sub(r"^[ae]l(?=[b-df-hj-km-np-tv-z][a-z]{3})", "", word)
    # An assimilated article glued to its noun: "eddine" -> "dine", "uddin" -> "din", "essalam" -> "salam".
    word = re.sub(rf"^[eu]([{SUN_LETTERS}])\1", r"\1", word)
    word = re.sub(rf"([a-z])[eu](sh|[{SUN_LETTERS}])\2", r"\1\2", word)
    word = re.sub(r"ine$", "in", word)  # French spelling of -in: "Eddine", "Salaheddine"
    if ending:
        # The i left out: "Suleimanyyeh", "Ashrafyeh".
        word = re.sub(r"(?<=[^aeiouy])yy?(?:eh|ah|a|e)$", "iya", word)
        word = re.sub(r"(?:iyyah|iyyeh|iyya|yieh|iyeh|iyah|iya|ieh|iah|eyeh|iye|ia)$", "iya", word)
        word = re.sub(r"(?<=[^aeiouy])(?:eh|ah|e)$", "a", word)
    word = word.replace("ou", "u").replace("oo", "u").replace("ee", "i")
    word = re.sub(r"[ae][iy]", "ay", word)  # Sheikh/Shaykh/Sheykh, Nairab/Nayrab
    word = word.replace("q", "k").replace("dh", "z").replace("ph", "f").replace("dj", "j")
    word = re.sub(r"(.)\1+", r"\1", word)  # doubled letters: Kallaseh/Kalaseh, Sukkari/Sukari
    return _short_vowels(word)


# "Sheikh" as news copy writes it: Shaykh, Sheykh, Shaikh, Shiekh, Shekh, Sheik, Cheikh.
SHEIKH = re.compile(r"^(?:sh|ch)(?:ay|ai|ei|ey|ie|e|a|i)kh?$")


def _short_vowels(word: str) -> str:
    """A word's key with Arabic's three vowels written one way each: "Sheikh" in all its spellings, the
    diphthong "aw" before a consonant as "u" ("Ferdaws"/"Fardous", "Dawla"/"Doula"), "e" as "i" ("Khalediyeh"/
    "Khalidiyeh", "Serian"/"Sirian") and "o" as "u" ("Mohafaza"/"Muhafaza", "Khoder"/"Khudr")."""
    if SHEIKH.match(word):
        return "shaykh"
    word = re.sub(r"aw(?=[^aeiouy]|$)", "u", word)
    return word.replace("e", "i").replace("o", "u")


@functools.lru_cache(maxsize=1 << 16)  # pure, and asked for the same names again and again
def spelling_key(name: str) -> str:
    """The spelling-insensitive key of a Latin-script Arabic place name ("" when nothing is left).

    >>> spelling_key("Bab al-Nayrab") == spelling_key("Bab Nairab")
    True
    >>> spelling_key("Salah ad-Din") == spelling_key("Salaheddine") == spelling_key("Salahuddin")
    True
    """
    text = strip_accents(name).lower()
    text = text.translate({ord(ch): None for ch in APOSTROPHES})
    words = re.split(r"[\s\-‐‑–—_/.,()]+", text)
    words = [w for w in words if w]
    if words and words[0] == "the":
        words = words[1:]
    words = [w for w in words if re.search(r"[a-z0-9]", w)]
    if all(w in ARTICLE_WORDS for w in words):
        return "".join(_word_key(w, ending=True) for w in words)
    keys = []
    for index, word in enumerate(words):
        if word in ARTICLE_WORDS:
            continue
        # A word right before an article is in construct ("Salah ad-Din"): its "-ah" is a root letter.
        following = words[index + 1] if index + 1 < len(words) else ""
        before_article = following in ARTICLE_WORDS or bool(re.match(rf"[eu]([{SUN_LETTERS}])\1", following))
        keys.append(_word_key(word, ending=not before_article))
    return "".join(keys)


def closest(
    name: str, candidates: Iterable[str], *, min_score: float = DEFAULT_MIN_SCORE, min_length: int = 5
) -> tuple[str, float] | None:
    """The candidate whose spelling key is closest to `name`'s, with its score, or None.

    Scores are rapidfuzz `fuzz.ratio` on spelling keys (0-100). None when the name's key is shorter
    than `min_length`, when no candidate reaches `min_score`, or when two different candidates tie
    for best (a close spelling must point at one place).

    >>> closest("Sheikh Khodr", ["Sheikh Khoder", "Sheikh Fares"])[0]
    'Sheikh Khoder'
    """
    keyed: dict[str, str] = {}
    for candidate in candidates:
        keyed.setdefault(spelling_key(candidate), candidate)
    match = closest_key(spelling_key(name), keyed, min_score=min_score, min_length=min_length)
    return (keyed[match[0]], match[1]) if match else None


def closest_key(
    key: str, keys: Iterable[str], *, min_score: float = DEFAULT_MIN_SCORE, min_length: int = 5
) -> tuple[str, float] | None:
    """`closest` on spelling keys already computed (the gazetteer keeps its keys): the best key and
    its score, or None (short key, nothing close enough, or a tie between two keys)."""
    if len(key) < min_length:
        return None
    matches = process.extract(key, list(keys), scorer=fuzz.ratio, limit=2, score_cutoff=min_score)
    if not matches or (len(matches) == 2 and matches[1][1] == matches[0][1]):
        return None
    return matches[0][0], matches[0][1]


__all__ = ["closest", "closest_key", "spelling_key", "strip_accents"]

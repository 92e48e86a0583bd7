"""Is this text English? A function-word test: cheap, offline, and good enough to turn away other languages."""

from __future__ import annotations

import re
import unicodedata

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

# Of those, the ones English text writes too: "10 cents per gallon", "die", "8 p.m. EST", "un-American",
# ".com". They never tell a short English text from a foreign one.
ENGLISH_HOMOGRAPHS = frozenset("do die per est con non com den da em os un".split())

# Particles of names English text writes before a capital: "Los Angeles", "Le Pen", "von der Leyen".
NAME_PARTICLES = frozenset("los las le la el del della der von van de di da du des den dos".split())

WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_ENGLISH_SHARE = 0.15


def english_share(text: str, *, sample_chars: int = 4000) -> float:
    """Share of the words (letters only) in the text's opening that are English function words."""
    words = WORD_RE.findall(text[:sample_chars].lower())
    if not words:
        return 0.0
    return sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words)


def is_english(text: str) -> bool:
    """English prose; a headline-only text (too few words for the share test) only needs Latin letters
    ("Erdoğan" included) and no foreign function words (`foreign_function_words`)."""
    if english_share(text) >= MIN_ENGLISH_SHARE:
        return True
    words = WORD_RE.findall(text[:4000])
    return 0 < len(words) < 40 and all(map(is_latin, words)) and foreign_function_words(words) == 0


def is_latin(word: str) -> bool:
    """Whether every letter of the word is of the Latin script, accented or not ("Erdoğan", "Frontières")."""
    return word.isascii() or all(unicodedata.name(c, "").startswith("LATIN") for c in word)


def foreign_function_words(words: list[str]) -> int:
    """How many of the words are function words of another language used as such. Not counted: the
    particle of a name (`name_particle_at`: "Clinton wins Los Angeles", "Ursula von der Leyen"), a word
    English writes too before a plain English word or at the end ("10 cents per gallon", "rebels die in";
    German's "die Stadt", "die zerstörte Stadt" count), and a word in capitals ("8 p.m. EST"). A particle
    opening the text before a capital counts only with another foreign sign ("Le Liban accuse la Syrie";
    not "Le Drian says ...", "Las Vegas gunman ..."). Two names' particles in a text with no English
    function word count as one foreign word ("Alep: Le Régime Bombarde La Ville")."""
    count = particles = opening = 0
    for n, word in enumerate(words):
        lower = word.lower()
        if lower not in OTHER_FUNCTION_WORDS or (word.isupper() and len(word) > 1):
            continue
        if n == 0 and word[:1].isupper() and lower in NAME_PARTICLES and name_follows(words, 1):
            opening = 1  # "La Russie ..." or "Le Drian says ...": foreign only with another sign
            continue
        if name_particle_at(words, n):
            particles += not (n and words[n - 1].lower() in NAME_PARTICLES)  # "von der": one name's
            continue
        following = words[n + 1] if n + 1 < len(words) else ""
        if lower in ENGLISH_HOMOGRAPHS and (not following or (following.isascii() and following.islower())):
            continue
        count += 1
    # "Alep: Le Régime Bombarde La Ville": names' particles alone, twice, and no English word
    particles_alone = particles + opening >= 2 and not any(word.lower() in ENGLISH_FUNCTION_WORDS for word in words)
    if not (count or particles_alone):
        return 0  # "Le Drian says ...": an opening particle is foreign only with another sign
    return count + particles_alone + opening


def name_particle_at(words: list[str], n: int) -> bool:
    """Whether words[n] is a particle inside a name: before a capitalised word (past further particles),
    and, in lower case, after the name's capitalised first part ("Ursula von der Leyen", "Staffan de
    Mistura"; not "accuse la Syrie"); capitalised, inside the text ("Clinton wins Los Angeles": one
    opening the text is `foreign_function_words`' to weigh)."""
    word = words[n]
    if word.lower() not in NAME_PARTICLES or not name_follows(words, n + 1):
        return False
    if word[:1].isupper():
        return n > 0
    return n > 0 and (words[n - 1][:1].isupper() or words[n - 1].lower() in NAME_PARTICLES)


def name_follows(words: list[str], n: int) -> bool:
    """Whether a capitalised word comes at `n`, past any further particles ("von der Leyen")."""
    while n < len(words) and words[n].lower() in NAME_PARTICLES and not words[n][:1].isupper():
        n += 1
    return n < len(words) and words[n][:1].isupper()

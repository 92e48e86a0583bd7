"""The words of place cues, as regular expressions over raw text: an area word ("neighbourhood",
"district"), "in Aleppo" and its variants, a transliterated name (article prefix, up to four words), a
gloss in brackets, a landmark's kind word, a list of areas, descriptive words that are no names."""

from __future__ import annotations

import re

# A cue accepts a gazetteer spelling this close (rapidfuzz ratio on transliteration keys, 0-100).
CUE_MIN_SCORE = 85.0
AREA_WORDS = r"(?:neighbou?rhoods?|districts?|quarters?|areas?|suburbs?|residential\s+areas?)"
IN_ALEPPO = (
    r"(?:\s*,?\s+(?:of|in)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central)\s+)?"
    r"(?:city\s+of\s+)?Aleppo(?:\s+[Cc]ity)?(?!['’]s|\s+(?:province|countryside|governorate|region|"
    r"Governorate|Province)\b))"
)
# A place name: one to four words, each capitalised or an Arabic article joined to a capitalised word.
# Copy sometimes leaves a space after the article's hyphen ("al- Aziziyeh").
# "al"/"el" may stand apart ("al Quds"); "at", "an", "as", "ad" apart are English words ("at Al-Quds hospital").
NAME_WORD = r"(?:(?:[Aa]l|[Ee]l)(?:-\s?|\s)|(?:[Aa][dsztnr]|[Aa]sh)-\s?)?[A-Z][\w'’]*(?:-[\w'’]+)*"
# Words of one name stand on one line: a title's last word and the next paragraph's first are no name.
SPACE = r"[^\S\n]"
NAME = rf"{NAME_WORD}(?:{SPACE}+{NAME_WORD}){{0,3}}"
# "the X neighbourhood (of Aleppo)", "al-X neighbourhood": the name before the area word.
ARTICLE_NAME = r"(?:[Aa]l|[Ee]l|[Aa][dsztnr]|[Aa]sh)-[A-Z][\w'’]*(?:-[\w'’]+)*"
# A preposition stands for the article news copy leaves out ("injured in Mogambo neighborhood").
PLACE_PREPOSITIONS = r"(?:in|on|at|near|into|around|inside|targeted|shelled|hit)"
# A translation in brackets between a name and its area word: "the al-Izaa (radio) neighbourhood". One to
# three words, not an acronym ("the Free Syrian Army (FSA) area" names a group).
GLOSS = r"(?:\s*\((?![A-Z]{2,}\))[A-Za-z'’\-]+(?:\s+[A-Za-z'’\-]+){0,2}\))?"
NAME_THEN_AREA = re.compile(
    rf"(?:\b(?:the|The)\s+(?P<name>{NAME}(?:(?:\s*,\s*|\s*,?\s+and\s+){NAME})*)"
    rf"|(?<![\w\-])(?P<name2>{ARTICLE_NAME}(?:\s+{NAME_WORD})?)"
    rf"|\b{PLACE_PREPOSITIONS}\s+(?P<name3>{NAME}))"
    rf"{GLOSS}\s+{AREA_WORDS}(?P<aleppo>{IN_ALEPPO})?\b"
)
# "the X district of Homs": an area word followed by another city.
OF_ANOTHER_PLACE = re.compile(
    r"\s*,?\s+(?:of|in)\s+(?:the\s+)?(?:(?:city|town|province)\s+of\s+)?(?:(?!Aleppo\b)[A-Z]|(?:Syrian\s+)?capital\b)"
)
# "al-Kallasa Street", "al-Quds hospital": a landmark named after an Arabic name.
LANDMARK = re.compile(
    rf"(?<![\w\-])(?P<name>{NAME})\s+(?P<kind>Street|street|Road|road|Square|square|Roundabout|roundabout|"
    rf"[Hh]ospital|[Bb]ridge|[Cc]rossing|School|Academy|College|[Ff]actory|[Pp]lant)\b"
)
# Landmarks named after a local name without an article, when their sentence names the city: the
# issue's hospitals, squares, roundabouts, factories and schools ("the Artillery School in Aleppo").
LOCAL_KINDS = frozenset(
    ("roundabout", "hospital", "square", "school", "academy", "college", "factory", "plant")
)
# "X district of Aleppo", "al-Muasalat area of Aleppo" (no article needed when Aleppo is named).
NAME_AREA_OF_ALEPPO = re.compile(rf"(?<![\w\-])(?P<name>{NAME}){GLOSS}\s+{AREA_WORDS}(?P<aleppo>{IN_ALEPPO})")
# "in X in Aleppo city" (not "in X in Aleppo province": the countryside).
IN_NAME_IN_ALEPPO = re.compile(
    rf"\bin\s+(?P<name>{NAME})(?P<aleppo>\s+in\s+Aleppo(?:\s+[Cc]ity)?\b(?!['’]s|\s+(?:province|countryside|governorate)\b))"
)
# "the neighbourhoods of X, Y and Z (in Aleppo)": a run of names after an area word.
AREA_LIST = re.compile(
    rf"\b{AREA_WORDS}\s+(?P<prep>of|in|including|such\s+as)\s+"
    rf"(?P<list>{NAME_WORD}(?:(?:{SPACE}*,{SPACE}*and{SPACE}+|{SPACE}*,{SPACE}*|{SPACE}+and{SPACE}+|{SPACE}+){NAME_WORD})*)"
    rf"(?P<aleppo>{IN_ALEPPO})?"
)
# "the neighbourhoods of Foo city / town": the list names a settlement, not a district.
SETTLEMENT_AFTER = re.compile(r"[^\S\n]+(?:city|town|village)\b")
LIST_SEPARATOR = re.compile(r"\s*,\s*and\s+|\s*,\s*|\s+and\s+")
SEPARATOR_BEFORE = re.compile(rf"(?:{LIST_SEPARATOR.pattern})$")  # a list separator ending the text before a name
ARTICLE_START = re.compile(r"^(?:[Aa]l|[Ee]l|[Aa][dsztnr]|[Aa]sh)[\-\s]")
# Words that look like names in these frames but are not places ("the same neighbourhood").
NOT_NAMES = frozenset(
    "same whole entire other new old city main central eastern western northern southern besieged rebel rebels "
    "government regime opposition residential industrial kurdish christian armenian shiite sunni "
    "syria syrias syrian russian turkish iranian american arab islamic state army free front forces force militia "
    "jihadist jihadists daesh isis isil nusra ypg sdf fsa hezbollah "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday english arabic "
    "terrorist terrorists battle battles attack attacks clashes fighting offensive shelling bombing raid raids".split()
)
# Words for who lives in an area, written between its name and the area word ("the Midan Armenian quarter").
COMMUNITY_WORDS = r"Kurdish|Christian|Armenian|Arab|Shiite|Shia|Sunni|Alawite|Druze|Assyrian|Turkmen"
# Hyphenated words that describe an area rather than name it ("the Kurdish-majority area").
DESCRIPTIVE = re.compile(
    r"-(?:held|controlled|run|based|majority|dominated|populated|backed|led)$", re.IGNORECASE
)

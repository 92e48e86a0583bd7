"""Word lists, thresholds and dependency labels the quote rules share."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from ..entities.lexicon import ORG_WORDS, read_word_list
from ..paths import LEXICON_DIR

OPENING_DOUBLE = "“„«"
CLOSING_DOUBLE = "”»"
DOUBLE_MARKS_RE = re.compile(r"[\"“”„«»]")
SINGLE_MARKS_RE = re.compile(r"[‘’']")
LINE_RE = re.compile(r"[^\n]+")
WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
SENTENCE_END_RE = re.compile(r"[.!?]")
SENTENCE_END_MARKS = frozenset({".", "!", "?"})  # tokens that end a sentence before a capital
BEFORE_OPENING = set(" \t([{—–-/:;,")
AFTER_CLOSING = set(" \t,.;:!?)]}—–-/")

# Words before a "that" that open a clause of purpose, time or condition, never a report: "so that", "now that".
CONJUNCTION_WORDS = frozenset({"so", "such", "now", "given", "provided", "except", "order", "save"})
# Nouns of a thought, not a statement, whose "that" clause is theirs too: "opposed to the idea that ...".
THOUGHT_NOUNS = frozenset({"idea", "notion", "fact"})
MAX_SHORT_WORDS = 3  # quoted runs of 1-3 words are scare quotes or titles unless a cue sits beside them
MAX_HEADING_WORDS = 12  # a line this short with no sentence punctuation is a headline or subheading
MAX_UNCLOSED_TAIL = 400  # an unclosed quote runs to its paragraph's end only if that end is this near
MAX_SINGLE_QUOTE_CHARS = 600  # single-quote pairs farther apart are apostrophes, not quotes
MAX_SPLIT_GAP = 80  # '"A," he said, "B"': the attribution between the parts is short
MAX_LONG_SPLIT_GAP = 250  # ... or longer, with appositions, when the second part goes on in lower case
MAX_INHERIT_GAP = 60  # "he said." between two quotes of one speaker
RIGHT_ZONE_NEXT_SENTENCE_TOKENS = 8
ORG_LABELS = ("ORG", "ARMED_GROUP", "GPE", "NORP", "FAC")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
INVERTED_SUBJECT_DEPS = ("dobj", "attr", "npadvmod", "dative", "appos", "oprd")
NOT_IN_NAME_DEPS = ("relcl", "acl", "appos", "conj", "cc", "punct", "advcl", "prep")
INHERITS_SUBJECT_DEPS = ("conj", "xcomp", "advcl")
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
CONTENT_OBJECT_DEPS = ("dobj", "dative", "xcomp", "prep", "ccomp", "pobj", "oprd")
OBJECT_PREPOSITIONS = ("of", "for", "on", "to", "over", "about")
REPORTING_FRAMES = frozenset({"clause", "object", "content_noun", "toll", "evidence", "doubt"})  # "naming" alone (dub, nickname) reports nothing
NOUN_MODIFIER_DEPS = ("amod", "compound", "nmod")  # "the said agreement", "state news agency SANA"
MAX_NAMED_OBJECT_TOKENS = 4  # 'dubbed the offensive "..."': the object between the verb and the title
NEGATIVE_SUBJECTS = ("neither", "no", "nobody", "none", "nor")


@functools.cache
def speech_verbs() -> dict[str, frozenset[str]]:
    """Speech verb lemma -> content frames ("clause", "object"), from data/lexicons/speech_verbs.txt."""
    verbs: dict[str, frozenset[str]] = {}
    for line in (LEXICON_DIR / "speech_verbs.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            lemma, _, frames = line.partition(" ")
            verbs[lemma.lower()] = frozenset(f.strip() for f in frames.split(",") if f.strip())
    return verbs


def is_belief_verb(lemma: str) -> bool:
    """A verb that holds its clause as a view (frame "belief": "believe", "fear", "expect"), reported
    beside speech and never as a cue of it; `lemma` in any case."""
    return "belief" in speech_verbs().get(lemma.lower(), ())


def says_a_clause(token) -> bool:
    """A verb that says a clause ("said", "announced"), not one that holds it as a belief ("fears")."""
    return "clause" in speech_verbs().get(token.lemma_.lower(), ()) and not is_belief_verb(token.lemma_)


@functools.cache
def content_nouns() -> frozenset[str]:
    """Nouns naming a statement whose "that"-clause is its content, from data/lexicons/content_nouns.txt."""
    return read_word_list("content_nouns.txt")


@functools.cache
def record_nouns() -> frozenset[str]:
    """Records and inquiries that report through an "evidence" verb ("the records show that ..."),
    from data/lexicons/record_nouns.txt."""
    return read_word_list("record_nouns.txt")


def is_record(token) -> bool:
    """A common noun naming a record or an inquiry (`record_nouns`), by lemma or by surface form (a
    plural the tagger left unlemmatised)."""
    return token.pos_ == "NOUN" and (token.lemma_.lower() in record_nouns() or token.lower_ in record_nouns())


# Words a phrase cut short cannot end on: a source phrase stopped at its cue ("Jane Doe, who"), a
# content stopped at its source ("... 112 people the", "... the town of").
DANGLING_WORDS = frozenset(
    {"and", "or", "but", "who", "which", "that", "of", "in", "at", "on", "for", "from", "by", "to", "with", "the", "a", "an"}
)


TOLL_NOUNS = frozenset({"toll", "figure", "number", "count", "tally"})


# Verbs whose subject undergoes the event, with no object: as participles after a noun they still
# make a clause ("told AFP the car bomb detonated in the market").
VERBS_WITHOUT_OBJECT = frozenset({
    "detonate", "explode", "blow", "die", "collapse", "crash", "fall", "burn", "sink", "arrive", "happen",
    "occur", "erupt", "flee", "escape", "surrender", "withdraw", "retreat", "advance", "land", "strike",
})  # fmt: skip


def participle_acts(verb: Token) -> bool:
    """Whether a participle the parse hangs on a noun is a clause's verb: it has an object of its own, or
    is a verb that takes none ("the bomb detonated"). A participle with neither, or with an agent,
    describes the noun: "the plan drawn up by Moscow", "a story shared by many"."""
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" for c in verb.children) or verb.lemma_.lower() in VERBS_WITHOUT_OBJECT

# Verbs of how a source is to be named: "who asked not to be named / identified / quoted", "asked to be
# identified only as Abu Ali", "to be known as".
ANONYMITY_VERBS = frozenset({"name", "identify", "quote", "call", "know"})
ANONYMITY_ADJECTIVES = frozenset({"anonymous", "unnamed", "unidentified", "nameless"})  # "asked to remain anonymous"
NAME_WITHHOLDING_VERBS = frozenset({"withhold", "conceal", "hide", "omit", "change", "keep"})  # "his name be withheld"
# A source's description that withholds a name: "who asked not to be named", "who declined to be
# identified", "speaking on condition of anonymity", "an unnamed official", "anonymous sources".
WITHHELD_NAME_RE = re.compile(
    r"(?i)\b(?:(?:asked|requested|declined|refused|wished)\s+not\s+to\s+be\s+(?:named|identified|quoted)"
    r"|(?:declined|refused)\s+to\s+be\s+(?:named|identified|quoted)"
    r"|(?:not\s+)?(?:authori[sz]ed|allowed|permitted)\s+to\s+(?:speak|talk|brief)"
    r"|condition\s+of\s+anonymity|anonymous(?:ly)?|unnamed|unidentified)\b"
)


# Head words of a body's name: "Captain Tom Foundation", "the Daraa Central Committee" name bodies.
BODY_NAME_HEADS = ORG_WORDS | {
    "foundation", "association", "club", "fund", "hospital", "institute", "society", "union", "trust",
    "university", "school", "network", "federation", "league", "movement", "brigade", "brigades",
    "directorate", "authority", "commission",
}  # fmt: skip

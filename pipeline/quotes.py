"""Who said what: direct and indirect quotes with their speakers, from one parsed article.

Direct quotes are found by pairing quote marks in the text (never raising on odd counts), indirect
quotes from a speech verb's content clause in the dependency parse. Speakers come from the parse
(subject of the speech verb, "according to X", inversions, appositions); pronouns and descriptions
resolve to the nearest compatible named speaker earlier in the article (pipeline.speakers).
The rules are documented in docs/speakers.md.

Offsets: a direct quote's start/end cover its content without the marks. A quote split by its
attribution ('"A," he said, "B"') or running over paragraphs is one Quote: start is the first part's
start, end the last part's end, and `quote` joins the parts' texts with a space (the attribution
between them is left out).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .paths import LEXICON_DIR
from .records import EntityMention, Quote
from .speakers import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    ORG_PRONOUNS,
    ORG_SPEAKER_LABELS,
    KnownSpeaker,
    SpeakerHistory,
    person_role_in,
    role_words,
    role_words_in,
    side_of,
)

OPENING_DOUBLE = "“„«"
CLOSING_DOUBLE = "”»"
DOUBLE_MARKS_RE = re.compile(r"[\"“”„«»]")
SINGLE_MARKS_RE = re.compile(r"[‘’']")
LINE_RE = re.compile(r"[^\n]+")
WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
SENTENCE_END_RE = re.compile(r"[.!?]")
BEFORE_OPENING = set(" \t([{—–-/:;,")
AFTER_CLOSING = set(" \t,.;:!?)]}—–-/")

MAX_SHORT_WORDS = 3  # quoted runs of 1-3 words are scare quotes or titles unless a cue sits beside them
MAX_HEADING_WORDS = 12  # a line this short with no sentence punctuation is a headline or subheading
MAX_UNCLOSED_TAIL = 400  # an unclosed quote runs to its paragraph's end only if that end is this near
MAX_SINGLE_QUOTE_CHARS = 600  # single-quote pairs farther apart are apostrophes, not quotes
MAX_SPLIT_GAP = 80  # '"A," he said, "B"': the attribution between the parts is short
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
REPORTING_FRAMES = frozenset({"clause", "object"})  # "naming" alone (dub, nickname) reports nothing
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


# ---------------------------------------------------------------------------------------------------
# Finding direct quotes in the text


@dataclass(slots=True)
class QuoteSpan:
    """One direct quote as found in the text: its parts' content offsets and where its marks are."""

    parts: list[tuple[int, int]]
    open_mark: int  # offset of the first part's opening mark
    close_mark: int | None  # offset of the last part's closing mark; None when unclosed
    line: int  # index of the line the quote starts on
    single: bool = False

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]

    @property
    def after_close(self) -> int:
        return self.close_mark + 1 if self.close_mark is not None else self.end


def _looks_opening(text: str, i: int, lo: int, hi: int) -> bool:
    return (
        (i == lo or text[i - 1] in BEFORE_OPENING or text[i - 1].isspace())
        and i + 1 < hi
        and not text[i + 1].isspace()
    )


def _looks_closing(text: str, i: int, lo: int, hi: int) -> bool:
    return (
        i > lo
        and not text[i - 1].isspace()
        and (i + 1 >= hi or text[i + 1] in AFTER_CLOSING or text[i + 1].isspace())
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_heading(line: str) -> bool:
    return len(WORD_RE.findall(line)) <= MAX_HEADING_WORDS and not SENTENCE_END_RE.search(line)


def _double_pairs(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int]], int | None]:
    """Paired double marks (open, close) within text[lo:hi], and the offset of an unclosed opening mark."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in DOUBLE_MARKS_RE.finditer(text, lo, hi):
        i, mark = m.start(), m.group()
        if open_at is None:
            if mark in CLOSING_DOUBLE and not _looks_opening(text, i, lo, hi):
                continue  # a stray closing mark whose opening was lost
            open_at = i
        elif mark in OPENING_DOUBLE and not _looks_closing(text, i, lo, hi):
            open_at = i  # the earlier quote lost its closing mark; this one starts afresh
        else:
            pairs.append((open_at, i))
            open_at = None
    return pairs, open_at


def _single_pairs(text: str, lo: int, hi: int, blocked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Single-mark pairs used as quotes, outside double-quoted runs; unclosed ones are apostrophes."""
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in SINGLE_MARKS_RE.finditer(text, lo, hi):
        i, mark = m.start(), m.group()
        if any(a <= i <= b for a, b in blocked):
            continue
        opening = mark != "’" and _looks_opening(text, i, lo, hi) and text[i + 1].isalnum()
        closing = (
            mark != "‘" and _looks_closing(text, i, lo, hi) and not (i + 1 < hi and text[i + 1].isalnum())
        )
        if open_at is not None and closing and i - open_at <= MAX_SINGLE_QUOTE_CHARS:
            pairs.append((open_at, i))
            open_at = None
        elif opening:
            open_at = i
    return pairs


def quote_spans(text: str) -> list[QuoteSpan]:
    """Direct-quote candidates in text order, before the scare-quote filter (which needs the parse)."""
    lines = [(m.start(), m.end()) for m in LINE_RE.finditer(text) if m.group().strip()]
    spans: list[QuoteSpan] = []
    carried: QuoteSpan | None = None  # an unclosed quote waiting for the next paragraph to open with a mark
    for n, (lo, hi) in enumerate(lines):
        line = text[lo:hi]
        pairs, open_at = _double_pairs(text, lo, hi)
        if carried is not None:
            first_mark = lo + len(line) - len(line.lstrip())
            if pairs and pairs[0][0] == first_mark:
                # Multi-paragraph convention: the quote goes on in a paragraph that opens with a mark.
                first_open, first_close = pairs.pop(0)
                carried.parts.append(_trimmed(text, first_open + 1, first_close))
                carried.close_mark = first_close
                spans.append(carried)
                carried = None
            elif open_at == first_mark and not pairs:
                carried.parts.append(_trimmed(text, first_mark + 1, hi))
                open_at = None
            else:
                spans.append(carried)
                carried = None
        if _is_heading(line):
            continue
        for a, b in pairs:
            spans.append(QuoteSpan([_trimmed(text, a + 1, b)], a, b, n))
        next_opens = n + 1 < len(lines) and text[lines[n + 1][0] : lines[n + 1][1]].lstrip()[:1] in '"“„«'
        if open_at is not None and (next_opens or hi - open_at <= MAX_UNCLOSED_TAIL):
            unclosed = QuoteSpan([_trimmed(text, open_at + 1, hi)], open_at, None, n)
            if next_opens:
                carried = unclosed
            else:
                spans.append(unclosed)
        blocked = pairs + ([(open_at, hi)] if open_at is not None else [])
        for a, b in _single_pairs(text, lo, hi, blocked):
            spans.append(QuoteSpan([_trimmed(text, a + 1, b)], a, b, n, single=True))
    if carried is not None:
        spans.append(carried)
    spans = [s for s in spans if s.end > s.start and any(ch.isalpha() for ch in text[s.start : s.end])]
    return sorted(spans, key=lambda s: s.start)


# ---------------------------------------------------------------------------------------------------
# Parse helpers


@dataclass(slots=True)
class ParsedArticle:
    """The doc with lookups built once: token by offset, entity by offset, sentence bounds, quoted runs."""

    doc: Doc
    entities: list[EntityMention]
    token_starts: list[int] = field(default_factory=list)
    entity_starts: list[int] = field(default_factory=list)
    quoted: list[tuple[int, int]] = field(default_factory=list)
    lines: list[tuple[int, int]] = field(default_factory=list)
    line_starts: list[int] = field(default_factory=list)
    text: str = ""  # doc.text, read once: spaCy rebuilds it from every token on each access

    def __post_init__(self) -> None:
        self.text = self.doc.text
        self.token_starts = [t.idx for t in self.doc]
        self.lines = [(m.start(), m.end()) for m in LINE_RE.finditer(self.text)] or [(0, 0)]
        self.line_starts = [lo for lo, _ in self.lines]
        self.entities = sorted(self.entities, key=lambda e: (e.start, -e.end))
        self.entity_starts = [e.start for e in self.entities]

    def token_at(self, offset: int) -> int:
        """Index of the token containing (or last starting before) a character offset."""
        return max(0, bisect.bisect_right(self.token_starts, offset) - 1)

    def entity_covering(self, token: Token) -> EntityMention | None:
        i = bisect.bisect_right(self.entity_starts, token.idx) - 1
        while i >= 0:
            entity = self.entities[i]
            if entity.start <= token.idx < entity.end:
                return entity
            if token.idx - entity.start > 200:
                break
            i -= 1
        return None

    def line_of(self, offset: int) -> tuple[int, int]:
        """The paragraph (line) holding an offset: the parser's sentences can run across headings."""
        return self.lines[max(0, bisect.bisect_right(self.line_starts, offset) - 1)]

    def in_quote(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.quoted)


def _is_cue(token: Token) -> bool:
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    frames = speech_verbs().get(token.lemma_.lower(), frozenset())
    return (
        token.pos_ in ("VERB", "AUX")
        and bool(frames & REPORTING_FRAMES)
        and not any(c.dep_ == "neg" for c in token.children)
        and not _negated_subject(token)
        and token.head.lower_ != "worth"  # "it is worth noting that ...": the writer's own aside
        and token.dep_ not in NOUN_MODIFIER_DEPS  # "the said agreement", "state/VBP news agency"
        and not _refused(token)
        and not (
            token.lemma_.lower() == "call" and not any(c.lower_ in ("on", "for") for c in token.children)
        )
    )


def _refused(token: Token) -> bool:
    """ "the army declined to comment", "refused to say": the verb reports that nothing was said."""
    return token.dep_ == "xcomp" and "refusal" in speech_verbs().get(token.head.lemma_.lower(), frozenset())


def _negated_subject(token: Token) -> bool:
    """ "neither X nor Y blamed ...", "no group claimed ...": the verb reports that nobody said it."""
    for subject in (c for c in token.children if c.dep_ in SUBJECT_DEPS):
        if subject.lower_ in NEGATIVE_SUBJECTS or any(
            c.dep_ in ("preconj", "det") and c.lower_ in NEGATIVE_SUBJECTS for c in subject.children
        ):
            return True
    return False


def _names_a_title(article: ParsedArticle, span: QuoteSpan) -> bool:
    """'known as "the capital of the revolution"', 'used to be called "a pearl of the desert"': a
    nickname or title the writer cites, not words anyone is quoted as saying."""
    i = article.token_at(span.open_mark) - 1
    doc = article.doc
    if i < 0 or doc[i].idx >= span.open_mark:
        return False
    naming = {lemma for lemma, frames in speech_verbs().items() if "naming" in frames}
    # 'called "..."', 'known as "..."', 'dubbed the offensive "..."': the naming verb, then at most
    # its object noun phrase or "as" before the mark.
    for token in reversed(doc[max(0, i - MAX_NAMED_OBJECT_TOKENS) : i + 1]):
        if token.lemma_.lower() in naming and token.pos_ in ("VERB", "AUX"):
            return not _is_cue(token)
        if token.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ") or token.is_sent_start:
            return False
    return False


def _cue_text(token: Token) -> str:
    if token.lower_ == "according":
        return "according to"
    parts = [token.text]
    for child in token.children:
        if child.dep_ == "prt" or (
            child.dep_ == "prep" and child.lower_ in ("on", "for") and token.lemma_ == "call"
        ):
            parts.append(child.text)
        elif token.lemma_ == "tell" and child.dep_ in ("dobj", "dative") and child.i == token.i + 1:
            parts.append(child.text)  # "told reporters", "told AFP"
    return " ".join(parts)


def _speaker_head(cue: Token, article: ParsedArticle) -> Token | None:
    """The head token of the speaker noun phrase for a cue, from the parse; None when the parse has none."""
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    verb: Token | None = cue
    for _ in range(4):  # "and called on", "saying", "went on to say" share the subject of the verb above
        if verb is None:
            return None
        # A heading run into the sentence can give the verb two subjects: the nearest is the real one.
        subjects = sorted(
            (c for c in verb.children if c.dep_ in SUBJECT_DEPS and not article.in_quote(c.idx)),
            key=lambda c: abs(c.i - verb.i),
        )
        subject = subjects[0] if subjects else None
        if subject is not None:
            subject = _named_before_apposition(subject, article)
            if subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                return verb.head
            return subject
        reporter = _coordinated_reporter(verb)
        if reporter is not None:
            verb = reporter
            continue
        if verb.dep_ in INHERITS_SUBJECT_DEPS and verb.head is not verb:
            verb = verb.head
            continue
        governing = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and governing is not None:
            # "cast doubt on the findings saying ...": the participle belongs to the clause's subject.
            verb = governing
            continue
        break
    fronted = _subject_before_parenthetical(cue, article)
    if fronted is not None:
        return fronted
    # Comma-less text: "... in critical condition SANA reported" leaves the name outside the clause.
    before = cue.doc[cue.i - 1] if cue.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and not article.in_quote(before.idx):
        entity = article.entity_covering(before)
        if entity is not None and entity.label in ("PERSON", *ORG_LABELS):
            return before
    if (
        before is not None
        and before.pos_ == "NOUN"
        and _is_role_head(before)
        and not article.in_quote(before.idx)
    ):
        # '"..." Rami an Aleppo resident said': the parser hung the speaker on the quote.
        return _named_before_apposition(before, article)
    # Inversions the parser labels otherwise: '"...", said Ibrahim Abu al-Leith', '" said the Observatory adding'.
    for token in cue.doc[cue.i + 1 : cue.i + 5]:
        if token.dep_ in ("det", "amod", "compound", "punct", "npadvmod") or token.pos_ == "ADJ":
            continue
        if (
            token.dep_ in INVERTED_SUBJECT_DEPS + SUBJECT_DEPS
            and (token.pos_ == "PROPN" or token.lemma_.lower() in role_words())
            and token.head.i in (cue.i, *(c.i for c in cue.children))
        ):
            return token
        break
    return None


def _verb_form(verb: Token) -> tuple[str, tuple[str, ...]]:
    """Tag and auxiliaries: "have warned ... and have called" share a form that "risk" lacks."""
    return verb.tag_, tuple(c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass"))


def _could_speak(subject: Token) -> bool:
    """Whether a subject can be a speaker: a name, a pronoun, a body or a person's role (not "bombing")."""
    if subject.dep_ == "nsubjpass" or subject.pos_ == "NUM":
        return False
    return (
        subject.pos_ in ("PROPN", "PRON")
        or subject.ent_type_ in ("PERSON", *ORG_LABELS)
        or subject.lemma_.lower() in role_words()
        or subject.lower_ in role_words()
    )


def _coordinated_reporter(verb: Token) -> Token | None:
    """The speech verb whose subject a subjectless coordinated verb shares, when the parser hung it on a
    verb inside the reported clause: in "Kerry said the bombing amounted to war crimes and called on
    ..." and "Critics have warned that civilians risk ... and have called on ..." the second verb is
    the speaker's, not the clause's. Decided by verb form (tense and auxiliaries), else by whether
    the clause's subject could speak at all. None when the parse's own head should be followed."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    head = verb.head
    if head.i >= verb.i or _is_cue(head):
        return None
    reporter = next(
        (
            t
            for t in reversed(verb.doc[verb.sent.start : head.i])
            if _is_cue(t) and t.lower_ != "according" and head in t.subtree and t in head.ancestors
        ),
        None,
    )
    if reporter is None or not any(c.dep_ in SUBJECT_DEPS for c in reporter.children):
        return None
    form = _verb_form(verb)
    if form == _verb_form(reporter) != _verb_form(head):
        return reporter
    if form == _verb_form(head) != _verb_form(reporter):
        return None
    head_subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    return reporter if head_subject is None or not _could_speak(head_subject) else None


PARENTHETICAL_DEPS = ("advmod", "npadvmod", "prep", "punct")


def _subject_before_parenthetical(cue: Token, article: ParsedArticle) -> Token | None:
    """ "SANA, meanwhile, reported ...": the parser can lose the subject across a parenthetical and hang
    it on the verb otherwise; a named body or person opening the clause before it is the subject."""
    doc = cue.doc
    left = [c for c in cue.lefts if c.dep_ not in (*PARENTHETICAL_DEPS, "aux", "neg")]
    if len(left) != 1 or cue.tag_ not in (*FINITE_TAGS, "VBN"):
        return None
    candidate = left[0]
    if candidate.dep_ in ("mark", "ccomp", "csubj") or article.in_quote(candidate.idx):
        return None
    entity = article.entity_covering(candidate)
    if not (
        (entity is not None and entity.label in ("PERSON", *ORG_LABELS))
        or candidate.pos_ == "PROPN"
        or _is_role_head(candidate)
        or role_words().get(candidate.lemma_.lower()) == "org"
    ):
        return None
    starts_clause = candidate.left_edge.i == cue.sent.start or doc[candidate.left_edge.i - 1].is_punct
    between = doc[candidate.right_edge.i + 1 : cue.i]
    parenthetical = any(t.is_punct for t in between) and all(
        t.is_punct
        or any(a.head.i == cue.i and a.dep_ in PARENTHETICAL_DEPS for a in [t, *t.ancestors] if a.i < cue.i)
        for t in between
    )
    return candidate if starts_clause and parenthetical else None


def _named_before_apposition(subject: Token, article: ParsedArticle) -> Token:
    """ "Rami an Aleppo resident said", "Ibrahim al-Hajj a volunteer with the group said": commas lost,
    the person's name sits just before the role phrase the parser took as the subject."""
    if not _is_role_head(subject):
        return subject
    first = subject.left_edge
    if first.dep_ != "det" or first.lower_ not in ("a", "an") or first.i == 0:
        return subject
    before = subject.doc[first.i - 1]
    entity = article.entity_covering(before)
    if entity is None or entity.label != "PERSON" or article.in_quote(before.idx):
        return subject
    return before


def _name_tokens(head: Token) -> list[Token]:
    """The speaker noun phrase without relative clauses, appositions, coordinated names or trailing preps."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in NOT_IN_NAME_DEPS and not (child.dep_ == "prep" and child.i < head.i):
            continue
        tokens.extend(child.subtree)
    if any(c.dep_ == "prep" and c.i > head.i for c in head.children) and head.pos_ != "PROPN":
        # "the chief of Russia's General Staff Valery Gerasimov": the name can sit inside the prep.
        for child in head.children:
            if child.dep_ == "prep" and child.i > head.i:
                tokens.extend(child.subtree)
    tokens.sort(key=lambda t: t.i)
    return tokens


@dataclass(slots=True)
class Speaker:
    name: str | None
    text: str | None
    role: str | None
    label: str | None
    position: int
    named: bool  # named in the text here (not resolved from a pronoun or a description)
    pronoun: str | None = None


def _clean_role(text: str) -> str | None:
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(" ,;:-–—'’\"“”"), flags=re.IGNORECASE)
    text = re.sub(r"(?:’s|'s)$", "", text).strip(" ,")
    return text if text and role_words_in(text) else None


def _leading_name(tokens: list[Token], head: Token) -> str | None:
    """Two or more capitalised proper nouns opening a phrase headed by a person's role word."""
    if not _is_role_head(head):
        return None
    run = []
    for token in tokens:
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.lower_ in role_words():
            break
        run.append(token)
    if len(run) < 2 or run[-1].i >= head.i:
        return None
    return head.doc[run[0].i : run[-1].i + 1].text


def _is_role_head(head: Token) -> bool:
    return role_words().get(head.lemma_.lower()) == "person" or role_words().get(head.lower_) == "person"


def _longer_canonical(article: ParsedArticle, entity: EntityMention) -> str:
    """A short name ("Kerry", "Observatory") completed by a longer name of the same entity in the article."""
    words = set(re.split(r"[\s-]+", entity.canonical.lower()))
    best = entity.canonical
    for other in article.entities:
        if other.canonical == best or len(other.canonical) <= len(best):
            continue
        if (other.label == "PERSON") != (entity.label == "PERSON"):
            continue
        other_words = set(re.split(r"[\s-]+", other.canonical.lower()))
        if words < other_words:
            best = other.canonical
    return best


def _describe(article: ParsedArticle, head: Token, cue: Token) -> Speaker:
    """Name, role and label of the speaker phrase headed by `head`, as far as the text itself says."""
    lo, hi = article.line_of(cue.idx)
    tokens = [t for t in _name_tokens(head) if lo <= t.idx < hi and not t.is_space]
    if not tokens:
        return Speaker(None, None, None, None, head.idx, named=False)
    if not lo <= head.idx < hi:
        # The parse ran a heading into this sentence: the phrase's root on the cue's line stands in.
        ids = {t.i for t in tokens}
        head = next(t for t in tokens if t.head.i not in ids or t.head is t)
    determiners = [t for t in tokens if t.dep_ == "det" and t.i < head.i and t.lower_ in ("a", "an", "the")]
    if determiners and determiners[-1].i > tokens[0].i and head.lemma_.lower() in role_words():
        # Text without commas runs phrases together ("Syrian bastion Raqqa a monitor said").
        tokens = [t for t in tokens if t.i >= determiners[-1].i]
    start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
    text = article.text[start:end]
    entity = article.entity_covering(head)
    if (entity is None or entity.label not in ("PERSON", *ORG_LABELS)) and _is_role_head(head):
        # "the chief of Russia's General Staff Valery Gerasimov": the name sits inside the phrase.
        persons = [
            e
            for t in tokens
            if (e := article.entity_covering(t)) is not None and e.label == "PERSON" and t.dep_ != "poss"
        ]
        entity = persons[-1] if persons else None
    if entity is not None and entity.label in ("GPE", "NORP") and head.pos_ == "NOUN":
        entity = None  # "Russian officials", "Syrian army": the nationality is not the speaker
    appos = next((c for c in head.children if c.dep_ == "appos"), None)
    appos_text = None
    if appos is not None:
        sub = list(appos.subtree)
        appos_text = article.text[sub[0].idx : sub[-1].idx + len(sub[-1])]
    if entity is not None:
        before = article.text[start : max(start, entity.start)]
        after = article.text[min(end, entity.end) : end]
        role = _clean_role(before) or _clean_role(after) or (_clean_role(appos_text) if appos_text else None)
        name = _longer_canonical(article, entity)
        return Speaker(name, text, role, entity.label, head.idx, named=True)
    if head.pos_ == "PRON":
        return Speaker(None, head.text, None, None, head.idx, named=False, pronoun=head.lower_)
    name_run = _leading_name(tokens, head)
    if name_run:
        # "Wird Furati head of press office at ...": a name the entity stage missed, then the role.
        role = _clean_role(text[len(name_run) :])
        return Speaker(name_run, text, role, "PERSON", head.idx, named=True)
    if head.pos_ == "PROPN":
        # A name the entity stage did not keep: the words as written are still the speaker's name.
        return Speaker(text.removeprefix("the ").removeprefix("The "), text, None, None, head.idx, named=True)
    kind = role_words().get(head.lemma_.lower()) or role_words().get(head.lower_)
    named_modifier = any(
        t.i < head.i
        and (t.pos_ == "PROPN" or t.ent_type_ in ("NORP", "GPE", "ORG"))
        and t.head.lemma_ != "base"
        for t in tokens
    )
    determiner = tokens[0].lower_ if tokens[0].dep_ == "det" else None
    if kind == "org" and named_modifier and not any(t.i > head.i for t in tokens):
        # "the Syrian army", "Russia's Defence Ministry": a named body speaks, even without an entity.
        name = re.sub(r"^(?:the|a|an)\s+", "", text, flags=re.IGNORECASE)
        return Speaker(name, text, None, "ORG", head.idx, named=True)
    role = _clean_role(text) if kind == "person" else None
    speaker = Speaker(None, text, role, None, head.idx, named=False)
    if (kind and determiner in ("the", "this")) or (kind and determiner is None and not named_modifier):
        speaker.pronoun = "description:" + head.lemma_.lower()
    return speaker


def _resolve(article: ParsedArticle, speaker: Speaker, history: SpeakerHistory) -> Speaker:
    """Fill the name of a pronoun or description speaker from the nearest compatible earlier one."""
    if speaker.named or speaker.pronoun is None:
        return speaker
    known: KnownSpeaker | None = None
    if role_words().get(speaker.pronoun.removeprefix("description:")) == "statement":
        known = history.resolve_statement(speaker.position)
    elif speaker.pronoun.startswith("description:"):
        head = speaker.pronoun.split(":", 1)[1]
        known = history.resolve_description(head, speaker.text or head, speaker.position)
        if known is None and head in GENERIC_ORG_WORDS:
            # "the Lebanese terrorist group Hezbollah said ... with the Syrian army. '...' the group
            # said": the body the text introduced as a group, else the body that spoke last.
            known = _introduced_as(article, head, speaker.position) or history.last_organisation(
                speaker.position
            )
        if known is None and role_words().get(head) == "org":
            known = _resolve_from_entities(article, head, speaker.position)
        if known is None and role_words().get(head) == "org":
            known = _resolve_by_side(article, speaker.text or head, head, speaker.position)
    elif speaker.pronoun in MALE_PRONOUNS | FEMALE_PRONOUNS | ORG_PRONOUNS:
        known = history.resolve_pronoun(speaker.pronoun, speaker.position)
        if known is not None:
            history.note_gender(known.name, speaker.pronoun)
    if known is not None:
        speaker.name, speaker.label = known.name, known.label
        speaker.role = speaker.role or known.role
    return speaker


GENERIC_ORG_WORDS = ("group", "organisation", "organization")


def _resolve_by_side(
    article: ParsedArticle, description: str, head: str, position: int
) -> KnownSpeaker | None:
    """ "the rescue service" -> the nearest earlier body on that side; "the group" -> the nearest earlier group."""
    side = side_of(None, None, description)
    for entity in reversed(article.entities):
        if entity.end > position or entity.label not in ("ORG", "ARMED_GROUP") or article.in_quote(entity.start):
            continue  # a body named inside a quote is talked about, not talking
        if side not in (None, "other") and side_of(entity.canonical) == side:
            return KnownSpeaker(entity.canonical, entity.label, None, side, entity.start)
        if side in (None, "other") and head in GENERIC_ORG_WORDS:
            return KnownSpeaker(entity.canonical, entity.label, None, None, entity.start)
    return None


def _resolve_forward(found: list[_Found]) -> None:
    """ "..., a monitor said. The Syrian Observatory for Human Rights said ...": the lead's unnamed
    source is named by the next attribution on the same side, a common news-lead pattern."""
    ordered = sorted(
        (f for f in found if f.cue is not None and f.speaker is not None), key=lambda f: f.cue.idx
    )
    for n, item in enumerate(ordered):
        speaker = item.speaker
        text = (speaker.text or "").lower()
        if speaker.name is not None or not text.startswith(("a ", "an ")):
            continue
        side = side_of(None, None, speaker.text)
        if side in (None, "other"):
            continue
        # "a Kremlin spokesman" is not the chief of staff quoted next: a person's office must recur.
        offices = {w for w in role_words_in(speaker.text or "") if role_words().get(w) == "person"}
        for later in ordered[n + 1 : n + 3]:
            other = later.speaker
            if offices and not offices & set(role_words_in(f"{other.role or ''} {other.text or ''}")):
                continue
            if other.name is not None and side_of(other.name, other.role, other.text) == side:
                speaker.name, speaker.label = other.name, other.label
                break


INTRODUCTION_WINDOW = 40  # characters around a name where "a monitoring group", "terrorist group" introduce it


def _introduced_as(article: ParsedArticle, head: str, position: int) -> KnownSpeaker | None:
    """The nearest earlier organisation written next to the description's head word
    ("the Britain-based monitoring group Syrian Observatory", "Hezbollah, the Lebanese group")."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(head) + r"(?![\w-])", re.IGNORECASE)
    for entity in reversed(article.entities):
        if entity.end > position or entity.label not in ORG_SPEAKER_LABELS or article.in_quote(entity.start):
            continue
        lo, hi = article.line_of(entity.start)
        window = article.text[max(lo, entity.start - INTRODUCTION_WINDOW) : min(hi, entity.end + INTRODUCTION_WINDOW)]
        if pattern.search(window) and position - entity.end > INTRODUCTION_WINDOW:
            return KnownSpeaker(entity.canonical, entity.label, None, None, entity.start)
    return None


def _resolve_from_entities(article: ParsedArticle, head: str, position: int) -> KnownSpeaker | None:
    """ "the Observatory", "the ministry": the nearest earlier organisation whose name has that word."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(head) + r"(?![\w-])", re.IGNORECASE)
    for entity in reversed(article.entities):
        if (
            entity.end <= position
            and not article.in_quote(entity.start)
            and entity.label in ("ORG", "ARMED_GROUP")
            and pattern.search(entity.canonical)
        ):
            return KnownSpeaker(entity.canonical, entity.label, None, None, entity.start)
    return None


# ---------------------------------------------------------------------------------------------------
# Attribution of direct quotes


def _sentence_bounds(article: ParsedArticle, offset: int) -> tuple[int, int]:
    sent = article.doc[article.token_at(offset)].sent
    return sent.start, sent.end


def _right_cue(article: ParsedArticle, span: QuoteSpan, next_open: int | None) -> Token | None:
    """The speech verb just after the closing mark: '", he said', '" Kerry told reporters'."""
    doc = article.doc
    if span.close_mark is None:
        return None
    first = article.token_at(span.close_mark) + 1
    _, sent_end = _sentence_bounds(article, span.close_mark)
    if first >= sent_end and first < len(doc):
        sent_end = min(doc[first].sent.end, first + RIGHT_ZONE_NEXT_SENTENCE_TOKENS)
    for token in doc[first:sent_end]:
        if next_open is not None and token.idx >= next_open:
            break
        if article.in_quote(token.idx) or "\n" in token.text:
            break
        if _is_cue(token):
            if token.sent.start_char > span.close_mark and _content_tokens(token) is not None:
                return None  # '"...". The Russian military said two jets flew ...': a new report
            return token
        if (
            (token.pos_ in ("VERB", "AUX") and token.dep_ not in ("amod", "compound"))
            or token.pos_ == "CCONJ"
            or (token.text in (".", "!", "?", ";"))
        ):
            return None  # another clause starts before any cue: the quote is not attributed here
    return None


def _left_cue(article: ParsedArticle, span: QuoteSpan, previous_close: int | None) -> Token | None:
    """The speech verb before the opening mark that governs the quote: 'Kerry said: "...', 'urged X to "..."'."""
    doc = article.doc
    open_token = article.token_at(span.open_mark)
    sent_start, _ = _sentence_bounds(article, span.open_mark)
    first_inside = doc[min(open_token + 1, len(doc) - 1)]
    ancestors = set(t.i for t in first_inside.ancestors)
    finite_between = False
    for i in range(open_token - 1, sent_start - 1, -1):
        token = doc[i]
        if previous_close is not None and token.idx <= previous_close:
            break
        if _is_cue(token) and (token.i in ancestors or not finite_between):
            return token
        if token.tag_ in FINITE_TAGS:
            finite_between = True
    return None


def _gap_cue(article: ParsedArticle, span: QuoteSpan) -> Token | None:
    """The cue between the parts of a quote split by its attribution ('"A," he said, "B"')."""
    lo, hi = article.token_at(span.parts[0][1]), article.token_at(span.parts[1][0])
    return next((t for t in article.doc[lo : hi + 1] if _is_cue(t)), None)


def _nested_quotes(article: ParsedArticle, found: list[_Found]) -> list[_Found]:
    """Quotes inside a quote with their own cue ('... Kerry's words. He said: 'Whoever wants ...'').

    Inside a quote "I" is the quoted speaker, so "he"/"she" there means the nearest person the quote
    itself names before the cue, not the outer speaker.
    """
    text, doc = article.text, article.doc
    nested: list[_Found] = []
    for outer in [f for f in found if f.kind == "direct" and f.span is not None and not f.span.single]:
        for a, b in _single_pairs(text, outer.start, outer.end, []):
            start, end = _trimmed(text, a + 1, b)
            before = [t for t in doc[article.token_at(outer.start) : article.token_at(a)] if not t.is_punct]
            cue = before[-1] if before and _is_cue(before[-1]) else None
            if cue is None or len(WORD_RE.findall(text[start:end])) <= MAX_SHORT_WORDS:
                continue
            subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
            speaker = None
            if subject is not None and subject.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS:
                persons = [
                    e
                    for e in article.entities
                    if outer.start <= e.start < subject.idx and e.label == "PERSON"
                ]
                if persons:
                    name = _longer_canonical(article, persons[-1])
                    speaker = Speaker(name, subject.text, None, "PERSON", subject.idx, named=False)
            elif subject is not None:
                speaker = _describe(article, subject, cue)
            nested.append(_Found(start, end, text[start:end], "direct", cue, None, speaker))
    return nested


def _cue_adjacent(article: ParsedArticle, span: QuoteSpan, cue: Token | None, side: str) -> bool:
    """Whether the cue touches the quote: only punctuation, "that" or the speaker between them."""
    if cue is None:
        return False
    doc = article.doc
    if side == "left":
        between = doc[cue.i + 1 : article.token_at(span.open_mark)]
        return all(t.is_punct or t.lower_ == "that" for t in between)
    content = article.text[span.start : span.end].rstrip()
    return bool(content) and content[-1] in ",.!?" and cue.i - article.token_at(span.close_mark) <= 5


# ---------------------------------------------------------------------------------------------------
# Indirect speech


def _subtree_bounds(token: Token) -> tuple[int, int]:
    return token.left_edge.i, token.right_edge.i + 1


def _content_tokens(cue: Token) -> tuple[int, int] | None:
    """Token bounds of a cue's reported content, or None when the verb reports nothing here."""
    frames = speech_verbs().get(cue.lemma_.lower(), frozenset())
    if _is_participial_modifier(cue) and not any(c.dep_ == "ccomp" for c in cue.children):
        return None  # 'a "humanitarian pause" announced by Russia': the noun is not what was said
    if "clause" in frames:
        clause = next((c for c in cue.children if c.dep_ == "ccomp"), None)
        if clause is not None:
            if cue.dep_ == "relcl" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
                return None  # "which they said would be targeted": the content is the noun outside
            first, last = _subtree_bounds(clause)
            if first < cue.i < last and clause.i > cue.i:
                first = cue.i + 1  # "which the Observatory said were carried out": the words after the cue
            for conj in (c for c in clause.children if c.dep_ == "conj" and c.i > cue.i):
                if _is_cue(conj) and getattr(_coordinated_reporter(conj), "i", None) == cue.i:
                    # "... amounted to war crimes and called on ...": the second verb is the speaker's
                    # own report (a quote of its own), not part of what the clause says.
                    cc = [c for c in clause.children if c.dep_ in ("cc", "punct") and c.i < conj.left_edge.i]
                    last = min(last, cc[-1].i if cc else conj.left_edge.i)
                    return first, last
            return first, _elided_conjunct_end(cue, last)
        postposed = _postposed_content(cue)
        if postposed is not None:
            return postposed
    if "object" in frames:
        rights = [c for c in cue.rights if c.dep_ in CONTENT_OBJECT_DEPS]
        has_infinitive = any(c.dep_ == "xcomp" for c in rights) or any(
            g.dep_ == "xcomp" for c in rights for g in c.subtree
        )
        has_object_prep = any(c.dep_ == "prep" and c.lower_ in OBJECT_PREPOSITIONS for c in rights)
        if cue.lemma_.lower() == "tell" and rights and rights[0].dep_ in ("dobj", "dative"):
            rights = rights[1:]  # "told AFP of ...": the addressee is not what was said
        if rights and (has_infinitive or has_object_prep):
            return rights[0].left_edge.i, rights[-1].right_edge.i + 1
    return None


def _elided_conjunct_end(cue: Token, last: int) -> int:
    """ "reported that 20 were killed and 165 wounded Friday ...": a clause ending in a bare "and" goes
    on with a conjunct whose verb is elided, which the parser hangs on the cue; keep it to its end.
    A conjunct with a finite verb or a cue of its own ("and cheered ...", "and the Observatory said")
    is a new clause, so the content stays as parsed; "and that X were ..." is the same report."""
    doc = cue.doc
    if last <= 0 or doc[last - 1].pos_ != "CCONJ":
        return last
    sent_end, end = cue.sent.end, last
    while end < sent_end:
        token = doc[end]
        if (token.is_punct and token.text in ".;:!?") or "\n" in token.text:
            break
        if token.head.i == cue.i and token.dep_ in ("punct", "cc", "conj", "advcl", "ccomp", "dobj"):
            break  # a new part of the sentence hangs on the cue: ", adding that ..."
        end = max(end + 1, token.right_edge.i + 1) if token.head.i == cue.i else end + 1
    extension = doc[last : min(end, sent_end)]
    if not len(extension) or any(_is_cue(t) or t.head.i >= extension.end for t in extension):
        return last  # "... and Colonel Garver said ...": the words are the subject of a later clause
    if extension[0].lower_ != "that" and any(
        t.tag_ in FINITE_TAGS and t.pos_ in ("VERB", "AUX") for t in extension
    ):
        return last
    return min(end, sent_end)


def _is_participial_modifier(verb: Token) -> bool:
    """ "the dispatch, announced by Carter, ...", 'a "pause" announced by Russia': a past participle
    modifying a noun (a reduced relative clause), not a finite verb of speech."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.dep_ in ("acl", "amod") or any(c.dep_ == "agent" for c in verb.children)


def _postposed_content(cue: Token) -> tuple[int, int] | None:
    """Text without commas: "... on Monday the Observatory said" reports the whole sentence before it."""
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "dative", "auxpass", "nsubjpass") for c in cue.children):
        return None  # "... where attacks have been reported": a passive names no reporter
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
    first = subject.left_edge.i if subject is not None and subject.i < cue.i else cue.i
    sent = cue.sent
    if first - sent.start < 4 or any(t.dep_ == "ccomp" for t in cue.sent if t.head.i == cue.i):
        return None
    return sent.start, first


def _according_content(article: ParsedArticle, cue: Token) -> tuple[int, int, str] | None:
    """The sentence around "according to X", minus that phrase: (start, end, text) in characters."""
    sent = cue.sent
    phrase_start, phrase_end = _subtree_bounds(cue)
    text = article.text
    lo, hi = article.line_of(cue.idx)
    sent_start, sent_end = max(sent.start_char, lo), min(sent.end_char, hi)
    left = (sent_start, article.doc[phrase_start].idx) if article.doc[phrase_start].idx > sent_start else None
    right_start = article.doc[phrase_end].idx if phrase_end < len(article.doc) else sent_end
    right = (right_start, sent_end) if right_start < sent_end else None
    parts = [_trimmed_punct(text, *p) for p in (left, right) if p is not None]
    parts = [p for p in parts if len(WORD_RE.findall(text[p[0] : p[1]])) >= 3]
    if not parts:
        return None
    return parts[0][0], parts[-1][1], " ".join(text[a:b] for a, b in parts)


def _trimmed_punct(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = _trimmed(text, start, end)
    while end > start and text[end - 1] in ",.;:–—-":
        end -= 1
    while start < end and text[start] in ",;:–—-":
        start += 1
    return _trimmed(text, start, end)


# ---------------------------------------------------------------------------------------------------
# The extractor


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    text: str
    kind: str
    cue: Token | None
    span: QuoteSpan | None = None
    speaker: Speaker | None = None


# A dateline before an opening quote mark: a place in capitals, an optional (credit), a dash or colon.
DATELINE_FRAME_RE = re.compile(r"^[A-Z][A-Z .,'/-]*(?:\([^()\n]{1,30}\))?\s*(?:--|[-–—:])?\s*[\"“‘']?\s*$")


def _dateline_framed_quote(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    """True when a would-be indirect content is a dateline running into a direct quote that it cuts off."""
    return any(
        start < q_start < end <= q_end and DATELINE_FRAME_RE.match(text[start:q_start])
        for q_start, q_end in quoted
    )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _direct_quotes(article: ParsedArticle, spans: list[QuoteSpan]) -> list[_Found]:
    text = article.text
    merged = _merge_split_quotes(article, spans)
    article.quoted = [part for s in merged for part in s.parts]
    found: list[_Found] = []
    for n, span in enumerate(merged):
        next_open = merged[n + 1].open_mark if n + 1 < len(merged) else None
        previous_close = merged[n - 1].after_close if n > 0 else None
        right = _right_cue(article, span, next_open)
        left = None if right is not None else _left_cue(article, span, previous_close)
        if right is None and left is None and len(span.parts) > 1:
            right = _gap_cue(article, span)
        content = " ".join(text[a:b] for a, b in span.parts)
        if right is None and left is None and len(span.parts) == 1 and _names_a_title(article, span):
            continue
        short = len(span.parts) == 1 and len(WORD_RE.findall(content)) <= MAX_SHORT_WORDS
        if short and not (
            _cue_adjacent(article, span, right, "right") or _cue_adjacent(article, span, left, "left")
        ):
            continue  # a scare quote or a title
        found.append(_Found(span.start, span.end, content, "direct", right or left, span))
    article.quoted = [part for f in found if f.span is not None for part in f.span.parts]
    return found


def _merge_split_quotes(article: ParsedArticle, spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Join '"A," he said, "B"' into one quote: a short cue-bearing gap ending in a comma or colon."""
    merged: list[QuoteSpan] = []
    for span in spans:
        if merged and _is_split_pair(article, merged[-1], span):
            merged[-1].parts.extend(span.parts)
            merged[-1].close_mark = span.close_mark
            continue
        if merged and span.start < merged[-1].end:
            continue  # nested inside the previous quote
        merged.append(QuoteSpan(list(span.parts), span.open_mark, span.close_mark, span.line, span.single))
    return merged


def _is_split_pair(article: ParsedArticle, first: QuoteSpan, second: QuoteSpan) -> bool:
    text = article.text
    if first.close_mark is None or first.line != second.line or first.single != second.single:
        return False
    gap = text[first.close_mark + 1 : second.open_mark]
    head = text[first.start : first.end].rstrip()
    if len(gap) > MAX_SPLIT_GAP or SENTENCE_END_RE.search(gap) or not head or head[-1] in ".!?":
        return False
    if not gap.rstrip().endswith((",", ":")):
        return False
    lo, hi = article.token_at(first.close_mark + 1), article.token_at(second.open_mark)
    return any(_is_cue(t) for t in article.doc[lo : hi + 1])


def _indirect_quotes(article: ParsedArticle) -> list[_Found]:
    doc, text = article.doc, article.text
    found: list[_Found] = []
    for token in doc:
        if not _is_cue(token) or article.in_quote(token.idx):
            continue
        if token.lower_ == "according":
            bounds = _according_content(article, token)
            if bounds is None:
                continue
            start, end, content = bounds
        else:
            token_bounds = _content_tokens(token)
            if token_bounds is None:
                continue
            first, last = token_bounds
            start, end = _trimmed_punct(text, doc[first].idx, doc[last - 1].idx + len(doc[last - 1]))
            if doc[first].lower_ == "that" and doc[first].dep_ == "mark":
                start = _trimmed(text, doc[first].idx + 4, end)[0]
            content = text[start:end]
        lo, hi = article.line_of(token.idx)
        if start < lo or end > hi:
            start, end = _trimmed_punct(text, max(start, lo), min(end, hi))
            content = text[start:end]
        if len(WORD_RE.findall(content)) < 3:
            continue
        covered = sum(_overlap((start, end), q) for q in article.quoted)
        if covered >= 0.5 * (end - start):
            continue  # the same words are already a direct quote
        if _dateline_framed_quote(text, start, end, article.quoted):
            continue  # 'BEIRUT (AP) - "We are dying," said X': the content is the direct quote, not the dateline
        found.append(_Found(start, end, content, "indirect", token))
    return found


def _inherit(article: ParsedArticle, found: list[_Found], lines: list[tuple[int, int]]) -> None:
    """An unattributed direct quote keeps the speaker of the quote just before it, when the text makes that plain.

    Plain means: the previous direct quote is in the same paragraph with only a short attribution
    ("he said.") between them, or this quote opens its paragraph and the previous paragraph ends
    with that speaker's quote (at most a short attribution after it).
    """
    text = article.text
    directs = [f for f in found if f.kind == "direct"]
    line_starts = [lo for lo, _ in lines]
    for previous, current in itertools.pairwise(directs):
        if current.cue is not None or previous.speaker is None or previous.speaker.name is None:
            continue
        assert current.span is not None and previous.span is not None
        gap_start = previous.span.after_close
        same_line = previous.span.line == current.span.line
        n = bisect.bisect_right(line_starts, current.span.open_mark) - 1
        if same_line:
            plain = current.span.open_mark - gap_start <= MAX_INHERIT_GAP
        else:
            opens_line = n >= 0 and not text[lines[n][0] : current.span.open_mark].strip()
            prev_line_end = lines[n - 1][1] if n >= 1 else 0
            plain = (
                opens_line and previous.span.line == n - 1 and prev_line_end - gap_start <= MAX_INHERIT_GAP
            )
        if plain:
            current.speaker = Speaker(
                previous.speaker.name,
                None,
                previous.speaker.role,
                previous.speaker.label,
                current.start,
                named=False,
            )


def _inherit_forward(article: ParsedArticle, found: list[_Found]) -> None:
    """'"Samples" where the attack took place have "tested positive" Rycroft told ...': an unattributed
    direct quote takes the speaker of the next direct quote when both sit in one sentence."""
    directs = [f for f in found if f.kind == "direct"]
    for current, following in itertools.pairwise(directs):
        if current.cue is not None or current.speaker is not None or following.speaker is None:
            continue
        if following.speaker.name is None:
            continue
        sentence = article.doc[article.token_at(current.start)].sent
        if following.start < sentence.end_char:
            current.speaker = Speaker(
                following.speaker.name,
                None,
                following.speaker.role,
                following.speaker.label,
                current.start,
                named=False,
            )


def quotes(doc: Doc, *, article_id: str, entities: Sequence[EntityMention]) -> list[Quote]:
    """Direct and indirect quotes in the article, with speakers (errors propagate: `analyse_doc` logs and counts them).

    Args:
        doc: the parsed article (doc.text is the cleaned article text all offsets index).
        article_id: copied to each record; quote_id is f"{article_id}:{start}".
        entities: the article's entity mentions; a speaker's name is the canonical of the mention
            covering it.
    """
    return _quotes(doc, article_id=article_id, entities=list(entities))


def _quotes(doc: Doc, *, article_id: str, entities: list[EntityMention]) -> list[Quote]:
    text = doc.text
    if not text.strip() or len(doc) == 0:
        return []
    article = ParsedArticle(doc, entities)
    lines = [(m.start(), m.end()) for m in LINE_RE.finditer(text) if m.group().strip()]
    found = _direct_quotes(article, quote_spans(text))
    found += _indirect_quotes(article)
    found.sort(key=lambda f: (f.start, f.kind))

    history = SpeakerHistory()
    last_statement: Speaker | None = None
    # Speakers in order of where they are named, so "he" looks back from its own position.
    for item in sorted(found, key=lambda f: f.cue.idx if f.cue is not None else f.start):
        if item.cue is None:
            continue
        head = _speaker_head(item.cue, article)
        if head is None or article.in_quote(head.idx):
            continue
        described = _describe(article, head, item.cue)
        if described.pronoun in ORG_PRONOUNS and last_statement is not None:
            # "... the statement said. It added ...": "it" is the statement, so its issuer speaks.
            described.name, described.label = last_statement.name, last_statement.label
            described.named = True
        was_statement = role_words().get((described.pronoun or "").removeprefix("description:")) == "statement"
        speaker = _resolve(article, described, history)
        last_statement = speaker if was_statement and speaker.name is not None else None
        item.speaker = speaker
        if speaker.name is None:
            # Unnamed attributions still matter: "he" after "a Kremlin spokesman said" is not Kerry.
            person = speaker.pronoun in MALE_PRONOUNS | FEMALE_PRONOUNS or person_role_in(speaker.text or "")
            history.add(
                KnownSpeaker(None, "PERSON?" if person else None, speaker.role, None, speaker.position)
            )
        if speaker.name is not None:
            history.add(
                KnownSpeaker(
                    speaker.name,
                    speaker.label,
                    speaker.role,
                    side_of(speaker.name, speaker.role, speaker.text),
                    speaker.position,
                    gender=_gender_hint(item.cue, head),
                    in_statement=_in_statement(item.cue),
                )
            )
    _resolve_forward(found)
    found = _without_unnamed_nested_reports(found)
    _inherit(article, found, lines)
    _inherit_forward(article, found)
    found += _nested_quotes(article, found)
    found.sort(key=lambda f: (f.start, f.kind))
    return [_record(item, article_id) for item in found]


def _without_unnamed_nested_reports(found: list[_Found]) -> list[_Found]:
    """Drop an indirect quote whose cue, with a reporter of its own, lies inside another indirect
    quote's content and that names no speaker ("The group said one of its jurists asked them to ...", "officials who said tests
    concluded that ..."): its words are already the outer speaker's report, who is the one on record."""
    outer = [(f.start, f.end) for f in found if f.kind == "indirect" and f.cue is not None]
    return [
        f
        for f in found
        if not (
            f.kind == "indirect"
            and f.cue is not None
            and (f.speaker is None or f.speaker.name is None)
            and _has_own_reporter(f.cue)
            and any(a <= f.cue.idx < b for a, b in outer)
        )
    ]


def _has_own_reporter(cue: Token) -> bool:
    """A verb with its own subject that is not an adverbial clause: "one of its jurists asked ...",
    "which they said ...". Not ", adding that ..." (the outer speaker goes on) nor "..., while Syrian
    officials stated ..." (a second report set beside the first, which the parse hung inside it)."""
    if cue.lower_ == "according":
        return True  # "according to X" always names its source
    return cue.dep_ != "advcl" and any(c.dep_ in SUBJECT_DEPS for c in cue.children)


def _in_statement(cue: Token) -> bool:
    """ "the army said in a statement": later "the statement said" means this speaker."""
    return any(
        c.dep_ == "prep" and any(role_words().get(g.lemma_.lower()) == "statement" for g in c.children)
        for c in cue.children
    )


def _gender_hint(cue: Token, head: Token) -> str | None:
    """A pronoun the same sentence uses for the speaker right after naming them ("Kerry said he ...")."""
    for token in cue.sent:
        if (
            token.i > head.i
            and token.lower_ in MALE_PRONOUNS | FEMALE_PRONOUNS
            and token.dep_ in SUBJECT_DEPS
        ):
            return "m" if token.lower_ in MALE_PRONOUNS else "f"
    return None


def _record(item: _Found, article_id: str) -> Quote:
    speaker = item.speaker
    name = speaker.name if speaker else None
    role = speaker.role if speaker else None
    written = speaker.text if speaker else None
    side = side_of(name, role, written) if speaker else None
    if (
        name is None
        and role is None
        and written
        and not person_role_in(written)
        and speaker
        and speaker.pronoun
    ):
        side = None  # an unresolved pronoun says nothing about a side
    return Quote(
        article_id=article_id,
        start=item.start,
        end=item.end,
        quote=item.text,
        kind=item.kind,
        speaker=name,
        speaker_text=written,
        speaker_role=role,
        speaker_side=side,
        cue=_cue_text(item.cue) if item.cue is not None else None,
        quote_id=f"{article_id}:{item.start}",
        speaker_label=speaker.label if speaker else None,
    )

"""Names the model tags PERSON that are no person of the story, read from where they stand.

Constructions, each decided from the text around the name, never from a list of names:
- a credit: the name of a photographer or writer after a credit word or an agency's slash
  ("REUTERS/Jane Doe", "AP Photo/Jane Doe", "Photo: Jane Doe", "Reporting by Jane Doe"), or anywhere in a
  credit's clause ("Additional reporting by Jane Doe in Beirut and John Roe in Amsterdam", "Posted on July
  12 2016 by Jane Doe");
- a signature or byline: the name alone on its line, at the top or foot of a story ("Jane Doe." under
  the headline, "Jane Doe" as a wire's last line), or a sentence of names alone where copy lost its line
  breaks ("... the airstrike. Jane Doe / John Roe");
- a title-case headline's run-on: "Mortar Attack Kills Three In Damascus" keeps only the words the body
  writes capitalised, or a person the alias table knows;
- a name's last word: a body's head noun ("the Health Directorate": ORG), a landform's ("Pankisi Gorge":
  LOC, not "Christopher Hill") or a compound modifier ("Moscow-backed": no name);
- a toponym: a name coordinated with places, named by a place noun ("the town of Foo Bar", "the towns
  of Tel Foo and Kafr Bar", "Foo Bar village"), or listed by one ("the neighbourhoods liberated are Foo
  Bar and al-Baz"): spaCy's small model often reads an unfamiliar village as a person.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..date_forms import MONTHS
from ..nlp import doc_ents, doc_text
from .given_names import given_name_table
from .lexicon import ORG_WORDS, alias_canonical, landform_words

# What ends the text just before a credited name on its line.
CREDIT_BEFORE_RE = re.compile(
    r"(?:\b(?:photo(?:graph)?s?|pictures?|images?|credits?|video|footage|illustration|reporting|"
    r"additional\s+reporting|writing|editing|edited|compiled|translated|written)(?:\s+by)?\s*[:/|-]?\s*"
    r"|\b[A-Z]{2,}(?:\s+[Pp]hoto)?\s*/\s*"  # "REUTERS/", "AFP/", "AP Photo/"
    r"|\b(?:AP|AFP|EPA|Reuters|REUTERS|Getty\s+Images|Anadolu|SANA)\s+[Pp]hotos?\s*[:/]?\s*"
    r"|©\s*)$",
    re.IGNORECASE,
)
# A byline line: "By Jane Doe", "by Jane Doe and John Roe", or the name alone ("Jane Doe.").
BYLINE_PREFIX_RE = re.compile(r"^\s*(?:by\s+)?$", re.IGNORECASE)
SIGNATURE_TAIL_RE = re.compile(r"^[\s.,;:|/–—-]*(?:and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}[\s.,;:|]*)?$")
# Nouns whose "of"-list names places ("the towns of A and B") or whose copula lists them.
PLACE_LIST_NOUNS = frozenset(
    {"town", "village", "neighborhood", "neighbourhood", "district", "area", "city", "suburb", "quarter",
     "locality", "hamlet", "region", "province", "governorate"}
)
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})


def _line_around(text: str, start: int, end: int) -> tuple[str, str]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return text[line_start:start], text[end : len(text) if line_end < 0 else line_end]


def is_credit(text: str, start: int, end: int) -> bool:
    """True for a name credited as photographer or writer: "REUTERS/Jane Doe", "Photo: Jane Doe",
    "AP Photo Jane Doe", "Reporting by Jane Doe". A name after "said" or "killed by" is not."""
    before, _ = _line_around(text, start, end)
    return CREDIT_BEFORE_RE.search(before[-40:]) is not None


# A credit that opens a clause and governs its list of names ("Additional reporting by Jane Doe in Beirut
# and John Roe in Amsterdam; Editing by ..."), and a post's byline after its date ("Posted on July 12 2016 by
# Jane Doe", "April 5 2017 by Jane Doe and John Roe"). Only at the clause's start: in running text "a video
# posted online by activists", "a letter written by Senator Jane Doe" and "proposed in 2012 by Jane Doe"
# name the story's people.
CREDIT_CLAUSE_RE = re.compile(
    r"\s*(?:(?:additional\s+)?reporting|writing|editing|edited|compiled|written|translated)\s+by\b"
    r"|\s*(?:posted|published)\b[^.;\n]{0,40}?\bby\b"
    rf"|\s*(?:(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?\s+\d{{1,2}},?\s+)?(?:19|20)\d\d\s+by\b",
    re.IGNORECASE,
)
CLAUSE_BOUNDARY_RE = re.compile(r"[.;:()\n]")
SPEECH_BETWEEN_RE = re.compile(r"\b(?:said|says|told|added|according)\b", re.IGNORECASE)


def in_a_credit_clause(text: str, start: int) -> bool:
    """True for a name inside a clause a credit opens, however far down its list: "Additional reporting by
    Jane Doe in Beirut and John Roe in Amsterdam", "Posted on July 12 2016 by Jane Doe". The clause runs from
    its start (after a stop, semicolon, colon, bracket or line break) to the name, with no verb of speech
    after the credit ("Reporting by Jane Doe, and officials said John Roe ..." credits Doe only)."""
    boundary = max((m.end() for m in CLAUSE_BOUNDARY_RE.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    clause = text[boundary:start]
    credit = CREDIT_CLAUSE_RE.match(clause)
    return credit is not None and not SPEECH_BETWEEN_RE.search(clause, credit.end())


MAX_SIGNATURE_WORDS = 8


def is_a_sentence_of_names(doc: Doc, start: int, end: int) -> bool:
    """True for a name in a sentence that is nothing but names, closed by a stop or joined by slashes, where a
    byline or signature stands when copy lost its line breaks: joined by slashes ("... the airstrike. Jane
    Doe / John Roe"), right under the headline, or as the story's last words ("... drew fire. Jane Doe and
    John Roe."). Not a list of names inside the story ("The dead included two nurses. Jane Doe and Joan
    Roe. Shelling went on."), not a title-case headline or subheading, which ends
    without a stop ("Doe Meets Roe"), not a sentence with any other word ("Jane Doe said.") or another
    entity's name ("Baath Party Jane Doe."), and not a piece the parse split off a sentence before it
    that has no stop."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or "\n" not in doc_text(doc)[: span.sent.start_char]:
        return False
    sent = span.sent
    words = [t for t in sent if not t.is_punct and t.lower_ != "and" and not t.is_space]
    slashed = any(t.text == "/" for t in sent)
    closed = sent[-1].text == "." or slashed or sent.end == len(doc)
    # where a signature stands: joined by slashes, right under the headline, or as the story's last words
    # (a list of names inside the story, "The dead included two nurses. Jane Doe and Joan Roe.", is no byline)
    under_headline = "\n" not in doc_text(doc)[: sent.start_char].strip()
    last = not any(c.isalpha() for c in doc_text(doc)[sent.end_char :])
    if not (slashed or under_headline or last):
        return False
    # a sentence of its own: the text before it ends in a stop or a line (the parse also splits at "al- Baath")
    opened = doc_text(doc)[: sent.start_char].rstrip(" \t")[-1:] in (".", "!", "?", "/", "\n", "")
    # a signature lists writers in full, without titles: "Ahmad, Yasser and Omar Khatib" (given names) and
    # "Sen. Jane Doe and Sen. Joan Roe" (titled) are people of the story
    names = [n.split() for n in re.split(r"\s*(?:,|/|\band\b|&)\s*", sent.text.strip(" .\n")) if n.strip()]
    return (
        closed
        and opened
        and 0 < len(words) <= MAX_SIGNATURE_WORDS
        and all(t.pos_ == "PROPN" and t.ent_type_ in ("PERSON", "") for t in words)
        and any(t.ent_type_ == "PERSON" for t in words)
        and all(len(name) >= 2 for name in names)
        and not any(t.text.endswith(".") and len(t.text) > 1 for t in sent)
    )


def is_signature(text: str, start: int, end: int) -> bool:
    """True for a name standing alone on its line (or after "By"): a byline or a wire's signature,
    "Jane Doe." under a headline, "Jane Doe" as a story's last line."""
    before, after = _line_around(text, start, end)
    return BYLINE_PREFIX_RE.match(before) is not None and SIGNATURE_TAIL_RE.match(after) is not None


def _place_token(token: Token) -> bool:
    return token.ent_type_ in PLACE_ENTITY_TYPES


def is_listed_toponym(doc: Doc, start: int, end: int) -> bool:
    """True for a PERSON span the parse lists among places: coordinated with a place entity ("the towns
    of Foo Bar and Kafr Baz" where "Kafr Baz" is a place), or the object of "the towns/villages of", or
    named by "the neighbourhoods ... are A and B"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    # Climb the coordination to its first conjunct, gathering the conjuncts.
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    conjuncts = [first, *first.conjuncts]
    if any(_place_token(t) and not (span.start <= t.i < span.end) for t in conjuncts):
        return True
    governor = first.head
    if first.dep_ == "pobj" and governor.lower_ == "of" and governor.head.lemma_.lower() in PLACE_LIST_NOUNS:
        return True  # "the town of Foo Bar", "the villages of Foo and Bar"
    if root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in PLACE_LIST_NOUNS and root.head.i > root.i:
        return True  # "in Foo Bar village", "the Foo Bar district"
    if first.dep_ in ("attr", "acomp") and governor.lemma_ == "be":
        subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(s.lemma_.lower() in PLACE_LIST_NOUNS and s.tag_ == "NNS" for s in subjects)
    return False


# A headline in title case: most of its words capitalised, and enough of them to tell.
TITLE_CASE_SHARE = 0.7
TITLE_CASE_MIN_WORDS = 4
HEADLINE_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")


def is_title_case_line(line: str) -> bool:
    """ "Mortar Attack Kills Three In Damascus": a line whose words are nearly all capitalised."""
    words = HEADLINE_WORD_RE.findall(line)
    return len(words) >= TITLE_CASE_MIN_WORDS and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


def written_capitalised_in_the_body(word: str, body: str) -> bool:
    """Whether the body writes `word` capitalised inside a sentence (after a lower-case word or a comma),
    where capitals mark a name, not a sentence's or a heading's first word."""
    return re.search(rf"(?<=[a-z0-9,;:)]\s){re.escape(word)}\b", body) is not None


def headline_name_the_body_writes(text: str, start: int, end: int, body_names: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """The part of a PERSON span on a title-case first line (the headline) that the body bears out as a
    name. A title-case headline capitalises every word, and the model runs its nouns and verb into a
    person ("Mortar Attack Kills Three In Damascus", "Doe Warns Against Kurdish Corridor"). A word is borne
    out when the body writes it capitalised inside a sentence or inside a name the model found there
    (`body_names`: "Corker said", "Mr. Graham said"). The span keeps its first run of words borne out, and
    a given name before it ("Bob Corker" of "Bob Corker Questions ..." when the body writes "Corker"):
    (start, end) unchanged when every word is borne out, None when no run opens the span ("Mortar": the
    body writes "mortar shells"); a person the alias table knows is kept however the body names them.
    Any span outside such a headline is returned unchanged. Lines of the body that print the headline
    again are not the body."""
    first_end = text.find("\n")
    if first_end < 0 or end > first_end or not is_title_case_line(text[:first_end]):
        return (start, end)
    headline = text[:first_end].strip()
    body = "\n".join(line for line in text[first_end:].split("\n") if line.strip() != headline)
    words = list(HEADLINE_WORD_RE.finditer(text, start, end))
    borne = [w.group() in body_names or written_capitalised_in_the_body(w.group(), body) for w in words]
    first = borne.index(True) if True in borne else len(words)
    kept = start
    if first < len(words) and first <= 1:  # the name starts the span, a given name the body leaves out at most before it
        last = first
        while last + 1 < len(words) and borne[last + 1]:
            last += 1
        kept = words[last].end()
    # A person the alias table knows needs no body to bear it out ("Erdogan Warns Against ...").
    known = next((w.end() for w in reversed(words) if w.end() > kept and alias_canonical(text[start : w.end()], "PERSON") is not None), None)
    kept = known or kept
    return (start, kept) if kept > start else None


def body_name_words(doc: Doc) -> frozenset[str]:
    """The words of the names the model found below a document's first line (for `headline_name_the_body_writes`)."""
    first_end = doc_text(doc).find("\n")
    return frozenset(
        t.text for ent in doc_ents(doc) if ent.start_char > first_end >= 0 and ent.label_ in NAME_LABELS for t in ent if t.is_alpha
    )


NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


# Head nouns that end the name of a body, never a person's: "the Revolution Coordination Committee",
# "the Health Directorate", "al-Manar TV" (a facility's, "Shayrat Airfield", are data/lexicons/facility_words.txt).
BODY_HEADS = ORG_WORDS | {"directorate", "bulletin", "tv", "television", "channel", "radio", "newspaper"}
# A compound modifier ("Moscow-backed", "Sunni-led", "Paul Ryan-backed") is no part of a name.
COMPOUND_MODIFIER_RE = re.compile(
    r"-(?:backed|led|based|linked|run|held|controlled|allied|affiliated|funded|sponsored|supported|dominated|"
    r"owned|aligned|leaning|born)$",
    re.IGNORECASE,
)


def label_of_a_name_head(text: str, before: str = "") -> str | None:
    """The label a PERSON span of two or more words takes from the word it ends in: ORG after a body's
    head noun ("Health Directorate"), LOC after a landform's ("Asheihib al-Janoubi Hill", "Pankisi Gorge")
    when a preposition's object (`before`: the text before the span, "took the hill of", "in Georgia's")
    and no given name opens it ("Christopher Hill", and "Kari Lake said": a subject); None for any
    other span."""
    words = text.split()
    if len(words) < 2:
        return None
    last = words[-1].lower()
    if last in BODY_HEADS:
        return "ORG"
    if last in landform_words() and given_name_table().get(words[0].lower()) is None and PREPOSITION_BEFORE_RE.search(before):
        return "LOC"
    return None


# A preposition before a name, maybe with "the" and a word or two between ("in Georgia's", "of the strategic").
PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:in|on|at|near|from|to|of|over|across|through|around|towards?|into|outside|beyond|atop|along)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)


def without_a_compound_modifier(text: str) -> str | None:
    """A span that ends in a compound modifier ("Paul Ryan-backed", "Moscow-backed") without it: the name
    the modifier is made of when two words or more are left ("Paul Ryan"), None when one word or none is
    (a place or a people: "Moscow-backed", "Sunni-led"); the text itself when it ends in no modifier."""
    words = text.split()
    if not words or COMPOUND_MODIFIER_RE.search(words[-1]) is None:
        return text
    name = COMPOUND_MODIFIER_RE.sub("", text)
    return name if len(name.split()) >= 2 else None

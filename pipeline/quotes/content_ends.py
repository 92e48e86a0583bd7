"""Where a reported clause ends: a second complement that continues it, the reporter's citing of a source,
a joint source, a comment on the clause, an elided conjunct."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .cues import comment_on_the_clause_before, is_cue
from .lexicon import FINITE_TAGS, OPENING_DOUBLE, SUBJECT_DEPS
from .sources import first_of_joint_sources


def split_clause_end(cue: Token, clause: Token, last: int) -> int:
    """ "He added that the town situated in the province which borders Iraq is under the control of the
    group": without commas the parser may split one content clause into two complements of the cue,
    the subject's clause and the predicate's; a second complement that begins where the first ends
    is the same clause, so the content runs to its end. A complement set off by punctuation or a
    conjunction is a clause of its own."""
    for other in sorted((c for c in cue.children if c.dep_ == "ccomp" and c.i > clause.i), key=lambda c: c.i):
        # '... that unilateral action "only worsens the situation."': the predicate may open with a quote mark
        mark = cue.doc[last]
        opening = mark.text in ('"', *OPENING_DOUBLE) and not mark.whitespace_ and last + 1 < len(cue.doc)
        start = last + 1 if opening else last
        if other.left_edge.i != start or cue.doc[start].is_punct:
            break
        last = other.right_edge.i + 1
    return last


SOURCING_PARTICIPLES = frozenset({"cite", "quote"})
# Nouns of whom a report's source cites: "citing a military source", "quoting officials", "citing state media".
# Not "reports" or "statements": "justified the siege, citing intelligence reports" is the clause's subject's.
CITED_SOURCE_NOUNS = frozenset({"source", "official", "officer", "commander", "witness", "resident", "activist",
                                "agency", "monitor", "observatory"})  # fmt: skip


def before_the_reporters_own_acts(clause: Token, first: int, last: int) -> int:
    """The content cut before a participle by which the reporter names whom it relays, which the parser
    hangs on the reported clause: "SANA said the attack killed five soldiers, citing a military source".
    Only "citing"/"quoting" a source noun or a named body: "the ministry had refused to release the figures,
    citing security concerns" and "had misreported his remarks, quoting him out of context" are the
    clause's own subject's acts, and so is "and then set it on fire" or ", before fleeing" (checked on
    invented text: the clause's subject does these far more often than the reporter)."""
    doc = clause.doc
    for child in sorted(clause.children, key=lambda c: c.i):
        if not first < child.left_edge.i < last:
            continue
        if child.dep_ != "advcl" or child.tag_ != "VBG" or child.lemma_.lower() not in SOURCING_PARTICIPLES:
            continue
        cited = next((c for c in child.children if c.dep_ == "dobj"), None)
        if cited is None or not (cited.lemma_.lower() in CITED_SOURCE_NOUNS or cited.ent_type_ in ("ORG", "NORP")):
            continue
        edge = child.left_edge.i
        while edge > first and (doc[edge - 1].is_punct or doc[edge - 1].dep_ == "cc"):
            edge -= 1
        return edge
    return last


# Participles by which a reporter goes on to a second statement: "..., adding that", "noting that". A
# list rather than every verb of speech: "claiming that", "insisting that", "warning that" inside a
# content are as often the acts of the content's own subject ("Moscow said Damascus rejected the claims,
# insisting that ..."), which the content keeps.
REPORTER_PARTICIPLES = frozenset({"adding", "noting", "stressing", "explaining", "saying", "stating"})


def before_a_participle_of_speech(doc: Doc, first: int, last: int) -> int:
    """ "The monitor said three strikes hit the town's market adding that the toll would rise": a
    participle of speech opening a that-clause inside the content is the reporter going on to a second
    statement (a quote of its own), however the parse hangs it, not part of the first; the content ends
    before it. At least three words of content must stand before it."""
    for token in doc[first + 3 : last]:
        if token.lower_ in REPORTER_PARTICIPLES and token.tag_ == "VBG" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "that":
            edge = token.i
            while edge > first and (doc[edge - 1].is_punct or doc[edge - 1].dep_ == "cc"):
                edge -= 1
            return edge
    return last


def before_a_joint_source(cue: Token, first: int, last: int) -> int:
    """ "Two shells hit the school, the Observatory and a teacher said": the parse hung the first of two
    joint sources on the clause before, so the clause's words run over it; the content ends before it
    (and before the comma that sets it off)."""
    subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.i < cue.i), None)
    if subject is None:
        return last
    source = first_of_joint_sources(subject)
    edge = source.left_edge.i
    if source.i == subject.i or not first < edge < last:
        return last
    while edge > first and cue.doc[edge - 1].is_punct:
        edge -= 1
    return edge


def before_a_comment(doc, first: int, last: int) -> tuple[int, int]:
    """Content cut before ", which X rejects": that comment is a report of its own."""
    for token in doc[first:last]:
        if token.lower_ == "which" and is_cue(token.head) and comment_on_the_clause_before(token.head) is not None:
            return first, token.i - 1
    return first, last


def elided_conjunct_end(cue: Token, last: int) -> int:
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
    if not len(extension) or any(is_cue(t) or t.head.i >= extension.end for t in extension):
        return last  # "... and Colonel Garver said ...": the words are the subject of a later clause
    if extension[0].lower_ != "that" and any(
        t.tag_ in FINITE_TAGS and t.pos_ in ("VERB", "AUX") for t in extension
    ):
        return last
    return min(end, sent_end)



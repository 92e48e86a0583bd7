"""What stands between a reporting verb and its content without being content: the day of the report
("said on Tuesday it had ..."), a relay participle ("reported, citing two security sources, that ..."),
and a colon that opens what follows ("X said:"). Token positions in, token positions out."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import SUBJECT_DEPS

# Words of a time phrase right after the cue besides the DATE and TIME entity tokens ("late on Sunday").
TIME_PHRASE_WORDS = frozenset({"on", "late", "early", "earlier", "later", "in", "at", "this", "last", "overnight"})


def past_the_time_of_the_report(cue: Token, clause: Token, first: int) -> int:
    """ "The ministry said on Tuesday it had recaptured the station": a time phrase between the cue and a
    "that"-less clause's subject says when it was said (wire style), though the parse hangs it on the
    clause; the content starts at the subject. `first` is kept when the words before the subject are
    not all a time phrase ("said in Aleppo the shelling ...") or the phrase does not follow the cue."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i > cue.i), None)
    if subject is None or first != cue.i + 1 or subject.left_edge.i <= first:
        return first
    between = cue.doc[first : subject.left_edge.i]
    # the day it was said ("on Tuesday", "late on Sunday", "on March 3"), not a span the clause is about
    # ("said this year the budget would double")
    dated = any(t.lower_ in REPORT_DAY_WORDS or (t.ent_type_ == "DATE" and t.like_num) for t in between)
    if dated and all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in TIME_PHRASE_WORDS or t.text == "," for t in between):
        return subject.left_edge.i
    return first


REPORT_DAY_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight",
})  # fmt: skip


def introduces_what_follows(cue: Token) -> bool:
    """ "X said:", "X told reporters on Sunday:": a colon after the cue and its own words (addressee, time)
    opens the quote; nothing before the cue is what was said."""
    for token in cue.doc[cue.i + 1 : cue.sent.end + 1]:
        if token.text == ":":
            return True
        if token.is_punct or (token.head.i != cue.i and not any(a.i == cue.i for a in token.ancestors)):
            return False
    return False


# Participles by which an outlet names whom it relays ("reported, citing two security sources, that ...").
RELAY_PARTICIPLES = frozenset({"cite", "quote"})


def is_relay_participle(token: Token) -> bool:
    return token.dep_ == "advcl" and token.tag_ == "VBG" and token.lemma_.lower() in RELAY_PARTICIPLES


def clause_past_a_relay_participle(cue: Token) -> Token | None:
    """ "Press TV reported, quoting local sources, that the convoy had reached the town", "The Post reported,
    citing US officials, that ...": the parse hangs the that-clause on the relay participle or conjoins it
    to the cue; its "that" after the participle set off by commas shows it is what the cue reports."""
    for child in cue.children:
        if child.i < cue.i:
            continue
        if child.dep_ == "conj":
            candidates = [child] if any(is_relay_participle(c) for c in child.children) else []
        elif is_relay_participle(child):
            candidates = [c for c in child.children if c.dep_ == "ccomp"]
        else:
            continue
        for clause in candidates:
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
                return clause
    return None


def past_a_relay_participle(clause: Token, first: int) -> int:
    """ "Reuters reported, citing two security sources, that Russian jets had resumed strikes": the relay
    participle the parse hangs on the reported clause names the sources, it is no content; the content
    starts after it, its comma and "that"."""
    relay = next((c for c in clause.children if is_relay_participle(c) and c.left_edge.i == first), None)
    if relay is None:
        return first
    after = relay.right_edge.i + 1
    doc = clause.doc
    while after < clause.i and (doc[after].text == "," or (doc[after].lower_ == "that" and doc[after].dep_ == "mark")):
        after += 1
    return after if after <= clause.i else first

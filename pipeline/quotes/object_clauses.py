"""Reported clauses the parse hangs elsewhere. Without a "that", a clause's subject or the whole clause
can come out as the reporting verb's object ("denied its aircraft were involved", "said the regime of X
bears responsibility", "told AFP the car bomb detonated"); with one, the clause can hang on the noun of
the report's occasion ("said in a statement that ...") or become a modifier ("added that shelling
targeted homes"). Each rule gives the content's token bounds or head, or leaves the reading alone."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import (
    CONJUNCTION_WORDS,
    FINITE_TAGS,
    SUBJECT_DEPS,
    THOUGHT_NOUNS,
    content_nouns,
    participle_acts,
)


def subject_read_as_an_object(cue: Token, clause: Token, first: int) -> int:
    """ "Russia denied its aircraft were involved": with no "that", the parse makes the clause's subject
    the verb's object and leaves the clause without one; the content starts at that object. Not the
    addressee of "told reporters the town had fallen" (a clause with a subject of its own)."""
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children):
        return first
    obj = next((c for c in cue.rights if c.dep_ == "dobj" and c.right_edge.i + 1 == first), None)
    if obj is None or cue.lemma_.lower() == "tell" or obj.tag_ in ("WDT", "WP"):
        return first
    if cue.doc[first].lower_ == "that":
        return first + 1  # "warned the council that time was running out": the addressee, then the clause
    return obj.left_edge.i


def clause_read_as_an_object(cue: Token) -> tuple[int, int] | None:
    """ "Mogherini said the regime of Assad bears primary responsibility": the parse makes "the regime"
    the object of "said" and buries the finite verb inside it; a finite verb there that is not a
    relative clause's ("said the words that everyone remembers", "claimed responsibility for attacks in
    which 30 were killed") makes the object a reported clause."""
    obj = next((c for c in cue.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != cue.i + 1:
        return None
    clause_heads = (t.head if t.dep_ in ("aux", "auxpass") else t for t in obj.subtree if t.tag_ in FINITE_TAGS)
    if any(buried_in(verb, obj) for verb in clause_heads) or long_object_of_say(cue, obj):
        return obj.left_edge.i, obj.right_edge.i + 1
    return None


# The few nouns "say" takes as an object ("said a prayer", "said goodbye", "said the same thing"); any
# other noun phrase after "said" is a reported clause the tagger misread.
SAY_NOUN_OBJECTS = frozenset({
    "prayer", "goodbye", "hello", "word", "thing", "something", "nothing", "anything", "everything", "same",
    "rosary", "mass", "grace", "sorry", "yes", "no", "amen", "name", "line", "lot", "little", "much", "more",
    "this", "that", "it", "what", "which", "so", "farewell", "verse", "oath", "call", "eulogy", "fatiha",
    "anthem", "piece", "pledge", "vow", "creed", "poem", "blessing", "shahada", "psalm", "hymn",
})  # fmt: skip
MIN_CLAUSE_TOKENS = 5  # "said the regime of Assad bears responsibility": long enough to hold a clause


def long_object_of_say(cue: Token, obj: Token) -> bool:
    """ "Mogherini said the regime of Assad bears responsibility for the attack", where the tagger read
    "bears" as a noun: "say" takes a clause or a quotation, and nominal objects only from a closed set;
    a long object headed by any other noun is the reported clause."""
    if cue.lemma_.lower() != "say" or obj.lemma_.lower() in SAY_NOUN_OBJECTS or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ in SUBJECT_DEPS and c.i < cue.i for c in cue.children):
        return False  # "..., said the Syrian Observatory, a monitoring group opposed to ...": the source, inverted
    return obj.right_edge.i - obj.left_edge.i + 1 >= MIN_CLAUSE_TOKENS


def buried_in(verb: Token, obj: Token) -> bool:
    """Whether a finite verb hangs on the object through nouns and prepositions only, as no clause of its
    own: not a relative or participle clause, not one reported by a verb inside the object."""
    if verb.dep_ in ("relcl", "acl", "advcl"):
        return False
    token = verb.head
    while token.i != obj.i:
        if token.pos_ in ("VERB", "AUX") or token.dep_ in ("relcl", "acl", "advcl") or token.head.i == token.i:
            return False
        token = token.head
    return True


def that_clause_read_as_relative(cue: Token) -> tuple[int, int] | None:
    """ "A witness told the organization that victims were taken from their cells": the parse reads the
    reported clause as a relative clause of the addressee with "that" as its subject, though the clause has
    a subject of its own; a relative clause has one subject, so this is the content (after "that")."""
    obj = next((c for c in cue.rights if c.dep_ in ("dobj", "dative")), None)
    if obj is None:
        return None
    for clause in (c for c in obj.children if c.dep_ == "relcl" and c.i > obj.i):
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        that = next((s for s in subjects if s.lower_ == "that"), None)
        if that is not None and that.i == clause.left_edge.i and len(subjects) > 1:
            return that.i + 1, clause.right_edge.i + 1
    return None


def clause_read_as_a_second_object(cue: Token) -> tuple[int, int] | None:
    """ "Jane Doe told AFP the car bomb detonated in the market": with no "that", the parse reads the
    reported clause as a second object of "tell" whose verb is a participle modifying it; the object and
    its participle are the content. Not "told AFP the news" (no verb), nor a participle after a comma."""
    if cue.lemma_.lower() != "tell":
        return None
    objects = [c for c in cue.rights if c.dep_ in ("dobj", "dative")]
    if len(objects) != 2:
        return None
    second = objects[1]
    verb = next((c for c in second.rights if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")), None)
    if verb is None or any(t.is_punct for t in cue.doc[second.i : verb.i]):
        return None
    return (second.left_edge.i, verb.right_edge.i + 1) if participle_acts(verb) else None


# Prepositions of a report's medium or occasion: "said in a statement", "told reporters at a briefing",
# "said during a visit".
OCCASION_PREPOSITIONS = frozenset({"in", "on", "through", "via", "at", "during"})  # not "after reports that": others' words
NESTED_PHRASES = 3  # "in a meeting with a visiting delegation from ...": phrases inside the first


def clause_of_the_statement_phrase(cue: Token) -> Token | None:
    """ "The Islamic State said in a statement that one of its fighters had fired ...", "said in a meeting
    with a visiting Chinese delegation that Syria appreciates ...": the parse may hang the that-clause on
    a noun of the cue's occasion phrase (a statement, a tweet, an interview, a meeting and the phrases
    inside it) instead of on the cue; it is still what the cue reports. Only a clause opened by the
    conjunction "that" (`opened_by_that`): "in a statement that was read out" is a relative clause."""
    for preposition in (c for c in cue.rights if c.dep_ == "prep" and c.lower_ in OCCASION_PREPOSITIONS):
        for noun in phrase_nouns(preposition):
            for clause in (c for c in noun.children if c.dep_ in ("acl", "relcl", "ccomp") and c.i > noun.i):
                if opened_by_that(clause):
                    return clause
    return None


def phrase_nouns(preposition: Token) -> list[Token]:
    """The nouns of a prepositional phrase and of the phrases nested in it, outermost first ("in a
    meeting with a visiting Chinese delegation" -> meeting, delegation)."""
    nouns: list[Token] = []
    phrases = [preposition]
    for _ in range(NESTED_PHRASES):
        objects = [p for phrase in phrases for p in phrase.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")]
        nouns += objects
        phrases = [c for noun in objects for c in noun.children if c.dep_ == "prep"]
    return nouns


# Verbs of making, holding or publishing an occasion or a medium: their clause on its noun is a relative
# clause ("a video that it posted", "an interview that Assad gave", "a briefing that the ministry held").
MAKING_VERBS = frozenset({
    "give", "post", "publish", "issue", "release", "send", "make", "hold", "conduct", "broadcast", "air",
    "deliver", "write", "sign", "read", "attend", "host", "organise", "organize", "record", "film", "share",
    "upload", "tweet", "carry", "run", "grant", "see", "obtain", "receive",
})  # fmt: skip


def opened_by_that(clause: Token) -> bool:
    """Whether a clause hung on a noun opens with the conjunction "that": marked so, or a "that" the
    parse made the object of a clause with a subject of its own whose verb makes no medium ("at a
    briefing that the bridge had reopened"). A "that" that is the clause's subject ("a statement that was
    read out"), or the object of a verb of making one ("in a video that it posted on YouTube"), is a
    relative pronoun."""
    first = clause.doc[clause.left_edge.i]
    if first.lower_ != "that" or first.head.i != clause.i:
        return False
    if first.dep_ == "mark":
        return True
    return (
        first.dep_ in ("dobj", "pobj")  # "said at the end of the talks that progress was slow": "that" read as pobj
        and clause.lemma_.lower() not in MAKING_VERBS
        and any(c.dep_ in SUBJECT_DEPS for c in clause.children)
    )


# Words before a "that" that make it part of another conjunction: "so that", "such that", "now that".


def clause_read_as_a_modifier(cue: Token) -> Token | None:
    """ "The activist added that shelling targeted homes near the mosque": where a word of the content
    can be read as a verb, the parse makes the that-clause a modifier of the cue (an adverbial clause);
    a clause opened by "that" right after the cue or its addressee is still what the cue reports. Not
    "so that", "now that" and the like, which open clauses of purpose or time."""
    for clause in (c for c in cue.rights if c.dep_ == "advcl"):
        first = clause.doc[clause.left_edge.i]
        if first.lower_ != "that" or first.dep_ != "mark":
            continue
        before = clause.doc[first.i - 1]
        if before.lower_ in CONJUNCTION_WORDS or before.is_punct:
            return None
        return clause
    return None


def under_a_content_noun(clause: Token, verb: Token) -> bool:
    """Whether a clause hangs on a noun of statement or thought between it and `verb` ("his anger at claims
    that ...", "his opposition to the idea that ..."): the noun's content, not what the verb's subject says.
    A noun after "in" is the medium ("made clear in his statement that ...")."""
    head = clause.head
    while head.i != verb.i and head.head.i != head.i:
        in_it = head.dep_ == "pobj" and head.head.lower_ == "in"
        if head.pos_ == "NOUN" and not in_it and (head.lemma_.lower() in content_nouns() or head.lemma_.lower() in THOUGHT_NOUNS):
            return True
        head = head.head
    return False

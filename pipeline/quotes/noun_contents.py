"""Reports carried by a noun of report with no verb of speech over it: "A UN team is investigating allegations
that both sides used poison gas", "There were reports that the road was cut", "Jane Doe's claim that the vote
was rigged drew criticism". The noun's "that" clause is what was reported; who reported it is the noun's
holder ("Jane Doe's claim", "the allegation by the ministry"), else no one the text names: an investigator
or a verb of existence is not the source of the allegations it names.

A noun under a verb of speech ("denied allegations that ...", "rejected claims that ...") is read with that
verb (`cues.noun_with_content`): its subject answers for the clause, and so speaks.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import is_cue
from .found import Found
from .framed import holder_of_the_words
from .parsed import ParsedArticle
from .sources import could_speak

# Nouns of something said by someone other than the writer. Not beliefs or feelings ("fear", "hope",
# "concern", "view"): those report no words unless a verb of speech carries them ("expressed concern that").
REPORT_NOUNS = frozenset({
    "claim", "report", "allegation", "accusation", "assertion", "suggestion", "charge", "rumour", "rumor",
})  # fmt: skip
CLAUSE_DEPS = frozenset({"acl", "ccomp", "relcl"})


def reported_clause_of(noun: Token) -> Token | None:
    """The clause a noun of report carries, opened by "that" as a conjunction ("allegations that both sides
    used gas"); None for a relative clause ("the report that the ministry published", where "that" is the
    object of the clause's verb) or a noun with no clause."""
    for clause in noun.children:
        if clause.dep_ not in CLAUSE_DEPS or clause.i < noun.i:
            continue
        that = clause.left_edge
        if that.lower_ == "that" and that.dep_ == "mark" and that.i == noun.i + 1 + len(prepositional_holder_words(noun)):
            return clause
    return None


def prepositional_holder_words(noun: Token) -> list[Token]:
    """The words of "by X" right after the noun ("the allegation by the ministry that ..."), else none."""
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == noun.i + 1), None)
    return list(by.subtree) if by is not None else []


# Verbs whose subject makes the report they take as object: "The ministry made allegations that ...",
# "Critics levelled accusations that ...".
MAKING_VERBS = frozenset({"make", "level", "levy", "repeat", "issue", "publish", "raise", "file", "circulate", "spread", "renew"})
# Verbs of answering whose "with" names the answer: "The government responded with accusations that ...".
ANSWERING_VERBS = frozenset({"respond", "reply", "answer", "counter", "retort"})


def holder_of_the_report(noun: Token) -> Token | None:
    """Who made the report: the noun's possessor ("Jane Doe's claim") or its "by" object ("the allegation by
    the ministry"), or the subject of a verb that makes it ("The ministry made allegations that ...") or
    answers with it ("The government responded with accusations that ..."), when that can speak; else None
    ("A UN team is investigating allegations that ...": the investigators made none)."""
    answered_with = noun.dep_ == "pobj" and noun.head.lower_ == "with"
    verb = noun.head.head if answered_with else noun.head
    if (noun.dep_ == "dobj" and verb.lemma_.lower() in MAKING_VERBS) or (answered_with and verb.lemma_.lower() in ANSWERING_VERBS):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and could_speak(subject):
            return subject
    return holder_of_the_words(noun, ("by",))


def carried_by_a_verb_of_speech(noun: Token) -> bool:
    """Whether a verb of speech (or of answering for a statement) carries the noun as its object or
    subject, so that the verb's rule reads the clause ("denied reports that ...")."""
    verb = noun.head
    return noun.dep_ in ("dobj", "nsubjpass", "nsubj", "attr") and is_cue(verb)


def noun_content_quotes(article: ParsedArticle) -> list[Found]:
    """Indirect quotes whose cue is a noun of report (module docstring): the clause after "that", with the
    noun's holder as the source when it has one (`Found.source`), else none."""
    doc, text = article.doc, article.text
    found = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in REPORT_NOUNS or article.in_quote(noun.idx):
            continue
        if carried_by_a_verb_of_speech(noun):
            continue
        clause = reported_clause_of(noun)
        if clause is None or noun.dep_ == "ROOT":
            # "The report that the committee released on Monday found no evidence": with no verb outside the
            # noun's phrase, the parse has made the sentence's own predicate the noun's clause
            continue
        first = clause.left_edge.i + 1  # past "that"
        last = clause.right_edge.i
        while last > first and doc[last].is_punct:
            last -= 1
        start, end = doc[first].idx, doc[last].idx + len(doc[last])
        found.append(Found(start, end, text[start:end], "indirect", noun, source=holder_of_the_report(noun)))
    return found

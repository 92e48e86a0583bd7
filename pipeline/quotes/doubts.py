"""A doubt put in words: "questioned whether the truce would hold", "questioned why the aid was stopped"
(frame "doubt" of data/lexicons/speech_verbs.txt; docs/speakers.md rules 251 and 262)."""

from __future__ import annotations

from spacy.tokens import Token


def doubted_clause(verb: Token) -> Token | None:
    """The clause a verb of the "doubt" frame reports ("questioned whether/if/that ..."), as a complement or
    (with "if") the adverbial clause the parse made of it; None with an object or as a passive ("questioned
    the man if ...", "will be questioned if he returns": a condition) or with no such clause ("taken for
    questioning")."""
    if any(c.dep_ == "dobj" for c in verb.children) or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)):
        return None  # "questioned the man if he ...", "will be questioned if he returns": a condition
    return next(
        (c for c in verb.children
         if c.dep_ in ("ccomp", "advcl") and c.i > verb.i
         and (any(m.dep_ == "mark" and m.lower_ in ("whether", "if", "that") for m in c.children)
              or opens_a_question(verb, c))),
        None,
    )


def opens_a_question(verb: Token, clause: Token) -> bool:
    """ "questioned why the aid was stopped", "questioned how ...", "questioned what kind of person ...": a
    question word that only asks. Not "questioned who/what ..." (a person or thing: "Police questioned who
    they said were recruiters", "questioned what Moscow said"), nor a negated or "few" doubter ("Not a
    single senator questioned why ...": no one did)."""
    first = clause.left_edge
    asks = first.lower_ in ("why", "how") or (
        first.lower_ == "what" and first.i + 1 < len(first.doc) and first.doc[first.i + 1].lower_ in ("kind", "sort")
    )
    if clause.dep_ != "ccomp" or first.i != verb.i + 1 or not asks:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    negated = any(c.dep_ == "neg" for c in verb.children) or (
        subject is not None and subject.left_edge.lower_ in ("no", "not", "few", "nobody", "none", "neither")
    )
    return not negated

"""Beliefs held by a source: "Turkey fears that the border will close", "US officials believe Russian jets
were responsible". Reported beside speech (Quote.attribution "belief"), never as a cue of it: speech rules
(a direct quote's cue, a pronoun's antecedent) do not see these verbs (docs/speakers.md rule 264)."""

from __future__ import annotations

from spacy.tokens import Token

from .cues import reports_with
from .found import holds_a_belief
from .lexicon import FINITE_TAGS, is_belief_verb, speech_verbs


def is_belief_cue(token: Token) -> bool:
    """Whether `token` holds a clause of its own as its subject's view: "Turkey fears that the border will
    close", "US officials believe Russian jets were responsible". A belief is reported beside speech, never
    as a cue of it: speech rules (a direct quote's cue, a pronoun's antecedent) do not see these verbs.
    Not with an object or an infinitive ("fear an attack", "hopes to return"), negated or with no subject."""
    if not is_belief_verb(token.lemma_):  # first: this is asked of every word of an article
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return (
        any(held_clause(c, token) for c in token.children)
        # a subject of its own, or one shared with the verb before ("... expressed skepticism, fearing it ...")
        and (bool(subjects) or token.dep_ in ("conj", "advcl"))
        and not any(s.lower_ in GENERIC_HOLDERS for s in subjects)  # "leads one to think ...": no one in particular
        and not any(held_by_no_one(s) for s in subjects)
        and not doubted(token)
        and not any(c.lower_ in NEVER_WORDS or (c.lower_ == "longer" and c.i > 0 and c.doc[c.i - 1].lower_ == "no")
                    for c in token.children)
        and reports_with(token, speech_verbs()[token.lemma_.lower()])
    )


GENERIC_HOLDERS = frozenset({"one", "you"})  # "one might think", "you would expect"
# "Few analysts believe", "Hardly anyone expects", "Not everyone fears": held by (almost) no one
FEW_WORDS = frozenset({"few", "hardly", "scarcely", "barely", "not", "no", "nobody", "none", "neither", "nor"})
NEVER_WORDS = frozenset({"never", "hardly", "scarcely", "barely"})  # "never thought", "no longer believes"
ASKING_WORDS = frozenset({"who", "whom", "what", "which", "how", "anyone", "anybody"})
CONDITION_MARKS = frozenset({"if", "whether", "unless"})


def held_by_no_one(subject: Token) -> bool:
    """A subject that holds nothing: "few analysts", "hardly anyone", "not everyone", "who", "how many people"."""
    words = [t.lower_ for t in subject.subtree][:2]
    return bool(words) and (words[0] in FEW_WORDS or words[0] in ASKING_WORDS or subject.lower_ in ASKING_WORDS)


def doubted(verb: Token) -> bool:
    """A view put as a question or a condition, held by no one yet: "Asked whether he thought ...", "If the
    rebels think ...", "Does anyone believe ...?", "Should the rebels fear ...", "It is unclear whether
    Washington believes ..."."""
    for clause in (verb, *verb.ancestors):
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children):
            return True
        # "In case the rebels think the truce is a trap, they will fight on" (the parse may hang "in case" on
        # the verb, or open the adverbial clause with it)
        opening = [t.lower_ for t in clause.subtree][:2]
        if (clause.dep_ == "advcl" and opening == ["in", "case"]) or any(
            c.lower_ == "in" and c.i < clause.i and any(g.lower_ == "case" for g in c.children) for c in clause.children
        ):
            return True
    if verb.sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # an auxiliary before the subject: a question or an inverted condition ("Should the rebels fear ...")
    return subject is not None and any(c.dep_ == "aux" and c.i < subject.i for c in verb.children)


def held_clause(child: Token, verb: Token) -> bool:
    """A clause held as a view: a finite complement with a subject of its own ("fear that the road will
    close"), or an expectation's "to" clause ("expect the toll to rise"). Not a gap left by a relative ("the
    gas which they suspect was chlorine", "which party it thought had used it": the view is about the noun
    outside, whose relative pronoun the parse may make the clause's subject), nor a perception ("felt his
    hands shaking")."""
    if child.dep_ != "ccomp" or not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and c.tag_ not in ("WDT", "WP") for c in child.children
    ):
        return False
    finite = child.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass", "mark") and (c.tag_ in FINITE_TAGS or c.lower_ == "that") for c in child.children
    )
    expected = verb.lemma_.lower() == "expect" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return finite or expected


def without_beliefs_around_reports(found: list) -> list:
    """Drop a belief whose clause holds the cue of a report of speech: "The army believes, a military source
    said, that the rebels have run out of ammunition" is the source's report, not the army's view on record."""
    speech_cues = [f.cue.idx for f in found if f.cue is not None and not holds_a_belief(f)]
    return [f for f in found if not (holds_a_belief(f) and any(f.start <= at < f.end for at in speech_cues))]

"""Reports written after their content in text without commas: "Air strikes killed 12 civilians on Monday
a monitor said" reports the words before the verb. Which verbs do, and which only seem to (a subordinate
clause, a purpose infinitive, a relative clause whose gap is the verb's object)."""

from __future__ import annotations

from spacy.tokens import Token

from ..entities.lexicon import statement_nouns
from ..misread import names_a_reporter, unparsed_source_before
from .cues import is_cue
from .heads import inverted_final_reporter
from .lexicon import SUBJECT_DEPS, content_nouns
from .report_frames import introduces_what_follows
from .sources import could_speak

SUBORDINATORS = frozenset({"as", "while", "when", "after", "before", "since", "until", "because", "whereas", "than"})  # "higher than the government says"


def opens_a_subordinate_clause(cue: Token) -> bool:
    """Whether the cue's clause is opened by a subordinator right before it and its subject ("after they
    admitted", "as the commander told"). Comma-less text can hang a final report on a subordinator far
    before it ("The strikes came as a car bomb wounded 37 people state television reported"): not that."""
    mark = next((c for c in cue.children if c.dep_ == "mark" and c.lower_ in SUBORDINATORS), None)
    if mark is None:
        return False
    between = cue.doc[mark.i + 1 : cue.i]
    subject = {t.i for c in cue.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    return len(between) <= SUBORDINATE_SUBJECT_TOKENS and all(
        t.i in subject or t.dep_ in ("aux", "auxpass", "neg", "advmod") for t in between
    )


SUBORDINATE_SUBJECT_TOKENS = 6  # "after the two detained men admitted": a subject, not a clause run into it


def postposed_content(cue: Token) -> tuple[int, int] | None:
    """Text without commas: "... on Monday the Observatory said" reports the whole sentence before it.
    Not a verb inside another report whose subject cannot speak ("said the offensive would continue"):
    the words before it are that report's reporter. Nor a cue that a colon follows ("In a televised
    address, the minister said:"): it introduces what comes after it."""
    if introduces_what_follows(cue) or purpose_infinitive(cue) or says_its_head_noun(cue):
        return None
    if cue.dep_ == "ccomp" and is_cue(cue.head):
        own_subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
        # not "Sheikh Said it said"; "..., adding that the army would respond": a participle reports for
        # the subject of the verb it hangs on
        outer_reporter = any(c.dep_ in SUBJECT_DEPS for c in cue.head.children) or (
            cue.head.tag_ == "VBG" and cue.head.dep_ in ("advcl", "xcomp", "conj")
        )
        if cue.head.i < cue.i and outer_reporter and own_subject is not None and (
            own_subject.left_edge.i <= cue.head.i + 2 or only_addressee_between(cue.head, own_subject)
        ):
            # "Peskov said Russia would respond": the cue's clause is what the outer verb reports, so the
            # words before are that report's ("... concluded that X the ambassador said" is a report of its own)
            return None
        subject = next((c for c in cue.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and not could_speak(subject):
            return None
    if inverted_final_reporter(cue) is not None and is_cue(cue):
        end = cue.i - 1 if cue.doc[cue.i - 1].text == "," else cue.i  # "..., warned the UN."; comma-less "... said the group."
        return (cue.sent.start, end) if end - cue.sent.start >= 4 else None
    # "... Jane Doe told Reuters in an interview": the object of "tell" is whom the words were told
    addressee = ("dobj", "dative") if cue.lemma_.lower() == "tell" else ()
    if any(
        c.dep_ in ("dobj", "xcomp", "ccomp", "dative", "auxpass", "nsubjpass") and c.dep_ not in addressee
        and not free_participle(c) for c in cue.children
    ):
        return None  # "... where attacks have been reported": a passive names no reporter
    # Two subjects where a comma was lost ("Initial results of tests ... point to sarin Turkeys health
    # ministry said"): the one nearest the verb reports, the other opens the content.
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    subject = max((c for c in subjects if c.i < cue.i), key=lambda c: c.i, default=subjects[0] if subjects else None)
    if subject is None and any(t.lower_ in SUBORDINATORS for t in cue.doc[max(cue.sent.start, cue.i - 3) : cue.i]):
        return None  # "Residents fled as shelling continued": a subordinate clause reports nothing
    if opens_a_subordinate_clause(cue):
        # "The convoy reached the town as the commander told his men", "... a video of two men after they
        # admitted to spying": a subordinate clause reports nothing of the clause it hangs on
        return None
    if subject is not None and subject.lower_ in ("which", "that"):
        return None  # "... airstrikes on Tuesday which reportedly continued": the clause is about its noun
    if subject is None and cue.tag_ == "VBG" and cue.dep_ in ("xcomp", "advcl", "conj") and is_cue(cue.head):
        return None  # "..., he said pointing to his stock": the participle's head reports the words before
    if subject is not None and subject.i < cue.i:
        first = subject.left_edge.i
        # "A total of 1500 people have fallen victims ... member of the Council Mustafa Sino said": a
        # subject that cannot speak is the content's; the source is the name right before the verb.
        source = unparsed_source_before(cue) if not could_speak(subject) else None
        speaks = (
            source is not None
            and source.pos_ not in ("VERB", "AUX")  # "... have fallen victims Sino said": no phrase of a source
            and any(t.ent_type_ in ("PERSON", "ORG", "ARMED_GROUP") or could_speak(t) for t in cue.doc[source.i : cue.i])
        )
        if speaks and source.i > first:
            first = source.i
    elif (source := unparsed_source_before(cue)) is not None:
        first = source.i  # "... the river the Syrian Observatory (SOHR) said": the source is no content
    elif subject is None and not reporter_right_after(cue):
        return None  # "...; continue with the war crimes": a report needs a reporter, before or after it
    else:
        first = cue.i
    sent = cue.sent
    if first - sent.start < 4 or any(t.dep_ == "ccomp" for t in cue.sent if t.head.i == cue.i):
        return None
    return sent.start, first


# Nouns that name what is said, beside the statement and content nouns: "the things he said".
SAID_THINGS = frozenset({"thing", "word", "something", "everything", "anything", "nothing", "all", "much"})


def says_its_head_noun(cue: Token) -> bool:
    """ "He repeated the things he said": a relative clause without its relative pronoun whose gap is the
    cue's object reports its head noun, not the clause around it ("a child he said" is a final report
    run into the clause: a child is nothing one says)."""
    if cue.dep_ != "relcl":
        return False
    head = cue.head.lemma_.lower()
    return head in SAID_THINGS or head in content_nouns() or head in statement_nouns()


# Verbs of speech that take no gerund for their object ("reported hearing blasts" does; "said bringing" does not).
NO_GERUND_OBJECT = frozenset({"say", "tell", "add", "state", "declare"})


def free_participle(verb: Token) -> bool:
    """ "... the ministry said adding that rescuers ...", "... a monitor said bringing to 45 the number
    killed": a participle after the cue that is no object of it: a second report by the same speaker
    (a verb of speech with its own content), or any participle after a verb that takes no gerund object."""
    if verb.dep_ not in ("xcomp", "advcl") or verb.tag_ != "VBG" or verb.i < verb.head.i:
        return False
    own_report = is_cue(verb) and any(c.dep_ == "ccomp" for c in verb.children)
    return own_report or verb.head.lemma_.lower() in NO_GERUND_OBJECT


def purpose_infinitive(cue: Token) -> bool:
    """ "Harah was later invited to the UN Security Council to testify about the violence": an infinitive
    whose verb above has no subject that speaks reports nothing of the words before it (that verb's
    clause is no report); "the minister went on to say" still reports as its subject does."""
    if cue.tag_ != "VB" or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in cue.children):
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return False
    return not any(c.dep_ == "nsubj" and could_speak(c) for c in cue.head.children)


def only_addressee_between(outer: Token, subject: Token) -> bool:
    """ "Erdogan told parliament that Turkey would respond": between the outer report and the inner
    clause's subject only whom it was told and "that"; the inner verb reports nothing of its own."""
    addressee = {t.i for c in outer.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
    return all(t.i in addressee or t.lower_ == "that" for t in outer.doc[outer.i + 1 : subject.left_edge.i])


LOOSE_REPORTER_REACH = 6  # words before a verb where a source the parse left loose may stand


def has_reporter(cue: Token) -> bool:
    """Whether a verb reporting the words before it has someone to report them: a subject, a source
    phrase right before it that the parse left loose, or one right after it ("..., said the source")."""
    if any(c.dep_ in SUBJECT_DEPS for c in cue.children) or reporter_right_after(cue):
        return True
    if cue.dep_ in ("conj", "advcl", "xcomp", "relcl", "acl", "ccomp", "pcomp"):
        return True  # a shared or outer subject: "... and added", "..., saying"
    if unparsed_source_before(cue) is not None:
        return True
    # A reporter in the words run into the verb ("... sources on the ground said"), up to a punctuation mark.
    for token in reversed(cue.doc[max(cue.sent.start, cue.i - LOOSE_REPORTER_REACH) : cue.i]):
        if token.is_punct:
            return False
        if token.pos_ in ("NOUN", "PROPN") and names_a_reporter(token):
            return True
    return False


def reporter_right_after(cue: Token) -> bool:
    """ "..., said the source noting that ...": an inverted subject the parse left unlabelled, a noun
    that can speak within the words right after the verb."""
    following = cue.doc[cue.i + 1 : min(cue.i + 4, cue.sent.end)]
    return any(t.pos_ in ("NOUN", "PROPN") and could_speak(t) for t in following)



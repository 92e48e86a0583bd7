"""Attribution: which of a sentence's sources reports a figure, which source a figure takes from a
neighbouring sentence, and who relayed it ("a source told SANA", "SANA reported, quoting X")."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..nlp import entity_at
from ..speakers import event_nouns
from .cues import own_verb_cue
from .lexicons import group_of, is_toll_noun, lexicon
from .source_names import KnownSource, named_source, sentence_sources, source_name
from .source_phrases import QUOTING_LEMMAS, Source, agent_of_a_credit_of_manner, source_tokens

__all__ = [
    "KnownSource",
    "Source",
    "attribution",
    "continues_previous_report",
    "credited_to_unnamed",
    "crediting_sources",
    "in_side_clause",
    "named_source",
    "plain_next_source",
    "relay",
    "sentence_sources",
    "source_name",
    "source_tokens",
    "told_recipient",
]


def crediting_sources(anchor: Token, sources: list[Source]) -> list[Source]:
    """The sources a figure is credited to: the quoted source when the reporter quotes one, else an
    "according to" source, else sources whose cue governs the figure, else every source of the
    sentence outside side clauses. Unnamed ones ("activists", label GENERIC) included."""
    named = [s for s in sources if s.name]
    # "SANA reported ... quoting Governor X as putting the toll at six": the figure is X's, and in
    # "SANA quoted local sources as saying" the quoted object's, not the quoting subject's.
    # "Al Arabiya, citing the Sudanese Doctors Network, said 24 died": the body cited, likewise.
    # "Reuters quoted a police officer as saying": an object quoted that names nobody leaves the figure
    # unattributed; the quoting outlet only relays it.
    quoting = [
        s for s in sources
        if s.cue.lemma_.lower() in QUOTING_LEMMAS | {"cite"} and (s.cue.i < anchor.i or cites_for_its_reporter(s.cue, anchor, sources))
        and agent_of_a_credit_of_manner(s.cue) is None  # "as cited by AFP" credits, it does not quote
    ]
    quoted = [s for s in quoting if s.head is not None and s.head.dep_ == "dobj"] or [s for s in quoting if s.name]
    ancestors = {t.i for t in anchor.ancestors}
    governing = [s for s in named if s.cue.i in ancestors or s.cue.lower_ == "according"]
    # "according to X" is the sentence's own credit line: it outranks a verb the parse hung the figure
    # under ("Since the regime declared a truce 359 were killed according to medics").
    according = [s for s in governing if s.cue.lower_ == "according"]
    governing = [s for s in governing if s.cue.lower_ == "according" or s.cue.i in reporting_chain(anchor, governing)]
    reporters = [s for s in governing if s.cue.lower_ != "according"]
    if according and reporters and all(contrast_between(anchor, s.cue) or relays_a_report(s) for s in according):
        # "AFAD said 35,418 were killed in Turkey, while 5,800 died in Syria, according to the White Helmets":
        # the credit after the contrast is the second figure's; the first has its own reporter. "The White
        # Helmets said 14 were killed, according to Al Jazeera": the outlet relays the reporter's words.
        according = []
        governing = reporters
    # "Five were killed, as reported by Sputnik": a credit of manner on the figure's own clause names its
    # source when nobody else does; beside a reporter it only relays ("X said ..., as reported by AFP")
    manner = [
        s for s in named if s.head.i == getattr(agent_of_a_credit_of_manner(s.cue), "i", None) and credits_the_clause_of(s, anchor)
    ]
    if manner and not (quoted or according or any(s.cue.i in ancestors for s in sources)):
        return manner
    if quoted or according or governing:
        return quoted or according or governing
    # Parse slips leave a figure ungoverned, so any source of the sentence may stand for it, except one
    # reporting inside a side clause ("..., although the UN said it had received reports") or a clause
    # that sets the time ("since the regime declared a truce").
    return [s for s in named if not in_side_clause(s.cue, anchor)]


def relays_a_report(source: Source) -> bool:
    """Whether a credit line names a news medium ("according to Al Jazeera", "as reported by SANA"): beside a
    named reporter of the figure, it passed that reporter's words on."""
    from ..quotes.antecedents import is_a_medium  # casualties import quotes only inside functions

    return bool(source.name) and source.label != "GENERIC" and is_a_credit_line(source) and is_a_medium(source.name)


def credits_the_clause_of(source: Source, anchor: Token) -> bool:
    """Whether a credit line covers the figure: "according to X" the whole sentence, "as reported by X" only
    the clause it hangs on ("..., as reported by SANA, while the Observatory put the toll at 25": not 25)."""
    clause = next((t for t in (anchor, *anchor.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    head = source.cue.head
    # or the report of it: "18 were killed, the Observatory said, as quoted by Al Arabiya"
    reports_it = head.is_ancestor(anchor) and head.lemma_.lower() in lexicon("sources")["reporting_verbs"]
    return source.cue.lower_ == "according" or (clause is not None and head.i == clause.i) or reports_it


def is_a_credit_line(source: Source) -> bool:
    """ "according to X", "as reported by X": a phrase that credits the sentence's content to X whatever
    verb the parse hangs it on."""
    if source.cue.lower_ == "according":
        return True
    agent = agent_of_a_credit_of_manner(source.cue)
    return agent is not None and agent.i == source.head.i


def cites_for_its_reporter(cue: Token, anchor: Token, sources: list[Source]) -> bool:
    """ "Thirty were killed, SANA reported, citing the Observatory": a quoting verb after the figure, in a
    participle clause of the reporting verb that governs it, names whom the reporter took the figure from."""
    reporting_cues = {s.cue.i for s in sources}
    # "..., as reported by SANA, citing a police source": the credit of manner's reporter cites, likewise
    return cue.dep_ == "advcl" and cue.head.i in reporting_cues and (
        cue.head.is_ancestor(anchor) or agent_of_a_credit_of_manner(cue.head) is not None
    )


CONTRAST_MARKS = frozenset({"while", "whereas"})


def contrast_between(anchor: Token, cue: Token) -> bool:
    """Whether a contrast ("while", "whereas") opens a clause between a figure and a later credit."""
    return anchor.i < cue.i and any(t.lower_ in CONTRAST_MARKS and t.dep_ == "mark" for t in anchor.doc[anchor.i : cue.i])


def reporting_chain(anchor: Token, sources: list[Source]) -> set[int]:
    """The reporting verbs above a figure that report it: the innermost one, and the ones whose
    reported content holds it ("X said its activists counted 20"). A verb whose side clause holds
    the inner report does not ("X said, while a local hospital told AFP that eight were killed": the
    hospital's figure, which names nobody and stays unattributed rather than taking X). A cue whose
    subject the parse lost (name None) is not among `sources`."""
    cues = {s.cue.i for s in sources}
    chain: set[int] = set()
    for token in anchor.ancestors:
        if token.i in cues:
            chain.add(token.i)
        if chain and token.dep_ not in ("ccomp", "xcomp", "parataxis") and token.i != token.head.i:
            break  # above an adverbial or other side clause: outer verbs report something else
    return chain


def attribution(anchor: Token, sources: list[Source]) -> str | None:
    """The names of the sources a figure is credited to, joined by "; ", or None.

    An unnamed source ("activists said", "local sources told SANA") names nobody: the figure stays
    unattributed rather than credited to a word, and it does not borrow another sentence's source."""
    chosen = crediting_sources(anchor, sources)
    return "; ".join(dict.fromkeys(s.name for s in chosen if s.name and s.label != "GENERIC")) or None


def credited_to_unnamed(anchor: Token, sources: list[Source]) -> bool:
    """True when the text credits a figure only to sources that name nobody ("according to civil
    defense officials", "activists said"): such a figure is unattributed on purpose. A role that the
    article may name elsewhere ("the provincial governor said") is not anonymous."""
    anonymous = set(lexicon("sources")["anonymous_sources"])
    chosen = crediting_sources(anchor, sources)
    return bool(chosen) and all(s.label == "GENERIC" and s.name in anonymous for s in chosen)


SIDE_CLAUSE_MARKS = frozenset(
    {"although", "though", "while", "whereas", "when", "since", "after", "before", "as"}
)


def in_side_clause(cue: Token, anchor: Token) -> bool:
    """True when a reporting verb heads (or sits in) an adverbial or relative clause opened by a
    subordinator ("although", "when", "since") that does not hold the figure."""
    anchor_path = {anchor.i, *(t.i for t in anchor.ancestors)}
    for clause in (cue, *cue.ancestors):
        if clause.i in anchor_path:
            return False
        if clause.dep_ in ("advcl", "relcl", "acl") and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in SIDE_CLAUSE_MARKS for c in clause.children
        ):
            return True
    return False


def counts_casualties(token: Token) -> bool:
    """Whether a number counts people or a toll: "78" of "put the toll at 78", "100 civilians", "27 dead";
    not "2 hospitals", "the third such attack", a date."""
    if not token.like_num or token.ent_type_ in ("DATE", "TIME", "ORDINAL"):
        return False
    types = lexicon("types")
    head = token.head
    if group_of(head) is not None or head.lower_ in types["words"] or is_toll_noun(head):
        return True  # "100 civilians", "27 dead", "a toll of 40" (via "of": below)
    if token.dep_ == "pobj" and head.lower_ in ("to", "at", "of"):
        return is_toll_noun(head.head) or head.head.pos_ == "VERB"  # "rose to 150", "put the toll at 78"
    return token.dep_ in ("attr", "dobj") and head.pos_ in ("VERB", "AUX")  # "the toll was 45"


def plain_next_source(sent: Span, sources: list[Source]) -> str | None:
    """The source of a sentence that plainly attributes what the previous one reported: "X said."
    alone, "X says the incident occurred ..." (its clause refers back to the event), or "According to
    X the strikes hit ..." (the events named again)."""
    root = sent.root
    named = [s for s in sources if s.name and s.label != "GENERIC" and s.cue.i == root.i]  # "Witnesses said ..." names no one
    according = [s for s in sources if s.name and s.label != "GENERIC" and s.cue.lower_ == "according"]
    if not named and according and continues_previous_report(sent):
        # "According to Anadolu Agency the airstrikes have been conducted in ...": the credit line of a
        # sentence that goes on about the events the previous one reported.
        return according[0].name
    if not named:
        return None
    anaphoric = lexicon("sources")["anaphoric_event_nouns"]
    content = [t for t in sent if not t.is_punct]
    refers_back = any(
        child.dep_ in ("ccomp", "dobj")
        and any(
            t.dep_ in ("nsubj", "nsubjpass", "dobj")
            and t.lower_ in anaphoric
            and (t.pos_ == "PRON" or any(d.lower_ in ("the", "this", "that") for d in t.children))
            for t in [child, *child.children]
        )
        for child in root.children
    )
    # "Three people were killed, SANA said." is short too, but credits its own count, not the sentence before
    own_count = any(t.like_num for t in content) and any(
        t.pos_ == "VERB" and own_verb_cue(t)[0] is not None for t in content
    )  # not "Two were children, the Observatory said.": a breakdown of the toll before it
    # "State media put the toll at 78.", "X said the dead included 100 civilians": a sentence that refers
    # back with a count of its own sets its figure against the one before, it does not credit it
    own_number = any(counts_casualties(t) for t in content)
    return named[0].name if (len(content) <= 6 and not own_count) or (refers_back and not own_number) else None


REPORTER_NOUNS = frozenset({"reporter", "reporters", "correspondent", "correspondents", "journalist", "journalists"})


def told_recipient(cue: Token) -> str | None:
    """The outlet or body a source spoke to: "a source ... told SANA", "told Sputnik" -> its name."""
    if cue.lemma_.lower() != "tell":
        return None
    for child in cue.children:
        if child.dep_ not in ("dobj", "dative", "iobj"):
            continue
        if child.lower_ in REPORTER_NOUNS:
            # "told SANA reporter", "told a Sputnik correspondent": the outlet the reporter works for
            child = next(
                (c for c in child.children if c.dep_ in ("compound", "poss", "amod") and c.text[:1].isupper() and c.ent_type_ == "ORG"),
                child,
            )
        # the tagger may read an outlet's name in capitals as an adjective ("told SANA that five ...")
        if child.pos_ == "PROPN" or (child.text[:1].isupper() and child.pos_ not in ("PRON", "DET") and child.i > cue.i):
            ent = entity_at(child)
            name = ent.text if ent is not None else child.text
            return name.removesuffix("'s").removesuffix("s") if name.endswith("'s") else name
    return None


def relay(anchor: Token, sources: list[Source], attributed: str | None) -> str | None:
    """Who passed an attributed figure on: the outlet a source told ("a source at the Homs police
    command told SANA" -> SANA), or the reporter that quoted or cited the source ("SANA reported,
    quoting the governor" -> SANA; "Reuters quoted a police officer as saying" -> Reuters, the figure
    unattributed). None when nobody relayed it."""
    if not attributed:
        # "Medics said 22 died, according to Al Jazeera": the medium passed on the unnamed source's figure
        credited = crediting_sources(anchor, sources)
        medium = next((s for s in sources if relays_a_report(s) and credits_the_clause_of(s, anchor)), None)
        if medium is not None and credited and all(s.label == "GENERIC" for s in credited):
            return medium.name
        # an unnamed source quoted by a named outlet: the outlet passed the figure on
        quoting = [s for s in crediting_sources(anchor, sources) if s.cue.lemma_.lower() in QUOTING_LEMMAS | {"cite"}]
        # the quoting verb's subject ("SANA quoted a source"), or the credit the quoting clause belongs to
        # ("According to Al-Watan, citing a military source, ...")
        reporters = [
            s for s in sources
            if s.name and s.label != "GENERIC"
            and any((s.cue.i == q.cue.i or is_a_credit_line(s)) and s.head is not q.head for q in quoting)
        ]
        if reporters and not any(q.name and q.label != "GENERIC" for q in quoting):
            return reporters[0].name
        # an unnamed source that told a named outlet: "a source told SANA reporter", "a source told Sputnik"
        above = {t.i for t in anchor.ancestors}
        told = [told_recipient(s.cue) for s in sources if (not s.name or s.label == "GENERIC") and s.cue.i in above]
        from ..quotes.antecedents import is_a_medium  # casualties import quotes only inside functions

        return next((name for name in told if name and is_a_medium(name)), None)
    chosen = [s for s in sources if s.name and s.name in attributed.split("; ")]
    medium = next(
        (s for s in sources if relays_a_report(s) and credits_the_clause_of(s, anchor) and s.name not in attributed.split("; ")),
        None,
    )
    if medium is not None and any(not is_a_credit_line(s) for s in chosen):
        return medium.name  # "The White Helmets said 14 were killed, according to Al Jazeera"
    for source in chosen:
        recipient = told_recipient(source.cue)
        if recipient and recipient not in attributed:
            return recipient
        if source.cue.lemma_.lower() in QUOTING_LEMMAS | {"cite"} and source.head.dep_ == "dobj":
            # the cited body's figure: the quoting verb's own subject ("SANA quoted the governor as saying")
            # or a reporter above it relays it
            ancestors = {t.i for t in source.cue.ancestors} | {source.cue.i}
            reporters = [
                s for s in sources
                if s.name and s.label != "GENERIC" and s.name not in attributed
                and s.cue.i in ancestors and s.head is not source.head
            ]
            if reporters:
                return reporters[0].name
    return None


SAME_EVENTS_RE = re.compile(
    r"\b(?:the same|that same|this same)\s+(?:period|time|day|week|month|attack|attacks|raid|raids|strikes?|bombardment|shelling|incident|offensive|operation|massacre)\b",
    re.IGNORECASE,
)


def continues_previous_report(sent: Span) -> bool:
    """True when a sentence goes on about the events the previous one reported: it says "in the same
    period/attack", or its subject is one of those events named again with a definite article ("The
    airstrikes also left dozens of people injured", "The blast wounded 20 others"). Such a sentence
    with no source of its own continues the previous toll sentence's source; any other does not."""
    if SAME_EVENTS_RE.search(sent.text):
        return True
    events = lexicon("sources")["anaphoric_event_nouns"]
    return any(
        token.lower_ == e or token.lower_.endswith(e) for token in definite_subjects(sent) for e in events if len(e) > 3
    )


def definite_subjects(sent: Span) -> list[Token]:
    """Subjects of a sentence's verbs that a definite determiner names again: "The airstrikes", "this attack"."""
    return [token for token in sent if is_definite_subject(token)]


def is_definite_subject(token: Token) -> bool:
    """Whether a token is a verb's subject with a definite determiner ("The airstrikes", "this attack")."""
    return (
        token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in token.children)
    )


# Events of one place and time, which a noun can name again; a campaign (the siege, the offensive, the
# war, the fighting) spans many places and days.
CAMPAIGN_NOUNS = frozenset({
    "war", "conflict", "siege", "offensive", "operation", "violence", "hostility", "fighting", "fight",
    "battle", "clash", "protest", "demonstration", "discrepancy",
})  # fmt: skip


def goes_on_about_the_events(anchor: Token) -> Token | None:
    """The subject of the clause that counts the figure at `anchor` when it is an incident told before,
    named again ("The attacks claimed the lives of two", "The explosion wounded 20", "The attack left 12
    people killed"; a lemma of data/lexicons/event_nouns.txt or a compound ending in one, "the
    airstrikes"): the figure happened where those events did. Not a campaign ("The siege has killed 200",
    `CAMPAIGN_NOUNS`), a tally ("The death toll over the weekend was 44") or a pronoun; not a subject that
    says which events ("the raids on the hospital"), nor one of another clause ("These strikes come days
    after an attack killed 12"). Returns that subject, else None."""
    incidents = event_nouns() - CAMPAIGN_NOUNS
    for verb in (t for t in anchor.ancestors if t.pos_ in ("VERB", "AUX")):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue  # "left 12 people killed": the participle's clause has no subject of its own
        return next(
            (
                subject for subject in subjects
                if is_definite_subject(subject)
                and any(subject.lemma_.lower().endswith(e) for e in incidents)
                and not any(c.dep_ == "prep" and c.lower_ != "according" for c in subject.children)
            ),
            None,
        )
    return None

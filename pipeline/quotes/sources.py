"""The source (speaker) phrase of a cue: its head in the parse (`speaker_head`). What the text says
about the phrase (its words, name, role and label) is `phrases.describe`."""

from __future__ import annotations

from spacy.tokens import Token

from ..entities.lexicon import statement_nouns
from ..speakers import ORG_SPEAKER_LABELS, role_words
from .beside import (
    ADDRESSEE_VERBS,
    PLACE_PREPOSITIONS,
    clause_between,
    final_report_read_as_modifier,
    final_report_speaker,
    quoted_as_saying,
    source_ending_before,
    source_run_into_content,
    speaker_beside_cue,
    verb_the_cue_hangs_on,
)
from .cues import is_cue, posts_a_quote_after_a_colon
from .heads import (
    after_a_preposition,
    could_speak,
    inverted_final_reporter,
    is_role_head,
    named_before_apposition,
    names_a_speaker,
    past_a_bare_dateline,
    question_put_to_the_speaker,
    record_subject,
    root_noun_subject,
    root_of_name,
)
from .lexicon import (
    FINITE_TAGS,
    INHERITS_SUBJECT_DEPS,
    INVERTED_SUBJECT_DEPS,
    ORG_LABELS,
    SUBJECT_DEPS,
)
from .parsed import ParsedArticle
from .titled_names import name_apposed_after_according

FLOATING_QUANTIFIERS = frozenset({"each", "both", "all"})


def quantified_subject(subject: Token) -> Token | None:
    """ "John Kerry and Boris Johnson each insisted": a floating quantifier the parse took for the subject
    stands for the names right before it; the first of them speaks (one speaker a quote). None for any
    other subject, and for a quantifier with nothing named before it ("Both said ...")."""
    if subject.lower_ not in FLOATING_QUANTIFIERS or subject.i == 0:
        return None
    before = subject.doc[subject.i - 1]
    if before.pos_ != "PROPN" or before.ent_type_ not in ("PERSON", "ORG", "ARMED_GROUP"):
        return None  # "Ten men from Aleppo and Homs each said": places are not who spoke
    while before.dep_ == "conj" and before.head.i < before.i:
        before = before.head  # "Kerry and Johnson": the first conjunct
    return None if after_a_preposition(before) else before


def relative_pronoun_subject(cue: Token) -> Token | None:
    """The relative pronoun ("who", "which", "that") that is the cue's own subject, if any."""
    return next(
        (c for c in cue.children if c.dep_ in SUBJECT_DEPS and c.lower_ in ("who", "which", "that")), None
    )


def speaker_head(cue: Token, article: ParsedArticle) -> Token | None:
    """The head token of the speaker noun phrase for a cue, from the parse; None when the parse has none."""
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if source is not None and (holder := name_apposed_after_according(article, source)) is not None:
            return holder  # "According to the director of the Observatory, Rami Abdel Rahman, ..."
        return source_run_into_content(article, source) if source is not None else None
    quoted = quoted_as_saying(cue)
    if quoted is not None:
        return quoted
    if (inverted := inverted_final_reporter(cue)) is not None and not article.in_quote(inverted.idx):
        return inverted  # "..., warned the United Nations."
    if cue.dep_ == "acl" and cue.tag_ != "VBG" and final_report_read_as_modifier(cue) is not None:
        speaker = final_report_speaker(cue)  # never None when the report is one
        if not article.in_quote(speaker.idx):
            return speaker  # "..., the Al Mayadeen channel reported on Sunday."
    if cue.dep_ == "acl" and cue.tag_ == "VBN" and posts_a_quote_after_a_colon(cue) and not article.in_quote(cue.head.idx):
        return named_before_apposition(cue.head, article)  # "X, a spokesman for Y, posted on Facebook: '...'"
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and record_subject(cue) is not None and not article.in_quote(cue.head.idx):
        return cue.head  # "more national polls showing Trump ahead": the record
    if cue.dep_ == "acl" and cue.tag_ == "VBG" and could_speak(cue.head) and not article.in_quote(cue.head.idx):
        issuer = issuing_verb(cue.head)
        if issuer is not None and (speaker := speaker_head(issuer, article)) is not None:
            return speaker  # "MSF released a statement demanding ...": who issued the statement
        return cue.head  # "a Syrian army source telling Sputnik that ...": the noun the participle modifies
    if (question := question_put_to_the_speaker(cue)) is not None:
        asked = next(c for c in question.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < question.i)
        return named_before_apposition(asked, article)  # "Jane Doe, asked about the reports, said ..."
    if (root_subject := root_noun_subject(cue)) is not None and not article.in_quote(root_subject.idx):
        return root_subject  # "Jane Doe, co-chair of the council, called on ...", parsed as a modifier
    if (quoted_subject := quoted_by_an_outlet(cue)) is not None:
        return quoted_subject  # "..., a military source was quoted by SANA as saying": the source speaks
    if is_passive_report(cue):
        return agent_of(cue)  # "Turkey is accused of ...": spoken about, not speaking
    reporter = reporting_verb_above(cue, article) or report_the_participle_goes_on_with(cue, article)
    if reporter is not None:
        return reporter
    if cue.tag_ == "VBG" and cue.i > 0 and is_cue(cue.doc[cue.i - 1]) and not any(
        c.dep_ in SUBJECT_DEPS for c in cue.children
    ):
        # Comma-less "... the ministry said adding ...", "SANA said blaming ...": the verb before speaks.
        return speaker_head(cue.doc[cue.i - 1], article)
    verb: Token | None = cue
    for _ in range(4):  # "and called on", "saying", "went on to say" share the subject of the verb above
        if verb is None:
            return None
        # A heading run into the sentence can give the verb two subjects: the nearest is the real one.
        subjects = sorted(
            (c for c in verb.children if c.dep_ in SUBJECT_DEPS and not article.in_quote(c.idx)),
            key=lambda c: abs(c.i - verb.i),
        )
        if len(subjects) > 1:
            # "Lavrov speaking ... with his German counterpart Steinmeier said": a phrase right after a
            # preposition is its object, however the parse counts it.
            subjects = [s for s in subjects if not after_a_preposition(s)] or subjects
        elif subjects and after_a_preposition(subjects[0]) and (leading := subject_of_a_leading_participle(verb)):
            subjects = [leading]  # the same, parsed as "Lavrov speaking ..." a participle clause of "said"
        subject = subjects[0] if subjects else None
        if subject is None and verb is cue and cue.dep_ in INHERITS_SUBJECT_DEPS and cue.tag_ != "VBG":
            # "... killing 11 people the Observatory reported": comma-less, the name right before the
            # subjectless verb is its subject, not the subject of the clause it hangs on. A bare
            # participle has no subject of its own ("Egypt voted ... at the Council arguing that ...":
            # Egypt argues).
            trailing = speaker_beside_cue(cue, article)
            if trailing is not None:
                return trailing
        if subject is not None and verb is cue and (not could_speak(subject) or clause_between(subject, cue)):
            beside = speaker_beside_cue(cue, article)
            if beside is not None and not related_by_the_subject(beside, subject):
                return beside
        if subject is not None and verb is cue and (described := object_pronoun_read_as_the_subject(cue, subject)) is not None:
            return described
        if subject is not None:
            subject = past_a_bare_dateline(subject, article)
            subject = named_before_apposition(first_of_joint_sources(subject), article)
            subject = quantified_subject(subject) or subject
            if subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
                return verb.head
            return subject
        reporter = coordinated_reporter(verb)
        if reporter is not None:
            verb = reporter
            continue
        if verb.dep_ in INHERITS_SUBJECT_DEPS and verb.head.i != verb.i:
            verb = verb.head
            continue
        if (above := verb_the_cue_hangs_on(verb)) is not None:
            verb = above
            continue
        governing = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb.tag_ == "VBG" and verb.dep_ == "acl" and governing is not None:
            # "cast doubt on the findings saying ...": the participle belongs to the clause's subject.
            verb = governing
            continue
        break
    leading = subject_of_a_leading_participle(cue)
    if leading is not None and cue.i > 0 and cue.doc[cue.i - 1].text == "," and could_speak(leading):
        # "Chief Justice John Roberts, writing for the court, said": the parse gives the name to the
        # participle set off by commas, and the verb no subject; whoever wrote for the court says it
        return leading
    fronted = subject_before_parenthetical(cue, article) or name_apposed_after_a_fronted_phrase(cue, article)
    if fronted is not None:
        return fronted
    # Comma-less text: "... in critical condition SANA reported" leaves the name outside the clause.
    before = cue.doc[cue.i - 1] if cue.i > 0 else None
    if before is not None and before.pos_ == "PROPN" and not article.in_quote(before.idx):
        entity = article.entity_covering(before)
        in_place = entity is not None and entity.label in ("GPE", "LOC") and cue.doc[before.i - 1].lower_ in PLACE_PREPOSITIONS
        if entity is not None and entity.label in ("PERSON", *ORG_LABELS) and not in_place:
            return root_of_name(article, before)  # not "... the monitor in Idlib said": Idlib is where it is
    if (
        before is not None
        and before.pos_ == "NOUN"
        and is_role_head(before)
        and not article.in_quote(before.idx)
    ):
        # '"..." Rami an Aleppo resident said': the parser hung the speaker on the quote.
        return named_before_apposition(first_of_joint_sources(before), article)
    between = source_between_quote_and_cue(cue, article)
    if between is not None:
        return between
    lost_comma = phrase_ending_before(cue, article) or source_ending_before(cue, article)
    if lost_comma is not None:
        return lost_comma
    # Inversions the parser labels otherwise: '"...", said Ibrahim Abu al-Leith', '" said the Observatory adding',
    # '" said Observatory chief Rami Abdel Rahman adding': an office and a name can run to eight words.
    for token in cue.doc[cue.i + 1 : cue.i + 1 + INVERTED_SOURCE_REACH]:
        if token.dep_ in ("det", "amod", "compound", "punct", "npadvmod") or token.pos_ == "ADJ":
            continue
        if token.dep_ in ("dobj", "dative") and cue.lemma_.lower() in ADDRESSEE_VERBS:
            break  # "... told The Associated Press": whom one tells is the hearer, never the source
        if (
            token.dep_ in INVERTED_SUBJECT_DEPS + SUBJECT_DEPS
            and (token.pos_ == "PROPN" or token.lemma_.lower() in role_words())
            and token.head.i in (cue.i, *(c.i for c in cue.children))
        ):
            return token
        break
    return None


def quoted_by_an_outlet(cue: Token) -> Token | None:
    """The one an outlet quotes "as saying" in an attribution that closes the clause it reports ("The army
    retook the district, a military source was quoted by SANA as saying.", "..., SANA quoted a military
    source as saying."): the quoting verb is the cue there, and its "as saying" names whom
    (`beside.quoted_as_saying`). None for any other cue."""
    if cue.lemma_.lower() not in ("quote", "cite"):
        return None
    saying = next((g for c in cue.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children), None)
    return quoted_as_saying(saying) if saying is not None else None


def subject_of_a_leading_participle(verb: Token) -> Token | None:
    """The subject of a participle clause before the verb ("Lavrov speaking at a briefing with ... said"),
    which the parse hangs on the verb as a clause of its own; None without one."""
    for clause in verb.lefts:
        if clause.dep_ == "advcl" and clause.tag_ == "VBG":
            subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
            if subject is not None:
                return subject
    return None


RELATING_PREPOSITIONS = frozenset({"of", "for", "to"})


def related_by_the_subject(name: Token, subject: Token) -> bool:
    """ "The parents of Kayla Mueller said", "Critics of Erdogan say", "A lawyer for Jane Doe said": a name
    the subject's own preposition holds is the person the speakers are related to, not who speaks."""
    return name.dep_ == "pobj" and name.head.lower_ in RELATING_PREPOSITIONS and name.head.head.i == subject.i


def first_of_joint_sources(source: Token) -> Token:
    """ "..., a Britain-based monitor and a medical source said": joint sources run into a subjectless
    cue; the first named speaks for both (the gold's rule for joint speakers), where the parse hung the
    first on the words before and left only the last conjunct by the cue. Only a coordination ("X and
    Y") whose first conjunct is a name or a speaker's role noun (a person's or a body's); `source`
    itself otherwise ("... in Douma and Harasta, a medical source said" is no joint source)."""
    def could_be_source(token: Token) -> bool:
        # "... near Aleppo, Idlib and a local doctor said": a list of places ends there
        return could_speak(token) and token.pos_ != "PRON" and token.ent_type_ not in PLACE_ENTITY_TYPES

    first = source.head
    if (
        source.dep_ == "conj"
        and first.i < source.i
        and any(c.dep_ == "cc" and c.lower_ in ("and", "&") and first.i < c.i < source.i for c in first.children)
        and could_be_source(first)
    ):
        return first
    # The parse may give the verb both as subjects ("a local official and a teacher said"), or hang the
    # first on the clause before as an apposition after its comma ("..., the Observatory and a teacher
    # said"): "and" is then the first's, right after its phrase.
    joiner = source.doc[source.left_edge.i - 1] if source.left_edge.i > 0 else None
    if source.dep_ not in SUBJECT_DEPS or joiner is None or joiner.dep_ != "cc" or joiner.lower_ not in ("and", "&"):
        return source
    first = joiner.head
    after_comma = first.left_edge.i > 0 and source.doc[first.left_edge.i - 1].text == ","
    sibling = first.dep_ in SUBJECT_DEPS and first.head.i == source.head.i
    if first.i < joiner.i and joiner.i - 1 <= first.right_edge.i <= joiner.i and could_be_source(first) and (
        sibling or (first.dep_ == "appos" and after_comma)
    ):
        return first
    return source


INVERTED_SOURCE_REACH = 8  # tokens after an inverted cue in which its source's head may stand
PLACE_ENTITY_TYPES = frozenset({"GPE", "LOC", "FAC"})

# Verbs a passive participle completes ("stands accused", "remains unconfirmed").
PASSIVE_HOLDERS = frozenset({"be", "stand", "remain", "get", "seem", "appear"})


def is_passive_report(cue: Token) -> bool:
    """ "Turkey is accused of supporting militants", "Turkey itself stands accused of ...", "It was
    announced that ...": a cue in the passive voice, whose grammatical subject is spoken about (or an
    empty "it"), not the one speaking."""
    if cue.tag_ != "VBN":
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in cue.children):
        return True
    return (
        cue.dep_ in ("advcl", "acomp", "oprd", "xcomp")
        and cue.head.lemma_.lower() in PASSIVE_HOLDERS
        and cue.head.i < cue.i
        and not any(c.dep_ == "nsubj" for c in cue.children)
    )


def agent_of(cue: Token) -> Token | None:
    """The speaker a passive cue names in its "by" phrase ("was accused by Russia of ..."), else None."""
    for agent in (c for c in cue.children if c.dep_ == "agent"):
        return next((o for o in agent.children if o.dep_ == "pobj"), None)
    return None


def issuing_verb(statement: Token) -> Token | None:
    """The verb that issues a statement noun whose participle carries the content: its object
    ("MSF released a statement demanding ...", "issuing a statement blaming ...") or the object of its
    preposition ("WHO said in a statement putting the toll at 70", "responded with a statement
    saying ..."); its subject, not the statement, speaks. None for any other noun, and for a
    statement that is the subject ("a statement announcing the alliance pledged ...")."""
    if statement.lemma_.lower() not in statement_nouns():
        return None
    if statement.dep_ == "dobj":
        verb = statement.head
    elif statement.dep_ == "pobj" and statement.head.dep_ == "prep":
        verb = statement.head.head
    else:
        return None
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i != statement.i else None


def reporting_verb_above(cue: Token, article: ParsedArticle) -> Token | None:
    """ "Farhan stressed that ... such crimes, pointing out that ...": a participle cue the parser hung
    low inside the first report goes on with that report's speaker (its nearest cue ancestor's subject)."""
    if cue.tag_ != "VBG" or has_a_subject_of_its_own(cue):
        return None
    for ancestor in cue.ancestors:
        if is_cue(ancestor):
            subject = next((c for c in ancestor.children if c.dep_ == "nsubj"), None)
            if subject is not None and not article.in_quote(subject.idx) and could_speak(subject):
                return subject
            return None
    return None


def has_a_subject_of_its_own(participle: Token) -> bool:
    """Whether a participle of speech has a subject the parse did not take from the words before it
    (`object_read_as_its_subject`); one without goes on with a report above it."""
    return any(c.dep_ in SUBJECT_DEPS and not object_read_as_its_subject(c) for c in participle.children)


def object_read_as_its_subject(subject: Token) -> bool:
    """ "The monitor said three strikes hit the town's market adding that ...", "... treated women and
    children whose injuries are critical asserting that ...": comma-less, the parse may make the phrase
    before a participle of speech its subject; a participle has none of its own there (the reporter
    above goes on), unless "with" opens the phrase ("with the minister adding that ...")."""
    verb, doc = subject.head, subject.doc
    if verb.tag_ != "VBG" or subject.i > verb.i or subject.right_edge.i != verb.i - 1:
        return False
    return subject.left_edge.i == 0 or doc[subject.left_edge.i - 1].lower_ != "with"


OBJECT_PRONOUNS = frozenset({"it", "them"})


def object_pronoun_read_as_the_subject(cue: Token, subject: Token) -> Token | None:
    """Comma-less "... late Tuesday the aid group that supports it said": the parse reads "it said" as a
    second relative clause of "group", but "it" is the object of the verb before it ("supports", which
    has no object of its own) and the group speaks. The noun the clauses describe, else None."""
    if subject.lower_ not in OBJECT_PRONOUNS or cue.dep_ != "relcl" or subject.i == 0:
        return None
    verb = subject.doc[subject.i - 1]
    if verb.pos_ != "VERB" or verb.dep_ != "relcl" or verb.head.i != cue.head.i:
        return None
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    return cue.head if could_speak(cue.head) else None


def report_the_participle_goes_on_with(cue: Token, article: ParsedArticle) -> Token | None:
    """ 'Dozens were injured when ... activist Jane Doe told The New Arab noting that "..."': a bare
    participle of speech that the parse hung on a clause whose subject cannot speak ("Dozens") belongs to
    the nearest clause above whose subject can, else goes on with the report made before it in its
    sentence; that report's source speaks. None when the clause's subject can speak ("Egypt voted ...
    arguing that ...": Egypt argues) or neither is found."""
    if cue.tag_ != "VBG" or has_a_subject_of_its_own(cue):
        return None
    clause = next((a for a in cue.ancestors if any(c.dep_ in SUBJECT_DEPS for c in a.children)), None)
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None) if clause is not None else None
    if subject is None or could_speak(subject) or is_cue(clause):
        return None
    for above in clause.ancestors:
        # "The monitor could not confirm how many of the casualties were civilians saying ...": the
        # clause above whose subject can speak
        speaking = next((c for c in above.children if c.dep_ == "nsubj" and could_speak(c)), None)
        if speaking is not None and not article.in_quote(speaking.idx):
            return speaking
    for token in reversed(cue.doc[cue.sent.start : cue.i]):
        if is_cue(token) and token.tag_ != "VBG" and not article.in_quote(token.idx):
            head = next((c for c in token.children if c.dep_ == "nsubj"), None)
            return head if head is not None and could_speak(head) and not article.in_quote(head.idx) else None
    return None


MAX_SOURCE_PHRASE_TOKENS = 20


def source_between_quote_and_cue(cue: Token, article: ParsedArticle) -> Token | None:
    """ '"We have no food left," a nurse in Aleppo, who asked not to be named, said.', '"It's a
    catastrophe," the agency's chief, Jane Doe, told AP': a subjectless cue after a quote whose closing
    mark is followed by a noun phrase and its relative clause or apposition, set off by commas; the
    parser hangs the phrase inside the quote. Its first noun that the parse attaches outside
    the phrase is the source."""
    doc = cue.doc
    if cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    k = cue.i - 1
    while k > 0 and cue.i - k <= MAX_SOURCE_PHRASE_TOKENS and not (doc[k].is_quote and article.in_quote(doc[k].idx - 1)):
        k -= 1
    phrase = [t for t in doc[k + 1 : cue.i - 1] if not t.is_punct]
    if not phrase or not doc[k].is_quote or article.in_quote(phrase[0].idx):
        return None
    if not any(t.dep_ in ("relcl", "appos") for t in phrase):
        return None  # a relative clause or an apposition set off: a bare phrase is the ordinary inverted source
    inside = {t.i for t in phrase}
    head = next((t for t in phrase if t.pos_ in ("NOUN", "PROPN") and t.head.i not in inside), None)
    return head if head is not None and could_speak(head) else None


def phrase_ending_before(cue: Token, article: ParsedArticle) -> Token | None:
    """Comma-less text: "In a statement to SANA a source at the Police Command said ...", "Speaking to
    Anadolu Agency Najib Ansari said ...": a subjectless speech verb's subject is the noun phrase ending
    right before it. The parser hangs that phrase inside the fronted one; among the phrases ending
    there, a person's role word wins ("source"), else the innermost proper name."""
    auxiliaries = [c.i for c in cue.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < cue.i]
    first = min([cue.i, *auxiliaries])  # "... UNICEF have said": the phrase ends before the auxiliary
    if first == 0 or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    before = cue.doc[first - 1]
    if article.in_quote(before.idx) or before.pos_ not in ("PROPN", "NOUN"):
        return None
    chain = [before]
    for ancestor in before.ancestors:
        if ancestor.i >= first or ancestor.right_edge.i != first - 1:
            break
        chain.append(ancestor)
    roles = [t for t in chain if t.pos_ == "NOUN" and is_role_head(t)]
    if roles:
        return named_before_apposition(roles[0], article)  # "... overnight Zakaria Malahifji a political officer said"
    # "the Russian center for reconciliation of the warring parties in Syria said": a place ending the
    # phrase is no speaker when a named body or a body's noun heads it.
    speakers = [t for t in chain if names_a_speaker(article, t)]
    bodies = [t for t in chain if t.pos_ == "NOUN" and role_words().get(t.lemma_.lower()) == "org"]
    places = [t for t in chain if t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "LOC", "FAC")]
    names = [t for t in chain if t.pos_ == "PROPN" and t not in places]
    found = speakers or bodies or names or places
    return found[0] if found else None


def verb_form(verb: Token) -> tuple[str, tuple[str, ...]]:
    """Tag and auxiliaries: "have warned ... and have called" share a form that "risk" lacks."""
    return verb.tag_, tuple(c.lemma_.lower() for c in verb.children if c.dep_ in ("aux", "auxpass"))


def coordinated_reporter(verb: Token) -> Token | None:
    """The speech verb whose subject a subjectless coordinated verb shares, when the parser hung it on a
    verb inside the reported clause: in "Kerry said the bombing amounted to war crimes and called on
    ..." and "Critics have warned that civilians risk ... and have called on ..." the second verb is
    the speaker's, not the clause's. Decided by verb form (tense and auxiliaries), else by whether
    the clause's subject could speak at all. None when the parse's own head should be followed."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    head = verb.head
    if head.i >= verb.i or is_cue(head):
        return None
    reporter = next(
        (
            t
            for t in reversed(verb.doc[verb.sent.start : head.i])
            if is_cue(t) and t.lower_ != "according" and head in t.subtree and t in head.ancestors
        ),
        None,
    )
    if reporter is None or not any(c.dep_ in SUBJECT_DEPS for c in reporter.children):
        return None
    form = verb_form(verb)
    if form == verb_form(reporter) != verb_form(head):
        return reporter
    if form == verb_form(head) != verb_form(reporter):
        return None
    head_subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
    return reporter if head_subject is None or not could_speak(head_subject) else None


PARENTHETICAL_DEPS = ("advmod", "npadvmod", "prep", "punct")


def subject_before_parenthetical(cue: Token, article: ParsedArticle) -> Token | None:
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
        or is_role_head(candidate)
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


def name_apposed_after_a_fronted_phrase(cue: Token, article: ParsedArticle) -> Token | None:
    """ "At a news conference in Geneva, Geir Pedersen, the UN envoy, said ...", "After meeting Assad in
    Damascus, Staffan de Mistura, the UN envoy, told reporters ...": the parser joins the name to the
    last noun of the fronted phrase and leaves the verb without a subject. A person's or body's name set
    off by commas, with an apposition after it that ends right before the cue, is the subject."""
    if cue.i < 2 or any(c.dep_ in SUBJECT_DEPS for c in cue.children) or cue.doc[cue.i - 1].text != ",":
        return None
    doc = cue.doc
    # the innermost apposition ending there: "Speaking to Al Jazeera, Mohammed Ali, a resident of the
    # district, said" hangs the name on the fronted phrase as an apposition too, and the name's own comes last
    appos = next((t for t in reversed(doc[cue.sent.start : cue.i - 1]) if t.dep_ == "appos" and t.right_edge.i == cue.i - 2), None)
    if appos is None:
        return None
    name = appos.head
    entity = article.entity_covering(name)
    # a name with a person's office in apposition is a person's, however the entity stage labelled it
    # ("Geir Pedersen, the UN envoy" read as a place joined to "Geneva")
    named = entity is not None and (entity.label in ("PERSON", *ORG_SPEAKER_LABELS) or (name.pos_ == "PROPN" and is_role_head(appos)))
    # "Speaking to Al Jazeera, the resident, a father of two, said": an unnamed source in that layout
    described = entity is None and name.pos_ == "NOUN" and is_role_head(name) and any(c.dep_ == "det" for c in name.children)
    if not (named or described) or article.in_quote(name.idx):
        return None
    first = name.left_edge.i
    opened = first > cue.sent.start and doc[first - 1].text == ","
    fronted = name.dep_ in ("conj", "appos") and name.head.i < first
    return root_of_name(article, name) if opened and fronted else None

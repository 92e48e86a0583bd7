"""Reporting cues: which verbs and phrases report speech here, and how a cue is written."""

from __future__ import annotations

from spacy.tokens import Token

from ..casualties.cues import word_cue
from ..casualties.lexicons import group_of
from ..entities.lexicon import statement_nouns
from ..misread import SETTING_ENTITY_TYPES
from ..speakers import event_nouns
from .doubts import doubted_clause
from .heads import QUESTION_VERBS, could_speak, question_put_to_the_speaker, record_subject
from .lexicon import (
    ANONYMITY_ADJECTIVES,
    ANONYMITY_VERBS,
    CONJUNCTION_WORDS,
    MAX_NAMED_OBJECT_TOKENS,
    NAME_WITHHOLDING_VERBS,
    NEGATIVE_SUBJECTS,
    NOUN_MODIFIER_DEPS,
    REPORTING_FRAMES,
    SUBJECT_DEPS,
    TOLL_NOUNS,
    content_nouns,
    is_belief_verb,
    speech_verbs,
)
from .object_clauses import under_a_content_noun
from .parsed import ParsedArticle
from .spans import QuoteSpan


def is_cue(token: Token) -> bool:
    """Whether `token` is a cue of speech ("said", "told", "according to", "accused ... of"): a verb of the
    lexicon, in a frame it reports with, not negated, not a noun's modifier ... (the checks below)."""
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    lemma = token.lemma_.lower()
    frames = speech_verbs().get(lemma)
    if frames is None and lemma not in ("put", "make"):
        return False  # no verb of the lexicon, nor "as one put it" or "made clear": most words stop here
    if as_one_puts_it(token):
        return True
    if is_belief_verb(lemma):
        return False
    if not frames and lemma != "make":  # no frame to report with ("make" gets one from "made clear")
        return False
    return reports_with(token, frames or frozenset())


def reports_with(token: Token, frames: frozenset[str]) -> bool:
    """Whether a verb of the lexicon with these `frames` reports content here (is_cue's checks)."""
    if token.pos_ not in ("VERB", "AUX"):
        return False
    if made_clear(token) is not None:
        frames = frozenset({"clause"})  # "made clear that ...": "make" reports nothing else
    return (
        bool(frames & REPORTING_FRAMES)
        and not surname_read_as_a_verb(token)
        and not any(c.dep_ == "neg" for c in token.children)
        and not negated_subject(token)
        and not event_subject(token)
        and not responds_to_an_event(token)
        and not surname_after_an_initial(token)
        and not (token.tag_ == "VBG" and token.i > 0 and token.doc[token.i - 1].lower_ == "without")
        and token.head.lower_ != "worth"  # "it is worth noting that ...": the writer's own aside
        and token.dep_ not in NOUN_MODIFIER_DEPS  # "the said agreement", "state/VBP news agency"
        and not refused(token)
        and not withholds_a_name(token)
        and not is_a_question_put_to_the_speaker(token)
        and not aspectual(token)
        and not reporting_post(token)
        and not content_posted(token)
        and not (
            token.lemma_.lower() == "call" and not any(c.lower_ in ("on", "for") for c in token.children)
        )
        and ("toll" not in frames or toll_object(token) is not None)
        and ("doubt" not in frames or doubted_clause(token) is not None)  # not "taken for questioning"
        and ("evidence" not in frames or bool(frames - {"evidence"}) or record_subject(token) is not None)
        and (
            "content_noun" not in frames
            or frames - {"content_noun"}
            or noun_with_content(token) is not None
            or comment_on_the_clause_before(token) is not None
        )
    )


CLEAR_DEPS = frozenset({"ccomp", "acomp", "oprd", "xcomp", "dobj", "advmod"})


def made_clear(verb: Token) -> Token | None:
    """The "that" clause of "make clear" ("Sanders made clear that he would stay", "The minister made it
    clear that the talks were over"): the subject states it. None for any other "make" ("made clear
    progress", "made it clear to the troops" with no clause, "made the area clear so that ..."), a clause
    before "clear", or a subject that cannot speak ("The video made it clear that ...")."""
    if verb.lemma_.lower() != "make":
        return None
    clear = next((c for c in verb.children if c.lower_ == "clear" and c.dep_ in CLEAR_DEPS), None)
    # "Kerry called to make clear that ...": the subject of the verb "make" completes
    controller = verb.head if verb.dep_ in ("xcomp", "advcl") else verb
    subject = next((c for c in [*verb.children, *controller.children] if c.dep_ == "nsubj"), None)
    if clear is None or subject is None or not could_speak(subject):
        return None  # "The video made it clear that ...": what cannot speak shows, it does not state
    # The first clause after "clear" opened by "that", wherever the parse hung it ("made it clear to the
    # envoy that ...", "made clear in his statement that ..."), else a finite clause of "clear" or "make"
    # with no "that" ("Officials made clear Russia would veto").
    opened = (
        t
        for t in verb.subtree
        if t.i > clear.i and t.pos_ in ("VERB", "AUX") and not under_a_content_noun(t, verb)
        and any(m.dep_ == "mark" and m.lower_ == "that" and m.nbor(-1).lower_ not in CONJUNCTION_WORDS for m in t.children)
    )
    bare = (
        c
        for host in (verb, clear)
        for c in host.children
        if c.dep_ == "ccomp" and c.i > clear.i and c.pos_ in ("VERB", "AUX")
        and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children) and not any(m.dep_ == "mark" for m in c.children)
    )
    return next(opened, None) or next(bare, None)


def content_posted(verb: Token) -> bool:
    """ "Footage of the attack posted on YouTube by activists showed ...", "a video posted online": what was
    posted, a participle modifying it, reports nothing; only someone who posted that ... does (a "post"
    with no clause after it, such as a headline's "police post" read as a verb, reports nothing)."""
    if verb.lemma_.lower() != "post":
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return True  # "... posted on YouTube by activists": a participle, however the parse tags it
    if posts_a_quote_after_a_colon(verb):
        return False  # "X, a spokesman for Y, posted on Facebook: '...'", however the parse hangs "posted"
    if not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children):
        return True  # only "posted (on Facebook) that ..." reports: not "attacked a police post"
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)


QUOTE_OPENING_MARKS = frozenset('"“‘\'«')


def posts_a_quote_after_a_colon(verb: Token) -> bool:
    """ "posted on Facebook: '...'", "posted on his Telegram channel: '...'": the verb, its prepositional
    phrases, then a colon and an opening quote mark: the quote is what was posted."""
    doc = verb.doc
    end = max((t.i for c in verb.rights if c.dep_ == "prep" for t in c.subtree), default=verb.i)
    return end + 2 < len(doc) and doc[end + 1].text == ":" and doc[end + 2].text[:1] in QUOTE_OPENING_MARKS


def is_a_question_put_to_the_speaker(verb: Token) -> bool:
    """ "Jane Doe, asked whether ..., said that ...": "asked" reports the question put to her, not her words
    (`heads.question_put_to_the_speaker`), whichever of the two verbs the parse made the head."""
    return verb.lemma_.lower() in QUESTION_VERBS and any(
        getattr(question_put_to_the_speaker(other), "i", None) == verb.i for other in (verb.head, *verb.children)
    )


def withholds_a_name(verb: Token) -> bool:
    """ "who asked not to be named", "asked that his name not be used", "declined to be identified": a
    source's request about its own name reports nothing."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.lemma_.lower() in ANONYMITY_VERBS and any(
            g.dep_ in ("auxpass", "neg") for g in child.children
        ):
            return True  # "asked not to be named", "declined to be identified"; not "urged the UN to identify"
        if child.dep_ == "xcomp" and child.lemma_.lower() in ("remain", "stay", "be") and any(
            g.dep_ == "acomp" and g.lower_ in ANONYMITY_ADJECTIVES for g in child.children
        ):
            return True  # "who asked to remain anonymous", "asked to stay unnamed"
        if child.dep_ == "ccomp" and (
            any(c.dep_ == "neg" for c in child.children) or child.lemma_.lower() in NAME_WITHHOLDING_VERBS
        ) and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ("name", "identity") for c in child.children):
            return True  # "asked that his name not be used", "asked that his full name be withheld"
    return False



# Agencies whose photo credits run a photographer's name into the text ("REUTERS/Rodi Said").
PHOTO_AGENCIES = frozenset({"REUTERS", "AFP", "AP", "EPA", "GETTY", "ANADOLU", "SANA", "XINHUA"})


def surname_read_as_a_verb(token: Token) -> bool:
    """ "REUTERS/Rodi Said", "AFP Rodi Said": a capitalised "Said" ending a photo credit (an agency in
    capitals, then the photographer's name) is the photographer's surname, not the verb. A Title Case
    headline's "Clinton Said" has no credit before it."""
    if token.text != "Said" or token.i < 2:
        return False
    given = token.doc[token.i - 1]
    agency = token.doc[token.i - 2]
    if agency.text == "/":
        if token.i < 3:
            return False
        agency = token.doc[token.i - 3]
    return given.is_title and given.pos_ == "PROPN" and agency.text in PHOTO_AGENCIES


def as_one_puts_it(token: Token) -> bool:
    """ "The city is, as one resident put it, a prison": "put it" in a comment clause opened by "as"
    reports the words of the clause it hangs on. "put" with any other object ("put the toll at" is
    the toll frame's), a place ("put it on the table") or outside such a clause is no cue of this kind."""
    return (
        token.lemma_.lower() == "put"
        and token.dep_ == "advcl"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in token.children)
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
        # "put it on the table" places a thing; "put it on Monday" only says when, "put it to me" to whom
        and not any(
            c.dep_ in ("prep", "dative")
            and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)
            and not (c.lower_ == "to" and any(g.pos_ == "PRON" for g in c.children))
            for c in token.children
        )
    )



def reporting_post(token: Token) -> bool:
    """ "Jane Doe reports for Al Jazeera", "reporting from Gaziantep": "report" with "for" (whom a
    journalist works for) or "from" (where they are) and no clause of its own says who and where the
    reporter is, not what was reported."""
    if token.lemma_.lower() != "report":
        return False
    preps = {c.lower_ for c in token.children if c.dep_ == "prep"}
    doc = token.doc
    content = any(
        c.dep_ in ("ccomp", "dobj", "xcomp")
        # "A reports for X; B reports for Y": a clause before a semicolon is no preposed content
        and not (c.i < token.i and any(t.text == ";" for t in doc[c.right_edge.i : token.i]))
        for c in token.children
    )
    return bool(preps & {"for", "from"}) and not content


ASPECTUAL_VERBS = frozenset({"continue", "go"})  # "he continued" / "went on" report; "continued to pound" does not
ASPECT_REACH = 4  # words between the verb and its "to" ("continued on Monday to pound")


def aspectual(token: Token) -> bool:
    """ "jets continued on Monday to pound ...", "went on to win": a verb of continuing with a
    to-infinitive says what went on, not what was said; so does one in an "as" clause ("as the
    offensive continues")."""
    if token.lemma_.lower() not in ASPECTUAL_VERBS:
        return False
    if any(c.dep_ == "xcomp" for c in token.children):
        return True
    if opens_with_as(token):
        return True  # "as the offensive near the city continues": a time clause, not a speaker going on
    for following in token.doc[token.i + 1 : min(token.i + 1 + ASPECT_REACH, token.sent.end)]:
        if following.lower_ == "to":
            after = following.nbor(1) if following.i + 1 < len(following.doc) else None
            return after is not None and (after.tag_ == "VB" or after.pos_ == "VERB" or after.dep_ == "nmod")
        if following.is_punct or following.pos_ in ("VERB", "AUX"):
            return False
    return False


def opens_with_as(verb: Token) -> bool:
    """Whether "as" opens the clause of `verb` with no other verb between them ("as the fighting went
    on", "as the offensive against the terrorists near the city continues"), however the parse
    attached the "as"."""
    for before in reversed(verb.doc[verb.sent.start : verb.i]):
        if before.pos_ in ("VERB", "AUX") or before.text in (";", ":") or before.is_quote:
            return False
        if before.lower_ == "as":
            return True
    return False


def refused(token: Token) -> bool:
    """ "the army declined to comment", "refused to say": the verb reports that nothing was said."""
    return token.dep_ == "xcomp" and "refusal" in speech_verbs().get(token.head.lemma_.lower(), frozenset())


def negated_subject(token: Token) -> bool:
    """ "neither X nor Y blamed ...", "no group claimed ...": the verb reports that nobody said it."""
    for subject in (c for c in token.children if c.dep_ in SUBJECT_DEPS):
        if subject.lower_ in NEGATIVE_SUBJECTS or any(
            c.dep_ in ("preconj", "det") and c.lower_ in NEGATIVE_SUBJECTS for c in subject.children
        ):
            return True
    return False


def event_subject(token: Token) -> bool:
    """ "Clashes continued", "the fighting continued in the east", "protests continue": a speech verb
    whose subject names an event reports no speech. "The army continued" and "it continued" may."""
    if token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ == "NOUN" and token.head.lemma_.lower() in event_nouns():
        return True  # "protests calling for the ouster of ...": the event is no speaker
    subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
    if not subjects and token.dep_ == "conj" and token.head.i < token.i and token.head.dep_ not in REPORTED_CLAUSE_DEPS:
        # "the clashes erupted on Saturday and continued till Sunday": the subject both verbs share. Not
        # inside a reported clause: "Kerry said the bombing amounted to war crimes and called on ..."
        # is Kerry's call (sources.coordinated_reporter).
        subjects = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS and c.i < token.head.i]
    if len(before := [c for c in subjects if c.i < token.i]) > 1:
        # "Air strikes killed 12 civilians on Monday a monitor said": of two subjects where a comma was lost,
        # the one nearest the verb reports (postposed.postposed_content); the other opens the content
        subjects = [before[-1]]
    return any(
        (c.lemma_.lower() in event_nouns() or c.lower_ in event_nouns())
        and (c.pos_ == "NOUN" or c.tag_ == "VBG")  # "shelling" read as a gerund
        # Comma-less text ("... after bombardments killed 24 people the Observatory said"): a name
        # between the event and the verb is the real speaker the parse missed.
        and not any(could_be_the_speaker(t) for t in token.doc[c.i + 1 : token.i])
        for c in subjects
    )


def could_be_the_speaker(token: Token) -> bool:
    """A proper noun that names no date or place and is no object of a preposition ("from Al Tabqah")."""
    root = token
    while root.dep_ == "compound" and root.head.i != root.i:
        root = root.head
    return token.pos_ == "PROPN" and token.ent_type_ not in SETTING_ENTITY_TYPES and root.dep_ != "pobj"


REPORTED_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "relcl", "acl", "advcl"})


def surname_after_an_initial(token: Token) -> bool:
    """ "R. Milhem/H. Said": a capitalised "Said" or "Says" right after an initial is a name (an editor's
    signature), not the verb. Headlines in title case ("Assad Says ...") have no initial before it."""
    if not token.text[:1].isupper() or token.i == 0 or token.is_sent_start:
        return False
    before = token.doc[token.i - 1].text
    return len(before) == 2 and before[0].isupper() and before[1] == "."


def responds_to_an_event(token: Token) -> bool:
    """ "as government forces responded to a rebel offensive", "the army reacted to the attack", "the
    regime responded with military force": a verb of answering whose "to" object is an event, or whose
    "with" object is not a statement, answers with deeds, not words (not "responded to the accusations,
    saying ...", where "saying" is the cue, nor "responded with a statement")."""
    if token.lemma_.lower() not in ("respond", "reply", "react", "retort"):
        return False
    for prep in (c for c in token.children if c.dep_ == "prep"):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        if prep.lower_ == "to" and any(o.lemma_.lower() in event_nouns() for o in objects):
            return True
        if prep.lower_ == "with" and objects and not any(o.lemma_.lower() in content_nouns() | statement_nouns() for o in objects):
            return True
    return False


def naming_verb_before(article: ParsedArticle, span: QuoteSpan) -> Token | None:
    """The naming verb just before the opening mark ('called "..."', 'known as "..."', 'dubbed the
    offensive "..."': the verb, then at most its object noun phrase or "as"), when it is not a cue."""
    i = article.token_at(span.open_mark) - 1
    doc = article.doc
    if i < 0 or doc[i].idx >= span.open_mark:
        return None
    naming = {lemma for lemma, frames in speech_verbs().items() if "naming" in frames}
    for token in reversed(doc[max(0, i - MAX_NAMED_OBJECT_TOKENS) : i + 1]):
        if token.lemma_.lower() in naming and token.pos_ in ("VERB", "AUX"):
            return None if is_cue(token) else token
        if token.pos_ in ("VERB", "AUX", "PUNCT", "CCONJ") or token.is_sent_start:
            return None
    return None


def characterising_verb_before(article: ParsedArticle, span: QuoteSpan) -> Token | None:
    """The verb of 'referred to her as "the Devil"', 'described the raid as "barbaric"', 'what X
    dismissed as "locker-room talk"': a verb that characterises its object "as" the quoted words, "as"
    right before the opening mark and at most the object between it and the verb, when the verb has a
    subject of its own (or is a participle whose clause has one), so the quoted words are that
    subject's. Passive 'was described as "stable"' cites words with no speaker: None."""
    doc = article.doc
    i = article.token_at(span.open_mark) - 1
    if i < 1 or doc[i].idx >= span.open_mark or doc[i].lower_ != "as":
        return None
    characterising = {lemma for lemma, frames in speech_verbs().items() if "characterise" in frames}
    for token in reversed(doc[max(0, i - MAX_NAMED_OBJECT_TOKENS - 2) : i]):
        if token.lemma_.lower() in characterising and token.pos_ == "VERB":
            return token if has_speaking_subject(token) else None
        in_object = token.dep_ in ("acl", "amod", "compound")  # "those supporting Trump"
        if (token.pos_ in ("VERB", "AUX") and not in_object) or token.pos_ == "CCONJ" or token.is_punct or token.is_sent_start:
            return None
    return None


def has_speaking_subject(verb: Token) -> bool:
    """An active verb with a subject, or a participle whose clause has one ("..., calling it",
    "by referring to them as")."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return True
    if verb.tag_ != "VBG":
        return False
    clause = verb.head.head if verb.dep_ == "pcomp" else verb.head if verb.dep_ in ("advcl", "xcomp") else None
    return clause is not None and any(c.dep_ == "nsubj" for c in clause.children)


def speakers_naming(verb: Token) -> bool:
    """'Mrs. Doe called the town "the most dangerous place in the country"', 'the ministry condemned
    the raid, calling it "..."': "call" in the active voice, whose subject (or, for a participle, its
    clause's subject) says it, so the quoted words are that speaker's. Not 'known as', 'is called', 'a
    group calling itself "..."' (a title the writer cites), nor 'dubbed the offensive "..."' (dub and
    nickname give a name, not a description)."""
    return verb.lemma_.lower() == "call" and has_speaking_subject(verb)


def cue_tokens(token: Token) -> list[Token]:
    """The words of the cue whose head is `token`, in text order: "said", "told reporters", "called for",
    "according to"."""
    if token.lower_ == "according":
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return [token, following] if following is not None and following.lower_ == "to" else [token]
    parts = [token]
    for child in token.children:
        if child.dep_ == "prt" or (
            # "called on X to ...", "called for": next to the verb ("called X ... on Monday" is a date)
            child.dep_ == "prep" and child.lower_ in ("on", "for") and token.lemma_ == "call" and child.i == token.i + 1
        ):
            parts.append(child)
        elif token.lemma_ == "tell" and child.dep_ in ("dobj", "dative") and child.i == token.i + 1:
            parts.append(child)  # "told reporters", "told AFP"
        elif child.lower_ == "clear" and child.dep_ in CLEAR_DEPS and made_clear(token) is not None:
            parts.append(child)  # "made clear", "made it clear"
    return sorted(parts, key=lambda t: t.i)


def cue_text(token: Token) -> str:
    """The cue as written, from its words (`cue_tokens`): "said", "told reporters", "according to"."""
    return " ".join(t.text for t in cue_tokens(token))


def cue_span(token: Token) -> tuple[int, int]:
    """Character offsets [start, end) of the cue whose head is `token`, from its first word to its last."""
    parts = cue_tokens(token)
    return parts[0].idx, parts[-1].idx + len(parts[-1])


def toll_object(verb: Token) -> tuple[Token, Token] | None:
    """ "put the toll at 45", "put the death toll at more than 60", "gave a toll of 12 dead": (the toll
    noun, the "at" or "of" that carries the figure)."""
    toll = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in TOLL_NOUNS), None)
    if toll is None:
        return None
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    # "gave a death toll of 34 civilians": the figure in the toll's own "of" phrase
    of = (
        next((c for c in toll.children if c.dep_ == "prep" and c.lower_ == "of" and counts_people(c)), None)
        if verb.lemma_.lower() == "give"
        else None
    )
    return (toll, at or of) if (at or of) is not None else None


def counts_people(preposition: Token) -> bool:
    """ "of at least 12 dead", "of 34 civilians": the "of" phrase of a toll holds a count of people (a
    number that is no date, and a noun or casualty word after it), not "of 2014" or "of 3 hotlines"."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    if not objects or objects[0].ent_type_ in ("DATE", "TIME"):
        return False
    head = objects[0]
    has_number = any(t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in head.subtree)
    # the casualty stage's own words: a victim group ("civilians") or a casualty word ("dead"), also
    # right after the number where the parse hung it elsewhere ("a toll of 31 killed and 74 wounded")
    return has_number and (group_of(head) is not None or word_cue(head) is not None or casualty_word_after(head) is not None)


def casualty_word_after(number: Token) -> Token | None:
    """The casualty word right after a count the parse left without its noun ("of 31 killed"), or None."""
    end = number.right_edge.i + 1
    after = number.doc[end] if end < len(number.doc) else None
    return after if after is not None and word_cue(after) is not None else None


def noun_with_content(verb: Token) -> Token | None:
    """The clause a statement noun carries as the verb's object: "rejected claims that ...",
    "expressed concern that ...", "denied reports that ..."; None when there is none."""
    for noun in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in content_nouns()):
        clause = next(
            (c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)),
            None,
        )
        if clause is not None:
            return clause
    return None


def comment_on_the_clause_before(verb: Token) -> int | None:
    """ "The West accuses Russia of war crimes, which Moscow rejects": a non-restrictive "which"
    clause whose speech verb takes "which" as its object reports on the clause before the comma.
    Returns the comma's token index, or None when the verb is not in that construction."""
    if verb.dep_ != "relcl":
        return None
    which = next((c for c in verb.children if c.lower_ == "which" and c.dep_ in ("dobj", "nsubjpass")), None)
    if which is None or which.i == 0 or verb.doc[which.i - 1].text != ",":
        return None
    if not any(c.dep_ in ("nsubj",) for c in verb.children):
        return None
    return which.i - 1


RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


def speaker_described_by_the_clause(verb: Token) -> bool:
    """ "a survivor who testified at the trial", "the officials who spoke to reporters": a relative clause
    whose subject is its relative pronoun describes the noun before it, who is no report's content."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children)

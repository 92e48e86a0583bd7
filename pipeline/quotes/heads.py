"""What a speaker phrase's head can be: predicates the speaker rules share."""

from __future__ import annotations

from spacy.tokens import Token

from ..entities.lexicon import person_titles, resolve_place, title_words_without_stops
from ..speakers import ORG_SPEAKER_LABELS, role_words
from .datelines import AGENCY_DATELINE_RE
from .lexicon import FINITE_TAGS, ORG_LABELS, SUBJECT_DEPS, is_record, speech_verbs
from .parsed import ParsedArticle


def could_speak(subject: Token) -> bool:
    """Whether a subject can be a speaker: a name, a pronoun, a body or a person's role (not "bombing")."""
    if subject.dep_ == "nsubjpass" or subject.pos_ == "NUM":
        return False
    return (
        subject.pos_ in ("PROPN", "PRON")
        or subject.ent_type_ in ("PERSON", *ORG_LABELS)
        or subject.lemma_.lower() in role_words()
        or subject.lower_ in role_words()
        or (subject.dep_ == "nsubj" and getattr(record_subject(subject.head), "i", None) == subject.i)
    )


def record_subject(verb: Token) -> Token | None:
    """The record or inquiry reporting through an "evidence" verb ("the emails show that ...", "figures
    released Monday show ...", "a study by X found that ..."), or None: a verb of that frame reports
    nothing with another subject, but a named body that found something ("Amnesty found that ..."). A
    relative pronoun stands for the noun its clause modifies ("figures, which showed that ...")."""
    if "evidence" not in speech_verbs().get(verb.lemma_.lower(), frozenset()) or not reports_a_finding(verb):
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and is_record(verb.head) and record_shows_a_small_clause(verb) is not None:
        return verb.head  # "more national polls showing Trump ahead"
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        record = verb.head if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl" else subject
        if is_record(record):
            return subject
        if verb.lemma_.lower() == "find" and subject.ent_type_ == "ORG" and any(c.dep_ == "ccomp" for c in verb.children):
            return subject  # "The Pew Research Center found that ...": a body reports what its inquiry found
    return None


def is_role_head(head: Token) -> bool:
    return role_words().get(head.lemma_.lower()) == "person" or role_words().get(head.lower_) == "person"


def names_a_speaker(article: ParsedArticle, token: Token) -> bool:
    entity = article.entity_covering(token)
    return entity is not None and entity.label in ("PERSON", "ORG", "ARMED_GROUP")


def root_of_name(article: ParsedArticle, token: Token) -> Token:
    """The token heading the entity mention that ends at `token` ("Rights" -> "Observatory" in
    "the Syrian Observatory for Human Rights"), so the speaker phrase is the whole name."""
    entity = article.entity_covering(token)
    if entity is None:
        return token
    root = token
    while root.head.i != root.i and entity.start <= root.head.idx < entity.end:  # spaCy makes a new Token per access
        root = root.head
    if root.pos_ in ("PROPN", "NOUN"):
        return root
    # A parse that splits the name ("for Human Rights" hung on the verb): its first nominal root.
    inside = [t for t in token.doc[token.i - 12 if token.i >= 12 else 0 : token.i + 1] if entity.start <= t.idx < entity.end]
    roots = [t for t in inside if t.pos_ in ("PROPN", "NOUN") and not entity.start <= t.head.idx < entity.end]
    return roots[0] if roots else token


def reports_a_finding(verb: Token) -> bool:
    """An evidence verb with a finite clause ("show that prices rose", "show prices had risen") or none
    (postposed: "..., the data show"); not with an object ("shows a man") or a small clause, which shows
    a scene ("shows a man walking through the rubble")."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return record_shows_a_small_clause(verb) is not None or not any(c.dep_ in ("dobj", "attr", "oprd", "dative") for c in verb.children)
    if clause.tag_ == "VBG" and any(c.dep_ == "nsubj" for c in clause.children):
        return True  # "a poll showed Clinton leading Trump": a small clause (record_subject then wants a record)
    return clause.tag_ in FINITE_TAGS or any(
        c.lower_ == "that" if c.dep_ == "mark" else c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS
        for c in clause.children
    )


def after_a_preposition(token: Token) -> bool:
    """Whether the phrase `token` heads opens right after a preposition: its object, however the parse
    labels it ("... with his counterpart Steinmeier said": not a subject of "said"), or a name right
    after such an object, in apposition to it ("with his German counterpart Frank-Walter Steinmeier")."""
    first = token.left_edge.i
    if first == 0:
        return False
    before = token.doc[first - 1]
    in_apposition = token.doc[first].pos_ == "PROPN" and is_role_head(before)
    return before.pos_ == "ADP" or (before.dep_ == "pobj" and before.head.pos_ == "ADP" and in_apposition)


PAST_OR_PRESENT_TAGS = ("VBD", "VBZ", "VBP")  # finite forms; a participle (VBN, VBG) may modify a noun


def root_noun_subject(verb: Token) -> Token | None:
    """ "Ilham Ahmed, co-chair of the Syrian Democratic Council, called on Washington to act": a long
    apposition can leave the parse with the name as the sentence's root and the finite verb as its
    modifier; a finite verb cannot modify a noun, so the root noun is its subject. None for any other
    reading, and for a verb with a subject of its own."""
    head = verb.head
    if (
        verb.dep_ != "acl"
        or verb.tag_ not in PAST_OR_PRESENT_TAGS
        or head.dep_ != "ROOT"
        or head.pos_ not in ("PROPN", "NOUN")
        or head.i > verb.i
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    return head


QUESTION_VERBS = frozenset({"ask", "question", "press", "challenge"})


def question_put_to_the_speaker(verb: Token) -> Token | None:
    """ "Jane Doe, asked about the reports, said the army would respond": the parse reads the name and the
    participle as a clause of their own that the report's verb governs, or the report's verb as the
    participle's complement; a question put to someone, set off by a comma before the verb, is not what
    was said, and its subject is the one who answers. The participle, or None."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc = verb.doc
    candidates = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis", "advcl")]
    if verb.dep_ in ("ccomp", "conj", "parataxis") and verb.i > 0 and doc[verb.i - 1].text == ",":
        candidates.append(verb.head)  # "Jane Doe, asked whether ..., said that ..." with "said" under "asked"
    for clause in candidates:
        if (
            clause.i < verb.i
            and clause.lemma_.lower() in QUESTION_VERBS
            and clause.tag_ in ("VBN", "VBD")
            and "," in (doc[min(clause.right_edge.i, verb.i - 1)].text, doc[verb.i - 1].text)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i for c in clause.children)
        ):
            return clause
    return None


# Persons named by how they relate to someone else: "critics of Erdogan", "the mother of Jane Doe", "a
# lawyer for the family" are not the one their preposition holds (`related_to_the_one_named`).
RELATIONAL_ROLE_HEADS = frozenset({
    "critic", "supporter", "opponent", "rival", "ally", "parent", "relative", "family", "friend", "lawyer",
    "attorney", "mother", "father", "son", "daughter", "brother", "sister", "wife", "husband", "widow",
    "neighbour", "neighbor", "cousin", "uncle", "aunt", "victim",
})  # fmt: skip


def related_to_the_one_named(name: Token, head: Token) -> bool:
    """Whether a name is the object of a preposition on a relational role noun ("critics of Jane Doe", "the
    mother of Jane Doe"): the role's holders are others, unnamed (`RELATIONAL_ROLE_HEADS`)."""
    if head.lemma_.lower() not in RELATIONAL_ROLE_HEADS:
        return False
    root = root_within_its_name(name)
    return root.dep_ == "pobj" and root.head.head.i == head.i


def root_within_its_name(name: Token) -> Token:
    """The name's own root ("Assad" of "Bashar al-Assad"): up the parse while still inside the entity."""
    root = name
    while root.head.i != root.i and root.head.ent_iob_ == "I" and root.head.ent_type_ == name.ent_type_:
        root = root.head
    return root


def relates_to_another(head: Token) -> bool:
    """Whether a relational role noun has its relatum after it ("critics of the plan", "the mother of
    Jane Doe", "a lawyer for the family"): a description of unnamed others, never resolved to the one
    its preposition holds nor to a holder named before."""
    return head.lemma_.lower() in RELATIONAL_ROLE_HEADS and any(
        c.dep_ == "prep" and c.lower_ in ("of", "for", "to") and any(g.dep_ == "pobj" for g in c.children)
        for c in head.children
    )


def related_through_a_modifier(name: Token, head: Token) -> bool:
    """Whether a name in a role's phrase is the object of a preposition that hangs on something other than
    the role noun: "a commander loyal to Assad", "a fighter in the alliance fighting in support of Assad",
    "an official close to Erdogan" describe the holder by someone else. Not "a spokesman for Erdogan",
    who speaks for him, nor a name ending the office ("the chief of the General Staff Valery Gerasimov")."""
    root = root_within_its_name(name)
    if root.dep_ != "pobj" or root.head.pos_ != "ADP" or root.head.head.i == head.i:
        return False
    # The name is the preposition's whole object, titles aside ("loyal to President Assad"); in "head of
    # operations in the General Staff General Jane Doe" the body's words come first: the office's holder.
    first = name.i
    while first > 0 and name.doc[first].ent_iob_ == "I":
        first -= 1  # the name's first word
    between = name.doc[root.head.i + 1 : first]
    return all(t.dep_ == "det" or t.lower_.rstrip(".") in person_titles() for t in between)


DATELINE_DASHES = frozenset({"—", "–", "--", "-"})


def past_a_bare_dateline(subject: Token, article: ParsedArticle) -> Token:
    """ "GENEVA — The U.N. human rights chief, Zeid Ra'ad al-Hussein, said", "ALEPPO, Syria — Hussein Diab
    said": a dateline with no credit opens the line, and the parse makes its place the subject with the
    real one in apposition. The apposition after the dash is the subject; any other subject is kept.
    So with an agency's own dateline ("Homs, SANA – A source at Homs Police Command said")."""
    if (within := agency_dateline_end(article, subject)) is not None:
        after = [c for t in (subject, *subject.children) for c in t.children if c.dep_ in ("appos", "conj") and c.idx >= within]
        return after[0] if after else subject
    if not (subject.is_alpha and subject.text.isupper()) or article.line_of(subject.idx)[0] != subject.left_edge.idx:
        return subject
    # (within the dateline's own words: "ALEPPO, Syria —", "DAMASCUS, Syria (AP) —", its credit in brackets)
    dash = next((t for t in subject.doc[subject.i + 1 : subject.i + 8] if t.text in DATELINE_DASHES), None)
    if dash is None or any(t.like_num for t in subject.doc[subject.i + 1 : dash.i]):
        return subject
    after = [c for c in subject.children if c.dep_ in ("appos", "conj", "npadvmod") and c.i > dash.i]
    if after:
        return after[0]
    # "ALEPPO, Syria — Hussein Diab said": the country may take the apposition
    country = next((c for c in subject.children if c.dep_ in ("appos", "npadvmod") and c.i < dash.i), None)
    later = [c for c in country.children if c.i > dash.i and c.dep_ in ("appos", "conj")] if country is not None else []
    return later[0] if later else subject


def agency_dateline_end(article: ParsedArticle, token: Token) -> int | None:
    """The end offset of an agency's own dateline opening the token's line and holding the token
    ("Homs, SANA –": `datelines.AGENCY_DATELINE_RE`), else None."""
    lo, _ = article.line_of(token.idx)
    dateline = AGENCY_DATELINE_RE.match(article.text, lo)
    return dateline.end() if dateline is not None and token.idx < dateline.end() else None


def past_an_agency_dateline(article: ParsedArticle, tokens: list[Token]) -> list[Token]:
    """ "Hama, SANA- Governor of Hama X said": the words of an agency's own dateline opening the line are
    no part of the speaker's phrase; the tokens after it, or all when the phrase opens no such line."""
    end = agency_dateline_end(article, tokens[0]) if tokens else None
    return tokens if end is None else [t for t in tokens if t.idx >= end]


def inverted_final_reporter(cue: Token) -> Token | None:
    """ "Civilians could flee the fighting, warned the United Nations.": a speech verb after a comma, with
    only its reporter after it to the sentence's end, reports the clause before the comma. The parse may
    make the reporter the verb's object; it is its inverted subject. None for a verb with a clause or
    more words after its object ("..., warned the UN that ...", "..., warned residents to leave").
    Comma-less text ("... seized by the terrorists said the Britain-based group."): "say" alone, whose
    object is never who speaks but in this inversion, and which the parse then joins to the verb before."""
    after_a_comma = cue.i > 0 and cue.doc[cue.i - 1].text == ","
    comma_lost = not after_a_comma and cue.lemma_.lower() == "say"
    if cue.i == 0 or not (after_a_comma or comma_lost) or cue.tag_ not in ("VBD", "VBZ", "VBP") or cue.lemma_.lower() == "tell":
        return None  # "Trump, 70, told CNN's Dana Bash": told whom, never an inverted subject
    # the clause reported stands before the verb (its ccomp when the comma is lost); one after it is
    # what the verb says ("..., warned the UN that ...")
    if any((c.dep_ in ("ccomp", "xcomp") and c.i > cue.i) or (c.dep_ in ("nsubj", "nsubjpass") and c.i < cue.i) for c in cue.children):
        return None
    if not comma_lost and cue.dep_ in ("conj", "dep") and (cue.head.tag_ == cue.tag_ or cue.head.dep_ == "conj" or any(
        c.dep_ == "conj" and c.pos_ == "VERB" and c.i < cue.i for c in cue.head.children
    )):
        return None  # "Erdogan flew to Sochi, met Putin, warned the Kurds": one subject's acts in a row
    # comma-less, only an object or subject: "... said Wednesday." is when, not who
    deps = ("dobj", "nsubj") if comma_lost else ("dobj", "nsubj", *INVERTED_REPORTER_DEPS)
    after = [c for c in cue.children if c.i > cue.i and c.dep_ in deps]
    if len(after) != 1 or after[0].ent_type_ in ("DATE", "TIME"):
        return None
    reporter = after[0]
    if not all(t.is_punct for t in cue.doc[reporter.right_edge.i + 1 : cue.sent.end]) or cue.sent.end - reporter.right_edge.i > 3:
        return None
    # "..., warned residents of the town": whom the warning was for; a preposition inside the reporter's
    # own name ("... Observatory for Human Rights") goes on with that name
    in_its_name = reporter.ent_iob_ != "O"
    if any(c.dep_ in ("prep", "relcl", "acl") and not (in_its_name and c.ent_iob_ == "I") for c in reporter.children):
        return None
    return reporter if could_speak(reporter) and reporter.pos_ != "PRON" else None  # "..., as X puts it"


INVERTED_REPORTER_DEPS = ("attr", "npadvmod", "dative", "oprd")


SMALL_CLAUSE_PREDICATES = ("acl", "amod", "prep", "advmod", "npadvmod", "relcl", "xcomp", "oprd")


def record_shows_a_small_clause(verb: Token) -> tuple[int, int] | None:
    """Token bounds of what a record shows as an object and its predicate: "a Rasmussen poll showed Clinton
    leading Trump 43 percent to 41", "New CNN polls show Trump up by 4 points in Ohio", "polls showing Trump
    ahead", "surveys have shown Clinton making up ground": the finding, not a thing shown. None without a
    predicate after the object ("the poll showed a sharp drop") and for any other verb or subject."""
    if verb.lemma_.lower() != "show":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    holder = verb.head if verb.dep_ == "acl" else subject
    if holder is None or not is_record(holder):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    predicate = any(c.dep_ in SMALL_CLAUSE_PREDICATES and c.i > obj.i for c in obj.children) or any(
        c.dep_ in SMALL_CLAUSE_PREDICATES and c.i > obj.i for c in verb.children
    )
    if not predicate:
        return None
    last = verb.right_edge.i
    while last > obj.i and verb.doc[last].is_punct:
        last -= 1
    return obj.left_edge.i, last + 1


def named_before_apposition(subject: Token, article: ParsedArticle) -> Token:
    """ "Rami an Aleppo resident said", "Ibrahim al-Hajj a volunteer with the group said": commas lost,
    the person's name sits just before the role phrase the parser took as the subject. So does a
    body's: "the Aleppo Media Center an activist collective said" is the Aleppo Media Center."""
    if subject.pos_ != "NOUN":
        return subject
    if (name := person_compounded_on_role(subject, article)) is not None:
        return name
    first = subject.left_edge
    if first.dep_ == "det" and first.lower_ == "the" and (named := person_as_a_second_subject(subject, article)) is not None:
        return named
    if first.dep_ != "det" or first.lower_ not in ("a", "an") or first.i == 0:
        return subject
    before = subject.doc[first.i - 1]
    if article.in_quote(before.idx) or role_opens_a_second_phrase(subject):
        return subject
    entity = article.entity_covering(before)
    if entity is None:
        return before if is_unrecognised_body_name(before) else subject
    if name_taken_by_the_clause_before(article, entity.start):
        return subject  # "In a statement to SANA a source at ... said": SANA is the statement's addressee
    if entity.label == "PERSON" and is_role_head(subject):
        return before
    return before if entity.label in ORG_SPEAKER_LABELS else subject


def person_as_a_second_subject(subject: Token, article: ParsedArticle) -> Token | None:
    """ "Hamza al-Khatib the director of a hospital in the east told Reuters": commas lost, the parse
    makes the person's name and the role phrase after it two subjects of one verb; the person holds the
    role and speaks. So with the commas kept, when the parse still makes the apposition a second subject
    ("Ban Ki-moon, the secretary general of the United Nations, vowed"). Only a person's name right before
    "the" (a comma between at most) and a person's role: "... in Aleppo the monitor said" and "... killed
    Ahmed Hassan the director said" (an object) are no apposition."""
    if not is_role_head(subject) or subject.left_edge.i == 0:
        return None
    before = subject.doc[subject.left_edge.i - 1]
    if before.text == "," and before.i > 0:
        # set off by commas on both sides, the role closed right before its verb ("..., vowed"); not a
        # reporting clause set in the sentence ("Jane Doe, the minister said on Monday, will lead ...")
        comma = subject.right_edge.i if subject.right_edge.text == "," else subject.right_edge.i + 1
        if comma + 1 >= len(subject.doc) or subject.doc[comma].text != "," or comma + 1 != subject.head.i:
            return None
        before = subject.doc[before.i - 1]
    entity = article.entity_covering(before)
    if entity is None or entity.label != "PERSON" or article.in_quote(before.idx):
        return None
    name = root_of_name(article, before)
    return name if name.dep_ in SUBJECT_DEPS and name.head.i == subject.head.i else None


def role_opens_a_second_phrase(subject: Token) -> bool:
    """ "The attack killed Ahmed Hassan a teacher activists said": "a" never determines a plural, so a
    singular person's role ("teacher") inside a plural subject opens a phrase of its own, the victim's
    apposition; the name before it is not the plural speaker's. Not "a few activists" (no role noun)."""
    return subject.tag_ == "NNS" and any(
        t.tag_ == "NN" and role_words().get(t.lemma_.lower()) == "person" for t in subject.lefts
    )


def past_titles_before(article: ParsedArticle, at: int, lo: int) -> int:
    """Where a name's titles begin ("Colonel", "Brigadier General", "Dr" before "Turki al-Maliki"), from the
    name's start `at`, not before `lo`."""
    i = article.token_at(at)
    while i > 0 and article.doc[i - 1].idx >= lo and article.doc[i - 1].lower_.rstrip(".") in title_words_without_stops():
        i -= 1
    return article.doc[i].idx if i < article.token_at(at) else at


def name_taken_by_the_clause_before(article: ParsedArticle, start: int) -> bool:
    """Whether the name starting at character `start` belongs to the clause before it, lost commas and all:
    a verb's object ("The strike killed Ahmed Hassan a teacher said") or a role's apposition there ("...
    killed the mayor of Azaz Mohammed Hussein a local activist said", "... wounded its commander Abu
    Omar a fighter said"). Then the role phrase after the name is the speaker, not the name. Not "...
    overnight Zakaria Malahifji a political officer said" nor "... in Douma Rami a resident said"."""
    i = article.token_at(past_titles_before(article, start, 0))  # "... killed Colonel Ahmed Hassan"
    doc = article.doc
    if i == 0:
        return False
    previous = doc[i - 1]
    if previous.pos_ in ("VERB", "AUX"):
        # "killed Ahmed Hassan": a verb that acts on persons takes the name; not "were wounded Hamid Kutini"
        # (passive), "The talks collapsed Yahya al-Aridi" (no person object) nor '"...," said Ahmed Kanjou'
        return acts_on_a_person(previous)
    if previous.pos_ == "ADP" or previous.lower_ == "to":  # "the killing of", "speaking to", "to SANA"
        return not starts_with_a_place(article, start)  # "the outskirts of Homs Ahmed Hassan": a place run in
    k = i - 3 if previous.pos_ == "PROPN" and i > 2 and doc[i - 2].lower_ == "of" else i - 1
    # "the mayor of Azaz", "its commander", "the ... rebel Free Syrian Army": a determined role (or a name
    # the role is determined with); a bare one is the name's title ("at dawn rebel commander Abu Omar")
    if not (k > 0 and doc[k].tag_ == "NN" and is_role_head(doc[k])):
        return False
    determined = (doc[k], doc[k].head) if doc[k].head.i >= i else (doc[k],)
    return any(c.dep_ in ("det", "poss") and c.i < k for t in determined for c in t.children)


# Verbs whose object is a person besides the casualty lexicon's ("targeted", "met", "named")
PERSON_OBJECT_VERBS = frozenset({"target", "shoot", "meet", "name", "appoint", "replace", "sentence", "release", "free", "torture", "accuse"})


def acts_on_a_person(verb: Token) -> bool:
    """Whether an active verb takes a person as its object: the casualty lexicon's verbs of harm and
    capture ("killed", "arrested") and `PERSON_OBJECT_VERBS`; never in the passive."""
    from ..casualties.lexicons import lexicon  # here: pipeline.casualties imports this package

    if any(c.dep_ == "auxpass" for c in verb.children) or (verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)):
        return False
    lemma = verb.lemma_.lower()
    return lemma in lexicon("types")["verbs"] or lemma in PERSON_OBJECT_VERBS


def starts_with_a_place(article: ParsedArticle, start: int) -> bool:
    """Whether the entity starting at `start` opens with a place's name run into a person's ("Homs Ahmed
    Hassan" after "the outskirts of")."""
    entity = next((e for e in article.entities if e.start == start), None)
    words = entity.text.split() if entity is not None else []
    return len(words) > 2 and resolve_place(words[0], context_in_aleppo=False) is not None


def person_compounded_on_role(subject: Token, article: ParsedArticle) -> Token | None:
    """ "Jens Doe spokesman for the UN agency said": commas lost, the parse hangs the person's name on the
    role noun as a compound; the name, not the body the role serves, speaks."""
    if not is_role_head(subject) or subject.tag_ != "NN":
        return None  # not "President Assads officials" (a possessive lost): a plural is no one's apposition
    names = [c for c in subject.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] or [
        c for c in subject.lefts if c.dep_ == "nmod" and lost_possessive_of_a_country(article, c)
    ]
    if not names or any(t.dep_ in ("det", "amod", "poss") and t.i < names[0].i for t in subject.lefts):
        return None  # "A Putin spokesman", "Former Obama adviser": a name modifying the role, not apposed
    entity = article.entity_covering(names[-1]) or article.entity_covering(names[-1].left_edge)
    if lost_possessive_of_a_country(article, names[-1]) and names[-1].i > 0:
        # "Maamoun Abdulkarim Syrias antiquities chief said": the country's lost possessive between
        before = names[-1].doc[names[-1].i - 1]
        entity = article.entity_covering(before)
        return root_of_name(article, before) if entity is not None and entity.label == "PERSON" else None
    return names[-1] if entity is not None and entity.label == "PERSON" else None


def lost_possessive_of_a_country(article: ParsedArticle, token: Token) -> bool:
    """ "Syrias", "Russias": a country's name whose apostrophe was lost (the entity stage keeps the name
    without its "s")."""
    entity = article.entity_covering(token)
    return entity is not None and entity.label == "GPE" and token.text.endswith("s") and not entity.text.endswith("s")


def is_unrecognised_body_name(last: Token) -> bool:
    """ "the Aleppo Media Center": two or more proper nouns after "the", ending at `last`, that the
    entity stage did not keep (a place alone, "in Aleppo", is no such run: it has no "the")."""
    doc, i = last.doc, last.i
    while i >= 0 and doc[i].pos_ == "PROPN":
        i -= 1
    return last.i - i >= 2 and i >= 0 and doc[i].lower_ == "the"

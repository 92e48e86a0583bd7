"""Indirect (reported) speech: the content clause or phrase of a cue."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from ..casualties.source_phrases import claims_responsibility
from ..misread import (
    final_report_read_as_noun,
    names_a_reporter,
    phrase_head,
    present_forms,
    unparsed_source_before,
)
from .beliefs import is_belief_cue
from .content_ends import (
    before_a_comment,
    before_a_joint_source,
    before_a_participle_of_speech,
    before_the_reporters_own_acts,
    elided_conjunct_end,
    split_clause_end,
)
from .cues import (
    casualty_word_after,
    comment_on_the_clause_before,
    is_cue,
    made_clear,
    noun_with_content,
    speaker_described_by_the_clause,
    toll_object,
)
from .datelines import AGENCY_DATELINE_RE, LEADING_DATELINE_RE, bare_city_dateline
from .doubts import doubted_clause
from .found import Found, dateline_framed_quote, overlap
from .heads import question_put_to_the_speaker, record_shows_a_small_clause
from .lexicon import (
    ANONYMITY_VERBS,
    CLOSING_DOUBLE,
    CONTENT_OBJECT_DEPS,
    NOUN_MODIFIER_DEPS,
    OBJECT_PREPOSITIONS,
    OPENING_DOUBLE,
    SUBJECT_DEPS,
    WORD_RE,
    is_belief_verb,
    is_record,
    speech_verbs,
)
from .noun_contents import noun_content_quotes
from .object_clauses import (
    clause_of_the_statement_phrase,
    clause_read_as_a_modifier,
    clause_read_as_a_second_object,
    clause_read_as_an_object,
    opened_by_that,
    subject_read_as_an_object,
    that_clause_read_as_relative,
)
from .parenthetical import (
    according_content,
    as_comment_clause,
    medial_attribution,
    subtree_bounds,
    trimmed_punct,
)
from .parsed import ParsedArticle
from .postposed import has_reporter, postposed_content
from .relay import according_relays_a_report, without_a_relaying_according
from .report_frames import (
    clause_past_a_relay_participle,
    past_a_relay_participle,
    past_the_time_of_the_report,
)
from .sources import coordinated_reporter, final_report_read_as_modifier
from .spans import CLOSE_AFTER_RE, trimmed, wholly_in_quote_marks

# ---------------------------------------------------------------------------------------------------
# Indirect speech


def content_tokens(cue: Token) -> tuple[int, int] | None:
    """Token bounds of a cue's reported content, or None when the verb reports nothing here."""
    frames = speech_verbs().get(cue.lemma_.lower(), frozenset())
    if claims_responsibility(cue):
        return None  # "IS claims responsibility for attack ...": owning a deed, whatever the parse hung on it
    if (comma := final_report_read_as_modifier(cue)) is not None:
        return cue.sent.start, comma  # "..., the Al Mayadeen channel reported on Sunday."
    if "evidence" in frames and (shown := record_shows_a_small_clause(cue)) is not None:
        return shown  # "New CNN polls show Trump up by 4 points", "polls showing Trump ahead"
    if is_participial_modifier(cue) and not any(c.dep_ == "ccomp" for c in cue.children):
        return None  # 'a "humanitarian pause" announced by Russia': the noun is not what was said
    if (
        cue.tag_ == "VBN" and cue.dep_ == "advcl" and cue.i < cue.head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in cue.children)
    ):
        return None  # "Asked about the convoy, Lavrov said ...": the question put to the speaker
    if "doubt" in frames and (doubted := doubted_clause(cue)) is not None:
        return doubted.left_edge.i, doubted.right_edge.i + 1  # "questioned if the truce would hold"
    if (clause := made_clear(cue)) is not None:
        first = clause.left_edge.i
        first += clause.doc[first].lower_ == "that"  # "made clear that he would stay": past "that"
        return first, clause.right_edge.i + 1
    comma = comment_on_the_clause_before(cue)
    if comma is not None:
        return cue.sent.start, comma  # "..., which Moscow rejects": the clause before the comma
    noun_clause = noun_with_content(cue)
    if noun_clause is not None:
        # "rejected claims that its forces ...": the statement noun's clause, without its "that".
        first, last = subtree_bounds(noun_clause)
        return first, last
    if "toll" in frames and (toll := toll_object(cue)) is not None:
        end = toll[1].right_edge.i + 1  # "put the toll at 45 dead"
        number = next((c for c in toll[1].children if c.dep_ == "pobj"), None)
        if number is not None and (word := casualty_word_after(number)) is not None:
            end = max(end, word.i + 1)  # "gave a toll of 31 killed and 74 wounded": up to its casualty word
        return toll[0].left_edge.i, end
    if "clause" in frames or "evidence" in frames:  # is_cue let an evidence verb through for its record subject
        clause = reported_clause(cue) or clause_of_the_statement_phrase(cue) or clause_read_as_a_modifier(cue)
        if clause is not None:
            if cue.dep_ == "relcl" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children):
                return None  # "which they said would be targeted": the content is the noun outside
            if clause.i < cue.i and not has_reporter(cue):
                return None  # "...; continue with the war crimes": words before a verb nobody speaks
            first, last = subtree_bounds(clause)
            first = subject_read_as_an_object(cue, clause, first)
            first = past_the_time_of_the_report(cue, clause, first)
            first = past_a_relay_participle(clause, first)
            last = split_clause_end(cue, clause, last)
            last = before_a_joint_source(cue, first, last)
            last = before_the_reporters_own_acts(clause, first, last)
            last = before_a_participle_of_speech(cue.doc, first, last)
            if first < cue.i < last and clause.i > cue.i:
                first = cue.i + 1  # "which the Observatory said were carried out": the words after the cue
            for conj in (c for c in clause.children if c.dep_ == "conj" and c.i > cue.i):
                if is_cue(conj) and getattr(coordinated_reporter(conj), "i", None) == cue.i:
                    # "... amounted to war crimes and called on ...": the second verb is the speaker's
                    # own report (a quote of its own), not part of what the clause says.
                    cc = [c for c in clause.children if c.dep_ in ("cc", "punct") and c.i < conj.left_edge.i]
                    last = min(last, cc[-1].i if cc else conj.left_edge.i)
                    return first, last
            return before_a_comment(cue.doc, first, elided_conjunct_end(cue, last))
        if (inverted := clause_read_as_the_cues_head(cue)) is not None:
            return inverted
        postposed = postposed_content(cue)
        if postposed is not None:
            return postposed
    if (clause := clause_read_as_a_second_object(cue) or that_clause_read_as_relative(cue)) is not None:
        return clause
    if "clause" in frames and (clause := clause_read_as_an_object(cue)) is not None:
        return clause
    bounds = _object_content(cue, frames)
    return None if bounds is None else before_a_comment(cue.doc, *bounds)


def clause_read_as_the_cues_head(cue: Token) -> tuple[int, int] | None:
    """ "Trump has claimed, without evidence, that millions voted illegally": with words between the verb and
    its "that", the parse may make the reported clause the sentence's head and the verb its complement. The
    content is the head's clause from after its "that", when the cue has a subject of its own and the "that"
    comes after everything the cue governs."""
    head = cue.head
    if cue.dep_ not in ("ccomp", "parataxis") or head.i < cue.i or not any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    mark = next((c for c in head.children if c.dep_ == "mark" and c.lower_ == "that" and cue.right_edge.i < c.i < head.i), None)
    if mark is None:
        return None
    last = head.right_edge.i + 1
    while last - 1 > mark.i and cue.doc[last - 1].is_punct:
        last -= 1
    return (mark.i + 1, last) if last - mark.i > 2 else None


MODIFIER_CLAUSE_TOKENS = 4  # "Syrias government run": a compound modifier, not a sentence of its own



def reported_clause(cue: Token) -> Token | None:
    """The cue's complement clause. Of one before it and one after it, the one after: "Syria's government
    run TV said the explosion ..." (hyphens lost) reads "government run" as a clause of its own, but a
    clause before the subject that runs into it is the subject's modifier, not what was said."""
    question = question_put_to_the_speaker(cue)  # "Jane Doe, asked about ..., said": not what was said
    clauses = [
        c for c in cue.children
        if c.dep_ == "ccomp" and (question is None or c.i != question.i)
        # "Ankara says X; Washington says Y": a report of its own before a semicolon, with its own subject, is
        # parsed as the cue's complement; it is the other speaker's ("Russia has said it is positive, Jane Doe
        # said" is hers: a report she reports)
        and not (
            c.i < cue.i and is_cue(c) and any(s.dep_ in SUBJECT_DEPS for s in c.children)
            and any(t.text == ";" for t in cue.doc[c.right_edge.i : cue.i])
        )
    ]
    after = [c for c in clauses if c.i > cue.i and c.tag_ != "VBG"]  # "..., adding that": a report of its own
    subjects = [s for s in cue.children if s.dep_ in SUBJECT_DEPS]
    if after and any(
        c.i < cue.i and c.right_edge.i - c.left_edge.i < MODIFIER_CLAUSE_TOKENS and c.right_edge.i + 1 == s.left_edge.i
        for c in clauses
        for s in subjects
    ):
        return after[0]
    clause = clauses[0] if clauses else clause_past_a_relay_participle(cue)
    if (
        clause is not None and clause.ent_type_ in NAME_ENTITY_TYPES and clause.text[:1].isupper()
        and any(c.dep_ in ("dobj", "dative") and c.right_edge.i + 1 == clause.i for c in cue.children)
    ):
        # "told state news agency SANA that forces would ...": the tagger read the end of the addressee's
        # name as the clause's verb; the clause is the one that name governs
        inner = next((c for c in clause.children if c.dep_ == "ccomp" and c.i > clause.i), None)
        return inner or clause
    return clause


NAME_ENTITY_TYPES = frozenset({"ORG", "PERSON", "GPE", "NORP", "ARMED_GROUP"})

def _object_content(cue: Token, frames: frozenset[str]) -> tuple[int, int] | None:
    if "object" in frames:
        rights = [c for c in cue.rights if c.dep_ in CONTENT_OBJECT_DEPS]
        has_infinitive = any(c.dep_ == "xcomp" for c in rights) or any(
            g.dep_ == "xcomp" for c in rights for g in c.subtree
        )
        has_object_prep = any(c.dep_ == "prep" and c.lower_ in OBJECT_PREPOSITIONS for c in rights)
        if cue.lemma_.lower() == "tell" and rights and rights[0].dep_ in ("dobj", "dative"):
            rights = rights[1:]  # "told AFP of ...": the addressee is not what was said
        if any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY_VERBS and any(g.dep_ in ("neg", "auxpass") for g in c.children)
            for c in rights
        ):
            return None  # "who asked not to be named", "asked to be identified only as ...": about the source
        # a verb inside a relative clause of a noun ("the release of prisoners who were detained") is
        # still part of that noun phrase
        in_relative = {t.i for c in rights for g in c.subtree if g.dep_ in ("relcl", "acl") for t in g.subtree}
        if not has_infinitive and not any(
            g.pos_ in ("VERB", "AUX") and g.dep_ not in NOUN_MODIFIER_DEPS and g.i not in in_relative
            for c in rights
            for g in c.subtree
        ):
            # "called for the deployment of observers", "warned of a catastrophe": only a noun phrase, no
            # clause, is no content (tests/gold/GUIDELINES.md); "accused the army of shelling ..." has one
            return None
        if rights and (has_infinitive or has_object_prep):
            return rights[0].left_edge.i, rights[-1].right_edge.i + 1
    return None


def is_participial_modifier(verb: Token) -> bool:
    """ "the dispatch, announced by Carter, ...", 'a "pause" announced by Russia': a past participle
    modifying a noun (a reduced relative clause), not a finite verb of speech."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return verb.dep_ in ("acl", "amod") or any(c.dep_ == "agent" for c in verb.children)


def indirect_quotes(article: ParsedArticle) -> list[Found]:
    doc, text = article.doc, article.text
    found: list[Found] = []
    for token in doc:
        if not (is_cue(token) or is_belief_cue(token)) or article.in_quote(token.idx):
            continue
        if token.lower_ == "according" and according_relays_a_report(token):
            continue  # "X said ..., according to AFP": the agency relays X's words (the quote of "said")
        inside = according_content(article, token) if token.lower_ == "according" else attribution_inside(article, token)
        if token.lower_ == "according" and inside is None:
            continue
        if inside is not None:
            start, end, content = inside
        else:
            token_bounds = content_tokens(token)
            if token_bounds is None:
                continue
            first, last = token_bounds
            if last <= token.i and speaker_described_by_the_clause(token):
                continue  # "Lina Sayed, a survivor who testified at the trial, said": she is who speaks
            first, last = without_a_relaying_according(token, first, last)
            start, end = trimmed_punct(text, doc[first].idx, doc[last - 1].idx + len(doc[last - 1]))
            that = doc[first]
            if that.lower_ == "that" and (
                that.dep_ == "mark" or opened_by_that(that.head) or (that.dep_ == "det" and that.head.dep_ == "ccomp")
            ):  # a "that" read as the determiner of a noun the parse made the clause ("that military action")
                start = trimmed(text, doc[first].idx + 4, end)[0]
            content = text[start:end]
        dateline = (
            LEADING_DATELINE_RE.match(text, start, end) or AGENCY_DATELINE_RE.match(text, start, end)
            or bare_city_dateline(text, start, end)
        )
        if dateline is not None and dateline.end() < end:
            start = dateline.end()  # "MOSCOW (Sputnik) - Kurdish-led fighters ...": the dateline is no content
            content = text[start:end]
        lo, hi = article.line_of(token.idx)
        if start < lo or end > hi:
            start, end = trimmed_punct(text, max(start, lo), min(end, hi))
            content = text[start:end]
        if (closed := through_the_closing_mark(text, start, end, article.quoted, hi)) != end:
            end, content = closed, text[start:closed]
        if text[start - 1 : start] in ('"', "“") and any(mark in content for mark in ('"', "”")):
            start, content = start - 1, text[start - 1 : end]  # 'said "rigorous standards" were ...': both marks
        if len(WORD_RE.findall(content)) < 3:
            continue
        if wholly_in_quote_marks(text, start, end):
            continue  # '"Aleppo is empty," she said': a direct quote too short to count is no indirect one
        covered = sum(overlap((start, end), q) for q in article.quoted)
        if covered >= 0.5 * (end - start) and not subject_before_the_quote(article, start, end):
            continue  # the same words are already a direct quote
        if dateline_framed_quote(text, start, end, article.quoted):
            continue  # 'BEIRUT (AP) - "We are dying," said X': the content is the direct quote, not the dateline
        found.append(Found(start, end, content, "indirect", token, source=loose_source(token, doc[article.token_at(end - 1)])))
    cues = {f.cue.i for f in found}
    found += [f for f in final_reports_read_as_nouns(article) if f.cue.i not in cues]
    return found + [f for f in noun_content_quotes(article) if not any(overlap((f.start, f.end), (g.start, g.end)) for g in found)]


def attribution_inside(article: ParsedArticle, cue: Token) -> tuple[int, int, str] | None:
    """The content around a cue set inside the sentence it reports ("The attack, activists said, killed
    20", "As the minister said, the city is safe"), or None for a cue in another layout."""
    return medial_attribution(article, cue) or as_comment_clause(article, cue)




def through_the_closing_mark(text: str, start: int, end: int, quoted: list[tuple[int, int]], line_end: int) -> int:
    """ 'Trump said the plan would "lead to World War Three," because ...', 'it made the plan "a little
    costly."': a content whose clause ends inside quote marks (the parse cut it at a comma, or left the
    marks to the main verb) runs to the end of the quoted words, their closing mark included: a partial
    quote is never cut in two. `quoted` holds the direct quotes' (start, end) character offsets without
    their marks; `line_end` bounds the search. The content's new end, else `end`."""
    for first, stop in quoted:
        if first < end < stop <= line_end:
            end = stop
            break
    content = text[start:end]
    unclosed = sum(map(content.count, OPENING_DOUBLE)) > sum(map(content.count, CLOSING_DOUBLE)) or content.count('"') % 2
    if unclosed and (mark := CLOSE_AFTER_RE.match(text, end, line_end)) is not None:
        return mark.end()
    return end


# Roles of a word outside the marks that makes the quoted words the rest of someone's clause.
CLAUSE_OPENING_DEPS = frozenset(SUBJECT_DEPS) | {"expl", "dobj"}


def subject_before_the_quote(article: ParsedArticle, start: int, end: int) -> bool:
    """ 'added that it "will pay dividends"', 'said there were "dozens of victims"': reported words whose
    clause opens outside the quote marks, with its subject (or the object a "to" clause is about),
    are a partial quote inside reported speech, one statement, even when the quoted words are most
    of it. Not 'said: "We will ..."' nor 'said the "intensified attacks are ..."' (a determiner) nor
    'told AFP around 6 am "guards saw ..."' (an adverbial): nothing of the clause is outside."""
    first = min((a for a, b in article.quoted if start <= a < end), default=None)
    if first is None:
        return False
    doc = article.doc
    return any(
        doc[i].dep_ in CLAUSE_OPENING_DEPS and doc[i].idx >= start
        for i in range(article.token_at(start), article.token_at(first))
    )


def loose_source(cue: Token, content_end: Token) -> Token | None:
    """The head of the source phrase the parse left loose right before a subjectless final report ("...
    on Friday Siege Watch reported"), when the content ends right before it; else None, and the speaker
    is read from the cue's parse."""
    if content_end.i >= cue.i or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
        return None
    first = unparsed_source_before(cue)
    if first is None or first.i != content_end.i + 1:
        return None
    return phrase_head(cue.doc[first.i : cue.i])


def final_reports_read_as_nouns(article: ParsedArticle) -> list[Found]:
    """ "Air raids killed 10 people on Friday the Syrian Observatory for Human Rights reports.",
    "..., FEC records show.": a sentence-final reporting clause the tagger read as one noun phrase
    (`misread.final_report_read_as_noun`). The content is the sentence before the source phrase; the
    phrase's head is the source's. A verb of evidence needs a record as its source."""
    doc, text = article.doc, article.text
    speech, evidence = _misread_verb_forms()
    found = []
    for sent in doc.sents:
        misread = final_report_read_as_noun(sent, speech, names_a_reporter) or final_report_read_as_noun(sent, evidence, is_record)
        if misread is None or article.in_quote(misread[0].idx):
            continue
        verb, head, first = misread
        lo, hi = article.line_of(verb.idx)
        before = doc[first.i - 1]
        start, end = trimmed_punct(text, max(sent.start_char, lo), min(before.idx + len(before), hi))
        if len(WORD_RE.findall(text[start:end])) >= 3:
            found.append(Found(start, end, text[start:end], "indirect", verb, source=head))
    return found


# Speech verbs whose present forms are, at a sentence's end, far more often nouns: "attacked a police post",
# "under military rule".
NOUN_FIRST_VERBS = frozenset({"post", "rule"})


@functools.cache
def _misread_verb_forms() -> tuple[frozenset[str], frozenset[str]]:
    verbs = speech_verbs()
    return (
        # not the verbs of belief ("detained dozens of suspects": a noun)
        present_forms(lemma for lemma, frames in verbs.items()
                      if "clause" in frames and not is_belief_verb(lemma) and lemma not in NOUN_FIRST_VERBS),
        present_forms(lemma for lemma, frames in verbs.items() if "evidence" in frames),
    )

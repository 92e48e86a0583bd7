"""Source phrases: where a sentence says who reports ("according to X", "X said/reported", "citing X",
"quoting X", a headline's ": monitor"), as (cue, source head) token pairs read from the parse."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..entities.lexicon import read_word_list
from ..misread import final_report_read_as_noun, names_a_reporter, present_forms
from ..nlp import entity_at
from ..speakers import event_nouns
from .cues import COUNT_NOUNS, RECORD_VERBS
from .lexicons import is_toll_noun, lexicon


@dataclass(slots=True)
class Source:
    cue: Token  # the reporting verb, "according" or "quoting"
    name: str | None
    label: str = "GENERIC"  # entity label of a named source, "GENERIC" for "activists", "state media" ...
    head: Token | None = None  # the source's head word, as the parse reads it


# Labels of words that are never the one who reports a figure (a date or count parsed as a subject).
NON_SOURCE_ENT_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "FAC", "LOC", "EVENT"}
)
QUOTING_LEMMAS = frozenset({"quote"})
# Reporting verbs whose present form a sentence-final clause may hide as a noun ("... state media
# reports."); not those whose noun reading is common there ("records", "counts", "documents").
MISREAD_VERB_FORMS = present_forms({"say", "report", "state", "claim", "note", "estimate", "announce", "confirm"})


def entity_root(token: Token) -> Token:
    """The head word of the named entity a token belongs to, or the token itself."""
    ent = entity_at(token)
    return ent.root if ent is not None else token


def left_noun_phrase(verb: Token, sent: Span) -> Token | None:
    """Head of the noun phrase right before a reporting verb ("... 51 people a source in X told
    Sputnik", "... on Monday Syrian Observatory for Human Rights reported"): FA-KES-style text loses
    its commas and the parser hangs the source on the wrong word."""
    if verb.i - 1 < sent.start:
        return None
    before = verb.i - 1
    doc = verb.doc
    if before - 3 >= sent.start and doc[before].text == ")" and doc[before - 2].text == "(":
        before -= 3  # "... Syria Live Network (SLN) reported": the name before its acronym
    token = entity_root(doc[before])
    if token.pos_ not in ("NOUN", "PROPN") or token.i >= verb.i:
        return None
    while token.dep_ in ("compound", "amod") and token.head.i < verb.i and token.head.i != token.i:
        token = token.head
    while (
        token.dep_ == "pobj"
        and token.head.lower_ in ("for", "of")
        and token.head.head.pos_ == "PROPN"
        and token.head.head.i < token.i
    ):
        token = token.head.head  # "the Syrian Observatory for Human Rights said": the name's head
    holders = lexicon("sources")["source_holder_nouns"]
    prep = token.head
    if token.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.lower_ in holders and prep.head.i < verb.i:
        token = prep.head  # "a source at X Police Command told"
    return token


def trailing_name_subject(verb: Token, sent: Span, subjects: list[Token]) -> list[Token]:
    """The reporter of a comma-less trailing attribution: "... bombardments killed at least 24 people
    the Syrian Observatory for Human Rights said". The parser hangs the name on the figure's noun and
    makes the first noun of the clause the subject; a proper name right before the verb, outside the
    parsed subject, is the reporter, and so is an unnamed source the lexicon knows ("... in the central
    city of Homs state television reported": the figure is state TV's, not the last source's before)."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(
        c.i > verb.i and c.dep_ in ("ccomp", "xcomp", "dobj", "advcl") for c in verb.children
    ):
        return subjects  # "... as Abu Obaida adding that ...": a report still to come, not a trailing one
    left = left_noun_phrase(verb, sent)
    if left is None or not (left.pos_ == "PROPN" or ends_in_a_generic_source(verb, left)) or unusable_subject(left) or not subjects:
        return subjects
    if any(in_noun_phrase(left, s) for s in subjects) or any(s.i > left.i for s in subjects):
        return subjects
    return [left] if left.dep_ in ("appos", "dobj", "pobj") else subjects


def generic_source(text: str) -> str | None:
    """The normalised unnamed source ("anti-government activists" -> "activists"), longest match first."""
    table = lexicon("sources")["generic_sources"]
    for phrase in sorted(table, key=len, reverse=True):
        if text == phrase or text.endswith(" " + phrase):
            return table[phrase]
    return None


def ends_in_a_generic_source(verb: Token, left: Token) -> bool:
    """Whether the words right before a reporting verb end in a generic source of the lexicon ("state
    television", "state media"; data/lexicons/sources.json `generic_sources`), whatever runs into them."""
    return generic_source(" ".join(t.lower_ for t in verb.doc[max(left.left_edge.i, verb.i - 4) : verb.i])) is not None


def in_noun_phrase(token: Token, head: Token) -> bool:
    """True when `token` belongs to the noun phrase of `head`: below it with no verb (a clause) between."""
    for ancestor in token.ancestors:
        if ancestor.i == head.i:
            return True
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
    return False


# Reporting verbs whose object is whom the report was given to ("told AFP", "informed SANA").
ADDRESSEE_VERBS = frozenset({"tell", "inform", "brief"})


def unusable_subject(token: Token) -> bool:
    """A subject that cannot be the reporter: a date, a count, a place a parse slip made subject."""
    return token.ent_type_ in NON_SOURCE_ENT_LABELS | {"GPE"} or token.like_num


def inverted_or_shared_subject(verb: Token) -> list[Token]:
    """The reporter of a verb without a subject of its own: after it when the report comes first
    ("... killed on Friday said a monitoring group": the parser calls it an object), the passive
    subject of "X was quoted as saying", or the subject of the clause a participle continues
    ("Hezbollah identified him ... adding that")."""
    lemma = verb.lemma_.lower()
    if lemma in QUOTING_LEMMAS and any(c.dep_ == "auxpass" for c in verb.children):
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    # "told Anadolu Agency": whom one tells is the addressee, never the reporter
    if lemma not in ADDRESSEE_VERBS and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        after = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.i > verb.i]
        if after and after[0].pos_ in ("NOUN", "PROPN"):
            return after[:1]
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i < verb.i:
        return [c for c in verb.head.children if c.dep_ == "nsubj"][:1]
    if verb.tag_ == "VBG" and verb.dep_ == "ROOT":
        # Commas lost, the participle became the root: the last subject of a verb before it.
        earlier = [
            t for t in verb.sent if t.i < verb.i and t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX")
        ]
        return earlier[-1:]
    return []


def reporter_after_counted_subject(verb: Token, subjects: list[Token]) -> list[Token]:
    """The reporter of "... wounded more than 60 people said the Observatory": with the comma lost the
    parse makes the counted victims the subject and the reporter after the verb its object. A subject
    that is a count of people gives way to a noun right after the verb; any other subject stays."""
    if verb.lemma_.lower() in ADDRESSEE_VERBS:
        return subjects  # "... wounded 25 others Jane Doe told Anadolu Agency": the agency was told
    counted = subjects and all(any(c.dep_ == "nummod" for c in s.children) or s.like_num for s in subjects)
    after = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "attr") and c.i > verb.i and c.pos_ in ("PROPN", "NOUN")
    ]
    if counted and after and not any(c.dep_ in ("ccomp", "xcomp") and c.i > verb.i for c in verb.children):
        return after[:1]
    return subjects


# Objects of "claim" that make it no report: "the attack claimed the lives of", "claimed responsibility".
DEED_OBJECTS = frozenset({"lives", "life", "responsibility", "credit"})
# Besides the events of data/lexicons/event_nouns.txt, deeds a group claims: "claimed the killing".
CLAIMED_DEEDS = frozenset({"killing", "kidnapping", "abduction", "shooting", "ambush", "massacre", "execution"})


def claims_a_deed(verb: Token) -> bool:
    """ "The Islamic State claimed the attack, which killed 26", "IS claimed responsibility for the
    blast", "the attack claimed the lives of 12": claiming a deed (or lives taken) is owning it, no
    report of its toll; the claimant did it. "The group claimed 40 soldiers were killed" reports, and so
    does a deed that holds its count ("Hezbollah claimed the killing of three soldiers":
    `deed_holds_its_count`)."""
    if responsibility_claimed(verb) is not None:
        return claims_responsibility(verb)  # whatever the parse hung "responsibility" on
    return any(c.lower_ in DEED_OBJECTS for c in verb.children) or (
        verb.lemma_.lower() == "claim"
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in event_nouns() | CLAIMED_DEEDS and not deed_holds_its_count(c)
            for c in verb.children
        )
    )


def claims_responsibility(verb: Token) -> bool:
    """ "The group claimed responsibility for the bombing", "IS claims responsibility for attack on town":
    "claim" with "responsibility" or "credit" as its next word owns a deed and reports nothing, whatever the
    parse hung on the noun (a glued headline can make it the subject of a clause after it)."""
    following = responsibility_claimed(verb)
    if following is None:
        return False
    if following.dep_ in ("nsubj", "nsubjpass") and following.head.lemma_.lower() in WHERE_BLAME_LIES:
        return False  # "Moscow claimed responsibility lay with the rebels": a claim about whose it is
    # "claimed responsibility for the killing of three soldiers": the deed holds its count, which is claimed
    deed = next((o for p in following.children if p.dep_ == "prep" and p.lower_ == "for" for o in p.children if o.dep_ == "pobj"), None)
    return deed is None or not deed_holds_its_count(deed)


def responsibility_claimed(verb: Token) -> Token | None:
    """The "responsibility" or "credit" written right after a verb of claiming, else None."""
    following = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if verb.lemma_.lower() != "claim" or following is None or following.lower_ not in ("responsibility", "credit"):
        return None
    return following


# Verbs saying whose a responsibility is, not taking it: "claimed responsibility lay with the rebels".
WHERE_BLAME_LIES = frozenset({"lie", "rest", "belong", "fall", "go"})


def deed_holds_its_count(deed: Token) -> bool:
    """ "claimed the killing of three Israeli soldiers", "the kidnapping of 276 schoolgirls", "the killing
    of dozens of terrorists": a count inside the claimed noun phrase itself (not in a clause on it, as in
    "claimed the attack, which killed 26") is what the claim says, so the claimant reports it; a day
    ("claimed an October 2 bomb attack that killed 17") is no count."""
    vague = lexicon("number_words")["vague"]  # "dozens", "hundreds": counts with no number
    return any(
        (t.like_num or t.dep_ == "nummod" or t.lower_ in vague) and in_noun_phrase(t, deed)
        for t in deed.subtree
        if t.i != deed.i and t.ent_type_ not in ("DATE", "TIME")  # "claimed an October 2 attack": a day
    )


def shared_finite_subject(verb: Token) -> list[Token]:
    """The reporter of a finite verb coordinated with an earlier one, which has no subject of its own:
    "The Taliban claimed the attack and said 40 soldiers were killed", "Hamas claimed the attack and put
    the number of dead at 3": the first verb's subject reports the count the second verb says. Not a
    second verb that says no count ("claimed the bombing that killed 84, and said more would follow")."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    head = verb.head
    joined = [c for c in head.children if c.dep_ == "cc" and head.i < c.i < verb.i]
    if head.i > verb.i or not joined or any(
        c.dep_ == "conj" and joined[-1].i < c.i < verb.i for c in head.children
    ):
        # "... killed 11 civilians Al Jazeera reported", "killed 20 and left 7 injured SANA reported": a lost
        # comma, the "and" joins other verbs
        return []
    vague = lexicon("number_words")["vague"]
    if not any((t.like_num or t.lower_ in vague) and t.i > verb.i for t in verb.subtree):
        return []  # "claimed the bombing that killed 84, and said more attacks would follow": no count said
    return [
        c for c in head.children if c.dep_ == "nsubj" and not unusable_subject(c) and c.lemma_.lower() not in event_nouns()
    ][:1]


def source_tokens(sent: Span) -> list[tuple[Token, Token]]:
    """(cue, source head) pairs: "according to X", "X said/reported", "citing X", "quoting X"."""
    verbs = set(lexicon("sources")["reporting_verbs"])
    pairs = []
    for token in sent:
        if token.lower_ == "according":
            for to in token.children:
                if to.lower_ == "to":
                    pairs += [(token, obj) for obj in to.children if obj.dep_ == "pobj"]
            if (
                not any(p[0].i == token.i for p in pairs)
                and token.i + 2 < sent.end
                and token.nbor(1).lower_ == "to"
            ):
                pairs.append((token, token.nbor(2)))
        elif token.lemma_.lower() in verbs and token.pos_ in ("VERB", "AUX") and not claims_a_deed(token):
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            subjects = reporter_after_counted_subject(token, subjects)
            if not subjects:
                subjects = inverted_or_shared_subject(token) or shared_finite_subject(token)
            if not subjects:
                # Parse slips on names the model does not know ("SANA, meanwhile, reported ...").
                subjects = [
                    c
                    for c in token.lefts
                    if c.dep_ in ("advcl", "npadvmod", "dep", "nsubjpass")
                    and c.text[:1].isupper()
                    and not c.is_stop
                ][:1]
            if all(unusable_subject(c) for c in subjects) and token.lemma_.lower() not in QUOTING_LEMMAS | {
                "cite"
            }:
                left = left_noun_phrase(token, sent)
                if left is not None and not unusable_subject(left):
                    subjects = [left]
            elif token.lemma_.lower() not in QUOTING_LEMMAS | {"cite"}:
                subjects = trailing_name_subject(token, sent, subjects)
            pairs += [(token, child) for child in subjects]
            if token.lemma_.lower() in QUOTING_LEMMAS | {"cite"}:
                # "citing the Observatory", "quoting Governor X as putting the toll at six", "quoted
                # local sources as saying"
                pairs += [
                    (token, c) for c in token.children if c.dep_ == "dobj" and (quoted_source_word(c) or quoted_as_saying(c))
                ]
    pairs += recorded_by(sent)
    pairs += [(verb, agent) for verb in sent if (agent := agent_of_a_credit_of_manner(verb)) is not None]
    pairs += by_a_source_s_count(sent)
    pairs += toll_revised_by(sent)
    pairs += tally_that_shows(sent)
    pairs += headline_credit(sent)
    misread = final_report_read_as_noun(sent, MISREAD_VERB_FORMS, names_a_reporter)
    if misread is not None and not any(cue.i == misread[0].i for cue, _ in pairs):
        pairs.append((misread[0], misread[1]))  # "... on Friday the Syrian Observatory reports."
    expanded = []
    for cue, head in pairs:
        expanded.append((cue, head))
        expanded += [(cue, c) for c in head.children if c.dep_ == "conj"]
    return expanded


NAMED_SOURCE_LABELS = ("ORG", "PERSON", "ARMED_GROUP")


def names_a_source(token: Token) -> bool:
    """A name, or a word the model tags as part of a body's or a person's name ("the Observatory")."""
    return token.pos_ == "PROPN" or token.ent_type_ in NAMED_SOURCE_LABELS


TALLY_NOUNS = frozenset({"count", "tally", "estimate", "reckoning", "calculation", "figure", "record", "toll"})


def by_a_source_s_count(sent: Span) -> list[tuple[Token, Token]]:
    """(cue, source head) for a count credited to its keeper by a possessive: "By the Observatory's count,
    45 civilians were killed", "by UN estimates", "by the count of the health ministry". The keeper of
    the tally is the figure's source; not a count with no keeper ("by one count", "by some estimates")."""
    pairs = []
    for prep in sent:
        if prep.lower_ not in ("by", "per") or prep.dep_ != "prep":
            continue
        if prep.lower_ == "per":  # "Ten people were killed, per the Observatory"; not "per day"
            pairs += [(prep, o) for o in prep.children if o.dep_ == "pobj" and names_a_source(o)]
        for tally in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in TALLY_NOUNS):
            keepers = [c for c in tally.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
            keepers += [c for c in tally.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
            keepers += [o for of in tally.children if of.lower_ == "of" for o in of.children if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")]
            pairs += [(prep, keeper) for keeper in keepers[:1]]
    return pairs


REVISING_VERBS = frozenset({"raise", "revise", "update", "lower", "increase"})


def toll_revised_by(sent: Span) -> list[tuple[Token, Token]]:
    """(cue, source head) for a body that revises a toll: "The Observatory raised the death toll to 44",
    "the ministry later revised the toll to 12". Not an event that raises it ("The strike raised the toll
    to 44"): the subject must be a name, or a noun of a source ("the ministry", "the monitor")."""
    words = lexicon("sources")
    source_nouns = set(words["source_holder_nouns"]) | set(words["generic_sources"])
    pairs = []
    for verb in sent:
        if verb.lemma_.lower() not in REVISING_VERBS or not any(
            c.dep_ == "dobj" and is_toll_noun(c) for c in verb.children
        ):
            continue
        if any(c.dep_ == "prep" and c.lower_ in ("with", "after", "by") for c in verb.children):
            continue  # "Russia raised the death toll to 300 with its bombing": who caused the deaths
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if names_a_source(subject) or subject.ent_type_ == "GPE" or subject.lower_ in source_nouns or any(subject.lower_ in d["nouns"] for d in words["descriptions"].values()):
                pairs.append((verb, subject))
    return pairs


TALLY_VERBS = frozenset({"show", "indicate", "reveal"})


@functools.cache
def record_nouns() -> frozenset[str]:
    """Records and inquiries that report a figure ("figures", "data", "a report"): the quote stage's list."""
    return read_word_list("record_nouns.txt")


def tally_that_shows(sent: Span) -> list[tuple[Token, Token]]:
    """(cue, source head) for a kept count that shows a figure: "Figures compiled by the Syrian Network
    show 22 civilians were killed", "An AFP tally showed 35 were killed": the tally's keeper, named by
    a compound, a possessive or its author ("compiled by X"); not a tally no one is said to keep, nor
    what pictures show ("Footage showed 12 bodies")."""
    pairs = []
    for verb in sent:
        if verb.lemma_.lower() not in TALLY_VERBS:
            continue
        for tally in (c for c in verb.children if c.dep_ == "nsubj"):
            if tally.lemma_.lower() not in TALLY_NOUNS and tally.lower_ not in record_nouns():
                continue
            keepers = [c for c in tally.children if (c.dep_ == "compound" and c.pos_ == "PROPN") or (c.dep_ == "poss" and names_a_source(c))]
            if not keepers:
                keepers = [tally]  # "figures compiled by X": the document's author (source_owners.document_author)
            pairs.append((verb, keepers[0]))
    return pairs


def recorded_by(sent: Span) -> list[tuple[Token, Token]]:
    """(cue, source head) for a count kept by a named body: "the number of people who were documented by
    the Syrian Observatory", "deaths recorded by the Health Ministry". The agent of a passive verb of
    keeping count is the figure's source; not the agent of any other verb ("killed by warplanes")."""
    pairs = []
    for verb in sent:
        if verb.lemma_.lower() in RECORD_VERBS and verb.tag_ == "VBN" and keeps_a_count(verb):
            for agent in (c for c in verb.children if c.dep_ == "agent"):
                pairs += [(verb, obj) for obj in agent.children if obj.dep_ == "pobj" and obj.pos_ in ("PROPN", "NOUN")]
    return pairs


# Verbs of a credit of manner that report or count a figure; not "as claimed by" (a claim of a deed) nor "as
# confirmed by" (of who acted, as often as of a toll).
MANNER_CREDIT_LEMMAS = frozenset({"report", "document", "record", "quote", "cite", "count", "tally", "announce", "publish"})


def agent_of_a_credit_of_manner(verb: Token) -> Token | None:
    """The source of a credit in a clause of manner: "Five were killed, as reported by Sputnik", "as
    documented by the Observatory", "as quoted by SANA" -> the agent of the passive reporting or counting
    verb "as" opens; None for other verbs, for "as reported earlier" (no agent) and "as planned by X"."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in MANNER_CREDIT_LEMMAS:
        return None
    if not any(c.lower_ == "as" and c.dep_ in ("mark", "advmod") for c in verb.children):
        return None
    agents = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    return agents[0] if agents else None


# Nouns a count of the dead or harmed is kept in: "30 deaths were recorded", "bodies documented by ...".
COUNTED_NOUNS = frozenset({"death", "body", "casualty", "victim", "fatality", "toll", "case", "killing", "injury"})


def keeps_a_count(verb: Token) -> bool:
    """Whether a passive verb of keeping count keeps a count of people ("30 deaths were recorded by X",
    "the number of people who were documented by X", "a figure documented by X"), not something else
    ("the ceasefire, monitored by the UN", "a message recorded by X", "refugees registered by UNHCR")."""
    counted = verb.head if verb.dep_ in ("relcl", "acl") else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if counted is None:
        return False
    if counted.lemma_.lower() in COUNTED_NOUNS | COUNT_NOUNS:
        return True
    if any(c.dep_ == "nummod" for c in counted.children) or counted.like_num:
        return True
    # "the number of people who were documented by X": the people an "of" of a count noun holds
    return counted.head.lower_ == "of" and counted.head.head.lemma_.lower() in COUNT_NOUNS | {"total"}


def quoted_source_word(token: Token) -> bool:
    """Whether the object of "quote"/"cite" is who is quoted: a name, or a noun that holds sources
    ("quoting local sources", "citing witnesses"), not the content cited ("citing the death of 35")."""
    if names_a_source(token):
        return True  # "quoted the Observatory as saying": the model may tag a known body's head a noun
    words = lexicon("sources")
    return token.pos_ == "NOUN" and (
        token.lower_ in words["source_holder_nouns"] or token.lower_ in words["generic_sources"]
    )


def quoted_as_saying(obj: Token) -> bool:
    """Whether the object of "quote" is quoted "as saying" (or "as putting", "as telling"): whoever it is
    ("Reuters quoted a police officer as saying 30 were killed"), it is the quoted source."""
    doc = obj.doc
    after = obj.right_edge.i + 1
    if after + 1 < len(doc) and doc[after].lower_ == "as" and doc[after + 1].tag_ == "VBG":
        return True
    # "quoted a police officer in Aleppo as saying": the "as" hung on the verb after a phrase of place
    return any(
        c.lower_ == "as" and c.i > obj.i and any(g.tag_ == "VBG" for g in c.children) for c in obj.head.children
    )


def headline_credit(sent: Span) -> list[tuple[Token, Token]]:
    """ "10 killed in Aleppo: monitor", "Strikes kill 13: Observatory": a headline that ends in a colon
    and a short noun phrase credits its content to that source, as reported speech."""
    words = [t for t in sent if not t.is_space]
    colons = [k for k, t in enumerate(words) if t.text == ":"]
    if not colons or len(words) - colons[-1] - 1 not in range(1, 5):
        return []
    tail = words[colons[-1] + 1 :]
    if any(t.pos_ in ("VERB", "AUX") for t in tail) or tail[-1].pos_ not in ("NOUN", "PROPN"):
        return []
    return [(words[colons[-1]], tail[-1])]

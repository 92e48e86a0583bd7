"""Sources the parse misplaces: named beside the cue in comma-less text, in apposition to a description,
at the end of an office's phrase, or "known as" a name."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..entities.lexicon import person_titles
from ..entities.story_persons import PLACE_LIST_NOUNS
from ..speakers import role_words
from .heads import (
    after_a_preposition,
    could_speak,
    is_role_head,
    name_taken_by_the_clause_before,
    names_a_speaker,
    related_through_a_modifier,
    relates_to_another,
    role_opens_a_second_phrase,
    root_of_name,
)
from .lexicon import ANONYMITY_VERBS, FINITE_TAGS, SUBJECT_DEPS, participle_acts
from .parsed import ParsedArticle

ADDRESSEE_VERBS = frozenset({"tell", "inform", "brief", "assure", "warn", "urge", "remind"})


def speaker_beside_cue(cue: Token, article: ParsedArticle) -> Token | None:
    """Comma-less postposed attribution whose parsed subject cannot speak: "... bombardments killed 24
    people the Syrian Observatory said", "... killed 1102 people said the Observatory". The parser takes
    a noun of the reported clause ("people", "bombardments") as the subject; the speaker is the name
    or body (or a person's role noun) that ends right before the cue, else the one right after it.
    None when neither side holds one."""
    before = source_ending_before(cue, article)
    if before is not None:
        return before
    return source_right_after_cue(cue, article)


def source_right_after_cue(cue: Token, article: ParsedArticle) -> Token | None:
    """The inverted source right after the cue ("... killed 1102 people said the Observatory", "... were
    injured said the source noting that ..."): a name or role noun after at most a determiner or
    adjective, which is not the subject of a finite clause of its own ("said the rebels fled" reports
    on the rebels). None after a verb whose object is its addressee ("told reporters")."""
    if cue.lemma_.lower() in ADDRESSEE_VERBS:
        return None  # "Hashim told reporters": the noun after the verb is who was told
    for token in cue.doc[cue.i + 1 : min(cue.i + 4, cue.sent.end)]:
        if token.dep_ == "det" or token.pos_ == "ADJ":
            continue
        named = names_a_speaker(article, token)
        head = root_of_name(article, token) if named else token
        if head.dep_ == "poss" and head.head.dep_ in ("nsubj", "nsubjpass") and head.head.head.i != cue.i:
            return None  # "said Brazile's actions were unethical": the owner of the content's subject
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "said army units targeted ...": the noun "army" modifies is the subject
        if head.head.i != cue.i and (
            head.head.tag_ in FINITE_TAGS or (head.dep_ in ("nsubj", "nsubjpass") and head.head.tag_ != "VBG")
        ):
            return None  # the subject of a clause of its own: "claiming Trump had acted ..."
        if not article.in_quote(token.idx) and (
            named or (token.pos_ == "NOUN" and role_words().get(token.lemma_.lower()))
        ):
            return token
        break
    return None


TRAILING_ADVERBS = frozenset({"also", "there", "here", "too", "again", "later", "earlier", "reportedly", "separately"})
PLACE_PREPOSITIONS = frozenset({"at", "on", "in", "from", "inside"})  # "doctors at the scene", "sources on the ground"


def _speakerish(article: ParsedArticle, token: Token) -> bool:
    """A name of a person or body, or a noun the role lexicon lists ("monitor", "media", "source")."""
    if article.in_quote(token.idx):
        return False
    if names_a_speaker(article, token):
        return True  # "... where the incident occurred Sino told journalists": the tagger's ADJ is a surname
    return token.pos_ in ("NOUN", "PROPN") and bool(role_words().get(token.lemma_.lower()) or role_words().get(token.lower_))


PLACE_PHRASE_REACH = 8  # tokens back a body's phrase may start before the place that ends it


def _body_the_place_ends(article: ParsedArticle, last: Token) -> int | None:
    """ "... the Russian center for reconciliation of the warring parties in Syria said": the phrase
    ending right before the cue ends in a place; the nearest body or person heading a prepositional
    chain that ends there is the source. The index of its head, or None."""
    if last.pos_ != "PROPN" or last.ent_type_ not in ("GPE", "LOC"):
        return None
    for ancestor in last.ancestors:
        if last.i - ancestor.i > PLACE_PHRASE_REACH or ancestor.pos_ not in ("ADP", "NOUN", "PROPN"):
            return None
        if ancestor.pos_ != "ADP" and _speakerish(article, ancestor):
            return ancestor.i
    return None


def source_ending_before(cue: Token, article: ParsedArticle) -> Token | None:
    """Comma-less sentence-final attribution (`source_ending_before`): "... on Tuesday state media said",
    "... an AFP correspondent there said", "... the Syrian Observatory for Human Rights (SOHR) also
    reported", "... the monitor and doctors at the scene said". The source phrase ends right before the
    cue (or its auxiliaries), after at most a trailing adverb, an abbreviation in brackets or a short
    place phrase; its head is a name or a noun the role lexicon lists. Of two coordinated sources the
    first speaks. None when no such phrase ends there."""
    doc = cue.doc
    auxiliaries = [c.i for c in cue.children if c.dep_ in ("aux", "neg") and c.i < cue.i]
    i = min([cue.i, *auxiliaries]) - 1
    while i >= 0 and doc[i].lower_ in TRAILING_ADVERBS:
        i -= 1
    if i >= 2 and doc[i].text in (")", "]"):  # "(SOHR)", "[OPCW]": the name's abbreviation
        opening = next((j for j in range(i - 1, max(i - 5, -1), -1) if doc[j].text in ("(", "[")), None)
        i = opening - 1 if opening is not None else i
    if i < 0:
        return None
    candidate = i if _speakerish(article, doc[i]) else None
    if candidate is None:
        # "sources on the ground": a short place phrase after the source noun
        for j in range(i - 1, max(i - 5, 0), -1):
            if doc[j].lower_ in PLACE_PREPOSITIONS:
                if _speakerish(article, doc[j - 1]) and all(t.pos_ in ("DET", "ADJ", "NOUN", "PROPN") for t in doc[j + 1 : i + 1]):
                    candidate = j - 1
                break
            if doc[j].pos_ not in ("DET", "ADJ", "NOUN", "PROPN"):
                break
    if candidate is None:
        candidate = _body_the_place_ends(article, doc[i])
    if candidate is None:
        return None
    token = doc[candidate]
    start = root_of_name(article, token).left_edge.i if names_a_speaker(article, token) else token.i
    while start > 0 and doc[start - 1].pos_ in ("DET", "ADJ") and doc[start - 1].i > 0:
        start -= 1
    if start >= 2 and doc[start - 1].lower_ == "and" and _speakerish(article, doc[start - 2]):
        token = doc[start - 2]  # "the monitor and doctors at the scene said": the first source speaks
    return root_of_name(article, token) if names_a_speaker(article, token) else token


def clause_between(subject: Token, cue: Token) -> bool:
    """ "The air force attacked a market killing 11 people the Observatory reported": a finite verb
    stands between the parsed subject and its cue, so that subject belongs to the reported clause. The
    cue's own auxiliaries ("Moscow has denied ...") are no clause."""
    return subject.i < cue.i and subject.right_edge.i < cue.i - 1 and any(
        t.tag_ in FINITE_TAGS
        and t.pos_ in ("VERB", "AUX")
        and not (t.head.i == cue.i and t.dep_ in ("aux", "auxpass"))
        for t in cue.doc[subject.right_edge.i + 1 : cue.i]
    )


def final_report_read_as_modifier(verb: Token) -> int | None:
    """ "Airstrikes killed 20 civilians near Raqqa, the Al Mayadeen channel reported on Sunday.": a
    sentence-final reporting clause whose verb the parser read as a participle modifying the speaker
    ("channel reported" as "the channel [that was] reported"). The token index of the comma before the
    speaker, where the reported content ends; None unless the verb is that: a past form with no agent
    or object, only adverbials after it, its noun set off by a comma and able to speak."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.i < 2:
        return None
    if any(c.dep_ in ("agent", "dobj", "ccomp", "xcomp", "auxpass") for c in verb.children):
        return None
    if any(t.dep_ not in ("prep", "pobj", "npadvmod", "advmod", "punct", "det", "amod", "nummod", "compound")
           for t in verb.doc[verb.i + 1 : verb.sent.end]):
        return None
    speaker, doc = final_report_speaker(verb), verb.doc
    if speaker is None:
        return None
    if speaker.i != verb.head.i:
        # Comma-less: the content ends where the speaker's phrase begins.
        first = min(t.i for t in speaker.subtree if t.i <= speaker.i)
        first += len(place_run_into_source(doc[first : speaker.i]))
        return first if first > verb.sent.start + 2 else None
    return speaker.left_edge.i - 1


PLACE_ENTITY_TYPES = ("GPE", "LOC", "FAC")
DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central"})


def place_run_into_source(tokens) -> list[Token]:
    """Comma-less text: the leading tokens of a source phrase that are a place ending the clause before
    it ("... near the border with Turkey local sources said", "... in the city of Deir al-Zor Syria's
    SANA agency reported"): a place right after a preposition, before more words of the phrase. Empty
    when the phrase does not open so ("Aleppo's governor", "the Hama police command")."""
    tokens = list(tokens)
    if len(tokens) < 2 or tokens[0].i == 0 or tokens[0].doc[tokens[0].i - 1].pos_ != "ADP":
        return []
    preposition = tokens[0].doc[tokens[0].i - 1]
    if preposition.lower_ == "to" and preposition.i > 0 and preposition.doc[preposition.i - 1].lower_ == "according":
        return []  # "according to Syria TV": the cue's own preposition, the source's whole name after it
    # "in the city of Homs state television reported": a proper name after "the city of" is a place,
    # whatever the entity stage made of it.
    named_settlement = preposition.lower_ == "of" and preposition.i > 0 and preposition.doc[preposition.i - 1].lemma_.lower() in PLACE_LIST_NOUNS

    def is_place(token: Token) -> bool:
        return token.ent_type_ in PLACE_ENTITY_TYPES or (named_settlement and token.pos_ == "PROPN")

    run = []
    for token in tokens[:-1]:
        if named_settlement and run and token.ent_iob_ == "B":
            break  # "in the town of Douma Rami Abdel Rahman said": one place, then the source's name
        if not is_place(token) or token.tag_ == "POS":
            # "in eastern Syria UNICEF said": a direction before the place belongs to it
            if not run and token.pos_ == "ADJ" and token.lower_.removesuffix("ern") in DIRECTIONS:
                run.append(token)
                continue
            break
        run.append(token)
    if run and not is_place(run[-1]):
        return []
    following = tokens[len(run)] if run else None
    if not run or following is None or following.tag_ == "POS" or following.ent_iob_ == "I":
        return []
    return run


def final_report_speaker(verb: Token) -> Token | None:
    """The speaker of a final report the parser read as a modifier (`final_report_read_as_modifier`):
    the noun it modifies when a comma sets that noun off, else, in comma-less text ("... near the city
    of Deir al-Zor Syria's SANA state news agency reported on Friday."), the body or role noun right
    before the verb when the parser hung the verb on a noun further back."""
    doc, speaker = verb.doc, verb.head
    first = speaker.left_edge.i
    if speaker.i < verb.i and first > verb.sent.start and doc[first - 1].text == "," and could_speak(speaker):
        return speaker
    before = doc[verb.i - 1]
    if (
        speaker.i < verb.i - 1
        and before.pos_ in ("NOUN", "PROPN")
        and (role_words().get(before.lemma_.lower()) or before.ent_type_ in ("ORG", "PERSON"))
        and before.dep_ not in SUBJECT_DEPS
    ):
        return before
    return None


def named_apposition_before_cue(article: ParsedArticle, head: Token, cue: Token) -> Token | None:
    """Comma-less "... Douma the largest rebel bastion near Damascus the Syrian Observatory said": the
    parser takes the place description as the subject and the name as its apposition; a named person
    or body in apposition that ends right before the verb (or at the comma closing the apposition: "Her
    CNN colleague, Jane Doe, said") is the speaker."""
    counted = any(c.dep_ == "nummod" for c in head.children)  # "killing at least 13 fighters, the Observatory said"
    if head.pos_ != "NOUN" or (is_role_head(head) and not counted):
        return None  # a person's office with a name is read by `describe` itself
    for appos in (c for c in head.children if c.dep_ == "appos"):
        entity = article.entity_covering(appos)
        named = entity is not None and entity.label in ("PERSON", "ORG", "ARMED_GROUP")
        # "The pro-regime website al-Masdar News reported": a name the entity stage missed, not a place
        unknown_name = entity is None and appos.pos_ == "PROPN" and appos.ent_type_ not in ("GPE", "LOC", "FAC", "DATE")
        # right before the verb, or set off by the comma closing the apposition ("Her colleague, Jane Doe, said")
        # the verb the head is subject of: the cue, or the first of coordinated verbs ("... said X and
        # put the toll at 30")
        verb = head.head if head.dep_ in ("nsubj", "nsubjpass") and head.head.i < cue.i else cue
        between = cue.doc[appos.right_edge.i + 1 : verb.i]
        if (run_on := content_read_as_an_apposition(head)) is not None and run_on.i == appos.i:
            continue  # "According to the X outlet the coalition bombed ...": the content, misparsed
        if (named or unknown_name) and all(t.text == "," for t in between) and len(between) <= 1:
            return appos
    return None


def person_ending_the_office(article: ParsedArticle, head: Token, cue: Token) -> Token | None:
    """ "UN High Commissioner for Human Rights Navi Pillay said": comma-less, a person's office with its
    body, then the person's name right before the cue; the parser hangs the name inside the body's
    phrase. The person named at the end of the office's phrase speaks."""
    if not is_role_head(head) or cue.i == 0 or head.i >= cue.i:
        return None
    before = cue.doc[cue.i - 1]
    entity = article.entity_covering(before)
    if entity is None and name_after_a_body(article, before, head):
        return before
    if entity is None or entity.label != "PERSON":
        return None
    opening = article.token_at(entity.start)
    while opening > 0 and is_title_word(cue.doc[opening - 1]):
        opening -= 1  # "a spokesman for President Bashar al-Assad"
    if opening > 0 and cue.doc[opening - 1].lower_ in ("for", "of", "to") and cue.doc[opening - 1].dep_ == "prep":
        return None  # "A spokeswoman for Hillary Clinton says": the person the office serves, not its holder
    if related_through_a_modifier(before, head) or relates_to_another(head):
        # "A commander loyal to Assad told AFP", "The mother of Jane Doe said": the person the
        # description relates to, not its holder
        return None
    if before.i not in {t.i for t in head.subtree}:
        # "Director of Daraa National Hospital Dr. Farid al-Asfar told SANA": the parse left the name
        # out of the office's phrase; it still follows the phrase directly, after at most a title.
        if cue.doc[head.right_edge.i].pos_ == "ADP":
            return None  # "A spokesman who identified one of the dead as Abu Omar said": the name is the object of "as"
        between = cue.doc[head.right_edge.i + 1 : before.i + 1]
        name_start = next((t.i for t in between if article.entity_covering(t) is entity), None)
        if name_start is None or any(not is_title_word(t) for t in cue.doc[head.right_edge.i + 1 : name_start]):
            return None
    return root_of_name(article, before)


MAX_BARE_NAME_WORDS = 3


def name_after_a_body(article: ParsedArticle, last: Token, head: Token) -> bool:
    """ "Pathologist at the Aleppo University Hashim told reporters" (comma lost): one to three
    capitalised words no entity covers, ending an office's phrase right after a body's or place's
    name, are the name of the office holder the entity stage did not keep."""
    if last.pos_ != "PROPN" or not last.text[:1].isupper() or last.i not in {t.i for t in head.subtree}:
        return False
    doc, first = last.doc, last.i
    while first > 0 and last.i - first < MAX_BARE_NAME_WORDS:
        token = doc[first - 1]
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or article.entity_covering(token) is not None:
            break
        first -= 1
    if article.entity_covering(doc[first]) is not None or first == 0:
        return False
    if any(t.lower_ in role_words() for t in doc[first : last.i + 1]):
        return False  # "Aleppo Police Command": the body's own words, no one's name
    body = article.entity_covering(doc[first - 1])
    return body is not None and body.label in ("ORG", "FAC", "GPE", "LOC", "ARMED_GROUP")


def person_before_the_office(article: ParsedArticle, head: Token, cue: Token) -> Token | None:
    """ "Robert Mardini ICRC regional director for the Middle East told Reuters": comma-less, a person's
    name, at most two words of the body's name, then the office right before the cue; the parser may
    read the body's acronym as a verb and leave the name outside the office's phrase. The person named
    right before the office speaks. Not when words other than a body's name stand between."""
    if not is_role_head(head) or head.i >= cue.i:
        return None
    first = min(t.i for t in head.subtree if t.i <= head.i)
    doc = cue.doc
    if doc[first].pos_ == "DET" or doc[first].tag_ == "PRP$":
        return None  # "... Robert Mardini the regional director told": a phrase of its own
    i = first - 1
    skipped = 0
    while i >= 0 and skipped < 2 and _part_of_a_bodys_name(article, doc[i]):
        i, skipped = i - 1, skipped + 1  # the body's acronym ("ICRC"), however the parse tags it
    entity = article.entity_covering(doc[i]) if i >= 0 else None
    if entity is None or entity.label != "PERSON" or article.in_quote(doc[i].idx):
        return None
    name = root_of_name(article, doc[i])
    return None if after_a_preposition(name) else name  # "Speaking to Robert Mardini ICRC director ..."


def name_run_into_its_description(article: ParsedArticle, head: Token, cue: Token) -> Token | None:
    """ '"...," said Ahmed Kanjou an unemployed father of four': comma-less, a person's name run into the
    description that follows it, which the parse makes the subject. The person named right before the
    description's article speaks. Not after a preposition ("Speaking to Jane Doe the director said")."""
    if head.pos_ != "NOUN" or article.entity_covering(head) is not None:
        return None
    article_word = next(
        (t for t in head.children if t.dep_ == "det" and t.lower_ in ("a", "an") and t.i < head.i), None
    )
    if article_word is None or article_word.i == 0:
        return None
    before = cue.doc[article_word.i - 1]
    entity = article.entity_covering(before)
    if entity is None or entity.label != "PERSON" or article.in_quote(before.idx) or role_opens_a_second_phrase(head):
        return None
    if name_taken_by_the_clause_before(article, entity.start):
        return None  # "The strike killed Ahmed Hassan a local activist said": the victim, not the source
    name = root_of_name(article, before)
    return None if after_a_preposition(name) else name


def _part_of_a_bodys_name(article: ParsedArticle, token: Token) -> bool:
    entity = article.entity_covering(token)
    if entity is not None:
        return entity.label in ("ORG", "ARMED_GROUP")
    return token.is_alpha and token.text.isupper() and len(token.text) > 1


def is_title_word(token: Token) -> bool:
    """ "Dr.", "Mr.", "Col.", "Brigadier": an honorific or rank written before a name."""
    return token.lower_.rstrip(".") in person_titles() or bool(re.fullmatch(r"[A-Z][a-z]{0,3}\.", token.text))


def name_known_as(head: Token) -> Token | None:
    """ "An activist group known as the Local Coordination Committees said": the name the description
    is known by or called (a proper noun after "known as" / "called"), or goes by (`name_gone_by`)."""
    for acl in (c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in ("know", "call", "name")):
        for prep in (c for c in acl.children if c.dep_ == "prep" and c.lower_ == "as"):
            name = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"), None)
            if name is not None:
                return name
        name = next((c for c in acl.children if c.dep_ in ("oprd", "dobj", "attr") and c.pos_ == "PROPN"), None)
        if name is not None:
            return name
    return name_gone_by(head)


# Nouns for a name one goes by ("the nom de guerre X", "the name X"): the name is what stands beside them.
NAME_NOUNS = frozenset({"name", "guerre", "nickname", "pseudonym", "alias", "moniker"})


def name_gone_by(head: Token) -> Token | None:
    """ "An FSA member who goes by the nom de guerre Sheikh Abu Hussein told CNN", "a fighter who uses
    the name Abu Omar": the name a description's relative clause says the person goes by. Not "a
    resident who goes by bus" (no proper noun) nor "who goes by the name" with no name after it."""
    for clause in (c for c in head.children if c.dep_ == "relcl" and c.lemma_.lower() in ("go", "use")):
        objects = [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "by" for o in p.children if o.dep_ == "pobj"]
        objects += [o for o in clause.children if o.dep_ == "dobj" and clause.lemma_.lower() == "use"]
        for obj in objects:
            beside = next((c for c in obj.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" and c.i > obj.i), None)
            if beside is not None:
                return beside
            if obj.pos_ == "PROPN" and obj.lower_ not in NAME_NOUNS:
                return obj
    return name_given_as(head)


# Verbs of a relative clause that give the name a source is identified by: "who gave his name only as Abu
# Ali", "who identified himself as Abu Ali", "who asked to be identified only by her first name, Rima".
NAME_GIVING_VERBS = frozenset({"give", "identify", "ask"})


def names_the_source_itself(clause: Token) -> bool:
    """Whether a name-giving clause is about the source itself: "identified himself", "gave his name",
    "asked to be identified"."""
    lemma = clause.lemma_.lower()
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    if lemma == "identify":
        return any(o.lower_ in ("himself", "herself", "themselves") for o in objects)
    if lemma == "give":
        return any(o.lower_ in NAME_NOUNS and any(p.dep_ == "poss" for p in o.children) for o in objects)
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY_VERBS and any(g.dep_ == "auxpass" for g in c.children) for c in clause.children)


def name_given_as(head: Token) -> Token | None:
    """ "a resident, who gave his name only as Abu Ali, said": the proper noun the relative clause gives
    as the source's name ("as X", or in apposition to a name noun: "by her first name, Rima"). Not "who
    identified the bodies as soldiers" (no proper noun), nor a name given to something else ("who gave
    the city's name as Aleppo": the name of a place)."""
    for clause in (c for c in head.children if c.dep_ == "relcl" and c.lemma_.lower() in NAME_GIVING_VERBS):
        if not names_the_source_itself(clause):
            continue  # "who identified one of those slain as Abu Obaida": someone else's name
        for token in clause.subtree:
            if token.pos_ != "PROPN" or token.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP"):
                continue
            if token.dep_ == "pobj" and token.head.lower_ == "as":
                return token
            if token.dep_ == "appos" and token.head.lower_ in NAME_NOUNS:
                return token
    return None


def source_run_into_content(article: ParsedArticle, source: Token) -> Token:
    """Comma-less "According to SANA news agency terrorists fired ...": the parser runs the source
    phrase into the content's subject ("agency terrorists"); when the head cannot speak and the content's
    finite verb follows it, the last name or role noun among the words before it heads the source
    (`source_run_into_content`)."""
    # the content's finite verb follows the head, or the words the head governs ("According to SANA
    # al-Nusra militants including elements holding foreign nationalities tried to ...")
    end = source.right_edge.i + 1
    after = source.doc[end] if end < len(source.doc) else None
    # a body's name opening the phrase, then more nouns: the name is the source even when the content's
    # subject it runs into could speak itself ("SANA al-Nusra militants ... tried")
    first = next((t for t in source.subtree if t.dep_ != "det"), source.left_edge)
    opening = article.entity_covering(first)
    named_first = opening is not None and opening.label in ("ORG", "PERSON") and opening.end <= source.idx
    if (
        (could_speak(source) and not named_first) or after is None or after.pos_ not in ("VERB", "AUX")
        or after.tag_ not in FINITE_TAGS or after.head.i == source.i
    ):
        # "according to an Associated Press analysis.", "according to a survey conducted ...", "a strategist
        # monitoring the race": the whole phrase is the source; only a finite verb starts the content.
        return source
    if named_first:
        # the name and the common nouns describing it ("SANA news agency"), up to another name or the head
        last = root_of_name(article, first)
        following = source.doc[last.i + 1 : source.i]
        for token in following:
            if token.pos_ != "NOUN" or not token.is_lower:
                break
            last = token
        return last
    inner = [t for t in source.lefts if t.dep_ in ("compound", "nmod", "amod") and could_speak(t)]
    return root_of_name(article, inner[-1]) if inner else source


def content_read_as_an_apposition(source: Token) -> Token | None:
    """Comma-less "According to the Al Masdar outlet the US-led coalition bombed a village": the parser
    makes the content's subject an apposition of the source and its verb a participle; a determiner
    opening that apposition, and a verb hanging on it that acts (past tense, or a participle with an
    object of its own), mark a clause (its subject returned)."""
    for noun in source.rights:
        if noun.dep_ != "appos" or noun.left_edge.dep_ != "det":
            continue
        if any(c.dep_ == "acl" and c.i > noun.i and (c.tag_ == "VBD" or participle_acts(c)) for c in noun.children):
            return noun
    return None


def verb_the_cue_hangs_on(verb: Token) -> Token | None:
    """ "The source went on by saying that ...", "The source did not specify ... however noted that
    ...": a subjectless verb after a preposition ("by saying", "after announcing") or one the parser
    could only attach loosely (`dep`) shares the subject of the verb it hangs on (that verb)."""
    above = verb.head.head if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" else verb.head if verb.dep_ == "dep" else None
    return above if above is not None and above.i != verb.i and above.pos_ in ("VERB", "AUX") else None


def quoted_as_saying(cue: Token) -> Token | None:
    """ "Reuters quoted the State Department as saying that ...", "cited a commander as saying":
    the one quoted speaks, not the outlet that quotes them."""
    if cue.lemma_.lower() not in ("say", "tell") or cue.head.lower_ != "as":
        return None
    quoting = cue.head.head
    if quoting.lemma_.lower() not in ("quote", "cite"):
        return None
    # "Lavrov was quoted by RIA as saying": the passive's subject is the one quoted.
    return next((c for c in quoting.children if c.dep_ in ("dobj", "nsubjpass")), None)

"""Counts with no cue of their own that take the type of the figure they follow: the items of a list
of places ("strikes killed five in Maadi, two in Kallaseh and nine in Ansari"), the next item of a
clause whose verb is left out ("... in the village of Kafranbel, four in Maarat al-Numan"), more of
the same victims ("twelve of the dead were children and nine were women") and a count opened as a
part ("among them 31 children")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .ages import AGE_WORDS
from .counts import NumberPhrase, counts_a_duration
from .cues import word_cue
from .lexicons import (
    ADDING_WORDS,
    OTHERS_WORDS,
    WEEKDAY_NAMES,
    group_of,
    is_toll_noun,
    opened_as_subcount,
    person_group,
)
from .types import Candidate

PLACE_PREPS = frozenset({"in", "at", "near", "inside", "outside"})
# Kinds of place written before a place's name: "in the village of Kafranbel", "in the Maadi district of".
SETTLEMENT_NOUNS = frozenset({"village", "town", "city", "district", "neighbourhood", "neighborhood", "area", "suburb", "camp", "province"})


def is_a_name(token: Token) -> bool:
    """A proper name, also one the tagger read as an adjective or a noun ("six in Fardous": Fardous/JJ), as
    the entity recogniser or its capital tells."""
    return token.pos_ == "PROPN" or (
        token.text[:1].isupper() and token.pos_ in ("ADJ", "NOUN") and (token.ent_type_ in ("GPE", "LOC", "FAC") or not token.is_sent_start)
    )


def followed_by_place(phrase: NumberPhrase, doc: Doc, *, past_its_noun: bool = False) -> bool:
    """ "five in Maadi": the number is followed by a preposition of place and a name; with
    `past_its_noun`, after the counted noun it modifies too ("six people in Aleppo")."""
    end = phrase.end
    if past_its_noun and end < len(doc) and doc[end].pos_ == "NOUN" and doc[end - 1].head.i == end:
        end += 1  # the counted noun the number modifies: "six people in Aleppo"
    if end + 1 >= len(doc) or doc[end].lower_ not in PLACE_PREPS:
        return False
    after = doc[end + 1]
    if is_a_name(after):
        return True
    # "in the Ansari district", "in the village of X"; not "in the morning"
    named = doc[end + 2] if end + 2 < len(doc) else None
    return after.pos_ == "DET" and named is not None and (named.pos_ == "PROPN" or named.lower_ in SETTLEMENT_NOUNS)


def list_item_after(previous_end: int, phrase: NumberPhrase, doc: Doc) -> bool:
    """True when only list punctuation and a place phrase separate `phrase` from the item before it
    (", two in Kallaseh and nine in Ansari"): no verb, no other number."""
    between = doc[previous_end : phrase.start]
    return (
        bool(between)
        and all(
            t.is_punct or t.lower_ in ("and", "while") or t.pos_ in ("ADP", "PROPN", "DET") or is_a_name(t) or t.lower_ in SETTLEMENT_NOUNS
            or phrase.root in t.ancestors  # the count's own qualifier: "and at least three in Hayan"
            for t in between
        )
        and (any(t.is_punct or t.lower_ == "and" for t in between) or comma_less_place_item(between, phrase, doc))
    )


def comma_less_place_item(between: Span, phrase: NumberPhrase, doc: Doc) -> bool:
    """ "including 9 in Alsaliheen 8 in Ansari 5 in Almiyassar" (commas lost in scraping): with no mark
    between them, a count is the next item only when the item before ends in a place's name and this
    count is followed by a place too; "9 in Aleppo 3 days ago" has no second place."""
    return (
        between[0].lower_ in PLACE_PREPS
        and between[-1].pos_ == "PROPN"
        and phrase.end < len(doc)
        and doc[phrase.end].lower_ in PLACE_PREPS
    )


def gapped_list_item(previous: NumberPhrase, phrase: NumberPhrase, doc: Doc) -> bool:
    """ "Five people were killed in Maadi, two in Kallaseh and nine in Ansari", "150 bodies were counted in
    Hammouriya 100 in Kfar Batna" (commas lost): a count followed by a place, right after the place phrase
    that closes the clause of the figure before it, is the next item of that clause with its verb left
    out. No number, and no verb after that place phrase, stands between them."""
    if not followed_by_place(phrase, doc) or any(t.like_num for t in doc[previous.end : phrase.start]):
        return False
    k = phrase.start - 1
    while k > previous.end and (doc[k].is_punct or doc[k].lower_ == "and"):
        k -= 1
    j = k
    while j > previous.end and (doc[j].pos_ in ("PROPN", "DET") or is_a_name(doc[j]) or doc[j].text == "-"):
        j -= 1
    if j - 2 > previous.end and doc[j].lower_ == "of" and doc[j - 1].lower_ in SETTLEMENT_NOUNS:
        j -= 2  # "in the village of Kafranbel": the place's kind, then its name
        while j > previous.end and doc[j].pos_ == "DET":
            j -= 1
    return j < k and is_a_name(doc[k]) and doc[j].lower_ in PLACE_PREPS


def parallel_count_of_the_same_victims(previous: NumberPhrase, phrase: NumberPhrase) -> bool:
    """ "Six of those killed were rebel fighters, while four were foreign volunteers": a bare count, the
    subject of "be" in a clause hung on the clause whose subject is a count taken from the victims ("six
    of those killed"), counts more of the same victims. Not a count whose clause says something else
    ("six of those killed were fighters while four tanks were destroyed": "tanks" is its own noun)."""
    this, other = phrase.root, previous.root
    if subject_read_as_a_conjunct(this, other):
        return True  # "Twelve of the dead were children and nine were women": "nine" hung on "children"
    if this.dep_ != "nsubj" or other.dep_ != "nsubj" or any(c.dep_ == "prep" for c in this.children):
        return False
    if this.head.lemma_ != "be" or other.head.lemma_ != "be" or this.head.dep_ not in ("advcl", "conj"):
        return False
    return this.head.head.i == other.head.i and any(c.dep_ == "prep" and c.lower_ == "of" for c in other.children)


def subject_read_as_a_conjunct(this: Token, other: Token) -> bool:
    """ "Twelve of the dead were children and nine were women": the parse joins the second count to the
    first clause's complement and leaves the second "were" without a subject; the count right before
    that "be" is its subject, a count of more of the same victims ("twelve of the dead")."""
    doc = this.doc
    verb = doc[this.i + 1] if this.i + 1 < len(doc) else None
    return (
        this.dep_ == "conj"
        and this.head.dep_ == "attr"
        and other.dep_ == "nsubj"
        and this.head.head.i == other.head.i
        and other.head.lemma_ == "be"
        and verb is not None
        and verb.lemma_ == "be"
        and verb.head.i == other.head.i
        and (
            any(c.dep_ == "prep" and c.lower_ == "of" for c in other.children)
            # "Of those killed, 23 were soldiers and 17 were ...": the "of" phrase fronted, on the verb
            or any(c.dep_ == "prep" and c.lower_ == "of" and c.i < other.i for c in other.head.children)
        )
    )


def inherited_candidates(phrases: list[NumberPhrase], found: list[Candidate], doc: Doc) -> list[Candidate]:
    """Numbers with no cue of their own that take the type of the figure they follow: the items of a
    list of places ("strikes killed five in Maadi, two in Kallaseh and nine in Ansari") and a count
    opened as its part ("the toll rose past 90, among them 31 children", a sub-count)."""
    taken = {c.phrase.start for c in found}
    extra: list[Candidate] = []
    for phrase in phrases:
        if phrase.start in taken or counts_a_duration(phrase):
            continue
        before = [c for c in (*found, *extra) if c.phrase.end <= phrase.start]
        if not before:
            continue
        last = max(before, key=lambda c: c.phrase.end)
        victim = doc[phrase.root.head.i] if phrase.root.dep_ == "nummod" else None
        if gapped_clause_of_the_same_harm(last, phrase, victim):
            # "three more" are more of the same; "six others" are other people
            others = victim is not None and victim.lower_ == "others"
            group = "people" if others else (group_of(victim) if victim is not None and victim.lower_ not in OTHERS_WORDS else None) or last.group
            extra.append(Candidate(phrase, victim, last.type, group, False, phrase.root, None))
            continue
        if phrase.vague and phrase.value is None and not opened_as_subcount(phrase, doc):
            continue
        group = (group_of(victim) if victim is not None else None) or "people"
        if opened_as_subcount(phrase, doc):
            parent = last.victim if last.victim is not None else last.phrase.root
            extra.append(Candidate(phrase, victim, last.type, group, False, phrase.root, parent))
        elif (
            followed_by_place(phrase, doc)
            and followed_by_place(last.phrase, doc)
            and list_item_after(last.phrase.end, phrase, doc)
        ) or gapped_list_item(last.phrase, phrase, doc):
            extra.append(Candidate(phrase, victim, last.type, last.group, False, last.anchor, None))
        elif (
            parallel_count_of_the_same_victims(last.phrase, phrase)
            or next_part_of_a_breakdown(last, phrase, victim, doc)
            or next_victims_of_a_list(last, phrase, victim, doc)
        ):
            extra.append(Candidate(phrase, victim, last.type, group, False, phrase.root, last.parent_token))
        elif (noun := next_item_after_an_age(last, phrase, doc)) is not None:
            extra.append(Candidate(phrase, noun, last.type, group_of(noun) or "people", False, phrase.root, last.parent_token))
    return extra


def gapped_clause_of_the_same_harm(last: Candidate, phrase: NumberPhrase, victim: Token | None) -> bool:
    """ "Twenty-two people were killed on Monday and another nine on Tuesday", "Four soldiers were killed
    in Hama and three more in Idlib", "Eight were killed in the first strike, and 12 in the second", "Seven
    rebels were killed, as were three soldiers": a second clause that leaves out the verb of harm (gapping,
    or "as were") counts more victims of the figure before it. The parse joins the count (or its noun) to
    that figure's verb as a conjunct, or makes it the subject of an "as" clause of "be" hung on that verb.
    Not a count of things ("killed ten people and two horses"), nor a count that has a verb of its own, nor
    one in a state other than the harm ("and two in critical condition", "12 in custody"), nor a part or a
    total of the first ("60 across Syria, and 25 in Aleppo alone", "in 2016, and 400 in December"): without
    a word that adds ("another", "a further", "more", "others"), the two clauses' places, days or ordinals
    must be of one kind."""
    noun = victim if victim is not None else phrase.root
    if victim is not None and victim.lower_ not in OTHERS_WORDS and not person_group(victim):
        return False
    verb = _harm_verb_of(last)
    if verb is None or any(t.pos_ in ("VERB", "AUX") for t in noun.subtree) or in_another_state_or_span(phrase):
        return False
    if noun.dep_ == "conj" and noun.head.i == verb.i:
        if not any(c.dep_ == "cc" and last.phrase.end <= c.i < noun.i for c in verb.children):
            return False
        first = next((c for c in verb.children if c.dep_ == "prep" and last.phrase.end <= c.i < noun.i), None)
        return adds_to_the_first(phrase, victim) or parallel_settings(first, gapped_preposition(phrase))
    if noun.dep_ == "conj" and noun.head.dep_ == "pobj" and noun.head.head.head.i == verb.i:
        # "killed on Friday and 40 on Saturday": the parse joins the count to the first clause's
        # "Friday"; the same preposition after the count shows the two clauses in parallel.
        preposition = noun.head.head
        after = gapped_preposition(phrase)
        return (
            after is not None and after.lower_ == preposition.lower_ and after.head.i != preposition.i
            and (adds_to_the_first(phrase, victim) or parallel_settings(preposition, after))
        )
    as_clause = noun.head
    return (
        noun.dep_ == "nsubj"
        and as_clause.lemma_ == "be"
        and as_clause.dep_ == "advcl"
        and as_clause.head.i == verb.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in as_clause.children)
        and not any(c.dep_ in ("attr", "acomp") for c in as_clause.children)
    )


# Where a count is when it is in a state of its own, not harmed again: "two in critical condition".
STATE_NOUNS = frozenset({"condition", "hospital", "hospitals", "custody", "coma", "care", "detention", "prison", "jail"})
# Words that make a gapped count a part or a total of the first: "25 in Aleppo alone", "80 since the start".
SPAN_WORDS = frozenset({"alone", "itself", "since", "past", "last", "this", "so", "total", "overall", "all"})


def in_another_state_or_span(phrase: NumberPhrase) -> bool:
    """Whether the words after a gapped count put it in a state ("two in critical condition", "12 in
    hospital", "12 in custody") or make it a part or total of the count before ("25 in Aleppo alone", "70 in
    the past week", "80 since the start"): up to the clause's next mark."""
    doc = phrase.root.doc
    words = []
    for token in doc[phrase.end : phrase.root.sent.end]:
        if token.is_punct or token.lower_ in ("and", "but", "while"):
            break
        words.append(token)
    if words and words[0].lower_ == "in" and any(t.lower_ in STATE_NOUNS for t in words[1:4]):
        return True
    return any(t.lower_ in SPAN_WORDS for t in words)


def adds_to_the_first(phrase: NumberPhrase, victim: Token | None) -> bool:
    """ "another nine", "a further 20", "three more", "six others": a word that counts more victims."""
    doc = phrase.root.doc
    near = [*doc[max(0, phrase.start - 2) : phrase.start], *doc[phrase.end : phrase.end + 1]]
    return any(t.lower_ in ADDING_WORDS for t in near) or (victim is not None and victim.lower_ in OTHERS_WORDS)


def gapped_preposition(phrase: NumberPhrase) -> Token | None:
    """The preposition that opens the setting of a gapped count ("12 in the second", "40 on Saturday")."""
    doc = phrase.root.doc
    after = next((t for t in doc[phrase.end : phrase.end + 2] if t.lower_ not in ADDING_WORDS), None)
    return after if after is not None and after.pos_ == "ADP" else None


def parallel_settings(first: Token | None, second: Token | None) -> bool:
    """Whether two prepositional settings name things of one kind: two days ("on Monday ... on Tuesday"),
    two ordinals ("in the first strike ... in the second"), two places ("in Hama ... in Idlib"), each with
    the same preposition. Not a year and a month ("in 2016 ... in December"), a day and a span."""
    if first is None or second is None or first.lower_ != second.lower_:
        return False
    kinds = {setting_kind(first), setting_kind(second)}
    return len(kinds) == 1 and None not in kinds


ORDINAL_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "latter", "former", "next", "latest"})


def setting_kind(preposition: Token) -> str | None:
    """What a setting names, from the first telling word after its preposition: "day" (a weekday), "ordinal"
    ("the first strike", "the second"), "place" (a place entity or a proper noun), or None (a common noun, a
    number: "in the blast", "in 2016")."""
    doc = preposition.doc
    words = doc[preposition.i + 1 : min(preposition.i + 5, preposition.sent.end)]
    for token in words:
        if token.lower_ in WEEKDAY_NAMES:
            return "day"
        if token.ent_type_ == "ORDINAL" or token.lower_ in ORDINAL_WORDS:
            return "ordinal"
        if token.ent_type_ in PLACE_ENTITY_LABELS or (token.pos_ == "PROPN" and token.ent_type_ not in ("DATE", "TIME")):
            return "place"
        if token.pos_ in ("NOUN", "NUM"):
            return None
    return None


def _harm_verb_of(figure: Candidate) -> Token | None:
    """The verb naming the harm of a figure whose noun (or bare count) is its subject or object: "killed"
    in "Four soldiers were killed" and "The shelling killed 10 people"."""
    noun = figure.victim if figure.victim is not None else figure.phrase.root
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ != "VERB" or not word_cue(verb):
        return None
    return verb


def next_part_of_a_breakdown(last: Candidate, phrase: NumberPhrase, victim: Token | None, doc: Doc) -> bool:
    """ "5812 civilians including 1733 children 969 women and 3110 men" (a scrape that lost the
    commas): a count of persons right after a sub-count's own noun, with at most "and" or a comma
    between, is the next part of the same breakdown. Not a count of things ("including 12 children
    40 houses"), nor one after a figure that is no sub-count ("killed 20 people 30 km away")."""
    if last.parent_token is None or last.victim is None or victim is None or not person_group(victim):
        return False
    between = doc[last.victim.i + 1 : phrase.start]
    return all(t.lower_ == "and" or t.text == "," for t in between) and len(between) <= 2


LIST_ITEM_MODIFIER_REACH = 8  # tokens of a modifier after an item's noun: "102 fighters from the rebel alliance"


def next_victims_of_a_list(last: Candidate, phrase: NumberPhrase, victim: Token | None, doc: Doc) -> bool:
    """ "The dead included 44 civilians, 102 fighters from the rebel alliance and 109 soldiers": a count of
    persons after the persons of the figure before it and their modifier, then a comma or "and", is the
    next item of the same list, whatever the parse made of the modifier. Not when a verb or another
    number stands between, nor when the count is in a clause of another verb ("killed 44 civilians, 30
    children attended class")."""
    if last.victim is None or victim is None or not person_group(victim) or not person_group(last.victim):
        return False
    if word_cue(last.victim) or any(c.dep_ in ("amod", "acl") and word_cue(c) for c in last.victim.children):
        return False  # "carried 44 wounded civilians, 102 fighters and ...": the harm is the first item's own
    if phrase.root.dep_ != "nummod" or last.victim.i >= phrase.start:
        return False
    between = gap_to_the_next_item(doc, last.victim.i + 1, phrase.start)
    if between is None or any(t.pos_ in ("VERB", "AUX") or t.like_num for t in between):
        return False
    return _clause_verb(victim) is not None and _clause_verb(victim) == _clause_verb(last.victim)


def gap_to_the_next_item(doc: Doc, start: int, end: int) -> Span | None:
    """The words between one list item's noun and the next item's count (`start`..`end`), when they can
    separate two items: a modifier of the first item within reach, then a comma or "and", no clause or
    sentence mark. None otherwise."""
    between = doc[start:end]
    if not between or len(between) > LIST_ITEM_MODIFIER_REACH or not (between[-1].text == "," or between[-1].lower_ == "and"):
        return None
    return None if any(t.text in (";", ":", ".") for t in between) else between


def next_item_after_an_age(last: Candidate, phrase: NumberPhrase, doc: Doc) -> Token | None:
    """ "The injured included 4 children aged 3-4 and two women", "14 children under the age of eighteen
    and 9 women": the ages of one item's people, then "and" or a comma, then a count of persons is the next
    item of the same list; the numbers of the age throw the parse, which hangs the count on them. The
    next item's noun, or None. Not a count of things after the age ("aged 3 and two houses")."""
    if last.victim is None or not person_group(last.victim) or last.victim.i >= phrase.start:
        return None
    between = gap_to_the_next_item(doc, last.victim.i + 1, phrase.start)
    if between is None or not any(t.lower_ in AGE_WORDS for t in between):
        return None
    return next((t for t in doc[phrase.end : phrase.end + 2] if t.pos_ == "NOUN" and person_group(t)), None)


def _clause_verb(token: Token) -> Token | None:
    return next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)


BREAKDOWN_ITEM_GAP = 3  # tokens a place may take before or after an item's count ("Aleppo 14", "14 in Idlib province")


def breakdown_after_a_colon(phrases: list[NumberPhrase], found: list[Candidate], doc: Doc) -> list[Candidate]:
    """ "The civilian death toll breaks down as follows: 14 in Aleppo province, 11 in Idlib province and 5 in
    Daraa", "Civilians killed by province: Aleppo 14, Idlib 11", "... in Aleppo: Sukkari (4), Bustan
    al-Qasr (3)": after a colon that closes words naming a
    harm (a casualty word, "toll"), each count next to a place is a figure of that harm. Not counts with a
    noun of their own ("... as follows: 14 houses"), nor a colon after words that name no harm."""
    taken = {c.phrase.start for c in found}
    extra: list[Candidate] = []
    for phrase in phrases:
        if phrase.start in taken or phrase.value is None:
            continue
        colon = next((t for t in reversed(doc[phrase.root.sent.start : phrase.start]) if t.text == ":"), None)
        if colon is None:
            continue
        opening = doc[phrase.root.sent.start : colon.i]
        kind = next((k for t in opening if (k := word_cue(t))), None)
        if kind is None and any(is_toll_noun(t) for t in opening):
            kind = "killed"
        if kind is None or kind == "other" or (phrase.end < len(doc) and group_of(doc[phrase.end]) is None and doc[phrase.end].pos_ == "NOUN"):
            continue
        before = doc[max(colon.i + 1, phrase.start - BREAKDOWN_ITEM_GAP) : phrase.start]
        if len(before) and before[-1].text == "(":  # "Aleppo (14), Idlib (11)"; not "Ahmed (35)"
            before = before[:-1]
            if not len(before) or not in_a_list_of_places(before[-1]):
                continue
        beside_a_place = followed_by_place(phrase, doc) or (
            len(before) and before[-1].pos_ == "PROPN" and not any(t.like_num for t in before)
        )
        if beside_a_place:
            extra.append(Candidate(phrase, None, kind, "people", False, phrase.root, None))
    return extra


PLACE_ENTITY_LABELS = ("GPE", "LOC", "FAC")
LIST_REACH = 6  # conjunct and apposition links from a list item back to the list's first item


def in_a_list_of_places(token: Token) -> bool:
    """Whether a name is a place, or an item conjoined with one ("Douma (12), Arbin (8)": the model tags
    the second town a person)."""
    for _ in range(LIST_REACH):
        if token.ent_type_ in PLACE_ENTITY_LABELS:
            return True
        if token.dep_ not in ("conj", "appos", "compound") or token.head is token:
            return False
        token = token.head
    return False

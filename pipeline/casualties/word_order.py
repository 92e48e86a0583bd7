"""Cues read from the words around a count rather than from its parse: headlines in title case and
scraped text that lost its commas ("25 Terrorists Killed Injured", "Car Bomb Kills, Injures 40") are where
the parse is least to be trusted, and the words next to the count say what it counts."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..numbers import is_digits, is_number_word
from .cues import combined_type, word_cue
from .lexicons import LINEAR_SKIP, group_of, lexicon


def linear_cue(doc: Doc, after: int, limit: int) -> str | None:
    """Type from the first contentful word after the figure ("20 were killed", "dozens more wounded"),
    past a parenthetical set off right after it ("23 civilians - including nine children - dead")."""
    after = past_a_parenthetical(doc, after, limit)
    for steps, token in enumerate(doc[after : min(len(doc), limit)]):
        if steps > 4 or token.is_punct:
            return None
        kind = word_cue(token)
        if kind and names_a_kind_of_thing(token):
            return None
        if kind:
            return kind
        if (
            token.lower_ not in LINEAR_SKIP
            and not group_of(token)
            and token.pos_ not in ("ADV",)
            and not token.is_stop
        ):
            return None
    return None


# Nouns that count the events a casualty word names, one person each: "three kidnapping cases".
EVENT_COUNT_NOUNS = frozenset({"case", "cases", "incident", "incidents"})


def names_a_kind_of_thing(word: Token) -> bool:
    """Whether a casualty word in running text is compounded onto the noun of a thing right after it
    ("three death squads", "two arrest warrants", "five casualty stations"): a kind of thing, not people
    harmed. Not onto people ("20 wounded civilians"), another casualty word ("dead bodies") or a case
    noun."""
    head = word.head
    return (
        word.text[:1].islower()  # a title-case headline's parse is no guide ("20 Civilians Dead Reports")
        and word.dep_ == "compound"
        and head.i == word.i + 1
        and head.pos_ in ("NOUN", "PROPN")
        and not group_of(head)
        and not word_cue(head)
        and head.lower_ not in EVENT_COUNT_NOUNS
    )


# Marks that open a parenthetical and the marks that close it.
PARENTHETICAL_MARKS = {"-": "-", "–": "–", "—": "—", "--": "--", "(": ")"}
PARENTHETICAL_REACH = 12  # tokens a parenthetical after a count may hold


def past_a_parenthetical(doc: Doc, at: int, limit: int) -> int:
    """The index after a parenthetical that opens at `at` ("- including nine children -", "(six of them
    children)"), else `at`."""
    if at >= min(len(doc), limit) or (closing := PARENTHETICAL_MARKS.get(doc[at].text)) is None:
        return at
    for i in range(at + 1, min(len(doc), limit, at + PARENTHETICAL_REACH)):
        if doc[i].text == closing:
            return i + 1
    return at


def adjacent_cue(doc: Doc, after: int, limit: int) -> str | None:
    """Type of a casualty word directly after the figure or its noun ("165 wounded", "20 dead"); two
    of them joined ("60 dead and wounded", "killed or injured") make a combined count."""
    words = lexicon("types")["words"]
    if after + 1 < min(len(doc), limit) and doc[after].lower_ == "of":
        # "scores of dead and wounded", "dozens of injured", "1,023 cases of arbitrary arrest"
        word = after + 1
        while (
            word + 1 < min(len(doc), limit, after + 4)
            and doc[word].tag_ in ("JJ", "VBN", "RB", "NN")  # "cases of summary executions"
            and doc[word].lower_ not in words
        ):
            word += 1
        if doc[word].lower_ in words and (word == after + 1 or doc[after - 1].lower_ in EVENT_COUNT_NOUNS):
            after = word
    end = min(len(doc), limit)
    if after >= end:
        return None
    kind = words.get(doc[after].lower_)
    if kind and names_a_kind_of_thing(doc[after]):
        return None
    # The second word after "and", "or", a comma or nothing ("25 Terrorists Killed, Injured": headlines,
    # whose commas FA-KES lost), unless a count of its own follows it ("5 killed, injured at least 10").
    # Joined by a comma or nothing, the second word must end the phrase ("5 dead, injured children
    # treated", "10 dead, injured unknown" open other clauses).
    second = after + 1
    while second < end and doc[second].lower_ in (",", "and", "or", "and/or"):
        second += 1
    if not kind or second >= end or not (other := combined_type(kind, words.get(doc[second].lower_))):
        return kind
    following = doc[second + 1 : min(end, second + 4)]
    if any(is_digits(t.text) or is_number_word(t.lower_) for t in following):
        return kind  # the second word's own count
    conjoined = any(t.lower_ in ("and", "or", "and/or") for t in doc[after + 1 : second])
    if not conjoined and following and not (following[0].is_punct or following[0].is_space or following[0].pos_ == "ADP"):
        return kind
    return other


def preceding_cue(doc: Doc, start: int, limit: int) -> str | None:
    """Type of a casualty verb right before the figure, past qualifiers ("kills 23", "killing at least 15")."""
    i = start - 1
    while i >= limit and (
        doc[i].lower_
        in (
            "at",
            "least",
            "more",
            "than",
            "some",
            "over",
            "about",
            "around",
            "nearly",
            "almost",
            "up",
            "to",
            "another",
            "an",
            "estimated",
        )
    ):
        i -= 1
    if i < limit:
        return None
    kind = casualty_verb_type(doc[i])
    # "Mortar Attack Kills, Injures 70" (the comma often lost), "kills and injures 70": two verbs
    # sharing the count make a combined one.
    j = i - 1
    while j >= limit and doc[j].lower_ in (",", "and", "or", "&"):
        j -= 1
    # with nothing between them, the word before must be a verb too ("the wounded killed 5" is no pair)
    if kind and j >= limit and (
        j < i - 1 or (doc[j].pos_ in ("VERB", "PROPN") and doc[j].tag_ != "JJ" and not (j > 0 and doc[j - 1].pos_ == "DET"))
    ):
        return kind if counted_just_before(doc, j, limit) else combined_type(casualty_verb_type(doc[j]), kind) or kind
    return kind


def counted_just_before(doc: Doc, verb: int, limit: int) -> bool:
    """ "left 5 people killed, wounded 10 others", "5 killed, injured 10": the word at `verb` has a count of
    its own right before it, alone or with the people it counts (not the verb's subject: "Two Car Bombs
    Kill, Injure 60", "Two suicide bombers killed, wounded 40" count the attackers)."""
    i = verb - 1
    if i >= limit and group_of(doc[i]) and doc[i].dep_ not in ("nsubj", "nsubjpass"):
        i -= 1
    return i >= limit and (is_digits(doc[i].text) or is_number_word(doc[i].lower_))


def casualty_verb_type(word: Token) -> str | None:
    """Type of a casualty verb as a headline or a sentence writes it ("kills", "killing", "wounded"),
    or None."""
    types = lexicon("types")
    if word.lower_ in types["words"] and word.lower_.endswith(("s", "ed", "ing")):
        return types["words"][word.lower_]
    lemma = word.lemma_.lower() if word.pos_ in ("VERB", "PROPN", "NOUN") else ""
    if word.lower_.endswith(("s", "ing", "ed")) and lemma.rstrip("s") in types["verbs"]:
        return types["verbs"][lemma.rstrip("s")]
    if word.lower_.rstrip("s") in types["verbs"]:  # headline "Kills" tagged as a name
        return types["verbs"][word.lower_.rstrip("s")]
    return None


def noun_cue(victim: Token | None) -> str | None:
    """Type from the counted noun itself ("20 dead", "12 casualties", "bodies")."""
    if victim is None:
        return None
    types = lexicon("types")
    if victim.lower_ in types["words"]:
        return victims_described(victim) or types["words"][victim.lower_]
    return None


def victims_described(noun: Token) -> str | None:
    """ "One of the deceased victims was a child", "two of the wounded victims": victims, of no harm of
    their own (type "other"), that an adjective of harm describes are victims of that harm; None for any
    other noun and for victims no such adjective describes."""
    if lexicon("types")["words"].get(noun.lower_) != "other":
        return None
    return next((kind for c in noun.children if c.dep_ == "amod" and (kind := harm_of_adjective(c)) not in (None, "other")), None)


def harm_of_adjective(adjective: Token) -> str | None:
    """The harm an adjective says befell a person: a casualty word ("dead", "wounded") or "deceased"."""
    return "killed" if adjective.lower_ == "deceased" else lexicon("types")["words"].get(adjective.lower_)


def copula_before_a_lost_comma(phrase_start: int, victim: Token) -> Token | None:
    """ "The number of abductees in Sweida was 36 activists said", "The death toll was 36 activists said":
    with the comma before the source lost, the parse reads the source as the people the value counts.
    A value right after "be" whose noun is the subject of the reporting verb that "be" is the clause of
    gives the value of "be"'s subject (the copula returned; its subject says what is counted), else None."""
    doc = victim.doc
    if phrase_start == 0 or victim.dep_ != "nsubj" or victim.head.lemma_.lower() not in lexicon("sources")["reporting_verbs"]:
        return None
    copula = doc[phrase_start - 1]
    if copula.lemma_ != "be" or copula.head.i != victim.head.i or copula.dep_ != "ccomp":
        return None
    return copula if any(c.dep_ == "nsubj" for c in copula.children) else None

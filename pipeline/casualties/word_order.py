"""Cues read from the words around a count rather than from its parse: headlines in title case and
scraped text that lost its commas ("25 Terrorists Killed Injured", "Car Bomb Kills, Injures 40") are where
the parse is least to be trusted, and the words next to the count say what it counts."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..numbers import is_count_word
from .cues import combined_type, word_cue
from .lexicons import LINEAR_SKIP, group_of, lexicon


def linear_cue(doc: Doc, after: int, limit: int) -> str | None:
    """Type from the first contentful word after the figure ("20 were killed", "dozens more wounded"),
    past a parenthetical set off right after it ("23 civilians - including nine children - dead")."""
    after = past_a_comma_less_part(doc, past_a_parenthetical(doc, after, limit), limit)
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


def linear_cue_has_its_own_count(doc: Doc, after: int, limit: int) -> bool:
    """Whether the casualty word `linear_cue` reads after a figure is followed by a count of its own
    ("... and 15 women and injured 400 others"): that word types the next figure, not this one."""
    end = min(len(doc), limit)
    for steps, token in enumerate(doc[after:end]):
        if steps > 4 or token.is_punct:
            return False
        if word_cue(token):
            following = doc[token.i + 1 : min(end, token.i + 3)]
            return any(is_count_word(t.lower_) for t in following)
    return False


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


# Words that open the part of a count named right after it: "11 civilians among them three children".
PART_OPENERS = frozenset({"including", "incl"})
PART_REACH = 10  # tokens a comma-less part after a count may hold


def past_a_comma_less_part(doc: Doc, at: int, limit: int) -> int:
    """The index after a part of the count that opens at `at` with no comma to close it ("At least 11
    civilians among them three children were killed", "20 people including two women and a child died",
    "Four people one of them a child were killed"), else `at`. The part is counts and the nouns they
    count, joined by "and"; it ends at the first other word, and the verb there is the whole count's.
    A part with no count ("including the hospital director") or not ending in a noun is no part."""
    end = min(len(doc), limit)
    if at >= end:
        return at
    share = counts_of_them(doc, at, end)  # "one of them": the part's count comes first
    if doc[at].lower_ == "among" and at + 1 < end and doc[at + 1].lower_ in ("them", "whom"):
        i = at + 2
    elif share:
        i = at + 3
    elif doc[at].lower_ in PART_OPENERS:
        i = at + 1
    else:
        return at
    counts = int(share)
    while i < min(end, at + PART_REACH):
        token = doc[i]
        if is_count_word(token.lower_) or token.lower_ in ("a", "an", "one"):
            counts += 1
        elif token.lower_ != "and" and not (
            token.tag_ in ("JJ", "NN", "NNS") and word_cue(token) is None and not token.is_stop
        ):
            break  # anything but the part's counts, nouns and "and" ends it
        i += 1
    return i if counts and doc[i - 1].tag_ in ("NN", "NNS") else at


def counts_of_them(doc: Doc, at: int, end: int) -> bool:
    """Whether `at` opens "one of them", "two of whom": a part named by its share of the count before."""
    token = doc[at]
    return (
        at + 2 < end
        and is_count_word(token.lower_)
        and doc[at + 1].lower_ == "of"
        and doc[at + 2].lower_ in ("them", "whom")
    )


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
            and doc[word].lemma_.lower() not in lexicon("types")["injury_nouns"]
        ):
            word += 1
        if doc[word].lower_ in words and (word == after + 1 or doc[after - 1].lower_ in EVENT_COUNT_NOUNS):
            after = word
        elif doc[after - 1].lower_ in EVENT_COUNT_NOUNS and doc[word].lemma_.lower() in lexicon("types")["injury_nouns"]:
            return "wounded"  # "35 cases of suffocation", "cases of asphyxiation": each case a person hurt
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
    if any(is_count_word(t.lower_) for t in following):
        return kind  # the second word's own count
    conjoined = any(t.lower_ in ("and", "or", "and/or") for t in doc[after + 1 : second])
    if not conjoined and following and not (following[0].is_punct or following[0].is_space or following[0].pos_ == "ADP"):
        return kind
    return other


def cue_with_its_own_count(doc: Doc, at: int, limit: int) -> bool:
    """Whether the casualty word at `at` has a count of its own right after it ("Kill 10 Civilians Injured
    Dozens", "killed 20 people injured 41"): a verb opening the next clause, as a headline whose commas were
    lost runs them together, not a participle describing the people before it."""
    if at + 1 >= min(len(doc), limit) or word_cue(doc[at]) is None:
        return False
    count = doc[at + 1]  # not a time: "civilians injured 2 days ago"
    return is_count_word(count.lower_) and count.ent_type_ not in ("DATE", "TIME")


def casualty_verb_before(doc: Doc, start: int, limit: int) -> Token | None:
    """The casualty word right before the figure at `start`, past qualifiers ("kills 23", "killing at
    least 15"), else None."""
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
    return doc[i] if i >= limit and casualty_verb_type(doc[i]) else None


def preceding_cue(doc: Doc, start: int, limit: int) -> str | None:
    """Type of a casualty verb right before the figure, past qualifiers ("kills 23", "killing at least 15")."""
    verb = casualty_verb_before(doc, start, limit)
    if verb is None:
        return None
    i = verb.i
    kind = casualty_verb_type(verb)
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
    return i >= limit and is_count_word(doc[i].lower_)


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

"""What a count counts, where the parse alone misleads: "Ten children were among at least 48 people
killed", "claimed hundreds of lives", "the wives of the five fighters", "18 dead in IS attack on ..."."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .counts import PART_OF_A_TOLL, NumberPhrase, is_non_casualty_noun, is_number_token
from .cues import child_cue, verb_cue, word_cue
from .lexicons import (
    PREPOSITIONS_READ_AS_ADJECTIVES,
    SPEECH_LEMMAS,
    group_of,
    is_toll_noun,
    lexicon,
    person_nouns,
)
from .word_order import adjacent_cue

AMONG_REACH = 8  # words after "among" where the count's casualty word may stand


def among_by_words(doc: Doc, after: int, limit: int) -> str | None:
    """ "Ten children were among at least 48 people killed ...": the type of the count a figure is
    "among", read from the words when the parse lost the "among" phrase (a long sentence's comma-less
    attribution can take "48 people" for its subject)."""
    end = min(len(doc), limit)
    if after >= end or doc[after].lemma_.lower() != "be":
        return None
    among = after + 1
    while among < end and doc[among].pos_ == "ADV":
        among += 1  # "a child was also among", "were reportedly among"
    if among + 1 >= end or doc[among].lower_ != "among":
        return None
    # "among at least 48 people killed": past the count and its noun, the next word is the cue; "among
    # 48 people who survived the attack that killed 20", "among the crowd near the wounded" are not
    for token in doc[among + 1 : min(end, among + 1 + AMONG_REACH)]:
        if token.is_punct or token.pos_ in ("ADP", "PRON", "AUX") or (token.pos_ == "VERB" and not word_cue(token)):
            return None
        if kind := word_cue(token):
            return kind if any(t.like_num for t in doc[among + 1 : token.i]) else None
    return None


def group_has_its_own_cue(noun: Token) -> bool:
    """ "two people killed": a casualty word modifies the group noun itself, so the group's count is
    the figure; in "Two of the 40 passengers were wounded" the verb governs the part taken from it."""
    return any(
        c.dep_ in ("acl", "amod") and (word_cue(c) is not None or verb_cue(c)[0] is not None) for c in noun.children
    )


LIVES_VERB_REACH = 4  # "claimed the lives of at least", "cost more than": words between the verb and the count


def lives_taken(victim: Token | None, phrase: NumberPhrase, doc: Doc, sent_start: int) -> bool:
    """ "The strikes have claimed hundreds of lives", "cost at least 40 lives": a count of lives right
    after a verb of taking lives counts the dead, whatever verb follows ("..., wounded many others",
    its comma often lost). Not "saved hundreds of lives"."""
    if victim is None or victim.lemma_.lower() != "life" or victim.i < phrase.end:
        return False
    verbs = lexicon("types")["lives_verbs"]
    for token in reversed(doc[max(sent_start, phrase.start - LIVES_VERB_REACH) : phrase.start]):
        if token.pos_ in ("VERB", "AUX"):
            # the nearest verb before the count decides: "claimed hundreds of lives" yes, "claimed to
            # have saved hundreds of lives" no (the nearest verb is "saved")
            return token.lemma_.lower() in verbs
        if token.lower_ == "to":
            return False
    return False


def harm_noun_before_of(of: Token) -> str | None:
    """ "causing the death of one civilian and injury of 13 others": the parse hangs the second "of" on the
    first victim, not on the noun of harm right before it; that noun's type, when the word before "of" is
    one and is not the head the parse gave it (that head the chain reads anyway)."""
    if of.i == 0 or of.head.i == of.i - 1:
        return None
    noun = of.doc[of.i - 1]
    kind = lexicon("types")["words"].get(noun.lower_) if noun.pos_ == "NOUN" else None
    return kind if kind not in (None, "other") else None


# Nouns for the relatives of someone: "the wives of five fighters" are not five.
KIN_HOLDERS = frozenset({"family", "child", "parent", "widow", "orphan", "kin"})


def counts_the_kin_of_the_victims(victim: Token | None, phrase: NumberPhrase) -> bool:
    """ "The wives of the five rebel fighters were among the dead", "the families of 12 defectors were
    executed": the number counts the people whose relatives the victims are, not the victims. Not "a
    family of five" (no noun after the number: the family's size) nor "the bodies of 20 people"."""
    if victim is None or victim.i < phrase.end or victim.dep_ != "pobj" or victim.head.lower_ != "of":
        return False
    holder = victim.head.head
    lemma = holder.lemma_.lower()
    if harm_noun_before_of(victim.head):
        return False  # "the death of one child and injury of 13 others": "of" is the injury's, not the child's
    if group_has_its_own_cue(victim):
        return False  # "Relatives of 12 people killed in the attack gathered": the 12 are the dead
    return holder.i < phrase.start and (lemma in KIN_HOLDERS or person_nouns().get(lemma) == "family members")


# Nouns of the household victims came from: "five members of one family", "three children from the same family".
HOUSEHOLD_NOUNS = frozenset({"family", "families", "household", "households", "clan", "tribe"})


def household_of_the_victims(victim: Token | None, phrase: NumberPhrase) -> bool:
    """ "Five civilians of one family were killed", "three children from two families": the number counts
    the households the counted victims came from, not more victims. Not "a family of five" (the count is
    the family's size, written after it) nor "killed two families" (the families are the object)."""
    if victim is None or victim.lower_ not in HOUSEHOLD_NOUNS or victim.i < phrase.end:
        return False
    preposition = victim.head
    if victim.dep_ != "pobj" or preposition.lower_ not in ("of", "from"):
        return False
    counted = preposition.head
    return counted.i < phrase.start and counted.pos_ == "NOUN" and any(
        c.dep_ == "nummod" for c in counted.children
    )


def count_then_casualty_word(phrase: NumberPhrase, victim: Token | None, doc: Doc, sent: Span) -> bool:
    """ "18 dead in IS attack on the town": a count written right before a casualty word stands for the
    victims, though the parse took a noun after the word's phrase ("attack") for what it counts. Not
    "5 dead children" (the word describes the counted noun right after it)."""
    if victim is None or victim.i <= phrase.end or phrase.end >= sent.end:
        return False
    if not adjacent_cue(doc, phrase.end, sent.end) or doc[phrase.end].pos_ not in ("ADJ", "VERB"):
        return False
    return any(t.pos_ == "ADP" for t in doc[phrase.end + 1 : victim.i])


def count_after_a_counted_object(phrase: NumberPhrase, doc: Doc) -> str | None:
    """ "killing six civilians and five militiamen the Observatory said": a count right after "and" that
    follows a counted object of a casualty verb shares that verb's type, though the parse hung the
    second noun elsewhere (comma-less text). None for any other count."""
    if phrase.start < 3 or doc[phrase.start - 1].lower_ not in ("and", ","):
        return None
    before = doc[phrase.start - 2]
    if before.pos_ not in ("NOUN", "PROPN") or before.dep_ not in ("dobj", "nsubjpass"):
        return None
    if not any(c.dep_ == "nummod" for c in before.children):
        return None  # "killing civilians and five militiamen": the first object is no count
    return verb_cue(before.head)[0] if before.head.pos_ == "VERB" else None


def among_casualties(token: Token) -> str | None:
    """Type of "among the dead were 40 displaced people", "two civilians were among those killed", "the
    three others among the dead": the figure is named as part of the dead (or wounded), whatever other
    word follows it."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i and token.head.pos_ not in ("VERB", "AUX"):
        # "two civilians and one fighter were among those killed"; not a count joined to the clause
        # ("were among 30 people killed and 50 wounded": the 50 has its own word); "Among the victims were
        # a man his wife and their 5 children": a list whose commas were lost reads as an apposition
        token = token.head
    if token.dep_ in ("conj", "appos"):
        return None
    words = lexicon("types")["words"]
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "include":
        # "The dead included three journalists and a nurse": the objects of "include" with the dead as subject
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and (kind := words.get(subject.lower_)) and kind != "other":
            return kind  # "the victims" says no harm: no figure of its own
    # "there were nine people among the fighters killed", "the three others among the dead": the parse
    # hangs "among" on the counted noun itself.
    holders = [token]
    verb = token.head if token.dep_ in ("nsubj", "attr", "nsubjpass") else None
    if verb is not None and verb.lemma_.lower() == "be":
        holders.append(verb)
    for prep in (c for holder in holders for c in holder.children):
        if prep.dep_ == "prep" and prep.lower_ == "among":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    kind = words.get(obj.lower_) or child_cue(obj) or harm_described_before(obj)
                    if kind:
                        return kind
    return None


def harm_described_before(noun: Token) -> str | None:
    """Type of the harm word that describes `noun` before it ("the killed civilians", "the wounded
    soldiers", "the five abducted men"), or None ("the armed civilians"; "the soldiers wounded": a
    participle after the noun is `child_cue`'s)."""
    return next((kind for c in noun.children if c.dep_ == "amod" and c.i < noun.i and (kind := word_cue(c))), None)


def part_harmed_otherwise(group: Token) -> bool:
    """ "Two of the five abducted men were later found dead": the part taken from a group a harm word
    describes before its noun suffers another harm by its own verb; that part is the figure, the group
    the frame it is taken from. Not "Two of the 15 injured people are in critical condition" (the verb
    says the same harm, or none: the group is the figure)."""
    described = harm_described_before(group)
    part = group.head.head  # the number of "Two of the ..."
    verb = next((a for a in part.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if described is None or verb is None:
        return False
    kind = verb_cue(verb)[0]
    if part.dep_ == "pobj" and part.head.head.pos_ == "NOUN":
        kind = word_cue(part.head.head) or kind  # "found the bodies of 3 of the 12 kidnapped workers"
    return kind is not None and kind != described


# Verbs whose subject is part of what their object counts: "... made up the rest of the dead"
MAKING_UP = {"make": "up", "account": "for", "form": None, "constitute": None}
SHARE_NOUNS = frozenset({"rest", "most", "majority", "half", "bulk", "remainder", "all"})


def makes_up_the_casualties(token: Token) -> str | None:
    """Type of "Four militiamen and 11 jihadists made up the rest of the dead", "civilians accounted
    for most of those killed": the subject count is (part of) the casualties the object names. Not
    "ten people made up the delegation" (no casualty word), nor a subject of any other verb."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    verb = token.head
    particle = MAKING_UP.get(verb.lemma_.lower(), "")
    if token.dep_ != "nsubj" or particle == "":
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if particle == "for":
        objects = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for o in c.children if o.dep_ == "pobj"]
    elif particle is not None and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return None
    words = lexicon("types")["words"]
    for obj in objects:
        while obj.lower_ in SHARE_NOUNS and (inner := object_of_of(obj)) is not None:
            obj = inner  # "the rest of the dead": the noun after "of"
        kind = words.get(obj.lower_) or child_cue(obj)
        if kind:
            return kind
    return None


def object_of_of(noun: Token) -> Token | None:
    """The object of the "of" phrase a noun governs ("the rest of the dead" -> dead), or None."""
    return next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"), None)


def included_in_casualties(token: Token) -> str | None:
    """Type of "the injured included 4 children and two women", "the dead include seven soldiers": the
    object of "include" whose subject is a casualty word counts that kind. "The victims included four
    children" says no kind of its own (victims may be dead or hurt): a part of the toll just before it,
    typed from it, and nothing without one (`PART_OF_A_TOLL`); the aid "included 40 tents" is no casualty."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() != "include":
        return None
    words = lexicon("types")["words"]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "Those killed overnight included 12 people": the subject's own participle says the kind.
    kind = (words.get(subjects[0].lower_) or child_cue(subjects[0])) if subjects else None
    if kind in (None, "other") and subjects and subjects[0].lemma_.lower() == "victim" and any(c.dep_ == "det" for c in subjects[0].children):
        return PART_OF_A_TOLL  # "the victims": the toll's victims; "victims of torture included" names none
    return kind if kind in ("killed", "wounded", "killed_or_wounded") else None


def victim_noun(phrase: NumberPhrase, doc: Doc) -> Token | None:
    """The noun the figure counts ("civilians" in "409 civilians", "people" in "tens of people")."""
    root = phrase.root
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i >= phrase.end:
            objects = [t for t in child.children if t.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "VERB"):
                return objects[0]
    head = root.head
    while head.dep_ == "compound" and head.head.i > head.i and head.head.i - phrase.end <= 3 and not group_of(head):
        head = head.head  # "120 IS group fighters": the count read on a compound; the people are its head
    if (
        root.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod", "det")
        and head.i >= phrase.end
        and head.pos_ in ("NOUN", "PROPN", "ADJ", "VERB")
        and head.ent_type_ not in ("DATE", "TIME")
        and not count_after_a_harm_word(doc[phrase.end : head.i], head)
        and not preposition_read_as_a_modifier(doc[phrase.end : head.i])
        and not credit_after_a_toll(head)
    ):
        return head
    # Parse slips ("165 wounded Friday"): a noun or casualty word right after the figure.
    if phrase.end < len(doc):
        nxt = doc[phrase.end]
        while nxt.dep_ == "compound" and nxt.head.i > nxt.i and nxt.head.i - phrase.end <= 3 and not group_of(nxt):
            # "22 Daesh fighters", "32 Most School Students": the compounds up to the people counted, not
            # past them ("12 Civilians Aid Agency Says": the agency credits the count)
            nxt = nxt.head
        if (
            nxt.pos_ in ("NOUN", "PROPN")
            and nxt.ent_type_ not in ("DATE", "TIME")
            and (group_of(nxt) or is_non_casualty_noun(nxt))
            and not count_after_a_harm_word(doc[phrase.end : nxt.i], nxt)
        ):
            return nxt
    return None


def credit_after_a_toll(noun: Token) -> bool:
    """ "The death toll reached 330 overnight civil defence sources told Reuters": with the comma lost, the
    parse makes the toll's value count the sources who credit it. A noun that is the subject of a verb of
    saying whose clause a toll is the subject of is who says so, not whom the value counts. Not "the toll
    reached 330 civilians, sources said" (the civilians are no speaker)."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.lemma_.lower() in SPEECH_LEMMAS
        and verb.dep_ == "ccomp"  # not "the toll rose to 30 and 12 activists reported shelling": a clause of its own
        and any(c.dep_ in ("nsubj", "nsubjpass") and is_toll_noun(c) for c in verb.head.children)
    )


# Words that open a group of their own after a list's earlier items: "A girl killed, two others injured".
OPEN_GROUP_WORDS = frozenset({"others", "more"})


def count_after_a_harm_word(between: Span, noun: Token) -> bool:
    """Comma-less "35 Dead Dozens Wounded", "Attacks kill 10 injure scores", "One Killed Others Injured": a
    second count (or "others", a group of its own) after a casualty word, or after a verb of harm the
    tagger read as a noun, is no victim noun of the first."""
    return (is_number_token(noun) or noun.lower_ in OPEN_GROUP_WORDS) and any(word_cue(t) or t.lower_ in lexicon("types")["verbs"] for t in between)


def preposition_read_as_a_modifier(between: Span) -> bool:
    """ "Bomber kills 16 outside bakery": the parse reads "outside" as an adjective and makes the count
    count the bakery; a preposition of place between a count and its noun says the count stands bare
    and the noun is where it happened. Not "16 nearby residents" ("nearby" is an adjective)."""
    return any(t.lower_ in PREPOSITIONS_READ_AS_ADJECTIVES for t in between)

"""The cue that governs a count through the parse: the head chain from the count up to the verb it is an
argument of, the casualty noun it counts or the toll it is the value of ("killed 20 people", "the lives of
812 people", "the toll rose to 50", "killed along with his wife and 10 other people")."""

from __future__ import annotations

from spacy.tokens import Token

from .counted import credit_after_a_toll, harm_noun_before_of
from .counts import PART_OF_A_TOLL, NumberPhrase
from .cues import number_of_casualties, verb_cue
from .lexicons import (
    ARGUMENT_DEPS,
    CHANGE_LEMMAS,
    SUBCOUNT_PREPS,
    group_of,
    group_or_its_part,
    is_toll_noun,
    lexicon,
    one_word_qualifiers,
    person_group,
)
from .toll_cues import copula_subject_cue, the_casualties_as_subject, toll_cue, toll_cue_from_noun
from .tolls import as_high_as, counts_lives, toll_put_at_its_value, verb_of_a_low_value
from .verb_frames import fate_unknown, lost_by_departure

# Verbs whose object is their subject's count: "the wounded numbered more than 40", "casualties totalled 70".
COUNTING_VERBS = frozenset({"number", "total"})
COUNTING_VERB_FORMS = frozenset({"numbered", "totalled", "totaled"})  # the tagger may read them as adjectives


def rise_by_then_to(value: Token, by: Token) -> bool:
    """ "the toll rose by five to 33": the parse hangs "five to 33" on "by"; the value after "to" is the new
    toll, as in "rose to 33"."""
    return by.lower_ == "by" and by.head.lemma_.lower() in CHANGE_LEMMAS and any(
        c.dep_ == "quantmod" and c.lower_ == "to" for c in value.children
    )


def governing_cue(start: Token, phrase: NumberPhrase) -> tuple[str | None, bool, Token | None]:
    """(type, updates_earlier, parent) from the head chain: verbs the figure is an argument of, casualty
    nouns it counts, tolls it is the value of. `parent` is the counted noun of an enclosing figure when
    the chain passes through "including"/"among"."""
    types = lexicon("types")
    cur, parent = start, None
    for _ in range(6):
        head = cur.head
        if head is cur:
            return None, False, parent
        dep = cur.dep_
        if (
            is_toll_noun(head)
            and head.pos_ in ("NOUN", "PROPN")
            and dep in ("npadvmod", "appos", "nummod", "attr")
        ):
            kind, _ = toll_cue_from_noun(head)
            return kind, any(t.lower_ == "new" for t in head.children), parent
        if dep in ("conj", "appos"):
            cur = head
            continue
        if dep == "dobj" and head.lemma_.lower() == "number" and head.dep_ == "acl" and head.tag_ == "VBG":
            # "The dead, numbering more than 60, were buried": the participle gives its noun's count (NER may
            # read a bare count there as a date, "numbering 40", which blocks it before this rule is reached)
            return the_casualties_as_subject(head.head) or number_of_casualties(head.head), False, parent
        if dep == "attr" and the_counted_named_again(head):
            return PART_OF_A_TOLL, False, parent  # "... rose to 47, they are 12 children and 9 women"
        if dep == "nsubj" and (verb := predicate_after_aged(head)) is not None:
            kind, updates = verb_cue(verb)  # "Ten children aged four to 12 were killed"
            return kind, updates, parent
        if dep == "nummod" and credit_after_a_toll(head):
            kind, updates = toll_cue(head.head.head)  # "the toll reached 330 civil defence sources told ..."
            return kind, updates, parent
        # "killed in the blast along with eight fighters": the parse hangs "with" on "along"
        along = head.head.head if head.head.lower_ == "along" and head.head.dep_ in ("prep", "advmod", "prt") else head.head
        if (
            dep == "pobj"
            and head.lower_ == "with"
            and head.dep_ == "prep"
            and along.pos_ == "VERB"
            and (group_of(start) or person_group(start) or own_kin(cur))
            and cur.i > along.i
        ):
            # "the mayor was killed with four others", "killed along with his wife and 10 other people":
            # those killed with someone are killed too.
            kind, updates = verb_cue(along)
            return (kind, updates, parent) if kind in ("killed", "wounded") else (None, False, parent)
        if dep == "pobj" and head.lower_ == "with" and head.head.pos_ == "NOUN" and head.head.i < cur.i and person_group(head.head) and own_kin(cur):
            cur = head.head  # "killed a woman with four of her children": her kin with her share the harm
            continue
        if dep == "pobj" and head.lower_ == "of" and (kind := harm_noun_before_of(head)):
            return kind, False, parent  # "the death of one civilian and injury of 13 others"
        if dep == "pobj" and head.lower_ in SUBCOUNT_PREPS | {"of"}:
            if head.lower_ in SUBCOUNT_PREPS and parent is None:
                parent = head.head
            cur = head.head
            lower = cur.lower_
            if lower in types["words"] and cur.pos_ in ("NOUN", "ADJ", "VERB"):
                return types["words"][lower], False, parent
            if fate_unknown(cur):
                return "missing", False, parent  # "the whereabouts of five others remain unknown"
            if lower in ("lives", "life") and (
                cur.head.lemma_.lower() in types["lives_verbs"]
                or any(t.lemma_.lower() in types["lives_verbs"] for t in cur.doc[max(0, cur.i - 3) : cur.i])
            ):  # "claimed the lives of 812 people", also when the parse hangs "lives" elsewhere
                return "killed", False, parent
            if is_toll_noun(cur):
                kind, _ = toll_cue_from_noun(cur)
                return kind, any(t.lower_ == "new" for t in cur.children), parent
            continue
        if dep == "prep" and head.lower_ in SUBCOUNT_PREPS:
            cur = head
            continue
        if in_addition_to(cur):
            # "injuring three staff in addition to five patients": the count added shares the cue of
            # what it is added to, the verb or the noun "in addition to" hangs on.
            base = head.head.head.head
            if base.pos_ in ("VERB", "AUX"):
                kind, updates = verb_cue(base)
                return kind, updates, parent
            cur = base
            continue
        if dep == "pobj" and head.lower_ in one_word_qualifiers() and head.head.lemma_.lower() == "be" and head.dep_ == "prep":
            # "Those who were executed are around 300": a qualifier the parse read as a preposition
            kind, updates = copula_subject_cue(head.head)
            return kind, updates, parent
        if dep == "npadvmod" and head.dep_ == "pcomp" and head.ent_type_ in ("DATE", "TIME") and head.head.lower_ in ("at", "to"):
            # "put the death toll at 16 earlier": NER read "16 earlier" as a time and the parse hung the value
            # on the time word; the toll is the object of the verb the preposition hangs on
            kind, updates = toll_cue(head.head.head)
            return kind, updates, parent
        if (high := as_high_as(cur)) is not None:
            kind, updates = high
            return kind, updates, parent
        if dep == "pobj" and head.lower_ == "to" and head.head.dep_ == "prep" and head.head.lower_ == "from":
            head = head.head  # "rose from 40 to 50": the new value hangs on "from"; the verb holds both
        # "Death Toll in Blast ... Rises to 70": a title-case headline tags the toll noun as a name and
        # hangs the value on it, the verb read as a noun.
        toll_named = head.head.pos_ == "PROPN" and is_toll_noun(head.head)
        if (
            dep == "pobj"
            and (head.lower_ in ("to", "at", "of", "from", "past", "above", "beyond", "over") or rise_by_then_to(cur, head))
            and (head.head.pos_ in ("VERB", "AUX", "NOUN") or toll_named)
        ):
            holder = head.head
            if (
                cur.head.lower_ == "from"
                and holder.lemma_.lower() in CHANGE_LEMMAS
                and any(c.dep_ == "prep" and c.lower_ == "to" for c in (*cur.head.children, *holder.children))
            ):
                # "rose from 40 to 50", "rose to 50 from 40": 40 is the earlier toll, 50 the figure
                return None, False, parent
            if (
                head.lower_ == "from"
                and phrase.low is not None
                and head.i == phrase.start - 1
                and holder.pos_ == "VERB"
            ):
                # "killed from 40 to 50 civilians": the range's opener parsed as a preposition of the verb
                kind, updates = verb_cue(holder)
                return kind, updates, parent
            counted = number_of_casualties(holder)
            if counted:
                return counted, False, parent
            if holder.pos_ in ("NOUN", "PROPN") and is_toll_noun(holder):
                kind, _ = toll_cue_from_noun(holder)
                return (
                    kind,
                    holder.head.lower_ in types["update_cues"]
                    or any(t.lower_ == "new" for t in holder.children),
                    parent,
                )
            if (paired := toll_put_at_its_value(head)) is not None:
                return (*paired, parent)  # "put the number of dead at 40 and the wounded at 120"
            kind, updates = toll_cue(holder)
            if kind is None and (verb := verb_of_a_low_value(head)) is not None:
                kind, updates = toll_cue(verb)
            return kind, updates, parent
        if dep == "nsubj" and head.lemma_.lower() in lexicon("sources")["reporting_verbs"]:
            return None, False, parent  # "SANA's correspondent said 3 were killed": the speaker
        if dep == "dobj" and participle_of_those(head):
            return None, False, parent  # "Besides those killed 40 people were wounded": the next verb's count
        if dep in ARGUMENT_DEPS and head.pos_ in ("VERB", "AUX", "ADJ"):
            if (head.lemma_.lower() == "be" and dep in ("attr", "acomp", "oprd")) or (
                (head.lemma_.lower() in COUNTING_VERBS or head.lower_ in COUNTING_VERB_FORMS) and dep in ("dobj", "npadvmod", "attr")
            ):
                # "The previous death toll was 20", "the number of injured is 70": the subject says
                # what the figure counts, before any word the copula also governs.
                kind, updates = copula_subject_cue(head)
                if kind:
                    return kind, updates, parent
            kind, updates = verb_cue(head)
            human_verbs = types["human_object_verbs"]
            if (
                kind is None
                and head.lemma_.lower() in human_verbs
                and not lost_by_departure(head)
                and group_or_its_part(start)
                # "The army eliminated 30 terrorists": the parse may read the object as a bare adverbial noun
                and (dep in ("dobj", "nsubjpass") or (dep == "npadvmod" and start.i > head.i))
            ):
                kind = human_verbs[head.lemma_.lower()]
            if kind is None and dep == "dobj" and counts_lives(cur, head):
                kind = "killed"
            if kind is None:
                kind, updates = toll_cue(head)
            if (
                kind is None
                and head.dep_ in ("xcomp", "ccomp", "conj")
                and head.lemma_.lower() in ("be", "remain")
            ):
                kind, updates = verb_cue(head.head)
            # Parse slip: "massacred 250 troops taken hostage" read as a clause whose subject is the figure.
            if kind is None and dep == "nsubj" and head.dep_ in ("ccomp", "xcomp") and head.head.i < cur.i:
                kind, updates = verb_cue(head.head)
            return kind, updates, parent
        if dep in ("nsubj", "nsubjpass") and head.pos_ == "NOUN" and head.lower_ in types["words"]:
            return types["words"][head.lower_], False, parent
        return None, False, parent
    return None, False, parent


def in_addition_to(token: Token) -> bool:
    """True for the object of "in addition to" ("... in addition to five patients")."""
    to = token.head
    addition = to.head
    return (
        token.dep_ == "pobj"
        and to.lower_ == "to"
        and addition.lower_ == "addition"
        and addition.dep_ == "pobj"
        and addition.head.lower_ == "in"
    )


def own_kin(count: Token) -> bool:
    """ "four of her children", "her three sons": people written as someone's own, who were with them when
    harmed ("killed a woman with four of her children"). Not "a man with five children": his family."""
    of = next((c for c in count.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owned = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else count
    return owned is not None and any(c.dep_ == "poss" for c in owned.children)


def participle_of_those(verb: Token) -> bool:
    """ "those killed", "the ones wounded" (when tagged a participle): a past participle that makes a noun
    phrase of a pronoun takes no object. When a scrape lost the comma after it ("Besides those killed 40
    people were wounded"), the parse makes the next clause's count its object; the count belongs to the
    verb after it."""
    return verb.tag_ == "VBN" and verb.i > 0 and verb.doc[verb.i - 1].lower_ in ("those", "ones")


def predicate_after_aged(word: Token) -> Token | None:
    """ "Ten children aged four to 12 were killed": the parse takes "aged" for the main verb, with the
    ages as its object and the real predicate as its clause. That predicate, or None. Not "the children
    aged quickly" (no clause of its own after the ages)."""
    if word.lower_ != "aged" or word.tag_ != "VBN":
        return None
    return next((c for c in word.children if c.dep_ in ("ccomp", "conj") and c.i > word.i and c.pos_ == "VERB"), None)


# Pronouns that point back to people just counted: "they are 12 children and 9 women".
COUNTED_AGAIN_PRONOUNS = frozenset({"they", "these"})


def the_counted_named_again(verb: Token) -> bool:
    """ "The number of people killed rose to 47, they are 12 children and 9 women": "be" with a pronoun
    pointing back to the people a toll counted just before it, after a comma, names who they were: parts of
    that toll. Not "rebels released 40 prisoners; these were 30 soldiers ..." (no harm in the count before),
    "they were 12 kilometres away" (the caller's count is no person) nor "Those killed were 44 civilians" (a
    subject with words of its own says who: `toll_cues.the_casualties_as_subject`)."""
    pronoun = next(
        (c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in COUNTED_AGAIN_PRONOUNS and not list(c.children)),
        None,
    )
    if verb.lemma_ != "be" or pronoun is None:
        return False
    number = count_just_before(pronoun)
    holder = next((a for a in number.ancestors if a.pos_ in ("VERB", "AUX")), None) if number is not None else None
    return holder is not None and (verb_cue(holder)[0] or toll_cue(holder)[0]) in ("killed", "wounded", "killed_or_wounded")


def count_just_before(pronoun: Token) -> Token | None:
    """The number that ends the words right before a comma and `pronoun` ("rose to 47, they", "killed 30
    people, they"), else None."""
    doc = pronoun.doc
    if pronoun.i < 2 or doc[pronoun.i - 1].text not in (",", ";"):
        return None
    last = doc[pronoun.i - 2]
    if last.like_num:
        return last
    return next((c for c in last.children if c.dep_ == "nummod" and c.like_num), None)

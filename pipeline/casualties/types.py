"""The type of a figure from its construction: the verb it is an argument of, the casualty word
after it, the toll it is the value of, the noun it counts; and sub-counts ("including 45 children")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .counted import (
    among_by_words,
    among_casualties,
    count_after_a_counted_object,
    count_then_casualty_word,
    counts_the_kin_of_the_victims,
    group_has_its_own_cue,
    harm_described_before,
    household_of_the_victims,
    included_in_casualties,
    lives_taken,
    makes_up_the_casualties,
    part_harmed_otherwise,
    victim_noun,
)
from .counts import (
    PART_OF_A_TOLL,
    NumberPhrase,
    blocked_by_context,
    is_non_casualty_noun,
    is_number_token,
    toll_after_rise,
)
from .cues import (
    NO_HARM,
    child_cue,
    combined_type,
    number_of_casualties,
    verb_cue,
    word_cue,
)
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
from .not_victims import agent_of_harm, hears_a_report
from .partitives import (
    group_named_after_a_part,
    part_by_its_severity,
    partitive_of_a_pronoun,
    sub_count_of_a_written_whole,
    taken_from_a_plain_group,
)
from .toll_cues import copula_subject_cue, toll_cue, toll_cue_from_noun
from .tolls import as_high_as, counts_lives, toll_put_at_its_value, verb_of_a_low_value
from .verb_frames import fate_unknown, lost_by_departure
from .word_order import (
    adjacent_cue,
    casualty_verb_before,
    copula_before_a_lost_comma,
    cue_with_its_own_count,
    linear_cue,
    linear_cue_has_its_own_count,
    noun_cue,
    preceding_cue,
)


@dataclass(slots=True)
class Candidate:
    phrase: NumberPhrase
    victim: Token | None
    type: str | None
    group: str
    updates_earlier: bool
    anchor: Token  # the token whose ancestors decide the source (phrase root or victim)
    parent_token: Token | None = None  # victim/root of the figure this is a sub-count of


# --- victims, cues ------------------------------------------------------------------------------


def describing_participle(doc: Doc, at: int) -> bool:
    """Whether the word at `at` is a past participle modifying the noun before it ("six people captured
    during the raid"), not an adjective that completes the verb ("left 60 dead and wounded")."""
    return at < len(doc) and doc[at].tag_ == "VBN" and doc[at].dep_ == "acl"


def object_of_its_cue(token: Token) -> bool:
    """Whether the counted noun (or the number standing for it) is the direct object of a verb whose
    subject is an agent. Not in a run-on headline, "8 persons killed 58 others injured", where the
    parse makes one count the subject and the next its object."""
    while token.dep_ in ("nummod", "quantmod", "compound") and token.head.i != token.i:
        token = token.head
    if token.dep_ != "dobj" or token.head.pos_ != "VERB" or token.lower_ in ("others", "more"):
        return False  # "A girl killed, two others injured": "others" opens a group of its own
    subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(
        c.like_num
        or any(g.dep_ == "nummod" for g in c.children)
        # "A woman killed 30 injured": a bare count after a one-person subject is the next item of a
        # headline's list, not the object of "killed" ("A gunman killed 20 people" names its object).
        or (token.like_num and any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children))
        for c in subjects
    )


# Verbs whose object is their subject's count: "the wounded numbered more than 40", "casualties totalled 70".
COUNTING_VERBS = frozenset({"number", "total"})


def rise_by_then_to(value: Token, by: Token) -> bool:
    """ "the toll rose by five to 33": the parse hangs "five to 33" on "by"; the value after "to" is the new
    toll, as in "rose to 33"."""
    return by.lower_ == "by" and by.head.lemma_.lower() in CHANGE_LEMMAS and any(
        c.dep_ == "quantmod" and c.lower_ == "to" for c in value.children
    )


def harm_noun_before_of(of: Token) -> str | None:
    """ "causing the death of one civilian and injury of 13 others": the parse hangs the second "of" on the
    first victim, not on the noun of harm right before it; that noun's type, when the word before "of" is
    one and is not the head the parse gave it (that head the chain reads anyway)."""
    if of.i == 0 or of.head.i == of.i - 1:
        return None
    noun = of.doc[of.i - 1]
    kind = lexicon("types")["words"].get(noun.lower_) if noun.pos_ == "NOUN" else None
    return kind if kind not in (None, "other") else None


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
        # "killed in the blast along with eight fighters": the parse hangs "with" on "along"
        along = head.head.head if head.head.lower_ == "along" and head.head.dep_ in ("prep", "advmod") else head.head
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
        if dep in ARGUMENT_DEPS and head.pos_ in ("VERB", "AUX", "ADJ"):
            if (head.lemma_.lower() == "be" and dep in ("attr", "acomp", "oprd")) or (
                head.lemma_.lower() in COUNTING_VERBS and dep in ("dobj", "npadvmod", "attr")
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


def combined_nouns(victim: Token | None) -> str | None:
    """ "hundreds of deaths and injuries": two casualty nouns of one number make a combined count
    (killed_or_wounded); "42 deaths and 200 injuries" gives each its own number instead."""
    if victim is None:
        return None
    first = noun_cue(victim)
    for child in victim.children:
        if child.dep_ == "conj" and not any(c.dep_ == "nummod" or c.like_num for c in child.children):
            kind = combined_type(first, noun_cue(child))
            if kind:
                return kind
    return None


def classify(phrase: NumberPhrase, doc: Doc, sent: Span) -> Candidate | None:
    """The figure's type, group and victim noun, or None when no casualty cue governs the number."""
    if blocked_by_context(phrase, doc):
        return None
    victim = victim_noun(phrase, doc)
    copula = copula_before_a_lost_comma(phrase.start, victim) if victim is not None and victim.i >= phrase.end else None
    if copula is not None:
        victim = None  # "the number of abductees was 36 activists said": the activists give the value
    if count_then_casualty_word(phrase, victim, doc, sent):
        victim = None  # "18 dead in IS attack": the parse hung the count on "attack"; it counts the dead
    if victim is not None and victim.i >= phrase.end and is_non_casualty_noun(victim):
        return None
    if victim is not None and victim.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"):
        if not toll_after_rise(phrase, doc):
            return None
        victim = None  # "put the death toll at 16 earlier": the parse hung the value on the time after it
    if counts_the_kin_of_the_victims(victim, phrase) or household_of_the_victims(victim, phrase):
        return None
    partitive = victim is not None and victim.head.lower_ == "of" and victim.head.head.i < phrase.end
    harmed_otherwise = partitive and part_harmed_otherwise(victim)
    if partitive and (part := sub_count_of_a_written_whole(phrase.root, victim)) is not None:
        return Candidate(phrase, part[0], PART_OF_A_TOLL, part[1], False, phrase.root, None)  # "Seven of the 30 killed"
    if (
        partitive
        and group_has_its_own_cue(victim)
        and not harmed_otherwise
        and any(
            c.dep_ == "nummod" and is_number_token(c) and not phrase.start <= c.i < phrase.end
            for c in victim.children
        )
    ):
        return None  # "one of two people killed": the count is the second number, read on its own
    if partitive and taken_from_a_plain_group(phrase.start, victim):
        return None  # "Two of the 40 passengers were wounded": the 40 are the group the two are taken from
    if harmed_otherwise and victim.head.head.i < phrase.start and is_number_token(victim.head.head):
        # "Four of the 30 wounded fighters were evacuated": the group counts what its own word says
        return Candidate(phrase, victim, harm_described_before(victim), group_of(victim) or "people", False, phrase.root, None)
    chain_start = victim if victim is not None and phrase.root.head == victim else phrase.root
    if agent_of_harm(chain_start) or hears_a_report(chain_start):
        return None  # who did the harm, or whom the figure was reported to
    gov_type, updates, parent = (*copula_subject_cue(copula), None) if copula is not None else governing_cue(chain_start, phrase)
    own_type = None
    if victim is not None and victim.i >= phrase.end:
        own_type = child_cue(victim)
    own_type = own_type or child_cue(phrase.root)
    after = (
        (victim.i + 1)
        if victim is not None and victim.i >= phrase.end and victim.i - phrase.end <= 3
        else phrase.end
    )
    lin_type = linear_cue(doc, after, sent.end)
    if lin_type is None and after != phrase.end:
        lin_type = linear_cue(doc, phrase.end, sent.end)
    n_type = noun_cue(victim)
    next_type = adjacent_cue(doc, after, sent.end)
    if next_type is None and victim is not None and victim.i == phrase.end and (
        victim.pos_ in ("ADJ", "VERB") or (victim.pos_ == "PROPN" and victim.text.istitle())
    ):
        # "Casualties: 4 dead, 9 injured": the word is the victims; so in a title-case headline, where the
        # tagger reads every capitalised word as a name ("... Rises to 11 44 Injured")
        next_type = adjacent_cue(doc, phrase.end, sent.end)
    before_type = preceding_cue(doc, phrase.start, sent.start)
    group = group_of(victim) if victim is not None else None
    over_wounded = lexicon("types")["event_types_over_wounded"]
    # A cue word right after the figure ("Fifty-one dead", "two others injured") is the most reliable
    # reading; the parse decides otherwise, and the bare word before it ("SDF Kills 23") comes last.
    kind = next_type or gov_type or own_type or lin_type or n_type or before_type
    if next_type and gov_type and next_type != gov_type and object_of_its_cue(chain_start) and describing_participle(doc, after):
        # "executed six people captured in the raid", "killed 20 people injured 50" (comma lost): the verb
        # whose object the count is decides; the participle after describes them or opens the next clause.
        kind = gov_type
    if before_type and kind and before_type != kind and not (next_type or n_type) and verb_read_past(doc, phrase, chain_start, sent.start):
        # "Twin Bomb Attacks Kill 50 Injure Dozens", "Child Killed 20 People Injured": a verb of harm right
        # before the count is its verb, though the parse hung the count on an earlier one
        kind = before_type
    if before_type and next_type and next_type != before_type and after != phrase.end and cue_with_its_own_count(doc, after, sent.end):
        # "Attacks Kill 10 Civilians Injured Dozens", "killed 20 people injured 41": the word after the people
        # has a count of its own, so it opens the next clause; the verb before the count is the count's
        kind = before_type
    # the count's own word of harm: "rescued 3 injured people", "rescued 8 people injured in the shelling",
    # "rescued 20 wounded"; not a clause of a part ("rescued 20 residents, 5 of whom were injured")
    described = [word_cue(c) for c in victim.children if c.dep_ in ("amod", "acl")] if victim is not None else [own_type]
    if kind == NO_HARM and "wounded" in (n_type, *described):
        kind = "wounded"  # a rescue ends a captivity, not an injury
    if lives_taken(victim, phrase, doc, sent.start):
        kind = "killed"  # "claimed hundreds of lives, wounded many others": the lives are the dead
    if before_type == "killed_or_wounded" and kind in ("killed", "wounded") and not next_type:
        kind = before_type  # "Car bomb kills, injures 40": both verbs right before the count share it
    if kind == "killed_or_wounded" and n_type in ("killed", "wounded") and victim is not None and 0 <= victim.i - phrase.end <= 1:
        kind = n_type  # "the casualty toll rose to 80 dead", "142 casualties, including 61 deaths": the count's own noun
    joined = combined_nouns(victim)
    if joined:
        kind = joined
    if (
        lin_type
        and lin_type != kind
        and not next_type
        and (victim or phrase.root).dep_ == "conj"
        and not linear_cue_has_its_own_count(doc, after, sent.end)
    ):
        # "the lives of 812 people and more than 1,400 were injured": its own verb; not "killed 100
        # including 25 children and 15 women and injured 400 others", a verb that counts others
        kind = lin_type
    among = (
        among_casualties(chain_start)
        or among_casualties(phrase.root)
        or included_in_casualties(chain_start)
        or included_in_casualties(phrase.root)
        or makes_up_the_casualties(chain_start)
        or makes_up_the_casualties(phrase.root)
        or among_by_words(doc, after, sent.end)
    )
    if among:
        kind = among
    if gov_type in over_wounded and "wounded" in (own_type, lin_type, n_type, next_type):
        kind, group = gov_type, "wounded"
    elif group == "wounded" and kind == "wounded":
        group = None
    if victim is not None and group is None and victim.lower_ in lexicon("types")["words"]:
        group = None
    if (named := group_named_after_a_part(phrase.root)) is not None and (named_group := group_of(named)):
        group = named_group  # "Twenty-two of the dead were children"
    counted = partitive_of_a_pronoun(phrase.root) if kind is None else None
    if counted is not None and (part_group := group_of(counted)):
        # "15 of whom were children", "Fifteen of them were children": a part of a toll given before,
        # of that toll's type (extract.parts_of_an_earlier_toll finds it; with none, no figure)
        kind, group = PART_OF_A_TOLL, part_group
    if kind is None and part_by_its_severity(phrase.root):
        kind = PART_OF_A_TOLL  # "..., three of them critically": of the toll before, whatever its type
    kind = kind or count_after_a_counted_object(phrase, doc)
    if kind == "other" and victim is not None and victims_with_a_death_toll(victim) and names_a_death_toll(sent, phrase.start):
        kind = "killed"  # "Aleppo recorded the highest death toll, with 342 victims": the victims are the dead
    if kind is None:
        return None
    # "200 US troops" is a deployment: soldiers count as casualties only with their own cue, which we have.
    return Candidate(phrase, victim, kind, group or "people", updates, chain_start, parent)


def own_kin(count: Token) -> bool:
    """ "four of her children", "her three sons": people written as someone's own, who were with them when
    harmed ("killed a woman with four of her children"). Not "a man with five children": his family."""
    of = next((c for c in count.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    owned = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else count
    return owned is not None and any(c.dep_ == "poss" for c in owned.children)


def verb_read_past(doc: Doc, phrase: NumberPhrase, chain_start: Token, limit: int) -> bool:
    """Whether the casualty verb right before a count (past "at least") is not the word the parse made
    the count's head: a second verb of a comma-less list of harms, whose count the parse gave the first."""
    verb = casualty_verb_before(doc, phrase.start, limit)
    # "kill 10 injure scores": the tagger may read a bare verb of harm as a noun compound of the count
    read_as_noun = verb is not None and verb.pos_ == "NOUN" and verb.lower_ in lexicon("types")["verbs"]
    return verb is not None and chain_start.head.i != verb.i and (verb.pos_ in ("VERB", "PROPN", "ADJ") or read_as_noun)


def names_a_death_toll(sent: Span, before: int) -> bool:
    """Whether the sentence names a toll of the dead before token `before` ("the highest death toll", "the
    number of deaths"): "victims" counted after it are the dead."""
    return any(
        (t.lemma_.lower() == "toll" and any(c.lower_ == "death" for c in t.children)) or t.lower_ in ("deaths", "fatalities")
        for t in sent.doc[sent.start : before]
    )


def victims_with_a_death_toll(victim: Token) -> bool:
    """ "..., with 342 victims": victims a toll is given "with", of no harm of their own ("45 victims of the
    blast were in hospital", "victims of torture" say what befell them)."""
    return (
        victim.lemma_.lower() == "victim"
        and victim.head.lower_ == "with"
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in victim.children)
    )

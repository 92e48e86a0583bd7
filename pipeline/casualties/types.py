"""The type of a figure from its construction: the verb it is an argument of (`governing`), the casualty
word after it, the toll it is the value of, the noun it counts; and sub-counts ("including 45 children")."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .counted import (
    OPEN_GROUP_WORDS,
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
    relative_clause_cue,
    word_cue,
)
from .governing import governing_cue, participle_of_those
from .lexicons import (
    group_of,
    lexicon,
    opened_as_subcount,
    person_group,
)
from .not_victims import agent_of_harm, hears_a_report
from .partitives import (
    group_named_after_a_part,
    part_by_its_severity,
    part_from_one_origin,
    partitive_of_a_pronoun,
    sub_count_of_a_written_whole,
    taken_from_a_plain_group,
)
from .toll_cues import copula_subject_cue
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
    if token.dep_ != "dobj" or token.head.pos_ != "VERB" or token.lower_ in OPEN_GROUP_WORDS:
        return False  # "A girl killed, two others injured": "others" opens a group of its own
    subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(
        c.like_num
        or any(g.dep_ == "nummod" for g in c.children)
        # "A woman killed 30 injured": a bare count after a one-person subject is the next item of a
        # headline's list, not the object of "killed" ("A gunman killed 20 people" names its object).
        or (token.like_num and any(g.dep_ == "det" and g.lower_ in ("a", "an") for g in c.children))
        # "Child Killed 20 People Injured": one child, civilian or journalist is the headline's first
        # victim, not the agent of the next count ("Villagers killed three militants captured ..." are)
        or (group_of(c) in UNARMED_GROUPS and c.tag_ in ("NN", "NNP"))
        for c in subjects
    )


# People who are victims, not agents, when they are the subject of a verb of harm with a count after it.
UNARMED_GROUPS = frozenset(
    {"children", "civilians", "women", "students", "families", "refugees", "journalists", "medics", "workers",
     "family members"}
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
    if victim is not None and victim.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY") and not (
        victim.ent_type_ == "QUANTITY" and person_group(victim)  # "kill 35 jihadists overnight": NER's slip
    ):
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
    if among and not (among == "killed_or_wounded" and next_type in ("killed", "wounded")):
        kind = among  # not "Casualties included 14 dead and 60 injured": the count's own word of harm
    own, before_the_events = relative_clause_cue(victim if victim is not None else phrase.root)
    if opened_as_subcount(phrase, doc) and own is not None:
        if before_the_events and kind == own and own != "killed":
            # "killed 30 people, among them 12 children who had been wounded in an earlier raid": who the part
            # were; it counts with its whole
            kind = PART_OF_A_TOLL
        elif own in ("killed", "wounded") and (own == "killed" or kind not in ("killed", "killed_or_wounded")):
            # "Thousands were displaced, among them 40 people who died on the road", "Dozens were wounded,
            # including 12 who later died": the part's own death or injury; not "who had fled Homs" (who they
            # are) nor "12 children who were later evacuated" (what happened next to the wounded)
            kind = own
    if gov_type in over_wounded and "wounded" in (own_type, lin_type, n_type, next_type):
        kind, group = gov_type, "wounded"
    elif group == "wounded" and kind == "wounded":
        group = None
    if victim is not None and group is None and victim.lower_ in lexicon("types")["words"]:
        group = None
    if (named := group_named_after_a_part(phrase.root)) is not None and (named_group := group_of(named)):
        group = named_group  # "Twenty-two of the dead were children"
    counted = partitive_of_a_pronoun(phrase.root)
    # "A total of 46 civilians were killed on Saturday, 12 of whom were children": when the parse makes
    # the part's "were" the main verb, a harm word before it types the count, but "N of whom were <people>"
    # still says only what the part is.
    says_only_what = (
        counted is not None and counted.dep_ in ("attr", "nsubj") and counted.i > phrase.root.i and phrase.root.head.lemma_ == "be"
        and any(t.lower_ in ("whom", "them") for t in doc[phrase.end : phrase.end + 2])  # not "six of those killed"
    )
    if counted is not None and (kind is None or says_only_what) and (part_group := group_of(counted)):
        # "15 of whom were children", "Fifteen of them were children": a part of a toll given before,
        # of that toll's type (extract.parts_of_an_earlier_toll finds it; with none, no figure)
        kind, group = PART_OF_A_TOLL, part_group
    if kind is None and part_from_one_origin(phrase.root):
        kind, group = PART_OF_A_TOLL, group or "people"  # "..., six of them from the same family"
    if kind is None and part_by_its_severity(phrase.root):
        kind = PART_OF_A_TOLL  # "..., three of them critically": of the toll before, whatever its type
    kind = kind or count_after_a_counted_object(phrase, doc)
    if kind == "other" and victim is not None and victims_with_a_death_toll(victim) and names_a_death_toll(sent, phrase.start):
        kind = "killed"  # "Aleppo recorded the highest death toll, with 342 victims": the victims are the dead
    if kind is None:
        return None
    # "200 US troops" is a deployment: soldiers count as casualties only with their own cue, which we have.
    return Candidate(phrase, victim, kind, group or "people", updates, chain_start, parent)


def verb_read_past(doc: Doc, phrase: NumberPhrase, chain_start: Token, limit: int) -> bool:
    """Whether the casualty verb right before a count (past "at least") is not the word the parse made
    the count's head: a second verb of a comma-less list of harms, whose count the parse gave the first."""
    verb = casualty_verb_before(doc, phrase.start, limit)
    # "kill 10 injure scores": the tagger may read a bare verb of harm as a noun compound of the count
    read_as_noun = verb is not None and verb.pos_ == "NOUN" and verb.lower_ in lexicon("types")["verbs"]
    return (
        verb is not None
        and chain_start.head.i != verb.i
        and (verb.pos_ in ("VERB", "PROPN", "ADJ") or read_as_noun)
        and not participle_of_those(verb)  # "In addition to those killed 30 people were injured"
    )


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

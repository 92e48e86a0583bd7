"""Casualty cues: the words that give a figure its type, each a construction: a verb the figure is an
argument of ("20 were killed", "shot dead seven"), a word right after it ("165 wounded", "60 dead and
wounded"), a toll it is the value of ("the death toll was 20"), the noun it counts ("12 casualties")."""

from __future__ import annotations

from spacy.tokens import Token

from ..numbers import is_count_word
from ..speakers import event_nouns
from .lexicons import (
    describes_the_victims,
    group_of,
    group_or_its_part,
    lexicon,
    person_group,
)
from .verb_frames import (
    NO_HARM,
    NO_HARM_VERBS,
    driven_from_home,
    held_in_detention,
    in_a_grave_condition,
    lost_by_departure,
    receiving_treatment,
    still_to_be_pulled_out,
    taken_captive,
    taken_to_hospital,
    under_siege,
    under_the_rubble,
)


def word_cue(token: Token) -> str | None:
    """Casualty type of a word as written ("killed", "dead", "wounded") or of its verb lemma."""
    types = lexicon("types")
    if token.lower_ in types["words"]:
        return types["words"][token.lower_]
    if (
        token.lower_ == "fallen"
        and token.i + 1 < len(token.doc)
        and token.nbor(1).lower_ in ("victim", "victims")
    ):
        return "killed"  # "1500 people have fallen victims of the attack"
    if token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB"):
        return types["verbs"].get(token.lemma_.lower())
    return None


def manner_of_killing(verb: Token) -> bool:
    """True for a verb of a manner of killing completed by its result: "shot dead", "hacked to death",
    "gunned down", "beaten to death". "shot" alone may only wound, so the result word decides."""
    results = lexicon("types")["manner_verbs"].get(verb.lemma_.lower())
    if not results:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if "out" in results and objects and not any(person_group(o) or group_of(o) or o.like_num for o in objects):
        return False  # "took out 20 loans": "out" completes other senses too; it kills only people
    for child in verb.children:
        if child.lower_ in results and child.dep_ in (
            "acomp",
            "oprd",
            "advmod",
            "xcomp",
            "prt",
            "dobj",
            "ccomp",
            "amod",
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.lower_ in results for g in child.children):
            return True
    following = verb.doc[verb.i + 1 : verb.i + 4]
    return (any(t.lower_ == "death" for t in following[1:2]) and following[0].lower_ == "to") or (
        len(following) > 0 and following[0].lower_ in results
    )


# Besides the events of data/lexicons/event_nouns.txt (which the quote stage reads as no speakers), what
# harms: "the car bomb claimed eight", "the quake claimed hundreds".
HARMING_THINGS = frozenset({"bomb", "fire", "earthquake", "quake", "massacre"})


def claims_victims(verb: Token) -> bool:
    """ "The bombing claimed eight and injured 14", "... rocked the town claiming eight": "claim" with a count
    of people as object and an event as subject (or none, as a participle) means killed. "The group claimed
    two attacks" and "Rebels claimed eight villages" claim no victims."""
    if verb.lemma_.lower() != "claim":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not any(o.pos_ == "NUM" or person_group(o) or group_of(o) for o in objects):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False  # "claiming eight soldiers as prisoners": claimed as something, not killed
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        # "... rocked the town claiming eight": a participle of an event's clause, its object a bare count
        return verb.tag_ == "VBG" and all(o.pos_ == "NUM" for o in objects)
    # an event or a weapon claims victims ("the bombing claimed eight"), never a speaker ("the group claimed eight")
    harming = event_nouns() | HARMING_THINGS
    return subject.lemma_.lower() in harming or subject.lower_ in harming


# The type of a count of two harms no casualty type counts together ("the dead and missing"): a
# marker the extractor drops, since counting it as either harm would misstate that harm's series.
MIXED_HARMS = "mixed_harms"


def combined_type(first: str | None, second: str | None) -> str | None:
    """ "killed and wounded", "dead or injured" counted together: one combined casualty count; "dead
    and missing", "the killed and missing" counted together: `MIXED_HARMS`, a count of no one type (only
    the dead joined to the missing: a count of the wounded next to "missing" reads as the wounded)."""
    if {first, second} == {"killed", "wounded"}:
        return "killed_or_wounded"
    if {first, second} == {"killed", "missing"}:
        return MIXED_HARMS
    return None


def coordinated_verb_cue(verb: Token) -> str | None:
    """Type from a casualty verb coordinated with `verb` that shares its argument: "shot and killed",
    "abducted and killed" (the outcome), "killed and wounded dozens" (a combined count)."""
    for child in verb.children:
        if child.dep_ != "conj" or child.pos_ not in ("VERB", "ADJ"):
            continue
        if (
            any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in child.children)
            or any(t.like_num for t in child.doc[child.i + 1 : child.i + 5])
            or count_between(verb, child)
        ):
            continue  # "killed 5 and wounded 10": the second verb has its own figure
        inner = lexicon("types")["verbs"].get(child.lemma_.lower()) or lexicon("types")["words"].get(
            child.lower_
        )
        if inner is None and manner_of_killing(child):
            inner = "killed"
        if inner is None and goes_missing(child):
            # "have died or gone missing", "were jailed or went missing": either harm, one count of no one
            # type; "were abducted and remain missing": the outcome
            inner = MIXED_HARMS if any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children) else "missing"
        if inner:
            return inner
    return None


MISSING_STATE_VERBS = frozenset({"go", "be", "remain", "become"})


def goes_missing(verb: Token) -> bool:
    """ "gone missing", "went missing", "are missing": a verb of state whose complement is "missing"."""
    return verb.lemma_.lower() in MISSING_STATE_VERBS and any(
        c.lower_ == "missing" and c.dep_ in ("acomp", "advcl", "xcomp", "oprd", "attr") for c in verb.children
    )


def shares_the_victims(conjunct: Token) -> bool:
    """ "killed and crucified five civilians": a second verb with no subject of its own whose object is
    people shares the first verb's victims. Not "died ... and hospitals received 80 wounded" (a clause
    of its own) nor "dead and injured and destroying their ammo" (no people)."""
    if manner_of_killing(conjunct) or any(c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children):
        return False
    return any(c.dep_ == "dobj" and (group_of(c) or person_group(c)) for c in conjunct.children)


def count_between(verb: Token, conjunct: Token) -> bool:
    """True for "were killed and at least seven wounded", "killed ... and dozens were injured": a count
    written between two coordinated casualty verbs belongs to the second, which then has its own figure
    (the parse often hangs it elsewhere), so the two verbs are no combined count."""
    between = verb.doc[verb.i + 1 : conjunct.i]
    return any(is_count_word(t.lower_) for t in between if t.lower_ not in ("a", "an"))


def verb_cue(verb: Token) -> tuple[str | None, bool]:
    """(type, updates_earlier) of a verb that has the figure as an argument."""
    if still_to_be_pulled_out(verb):
        return "trapped", False  # "working to pull 20 people out of the rubble": not yet rescued
    if verb.lemma_.lower() in NO_HARM_VERBS and verb.pos_ == "VERB":
        # "were rescued and evacuated": a verb sharing the figure says its type; "rescued 12 hostages and
        # killed 5 kidnappers": a verb with a figure of its own lends the rescued no harm
        return coordinated_verb_cue(verb) or NO_HARM, False
    kind, updates = own_verb_cue(verb)
    other = coordinated_verb_cue(verb)
    head = verb.head
    if (
        other is None
        and verb.dep_ == "conj"
        and head.i < verb.i
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in head.children)
        and not count_between(head, verb)
    ):
        # "killed and wounded dozens": the figure hangs on the second verb, the first shares it.
        other = lexicon("types")["verbs"].get(head.lemma_.lower()) or lexicon("types")["words"].get(
            head.lower_
        )
        if both := combined_type(kind, other):
            return both, updates
        if kind is None and other is not None and shares_the_victims(verb):
            return other, updates  # "killed and crucified five civilians": the count is the first verb's too
        other = None
    if kind is None and other is None and (manner_of_killing(verb) or claims_victims(verb)):
        kind = "killed"
    if other is None:
        return kind, updates
    if both := combined_type(kind, other):
        return both, updates
    if other == MIXED_HARMS:
        return other, updates
    if kind is None or (
        other == "killed"
        and kind in ("detained", "wounded")
        and verb.lemma_.lower() not in ("injure", "wound")
    ):
        return other, updates  # "abducted and killed", "shot and killed": the outcome counts
    return kind, updates


def own_verb_cue(verb: Token) -> tuple[str | None, bool]:
    """(type, updates_earlier) of the verb itself, its lemma or the result word it governs."""
    types = lexicon("types")
    lemma = verb.lemma_.lower()
    if lemma in types["verbs"] and verb.pos_ in ("VERB", "AUX", "ADJ"):
        return types["verbs"][lemma], False
    if taken_captive(verb) or held_in_detention(verb):
        return "detained", False
    if lemma in types["human_object_verbs"] and not lost_by_departure(verb) and any(
        (c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "npadvmod" and c.i > verb.i)) and group_or_its_part(c)
        for c in verb.children
    ):
        return types["human_object_verbs"][lemma], False
    if verb.lower_ in types["words"] and verb.pos_ in ("VERB", "ADJ"):
        return types["words"][verb.lower_], False
    if taken_to_hospital(verb) or in_a_grave_condition(verb) or receiving_treatment(verb):
        return "wounded", False
    if driven_from_home(verb):
        return "displaced", False
    if under_the_rubble(verb) or any(c.dep_ == "xcomp" and under_the_rubble(c) for c in verb.children):
        return "trapped", False  # "remain under the rubble", "are believed buried under the rubble"
    if under_siege(verb):
        return "trapped", False  # "250,000 people remain under siege"
    for child in verb.children:
        # "are believed to have been killed", "were reported killed"; "were feared killed", where the
        # parse may hang the participle right after the verb on it as an adverbial clause
        complement = child.dep_ in ("xcomp", "ccomp", "oprd") or (child.dep_ == "advcl" and child.i == verb.i + 1)
        if complement and child.i > verb.i and child.pos_ in ("VERB", "ADJ"):
            inner = types["verbs"].get(child.lemma_.lower()) or types["words"].get(child.lower_)
            # "were reported killed or injured": the complement's coordinated harm makes a combined count
            inner = (combined_type(inner, coordinated_verb_cue(child)) or inner) if inner else None
            if inner and lemma in (
                "assume",
                "believe",
                "fear",
                "report",
                "say",
                "think",
                "confirm",
                "estimate",
                "understand",
                "know",
                "expect",
                "presume",
            ):
                return inner, False
        if lemma == "find" and child.dep_ in ("xcomp", "oprd", "ccomp") and child.i > verb.i and child.pos_ == "VERB":
            inner, _ = verb_cue(child)  # "was found shot dead", "were found beheaded"
            if inner == "killed":
                return inner, False
        if lemma == "fall" and child.dep_ == "prep" and child.lower_ == "as":
            # "25 people fell as martyrs" (how Syrian state media reports deaths), "fell as victims of"
            fallen_as = next((c for c in child.children if c.dep_ == "pobj"), None)
            if fallen_as is not None and fallen_as.lower_ in types["words"]:
                return types["words"][fallen_as.lower_], False
        # "lost their lives", "left 20 dead" (the parse may make "dead" the object), "were found dead", "are dead"
        if child.lower_ in ("lives", "life") and lemma in types["lives_verbs"]:
            return "killed", False
        # "three others sustained injuries", "80 suffered wounds of varying severity"
        if child.dep_ == "dobj" and names_an_injury(child) and lemma in types["injury_verbs"]:
            return "wounded", False
        if lemma == "suffer" and child.dep_ == "prep" and child.lower_ == "from" and any(
            o.dep_ == "pobj" and names_an_injury(o) for o in child.children
        ):
            return "wounded", False  # "40 suffering from burns", "suffered from suffocation"; not "from hunger"
        left_in_a_state = lemma == "leave" and child.dep_ in ("xcomp", "advcl") and child.tag_ == "VBG" and child.i > verb.i
        if left_in_a_state and verb_cue(child)[0] == "wounded":
            return "wounded", False  # "left 40 people suffering symptoms": the state they were left in
        if (
            (child.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advcl") or (child.dep_ == "dobj" and lemma == "leave"))
            and child.lower_ in types["words"]
            and lemma
            in ("leave", "be", "find", "remain", "go", "lie", "report", "confirm", "declare", "pronounce", "fall")
        ):
            # "were left killed and injured", "are dead or wounded": a result coordinated with another
            # casualty word is one combined count
            partner = next((c for c in child.children if c.dep_ == "conj" and c.lower_ in types["words"]), None)
            combined = combined_type(types["words"][child.lower_], types["words"][partner.lower_]) if partner is not None else None
            return combined or types["words"][child.lower_], False
    return None, False


# Nouns that spell a toll out as a count: "the number of injured", "a figure documented by X".
COUNT_NOUNS = frozenset({"number", "tally", "count", "figure"})


def number_of_casualties(noun: Token) -> str | None:
    """Type of "the number of injured/dead" (a toll spelled out), else None."""
    if noun.lemma_.lower() not in COUNT_NOUNS:
        return None
    if kind := participle_on_the_noun(noun, noun.i + 1):
        return kind  # "brought to 49 the number killed": the participle right after the noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                kind = harm_with_its_conjunct(noun, obj, lexicon("types")["words"].get(obj.lower_))
                if kind == "other" and obj.lower_ == "victims":
                    # "the number of victims is 70": the dead, unless a clause says otherwise
                    kind = child_cue(obj) or "killed"
                elif kind == "detained" and (fate := child_cue(obj)) in ("killed", "missing"):
                    kind = fate  # "the number of detainees who died under torture": what became of them
                if kind is None and (described := harm_before_the_noun(obj)):
                    kind = described  # "the number of forcibly disappeared persons"
                if kind is None and obj.dep_ == "pobj" and (group_of(obj) or obj.lower_ in ("those", "people")):
                    # "the number of people who were killed", "of civilians killed", "of those displaced"
                    # "the number of people abducted stands at 220": the parse may hang the participle on
                    # "number" itself; right after the counted people, it is still theirs.
                    kind = (
                        child_cue(obj) or participle_on_the_noun(noun, obj.right_edge.i + 1) or recorded_as(obj)
                        or cue_of_their_body(obj)
                    )
                if kind:
                    return kind
    return None


def harm_with_its_conjunct(noun: Token, obj: Token, kind: str | None) -> str | None:
    """ "the number of dead and injured": two words of harm counted together (killed_or_wounded); the
    parse may hang the second on "number" itself. `kind` (the first word's) for anything else."""
    words = lexicon("types")["words"]
    joined = (c for c in (*obj.children, *noun.children) if c.dep_ == "conj" and c.i > obj.i)
    return next((both for c in joined if (both := combined_type(kind, words.get(c.lower_)))), kind)


def harm_before_the_noun(noun: Token) -> str | None:
    """The harm a participle before a noun of people names: "forcibly disappeared persons", "injured
    civilians"; None for any other noun or modifier."""
    if not (group_of(noun) or noun.lower_ in ("people", "persons")):
        return None
    return next((kind for c in noun.children if c.dep_ == "amod" and c.i < noun.i and (kind := word_cue(c))), None)


def cue_of_their_body(members: Token) -> str | None:
    """ "the number of members of the Russian forces killed in Syria": the participle hangs on the body
    the counted people belong to (the object of their "of"); it is still what they are."""
    for prep in members.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for body in prep.children:
                if body.dep_ == "pobj" and (kind := child_cue(body)):
                    return kind
    return None


# Verbs of keeping count: "the number of people who were documented by the monitor of who were killed".
RECORD_VERBS = frozenset({"document", "record", "count", "verify", "register", "monitor"})


def recorded_as(counted: Token) -> str | None:
    """ "the number of people who were documented by the Observatory of who were killed": a relative
    clause saying who recorded the people counted; the casualty word inside it says what they are."""
    for clause in (c for c in counted.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in RECORD_VERBS):
        for token in clause.subtree:
            if token.i > clause.i and token.tag_ == "VBN" and (kind := word_cue(token)):
                return kind
    return None


def participle_on_the_noun(noun: Token, at: int) -> str | None:
    """The type a participle standing at token `at` and hanging on `noun` says ("the number killed")."""
    clause = next((c for c in noun.children if c.i == at and c.dep_ in ("acl", "amod", "relcl")), None)
    return word_cue(clause) if clause is not None else None


def names_an_injury(noun: Token) -> bool:
    """An injury noun ("injuries", "burns", "suffocation", "symptoms" of a harm done: `harm_causes`), or a
    condition of breathing ("breathing difficulties", "respiratory problems"); not a condition of anything
    else ("financial problems"), a disease's symptoms ("of cholera") nor "no symptoms"."""
    types = lexicon("types")
    lemma = noun.lemma_.lower()
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return False  # "showed no symptoms of poisoning"
    if lemma == "symptom":
        # symptoms of a harm done ("of chlorine exposure", "of suffocation"), not of a disease or the cold
        caused_by = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.subtree if o.dep_ in ("pobj", "compound")]
        return not caused_by or any(o.lemma_.lower() in types["harm_causes"] for o in caused_by)
    if lemma in types["injury_nouns"]:
        return True
    if lemma == "case":  # "suffered cases of suffocation" (how SANA reports gas attacks)
        return any(o.dep_ == "pobj" and names_an_injury(o) for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)
    # the word right before, whatever the parse made of it ("breathing" is a verb's form)
    return lemma in types["breathing_conditions"] and noun.i > 0 and noun.nbor(-1).lower_ in types["breathing_words"]


def postposed_number_of(verb: Token) -> str | None:
    """Type of a toll spelled out after its figure, the verb's subject a mere pronoun: "It rose to 47, the
    number of people who were killed in the massacre" (a word order of prose translated from Arabic)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lower_ not in ("it", "this", "which") or verb.pos_ not in ("VERB", "AUX"):
        return None
    for noun in (*verb.children, *subjects[0].children):
        # "dep": the parse leaves the toll loose after "at least" ("It rose to 47 at least, the number of ...")
        if noun.dep_ in ("appos", "npadvmod", "dobj", "attr", "dep") and noun.i > verb.i and (kind := number_of_casualties(noun)):
            return kind
    # "..., which rises to 54, including 16 children, the number of people who were killed": the parse may
    # hang the spelled-out toll on the last noun of a list between; it is still the value's, after a comma.
    doc = verb.doc
    for noun in doc[verb.i + 1 : verb.sent.end]:
        if noun.dep_ == "appos" and noun.i > 0 and doc[noun.left_edge.i - 1].text == "," and (kind := number_of_casualties(noun)):
            return kind
        if (
            noun.dep_ in ("dobj", "attr", "dep", "npadvmod") and doc[noun.left_edge.i - 1].text == ","
            and not any(t.pos_ in ("VERB", "AUX") and t.lower_ != "including" for t in doc[verb.i + 1 : noun.left_edge.i])
            and (kind := number_of_casualties(noun))
        ):
            return kind  # the parse hung the spelled-out toll on a verb before the rise ("there are ..., which rises to")
    # "It rose to 47 at least, the number of people who were killed ..., and among the casualties there are
    # 14 children": the parse may make the toll the subject of a clause further on ("are"); right after
    # the comma that closes the rise's own words, it is still the value's.
    comma = next((t for t in doc[verb.i + 1 : verb.sent.end] if t.text == ","), None)
    if comma is not None and all(t in verb.subtree for t in doc[verb.i + 1 : comma.i]):
        noun = next((t for t in doc[comma.i + 1 : verb.sent.end] if t.left_edge.i == comma.i + 1 and t.pos_ == "NOUN"), None)
        if noun is not None and noun.dep_ in ("nsubj", "nsubjpass", "dep"):
            return number_of_casualties(noun)
    return None


def child_cue(token: Token) -> str | None:
    """Type from a participle or relative clause on the counted noun ("civilians trapped", "people who died")."""
    for child in token.children:
        if child.dep_ in ("acl", "amod", "relcl", "advcl") and child.i > token.i:
            if child.dep_ == "relcl" and someone_else_s_clause(child):
                continue  # "a man whose son was killed": the son is the victim, not the man
            kind = word_cue(child)
            if kind is None and child.dep_ in ("relcl", "acl"):
                kind, _ = verb_cue(child)
            if kind:
                return kind
        # "10 people mostly schoolchildren killed in rocket attacks": the participle after the description
        if child.dep_ == "appos" and child.i > token.i and describes_the_victims(child) and (kind := child_cue(child)):
            return kind
    if under_siege(token):
        return "trapped"  # "the estimated 250,000 people now under siege there"
    return shared_participle_cue(token)


def shared_participle_cue(token: Token) -> str | None:
    """ "Five children and four medical staff killed by airstrikes", "22 children 6 teachers killed":
    a headline's participle hangs on the last of the coordinated counts and applies to them all; the
    type from a participle on a later conjunct (or, commas lost, an apposition) that counts people too."""
    for child in token.children:
        if child.dep_ in ("conj", "appos") and child.i > token.i and any(c.dep_ == "nummod" for c in child.children):
            participles = [c for c in child.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > child.i]
            if participles and (kind := word_cue(participles[0]) or verb_cue(participles[0])[0]):
                return kind
    return None


def relative_clause_cue(token: Token) -> tuple[str | None, bool]:
    """ "40 people who died on the road": the harm a relative clause on the counted noun names, not one of
    someone else ("a man whose son was killed") nor one they did ("who killed two soldiers"), and whether the clause is in the past perfect ("who had
    been wounded in an earlier raid": who they were, before the events told)."""
    for child in token.children:
        if child.dep_ != "relcl" or child.i < token.i or someone_else_s_clause(child):
            continue
        objects = [c.lemma_.lower() for c in child.children if c.dep_ in ("dobj", "dative")]
        verb = child.lemma_.lower()
        if verb == "lose" and objects == ["life"]:
            return "killed", False  # "12 who later lost their lives in hospital"
        if verb in ("sustain", "suffer", "receive") and set(objects) & {"injury", "wound"}:
            return "wounded", False  # "20 who sustained injuries"
        if objects or verb == "lose":
            continue  # "4 who killed two soldiers", "30 who had lost relatives": they acted, or lost others
        if kind := word_cue(child) or verb_cue(child)[0]:
            return kind, any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in child.children)
    return None, False


def someone_else_s_clause(clause: Token) -> bool:
    """Whether a relative clause's subject is someone "whose" ("a man whose son was killed"), not the
    noun the clause describes."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(g.lower_ == "whose" for g in c.children) for c in clause.children
    )

"""Nouns of a casualty sentence that name no victim: who did the harm ("A man shot 3 people dead",
"three attackers killed five people": `agent_of_harm`), a noun in apposition to a count ("killed dozens,
a figure disputed by ..."), which comments on the count or names who gives it, and whom a report is
given to ("confirmed the toll to an AFP correspondent": `hears_a_report`)."""

from __future__ import annotations

from spacy.tokens import Token

from .counts import is_number_token
from .cues import manner_of_killing, word_cue
from .lexicons import YEAR_RE, describes_the_victims, lexicon, place_read_as_an_object


def harm_verb_type(verb: Token) -> str | None:
    """The harm an active verb does to its object: a verb of killing or wounding ("killed", "wounded"),
    or a verb of a manner of killing completed by its result ("shot 3 people dead", "stabbed two men to
    death"). Its subject, with an object, is who did the harm, as for "killed" (`agent_of_harm`)."""
    kind = lexicon("types")["verbs"].get(verb.lemma_.lower())
    if kind is None and (manner_of_killing(verb) or any(result_follows(c) for c in verb.children)):
        return "killed"
    return kind


def comments_on_a_count(appos: Token) -> bool:
    """Whether a noun in apposition hangs on a count ("killed 30 terrorists, a figure Reuters could not
    verify", "dozens of civilians were killed, a figure disputed by the US military", "wounded 19, the
    head of the WHO, Tedros Adhanom Ghebreyesus, said"): a noun set beside a number says what the number
    is, or who gives it; it is no person harmed. The count is the head noun's number or the head itself."""
    head = appos.head
    return is_number_token(head) or any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in head.children)


def result_follows(obj: Token) -> bool:
    """ "shot 3 people dead", "stabbed two men to death": the word after the object is the result that
    completes its verb's manner of killing (`cues.manner_of_killing`: "shot", "stabbed", "hacked"), not a
    second toll written without a comma ("3 civilians killed 38 injured"), whatever the parse made of it."""
    verb, doc = obj.head, obj.doc
    results = lexicon("types")["manner_verbs"].get(verb.lemma_.lower())
    end = obj.right_edge.i + 1
    if obj.dep_ != "dobj" or not results or end >= len(doc):
        return False
    after = doc[end]
    if after.lower_ == "to" and end + 1 < len(doc):
        after = doc[end + 1]  # "to death"
    return after.lower_ in results and verb in after.ancestors


# Verbs of dying take no object: whoever is their subject is the victim.
INTRANSITIVE_HARM = frozenset({"die", "perish", "succumb"})


def agent_of_harm(token: Token) -> bool:
    """True for "three attackers killed five people", "two gunmen wounded a guard": the subject of an
    active casualty verb that has its own object is who did the harm, not a victim ("two people
    killed", a headline's passive, has no object and stays a figure)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "two gunmen and a driver killed ..."
    verb = token.head
    if token.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    if harm_verb_type(verb) not in ("killed", "wounded") and not takes_lives(verb):
        return False  # "thousands fled the city" are the displaced themselves
    if verb.lemma_.lower() in INTRANSITIVE_HARM:
        return False  # "13 civilians died in strikes around Foo the site of ...": an object is a comma lost
    # "Five Soldiers Executed 2016": a headline's passive whose year the parse takes for an object
    # "Gunman Killed Outside Mosque": a place whose preposition was read as a modifier is no object either
    objects = [c for c in verb.children if c.dep_ == "dobj" and not names_a_time(c) and not place_read_as_an_object(c)]
    # "left 100 killed and 400 wounded mostly women and children": in a run of tolls a described
    # "object" is no one harmed ("Two gunmen wounded mostly women" has no run and keeps its agent).
    in_a_run = verb.dep_ == "conj" or any(c.dep_ == "conj" and is_number_token(c) for c in token.children)
    return any((result_follows(obj) or not second_toll(obj)) and not (in_a_run and describes_the_victims(obj)) for obj in objects)


def takes_lives(verb: Token) -> bool:
    """ "The sniper took the life of a nurse", "a gunman claimed the lives of five people": a verb that takes
    or claims a life kills, and its subject did the killing. Not "a soldier lost his life" nor "four
    detainees took their own lives" (the subject is the one who died)."""
    return (
        verb.lemma_.lower() in lexicon("types")["lives_verbs"]
        and verb.lemma_.lower() != "lose"
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "life" and not any(m.lower_ == "own" for m in c.children)
            for c in verb.children
        )
    )


def names_a_time(token: Token) -> bool:
    """Whether a word is a date or time ("2016", "Friday", "last week"): never anyone harmed."""
    return token.ent_type_ in ("DATE", "TIME") or bool(YEAR_RE.fullmatch(token.text))


def second_toll(obj: Token) -> bool:
    """True for the object of "3 civilians killed 38 injured", "8 persons killed 58 others injured": a
    headline without commas whose "object" is a toll of its own, a casualty word right after it."""
    if obj.lower_ in ("others", "more"):
        return True
    after = obj.doc[obj.i + 1 : obj.i + 3]
    if len(after) and after[0].pos_ == "CCONJ":
        return False  # "The army killed 28 and wounded 30 militants": a second verb of the same subject
    return any(word_cue(t) for t in after[:1]) or (obj.like_num and any(word_cue(t) for t in after))


def hears_a_report(token: Token) -> bool:
    """ "A police source confirmed the death toll to an AFP correspondent": the object of "to" on a
    reporting verb is whom the report was given, no victim, whatever figure the verb reports, counted
    ("confirmed the toll to two journalists") or one person ("to an AFP correspondent")."""
    to = token.head
    return (
        token.dep_ == "pobj" and to.lower_ == "to" and to.dep_ == "prep"
        and to.head.lemma_.lower() in lexicon("sources")["reporting_verbs"]
    )

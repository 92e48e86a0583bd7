"""Nouns of a casualty sentence that name no victim: who did the harm ("A man shot 3 people dead"), a
noun in apposition to a count ("killed dozens, a figure disputed by ..."), which comments on the count or
names who gives it."""

from __future__ import annotations

from spacy.tokens import Token

from .counts import is_number_token
from .cues import manner_of_killing
from .lexicons import lexicon


def harm_verb_type(verb: Token) -> str | None:
    """The harm an active verb does to its object: a verb of killing or wounding ("killed", "wounded"),
    or a verb of a manner of killing completed by its result ("shot 3 people dead", "stabbed two men to
    death"). Its subject, with an object, is who did the harm, as for "killed" (`types.agent_of_harm`)."""
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

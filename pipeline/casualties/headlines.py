"""Headline constructions of one victim: a passive that drops its auxiliary ("Journalist killed in Aleppo"),
also after a verb of saying ("Army says soldier killed in ambush"), its participle or person noun read as a
proper noun by a tagger meeting title case ("Officer Killed, Two Wounded"), and a lead or clause that
drops its article. Each reads one token of a spaCy parse and answers for it."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicons import SPEECH_LEMMAS, lexicon, person_group, place_read_as_an_object

# Person nouns that name a victim of their own when a comma-less headline puts one before another ("Mother
# child killed"), where a compound of a rank or a body ("Army officer") names one person.
SEPARATE_VICTIM_GROUPS = frozenset({"family members", "children", "women", "men"})


def headline_passive_participle(token: Token) -> Token | None:
    """ "Journalist killed in Aleppo", "Photographer wounded by sniper fire", "Commander killed in airstrike,
    group says": a headline drops the auxiliary of a passive, and the parse makes the patient the subject
    of a participle with no object, or the root the participle describes. The participle, or None. Not
    "Gunmen killed two soldiers": a participle with an object is active."""
    if token.dep_ == "ROOT" or (token.dep_ == "dobj" and token.head.lemma_.lower() in SPEECH_LEMMAS):
        # the root the participle describes; or, after a verb of saying, the noun the parse made its object
        # ("Activists say child killed by sniper")
        return next((c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == token.i + 1), None)
    verb = token.head
    if token.dep_ == "compound" and participle_read_as_a_name(verb):
        return verb  # "Officer Killed, Two Wounded", "Journalist Hurt In Protest Clash"
    if (
        token.dep_ == "nsubj"
        and verb.tag_ == "VBN"
        and verb.dep_ in ("ROOT", "ccomp")
        and not any(c.dep_ in ("aux", "auxpass", "ccomp", "xcomp") for c in verb.children)
        and not any(c.dep_ == "dobj" and not place_read_as_an_object(c) for c in verb.children)
    ):
        return verb
    return None


# Headline participles of harm that a title-case tagger may read as proper nouns ("Officer Killed").
HARM_PARTICIPLES = frozenset({"killed", "wounded", "injured", "hurt"})


def harm_of_a_participle_read_as_a_name(token: Token) -> str | None:
    """The type a participle read as a proper noun gives the person noun it heads ("Officer Killed":
    killed; "Journalist Hurt": wounded); the parse hangs no verb over the noun to give it."""
    if token.dep_ == "compound" and participle_read_as_a_name(token.head):
        return harm_word_type(token.head)
    return None


def harm_word_type(word: Token) -> str | None:
    """The type a word of harm says as written ("killed", "Hurt": wounded), from the casualty lexicon."""
    return lexicon("types")["words"].get(word.lower_)


def participle_read_as_a_name(token: Token) -> bool:
    """ "Officer Killed, Two Wounded In Ambush": a title-case headline's participle of harm tagged a proper
    noun heads the person noun before it as a compound. Not a name ("Killed" is no entity) nor a
    participle in running text."""
    return token.tag_ == "NNP" and token.lower_ in HARM_PARTICIPLES and token.text.istitle() and not token.ent_type_


def person_noun_read_as_a_name(token: Token) -> bool:
    """ "Journalist killed in Aleppo", "Aleppo Teacher Killed": a headline's capitalised person noun that the
    tagger read as a proper noun; not a name ("Rami Abdel Rahman" is an entity) nor a plural."""
    return (
        token.tag_ == "NNP"
        and token.text.istitle()
        and not token.ent_type_
        and not (token.lower_.endswith("s") and not token.lower_.endswith("ss"))  # a plural, not "Actress"
        and person_group(token) is not None
    )


def opens_its_sentence_bare(token: Token) -> bool:
    """Whether a singular noun's phrase opens its sentence with no determiner: only adjectives and
    nouns before it, the first word capitalised ("Muslim cleric ...", "Local journalist ...")."""
    first = token.left_edge
    return first.i == token.sent.start and first.text[:1].isupper() and only_modifiers_before(token)


def only_modifiers_before(token: Token) -> bool:
    """Whether only adjectives and nouns stand in a noun's phrase before it: no article, no number."""
    return all(
        t.dep_ in ("amod", "compound") and t.pos_ in ("ADJ", "NOUN", "PROPN") for t in token.doc[token.left_edge.i : token.i]
    )


def opens_a_reported_headline(token: Token) -> bool:
    """ "Army says soldier killed in ambush", "Monitor reports child wounded by sniper": a headline's clause
    after a verb of saying drops its article as the headline does; the noun's phrase follows the verb (or
    "that") with only adjectives and nouns before it, as the subject of the clause or, as the parse may
    have it, the object of the verb of saying. Not "the army said soldiers ..." (plural) nor a clause whose
    noun has an article ("says a soldier was killed" is read as any article's noun)."""
    if token.dep_ == "nsubj" and token.head.dep_ == "ccomp":
        verb = token.head.head
    elif token.dep_ == "dobj":
        verb = token.head  # "Activists say child killed by sniper": the noun read as the verb's object
    else:
        return False
    if verb.lemma_.lower() not in SPEECH_LEMMAS:
        return False
    first = token.left_edge
    opener = token.doc[first.i - 1] if first.i > 0 else None
    if opener is not None and opener.lower_ == "that":
        opener = token.doc[opener.i - 1] if opener.i > 0 else None
    return opener is not None and opener.i == verb.i and only_modifiers_before(token)

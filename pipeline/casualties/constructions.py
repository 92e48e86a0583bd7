"""Counts written without a number of their own: one person named by a singular noun ("a photographer
was killed", "her husband") and a coordination of counted victims ("an elderly man and two boys were
killed" = 3). Ranges are in `ranges`, headline victims in `headlines`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..entities.lexicon import statement_nouns
from ..nlp import span_ents
from ..numbers import parse_number
from .counted import among_casualties
from .counts import NumberPhrase, is_non_casualty_noun, is_number_token
from .cues import child_cue, own_verb_cue, verb_cue
from .governing import governing_cue
from .headlines import (
    SEPARATE_VICTIM_GROUPS,
    harm_of_a_participle_read_as_a_name,
    harm_word_type,
    headline_passive_participle,
    opens_a_reported_headline,
    opens_its_sentence_bare,
    person_noun_read_as_a_name,
)
from .lexicons import lexicon, person_group
from .lists import followed_by_place
from .not_victims import agent_of_harm, comments_on_a_count, hears_a_report
from .pairs import both_of_a_pair
from .types import Candidate

# A singular person counts only as a victim of these: "a man who fled" is a witness, not a figure.
WORDED_TYPES = frozenset({"killed", "wounded", "missing", "detained", "killed_or_wounded"})


def in_lead(token: Token) -> bool:
    """True in the article's first sentence, where "the judge" introduces someone; later it points back
    to a person already counted ("the mother died shortly after")."""
    return not any(not t.is_space for t in token.doc[: token.sent.start])


# Who is killed or wounded is a person whatever the noun says ("a dentist", "a cultural adviser");
# a noun outside the person lexicon counts only as the patient of one of these.
PATIENT_TYPES = frozenset({"killed", "wounded"})
PATIENT_DEPS = frozenset({"nsubjpass", "dobj"})
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# Intransitive verbs of dying: their subject is the one who died, whatever the noun.
DYING_VERBS = frozenset({"die", "perish", "drown", "succumb"})


def harmed_patient(token: Token) -> bool:
    """True for the patient of a verb of killing or wounding: "a muezzin was shot dead", "gunmen killed
    an adviser", "a local leader has been hacked to death"; the noun need not be in the person lexicon.
    A conjunct takes its first conjunct's role ("a driver and a guard were killed")."""
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        if token.dep_ == "appos" and comments_on_a_count(token):
            return False  # "killed 30 terrorists, a figure Reuters could not verify": a comment on the count
        token = token.head  # "killed local activist Samir Haddad": the name is in apposition
    if token.dep_ == "nsubj" and token.head.pos_ == "VERB" and token.head.lemma_.lower() in DYING_VERBS:
        return True  # "a blogger died after being stabbed", "a fisherman drowned"
    if (participle := headline_passive_participle(token)) is not None:
        if any(c.dep_ == "compound" and person_group(c) in SEPARATE_VICTIM_GROUPS for c in token.children):
            return False  # "Mother child killed in bombardment": two people, their comma lost
        kind = verb_cue(participle)[0] or harm_word_type(participle)
        return kind in PATIENT_TYPES  # "Journalist killed in Aleppo", "Officer Killed" read as a name
    if token.dep_ not in PATIENT_DEPS or token.head.pos_ != "VERB":
        return False
    if token.dep_ == "dobj" and own_verb_cue(token.head)[0] is None and harmed_only_as_subject(token.head):
        return False  # "20 soldiers crossed the border and were killed": the border is no victim
    kind, _ = verb_cue(token.head)
    return kind in PATIENT_TYPES


def harmed_only_as_subject(verb: Token) -> bool:
    """Whether every verb coordinated with `verb` is passive ("crossed the border and were killed"):
    their patient is the shared subject, never `verb`'s object."""
    conjuncts = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return bool(conjuncts) and all(any(g.dep_ == "auxpass" for g in c.children) for c in conjuncts)


# Singular nouns of a body of people: "the army was hit" counts no one person.
# Nouns of a group or a body, never one person, even as a patient of killing ("a resistance movement").
COLLECTIVE_NOUNS = frozenset({
    "army", "police", "military", "personnel", "force", "crew", "team", "staff", "unit", "family", "movement",
    "group", "organisation", "organization", "party", "faction", "militia", "brigade", "battalion", "division",
    "regiment", "front", "coalition", "alliance", "network", "agency", "council", "committee", "government",
    "regime", "convoy", "delegation",
})  # fmt: skip


def singular_person(token: Token) -> NumberPhrase | None:
    """ "a photographer", "her husband", "another child", "the mayor" (first mentioned), or any singular
    noun a verb of killing or wounding has as patient ("a muezzin was shot dead"): one person, as a
    number phrase of value 1 spanning the determiner to the noun; None for anything else."""
    if (
        token.tag_ != "NN" and not person_noun_read_as_a_name(token) and not one_more_by_its_ordinal(token) and not an_age_for_a_person(token)
    ) or is_non_casualty_noun(token) or token.lemma_.lower() in COLLECTIVE_NOUNS:
        return None
    if token.lemma_.lower() in statement_nouns():
        return None  # "according to our information, among the killed civilians there are ...": no one
    if token.lemma_.lower() == "life" and any(c.dep_ == "poss" or life_of_someone(c) for c in token.children):
        # "a woman lost her life", "claimed the life of a child": the life is the person's, counted with
        # them ("another life" counts)
        return None
    if person_group(token) is None and not harmed_patient(token) and among_casualties(token) is None:
        return None  # "among the dead was a local emir": whoever is named among them is a person
    value = 2 if token.lemma_.lower() == "couple" else 1  # "an activist couple were killed"
    if any(c.dep_ in ("nummod", "quantmod") for c in token.children) or (person_group(token) is None and counts_a_plural(token)):
        return None
    if ranked_in_a_series(token):
        return None
    determiners = lexicon("person_nouns")["determiners"]
    for child in token.children:
        if child.i > token.i or child.dep_ not in ("det", "poss"):
            continue
        if child.dep_ == "poss" or child.lower_ in determiners or (
            child.lower_ == "the" and (in_lead(token) or named_among_the_counted(token))
        ):
            start = min(t.i for t in child.subtree) if child.dep_ == "poss" else child.i
            span = token.doc[start : token.i + 1]
            return NumberPhrase(start, token.i + 1, span.text, value, False, token)
    if shares_a_determiner(token):
        # "a woman and child were killed": the bare conjunct is one more person, its article shared
        return NumberPhrase(token.i, token.i + 1, token.text, value, False, token)
    if (opens_its_sentence_bare(token) or opens_a_reported_headline(token)) and (
        harmed_patient(token) or among_the_counted_in_a_headline(token)
    ):
        # "Muslim cleric working for state radio was shot dead": a lead that drops its article
        start = token.left_edge.i
        return NumberPhrase(start, token.i + 1, token.doc[start : token.i + 1].text, value, False, token)
    return None


def life_of_someone(child: Token) -> bool:
    """Whether a child of "life" is "of" with a person or a count as its object ("the life of a child")."""
    return child.dep_ == "prep" and child.lower_ == "of" and any(
        o.dep_ == "pobj" and (person_group(o) is not None or o.like_num or o.pos_ == "PROPN") for o in child.children
    )


INCLUDING_WORDS = frozenset({"including", "among"})


def among_the_counted_in_a_headline(token: Token) -> bool:
    """ "Journalist among five killed in shelling", "Opposition minister among 12 dead": a headline without
    its verb names one of a toll's victims as the noun "among" hangs on (a part of 1)."""
    return token.dep_ == "ROOT" and among_casualties(token) is not None


def shares_a_determiner(token: Token) -> bool:
    """ "a woman and child", "an old man and boy", "one woman and child", "her father and mother", "her
    mother, father and ...": a bare singular person noun joined to one with an indefinite article, "one"
    or a possessive is one person too. Not "a woman and children" (plural), not a noun with words of
    its own before it ("a woman and local child" reads as a name list), not after "the"."""
    first = token.head
    if token.dep_ != "conj" or first.i >= token.i or first.tag_ != "NN" or person_group(first) is None:
        return False
    if any(c.i < token.i for c in token.children):
        return False
    between = token.doc[first.i + 1 : token.i]
    if first.dep_ in ("nsubj", "nsubjpass") and singular_verb(first.head):
        return False  # "A father and husband was killed": one person described twice
    return [t.lower_ for t in between] in (["and"], [","]) and any(
        (c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one")) or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in first.children
    )


def singular_verb(verb: Token) -> bool:
    """Whether a verb agrees with a singular subject: "was killed", "is missing", "dies"."""
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t.lower_ in ("was", "is", "has") or t.tag_ == "VBZ" for t in forms)


def named_among_the_counted(token: Token) -> bool:
    """ "eight IS members were killed including the bomber", "... among them the driver": a definite
    singular named as one of a toll's victims is one of them, first mention or not (a sub-count of 1;
    `in_lead` alone admits "the" only where a victim is first mentioned)."""
    preposition = token.head
    if token.dep_ == "pobj" and preposition.lower_ in INCLUDING_WORDS and preposition.head.pos_ in ("NOUN", "VERB", "NUM"):
        return True
    # "..., among them the driver": the parse hangs the noun on the verb; the words before it say so
    start = token.left_edge.i
    return start >= 2 and token.doc[start - 1].lower_ in ("them", "those") and token.doc[start - 2].lower_ == "among"


ORDINAL_WORDS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest"}
)


def one_more_by_its_ordinal(token: Token) -> bool:
    """ "Three people were killed and a fourth was wounded": "a" and an ordinal, tagged an adjective, as the
    subject of a verb stand for one more person of those just counted ("a third", tagged a noun, is read
    as any noun is)."""
    return (
        token.tag_ == "JJ"
        and token.lower_ in ORDINAL_WORDS
        and token.dep_ in SUBJECT_DEPS
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    )


def an_age_for_a_person(token: Token) -> bool:
    """ "A 10-year-old was among those killed", "a 35-year-old was shot dead": an age with "a" and no noun
    after it stands for one person of that age."""
    return (
        token.tag_ == "JJ"
        and token.lower_ == "old"
        and token.dep_ in (*SUBJECT_DEPS, "dobj")
        and any(c.dep_ == "npadvmod" and c.lemma_.lower() in ("year", "month") for c in token.children)
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)
    )


def ranked_in_a_series(token: Token) -> bool:
    """ "the eighth journalist killed this year", "the second reporter killed": an ordinal ranks a victim
    the text already counted ("A reporter was shot dead, the eighth journalist killed this year"); it
    adds no one. With "a" it adds one more: "a second child succumbed to his wounds"."""
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return False
    return any(
        c.dep_ == "amod" and (c.lower_ in ORDINAL_WORDS or c.ent_type_ == "ORDINAL") for c in token.children
    )


BODY_NOUNS = frozenset({"body", "corpse"})
RECOVERY_VERBS = frozenset({"find", "pull", "recover", "retrieve", "discover", "dig", "exhume", "wash"})


def a_body_recovered(token: Token) -> NumberPhrase | None:
    """ "Another body was pulled from the rubble", "rescuers recovered a body": one body found is one
    killed. Not "the body of ..." (a victim already counted, or a picture of one), nor a body of people."""
    if token.lemma_.lower() not in BODY_NOUNS or token.tag_ != "NN" or token.dep_ not in ("nsubjpass", "dobj"):
        return None
    article = next((c for c in token.children if c.dep_ == "det" and c.lower_ in ("a", "an", "another", "one")), None)
    if article is None or token.head.lemma_.lower() not in RECOVERY_VERBS or any(c.lower_ == "of" for c in token.children):
        return None
    return NumberPhrase(article.i, token.i + 1, token.doc[article.i : token.i + 1].text, 1, False, token)


def one_more_of_the_counted(token: Token) -> NumberPhrase | None:
    """ "Two policemen were killed and a third was wounded", "killing three brothers and injuring a fourth":
    "a third" (an article and an ordinal with no noun) subject or object of a verb of harm is one more
    person of those counted before it in the sentence."""
    if token.lower_ not in ORDINAL_WORDS or token.dep_ not in ("nsubj", "nsubjpass", "dobj") or token.head.pos_ != "VERB":
        return None
    article = next((c for c in token.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    if article is None or any(c.dep_ in ("prep", "compound") for c in token.children):
        return None  # "a third of the city": a fraction
    counted = [t for t in token.sent if t.i < token.i and t.dep_ == "nummod" and person_group(t.head)]
    if not counted:
        return None
    return NumberPhrase(article.i, token.i + 1, token.doc[article.i : token.i + 1].text, 1, False, token)


def counts_a_plural(token: Token) -> bool:
    """ "a total of 68 people", "a number of civilians": a noun whose "of" names many is a quantity of
    people, not one person (the count, if any, is the figure). Only for nouns that name no person:
    "the mother of two children" is one."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(
            o.dep_ == "pobj" and (o.tag_ in ("NNS", "NNPS", "CD") or o.like_num) for o in prep.children
        )
        for prep in token.children
    )


def singular_victims(sent: Span, taken: set[int]) -> list[Candidate]:
    """One person a casualty cue governs: "a photographer was killed by a sniper", "killing a woman",
    "her husband died". Type and group come from the verb and the noun."""
    found = []
    for token in sent:
        if token.i in taken:
            continue
        phrase = singular_person(token) or one_more_of_the_counted(token) or a_body_recovered(token) or both_of_a_pair(token)
        if phrase is None or any(i in taken for i in range(phrase.start, phrase.end)):
            continue
        if token.dep_ == "pobj" and token.head.head.lemma_.lower() in ("body", "corpse", "remains"):
            continue  # "the body of an infant is retrieved": a picture of a victim, not a report
        if agent_of_harm(token):
            continue  # "a gunman killed two people": who did the harm
        if restates_a_count(token):
            continue  # "killed two men, a father and his son": the count, named again
        if speaks_next(token) or hears_a_report(token):
            continue  # comma-less "... killed four children an informed source told Sputnik": who reports
        if token.dep_ == "dobj" and token.head.lemma_.lower() in lexicon("types")["injury_verbs"]:
            continue  # "a man suffered a head wound": the one who suffers is hurt, not the object
        kind, updates, parent = governing_cue(token, phrase)
        kind = kind or child_cue(token) or among_casualties(token) or ("killed" if token.lemma_.lower() in BODY_NOUNS else None)
        kind = kind or harm_of_a_participle_read_as_a_name(token)
        if kind in WORDED_TYPES or named_among_the_victims(token, kind):
            found.append(
                Candidate(phrase, token, kind, person_group(token) or "people", updates, token, parent)
            )
    return found


def named_among_the_victims(token: Token, kind: str | None) -> bool:
    """ "Ten people were killed. Among the victims were a woman and her 3 children.": one person named
    among "the victims" is of no stated harm (type other), as a count there is; the toll before gives
    both its type (`extract.parts_of_an_earlier_toll`)."""
    return kind == "other" and among_casualties(token) == "other"


def restates_a_count(token: Token) -> bool:
    """Whether a noun (or the first of its conjuncts) is in apposition to a counted noun, a person or a
    noun counted as one person (`singular_person`): "two men, a father and his son", "a teacher, a father
    of three", "Police killed the suspect, a 28-year-old man" say again who was counted. A name's
    apposition ("Abu Jahjah, a Tunisian fighter, was killed") is the one figure of the named victim."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    if token.dep_ != "appos":
        return False
    head = token.head
    if is_number_token(head):
        return True  # "wounded 19, the head of the WHO, said": beside a bare count, a noun says who gives it
    count = next((c for c in head.children if c.dep_ in ("nummod", "quantmod") or c.like_num), None)
    if count is not None:
        # "two men, a father and his son": the people named add up to the count; "10 civilians, a rebel
        # commander and his bodyguard" (a list the parser reads as an apposition) name more
        return not person_group(token) or people_named(token) == parse_count(count)
    # "a teacher, a father of three" describes one person; "a nurse, a driver and a guard" (an
    # apposition with conjuncts of its own, as the parser may read a list) names more
    return (person_group(head) is not None or singular_person(head) is not None) and not any(
        c.dep_ == "conj" for c in token.children
    )


def people_named(first: Token) -> int:
    """How many people a coordination names from its first conjunct: one a singular noun, n a noun
    counted by n ("a father and his two sons" = 3)."""
    total = 0
    for item in [first, *(t for t in first.subtree if t.dep_ == "conj")]:
        number = next((c for c in item.children if c.dep_ == "nummod"), None)
        total += (parse_count(number) or 1) if number is not None else 1  # a vague number ("several") counts once
    return total


def parse_count(token: Token) -> int | None:
    """The value of a number token ("two", "10"), None when it has none ("several")."""
    parsed = parse_number(token.text)
    return parsed.value if parsed is not None else None


def speaks_next(token: Token) -> bool:
    """Whether a noun's phrase runs straight into a reporting verb that has no subject after it ("... an
    informed source in Homs told Sputnik", "a local official said"): the noun is the one reporting, whatever
    the parse hung it on. "killed a woman, police said" has its subject after the comma-less break only
    when the noun is a source's ("a police source said")."""
    end = token.right_edge.i + 1
    doc = token.doc
    while end < len(doc) and doc[end].dep_ == "prep" and doc[end].left_edge.i == end:
        end = doc[end].right_edge.i + 1  # "a source at Aleppo Police Command said": the parse hung the "at" elsewhere
    if end < len(doc) and doc[end].lower_ in ("and", "or"):
        # "... wounded dozens an opposition group and residents said": a joint source runs on to the verb
        nxt = end + 1
        while nxt < len(doc) and nxt - end <= 4 and doc[nxt].pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
            nxt += 1
        if nxt > end + 1:
            end = nxt
    if end >= len(doc):
        return False
    verb = doc[end]
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon("sources")["reporting_verbs"]:
        return False
    if verb.tag_ == "VBN" or any(c.dep_ == "xcomp" for c in verb.children):
        return False  # "a reporter said to be working for Orient News": a reduced relative clause
    # "said the police" (inverted; the parse may call it an object); "told Sputnik" names the addressee
    subject_after = any(
        c.i > verb.i
        and (c.dep_ in ("nsubj", "nsubjpass") or (c.dep_ in ("dobj", "attr") and verb.lemma_.lower() != "tell"))
        for c in verb.children
    )
    return not subject_after or token.lower_ in lexicon("sources")["source_holder_nouns"]


def named_victims(sent: Span, taken: set[int]) -> list[Candidate]:
    """One named person a verb of killing or wounding has as patient: "Iraqi activist Ali Hassan was shot
    dead", "gunmen killed Ali Hassan". The name is the figure's text, its role word its group."""
    found = []
    for ent in span_ents(sent):
        root = ent.root
        if ent.label_ != "PERSON" or root.tag_ != "NNP" or any(t.i in taken for t in ent):
            continue
        if root.dep_ == "appos" and root.head.i in taken:
            continue  # "an activist, Samir Haddad": the person is already counted
        if not harmed_patient(root):
            continue
        kind, updates, parent = governing_cue(root, NumberPhrase(ent.start, ent.end, ent.text, 1, False, root))
        if kind not in PATIENT_TYPES:
            continue
        role = next((t for t in root.children if t.dep_ == "compound" and person_group(t)), None)
        group = (person_group(role) if role is not None else None) or "people"
        phrase = NumberPhrase(ent.start, ent.end, ent.text, 1, False, root)
        found.append(Candidate(phrase, root, kind, group, updates, root, parent))
    return found


def counted_token(cand: Candidate) -> Token:
    return cand.victim if cand.victim is not None and cand.victim.i >= cand.phrase.start else cand.phrase.root


def coordinated_groups(cands: list[Candidate]) -> list[list[int]]:
    """Indexes of candidates whose counted nouns are conjuncts of one another ("an elderly man and two
    boys", "two women and three children") or companions of the verb's patient ("killed with four
    others"), same type, none a sub-count nor a place's item of a list: each list in text order, two or
    more long."""
    index = {counted_token(c).i: k for k, c in enumerate(cands)}
    groups: dict[int, list[int]] = {}
    for k, cand in enumerate(cands):
        root = first_item_of_its_list(counted_token(cand), index)
        partner = comitative_patient(root, index)
        if partner is not None:
            groups.setdefault(index[partner.i], [index[partner.i]]).append(k)
            continue
        groups.setdefault(index[root.i], []).append(k)  # a group of one is dropped below
    kept = []
    for members in groups.values():
        members = sorted(set(members))
        kinds = {cands[k].type for k in members}
        # The sentence reports the victims together ("two women and three children were killed" = 5, "an
        # elderly man and two boys" = 3). Not a list of places ("five in Maadi, two in Kallaseh"): each
        # count there is its own place's figure.
        if (
            len(members) >= 2
            and len(kinds) == 1
            and all(cands[k].parent_token is None for k in members)
            and sum(followed_by_place(cands[k].phrase, cands[k].phrase.root.doc, past_its_noun=True) for k in members) < 2
        ):
            kept.append(members)
    return kept


def first_item_of_its_list(token: Token, index: dict[int, int]) -> Token:
    """The counted token (a key of `index`) that opens the list `token` is an item of, through
    conjuncts, lists read as appositions and lists split into subjects; `token` itself when it opens
    one or stands alone."""
    root = token
    while True:
        if (root.dep_ == "conj" or list_read_as_apposition(root)) and root.head.i in index:
            root = root.head
        elif (earlier := first_item_read_as_a_subject(root)) is not None and earlier.i in index:
            root = earlier
        else:
            return root


def first_item_read_as_a_subject(token: Token) -> Token | None:
    """ "A man, his wife and their 5 children were among the dead": the parse makes the list's first item
    a subject of its own beside the rest ("his wife and their 5 children"). The subject of the same verb
    right before `token`, a comma alone between, when `token` goes on with "and" conjuncts; else None
    ("Two men, five women ..." has no "and": no list the parse split)."""
    if token.dep_ not in SUBJECT_DEPS or not any(c.dep_ == "conj" for c in token.children):
        return None
    doc = token.doc
    earlier = [c for c in token.head.children if c.dep_ in SUBJECT_DEPS and c.i < token.i]
    if not earlier:
        return None
    first = earlier[-1]
    # only the first item's own words ("A man from the town"), then the comma
    between = doc[first.i + 1 : token.left_edge.i]
    own = {t.i for t in first.subtree}
    if not between or between[-1].text != "," or any(t.i not in own or t.text == "," or t.pos_ in ("VERB", "AUX") for t in between[:-1]):
        return None
    return first


def list_read_as_apposition(token: Token) -> bool:
    """ "a man his wife and their 5 children": a list whose commas were lost, which the parse reads as an
    apposition with conjuncts of its own on a person named alone. Not "two men, a father and his son"
    (an apposition to a count names its people again: `restates_a_count`)."""
    return (
        token.dep_ == "appos"
        and any(c.dep_ == "conj" for c in token.children)
        and not any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in token.head.children)
    )


def comitative_patient(token: Token, index: dict[int, int]) -> Token | None:
    """ "The mayor was killed along with his wife and 10 other people", "a soldier was killed together
    with three civilians", "was killed with four others": victims in a "with" phrase of the verb of
    killing share its fate with the verb's own patient, and the sentence reports them all. The patient
    (a counted token in `index`), or None when `token` is no such companion ("killed with a knife"
    counts no one)."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "along with his wife and 10 other people": the first companion's phrase
    if token.dep_ != "pobj" or token.head.lower_ != "with":
        return None
    verb = token.head.head
    if verb.lower_ in ("along", "together") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ in PATIENT_DEPS and c.i in index and c.i != token.i), None)

"""Antecedents of "he", "she" and "it" besides the speakers quoted: persons and bodies that are the subject
of a clause, lone given names in apposition to a person noun, unnamed members of named bodies, and unnamed
persons the text introduces without a report ("A teacher at the school saw the bombs fall.")."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from ..entities.lexicon import kunya_gender
from ..nlp import doc_ents
from ..speakers import (
    FEMALE_PRONOUNS,
    FEMALE_WORDS,
    MALE_PRONOUNS,
    MALE_WORDS,
    ORG_SPEAKER_LABELS,
    KnownSpeaker,
    SpeakerHistory,
    described_gender,
    role_words,
    side_of,
)
from .descriptions import body_of_its_member, unnamed_description
from .heads import after_a_preposition, past_a_bare_dateline, root_noun_subject
from .parsed import ParsedArticle

# Kin without a gender of their own ("His cousin Rami"): persons all the same.
GENDERLESS_KIN_WORDS = frozenset({"cousin", "neighbour", "neighbor"})
KIN_WORDS = GENDERLESS_KIN_WORDS | {"child", "colleague", "friend"}
PRIVATE_PERSON_WORDS = FEMALE_WORDS | MALE_WORDS | GENDERLESS_KIN_WORDS | {"year-old"}
TRADE_WORDS = frozenset({"shopkeeper", "baker", "farmer", "driver", "student", "refugee", "trader", "vendor"})


ASKED_VERBS = frozenset({"ask", "press", "question", "quiz", "challenge", "interview"})


def clause_subjects(article: ParsedArticle) -> list[KnownSpeaker]:
    """Persons and bodies that are the subject of a clause, outside quotes, in text order: the
    antecedents "he", "she" and "it" look back to besides the speakers quoted."""
    if article.subjects is None:
        article.subjects = []
        for entity in article.entities:
            government = entity.label == "GPE" and side_of(entity.canonical) not in (None, "unknown", "other")
            if not (entity.label in ("PERSON", *ORG_SPEAKER_LABELS) or government) or article.in_quote(entity.start):
                continue  # "Ankara sent troops in an incursion that it said ...": a country or seat is an "it"
            if article.in_report(entity.start):
                continue  # "Obama said Assad must go. He added ...": Assad is talked about, not talking
            token = article.doc[article.token_at(entity.start)]
            inside = [t for t in token.sent if entity.start <= t.idx < entity.end]
            if (
                any(t.dep_ == "nsubj" and not after_a_preposition(t) for t in inside)
                # "Erdogan was asked whether he would meet Assad": the person asked answers next
                or any(t.dep_ == "nsubjpass" and t.head.lemma_.lower() in ASKED_VERBS for t in inside)
                or any(_names_the_subject(t, entity.start, entity.end) for t in inside)
                or closes_a_described_subject(inside)
                or any(root_noun_subject(c) is not None for t in inside for c in t.children)
                # "GAZIANTEP — Jane Doe, a tailor, kept the key": the parse makes the bare dateline the subject
                or any(t.dep_ == "appos" and t.head.dep_ == "nsubj" and past_a_bare_dateline(t.head, article).i == t.i for t in inside)
            ):
                gender = (apposed_gender(inside) or kunya_gender(entity.canonical)) if entity.label == "PERSON" else None
                article.subjects.append(KnownSpeaker(entity.canonical, entity.label, None, None, entity.start, gender))
        article.subjects += (
            given_names_of_subjects(article) + members_of_bodies_as_subjects(article) + unnamed_persons_as_subjects(article)
        )
        article.subjects.sort(key=lambda k: k.position)
    return article.subjects


def members_of_bodies_as_subjects(article: ParsedArticle) -> list[KnownSpeaker]:
    """ "A spokesman for Jaish al-Fatah denied the charge. '...,' he said": an unnamed member of a named body
    as a clause's subject speaks for the body (tests/gold/GUIDELINES.md), so "he" or "she" right after is
    the body, as after "an AFP correspondent" (`through_a_person`)."""
    found = []
    for token in article.doc:
        if token.dep_ != "nsubj" or token.pos_ != "NOUN" or article.in_quote(token.idx) or article.in_report(token.idx):
            continue
        body = body_of_its_member(article, token)
        if body is not None:
            found.append(KnownSpeaker(body[0], body[1], None, None, token.idx, through_a_person=True))
    return found


def apposed_gender(name: list[Token]) -> str | None:
    """The gender the noun a person's name is in apposition with says: "His daughter Rasha", "Amal
    Hamdan, a mother of three," -> "f"; None when that noun says none."""
    ids = {t.i for t in name}
    nouns = [t.head for t in name if t.head.i not in ids] + [c for t in name for c in t.children if c.dep_ == "appos" and c.i not in ids]
    return next((g for noun in nouns if noun.pos_ == "NOUN" and (g := described_gender(noun.lower_))), None)


def given_names_of_subjects(article: ParsedArticle) -> list[KnownSpeaker]:
    """ "His daughter Rasha, an architect, helps with the restoration. She said ...": a lone given name
    the entity stage does not vouch for (it is so often a misread place or word) is still a person when
    the text puts it in apposition to a person noun that is a clause's subject; an antecedent of "he"
    and "she", with the gender that noun says."""
    found = []
    for ent in doc_ents(article.doc):
        if ent.label_ != "PERSON" or len(ent) != 1 or article.entity_covering(ent[0]) is not None:
            continue
        token = ent[0]
        if article.in_quote(token.idx) or article.in_report(token.idx):
            continue
        if _names_the_subject(token, token.idx, token.idx + len(token)) and (token.head.lemma_.lower() in role_words() or token.head.lower_ in FEMALE_WORDS | MALE_WORDS | KIN_WORDS):
            found.append(KnownSpeaker(token.text, "PERSON", None, None, token.idx, apposed_gender([token])))
    return found


def _names_the_subject(token: Token, start: int, end: int) -> bool:
    """ "Robert Mardini ICRC regional director ... told Reuters": comma-less, the parser makes the role
    noun the subject and the name its compound or apposition; the name still names the subject."""
    head = token.head
    return (
        not start <= head.idx < end
        and token.dep_ in ("compound", "appos", "nmod")
        and head.dep_ == "nsubj"
        and head.pos_ == "NOUN"
        and abs(head.i - token.i) <= 6
    )


def closes_a_described_subject(name: list[Token]) -> bool:
    """ "A key ally of the Syrian government, Russia, began air strikes": a name in apposition that closes
    a described subject, right before its verb, names the subject, though the parse hangs it on the last
    noun of the description ("government"). Not "The ally of Russia began ..." (an object of "of": the
    ally, not Russia, is the subject), nor a name with more words after it before the verb."""
    if not name:
        return False
    doc = name[0].doc
    after = name[-1].i + 1
    if after < len(doc) and doc[after].text == ",":
        after += 1
    apposed = [t for t in name if t.dep_ == "appos" and t.head not in name]
    if not apposed or after >= len(doc):
        return False
    subject = next((a for a in apposed[0].ancestors if a.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ == "NOUN" and subject.head.i == after


INTRODUCING_DETERMINERS = frozenset({"a", "an", "another", "one"})
# The gender each personal pronoun says (speakers' pronoun sets; "they" says none).
PRONOUN_GENDER = {**dict.fromkeys(MALE_PRONOUNS, "m"), **dict.fromkeys(FEMALE_PRONOUNS | {"hers"}, "f")}
PERSON_PRONOUNS = frozenset(PRONOUN_GENDER) | {"they", "them", "their"}
OTHER_GENDER = {"m": "f", "f": "m"}
# What befalls a victim: "A boy died in the raid" introduces no one who will speak.
VICTIM_VERBS = frozenset({"die", "perish", "succumb", "drown", "suffocate"})
# A noun phrase's own modifiers that are no part of a description ("a teacher who saw ...": the clause).
CLAUSE_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "punct", "cc", "conj"})


def unnamed_persons_as_subjects(article: ParsedArticle) -> list[KnownSpeaker]:
    """ "Adam Doe of the rights group condemned the attack. A teacher at the school saw the bombs fall. '...,'
    she said": a person the text introduces without a name ("a teacher", "his wife", "another witness") as the
    subject of a main clause, outside any quote or report, is the nearest antecedent of "he" or "she" there,
    as an unnamed source with the gender its noun says ("his wife": "she"). Not while the person the text is
    about stays in view: a pronoun in the same sentence ("A soldier stopped him"), a possessive of the same
    gender ("His son joined the rebels"); not a victim ("A boy died"), nor a member of a named body, who
    speaks for the body (`members_of_bodies_as_subjects`)."""
    roles = role_words()
    found = []
    for token in article.doc:
        if token.dep_ != "nsubj" or token.tag_ != "NN" or roles.get(token.lemma_.lower()) != "person":
            continue
        determiner = next((c for c in token.children if c.dep_ == "det" and c.lower_ in INTRODUCING_DETERMINERS), None)
        possessor = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if determiner is None and possessor is None:
            continue  # "the teacher" points back; a bare noun is a name's title
        gender = described_gender(token.lower_)
        if possessor is not None and (gender is None or gender == PRONOUN_GENDER.get(possessor.lower_)):
            continue  # "His son joined the rebels. '...,' he said": the father the text is about still speaks
        verb = token.head
        if verb.dep_ not in ("ROOT", "conj") or (verb.dep_ == "conj" and verb.head.dep_ != "ROOT"):
            continue  # "asked by her son where his father was": a clause inside another
        if determiner is not None:
            # "A soldier stopped him at the checkpoint": the person the text is about is still in view, so a
            # "he" after it is that person; a "she" can only be the soldier ("A nurse treated him. '...,' she
            # said"). A plural or two genders in view: the focus person, whoever speaks.
            own = {w.i for w in token.subtree}
            in_view = {PRONOUN_GENDER.get(t.lower_) for t in token.sent if t.lower_ in PERSON_PRONOUNS and t.i not in own}
            if in_view:
                if None in in_view or len(in_view) > 1 or gender in in_view:
                    continue
                gender = gender or OTHER_GENDER[in_view.pop()]
        if token.head.lemma_.lower() in VICTIM_VERBS or article.in_quote(token.idx) or article.in_report(token.idx):
            continue
        if body_of_its_member(article, token) is not None:
            continue
        if any(c.dep_ in ("compound", "appos", "nmod") and c.ent_type_ == "PERSON" for c in token.children) or any(
            c.dep_ == "nsubj" and c.i < token.i and c.ent_type_ == "PERSON" for c in token.head.children
        ):
            continue  # "Jane Doe a spokesman for the group described ...": comma-less, the name is the subject
        words = [t for t in token.subtree if not any(a.dep_ in CLAUSE_DEPS and a.i != token.i for a in (t, *t.ancestors) if a.i in {w.i for w in token.subtree})]
        text = article.doc[words[0].i : words[-1].i + 1].text if words else token.text
        found.append(
            KnownSpeaker(None, "PERSON?", None, None, token.idx, gender or described_gender(text), description=unnamed_description(text))
        )
    return found


# Heads that say only what kind of body speaks: "The company said" after "Shell reported higher profits"
# is Shell, the body the text has just been about, whether or not it spoke before.
BUSINESS_KIND_WORDS = frozenset({
    "company", "firm", "lender", "carmaker", "automaker", "insurer", "airline", "retailer", "manufacturer",
})  # fmt: skip
NEWSPAPER_KIND_WORDS = frozenset({"newspaper", "daily", "paper"})
# A broadcaster's kind: "Al Jazeera reported ... The channel said" (`is_a_broadcaster`)
BROADCASTER_KIND_WORDS = frozenset({"channel", "broadcaster", "station", "television"})
BROADCASTER_NAME_RE = re.compile(r"\b(?:TV|Television|Channel|Radio|Broadcasting|Broadcaster)\b", re.IGNORECASE)
CHARITY_SIDES = frozenset({"rescuers and medics", "UN and humanitarian agencies"})
BODY_KIND_WORDS = BUSINESS_KIND_WORDS | NEWSPAPER_KIND_WORDS | BROADCASTER_KIND_WORDS | {"charity"}
# Not "group" or "agency": in war reporting "the group" is as often one the text never names, and "the
# agency" the news agency carrying the story (with "agency", the held-back split's figures lost a speaker).


def is_of_the_kind(name: str, label: str | None, word: str) -> bool:
    """Whether a named body can be what a kind word describes: a newspaper is a publication of the registry; a
    business is no outlet, armed group or body of a known side (a government, a monitor: "AFP reported ...
    The company said" is not AFP); a charity is a humanitarian body or one of no known side."""
    from ..outlets.registry import outlet_registry  # here: the outlets package reads quotes' lexicons

    entry = outlet_registry().named(name)
    outlet, side = entry is not None, side_of(name)
    if word in BROADCASTER_KIND_WORDS:
        return is_a_broadcaster(name, entry.name if entry is not None else None)
    if word in NEWSPAPER_KIND_WORDS:
        # a publication of the registry's, not a news agency's wire ("AFP reported ... The paper said" is
        # no AFP) nor a monitor or a party's body that also publishes
        return entry is not None and entry.kind == "outlet" and side in (None, "unknown", "other")
    if label == "ARMED_GROUP":
        return False
    if word == "charity":  # (the registry lists charities that publish, such as MSF, among outlets)
        return side in (None, "unknown", "other", *CHARITY_SIDES)
    return side in (None, "unknown", "other") and not outlet


def body_the_text_is_about(article: ParsedArticle, position: int, window: int, word: str) -> KnownSpeaker | None:
    """The nearest named body of the kind `word` describes (`is_of_the_kind`) that is the subject of a
    clause before `position`, within `window` characters: what a definite "the company" or "the daily"
    points back to ("Barclays cut 5,000 jobs. The lender said ..."), past persons and bodies of other
    kinds. None when none is, or when the nearest is one of several coordinated subjects ("Toyota and
    Volkswagen cut forecasts. The carmaker said": which one?)."""
    for known in reversed(clause_subjects(article)):
        if known.position >= position:
            continue
        if position - known.position > window:
            return None
        if known.label not in ORG_SPEAKER_LABELS or not known.name:
            continue
        if not is_of_the_kind(known.name, known.label, word):
            if word in NEWSPAPER_KIND_WORDS and unknown_publisher(known.name, known.label):
                return None  # "TASS reported ... Izvestia said ... The newspaper said": maybe Izvestia
            continue
        token = article.doc[article.token_at(known.position)]
        subject = next((t for t in (token, *token.ancestors) if t.dep_ in ("nsubj", "nsubjpass", "conj")), token)
        if subject.dep_ == "conj" or any(c.dep_ == "conj" for c in subject.children):
            return None
        return known
    return None


def is_a_broadcaster(name: str, registry_name: str | None = None) -> bool:
    """Whether a body broadcasts: listed in data/lexicons/broadcasters.txt (by its own name or the outlet
    registry's), or named so ("Syrian state television", "Radio Rozana"). Not a newspaper, a charity or a
    rescue service that publishes."""
    from ..outlets.registry import name_key

    return (
        BROADCASTER_NAME_RE.search(name) is not None
        or name_key(name) in listed_broadcasters()
        or (registry_name is not None and name_key(registry_name) in listed_broadcasters())
    )


@functools.cache
def listed_broadcasters() -> frozenset[str]:
    """Name keys of data/lexicons/broadcasters.txt."""
    from ..entities.lexicon import read_word_list
    from ..outlets.registry import name_key

    return frozenset(name_key(line) for line in read_word_list("broadcasters.txt"))


# A name saying its body is a medium ("Amaq News Agency", "Rudaw TV", "Radio Rozana"): never "the group".
MEDIUM_NAME_RE = re.compile(r"\b(?:News|Agency|Newspaper)\b", re.IGNORECASE)  # broadcasters: `is_a_broadcaster`


def last_group_quoted(history: SpeakerHistory, position: int, word: str = "group") -> KnownSpeaker | None:
    """The nearest earlier body quoted that "the group", "the organisation" or "the movement" (`word`) can
    stand for (`may_be_called`): not a medium ("according to the group's Amaq news agency. The group said
    ...": Amaq carries the group's words, it is not the group)."""
    return next(
        (
            k for k in history.quoted_before(position)
            if k.name is not None and k.label in ORG_SPEAKER_LABELS and may_be_called(k.name, k.label, word)
        ),
        None,
    )


def may_be_called(name: str, label: str | None, word: str) -> bool:
    """Whether a named body can be "the group", "the organisation" or "the movement": never a news medium
    (`is_a_medium`); a movement is an armed group or a body named one ("the Future Movement")."""
    if is_a_medium(name):
        return False
    return word != "movement" or label == "ARMED_GROUP" or re.search(r"(?i)\b(?:movement|harakat)\b", name) is not None


# Sides of the bodies "the organisation" may mean without having spoken: charities, rescuers, monitors
ORGANISATION_SIDES = frozenset({"monitors", "rescuers and medics", "UN and humanitarian agencies"})


# Characters back an outlet's "its correspondent" looks for the outlet: the sentence before, about.
ITS_REPORTER_REACH = 300


def outlet_its_reporter_serves(article: ParsedArticle, position: int) -> KnownSpeaker | None:
    """ "Al Mayadeen reported heavy clashes near Palmyra. Its correspondent said ...": the outlet an "its"
    before a reporter's noun stands for, the nearest body before it that is a clause's subject within
    `ITS_REPORTER_REACH` characters, when that body is a news medium (the outlet registry's, or named or
    listed as one); None when the nearest such subject is another body ("The ministry said ... Its
    correspondent": no outlet) or there is none. An outlet's reporter speaks for it (GUIDELINES)."""
    from ..outlets.registry import outlet_registry  # here: the outlets package reads quotes' lexicons

    for known in reversed(clause_subjects(article)):
        if known.position >= position or known.label not in ORG_SPEAKER_LABELS or not known.name:
            continue
        if position - known.position > ITS_REPORTER_REACH:
            return None
        return known if outlet_registry().named(known.name) is not None or is_a_medium(known.name) else None
    return None


def group_subject_before(
    article: ParsedArticle, position: int, window: int, word: str, description: str = ""
) -> KnownSpeaker | None:
    """The nearest body before `position` (within `window` characters) that is a clause's subject and that
    "the group", "the organisation" or "the movement" (`word`) can stand for: "Syrian Arab Red Crescent
    volunteers said ... The organisation said" (the Red Crescent, nearer than a body quoted before it),
    "Ahrar al-Sham withdrew from the town. The movement said" (an armed group, or a body named a
    movement, is one): `subject_may_be_called`."""
    for known in reversed(clause_subjects(article)):
        if known.position >= position:
            continue
        if position - known.position > window:
            return None
        if known.label in ORG_SPEAKER_LABELS and known.name and subject_may_be_called(known, word, description):
            return known
    return None


def subject_may_be_called(known: KnownSpeaker, word: str, description: str = "") -> bool:
    """Whether a body that was only a clause's subject (it did not speak) is what "the group", "the movement"
    or "the organisation" says next: an armed group for the first two ("Ahrar al-Sham withdrew. The
    movement said") or a body on the side the description says ("the rights group": a monitor), a
    charity, rescuer or monitor for the last, not a medium or a state's body ("The
    Pentagon rejected the claims. The group said": the group quoted before)."""
    from ..outlets.registry import outlet_registry  # here: the outlets package reads quotes' lexicons

    if not may_be_called(known.name or "", known.label, word):
        return False
    if word in ("organisation", "organization"):
        return side_of(known.name) in ORGANISATION_SIDES and outlet_registry().named(known.name or "") is None
    # the side the words say, not where the body is based ("the US-based rights group" is a monitor)
    side = side_of(None, None, re.sub(r"\S+-based\b", "", description)) if description else None
    # "Human Rights Watch accused ... the US-based rights group said": a description's side names its body
    return known.label == "ARMED_GROUP" or (side not in (None, "other", "unknown") and side_of(known.name) == side)


def is_a_medium(name: str) -> bool:
    """Whether a body's name says it is a news medium ("Amaq News Agency", "Radio Rozana") or the
    broadcaster list has it, or the outlet registry lists it as a news agency (Reuters, SANA; the registry
    also lists charities and monitors that publish, so its other kinds say nothing): what "the group" or
    "the organisation" never stands for."""
    from ..outlets.registry import outlet_registry  # here: the outlets package reads quotes' lexicons

    entry = outlet_registry().named(name)
    return MEDIUM_NAME_RE.search(name) is not None or is_a_broadcaster(name) or (entry is not None and entry.kind == "agency")


def bodies_of_the_kind_disagree(article: ParsedArticle, position: int, window: int, word: str) -> bool:
    """ "Syrian state television said ... Al Jazeera said ... The channel said": two bodies of a
    broadcaster's kind, subjects within `window` characters before `position`, leave "the channel"
    unresolved (which one?)."""
    if word not in BROADCASTER_KIND_WORDS:
        return False
    names = {
        other.name for other in clause_subjects(article)
        if other.name and position - window <= other.position < position
        and other.label in ORG_SPEAKER_LABELS and is_of_the_kind(other.name, other.label, word)
    }
    return len(names) > 1


def unknown_publisher(name: str, label: str | None) -> bool:
    """A body of no known side that the outlet registry does not list: it may be the newspaper a later
    "the newspaper said" means, so nothing further back is."""
    from ..outlets.registry import outlet_registry

    return label == "ORG" and side_of(name) in (None, "unknown") and outlet_registry().named(name) is None


def persons_named_between(article: ParsedArticle, start: int, end: int) -> set[str]:
    """Canonical names of the persons the text names (outside quotes) from character `start` to `end`."""
    return {
        e.canonical for e in article.entities
        if e.label == "PERSON" and start <= e.start < end and not article.in_quote(e.start)
    }


def owning_body(article: ParsedArticle, position: int) -> str | None:
    """ "the party's leadership", "the group's command": a body's organ (a role noun of kind "org")
    owned by something named by a description; the owner's head word, which names the body that
    speaks, or None. ("the army's command" with no army named stays a description.)"""
    head = article.doc[article.token_at(position)]
    owner = next(
        (
            c
            for c in head.children
            if c.dep_ == "poss" and c.pos_ == "NOUN" and any(d.lower_ == "the" for d in c.children)
        ),
        None,
    )
    return owner.lemma_.lower() if owner is not None else None


def owned_by_its(article: ParsedArticle, position: int) -> bool:
    """Whether the description's head at `position` is owned by "its" ("its correspondent")."""
    head = article.doc[article.token_at(position)]
    return any(c.dep_ == "poss" and c.lower_ == "its" for c in head.children)

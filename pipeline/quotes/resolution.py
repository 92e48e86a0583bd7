"""Pronoun and description sources resolved to the named speaker the text means."""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..entities.given_names import person_gender
from ..entities.lexicon import kunya_gender, names_going_by
from ..speakers import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    ORG_PRONOUNS,
    ORG_SPEAKER_LABELS,
    KnownSpeaker,
    SpeakerHistory,
    described_gender,
    person_role_in,
    role_words,
    side_of,
)
from .antecedents import (
    BODY_KIND_WORDS,
    PRIVATE_PERSON_WORDS,
    bodies_of_the_kind_disagree,
    body_the_text_is_about,
    clause_subjects,
    group_subject_before,
    is_a_medium,
    is_of_the_kind,
    last_group_quoted,
    outlet_its_reporter_serves,
    owned_by_its,
    owning_body,
    persons_named_between,
)
from .descriptions import (
    REPORTER_HEADS,
    SOURCE_HEADS,
    local_body_before,
    names_another_of_its_kind,
    source_introduced_before,
    unnamed_description,
)
from .found import Found
from .heads import could_speak, relates_to_another
from .institutions import (
    GENERIC_ORG_WORDS,
    SIDE_RESOLVED_HEADS,
    based_elsewhere,
    national_body_named_by_its_noun,
)
from .introductions import introduced_anywhere, introduced_as, introduced_before
from .names import person_by_surname
from .parsed import ParsedArticle, sentence_bounds
from .persons import office_holder, person_mentioned_just_before, person_quoted_just_before
from .phrases import Speaker, describe
from .plurals import plural_subject_just_before
from .roles import described_with_another_noun, person_described_as
from .statements import nearest_statement_issuer, statement_issued_before

# "the same source", "the same sources": the source quoted last, whoever it was.
SAME_SOURCE_RE = re.compile(r"^\s*the\s+same\s+sources?\s*$", re.IGNORECASE)


def resolve(article: ParsedArticle, speaker: Speaker, history: SpeakerHistory) -> Speaker:
    """Fill the name of a pronoun or description speaker from the speaker or person the text means."""
    if not speaker.named and speaker.pronoun is None and speaker.name is None:
        # "Gwyn Winfield ... Winfield points out": a surname the entity stage did not tag
        quoted = tuple(k.name for k in history.quoted_before(speaker.position) if k.name and k.label == "PERSON")
        if (person := person_by_surname(article, speaker.text or "", speaker.position, quoted)) is not None:
            speaker.name, speaker.label, speaker.named = person, "PERSON", True
            return speaker
        return described_with_another_noun(article, speaker)
    if speaker.named or speaker.pronoun is None:
        return speaker
    known: KnownSpeaker | None = None
    kind, _, word = speaker.pronoun.rpartition(":")
    office_kind = role_words().get(word)
    position, description = speaker.position, speaker.text or word
    if word == "paper" and issued_a_paper(article, position):
        office_kind = "statement"  # "Amnesty published a paper on executions. The paper said": Amnesty's
    if office_kind == "statement":
        known = history.resolve_statement(position)
        if (
            known is not None and word in BODY_DOCUMENTS and description.lower().startswith("the ")
            and not known.in_statement and known.label not in ("ORG", "ARMED_GROUP", "GPE", "NORP")
        ):
            known = None  # "Trump claimed ... The report found": a report is a body's, not the last person's ("his report" is his)
        nearest = nearest_statement_issuer(article, position)
        issued = statement_issued_before(article, nearest) or issuer_described(article, nearest)
        if issued is not None and (known is None or not known.in_statement or known.position < issued.position):
            # "The European Council adopted a draft ... The draft warns": who issued the nearest one
            known = issued
    elif kind == "office":
        known = office_holder(article, description, word, position)
    elif kind == "indefinite":
        known = body_introduced_as_described(article, word, description)
    elif kind == "description" and office_kind == "org":
        owner = owning_body(article, position)
        if owner is not None:
            word = description = owner  # "the party's leadership said": the party the text named speaks
        known = history.resolve_description(word, description, position, bodies_only=True)
        if known is not None and word in GENERIC_ORG_WORDS and is_a_medium(known.name):
            known = None  # "according to the group's Amaq news agency. The group said": not the agency
        if known is None and word in (*GENERIC_ORG_WORDS, "movement"):
            # "the Lebanese terrorist group Hezbollah said ... with the Syrian army. '...' the group
            # said": the body the text introduced as a group, else the body that spoke last.
            # "The Britain-based group said": a description with a side names the body on that side first
            sided = side_of(None, None, description) not in (None, "other", "unknown")
            # "Action on Armed Violence, a London-based group, ... The London-based group said": the body
            # introduced with the description's own words, before any body on its side
            own_words = re.sub(r"^(?:the|this)\s+", "", description.strip(), flags=re.I)
            again = introduced_before(article, own_words, position) if sided and own_words != word else None
            # else the nearer of the body last a clause's subject and the body last quoted
            nearer = max(
                (k for k in (last_group_quoted(history, position, word), group_subject_before(article, position, SUBJECT_WINDOW, word, description)) if k),
                key=lambda k: k.position,
                default=None,
            )
            known = again or (resolve_by_side(article, description, word, position) if sided else None) or (
                introduced_as(article, word, position) or nearer
            )
        known = (
            known
            or national_body_named_by_its_noun(article, description, position)
            or resolve_from_entities(article, word, position)
            or name_ending_with(article, word, position)
            or introduced_before(article, word, position)
        )
        if (
            known is None and word in BODY_KIND_WORDS and description.lower().startswith("the ")
            and not bodies_of_the_kind_disagree(article, position, SUBJECT_WINDOW, word)
        ):
            # "Shell reported ... The company said", "Oxfam said ... The charity added": the nearer of the
            # body last a clause's subject and the body last quoted
            near = [k for k in (body_the_text_is_about(article, position, SUBJECT_WINDOW, word), history.last_organisation(position))
                    if k is not None and position - k.position <= SUBJECT_WINDOW and is_of_the_kind(k.name, k.label, word)]
            known = max(near, key=lambda k: k.position) if near else None
        if known is None and (body := local_body_before(article, word, position)) is not None:
            known = KnownSpeaker(body[0], body[1], None, None, position)  # "the directorate of health in Aleppo
        known = known or resolve_by_side(article, description, word, position)
        if known is not None and names_another_of_its_kind(description, word, known.name):
            # "The foreign ministry said" after "Syria's defence ministry": another ministry
            known = national_body_named_by_its_noun(article, description, position)
            known = None if known is not None and names_another_of_its_kind(description, word, known.name) else known
    elif kind == "description" and word in SOURCE_HEADS and SAME_SOURCE_RE.match(description):
        # "Rami Abdel Rahman said ... the same source said": whoever was quoted last, named or not; the last
        # one written as a source first ("A military source told SANA ... the minister said ... The same
        # source added": the military source)
        quoted = history.quoted_before(position)
        described = (k for k in quoted if "source" in f"{k.role or ''} {k.description or ''}".lower())
        last = next(described, None) or next(iter(quoted), None)
        if last is not None and description.lower().rstrip().endswith("sources") and last.label == "PERSON":
            last = None  # "the same sources": no one person
        if last is not None and last.name is None:
            speaker.description = last.description
            return speaker
        known = last
    elif kind == "description" and word in SOURCE_HEADS:
        known = history.resolve_description(word, description, position)
        body = source_introduced_before(article, position)
        if body is not None and (known is None or known.position < body[2]):
            # "... a source at Hasaka Police Command told SANA. The source said": the nearest source
            # written before, though its own report was not taken as a quote, not an older one quoted.
            known = KnownSpeaker(body[0], body[1], "source", None, position)
        if (
            description.lower().startswith("the ")
            and (again := unnamed_source_described_again(history, word, position))
            and (known is None or again.position > known.position)
            and not another_source_between(article, again.position, position)
        ):
            # "A Turkish defence ministry source said ... the source said": the same unnamed source
            speaker.description = again.description
            return speaker
    elif kind == "description" and word in REPORTER_HEADS and (owner := owning_body(article, position)) is not None:
        # "The station's correspondent in Aleppo said": an outlet's reporter speaks for the outlet
        # (GUIDELINES), here the outlet a description names ("the station" -> the broadcaster before).
        known = history.resolve_description(owner, owner, position, bodies_only=True)
    elif kind == "description" and word in REPORTER_HEADS and owned_by_its(article, position):
        known = outlet_its_reporter_serves(article, position)  # "Al Mayadeen reported ... Its correspondent said"
    elif kind == "description":
        again = unnamed_source_described_again(history, word, position)
        if again is not None or speaker.plural:
            # "A U.S. official said ... the official added": the same unnamed source; "the activists" is
            # a group, which no one named person stands for (plural_description_is_a_group).
            speaker.description = again.description if again is not None else speaker.description
            if again is None and (body := history.resolve_description(word, description, position, bodies_only=True)):
                speaker.name, speaker.label = body.name, body.label
            return speaker
        known = history.resolve_description(word, description, position) or office_holder(
            article, description, word, position
        )
        if known is not None and known.position > position and description.lower().startswith("the ") and (
            quoted := person_quoted_just_before(article, history, position, word)
        ):
            # "Ahmed al-Sharaa told Al Arabiya ... The former rebel commander said ... Their commander, Mazloum
            # Abdi, said": the person quoted just before, not a holder the text names only later
            known = quoted
        if known is None and description.lower().startswith("the ") and (described := person_described_as(article, word, position)):
            known = KnownSpeaker(described.name, "PERSON", None, None, described.start)  # "the widow said"
        if known is None and office_kind == "person" and description.lower().startswith("the "):
            known = person_quoted_just_before(article, history, position, word)
        if known is None and (word in PRIVATE_PERSON_WORDS or speaker.epithet) and description.lower().startswith("the "):
            known = person_the_text_is_about(article, position, described_gender(description), word)
            if known is not None and speaker.epithet and len(persons_named_between(article, known.position, position)) > 1:
                # "Angela Merkel met Vladimir Putin. The Russian said": a nationality tells persons apart only
                # by what the reader knows; with another person named since, it is left unnamed
                known = None
        if known is None and speaker.office_of is not None:
            # "the spokesman for the US-led coalition said" with no spokesman named: the body speaks
            known = KnownSpeaker(*speaker.office_of, None, None, position)
    elif speaker.pronoun in ("they", *ORG_PRONOUNS) and (above := subject_of_the_clause_above(article, position)):
        if above.name is None:
            speaker.description = above.description
            return speaker
        known = KnownSpeaker(above.name, above.label, above.role, None, above.position)
    elif speaker.pronoun == "they":
        known = history.resolve_plural(position, PLURAL_REACH)
        subject = plural_subject_just_before(article, position)
        if subject is not None and (known is None or subject.position > known.position):
            if subject.name is None:  # "Rebel groups rejected the plan. They said": the same unnamed group
                speaker.description = subject.description or unnamed_description(subject.text)
                return speaker
            known = KnownSpeaker(subject.name, subject.label, subject.role, None, subject.position)
        if known is not None and known.name is None:
            speaker.description = known.description  # "Activists said ... they said": the same unnamed group
            return speaker
    elif speaker.pronoun in MALE_PRONOUNS | FEMALE_PRONOUNS | ORG_PRONOUNS:
        near = [k for k in clause_subjects(article) if position - SUBJECT_WINDOW <= k.position]
        if speaker.pronoun in ORG_PRONOUNS:
            near += described_body_subjects(article, history, position)
        known = history.resolve_pronoun(speaker.pronoun, position, near)
        found_none = known is None  # no one fits, as against a fit set aside here
        if known is not None and known.through_a_person and sentence_bounds(article, position)[0] > sentence_bounds(article, known.position)[1]:
            known = None  # "An AFP correspondent said ... Abu Omar stood by a tank. '...,' he said": not AFP
        if known is not None and known.name is None:
            # "A local activist said ... He says that": the same unnamed source.
            speaker.description = known.description
            return speaker
        if known is None and speaker.pronoun in MALE_PRONOUNS | FEMALE_PRONOUNS:
            # "Abu Ahmad fled the city. She said ...", "spokesman X said ... she said": not him
            wanted = "m" if speaker.pronoun in MALE_PRONOUNS else "f"
            known = person_mentioned_just_before(article, position, wanted, lambda name: history.gender_of(name) or person_gender(name))
            if known is None and found_none:  # a given name's usual gender may mislead ("Alex Crawford ... she said")
                known = history.resolve_pronoun(speaker.pronoun, position, near, by_given_names=False)
                if known is not None and known.name is None:
                    speaker.description = known.description
                    return speaker
            if known is None:
                known = person_mentioned_just_before(article, position, wanted, lambda name: history.gender_of(name) or kunya_gender(name))
        if known is not None:
            history.note_gender(known.name, speaker.pronoun)
    if known is not None and known.position > position and relates_to_another(article.doc[article.token_at(position)]):
        known = None  # "The mother of Jane Doe said": not Jane Doe, whom the phrase itself names
    if known is not None and based_elsewhere(description, known.name):
        known = None  # "the US-based rights group" is no body based in Britain, however near
    if known is not None:
        speaker.name, speaker.label = known.name, known.label
        speaker.role = speaker.role or known.role
    return speaker


# Documents a body issues ("the report found", "the bulletin said"), unlike a statement a person may make:
# one speaks for a person only when the text says the person issued it.
BODY_DOCUMENTS = frozenset({"report", "bulletin"})


def issued_a_paper(article: ParsedArticle, position: int) -> bool:
    """Whether the nearest statement the text mentions before `position` is a paper a named issuer
    published ("Human Rights Watch released a paper ..."): "the paper" is that document, not a newspaper."""
    found = nearest_statement_issuer(article, position)
    return found is not None and found[0].lemma_.lower() == "paper" and statement_issued_before(article, found) is not None


def issuer_described(article: ParsedArticle, found: tuple | None) -> KnownSpeaker | None:
    """ "The Syrian foreign ministry issued a statement", "Russia's ambassador, Anatoly Antonov, issued a
    statement": an issuer the entity stage left unnamed, named by its phrase (a body's name, a nationality's
    ministry, a name in apposition: `phrases.describe`), for the statement `nearest_statement_issuer`
    found. None when the phrase names no one."""
    if found is None or found[1] is None:
        return None
    token, issuer = found
    speaker = describe(article, issuer, issuer.head)
    if not speaker.named or speaker.name is None or speaker.label not in ("PERSON", *ORG_SPEAKER_LABELS):
        return None
    return KnownSpeaker(speaker.name, speaker.label, speaker.role, None, token.idx, in_statement=True)


SOURCE_WORD_RE = re.compile(r"\bsources?\b", re.IGNORECASE)


def another_source_between(article: ParsedArticle, start: int, position: int) -> bool:
    """Whether a source other than the one written at `start` is named before `position` ("SANA, citing a
    military source, said ... The source said": which source is meant, the text does not say)."""
    first = SOURCE_WORD_RE.search(article.text, start, position)
    return first is not None and SOURCE_WORD_RE.search(article.text, first.end(), position) is not None


def subject_of_the_clause_above(article: ParsedArticle, position: int) -> Speaker | None:
    """ "Rights groups have criticised barrel bombs which they say fail ...", "Russia's defence ministry
    announced the downing of a helicopter which it said was carrying ...": "they" or "it" in a clause
    hung inside another clause stands for that clause's subject when it could speak and agrees: plural
    for "they", a body or government for "it" (`subject_of_the_clause_above`). The subject as described
    (named, or an unnamed description); None when the clause above has no such subject."""
    pronoun = article.doc[article.token_at(position)]
    verb = pronoun.head
    if verb.dep_ not in ("relcl", "ccomp", "advcl", "conj"):
        return None
    above = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in above.children if c.dep_ == "nsubj"), None) if above is not None else None
    if subject is None or article.in_quote(subject.idx) or not could_speak(subject) or subject.pos_ == "PRON":
        return None
    plural = subject.tag_ in ("NNS", "NNPS")
    if plural != (pronoun.lower_ == "they"):
        return None
    described = describe(article, subject, verb)
    if pronoun.lower_ in ORG_PRONOUNS and (described.label == "PERSON" or person_role_in(described.text or "")):
        return None  # "Kerry criticised the deal which it said ...": a person is no "it"
    if described.name is None:
        described.description = described.description or unnamed_description(described.text)
    return described


PLURAL_REACH = 400  # characters back "they" looks for the group or body quoted before
SUBJECT_WINDOW = 600  # characters back a clause subject stays a candidate antecedent


# Descriptions of a private person by sex, age or kin: "the mother", "the 38-year-old" point back to the
# person the text has just been about, quoted or not (an office, "the governor", is resolved by its holder).
def person_the_text_is_about(article: ParsedArticle, position: int, gender: str | None, word: str) -> KnownSpeaker | None:
    """The nearest person before `position` who is the subject of a clause, within SUBJECT_WINDOW, of the
    gender `gender` as the text gave it (by a kin noun, a kunya or a pronoun; an unknown gender does not
    do for "the woman"); None when there is none, or when an unnamed one was introduced since ("A woman
    carrying a child ran past. The woman said ...": that woman, not the person named before)."""
    introduced = re.compile(rf"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){{0,2}}{re.escape(word)}\b", re.I)
    for known in reversed(clause_subjects(article)):
        if known.position >= position or known.label != "PERSON":
            continue
        if position - known.position > SUBJECT_WINDOW:
            return None
        if introduced.search(article.text, known.position, position):
            return None
        if gender is None or (known.gender or person_gender(known.name)) == gender:
            return known
    return None


def described_body_subjects(article: ParsedArticle, history: SpeakerHistory, position: int) -> list[KnownSpeaker]:
    """ "... with the observatory reporting a new attack. It said ...": a body named by a description
    ("the observatory", "the ministry", "the Syrian foreign ministry") as a clause subject is an
    antecedent of "it" too, standing for the named body it describes (a body quoted before, else the one
    its own phrase names); clause subjects within SUBJECT_WINDOW before `position`."""
    found: list[KnownSpeaker] = []
    for sent in article.doc.sents:
        if sent.end_char <= position - SUBJECT_WINDOW:
            continue
        if sent.start_char >= position:
            break
        for token in sent:
            absolute = (  # "with the observatory reporting ...": the subject of an absolute clause
                token.dep_ == "pobj" and token.head.lower_ == "with" and token.i + 1 < len(article.doc)
                and article.doc[token.i + 1].tag_ == "VBG"
            )
            # (the model tags a lower-case "ministry" after a nationality PROPN as often as NOUN)
            if token.idx >= position or not (token.dep_ == "nsubj" or absolute) or token.pos_ not in ("NOUN", "PROPN"):
                continue
            word = token.lemma_.lower()
            if role_words().get(word) != "org" or article.in_quote(token.idx):
                continue
            if not any((c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.pos_ == "PROPN") for c in token.children):
                continue  # "the ministry", "Syria's foreign ministry"; not "a ministry"
            known = history.resolve_description(word, word, token.idx, bodies_only=True)
            if known is None and main_clause_subject(token):
                # "The Syrian foreign ministry condemned the raid. '...,' it said": a body its own phrase
                # names (a nationality's ministry), though no one quoted it before; not a subject inside a
                # report ("X reported that the Syrian army withdrew. It said ...": X)
                described = describe(article, token, token.head)
                if described.named and described.name and described.label != "PERSON" and not person_role_in(described.text or ""):
                    known = KnownSpeaker(described.name, described.label or "ORG", None, None, token.idx)
            if known is not None:
                found.append(KnownSpeaker(known.name, known.label, known.role, known.side, token.idx))
    return found


def main_clause_subject(token: Token) -> bool:
    """Whether a subject is its sentence's own, of the root verb or a verb coordinated with it, and not of
    a clause inside it (a report's content, a relative clause)."""
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def unnamed_source_described_again(history: SpeakerHistory, word: str, position: int) -> KnownSpeaker | None:
    """ "A U.S. official familiar with the assessment said ... The official added": a definite
    description whose head word describes the nearest earlier source that shares it, when the text
    left that source unnamed, is that unnamed source again, not an office holder named elsewhere.
    Returns the unnamed source (`name` None, `description` set); None when the nearest source sharing
    the word is named, no source shares it, or a named person spoke in between ('"...," Amos said.
    "...," the UN official concluded' goes on with Amos)."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(word.lower()) + r"s?(?![\w-])")
    for known in history.quoted_before(position):
        said = f"{known.name or ''} {known.role or ''} {known.description or ''}".lower()
        if pattern.search(said):
            return known if known.name is None and known.description else None
        if known.name is not None and known.label == "PERSON":
            return None
    return None


def one_body_on_side(article: ParsedArticle, side: str) -> KnownSpeaker | None:
    """The one organisation the article names (outside quotes) whose side is `side`, at its first
    mention; None when it names none or several."""
    bodies: dict[str, KnownSpeaker] = {}
    for e in article.entities:
        if e.label in ORG_SPEAKER_LABELS and not article.in_quote(e.start) and side_of(e.canonical) == side:
            bodies.setdefault(e.canonical, KnownSpeaker(e.canonical, e.label, None, side, e.start))
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def body_introduced_as_described(article: ParsedArticle, word: str, description: str) -> KnownSpeaker | None:
    """ "..., a monitor said", "a Britain-based monitoring group said": the one body the article
    introduces with that word ("the Observatory, a Britain-based monitoring group"), before or after;
    else the one body of the article on the description's side ("a human rights group" -> the only
    monitor it names). None when the article has no such body or more than one."""
    side = side_of(None, None, description)
    if side not in (None, "other", "unknown"):
        # "a local hospital told AFP" is no rescue service named elsewhere: only a kind of body is
        # named by its side ("a human rights group" -> the one monitor the article names).
        return one_body_on_side(article, side) if word in SIDE_RESOLVED_HEADS else None
    introduced = {k.name: k for k in introduced_anywhere(article, word)}
    return next(iter(introduced.values())) if len(introduced) == 1 else None




def resolve_by_side(
    article: ParsedArticle, description: str, head: str, position: int
) -> KnownSpeaker | None:
    """ "the rescue service" -> the nearest earlier body on that side; "the group" -> the nearest earlier group."""
    if head not in SIDE_RESOLVED_HEADS:
        return None  # "one hospital said" is not the rescue service named elsewhere
    side = side_of(None, None, description)
    if side not in (None, "other", "unknown"):
        # "human rights group" before the article names its monitor: the one body on that side.
        only = one_body_on_side(article, side)
        if only is not None and only.position >= position:
            return only
    for entity in reversed(article.entities):
        if entity.end > position or entity.label not in ("ORG", "ARMED_GROUP") or article.in_quote(entity.start):
            continue  # a body named inside a quote is talked about, not talking
        if side not in (None, "other") and side_of(entity.canonical) == side:
            return KnownSpeaker(entity.canonical, entity.label, None, side, entity.start)
        if (
            side in (None, "other") and head in GENERIC_ORG_WORDS
            and not in_a_modifier_clause(article, entity.start) and not is_a_medium(entity.canonical)
        ):
            return KnownSpeaker(entity.canonical, entity.label, None, None, entity.start)
    return None


def in_a_modifier_clause(article: ParsedArticle, offset: int) -> bool:
    """ "The SDF, which is led by the YPG, rejected ...": a name inside a clause that modifies another noun
    describes that noun's body; "the group said" next means the body the sentence is about."""
    token = article.doc[article.token_at(offset)]
    return any(a.dep_ in ("relcl", "acl") for a in token.ancestors)


NAME_WORD = r"[A-Z][\w'’-]*"


def name_ending_with(article: ParsedArticle, head: str, position: int) -> KnownSpeaker | None:
    """ "Aleppo Health Directorate ... the directorate said": the nearest earlier capitalised name that
    ends with the description's head word, when the entity stage did not keep that name."""
    pattern = re.compile(rf"\b((?:{NAME_WORD}\s+){{1,5}}){re.escape(head.capitalize())}\b")
    best = None
    for match in pattern.finditer(article.text, 0, position):
        if not article.in_quote(match.start()) and not article.text[match.start() - 1 : match.start()].isalnum():
            best = match
    if best is None:
        return None
    name = re.sub(r"^(?:The|A|An)\s+", "", best.group(0).strip())  # "The Aleppo Health Directorate ..." opening a sentence
    return KnownSpeaker(name, "ORG", None, None, best.start())


def resolve_from_entities(article: ParsedArticle, head: str, position: int) -> KnownSpeaker | None:
    """ "the Observatory", "the ministry": the nearest earlier organisation whose name, or a name the alias
    table says it also goes by, has that word ("the civil defence" after "the White Helmets", which the
    table also lists as "Syrian Civil Defence")."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(head) + r"(?![\w-])", re.IGNORECASE)
    for entity in reversed(article.entities):
        if (
            entity.end <= position
            and not article.in_quote(entity.start)
            and entity.label in ("ORG", "ARMED_GROUP")
            and any(pattern.search(name) for name in names_going_by(entity.canonical))
        ):
            return KnownSpeaker(entity.canonical, entity.label, None, None, entity.start)
    return None


def subject_of_a_quoted_predicate(article: ParsedArticle, found: list[Found]) -> None:
    """'The Observatory "has documented the killing of 5812 civilians" over the past year': a quote with
    no cue that goes on its subject's sentence as the predicate is that subject's words (a name, a body
    or a described source right before the opening mark, which the parser makes the subject of a verb
    inside the quote). Descriptions resolve as elsewhere ("The Observatory" -> the body named before)."""
    for item in found:
        if item.kind != "direct" or item.cue is not None or item.speaker is not None or item.span is None:
            continue
        before = article.text[: item.span.open_mark].rstrip()
        if not before or not before[-1].isalnum():
            continue  # '... said: "' or '. "': the quote opens its own sentence or follows a cue
        subject = article.doc[article.token_at(len(before) - 1)]
        verb = subject.head
        inside = item.span.open_mark < verb.idx < item.end
        if subject.dep_ not in ("nsubj", "nsubjpass") or not inside or article.in_quote(subject.idx):
            continue
        if not (could_speak(subject) and subject.pos_ != "PRON"):
            continue
        speaker = resolve(article, describe(article, subject, verb), SpeakerHistory())
        if speaker.name is not None:
            item.speaker = speaker

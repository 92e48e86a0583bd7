"""Comma-less text runs the clause before into a source's phrase ("... including 11 children state media
reported", "... in the Golan Heights the Times of Israel newspaper reported"): where the source's own
words begin."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..records import EntityMention
from ..speakers import role_words
from .heads import name_taken_by_the_clause_before, past_titles_before
from .names import country_of_nationality, country_possessive
from .parsed import ParsedArticle
from .state_media import STATE_MEDIA_RE

if TYPE_CHECKING:  # found imports phrases, which imports this module
    from .found import Found


def name_run_in_before(tokens: list[Token], head: Token) -> list[Token]:
    """Comma-less text: "... in the Golan Heights the Times of Israel newspaper reported", where the parse
    hangs the name on the phrase before and leaves the speaker "newspaper". When a role noun opens its
    own phrase and proper nouns (with "of" and hyphens) stand right before it back to a "the", those
    words are the speaker's name. Not "in Aleppo activists said": no "the" opens the run."""
    if (
        not tokens
        or tokens[0].i != head.i
        or head.pos_ != "NOUN"
        or not role_words().get(head.lemma_.lower())
    ):
        return tokens
    doc, i = head.doc, head.i - 1
    run: list[Token] = []
    while i >= 0 and (doc[i].pos_ == "PROPN" or (run and doc[i].lower_ == "of") or doc[i].tag_ == "HYPH"):
        run.insert(0, doc[i])
        i -= 1
    if not run or run[0].pos_ != "PROPN" or i < 0 or doc[i].lower_ != "the":
        return tokens
    return [doc[i], *run, *tokens]


def person_run_into_unnamed_sources(tokens: list[Token], head: Token) -> list[Token]:
    """Comma-less text: "... killing the terrorist commander Abu Taha well-informed sources told
    Al-Manar": the parse hangs the office and name that end the clause before on a plural description
    ("sources", "activists"). A person's name right after a person's office is a whole mention of that
    person, which no plural description is named by: the source's words begin after it. Tokens
    unchanged otherwise ("Hezbollah sources", "local activists")."""
    if head.tag_ != "NNS" or role_words().get(head.lemma_.lower()) != "person":
        return tokens
    before = [t for t in tokens if t.i < head.i]
    last_name = max((t.i for t in before if t.ent_type_ == "PERSON"), default=None)
    if last_name is None:
        return tokens
    doc = head.doc
    first_name = last_name
    while first_name > 0 and doc[first_name].ent_iob_ == "I":
        first_name -= 1  # back to the token that begins the name's entity
    office = doc[first_name - 1] if first_name > 0 else None
    if office is None or role_words().get(office.lemma_.lower()) != "person" or office.i not in {t.i for t in before}:
        return tokens
    return [t for t in tokens if t.i > last_name]


# Words that open a state-media description ("state media", "official news agency", "regime TV").
STATE_WORDS = frozenset({"state", "official", "government", "regime"})


def state_media_run_into(tokens: list[Token], head: Token) -> list[Token]:
    """Comma-less text runs the phrase before into the source ("... including 11 children state media
    reported", "In a breaking news alert state television said", "in the Mezzeh district state television
    said"): a state-media description ends the phrase, and the words before its state word are the other
    phrase's, but for whose medium it is and "the" ("the Syrian state TV", "Iran's state TV"). Tokens unchanged otherwise."""
    doc = tokens[0].doc if tokens else None
    for k, token in enumerate(tokens):
        if token.lower_ not in STATE_WORDS or not STATE_MEDIA_RE.match(doc[token.i : tokens[-1].i + 1].text):
            continue
        if head.i < token.i:
            return tokens  # "the head of the state news agency": a person of the medium speaks
        start = k - owners_before(tokens, k)
        start = start - 1 if start > 0 and tokens[start - 1].lower_ == "the" else start
        return tokens[start:]
    return tokens


def owners_before(tokens: list[Token], k: int) -> int:
    """How many tokens right before tokens[k] name whose medium it is: a nationality word ("Syrian state
    TV"), a country's possessive ("Iran's state TV", "Syrias" with its apostrophe lost), the outlet's own
    name ("the SANA state news agency"), else 0."""
    if k == 0:
        return 0
    before = tokens[k - 1]
    if before.tag_ == "POS" and k > 1 and tokens[k - 2].pos_ == "PROPN":
        return 2
    nationality = before.ent_type_ == "NORP" or country_of_nationality(before.text) is not None
    outlet = before.ent_type_ == "ORG" and before.text[:1].isupper()  # "the SANA state news agency"
    return 1 if nationality or outlet or country_possessive(before.text) else 0


def name_opening_its_description(article: ParsedArticle, tokens: list[Token]) -> list[Token]:
    """Comma-less "... visit the sites of the alleged attacks AFP news agency reports": a named body
    followed only by the common nouns of its description ("AFP news agency", "the Anadolu news agency"),
    ending the phrase, opens the source's phrase; the words before it (a noun phrase, a preposition) are
    the clause before. Tokens unchanged when no such name ends the phrase, or when only a determiner or
    adjectives come before it ("the pro-government Al-Watan newspaper")."""
    for k, token in enumerate(tokens):
        entity = article.entity_covering(token)
        if (
            k == 0
            or entity is None
            or entity.label not in ("ORG", "ARMED_GROUP")
            or token.idx != entity.start
        ):
            continue
        after = [t for t in tokens[k:] if t.idx >= entity.end]
        described = 0 < len(after) <= 3 and all(t.pos_ == "NOUN" for t in after)
        described = described and role_words().get(after[-1].lemma_.lower()) == "org"  # "news agency", not "fighters"
        clause_before = any(t.pos_ in ("NOUN", "PROPN", "ADP") for t in tokens[:k])  # not "Two captured ..."
        if any(t.dep_ == "cc" or t.pos_ == "CCONJ" for t in tokens[:k]):
            return tokens  # "both State and FBI officials": names coordinated in one phrase
        if any(t.lemma_.lower() in role_words() for t in tokens[:k]):
            return tokens  # "a doctor at the MSF clinic": the person the body describes speaks
        if described and clause_before and tokens[k - 1].i + 1 == token.i:
            return tokens[k - 1 if tokens[k - 1].lower_ == "the" else k :]
    return tokens


def sources_after_a_role(tokens: list[Token], head: Token) -> list[Token]:
    """Comma-less "In a phone call with SANA reporter local sources said": a plural source ("local sources")
    right after a singular person's role noun ("reporter") is a phrase of its own; the role noun ends the
    phrase before it. Tokens unchanged when the head is singular ("UN envoy spokesman") or no role comes
    before it."""
    if head.tag_ != "NNS":
        return tokens
    roles = [
        k
        for k, t in enumerate(tokens)
        if (t.i < head.i - 1 or tokens[0].lower_ in ("a", "an"))
        and t.tag_ == "NN"
        and role_words().get(t.lemma_.lower()) == "person"
    ]  # a role right before the head describes it ("activist sources"), but "a" never a plural ("a teacher activists")
    return tokens[roles[-1] + 1 :] if roles else tokens



# Words that may stand between a person's name run into a content and the cue: a role phrase ("head of the
# Syrian Observatory", "a spokesman for the civil defence in Rif Dimashq", "a media activist close to the
# rebels"), never a clause of its own.
ROLE_PHRASE_MAX_WORDS = 16


def name_run_into_the_content(article: ParsedArticle, content: tuple[int, int], cue: Token) -> EntityMention | None:
    """Comma-less copy puts a postposed source's name at the end of what it reports: "At least 22 civilians
    were killed in Saraqeb Rami Abdel Rahman head of the Syrian Observatory said", "Shelling hit Douma Siraj
    Mahmoud a spokesman for the civil defence said". When a person's name stands in the content's last words,
    right after a noun ending the clause (a place, a day: no comma, no verb or preposition before it), and only
    a role phrase opening with a role word (or "a/an/the" and one) lies between it and the cue, that name is
    the source: its entity (the content ends where it starts), else None."""
    start, end = content
    text = article.text
    for entity in reversed(article.entities):
        if entity.label != "PERSON" or not start + 10 < entity.start < end or entity.end > cue.idx:
            continue
        name_start = past_titles_before(article, entity.start, start)  # "... near Marib Colonel Turki al-Maliki"
        before = text[start:name_start].rstrip()
        previous = article.doc[article.token_at(len(before) - 1)] if before else None
        if previous is None or previous.pos_ not in ("PROPN", "NOUN", "NUM") or previous.lower_.endswith("ing"):
            return None  # "... killing Ahmed Hassan a teacher activists said": the name is the clause's object
        if name_taken_by_the_clause_before(article, name_start):
            return None  # "... killed the mayor of Azaz Mohammed Hussein a local activist said": the mayor
        between = text[entity.end : cue.idx].strip(" ,")
        words = between.split()
        if len(words) > ROLE_PHRASE_MAX_WORDS or any(mark in between for mark in ".;:\"“”"):
            return None
        # a person's role phrase: its head word a person's office ("head of ...", "a spokesman for ...",
        # "a media activist ..."), no verb in it ("the Assad regime to realize ..." is the content's)
        lead = [w.lower().strip(",") for w in words[1 if words[:1] and words[0].lower() in ("a", "an", "the") else 0 :][:3]]
        if words and not any(role_words().get(w) == "person" for w in lead):
            return None
        if any(t.pos_ in ("VERB", "AUX") for t in article.doc[article.token_at(entity.end) : cue.i]):
            return None
        return EntityMention(entity.article_id, name_start, entity.end, text[name_start : entity.end], entity.label, entity.canonical)
    return None


def sources_run_into_contents(article: ParsedArticle, found: list[Found]) -> None:
    """Each postposed indirect quote whose source's name ran into its content (`name_run_into_the_content`)
    ends before the name, which is its source's phrase (`Found.source`, `source_within`)."""
    text = article.text
    for item in found:
        if item.kind != "indirect" or item.cue is None or item.source is not None or item.cue.idx < item.end:
            continue
        if item.cue.lower_ == "according":
            continue  # "... according to X": the source follows the cue
        if (name := name_run_into_the_content(article, (item.start, item.end), item.cue)) is not None:
            item.end = len(text[: name.start].rstrip())
            item.text = text[item.start : item.end]
            item.source = article.doc[article.token_at(name.end - 1)]
            item.source_within = (name.start, item.cue.idx)

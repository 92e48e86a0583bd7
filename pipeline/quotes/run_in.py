"""Comma-less text runs the clause before into a source's phrase ("... including 11 children state media
reported", "... in the Golan Heights the Times of Israel newspaper reported"): where the source's own
words begin."""

from __future__ import annotations

from spacy.tokens import Token

from ..speakers import role_words
from .names import country_of_nationality, country_possessive
from .parsed import ParsedArticle
from .state_media import STATE_MEDIA_RE


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
        if t.i < head.i - 1 and t.tag_ == "NN" and role_words().get(t.lemma_.lower()) == "person"
    ]  # a role right before the head describes it: "activist sources", "rebel commander sources"
    return tokens[roles[-1] + 1 :] if roles else tokens


"""A state's armed forces named by their nation: "The Israeli army said", "the US military said", "Ukraine's
military said" report as that state's force, named as the quote stage names the speaker."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..records import EntityMention

# Heads that name a state's armed force (not "troops" or "soldiers": people, not a body that reports).
FORCE_HEADS = frozenset({"army", "military", "navy"})
# Words besides the nation that a state's force goes by: "the Israeli armed forces", "the Turkish national army".
STATE_FORCE_WORDS = frozenset({"armed", "national", "regular", "federal"})


def names_a_nation(word: Token) -> bool:
    """Whether a word names a nation: a nationality ("Israeli", or any adjective the model tags a nationality,
    "Nigerian") or a country's name ("US", "Ukraine")."""
    from ..quotes.names import (  # here: pipeline.quotes imports this package
        country_named,
        country_of_nationality,
    )

    if country_of_nationality(word.text) or (word.ent_type_ == "NORP" and word.pos_ == "ADJ" and word.text[:1].isupper()):
        return True
    return word.pos_ == "PROPN" and country_named(word.text) is not None


def national_force(tokens: Sequence[Token], head: Token) -> str | None:
    """The name of a state's armed force written with its nation before the head ("The Israeli army" ->
    "Israeli army", "the US military" -> "US Military", "Ukraine's military" -> "Ukrainian Military", as
    quotes name their speakers); None for other heads or words ("the rebel army", "the army")."""
    from ..quotes.descriptions import national_body  # here: pipeline.quotes imports this package

    if head.lemma_.lower() not in FORCE_HEADS or head.pos_ != "NOUN":
        return None
    before = [t for t in tokens if t.i < head.i and t.dep_ != "det" and t.tag_ != "POS"]
    if not any(names_a_nation(t) for t in before):
        return None
    if any(not names_a_nation(t) and t.lower_ not in STATE_FORCE_WORDS for t in before):
        return None  # "the Syrian rebel army", "the Syrian opposition army": no state's force
    if (body := national_body(list(tokens), head)) is not None:
        return body[0]  # "Ukraine's military": the body by its nationality
    return head.doc[before[0].i : head.i + 1].text



def lower_case_description(head: Token, tokens: Sequence[Token]) -> str | None:
    """A source's words up to its head, when they end at it ("the civil defence", "state TV"), without a
    count the parse ran into them ("wounded nine state television said")."""
    words = [t for t in tokens if t.i <= head.i and not t.like_num]
    return " ".join(t.text for t in words) if words and words[-1].i == head.i else None


def state_broadcaster_of_the_article(head: Token, tokens: Sequence[Token], entities: Sequence[EntityMention]) -> str | None:
    """ "state television said", "according to state TV", "State TV reported": one state's broadcaster,
    resolved as the quote stage resolves that speaker: the one state broadcaster the article names, else
    the state television of the country the article is about ("Syrian state television"). None for any
    other phrase ("Syrian state television" is a name) and when the article is about no one country."""
    from ..quotes.parsed import ParsedArticle  # here: pipeline.quotes imports this package
    from ..quotes.state_media import BARE_STATE_TELEVISION_RE, state_outlet_meant

    description = lower_case_description(head, tokens)
    if description is None or not BARE_STATE_TELEVISION_RE.match(description):
        return None
    meant = state_outlet_meant(ParsedArticle(head.doc, list(entities)), description)
    return meant[0] if meant is not None else None


def state_body_of_the_article(head: Token, tokens: Sequence[Token], entities: Sequence[EntityMention]) -> str | None:
    """A state's institution written as a bare lower-case noun, resolved through the country the article
    is about as the quote stage resolves its speaker: "according to the civil defence", "the civil
    defence said" (White Helmets in an article about Syria). None for a name ("the Civil Defence"), a
    noun no entity table knows after the country's nationality, and when the article is about no one
    country."""
    # here: pipeline.quotes imports this package
    from ..quotes.institutions import national_body_named_by_its_noun
    from ..quotes.parsed import ParsedArticle

    description = lower_case_description(head, tokens)
    if description is None or not description.islower():
        return None
    known = national_body_named_by_its_noun(ParsedArticle(head.doc, list(entities)), description, head.idx)
    return known.name if known is not None else None

"""A state's armed forces named by their nation: "The Israeli army said", "the US military said", "Ukraine's
military said" report as that state's force, named as the quote stage names the speaker."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

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

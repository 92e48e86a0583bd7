"""A state's institutions named by their common noun ("the army", "the civil defence"), resolved through the
country the article is about and the names the entity tables know."""

from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from ..entities.lexicon import find_alias, name_key, pattern_names, read_lexicon_rows
from ..speakers import ORG_SPEAKER_LABELS, KnownSpeaker
from .descriptions import MINISTRY_FIELDS
from .names import country_containing, country_named, country_of_nationality, country_of_possessive, demonyms
from .parsed import ParsedArticle
from .state_media import article_country

GENERIC_ORG_WORDS = ("group", "organisation", "organization")
# Heads that say only what kind of body speaks, so its side names it ("the monitor", "the rescue service").
SIDE_RESOLVED_HEADS = (*GENERIC_ORG_WORDS, "monitor", "watchdog", "service", "observatory", "coalition")


# A state's armed forces go by any of these: "the Israeli military said ... The army said".
ARMED_FORCE_NOUNS = ("army", "military", "troops", "forces", "soldiers", "air force", "armed forces")
# What a state's armed force acts with: "Turkish jets struck Afrin ... the army said" names the Turkish
# army's act, so a bare "the army" there is not the article country's (unless the text names that
# country's own forces too: "Syrian jets and Russian warplanes bombed Idlib").
ARMED_FORCE_MEANS = ("jets", "warplanes", "aircraft", "planes", "drones", "helicopters", "artillery", "tanks", "strikes", "raids")


def national_body_named_by_its_noun(article: ParsedArticle, description: str, position: int) -> KnownSpeaker | None:
    """ "the army said", "the civil defence said" in an article about Syria: a state's institution named by
    its common noun alone is the body the alias table or entity patterns know as that noun after the
    country's nationality ("Syrian army" -> Syrian Arab Army, "Syrian Civil Defence" -> White Helmets).
    Only a description of lower-case words, definite or a bare singular ("civil defence said"); None
    when the article is about no one country (`article_country`) or the table knows no such body ("the group" -> no "Syrian group"). A head that
    says only what kind of body speaks is resolved by side, never so: "the coalition" in an article about
    Syria is the US-led one as often as the Syrian National Coalition."""
    match = re.fullmatch(r"(?:(?i:the)\s+)?([a-z][a-z -]*)", description.strip())
    if match is None or match.group(1).split()[-1] in SIDE_RESOLVED_HEADS:
        return None
    if not re.match(r"(?i:the)\s", description.strip()) and match.group(1).endswith("s"):
        return None  # bare, only a body's name written as a mass noun ("civil defence said"), not "troops said"
    country = article_country(article)
    adjective = demonyms().get(country) if country else None
    if adjective is None:
        return None
    if (elsewhere := setting_of_its_sentence(article, position)) is not None and elsewhere != country:
        return None  # "In Lebanon, civil defence said": another state's body
    noun = match.group(1)
    kinds = ARMED_FORCE_NOUNS + ARMED_FORCE_MEANS if noun in ARMED_FORCE_NOUNS else (noun,)
    alternatives = "|".join(re.escape(k) for k in kinds)
    qualified = re.compile(rf"\b([A-Z][\w.-]*?)(?:['’]s)?\s+(?:[a-z]+\s+)?({alternatives})\b")
    named = [(country_of_nationality(m.group(1)) or country_named(m.group(1)), m.group(2)) for m in qualified.finditer(article.text, 0, position)]
    own_forces_named = any(state == country for state, _ in named)
    for state, kind in named:
        if kind in ARMED_FORCE_MEANS and own_forces_named:
            continue  # "Syrian troops advanced while Russian jets bombed the rebels": an ally's means
        if state is not None and state != country:
            # "The Turkish army shelled Afrin", "Turkish jets struck", "the Israeli military said ... The
            # army said": another state's force was named before ("Rebel forces", "Assad forces" name no other state)
            return None
    known = find_alias(f"{adjective} {noun}") or pattern_names().get(name_key(f"{adjective} {noun}"))
    if known is None or known.label not in ORG_SPEAKER_LABELS:
        return None
    return KnownSpeaker(known.canonical, known.label, None, None, 0)


def country_of_word(word: Token) -> str | None:
    """The country a word names: a nationality ("Lebanese" -> Lebanon), or a place NER tags GPE that the
    gazetteer puts in (or is) a country ("Arsal" -> Lebanon, "Iraq" -> Iraq); else None."""
    if (country := country_of_nationality(word.text)) is not None:
        return country
    return country_containing(word.text) if word.ent_type_ == "GPE" else None


def setting_of_its_sentence(article: ParsedArticle, position: int) -> str | None:
    """The country an "in"/"at" phrase of the sentence sets it in: "In Lebanon, ...", "In the Lebanese
    town of Arsal, ...", "in Kilis" (a place the gazetteer puts in Turkey); None when it names none.
    Only the place the phrase is about, not one it mentions ("in the Idlib region bordering Turkey")."""
    sentence = article.doc[article.token_at(position)].sent
    for preposition in (t for t in sentence if t.lower_ in ("in", "at") and t.dep_ == "prep"):
        for place in (c for c in preposition.children if c.dep_ == "pobj"):
            words = [place, *(c for c in place.children if c.dep_ in ("amod", "compound"))]
            words += [o for c in place.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
            for word in words:
                if (country := country_of_word(word)) is not None:
                    return country
    return None


# A ministry named by its field alone: "the Defense Ministry", "a Health Ministry statement".
BARE_MINISTRY_RE = re.compile(r"(?i)^(?:the\s+)?(?P<field>[a-z]+)\s+ministry$")


def ministry_of_its_sentence_country(article: ParsedArticle, name: str, position: int) -> str | None:
    """ "In Iraq a Defense Ministry statement said ...": a ministry named without its country is that of
    the one country its own sentence names ("In Iraq", "Iraqi forces"), as the alias table knows it
    ("Iraqi Defence Ministry"), else that name with the country's nationality. None when the sentence
    names no country or more than one (the ministry may be any of theirs), or the name is no bare
    ministry; the article's country alone does not decide (a Syria story quotes Russia's ministry)."""
    match = BARE_MINISTRY_RE.match(name.strip())
    if match is None or match.group("field").lower() not in MINISTRY_FIELDS:
        return None
    sentence = article.doc[article.token_at(position)].sent
    countries = {country for token in sentence if token.pos_ in ("PROPN", "ADJ") and (country := country_of_word(token))}
    return qualified_ministry(match.group("field"), next(iter(countries))) if len(countries) == 1 else None


def ministry_written_with_its_owner(article: ParsedArticle, text: str, position: int) -> str | None:
    """ "the defence ministry in Moscow said", "the health ministry in Kabul": a ministry the phrase names by
    the place or group written with it, as the casualty stage reads it (`casualties.ministries.named_ministry`:
    a capital gives its state, "Russian Defence Ministry"). None for a ministry written with no owner."""
    from ..casualties.ministries import named_ministry  # here: pipeline.casualties imports this package

    at = article.token_at(position)  # the phrase's head, or its first word
    head = next((t for t in article.doc[at : at + len(text.split()) + 1] if t.lemma_.lower() == "ministry"), None)
    return named_ministry(list(article.doc[head.left_edge.i : head.i + 1]), head) if head is not None else None


def qualified_ministry(field: str, country: str) -> str | None:
    """The ministry of a field ("defense") of a country, as the alias table knows it ("Russian Defence
    Ministry"), else that name with the country's nationality; None for a country of no known nationality."""
    if (adjective := demonyms().get(country)) is None:
        return None
    field = field.capitalize()
    qualified = f"{adjective} {'Defence' if field == 'Defense' else field} Ministry"  # the table's spelling
    known = find_alias(qualified) or pattern_names().get(name_key(qualified))
    return known.canonical if known is not None else qualified


BASE_RE = re.compile(r"\b([A-Z][\w.]*(?:[ -][A-Z][\w.]*)*)-based\b")


@functools.cache
def body_bases() -> dict[str, str]:
    """Canonical body name -> the country it is based in, from data/lexicons/body_bases.csv."""
    return {row["name"]: row["country"] for row in read_lexicon_rows("body_bases.csv")}


def based_elsewhere(description: str, name: str) -> bool:
    """Whether a description names a base ("the US-based rights group") in another country than the one
    the body `name` is based in (Human Rights Watch, not the Britain-based Observatory). False when either
    base is unknown."""
    match = BASE_RE.search(description or "")
    known = body_bases().get(name)
    if match is None or known is None:
        return False
    written = country_containing(match.group(1))
    return written is not None and written != known


def national_general_staff(tokens: list[Token], head: Token) -> tuple[str, str] | None:
    """(name, "ORG") of a state's military staff named by its nation: "the Turkish General Staff",
    "Ukraine's General Staff", "the Russian General Staff" -> "<Adjective> General Staff" (demonyms.csv).
    None for "General Staff" alone or with no nation, and for "staff" of any other kind ("hospital staff")."""
    if head.lower_ != "staff" or head.i == 0 or head.doc[head.i - 1].lower_ != "general":
        return None
    before = [t for t in tokens if t.i < head.i - 1 and t.dep_ != "det" and t.tag_ != "POS" and t.text not in ("'s", "’s")]
    if len(before) != 1:
        return None
    country = nation_of_the_word(before[0].text)
    adjective = demonyms().get(country) if country is not None else None
    return (f"{adjective} General Staff", "ORG") if adjective is not None else None


# A state's missions abroad: "the Russian embassy in Damascus said", "the US consulate in Erbil".
MISSION_HEADS = frozenset({"embassy", "consulate", "mission"})


def national_mission(tokens: list[Token], head: Token) -> tuple[str, str] | None:
    """(name, "ORG") of a state's mission named by its nation and, after it, its seat: "the Russian embassy
    in Damascus" -> "Russian Embassy in Damascus", "Iran's embassy" -> "Iranian Embassy". None without a
    nation ("the embassy", "a Western embassy")."""
    if head.lemma_.lower() not in MISSION_HEADS:
        return None
    before = [t for t in tokens if t.i < head.i and t.dep_ != "det" and t.tag_ != "POS" and t.text not in ("'s", "’s")]
    if len(before) != 1:
        return None
    country = nation_of_the_word(before[0].text)
    adjective = demonyms().get(country) if country is not None else None
    if adjective is None:
        return None
    seat = next((o for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "to") for o in c.children
                 if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
    if seat is not None:  # the whole name of the seat: "in Tel Aviv", "to the United Nations"
        words = [t.text for t in seat.doc[seat.left_edge.i : seat.i + 1] if t.dep_ != "det"]
        where = f" {seat.head.text} {' '.join(words)}"
    else:
        where = ""
    return f"{adjective} {head.text.capitalize()}{where}", "ORG"


def nation_of_the_word(word: str) -> str | None:
    """The country a word before a state body's noun names: a nationality ("Turkish"), a possessive whose
    "'s" the tokenizer split or a scrape lost ("Ukraine", "Syrias"), a country's name; else None."""
    return country_of_nationality(word) or country_of_possessive(word) or country_of_possessive(f"{word}'s") or country_named(word)

"""Places a sentence names as who acts or reports, not where its events happened: "U.S. air strikes",
"Russia's defence ministry", "Turkey said 12 soldiers were killed", "since Moscow began its campaign"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ..records import PlaceMention
from .lexicons import SPEECH_LEMMAS

MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# Nouns of who or what strikes: a country modifying one names the attacker ("U.S. air strikes").
# Not "bombing", "raid", "shelling": "an Iraq bombing" is one in Iraq.
ACTOR_NOUNS = frozenset({
    "strike", "strikes", "airstrike", "airstrikes", "jet", "jets", "warplane", "warplanes", "aircraft", "plane",
    "planes", "drone", "drones", "missile", "missiles", "artillery", "forces", "troops", "army", "military",
    "soldiers", "coalition", "navy",
})  # fmt: skip
# Nouns of who reports: a country modifying one names whose source it is ("Russia's defence ministry",
# "Turkey's official Anadolu Agency", "Iranian state media"), not where the events were.
REPORTING_LEMMAS = frozenset({"put", "report", "announce", "tell", "state", "confirm", "give", "claim", "publish"})
SOURCE_NOUNS = frozenset({
    "ministry", "agency", "government", "official", "officials", "spokesman", "spokeswoman", "media",
    "television", "tv", "embassy", "envoy", "diplomat", "diplomats", "president", "minister",
})  # fmt: skip


def country_of_an_actor(place: PlaceMention, sent: Span | Doc) -> bool:
    """Whether a country is named only as the modifier of who or what acted or reports ("U.S. air strikes",
    "Russia's jets", "Turkish forces", "Russia's defence ministry"): whose weapons or source, not where the
    events were. Not Syria, where the events of a "Syria air strikes" headline are."""
    if place.kind != "country" or place.country == "SY":
        return False
    doc = sent if isinstance(sent, Doc) else sent.doc
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ not in MODIFIER_DEPS or root.head.i < root.i:
        return False
    noun = root.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head  # "Russias Defence Ministry" (a possessive that lost its apostrophe): the ministry
    return noun.lower_ in ACTOR_NOUNS or (noun.lower_ in SOURCE_NOUNS and reports(noun))


def reports(noun: Token) -> bool:
    """Whether a source noun stands as the one who reports: the subject of a verb of saying, the object
    quoted or cited, or "according to" it. Not a building ("outside Iraq's defence ministry")."""
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in SPEECH_LEMMAS | REPORTING_LEMMAS:
        return True
    if noun.dep_ == "dobj" and head.lemma_.lower() in {"quote", "cite"}:
        return True
    return noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


# Verbs of an attack: a state their subject is the attacker ("Russia bombed a market"), not where it was.
# Not "hit", "target", "launch": "Russia hit back", "Lebanon targeted in bombing", "Turkey launched an inquiry".
ATTACK_LEMMAS = frozenset({"bomb", "shell", "strike", "attack", "pound", "raid", "kill"})
SIDE_CLAUSE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp", "xcomp"})  # not ccomp: ", the army said"


def speaks_in_the_sentence(place: PlaceMention, sent: Span) -> bool:
    """Whether a country or seat is the subject of a report in the sentence ("Turkey said 12 soldiers were
    killed", "Damascus put the toll at 40"), or a foreign one the subject or agent of any deed ("since Moscow
    began its campaign", "Turkey shelled Afrin", "rebels backed by Turkey"): the government that speaks or
    acts, not where the events were."""
    from .source_names import speaks_for_a_state  # source_names reads this module's helpers

    span = sent.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or not speaks_for_a_state(span.text):
        return False
    foreign = place.country != "SY"
    return any(
        (t.dep_ == "nsubj" and (
            t.head.lemma_.lower() in SPEECH_LEMMAS
            # a side clause's deed ("since Moscow began its campaign"); not the main clause's ("Lebanon
            # mourned 4 soldiers killed by militants": its own dead)
            or (foreign and t.head.pos_ == "VERB" and t.head.dep_ in SIDE_CLAUSE_DEPS and t.head.lemma_.lower() not in ("be", "have"))
        ))
        # "Russia bombed a market, killing 12", "Turkey shelled the area and killed 12": who attacked
        or (foreign and t.dep_ == "nsubj" and t.head.lemma_.lower() in ATTACK_LEMMAS)
        # "as the rebels, backed by Turkey, advanced", "strikes carried out by Russia", "the strike by the US":
        # the agent of a deed
        or (foreign and t.dep_ == "pobj" and (t.head.dep_ == "agent" or (t.head.lower_ == "by" and t.head.head.lower_ in ACTOR_NOUNS)))
        for t in span
    )  # not "Aleppo reported 45 deaths": a city counts where it is

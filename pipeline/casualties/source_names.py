"""Source names: the body or person a source phrase stands for (an entity, a name the model missed,
a description resolved to a body named earlier, a pronoun, a generic "activists"), read in text order
so later mentions can point back."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..entities import find_known_name
from ..entities.lexicon import parenthesised_abbreviation
from ..nlp import doc_text, entity_at
from ..outlets.credits import dateline_credit_span
from ..places.resolve import resolve_offline
from ..records import EntityMention
from ..speakers import MEMBER_HEADS, event_nouns, government_of_seat, role_words, side_of
from .lexicons import DETERMINER_RE, lexicon
from .ministries import backed_ministry, named_ministry
from .national_forces import national_force, state_body_of_the_article, state_broadcaster_of_the_article
from .places import place_glued_to_source
from .source_owners import (
    body_of_an_anonymous_source,
    document_author,
    name_written_before,
    reporting_outlet,
    state_of_seat,
)
from .source_phrases import NON_SOURCE_ENT_LABELS, Source, generic_source, source_tokens


@dataclass(frozen=True, slots=True)
class KnownSource:
    """A source the article has already named, for "the source said", "it added", "the ministry said"."""

    name: str
    label: str


# Entity labels a source may carry; GPE only when the source is the place itself ("Russia said").
SOURCE_ENTITY_RANK = {"ORG": 0, "ARMED_GROUP": 1, "PERSON": 2, "GPE": 3}


def source_span_tokens(head: Token) -> list[Token]:
    """The source's own words: its subtree without relative clauses, appositions or conjuncts, from its
    article on ("east of Dabiq the Turkish army said": with the comma lost, the parse hangs the place on
    the army; a noun phrase opens at its article)."""
    skip: set[int] = set()
    for child in head.children:
        if child.dep_ in ("relcl", "acl", "appos", "conj", "cc", "punct"):
            skip.update(t.i for t in child.subtree)
    article = next((c for c in head.lefts if c.dep_ == "det" and c.lower_ in ("the", "a", "an")), None)
    opens = article.i if article is not None else head.left_edge.i
    return [t for t in head.subtree if t.i not in skip and t.i >= opens]


def entity_for(
    tokens: Sequence[Token], entities: Sequence[EntityMention], head: Token | None = None
) -> EntityMention | None:
    """The named body among a source's words: the entity holding its head word first ("Observatory
    chief Rami Abdel Rahman" is Rahman), else the best ranked one; a place only when it is the head."""
    if not tokens:
        return None
    lo, hi = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    inside = [e for e in entities if e.start < hi and e.end > lo and e.label in SOURCE_ENTITY_RANK]
    if head is not None and (short := parenthesised_abbreviation(head)) is not None:
        # "the United Nations International Childrens Emergency Fund (UNICEF)": the abbreviation's body
        named = [e for e in entities if e.start <= short.idx < e.end and e.label in ("ORG", "ARMED_GROUP")]
        if named and not any(e.label == "PERSON" and e.start <= head.idx < e.end for e in inside):
            return named[0]
    if head is not None:
        holding = [e for e in inside if e.start <= head.idx < e.end]
        if holding:
            return min(holding, key=lambda e: SOURCE_ENTITY_RANK[e.label])
        persons = [e for e in inside if e.label == "PERSON"]
        if persons and role_words().get(head.lemma_.lower()) == "person":
            return persons[-1]  # "UN Special Envoy for Syria Staffan de Mistura": the office's holder, not its body
    inside = [e for e in inside if e.label != "GPE" and not (head is not None and event_between(e, head))]
    if not inside:
        return None
    return min(inside, key=lambda e: (SOURCE_ENTITY_RANK[e.label], -(e.end - e.start)))


def event_between(entity: EntityMention, head: Token) -> bool:
    """Comma-less "... in a U.S.-led coalition operation security sources said": an event noun between a
    name and the source's head makes the name the event's party ("coalition operation"), not the source."""
    between = [t for t in head.doc[: head.i] if t.idx >= entity.end]
    return any(
        t.pos_ == "NOUN"
        and t.lemma_.lower() in event_nouns()
        and not (t.i + 1 < len(t.doc) and {t.doc[t.i + 1].lower_, t.doc[t.i + 1].lemma_.lower()} & UNIT_NOUNS)
        for t in between
    )


# Nouns an event noun names a unit with ("operations room", "war media"): the body's unit, not an event.
UNIT_NOUNS = frozenset({"room", "media", "unit", "office", "centre", "center", "command", "cell", "department"})


def proper_name(tokens: Sequence[Token], head: Token) -> str | None:
    """A name the entity model missed ("a source at Hasaka Police Command", "Al Mayadeen TV channel"):
    the longest run of proper nouns that is the head, names it right before it, or hangs on it by a
    preposition, without place names or dates at its edges."""
    runs: list[list[Token]] = []
    for token in tokens:
        if token.pos_ in ("PROPN", "X", "NOUN") and token.text[:1].isupper() and token.i != head.sent.start:
            if runs and runs[-1][-1].i == token.i - 1:
                runs[-1].append(token)
            else:
                runs.append([token])
    # A run before the head must touch it ("Al Mayadeen TV channel"), not modify it from afar.
    runs = [r for r in runs if r[-1].i >= head.i - 1]
    edge = NON_SOURCE_ENT_LABELS | {"GPE", "NORP"}
    best: list[Token] = []
    for run in runs:
        org_words = lexicon("sources")["organisation_name_words"]
        # A place leads a name only when an organisation word follows it ("Aleppo Police Command").
        while run and run[0].ent_type_ in edge and not (len(run) > 1 and run[1].lower_ in org_words):
            run = run[1:]
        while run and run[-1].ent_type_ in edge:
            run = run[:-1]
        if len(run) > len(best):
            best = run
    if len(best) < 2:
        return None
    return " ".join(t.text for t in best)


def description_text(tokens: Sequence[Token], head: Token) -> str:
    """A source description as comparable words: up to its head, without determiners, numbers or
    weekday words ("Monday state media" -> "state media", "the defense ministry in Moscow" ->
    "defense ministry")."""
    noise = set(lexicon("sources")["non_description_words"])
    words = [
        t.lower_
        for t in tokens
        if t.i <= head.i
        and t.pos_ not in ("DET", "NUM", "PUNCT", "PRON")
        and not t.like_num
        and t.lower_ not in noise
        and t.dep_ != "poss"
    ]
    return DETERMINER_RE.sub("", " ".join(words)).strip()


def matches_noun(text: str, nouns: Iterable[str]) -> bool:
    return any(text == n or text.endswith(" " + n) for n in nouns)


def name_has_keyword(name: str, *, keywords: tuple[str, ...]) -> bool:
    return any(re.search(r"\b" + re.escape(k) + r"\b", name.lower()) for k in keywords)


def nationality_side(tokens: Sequence[Token], head: Token) -> str | None:
    """The side (`speakers.side_of`) of the nationality words a description carries: "the Turkish
    military" -> "Turkey and Gulf states"; None when it names no nationality with a side."""
    words = [t.text for t in tokens if t.i < head.i and t.ent_type_ == "NORP"]
    side = side_of(None, text=" ".join(words)) if words else None
    return side if side not in (None, "unknown") else None


# Words naming a ministry's portfolio: what tells one ministry from another
PORTFOLIO_WORDS = frozenset({
    "health", "interior", "defence", "foreign", "information", "education", "justice", "finance", "economy",
    "electricity", "water", "transport", "endowments", "awqaf", "displaced", "refugees", "emergency",
})  # fmt: skip


def normalise_spelling(name: str) -> str:
    """A name's words lowered, American and British spellings alike ("Defense" = "defence")."""
    return re.sub(r"defense", "defence", name.lower())


def resolve_description(
    text: str,
    before: int,
    entities: Sequence[EntityMention],
    history: Sequence[KnownSource] = (),
    side: str | None = None,
) -> str | None:
    """Canonical name behind "the monitoring group", "the agency": the nearest earlier matching ORG,
    else the latest matching source the article has named (not an unnamed one it cited). With the `side` the description's own
    nationality gives, a name of another known side is another country's body ("the Turkish military"
    is not the Syrian Arab Army)."""
    for kind, description in lexicon("sources")["descriptions"].items():
        if not matches_noun(text, description["nouns"]):
            continue
        keywords = description["entity_keywords"]

        # "the health ministry" is not the interior ministry named before: a ministry's portfolio must recur
        own_words = set(normalise_spelling(text).split()) & PORTFOLIO_WORDS if kind == "ministry" else set()
        # "state media", "state TV": a state-run outlet only, never the wire whose dateline opens the story
        state_run = state_run_outlets() if describes_state_media(text) else None

        def fits(
            name: str,
            keywords: tuple[str, ...] = tuple(keywords),
            own_words: set[str] = own_words,
            state_run: frozenset[str] | None = state_run,
        ) -> bool:
            own = side_of(name) if side else None
            distinct = not own_words or bool(own_words & set(normalise_spelling(name).split()))
            run_by_a_state = state_run is None or name in state_run
            return name_has_keyword(name, keywords=keywords) and own in (None, "unknown", side) and distinct and run_by_a_state

        orgs = [e for e in entities if e.label in ("ORG", "ARMED_GROUP")]
        # Nearest earlier mention first; news also write "a monitor said" and name it just after.
        ordered = sorted((e for e in orgs if e.start < before), key=lambda e: -e.start) + sorted(
            (e for e in orgs if e.start >= before), key=lambda e: e.start
        )
        for entity in ordered:
            if fits(entity.canonical):
                return entity.canonical
        # An unnamed source read before ("a monitor" of "a monitoring group said") names no body to resolve to.
        for known in reversed(history):
            if known.label != "GENERIC" and fits(known.name):
                return known.name
    return None


def describes_state_media(text: str) -> bool:
    """Whether a source description names a state-run medium ("state media", "the state news agency",
    "official television", "state-run TV"): the quote stage's reading of the same words."""
    from ..quotes.state_media import STATE_MEDIA_RE  # here: pipeline.quotes imports this package

    return bool(STATE_MEDIA_RE.match(text))


def state_run_outlets() -> frozenset[str]:
    """Canonical names of the outlets a state runs (data/lexicons/state_media.csv)."""
    from ..quotes.state_media import state_outlet_states  # here: pipeline.quotes imports this package

    return frozenset(state_outlet_states())


def latest_named(history: Sequence[KnownSource], *, persons: bool | None = None) -> KnownSource | None:
    """The article's last named source (not a generic one); persons=True/False restricts the kind."""
    for known in reversed(history):
        if known.label == "GENERIC":
            continue
        if persons is None or (known.label == "PERSON") == persons:
            return known
    return None


def pronoun_source(head: Token, history: Sequence[KnownSource]) -> KnownSource | None:
    """ "It added", "he said": the last named source of the same kind."""
    words = lexicon("sources")
    if head.lower_ in words["pronoun_persons"]:
        return latest_named(history, persons=True)
    if head.lower_ in words["pronoun_bodies"]:
        return latest_named(history, persons=False)
    return None


def appositive_name(head: Token) -> Token | None:
    """The named body in apposition to a common-noun source ("the monitoring group, the Syrian
    Observatory"), or None when the source is itself a name or has no named apposition."""
    if head.ent_type_ or head.pos_ == "PROPN":
        return None
    for child in head.children:
        if child.dep_ == "appos" and child.ent_type_ in ("ORG", "PERSON", "ARMED_GROUP", "NORP"):
            return child
    return None


def whole_author_name(document: Token, author: Token, known: KnownSource) -> KnownSource:
    """The author's whole name when the parse read only its last words ("a Save the Children report":
    "Children"; `source_owners.name_written_before`); the source as read otherwise."""
    written = name_written_before(document, author)
    if written is None or len(written) <= len(known.name) or not written.endswith(known.name):
        return known
    alias = find_known_name(written)
    return KnownSource(alias.canonical, alias.label) if alias is not None else KnownSource(written, "ORG")


def placeless_local_body(name: str) -> bool:
    """True for a local body's kind without its place ("Police Command", "Health Directorate"): every
    governorate has one, so the name names no particular body (read as the quote stage reads it)."""
    from ..quotes.descriptions import LOCAL_BODY_WORDS  # here: pipeline.quotes imports this package

    return all(word.lower() in LOCAL_BODY_WORDS for word in name.split())


def person_by_surname(head: Token, entities: Sequence[EntityMention]) -> KnownSource | None:
    """The person an article named in full and now calls by surname alone ("... Moumtzis said" after
    "coordinator Panos Moumtzis"): the latest earlier PERSON whose name ends with the word. A capitalised
    word that ends no earlier person's name is None."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or len(head.text) < 3:
        return None
    earlier = [
        e
        for e in entities
        if e.label == "PERSON" and e.end <= head.idx and e.canonical.split()[-1] == head.text
    ]
    return KnownSource(earlier[-1].canonical, "PERSON") if earlier else None


def named_source(
    head: Token, entities: Sequence[EntityMention], history: Sequence[KnownSource] = ()
) -> KnownSource | None:
    """The source a head word stands for: an entity canonical, a body the article named earlier, or a
    normalised generic source; None for weapons, dates, numbers and anything else that reports nothing.
    A local body named without its place ("Police Command") is an unnamed source (label GENERIC)."""
    known = source_reading(head, entities, history)
    if known is None and (body := body_of_an_anonymous_source(head, entities)) is not None:
        known = KnownSource(*body)  # "a source at the Homs police command": the body, though no entity covers it whole
    if known is not None and known.label == "ORG" and placeless_local_body(known.name):
        return KnownSource(known.name, "GENERIC")  # "a Police Command source": which one is not said
    if known is not None and known.label in SOURCE_ENTITY_RANK and (alias := find_known_name(known.name)) is not None:
        # The name the alias table or entity patterns give it, a misspelt one included ("Syrian
        # Obervatorty for Human Rights"), as quotes name their speakers.
        return KnownSource(alias.canonical, known.label)
    return KnownSource(*state_of_seat(known.name, known.label)) if known is not None else None


# Verbs of which a city is the scene, not the reporter: "Aleppo recorded 342 deaths", "Idlib saw the most".
RECORDING_VERBS = frozenset({"record", "register", "document", "see", "witness", "suffer", "count", "top", "come", "follow"})


# Heads of a place's name that name no body that could speak ("Deir Ezzor province", "the Aleppo
# countryside"); "Deir Ezzor Governorate" is also the governorate's administration, and speaks.
PLACE_ONLY_HEADS = frozenset({"province", "countryside", "region", "outskirts", "suburbs", "district", "neighbourhood", "neighborhood"})


def speaks_for_a_state(place: str) -> bool:
    """Whether a place name can be a source: a country ("Turkey said") or a seat of government ("Damascus
    said", data/lexicons/government_seats.csv); a city or province is where events are counted."""
    if government_of_seat(place) is not None:
        return True
    resolved = resolve_offline(place)
    return resolved is None or resolved.kind == "country"


OTHER_WORDS = frozenset({"other", "second", "different", "separate", "rival"})  # "a second monitor", "other sources"


def source_reading(
    head: Token, entities: Sequence[EntityMention], history: Sequence[KnownSource] = ()
) -> KnownSource | None:
    """`named_source` before its check of local bodies named without their place."""
    words = lexicon("sources")
    author = document_author(head)
    if author is not None and (known := named_source(author, entities, history)) is not None:
        return whole_author_name(head, author, known)  # "according to figures compiled by X": the document's author
    if head.ent_type_ in NON_SOURCE_ENT_LABELS or head.like_num:
        return None
    outlet = KnownSource(*found) if (found := reporting_outlet(head, entities)) is not None else None
    if outlet is not None:
        return outlet
    if head.lower_ in words["not_sources"] or head.pos_ == "PRON":
        return pronoun_source(head, history)
    named_appos = appositive_name(head)
    if named_appos is not None:
        head = named_appos  # "another activist group the Local Coordination Committees said"
    tokens, article_entities = source_span_tokens(head), entities
    if glued := place_glued_to_source(tokens, words["organisation_name_words"]):
        # "killed in Idlib Qasioun news agency said": the place ends the clause before, not the name
        tokens = tokens[glued:]
        entities = [e for e in entities if e.start >= tokens[0].idx]
    if (ministry := named_ministry(tokens, head)) is not None:
        return KnownSource(ministry, "ORG")  # "the Hamas-run health ministry": the ministry, not Hamas
    if backed_ministry(tokens, head):
        return None  # "the Wagner-affiliated ministry in Bangui": unnamed, never the backer
    if (broadcaster := state_broadcaster_of_the_article(head, tokens, article_entities)) is not None:
        return KnownSource(broadcaster, "ORG")  # "state TV said": not the words "State TV" as a name
    entity = entity_for(tokens, entities, head)
    parsed = entity_at(head)
    if parsed is not None and tokens and parsed.start < tokens[0].i:
        parsed = None  # "east of Dabiq the Turkish army said": the model ran a place into the words
    proper = parsed is not None and (
        parsed.label_ == "PERSON"
        or (parsed.label_ == "ORG" and any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in parsed))
    )
    if proper and (entity is None or entity.label == "GPE"):
        # The model's own reading of the head word beats a place label given to part of a name.
        return KnownSource(parsed.text, parsed.label_)
    if (
        entity is not None and entity.label == "GPE" and head.dep_ == "nsubj"
        and head.head.lemma_.lower() in RECORDING_VERBS and not speaks_for_a_state(entity.canonical)
    ):
        return None  # "Aleppo recorded the highest toll": a city where the dead were counted, not who counts
    if entity is not None and entity.label in ("GPE", "LOC") and head.lower_ in PLACE_ONLY_HEADS:
        return None  # "fighting in Syrias Deir Ezzor province a monitor said": the parse made a province speak
    if body_named_only_before_its_member(head, entity):
        return None
    if entity is not None and not DETERMINER_RE.match(
        entity.canonical
    ):  # "the defense ministry" is a description
        return KnownSource(entity.canonical, entity.label)
    name = proper_name(tokens, head)
    if name:
        return KnownSource(name, "ORG")
    surname = person_by_surname(head, entities)
    if surname is not None:
        return surname
    text = description_text(tokens, head)
    if not text:
        return None
    # "local media reported", "opposition media": a crowd of outlets, never the one the article names
    # nearby ("local" is stripped from `text` as a determiner, so it is looked for in the words).
    local = any(t.lower_ == "local" and t.i < head.i for t in tokens)
    anonymous = local or generic_source(text) in words["anonymous_sources"]
    side = nationality_side(tokens, head)
    # The wire a dateline credits ("BEIRUT (Reuters) -") reports the story; it is no body the text cites.
    credit = dateline_credit_span(doc_text(head.doc))  # built once per Doc (spaCy joins every token on .text)
    cited = [e for e in entities if credit is None or not (credit[0] <= e.start < credit[1])]
    # "Another monitor reported 20 wounded", "a second source": not the one named before
    other = any(
        (c.dep_ == "det" and c.lower_ == "another") or (c.dep_ == "amod" and c.lower_ in OTHER_WORDS) for c in head.children
    )
    resolved = None if anonymous or other else resolve_description(text, head.idx, cited, history, side)
    if resolved:
        return KnownSource(resolved, "ORG")
    if not anonymous and not other and (force := national_force(tokens, head)) is not None:
        return KnownSource(force, "DESCRIBED")  # "The Israeli army said": that state's force, none named before
    definite = not other and not any(c.dep_ == "det" and c.lower_ in ("a", "an", "some") for c in head.children)
    if definite and not anonymous and matches_noun(text, words["anaphoric_sources"]):
        # "the source said": the source just quoted, which is unnamed when it was "a military source"
        # (not the outlet named before it); "the medical source in X" is a kind of unnamed source itself
        if text in ("source", "sources") and history and history[-1].label == "GENERIC" and "source" in history[-1].name:
            return history[-1]
        earlier = latest_named(history)
        if earlier is not None:
            return earlier
    generic = generic_source(text)
    if generic and side is not None and definite and not anonymous and head.lemma_.lower() != "source":
        # "the Turkish military": one country's body, named by its nationality (as the quote stage reads it);
        # not "Turkish security sources" nor "Kurdish officials", a crowd of that side that names no body
        first = next((t for t in tokens if t.pos_ != "DET"), head)
        return KnownSource(head.doc[first.i : head.i + 1].text, "DESCRIBED")
    if generic and not anonymous and (body := state_body_of_the_article(head, tokens, article_entities)) is not None:
        return KnownSource(body, "ORG")  # "the civil defence said" in an article about Syria
    if generic:
        return KnownSource(generic, "GENERIC")
    if any(matches_noun(text, d["nouns"]) for d in words["descriptions"].values()):
        # "The London-based opposition organization added": the body the article has just named.
        earlier = latest_named(history, persons=False) if definite else None
        portfolio = set(normalise_spelling(text).split()) & PORTFOLIO_WORDS
        if (
            earlier is not None
            and (side is None or side_of(earlier.name) in ("unknown", side))
            and (not portfolio or portfolio & set(normalise_spelling(earlier.name).split()))
        ):
            return earlier  # not "the health ministry" for the interior ministry named before
        # A body described, never named ("the Russian center for reconciliation"): keep its words; a bare
        # kind ("the agency said", "the group said") describes no one
        first = next((t for t in tokens if t.pos_ != "DET"), head)
        if first.i >= head.i or only_a_base_before(head.doc[first.i : head.i]):
            return None  # "the US-based group said": where it sits is no description of who it is
        return KnownSource(head.doc[first.i : head.i + 1].text, "DESCRIBED")
    return None


def only_a_base_before(words: Span) -> bool:
    """Whether the words before a source's kind noun are only where it is based ("US-based", "New
    York-based", "London based"): "the US-based group" names no body, "the Russian center" does."""
    based = [t for t in words if t.lower_ in ("based", "-based")]
    return bool(based) and all(t.i <= based[-1].i for t in words)


def body_named_only_before_its_member(head: Token, entity: EntityMention | None) -> bool:
    """ "A UN official said", "the NDF official", "an SDF commander": a member known only by a body's name
    before the noun is an unnamed source (the guidelines' decision of 2 December 2026), unlike "an
    official with the SDF" (the body it speaks for) or "UN spokesman Stephane Dujarric" (the person)."""
    return (
        entity is not None
        and entity.label != "PERSON"
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in MEMBER_HEADS
        and entity.end <= head.idx
    )


def source_name(
    head: Token, entities: Sequence[EntityMention], history: Sequence[KnownSource] = ()
) -> str | None:
    """The normalised name of a source head, or None when it names no source."""
    known = named_source(head, entities, history)
    return known.name if known is not None else None


def sentence_sources(
    sent: Span, entities: Sequence[EntityMention], history: list[KnownSource]
) -> list[Source]:
    """Every source a sentence cites, each appended to the article's history as it is read. A head word
    the subject of two reporting verbs ("The ministry condemned the strike and said 9 civilians were
    killed": `source_phrases.shared_finite_subject`) is read once: read again, its own first reading in
    the history would pass for a body named before, and an unnamed "the ministry" would become a name."""
    sources = []
    read: dict[int, KnownSource | None] = {}
    for cue, head in source_tokens(sent):
        if head.i in read:
            known = read[head.i]
            sources.append(Source(cue, known.name if known else None, known.label if known else "GENERIC", head))
            continue
        known = read[head.i] = named_source(head, entities, history)
        sources.append(Source(cue, known.name if known else None, known.label if known else "GENERIC", head))
        if known is not None:
            history.append(known)
    return sources

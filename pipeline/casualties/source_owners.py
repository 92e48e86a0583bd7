"""Whose a figure's source is when the text names it by something it owns or sits in: a document's author
written before it ("a United Nations report", "Kyiv's figures"), a state's seat of government ("Moscow
said", "Kyiv's figures": Russia, Ukraine), an outlet's reporter ("SANA's correspondent") and the body an
anonymous source sits in ("a source at the Homs police command"), as the quote stage names its speakers."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..places.resolve import resolve_offline
from ..records import EntityMention
from ..speakers import government_of_seat
from .lexicons import lexicon

# Labels of a name that may author a document; a place only as a state or its seat ("Kyiv's figures"),
# not where the figures count ("the Aleppo toll").
AUTHOR_LABELS = frozenset({"ORG", "PERSON", "NORP", ""})


def author_before(document: Token) -> Token | None:
    """The author a document noun names before it: a possessive ("Kyiv's figures", "the Observatory's
    count") or a name set before the noun ("a United Nations report", "an AFP tally"). None for a
    common noun ("a casualty report", "hospital records") and for a place that is no state's seat
    ("Idlib's figures", "A Kharkiv report": where the figures count, whatever label the model gives)."""
    for child in document.children:
        if child.i > document.i or child.dep_ not in ("poss", "compound") or child.pos_ != "PROPN":
            continue
        if government_of_seat(child.text) is not None:
            return child
        if child.ent_type_ in AUTHOR_LABELS and not names_a_place(child.text):
            return child
    return None


def names_a_place(name: str) -> bool:
    """Whether a name is a place the gazetteer knows other than a country ("Idlib", "Kharkiv", "Sanaa")."""
    place = resolve_offline(name)
    return place is not None and place.kind != "country"


# Words that join the capitalised words of one name: "Save the Children", "Physicians for Human Rights".
NAME_JOINERS = frozenset({"the", "for", "of", "and", "&"})


def names_on(token: Token) -> bool:
    """Whether a word before a name's last word may belong to it: capitalised (not "A", "An" opening a
    sentence) or a joining word."""
    if token.lower_ in ("a", "an") or token.is_punct:
        return False
    return token.text[:1].isupper() or token.lower_ in NAME_JOINERS


def name_written_before(document: Token, author: Token) -> str | None:
    """The whole name written right before a document noun, of which the parse kept one word as its
    author: "a Save the Children report" (the model tags "Children"), "a Physicians for Human Rights
    report". Capitalised words and the small words joining them, back from the noun (or its
    possessive); None for a single word."""
    doc = document.doc
    k = author.i
    # right before the noun, or before its possessive mark ("Save the Children's report")
    if not (k == document.i - 1 or (k == document.i - 2 and doc[k + 1].tag_ == "POS")):
        return None
    start = k
    while start - 1 >= document.sent.start and names_on(doc[start - 1]):
        start -= 1
    while start < k and doc[start].lower_ in NAME_JOINERS:
        start += 1  # "the" before the name belongs to the noun phrase
    if start == k:
        return None
    return doc[start : k + 1].text


def state_of_seat(name: str, label: str) -> tuple[str, str]:
    """(name, label) of a source, a seat of government as the state it stands for ("Moscow" -> "Russia",
    "Kyiv" -> "Ukraine": data/lexicons/government_seats.csv); any other source as it is."""
    state = government_of_seat(name)
    return (state, "GPE") if state is not None else (name, label)


def document_author(head: Token) -> Token | None:
    """The author the text names for a document a figure is credited to: "figures compiled by X", "a
    report released by X", "data from X", "the figures of X" (a name), "X's figures", "an X report"
    (`source_owners.author_before`); None for other words and for "a report of 40 deaths"."""
    if head.lower_ not in lexicon("sources")["document_nouns"]:
        return None
    for child in head.children:
        if child.dep_ in ("acl", "relcl"):
            agents = [
                a for a in child.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
            ]
            authors = [o for a in agents for o in a.children if o.dep_ == "pobj"]
            if authors:
                return authors[0]
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            authors = [
                o for o in child.children if o.dep_ == "pobj" and (child.lower_ != "of" or o.pos_ == "PROPN")
            ]
            if authors:
                return authors[0]
    return author_before(head)  # "a United Nations report", "Kyiv's figures"


def reporting_outlet(head: Token, entities: Sequence[EntityMention]) -> tuple[str, str] | None:
    """The outlet whose reporter reports: "SANA's correspondent", "SANAs correspondent" (apostrophe
    lost), "an AFP photographer" -> the outlet, as the quote stage reads it; None for any other head
    and for "a local journalist" or a bare "the correspondent" (the publishing outlet, which the quote
    stage fills in)."""
    # Imported here: pipeline.quotes imports this package (headline credits), so not at module level.
    from ..quotes.descriptions import REPORTER_HEADS, outlet_of_reporter

    if head.lemma_.lower() not in REPORTER_HEADS:
        return None
    found = outlet_of_reporter(parsed_article(head, entities), head, None)
    return tuple(found) if found is not None else None


def body_of_an_anonymous_source(head: Token, entities: Sequence[EntityMention]) -> tuple[str, str] | None:
    """The body an anonymous source sits in, as the quote stage reads it: "a source at the Homs police
    command told SANA" -> Homs Police Command (its words lower-case, which no entity covers whole); None for
    any other head, for "a source in Aleppo" (a place, no body) and for a source that is not the subject
    of its report."""
    # Imported here: pipeline.quotes imports this package (headline credits), so not at module level.
    from ..quotes.descriptions import organisation_of_source

    if head.lemma_.lower() != "source" or head.dep_ not in ("nsubj", "nsubjpass"):
        return None  # "quoted a source at X as saying": the quoting outlet's relay is read with the quote
    found = organisation_of_source(parsed_article(head, entities), head)
    return tuple(found) if found is not None else None


def parsed_article(head: Token, entities: Sequence[EntityMention]):
    """The quote stage's view of the article (`quotes.parsed.ParsedArticle`: token and line offsets,
    sorted entities), built once per Doc and entity list and kept in `doc.user_data`, not once per
    source phrase read."""
    from ..quotes.parsed import ParsedArticle  # here: pipeline.quotes imports this package

    cached = head.doc.user_data.get("casualty_sources_article")
    if cached is None or cached[0] is not entities:
        cached = head.doc.user_data["casualty_sources_article"] = (entities, ParsedArticle(head.doc, list(entities)))
    return cached[1]

"""Pronoun and description sources resolved to the named speaker the text means."""

from __future__ import annotations

import re

from ..speakers import (
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    ORG_PRONOUNS,
    ORG_SPEAKER_LABELS,
    KnownSpeaker,
    SpeakerHistory,
    role_words,
    role_words_in,
    side_of,
)
from .found import Found
from .parsed import ParsedArticle
from .sources import Speaker


def resolve(article: ParsedArticle, speaker: Speaker, history: SpeakerHistory) -> Speaker:
    """Fill the name of a pronoun or description speaker from the nearest compatible earlier one."""
    if speaker.named or speaker.pronoun is None:
        return speaker
    known: KnownSpeaker | None = None
    if role_words().get(speaker.pronoun.removeprefix("description:")) == "statement":
        known = history.resolve_statement(speaker.position)
    elif speaker.pronoun.startswith("description:"):
        head = speaker.pronoun.split(":", 1)[1]
        known = history.resolve_description(head, speaker.text or head, speaker.position)
        if known is None and head in GENERIC_ORG_WORDS:
            # "the Lebanese terrorist group Hezbollah said ... with the Syrian army. '...' the group
            # said": the body the text introduced as a group, else the body that spoke last.
            known = introduced_as(article, head, speaker.position) or history.last_organisation(
                speaker.position
            )
        if known is None and role_words().get(head) == "org":
            known = resolve_from_entities(article, head, speaker.position)
        if known is None and role_words().get(head) == "org":
            known = resolve_by_side(article, speaker.text or head, head, speaker.position)
    elif speaker.pronoun in MALE_PRONOUNS | FEMALE_PRONOUNS | ORG_PRONOUNS:
        known = history.resolve_pronoun(speaker.pronoun, speaker.position)
        if known is not None:
            history.note_gender(known.name, speaker.pronoun)
    if known is not None:
        speaker.name, speaker.label = known.name, known.label
        speaker.role = speaker.role or known.role
    return speaker


GENERIC_ORG_WORDS = ("group", "organisation", "organization")


def resolve_by_side(
    article: ParsedArticle, description: str, head: str, position: int
) -> KnownSpeaker | None:
    """ "the rescue service" -> the nearest earlier body on that side; "the group" -> the nearest earlier group."""
    side = side_of(None, None, description)
    for entity in reversed(article.entities):
        if entity.end > position or entity.label not in ("ORG", "ARMED_GROUP") or article.in_quote(entity.start):
            continue  # a body named inside a quote is talked about, not talking
        if side not in (None, "other") and side_of(entity.canonical) == side:
            return KnownSpeaker(entity.canonical, entity.label, None, side, entity.start)
        if side in (None, "other") and head in GENERIC_ORG_WORDS:
            return KnownSpeaker(entity.canonical, entity.label, None, None, entity.start)
    return None


def resolve_forward(found: list[Found]) -> None:
    """ "..., a monitor said. The Syrian Observatory for Human Rights said ...": the lead's unnamed
    source is named by the next attribution on the same side, a common news-lead pattern."""
    ordered = sorted(
        (f for f in found if f.cue is not None and f.speaker is not None), key=lambda f: f.cue.idx
    )
    for n, item in enumerate(ordered):
        speaker = item.speaker
        text = (speaker.text or "").lower()
        if speaker.name is not None or not text.startswith(("a ", "an ")):
            continue
        side = side_of(None, None, speaker.text)
        if side in (None, "other"):
            continue
        # "a Kremlin spokesman" is not the chief of staff quoted next: a person's office must recur.
        offices = {w for w in role_words_in(speaker.text or "") if role_words().get(w) == "person"}
        for later in ordered[n + 1 : n + 3]:
            other = later.speaker
            if offices and not offices & set(role_words_in(f"{other.role or ''} {other.text or ''}")):
                continue
            if other.name is not None and side_of(other.name, other.role, other.text) == side:
                speaker.name, speaker.label = other.name, other.label
                break


INTRODUCTION_WINDOW = 40  # characters around a name where "a monitoring group", "terrorist group" introduce it


def introduced_as(article: ParsedArticle, head: str, position: int) -> KnownSpeaker | None:
    """The nearest earlier organisation written next to the description's head word
    ("the Britain-based monitoring group Syrian Observatory", "Hezbollah, the Lebanese group")."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(head) + r"(?![\w-])", re.IGNORECASE)
    for entity in reversed(article.entities):
        if entity.end > position or entity.label not in ORG_SPEAKER_LABELS or article.in_quote(entity.start):
            continue
        lo, hi = article.line_of(entity.start)
        window = article.text[max(lo, entity.start - INTRODUCTION_WINDOW) : min(hi, entity.end + INTRODUCTION_WINDOW)]
        if pattern.search(window) and position - entity.end > INTRODUCTION_WINDOW:
            return KnownSpeaker(entity.canonical, entity.label, None, None, entity.start)
    return None


def resolve_from_entities(article: ParsedArticle, head: str, position: int) -> KnownSpeaker | None:
    """ "the Observatory", "the ministry": the nearest earlier organisation whose name has that word."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(head) + r"(?![\w-])", re.IGNORECASE)
    for entity in reversed(article.entities):
        if (
            entity.end <= position
            and not article.in_quote(entity.start)
            and entity.label in ("ORG", "ARMED_GROUP")
            and pattern.search(entity.canonical)
        ):
            return KnownSpeaker(entity.canonical, entity.label, None, None, entity.start)
    return None

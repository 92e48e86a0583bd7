"""A report made jointly: "Kerry and Lavrov said a ceasefire would begin", "the civil defence and the
Observatory have reported that 35 were killed". The first named source speaks for the quote as found;
the second is given the same words as a quote of its own (the gold's convention, one entry per
speaker), so that each speaker's network and counts hold what they said; a list of three or more names and
nothing else ("Russia, Iran and Turkey said") likewise. A named source joined to an unnamed one speaks alone ("Activists and the
Observatory said": `named_beside_an_unnamed_source`)."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ..records import EntityMention
from .canonical import known_canonical
from .found import Found
from .held_names import longer_canonical
from .parsed import ParsedArticle
from .phrases import Speaker

JOINT_LABELS = ("PERSON", "ORG", "ARMED_GROUP")


def joined_by_and(between: str) -> bool:
    """ " and ", " and the ", " and Russian Foreign Minister ": "and", then at most the second source's
    own title, no comma and no "of" tying it to the first."""
    words = between.strip().split()
    return bool(words) and words[0].lower() in ("and", "&") and "," not in between and "of" not in (w.lower() for w in words[1:2])


def joint_sources(article: ParsedArticle, found: list[Found]) -> list[Found]:
    """One more quote for the second of two named sources joined by "and" in a quote's source phrase
    ("X and Y said"), the same words and cue; none for a phrase with another shape ("X, Y and Z", "X
    and a doctor", "X of Y and Z")."""
    extra = []
    for item in found:
        speaker = item.speaker
        # the source phrase as written, its coordinated sources included
        phrase = (speaker.written or speaker.text) if speaker is not None else None
        if speaker is None or not speaker.named or speaker.name is None or not phrase or " and " not in phrase:
            continue
        start = article.text.find(phrase, max(0, speaker.position - len(phrase)))
        if start < 0:
            continue
        end = start + len(phrase)
        inside = sorted((e for e in article.entities if start <= e.start and e.end <= end), key=lambda e: e.start)
        # two people or bodies ("U.S. Secretary of State John Kerry and ..."); else two states ("Russia and Turkey")
        names = [e for e in inside if e.label in JOINT_LABELS] or [e for e in inside if e.label == "GPE"]
        if (second := named_second_conjunct(article, start, end, names, speaker.name)) is not None:
            # "Syrian authorities and the Syrian Observatory said": a first source named by its phrase
            extra.append(replace(item, speaker=Speaker(longer_canonical(article, second), second.text, None, second.label, second.start, named=True)))
            continue
        if len(names) > 2 and is_a_list_of_names(article, start, end, names):
            # "Russia, Iran and Turkey said in a joint statement": one quote for each after the first
            for name in names[1:]:
                voice = known_canonical(name.text, False) if name.label == "GPE" else None
                voice = voice or longer_canonical(article, name)
                if voice != speaker.name:
                    extra.append(replace(item, speaker=Speaker(voice, name.text, None, name.label, name.start, named=True)))
            continue
        if len(names) != 2 or not joined_by_and(article.text[names[0].end : names[1].start]):
            continue
        if article.text[names[1].end : end].strip(" ,."):
            continue  # "Lavrov and Kerry's spokesman", "Putin and Erdogan's offices": the second name is no source
        before = article.text[start : names[0].start].lower().split()
        if before and before[-1] == "the":
            before = before[:-1]
        if before and before[-1] in ("of", "for", "at", "from", "with", "to"):
            continue  # "the director of X and Y": the first name is the object of the phrase's noun
        second = known_canonical(names[1].text, False) if names[1].label == "GPE" else None
        second = second or longer_canonical(article, names[1])  # "Moscow and Damascus": seats for their states
        if second == speaker.name:
            continue
        voice = Speaker(second, names[1].text, None, names[1].label, names[1].start, named=True)
        extra.append(replace(item, speaker=voice))
    return extra


LIST_SEPARATOR_RE = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?", re.IGNORECASE)


def is_a_list_of_names(article: ParsedArticle, start: int, end: int, names: list) -> bool:
    """Whether text[start:end] is nothing but the names listed ("Russia, Iran and Turkey", "Save the
    Children, Oxfam and CARE"), a leading "the" aside, the last joined by "and"; not "Kerry, Lavrov's
    aide and a diplomat" nor a name with its apposition ("Kerry, the US envoy, and Lavrov")."""
    if re.sub(r"^(?:the|The)\s+", "", article.text[start : names[0].start].strip()) or article.text[names[-1].end : end].strip(" ,."):
        return False
    gaps = [article.text[a.end : b.start] for a, b in itertools.pairwise(names)]
    return all(LIST_SEPARATOR_RE.fullmatch(gap) for gap in gaps) and " and " in f" {gaps[-1].lower()} "


AND = " and "


def whole_conjunct(article: ParsedArticle, start: int, end: int, entity: EntityMention) -> bool:
    """Whether `entity` is a whole conjunct of the one "X and Y" written in text[start:end] (a leading "the"
    aside): "Activists and the Syrian Observatory", not "relatives of Jane Doe and their friends"."""
    joiner = article.text.find(AND, start, end)
    if joiner < 0 or article.text.count(AND, start, end) != 1 or entity.start < joiner < entity.end:
        return False
    side = article.text[start:joiner] if entity.end <= joiner else article.text[joiner + len(AND) : end]
    return re.sub(r"^(?:the|The)\s+", "", side.strip()) == entity.text


def named_second_conjunct(article: ParsedArticle, start: int, end: int, names: list, first: str):
    """The one named body or person that is the whole second conjunct of "X and Y" when X, the speaker
    found, is named by its phrase and no entity ("Syrian authorities and the Syrian Observatory"); None
    otherwise."""
    if len(names) != 1 or names[0].start < article.text.find(AND, start, end) or not whole_conjunct(article, start, end, names[0]):
        return None
    return names[0] if longer_canonical(article, names[0]) != first else None


def named_beside_an_unnamed_source(article: ParsedArticle, found: list[Found]) -> list[Found]:
    """ "Activists and the Syrian Observatory for Human Rights said", "according to Kurdish officials and
    the Observatory", "the Observatory and local activists said": a named source joined by "and" to an
    unnamed one speaks for the report (tests/gold/GUIDELINES.md: the named one's only), where the parse
    made the unnamed one the phrase's head. One named person or body in the phrase, wholly on one side of
    the "and"; the quote is left as it is otherwise."""
    result = []
    for item in found:
        speaker = item.speaker
        phrase = (speaker.written or speaker.text) if speaker is not None else None
        if speaker is None or speaker.name is not None or not phrase or " and " not in phrase:
            result.append(item)
            continue
        start = article.text.find(phrase, max(0, speaker.position - len(phrase)))
        end = start + len(phrase)
        inside = [e for e in article.entities if start <= e.start and e.end <= end and e.label in JOINT_LABELS] if start >= 0 else []
        if len(inside) != 1 or "," in article.text[start:end] or not whole_conjunct(article, start, end, inside[0]):
            result.append(item)
            continue
        named = inside[0]
        voice = Speaker(longer_canonical(article, named), phrase, None, named.label, named.start, named=True)
        result.append(replace(item, speaker=voice))
    return result

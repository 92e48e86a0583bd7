"""Corpus level: one spelling per entity across articles, and bare surnames resolved corpus-wide."""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace

from ..records import EntityMention
from .lexicon import (
    is_full_name,
    name_key,
)

log = logging.getLogger(__name__)

# Labels the small model puts on people by mistake ("Staffan de Mistura" ORG, "Lavrov" ORG).
def canonicalise_corpus(mentions: list[EntityMention]) -> list[EntityMention]:
    """The mentions with corpus-wide canonical names: one spelling per name, bare surnames resolved when unique."""
    spelling = preferred_spellings(mentions)
    people = {spelling[name_key(m.canonical)] for m in mentions if m.label == "PERSON" and is_full_name(name_key(m.canonical))}
    by_ending: dict[str, set[str]] = defaultdict(set)
    for full in people:
        words = name_key(full).split()
        for n in range(1, len(words)):
            by_ending[" ".join(words[-n:])].add(full)
    result = []
    for m in mentions:
        key = name_key(m.canonical)
        canonical = spelling.get(key, m.canonical)
        if m.label == "PERSON" and not is_full_name(key) and len(by_ending.get(key, ())) == 1:
            canonical = next(iter(by_ending[key]))
        result.append(replace(m, canonical=canonical) if canonical != m.canonical else m)
    return result


def preferred_spellings(mentions: Iterable[EntityMention]) -> dict[str, str]:
    """For each name key, the canonical spelling used most often (the first seen wins a tie)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        counts[name_key(m.canonical)][m.canonical] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in counts.items()}

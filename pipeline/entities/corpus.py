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
    # Counter keeps first-seen order, which decides ties between spellings.
    counts = Counter((m.canonical, m.label == "PERSON") for m in mentions)
    names = corpus_canonicals((canonical, is_person, n) for (canonical, is_person), n in counts.items())
    result = []
    for m in mentions:
        canonical = names[(m.canonical, m.label == "PERSON")]
        result.append(replace(m, canonical=canonical) if canonical != m.canonical else m)
    return result


def corpus_canonicals(name_counts: Iterable[tuple[str, bool, int]]) -> dict[tuple[str, bool], str]:
    """(article-level canonical, is a PERSON) -> corpus canonical.

    Args:
        name_counts: (canonical, is_person, number of mentions) in the order the pairs are first seen in
            the corpus; a pair may repeat (counts add up). This is all the corpus stage needs, so it can
            run over aggregates of Parquet parts instead of every mention.
    """
    rows = list(name_counts)
    counts: dict[str, Counter] = defaultdict(Counter)
    for canonical, _, n in rows:
        counts[name_key(canonical)][canonical] += n
    spelling = {key: counter.most_common(1)[0][0] for key, counter in counts.items()}
    people = {spelling[name_key(c)] for c, is_person, _ in rows if is_person and is_full_name(name_key(c))}
    by_ending: dict[str, set[str]] = defaultdict(set)
    for full in people:
        words = name_key(full).split()
        for n in range(1, len(words)):
            by_ending[" ".join(words[-n:])].add(full)
    names = {}
    for canonical, is_person, _ in rows:
        key = name_key(canonical)
        corpus_name = spelling.get(key, canonical)
        if is_person and not is_full_name(key) and len(by_ending.get(key, ())) == 1:
            corpus_name = next(iter(by_ending[key]))
        names[(canonical, is_person)] = corpus_name
    return names


def preferred_spellings(mentions: Iterable[EntityMention]) -> dict[str, str]:
    """For each name key, the canonical spelling used most often (the first seen wins a tie)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        counts[name_key(m.canonical)][m.canonical] += 1
    return {key: counter.most_common(1)[0][0] for key, counter in counts.items()}

"""Precision and recall of casualty figures against tests/gold/casualties.jsonl.

Each gold line names an article (`article` id, or an older FA-KES unit_id) and every casualty figure a careful reader found in
it, headline included, one entry per mention. Figures are compared as (number, type) pairs, a
multiset per article, micro-averaged over articles. A vague figure ("dozens", "tens of thousands")
has no number and matches on the first word of its text instead. Attribution accuracy is measured on
the matched pairs (paired in text order); two sources agree when one name contains the other or one
is the initials of the other ("UN" / "United Nations"), both null counting as agreement. Names are
compared after the alias table maps a known name to its canonical ("Syria Civil Defence" = "White
Helmets"), as the quote scorer compares speakers (since 3 December 2026).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from spacy.language import Language

from ..entities import find_known_name
from ..paths import GOLD_DIR
from ..records import CasualtyFigure, Metric
from .gold import analysed, undotted
from .gold import read_gold as read_gold_file

GOLD_FILE = GOLD_DIR / "casualties.jsonl"
EXTRACTOR = "casualties"
NAME_NOISE_RE = re.compile(r"\b(?:the|a|an|of|for|in|'s)\b|[^\w\s]", re.I)


@dataclass(frozen=True)
class ArticleScore:
    article: str
    n_gold: int
    n_found: int
    n_matched: int
    n_attribution_right: int
    missed: tuple[tuple, ...]
    spurious: tuple[tuple, ...]


def read_gold() -> list[dict]:
    return read_gold_file(GOLD_FILE)


def match_key(number: int | None, number_text: str, kind: str) -> tuple:
    """What two figures must share to match: the number, or the head word of a vague figure."""
    if number is None:
        return ("vague", number_text.lower().split()[0] if number_text.strip() else "", kind)
    return (number, kind)


def name_words(name: str) -> str:
    known = find_known_name(name)  # "Syria Civil Defence" and "White Helmets" are one body
    name = known.canonical if known else name
    return " ".join(NAME_NOISE_RE.sub(" ", undotted(name).lower()).split())


def same_source(gold: str | None, found: str | None) -> bool:
    if gold is None or found is None:
        return gold is None and found is None
    g, f = name_words(gold), name_words(found)
    if not g or not f:
        return g == f
    initials = lambda s: "".join(w[0] for w in s.split())  # noqa: E731
    return g in f or f in g or initials(g) == f.replace(" ", "") or initials(f) == g.replace(" ", "")


def score_article(article: str, gold_figures: list[dict], found: list[CasualtyFigure]) -> ArticleScore:
    gold_by_key: dict[tuple, list[dict]] = defaultdict(list)
    for g in gold_figures:
        gold_by_key[match_key(g["number"], g["number_text"], g["type"])].append(g)
    found = [f for f in found if not f.implied_total]  # the gold lists mentions; an implied total is none
    found_by_key: dict[tuple, list[CasualtyFigure]] = defaultdict(list)
    for f in found:
        found_by_key[match_key(f.number, f.number_text, f.type)].append(f)
    matched = attribution_right = 0
    missed, spurious = [], []
    for key in set(gold_by_key) | set(found_by_key):
        golds, founds = gold_by_key.get(key, []), found_by_key.get(key, [])
        for g, f in zip(golds, founds, strict=False):  # both lists are in text order
            matched += 1
            attribution_right += same_source(g.get("attributed_to"), f.attributed_to)
        missed += [key] * max(0, len(golds) - len(founds))
        spurious += [key] * max(0, len(founds) - len(golds))
    return ArticleScore(
        article, len(gold_figures), len(found), matched, attribution_right, tuple(missed), tuple(spurious)
    )


def score(nlp: Language, gold: list[dict] | None = None) -> list[ArticleScore]:
    gold = read_gold() if gold is None else gold
    analysed_by_id = analysed(nlp, [g["article"] for g in gold])
    return [score_article(g["article"], g["figures"], analysed_by_id[g["article"]][1].casualties) for g in gold]


def evaluate(nlp: Language, gold: list[dict] | None = None) -> list[Metric]:
    """Precision and recall on (number, type) pairs and attribution accuracy on matched pairs."""
    scores = score(nlp, gold)
    n_gold = sum(s.n_gold for s in scores)
    n_found = sum(s.n_found for s in scores)
    n_matched = sum(s.n_matched for s in scores)
    n_right = sum(s.n_attribution_right for s in scores)
    note = f"{len(scores)} articles, (number, type) pairs"
    return [
        Metric(EXTRACTOR, "precision", n_matched / n_found if n_found else None, n_found, note),
        Metric(EXTRACTOR, "recall", n_matched / n_gold if n_gold else None, n_gold, note),
        Metric(
            EXTRACTOR,
            "attribution accuracy",
            n_right / n_matched if n_matched else None,
            n_matched,
            "source of matched figures",
        ),
    ]


if __name__ == "__main__":
    from ..nlp import load_nlp

    model = load_nlp()
    for s in score(model):
        if s.missed or s.spurious:
            print(s.article, "missed", s.missed, "spurious", s.spurious)
    for metric in evaluate(model):
        print(metric)

"""Precision and recall of person names and of places inside Aleppo against tests/gold/entities_places.jsonl.

Each gold line names a FA-KES article (unit_id) and the sets a careful reader found in it: the
canonical names of the PERSONs mentioned, and the Aleppo places (gazetteer canonical names) the
article locates something in. Scores are set-based per article and micro-averaged over articles.

What counts as an Aleppo place: a place mention with `in_aleppo` true and kind district, area or
landmark. The city "Aleppo" itself does not count: the measure is about locating events *within*
the city, which naming the city does not do. Names are compared with `entities.name_key`, so case,
accents and hyphenation do not matter.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pandas as pd
from spacy.language import Language

from ..entities import canonicalise_corpus, entity_mentions, name_key
from ..paths import FAKES_CSV, GOLD_DIR
from ..records import EntityMention, Metric

GOLD_FILE = GOLD_DIR / "entities_places.jsonl"
ALEPPO_PLACE_KINDS = ("district", "area", "landmark")


@dataclass(frozen=True)
class ArticleResult:
    """Gold and predicted name sets for one article (keys are `name_key`s, values display names)."""

    unit_id: int
    gold_persons: dict[str, str]
    found_persons: dict[str, str]
    gold_places: dict[str, str]
    found_places: dict[str, str]


def read_gold() -> list[dict]:
    lines = GOLD_FILE.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def article_texts(unit_ids: list[int]) -> dict[int, str]:
    """Cleaned bodies of the FA-KES articles, as the pipeline would see them."""
    from ..clean import clean_text

    frame = pd.read_csv(FAKES_CSV, encoding="latin-1").set_index("unit_id")
    texts = {}
    for unit_id in unit_ids:
        raw = str(frame.loc[unit_id, "article_content"])
        texts[unit_id] = clean_text(raw) or raw
    return texts


def keyed(names) -> dict[str, str]:
    return {name_key(n): n for n in names if name_key(n)}


def compare(nlp: Language) -> list[ArticleResult]:
    """Each gold article with what the pipeline finds in it."""
    from ..places import Geocoder, place_mentions

    gold = read_gold()
    texts = article_texts([row["unit_id"] for row in gold])
    geocoder = Geocoder()
    docs = {row["unit_id"]: nlp(texts[row["unit_id"]]) for row in gold}
    mentions: dict[int, list[EntityMention]] = {
        unit_id: entity_mentions(doc, article_id=str(unit_id)) for unit_id, doc in docs.items()
    }
    corpus = canonicalise_corpus([m for ms in mentions.values() for m in ms])
    results = []
    for row in gold:
        unit_id = row["unit_id"]
        article_mentions = [m for m in corpus if m.article_id == str(unit_id)]
        places = place_mentions(docs[unit_id], mentions[unit_id], article_id=str(unit_id), geocoder=geocoder)
        results.append(
            ArticleResult(
                unit_id=unit_id,
                gold_persons=keyed(row["persons"]),
                found_persons=keyed(m.canonical for m in article_mentions if m.label == "PERSON"),
                gold_places=keyed(row["aleppo_places"]),
                found_places=keyed(p.place for p in places if p.in_aleppo and p.kind in ALEPPO_PLACE_KINDS),
            )
        )
    return results


def scores(pairs: list[tuple[set[str], set[str]]], extractor: str) -> list[Metric]:
    """Micro-averaged precision, recall and F1 over (gold, found) set pairs."""
    true_pos = sum(len(gold & found) for gold, found in pairs)
    n_found = sum(len(found) for _, found in pairs)
    n_gold = sum(len(gold) for gold, _ in pairs)
    precision = true_pos / n_found if n_found else None
    recall = true_pos / n_gold if n_gold else None
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else None
    note = f"{len(pairs)} FA-KES Aleppo articles"
    return [
        Metric(extractor, "precision", precision, n_found, note),
        Metric(extractor, "recall", recall, n_gold, note),
        Metric(extractor, "f1", f1, n_gold, note),
    ]


def evaluate(nlp: Language) -> list[Metric]:
    """Precision, recall and F1 for persons and for places inside Aleppo on the gold articles."""
    results = compare(nlp)
    persons = [(set(r.gold_persons), set(r.found_persons)) for r in results]
    places = [(set(r.gold_places), set(r.found_places)) for r in results]
    return scores(places, "places (Aleppo)") + scores(persons, "persons")


def differences(results: list[ArticleResult]) -> str:
    """Misses and false finds per article, for whoever tunes the extractors."""
    lines = []
    for r in results:
        for kind, gold, found in (("person", r.gold_persons, r.found_persons), ("place", r.gold_places, r.found_places)):
            missed = [gold[k] for k in gold.keys() - found.keys()]
            extra = [found[k] for k in found.keys() - gold.keys()]
            if missed or extra:
                lines.append(f"{r.unit_id} {kind}: missed {sorted(missed)} extra {sorted(extra)}")
    return "\n".join(lines)


if __name__ == "__main__":
    from ..nlp import load_nlp
    from .report import format_table

    model = load_nlp()
    print(format_table(evaluate(model)))
    print(differences(compare(model)))

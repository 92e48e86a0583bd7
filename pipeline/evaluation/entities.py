"""Precision and recall of person names and of places inside Aleppo against tests/gold/entities_places.jsonl.

Each gold line names an article (`article` id, or an older FA-KES unit_id) and the sets a careful reader found in it: the
canonical names of the PERSONs mentioned, and the Aleppo places (gazetteer canonical names) the
article locates something in. Scores are set-based per article and micro-averaged over articles.

What counts as an Aleppo place: a place mention with `in_aleppo` true and kind district, area or
landmark. The city "Aleppo" itself does not count: the measure is about locating events *within*
the city, which naming the city does not do. Persons are compared as persons (`person_key`): by the
transliteration key of the name the alias table gives them, so case, accents, hyphenation, "al-", a
transliteration ("Muallem"/"Moallem") and a surname the table knows ("Putin") do not matter. Places are compared as places: a gold name and a found place
are the same when they are the same gazetteer place (gold "Aleppo Airport" and found "Aleppo
International Airport"; gold "Maisaloun" and found "Maysaloon"); names the gazetteer does not know
are compared by their transliteration key (`transliteration.spelling_key`), so "al-Kallasa Street"
found matches gold "Kallaseh Street".
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language

from ..entities import canonicalise_corpus, name_key
from ..entities.lexicon import alias_canonical
from ..gazetteer import lookup
from ..paths import GOLD_DIR
from ..records import Metric
from ..transliteration import spelling_key
from .gold import analysed
from .gold import read_gold as read_gold_file

GOLD_FILE = GOLD_DIR / "entities_places.jsonl"
ALEPPO_PLACE_KINDS = ("district", "area", "landmark")


@dataclass(frozen=True)
class ArticleResult:
    """Gold and predicted name sets for one article (keys are `name_key`s for persons and `place_key`s
    for places, values display names)."""

    article: str
    gold_persons: dict[str, str]
    found_persons: dict[str, str]
    gold_places: dict[str, str]
    found_places: dict[str, str]


def read_gold() -> list[dict]:
    return read_gold_file(GOLD_FILE)


def person_key(name: str) -> str:
    """The key persons are compared by: the transliteration key (`transliteration.spelling_key`) of the
    name the alias table gives the person (`alias_canonical`), else of the name as written; so "Bashar
    Assad" and "Bashar al-Assad", "Walid Muallem" and "Walid al-Moallem", "Putin" and "Vladimir Putin"
    are one person, "Ahmad Hassan" and "Ahmed Hassan" two."""
    return spelling_key(alias_canonical(name, "PERSON") or name) or name_key(name)


def keyed(names) -> dict[str, str]:
    return {person_key(n): n for n in names if person_key(n)}


def place_key(name: str, place_id: str = "") -> str:
    """The key places are compared by: the gazetteer id of a listed place (from the found place's id,
    else the name looked up in the gazetteer), else the name's transliteration key."""
    if place_id.startswith("aleppo/") and not place_id.startswith("aleppo/unlocated/"):
        return place_id
    listed = lookup(name)
    if listed is not None:
        return listed.id
    key = spelling_key(name)
    return f"name:{key}" if key else ""


def keyed_places(places) -> dict[str, str]:
    """(name, place_id) pairs keyed by `place_key`."""
    return {place_key(name, place_id): name for name, place_id in places if place_key(name, place_id)}


def compare(nlp: Language, gold: list[dict] | None = None) -> list[ArticleResult]:
    """Each gold article with what the pipeline finds in it."""
    gold = read_gold() if gold is None else gold
    analysed_by_id = analysed(nlp, [row["article"] for row in gold])
    corpus = canonicalise_corpus([m for _, result in analysed_by_id.values() for m in result.entities])
    results = []
    for row in gold:
        article, analysis = analysed_by_id[row["article"]]
        article_mentions = [m for m in corpus if m.article_id == article.article_id]
        results.append(
            ArticleResult(
                article=row["article"],
                gold_persons=keyed(row["persons"]),
                found_persons=keyed(m.canonical for m in article_mentions if m.label == "PERSON"),
                gold_places=keyed_places((name, "") for name in row["aleppo_places"]),
                found_places=keyed_places(
                    (p.place, p.place_id)
                    for p in analysis.places
                    if p.in_aleppo and p.kind in ALEPPO_PLACE_KINDS
                ),
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
    note = f"{len(pairs)} articles"
    return [
        Metric(extractor, "precision", precision, n_found, note),
        Metric(extractor, "recall", recall, n_gold, note),
        Metric(extractor, "f1", f1, n_gold, note),
    ]


def evaluate(nlp: Language, gold: list[dict] | None = None) -> list[Metric]:
    """Precision, recall and F1 for persons and for places inside Aleppo on the gold articles."""
    results = compare(nlp, gold)
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
                lines.append(f"{r.article} {kind}: missed {sorted(missed)} extra {sorted(extra)}")
    return "\n".join(lines)


if __name__ == "__main__":
    from ..nlp import load_nlp
    from .report import format_table

    model = load_nlp()
    print(format_table(evaluate(model)))
    print(differences(compare(model)))

"""Outlet and publication date scored against tests/gold/pages.jsonl (scraped web pages and seeds).

Users filter by outlet and date before anything else, so both are measured on real pages with their
chrome. Outlet is measured twice: from the page text alone ("accuracy"), and as a scraper that kept each
page's address gives it ("accuracy with address": the gold's `url`, read as a metadata.csv row would be).
Outlet: the article's `outlet` names the gold outlet (words compared without case, punctuation
and a leading "the"; one name's words within the other's counts, "BBC News" ~ "BBC", and so does the
registry's display name for a listed alias, "Médecins Sans Frontières" ~ "MSF"); "unknown" is
wrong, except on a page that names no outlet (gold null), where only "unknown" is right. Date: `published` equals the gold date. Date recall is over pages that show a publication date;
date precision over the pages the pipeline gave a date, a date on a page that shows none counting wrong.
"""

from __future__ import annotations

import re

from spacy.language import Language

from ..outlets import UNKNOWN_OUTLET, outlet_registry
from ..paths import GOLD_DIR
from ..records import Metric
from .gold import gold_article
from .gold import read_gold as read_gold_file

GOLD_FILE = GOLD_DIR / "pages.jsonl"
NOISE_RE = re.compile(r"[^\w\s]|\bthe\b", re.I)


def read_gold() -> list[dict]:
    return read_gold_file(GOLD_FILE)


def name_words(name: str) -> set[str]:
    return set(NOISE_RE.sub(" ", name.lower()).split())


def same_outlet(predicted: str | None, gold: str | None) -> bool:
    """Whether the predicted outlet names the gold one; a page that names none must give "unknown"."""
    if not predicted or predicted == UNKNOWN_OUTLET:
        return gold is None
    if gold is None:
        return False
    found, wanted = name_words(predicted), name_words(gold)
    if found and wanted and (found <= wanted or wanted <= found):
        return True
    # The registry's display name for the outlet the site names itself by ("Médecins Sans Frontières" for
    # a page signed "MSF Middle East", one of its listed aliases) names the same outlet.
    registry = outlet_registry()
    known_predicted, known_gold = registry.named(predicted), registry.named(gold)
    return known_predicted is not None and known_predicted is known_gold


def evaluate(nlp: Language | None = None, gold: list[dict] | None = None) -> list[Metric]:
    """Outlet accuracy, date recall and date precision over gold pages (no parse needed)."""
    gold = read_gold() if gold is None else gold
    outlet_right = outlet_by_address = addressed = dated = dated_right = predicted_dates = predicted_right = 0
    for entry in gold:
        article = gold_article(entry["article"])
        outlet_right += same_outlet(article.outlet, entry["outlet"])
        if entry.get("url"):
            addressed += 1
            outlet_by_address += same_outlet(gold_article(entry["article"], entry["url"]).outlet, entry["outlet"])
        wanted = entry.get("published")
        found = article.published.isoformat() if article.published else None
        dated += wanted is not None
        dated_right += wanted is not None and found == wanted
        predicted_dates += found is not None
        predicted_right += found is not None and found == wanted
    note = f"{len(gold)} pages"
    return [
        Metric("outlet", "accuracy", _ratio(outlet_right, len(gold)), len(gold), note),
        Metric("outlet", "accuracy with address", _ratio(outlet_by_address, addressed), addressed,
               "pages read with the URL they were scraped from"),
        Metric("publication date", "recall", _ratio(dated_right, dated), dated, "pages that show a date"),
        Metric("publication date", "precision", _ratio(predicted_right, predicted_dates), predicted_dates,
               "dates the pipeline gave"),
    ]


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None

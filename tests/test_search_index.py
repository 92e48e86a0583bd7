"""The word index finds exactly the articles a scan of every title and text would (search_index.py)."""

from __future__ import annotations

import importlib

import pandas as pd
import pytest

from dashboard.data import Store
from dashboard.data.search_index import essential_terms, split_terms, text_matches

# Invented articles: words inside longer words, names across punctuation and line breaks, non-ASCII.
ARTICLES = [
    ("a1", "Hospitals hit", "Two field-hospitals were shelled near al-Kalasa on Monday."),
    ("a2", "Talks", "John Kerry met Sergei Lavrov.\nKerry said the U.N. would help."),
    ("a3", "Kerry, John", "The envoy (Kerry) left; John arrived."),
    ("a4", "Ḥalab at night", "Residents of Ḥalab fled east -- witnesses said."),
    ("a5", None, "Nothing here but the hospital's generator."),
    ("a6", "Quiet", "A quiet day in the old city, al-kalasa-street empty."),
]
TERMS = [
    "hospital", "hospitals", "spit", "al-kalasa", "john kerry", "kerry john", "kerry, john", "u.n.",
    ".\nkerry", "-x", "ḥalab", "halab", "--", " -- ", "kalasa-street", "hospital's", "quiet day",
    "l-kal", "n kerry", "nothing at all",
]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("search-index")
    pd.DataFrame(
        [{"article_id": a, "title": t, "text": x, "outlet": "Invented", "published": None} for a, t, x in ARTICLES]
    ).to_parquet(folder / "articles.parquet", index=False)
    return Store(folder)


def scanned(term: str) -> set[str]:
    """The articles whose lower-cased title or text contains the term: what the index must find."""
    return {a for a, title, text in ARTICLES if term in (title or "").lower() or term in text.lower()}


def found(store, terms: tuple[str, ...]) -> set[str]:
    """The articles `text_matches` finds for `terms`, by id."""
    cursor = store.cursor()
    try:
        numbers = text_matches(cursor, terms)
        return set(store.query("SELECT article_id FROM meta WHERE article_no IN (SELECT article_no FROM hits)", hits=numbers)["article_id"])
    finally:
        cursor.close()


@pytest.mark.parametrize("term", TERMS)
def test_the_index_finds_what_a_scan_finds(store, term):
    assert found(store, (term,)) == scanned(term)


def test_several_terms_find_any_of_them(store):
    terms = ("kerry john", "ḥalab", "al-kalasa", "u.n.")
    assert found(store, terms) == set().union(*(scanned(t) for t in terms)) == {"a1", "a2", "a4", "a6"}


def test_terms_with_separators_are_cut_into_pieces():
    assert [s.pieces for s in split_terms(("al-kalasa", "john kerry", "kerry", "-x", "u.n."))] == [
        ("al", "kalasa"), ("john", "kerry"), ("", "x"), ("u", "n", ""),
    ]


def test_a_term_containing_another_is_left_out_and_finds_nothing_more(store):
    assert essential_terms(("russian", "russian-us", "us-russian", "russia")) == ("russia",)
    assert essential_terms(("kerry", "john kerry", "kerry")) == ("kerry",)
    assert essential_terms(("al-kalasa", "kalasa-street")) == ("al-kalasa", "kalasa-street")  # neither holds the other
    terms = ("kalasa", "al-kalasa", "kalasa-street")
    assert found(store, terms) == set().union(*(scanned(t) for t in terms)) == {"a1", "a6"}


def test_a_store_reads_the_index_once_per_search(store, monkeypatch):
    from dashboard.filters import Filters

    store_module = importlib.import_module("dashboard.data.store")  # the package's store() hides the module

    calls = []
    original = store_module.text_matches
    monkeypatch.setattr(store_module, "text_matches", lambda cursor, terms: calls.append(terms) or original(cursor, terms))
    kerry = Filters(search="kerry")
    first = store.matching(kerry)
    assert store.matching(kerry).equals(first) and len(calls) == 1
    store.matching(Filters(search="kerry", outlets=("Invented",)))  # another filter beside the same search
    assert len(calls) == 1
    store.matching(Filters(search="halab"))
    assert len(calls) == 2
    # the searches last used are kept: one used again and again stays while others come and go
    for n in range(40):
        store.matching(Filters(search=f"word{n}"))
        store.matching(kerry)
    assert calls.count(("kerry",)) == 1


def test_a_pasted_paragraph_is_searched_like_a_short_phrase(store):
    # hundreds of pieces: the candidates are found with a few token tests, the texts confirm the rest
    paragraph = "two field-hospitals were shelled near al-kalasa on monday. " * 80
    assert found(store, (paragraph.strip(),)) == scanned(paragraph.strip()) == set()
    once = "two field-hospitals were shelled near al-kalasa on monday."
    assert found(store, (once,)) == scanned(once) == {"a1"}
    long_phrase = " ".join(["john kerry met sergei lavrov."] * 30)
    assert found(store, (long_phrase,)) == set()

"""Views that reopen, clicks that select, facts the Reader opens at, rows that carry their provenance
(issue 16): the pure functions behind the pages. Sentences are invented."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import data, drilldown, provenance, selection
from dashboard import filters as flt
from dashboard.highlight import FACT_ID, Span, highlight
from dashboard.search import names_by_key, search_terms
from pipeline.gazetteer import load_gazetteer
from tests import sample_data as sample


@pytest.fixture(scope="module")
def view(tmp_path_factory):
    store = data.Store(sample.write(tmp_path_factory.mktemp("views-sample")))
    return data.View(store, flt.Filters(), store.matching(flt.Filters()))


# ---- what a chart click picks ----


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        ([{"customdata": ["John Kerry", "John Kerry"]}], ("speaker", "John Kerry")),
        ([{"customdata": ["Kerry", "Lavrov", "Kerry and Lavrov", 3]}], ("pair", "Kerry", "Lavrov")),
        ([{"customdata": ["Lavrov", "Lavrov"]}, {"customdata": ["Kerry", "Kerry"]}], ("speaker", "Lavrov")),
        ([{"x": 1, "y": 2}], None),  # the lines themselves carry nothing
        ([], None),  # a cleared selection
    ],
)
def test_network_choice_tells_a_dot_from_a_line(points, expected):
    assert selection.network_choice(points) == expected


def test_first_key_is_the_first_selected_points_key():
    assert selection.first_key([{"customdata": ["inc-1"]}, {"customdata": ["inc-2"]}]) == "inc-1"
    assert selection.first_key([]) is None


@pytest.mark.parametrize(
    ("clicked", "expected"),
    [("Lavrov", "Lavrov"), (None, "Kerry"), ("someone not listed", None)],
)
def test_a_click_sets_the_picker_and_clearing_it_returns_to_the_default(clicked, expected):
    assert selection.chosen_after_click(clicked, ["Kerry", "Lavrov"], "Kerry") == expected


# ---- the Reader's fact ----


def test_a_fact_link_names_its_article_and_span():
    url = flt.fact_url("a1", "figure", 120, 131, flt.Filters(outlets=("SANA",)))
    assert url == "reader?outlet=SANA&article=a1&fact=figure%3A120-131"
    assert flt.parse_fact(flt.fact_key("quote", 5, 9)) == ("quote", 5, 9)


@pytest.mark.parametrize("value", ["", None, "figure", "figure:9-5", "figure:a-b", ":1-2", "figure:1-1"])
def test_a_hand_edited_fact_is_ignored(value):
    assert flt.parse_fact(value) is None


def test_the_followed_fact_is_marked_with_its_anchor_and_the_text_stays_escaped():
    text = "Rebels said <b>12 killed</b> in the shelling."
    start = text.index("12")
    html = highlight(text, [Span(start, start + 9, "fact", "followed"), Span(start, start + 9, "figure")])
    assert f'<mark class="al-fact" id="{FACT_ID}" title="followed"><mark class="al-figure"' in html
    assert "&lt;b&gt;" in html and "<b>" not in html


# ---- provenance ----


@pytest.mark.parametrize(
    ("text", "span", "sentence"),
    [
        ("He left. The army took Kalasseh on Monday. Then it rained.", "Kalasseh", "The army took Kalasseh on Monday."),
        ('Witnesses said: "Twelve died!" Others fled.', "Twelve died", 'Witnesses said: "Twelve died!"'),
        ("No stop at the end Kalasseh", "Kalasseh", "No stop at the end Kalasseh"),
        ("First line\nSecond line names Bustan al-Qasr\nThird", "Bustan al-Qasr", "Second line names Bustan al-Qasr"),
    ],
)
def test_sentence_around_a_span(text, span, sentence):
    start = text.index(span)
    assert provenance.sentence_around(text, start, start + len(span)) == sentence


RUN_ON = "and the convoy went on " * 40  # 920 characters with no sentence end


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("He left. The army took Kalasseh on Monday. Then it rained.", "Kalasseh"),
        ("Kalasseh fell first. Then Fardous.", "Kalasseh"),  # the span opens the text
        ("Résumé: “Twelve died!” Others fled.", "Twelve died"),
        ("Start. " + RUN_ON + "Kalasseh " + RUN_ON + "end.", "Kalasseh"),  # beyond the reach either side
        ("Start. " + RUN_ON[:590] + " Kalasseh fell.", "Kalasseh"),  # a stop just inside the reach
    ],
)
def test_the_sentence_in_sql_equals_the_sentence_in_python(text, span):
    """The tables compute a span's sentence in DuckDB (SENTENCE_SQL), the reader in Python
    (sentence_around): the same text, also where no sentence end lies within the reach."""
    import duckdb

    start = text.index(span)
    sql = f"SELECT {provenance.SENTENCE_SQL} FROM (SELECT $start AS start, $end AS \"end\") t, (SELECT $text AS text) a"
    in_sql = duckdb.execute(sql, {"start": start, "end": start + len(span), "text": text}).fetchall()[0][0]
    in_python = provenance.sentence_around(text, start, start + len(span))
    assert in_sql == in_python
    assert len(in_python) <= len(span) + 2 * provenance.SENTENCE_REACH


def test_provenance_columns_follow_the_tables_own():
    columns = provenance.with_provenance(["speaker", "quote", "cue"], "quotes")
    assert columns[:3] == ["speaker", "quote", "cue"]
    assert set(provenance.QUOTE) <= set(columns) and len(columns) == len(set(columns))


def test_quote_rows_carry_the_sentence_the_pipeline_did_not_store(view):
    rows = provenance.rows_with_sentence(
        view, "quotes", provenance.with_provenance(["speaker"], "quotes"), order="article_id, start"
    )
    assert len(rows) == view.count("quotes")
    for quote, sentence in zip(rows["quote"], rows["sentence"], strict=True):
        assert quote in sentence


def test_an_article_is_its_dataset_row_with_its_own_mentions_only(tmp_path):
    folder = sample.write(tmp_path)
    articles = pd.read_parquet(folder / "articles.parquet")
    mentions = {name: pd.read_parquet(folder / f"{name}.parquet") for name in data.MENTION_TABLES}
    for _, expected in articles.iterrows():
        parts = data.article(expected["article_id"], folder)
        # as the `articles` view over the Parquet file gives it: every column, in the contract's order
        row = data.store(folder).query("SELECT * FROM articles WHERE article_id = ?", [expected["article_id"]])
        pd.testing.assert_frame_equal(parts["articles"], row)
        for name, rows in mentions.items():
            own = rows[rows["article_id"] == expected["article_id"]]
            shown = zip(parts[name]["start"], parts[name]["end"], strict=True)
            assert sorted(shown) == sorted(zip(own["start"], own["end"], strict=True))
            assert set(rows.columns) <= set(parts[name].columns)
    assert not any(len(part) for part in data.article("no-such-article", folder).values())


def test_one_article_rows_take_the_articles_outlet_and_date():
    article = pd.Series({"outlet": "SANA", "published": pd.Timestamp("2016-11-20"), "text": "A said B. C."})
    rows = provenance.one_article_rows(pd.DataFrame({"start": [7], "end": [8]}), article)
    assert rows.iloc[0].to_dict() == {
        "start": 7, "end": 8, "outlet": "SANA", "published": pd.Timestamp("2016-11-20"), "sentence": "A said B."
    }


# ---- incidents and speakers ----


def test_incidents_sort_by_disagreement_and_open_at_their_largest_report(view):
    rows = drilldown.incidents_by_disagreement(view)
    assert len(rows) == view.count("incidents") > 0
    ratios = rows["disagreement"].dropna().tolist()
    assert ratios == sorted(ratios, reverse=True)
    first = rows.iloc[0]
    assert first["disagreement"] == round(first["max"] / first["min"], 2)
    largest = view.query(
        "SELECT max(number) AS n FROM {casualties} WHERE figure_id IN"
        " (SELECT figure_id FROM incident_figures WHERE incident_id = $i)",
        {"i": first["incident_id"]},
    )["n"].iat[0]
    opened = view.query("SELECT number FROM {casualties} WHERE figure_id = $f", {"f": first["figure_id"]})
    assert opened["number"].iat[0] == largest


def test_disagreeing_only_drops_incidents_whose_reports_agree(view):
    everything = drilldown.incidents_by_disagreement(view)
    disagreeing = drilldown.incidents_by_disagreement(view, disagreeing=True)
    assert (disagreeing["min"] != disagreeing["max"]).all()
    assert len(disagreeing) == int((everything["min"] != everything["max"]).sum())


def test_incidents_keep_only_the_types_asked_for(view):
    everything = drilldown.incidents_by_disagreement(view)
    for kind in ("killed", "missing"):
        kept = drilldown.incidents_by_disagreement(view, types=[kind])
        assert set(kept["type"]) <= {kind}
        assert len(kept) == int((everything["type"] == kind).sum())
    assert len(drilldown.incidents_by_disagreement(view, types=[])) == 0 < len(everything)


def test_quotes_by_a_pair_counts_only_articles_quoting_both(view):
    alone = drilldown.quotes_by(view, "John Kerry")
    assert alone == view.query("SELECT count(*) AS n FROM {quotes} WHERE speaker = 'John Kerry'")["n"].iat[0]
    together = drilldown.quotes_by(view, "John Kerry", "Sergey Lavrov")
    assert 0 < together <= alone + drilldown.quotes_by(view, "Sergey Lavrov")
    assert drilldown.quotes_by(view, "John Kerry", "Valery Gerasimov") == 0


@pytest.mark.parametrize("speakers", [("John Kerry",), ("John Kerry", "Sergey Lavrov"), ("Sergey Lavrov", "John Kerry")])
def test_the_count_in_a_speakers_heading_is_the_number_of_rows_of_the_table_below_it(view, speakers):
    where, params = drilldown.said_by(*speakers)
    rows = view.table("quotes", ["quote_id", "speaker"], where=where, params=params)
    assert drilldown.quotes_by(view, *speakers) == len(rows) > 0
    assert set(rows["speaker"]) == set(speakers)


# ---- search as users spell ----


@pytest.mark.parametrize("query", ["Kallaseh", "al-Kalasa", "KALASSEH", "Kallasah"])
def test_a_spelling_variant_finds_the_place_under_all_its_names(query):
    terms = search_terms(query, load_gazetteer())
    assert "aleppo/kallaseh" in terms.place_ids
    assert {"kallaseh", "kalasseh"} <= set(terms.texts)


@pytest.mark.parametrize("query", ["hospital", "al", "Kerry", "  "])
def test_a_word_that_is_no_place_is_searched_as_typed(query):
    terms = search_terms(query, load_gazetteer())
    assert terms.place_ids == () and terms.texts == ((query.strip().lower(),) if query.strip() else ())


def test_entity_names_spelled_alike_join_the_search():
    names = names_by_key(["Rami Abdulrahman", "Rami Abdoulrahman", "John Kerry"])
    terms = search_terms("Rami Abdul-Rahman", (), names)
    assert {"rami abdulrahman", "rami abdoulrahman"} <= set(terms.texts) and "john kerry" not in terms.texts


def test_the_sidebar_search_finds_the_article_whatever_the_spelling(view):
    store = view.store

    def articles(query: str) -> set[int]:
        return set(store.matching(flt.Filters(search=query)).column("article_no").to_pylist())

    found = articles("Kalasseh")
    assert found and articles("Kallaseh") == found == articles("al-Kalasa")
    assert len(found) < store.all_articles.num_rows  # not every article
    assert articles("zzzz") == set()


# ---- which date the date range applies to ----


def test_the_event_date_basis_keeps_articles_reporting_casualties_on_those_days(view):
    store = view.store
    dated = view.query(
        "SELECT c.article_id, coalesce(c.event_date, c.published) AS day FROM {casualties} c"
    ).dropna()
    day = pd.Timestamp(dated["day"].iloc[0]).date()
    expected = set(dated.loc[pd.to_datetime(dated["day"]).dt.date == day, "article_id"])
    event = flt.Filters(start=day, end=day, date_basis=flt.EVENT)
    kept = data.View(store, event, store.matching(event)).table("articles")
    assert set(kept["article_id"]) == expected
    assert flt.to_query_params(event)[flt.DATE_BASIS] == flt.EVENT
    assert "event date" in flt.describe(event)
    assert flt.DATE_BASIS not in flt.to_query_params(flt.Filters(start=day))


def test_rows_that_are_facts_link_to_the_reader_at_the_fact():
    from dashboard import ui

    figures = pd.DataFrame({"article_id": ["a1", "a2"], "figure_id": ["a1:5", "a2:0"], "start": [5, None], "end": [9, None]})
    links = ui.with_reader_links(figures)["read"].tolist()
    assert links == ["reader?article=a1&fact=figure%3A5-9", "reader?article=a2"]  # no offsets: the article
    articles = pd.DataFrame({"article_id": ["a1"], "title": ["T"]})
    assert ui.with_reader_links(articles)["read"].tolist() == ["reader?article=a1"]


def test_a_views_count_is_asked_of_the_database_once(view, monkeypatch):
    # Casualties checks for figures first and counts its table's rows later: one query, not two.
    fresh = data.View(view.store, view.filters, view.kept)
    asked = []
    original = view.store.query
    monkeypatch.setattr(view.store, "query", lambda *a, **k: asked.append(a[0]) or original(*a, **k))
    n = fresh.count("casualties")
    assert n > 0 and fresh.count("casualties", "true") == n == fresh.count("casualties", " ")
    some = fresh.count("casualties", "number > $n", {"n": 10})
    assert some < n and fresh.count("casualties", "number > $n", {"n": 10}) == some
    assert fresh.count("casualties", "number > $n", {"n": 0}) >= some  # other parameters: asked again
    assert len(asked) == 3
    assert data.View(view.store, view.filters, view.kept).count("casualties") == n and len(asked) == 4
    # long arrays of parameters that numpy would print alike ("[1 2 3 ... 1998 1999 2000]") are told apart
    import numpy as np

    many, other = np.arange(1, 2001), np.concatenate([[1, 2, 3], np.full(1994, -1), [1998, 1999, 2000]])
    where = "list_contains($nos, CAST(start AS BIGINT))"
    assert fresh.count("casualties", where, {"nos": many}) >= fresh.count("casualties", where, {"nos": other})
    assert len(asked) == 6

"""The pages' aggregates over the per-article summaries (dashboard/data/summaries.py) equal the same
aggregates computed from the mention tables, under every kind of filter (invented sample data)."""

from __future__ import annotations

import importlib
import sys
from datetime import date

import pandas as pd
import pyarrow as pa
import pytest

from dashboard import aggregate, data, district_figures, drilldown
from dashboard import filters as flt
from dashboard.data.summaries import ADDABLE, FIGURE_DATE
from tests import sample_data as sample

store_module = importlib.import_module("dashboard.data.store")  # `data.store` is also a function

FILTERS = {
    "none": flt.Filters(),
    "outlet": flt.Filters(outlets=("SANA",)),
    "search": flt.Filters(search="aleppo"),
    "cited": flt.Filters(cited=("John Kerry", "Syrian Observatory for Human Rights")),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = sample.write(tmp_path_factory.mktemp("summaries-sample"))
    # One more figure like the first (its article, type, group, place and source, another number), so that
    # a row of `figure_sums` adds up two figures.
    figures = pd.read_parquet(folder / "casualties.parquet")
    again = figures.iloc[[0]].assign(figure_id=lambda f: f["figure_id"] + "-again", number=3)
    pd.concat([figures, again], ignore_index=True).to_parquet(folder / "casualties.parquet", index=False)
    # Incidents one article reports (the sample's one incident has reports in two), one whose figure is in
    # no article (never shown), and ties in size and in disagreement.
    incidents = pd.read_parquet(folder / "incidents.parquet")
    one = incidents.iloc[0]
    more = [
        ("inc-r2-killed", "killed", "New Aleppo", 8, 8, ["sample-r2:0-12"]),
        ("inc-r2-wounded", "wounded", "New Aleppo", 20, 20, ["sample-r2:29-39"]),
        ("inc-r3-killed", "killed", "Kalasseh", 32, 40, ["sample-r3:79-81", "sample-r3:170-177"]),
        ("inc-r1-wounded", "wounded", "Kalasseh", 60, 60, ["sample-r1:38-48"]),
        ("inc-r1-children", "killed", "Kalasseh", 8, 9, ["sample-r1:325-335"]),
        ("inc-unreported", "killed", "Kalasseh", 5, 50, ["no-such-figure"]),
    ]
    rows = [
        {**one.to_dict(), "incident_id": iid, "type": kind, "place": place, "min": low, "max": high,
         "n_reports": len(ids), "figure_ids": ids}
        for iid, kind, place, low, high, ids in more
    ]
    # A running total ("the war has killed 470,000"): the largest number, and no event (no size_rank).
    rows.append({**rows[-2], "incident_id": "inc-r1-war-total", "min": 400000, "max": 470000, "cumulative": True})
    pd.concat([incidents, pd.DataFrame(rows)], ignore_index=True).to_parquet(folder / "incidents.parquet", index=False)
    # A person mention with no canonical name (not counted among the people named).
    entities = pd.read_parquet(folder / "entities.parquet")
    unnamed = entities[entities["label"] == "PERSON"].iloc[[0]].assign(canonical=None, start=0, end=1)
    pd.concat([entities, unnamed], ignore_index=True).to_parquet(folder / "entities.parquet", index=False)
    # A quote that goes on past its attribution: its second row continues the first (a part, not a quote).
    quotes = pd.read_parquet(folder / "quotes.parquet")
    part = quotes.iloc[[0]].assign(quote_id=lambda q: q["quote_id"] + "-part", continues=quotes["quote_id"].iat[0])
    # A speaker's second statement in an article, given another side: two `speaker_articles` rows of one
    # article and speaker, which the network must count as one article and one pair.
    kerry = quotes[(quotes["speaker"] == "John Kerry") & (quotes["article_id"] == "sample-r3")]
    other_side = kerry.assign(quote_id=lambda q: q["quote_id"] + "-again", speaker_side="unknown", start=360, end=380)
    pd.concat([quotes, part, other_side], ignore_index=True).to_parquet(folder / "quotes.parquet", index=False)
    return data.Store(folder)


@pytest.fixture(params=list(FILTERS), scope="module")
def view(request, store):
    filters = FILTERS[request.param]
    return data.View(store, filters, store.matching(filters))


def same(fast: pd.DataFrame, slow: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(
        fast.reset_index(drop=True), slow.reset_index(drop=True), check_dtype=False, check_exact=False
    )


# The mention-table queries the pages ran before the summaries (the slow path).
SLOW_TOP_PER_OUTLET = (
    "SELECT outlet, canonical, label, articles FROM ("
    " SELECT outlet, canonical, label, count(DISTINCT article_no) AS articles,"
    "  row_number() OVER (PARTITION BY outlet ORDER BY count(DISTINCT article_no) DESC, canonical, label) AS rank"
    " FROM {entities} GROUP BY outlet, canonical, label)"
    " WHERE rank <= 5 ORDER BY outlet, articles DESC, canonical, label"
)
SLOW_QUOTES_ABOUT = (
    "SELECT place_id, count(*) AS n FROM (SELECT DISTINCT l.article_no, q.start, l.place_id"
    " FROM {locations} l JOIN {quotes} q ON l.article_no = q.article_no"
    ' AND l.start >= q.start AND l."end" <= q."end") GROUP BY place_id ORDER BY place_id'
)


def test_the_sample_has_what_the_summaries_hold(store):
    """Guards the comparisons below against passing on empty tables."""
    for table in ("entity_articles", "quote_places", "place_aliases"):
        assert int(store.query(f"SELECT count(*) AS n FROM {table}")["n"].iat[0]) > 0, table
    assert store.query("SELECT count(*) AS n FROM entities WHERE label = 'PERSON' AND canonical IS NULL")["n"].iat[0]


def test_people_counted_from_summaries_equal_distinct_person_names(view):
    slow = view.query("SELECT count(DISTINCT canonical) AS n FROM {entities} WHERE label = 'PERSON'")["n"].iat[0]
    assert aggregate.overview_counts(view)["people"] == slow


def test_top_entities_per_outlet_equal_the_mention_count(view):
    same(aggregate.outlet_top_entities(view), view.query(SLOW_TOP_PER_OUTLET))


@pytest.mark.parametrize("labels", [("PERSON",), ("ORG", "ARMED_GROUP")])
def test_top_entities_equal_the_mention_count(view, labels):
    slow = view.query(
        "SELECT canonical, count(*) AS mentions, count(DISTINCT article_no) AS articles FROM {entities}"
        " WHERE list_contains($labels, label) GROUP BY canonical ORDER BY mentions DESC, canonical LIMIT 15",
        {"labels": list(labels)},
    )
    same(aggregate.top_entities(view, labels), slow)


def test_entity_series_and_co_mentions_equal_the_mention_count(view):
    names = list(aggregate.top_entities(view, ("PERSON", "ORG", "GPE"), n=4)["canonical"])
    slow_series = view.query(
        f"SELECT {aggregate.period_sql('published', 'week')} AS period, canonical, count(*) AS mentions"
        " FROM {entities} WHERE list_contains($names, canonical) AND published IS NOT NULL GROUP BY ALL ORDER BY ALL",
        {"names": names},
    )
    same(aggregate.entity_series(view, names, "week"), slow_series)
    for name in names:
        slow = view.query(
            "SELECT canonical, label, count(DISTINCT article_no) AS shared_articles FROM {entities}"
            " WHERE canonical <> $name AND article_no IN (SELECT article_no FROM {entities} WHERE canonical = $name)"
            " GROUP BY canonical, label ORDER BY shared_articles DESC, canonical, label LIMIT 15",
            {"name": name},
        )
        same(aggregate.co_mentions(view, name), slow)


def test_quotes_about_places_equal_the_span_join(view):
    fast = aggregate.district_measures(data.aleppo_places(view.store), view)
    slow = view.query(SLOW_QUOTES_ABOUT).set_index("place_id")["n"]
    expected = fast["place_id"].map(slow).fillna(0).astype(int)
    assert fast["quotes"].tolist() == expected.tolist()


def test_the_kept_articles_tested_by_their_bits_or_by_a_join_keep_the_same_rows(store, monkeypatch):
    """Every filtered table keeps the same rows whether the kept articles are tested by a semi-join with
    their numbers or by their bits (`KEPT_BITS_SHARE`), for the first and last article numbers, sparse
    and empty sets."""
    numbers = store.all_articles["article_no"].to_numpy()
    tables = ["articles", "entities", "locations", "casualties", "quotes", "incidents", "incident_reports",
              *store_module.ARTICLE_SUMMARIES]
    for chosen in (numbers[:1], numbers[-1:], numbers[::2], numbers[1::3], numbers[:0]):
        kept = pa.table({"article_no": pa.array(chosen, pa.int32())})
        answers = {}
        for share in (0.0, 2.0):  # every view by bits, then none
            monkeypatch.setattr(store_module, "KEPT_BITS_SHARE", share)
            view = data.View(store, flt.Filters(cited=("John Kerry",)), kept)
            answers[share] = {name: view.query(f"SELECT * FROM {{{name}}} ORDER BY ALL") for name in tables}
        for name in tables:
            assert len(answers[0.0][name]) <= len(store.query(f"SELECT * FROM {'meta' if name == 'articles' else name}"))
            same(answers[0.0][name], answers[2.0][name])
    assert len(answers[0.0]["quotes"]) == 0  # the empty set keeps nothing


@pytest.mark.parametrize("types", [["killed"], ["killed", "wounded", "killed_or_wounded"], []])
@pytest.mark.parametrize("places", [None, ["Kalasseh"]])
def test_incident_counts_equal_a_count_of_the_kept_incidents(view, types, places):
    """The Casualties page's incident counts (per article for the incidents one article reports, one by one
    for those several report) equal a count of the view's incidents, the sample's shared one included."""
    shared = view.query("SELECT count(*) AS n FROM {shared_incidents}")["n"].iat[0]
    assert shared == (0 if view.filters.outlets else 1)  # the sample's incident in two articles, not SANA's
    slow = view.query(
        'SELECT count(*) AS n, count(*) FILTER (WHERE "min" <> "max") AS d FROM {incidents}'
        " WHERE list_contains($types, type)" + (" AND list_contains($places, place)" if places else ""),
        {"types": types, **({"places": places} if places else {})},
    ).iloc[0]
    assert drilldown.incident_counts(view, types, places) == (slow["n"], slow["d"])


def test_rows_read_by_key_keep_the_views_other_conditions(view):
    """`View.rows_at` reads the rows at keys taken from kept articles without testing the kept articles
    again; the view's other conditions still apply: statements only (not a quote's continuing part, which
    shares its span here), and only cited speakers."""
    keys = 'SELECT DISTINCT article_no, start, "end" FROM quotes WHERE article_no IN (SELECT article_no FROM {articles})'
    fast = view.query(view.rows_at("quotes", "t.quote_id, t.speaker", keys, ("article_no", "start", "end")) + " ORDER BY ALL")
    same(fast, view.query("SELECT quote_id, speaker FROM {quotes} ORDER BY ALL"))


def test_quotes_listed_for_a_place_equal_the_span_join(view):
    place_ids = list(view.query("SELECT DISTINCT place_id FROM {quote_places} ORDER BY 1")["place_id"].dropna())
    for place_id in place_ids:
        slow = view.query(
            "SELECT DISTINCT q.article_id, q.outlet, q.published, q.speaker, q.quote, q.start"
            " FROM {quotes} q JOIN {locations} l ON l.article_no = q.article_no"
            ' AND l.start >= q.start AND l."end" <= q."end"'
            " WHERE list_contains($places, l.place_id) ORDER BY q.published DESC, q.article_id, q.start",
            {"places": [place_id]},
        ).drop(columns=["start"])
        same(district_figures.quotes_about_places(view, [place_id]), slow)
        # the page's call: the first rows found on their sort keys, their texts read after
        same(district_figures.quotes_about_places(view, [place_id], limit=2), slow.head(2))
    # The Map asks for a district's places together: the first spans over all of them, newest first.
    every = district_figures.quotes_about_places(view, place_ids)
    assert len(every) >= 3 or view.filters.active
    for limit in (1, 2, 3):
        same(district_figures.quotes_about_places(view, place_ids, limit=limit), every.head(limit))


def test_place_counts_equal_the_mention_count(view):
    """District mentions and the places beyond Aleppo, counted from `place_mentions`, equal the counts of
    the mention rows, and each place beyond is named as its first mention names it."""
    places = data.aleppo_places(view.store)
    slow = view.query("SELECT place_id, count(*) AS n FROM {locations} GROUP BY place_id").set_index("place_id")["n"]
    fast = aggregate.district_measures(places, view)
    assert fast["mentions"].tolist() == places["place_id"].map(slow).fillna(0).astype(int).tolist()
    slow_beyond = view.query(
        "SELECT place_id, count(*) AS mentions, count(DISTINCT article_no) AS articles FROM {locations}"
        " WHERE NOT coalesce(in_aleppo, false) AND lat IS NOT NULL GROUP BY place_id ORDER BY mentions DESC, place_id"
    )
    beyond = aggregate.other_places(view)
    assert len(slow_beyond) > 0 or view.filters.cited  # the sample maps places beyond Aleppo
    same(beyond[["place_id", "mentions", "articles"]], slow_beyond)
    first = view.store.query(
        "SELECT DISTINCT ON (place_id) place_id, place, kind, country, lat, lon FROM locations"
        " WHERE NOT coalesce(in_aleppo, false) AND lat IS NOT NULL ORDER BY place_id, article_no, start"
    ).set_index("place_id")
    same(beyond.set_index("place_id")[first.columns], first.loc[beyond["place_id"]])


def test_the_first_mentions_of_a_place_equal_the_full_sort(view):
    """The Map's table of a district's mentions reads only the newest articles holding the first rows;
    its rows equal the first rows of every kept mention sorted, for every place and cut."""
    for place_id in view.query("SELECT DISTINCT place_id FROM {locations} ORDER BY 1")["place_id"].dropna():
        every = district_figures.mentions_of_places(view, [place_id])
        for limit in (1, 2, 3, 50):
            same(district_figures.mentions_of_places(view, [place_id], limit=limit), every.head(limit))


def test_reported_figures_per_district_match_names_as_before(view):
    """Killed and wounded per district: gazetteer names first, else the place the mentions call so."""
    places = data.aleppo_places(view.store)
    fast = aggregate.district_measures(places, view)
    name_to_id: dict[str, str] = {}
    for name, others, pid in zip(places["name"], places["variants"], places["place_id"], strict=False):
        for alias in [name, *str(others or "").split("|")]:
            name_to_id.setdefault(str(alias).strip().lower(), pid)
    aliases = view.query(
        "SELECT alias, arg_min(place_id, priority) AS place_id FROM ("
        " SELECT DISTINCT lower(trim(place)) AS alias, place_id, 0 AS priority FROM {locations}"
        " UNION ALL SELECT DISTINCT lower(trim(text)), place_id, 1 FROM {locations}) GROUP BY alias"
    )
    for alias, pid in zip(aliases["alias"], aliases["place_id"], strict=False):
        name_to_id.setdefault(str(alias), pid)
    sums = view.query(
        f"SELECT lower(place) AS alias, type, sum(number) AS reported FROM {{casualties}} WHERE {ADDABLE}"
        " AND type IN ('killed', 'wounded') GROUP BY ALL"
    )
    sums["place_id"] = sums["alias"].map(name_to_id)
    for kind in ("killed", "wounded"):
        per_place = sums[sums["type"] == kind].groupby("place_id")["reported"].sum()
        assert fast[kind].tolist() == places["place_id"].map(per_place).fillna(0).astype(int).tolist()


def test_incidents_open_at_their_first_kept_report_as_the_figure_join_found_it(view):
    """`incident_reports` gives each listed incident the report the join of its figure ids with the
    kept figures gave (the highest number, then article and offset), under every filter."""
    fast = drilldown.incidents_by_disagreement(view)
    assert len(fast) > 0 or view.filters.outlets  # the sample's SANA articles group no incident
    slow = view.query(
        "SELECT DISTINCT ON (x.incident_id) x.incident_id, c.article_id, c.start, c.\"end\", c.figure_id"
        " FROM incident_figures x JOIN {casualties} c USING (figure_id)"
        " WHERE x.incident_id IN (SELECT incident_id FROM {incidents})"
        " ORDER BY x.incident_id, c.number DESC NULLS LAST, c.article_id, c.start, c.\"end\" DESC, c.figure_id"
    )
    columns = ["incident_id", "article_id", "start", "end", "figure_id"]
    opened = fast[columns].dropna(subset=["figure_id"]).sort_values("incident_id")
    same(opened, slow.sort_values("incident_id"))


@pytest.mark.parametrize("name, order", [
    ("casualties", "number DESC NULLS LAST, figure_id"),
    ("quotes", "published NULLS LAST, article_id, start, quote_id"),
    ("locations", "article_id, start, place_id"),
])
def test_top_rows_found_on_their_keys_equal_the_whole_sort(view, name, order):
    """`View.table` with a limit reads the top rows' columns after sorting their keys (late
    materialisation): the same rows as sorting the filtered table whole, a `where` included."""
    where = "start > 0"
    for limit in (1, 3, 1000):
        fast = view.table(name, ["article_id", "start", "end"], order=order, limit=limit, where=where)
        slow = view.query(f"SELECT article_id, start, \"end\" FROM {{{name}}} AS t WHERE {where} ORDER BY {order} LIMIT {limit}")
        assert len(slow) > 0 or view.filters.outlets
        same(fast, slow)


def test_kept_incidents_are_the_incidents_with_a_figure_in_a_kept_article(view):
    """`{incidents}` holds exactly the incidents dataset's rows of the incidents with a figure the view
    keeps (a cited source: one attributed to it), with every column but the figure id lists, sources and
    outlets, and the database's incident number and ranks."""
    fast = view.query("SELECT * FROM {incidents} ORDER BY incident_id")
    with_a_kept_figure = "SELECT x.incident_id FROM incident_figures x JOIN {casualties} c USING (figure_id)"
    slow = view.query(
        "SELECT * EXCLUDE (reported, article_no, figure_ids, sources, outlets) FROM app.incidents WHERE "
        + (f"incident_id IN ({with_a_kept_figure})" if view.filters.active else "reported")
        + " ORDER BY incident_id"
    )
    assert len(slow) > 0 or view.filters.outlets  # the sample's SANA articles report no incident
    assert not {"figure_ids", "sources", "outlets"} & set(fast.columns)
    same(fast[slow.columns], slow)
    assert list(fast.columns) == list(slow.columns)


def test_outlet_speaker_matrix_in_one_scan_equals_the_leaders_join(view):
    """The quotes per outlet of the most quoted named speakers, counted in one scan of the kept quotes,
    equal the count that found the leaders first and joined every quote with them."""
    two_scans = view.query(
        "WITH leaders AS (SELECT speaker, count(*) AS n FROM {quotes} WHERE " + aggregate.NAMED_SPEAKER +
        " GROUP BY speaker ORDER BY n DESC, speaker LIMIT 15)"
        " SELECT q.outlet, q.speaker, count(*) AS quotes, any_value(l.n) AS total FROM {quotes} q"
        " JOIN leaders l USING (speaker) GROUP BY ALL"
    )
    matrix = aggregate.outlet_speaker_matrix(view)
    assert int(matrix.to_numpy().sum()) == int(two_scans["quotes"].sum())
    for row in two_scans.itertuples():
        assert matrix.loc[row.outlet, row.speaker] == row.quotes
    leaders = two_scans.groupby("speaker")["total"].first().sort_values(ascending=False, kind="stable")
    assert list(matrix.columns) == list(leaders.index)


def test_speaker_aggregates_over_the_per_article_counts_equal_those_over_every_statement(view):
    """Top speakers (quotes, articles, side), their pairs, outlet by speaker and unnamed sources, counted
    from `speaker_articles`, equal the counts over every kept statement, under every filter."""
    named = "speaker IS NOT NULL AND coalesce(speaker_named, true)"
    nodes, edges = aggregate.speaker_network(view, top=40)
    slow_nodes = view.query(
        f"SELECT speaker, count(*) AS quotes, count(DISTINCT article_no) AS articles FROM {{quotes}} WHERE {named}"
        " GROUP BY speaker ORDER BY quotes DESC, speaker LIMIT 40"
    )
    assert len(slow_nodes) > 0 or view.filters.outlets
    same(nodes[["speaker", "quotes", "articles"]], slow_nodes)
    sides = view.query(
        f"SELECT speaker, speaker_side, count(*) AS n FROM {{quotes}} WHERE {named} AND speaker_side IS NOT NULL"
        " GROUP BY ALL"
    )
    for row in nodes.itertuples():
        mine = sides[sides["speaker"] == row.speaker]
        if mine.empty:
            continue
        most = mine[mine["n"] == mine["n"].max()]["speaker_side"]
        assert row.side == sorted(most)[0]  # the most given side, the first by name on a tie
    slow_edges = view.query(
        "WITH pairs AS (SELECT DISTINCT article_no, speaker FROM {quotes} WHERE list_contains($kept, speaker))"
        " SELECT a.speaker AS source, b.speaker AS target, count(*) AS weight FROM pairs a"
        " JOIN pairs b ON a.article_no = b.article_no AND a.speaker < b.speaker GROUP BY ALL ORDER BY ALL",
        {"kept": list(nodes["speaker"])},
    )
    same(edges, slow_edges)
    slow_unnamed = view.query(
        f"SELECT outlet, count(*) FILTER (WHERE {named}) AS named,"
        " count(*) FILTER (WHERE speaker IS NOT NULL AND speaker_named = false) AS unnamed,"
        " count(*) FILTER (WHERE speaker IS NULL) AS no_speaker FROM {quotes}"
        " GROUP BY outlet ORDER BY named + unnamed DESC, outlet"
    )
    same(aggregate.unnamed_sources_by_outlet(view)[["outlet", "named", "unnamed", "no_speaker"]], slow_unnamed)
    matrix = aggregate.outlet_speaker_matrix(view)
    per = view.query("SELECT outlet, speaker, count(*) AS quotes FROM {quotes} WHERE speaker IS NOT NULL GROUP BY ALL")
    for speaker in matrix.columns:
        for outlet in matrix.index:
            expected = per[(per["outlet"] == outlet) & (per["speaker"] == speaker)]["quotes"].sum()
            assert matrix.loc[outlet, speaker] == expected


def test_listed_incidents_carry_their_sources_and_outlets(view):
    """The incident table reads sources and outlets only for the rows it lists: joined with ", ", as in
    the incidents dataset."""
    listed = drilldown.incidents_by_disagreement(view, limit=3)
    full = drilldown.incidents_by_disagreement(view)
    assert len(full) > 0 or view.filters.outlets
    dataset = view.store.query(
        "SELECT incident_id, array_to_string(sources, ', ') AS sources, array_to_string(outlets, ', ') AS outlets"
        " FROM app.incidents"
    ).set_index("incident_id")
    for rows in (listed, full):
        expected = dataset.loc[rows["incident_id"]].reset_index()
        same(rows[["incident_id", "sources", "outlets"]], expected)
    same(listed, full.head(3))


@pytest.mark.parametrize("filters", [*FILTERS.values(), flt.Filters(search="no such word anywhere")])
def test_a_view_has_rows_where_it_counts_some(store, filters):
    view = data.View(store, filters, store.matching(filters))
    for name in ("entities", "casualties", "quotes", "locations", "articles"):
        assert view.has_rows(name) == (view.count(name) > 0), name
    assert any(view.has_rows(name) for name in ("entities", "articles")) == (view.n_articles > 0)


# The Casualties page's sums over every kept figure, before `figure_sums` (the slow path).
SLOW_SERIES = (
    "SELECT {period} AS period, coalesce(CAST(\"{column}\" AS VARCHAR), '(not stated)') AS split, type,"
    " sum(number) AS reported, count(*) AS figures FROM {{casualties}} WHERE {addable} AND list_contains($types, type)"
    " AND {date} IS NOT NULL AND {places} GROUP BY ALL ORDER BY period, split, type"
)
SLOW_TOTALS = (
    "SELECT coalesce(CAST(\"{column}\" AS VARCHAR), '(not stated)') AS \"{column}\", type,"
    " CAST(sum(number) AS BIGINT) AS reported, count(*) AS figures, count(DISTINCT article_no) AS articles"
    " FROM {{casualties}} WHERE {addable} AND list_contains($types, type) AND {places}"
    " GROUP BY ALL ORDER BY reported DESC, \"{column}\", type"
)
CASUALTY_CHOICES = [
    (["killed", "wounded"], None),
    (["killed"], ["Aleppo", "Idlib"]),
    (["killed", "wounded", "missing", "killed_or_wounded"], None),
]


def test_the_sample_has_figures_summed_together(store):
    """Guards the comparisons below: some row of `figure_sums` adds up several figures, and some figures
    are left out (not addable)."""
    assert int(store.query("SELECT max(figures) AS n FROM figure_sums")["n"].iat[0]) > 1
    summed = int(store.query("SELECT sum(figures) AS n FROM figure_sums")["n"].iat[0])
    assert 0 < summed < int(store.query("SELECT count(*) AS n FROM casualties")["n"].iat[0])


@pytest.mark.parametrize(("types", "places"), CASUALTY_CHOICES)
def test_casualty_chart_and_totals_from_figure_sums_equal_the_sums_over_every_figure(view, types, places):
    """The chart's series (every split and period) and the totals by outlet and by source, summed from
    `figure_sums`, equal the same sums over every kept figure, under every filter."""
    params = {"types": types, **aggregate.place_params(places)}
    where = {"addable": ADDABLE, "places": aggregate.place_condition(places)}
    some = False
    for column in aggregate.SPLITS.values():
        for freq in aggregate.FREQUENCIES:
            fast = aggregate.casualty_series(view, freq, column, types, places)
            slow = view.query(
                SLOW_SERIES.format(period=aggregate.period_sql(FIGURE_DATE, freq), column=column, date=FIGURE_DATE, **where),
                params,
            )
            same(fast, slow)
            assert fast["figures"].dtype == slow["figures"].dtype  # counts stay integers ("58", not "58.0")
            some = some or len(fast) > 0
    totals = aggregate.casualty_totals_by(view, types, places)
    for column in aggregate.TOTAL_BY.values():
        slow = view.query(SLOW_TOTALS.format(column=column, **where), params)
        same(totals[column], slow)
        assert totals[column][["reported", "figures", "articles"]].dtypes.tolist() == slow[["reported", "figures", "articles"]].dtypes.tolist()
    assert some or view.filters.outlets or places


def test_the_sample_has_incidents_of_one_article_and_of_several(store):
    """Guards the incident comparisons: both ways an incident is kept are in the sample."""
    frame = store.query("SELECT count(*) FILTER (WHERE article_no IS NOT NULL) AS one, count(*) FILTER"
                        " (WHERE article_no IS NULL AND reported) AS several FROM app.incidents")
    assert frame["one"].iat[0] >= 4 and frame["several"].iat[0] >= 1


@pytest.mark.parametrize("window", [1, 100])
@pytest.mark.parametrize("disagreeing", [False, True])
@pytest.mark.parametrize("limit", [None, 0, 1, 2, 3])
def test_incidents_listed_by_rank_are_in_the_order_of_their_disagreement(view, disagreeing, limit, window, monkeypatch):
    """The listing ordered by `disagreement_rank` is the order of the highest number over the lowest,
    then the gap between them, then the id, under every filter; a limit gives its first rows (0: all)."""
    monkeypatch.setattr(sys.modules["dashboard.data.store"], "RANK_WINDOW", window)  # first ranks, or all
    listed = drilldown.incidents_by_disagreement(view, disagreeing=disagreeing, limit=limit)
    slow = view.query(
        "SELECT incident_id, CASE WHEN \"min\" > 0 THEN round(\"max\" / \"min\", 2) END AS disagreement FROM {incidents}"
        + (' WHERE "min" <> "max"' if disagreeing else "")
        + ' ORDER BY disagreement DESC NULLS LAST, "max" - "min" DESC NULLS LAST, incident_id'
        + (f" LIMIT {limit}" if limit else "")
    )
    assert len(slow) > 0 or view.filters.outlets
    same(listed[["incident_id", "disagreement"]], slow)


@pytest.mark.parametrize("window", [1, 100])
@pytest.mark.parametrize("limit", [1, 2, 20])
def test_widest_incidents_by_rank_are_the_highest_numbers_first(view, limit, window, monkeypatch):
    """The Casualties page's widest incidents (`size_rank`: events, no running totals) are those with the
    highest number, then by id; found first among the ranks up to window x limit, else among all."""
    monkeypatch.setattr(sys.modules["dashboard.data.store"], "RANK_WINDOW", window)  # data.store is a function
    where = "size_rank IS NOT NULL AND list_contains($types, type)"
    fast = view.table("incidents", ["incident_id", "max"], order="size_rank", limit=limit, where=where,
                      params={"types": ["killed", "wounded"]})
    slow = view.query(
        'SELECT incident_id, "max" FROM {incidents} WHERE "max" IS NOT NULL AND NOT coalesce(cumulative, false)'
        f' AND list_contains($types, type) ORDER BY "max" DESC, incident_id LIMIT {limit}',
        {"types": ["killed", "wounded"]},
    )
    same(fast, slow)


@pytest.mark.parametrize(
    "filters", [*FILTERS.values(), flt.Filters(search="no such word anywhere"), flt.Filters(start=date(2016, 11, 15))]
)
def test_table_counts_from_the_per_article_counts_equal_the_rows_counted(store, filters):
    """`View.count` of a whole filtered table reads `article_counts`; under a cited-source filter, which
    keeps only some of an article's figures and quotes, it counts the rows themselves."""
    view = data.View(store, filters, store.matching(filters))
    for name in ("casualties", "quotes", "locations", "entities"):
        assert view.count(name) == int(view.query(f"SELECT count(*) AS n FROM {{{name}}}")["n"].iat[0]), name
    overview = aggregate.overview_counts(view)
    slow = view.query(
        "SELECT (SELECT count(DISTINCT place_id) FROM {locations}) AS places, (SELECT count(*) FROM {casualties})"
        " AS figures, (SELECT count(*) FROM {quotes}) AS quotes"
    ).iloc[0]
    assert [overview[k] for k in ("places", "figures", "quotes")] == [int(slow[k]) for k in ("places", "figures", "quotes")]


def test_the_sample_has_quote_rows_that_continue_a_statement(store):
    assert store.query("SELECT count(*) AS n FROM quotes WHERE continues IS NOT NULL")["n"].iat[0] > 0

"""The Compare page: sides as filters (pure functions), what each side reports, and the page under AppTest
on the FA-KES-like sample dataset (two outlets, two outlet groups, input-column values, empty filters)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
import streamlit as st

from dashboard import compare, data
from dashboard.filters import Filters
from tests import sample_data as sample
from tests.test_app_pages import fakes_data, infos, open_page, shown  # noqa: F401 (fixture)

PALETTE = ["#111111", "#222222", "#333333", "#444444"]


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory):
    return sample.write(tmp_path_factory.mktemp("compare-sample"))


@pytest.fixture(autouse=True)
def _fresh_cache():
    st.cache_data.clear()
    st.cache_resource.clear()


# ---- Sides -------------------------------------------------------------------------------------------


def test_an_outlet_side_keeps_the_sidebar_filters_and_its_outlet_colour():
    filters = Filters(search="Aleppo", metadata=("labels = 1",))
    sides = compare.outlet_sides(filters, ["SANA", "Reuters"], {"SANA": "#aa0000", "Reuters": "#0000aa"})
    assert [s.filters.outlets for s in sides] == [("SANA",), ("Reuters",)]
    assert all(s.filters.search == "Aleppo" and s.filters.metadata == ("labels = 1",) for s in sides)
    assert [s.colour for s in sides] == ["#aa0000", "#0000aa"]


def test_an_outlet_the_sidebar_leaves_out_gives_an_empty_side():
    sides = compare.outlet_sides(Filters(outlets=("Reuters",)), ["SANA", "Reuters"], {})
    assert sides[0].filters is None
    assert sides[1].filters.outlets == ("Reuters",)


def test_a_group_side_is_its_outlets_within_the_sidebar_choice():
    groups = {"Agencies": ("Reuters", "AFP"), "State media": ("SANA",)}
    sides = compare.group_sides(
        Filters(outlets=("Reuters", "SANA")), groups, ["Agencies", "State media"], PALETTE
    )
    assert [s.filters.outlets for s in sides] == [("Reuters",), ("SANA",)]
    assert [s.colour for s in sides] == PALETTE[:2]
    assert compare.group_sides(Filters(outlets=("BBC",)), groups, ["Agencies"], PALETTE)[0].filters is None


def test_a_column_side_replaces_the_sidebar_choice_on_that_column_only():
    filters = Filters(metadata=("labels = 1", "labels = 0", "lang = en"))
    sides = compare.column_sides(filters, "labels", ["0", "1"], PALETTE)
    assert [s.filters.metadata for s in sides] == [("lang = en", "labels = 0"), ("lang = en", "labels = 1")]
    assert [s.name for s in sides] == ["labels = 0", "labels = 1"]
    narrowed = compare.column_sides(Filters(metadata=("labels = 1",)), "labels", ["0", "1"], PALETTE)
    assert narrowed[0].filters is None and narrowed[1].filters.metadata == ("labels = 1",)


def test_groups_match_the_dataset_outlets_however_they_are_spelled(tmp_path):
    groups_file = tmp_path / "groups.csv"
    groups_file.write_text(
        "# a comment line\ngroup,outlet,ownership\nState,SANA (Syrian Arab News Agency),state\n"
        "Agencies,Reuters,private\nAgencies,Agence France-Presse,public\nNobody here,CNN,private\n",
        encoding="utf-8",
    )
    groups = compare.outlet_groups(groups_file)
    assert groups == {
        "State": ("SANA (Syrian Arab News Agency)",),
        "Agencies": ("Reuters", "Agence France-Presse"),
        "Nobody here": ("CNN",),
    }
    found = compare.groups_in_dataset(groups, ["SANA", "Reuters", "AFP", "Al Jazeera"])
    assert found == {"State": ("SANA",), "Agencies": ("Reuters", "AFP")}


def test_every_outlet_in_the_groups_file_is_a_known_outlet():
    from pipeline.outlets.registry import outlet_registry

    names = {o.name for o in outlet_registry().outlets}
    listed = {o for outlets in compare.outlet_groups().values() for o in outlets}
    assert listed and listed <= names, sorted(listed - names)


# ---- What each side reports ----------------------------------------------------------------------------


def views_of(folder: Path, sides: list[compare.Side]) -> dict:
    return {s.name: data.view(s.filters, folder) if s.filters else None for s in sides}


@pytest.mark.parametrize("cited", [(), ("Syrian Observatory for Human Rights", "John Kerry")])
@pytest.mark.parametrize("table", ["articles", "casualties", "quotes", "locations", "entities", "place_tolls"])
def test_sides_asked_at_once_give_each_sides_own_rows(sample_dir, table, cited):
    # Overlapping sides (Reuters is on both): an article two sides keep counts for each.
    sides = compare.group_sides(
        Filters(cited=cited), {"a": ("Reuters", "SANA"), "b": ("Reuters", "Al Jazeera", "unknown")}, ["a", "b"], PALETTE
    )
    views = views_of(sample_dir, sides)
    together = data.SideBySide(views).query(
        f"SELECT side_name, list(article_no ORDER BY article_no) AS rows FROM {{{table}}} GROUP BY 1"
    ).set_index("side_name")["rows"]
    for name, view in views.items():
        alone = view.query(f"SELECT list(article_no ORDER BY article_no) AS rows FROM {{{table}}}")["rows"].iat[0]
        assert list(together.get(name, [])) == ([] if alone is None or alone is pd.NA else list(alone))
    assert len(together) > 0


def test_shared_incidents_give_each_sides_figure_and_the_disagreement(sample_dir):
    views = views_of(sample_dir, compare.outlet_sides(Filters(), ["Reuters", "Al Jazeera", "SANA"], {}))
    incidents = data.view(Filters(), sample_dir).table("incidents")
    shared = compare.shared_incident_figures(views, incidents)
    assert len(shared) == 1
    row = shared.iloc[0]
    assert (row["place"], row["type"]) == ("Kalasseh", "killed")
    assert (row["Reuters"], row["Al Jazeera"], row["disagreement"]) == (25, 40, 15)
    assert pd.isna(row["SANA"])


def test_an_incident_one_side_alone_reports_is_not_shared(sample_dir):
    views = views_of(sample_dir, compare.outlet_sides(Filters(), ["Reuters", "SANA"], {}))
    incidents = data.view(Filters(), sample_dir).table("incidents")
    assert compare.shared_incident_figures(views, incidents).empty


def test_no_shared_incident_gives_the_shape_of_a_table_with_rows(sample_dir):
    """The columns and their types are those of a table with shared incidents (the sides' figures and the
    disagreement as nullable integers), so an empty table reads and exports like a full one."""
    incidents = data.view(Filters(), sample_dir).table("incidents")
    full = compare.shared_incident_figures(views_of(sample_dir, compare.outlet_sides(Filters(), ["Reuters", "Al Jazeera"], {})), incidents)
    empty = compare.shared_incident_figures(views_of(sample_dir, compare.outlet_sides(Filters(), ["Reuters", "SANA"], {})), incidents)
    assert len(full) > 0 and empty.empty
    assert list(empty.columns) == [*compare.INCIDENT_ABOUT, "Reuters", "SANA", "disagreement"]
    kinds = dict(zip(full.columns, full.dtypes, strict=True))
    kinds["SANA"] = kinds.pop("Al Jazeera")
    assert {c: str(t) for c, t in zip(empty.columns, empty.dtypes, strict=True)} == {c: str(kinds[c]) for c in empty.columns}


def test_quoted_sides_split_named_and_unnamed_sources(sample_dir):
    views = views_of(sample_dir, compare.outlet_sides(Filters(), ["Al Jazeera", "Reuters"], {}))
    quoted = compare.quoted_sides(views)
    jazeera = quoted[quoted["side"] == "Al Jazeera"]
    assert set(jazeera["source"]) == {"named", "unnamed"}
    assert jazeera["share"].sum() == pytest.approx(1.0, abs=0.01)
    assert set(quoted[quoted["side"] == "Reuters"]["source"]) == {"named"}


def test_places_are_shares_of_each_sides_articles(sample_dir):
    views = views_of(sample_dir, compare.column_sides(Filters(), "labels", ["0", "1"], PALETTE))
    places = compare.places_covered(views).set_index("place")
    assert places.loc["Aleppo", "labels = 0"] == 1.0
    assert places.loc["Aleppo", "articles"] == 8
    assert 0 < places.loc["Kallaseh", "labels = 1"] <= 1


def test_an_empty_side_counts_zero(sample_dir):
    sides = compare.outlet_sides(Filters(outlets=("Reuters",)), ["Reuters", "SANA"], {})
    counts = compare.side_counts(views_of(sample_dir, sides)).set_index("side")
    assert counts.loc["Reuters", "articles"] == 1 and counts.loc["SANA", "articles"] == 0


@pytest.mark.parametrize("base", [Filters(), Filters(search="Aleppo"), Filters(cited=("John Kerry", "Syrian Observatory for Human Rights"))])
def test_side_counts_and_quoted_sides_from_the_summaries_equal_counts_of_the_rows(sample_dir, base):
    """The sides' figure and quote counts (per article, `article_counts`) and whom they quote (per article
    and speaker, `speaker_articles`) equal the same counts over every kept figure and statement, for
    outlets and for overlapping column sides, and under a cited-source filter (counted row by row)."""
    for sides in (
        compare.outlet_sides(base, ["Al Jazeera", "Reuters", "SANA"], {}),
        compare.column_sides(base, "labels", ["0", "1"], PALETTE),
    ):
        views = {name: view for name, view in views_of(sample_dir, sides).items() if view is not None}
        both = data.SideBySide(views)
        slow = both.query(
            "SELECT side_name AS side, count(*) AS figures FROM {casualties} GROUP BY 1"
        ).set_index("side")["figures"]
        slow_quotes = both.query("SELECT side_name AS side, count(*) AS quotes FROM {quotes} GROUP BY 1").set_index("side")["quotes"]
        counts = compare.side_counts(views).set_index("side")
        assert counts["figures"].tolist() == [int(slow.get(name, 0)) for name in counts.index]
        assert counts["quotes"].tolist() == [int(slow_quotes.get(name, 0)) for name in counts.index]
        assert counts["figures"].sum() > 0 and counts["quotes"].sum() > 0
        quoted = both.query(
            "SELECT side_name AS side, coalesce(speaker_side, 'unknown') AS speaker_side,"
            " count(*) FILTER (WHERE speaker IS NOT NULL AND coalesce(speaker_named, true)) AS named,"
            " count(*) FILTER (WHERE speaker IS NOT NULL AND speaker_named = false) AS unnamed"
            " FROM {quotes} WHERE speaker IS NOT NULL GROUP BY 1, 2"
        ).melt(id_vars=["side", "speaker_side"], value_vars=["named", "unnamed"], var_name="source", value_name="quotes")
        quoted = quoted[quoted["quotes"] > 0].sort_values(["side", "speaker_side", "source"]).reset_index(drop=True)
        fast = compare.quoted_sides(views).sort_values(["side", "speaker_side", "source"]).reset_index(drop=True)
        assert fast[["side", "speaker_side", "source", "quotes"]].astype(str).equals(quoted.astype(str))


# ---- The page ------------------------------------------------------------------------------------------


def test_the_page_compares_two_outlets(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/compare.py", monkeypatch)
    at.multiselect(key="cmp-outlets").set_value(["Reuters", "Al Jazeera"]).run()
    assert not at.exception
    shared = at.dataframe[0].value
    assert list(shared[["Reuters", "Al Jazeera", "disagreement"]].iloc[0]) == [25, 40, 15]
    assert any("in 1 the highest numbers they report differ" in shown(c.value) for c in at.caption)
    assert {"cmp-volume", "cmp-incidents", "cmp-quoted", "cmp-places"} <= {
        key
        for c in at.get("plotly_chart")
        for key in ("cmp-volume", "cmp-incidents", "cmp-quoted", "cmp-places")
        if key in c.proto.id
    }


def test_the_page_compares_two_outlet_groups(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/compare.py", monkeypatch)
    at.segmented_control(key="cmp-mode").set_value("Outlet groups").run()
    at.multiselect(key="cmp-groups").set_value(["Syrian state media", "Gulf-owned media"]).run()
    assert not at.exception
    members = " ".join(shown(c.value) for c in at.caption)
    assert (
        "Syrian state media: SANA" in members and "Gulf-owned media: Al Jazeera, Asharq Al-Awsat" in members
    )
    articles = [m.value for m in at.metric if m.label == "Articles"]
    assert articles == ["1", "2"]
    places = at.dataframe[-1].value.set_index("place")
    assert places.loc["New Aleppo", "Syrian state media"] == 1.0


def test_the_page_compares_values_of_an_input_column(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/compare.py", monkeypatch)
    at.segmented_control(key="cmp-mode").set_value("Input column").run()
    assert not at.exception
    assert [m.value for m in at.metric if m.label == "Articles"] == ["4", "4"]


def test_filters_matching_nothing_show_the_empty_state(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/compare.py", monkeypatch, q="no article says this")
    assert "match these filters" in infos(at)
    assert not at.get("plotly_chart")


def test_a_side_the_filters_empty_says_so(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/compare.py", monkeypatch, outlet=["Reuters"])
    at.multiselect(key="cmp-outlets").set_value(["Reuters", "SANA"]).run()
    assert not at.exception
    assert [m.value for m in at.metric if m.label == "Articles"] == ["1", "0"]
    assert any("No article of this side matches the filters" in shown(c.value) for c in at.caption)


def test_fewer_than_two_sides_ask_for_more(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/compare.py", monkeypatch)
    at.multiselect(key="cmp-outlets").set_value(["Reuters"]).run()
    assert "Pick two to four" in infos(at)


def test_volume_has_a_zero_for_a_month_a_side_published_nothing(sample_dir):
    views = views_of(
        sample_dir, compare.outlet_sides(Filters(), ["Syrian Observatory for Human Rights", "SANA"], {})
    )
    volume = compare.volume_over_time(views, "month").set_index(["side", "period"])["articles"]
    assert volume[("SANA", pd.Timestamp("2016-10-01"))] == 0
    assert volume[("Syrian Observatory for Human Rights", pd.Timestamp("2016-10-01"))] == 1
    assert volume[("SANA", pd.Timestamp("2016-11-01"))] == 1


@pytest.mark.fakes
@pytest.mark.slow
def test_the_page_on_fakes_two_outlets_two_groups_and_nothing(request, monkeypatch):
    fakes = request.getfixturevalue("fakes_data")  # the FA-KES build (tests/test_app_pages.py)
    at = open_page(fakes, "pages/compare.py", monkeypatch)
    assert at.multiselect(key="cmp-outlets").value == ["Al-Ahram", "Al-Manar"]  # the two with most articles
    assert [m.value for m in at.metric if m.label == "Articles"] == ["149", "105"]
    at.segmented_control(key="cmp-mode").set_value("Outlet groups").run()
    at.multiselect(key="cmp-groups").set_value(["Syrian state media", "Russian state media"]).run()
    assert not at.exception
    members = " ".join(shown(c.value) for c in at.caption)
    assert "Syrian state media: SANA (Syrian Arab News Agency)" in members
    assert "Russian state media: Sputnik, TASS" in members
    assert [m.value for m in at.metric if m.label == "Articles"] == ["51", "58"]
    nothing = open_page(fakes, "pages/compare.py", monkeypatch, q="no article says this")
    assert "match these filters" in infos(nothing)


def test_shared_incidents_read_only_the_shared_incidents_rows(sample_dir):
    views = views_of(sample_dir, compare.outlet_sides(Filters(), ["Reuters", "Al Jazeera", "SANA"], {}))
    table = data.view(Filters(), sample_dir).table("incidents")
    asked = []

    def rows(ids):
        asked.append(sorted(ids))
        return table[table["incident_id"].isin(ids)]

    shared = compare.shared_incident_figures(views, rows)
    assert len(asked) == 1 and len(asked[0]) == 1  # the one incident two sides report
    pd.testing.assert_frame_equal(shared, compare.shared_incident_figures(views, table))
    # by default the incidents' columns come with the sides' figures: the same table
    pd.testing.assert_frame_equal(shared, compare.shared_incident_figures(views))


def test_two_incidents_sharing_an_id_in_one_side_are_not_shared(sample_dir, tmp_path):
    # Incident ids are hashes and nothing makes them unique: two incidents with one id, both reported by
    # SANA alone, are one side's, not two sides'.
    folder = tmp_path / "dup"
    shutil.copytree(sample_dir, folder)
    articles = pd.read_parquet(folder / "articles.parquet")
    figures = pd.read_parquet(folder / "casualties.parquet")
    sana = figures[figures["article_id"].isin(articles.loc[articles["outlet"] == "SANA", "article_id"])]
    assert len(sana) >= 2
    incidents = pd.read_parquet(folder / "incidents.parquet")
    extra = pd.concat([incidents.iloc[[0]]] * 2, ignore_index=True).assign(
        incident_id="inc-dup", figure_ids=[[sana["figure_id"].iat[0]], [sana["figure_id"].iat[1]]]
    )
    pd.concat([incidents, extra], ignore_index=True).to_parquet(folder / "incidents.parquet", index=False)
    views = views_of(folder, compare.outlet_sides(Filters(), ["Reuters", "SANA"], {}))
    assert compare.shared_incident_figures(views).empty


def test_sides_with_different_cited_sources_are_not_asked_at_once(sample_dir):
    views = views_of(sample_dir, compare.outlet_sides(Filters(), ["Reuters", "SANA"], {}))
    other = data.view(Filters(outlets=("SANA",), cited=("SANA",)), sample_dir)
    with pytest.raises(ValueError, match="same cited sources"):
        data.SideBySide({"Reuters": views["Reuters"], "SANA": other})
    with pytest.raises(ValueError, match="no side"):
        data.SideBySide({})

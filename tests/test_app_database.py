"""The app's database of a large dataset is written to a file once and reopened (dashboard/data/database.py)."""

from __future__ import annotations

import pytest

from dashboard import filters as flt
from dashboard.data import Store, database
from tests import sample_data as sample


@pytest.fixture()
def on_disk(tmp_path, monkeypatch):
    """Every dataset counts as large: its database goes to a file under tmp_path."""
    monkeypatch.setattr(database, "IN_MEMORY_BYTES", 0)
    monkeypatch.setattr(database, "DATABASES_DIR", tmp_path / "databases")
    return sample.write(tmp_path / "dataset")


def answers(store: Store) -> tuple:
    kept = store.matching(flt.Filters(search="kalasseh")).column("article_no").to_pylist()
    counts = store.query("SELECT (SELECT count(*) FROM entities) AS e, (SELECT count(*) FROM incidents) AS i")
    return sorted(kept), counts.to_dict("records")


def test_a_large_datasets_database_is_written_once_and_reopened(on_disk, tmp_path):
    first = Store(on_disk)
    files = list((tmp_path / "databases").glob("*.duckdb"))
    assert len(files) == 1
    written = files[0].stat().st_mtime_ns
    again = Store(on_disk)
    assert files[0].stat().st_mtime_ns == written  # reopened, not rebuilt
    assert answers(again) == answers(first) and answers(first)[0]


def test_a_changed_dataset_gets_a_new_database_and_the_old_one_goes(on_disk, tmp_path):
    Store(on_disk)
    before = {p.name for p in (tmp_path / "databases").glob("*.duckdb")}
    (on_disk / "quality.json").write_text("{}", encoding="utf-8")  # any file of the folder changing
    Store(on_disk)
    after = {p.name for p in (tmp_path / "databases").glob("*.duckdb")}
    assert len(after) == 1 and after != before


def test_in_memory_and_on_disk_databases_answer_alike(on_disk, tmp_path, monkeypatch):
    from_file = answers(Store(on_disk))
    monkeypatch.setattr(database, "IN_MEMORY_BYTES", 1 << 40)
    assert answers(Store(on_disk)) == from_file


def test_without_a_writable_cache_folder_the_database_is_built_in_memory(on_disk, tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would go", encoding="utf-8")
    monkeypatch.setattr(database, "DATABASES_DIR", blocked / "databases")
    assert answers(Store(on_disk))[0]


def test_a_database_cached_before_a_contract_change_is_not_reused(on_disk, tmp_path, monkeypatch):
    # a column added to the records (quotes.continues, 6 December 2026) must not meet a database cached
    # without it: "Referenced column not found" on every page
    monkeypatch.setattr(database, "contract_columns", lambda: "the contract before the change")
    Store(on_disk)
    before = {p.name for p in (tmp_path / "databases").glob("*.duckdb")}
    monkeypatch.undo()
    monkeypatch.setattr(database, "IN_MEMORY_BYTES", 0)
    monkeypatch.setattr(database, "DATABASES_DIR", tmp_path / "databases")
    store = Store(on_disk)
    after = {p.name for p in (tmp_path / "databases").glob("*.duckdb")}
    assert len(after) == 1 and after != before
    assert "continues" in store.query("SELECT * FROM quotes LIMIT 0").columns


def test_a_data_folder_named_like_a_hive_partition_keeps_its_columns(tmp_path):
    """DuckDB reads "name=value" folders of a path as columns unless told not to: datasets kept under
    "outlet=Nobody/" keep their own outlets, and no column is added."""
    plain = Store(sample.write(tmp_path / "plain"))
    named = Store(sample.write(tmp_path / "outlet=Nobody" / "year=2016"))
    sql = "SELECT outlet, count(*) AS n FROM meta GROUP BY outlet ORDER BY outlet"
    assert named.query(sql).to_dict("records") == plain.query(sql).to_dict("records")
    assert "year" not in named.query("SELECT * FROM meta LIMIT 1").columns


def test_long_texts_and_ids_are_stored_plainly_and_tables_keep_publication_then_file_order(on_disk):
    import pandas as pd

    store = Store(on_disk)
    stored = store.query(
        "SELECT column_name, list(DISTINCT compression) AS kinds FROM pragma_storage_info('app.quotes')"
        " WHERE segment_type = 'VARCHAR' GROUP BY 1"
    ).set_index("column_name")["kinds"]
    assert list(stored["quote"]) == ["Uncompressed"] and list(stored["quote_id"]) == ["Uncompressed"]
    assert "Uncompressed" not in list(stored["outlet"])  # short repeated strings stay compressed
    # Articles are numbered by publication date (undated last), a date's articles in file order; the
    # per-article tables are stored in that order, an article's rows in file order.
    articles = pd.read_parquet(on_disk / "articles.parquet")
    published = articles.assign(row=range(len(articles))).sort_values(["published", "row"], na_position="last")
    assert list(published["article_id"]) != list(articles["article_id"])  # the sample is not in date order
    numbered = store.query("SELECT article_id FROM meta ORDER BY article_no")["article_id"].tolist()
    assert numbered == list(published["article_id"])
    rank = {article: n for n, article in enumerate(numbered)}
    for name, key in (("quotes", "quote_id"), ("casualties", "figure_id")):
        in_file = pd.read_parquet(on_disk / f"{name}.parquet")
        expected = in_file.assign(rank=in_file["article_id"].map(rank)).sort_values("rank", kind="stable")[key]
        assert store.query(f"SELECT {key} FROM app.{name} ORDER BY rowid")[key].tolist() == expected.tolist()


def test_an_input_column_named_like_one_the_database_adds_is_not_passed_through(tmp_path):
    """Extra input columns pass through, but not one named like a column the database adds (an incident's
    ranks and article, a figure's number): the database's own is the one pages order and filter by."""
    import pandas as pd

    folder = sample.write(tmp_path / "data")
    incidents = pd.read_parquet(folder / "incidents.parquet")
    incidents.assign(size_rank=99, disagreement_rank=99, article_no=-5, reported=False, note="kept").to_parquet(
        folder / "incidents.parquet", index=False
    )
    figures = pd.read_parquet(folder / "casualties.parquet")
    figures.assign(figure_no=-1).to_parquet(folder / "casualties.parquet", index=False)
    store = Store(folder)
    ranks = store.query("SELECT * FROM app.incidents")
    assert ranks["size_rank"].tolist() == [1] and ranks["disagreement_rank"].tolist() == [1]
    assert ranks["reported"].tolist() == [True] and ranks["note"].tolist() == ["kept"]
    assert not any(c.endswith("_1") for c in ranks.columns)
    numbers = store.query("SELECT figure_no FROM app.casualties ORDER BY figure_no")["figure_no"].tolist()
    assert numbers == list(range(1, len(figures) + 1))

"""Extra input columns, page addresses and date-column order carried through the ingest (invented inputs)."""

from __future__ import annotations

import json
from datetime import date

import duckdb
import pytest

from pipeline.datasets import records_table, write_table
from pipeline.ingest import read_path, to_article
from pipeline.records import Article

BODY = (
    "Government forces shelled the eastern districts of the city on Tuesday, residents said, and aid "
    "agencies warned that thousands of families had fled towards the west during the night."
)


def articles(path) -> list[Article]:
    return [a for a in (to_article(d) for d in read_path(path) if not hasattr(d, "reason")) if isinstance(a, Article)]


def test_extra_csv_columns_become_metadata_and_known_ones_do_not(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text(f'id,title,content,source,date,labels,topic,url\n1,A,"{BODY}",sana,12/10/2016,1,war,\n2,B,"{BODY} Again.",,,0,,\n')
    first, second = articles(path)
    assert json.loads(first.metadata) == {"labels": "1", "topic": "war"}  # title/content/source/date/id are fields
    assert json.loads(second.metadata) == {"labels": "0"}  # empty values are left out


def test_a_table_without_extra_columns_has_no_metadata(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text(f'title,text\nA,"{BODY}"\n')
    assert articles(path)[0].metadata is None


def test_metadata_is_a_json_string_duckdb_filters_on(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text(f'title,content,labels\nA,"{BODY}",1\nB,"{BODY} More.",0\n')
    table_path = tmp_path / "articles.parquet"
    write_table(records_table(articles(path), Article), table_path)
    found = duckdb.sql(
        f"SELECT title FROM read_parquet('{table_path}') WHERE json_extract_string(metadata, '$.labels') = '1'"
    ).fetchall()
    assert found == [("A",)]


@pytest.mark.parametrize("column", ["url", "link", "source_url"])
def test_a_url_column_names_the_outlet_by_its_domain(tmp_path, column):
    path = tmp_path / "in.csv"
    path.write_text(f'title,content,{column}\nA,"{BODY}",https://www.theguardian.com/world/2016/x\n')
    article = articles(path)[0]
    assert (article.outlet, article.url) == ("The Guardian", "https://www.theguardian.com/world/2016/x")


def test_an_outlet_column_wins_over_the_url(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text(f'title,content,source,url\nA,"{BODY}",sana,https://www.theguardian.com/x\n')
    assert articles(path)[0].outlet == "SANA (Syrian Arab News Agency)"


def test_metadata_csv_gives_a_page_its_url_and_extra_columns(tmp_path):
    (tmp_path / "page.txt").write_text(f"Menu\nHeadline of the page\n{BODY}\n")
    (tmp_path / "metadata.csv").write_text("file,url,labels\npage.txt,https://www.dailymail.co.uk/news/a.html,1\n")
    article = articles(tmp_path)[0]
    assert article.outlet == "Daily Mail"
    assert json.loads(article.metadata) == {"labels": "1"}


def test_an_html_canonical_link_names_the_outlet(tmp_path):
    page = (
        '<html><head><link rel="canonical" href="https://www.aljazeera.com/news/x"><title>T</title></head>'
        f"<body><h1>Headline</h1><p>{BODY}</p></body></html>"
    )
    (tmp_path / "page.html").write_text(page)
    assert articles(tmp_path / "page.html")[0].outlet == "Al Jazeera"


def test_a_day_first_date_column_is_read_day_first_throughout(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text(f'title,content,date\nA,"{BODY}",25/03/2015\nB,"{BODY} More.",03/04/2015\n')
    assert [a.published for a in articles(path)] == [date(2015, 3, 25), date(2015, 4, 3)]


def test_a_month_first_date_column_is_read_month_first(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text(f'title,content,date\nA,"{BODY}",03/25/2015\nB,"{BODY} More.",03/04/2015\n')
    assert [a.published for a in articles(path)] == [date(2015, 3, 25), date(2015, 3, 4)]


def test_an_ambiguous_column_date_is_no_disagreement_with_the_dateline(tmp_path):
    # The column cannot say which order it writes; the dateline's 3 April is one reading of "03/04/2015".
    path = tmp_path / "in.csv"
    path.write_text(f'title,content,date\nA,"3 April 2015 {BODY}",03/04/2015\nB,"9 May 2015 {BODY}",03/04/2015\n')
    agreeing, disagreeing = articles(path)
    assert (agreeing.published, agreeing.listed_date) == (date(2015, 4, 3), None)
    assert (disagreeing.published, disagreeing.listed_date) == (date(2015, 5, 9), date(2015, 3, 4))


def test_extra_jsonl_fields_become_metadata(tmp_path):
    path = tmp_path / "in.jsonl"
    record = {"title": "A", "text": BODY, "labels": 1, "tags": ["war", "aid"], "nested": {"a": 1}}
    path.write_text(json.dumps(record) + "\n")
    # numbers as text, lists joined, objects kept as their JSON text (nothing from the input is lost)
    assert json.loads(articles(path)[0].metadata) == {"labels": "1", "tags": "war aid", "nested": '{"a": 1}'}


def test_a_nested_json_field_is_kept_as_json_text(tmp_path):
    path = tmp_path / "in.jsonl"
    row = {"id": "a1", "title": "A", "text": BODY, "extra": {"k": "v"}, "tags": [{"n": 1}], "labels": [1, 2]}
    path.write_text(json.dumps(row) + "\n")
    (article,) = articles(path)
    assert json.loads(article.metadata) == {"extra": '{"k": "v"}', "tags": '[{"n": 1}]', "labels": "1 2"}

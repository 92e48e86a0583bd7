"""Reading every input format into articles, and turning bad input into rejections with reasons."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest

from pipeline.ingest import fold_duplicates, read_path, to_article
from pipeline.paths import RAW_DIR
from pipeline.records import Article, Rejection

BODY = (
    "Syrian government forces advanced into the eastern districts of Aleppo on Tuesday, the monitor said, "
    "as thousands of civilians fled the fighting towards the west of the city and aid agencies warned of "
    "a humanitarian catastrophe."
)


def articles_and_rejections(path):
    results = [item if isinstance(item, Rejection) else to_article(item) for item in read_path(path)]
    return [r for r in results if isinstance(r, Article)], [r for r in results if isinstance(r, Rejection)]


def test_seed_folder_gives_five_articles_with_outlets():
    articles, rejections = articles_and_rejections(RAW_DIR)
    assert rejections == []
    outlets = {a.source_id[:3]: a.outlet for a in articles}
    assert outlets == {
        "000": "Syrian Observatory for Human Rights",
        "001": "FOX6 News Milwaukee",
        "002": "Middle East Monitor",
        "003": "unknown",
        "004": "Asharq Al-Awsat",
    }


def test_seed_dateline_wins_and_sidecar_dates_fill_the_rest():
    articles = {a.source_id[:3]: a for a in articles_and_rejections(RAW_DIR)[0]}
    assert articles["002"].published == date(2016, 12, 10)
    assert articles["002"].date_source == "dateline"
    assert articles["004"].published == date(2016, 11, 2)
    assert articles["004"].date_source == "column"


def test_csv_with_common_column_names(tmp_path):
    path = tmp_path / "news.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["Headline", "Body", "Publisher", "Published", "ID"])
        writer.writerow(["Aleppo advance", BODY, "reuters", "12/13/2016", "r1"])
    [article], [] = articles_and_rejections(path)
    assert (article.title, article.outlet, article.source_id) == ("Aleppo advance", "Reuters", "r1")
    assert article.published == date(2016, 12, 13)
    assert article.date_source == "column"


def test_latin1_csv_is_decoded(tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes(("title,content\nCaf\xe9 attack," + BODY.replace("Tuesday", "Tuesday at the caf\xe9") + "\n").encode("latin-1"))
    [article], [] = articles_and_rejections(path)
    assert "café" in article.text and article.title == "Café attack"


def test_dateline_beats_a_disagreeing_date_column(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text(f'content,date\n"Wed 05 Apr 2017 {BODY}",4/9/2017\n', encoding="utf-8")
    [article], [] = articles_and_rejections(path)
    assert article.published == date(2017, 4, 5)
    assert article.listed_date == date(2017, 4, 9)
    assert article.text.startswith("Syrian government forces")  # the dateline is metadata, not body


def test_csv_without_a_text_column_is_rejected(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("title,date\nA,2016-01-01\n", encoding="utf-8")
    [], [rejection] = articles_and_rejections(path)
    assert rejection.reason == "no_text_column"
    assert "title, date" in rejection.detail


def test_jsonl_with_a_malformed_line_keeps_the_others(tmp_path):
    path = tmp_path / "a.jsonl"
    good = json.dumps({"id": "x1", "headline": "One", "text": BODY, "outlet": "TASS", "date": "2016-12-01"})
    path.write_text(good + "\n{not json\n" + good.replace("x1", "x2").replace("Tuesday", "Monday") + "\n", encoding="utf-8")
    articles, [rejection] = articles_and_rejections(path)
    assert [a.source_id for a in articles] == ["x1", "x2"]
    assert rejection.reason == "malformed_json" and rejection.source.endswith(":line 2")


def test_html_file_keeps_article_paragraphs_and_metadata(tmp_path):
    page = f"""<html><head><title>Aleppo | Site</title><meta property="og:site_name" content="Al Jazeera">
    <meta property="article:published_time" content="2016-12-13T10:00:00Z"></head>
    <body><nav>Home World Sport</nav><h1>Aleppo falls</h1><article><p>{BODY}</p>
    <p>Second &amp; last paragraph, with <script>alert(1)</script>no script.</p></article><footer>© 2016</footer></body></html>"""
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    [article], [] = articles_and_rejections(tmp_path)
    assert (article.title, article.outlet, article.published) == ("Aleppo falls", "Al Jazeera", date(2016, 12, 13))
    assert article.text.split("\n\n") == [BODY, "Second & last paragraph, with no script."]
    assert "Home World" not in article.text


def test_json_file_with_a_list_of_articles(tmp_path):
    (tmp_path / "batch.json").write_text(json.dumps({"articles": [{"content": BODY}, {"content": BODY + " More."}]}))
    articles, [] = articles_and_rejections(tmp_path)
    assert [a.source_id for a in articles] == ["batch-1", "batch-2"]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
        ("empty.txt", b"", "empty"),
        ("tiny.txt", b"Hello world.", "too_short"),
        ("french.txt", ("Les forces du régime syrien sont entrées dans les quartiers est de la ville, et les civils "
                        "fuient vers l'ouest pendant que les agences humanitaires alertent sur la situation.").encode(), "not_english"),
        ("picture.png", b"\x89PNG", "unsupported_type"),
    ],
)
def test_bad_files_are_rejected_with_a_reason(tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    [], [rejection] = articles_and_rejections(tmp_path)
    assert rejection.reason == reason
    assert rejection.source.endswith(name)
    assert rejection.detail


def test_oversized_file_is_rejected(tmp_path, monkeypatch):
    import pipeline.ingest as ingest

    monkeypatch.setattr(ingest, "MAX_ARTICLE_FILE_BYTES", 100)
    (tmp_path / "big.txt").write_text(BODY * 3)
    [], [rejection] = articles_and_rejections(tmp_path)
    assert rejection.reason == "too_large"


def test_exact_duplicates_are_kept_once_with_their_sources(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"Headline\n\n{BODY}\n", encoding="utf-8")
    articles, [] = articles_and_rejections(tmp_path)
    [kept] = fold_duplicates(articles)
    assert kept.source.endswith("a.txt") and kept.duplicate_sources[0].endswith("b.txt")


def test_article_id_is_a_stable_hash_of_the_cleaned_text(tmp_path):
    (tmp_path / "a.txt").write_text(f"Nav line\nHeadline\n\n{BODY}\n\nComments are closed.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Other site\n\nHeadline\n\n{BODY}\n", encoding="utf-8")
    a, b = articles_and_rejections(tmp_path)[0]
    assert a.article_id == b.article_id and len(a.article_id) == 16


@pytest.mark.fakes
def test_fakes_loads_as_it_is(fakes_csv):
    articles, rejections = articles_and_rejections(fakes_csv)
    assert len(articles) + len(rejections) == 804
    assert rejections == []
    assert len({a.outlet for a in articles}) == 15
    assert all(a.source_id.isdigit() for a in articles)


@pytest.mark.fakes
def test_fakes_datelines_without_the_date_column(fakes_csv, tmp_path):
    """With the date column removed, articles opening with a dateline get its date; the rest get None."""
    import pandas as pd

    from pipeline.dates import opening_dateline

    frame = pd.read_csv(fakes_csv, encoding="latin-1").drop(columns=["date"])
    copy = tmp_path / "fakes-no-date.csv"
    frame.to_csv(copy, index=False)
    articles, _ = articles_and_rejections(copy)
    raw_by_id = dict(zip(frame.unit_id.astype(str), frame.article_content, strict=False))
    opens_with_dateline = [a for a in articles if opening_dateline(raw_by_id[a.source_id].strip())]
    assert len(opens_with_dateline) > 550
    assert all(a.published == opening_dateline(raw_by_id[a.source_id].strip()).date for a in opens_with_dateline)
    assert all(a.date_source in ("dateline", None) for a in articles)
    undated = [a for a in articles if a.published is None]
    assert all(a.date_source is None for a in undated)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (f"Aleppo advance {BODY}", f"Aleppo advance\n\n{BODY}"),
        (f"Aleppo advance. {BODY}", f"Aleppo advance\n\n{BODY}"),
        (f"Aleppo advancement continues as {BODY}", f"Aleppo advancement continues as {BODY}"),  # not the title
    ],
)
def test_a_headline_repeated_at_the_start_becomes_its_own_paragraph(tmp_path, content, expected):
    path = tmp_path / "h.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["title", "content"], ["Aleppo advance", content]])
    [article], [] = articles_and_rejections(path)
    assert article.text == expected

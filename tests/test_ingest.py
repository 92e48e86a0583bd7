"""Reading every input format into articles, and turning bad input into rejections with reasons."""

from __future__ import annotations

import csv
import gzip
import json
import os
import time
import zipfile
from collections.abc import Iterator
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


@pytest.mark.parametrize(
    ("head", "body_top", "outlet", "published"),
    [
        # the first <time> in the content, not one in an aside's trending list; the site from the title
        ("<title>Aleppo falls to the army | Al Jazeera</title>",
         '<aside>Trending <time datetime="2021-05-25T10:00:00Z">25 May</time></aside><h1>Aleppo falls</h1>'
         '<time datetime="2021-05-27T21:00:00Z">27 May 2021</time>', "Al Jazeera", date(2021, 5, 27)),
        # the publisher's linked data
        ('<title>Aleppo falls</title><script type="application/ld+json">{"datePublished":"2019-02-07T09:00:00Z"}</script>',
         "<h1>Aleppo falls</h1>", "unknown", date(2019, 2, 7)),
        # review: an embedded picture's dateCreated is not the page's; the article's own <header> date is
        ('<title>Aleppo falls</title><meta name="date" content="2016-12-15"><script type="application/ld+json">'
         '{"image":{"dateCreated":"2013-07-22T10:00:00Z"},"datePublished":"2016-12-15T09:00:00Z"}</script>',
         "<h1>Aleppo falls</h1>", "unknown", date(2016, 12, 15)),
        ("<title>Aleppo falls</title>", '<article><header><h1>Aleppo falls</h1><time datetime="2016-12-15">15 Dec</time>'
         '</header><div>Related <time datetime="2016-12-14">14 Dec</time></div></article>', "unknown", date(2016, 12, 15)),
        # an aside's <time> after a script inside the aside is still chrome
        ("<title>Aleppo falls</title>", '<aside><script>var x = 1;</script>Trending <time datetime="2021-05-25">25 May'
         '</time></aside><h1>Aleppo falls</h1><time datetime="2021-05-27">27 May</time>', "unknown", date(2021, 5, 27)),
        # a definition list of the page's fields: each term and value a line of its own, not "Posted3 Dec 2016"
        ("<title>Aleppo falls</title>", "<h1>Aleppo falls</h1><dl><dt>Source</dt><dd>Example Relief Agency</dd>"
         "<dt>Posted</dt><dd>3 Dec 2016</dd></dl>", "unknown", date(2016, 12, 3)),
        # a "Latest" list's <time> above the <article> dates other stories: the article's own <time> wins
        ("<title>Aleppo falls</title>", '<ul><li>Earlier story <time datetime="2016-04-20">20 Apr</time></li></ul>'
         '<article><h1>Aleppo falls</h1><time datetime="2016-04-22">22 Apr</time></article>', "unknown", date(2016, 4, 22)),
        # negative: a date only in the chrome is still a date; a title naming no site names no outlet
        ("<title>Aleppo falls</title>", '<aside><time datetime="2021-05-25T10:00:00Z">25 May</time></aside><h1>Aleppo falls</h1>',
         "unknown", date(2021, 5, 25)),
    ],
)
def test_html_dates_from_content_and_linked_data(tmp_path, head, body_top, outlet, published):
    page = f"<html><head>{head}</head><body>{body_top}<p>{BODY}</p><p>{BODY} Again.</p></body></html>"
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    [article], [] = articles_and_rejections(tmp_path)
    assert (article.outlet, article.published) == (outlet, published)


@pytest.mark.parametrize(
    ("page", "title", "published"),
    [
        # date stamps and bylines under the headline are not the headline
        (f"Example Herald\nAleppo falls\nPublished — Sunday 17 July 2016\n{BODY}", "Aleppo falls", date(2016, 7, 17)),
        (f"Example Herald\nAleppo falls\nBy REUTERS\n{BODY}", "Aleppo falls", None),
        # the page's address printed at its top spells its date
        (f"Example Ledger\nhttps://www.example-ledger.com/news/2016/09/23/aleppo-falls\nAleppo falls\n{BODY}",
         "Aleppo falls", date(2016, 9, 23)),
        # negatives: a link the article ends on, and a menu item "Latest" above the headline
        (f"Example Ledger\nAleppo falls\n{BODY}\nRead the full report:\nhttps://example.org/2014/05/12/report",
         "Aleppo falls", None),
        (f"Example Star\nHome\nLatest\nAleppo falls\nDecember 14, 2016\n{BODY}", "Aleppo falls", date(2016, 12, 14)),
        # negative: a link inside the article dates nothing
        (f"Example Ledger\nAleppo falls\n{BODY}\nSee https://example.org/2016/09/23/x for more.\n{BODY}",
         "Aleppo falls", None),
        # short chrome lines and a caption between the headline and the text are not the headline
        (f"Example Star\nHome\nWorld\nCar bomb kills 12 in border town\nMay 12, 2013\nJane Doe in Exampletown\n{BODY}",
         "Car bomb kills 12 in border town", date(2013, 5, 12)),
        (f"Example Star\nHome\nCar bomb kills 12 in border town\nMay 12, 2013\nView comments\nEXAMPLETOWN, Syria\n{BODY}",
         "Car bomb kills 12 in border town", date(2013, 5, 12)),
        (f"Example Star\nCar bomb kills 12 in border town\nMay 12, 2013\nA man walks past the site of the blast. (AFP)\n{BODY}",
         "Car bomb kills 12 in border town", date(2013, 5, 12)),
        # negatives: a short headline under a tagline, a headline closed by a full stop
        (f"Example Times\nNews you can trust every single day\nAleppo siege ends\n{BODY}", "Aleppo siege ends", None),
        (f"Example Times\nBreaking news from across the whole region\nTwelve killed in Example strike.\n{BODY}",
         "Twelve killed in Example strike.", None),
        (f"Example Times\nHome\nAleppo siege ends\nJane Doe in Exampletown\nEXAMPLETOWN, Syria\n{BODY}", "Aleppo siege ends", None),
        # a title-case headline shaped like a writer's line, a headline closed by a stop: not a menu item
        (f"Example Times\nHome\nWorld\nMiddle East\nCeasefire Holds in Aleppo\nBy Jane Doe\nMarch 3, 2016\n{BODY}",
         "Ceasefire Holds in Aleppo", date(2016, 3, 3)),
        (f"Example Times\nOpinion\nAleppo is falling and the world is watching in silence.\nBy Jane Doe\n{BODY}",
         "Aleppo is falling and the world is watching in silence.", None),
        # a one-word desk or site name before the date on its line
        (f"Example Star\nCar bomb kills 12 in border town\nNewsdesk 12-05-2013\n{BODY}",
         "Car bomb kills 12 in border town", date(2013, 5, 12)),
    ],
)
def test_scraped_page_headline_and_date(tmp_path, page, title, published):
    (tmp_path / "a.txt").write_text(page, encoding="utf-8")
    [article], [] = articles_and_rejections(tmp_path)
    assert (article.title, article.published) == (title, published)


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
    import pipeline.ingest.decoding as decoding  # the limit is read where files are read

    monkeypatch.setattr(decoding, "MAX_ARTICLE_FILE_BYTES", 100)
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


# ---------------------------------------------------------------------------- hostile inputs (issue 11)

CURLY = "“We will not leave Aleppo,” a resident told the agency on Tuesday as the shelling went on."


def test_one_latin1_row_does_not_garble_the_utf8_rows(tmp_path):
    path = tmp_path / "mixed.csv"
    good = f'title,content\nFirst,"{CURLY} {BODY}"\n'.encode()
    bad = ("Second," + BODY.replace("Tuesday", "Tuesday near the caf\xe9") + "\n").encode("latin-1")
    path.write_bytes(good + bad)
    [first, second], [] = articles_and_rejections(path)
    assert first.text.startswith(CURLY)
    assert "café" in second.text


def test_utf8_bom_and_one_latin1_byte_keep_the_text_column(tmp_path):
    path = tmp_path / "bom.csv"
    rows = f'content,title\n"{CURLY} {BODY}",First\n'.encode() + f'"{BODY} Caf\xe9.",Second\n'.encode("latin-1")
    path.write_bytes(b"\xef\xbb\xbf" + rows)
    articles, rejections = articles_and_rejections(path)
    assert rejections == []
    assert [a.title for a in articles] == ["First", "Second"]
    assert articles[0].text.startswith(CURLY) and articles[1].text.endswith("Café.")


UTF16 = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}


@pytest.mark.parametrize("encoding", UTF16)
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.txt", f"Aleppo advance\n\n{CURLY} {BODY}\n"),
        ("a.csv", f'title,content\nAleppo advance,"{CURLY} {BODY}"\n'),
        ("a.jsonl", json.dumps({"title": "Aleppo advance", "text": f"{CURLY} {BODY}"}, ensure_ascii=False) + "\n"),
    ],
)
def test_utf16_files_with_a_bom_are_read(tmp_path, name, content, encoding):
    (tmp_path / name).write_bytes(UTF16[encoding] + content.encode(encoding))
    [article], [] = articles_and_rejections(tmp_path)
    assert article.text.endswith(BODY) and CURLY in article.text


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_semicolon_tab_and_pipe_delimited_csvs_are_read(tmp_path, delimiter):
    path = tmp_path / "news.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(["title", "content", "date"])
        writer.writerow(["Aleppo; advance, day one", BODY, "2016-12-13"])
        writer.writerow(["Aleppo; advance, day two", BODY.replace("Tuesday", "Wednesday"), "2016-12-14"])
    articles, [] = articles_and_rejections(path)
    assert [a.title for a in articles] == ["Aleppo; advance, day one", "Aleppo; advance, day two"]
    assert articles[1].published == date(2016, 12, 14)


def test_a_title_only_csv_gives_one_rejection_per_row(tmp_path):
    path = tmp_path / "titles.csv"
    path.write_text("title,date\nOne,2016-01-01\nTwo,2016-01-02\nThree,2016-01-03\n", encoding="utf-8")
    [], rejections = articles_and_rejections(path)
    assert [r.reason for r in rejections] == ["no_text_column"] * 3
    assert [r.source.rsplit(":", 1)[1] for r in rejections] == ["row 2", "row 3", "row 4"]


def test_non_object_items_of_a_json_list_are_each_rejected(tmp_path):
    (tmp_path / "batch.json").write_text(json.dumps([{"content": BODY}, "a string", 42, None, [BODY]]))
    [article], rejections = articles_and_rejections(tmp_path)
    assert article.source_id == "batch-1"
    assert [r.reason for r in rejections] == ["not_an_object"] * 4
    assert [r.source.rsplit(":", 1)[1] for r in rejections] == ["item 2", "item 3", "item 4", "item 5"]


def test_a_list_valued_text_is_joined_as_paragraphs_and_an_object_is_rejected(tmp_path):
    second = "The monitor said the fighting had displaced thousands more people overnight in the east."
    records = [{"id": "p", "text": [BODY, second]}, {"id": "o", "text": {"body": BODY}}]
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    [article], [rejection] = articles_and_rejections(tmp_path)
    assert article.text == f"{BODY}\n\n{second}"
    assert rejection.reason == "malformed_text" and rejection.source.endswith(":line 2")


def _dangling_link(folder):
    (folder / "gone.txt").symlink_to(folder / "missing.txt")


def _link_loop(folder):
    (folder / "loop.txt").symlink_to(folder / "loop.txt")


def _link_to_own_folder(folder):
    (folder / "again").symlink_to(folder, target_is_directory=True)


@pytest.mark.parametrize(
    ("make", "name", "reason"),
    [
        (lambda f: (f / ".hidden.txt").write_text(BODY), ".hidden.txt", "skipped"),
        (lambda f: (f / ".git").mkdir() or (f / ".git" / "config.txt").write_text(BODY), ".git", "skipped"),
        (_dangling_link, "gone.txt", "unreadable"),
        (_link_loop, "loop.txt", "unreadable"),
        (_link_to_own_folder, "again", "skipped"),
        (lambda f: (f / "empty.jsonl").write_text("\n\n"), "empty.jsonl", "empty"),
        (lambda f: (f / "header.csv").write_text("title,content\n"), "header.csv", "empty"),
        (lambda f: (f / "notes.docx").write_bytes(b"notes"), "notes.docx", "unsupported_type"),
        (lambda f: os.mkfifo(f / "pipe.txt"), "pipe.txt", "skipped"),
    ],
    ids=["hidden file", "hidden folder", "dangling link", "link loop", "link to folder", "empty jsonl",
         "header-only csv", "unsupported suffix", "fifo"],
)
def test_skipped_entries_of_a_folder_are_rejections_with_a_reason(tmp_path, make, name, reason):
    (tmp_path / "good.txt").write_text(f"Headline\n\n{BODY}\n", encoding="utf-8")
    make(tmp_path)
    [article], [rejection] = articles_and_rejections(tmp_path)
    assert article.source.endswith("good.txt")
    assert (rejection.reason, rejection.source) == (reason, str(tmp_path / name))
    assert rejection.detail


@pytest.mark.parametrize(
    ("name", "content", "detail"),
    [
        ("articles.jsonl", gzip.compress((json.dumps({"text": BODY}) + "\n").encode() * 50), "gzip-compressed; decompress first"),
        ("sheet.csv", None, "zip archive"),
        ("noise.csv", bytes(range(256)) * 40, "binary"),
        ("noise.json", b"\x1b[31m\x07" * 2000, "binary"),
    ],
)
def test_compressed_and_binary_tables_are_one_rejection_without_raw_bytes(tmp_path, name, content, detail):
    path = tmp_path / name
    if content is None:  # an .xlsx is a zip archive
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("xl/sharedStrings.xml", f"<sst><si><t>{BODY}</t></si></sst>\x00\x1b[2J")
    else:
        path.write_bytes(content)
    [], [rejection] = articles_and_rejections(tmp_path)
    assert rejection.reason == "binary" and detail in rejection.detail
    assert rejection.detail.isprintable() and len(rejection.detail) <= 200


def test_a_file_name_with_a_non_utf8_byte_is_read_with_a_printable_source(tmp_path):
    bad_name = os.path.join(os.fsencode(tmp_path), b"caf\xe9-\x1b.txt")
    with open(bad_name, "wb") as f:
        f.write(f"Headline\n\n{BODY}\n".encode())
    [article], [] = articles_and_rejections(tmp_path)
    for text in (article.source, article.source_id):
        assert text.isprintable() and text.encode("utf-8")  # prints, and Parquet can store it
    assert article.source.endswith("caf\\udce9-\\x1b.txt")


def test_a_folder_named_metadata_csv_is_read_as_a_folder(tmp_path):
    (tmp_path / "metadata.csv").mkdir()
    (tmp_path / "metadata.csv" / "a.txt").write_text(f"Headline\n\n{BODY}\n", encoding="utf-8")
    [article], [] = articles_and_rejections(tmp_path)
    assert article.source.endswith("a.txt")


def test_a_path_longer_than_the_system_limit_is_rejected_and_the_rest_read(tmp_path):
    (tmp_path / "good.txt").write_text(f"Headline\n\n{BODY}\n", encoding="utf-8")
    # Built relative to open folders: the whole path is longer than PATH_MAX, so no call can name it.
    name = "d" * 250
    fd = os.open(tmp_path, os.O_RDONLY)
    for _ in range(os.pathconf(tmp_path, "PC_PATH_MAX") // len(name) + 2):
        os.mkdir(name, dir_fd=fd)
        next_fd = os.open(name, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = next_fd
    with open(os.open("deep.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd), "w") as f:
        f.write(BODY)
    os.close(fd)
    [article], [rejection] = articles_and_rejections(tmp_path)
    assert article.source.endswith("good.txt")
    assert rejection.reason == "unreadable" and "too long" in rejection.detail


@pytest.mark.parametrize(
    "name",
    ["a.csv", "a.jsonl", "a.json", "a.txt"],
)
def test_markup_in_text_fields_is_stripped_at_ingest(tmp_path, name):
    title, outlet = "<b>Aleppo</b> advance", "<i>Reuters</i>"
    said = "Ahmad Nasser said the city had fallen after a month of heavy bombardment by government forces."
    text = f"<p>{said.replace('Ahmad', '<b>Ahmad</b>')}</p><p>{BODY} &amp; more<br>to come.</p>"
    record = {"title": title, "content": text, "outlet": outlet}
    path = tmp_path / name
    if name == "a.csv":
        with open(path, "w", encoding="utf-8", newline="") as f:
            csv.writer(f).writerows([list(record), list(record.values())])
    elif name == "a.txt":
        path.write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    else:
        path.write_text(json.dumps(record) + ("\n" if name.endswith("l") else ""), encoding="utf-8")
    [article], [] = articles_and_rejections(path)
    assert article.title == "Aleppo advance"
    assert article.text.startswith(f"{said}\n\n")
    assert article.text.endswith("& more to come.")
    assert "<" not in article.text and ">" not in article.text
    if name != "a.txt":
        assert article.outlet == "Reuters"


def test_angle_brackets_in_prose_are_not_markup(tmp_path):
    text = f"Fewer than 5 <10 km from the front> were hit, the <Ahmad> family said. {BODY}"
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": text}) + "\n")
    [article], [] = articles_and_rejections(tmp_path)
    assert article.text == text


def test_an_article_without_sentence_breaks_is_rejected_as_unparseable(tmp_path):
    run = "the army said the shelling went on " * 700  # 24,500 characters, no sentence end
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": f"{BODY} {run}"}) + "\n")
    [], [rejection] = articles_and_rejections(tmp_path)
    assert rejection.reason == "unparseable"
    assert "24,4" in rejection.detail and "20,000" in rejection.detail


def test_an_oversized_table_cell_is_rejected_before_cleaning(tmp_path, monkeypatch):
    import pipeline.ingest.articles as cleaning  # the limit is read where articles are cleaned

    monkeypatch.setattr(cleaning, "MAX_RAW_ARTICLE_CHARS", 1000)
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": BODY * 10}) + "\n")
    [], [rejection] = articles_and_rejections(tmp_path)
    assert rejection.reason == "too_large"


@pytest.mark.parametrize("unit", ["<a b='", "<a\n", "<!--", "<p "])
def test_a_hostile_html_page_parses_in_linear_time(tmp_path, unit):
    (tmp_path / "page.html").write_text(f"<html><body><p>{BODY}</p>" + unit * (60_000 // len(unit)))
    started = time.perf_counter()
    list(read_path(tmp_path))
    assert time.perf_counter() - started < 2.0


@pytest.mark.parametrize(
    "text",
    ["", "a,b\n1,2\n", "a,b\r\n1,\"two\rlines\"\r\n", "a\rb\r", "no ending", "x\u2028y\x85z\x0c\n\n", "\r\n\r\n"],
)
def test_csv_lines_split_as_a_newline_blank_stringio_splits_them(text, tmp_path):
    """A table file is read a line at a time; its lines are those of the whole file decoded, split as a
    newline="" StringIO splits them: UTF-8 with or without a byte-order mark, a line in Windows-1252 among
    UTF-8 ones (the per-line fallback), and UTF-16 (decoded whole)."""
    import io

    from pipeline.ingest.decoding import decode_bytes, file_lines

    variants = {
        "utf-8": text.encode("utf-8"),
        "utf-8 with a mark": b"\xef\xbb\xbf" + text.encode("utf-8"),
        "a cp1252 line": "caf\u00e9 \u2019\n".encode("cp1252") + text.encode("utf-8") + "\u2019s".encode("utf-8"),
        "utf-16": text.encode("utf-16"),
    }
    for name, data in variants.items():
        path = tmp_path / f"{name}.csv"
        path.write_bytes(data)
        lines = file_lines(path)
        assert list(lines()) == list(io.StringIO(decode_bytes(data), newline="")), name
        assert list(lines()) == list(lines())  # each call reads the file afresh


def test_a_csv_that_becomes_unreadable_part_way_ends_in_a_rejection(tmp_path, monkeypatch):
    """Rows read before a read error are kept; the error is the file's rejection, not a crash of the run."""
    from pipeline.ingest import tables

    path = tmp_path / "news.csv"
    path.write_text("title,text\nOne,First article text here.\nTwo,Second article text here.\n", encoding="utf-8")
    opened = tables.file_lines(path)
    calls = []

    def failing() -> Iterator[str]:  # the first pass (the delimiter's sniff) reads well, the rows' pass fails
        calls.append(1)
        lines = opened()
        if len(calls) == 1:
            yield from lines
            return
        yield next(lines)
        yield next(lines)
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(tables, "file_lines", lambda _: failing)
    read = list(tables.read_csv(path))
    assert [type(r).__name__ for r in read] == ["RawDocument", "Rejection"]
    assert read[1].reason == "unreadable" and "Input/output error" in read[1].detail


def test_a_single_reported_sentence_is_an_article_and_a_label_is_not(tmp_path):
    (tmp_path / "sentence.txt").write_text('"We have to do it," he said.', encoding="utf-8")  # six words
    (tmp_path / "label.txt").write_text("Middle East news today", encoding="utf-8")  # four words
    articles, rejections = articles_and_rejections(tmp_path)
    assert [a.source_id for a in articles] == ["sentence"]
    assert [(r.source.rsplit("/", 1)[-1], r.reason) for r in rejections] == [("label.txt", "too_short")]


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Car bomb kills 45 in Homs - Region - World - Ahram Online", "Car bomb kills 45 in Homs"),
        ("Syria strikes kill 10 - World - Reuters", "Syria strikes kill 10"),
        ("Aleppo bomb kills 6 | Middle East | Al Jazeera", "Aleppo bomb kills 6"),
        ("Syria - Aleppo bomb kills 6 - Region - Ahram Online", "Syria - Aleppo bomb kills 6"),
        # negatives: a name alone after a dash may be the headline's credit
        ("Car bomb kills 20 in Homs - SANA", "Car bomb kills 20 in Homs - SANA"),
        # negatives: a dashed tail naming no outlet, a Title Case headline segment that is no section label
        ("Aleppo - the siege ends", "Aleppo - the siege ends"),
        ("Syria - Assad Speaks - World - BBC News", "Syria - Assad Speaks"),
        ("Rebels - Al-Monitor: Aleppo falls", "Rebels - Al-Monitor: Aleppo falls"),
    ],
)
def test_a_page_title_loses_the_site_s_segments(title, headline):
    from pipeline.ingest.articles import strip_site_suffix

    assert strip_site_suffix(title) == headline


def test_a_table_title_with_the_site_s_segments_is_the_headline_and_names_the_outlet():
    """A title column holding the page title: the headline the body opens with is recognised (its figure
    counts once downstream) and the site it names is the outlet when no column names one."""
    from pipeline.ingest.documents import RawDocument

    body = ("Car bomb kills 45 in Homs AFP Tuesday 29 Apr 2014 A car bomb and rocket attack on a district of "
            "Homs killed at least 45 people, the governor said.")
    article = to_article(RawDocument("t.csv:row 1", "1", body, title="Car bomb kills 45 in Homs - Region - World - Ahram Online"))
    assert article.title == "Car bomb kills 45 in Homs"
    assert article.text.startswith("Car bomb kills 45 in Homs\n\n")
    assert article.outlet == "Al-Ahram"
    plain = to_article(RawDocument("t.csv:row 2", "2", body, title="Syria - Assad Speaks"))
    assert plain.title == "Syria - Assad Speaks" and plain.outlet != "Assad Speaks"


@pytest.mark.parametrize(
    ("body", "title"),
    [
        # the headline in the article's own <header> (WordPress "entry-header")
        (f'<header class="site"><p>Syria Frontline</p></header><article><header class="entry-header"><h1>Rebels trade fire '
         f"near Ramouseh road</h1></header><p>{BODY}</p></article>", "Rebels trade fire near Ramouseh road"),
        # a logo's <h1> with the site's name, then the headline's
        (f"<header><h1>The Anatolian Herald</h1></header><main><h1>Turkey shells Kurdish positions</h1><p>{BODY}</p></main>",
         "Turkey shells Kurdish positions"),
    ],
)
def test_html_headline_among_several_h1s(tmp_path, body, title):
    page = f'<html><head><title>x</title><meta property="og:site_name" content="The Anatolian Herald"></head><body>{body}</body></html>'
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    [article], [] = articles_and_rejections(tmp_path)
    assert article.title == title


def test_html_page_inside_one_form_keeps_its_text(tmp_path):
    page = f'<html><head><title>x</title></head><body><form id="aspnetForm"><h1>Refugees brace for storm</h1><p>{BODY}</p></form></body></html>'
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    [article], [] = articles_and_rejections(tmp_path)
    assert article.title == "Refugees brace for storm" and BODY in article.text


def test_html_search_form_beside_the_story_stays_out(tmp_path):
    page = f'<html><head><title>x</title></head><body><form><p>Search the archive by keyword</p></form><h1>Aleppo falls</h1><p>{BODY}</p></body></html>'
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    [article], [] = articles_and_rejections(tmp_path)
    assert "Search the archive" not in article.text

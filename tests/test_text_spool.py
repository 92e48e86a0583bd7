"""A build keeps its articles' texts on disk (pipeline/text_spool.py): the engine and articles.parquet get
them back whole, in order, and nothing of the spool is left in the output (invented articles)."""

from __future__ import annotations

import copy
import csv
import pickle
from dataclasses import replace
from datetime import date

import pyarrow.parquet as pq
import pytest

from pipeline.analyse import ArticleAnalysis
from pipeline.build import PARTS_FOLDER, build, load_inputs
from pipeline.datasets import records_table
from pipeline.ingest.articles import fold_duplicates
from pipeline.records import Article
from pipeline.text_spool import BATCH_ARTICLES, SpooledArticles, TextSpool, TextSpoolWriter, write_articles


def article(n: int, text: str | None = None) -> Article:
    text = text if text is not None else f"Report number {n}. Shelling hit the district of Salaheddine, residents said."
    return Article(f"id-{n}", f"src-{n}", f"file.csv:row {n}", "Outlet", f"Title {n}", date(2016, 1, 1 + n % 28),
                   None, text, len(text.split()))


@pytest.fixture
def spooled(tmp_path):
    """Three batches' worth of articles (one partial), their texts spooled in order."""
    articles = [article(n) for n in range(2 * BATCH_ARTICLES + 7)]
    path = tmp_path / "texts.arrow"
    with TextSpoolWriter(path) as writer:
        for a in articles:
            writer.keep(a.text)
    return articles, TextSpool(path, len(articles))


def test_spooled_articles_are_the_articles_whole(spooled):
    articles, spool = spooled
    positions = list(range(3, len(articles), 5))  # a subset, across batches
    chosen = [articles[i] for i in positions]
    lazy = SpooledArticles(spool, [replace(a, text="") for a in chosen], positions)
    assert len(lazy) == len(chosen)
    assert list(lazy) == chosen
    assert lazy[10:20] == chosen[10:20]
    assert lazy[-1] == chosen[-1] and lazy[0] == chosen[0]
    with pytest.raises(IndexError):
        lazy[len(chosen)]


def test_one_position_per_article(spooled):
    articles, spool = spooled
    with pytest.raises(ValueError):
        SpooledArticles(spool, articles[:3], [0, 1])


def test_a_position_outside_the_spool_is_an_error(spooled):
    articles, spool = spooled
    with pytest.raises(IndexError):
        spool.text(len(articles))


def test_articles_parquet_is_written_from_metadata_and_spool(spooled, tmp_path):
    articles, spool = spooled
    kept = [i for i in range(len(articles)) if i % 7]  # some rejected by the analysis
    metadata = [replace(articles[i], text="") for i in kept]
    assert write_articles(spool, metadata, kept, tmp_path / "articles.parquet") == len(kept)
    assert pq.read_table(tmp_path / "articles.parquet").equals(records_table([articles[i] for i in kept], Article))


def test_folding_hands_each_kept_text_once_in_order():
    texts = []
    first, copy, other = article(1), article(1), article(2)
    copy = replace(copy, source="other.csv:row 9")
    unique = fold_duplicates([first, copy, other], texts.append)
    assert texts == [first.text, other.text]
    assert [a.article_id for a in unique] == ["id-1", "id-2"]
    assert all(a.text == "" for a in unique)
    assert unique[0].duplicate_sources == ("other.csv:row 9",)


def test_reading_with_a_spool_keeps_the_same_articles_without_their_texts(tmp_path):
    corpus = _corpus(tmp_path)
    whole, rejected, n_inputs, n_duplicates = load_inputs([corpus], progress=False)
    light, rejected_too, n_inputs_too, n_duplicates_too = load_inputs([corpus], progress=False, spool=tmp_path / "t.arrow")
    assert (n_inputs, n_duplicates, len(rejected)) == (n_inputs_too, n_duplicates_too, len(rejected_too)) == (4, 1, 1)
    spool = TextSpool(tmp_path / "t.arrow", len(light))
    assert [replace(a, text=spool.text(i)) for i, a in enumerate(light)] == whole
    assert all(a.text == "" for a in light)


def test_the_engine_reads_whole_texts_and_the_output_holds_no_spool(tmp_path):
    corpus = _corpus(tmp_path)
    seen = []

    def engine(articles, *, workers, geocode_online, progress):
        for a in articles[0 : len(articles)]:  # in chunks, as the local engine takes them
            seen.append(a.text)
            yield ArticleAnalysis(a.article_id)

    out = tmp_path / "out"
    report = build([corpus], out, progress=False, analyse=engine)
    assert report.n_articles == 2 and all("Aleppo" in text for text in seen) and len(seen) == 2
    assert pq.read_table(out / "articles.parquet").column("text").to_pylist() == seen
    assert not (out / PARTS_FOLDER).exists() and not list(out.rglob("*.arrow"))


def _corpus(tmp_path):
    """Two articles, an exact copy of the first, and a row too short to keep."""
    path = tmp_path / "corpus.csv"
    body = ("ALEPPO, Syria (Reuters) - Government forces shelled the eastern districts of Aleppo on Monday, "
            "killing at least 12 civilians, the Syrian Observatory for Human Rights said. ") * 3
    other = ("Rebels in Aleppo said on Tuesday they had repelled an attack on the Ramousah road, and aid "
             "convoys were waiting at the edge of the city for permission to enter. ") * 3
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["title", "text", "date"])
        writer.writerow(["Shelling in Aleppo", body, "2016-09-12"])
        writer.writerow(["Aleppo road", other, "2016-09-13"])
        writer.writerow(["Shelling in Aleppo", body, "2016-09-12"])
        writer.writerow(["Short", "Too short.", "2016-09-14"])
    return path


def test_spooled_articles_pickle_and_copy_as_the_plain_list(spooled):
    """An engine that ships or copies its whole input gets whole articles, not a handle on a local file."""
    articles, spool = spooled
    lazy = SpooledArticles(spool, [replace(a, text="") for a in articles[:600]], list(range(600)))
    lazy[0]  # an open reader on the spool
    assert pickle.loads(pickle.dumps(lazy)) == articles[:600]
    assert copy.deepcopy(lazy) == articles[:600]


def test_a_build_removes_the_staging_left_by_a_killed_build_only(tmp_path):
    """A build killed while reading or analysing (SIGTERM, SIGKILL) leaves its staging folder, texts and
    parts; the next build into the same folder removes it. A staging folder with its manifest (a whole
    build killed between the swap's two renames) and another output's staging are left alone."""
    corpus = _corpus(tmp_path)
    out = tmp_path / "out"
    killed = tmp_path / ".out.staging-k1ll3d_x"
    (killed / PARTS_FOLDER).mkdir(parents=True)
    (killed / PARTS_FOLDER / "texts.arrow").write_bytes(b"texts")
    whole = tmp_path / ".out.staging-wh0l3xyz"
    whole.mkdir()
    (whole / "manifest.json").write_text("{}")
    other = tmp_path / ".out.staging-k1ll3d_x.staging-abcdefgh"  # the staging of an output named so
    other.mkdir()

    def engine(articles, *, workers, geocode_online, progress):
        return (ArticleAnalysis(a.article_id) for a in articles)

    build([corpus], out, progress=False, analyse=engine)
    assert not killed.exists()
    assert whole.exists() and other.exists()
    assert (out / "articles.parquet").exists()

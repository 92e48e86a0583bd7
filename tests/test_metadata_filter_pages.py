"""FA-KES's label column (an extra input column kept as `metadata`) filters every page that shows data.

In the sample dataset half the articles carry labels = 1 and half labels = 0, as FA-KES's credible/fake
label does. With ?meta=labels = 1, no page may show an article, figure, quote or mention from the others.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest
import streamlit as st

from dashboard import ui
from tests import sample_data as sample
from tests.test_app_pages import DATA_PAGES, fakes_data, open_page, shown  # noqa: F401 (fixture)

FILTERED_PAGES = [
    p for p in DATA_PAGES if p != "pages/quality.py"
]  # quality belongs to the code, not the data


@pytest.fixture(scope="module")
def sample_dir(tmp_path_factory):
    return sample.write(tmp_path_factory.mktemp("labels"))


@pytest.fixture(scope="module")
def labels(sample_dir) -> dict[str, str]:
    articles = pd.read_parquet(sample_dir / "articles.parquet")
    return {a.article_id: json.loads(a.metadata)["labels"] for a in articles.itertuples()}


@pytest.fixture(autouse=True)
def _fresh_cache():
    st.cache_data.clear()
    st.cache_resource.clear()


def shown_articles(at) -> set[str]:
    """The article ids of every table on the page, and of the Reader's article choice."""
    ids = {
        a for frame in at.dataframe if "article_id" in frame.value.columns for a in frame.value["article_id"]
    }
    for box in at.selectbox:
        if box.key == "reader-article":
            ids.add(box.value)  # its options are shown as titles: see test_reader_offers_only_...
    return ids


@pytest.mark.parametrize("page", FILTERED_PAGES)
@pytest.mark.parametrize("label", ["0", "1"])
def test_the_label_column_filters_the_page(sample_dir, labels, page, label, monkeypatch):
    at = open_page(sample_dir, page, monkeypatch, meta=[f"labels = {label}"])
    assert at.multiselect(key="meta").value == [f"labels = {label}"]
    ids = shown_articles(at)
    assert {labels[a] for a in ids if a in labels} <= {label}
    if page != "pages/reader.py":
        assert any(f"4 articles · input columns: labels = {label}" == shown(c.value) for c in at.caption)


def test_the_pages_show_articles_of_both_labels_without_the_filter(sample_dir, labels, monkeypatch):
    seen = set()
    for page in ("pages/casualties.py", "pages/speakers.py", "pages/entities.py", "pages/map.py"):
        seen |= {labels[a] for a in shown_articles(open_page(sample_dir, page, monkeypatch)) if a in labels}
    assert seen == {"0", "1"}  # so the filtered runs above had something to remove


def test_reader_offers_only_articles_with_the_chosen_label(sample_dir, labels, monkeypatch):
    at = open_page(sample_dir, "pages/reader.py", monkeypatch, meta=["labels = 0"])
    box = next(b for b in at.selectbox if b.key == "reader-article")
    titles = pd.read_parquet(sample_dir / "articles.parquet").set_index("article_id")["title"]
    wanted = [titles[a] for a, v in labels.items() if v == "0"]
    assert len(box.options) == len(wanted) == 4
    assert all(any(t in option for option in box.options) for t in wanted)


def test_compare_sides_count_only_articles_with_the_chosen_label(sample_dir, monkeypatch):
    at = open_page(sample_dir, "pages/compare.py", monkeypatch, meta=["labels = 1"])
    at.segmented_control(key="cmp-mode").set_value("Input column").run()
    assert [m.value for m in at.metric if m.label == "Articles"] == ["0", "4"]
    assert ui.PAGES  # the page list these tests run over


@pytest.mark.fakes
@pytest.mark.slow
@pytest.mark.parametrize("page", FILTERED_PAGES)
def test_fakes_label_filters_every_page(request, page, monkeypatch):
    fakes = request.getfixturevalue("fakes_data")  # the FA-KES build (tests/test_app_pages.py)
    metadata = pd.read_parquet(fakes / "articles.parquet", columns=["metadata"])["metadata"]
    credible = sum(json.loads(m).get("labels") == "1" for m in metadata)
    at = open_page(fakes, page, monkeypatch, meta=["labels = 1"])
    assert not at.exception
    if page != "pages/reader.py":
        assert any(
            shown(c.value).startswith(f"{credible:,} articles · input columns: labels = 1")
            for c in at.caption
        )

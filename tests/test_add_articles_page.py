"""The Add articles page under AppTest: it works with or without a default dataset, refuses a nameless or
empty upload in one line, shows a finished build's rejected inputs, and opens the new dataset."""

from __future__ import annotations

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from tests import sample_data as sample
from tests.test_app_pages import APP, shown

PAGE = "pages/add_articles.py"


@pytest.fixture(autouse=True)
def _fresh_cache():
    st.cache_data.clear()
    st.cache_resource.clear()


def add_page(monkeypatch, default, datasets) -> AppTest:
    monkeypatch.setenv("ALEPPO_LENS_DATA", str(default))
    monkeypatch.setattr("dashboard.uploads.DATASETS_DIR", datasets)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page(PAGE).run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == "Add articles"
    return at


def test_the_page_offers_the_upload_even_without_a_default_dataset(tmp_path, monkeypatch):
    at = add_page(monkeypatch, tmp_path / "nothing", tmp_path / "datasets")
    assert at.text_input[0].label == "Name of the new dataset"
    assert not at.selectbox  # no user dataset yet: no dataset switcher


@pytest.mark.parametrize(
    ("name", "message"), [("", "Give the dataset a name"), ("mine", "Choose at least one file to upload")]
)
def test_a_refused_upload_says_why_in_one_line(tmp_path, monkeypatch, name, message):
    at = add_page(monkeypatch, sample.write(tmp_path / "default"), tmp_path / "datasets")
    at.text_input[0].input(name)
    at.button[0].click().run()
    assert message in shown(at.error[0].value)
    assert not (tmp_path / "datasets" / "mine").exists()


def test_a_finished_build_lists_its_rejections_and_opens_the_new_dataset(tmp_path, monkeypatch):
    datasets = tmp_path / "datasets"
    built = sample.write(datasets / "mine" / "data")  # what a finished build leaves in the folder
    at = add_page(monkeypatch, sample.write(tmp_path / "default"), datasets)
    assert at.selectbox(key="dataset").options == ["default", "mine"]
    at.session_state["_add_articles_building"] = str(built.parent)
    at.run()
    assert [shown(s.value) for s in at.success] == ["Built mine."]
    assert "rejected sample/sport.txt: a football report, not about Syria" in [
        shown(w.value) for w in at.warning
    ]
    open_button = next(b for b in at.button if b.label == "Open mine in the Overview")
    open_button.click().run()
    assert not at.exception
    assert at.title[0].value == "Aleppo Lens"
    assert at.selectbox(key="dataset").value == "mine"
    assert at.query_params.get("dataset") in ("mine", ["mine"])

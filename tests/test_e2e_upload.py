"""End to end: upload a CSV (one row without text) and a TXT file on the Add articles page, watch the
build's progress, read the rejected row's message, and open the new dataset's Overview; the default
dataset is left exactly as it was."""

from __future__ import annotations

import hashlib
import os

import pytest

from tests import sample_data as sample
from tests.browser import CHROMIUM, chromium, running_app, shoot, wait_for_app

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

sync_api = pytest.importorskip("playwright.sync_api")
if not CHROMIUM.exists():
    pytest.skip("Debian chromium not installed at /usr/bin/chromium", allow_module_level=True)

# Invented reports, written for this test.
CSV = (
    "title,text,outlet,date,collection\n"
    '"Shelling hits western Aleppo","Shells fired on the New Aleppo district of western Aleppo on Monday '
    "killed 7 people and wounded 15, a police source told the Test Wire agency. Residents said the shelling "
    'lasted two hours.",Test Wire,2016-11-21,wires\n'
    '"A row without text",,Test Wire,2016-11-22,wires\n'
)
TXT = (
    "Rescuers search rubble in Aleppo\n\n"
    "Rescue workers searched the rubble of two buildings in the Kalasseh district of eastern Aleppo on "
    "Tuesday after air strikes killed at least 12 civilians, the Syrian Civil Defence said. A doctor at a "
    "field hospital said many of the wounded were children.\n"
)


def checksums(folder):
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()
    }


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    default = sample.write(tmp_path_factory.mktemp("default-data"))
    datasets = tmp_path_factory.mktemp("user-datasets")
    files = tmp_path_factory.mktemp("upload")
    (files / "reports.csv").write_text(CSV, encoding="utf-8")
    (files / "rescue.txt").write_text(TXT, encoding="utf-8")
    before = checksums(default)
    previous = os.environ.get("ALEPPO_LENS_DATASETS")
    os.environ["ALEPPO_LENS_DATASETS"] = str(datasets)  # the app server inherits it
    try:
        with running_app(default) as url:
            yield url, default, datasets, files, before
    finally:
        if previous is None:
            os.environ.pop("ALEPPO_LENS_DATASETS", None)
        else:
            os.environ["ALEPPO_LENS_DATASETS"] = previous


def test_upload_build_and_open_a_new_dataset(setup):
    url, default, datasets, files, before = setup
    with chromium(sync_api) as browser:
        page = browser.page
        page.goto(f"{url}/add_articles")
        wait_for_app(page)
        page.locator("[data-testid='stFileUploaderDropzoneInput']").set_input_files(
            [str(files / "reports.csv"), str(files / "rescue.txt")]
        )
        page.get_by_label("Name of the new dataset").fill("My corpus (test)")
        page.get_by_role("button", name="Build the dataset").click()
        page.wait_for_selector("[data-testid='stProgress']", timeout=30_000)  # the build's progress bar
        # Polled each second: the model loads while the count reads 0 of 2, so this stage is seen.
        page.get_by_text("Analysing articles (0 of 2)").wait_for(timeout=60_000)
        shoot(page, "add-articles-progress")
        page.get_by_text("Built my-corpus-test").wait_for(timeout=240_000)
        message = page.get_by_text("rejected reports.csv:row 3: no article text after cleaning")
        assert message.is_visible()
        shoot(page, "add-articles-done")
        page.get_by_role("button", name="Open my-corpus-test in the Overview").click()
        page.get_by_text("Articles per outlet over time").wait_for(timeout=30_000)  # the Overview
        wait_for_app(page)
        page.wait_for_timeout(1500)
        shoot(page, "add-articles-overview")
        assert "dataset=my-corpus-test" in page.url
        metrics = page.locator("[data-testid='stMetric']").filter(has_text="Articles").first
        assert metrics.inner_text().split()[-1] == "2"
        page.get_by_text("Test Wire").first.wait_for(timeout=15_000)  # the new articles' outlet
        assert browser.outside() == []
    assert (datasets / "my-corpus-test" / "data" / "articles.parquet").is_file()
    assert checksums(default) == before  # the default dataset is unchanged

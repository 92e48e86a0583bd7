"""Shared fixtures: the spaCy pipeline once per session, and the corpora beside the repository."""

from __future__ import annotations

import os

import pytest

# Every chart the tests make is also checked by plotly, and must be what plotly would send
# (dashboard/figure_build.py, Chart); apps the tests start inherit it.
os.environ.setdefault("ALEPPO_LENS_STRICT_FIGURES", "1")

from pipeline.paths import FAKES_CSV, SHARED_CORPUS_DIR


@pytest.fixture(scope="session")
def nlp():
    from pipeline.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def fakes_csv():
    if not FAKES_CSV.exists():
        pytest.skip(f"FA-KES corpus not found at {FAKES_CSV}")
    return FAKES_CSV


@pytest.fixture(scope="session")
def seeds_dir():
    path = SHARED_CORPUS_DIR / "seeds"
    if not path.exists():
        pytest.skip(f"seed corpus not found at {path}")
    return path

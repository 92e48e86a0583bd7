"""Where the project's files live. Every path is absolute; nothing depends on the working directory."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(os.environ.get("ALEPPO_LENS_ROOT", Path(__file__).resolve().parents[1]))
DATA_DIR = ROOT / "data"
RAW_DIR = DATA_DIR / "raw"
PROCESSED_DIR = Path(os.environ.get("ALEPPO_LENS_DATA", DATA_DIR / "processed"))
GAZETTEER_DIR = DATA_DIR / "gazetteer"
PATTERNS_DIR = DATA_DIR / "patterns"
LEXICON_DIR = DATA_DIR / "lexicons"
CACHE_DIR = DATA_DIR / "cache"
GOLD_DIR = ROOT / "tests" / "gold"

# The shared corpora sit beside the repository, not in it (FA-KES must not be copied in).
SHARED_CORPUS_DIR = Path(os.environ.get("ALEPPO_LENS_SHARED", ROOT.parent / "shared")) / "corpus"
FAKES_CSV = SHARED_CORPUS_DIR / "fakes" / "FA-KES-Dataset.csv"

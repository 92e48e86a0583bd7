"""Which gold articles rules may be tuned on, and which are held back to measure them.

Every gold article falls, by a stable hash of its id, into `tune` (about 60%) or `test`. Rules are
written and debugged against `tune` only; the README and the Data quality page report `test`, the
figure a user can expect on articles nobody looked at while writing the rules. The hash, not a list,
decides, so an article added to the gold later falls into a split nobody chose.
"""

from __future__ import annotations

import hashlib

SPLITS = ("tune", "test")
TUNE_SHARE = 0.6
FAMILIES = ("seeds", "fakes", "web")  # where a gold article comes from: its id's prefix


def split_of(article_id: str) -> str:
    """'tune' or 'test' for a gold article id such as 'fakes:1923848307' or 'web:cnn_2012_aleppo'."""
    bucket = int(hashlib.sha256(article_id.encode("utf-8")).hexdigest()[:8], 16) / 0x1_0000_0000
    return "tune" if bucket < TUNE_SHARE else "test"


def family_of(article_id: str) -> str:
    """The corpus a gold article id names: 'seeds', 'fakes' or 'web'."""
    family = article_id.split(":", 1)[0]
    if family not in FAMILIES:
        raise ValueError(f"gold article id {article_id!r} does not start with one of {', '.join(FAMILIES)}")
    return family

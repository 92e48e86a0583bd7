"""A build's progress as a small JSON file another process can poll (the app's "Add articles" page).

`{"stage": "analysing", "done": 16, "total": 40, "fraction": 0.42, "updated": "2026-...Z"}`; stages in
order: reading, analysing, corpus, saving, done. The file is replaced atomically, so a reader never sees
half of it. Without a path (the CLI's default) every call does nothing.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

# Where each stage starts and ends on the 0-1 bar: analysis is most of a build's time.
STAGE_SPANS = {
    "reading": (0.0, 0.05),
    "analysing": (0.05, 0.9),
    "corpus": (0.9, 0.96),
    "saving": (0.96, 0.99),
    "done": (1.0, 1.0),
}
ANALYSIS_STEP = 16  # articles per progress update while analysing (one worker)


class ProgressFile:
    """Writes the build's stage and count to `path` (None: records nothing)."""

    def __init__(self, path: Path | None):
        self.path = path

    def update(self, stage: str, done: int = 0, total: int = 0) -> None:
        if self.path is None:
            return
        low, high = STAGE_SPANS.get(stage, (0.0, 0.0))
        fraction = low + (high - low) * (done / total if total else 0.0)
        record = {
            "stage": stage,
            "done": done,
            "total": total,
            "fraction": round(fraction, 3),
            "updated": datetime.now(UTC).isoformat(timespec="seconds"),
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle, staging = tempfile.mkstemp(dir=self.path.parent, prefix=".progress-", suffix=".json")
        with os.fdopen(handle, "w", encoding="utf-8") as f:
            json.dump(record, f)
        os.replace(staging, self.path)


def read_progress(path: Path) -> dict:
    """The last progress record written to `path`; {} when there is none yet (or it cannot be read)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def counted_in_steps(results: Iterable, progress: ProgressFile, total: int, step: int) -> Iterator:
    """The engine's results, unchanged, recording the count done every `step` results and at the end.

    Counting the stream (rather than calling the engine `step` articles at a time) keeps the engine's
    own batching: every worker busy, the model loaded once.
    """
    progress.update("analysing", 0, total)
    for done, result in enumerate(results, start=1):
        if done % step == 0 or done == total:
            progress.update("analysing", done, total)
        yield result

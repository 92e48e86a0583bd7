"""Are the datasets in an output folder up to date with their inputs and the pipeline's code and data?"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from .build import MANIFEST, input_fingerprint, pipeline_version
from .integrity import damaged_outputs

# Rejections that say more about the machine than the article (an out-of-memory kill): tried again.
RETRIED_REJECTIONS = ("worker_crashed",)


def outputs_are_current(inputs: Sequence[Path], out: Path) -> tuple[bool, str]:
    """(current, reason): False with the reason when a build is needed."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False, f"no build in {out}"
    if damaged := damaged_outputs(out):
        return False, f"damaged dataset in {out} ({', '.join(damaged)} changed since the build); rebuild with --force"
    if manifest.get("pipeline_version") != pipeline_version():
        return False, "the pipeline's code or data changed since the last build"
    if manifest.get("inputs") != [str(p) for p in inputs] or manifest.get("input_fingerprint") != input_fingerprint(inputs):
        return False, "the inputs changed since the last build"
    retried = sum(manifest.get("rejected_by_reason", {}).get(reason, 0) for reason in RETRIED_REJECTIONS)
    if retried:
        return False, f"{retried} article(s) were rejected because their analysis process died; a build tries them again"
    return True, f"{out} is up to date"

"""Checksums of a build's outputs, so a damaged or half-copied dataset is noticed instead of read.

`pipeline build` stores a SHA-256 per output file in `manifest.json` ("checksums"); `pipeline status`
and the app call `damaged_outputs` and treat any listed file as a reason to rebuild.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

MANIFEST = "manifest.json"
CHUNK = 1 << 20


def file_checksum(path: Path) -> str:
    """SHA-256 hex digest of a file's bytes, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def checksums(folder: Path, names: Iterable[str]) -> dict[str, str]:
    """{file name: SHA-256} of the named files in `folder` (missing files are left out)."""
    return {name: file_checksum(folder / name) for name in sorted(names) if (folder / name).is_file()}


def damaged_outputs(folder: Path) -> list[str]:
    """Output files of the build in `folder` that are missing or differ from the manifest's checksums.

    Returns [] for a build whose manifest predates checksums (nothing to compare against) and
    ["manifest.json"] when the manifest itself is missing or unreadable.
    """
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return [MANIFEST]
    damaged = []
    for name, expected in (manifest.get("checksums") or {}).items():
        path = folder / name
        try:
            if file_checksum(path) != expected:
                damaged.append(name)
        except OSError:
            damaged.append(name)
    return damaged

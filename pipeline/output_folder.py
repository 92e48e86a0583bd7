"""The output folder of a build: what may be replaced, who may write it, and whether the swap can work.

A build replaces its output folder whole (staging folder, then two renames). That is only safe when
the folder is a previous build's or empty, and when nobody else is writing it. Everything here runs
before any article is read, so a bad `--out` costs the user one line, not a lost folder or a lost hour.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import re
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

MANIFEST = "manifest.json"
# The only names a build writes in its folder (and `evaluate --out` stores beside them). A folder with
# anything else in it holds a user's files, which replacing the folder would delete.
BUILD_FILE_RE = re.compile(
    r"(?:articles|rejected|entities|locations|casualties|incidents|quotes|speaker_[a-z]+)\.parquet|manifest\.json|quality\.json"
)
STAGING_MARK = ".staging-"
RETIRED_MARK = ".retired-"
STAGING_SUFFIX_RE = re.compile(r"[a-z0-9_]{8}")  # tempfile.mkdtemp's random part


class OutputFolderError(Exception):
    """An output folder the build must not or cannot replace; the message is one line for the user."""


def _resolved(path: Path) -> Path:
    return Path(os.path.abspath(path)).resolve(strict=False)


def _is_within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def is_previous_build(folder: Path) -> bool:
    """True for a folder `pipeline build` wrote: a build's manifest, and no file a build does not write."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        entries = list(folder.iterdir())
    except (OSError, ValueError):
        return False
    is_manifest = isinstance(manifest, dict) and {"pipeline_version", "counts"} <= set(manifest)
    return is_manifest and all(e.is_file() and not e.is_symlink() and BUILD_FILE_RE.fullmatch(e.name) for e in entries)


def check_output_target(out: Path, inputs: Sequence[Path]) -> None:
    """Refuse an `out` whose replacement would lose a user's files or could not finish.

    Raises OutputFolderError when `out` is an existing file, a mount point, a folder that is neither
    empty nor a previous build, an input or a folder holding one, or inside an input folder.
    """
    target = _resolved(out)
    for given in inputs:
        source = _resolved(given)
        if _is_within(source, target):
            raise OutputFolderError(f"--out {out} holds the input {given}; a build would replace it")
        if given.is_dir() and _is_within(target, source):
            raise OutputFolderError(f"--out {out} is inside the input folder {given}; choose a folder outside it")
    if out.is_symlink():
        raise OutputFolderError(f"--out {out} is a symbolic link; give the folder it points to, or a new folder")
    if out.exists() and not out.is_dir():
        raise OutputFolderError(f"--out {out} is a file, not a folder; choose a folder name")
    if out.is_dir():
        if os.path.ismount(target):
            raise OutputFolderError(f"--out {out} is a mount point, which cannot be replaced; use a folder inside it")
        if any(out.iterdir()) and not is_previous_build(out):
            raise OutputFolderError(
                f"--out {out} is a folder with other files, not a previous build; a build would replace it "
                "(choose a new or empty folder)"
            )


def check_swap_possible(out: Path) -> None:
    """Create, rename and remove a folder beside `out` with the staging and retired names the swap uses.

    Catches, before any work, what would otherwise fail after it: a read-only or full parent, a name
    too long for the file system once the staging suffix is added.
    """
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        probe = Path(tempfile.mkdtemp(prefix=staging_prefix(out), dir=out.parent))
        renamed = retired_path(out)
        os.replace(probe, renamed)
        os.rmdir(renamed)
    except OSError as error:
        raise OutputFolderError(f"cannot write output folder {out}: {error.strerror or error}") from error


def staging_prefix(out: Path) -> str:
    return f".{out.name}{STAGING_MARK}"


def remove_unfinished_staging(out: Path) -> list[Path]:
    """Delete the staging folders of builds into `out` that died before finishing (a SIGTERM or SIGKILL:
    the texts and parts they had written, up to the size of the corpus). Call only while holding `out`'s
    OutputLock, so that none of them belongs to a running build. A staging folder with its manifest is a
    whole build (one killed between the two renames of the swap) and is left alone. Returns the folders
    removed."""
    removed = []
    prefix = staging_prefix(out)
    for folder in out.parent.glob(f"{glob_escape(prefix)}*"):
        # only tempfile's own suffix after the prefix: ".out.staging-x1y2z3w4.staging-..." is another output's
        if not STAGING_SUFFIX_RE.fullmatch(folder.name[len(prefix):]):
            continue
        if folder.is_dir() and not folder.is_symlink() and not (folder / MANIFEST).exists():
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def glob_escape(name: str) -> str:
    """`name` with the glob's special characters matched literally."""
    return re.sub(r"([*?\[])", r"[\1]", name)


def retired_path(out: Path) -> Path:
    return out.with_name(f".{out.name}{RETIRED_MARK}{os.getpid()}")


class OutputLock:
    """An exclusive, non-blocking lock on an output folder, held for the whole build.

    The lock file sits beside the folder (`.NAME.lock`), so it survives the folder's replacement;
    the kernel releases the lock when the process ends, however it ends.
    """

    def __init__(self, out: Path) -> None:
        self.path = out.parent / f".{out.name}.lock"
        self._fd: int | None = None

    def __enter__(self) -> OutputLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as error:
            raise OutputFolderError(f"cannot write output folder {self.path.parent}: {error.strerror or error}") from error
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "another process"
            os.close(fd)
            if error.errno in (errno.EWOULDBLOCK, errno.EACCES):
                raise OutputFolderError(
                    f"another build (pid {holder}) is writing {self.path.parent / self.path.name[1:-5]}; "
                    "wait for it or choose another --out"
                ) from error
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._fd = fd
        return self

    def __exit__(self, *exc) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

"""Bring your own corpus: uploaded files checked and saved as a build's input, and the background build
that turns them into a dataset of its own.

A user dataset lives in DATASETS_DIR/<name>/: `input/` (the uploaded files; a ZIP is unpacked there),
`data/` (the Parquet datasets, written by `python -m pipeline build`), `build.log` and `progress.json`.
Nothing here touches the default dataset. Uploaded files are only stored and read as text by the
pipeline: nothing is executed, and the app never renders their content. No Streamlit here.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import stat
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pandas as pd

from pipeline.paths import DATA_DIR, ROOT
from pipeline.progress import read_progress

DATASETS_DIR = Path(os.environ.get("ALEPPO_LENS_DATASETS", DATA_DIR / "datasets"))
# What the pipeline reads (pipeline/ingest/folders.py), plus ZIP archives of them.
ARTICLE_SUFFIXES = (".csv", ".jsonl", ".txt", ".md", ".html", ".htm")
UPLOAD_SUFFIXES = (*ARTICLE_SUFFIXES, ".zip")
MAX_UPLOAD_BYTES = 50 * 1024 * 1024  # all files of one upload together, as sent
MAX_UPLOAD_FILES = 200
MAX_ZIP_MEMBERS = 2_000
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # a ZIP's members together, unpacked
MAX_COMPRESSION_RATIO = 200  # text compresses ~10x; far more is a ZIP bomb
MAX_NAME_CHARS = 40
INPUT, DATA, LOG, PROGRESS = "input", "data", "build.log", "progress.json"


class UploadError(ValueError):
    """An upload refused as a whole; the message is one line for the page."""


def dataset_name(text: str) -> str:
    """A folder name from the name the user typed: lower-case letters, digits, '-' and '_' ("My corpus
    (2016)" -> "my-corpus-2016"), at most MAX_NAME_CHARS. Raises UploadError when nothing is left."""
    name = re.sub(r"[^a-z0-9_-]+", "-", text.strip().lower()).strip("-_")[:MAX_NAME_CHARS].strip("-_")
    if not name:
        raise UploadError("Give the dataset a name made of letters or digits.")
    return name


def safe_file_name(name: str) -> str:
    """A stored file's name: the last part of an uploaded or archived path, with only letters, digits,
    '.', '-' and '_' ("../../etc/passwd" -> "passwd", "my report.txt" -> "my_report.txt")."""
    last = re.split(r"[/\\]", name)[-1]
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", last).lstrip(".")[-120:]
    return cleaned or "file"


def _unique(folder: Path, name: str) -> Path:
    path = folder / name
    n = 2
    while path.exists():
        path = folder / f"{Path(name).stem}-{n}{Path(name).suffix}"
        n += 1
    return path


def unsafe_member(name: str) -> str | None:
    """Why a ZIP member's path must not be unpacked (absolute, a drive, a '..' step), or None."""
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return "an absolute path"
    if ".." in re.split(r"[/\\]", name):
        return "a path leaving the archive"
    return None


def _member_name(name: str) -> str:
    """A flat file name for a ZIP member: its folders joined with '__' ("2016/oct/a.txt" -> "2016__oct__a.txt")."""
    return "__".join(safe_file_name(part) for part in PurePosixPath(name.replace("\\", "/")).parts)


def unpack_zip(name: str, content: bytes, folder: Path) -> list[str]:
    """Unpack an uploaded ZIP's article files into `folder` (flat); returns one line per member skipped.

    Raises UploadError when the archive is unreadable, has more than MAX_ZIP_MEMBERS files or would unpack
    to more than MAX_UNPACKED_BYTES. Links, encrypted members, hidden files, nested archives, other file
    types and members with unsafe paths are skipped, each with its reason.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, OSError, ValueError):
        raise UploadError(f"{name}: not a readable ZIP file.") from None
    members = [m for m in archive.infolist() if not m.is_dir()]
    if len(members) > MAX_ZIP_MEMBERS:
        raise UploadError(f"{name}: {len(members):,} files; the limit is {MAX_ZIP_MEMBERS:,}.")
    if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
        raise UploadError(f"{name}: unpacks to more than {MAX_UNPACKED_BYTES // 2**20} MB.")
    skipped = []
    for member in members:
        why = member_problem(member)
        if why:
            skipped.append(f"skipped {name}/{member.filename}: {why}")
            continue
        with archive.open(member) as source:
            data = source.read(member.file_size + 1)
        if len(data) > member.file_size:  # the header understated the size
            skipped.append(f"skipped {name}/{member.filename}: larger than its archive entry says")
            continue
        _unique(folder, _member_name(member.filename)).write_bytes(data)
    return skipped


def member_problem(member: zipfile.ZipInfo) -> str | None:
    """Why one ZIP member is not unpacked, or None."""
    parts = PurePosixPath(member.filename.replace("\\", "/")).parts
    if why := unsafe_member(member.filename):
        return why
    if stat.S_ISLNK(member.external_attr >> 16):
        return "a link, not a file"
    if member.flag_bits & 0x1:
        return "encrypted"
    if any(p.startswith(".") or p == "__MACOSX" for p in parts):
        return "a hidden or system file"
    if Path(member.filename).suffix.lower() not in ARTICLE_SUFFIXES:
        return f"unsupported file type {Path(member.filename).suffix.lower() or '(none)'}"
    if member.compress_size and member.file_size / member.compress_size > MAX_COMPRESSION_RATIO:
        return "compressed more than any text compresses (a ZIP bomb?)"
    return None


def save_uploads(uploads: Sequence[tuple[str, bytes]], folder: Path) -> list[str]:
    """Save uploaded (file name, content) pairs into `folder`, ZIPs unpacked; returns the skipped lines.

    Raises UploadError when nothing is uploaded, too many files or bytes are, or a ZIP is refused.
    """
    if not uploads:
        raise UploadError("Choose at least one file to upload.")
    if len(uploads) > MAX_UPLOAD_FILES:
        raise UploadError(f"{len(uploads):,} files; the limit is {MAX_UPLOAD_FILES:,} (put them in a ZIP).")
    if sum(len(content) for _, content in uploads) > MAX_UPLOAD_BYTES:
        raise UploadError(f"The files come to more than {MAX_UPLOAD_BYTES // 2**20} MB, the upload limit.")
    folder.mkdir(parents=True, exist_ok=True)
    skipped = []
    for name, content in uploads:
        suffix = Path(name).suffix.lower()
        if suffix == ".zip":
            skipped += unpack_zip(safe_file_name(name), content, folder)
        elif suffix in ARTICLE_SUFFIXES:
            _unique(folder, safe_file_name(name)).write_bytes(content)
        else:
            skipped.append(f"skipped {safe_file_name(name)}: unsupported file type {suffix or '(none)'}")
    if not any(folder.iterdir()):
        raise UploadError("None of the files is an article file (CSV, JSONL, TXT, HTML or a ZIP of them).")
    return skipped


# ---- Datasets ---------------------------------------------------------------------------------------


def dataset_folder(name: str, root: Path | None = None) -> Path:
    return (root or DATASETS_DIR) / dataset_name(name)


def built_datasets(root: Path | None = None) -> list[str]:
    """Names of the user datasets whose build finished (their data/articles.parquet exists), sorted."""
    root = root or DATASETS_DIR
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / DATA / "articles.parquet").is_file())


def built_folder(name: str, root: Path | None = None) -> Path | None:
    """The datasets' folder of a built user dataset named `name`, or None (any other name: a URL may say anything)."""
    return (root or DATASETS_DIR) / name / DATA if name in built_datasets(root) else None


def new_dataset(
    name: str, uploads: Sequence[tuple[str, bytes]], root: Path | None = None
) -> tuple[Path, list[str]]:
    """Create the dataset folder for `name` with the uploads as its input; returns it and the skipped lines.

    Raises UploadError (leaving nothing behind) when the name is taken, another build is running (one at
    a time: a build uses a whole core), or the upload is refused.
    """
    folder = dataset_folder(name, root)
    if any(process.poll() is None for process in BUILDS.values()):
        raise UploadError("Another dataset is being built; upload these files when it has finished.")
    if (folder / DATA).exists():
        raise UploadError(f"A dataset named {folder.name} already exists; choose another name.")
    shutil.rmtree(folder, ignore_errors=True)  # a failed attempt under this name: its upload is replaced
    try:
        skipped = save_uploads(uploads, folder / INPUT)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return folder, skipped


def build_command(folder: Path) -> list[str]:
    """The same `python -m pipeline build` a user would type, into the dataset's own folders."""
    return [
        sys.executable, "-m", "pipeline", "build",
        "--input", str(folder / INPUT),
        "--out", str(folder / DATA),
        "--workers", "1",
        "--quiet",
        "--progress-file", str(folder / PROGRESS),
    ]  # fmt: skip


# Builds started by this app process: dataset folder -> its process (a build outlives the page's rerun).
BUILDS: dict[Path, subprocess.Popen] = {}


def start_build(folder: Path) -> subprocess.Popen:
    """Run the build in a background process writing build.log and progress.json in `folder`."""
    with open(folder / LOG, "wb") as log:
        process = subprocess.Popen(
            build_command(folder), cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
        )
    BUILDS[folder] = process
    return process


@dataclass(frozen=True)
class BuildState:
    """Where a dataset's build stands: running (with progress 0-1 and its stage), finished, or failed."""

    running: bool
    fraction: float
    stage: str
    error: str | None = None  # the build's one-line error, when it failed

    @property
    def finished(self) -> bool:
        return not self.running and self.error is None


STAGE_TEXT = {
    "reading": "Reading the files",
    "analysing": "Analysing articles",
    "corpus": "Linking names, places and incidents across articles",
    "saving": "Saving the datasets",
    "done": "Done",
}


def build_state(folder: Path) -> BuildState:
    """The state of the build of the dataset in `folder`, from its process, progress file and log."""
    progress = read_progress(folder / PROGRESS)
    stage = progress.get("stage", "reading")
    text = STAGE_TEXT.get(stage, stage)
    if stage == "analysing" and progress.get("total"):
        text += f" ({progress['done']:,} of {progress['total']:,})"
    process = BUILDS.get(folder)
    if process is not None and process.poll() is None:
        return BuildState(True, float(progress.get("fraction", 0.0)), text)
    if (folder / DATA / "articles.parquet").is_file():
        return BuildState(False, 1.0, STAGE_TEXT["done"])
    return BuildState(False, float(progress.get("fraction", 0.0)), text, build_error(folder, process))


def build_error(folder: Path, process: subprocess.Popen | None) -> str:
    """The build's own one-line error ("error: ..." in its log), else how it ended."""
    try:
        lines = (folder / LOG).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    errors = [line.removeprefix("error: ") for line in lines if line.startswith("error: ")]
    if errors:
        return _relative(errors[-1], folder)
    if process is None:
        return "The build did not finish (the app was restarted while it ran); upload the files again."
    return f"The build stopped with exit code {process.returncode}; see {folder / LOG}."


def _relative(line: str, folder: Path) -> str:
    """A build's message with the dataset's folders named as the user knows them ("reports.csv:row 3")."""
    line = line.replace(str(folder / INPUT) + os.sep, "").replace(str(folder / INPUT), "the upload")
    return line.replace(str(folder / DATA), "the new dataset")


def rejected_lines(folder: Path) -> list[str]:
    """One line per input the build rejected, as the command line prints them: "rejected SOURCE: why",
    with SOURCE relative to the upload ("reports.csv:row 3"). From rejected.parquet once the build has
    written it, else (a build that kept no article) from the warnings in its log."""
    path = folder / DATA / "rejected.parquet"
    if path.is_file():
        frame = pd.read_parquet(path, columns=["source", "reason", "detail"])
        lines = [
            f"rejected {source}: {detail or reason}"
            for source, reason, detail in frame.itertuples(index=False)
        ]
    else:
        try:
            log = (folder / LOG).read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError:
            log = []
        lines = [line.removeprefix("warning: ") for line in log if line.startswith("warning: rejected ")]
    return [_relative(line, folder) for line in lines]

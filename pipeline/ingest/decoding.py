"""Bytes to text: byte-order marks, UTF-8 with a per-line fallback, and files that are not text at all."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from ..records import Rejection
from .documents import os_reason, rejected

# An article file over this is refused unread; a table file has no limit (it holds many articles).
MAX_ARTICLE_FILE_BYTES = 5 * 1024 * 1024

# Byte signatures of files people save under a text suffix, and what to tell them. Decided before any
# decoding, so a compressed or zipped file is one rejection, never a rejection per garbage line.
MAGIC_BYTES = (
    (b"\x1f\x8b", "gzip-compressed; decompress first"),
    (b"PK\x03\x04", "a zip archive (an .xlsx, .docx or .zip?); export it as CSV or text first"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\xfd7zXZ\x00", "xz-compressed; decompress first"),
    (b"(\xb5/\xfd", "zstd-compressed; decompress first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive; extract it first"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.xls or .doc); export it as CSV or text first"),
    (b"%PDF-", "a PDF; export its text first"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
)
BZIP2_MAGIC = re.compile(rb"BZh[1-9]1AY&SY")
# How much of a file's opening `binary_kind` reads (`looks_binary` looks at the first 8 KB).
BINARY_SNIFF_BYTES = 8192
BOM_UTF8 = b"\xef\xbb\xbf"
# A line with its ending: CR LF, CR or LF, as `io.StringIO(text, newline="")` splits.
LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")

# Byte-order marks, longest first: a UTF-32-LE mark starts with the UTF-16-LE one.
BYTE_ORDER_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def byte_order_mark(data: bytes) -> tuple[str | None, bytes]:
    """The encoding a byte-order mark names, and the bytes after it."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return encoding, data[len(mark) :]
    return None, data


def decode_line(line: bytes) -> str:
    """One line's text: UTF-8, else Windows-1252, else Latin-1 (which decodes any byte)."""
    for encoding in ("utf-8", "cp1252"):
        try:
            return line.decode(encoding)
        except UnicodeDecodeError:
            continue
    return line.decode("latin-1")


def decode_bytes(data: bytes) -> str:
    """Text from bytes: by the byte-order mark if there is one, else UTF-8 line by line.

    Only lines that are not UTF-8 fall back to Windows-1252/Latin-1, so one stray byte cannot turn every
    curly quote of a UTF-8 file into mojibake.
    """
    encoding, body = byte_order_mark(data)
    if encoding and encoding != "utf-8":
        return body.decode(encoding, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return "".join(decode_line(line) for line in body.splitlines(keepends=True))


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control bytes in the opening: not a text file."""
    head = data[:BINARY_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = sum(b < 9 or 13 < b < 32 for b in head)
    return bool(head) and controls / len(head) > 0.05


def binary_kind(data: bytes) -> str | None:
    """Why the bytes are not text (a compressed file, an archive, an image, ...), or None for text."""
    encoding, _ = byte_order_mark(data)
    if encoding and encoding != "utf-8":
        return None  # UTF-16/32 text is full of NUL bytes
    for magic, what in MAGIC_BYTES:
        if data.startswith(magic):
            return what
    if BZIP2_MAGIC.match(data):
        return "bzip2-compressed; decompress first"
    return "file is binary, not text" if looks_binary(data) else None


def read_text(path: Path, *, max_bytes: int | None = None) -> str | Rejection:
    """A file's text, or why it cannot be read: too large, unreadable, compressed or binary."""
    try:
        if max_bytes is not None and (size := path.stat().st_size) > max_bytes:
            return rejected(path, "too_large", f"file is {size:,} bytes; the limit is {max_bytes:,}")
        data = path.read_bytes()
    except OSError as error:
        return rejected(path, "unreadable", f"cannot read file: {os_reason(error)}")
    what = binary_kind(data)
    return rejected(path, "binary", what) if what else decode_bytes(data)


def file_lines(path: Path) -> Callable[[], Iterator[str]] | Rejection:
    """A table file's text line by line, or why it cannot be read (unreadable, compressed or binary).

    Returns a function that reads the file afresh at each call and yields its lines with their endings,
    split at CR LF, CR or LF: the lines of `read_text(path)`, decoded one at a time (UTF-8, else the
    per-line fallback), so a large CSV is never held whole (decoded, a 20,000-row CSV took 90 MB of a
    build's memory while it was read). A file with a UTF-16 or UTF-32 byte-order mark cannot be cut at a
    newline byte: it is decoded whole, once. An error reading the file part way raises OSError.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(BINARY_SNIFF_BYTES)
    except OSError as error:
        return rejected(path, "unreadable", f"cannot read file: {os_reason(error)}")
    if what := binary_kind(head):
        return rejected(path, "binary", what)
    encoding, _ = byte_order_mark(head)
    if encoding and encoding != "utf-8":
        text = read_text(path)  # held whole, as before; each call walks it again
        return text if isinstance(text, Rejection) else lambda: (match.group() for match in LINE_RE.finditer(text))

    def lines() -> Iterator[str]:
        with path.open("rb") as handle:
            for n, raw in enumerate(handle):  # cut at b"\n", which no UTF-8 character holds
                for piece in (raw[len(BOM_UTF8) :] if n == 0 and raw.startswith(BOM_UTF8) else raw).splitlines(keepends=True):
                    yield decode_line(piece)

    return lines


def read_file_text(path: Path) -> str | Rejection:
    """An article file's text, within the article file size limit."""
    return read_text(path, max_bytes=MAX_ARTICLE_FILE_BYTES)

"""Generated input folders mixing good articles with every kind of bad input: nothing raises, nothing is lost.

Each generated entry knows how many input items it holds (a CSV row, a JSONL line, a JSON list item, a
file). Reading the folder must count exactly that many, and every one must end up kept, folded into a
duplicate, or rejected with a reason that prints on one line.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.build import load_inputs

SUBJECTS = ("Government forces", "Rebel fighters", "The monitoring group", "Aid agencies", "Residents of Aleppo",
            "A United Nations official", "Russian warplanes", "The civil defence service")  # fmt: skip
VERBS = ("reported that", "said that", "warned that", "confirmed on Tuesday that", "told reporters that")
CLAIMS = (
    "the shelling of the eastern districts went on through the night",
    "thousands of civilians had fled towards the west of the city",
    "the last hospital in the besieged area was out of service",
    "a convoy of food and medicine was waiting at the checkpoint near Idlib",
    "the ceasefire around Homs had collapsed after only two days",
    "at least twelve people were killed in the market of Douma",
)

sentences = st.builds("{} {} {}.".format, st.sampled_from(SUBJECTS), st.sampled_from(VERBS), st.sampled_from(CLAIMS))
article_texts = st.lists(sentences, min_size=2, max_size=5).map(" ".join)
titles = st.sampled_from(("Aleppo under fire", "Fighting in Syria", "Convoy waits at Idlib", "Talks stall"))


@dataclass(frozen=True)
class Entry:
    """Something to put in the input folder, and how many input items it holds (None: any number)."""

    write: Callable[[Path], None]
    items: int | None


def file_entry(name: str, content: bytes, items: int | None = 1) -> Entry:
    return Entry(lambda folder: (folder / name).write_bytes(content), items)


def csv_bytes(rows: list[list[str]], delimiter: str = ",") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return buffer.getvalue().encode()


# ------------------------------------------------------------------------------------------ good inputs


@st.composite
def good_entries(draw) -> Entry:
    """An article as a .txt, .md, .html, .json, a CSV row or a JSONL line."""
    name = f"good-{draw(st.integers(0, 10**6))}"
    title, text = draw(titles), draw(article_texts)
    kind = draw(st.sampled_from(("txt", "md", "html", "json", "csv", "jsonl")))
    content = {
        "txt": f"{title}\n\n{text}\n".encode(),
        "md": f"# {title}\n\n{text}\n".encode(),
        "html": f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p></body></html>".encode(),
        "json": json.dumps({"title": title, "content": text}).encode(),
        "csv": csv_bytes([["title", "content"], [title, text]]),
        "jsonl": (json.dumps({"title": title, "text": text}) + "\n").encode(),
    }[kind]
    return file_entry(f"{name}.{kind}", content)


# ------------------------------------------------------------------------------------------- bad inputs


def _symlink(name: str, target: str) -> Entry:
    return Entry(lambda folder: (folder / name).symlink_to(folder / target), 1)


def _bad_file_name(text: str) -> Entry:
    def write(folder: Path) -> None:
        with open(os.path.join(os.fsencode(folder), b"bad-\xe9\xff.txt"), "wb") as f:
            f.write(f"Headline\n\n{text}\n".encode())

    return Entry(write, 1)


def _metadata_folder(text: str) -> Entry:
    def write(folder: Path) -> None:
        (folder / "metadata.csv").mkdir(exist_ok=True)
        (folder / "metadata.csv" / "inside.txt").write_text(f"Headline\n\n{text}\n")

    return Entry(write, 1)


def _too_deep(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    for _ in range(os.pathconf(folder, "PC_PATH_MAX") // 250 + 2):
        os.mkdir("d" * 250, dir_fd=fd)
        fd, old = os.open("d" * 250, os.O_RDONLY, dir_fd=fd), fd
        os.close(old)
    os.close(os.open("deep.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd))
    os.close(fd)


def _xlsx_bytes(text: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/sharedStrings.xml", f"<t>{text}</t>\x00\x1b[2J")
    return buffer.getvalue()


@st.composite
def bad_entries(draw) -> Entry:
    """One bad input of each kind the issue lists, with its item count."""
    text, title = draw(article_texts), draw(titles)
    n = draw(st.integers(0, 10**6))
    latin = (text + " Caf\xe9.").encode("latin-1")
    rows = draw(st.integers(1, 4))
    kinds: dict[str, Callable[[], Entry]] = {
        "latin1 row": lambda: file_entry(f"mixed-{n}.csv", csv_bytes([["title", "content"], [title, f"“{text}”"]]) + b'x,"' + latin + b'"\n', 2),
        "bom and latin1": lambda: file_entry(f"bom-{n}.csv", b"\xef\xbb\xbfcontent,title\n\"" + latin + b'",x\n'),
        "utf-16 txt": lambda: file_entry(f"u16-{n}.txt", b"\xff\xfe" + f"{title}\n\n{text}\n".encode("utf-16-le")),
        "utf-16-be csv": lambda: file_entry(f"u16-{n}.csv", b"\xfe\xff" + f'title,content\n{title},"{text}"\n'.encode("utf-16-be")),
        "utf-16 jsonl": lambda: file_entry(f"u16-{n}.jsonl", b"\xff\xfe" + (json.dumps({"text": text}) + "\n").encode("utf-16-le")),
        "semicolons": lambda: file_entry(f"semi-{n}.csv", csv_bytes([["title", "content"], *[[title, text]] * rows], ";"), rows),
        "tabs": lambda: file_entry(f"tabs-{n}.csv", csv_bytes([["title", "content"], *[[title, text]] * rows], "\t"), rows),
        "title only": lambda: file_entry(f"titles-{n}.csv", csv_bytes([["title", "date"], *[[title, "2016-12-01"]] * rows]), rows),
        "json non-objects": lambda: file_entry(f"list-{n}.json", json.dumps([{"content": text}, "x", 1, None, [text]]).encode(), 5),
        "list text": lambda: file_entry(f"paras-{n}.json", json.dumps({"content": [text, text]}).encode()),
        "object text": lambda: file_entry(f"obj-{n}.jsonl", (json.dumps({"text": {"body": text}}) + "\n").encode()),
        "hidden file": lambda: file_entry(f".hidden-{n}.txt", text.encode()),
        "hidden folder": lambda: Entry(lambda f: (f / f".cache-{n}").mkdir() or (f / f".cache-{n}" / "a.txt").write_text(text), 1),
        "dangling link": lambda: _symlink(f"gone-{n}.txt", "nowhere.txt"),
        "link loop": lambda: _symlink(f"loop-{n}.txt", f"loop-{n}.txt"),
        "link to folder": lambda: Entry(lambda f: (f / f"self-{n}").symlink_to(f, target_is_directory=True), 1),
        "empty jsonl": lambda: file_entry(f"empty-{n}.jsonl", b"\n \n"),
        "header-only csv": lambda: file_entry(f"header-{n}.csv", b"title,content\n"),
        "empty file": lambda: file_entry(f"empty-{n}.txt", b""),
        "unsupported suffix": lambda: file_entry(f"notes-{n}.docx", text.encode()),
        "gzip jsonl": lambda: file_entry(f"gz-{n}.jsonl", gzip.compress((json.dumps({"text": text}) + "\n").encode() * 20)),
        "xlsx as csv": lambda: file_entry(f"sheet-{n}.csv", _xlsx_bytes(text)),
        "non-utf8 name": lambda: _bad_file_name(text),
        "metadata.csv folder": lambda: _metadata_folder(text),
        "bad metadata.csv": lambda: file_entry("metadata.csv", b"\x00\x01garbage"),
        "too deep": lambda: Entry(_too_deep, 1),
        "parentheses": lambda: file_entry(f"parens-{n}.txt", b"(" * 60_000),
        "no sentence end": lambda: file_entry(f"run-{n}.jsonl", (json.dumps({"text": "the army said " * 2000}) + "\n").encode()),
        "markup": lambda: file_entry(f"markup-{n}.csv", csv_bytes([["title", "content"], [f"<b>{title}</b>", f"<p><b>Ahmad</b> {text}</p>"]])),
        "malformed json": lambda: file_entry(f"broken-{n}.json", b'{"content": "unfinished'),
        "random bytes": lambda: file_entry(
            f"random-{n}{draw(st.sampled_from(('.txt', '.csv', '.jsonl', '.json', '.html', '.md')))}",
            draw(st.binary(max_size=300)),
            None,
        ),
    }
    return kinds[draw(st.sampled_from(sorted(kinds)))]()


# --------------------------------------------------------------------------------------------- property


def is_printable_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return text.isprintable()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(good=st.lists(good_entries(), max_size=4), bad=st.lists(bad_entries(), min_size=1, max_size=6))
def test_every_input_is_kept_folded_or_rejected(good, bad):
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        for n, entry in enumerate([*good, *bad]):
            (root / f"entry-{n}").mkdir()  # a folder each, so generated names never collide
            entry.write(root / f"entry-{n}")
        articles, rejections, n_inputs, n_duplicates = load_inputs([root], progress=False)

    assert n_inputs == len(articles) + n_duplicates + len(rejections)
    if all(entry.items is not None for entry in [*good, *bad]):
        assert n_inputs == sum(entry.items for entry in [*good, *bad])
    assert len(articles) + n_duplicates >= len(good)  # no good article is lost
    for rejection in rejections:
        assert rejection.reason and rejection.detail
        assert is_printable_utf8(rejection.source) and is_printable_utf8(rejection.detail)
    for article in articles:
        assert is_printable_utf8(article.source) and is_printable_utf8(article.source_id)
        assert "<b>" not in article.text and "<b>" not in article.title

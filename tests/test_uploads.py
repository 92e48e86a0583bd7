"""Uploads on the Add articles page: names, file checks, ZIP safety, dataset folders, build state."""

from __future__ import annotations

import io
import stat
import zipfile

import pandas as pd
import pytest

from dashboard import uploads
from dashboard.uploads import UploadError


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("My corpus (2016)", "my-corpus-2016"),
        ("../../etc", "etc"),
        ("  aleppo_1 ", "aleppo_1"),
        ("x" * 80, "x" * 40),
    ],
)
def test_dataset_names_are_sanitised(typed, name):
    assert uploads.dataset_name(typed) == name


@pytest.mark.parametrize("typed", ["", "   ", "../..", "ÄÖÜ", "%%%"])
def test_a_name_without_letters_or_digits_is_refused(typed):
    with pytest.raises(UploadError, match="name"):
        uploads.dataset_name(typed)


@pytest.mark.parametrize(
    ("uploaded", "stored"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\temp\\a b.txt", "a_b.txt"),
        (".hidden.csv", "hidden.csv"),
        ("..", "file"),
    ],
)
def test_stored_file_names_keep_only_the_last_part(uploaded, stored):
    assert uploads.safe_file_name(uploaded) == stored


def zipped(members: dict[str, bytes], *, links: tuple[str, ...] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            info = zipfile.ZipInfo(name)
            if name in links:
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            archive.writestr(info, content, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def test_a_zip_unpacks_its_article_files_flat_and_skips_the_rest(tmp_path):
    archive = zipped(
        {
            "2016/oct/a.txt": b"An article.",
            "b.csv": b"text\nAnother article.\n",
            "../../escape.txt": b"outside",
            "/abs.txt": b"absolute",
            "run.sh": b"rm -rf /",
            "__MACOSX/._a.txt": b"resource fork",
            "link.txt": b"/etc/passwd",
        },
        links=("link.txt",),
    )
    skipped = uploads.save_uploads([("corpus.zip", archive)], tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2016__oct__a.txt", "b.csv"]
    reasons = " | ".join(skipped)
    assert "../../escape.txt: a path leaving the archive" in reasons
    assert "/abs.txt: an absolute path" in reasons
    assert "run.sh: unsupported file type .sh" in reasons
    assert "link.txt: a link, not a file" in reasons
    assert "hidden or system file" in reasons
    assert not (tmp_path.parent / "escape.txt").exists()


def test_a_zip_bomb_is_skipped(tmp_path):
    archive = zipped({"bomb.txt": b"0" * 5_000_000, "ok.txt": b"An article."})
    skipped = uploads.save_uploads([("x.zip", archive)], tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["ok.txt"]
    assert any("bomb.txt: compressed more than any text compresses" in s for s in skipped)


def test_a_zip_with_too_many_files_or_bytes_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(uploads, "MAX_ZIP_MEMBERS", 2)
    with pytest.raises(UploadError, match="3 files; the limit is 2"):
        uploads.save_uploads([("x.zip", zipped({f"{n}.txt": b"a" for n in range(3)}))], tmp_path)
    monkeypatch.setattr(uploads, "MAX_UNPACKED_BYTES", 10)
    with pytest.raises(UploadError, match="unpacks to more than"):
        uploads.save_uploads([("y.zip", zipped({"a.txt": b"x" * 11}))], tmp_path)


def test_uploads_are_refused_over_the_limits_or_when_none_is_an_article(tmp_path, monkeypatch):
    with pytest.raises(UploadError, match="Choose at least one file"):
        uploads.save_uploads([], tmp_path)
    with pytest.raises(UploadError, match="not a readable ZIP"):
        uploads.save_uploads([("broken.zip", b"not a zip")], tmp_path / "a")
    with pytest.raises(UploadError, match="None of the files is an article file"):
        uploads.save_uploads([("tool.exe", b"MZ")], tmp_path / "b")
    monkeypatch.setattr(uploads, "MAX_UPLOAD_BYTES", 5)
    with pytest.raises(UploadError, match="upload limit"):
        uploads.save_uploads([("a.txt", b"123456")], tmp_path / "c")


def test_two_uploads_with_one_name_are_both_kept(tmp_path):
    uploads.save_uploads([("a.txt", b"one"), ("sub/a.txt", b"two")], tmp_path)
    assert sorted(p.read_bytes() for p in tmp_path.iterdir()) == [b"one", b"two"]


def test_a_new_dataset_refuses_a_taken_name_and_leaves_nothing_of_a_refused_upload(tmp_path):
    folder, skipped = uploads.new_dataset("Mine", [("a.txt", b"An article.")], tmp_path)
    assert folder == tmp_path / "mine" and (folder / "input" / "a.txt").exists() and skipped == []
    (folder / "data").mkdir()  # built
    with pytest.raises(UploadError, match="already exists"):
        uploads.new_dataset("mine", [("b.txt", b"x")], tmp_path)
    with pytest.raises(UploadError):
        uploads.new_dataset("other", [("x.zip", b"broken")], tmp_path)
    assert not (tmp_path / "other").exists()


def test_only_built_datasets_are_offered_and_resolved(tmp_path):
    (tmp_path / "half" / "input").mkdir(parents=True)
    (tmp_path / "done" / "data").mkdir(parents=True)
    (tmp_path / "done" / "data" / "articles.parquet").write_bytes(b"")
    assert uploads.built_datasets(tmp_path) == ["done"]
    assert uploads.built_folder("done", tmp_path) == tmp_path / "done" / "data"
    assert uploads.built_folder("half", tmp_path) is None
    assert uploads.built_folder("../done", tmp_path) is None


def test_a_failed_build_reports_its_own_error_line(tmp_path):
    folder = tmp_path / "mine"
    (folder / "input").mkdir(parents=True)
    (folder / "build.log").write_text(
        f"error: no articles to build from {folder / 'input'} (all 2 inputs were rejected); x was left as it was\n"
    )
    state = uploads.build_state(folder)
    assert not state.running and not state.finished
    assert state.error.startswith("no articles to build from the upload (all 2 inputs were rejected)")


def test_rejected_lines_read_like_the_command_line(tmp_path):
    folder = tmp_path / "mine"
    (folder / "data").mkdir(parents=True)
    pd.DataFrame(
        [
            {
                "source": f"{folder / 'input'}/a.csv:row 3",
                "reason": "empty",
                "detail": "no article text after cleaning",
            }
        ]
    ).to_parquet(folder / "data" / "rejected.parquet")
    assert uploads.rejected_lines(folder) == ["rejected a.csv:row 3: no article text after cleaning"]


def test_the_build_command_is_the_cli_into_the_datasets_own_folders(tmp_path):
    command = uploads.build_command(tmp_path)
    assert command[1:4] == ["-m", "pipeline", "build"]
    assert command[command.index("--out") + 1] == str(tmp_path / "data")
    assert command[command.index("--progress-file") + 1] == str(tmp_path / "progress.json")


def test_a_build_that_kept_nothing_lists_its_rejections_from_its_log(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "build.log").write_text(
        f"warning: rejected {folder / 'input'}/a.csv:row 2: no article text after cleaning\n"
        f"warning: rejected {folder / 'input'}/a.csv:row 3: only 2 words after cleaning (minimum 8)\n"
        f"error: no articles to build from {folder / 'input'} (all 2 inputs were rejected); "
        f"{folder / 'data'} was left as it was\n"
    )
    assert uploads.rejected_lines(folder) == [
        "rejected a.csv:row 2: no article text after cleaning",
        "rejected a.csv:row 3: only 2 words after cleaning (minimum 8)",
    ]
    assert uploads.build_state(folder).error == (
        "no articles to build from the upload (all 2 inputs were rejected); the new dataset was left as it was"
    )


def test_a_failed_name_can_be_used_again_but_not_while_another_build_runs(tmp_path, monkeypatch):
    failed = tmp_path / "mine" / "input"
    failed.mkdir(parents=True)
    (failed / "old.txt").write_text("old")
    folder, _ = uploads.new_dataset("mine", [("new.txt", b"An article.")], tmp_path)
    assert sorted(p.name for p in (folder / "input").iterdir()) == ["new.txt"]

    class Running:
        def poll(self):
            return None

    monkeypatch.setattr(uploads, "BUILDS", {tmp_path / "other": Running()})
    with pytest.raises(UploadError, match="Another dataset is being built"):
        uploads.new_dataset("third", [("a.txt", b"x")], tmp_path)

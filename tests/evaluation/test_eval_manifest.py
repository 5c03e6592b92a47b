"""The blind test set is pinned: every file in evaluation/test must match MANIFEST.sha256, so a
changed, added or removed test file fails CI. Plus the manifest check itself, on files made
here."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.evaluation.labels import MANIFEST, LabelError, check_manifest  # noqa: E402

TEST_SET = ROOT / "evaluation" / "test"


def test_blind_test_set_matches_its_manifest():
    # Once the folder exists this never skips: a missing manifest fails too.
    assert (TEST_SET / MANIFEST).is_file(), f"evaluation/test has no {MANIFEST}"
    result = check_manifest(TEST_SET)
    assert result.ok, result.describe()


def _pin(folder: Path, names: list[str], prefix: str = "") -> None:
    lines = [f"{hashlib.sha256((folder / n).read_bytes()).hexdigest()}  {prefix}{n}" for n in names]
    (folder / MANIFEST).write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def pinned(tmp_path):
    folder = tmp_path / "evaluation" / "test"
    folder.mkdir(parents=True)
    for name in ("a.txt", "a.labels.csv"):
        (folder / name).write_text(f"content of {name}\n", encoding="utf-8")
    _pin(folder, ["a.txt", "a.labels.csv"])
    return folder


def test_untouched_files_match(pinned):
    result = check_manifest(pinned)
    assert result.ok and result.listed == 2


def test_an_edited_file_fails(pinned):
    (pinned / "a.labels.csv").write_text("line,category,note\n1,toxicity,\n", encoding="utf-8")
    result = check_manifest(pinned)
    assert not result.ok and result.changed == ("a.labels.csv",)


def test_a_removed_file_fails(pinned):
    (pinned / "a.txt").unlink()
    result = check_manifest(pinned)
    assert not result.ok and result.missing == ("a.txt",)


def test_an_added_file_fails(pinned):
    (pinned / "b.txt").write_text("new\n", encoding="utf-8")
    result = check_manifest(pinned)
    assert not result.ok and result.unlisted == ("b.txt",)


def test_names_written_from_the_repository_root_are_understood(pinned):
    _pin(pinned, ["a.txt", "a.labels.csv"], prefix="evaluation/test/")
    assert check_manifest(pinned).ok


def test_binary_mode_marker_is_understood(pinned):
    text = (pinned / MANIFEST).read_text(encoding="utf-8").replace("  a.txt", " *a.txt")
    (pinned / MANIFEST).write_text(text, encoding="utf-8")
    assert check_manifest(pinned).ok


def test_a_malformed_manifest_line_is_an_error(pinned):
    (pinned / MANIFEST).write_text("not a hash line\n", encoding="utf-8")
    with pytest.raises(LabelError, match="not a sha256sum line"):
        check_manifest(pinned)


def test_an_empty_manifest_is_not_ok(pinned):
    (pinned / MANIFEST).write_text("", encoding="utf-8")
    assert not check_manifest(pinned).ok

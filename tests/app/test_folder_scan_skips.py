"""A folder scan reads every export it can, sub-folders included, lists what it skipped and
why, and exits 0 when at least one export was scanned."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from audit.app import collect_exports, scan
from audit.cli import main
from audit.core.config import AuditConfig
from audit.core.errors import InputError

CHAT = "13/01/2024, 09:00 - Amira Khan: morning all\n13/01/2024, 23:40 - Ben Carter: up late\n"
CONFIG = AuditConfig(use_models=False, select=("OFF",), progress=False)


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "chats"
    (root / "year2").mkdir(parents=True)
    (root / "a.txt").write_text(CHAT, encoding="utf-8")
    (root / "year2" / "b.txt").write_text(CHAT.replace("Amira", "Zoe"), encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    (root / "gone.txt").symlink_to(root / "nowhere.txt")
    (root / "IMG_0001.jpg").write_bytes(b"\xff\xd8\xff")
    return root


def test_sub_folders_are_scanned_and_junk_is_skipped_with_reasons(folder):
    result = scan([folder], CONFIG)
    assert sorted(c.chat.rsplit("/", 1)[-1] for c in result.chats) == ["a.txt", "b.txt"]
    reasons = {path.rsplit("/", 1)[-1]: why for path, why in result.skipped}
    assert "is empty" in reasons["empty.txt"]
    assert "PNG image" in reasons["photo.txt"]
    assert "does not exist" in reasons["gone.txt"]
    assert "1 other file(s)" in reasons["chats"]


def test_the_cli_lists_what_it_skipped_and_exits_0(folder, tmp_path):
    out = tmp_path / "r.json"
    result = CliRunner().invoke(
        main, ["scan", str(folder), "-o", str(out), "--no-models", "--select", "OFF"]
    )
    assert result.exit_code == 0, result.output
    skipped = [line for line in result.output.splitlines() if "skipped" in line]
    assert len(skipped) == 4
    assert any("empty.txt: " in line and "is empty" in line for line in skipped)
    assert out.exists()


def test_a_folder_with_nothing_readable_is_one_line_exit_2(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["scan", str(tmp_path), "-o", str(tmp_path / "r.json")])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "no export could be read" in result.output


def test_an_export_named_directly_still_stops_the_scan(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    with pytest.raises(InputError, match="is empty"):
        scan([bad], CONFIG)


def test_a_folder_without_exports_is_refused(tmp_path):
    (tmp_path / "notes.md").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="holds no .txt or .zip export"):
        collect_exports([tmp_path])


def test_links_to_folders_are_not_followed(tmp_path):
    (tmp_path / "a.txt").write_text(CHAT, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path)
    assert [p.name for p in collect_exports([tmp_path]).exports] == ["a.txt"]


def test_an_export_named_twice_is_scanned_once(folder):
    # A folder and a file in it, the folder twice, and ./a.txt: once each, not a traceback.
    inputs = collect_exports([folder, folder / "a.txt", folder, folder / "." / "a.txt"])
    names = [p.name for p in inputs.exports]
    assert names.count("a.txt") == 1 and names.count("b.txt") == 1
    result = scan(inputs, CONFIG)
    assert len(result.chats) == 2


def test_the_cli_scans_a_repeated_export_once(folder, tmp_path):
    out = tmp_path / "r.json"
    result = CliRunner().invoke(
        main,
        ["scan", str(folder / "a.txt"), str(folder), "-o", str(out), "--no-models", "-q"],
    )
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output


def test_a_link_to_a_folder_is_listed_as_not_followed(folder):
    (folder / "year2" / "loop").symlink_to(folder)
    inputs = collect_exports([folder])
    reasons = {path.rsplit("/", 1)[-1]: why for path, why in inputs.skipped}
    assert "not followed" in reasons["loop"]
    assert [p.name for p in inputs.exports].count("a.txt") == 1

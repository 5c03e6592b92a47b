"""Outputs that must never destroy anything: an output that is an input, a device, a pipe or a
symbolic link is refused even with --force; only regular files are written; `-o -` writes
JSON or CSV to standard output."""

from __future__ import annotations

import json
import os
import stat

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.core.errors import OutputError
from audit.core.output import check_writable, terminal_safe, write_atomic

CHAT = "13/01/2024, 09:00 - Amira Khan: morning all\n13/01/2024, 23:40 - Ben Carter: up late\n"
FAST = ["--no-models", "--select", "OFF", "-q"]


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def refused(result, *words):
    assert result.exit_code == 2, result.output
    assert result.output.startswith("chat-audit: error:") and result.output.count("\n") == 1
    for word in words:
        assert word in result.output


def test_scan_refuses_to_write_its_report_over_the_export(export):
    result = run("scan", export, "-o", export, "--format", "html", "--force", *FAST)
    refused(result, "is one of the inputs")
    assert export.read_text(encoding="utf-8") == CHAT


def test_scan_refuses_an_output_that_reaches_the_export_another_way(export, tmp_path):
    link = tmp_path / "report.html"
    link.symlink_to(export)
    refused(run("scan", export, "-o", link, "--force", *FAST), "inputs")
    other = tmp_path / "sub" / ".." / "chat.txt"
    (tmp_path / "sub").mkdir()
    refused(run("scan", export, "-o", other, "--format", "json", "--force", *FAST), "inputs")
    assert export.read_text(encoding="utf-8") == CHAT


def test_a_folder_scan_refuses_an_output_over_an_export_inside_it(export, tmp_path):
    refused(run("scan", tmp_path, "-o", export, "--format", "json", "--force", *FAST), "inputs")


def test_parse_refuses_to_write_over_its_export(tmp_path):
    path = tmp_path / "chat.csv"
    path.write_text(CHAT, encoding="utf-8")
    refused(run("parse", path, "-o", path, "--force"), "inputs")
    assert path.read_text(encoding="utf-8") == CHAT


def test_a_symlinked_output_is_refused_not_replaced(export, tmp_path):
    target = tmp_path / "elsewhere.json"
    target.write_text("keep", encoding="utf-8")
    link = tmp_path / "report.json"
    link.symlink_to(target)
    refused(run("scan", export, "-o", link, "--force", *FAST), "symbolic link", "-o -")
    assert link.is_symlink() and target.read_text(encoding="utf-8") == "keep"


def test_a_device_is_never_replaced(export):
    before = os.stat("/dev/null")
    refused(run("scan", export, "-o", "/dev/null", "--format", "json", "--force", *FAST), "device")
    after = os.stat("/dev/null")
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_dev_stdout_is_refused_with_a_pointer_to_dash(export):
    result = run("scan", export, "-o", "/dev/stdout", "--format", "json", "--force", *FAST)
    refused(result, "-o -")
    assert os.path.islink("/dev/stdout") or stat.S_ISCHR(os.stat("/dev/stdout").st_mode)


def test_a_fifo_is_never_replaced(export, tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    refused(run("scan", export, "-o", fifo, "--force", *FAST), "pipe")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_dash_writes_json_to_stdout(export):
    result = CliRunner().invoke(main, ["scan", str(export), "-o", "-", *FAST])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert set(document) == {"chats", "findings", "summary"}
    assert document["findings"], "the late message is an off-hours finding"


def test_dash_writes_csv_to_stdout(export):
    result = CliRunner().invoke(main, ["scan", str(export), "-o", "-", "--format", "csv", *FAST])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("chat,message_id")


def test_dash_refuses_html_and_parquet(export):
    for fmt in ("html", "parquet"):
        refused(run("scan", export, "-o", "-", "--format", fmt, *FAST), "JSON or CSV")


def test_parse_dash_writes_json_lines(export):
    result = CliRunner().invoke(main, ["parse", str(export), "-o", "-"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["author"] for r in rows] == ["Amira Khan", "Ben Carter"]


def test_a_regular_file_is_replaced_with_force_owner_only(export, tmp_path):
    out = tmp_path / "r.json"
    out.write_text("old", encoding="utf-8")
    os.chmod(out, 0o644)
    assert run("scan", export, "-o", out, "--force", *FAST).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["findings"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_write_atomic_checks_again_before_it_replaces(tmp_path):
    target = tmp_path / "out.txt"

    def write(tmp):
        tmp.write_text("new", encoding="utf-8")
        target.symlink_to(tmp_path / "victim")  # appears while the report is written

    with pytest.raises(OutputError, match="symbolic link"):
        write_atomic(target, write, force=True)
    assert target.is_symlink() and not list(tmp_path.glob(".out.txt.*"))


def test_check_writable_passes_a_new_file_and_stdout(tmp_path):
    check_writable(tmp_path / "new.html", force=False)
    check_writable("-", force=False)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b]0;title\x07Amira", "Amira"),
        ("\x1b]52;c;aGVsbG8=\x1b\\Ben", "Ben"),
        ("\x1b[2J\x1b[1;31mred\x1b[0m", "red"),
        ("\x9b2Jx\x9d0;t\x9cy", "xy"),
        ("a\x00b\x08c\x7fd", "abcd"),
        ("evil\u202eexe.txt", "evilexe.txt"),
        ("\x1bPpayload\x1b\\ok", "ok"),
    ],
)
def test_terminal_safe_strips_every_control_sequence(raw, shown):
    assert terminal_safe(raw) == shown


def test_terminal_safe_one_line_joins_lines():
    assert terminal_safe("a\nb\r\n\tc", one_line=True) == "a b c"
    assert terminal_safe("a\nb") == "a\nb"

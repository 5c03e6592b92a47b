"""What the README promises: bad usage or input gives one line on stderr and exit 2, never a
traceback or a usage screen; --fail-on says why it exits 1; nothing printed can drive the
terminal (escape sequences in names and file names are stripped)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from audit.cli import main

CHAT = (
    "13/01/2024, 09:00 - Amira Khan: morning all\n"
    "13/01/2024, 23:40 - Ben Carter: still up writing this essay\n"
    "14/01/2024, 23:55 - Ben Carter: nearly done\n"
)


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def one_error_line(result, *words):
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("chat-audit: error:")
    assert "Usage:" not in result.output and "Traceback" not in result.output
    for word in words:
        assert word in lines[0]
    return lines[0]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["scan", "x.txt", "--bogus"], ["No such option", "--bogus", "chat-audit scan --help"]),
        (["scan"], ["Missing argument", "EXPORTS"]),
        (["scan", "x.txt", "--fail-on", "urgent"], ["--fail-on", "urgent"]),
        (["scan", "x.txt", "--batch-size", "0"], ["--batch-size"]),
        (["frobnicate"], ["No such command"]),
        (["parse", "x.txt", "--date-order", "dym"], ["--date-order"]),
    ],
)
def test_click_usage_errors_are_one_line(args, words):
    one_error_line(run(*args), *words)


def test_the_real_command_prints_one_line_too(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "audit", "scan", "--bogus"], capture_output=True, text=True
    )
    assert out.returncode == 2
    assert out.stdout == ""
    assert out.stderr.count("\n") == 1 and out.stderr.startswith("chat-audit: error:")


def test_help_and_version_still_exit_0():
    assert run("--help").exit_code == 0
    assert run("--version").exit_code == 0
    assert "Usage:" in run("scan", "--help").output


def test_fail_on_says_why_it_exits_1(export, tmp_path):
    result = run("scan", export, "-o", tmp_path / "r.json", "--no-models", "--select", "OFF",
                 "--fail-on", "low", "-q")  # fmt: skip
    assert result.exit_code == 1
    assert "exit 1" in result.output and "at or above low" in result.output
    assert "--fail-on low" in result.output


def test_escape_sequences_in_names_never_reach_the_terminal(tmp_path):
    path = tmp_path / "chat.txt"
    name = "\x1b]0;owned\x07Amira \x1b[31mKhan\x9b2J\u202e"
    path.write_text(f"13/01/2024, 09:00 - {name}: hi\n14/01/2024, 10:00 - Ben: hi\n", "utf-8")
    result = run("parse", path)
    assert result.exit_code == 0, result.output
    for control in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert control not in result.output
    assert "Amira Khan" in result.output


def test_escape_sequences_in_file_names_never_reach_the_terminal(tmp_path):
    result = run("parse", tmp_path / "\x1b]52;c;aGk=\x07chat.txt")
    line = one_error_line(result, "does not exist")
    assert "\x1b" not in line and "\x07" not in line


def test_device_cuda_without_a_gpu_is_one_line(export, tmp_path):
    import torch

    if torch.cuda.is_available():
        pytest.skip("this machine has a GPU")
    result = run("scan", export, "-o", tmp_path / "r.json", "--device", "cuda")
    one_error_line(result, "--device cuda", "no CUDA GPU")
    assert not (tmp_path / "r.json").exists()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("nonsense = [", ["not valid TOML"]),
        ('guidance = "x"', ["guidance"]),
        ("[[guidance]]\nid = 3\n", ["'id'", "non-empty text"]),
        ("[[guidance]]\nid = 'g'\n", ["lacks the field"]),
        ("replace = 'yes'", ["replace"]),
        ('[[source]]\nid = "s"\ntitle = "T"\n[[guidance]]\nid = "g"\nsource = "s"\n'
         'title = ["x"]\ntext = "t"\n', ["title"]),
    ],
)  # fmt: skip
def test_an_invalid_guidance_file_is_one_line(export, tmp_path, content, words):
    guidance = tmp_path / "ours.toml"
    guidance.write_text(content, encoding="utf-8")
    result = run("scan", export, "-o", tmp_path / "r.json", "--no-models", "--guidance", guidance)
    one_error_line(result, "guidance", *words)


def test_an_unexpected_error_is_one_line_and_exit_3(export, tmp_path, monkeypatch):
    # A bug must not print a traceback either: one line saying it is chat-audit's fault.
    import audit.app

    def broken(*args, **kwargs):
        raise TypeError("something chat-audit did not expect")

    monkeypatch.setattr(audit.app, "scan", broken)
    monkeypatch.delenv("CHAT_AUDIT_DEBUG", raising=False)
    result = run("scan", export, "-o", tmp_path / "r.json", "--no-models")
    assert result.exit_code == 3, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "internal error" in lines[0] and "TypeError" in lines[0]
    assert "CHAT_AUDIT_DEBUG=1" in lines[0]


def test_the_debug_variable_shows_the_traceback(export, tmp_path, monkeypatch):
    import audit.app

    def broken(*args, **kwargs):
        raise TypeError("boom")

    monkeypatch.setattr(audit.app, "scan", broken)
    monkeypatch.setenv("CHAT_AUDIT_DEBUG", "1")
    result = run("scan", export, "-o", tmp_path / "r.json", "--no-models")
    assert isinstance(result.exception, TypeError)

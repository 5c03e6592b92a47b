"""The files named besides the export (a settings file, a guidance catalogue, a baseline) are
read only if they are regular files and small: a FIFO used to block the run forever and
/dev/zero (or a .toml linked to it) to fill the memory. Each is one line and exit 2."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.core.errors import UsageError
from audit.core.files import read_small_text

CHAT = "13/01/2024, 09:00 - Amira Khan: morning all\n13/01/2024, 23:40 - Ben Carter: up late\n"
ZERO = Path("/dev/zero")
needs_dev_zero = pytest.mark.skipif(not ZERO.exists(), reason="no /dev/zero")


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    return path


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "policy.toml"
    os.mkfifo(path)
    return path


def test_a_fifo_is_refused_without_waiting_for_a_writer(fifo):
    with pytest.raises(UsageError, match="is a pipe"):
        read_small_text(fifo, "guidance file")


@needs_dev_zero
def test_a_toml_linked_to_dev_zero_is_refused_as_the_device_it_is(tmp_path):
    link = tmp_path / "chat-audit.toml"
    link.symlink_to(ZERO)
    with pytest.raises(UsageError, match="is a device"):
        read_small_text(link, "config file")


def test_a_file_over_the_cap_is_refused_after_reading_no_more_than_the_cap(tmp_path):
    big = tmp_path / "baseline.json"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(UsageError, match="larger than"):
        read_small_text(big, "baseline", cap=1024)
    assert read_small_text(big, "baseline", cap=4096) == "x" * 2048


def test_text_that_is_not_utf8_is_one_clear_error(tmp_path):
    path = tmp_path / "policy.toml"
    path.write_bytes(b"\xff\xfe title")
    with pytest.raises(UsageError, match="not UTF-8"):
        read_small_text(path, "guidance file")


def one_line(result, *words):
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("chat-audit: error:"), result.output
    for word in words:
        assert word in lines[0]


@needs_dev_zero
@pytest.mark.parametrize(
    ("flag", "what"),
    [("--guidance", "guidance file"), ("--config", "config file"), ("--baseline", "baseline")],
)
def test_scan_refuses_dev_zero_as_any_settings_file(export, tmp_path, flag, what):
    out = tmp_path / "r.json"
    result = CliRunner().invoke(
        main, ["scan", str(export), "-o", str(out), "--no-models", flag, str(ZERO)]
    )
    one_line(result, what, "/dev/zero", "device")
    assert not out.exists()


def test_scan_refuses_a_fifo_guidance_file(export, tmp_path, fifo):
    result = CliRunner().invoke(
        main, ["scan", str(export), "-o", str(tmp_path / "r.json"), "--guidance", str(fifo)]
    )
    one_line(result, "guidance file", "pipe")


@needs_dev_zero
def test_rules_refuses_dev_zero_as_guidance():
    one_line(CliRunner().invoke(main, ["rules", "--guidance", str(ZERO)]), "device")

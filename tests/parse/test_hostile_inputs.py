"""Inputs that must not eat the machine or refuse a whole export for one bad byte: only
regular files are read, never more than the cap; undecodable bytes are replaced and counted;
a forced date order that makes dates impossible stops with one line; the parse summary reads
plainly; messages longer than WhatsApp allows are noted."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.core.errors import InputError
from audit.parse import sources
from audit.parse.long_messages import MAX_MESSAGE_CHARS
from audit.parse.parsing import describe, parse_export, parse_text
from audit.parse.sources import read_export

CHAT = "13/01/2024, 09:00 - Amira: morning\n14/01/2024, 10:00 - Ben: hi\n"


def _in_child(code: str, timeout: int = 60) -> subprocess.CompletedProcess:
    """Run `code` in a child with a 1 GiB address-space limit and a timeout, so a regression
    (reading /dev/zero, blocking on a FIFO) fails the test instead of the machine."""
    prelude = "import resource; resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))\n"
    return subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_a_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "chat.txt"
    os.mkfifo(fifo)
    out = _in_child(
        f"""
        from audit.core.errors import InputError
        from audit.parse.parsing import parse_export
        try:
            parse_export({str(fifo)!r})
        except InputError as exc:
            print(exc.one_line())
        """,
        timeout=30,
    )
    assert "is a pipe (FIFO), not a file" in out.stdout, out.stderr


def test_a_link_to_dev_zero_is_refused_as_a_device(tmp_path):
    link = tmp_path / "chat.txt"
    link.symlink_to("/dev/zero")
    out = _in_child(
        f"""
        from click.testing import CliRunner
        from audit.cli import main
        result = CliRunner().invoke(main, ["parse", {str(link)!r}])
        print(result.exit_code, result.output)
        """
    )
    assert out.stdout.startswith("2 chat-audit: error:"), out.stdout + out.stderr
    assert "is a device, not a file" in out.stdout


def test_a_dangling_link_says_where_it_points(tmp_path):
    link = tmp_path / "chat.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="is a link to .*gone.txt, which does not exist"):
        read_export(link)


def test_a_file_over_the_cap_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(sources, "MAX_CHAT_BYTES", 64)
    path = tmp_path / "chat.txt"
    path.write_text(CHAT * 10, encoding="utf-8")
    with pytest.raises(InputError, match="MiB a chat export can be"):
        read_export(path)


def test_a_file_that_reports_no_size_is_still_capped(monkeypatch):
    monkeypatch.setattr(sources, "MAX_CHAT_BYTES", 100)
    with open("/proc/self/status", "rb") as handle:  # st_size 0, a few kB of content
        with pytest.raises(InputError, match="a chat export can be"):
            sources._read_capped(handle, "/proc/self/status", 0)


def test_one_stray_byte_and_a_cut_emoji_cost_two_characters_not_the_export(tmp_path):
    path = tmp_path / "chat.txt"
    emoji = "😂".encode()
    path.write_bytes(
        b"13/01/2024, 09:00 - Amira: caf\xe9 later\n"
        b"13/01/2024, 09:05 - Ben: fine\n"
        b"13/01/2024, 09:06 - Ben: see you " + emoji[:2]
    )
    parsed = parse_export(path)
    texts = parsed.messages["text"].tolist()
    assert texts == ["caf\ufffd later", "fine", "see you \ufffd"]
    assert any(note.startswith("2 line(s) held bytes that are not valid") for note in parsed.notes)


def test_the_cli_parses_an_export_with_a_bad_byte_and_says_so(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(b"13/01/2024, 09:00 - A: caf\xe9\n")
    result = CliRunner().invoke(main, ["parse", str(path)])
    assert result.exit_code == 0, result.output
    assert "1 line(s) held bytes that are not valid text" in result.output
    assert "iconv" not in result.output


def test_utf16_with_an_unpaired_surrogate_is_repaired_and_counted(tmp_path):
    path = tmp_path / "chat.txt"
    raw = "\ufeff" + CHAT
    data = raw.encode("utf-16-le")
    # An unpaired high surrogate (D83D) where the second message's text starts.
    at = data.index("hi".encode("utf-16-le"))
    path.write_bytes(data[:at] + b"\x3d\xd8" + data[at:])
    source = read_export(path)
    assert source.encoding == "utf-16-le"
    assert source.replaced_lines == 1
    assert source.data.decode("utf-8").splitlines()[1].endswith("\ufffdhi")


def test_a_forced_date_order_that_makes_dates_impossible_is_one_line(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", str(path), "--date-order", "mdy"])
    assert result.exit_code == 2
    line = result.output.strip()
    assert "\n" not in line and line.startswith("chat-audit: error:")
    assert "--date-order MDY makes 2 date(s)" in line and "reads as DMY" in line


def test_a_forced_order_the_dates_allow_is_used(tmp_path):
    parsed = parse_text("03/06/2018, 13:55 - a: m", date_order="MDY")
    assert str(parsed.messages["timestamp"].iloc[0]) == "2018-03-06 13:55:00"


@pytest.mark.parametrize(
    "chat",
    [
        "13/01/2024, 09:00 - A: x",  # decided by the values
        "\n".join(f"{d}/3/2024, 09:00 - A: x" for d in range(1, 11)),  # how dates advance
        "3/6/18, 1:55 PM - a: m",  # ambiguous
    ],
)
def test_the_date_order_line_has_no_nested_parentheses(chat):
    line = next(
        row for row in describe(parse_text(chat)).splitlines() if row.startswith("date order")
    )
    depth = deepest = 0
    for char in line:
        depth += {"(": 1, ")": -1}.get(char, 0)
        deepest = max(deepest, depth)
    assert deepest <= 1, line


def test_a_message_longer_than_whatsapp_allows_is_noted():
    body = "word " * (MAX_MESSAGE_CHARS // 5 + 10)
    parsed = parse_text(f"13/01/2024, 09:00 - A: {body}\n13/01/2024, 09:01 - B: ok")
    assert len(parsed.messages["text"].iloc[0]) > MAX_MESSAGE_CHARS  # kept whole
    assert any("longer than WhatsApp allows" in note for note in parsed.notes)


def test_a_scan_says_on_stderr_how_many_lines_held_bad_bytes(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(b"13/01/2024, 09:00 - Amira: caf\xe9 later\n13/01/2024, 09:05 - Ben: fine\n")
    out = tmp_path / "report.json"
    result = CliRunner().invoke(main, ["scan", str(path), "-o", str(out), "--no-models"])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stderr.splitlines() if "not valid text" in line]
    assert len(notes) == 1
    assert "1 line(s) held bytes" in notes[0]
    assert str(path) in notes[0]
    quiet = CliRunner().invoke(
        main, ["scan", str(path), "-o", str(out), "--no-models", "--force", "-q"]
    )
    assert quiet.exit_code == 0
    assert "not valid text" not in quiet.stderr

"""`chat-audit parse`: summary, the three output formats, and one-line errors."""

from __future__ import annotations

import json
import stat

import pandas as pd
import pytest
from click.testing import CliRunner

from audit.cli import main

CHAT = (
    "13/01/2024, 09:00 - Messages and calls are end-to-end encrypted.\n"
    "13/01/2024, 09:01 - Amira: morning: all\n"
    "second line\n"
    "14/01/2024, 22:30 - \u202a+44 7700 900123\u202c: <Media omitted>\n"
    "15/01/2024, 07:15 - Ben: see you 12/02 <This message was edited>\n"
)


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_text(CHAT, encoding="utf-8")
    return path


def _run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_parse_without_output_prints_a_summary(export):
    result = _run("parse", export)
    assert result.exit_code == 0, result.output
    assert "messages:    4 (text 2, media 1, deleted 0, system 1)" in result.output
    assert "authors:     3" in result.output
    assert "2024-01-13 09:00 to 2024-01-15 07:15" in result.output
    assert "layout:      Android, 24-hour, d/m/yyyy, HH:MM" in result.output
    assert "date order:  DMY" in result.output


@pytest.mark.parametrize("suffix", [".parquet", ".csv", ".jsonl"])
def test_parse_writes_the_messages_owner_only(export, tmp_path, suffix):
    out = tmp_path / f"messages{suffix}"
    result = _run("parse", export, "-o", out)
    assert result.exit_code == 0, result.output
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    if suffix == ".parquet":
        frame = pd.read_parquet(out)
        assert frame["text"].tolist()[1] == "morning: all\nsecond line"
        assert frame["author"].tolist()[2] == "+44 7700 900123"
    elif suffix == ".csv":
        frame = pd.read_csv(out)
        assert frame["timestamp"].tolist()[0] == "2024-01-13T09:00:00"
    else:
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert len(rows) == 4
        assert rows[0]["author"] is None and rows[0]["kind"] == "system"
        assert rows[3] == {
            "message_id": 3,
            "chat": str(export),
            "line": 5,
            "timestamp": "2024-01-15T07:15:00",
            "author": "Ben",
            "kind": "text",
            "edited": True,
            "text": "see you 12/02",
        }


def test_parse_date_order_option_overrides(export, tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("3/6/18, 1:55 PM - a: m\n", encoding="utf-8")
    result = _run("parse", one, "--date-order", "MDY")
    assert result.exit_code == 0, result.output
    assert "2018-03-06 13:55" in result.output
    assert "given by --date-order" in result.output


def test_parse_reports_an_ambiguous_order(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("3/6/18, 1:55 PM - a: m\n", encoding="utf-8")
    result = _run("parse", one)
    assert result.exit_code == 0
    assert "ambiguous" in result.output and "--date-order" in result.output


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(40), "png image"),
        (b"Dear diary,\nnothing happened.\n", "does not look like a whatsapp chat"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, content, words):
    path = tmp_path / "chat.txt"
    path.write_bytes(content)
    result = _run("parse", path)
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("chat-audit: error:")
    assert words in lines[0].lower()
    assert "Traceback" not in result.output


def test_missing_export_is_exit_2(tmp_path):
    result = _run("parse", tmp_path / "nope.zip")
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_unknown_output_extension_is_exit_2(export, tmp_path):
    result = _run("parse", export, "-o", tmp_path / "messages.xlsx")
    assert result.exit_code == 2
    assert ".parquet, .csv or .jsonl" in result.output


def test_existing_output_needs_force(export, tmp_path):
    out = tmp_path / "m.jsonl"
    out.write_text("old", encoding="utf-8")
    assert _run("parse", export, "-o", out).exit_code == 2
    assert out.read_text(encoding="utf-8") == "old"
    assert _run("parse", export, "-o", out, "--force").exit_code == 0
    assert out.read_text(encoding="utf-8").count("\n") == 4


def test_parse_does_not_import_models(export):
    import subprocess
    import sys

    code = (
        "import sys; from click.testing import CliRunner; from audit.cli import main; "
        f"r = CliRunner().invoke(main, ['parse', {str(export)!r}]); assert r.exit_code == 0; "
        "heavy = [m for m in ('torch', 'spacy', 'presidio_analyzer', 'transformers', "
        "'detoxify', 'sklearn') if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

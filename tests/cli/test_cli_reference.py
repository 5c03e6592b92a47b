"""Settings in one place: every AuditConfig setting has exactly one `scan` flag, one
settings-file key and one README line, and the README's command reference is the one the CLI
generates (regenerate with `UPDATE_README=1 .venv/bin/pytest tests/cli/test_cli_reference.py`)."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import click
import pytest

from audit.cli import README_END, README_START, main, readme_reference, scan
from audit.core.config import AuditConfig, build_config, settings

README = Path(__file__).resolve().parents[2] / "README.md"
FIELDS = [f.name for f in dataclasses.fields(AuditConfig)]


def _block(text: str) -> str:
    start = text.index(README_START)
    return text[start : text.index(README_END, start) + len(README_END)]


def test_every_setting_has_exactly_one_scan_flag():
    options = [p for p in scan.params if isinstance(p, click.Option)]
    for name in FIELDS:
        mine = [p for p in options if p.name == name]
        assert len(mine) == 1, f"{name} has {len(mine)} flags"
        declared = settings()[name].flag.split("/")
        assert [*mine[0].opts, *mine[0].secondary_opts] == declared


def test_no_two_scan_options_share_a_flag():
    flags = [o for p in scan.params for o in [*p.opts, *p.secondary_opts]]
    assert len(flags) == len(set(flags))


def test_every_setting_has_one_settings_file_key(tmp_path):
    keys = {settings()[n].key(n) for n in FIELDS}
    assert len(keys) == len(FIELDS)
    values = {
        "date-order": '"MDY"',
        "select": '["TOX"]',
        "ignore": '"OFF001,OFF002"',
        "fail-on": '"high"',
        "guidance-files": '["g.toml"]',
        "baseline": '"seen.json"',
        "quiet-hours": '"23:00-06:30"',
        "weekend-quiet": "true",
        "use-models": "false",
        "toxicity-model": '"profanity"',
        "spacy-model": '"en_core_web_sm"',
        "device": '"cpu"',
        "cache-dir": '"cache"',
        "use-cache": "false",
        "batch-size": "8",
        "progress": "false",
        "reveal": "true",
        "me": '"Priya Shah"',
        "pseudonymise": "true",
        "context": "3",
        "max-rendered": "50",
    }
    assert set(values) == keys, "a new setting needs a line here"
    path = tmp_path / "chat-audit.toml"
    path.write_text("\n".join(f"{k} = {v}" for k, v in values.items()), encoding="utf-8")
    config = build_config(path)
    changed = [n for n in FIELDS if getattr(config, n) != getattr(AuditConfig(), n)]
    assert changed == FIELDS  # every key was read into its own field
    assert config.guidance_files == (tmp_path / "g.toml",)  # relative to the file


def test_every_setting_has_one_readme_line():
    block = _block(README.read_text(encoding="utf-8"))
    for name, how in settings().items():
        rows = [line for line in block.splitlines() if line.startswith(f"| `{how.flag}` |")]
        assert len(rows) == 1, name
        assert f"`{how.key(name)}`" in rows[0]


def test_readme_mentions_the_flags_it_used_to_omit():
    block = _block(README.read_text(encoding="utf-8"))
    for flag in ("--baseline", "--update-baseline", "--date-order", "--spacy-model", "--device"):
        assert f"`{flag}" in block


def test_every_command_is_in_the_readme():
    block = _block(README.read_text(encoding="utf-8"))
    for name, command in main.commands.items():
        assert f"`chat-audit {name}" in block
        if isinstance(command, click.Group):
            for sub in command.commands:
                assert f"`chat-audit {name} {sub}" in block


def test_readme_command_reference_is_the_generated_one():
    text = README.read_text(encoding="utf-8")
    generated = readme_reference()
    if os.environ.get("UPDATE_README"):
        README.write_text(text.replace(_block(text), generated), encoding="utf-8")
        pytest.skip("README regenerated")
    assert _block(text) == generated, "run UPDATE_README=1 pytest tests/cli/test_cli_reference.py"

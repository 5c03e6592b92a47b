"""The command line as a user meets it (click's CliRunner, as sqlite-utils tests its CLI)."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from audit.cli import main
from detectors import rule_registry


def all_commands(group: click.Group, prefix=()):
    for name, command in group.commands.items():
        yield (*prefix, name)
        if isinstance(command, click.Group):
            yield from all_commands(command, (*prefix, name))


@pytest.mark.parametrize("command", list(all_commands(main)), ids=" ".join)
def test_every_command_has_help(command):
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    assert main.get_command(click.Context(main), command[0]).help


def test_rules_lists_every_rule_with_its_guidance():
    result = CliRunner().invoke(main, ["rules"])
    assert result.exit_code == 0
    for rule in rule_registry():
        assert rule.code in result.output and rule.name in result.output
    assert "HCPC" in result.output or "Students' union" in result.output


def test_rules_as_json_carries_guidance_links():
    result = CliRunner().invoke(main, ["rules", "--format", "json"])
    records = json.loads(result.output)
    assert {r["code"] for r in records} == {r.code for r in rule_registry()}
    assert all(r["guidance"] for r in records)


def test_unknown_command_is_a_usage_error():
    result = CliRunner().invoke(main, ["frobnicate"])
    assert result.exit_code == 2

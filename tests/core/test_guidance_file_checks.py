"""A guidance file with entries chat-audit does not know fails with one line naming the
unknown key or field, instead of silently dropping it (a misspelt `standrd` used to leave the
entry without its standard; an `[[entry]]` table was ignored whole)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.core.errors import UsageError
from audit.core.guidance import load_catalogue

ENTRY = """
[[guidance]]
id = "our-policy-1"
source = "hcpc-social-media"
title = "Be kind"
text = "Treat classmates with respect."
"""


def write(tmp_path, text):
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_well_formed_file_extends_the_catalogue(tmp_path):
    catalogue = load_catalogue([write(tmp_path, ENTRY)])
    assert catalogue["our-policy-1"].title == "Be kind"


def test_a_misspelt_field_is_named(tmp_path):
    path = write(tmp_path, ENTRY + 'standrd = "Policy 1"\n')
    with pytest.raises(UsageError, match="unknown field 'standrd'"):
        load_catalogue([path])


def test_an_unknown_table_is_named(tmp_path):
    path = write(tmp_path, ENTRY.replace("[[guidance]]", "[[entry]]"))
    with pytest.raises(UsageError, match="unknown key 'entry'"):
        load_catalogue([path])


def test_an_unknown_field_in_a_source_is_named(tmp_path):
    path = write(tmp_path, '[[source]]\nid = "ours"\ntitle = "Ours"\nwebsite = "x"\n')
    with pytest.raises(UsageError, match="unknown field 'website'"):
        load_catalogue([path])


def test_the_cli_says_it_in_one_line(tmp_path):
    path = write(tmp_path, ENTRY + "colour = 3\n")
    result = CliRunner().invoke(main, ["rules", "--guidance", str(path)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "unknown field 'colour'" in lines[0], result.output

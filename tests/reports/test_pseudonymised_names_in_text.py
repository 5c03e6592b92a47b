"""In a pseudonymised copy every person named in message text is replaced consistently: the
name the chat links to a member shown only by number, nicknames of members' first names, a
member's surname, and, in doubt, any other first name (as "Person A"). Titled staff names stay.
The advisor copy used to print the real first name of a number-only member."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from click.testing import CliRunner

from audit.cli import main
from audit.parse.parsing import parse_text
from reports.privacy import Pseudonymiser

CHAT = (
    "13/01/2024, 09:00 - Amira Khan: morning all\n"
    "13/01/2024, 09:01 - +44 7700 900123: hi everyone, it's Zara btw, new number\n"
    "13/01/2024, 09:02 - Ben Carter: Zara please delete that photo, you idiot\n"
    "13/01/2024, 09:03 - +44 7700 900123: ok done\n"
    "13/01/2024, 09:04 - Amira Khan: Benny stop it, and Yasmin says hi\n"
    "13/01/2024, 09:05 - Ben Carter: zara you are so stupid\n"
    "13/01/2024, 09:06 - Amira Khan: Dr Okafor moved the seminar, ask Carter if unsure\n"
)


@pytest.fixture
def messages() -> pd.DataFrame:
    return parse_text(CHAT, chat="chat.txt").messages


def test_a_number_only_members_real_name_is_replaced_in_text(messages):
    authors = messages["author"].dropna().tolist()
    pseudo = Pseudonymiser(authors, everyone=True, messages=messages)
    number = pseudo.author("+44 7700 900123")
    assert pseudo.text("Zara please delete that photo") == f"{number} please delete that photo"
    assert pseudo.text("zara you are so stupid") == f"{number} you are so stupid"


def test_nicknames_surnames_and_other_first_names_are_replaced(messages):
    authors = messages["author"].dropna().tolist()
    pseudo = Pseudonymiser(authors, everyone=True, messages=messages)
    ben = pseudo.author("Ben Carter")
    shown = pseudo.text("Benny stop it, and Yasmin says hi; ask Carter")
    assert shown == f"{ben} stop it, and Person A says hi; ask {ben}"
    # the same outsider is the same Person in every message
    assert pseudo.text("Yasmin again") == "Person A again"


def test_titled_staff_names_stay_as_written(messages):
    authors = messages["author"].dropna().tolist()
    pseudo = Pseudonymiser(authors, everyone=True, messages=messages)
    assert pseudo.text("Dr Okafor moved the seminar") == "Dr Okafor moved the seminar"


def test_without_pseudonyms_nothing_is_replaced(messages):
    authors = messages["author"].dropna().tolist()
    pseudo = Pseudonymiser(authors, messages=messages)
    assert pseudo.text("Zara and Yasmin") == "Zara and Yasmin"


@pytest.mark.parametrize("fmt", ["json", "html", "csv"])
def test_the_advisor_copy_names_no_one(tmp_path, fmt):
    export = tmp_path / "chat.txt"
    export.write_text(CHAT, encoding="utf-8")
    out = tmp_path / f"advisor.{fmt}"
    result = CliRunner().invoke(
        main, ["scan", str(export), "--pseudonymise", "--no-models", "-q", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        assert json.loads(text)["findings"], "the chat should have findings to show"
    for name in ("Zara", "zara", "Benny", "Yasmin", "Amira", "Carter", "7700"):
        assert name not in text, name

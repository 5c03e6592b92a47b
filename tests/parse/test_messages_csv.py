"""`chat-audit parse -o messages.csv` is a CSV a spreadsheet opens too: a message or a name
that starts like a formula gets a leading apostrophe (OWASP's CSV injection advice), as the
CSV reports do. Other cells are written as they are."""

from __future__ import annotations

import pandas as pd
from click.testing import CliRunner

from audit.cli import main

CHAT = (
    '13/01/2024, 09:00 - Amira Khan: =HYPERLINK("http://example.invalid","notes")\n'
    "13/01/2024, 09:01 - +44 7700 900123: @everyone shift swap?\n"
    "13/01/2024, 09:02 - Ben Carter: -5 degrees out there\n"
    "13/01/2024, 09:03 - Ben Carter: plain text stays plain\n"
)


def test_formula_cells_are_neutralised_in_the_messages_csv(tmp_path):
    export = tmp_path / "chat.txt"
    export.write_text(CHAT, encoding="utf-8")
    out = tmp_path / "messages.csv"
    result = CliRunner().invoke(main, ["parse", str(export), "-o", str(out)])
    assert result.exit_code == 0, result.output
    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert frame["text"].tolist() == [
        '\'=HYPERLINK("http://example.invalid","notes")',
        "'@everyone shift swap?",
        "'-5 degrees out there",
        "plain text stays plain",
    ]
    assert frame["author"].tolist()[1] == "'+44 7700 900123"
    assert frame["author"].tolist()[0] == "Amira Khan"


def test_the_parquet_and_jsonl_tables_keep_the_text_exactly(tmp_path):
    export = tmp_path / "chat.txt"
    export.write_text(CHAT, encoding="utf-8")
    out = tmp_path / "messages.parquet"
    assert CliRunner().invoke(main, ["parse", str(export), "-o", str(out)]).exit_code == 0
    assert pd.read_parquet(out)["text"].tolist()[2] == "-5 degrees out there"

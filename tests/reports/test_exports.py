"""The machine-readable exports: CSV cells cannot become spreadsheet formulas."""

from __future__ import annotations

import csv

import pandas as pd

from report_scans import CHAT, make_scan
from reports.exports import neutralise_cell, write_report

FORMULAS = ['=HYPERLINK("http://x","click")', "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


def test_formula_like_cells_get_a_leading_apostrophe():
    for value in FORMULAS:
        assert neutralise_cell(value) == "'" + value
    for value in ("hello", "1-2", "", "'already", 3.5, None):
        assert neutralise_cell(value) == value


def test_csv_export_neutralises_message_text_and_names(tmp_path):
    rows = list(CHAT) + [(1000 + i, "=cmd|' /C calc'!A0", text) for i, text in enumerate(FORMULAS)]
    result = make_scan(rows)  # the late messages are quiet-hours findings
    target = tmp_path / "r.csv"
    write_report(result, target, "csv")
    with target.open(encoding="utf-8", newline="") as handle:
        records = list(csv.DictReader(handle))
    texts = {r["text"] for r in records}
    for value in FORMULAS:
        assert "'" + value in texts, value
    assert all(not r["author"].startswith(("=", "+", "-", "@")) for r in records)
    assert "'=cmd|' /C calc'!A0" in {r["author"] for r in records}
    frame = pd.read_csv(target)  # numbers stay numbers
    assert pd.api.types.is_numeric_dtype(frame["score"])

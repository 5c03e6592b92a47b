"""The conformance corpus (exports from other parsers' fixtures with the facts each must
yield), checked in place when the folder exists; one test case per export."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "conformance" / "whatsapp"

_spec = importlib.util.spec_from_file_location("conformance", ROOT / "scripts" / "conformance.py")
conformance = importlib.util.module_from_spec(_spec)
sys.modules["conformance"] = conformance  # dataclasses look their module up
_spec.loader.exec_module(conformance)

EXPORTS = conformance.exports_in(CORPUS) if CORPUS.is_dir() else []


@pytest.mark.skipif(not EXPORTS, reason=f"conformance corpus not found at {CORPUS}")
@pytest.mark.parametrize("export", EXPORTS, ids=[p.name for p in EXPORTS])
def test_export_yields_its_expected_facts(export):
    result = conformance.check_file(export)
    if not result.native and not result.passed:
        pytest.xfail("a layout WhatsApp itself does not write: " + "; ".join(result.problems))
    assert result.passed, "; ".join(result.problems)


def test_checker_reports_differences_and_exit_code(tmp_path, capsys):
    (tmp_path / "a.txt").write_text("13/01/2024, 09:00 - Amira: hi\n", encoding="utf-8")
    (tmp_path / "a.expected.json").write_text(
        '{"messages": 1, "system_messages": 0, "authors": ["Amira"], "date_order": "DMY"}',
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text("13/01/2024, 09:00 - Ben: hi\n", encoding="utf-8")
    (tmp_path / "b.expected.json").write_text('{"authors": ["Amira"]}', encoding="utf-8")
    assert conformance.main([str(tmp_path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "PASS  a.txt"
    assert out[1].startswith("FAIL  b.txt: authors: extra ['Ben'], missing ['Amira']")
    assert out[-1] == "1 passed, 1 failed"


def test_checker_tolerates_failures_of_non_native_layouts(tmp_path, capsys):
    (tmp_path / "odd.txt").write_text("10:35 PM, 07 20 - Jo: hi\n", encoding="utf-8")
    (tmp_path / "odd.expected.json").write_text(
        '{"messages": 1, "native_whatsapp": false}', encoding="utf-8"
    )
    assert conformance.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("FAIL (non-native, tolerated)  odd.txt")
    assert out[-2].startswith("1 non-native file(s) not read: tolerated")
    assert out[-1] == "0 passed, 0 failed"

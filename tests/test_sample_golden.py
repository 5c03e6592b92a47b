"""The bundled sample chats give exactly the findings we expect (a sorted golden file of
chat, line, rule and severity; no text). After a deliberate detector change, regenerate it
with `UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_sample_golden.py` and review the diff."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from audit.app import scan
from audit.core.config import AuditConfig

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_exports"
GOLDEN = Path(__file__).with_name("golden") / "sample_findings.json"


@pytest.fixture(scope="module")
def sample_findings() -> list[list]:
    # The exports themselves, not sample_exports/source/ (the text the .zip is built from),
    # which a folder scan would also read now that it takes in sub-folders.
    exports = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".zip"))
    result = scan(exports, AuditConfig(progress=False))
    rows = result.findings.assign(chat=result.findings["chat"].map(lambda c: Path(c).name))
    return sorted(
        [c, int(line), rule, str(sev)]
        for c, line, rule, sev in zip(
            rows["chat"], rows["line"], rows["rule"], rows["severity"], strict=True
        )
    )


def test_sample_exports_give_the_golden_findings(sample_findings):
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        lines = ",\n".join(json.dumps(row) for row in sample_findings)  # one finding a line
        GOLDEN.write_text(f"[\n{lines}\n]\n", encoding="utf-8")
    assert sample_findings == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_every_sample_chat_has_findings_of_every_detector(sample_findings):
    rules_by_chat: dict[str, set[str]] = {}
    for chat, _, rule, _ in sample_findings:
        rules_by_chat.setdefault(chat, set()).add(rule[:3])
    assert set(rules_by_chat) == {
        "nursing_cohort_android.txt",
        "social_work_cohort_ios.zip",
        "teaching_cohort_android_12h.txt",
    }
    for chat, prefixes in rules_by_chat.items():
        assert {"CON", "TOX", "BUL", "OFF"} <= prefixes, (chat, prefixes)

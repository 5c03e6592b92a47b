"""Baselines let a group admin's re-run show only what is new, storing no message text."""

from __future__ import annotations

import json

import pytest

from audit.core.baseline import mark_new, read_baseline, write_baseline
from audit.core.config import AuditConfig
from audit.core.errors import UsageError
from detectors import off_hours
from frames import make_messages


def late_findings(texts):
    frame = make_messages([(60 * 14 + i, "Sam Idowu", t) for i, t in enumerate(texts)])
    return off_hours.detect(frame, AuditConfig(use_models=False))


def test_second_run_marks_only_unseen_findings_new(tmp_path):
    path = tmp_path / "baseline.json"
    first = late_findings(["can't sleep", "still awake"])
    assert mark_new(first, read_baseline(path))["new"].all()  # no baseline yet: all new
    write_baseline(path, first, read_baseline(path))
    second = late_findings(["can't sleep", "still awake", "3am again"])
    assert mark_new(second, read_baseline(path))["new"].tolist() == [False, False, True]


def test_baseline_holds_fingerprints_and_rule_codes_but_no_text_or_names(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(path, late_findings(["Mr Okafor in bed 4"]), {})
    content = path.read_text()
    assert "Okafor" not in content and "Sam" not in content
    entry = next(iter(json.loads(content)["findings"].values()))
    assert set(entry) == {"rule", "first_seen"} and entry["rule"] == "OFF001"
    assert oct(path.stat().st_mode & 0o777) == "0o600"


def test_updating_keeps_first_seen_dates(tmp_path):
    path = tmp_path / "baseline.json"
    findings = late_findings(["a"])
    write_baseline(
        path, findings, {findings["fingerprint"][0]: {"rule": "OFF001", "first_seen": "2025-01-01"}}
    )
    assert next(iter(read_baseline(path).values()))["first_seen"] == "2025-01-01"


@pytest.mark.parametrize("content", ["{not json", '{"something": "else"}', "[]"])
def test_a_file_that_is_not_a_baseline_is_a_usage_error(tmp_path, content):
    path = tmp_path / "baseline.json"
    path.write_text(content)
    with pytest.raises(UsageError):
        read_baseline(path)

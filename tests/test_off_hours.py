from __future__ import annotations

from datetime import datetime

import pytest

from audit.core.config import AuditConfig, QuietHours
from detectors import off_hours
from frames import make_messages

DEFAULT = AuditConfig(use_models=False)


def at(hour: int, minute: int = 0, day: int = 3) -> datetime:
    return datetime(2025, 3, day, hour, minute)  # 3 March 2025 is a Monday


@pytest.mark.parametrize("hour, minute", [(22, 0), (23, 59), (0, 0), (2, 14), (6, 59)])
def test_late_message_is_flagged_off_hours(hour, minute):
    findings = off_hours.detect(make_messages([(at(hour, minute), "Sam", "still up")]), DEFAULT)
    assert findings["rule"].tolist() == ["OFF001"]
    assert findings["severity"].tolist() == ["low"]
    assert f"{hour:02d}:{minute:02d}" in findings["explanation"][0]


@pytest.mark.parametrize("hour, minute", [(7, 0), (12, 30), (21, 59)])
def test_daytime_message_is_not_flagged(hour, minute):
    findings = off_hours.detect(make_messages([(at(hour, minute), "Sam", "hi")]), DEFAULT)
    assert findings.empty


def test_system_messages_are_never_off_hours():
    frame = make_messages([(at(23), None, "Sam added Jess"), (at(23, 5), "Sam", "", "media")])
    assert off_hours.detect(frame, DEFAULT)["message_id"].tolist() == [1]


def test_custom_quiet_hours_that_do_not_wrap_midnight():
    config = DEFAULT.replace(quiet_hours=QuietHours.parse("01:00-05:30"))
    frame = make_messages(
        [(at(0, 30), "A", "x"), (at(1), "A", "x"), (at(5, 29), "A", "x"), (at(5, 30), "A", "x")]
    )
    assert off_hours.detect(frame, config)["message_id"].tolist() == [1, 2]


def test_weekend_rule_is_off_by_default_and_flags_weekends_when_on():
    frame = make_messages([(at(11, day=8), "A", "Saturday"), (at(11, day=10), "A", "Monday")])
    assert off_hours.detect(frame, DEFAULT).empty
    findings = off_hours.detect(frame, DEFAULT.replace(weekend_quiet=True))
    assert findings["rule"].tolist() == ["OFF002"]
    assert "Saturday" in findings["explanation"][0]


def test_summary_counts_share_and_latest_hour_per_member():
    frame = make_messages(
        [
            (at(23, 10), "Sam", "a"),
            (at(2, 40, day=4), "Sam", "b"),
            (at(13), "Sam", "c"),
            (at(12), "Jess", "d"),
            (at(22, 30), "Jess", "e"),
        ]
    )
    summary = off_hours.summarize(frame, off_hours.detect(frame, DEFAULT), DEFAULT)
    assert summary["quiet_hours"] == "22:00-07:00"
    assert summary["by_author"]["Sam"] == {
        "quiet_messages": 2,
        "messages": 3,
        "share": 0.667,
        "latest": "02:40",
    }
    assert summary["by_author"]["Jess"]["latest"] == "22:30"
    assert list(summary["by_author"]) == ["Sam", "Jess"]


@pytest.mark.parametrize("value", ["22-07", "25:00-07:00", "22:00-22:00", "", "late"])
def test_malformed_quiet_hours_are_a_usage_error(value):
    from audit.core.errors import UsageError

    with pytest.raises(UsageError):
        QuietHours.parse(value)

from __future__ import annotations

from datetime import time

import pytest

from audit.core.config import AuditConfig, QuietHours, build_config
from audit.core.errors import UsageError


def test_defaults_then_file_then_flags(tmp_path):
    settings = tmp_path / "chat-audit.toml"
    settings.write_text('quiet-hours = "23:00-06:30"\nselect = ["TOX", "BUL"]\nreveal = true\n')
    config = build_config(settings, select=("CONF",), reveal=None, ignore=())
    assert config.quiet_hours == QuietHours(time(23, 0), time(6, 30))
    assert config.select == ("CONF",)  # a flag beats the file
    assert config.reveal is True  # a flag that was not given leaves the file's value
    assert build_config().quiet_hours == QuietHours()


def test_config_is_frozen():
    with pytest.raises(AttributeError):
        AuditConfig().reveal = True  # type: ignore[misc]


def test_config_file_may_use_a_chat_audit_table(tmp_path):
    settings = tmp_path / "pyproject-like.toml"
    settings.write_text("[chat-audit]\nweekend-quiet = true\n")
    assert build_config(settings).weekend_quiet is True


@pytest.mark.parametrize(
    "content, message",
    [
        ("quiet-hours = 5", "quiet-hours in .* must be text"),
        ("quiet-hours = '25:00-06:00'", "are not clock times"),
        ("colour = 'red'", "unknown setting"),
        ("x = [", "not valid TOML"),
        ("fail-on = 'urgent'", "must be one of low, medium, high"),
        ("fail_on = 'high'", "did you mean 'fail-on'"),
        ("batch-size = 0", "batch-size in .* must be a whole number of at least 1"),
        ("reveal = 'yes'", "must be true or false"),
    ],
)
def test_bad_config_file_is_a_usage_error(tmp_path, content, message):
    settings = tmp_path / "c.toml"
    settings.write_text(content)
    with pytest.raises(UsageError, match=message):
        build_config(settings)


def test_missing_config_file_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="cannot read config file"):
        build_config(tmp_path / "nope.toml")

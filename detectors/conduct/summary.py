"""The conduct part of the report's summary: findings by rule, and the off-topic estimate for
admins (topics.py) as data and as plain report lines (`report`, shown in the overview's
details under the check's name). Built from columns, never from explanation text."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from audit.core.config import AuditConfig
from detectors.conduct.topics import (
    COURSE_TOPIC,
    OTHER_TOPIC,
    RELIABILITY,
    UNCLEAR,
    monthly_shares,
)

METHOD = (
    "Off-topic estimate: a message counts as course talk when it mentions study, teaching, "
    "placement, the subject or professional practice, and as another topic when it mentions "
    "television, sport, nights out, food or holidays; other messages take the topic of the "
    "conversation they are part of, and media are left out."
)


def _reliability() -> str:
    if not RELIABILITY["messages"]:
        return "It has not been checked against hand labels: read it as a rough guide."
    return (
        f"Checked against {RELIABILITY['messages']} hand-labelled messages in two sample chats, "
        f"it agreed on {RELIABILITY['agreement']:.0%} of them, and each month's course share "
        f"was within {RELIABILITY['month_error_points']:.0f} percentage points (it tends to "
        "undercount course talk): read the shares as estimates, not counts."
    )


def _unclear(n: int) -> str:
    return f"{n:,} short " + ("reply or media message" if n == 1 else "replies or media messages")


def _month(month: str) -> str:
    return pd.Timestamp(f"{month}-01").strftime("%B %Y")


def report_lines(shares: dict[str, dict[str, dict[str, int]]]) -> list[str]:
    lines = []
    several = len(shares) > 1
    for chat, months in shares.items():
        for month, counts in months.items():
            scored = counts[COURSE_TOPIC] + counts[OTHER_TOPIC]
            if not scored:
                continue
            course = counts[COURSE_TOPIC] / scored
            where = f"{Path(chat).name}, " if several else ""
            lines.append(
                f"{where}{_month(month)}: about {course:.0%} of messages on course matters, "
                f"{1 - course:.0%} on other topics ({scored:,} messages"
                + (f"; {_unclear(counts[UNCLEAR])} not counted" if counts[UNCLEAR] else "")
                + ")."
            )  # fmt: skip
    if lines:
        lines += [METHOD, _reliability()]
    return lines


def summarize(messages: pd.DataFrame, findings: pd.DataFrame, config: AuditConfig) -> dict:  # noqa: ARG001
    shares = monthly_shares(messages)
    by_rule = (
        {str(k): int(v) for k, v in findings["rule"].value_counts().sort_index().items()}
        if len(findings)
        else {}
    )
    return {
        "by_rule": by_rule,
        "topics": {Path(chat).name: months for chat, months in shares.items()},
        "topic_method": METHOD,
        "topic_reliability": dict(RELIABILITY),
        "report": report_lines(shares),
    }

"""The admins' off-topic estimate: how it counts messages, how it reads in the report, and a
check that the reliability the report quotes (topics.RELIABILITY) still holds on the
hand-labelled chats."""

from __future__ import annotations

import csv
from datetime import datetime
from pathlib import Path

import pytest

from audit.core.config import AuditConfig
from audit.core.people import authored
from audit.parse.parsing import parse_export
from detectors import conduct
from detectors.conduct.topics import RELIABILITY, message_topics, monthly_shares
from frames import make_messages

ROOT = Path(__file__).resolve().parents[3]
DATA = Path(__file__).with_name("data")
LABELLED = ("conduct_labelled", "conduct_mixed_cohort")


def test_course_words_other_topics_and_replies_are_counted():
    messages = make_messages(
        [
            (0, "Megan Cole", "is the lecture on Friday recorded?"),
            (1, "Tom Reed", "yes I think so"),
            (120, "Jess Lowe", "anyone watching the match tonight"),
            (121, "Tom Reed", "obviously"),
            (300, "Sam Idowu", "ok"),
            (301, "Sam Idowu", "", "media"),
        ]
    )
    rows = messages[authored(messages)].sort_values("message_id")
    assert list(message_topics(rows)) == [
        "course",
        "course",
        "other",
        "other",
        "unclear",
        "unclear",
    ]


def test_shares_are_counted_per_chat_and_month():
    messages = make_messages(
        [
            (datetime(2025, 1, 10, 9), "Megan Cole", "when is the essay deadline?"),
            (datetime(2025, 1, 10, 20), "Tom Reed", "going to the gym then the pub later"),
            (datetime(2025, 2, 3, 9), "Megan Cole", "who is on placement this week?"),
        ]
    )
    assert monthly_shares(messages) == {
        "test.txt": {
            "2025-01": {"course": 1, "other": 1, "unclear": 0},
            "2025-02": {"course": 1, "other": 0, "unclear": 0},
        }
    }


def test_the_summary_gives_the_report_plain_lines_with_method_and_reliability():
    messages = make_messages(
        [
            (datetime(2025, 3, 3, 9), "Megan Cole", "is the sim session in the skills lab?"),
            (datetime(2025, 3, 3, 10), "Tom Reed", "anyone watching the match tonight"),
        ]
    )
    summary = conduct.summarize(messages, conduct.detect(messages, AuditConfig()), AuditConfig())
    lines = summary["report"]
    assert lines[0].startswith("March 2025: about 50% of messages on course matters")
    assert any("estimate" in line for line in lines[1:])
    assert summary["topics"] == {"test.txt": {"2025-03": {"course": 1, "other": 1, "unclear": 0}}}
    assert summary["by_rule"] == {}


def _agreement() -> tuple[float, float, int]:
    agree = total = 0
    worst = 0.0
    for name in LABELLED:
        parsed = parse_export(ROOT / "evaluation" / "dev" / f"{name}.txt")
        rows = parsed.messages[authored(parsed.messages)].sort_values("message_id")
        estimate = dict(zip(rows["line"].astype(int), message_topics(rows), strict=True))
        month = dict(
            zip(rows["line"].astype(int), rows["timestamp"].dt.strftime("%Y-%m"), strict=True)
        )
        with (DATA / f"{name}.topics.csv").open(encoding="utf-8") as handle:
            hand = {int(r["line"]): r["topic"] for r in csv.DictReader(handle)}
        per_month: dict[str, list[int]] = {}
        for line, label in hand.items():
            guess = estimate[line]
            if label == guess == "unclear":
                continue
            total += 1
            agree += label == guess
            counts = per_month.setdefault(month[line], [0, 0, 0, 0])
            if label != "unclear":
                counts[0] += label == "course"
                counts[1] += 1
            if guess != "unclear":
                counts[2] += guess == "course"
                counts[3] += 1
        for hand_course, hand_n, est_course, est_n in per_month.values():
            worst = max(worst, abs(hand_course / hand_n - est_course / est_n) * 100)
    return agree / total, worst, total


@pytest.mark.skipif(
    not (ROOT / "evaluation" / "dev").is_dir(), reason="the labelled dev chats are not here"
)
def test_the_reliability_the_report_quotes_still_holds():
    agreement, worst_month, messages = _agreement()
    assert messages == RELIABILITY["messages"]
    assert agreement >= RELIABILITY["agreement"]
    assert worst_month <= RELIABILITY["month_error_points"]

"""Off-hours: messages sent in quiet hours (default 22:00-07:00, the export's local time).

The students' union's group rules ask members to "avoid messaging late at night or very early
in the morning". One late message is minor (low); a habit matters more, so `summarize` reports,
per member, how many of their messages fall in quiet hours, their share, and the latest hour
seen. Only messages people wrote count: system notices are never off-hours."""

from __future__ import annotations

import numpy as np
import pandas as pd

from audit.core.config import AuditConfig
from audit.core.people import authored
from audit.core.rules import Rule
from audit.core.schema import empty_findings
from detectors.base import whole_message_findings

NAME = "off_hours"
SCORERS: tuple[str, ...] = ()

LATE_MESSAGE = Rule(
    code="OFF001",
    name="message-in-quiet-hours",
    severity="low",
    summary="A message sent late at night or very early in the morning.",
    why=(
        "Group rules written by students' unions ask members to avoid messaging late at night "
        "or very early in the morning: notifications wake people, and late-night messages are "
        "more often written in frustration. A single message is minor; a regular pattern is "
        "worth reflecting on."
    ),
    guidance=("su-rule-late", "su-be-mindful"),
    example="[02:14] Sam: can't sleep, still raging about that placement feedback",
)
WEEKEND_MESSAGE = Rule(
    code="OFF002",
    name="message-at-weekend",
    severity="low",
    summary="A message sent at the weekend, when the group agreed weekends are quiet.",
    why=(
        "Some cohorts agree that weekends are quiet time for the group. This rule is off unless "
        "the weekend rule is switched on (`--weekend-quiet`)."
    ),
    guidance=("su-rule-late",),
    example="[Sat 11:02] Sam: has anyone started the essay?",
)
RULES = (LATE_MESSAGE, WEEKEND_MESSAGE)


def _minutes(t) -> int:
    return t.hour * 60 + t.minute


def quiet_mask(timestamps: pd.Series, config: AuditConfig) -> pd.Series:
    """True where a timestamp falls in quiet hours. Handles windows that wrap midnight."""
    minute = timestamps.dt.hour * 60 + timestamps.dt.minute
    start, end = _minutes(config.quiet_hours.start), _minutes(config.quiet_hours.end)
    if start < end:
        return (minute >= start) & (minute < end)
    return (minute >= start) | (minute < end)


def weekend_mask(timestamps: pd.Series) -> pd.Series:
    return timestamps.dt.day_of_week >= 5


def detect(messages: pd.DataFrame, config: AuditConfig) -> pd.DataFrame:
    people = messages[authored(messages) & messages["timestamp"].notna()]
    late = quiet_mask(people["timestamp"], config).to_numpy(dtype=bool)
    hits = people[late]
    frames = [
        whole_message_findings(
            hits,
            NAME,
            LATE_MESSAGE,
            "Sent at "
            + hits["timestamp"].dt.strftime("%H:%M")
            + f", inside the group's quiet hours ({config.quiet_hours}).",
        )
    ]
    if config.weekend_quiet:
        hits = people[weekend_mask(people["timestamp"]).to_numpy(dtype=bool) & ~late]
        frames.append(
            whole_message_findings(
                hits,
                NAME,
                WEEKEND_MESSAGE,
                "Sent on a "
                + hits["timestamp"].dt.day_name()
                + ", when the group's weekend rule asks for quiet.",
            )
        )
    frames = [f for f in frames if len(f)]
    return pd.concat(frames, ignore_index=True) if frames else empty_findings()


def summarize(messages: pd.DataFrame, findings: pd.DataFrame, config: AuditConfig) -> dict:
    """Per member: messages sent in quiet hours, their share of that member's messages, and
    the latest quiet-hours time seen (minutes after the quiet window opened, shown as HH:MM)."""
    people = messages[authored(messages) & messages["timestamp"].notna()]
    if people.empty:
        return {"quiet_hours": str(config.quiet_hours), "by_author": {}}
    late = quiet_mask(people["timestamp"], config).to_numpy()
    start = _minutes(config.quiet_hours.start)
    minute = (people["timestamp"].dt.hour * 60 + people["timestamp"].dt.minute).to_numpy()
    # "Latest" means deepest into the night: 02:30 is later than 23:50 for a 22:00 window.
    depth = np.where(minute >= start, minute - start, minute + 24 * 60 - start)
    frame = pd.DataFrame(
        {
            "author": people["author"].to_numpy(),
            "late": late,
            "depth": np.where(late, depth, -1),
            "minute": minute,
        }
    )
    by_author = {}
    for author, group in frame.groupby("author", sort=True):
        count = int(group["late"].sum())
        if not count:
            continue
        latest = int(group.loc[group["depth"].idxmax(), "minute"])
        by_author[str(author)] = {
            "quiet_messages": count,
            "messages": int(len(group)),
            "share": round(count / len(group), 3),
            "latest": f"{latest // 60:02d}:{latest % 60:02d}",
        }
    by_author = dict(sorted(by_author.items(), key=lambda kv: -kv[1]["quiet_messages"]))
    return {"quiet_hours": str(config.quiet_hours), "by_author": by_author}

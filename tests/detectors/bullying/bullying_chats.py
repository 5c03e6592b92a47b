"""Helpers for the bullying tests: hand-made chats and how to read findings off them.

Most cases are a two-message conversation: Megan Cole asks something ordinary, then someone
replies. A case says which rule must (or must not) fire on the reply and, when it flags, whom
it is aimed at (the `target` column) and who wrote it (the explanation)."""

from __future__ import annotations

import pandas as pd

from audit.core.config import AuditConfig
from detectors import bullying
from frames import make_messages

CONFIG = AuditConfig(use_models=False)
MEGAN_ASKS = (0, "Megan Cole", "does anyone have the slides from today?")
MENTOR_STORY = (0, "Megan Cole", "my mentor made me redo the whole care plan again today")
PILE_ON = [
    MEGAN_ASKS,
    (1, "Tom Reed", "you're so thick Megan 😂"),
    (2, "Jess Lowe", "😂😂😂"),
    (3, "Sam Idowu", "lol she's a teacher's pet"),
    (4, "Megan Cole", "that's not fair guys"),
    (5, "Priya Shah", "guys stop, this is bullying"),
]
ORDER = ("low", "medium", "high")


def detect(rows, config=CONFIG, **columns) -> pd.DataFrame:
    """Findings on a chat of (minutes, author, text) rows; keyword columns become scorer
    columns (float64), e.g. tox_insult=[0.0, 0.9]."""
    messages = make_messages(rows)
    for name, values in columns.items():
        messages[name] = pd.Series(values, dtype="float64")
    return bullying.detect(messages, config)


def on(findings: pd.DataFrame, message_id: int, rule=None, min_severity="medium"):
    """Findings on one message at or above a severity, optionally of one rule."""
    chosen = findings[
        (findings["message_id"] == message_id)
        & findings["severity"].astype(str).map(ORDER.index).ge(ORDER.index(min_severity))
    ]
    return chosen if rule is None else chosen[chosen["rule"] == rule]


def rule_ids(findings: pd.DataFrame, rule: str) -> list[int]:
    return sorted(findings.loc[findings["rule"] == rule, "message_id"].astype(int))

"""Helpers for the conduct tests: hand-made chats, optional classifier columns, and how to
read findings off them. Most cases are one message from Alex Khan after an ordinary opener
from Megan Cole; a case says which rule must (or must not) fire on it."""

from __future__ import annotations

import numpy as np
import pandas as pd

from audit.core.config import AuditConfig
from detectors import conduct
from frames import make_messages

CONFIG = AuditConfig(use_models=False)
OPENER = (0, "Megan Cole", "morning all, anyone in the library today?")
ORDER = ("low", "medium", "high")
RULE_OF = {
    "boundaries": "CND001",
    "misinformation": "CND002",
    "copyright": "CND003",
    "naming_shaming": "CND004",
    "defamation": "CND005",
    "screenshots": "CND006",
}


def detect(rows, config=CONFIG, entities=None, **columns) -> pd.DataFrame:
    """Findings on a chat of (minutes, author, text) rows. Keyword columns become scorer
    columns (float64, e.g. cls_boundaries=[0.0, 0.9]); `entities` the entities scorer's
    column (one list of [start, end, type, score, recognizer] per row)."""
    messages = make_messages(rows)
    for name, values in columns.items():
        messages[name] = pd.Series(values, dtype="float64")
    if entities is not None:
        messages["entities"] = pd.Series(entities, dtype="object")
    return conduct.detect(messages, config)


def one(text: str, **columns) -> pd.DataFrame:
    """Findings on `text` sent after the opener; columns hold the reply's scores only."""
    filled = {name: [float("nan"), value] for name, value in columns.items()}
    return detect([OPENER, (1, "Alex Khan", text)], **filled)


def on(findings: pd.DataFrame, message_id: int = 1, rule=None, min_severity="medium"):
    """Findings on one message at or above a severity, optionally of one rule."""
    floor = ORDER.index(min_severity)
    high_enough = [ORDER.index(s) >= floor for s in findings["severity"].astype(str)]
    same = (findings["message_id"] == message_id).to_numpy(dtype=bool)
    chosen = findings[same & np.array(high_enough, dtype=bool)]
    if rule is not None:
        chosen = chosen[chosen["rule"] == rule]
    return chosen


def severity(findings: pd.DataFrame, rule: str, message_id: int = 1) -> str | None:
    hit = findings[(findings["message_id"] == message_id) & (findings["rule"] == rule)]
    return str(hit["severity"].iloc[0]) if len(hit) else None

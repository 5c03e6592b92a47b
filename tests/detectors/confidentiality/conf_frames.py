"""Frames and runners shared by the confidentiality tests: messages as (minute, author, text
[, kind]), scored by the real entities scorer (presidio + the installed spaCy model) or by
the patterns alone."""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from audit.core.config import AuditConfig
from audit.core.schema import MESSAGE_DTYPES
from audit.scoring.base import apply_scorers
from detectors import confidentiality

AUTHORS = ("Priya Shah", "Tom Reed", "Amy Lee")
CONFIG = AuditConfig(use_cache=False)


def frame(*messages: tuple) -> pd.DataFrame:
    rows = []
    for i, message in enumerate(messages):
        minute, author, text, *kind = message
        rows.append(
            {
                "message_id": i,
                "chat": "chat.txt",
                "line": i + 3,
                "timestamp": pd.Timestamp("2024-03-04 09:00") + pd.Timedelta(minutes=minute),
                "author": author,
                "kind": kind[0] if kind else "text",
                "edited": False,
                "text": text,
            }
        )
    return pd.DataFrame(rows, columns=list(MESSAGE_DTYPES)).astype(MESSAGE_DTYPES)


def run(scorer, messages: pd.DataFrame, models: bool = True) -> pd.DataFrame:
    if models:
        messages = apply_scorers(messages, [scorer], CONFIG)
    return confidentiality.detect(messages, CONFIG)


def rules_for(scorer, text: str, models: bool = True, author: str = "Amy Lee") -> set[str]:
    """Rules on `text`, said by `author` in a chat whose members are AUTHORS ("Karen",
    "Jones" etc. are not members)."""
    messages = frame((0, "Priya Shah", "hi all"), (1, "Tom Reed", "morning"), (60, author, text))
    found = run(scorer, messages, models)
    found = found[found["severity"].isin(["medium", "high"])]
    return set(found.loc[found["message_id"] == 2, "rule"])


@lru_cache(maxsize=1)
def load_scorer():
    """The spaCy model loads once for the whole session (each test module's `scorer`
    fixture returns this one)."""
    from audit.scoring.entities import load_entity_scorer

    return load_entity_scorer(CONFIG)

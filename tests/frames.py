"""Hand-made messages frames for detector tests, so detectors are tested without the parser."""

from __future__ import annotations

from datetime import datetime, timedelta

import pandas as pd

from audit.core.schema import MESSAGE_DTYPES

START = datetime(2025, 3, 3, 9, 0)  # a Monday


def make_messages(rows, chat: str = "test.txt", start: datetime = START) -> pd.DataFrame:
    """Rows are (minutes after `start` or a datetime, author or None, text[, kind]).
    Author None makes a system message."""
    records = []
    for i, row in enumerate(rows):
        when, author, text = row[:3]
        kind = row[3] if len(row) > 3 else ("system" if author is None else "text")
        stamp = when if isinstance(when, datetime) else start + timedelta(minutes=when)
        records.append(
            {
                "message_id": i,
                "chat": chat,
                "line": i + 1,
                "timestamp": stamp,
                "author": author,
                "kind": kind,
                "edited": False,
                "text": text,
            }
        )
    frame = pd.DataFrame(records, columns=list(MESSAGE_DTYPES))
    return frame.astype(MESSAGE_DTYPES)

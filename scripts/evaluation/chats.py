"""Chats the evaluation scans that are not files: one message per external sentence, and the
labelled chats with some messages reworded (paraphrase variants)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

import numpy as np
import pandas as pd

from audit.core.results import ParsedChat
from audit.core.schema import KIND_DTYPE, MESSAGE_DTYPES

# Two made-up members whose names appear in no external set, so nothing is "aimed" at them.
AUTHORS = ("Rowan Ellery", "Tamsin Okafor")
# Daytime slots three hours apart: no message falls in quiet hours, and none is near enough to
# the next for any detector's context window (the longest joins messages within an hour).
SLOTS = (9, 12, 15, 18)
FIRST_DAY = datetime(2021, 1, 4)  # a Monday


def synthetic_chat(name: str, texts: Sequence[str]) -> ParsedChat:
    """One message per text, alternating two authors, at SLOTS on consecutive days. `line` is
    the message's first line as it would be in an export with one header line per message."""
    n = len(texts)
    days, slot = np.divmod(np.arange(n), len(SLOTS))
    stamps = [
        FIRST_DAY + timedelta(days=int(d), hours=SLOTS[s]) for d, s in zip(days, slot, strict=True)
    ]
    heights = np.array([t.count("\n") + 1 for t in texts], dtype=np.int64)
    lines = 1 + np.concatenate([[0], np.cumsum(heights)[:-1]]) if n else np.array([], int)
    frame = pd.DataFrame(
        {
            "message_id": np.arange(n, dtype=np.int64),
            "chat": [name] * n,
            "line": lines,
            "timestamp": pd.to_datetime(stamps) if n else pd.to_datetime([]),
            "author": [AUTHORS[i % 2] for i in range(n)],
            "kind": pd.Categorical(["text"] * n, dtype=KIND_DTYPE),
            "edited": np.zeros(n, dtype=bool),
            "text": list(texts),
        }
    ).astype(MESSAGE_DTYPES)
    return ParsedChat(
        messages=frame,
        chat=name,
        member=None,
        layout="synthetic: one message per sentence, 3 hours apart",
        date_order="DMY",
        date_order_note="synthetic",
        ambiguous=False,
        encoding="utf-8",
        lines=int(heights.sum()),
    )


def reworded(chat: ParsedChat, texts_by_line: dict[int, str], suffix: str) -> ParsedChat:
    """A copy of `chat` with the text of the messages starting at those lines replaced, under
    a chat name of its own (so variants and originals can be scanned together)."""
    messages = chat.messages.copy()
    name = f"{chat.chat}#{suffix}"
    messages["chat"] = pd.array([name] * len(messages), dtype=MESSAGE_DTYPES["chat"])
    where = messages["line"].astype(int).isin(list(texts_by_line))
    new = messages.loc[where, "line"].astype(int).map(texts_by_line)
    messages.loc[where, "text"] = new.astype(MESSAGE_DTYPES["text"])
    return ParsedChat(
        messages=messages,
        chat=name,
        member=chat.member,
        layout=chat.layout,
        date_order=chat.date_order,
        date_order_note=chat.date_order_note,
        ambiguous=chat.ambiguous,
        encoding=chat.encoding,
        lines=chat.lines,
    )

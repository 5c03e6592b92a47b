"""A card's conversation: the messages it flags, the messages they name as related, and the
messages around them for context, read from the privacy view (never from the raw chat).

An episode can span days (persistent targeting): its messages are shown in clusters, each
with its own context, and a long thread is trimmed to the messages nearest its core."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from reports.html.model import Line, iso_text, when_text
from reports.segments import Segment
from reports.view import PrivacyView

MAX_THREAD = 40  # messages shown in one card
SPAN_GAP = 24  # core messages this close are shown with everything between them
MANY_CLUSTERS = 3  # more clusters than this: one message of context each, not `context`


class ChatIndex:
    """The view's messages of each chat as arrays, so a card can fetch its neighbours."""

    def __init__(self, messages: pd.DataFrame):
        self._chats: dict[str, dict[str, np.ndarray]] = {}
        for chat, frame in messages.groupby("chat", sort=False, observed=True):
            frame = frame.sort_values("message_id", kind="stable")
            self._chats[str(chat)] = {
                "id": frame["message_id"].to_numpy(dtype=np.int64),
                "timestamp": frame["timestamp"].to_numpy(),
                "author": frame["author"].astype(object).to_numpy(),
                "kind": frame["kind"].astype(str).to_numpy(),
                "edited": frame["edited"].astype(bool).to_numpy(),
            }

    def position(self, chat: str, message_id: int) -> int | None:
        columns = self._chats.get(chat)
        if columns is None:
            return None
        ids = columns["id"]
        pos = int(np.searchsorted(ids, message_id))
        return pos if pos < len(ids) and ids[pos] == message_id else None

    def size(self, chat: str) -> int:
        return len(self._chats[chat]["id"])

    def get(self, chat: str, pos: int) -> dict:
        return {name: values[pos] for name, values in self._chats[chat].items()}


def author_text(author) -> str:
    if author is None or (not isinstance(author, str) and pd.isna(author)):
        return "(system)"
    return str(author)


def message_line(
    view: PrivacyView, index: ChatIndex, chat: str, pos: int, role: str, highlights=(), rules=()
) -> Line:
    m = index.get(chat, pos)
    segments = view.segments(chat, int(m["id"]), highlights)
    if m["kind"] == "deleted" and not segments:
        segments = [Segment("This message was deleted")]
    return Line(
        when=when_text(m["timestamp"]),
        iso=iso_text(m["timestamp"]),
        author=author_text(m["author"]),
        segments=segments,
        role=role,
        kind=str(m["kind"]),
        edited=bool(m["edited"]),
        rules=list(rules),
    )


def _clusters(core: list[int]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for pos in sorted(core):
        if out and pos - out[-1][1] <= SPAN_GAP:
            out[-1] = (out[-1][0], pos)
        else:
            out.append((pos, pos))
    return out


def thread(
    view: PrivacyView,
    index: ChatIndex,
    chat: str,
    flagged: Mapping[int, tuple[list, list[str]]],
    related: set[int],
    context: int,
) -> list[Line]:
    """`flagged`: position -> (highlight spans, rule codes); `related`: positions named by
    the findings. Every core message is shown; context around each cluster of them."""
    core = set(flagged) | set(related)
    if not core:
        return []
    last = index.size(chat) - 1
    clusters = _clusters(list(core))
    c = context if len(clusters) <= MANY_CLUSTERS else min(context, 1)
    shown = set(core)
    for first, final in clusters:
        shown |= set(range(max(0, first - c), min(last, final + c) + 1))
    ordered = sorted(shown)
    if len(ordered) > MAX_THREAD:  # keep the core, then the context nearest to it
        distance = {p: min(abs(p - q) for q in core) for p in ordered}
        ordered = sorted(sorted(ordered, key=lambda p: (distance[p], p))[:MAX_THREAD])
    lines, previous = [], None
    for pos in ordered:
        if pos in flagged:
            spans, rules = flagged[pos]
            line = message_line(view, index, chat, pos, "flagged", spans, rules)
        else:
            line = message_line(view, index, chat, pos, "related" if pos in core else "context")
        if previous is not None and pos - previous > 1:
            line.skipped_before = pos - previous - 1
        lines.append(line)
        previous = pos
    return lines

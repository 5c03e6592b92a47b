"""What a report may show. Two defaults keep a report from repeating the breach it describes:

- masking: the evidence spans of confidentiality findings (a patient's name, an NHS number,
  a phone number) are replaced by their entity type, `[PERSON]`, unless `--reveal`;
- pseudonyms: with `--me NAME` everyone but that member, and with `--pseudonymise` everyone,
  appears as "Member 1", "Member 2"... consistently: as author, in summaries, and where their
  names appear inside message text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from audit.core.config import AuditConfig
from audit.core.errors import UsageError
from audit.core.people import Members

MASKED_DETECTORS = ("confidentiality",)


class Masker:
    """Masks confidentiality evidence wherever a message is shown (flagged or as context)."""

    def __init__(self, findings: pd.DataFrame, reveal: bool):
        self.reveal = reveal
        self._spans: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
        if reveal or findings.empty:
            return
        rows = findings[findings["detector"].isin(MASKED_DETECTORS)]
        for chat, message_id, spans in zip(
            rows["chat"], rows["message_id"], rows["spans"], strict=True
        ):
            self._spans.setdefault((chat, int(message_id)), []).extend(
                (int(span[0]), int(span[1]), str(span[2])) for span in spans
            )

    def spans(self, chat: str, message_id: int) -> list[tuple[int, int, str]]:
        """Non-overlapping masked spans of one message, in order."""
        merged: list[tuple[int, int, str]] = []
        for start, end, label in sorted(self._spans.get((chat, int(message_id)), ())):
            if merged and start < merged[-1][1]:
                last = merged[-1]
                merged[-1] = (last[0], max(last[1], end), last[2])
            else:
                merged.append((start, end, label))
        return merged

    def text(self, chat: str, message_id: int, text: str | None) -> str | None:
        if text is None:
            return None
        out, cursor = [], 0
        for start, end, label in self.spans(chat, message_id):
            out.append(text[cursor:start])
            out.append(f"[{label}]")
            cursor = end
        out.append(text[cursor:])
        return "".join(out)


class Pseudonymiser:
    """Consistent "Member N" names, numbered in order of first appearance in the chats."""

    def __init__(self, authors: Iterable[str], keep: str | None = None, everyone: bool = False):
        self.keep = keep
        self.active = everyone or keep is not None
        self.names: dict[str, str] = {}
        for author in authors:
            if author not in self.names and author != keep:
                self.names[author] = f"Member {len(self.names) + 1}"
        self._pattern = self._build_pattern() if self.active else None

    def _build_pattern(self) -> re.Pattern | None:
        # Full names, and first names where only one member has that first name (the one
        # definition in audit.core.people), so that "Megan is so thick" does not give away
        # who Member 3 is. Number-only members are replaced as written too.
        members = Members.from_authors(self.names)
        self._by_word: dict[str, str] = {
            word: self.names[author] for word, author in members.by_name.items()
        }
        self._by_word.update({a.casefold(): self.names[a] for a in self.names})
        if not self._by_word:
            return None
        words = sorted(self._by_word, key=len, reverse=True)
        return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)

    def author(self, author: str | None) -> str | None:
        if author is None or not self.active:
            return author
        return self.names.get(author, author)

    def text(self, text: str | None) -> str | None:
        if text is None or self._pattern is None:
            return text
        return self._pattern.sub(lambda m: self._by_word[m.group(0).casefold()], text)


def resolve_member(name: str, authors: Iterable[str]) -> str:
    """The author that `--me NAME` means: exact, then case-insensitive, then a unique first
    name or phone-number match."""
    authors = list(dict.fromkeys(a for a in authors if a))
    if name in authors:
        return name
    folded = [a for a in authors if a.casefold() == name.casefold()]
    if len(folded) == 1:
        return folded[0]
    partial = [
        a
        for a in authors
        if a.casefold().split()[:1] == [name.casefold()]
        or name.replace(" ", "") in a.replace(" ", "")
    ]
    if len(partial) == 1:
        return partial[0]
    shown = ", ".join(authors[:12]) + (" ..." if len(authors) > 12 else "")
    raise UsageError(
        f"--me {name!r} matches {'several' if partial else 'no'} member(s) of the chat",
        f"members: {shown}",
    )


def privacy_for(messages: pd.DataFrame, findings: pd.DataFrame, config: AuditConfig):
    """The masker and pseudonymiser a report built with `config` must use."""
    authors = messages.loc[messages["author"].notna(), "author"].astype(object).tolist()
    keep = resolve_member(config.me, authors) if config.me else None
    return Masker(findings, config.reveal), Pseudonymiser(authors, keep, config.pseudonymise)

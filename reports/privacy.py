"""What a report may show. Two defaults keep a report from repeating the breach it describes:

- masking: the evidence spans of confidentiality findings (a patient's name, an NHS number,
  a phone number) are replaced by their entity type, `[PERSON]`, unless `--reveal`;
- pseudonyms: with `--me NAME` everyone but that member, and with `--pseudonymise` everyone,
  appears as "Member 1", "Member 2"... consistently: as author, in summaries, and where their
  names or numbers appear inside message text.

These are the tools; `reports.view` applies them once, in one pass, to everything a report
shows (reports/view.py), so no format can skip one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pandas as pd

from audit.core.aliases import capitalised_words, listed_first_names
from audit.core.errors import UsageError
from audit.core.people import (
    WORDLIKE_NAMES,
    Members,
    authored,
    is_phone_author,
    phone_digits,
    same_number,
)

MASKED_DETECTORS = ("confidentiality",)
# Masked spans separated only by these are shown as one placeholder: "[BED] [BED]" for
# "bed 4, bay 2" reads as two facts where the reader needs one.
_JOINER = re.compile(r"[\s,;/&+.-]*")
# A run of digits that may be a phone number typed in a message ("07700 900417", "+447700...").
_PHONE_RUN = re.compile(r"(?<![\w+])\+?\(?\d[\d ()-]{4,}\d(?!\w)")


def merge_adjacent(
    spans: list[tuple[int, int, str]], text: str | None
) -> list[tuple[int, int, str]]:
    """Join masked spans that only whitespace or punctuation separates into one placeholder
    listing each entity type once ("[BED]", "[PERSON, BED]")."""
    if text is None:
        return spans
    merged: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        if merged and _JOINER.fullmatch(text[merged[-1][1] : start]):
            first, _, labels = merged[-1]
            known = labels.split(", ")
            merged[-1] = (first, end, labels if label in known else f"{labels}, {label}")
        else:
            merged.append((start, end, label))
    return merged


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
            self._spans.setdefault((str(chat), int(message_id)), []).extend(
                (int(span[0]), int(span[1]), str(span[2])) for span in spans
            )

    def spans(
        self, chat: str, message_id: int, text: str | None = None
    ) -> list[tuple[int, int, str]]:
        """Non-overlapping masked spans of one message, in order; with the message's text,
        spans that only punctuation separates are merged into one."""
        merged: list[tuple[int, int, str]] = []
        for start, end, label in sorted(self._spans.get((str(chat), int(message_id)), ())):
            if merged and start < merged[-1][1]:
                last = merged[-1]
                merged[-1] = (last[0], max(last[1], end), last[2])
            else:
                merged.append((start, end, label))
        return merge_adjacent(merged, text)

    def text(self, chat: str, message_id: int, text: str | None) -> str | None:
        if text is None:
            return None
        out, cursor = [], 0
        for start, end, label in self.spans(chat, message_id, text):
            out.append(text[cursor:start])
            out.append(f"[{label}]")
            cursor = end
        out.append(text[cursor:])
        return "".join(out)


class Pseudonymiser:
    """Consistent "Member N" names, numbered in order of first appearance in the chats.

    Given the messages, it also learns the names the chat itself uses for its members
    (audit.core.people.Members.learn): the name others call a member shown only by number
    ("Zara please delete that", answered from +44 7700 900123), nicknames ("Benny" for Ben),
    and surnames no other member shares. Any other capitalised first name in the text ("Amy
    says hi") is, in doubt, someone's too: it becomes "Person A", "Person B"..., consistently.
    Titled names ("Dr Patel") are staff and stay as written."""

    def __init__(
        self,
        authors: Iterable[str],
        keep: str | None = None,
        everyone: bool = False,
        messages: pd.DataFrame | None = None,
    ):
        authors = [a for a in authors if isinstance(a, str)]
        self.keep = keep
        self.active = everyone or keep is not None
        self.names: dict[str, str] = {}
        for author in authors:
            if author not in self.names and author != keep:
                self.names[author] = f"Member {len(self.names) + 1}"
        self._by_word: dict[str, str] = {}
        self._capitalised: set[str] = set()  # words replaced only when capitalised
        self._others: list[str] = []  # names of people who are not members (Person A, B...)
        self._numbers: dict[str, str] = {}  # phone digits of number-only members -> pseudonym
        self._pattern = self._build_pattern(authors, messages) if self.active else None

    def _build_pattern(
        self, authors: list[str], messages: pd.DataFrame | None
    ) -> re.Pattern | None:
        # Full names, and first names where only one member has that first name (the one
        # definition in audit.core.people, over every member, the reviewer included, so the
        # reviewer's first name is never taken for someone else's), so "Megan is so thick"
        # does not give away who Member 3 is. Names that are everyday words ("Will") count
        # only when capitalised, as people.Members.name_pattern does.
        members = Members.from_authors(authors)
        if messages is not None and len(messages):
            members = members.learn(messages)
        for word, author in members.by_name.items():
            if author in self.names:
                self._by_word[word] = self.names[author]
        for surname, author in members.surnames().items():
            if author in self.names:
                self._by_word.setdefault(surname.casefold(), self.names[author])
                self._capitalised.add(surname.casefold())
        for author, pseudonym in self.names.items():
            self._by_word[author.casefold()] = pseudonym
            if is_phone_author(author):
                self._numbers[phone_digits(author)] = pseudonym
        if messages is not None and len(messages):
            self._other_people(members, messages)
        if not self._by_word:
            return None
        plain, capitalised = [], []
        for word in sorted(self._by_word, key=len, reverse=True):
            wordlike = word in WORDLIKE_NAMES or word in self._capitalised
            (capitalised if wordlike else plain).append(re.escape(word))
        parts = [r"(?i:" + "|".join(plain) + ")"] if plain else []
        parts += [w[:1].upper() + w[1:] for w in capitalised]
        return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")

    def _other_people(self, members: Members, messages: pd.DataFrame) -> None:
        """Capitalised first names in the text that are no member's and no staff member's:
        "Person A", "Person B"... in order of first appearance."""
        listed = listed_first_names()
        taken = members.names() | set(members.staff) | set(self._by_word) | WORDLIKE_NAMES
        rows = messages.loc[authored(messages)]
        texts = rows["text"].astype(object).tolist()
        candidates = [w for w in capitalised_words(texts) if w.casefold() in listed]
        if "entities" in rows.columns:  # the models ran: the people spaCy and presidio found
            candidates += _person_words(texts, rows["entities"].tolist())
        for word in candidates:
            folded = word.casefold()
            if folded not in taken and folded not in self._by_word:
                self._by_word[folded] = f"Person {_letters(len(self._others))}"
                self._others.append(folded)
                self._capitalised.add(folded)

    def author(self, author: str | None) -> str | None:
        if author is None or not self.active:
            return author
        return self.names.get(author, author)

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """Where members are named in `text` (names, and their phone numbers however they
        are typed), with what replaces each; non-overlapping, in order."""
        if not self.active or not text:
            return []
        found = []
        if self._pattern is not None:
            found = [
                (m.start(), m.end(), self._by_word[m.group(0).casefold()])
                for m in self._pattern.finditer(text)
            ]
        if self._numbers:
            for m in _PHONE_RUN.finditer(text):
                pseudonym = next(
                    (p for d, p in self._numbers.items() if same_number(d, m.group(0))), None
                )
                if pseudonym and not any(s < m.end() and m.start() < e for s, e, _ in found):
                    found.append((m.start(), m.end(), pseudonym))
        return sorted(found)

    def text(self, text: str | None) -> str | None:
        if text is None or not self.active:
            return text
        out, cursor = [], 0
        for start, end, replacement in self.spans(text):
            out += [text[cursor:start], replacement]
            cursor = end
        out.append(text[cursor:])
        return "".join(out)


def _person_words(texts: list, entities: list) -> list[str]:
    """Capitalised words inside the PERSON entities the models found ("Kowalski")."""
    words: list[str] = []
    for text, found in zip(texts, entities, strict=True):
        if not isinstance(text, str) or found is None or not len(found):
            continue
        for entity in found:
            if len(entity) >= 3 and entity[2] == "PERSON":
                words += capitalised_words([text[int(entity[0]) : int(entity[1])]])
    return words


def _letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: the labels of people who are not members."""
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(ord("A") + rest) + label
    return label


def resolve_member(name: str, authors: Iterable[str]) -> str:
    """The author that `--me NAME` means: exact, then case-insensitive, then the members whose
    name words start with every word given ("tom", "tom w"), then a phone number however it
    is typed. Several matches list only those; none lists the members."""
    authors = list(dict.fromkeys(a for a in authors if a))
    if name in authors:
        return name
    folded = [a for a in authors if a.casefold() == name.casefold()]
    if len(folded) == 1:
        return folded[0]
    words = name.casefold().split()

    def starts_words(author: str) -> bool:
        theirs = author.casefold().split()
        return bool(words) and all(any(t.startswith(w) for t in theirs) for w in words)

    partial = [a for a in authors if not is_phone_author(a) and starts_words(a)]
    if len(phone_digits(name)) >= 6:
        partial += [a for a in authors if is_phone_author(a) and same_number(a, name)]
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise UsageError(
            f"--me {name!r} matches {len(partial)} members of the chat",
            f"give one of: {', '.join(partial)}",
        )
    shown = ", ".join(authors[:12]) + (" ..." if len(authors) > 12 else "")
    raise UsageError(f"--me {name!r} matches no member of the chat", f"members: {shown}")

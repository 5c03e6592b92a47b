"""Rules: what each finding means. A rule has a stable code that is never reused, a name that
says what it flags, a default severity, a one-line summary, a "why this matters" paragraph and
references into the guidance catalogue. Findings store only the code; the report looks up the
rest at render time."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from audit.core.errors import UsageError
from audit.core.schema import SEVERITIES


@dataclass(frozen=True)
class Rule:
    code: str  # e.g. "CONF001": detector prefix + number, never reused
    name: str  # kebab-case, says what it flags: "patient-identifiable"
    severity: str  # default severity: low | medium | high
    summary: str  # one line
    why: str  # why this matters, in plain words
    guidance: tuple[str, ...]  # ids in the guidance catalogue
    # A made-up message it flags, with the context it needs, in the small chat notation of
    # `example_messages` ("Tom: you're so thick Megan 😂 / Jess: 😂😂"); the last message is the
    # one flagged. The contract test runs every rule's example through its detector.
    example: str = ""

    def __post_init__(self) -> None:
        if self.severity not in SEVERITIES:
            raise ValueError(f"rule {self.code}: severity {self.severity!r} not in {SEVERITIES}")
        if not self.guidance:
            raise ValueError(f"rule {self.code}: every rule must cite guidance")


class RuleRegistry:
    """All rules by code; refuses a code registered twice."""

    def __init__(self, rules: Iterable[Rule] = ()):
        self._rules: dict[str, Rule] = {}
        for rule in rules:
            self.add(rule)

    def add(self, rule: Rule) -> None:
        if rule.code in self._rules:
            raise ValueError(f"duplicate rule code {rule.code}")
        self._rules[rule.code] = rule

    def __getitem__(self, code: str) -> Rule:
        return self._rules[code]

    def __contains__(self, code: object) -> bool:
        return code in self._rules

    def __iter__(self) -> Iterator[Rule]:
        return iter(sorted(self._rules.values(), key=lambda r: r.code))

    def __len__(self) -> int:
        return len(self._rules)

    def matching(self, selectors: Iterable[str]) -> set[str]:
        """Codes matched by codes or prefixes ("TOX", "CONF00", "BUL003"), case-insensitive.
        An unknown selector is a usage error rather than a silent no-op."""
        chosen: set[str] = set()
        for selector in selectors:
            wanted = selector.strip().upper()
            if not wanted:
                continue
            hits = {code for code in self._rules if code.startswith(wanted)}
            if not hits:
                known = ", ".join(sorted({c.rstrip("0123456789") for c in self._rules}))
                raise UsageError(
                    f"unknown rule code or prefix {selector!r}",
                    f"known prefixes: {known}; `chat-audit rules` lists every code",
                )
            chosen |= hits
        return chosen

    def enabled(self, select: Iterable[str], ignore: Iterable[str]) -> set[str]:
        select, ignore = list(select), list(ignore)
        chosen = self.matching(select) if select else set(self._rules)
        return chosen - self.matching(ignore)


WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EXAMPLE_SPLIT = re.compile(r"\s+(?:/|→)\s+")
_EXAMPLE_WHEN = re.compile(r"\[(?:(" + "|".join(WEEKDAYS) + r")\s+)?(\d{1,2}):(\d{2})\]\s*")
_EXAMPLE_AUTHOR = re.compile(r"([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?):\s+")
_EXAMPLE_REPEAT = re.compile(r"\s+×(\d{1,2})$")
MEDIA = "<Media omitted>"


@dataclass(frozen=True)
class ExampleMessage:
    day: int  # 0 = Monday
    minute: int | None  # minutes after midnight; None = follow the previous message
    author: str
    text: str
    kind: str  # "text" | "media"


def example_messages(example: str) -> list[ExampleMessage]:
    """A rule's example as messages. Messages are separated by " / " (or " → "); each may
    start with "[Sat 23:40]" or "[23:40]" and "Name: "; "<Media omitted>" is a photo; "×N" at
    the end repeats a message N times. Unnamed messages are from "Alex"."""
    out: list[ExampleMessage] = []
    day, author = 0, "Alex"
    for part in _EXAMPLE_SPLIT.split(example.strip()):
        minute = None
        when = _EXAMPLE_WHEN.match(part)
        if when:
            day = WEEKDAYS.index(when.group(1)) if when.group(1) else day
            minute = int(when.group(2)) * 60 + int(when.group(3))
            part = part[when.end() :]
        named = _EXAMPLE_AUTHOR.match(part)
        if named:
            author, part = named.group(1), part[named.end() :]
        repeat = _EXAMPLE_REPEAT.search(part)
        times = int(repeat.group(1)) if repeat else 1
        text = part[: repeat.start()] if repeat else part
        kind = "media" if text.strip() == MEDIA else "text"
        for i in range(times):
            out.append(ExampleMessage(day, minute if i == 0 else None, author, text, kind))
    return out

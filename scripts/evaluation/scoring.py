"""Scores from a scan and its labels: recall and precision per row of categories.ROWS, the
share of benign messages flagged, and hit rates per group (an external set's functionality
or entity type). Pure functions of frames and dicts, so the tests can drive them with tiny
hand-made frames.

A message is keyed by (chat, first line). Only messages someone wrote count (system notices
never do)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field

import pandas as pd

from audit.core.people import authored
from audit.core.schema import SEVERITIES

from .categories import BENIGN_TRICKY, NOT_A_RISK, ROWS, UNSCORED, Match, Row

Key = tuple[str, int]
Labels = Mapping[Key, frozenset[str]]
Scope = Mapping[str, frozenset[str] | None]  # chat -> categories labelled; None = all


def keys(frame: pd.DataFrame) -> set[Key]:
    return set(zip(frame["chat"].astype(str), frame["line"].astype(int), strict=True))


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass
class RowScore:
    name: str
    positives: int = 0
    found: int = 0
    flagged: int | None = None  # None: the row has no precision of its own
    correct: int | None = None
    summary: bool = True

    @property
    def recall(self) -> float | None:
        return ratio(self.found, self.positives)

    @property
    def precision(self) -> float | None:
        return None if self.flagged is None else ratio(self.correct or 0, self.flagged)

    def to_dict(self) -> dict:
        return {**asdict(self), "recall": self.recall, "precision": self.precision}


@dataclass
class SetScore:
    messages: int  # authored messages scored
    rows: list[RowScore]
    benign: int = 0
    benign_flagged: int = 0
    tricky: int = 0
    tricky_flagged: int = 0
    benign_detectors: str = "any detector but off_hours"
    # rule -> (benign messages it flags medium+, of them flagged on a model score alone):
    # counts only, to show where false alarms come from without reading any message
    benign_by_rule: dict[str, tuple[int, int]] = field(default_factory=dict)
    extra: dict = field(default_factory=dict)

    def row(self, name: str) -> RowScore:
        return next(r for r in self.rows if r.name == name)

    def to_dict(self) -> dict:
        return {
            "messages": self.messages,
            "rows": [r.to_dict() for r in self.rows],
            "benign": self.benign,
            "benign_flagged": self.benign_flagged,
            "benign_flagged_share": ratio(self.benign_flagged, self.benign),
            "tricky": self.tricky,
            "tricky_flagged": self.tricky_flagged,
            "tricky_flagged_share": ratio(self.tricky_flagged, self.tricky),
            "benign_detectors": self.benign_detectors,
            "benign_by_rule": {k: list(v) for k, v in self.benign_by_rule.items()},
            **self.extra,
        }


class _Hits:
    """Keys of the messages each Match finds, computed once per Match."""

    def __init__(self, findings: pd.DataFrame) -> None:
        self.findings = findings
        self._cache: dict[Match, set[Key]] = {}

    def __call__(self, matches: Iterable[Match]) -> set[Key]:
        out: set[Key] = set()
        for match in matches:
            if match not in self._cache:
                self._cache[match] = keys(self.findings[match.mask(self.findings)])
            out |= self._cache[match]
        return out


def _in_scope(row: Row, scope: frozenset[str] | None) -> bool:
    return scope is None or bool(row.categories & scope)


def _benign_flags(
    findings: pd.DataFrame, chat: str, scope, rows: Sequence[Row]
) -> dict[Key, dict[str, bool]]:
    """Medium+ flags that make a benign message a false alarm: any detector but off_hours in a
    fully labelled chat; in a dev chat, only the detectors its labels cover. Key -> rule ->
    whether a model score alone made that rule's finding (no cue named)."""
    medium = findings["severity"].cat.codes >= SEVERITIES.index("medium")
    mine = findings[(findings["chat"] == chat) & medium & (findings["detector"] != "off_hours")]
    if scope is not None:
        wanted = {m.detector for r in rows if _in_scope(r, scope) for m in r.flagged_by or ()}
        mine = mine[mine["detector"].isin(wanted)]
    out: dict[Key, dict[str, bool]] = {}
    model_only = mine["cue"].astype(str).str.startswith("model.").to_numpy()
    rows_ = zip(mine["line"].astype(int), mine["rule"].astype(str), model_only, strict=True)
    for line, rule, alone in rows_:
        rules = out.setdefault((str(chat), line), {})
        rules[rule] = rules.get(rule, True) and bool(alone)
    return out


def score_set(
    messages: pd.DataFrame,
    findings: pd.DataFrame,
    labels: Labels,
    scope: Scope,
    rows: Sequence[Row] = ROWS,
    only: set[Key] | None = None,
) -> SetScore:
    """Scores of one scan. `scope` names every chat; `only` limits recall to those messages
    (the paraphrased ones)."""
    people = keys(messages[authored(messages)])
    hits = _Hits(findings)
    scored = []
    for row in rows:
        chats = {chat for chat, s in scope.items() if _in_scope(row, s)}
        universe = {k for k in people if k[0] in chats}
        positives = {k for k in universe if labels.get(k, frozenset()) & row.categories}
        if only is not None:
            positives &= only
        score = RowScore(row.name, len(positives), len(positives & hits(row.found_by)))
        score.summary = row.summary
        if row.flagged_by is not None and only is None:
            flagged = {
                k for k in universe & hits(row.flagged_by) if UNSCORED not in labels.get(k, ())
            }
            score.flagged = len(flagged)
            score.correct = sum(1 for k in flagged if labels.get(k, frozenset()) & row.correct)
        scored.append(score)

    result = SetScore(len(people), scored)
    if any(s is not None for s in scope.values()):
        result.benign_detectors = "the detectors each chat is labelled for, off_hours aside"
    for chat, chat_scope in scope.items():
        if chat_scope is not None and not chat_scope:
            continue  # a chat labelled for nothing says nothing about false alarms
        flags = _benign_flags(findings, chat, chat_scope, rows)
        for key in (k for k in people if k[0] == chat):
            mine = labels.get(key, frozenset())
            if UNSCORED in mine or mine - NOT_A_RISK:
                continue
            result.benign += 1
            result.benign_flagged += key in flags
            for rule, alone in flags.get(key, {}).items():
                n, m = result.benign_by_rule.get(rule, (0, 0))
                result.benign_by_rule[rule] = (n + 1, m + alone)
            if BENIGN_TRICKY in mine:
                result.tricky += 1
                result.tricky_flagged += key in flags
    return result


def group_rates(
    findings: pd.DataFrame, groups: Mapping[Key, Sequence[str]], matches: Sequence[Match]
) -> dict[str, tuple[int, int]]:
    """group -> (messages, messages with a finding matching `matches`); a message may belong to
    several groups (a sentence with a phone number and a name)."""
    hit = _Hits(findings)(matches)
    out: dict[str, list[int]] = {}
    for key, names in groups.items():
        for name in names:
            counts = out.setdefault(name, [0, 0])
            counts[0] += 1
            counts[1] += key in hit
    return {name: (n, k) for name, (n, k) in sorted(out.items())}


def split_by_chat(messages: pd.DataFrame, findings: pd.DataFrame) -> dict[str, tuple]:
    """chat -> (its messages, its findings)."""
    return {
        str(chat): (frame, findings[findings["chat"] == chat])
        for chat, frame in messages.groupby("chat", observed=True, sort=True)
    }

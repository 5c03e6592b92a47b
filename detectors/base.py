"""What every detector shares. A detector is one module in this package that declares

    NAME = "off_hours"            # the `detector` column of its findings
    RULES = (Rule(...), ...)      # every rule it can report, codes unique across detectors
    SCORERS = ("toxicity",)       # model outputs it reads when present (may be empty)
    def detect(messages: pd.DataFrame, config: AuditConfig) -> pd.DataFrame: ...

and, optionally, `summarize(messages, findings, config) -> dict` for the report's summary.
`detect` sees the whole messages frame (one or more chats, with any scorer columns the
pipeline added) so it can look across messages; it returns `findings_frame(...)`.
Adding a detector: copy off_hours.py, change it, add one line to detectors/__init__.py and
one test file. Detectors never call a model: models live in audit/scoring."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import pandas as pd

from audit.core.config import AuditConfig
from audit.core.rules import Rule
from audit.core.schema import coerce_findings, empty_findings

Span = tuple[int, int, str]  # (start, end, label) in the message text
CueSpan = tuple[int, int, str, str]  # (start, end, label, cue name)


@dataclass(frozen=True)
class Finding:
    """One finding, before it becomes a row. `row` is the message's row label in the frame
    passed to `detect`; the chat, line and fingerprint are filled in from it."""

    row: int
    rule: Rule
    explanation: str  # one sentence: why this was flagged
    score: float = 1.0
    label: str = ""
    severity: str | None = None  # None = the rule's default
    spans: Sequence[Span | CueSpan] = ()  # a 3-tuple span takes the finding's cue
    related: Sequence[int] = field(default=())  # message ids in the same chat
    cue: str = ""  # the named cue(s) or model behind the evidence
    target: str = ""  # a member as shown in the export, "staff", a group; "" = not aimed
    episode: str = ""  # shared by the findings of one pile-on or pattern


class Detector(Protocol):
    NAME: str
    RULES: tuple[Rule, ...]
    SCORERS: tuple[str, ...]

    def detect(self, messages: pd.DataFrame, config: AuditConfig) -> pd.DataFrame: ...


def fingerprint(rule: str, author: object, timestamp: object, text: object) -> str:
    """Identity of a finding that survives re-runs and re-exports: the same rule on the same
    message gives the same value; the message text itself is never stored, only its hash."""
    raw = "\x1f".join(str(x) for x in (rule, author, timestamp, text))
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def _cue_spans(f: Finding) -> list[CueSpan]:
    return [
        (int(span[0]), int(span[1]), str(span[2]), str(span[3]) if len(span) > 3 else f.cue)
        for span in f.spans
    ]


def findings_frame(
    findings: Sequence[Finding], messages: pd.DataFrame, detector: str
) -> pd.DataFrame:
    """Turn Finding objects into the findings frame, one row each, column-wise (a busy chat
    can carry thousands of findings; a row lookup per finding would dominate the scan)."""
    if not findings:
        return empty_findings()
    at = messages.index.get_indexer([f.row for f in findings])
    picked = {
        c: messages[c].to_numpy()[at]
        for c in ("chat", "message_id", "line", "author", "timestamp", "text")
    }
    spans = [_cue_spans(f) for f in findings]
    frame = pd.DataFrame(
        {
            "chat": picked["chat"],
            "message_id": picked["message_id"],
            "line": picked["line"],
            "detector": detector,
            "rule": [f.rule.code for f in findings],
            "severity": [f.severity or f.rule.severity for f in findings],
            "score": [round(float(f.score), 4) for f in findings],
            "start": pd.array([s[0][0] if s else None for s in spans], dtype="Int64"),
            "end": pd.array([s[0][1] if s else None for s in spans], dtype="Int64"),
            "label": [f.label for f in findings],
            "cue": [
                f.cue or "; ".join(dict.fromkeys(c for *_, c in s if c))
                for f, s in zip(findings, spans, strict=True)
            ],
            "target": [f.target for f in findings],
            "episode": [f.episode for f in findings],
            "explanation": [f.explanation for f in findings],
            "related": [sorted({int(r) for r in f.related}) for f in findings],
            "spans": spans,
            "fingerprint": [
                fingerprint(f.rule.code, a, t, x)
                for f, a, t, x in zip(
                    findings, picked["author"], picked["timestamp"], picked["text"], strict=True
                )
            ],
        }
    )
    return coerce_findings(frame)


def whole_message_findings(
    hits: pd.DataFrame,
    detector: str,
    rule: Rule,
    explanations: pd.Series | str,
    cue: str = "",
) -> pd.DataFrame:
    """Vectorised findings for rules that flag whole messages (no spans, no related): a busy
    chat can have thousands of them, and building one Finding at a time would dominate a
    model-free scan. `hits` are rows of the messages frame."""
    n = len(hits)
    if isinstance(explanations, str):
        explanations = pd.Series([explanations] * n)
    frame = pd.DataFrame(
        {
            "chat": hits["chat"].to_numpy(),
            "message_id": hits["message_id"].to_numpy(),
            "line": hits["line"].to_numpy(),
            "detector": detector,
            "rule": rule.code,
            "severity": rule.severity,
            "score": 1.0,
            "start": pd.array([pd.NA] * n, dtype="Int64"),
            "end": pd.array([pd.NA] * n, dtype="Int64"),
            "label": rule.name,
            "cue": cue,
            "target": "",
            "episode": "",
            "explanation": explanations.to_numpy(),
            "related": [[] for _ in range(n)],
            "spans": [[] for _ in range(n)],
            "fingerprint": [
                fingerprint(rule.code, a, t, x)
                for a, t, x in zip(hits["author"], hits["timestamp"], hits["text"], strict=True)
            ],
        }
    )
    return coerce_findings(frame)

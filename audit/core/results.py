"""The plain objects passed between stages and to the reports: what a parse returned, which
models ran, and what a scan returned. Data only; no behaviour beyond simple queries."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from audit.core.config import AuditConfig
from audit.core.guidance import Catalogue
from audit.core.rules import RuleRegistry
from audit.core.schema import SEVERITIES


@dataclass
class ParsedChat:
    messages: pd.DataFrame  # the messages frame, columns and dtypes of audit.core.schema
    chat: str  # the path as given
    member: str | None  # the chat's file inside a zip
    layout: str  # e.g. "Android, 24-hour, d/m/yy, HH:MM"
    date_order: str  # DMY, MDY or YMD (MYD/DYM for third-party files with the year between)
    date_order_note: str  # how the order was decided
    ambiguous: bool  # the order could not be decided from the values
    encoding: str
    line_endings: str = "LF"
    lines: int = 0
    notes: list[str] = field(default_factory=list)  # what the user must be told
    # Lines where bytes that are not valid text were replaced (also in `notes`, in words): a
    # scan says so on stderr too, since text was changed before it was read.
    replaced_lines: int = 0


@dataclass(frozen=True)
class ModelInfo:
    """Which model produced a scorer's columns, in words the report can show."""

    scorer: str  # "toxicity" | "entities"
    name: str  # e.g. "detoxify original (bert-base-uncased)"
    version: str  # part of the cache key: changes when outputs could change
    fallback: bool = False  # True when the preferred model was not available
    notice: str = ""  # plain-language note for the report (what this model can and can't do)


@dataclass
class ScanResult:
    config: AuditConfig
    chats: list[ParsedChat]
    messages: pd.DataFrame  # every chat's messages, with scorer columns
    findings: pd.DataFrame  # sorted: chat, message, rule, span
    rules: RuleRegistry
    catalogue: Catalogue
    models: list[ModelInfo] = field(default_factory=list)
    summary: dict = field(default_factory=dict)
    # Each detector that ran -> the THRESHOLDS it declares (name -> value and source), so
    # the report lists the thresholds of this run without importing detectors.
    thresholds: dict = field(default_factory=dict)
    # Files a folder scan could not read, with why: (path, reason). The scan goes on without.
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def at_or_above(self, severity: str) -> int:
        order = SEVERITIES.index(severity)
        return int((self.findings["severity"].cat.codes >= order).sum())

"""parse -> score -> detect: the one library call behind `chat-audit scan`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

import pandas as pd

from audit.core.baseline import mark_new, read_baseline
from audit.core.config import AuditConfig
from audit.core.errors import InputError
from audit.core.guidance import load_catalogue
from audit.core.results import ParsedChat, ScanResult
from audit.core.rules import RuleRegistry
from audit.core.schema import SEVERITIES, empty_findings
from audit.parse.parsing import parse_export
from audit.scoring import ModelInfo, apply_scorers, load_scorer

EXPORT_SUFFIXES = (".txt", ".zip")


def collect_exports(paths: Iterable[Path | str]) -> list[Path]:
    """Exports named directly, plus every .txt/.zip directly inside a named folder."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.suffix.lower() in EXPORT_SUFFIXES)
            if not inside:
                raise InputError(f"{path} holds no .txt or .zip export", "name the export file")
            found.extend(inside)
        else:
            found.append(path)
    return found


def _detectors(rules: RuleRegistry, enabled: set[str]):
    from detectors import DETECTORS

    return [d for d in DETECTORS if any(r.code in enabled for r in d.RULES)]


def scan(paths: Sequence[Path | str], config: AuditConfig) -> ScanResult:
    chats = [parse_export(p, date_order=config.date_order) for p in collect_exports(paths)]
    return scan_parsed(chats, config)


def scan_parsed(chats: Sequence[ParsedChat], config: AuditConfig) -> ScanResult:
    """scan() over chats already in memory (the evaluation builds chats from labelled texts)."""
    from detectors import rule_registry

    rules = rule_registry()
    enabled = rules.enabled(config.select, config.ignore)
    catalogue = load_catalogue(config.guidance_files)
    messages = pd.concat([c.messages for c in chats], ignore_index=True)

    detectors = _detectors(rules, enabled)
    models: list[ModelInfo] = []
    if config.use_models:
        wanted = dict.fromkeys(name for d in detectors for name in d.SCORERS)
        scorers = [load_scorer(name, config) for name in wanted]
        models = [s.info for s in scorers]
        messages = apply_scorers(messages, scorers, config)

    frames = [d.detect(messages, config) for d in detectors]
    findings = pd.concat([f for f in frames if len(f)] or [empty_findings()], ignore_index=True)
    findings = findings[findings["rule"].isin(enabled)]
    findings = findings.sort_values(
        ["chat", "message_id", "rule", "start"], kind="stable", na_position="first"
    ).reset_index(drop=True)

    if config.baseline is not None:
        findings = mark_new(findings, read_baseline(config.baseline))

    result = ScanResult(config, chats, messages, findings, rules, catalogue, models)
    result.summary = summarize(result, detectors)
    result.thresholds = {d.NAME: getattr(d, "THRESHOLDS", {}) for d in detectors}
    return result


def summarize(result: ScanResult, detectors) -> dict:
    findings, messages = result.findings, result.messages
    authors = messages.loc[messages["author"].notna(), "author"]
    by_author = (
        findings.merge(messages[["chat", "message_id", "author"]], on=["chat", "message_id"])
        .groupby("author", observed=True)
        .size()
    )
    summary = {
        "messages": int(len(messages)),
        "members": int(authors.nunique()),
        "findings": int(len(findings)),
        "by_severity": {s: int((findings["severity"] == s).sum()) for s in SEVERITIES},
        "by_detector": {str(k): int(v) for k, v in findings["detector"].value_counts().items()},
        "by_rule": {
            str(k): int(v) for k, v in findings["rule"].value_counts().sort_index().items()
        },
        "by_author": {str(k): int(v) for k, v in by_author.sort_values(ascending=False).items()},
    }
    if "new" in findings.columns:
        summary["new"] = int(findings["new"].sum())
    for detector in detectors:
        extra = getattr(detector, "summarize", None)
        if extra is not None:
            mine = findings[findings["detector"] == detector.NAME]
            summary[detector.NAME] = extra(messages, mine, result.config)
    return summary

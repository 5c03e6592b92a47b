"""parse -> score -> detect: the one library call behind `chat-audit scan`."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from audit.core.baseline import mark_new, read_baseline
from audit.core.config import AuditConfig
from audit.core.errors import InputError
from audit.core.guidance import load_catalogue
from audit.core.progress import Progress, Silent
from audit.core.results import ParsedChat, ScanResult
from audit.core.rules import RuleRegistry
from audit.core.schema import SEVERITIES, empty_findings
from audit.parse.long_messages import bounded
from audit.parse.parsing import parse_export
from audit.scoring import ModelInfo
from audit.scoring.base import check_device, score_messages

EXPORT_SUFFIXES = (".txt", ".zip")


@dataclass
class Inputs:
    """What a scan will read: exports named directly (any problem with one stops the scan)
    and exports found in named folders (a problem with one skips it, with a reason)."""

    named: list[Path] = field(default_factory=list)
    found: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why)

    @property
    def exports(self) -> list[Path]:
        return self.named + self.found


def collect_exports(paths: Iterable[Path | str]) -> Inputs:
    """Exports named directly, plus every .txt/.zip inside a named folder and its
    sub-folders (links to folders are not followed, so a loop cannot trap the walk)."""
    inputs = Inputs()
    seen: set[tuple[int, int] | str] = set()
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            if _first_time(path, seen):
                inputs.named.append(path)
            continue
        if not _first_time(path, seen):
            continue
        found, others = _walk(path, inputs.skipped)
        if not found and not inputs.skipped:
            raise InputError(f"{path} holds no .txt or .zip export", "name the export file")
        # The same export named twice (a folder and a file in it, or `./a.txt a.txt`) is
        # scanned once: twice would double its findings.
        inputs.found.extend(p for p in found if _first_time(p, seen))
        if others:
            inputs.skipped.append(
                (str(path), f"{others} other file(s) in it are not .txt or .zip exports")
            )
    return inputs


def _first_time(path: Path, seen: set) -> bool:
    """False if `path` is a file already collected (same device and inode)."""
    try:
        info = path.stat()
        identity: tuple[int, int] | str = (info.st_dev, info.st_ino)
    except OSError:
        identity = os.path.abspath(path)
    if identity in seen:
        return False
    seen.add(identity)
    return True


def _walk(folder: Path, skipped: list[tuple[str, str]]) -> tuple[list[Path], int]:
    found: list[Path] = []
    others = 0

    def unreadable(error: OSError) -> None:
        skipped.append((str(error.filename or folder), f"cannot be read ({error.strerror})"))

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs.sort()
        for name in [d for d in dirs if (Path(root) / d).is_symlink()]:
            skipped.append((str(Path(root) / name), "a link to a folder, not followed"))
        for name in sorted(files):
            path = Path(root) / name
            if path.suffix.lower() in EXPORT_SUFFIXES:
                found.append(path)
            elif not name.startswith("."):
                others += 1
    return found, others


def _detectors(rules: RuleRegistry, enabled: set[str]):
    from detectors import DETECTORS

    return [d for d in DETECTORS if any(r.code in enabled for r in d.RULES)]


def scan(
    paths: Sequence[Path | str] | Inputs, config: AuditConfig, progress: Progress | None = None
) -> ScanResult:
    """Parse every export, then scan_parsed(). An export found in a folder that cannot be
    read is skipped with its reason (result.skipped); one named directly stops the scan."""
    check_device(config)
    # The settings files are read before the exports, so a bad one fails in a second, not
    # after the parse.
    load_catalogue(config.guidance_files)
    if config.baseline is not None:
        read_baseline(config.baseline)
    progress = progress or Silent()
    inputs = paths if isinstance(paths, Inputs) else collect_exports(paths)
    chats, skipped = [], list(inputs.skipped)
    for path in inputs.exports:
        progress.stage(f"reading {path.name}")
        try:
            chats.append(parse_export(path, date_order=config.date_order))
        except InputError as exc:
            if path in inputs.named:
                raise
            skipped.append((str(path), exc.message))
    if not chats:
        first = skipped[0] if skipped else ("", "nothing to scan")
        raise InputError(
            f"no export could be read ({len(skipped)} skipped; {first[0]}: {first[1]})",
            "name the exported .txt or .zip file",
        )
    result = scan_parsed(chats, config, progress)
    result.skipped = skipped
    return result


def scan_parsed(
    chats: Sequence[ParsedChat], config: AuditConfig, progress: Progress | None = None
) -> ScanResult:
    """scan() over chats already in memory (the evaluation builds chats from labelled texts)."""
    progress = progress or Silent()
    from detectors import rule_registry

    rules = rule_registry()
    enabled = rules.enabled(config.select, config.ignore)
    catalogue = load_catalogue(config.guidance_files)
    messages = pd.concat([c.messages for c in chats], ignore_index=True)
    full_text = messages["text"]
    messages = bounded(messages)

    detectors = _detectors(rules, enabled)
    models: list[ModelInfo] = []
    if config.use_models:
        wanted = list(dict.fromkeys(name for d in detectors for name in d.SCORERS))
        messages, models = score_messages(messages, wanted, config, progress)

    frames = []
    for detector in detectors:
        progress.stage(f"looking for {detector.NAME.replace('_', '-')} findings")
        frames.append(detector.detect(messages, config))
    messages["text"] = full_text  # findings' spans fall in the analysed start of each text
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

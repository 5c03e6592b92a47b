"""Precision and recall of each detector on the labelled evaluation chats.

Each `evaluation/NAME.txt` is a WhatsApp export with a sibling `NAME.labels.csv`
(`line,detector,note`): the 1-based first line of every message that SHOULD carry a finding
of that detector at or above the threshold severity (medium by default; off_hours: low).
Every other authored message is a negative for the detectors that file is labelled for.

    python scripts/evaluate.py evaluation [--no-models] [--min-severity medium]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

from audit.app import scan
from audit.core.config import AuditConfig
from audit.core.schema import SEVERITIES

LOW_SEVERITY_DETECTORS = {"off_hours"}  # their rules are all low by design


def read_labels(path: Path) -> dict[str, set[int]]:
    wanted: dict[str, set[int]] = defaultdict(set)
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            wanted[row["detector"].strip()].add(int(row["line"]))
    return wanted


def evaluate_file(chat: Path, labels: Path, config: AuditConfig, min_severity: str) -> list[dict]:
    result = scan([chat], config)
    messages = result.messages
    people = messages[messages["author"].notna() & (messages["kind"] != "system")]
    lines = set(people["line"].astype(int))
    rows = []
    for detector, positives in sorted(read_labels(labels).items()):
        unknown = positives - lines
        if unknown:
            raise SystemExit(
                f"{labels}: lines {sorted(unknown)} are not the first line of a message"
            )
        floor = "low" if detector in LOW_SEVERITY_DETECTORS else min_severity
        mine = result.findings[
            (result.findings["detector"] == detector)
            & (result.findings["severity"].cat.codes >= SEVERITIES.index(floor))
        ]
        flagged = set(mine["line"].astype(int))
        tp, fp, fn = len(flagged & positives), len(flagged - positives), len(positives - flagged)
        negatives = len(lines - positives)
        rows.append(
            {
                "file": chat.name,
                "detector": detector,
                "severity": f"{floor}+",
                "messages": len(lines),
                "positives": len(positives),
                "tp": tp,
                "fp": fp,
                "fn": fn,
                "precision": tp / (tp + fp) if tp + fp else 1.0,
                "recall": tp / (tp + fn) if tp + fn else 1.0,
                "benign_flagged": fp / negatives if negatives else 0.0,
                "missed": sorted(positives - flagged),
                "false_alarms": sorted(flagged - positives),
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, nargs="?", default=Path("evaluation/dev"))
    parser.add_argument("--no-models", action="store_true", help="rules over the text alone")
    parser.add_argument("--min-severity", choices=SEVERITIES, default="medium")
    parser.add_argument("--verbose", "-v", action="store_true", help="list missed/false lines")
    args = parser.parse_args(argv)
    config = AuditConfig(use_models=not args.no_models, progress=False)
    pairs = sorted((p, p.with_suffix(".labels.csv")) for p in args.folder.glob("*.txt"))
    pairs = [(chat, labels) for chat, labels in pairs if labels.exists()]
    if not pairs:
        print(f"no labelled chats (NAME.txt + NAME.labels.csv) in {args.folder}", file=sys.stderr)
        return 2
    print(
        f"{'file':<32} {'detector':<16} {'sev':<7} {'msgs':>5} {'pos':>4} {'tp':>4} {'fp':>4} "
        f"{'fn':>4} {'precision':>9} {'recall':>6} {'benign%':>7}"
    )
    for chat, labels in pairs:
        for r in evaluate_file(chat, labels, config, args.min_severity):
            print(
                f"{r['file']:<32} {r['detector']:<16} {r['severity']:<7} {r['messages']:>5} "
                f"{r['positives']:>4} {r['tp']:>4} {r['fp']:>4} {r['fn']:>4} "
                f"{r['precision']:>9.3f} {r['recall']:>6.3f} {100 * r['benign_flagged']:>6.1f}%"
            )
            if args.verbose and (r["missed"] or r["false_alarms"]):
                print(f"    missed lines: {r['missed']}\n    false alarms: {r['false_alarms']}")
    print(f"models: {'off (text rules only)' if args.no_models else 'on'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Baselines: what a group admin has already seen, so a re-run shows what is new.

Like detect-secrets' baseline, the file stores fingerprints (hashes of rule, author, time and
text), each finding's rule code and when it was first seen — never message text or names."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd

from audit.core.errors import UsageError
from audit.core.files import read_small_text
from audit.core.output import write_atomic

FORMAT_KEY = "chat-audit-baseline"
FORMAT_VERSION = 1


def read_baseline(path: Path) -> dict[str, dict]:
    """Fingerprint -> {"rule", "first_seen"}; an absent file is an empty baseline."""
    if not path.exists():
        return {}
    text = read_small_text(path, "baseline")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"cannot read baseline {path}: {exc}", "delete it to start afresh"
        ) from None
    if not isinstance(data, dict) or data.get(FORMAT_KEY) != FORMAT_VERSION:
        raise UsageError(f"{path} is not a chat-audit baseline", "choose another --baseline file")
    return dict(data.get("findings", {}))


def mark_new(findings: pd.DataFrame, baseline: dict[str, dict]) -> pd.DataFrame:
    """Add a `new` column: True where the finding is not in the baseline."""
    out = findings.copy()
    out["new"] = ~out["fingerprint"].isin(list(baseline))
    return out


def write_baseline(path: Path, findings: pd.DataFrame, baseline: dict[str, dict]) -> None:
    """Keep what was seen before (with its first-seen date) and add today's findings."""
    today = date.today().isoformat()
    merged = dict(baseline)
    for fingerprint, rule in zip(findings["fingerprint"], findings["rule"], strict=True):
        merged.setdefault(str(fingerprint), {"rule": str(rule), "first_seen": today})
    document = {
        FORMAT_KEY: FORMAT_VERSION,
        "updated": today,
        "findings": dict(sorted(merged.items())),
    }
    text = json.dumps(document, indent=1) + "\n"
    write_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"), force=True)

"""What ran: the commit, the date, the models each scan actually used (and whether they were
the fallback), and the thresholds and limits each detector declares."""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from audit.core.config import AuditConfig
from audit.core.results import ModelInfo
from detectors import DETECTORS
from reports.view import threshold_rows

# Every scorer, so that thresholds on a model score are listed whether or not it ran here; the
# models section above says which ran.
_ALL_SCORERS = frozenset(s for d in DETECTORS for s in getattr(d, "SCORERS", ()))


def git_commit(root: Path) -> str:
    """The commit, with "+ uncommitted changes" when the work tree differs from it."""
    try:
        head = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short=12", "HEAD"],
            capture_output=True, text=True, check=True, timeout=30,
        ).stdout.strip()  # fmt: skip
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True, text=True, check=True, timeout=30,
        ).stdout.strip()  # fmt: skip
    except (OSError, subprocess.SubprocessError):
        return "unknown (not a git checkout)"
    return f"{head} + uncommitted changes" if dirty else head


def models_used(models: Iterable[ModelInfo]) -> list[dict]:
    """Each distinct model once, in the order the scans reported them."""
    seen: dict[tuple, dict] = {}
    for info in models:
        key = (info.scorer, info.name, info.version)
        seen.setdefault(
            key,
            {
                "scorer": info.scorer,
                "name": info.name,
                "version": info.version,
                "fallback": info.fallback,
            },
        )
    return list(seen.values())


def _is_threshold(name: str, value: object) -> bool:
    if name.startswith("_") or not name.isupper() or isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    return (
        isinstance(value, dict)
        and bool(value)
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value.values())
    )


def thresholds() -> dict[str, dict[str, object]]:
    """detector -> its numeric settings: the module-level constants (score thresholds, windows,
    minimums) and every value its THRESHOLDS declares (read the way the report reads them, so
    a model cut-off kept in a table, such as the classifier's per label, is listed too)."""
    out: dict[str, dict[str, object]] = {}
    for d in DETECTORS:
        values = {k: v for k, v in vars(d).items() if k != "THRESHOLDS" and _is_threshold(k, v)}
        declared = threshold_rows({d.NAME: getattr(d, "THRESHOLDS", {})}, scorers=_ALL_SCORERS)
        for row in declared:
            values.setdefault(row.name, row.value)
        out[d.NAME] = values
    return out


def settings(config: AuditConfig) -> dict[str, object]:
    return {
        "models": "on" if config.use_models else "off (text rules only)",
        "quiet_hours": str(config.quiet_hours),
        "weekend_quiet": config.weekend_quiet,
        "severity floor": "medium (off_hours: low)",
    }


def today() -> str:
    return date.today().isoformat()

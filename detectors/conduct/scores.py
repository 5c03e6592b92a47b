"""The classifier's conduct scores (audit.scoring.classifier, columns `cls_<label>`), and the
operating points this detector uses for each label, chosen by how many benign messages reach
them out of fold (the manifest records each threshold's rate, measured at training time):

- SUPPORT: a score at most 1% of benign messages reach turns partial cue evidence (one of a
  rule's parts: an act without a named service user, a health topic without a claim) into a
  finding;
- STRONG: a score at most 5% of benign messages reach does the same for strong partial
  evidence (two of a rule's parts, e.g. a health topic passed on as advice to patients);
- WEAK: a score at most 0.25% of benign messages reach is needed for weak partial evidence
  (words that are ordinary without the rule's other part, e.g. going for drinks with no one
  from work named).

A score alone never makes a finding, and vetoes (declining, asking, correcting, proper
channels) apply whatever the score. A retrained model brings its own thresholds; without
rates the manifest's "medium" and "low" levels are used, and DEFAULT_SUPPORT (a logistic
model's own decision point) without a manifest. When the columns are absent (`--no-models`,
or no classifier installed) the detector runs on cues alone."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from audit.core.errors import ChatAuditError
from audit.scoring import classifier
from detectors.conduct.rules import (
    BOUNDARIES,
    COPYRIGHT,
    DEFAMATION,
    MISINFORMATION,
    NAMING_SHAMING,
    SCREENSHOTS,
)

SCORER = "classifier"
ENTITIES = "entities"  # the entities scorer's column: PERSON spans name people in lower case
LABELS = {
    BOUNDARIES.code: "boundaries",
    MISINFORMATION.code: "misinformation",
    COPYRIGHT.code: "copyright",
    NAMING_SHAMING.code: "naming_shaming",
    DEFAMATION.code: "defamation",
    SCREENSHOTS.code: "screenshots",
}
DEFAULT_SUPPORT = 0.5
# Operating points by how many benign messages reach them out of fold (the manifest records
# each threshold's rate): partial evidence needs a score at most 1% of benign messages reach;
# strong partial evidence (two of a rule's parts) one at most 5% reach.
SUPPORT_BENIGN = 0.01
STRONG_BENIGN = 0.05
WEAK_BENIGN = 0.0025  # weak partial evidence (ordinary words only): at most 1 in 400
CUE_SCORE = 0.8  # the `score` of a finding from a cue's full pattern alone


@dataclass(frozen=True)
class OperatingPoint:
    support: float  # partial evidence + a score at the "medium" threshold -> a finding
    strong: float  # strong partial evidence (two of a rule's parts) + the "low" threshold
    weak: float  # weak partial evidence (ordinary words only) + the "high" threshold
    source: str


def column(code: str) -> str:
    return f"cls_{LABELS[code]}"


def _levels(manifest: dict, label: str) -> list[tuple[float, float | None, str]]:
    """(value, out-of-fold benign rate or None, source) of each threshold the manifest has."""
    out = []
    for entry in manifest.get("thresholds", {}).get(label, {}).values():
        rate = entry.get("oof_benign_rate")
        out.append((float(entry["value"]), None if rate is None else float(rate), entry["source"]))
    return sorted(out)


def _pick(levels, most_benign: float, fallback: str, named: dict) -> tuple[float, str] | None:
    """The lowest threshold that at most `most_benign` of benign messages reached out of fold;
    by level name when the manifest gives no rates."""
    rated = [(v, src) for v, rate, src in levels if rate is not None and rate <= most_benign]
    if rated:
        return rated[0]
    entry = named.get(fallback)
    return (entry.value, entry.source) if entry else None


def operating_points() -> dict[str, OperatingPoint]:
    """Rule code -> its operating points, from the shipped model's manifest when it has one."""
    try:
        manifest = classifier.read_manifest()
        named = classifier.thresholds()
    except (ChatAuditError, OSError, KeyError, ValueError):
        manifest, named = {}, {}
    out = {}
    for code, label in LABELS.items():
        levels = _levels(manifest, label)
        support = _pick(levels, SUPPORT_BENIGN, "medium", named.get(label, {}))
        strong = _pick(levels, STRONG_BENIGN, "low", named.get(label, {}))
        weak = _pick(levels, WEAK_BENIGN, "high", named.get(label, {}))
        value = support[0] if support else DEFAULT_SUPPORT
        out[code] = OperatingPoint(
            support=value,
            strong=min(value, strong[0]) if strong else value,
            weak=max(value, weak[0]) if weak else value,
            source=support[1] if support else "default",
        )
    return out


def scores(messages: pd.DataFrame) -> dict[str, np.ndarray | None]:
    """Rule code -> float scores aligned with `messages` (NaN where not scored), or None when
    the classifier's column is absent."""
    out: dict[str, np.ndarray | None] = {}
    for code in LABELS:
        name = column(code)
        if name in messages.columns:
            out[code] = pd.to_numeric(messages[name], errors="coerce").to_numpy(
                dtype="float64", na_value=np.nan
            )
        else:
            out[code] = None
    return out


def known(value: float | None) -> bool:
    return value is not None and not math.isnan(value)

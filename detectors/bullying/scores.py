"""The model scores bullying reads, when the scorers ran: chat-audit's own classifier
(`cls_putdown`, `cls_exclusion`, `cls_insult`, `cls_staff_grievance`) and the toxicity model
(`tox_*`). Every column is optional: without them the detector runs on its cues alone.

The classifier's cut-offs come from its manifest (chosen on held-out predictions when it was
trained, audit.scoring.classifier.thresholds()), so a retrained model brings its own operating
points; until a model is installed the defaults below stand in, and are never used to decide
anything (no cls_* column, no score to compare)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from audit.core.errors import ChatAuditError
from audit.scoring import classifier
from detectors.bullying import tuning as t

CLASSIFIER_LABELS = ("putdown", "exclusion", "insult", "staff_grievance")
TOX_TARGETED = ("tox_insult", "tox_identity_attack", "tox_threat", "tox_severe_toxicity")
DEFAULT_CUTS = {"low": 0.35, "medium": 0.5, "high": 0.8}  # a probability's own decision point


def classifier_cuts() -> dict[str, dict[str, float]]:
    """label -> level -> cut-off, from the installed classifier's manifest when there is one."""
    cuts = {label: dict(DEFAULT_CUTS) for label in CLASSIFIER_LABELS}
    try:
        found = classifier.thresholds()
    except (ChatAuditError, OSError, KeyError, ValueError):
        return cuts
    for label in CLASSIFIER_LABELS:
        for level, threshold in found.get(label, {}).items():
            cuts[label][level] = float(threshold.value)
    return cuts


@dataclass
class Scores:
    """One chat's model scores by position (0 where a column or a score is missing)."""

    columns: Mapping[str, np.ndarray]
    cuts: Mapping[str, Mapping[str, float]]

    @classmethod
    def of(cls, chat_rows: pd.DataFrame) -> Scores | None:
        wanted = [f"cls_{label}" for label in CLASSIFIER_LABELS]
        wanted += ["tox_toxicity", *TOX_TARGETED]
        present = [c for c in wanted if c in chat_rows.columns]
        if not present:
            return None
        columns = {
            c: np.nan_to_num(chat_rows[c].astype("float64").to_numpy(na_value=np.nan))
            for c in present
        }
        cuts = classifier_cuts() if any(c.startswith("cls_") for c in present) else {}
        return cls(columns, cuts)

    def has(self, column: str) -> bool:
        return column in self.columns

    def value(self, column: str, pos: int) -> float:
        found = self.columns.get(column)
        return 0.0 if found is None else float(found[pos])

    def level(self, label: str, pos: int) -> str:
        """ "high", "medium", "low" or "" for the classifier's label at a message."""
        column = f"cls_{label}"
        if column not in self.columns:
            return ""
        score, cuts = self.value(column, pos), self.cuts.get(label, DEFAULT_CUTS)
        return next((lv for lv in ("high", "medium", "low") if score >= cuts[lv]), "")

    def toxic(self, pos: int) -> tuple[float, float]:
        """(targeted-harm score, overall toxicity) from the toxicity model, 0 when absent."""
        targeted = max((self.value(c, pos) for c in TOX_TARGETED), default=0.0)
        return targeted, self.value("tox_toxicity", pos)

    def toxic_hit(self, pos: int) -> bool:
        targeted, overall = self.toxic(pos)
        return targeted >= t.MODEL_INSULT or overall >= t.MODEL_TOXICITY

    def candidates(self) -> np.ndarray:
        """Positions any model puts at or above a low cut-off: worth classifying."""
        n = len(next(iter(self.columns.values())))
        out = np.zeros(n, dtype=bool)
        for label in CLASSIFIER_LABELS:
            column = f"cls_{label}"
            if column in self.columns:
                out |= self.columns[column] >= self.cuts.get(label, DEFAULT_CUTS)["low"]
        targeted = np.zeros(n)
        for column in TOX_TARGETED:
            if column in self.columns:
                targeted = np.fmax(targeted, self.columns[column])
        out |= targeted >= t.MODEL_INSULT
        if "tox_toxicity" in self.columns:
            out |= self.columns["tox_toxicity"] >= t.MODEL_TOXICITY
        return out

"""What the labels mean for the detectors: which findings count as finding a labelled message,
and which flags count as correct. One table, used for dev, test and the external sets.

Findings are matched by detector name (and rule code where a category is one rule's job), so
a detector that does not exist yet simply finds nothing, and is scored the day it lands."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from audit.core.schema import SEVERITIES

# The conduct categories the fifth detector (`conduct`, rules CND...) looks for.
CONDUCT_CATEGORIES = (
    "boundaries",
    "misinformation",
    "copyright",
    "naming_shaming",
    "defamation",
    "screenshots",
)
POSITIVE_CATEGORIES = (
    "confidentiality",
    "toxicity",
    "bullying",
    "staff_grievance",
    "off_hours",
    *CONDUCT_CATEGORIES,
)
BENIGN_TRICKY = "benign_tricky"  # a benign message that looks risky
ALL_CATEGORIES = (*POSITIVE_CATEGORIES, BENIGN_TRICKY)
# A message excluded from every precision and false-alarm count (an external row whose label
# does not fit our categories, e.g. a presidio sentence with only a city in it).
UNSCORED = "unscored"
# Categories that leave a message benign: off-hours is about when, not what, was written.
NOT_A_RISK = frozenset({"off_hours", BENIGN_TRICKY})

# Dev labels name a detector; each stands for its category ("conduct" for any conduct one).
DEV_DETECTOR_CATEGORIES = {
    "confidentiality": "confidentiality",
    "toxicity": "toxicity",
    "bullying": "bullying",
    "off_hours": "off_hours",
    "conduct": "conduct",
}


@dataclass(frozen=True)
class Match:
    """Findings of one detector (optionally one rule code or code prefix) at a severity floor."""

    detector: str
    rule: str = ""
    floor: str = "medium"

    def mask(self, findings: pd.DataFrame) -> pd.Series:
        hit = (findings["detector"] == self.detector) & (
            findings["severity"].cat.codes >= SEVERITIES.index(self.floor)
        )
        if self.rule:
            hit &= findings["rule"].astype(str).str.startswith(self.rule)
        return hit.fillna(False).astype(bool)


@dataclass(frozen=True)
class Row:
    """One line of the scores table.

    recall: of the messages carrying any of `categories`, the share with a finding matching
    `found_by`. precision: of the messages with a finding matching `flagged_by`, the share
    carrying any of `correct` (None: the row has no precision of its own)."""

    name: str
    categories: frozenset[str]
    found_by: tuple[Match, ...]
    flagged_by: tuple[Match, ...] | None
    correct: frozenset[str] = frozenset()
    summary: bool = True  # shown in the README's compact table


def _row(name, categories, found_by, flagged_by=None, correct=(), summary=True) -> Row:
    return Row(name, frozenset(categories), found_by, flagged_by, frozenset(correct), summary)


_CONDUCT = (Match("conduct"),)
# Copyright is low by design (CND003: medium only for exam material), so a copyright message
# counts as found by CND003 at low or above; every other row stays at medium+.
_COPYRIGHT_FOUND = (*_CONDUCT, Match("conduct", "CND003", floor="low"))
_STAFF_RULE = Match("bullying", "BUL005")
ROWS: tuple[Row, ...] = (
    _row("confidentiality", ["confidentiality"], (Match("confidentiality"),),
         (Match("confidentiality"),), ["confidentiality"]),
    # A toxicity or bullying finding on a staff grievance is right: either counts there.
    _row("toxicity", ["toxicity"], (Match("toxicity"),), (Match("toxicity"),),
         ["toxicity", "staff_grievance"]),
    _row("bullying", ["bullying"], (Match("bullying"),), (Match("bullying"),),
         ["bullying", "staff_grievance"]),
    _row("staff grievance", ["staff_grievance"], (_STAFF_RULE, Match("toxicity")),
         (_STAFF_RULE,), ["staff_grievance", "bullying"]),
    _row("off_hours", ["off_hours"], (Match("off_hours", floor="low"),),
         (Match("off_hours", floor="low"),), ["off_hours"]),
    _row("conduct", [*CONDUCT_CATEGORIES, "conduct"], _CONDUCT, _CONDUCT,
         [*CONDUCT_CATEGORIES, "conduct"]),
    *(_row(f"conduct: {c}", [c], _COPYRIGHT_FOUND if c == "copyright" else _CONDUCT,
           summary=False) for c in CONDUCT_CATEGORIES),
)  # fmt: skip

"""Conduct: the risks in the guidance that are not about rudeness or confidentiality.

- CND001 boundaries with patients, service users, pupils and their families (HCPC 1.7,
  1.9-1.12; refuse friend requests): friend and follow requests, personal numbers, meeting
  socially, gifts and money, romantic interest. High with a child or romantic interest, else
  medium.
- CND002 public-health misinformation given as advice (HCPC 2.11): medium.
- CND003 copyright (the one-minute guide): pirated textbooks, shared logins, paywalled
  articles: low; exam papers and answers: medium.
- CND004 naming and shaming a placement, ward, school or member of staff on social media
  (whistleblowing belongs with the whistleblowing policy): medium. Shaming a fellow student
  is the bullying detector's BUL006, so a message about members only is left to it.
- CND005 stating as fact that an identifiable person committed wrongdoing (libel and
  defamation): medium; low when it is a laughed-at joke about a member.
- CND006 screenshots of the group, or a member's private messages, shared onwards: medium;
  a screenshot or forward with nowhere said it is going and nobody mocked: low.
- Off-topic use is not a finding: `summarize` estimates, per chat and month, the share of
  messages on course matters for the group's admins (topics.py).

Evidence: named cues (cues/) for who a message is about (a service user, a child, an
identifiable person, a member) and what it does, combined with chat-audit's own classifier
(`cls_*` columns, scores.py) when it ran, and the entities scorer's PERSON spans (names typed
in lower case); the classifier never overrides the vetoes that make
the tricky negatives safe: declining and saying so, asking, correcting a myth, reporting
what someone else claims, raising a concern through the proper channels, asking permission.
Every explanation says what to do instead, from the guidance the rule cites (rules.py).

The package: rules, cues/ (named cue data), text (clauses, questions, negation, people),
evidence (per-rule cue evidence), scores (the classifier's columns and operating points),
classify (one chat's walk), topics and summary (the admins' off-topic estimate)."""

from __future__ import annotations

import pandas as pd

from audit.core.config import AuditConfig
from audit.core.people import authored
from audit.core.schema import empty_findings
from detectors.base import Finding, findings_frame
from detectors.conduct.classify import (
    CONTEXT_MESSAGES,
    CONTEXT_SECONDS,
    OWN_CONTEXT_SECONDS,
    chat_findings,
)
from detectors.conduct.cues import CUES
from detectors.conduct.rules import RULES
from detectors.conduct.scores import (
    CUE_SCORE,
    DEFAULT_SUPPORT,
    ENTITIES,
    SCORER,
    STRONG_BENIGN,
    SUPPORT_BENIGN,
    WEAK_BENIGN,
    operating_points,
    scores,
)
from detectors.conduct.summary import summarize

NAME = "conduct"
SCORERS: tuple[str, ...] = (SCORER, ENTITIES)
THRESHOLDS = {  # listed by the evaluation as this detector's settings
    "CUE_SCORE": CUE_SCORE,
    "DEFAULT_SUPPORT": DEFAULT_SUPPORT,
    "SUPPORT_BENIGN": SUPPORT_BENIGN,
    "STRONG_BENIGN": STRONG_BENIGN,
    "WEAK_BENIGN": WEAK_BENIGN,
    "CONTEXT_MESSAGES": CONTEXT_MESSAGES,
    "CONTEXT_SECONDS": CONTEXT_SECONDS,
    "OWN_CONTEXT_SECONDS": OWN_CONTEXT_SECONDS,
}

__all__ = ["CUES", "NAME", "RULES", "SCORERS", "THRESHOLDS", "detect", "summarize"]


def detect(messages: pd.DataFrame, config: AuditConfig) -> pd.DataFrame:  # noqa: ARG001
    people = messages[authored(messages) & messages["timestamp"].notna()]
    if people.empty:
        return empty_findings()
    points = operating_points()
    findings: list[Finding] = []
    for _, rows in people.groupby("chat", sort=True, observed=True):
        rows = rows.sort_values("message_id", kind="stable")
        findings.extend(chat_findings(rows, scores(rows), points))
    frame = findings_frame(findings, messages, NAME)
    return frame.sort_values(["chat", "message_id", "rule"], kind="stable").reset_index(drop=True)

"""Toxicity: insults, identity attacks and dehumanising language (HCPC 1.6), threats, telling
someone to kill themselves, obscenity aimed at a person, sexual harassment, intimidating
someone who raised a concern, and severe toxicity.

Models score, rules decide. The scores come from detoxify when it is downloaded (first
choice), otherwise from chat-audit's own classifier (audit/scoring/classifier.py, trained on
training/corpus), and the rules (detectors/toxicity/assess.py, one function per rule) combine
them with cues about who a message is aimed at and what explains it away (figurative speech,
banter, quoting or condemning abuse). With `--no-models` the rules run on text cues alone.
Thresholds and where each value came from: detectors/toxicity/scores.py."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from audit.core.config import AuditConfig
from audit.core.people import Members, authored
from audit.core.schema import empty_findings
from detectors.base import Finding, findings_frame
from detectors.lexicon import Prefilter, cue_names, shared
from detectors.toxicity import cues
from detectors.toxicity.assess import Hit, assess
from detectors.toxicity.rules import RULES
from detectors.toxicity.scores import (
    CLASSIFIER_LABELS,
    DETOXIFY_CATEGORIES,
    DETOXIFY_MEDIUM,
    declared,
    lowest_classifier_threshold,
)

NAME = "toxicity"
SCORERS = ("toxicity", "classifier")
CUES = cues.CUES
THRESHOLDS = declared()

# The cues that can make a finding on their own; a text none of them could match, and that no
# model scored high enough, is not assessed (the prefilter is derived from the cues' patterns).
TRIGGER_CUES = (
    *shared.SELF_HARM_INCITEMENT.cues,
    *shared.THREAT.cues,
    *shared.IDENTITY_GENERALISATION.cues,
    *shared.CASUAL_IDENTITY_SLIGHT.cues,
    shared.INSULT_AT_PERSON,
    shared.INSULT_EXCLAMATION,
    shared.NOUN_PREDICATE,
    *shared.DIRECTED_ABUSE.cues,
    shared.PROFANE,
    *cues.SEXUAL_REMARK.cues,
    *cues.CONCERN_RAISER.cues,
    *cues.GROUP_HOSTILITY.cues,
    cues.WORTHLESS,
)
TRIGGERS = Prefilter.of(TRIGGER_CUES)

__all__ = ["CUES", "NAME", "RULES", "SCORERS", "THRESHOLDS", "Hit", "assess", "detect"]


def _score_columns(frame: pd.DataFrame) -> list[str]:
    wanted = [f"tox_{c}" for c in DETOXIFY_CATEGORIES] + [f"cls_{c}" for c in CLASSIFIER_LABELS]
    return [c for c in wanted if c in frame.columns]


def _model_candidates(people: pd.DataFrame) -> np.ndarray:
    """Messages some model scored at or above the lowest score any rule acts on."""
    found = np.zeros(len(people), dtype=bool)
    detoxify = [f"tox_{c}" for c in DETOXIFY_CATEGORIES if f"tox_{c}" in people.columns]
    if detoxify:
        top = people[detoxify].astype("float64").max(axis=1, skipna=True).fillna(0.0)
        found |= (top >= DETOXIFY_MEDIUM).to_numpy(dtype=bool)
    for label, floor in lowest_classifier_threshold().items():
        column = f"cls_{label}"
        if column in people.columns:
            values = people[column].astype("float64").fillna(0.0).to_numpy()
            found |= values >= floor
    return found


def _target(hit: Hit, text: str, members: Members, names) -> str:
    """The member a finding is aimed at when the message names one; "group" for an attack on
    people for who they are."""
    if hit.rule.code == "TOX002":
        return "group"
    if names is None:
        return ""
    for match in names.finditer(text):
        member = members.resolve(match.group())
        if member:
            return member
    return ""


def detect(messages: pd.DataFrame, config: AuditConfig) -> pd.DataFrame:  # noqa: ARG001
    if messages.empty:
        return empty_findings()
    people = messages[authored(messages) & (messages["kind"] == "text") & messages["text"].notna()]
    if people.empty:
        return empty_findings()
    candidate = TRIGGERS.mask(people["text"].astype(object).tolist()) | _model_candidates(people)
    chosen = people[candidate]
    columns = _score_columns(chosen)
    members_by_chat = {
        chat: Members.from_authors(group["author"].dropna().unique())
        for chat, group in messages[authored(messages)].groupby("chat", observed=True)
    }
    patterns = {chat: m.name_pattern() for chat, m in members_by_chat.items()}
    findings = []
    seen: dict[tuple, list[Hit]] = {}  # chats repeat texts ("kys lol"); assess each once
    for row, record in chosen.iterrows():
        scores = {c: _value(record[c]) for c in columns}
        chat, text = record["chat"], str(record["text"])
        key = (chat, text, *(None if math.isnan(v) else v for v in scores.values()))
        if key not in seen:
            seen[key] = assess(text, scores, patterns.get(chat))
        for hit in seen[key]:
            findings.append(
                Finding(
                    row=row,
                    rule=hit.rule,
                    explanation=hit.explanation,
                    score=hit.score,
                    label=hit.label,
                    severity=hit.severity,
                    spans=hit.spans,
                    cue=cue_names(hit.spans) or hit.model_cue,
                    target=_target(hit, text, members_by_chat[chat], patterns.get(chat)),
                )
            )
    return findings_frame(findings, messages, NAME)


def _value(raw: object) -> float:
    try:
        return float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan

"""One chat's walk: for each message and rule that could hold conduct evidence (its words
pass the rule's trigger prefilter, or the classifier scored it at the rule's lowest
operating point), read the evidence (evidence/) with the messages just before it as
context, and decide:

1. a veto cue (declining, asking, correcting, reported, proper channels, permission,
   negation) -> nothing, whatever the score;
2. a cue's full pattern, or its parts together -> a finding (score: the classifier's when
   higher than CUE_SCORE);
3. partial evidence and a classifier score at the rule's operating point -> a finding: STRONG
   for two of a rule's parts, WEAK for words that are ordinary without the other part,
   SUPPORT otherwise (scores.py). A score alone never is: a message must say something
   about the topic in words a cue recognises.

Severity is the rule's default unless the evidence says otherwise (a child or romance: high;
exam material: medium; a screenshot going nowhere said: low; a laughed-at claim about a
member: low)."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from audit.core.people import Members
from detectors.base import Finding
from detectors.conduct.evidence import EVALUATE, TRIGGERS, Context, Evidence
from detectors.conduct.rules import INSTEAD, RULES
from detectors.conduct.scores import CUE_SCORE, ENTITIES, SCORER, OperatingPoint, known
from detectors.lexicon import Prefilter, cue_names

CONTEXT_MESSAGES = 3  # messages before that may say who a message is about
CONTEXT_SECONDS = 15 * 60
OWN_CONTEXT_SECONDS = 30 * 60
SHARED_NEXT_SECONDS = 3 * 60  # a forwarded message pasted or posted right after "look what"
SHARED_NEXT_MESSAGES = 3

PREFILTERS = {code: Prefilter.of(cues) for code, cues in TRIGGERS.items()}
_BY_CODE = {r.code: r for r in RULES}
LEAD = {
    "CND001": "Describes",
    "CND002": "Gives",
    "CND003": "Shares or asks for",
    "CND004": "Plans to post publicly about",
    "CND005": "States as fact that",
    "CND006": "Passes on",
}
DEFAULT_WHAT = {
    "CND001": "a personal connection with a patient, service user or pupil",
    "CND002": "a health claim as advice",
    "CND003": "copyrighted material",
    "CND004": "a placement, school or member of staff",
    "CND005": "an identifiable person committed wrongdoing",
    "CND006": "other people's messages",
}


def person_spans(rows: pd.DataFrame) -> list[list[tuple[int, int]]]:
    """PERSON spans per row from the entities scorer's column, [] where it did not run."""
    if ENTITIES not in rows.columns:
        return [[] for _ in range(len(rows))]
    out = []
    for found in rows[ENTITIES].tolist():
        spans = []
        if isinstance(found, list | tuple):
            for entity in found:
                if len(entity) >= 3 and entity[2] == "PERSON":
                    spans.append((int(entity[0]), int(entity[1])))
        out.append(spans)
    return out


def candidates(
    texts: list[str], scores: Mapping[str, np.ndarray | None], points: Mapping[str, OperatingPoint]
) -> dict[str, np.ndarray]:
    """Rule code -> the rows it must read: its trigger cues' prefilter passes, or the
    classifier scored the row at its lowest operating point."""
    out = {}
    for code, prefilter in PREFILTERS.items():
        mask = prefilter.mask(texts)
        values = scores.get(code)
        if values is not None:
            mask = mask | (np.nan_to_num(values, nan=0.0) >= points[code].strong)
        out[code] = mask
    return out


def _decide(code: str, ev: Evidence, score: float | None, point: OperatingPoint):
    """(spans, cue, score) of a finding, or None."""
    if ev.blocked:
        return None
    scored = known(score)
    if ev.spans:
        best = max(CUE_SCORE, score) if scored and score > CUE_SCORE else CUE_SCORE
        return ev.spans, cue_names(ev.spans), best
    needed = point.strong if ev.strong else point.weak if ev.weak else point.support
    if scored and ev.partial and score >= needed:
        return ev.partial, "; ".join(filter(None, [cue_names(ev.partial), SCORER])), score
    return None


def _explanation(code: str, ev: Evidence, score: float | None, from_model: bool) -> str:
    what = ev.what or DEFAULT_WHAT[code]
    model = f" (chat-audit's classifier scores it {score:.2f})" if from_model else ""
    return f"{LEAD[code]} {what}{model}; {INSTEAD[code]}."


def chat_findings(
    rows: pd.DataFrame,
    scores: Mapping[str, np.ndarray | None],
    points: Mapping[str, OperatingPoint],
) -> list[Finding]:
    """Findings for one chat's authored messages (`rows`, in message order; `scores` aligned
    with them)."""
    texts = rows["text"].fillna("").astype(str).tolist()
    authors = rows["author"].astype(object).tolist()
    seconds = rows["timestamp"].to_numpy().astype("datetime64[s]").astype("int64")
    ids = rows["message_id"].astype(int).to_numpy()
    members = Members.from_authors(authors)
    names = members.name_pattern()
    persons = person_spans(rows)
    wanted = candidates(texts, scores, points)
    any_rule = np.logical_or.reduce(list(wanted.values()))
    findings: list[Finding] = []
    for i in np.flatnonzero(any_rule):
        text = texts[i]
        if not text.strip():
            continue
        before = [
            texts[j]
            for j in range(max(0, i - CONTEXT_MESSAGES), i)
            if seconds[i] - seconds[j] <= CONTEXT_SECONDS
        ]
        own = [
            texts[j]
            for j in range(max(0, i - 10), i)
            if authors[j] == authors[i] and seconds[i] - seconds[j] <= OWN_CONTEXT_SECONDS
        ]
        ctx = Context(text, str(authors[i]), before, own, names, members.resolve, persons[i])
        for code, evaluate in EVALUATE.items():
            if not wanted[code][i]:
                continue
            values = scores.get(code)
            score = float(values[i]) if values is not None else None
            ev = evaluate(ctx)
            decided = _decide(code, ev, score, points[code])
            if decided is None:
                continue
            spans, cue, value = decided
            related = []
            if ev.shares_next:
                related = [
                    int(ids[j])
                    for j in range(i + 1, min(len(texts), i + 1 + SHARED_NEXT_MESSAGES))
                    if authors[j] == authors[i] and seconds[j] - seconds[i] <= SHARED_NEXT_SECONDS
                ]
            findings.append(
                Finding(
                    row=rows.index[i],
                    rule=_BY_CODE[code],
                    explanation=_explanation(code, ev, score, from_model=not ev.spans),
                    score=min(1.0, max(0.0, value)),
                    label=_BY_CODE[code].name,
                    severity=ev.severity,
                    spans=spans,
                    related=related,
                    cue=cue,
                    target=ev.target,
                )
            )
    return findings

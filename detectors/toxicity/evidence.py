"""What the toxicity rules know about one message: the model scores that ran, the cues about
who it is aimed at, and the cues that explain a message away (figurative speech, banter,
quoting or condemning abuse, an insult aimed at oneself). Computed once per message, then
read by every rule (detectors/toxicity/assess.py).

Which model gave the scores (`mode`), in order of preference:
- "detoxify": a downloaded detoxify model (`tox_*` columns, six categories);
- "classifier": chat-audit's own classifier (`cls_*` columns), when detoxify did not run;
- "fallback": only alt-profanity-check's `tox_obscene` (the classifier did not run);
- "text": no model scores (`--no-models`): text cues alone.
With detoxify, the classifier still scores the categories detoxify has no column for
(sexual harassment, telling someone to self-harm, dehumanising language, intimidating a
concern-raiser). The alt-profanity-check fallback's `tox_obscene` is read only to raise an
insult phrase with strong swearing to high."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from audit.core.schema import SEVERITIES
from detectors.lexicon import CueSpan, shared
from detectors.toxicity import cues
from detectors.toxicity.scores import (
    CLASSIFIER_LABELS,
    DETOXIFY_CATEGORIES,
    classifier_level,
)

_WORD = re.compile(r"[^\W_]+")


def _number(value: object) -> float:
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan
    return number


def known(value: float) -> bool:
    return not math.isnan(value)


def lower(severity: str, steps: int = 1) -> str:
    return SEVERITIES[max(0, SEVERITIES.index(severity) - steps)] if severity else ""


def higher(a: str, b: str) -> str:
    """The more severe of two severities ("" = none)."""
    if not a or not b:
        return a or b
    return a if SEVERITIES.index(a) >= SEVERITIES.index(b) else b


@dataclass(frozen=True)
class Evidence:
    text: str
    names: re.Pattern[str] | None
    detoxify: dict[str, float]  # category -> score, NaN when not scored
    classifier: dict[str, float]  # label -> score, NaN when not scored
    mode: str  # detoxify | classifier | fallback (profanity only) | text
    profanity: float  # the fallback's obscenity score, 0 when absent
    addressed: str | None  # "@mention", "second person", "member name"
    refs: list[CueSpan]
    figurative: list[CueSpan]
    soft: bool  # laughter or a joking marker
    reported: bool  # reported or condemned speech, or a call-out of someone else's remark
    quoted: list[CueSpan]
    self_directed: bool
    warm: bool  # praise or kindness: a bare model score on it is kept low
    tokens: int  # words in the message
    notes: list[str] = field(default_factory=list)

    @property
    def aim(self) -> str | None:
        return self.addressed or (self.refs[0][2] if self.refs else None)

    @property
    def detoxify_ran(self) -> bool:
        return self.mode == "detoxify"

    def level(self, label: str) -> str:
        """The classifier's severity for `label` from its held-out thresholds ("" = none)."""
        return classifier_level(label, self.classifier.get(label, math.nan))

    def score(self, label: str) -> float:
        value = self.classifier.get(label, math.nan)
        return 0.0 if math.isnan(value) else value

    def note(self) -> str:
        if self.mode == "detoxify":
            parts = ", ".join(
                f"{c.replace('_', ' ')} {self.detoxify[c]:.2f}" for c in DETOXIFY_CATEGORIES
            )
            return f"detoxify scores: {parts}"
        if self.mode == "classifier":
            top = sorted(
                ((v, k) for k, v in self.classifier.items() if known(v) and v >= 0.1), reverse=True
            )[:3]
            shown = ", ".join(f"{k.replace('_', ' ')} {v:.2f}" for v, k in top) or "all below 0.10"
            return f"chat-audit classifier scores: {shown}" + self._profanity_note("; ")
        if self.mode == "fallback":
            return self._profanity_note("")
        return "text cues only (models off)"

    def _profanity_note(self, lead: str) -> str:
        if not known(self.detoxify["obscene"]):
            return ""
        return (
            f"{lead}profanity {self.profanity:.2f} (fallback model: profanity only, not toxicity)"
        )


def gather(
    text: str, scores: Mapping[str, object] | None = None, names: re.Pattern[str] | None = None
) -> Evidence:
    """The evidence for one message. `scores` maps scorer columns (`tox_insult`,
    `cls_threat`, ...) to values; missing or NaN means that model did not score it."""
    scores = scores or {}
    detoxify = {c: _number(scores.get(f"tox_{c}")) for c in DETOXIFY_CATEGORIES}
    classifier = {label: _number(scores.get(f"cls_{label}")) for label in CLASSIFIER_LABELS}
    if known(detoxify["insult"]):
        mode = "detoxify"
    elif any(known(v) for v in classifier.values()):
        mode = "classifier"
    elif known(detoxify["obscene"]):
        mode = "fallback"
    else:
        mode = "text"
    addressed = shared.addresses_someone(text, names)
    return Evidence(
        text=text,
        names=names,
        detoxify=detoxify,
        classifier=classifier,
        mode=mode,
        profanity=detoxify["obscene"] if known(detoxify["obscene"]) else 0.0,
        addressed=addressed,
        refs=shared.person_references(text, names),
        figurative=shared.FIGURATIVE.spans(text, "figurative"),
        soft=shared.SOFTENER.search(text) is not None,
        reported=(
            shared.REPORTED_SPEECH.search(text) is not None
            or cues.CALL_OUT.search(text) is not None
        ),
        quoted=(shared.QUOTED.spans(text) if '"' in text or "“" in text else [])
        + (cues.QUOTED_SINGLE.spans(text) if "'" in text or "‘" in text else []),
        self_directed=cues.SELF_DIRECTED.search(text) is not None,
        warm=cues.WARMTH.search(text) is not None or shared.PRAISE.search(text) is not None,
        tokens=len(_WORD.findall(text)),
    )

"""Score thresholds of the toxicity detector, each with where its value came from.

- detoxify (`tox_*`): per-category sigmoid probabilities trained on Jigsaw labels (the share
  of raters calling a comment insulting, threatening, ...). 0.5 is the model's own decision
  point ("most raters would say so"): medium from there when aimed at a person; high from 0.8,
  a clear majority. Not tuned on our data: no detoxify weights are available offline to tune
  with.
- chat-audit's classifier (`cls_*`): low / medium / high cut-offs per label chosen at training
  time on out-of-fold predictions (5-fold cross-validation on the corpus): the lowest score
  reached by at most 5% / 0.5% / 0.1% of the corpus's benign messages. They are read from the
  shipped model's manifest, so a retrained model brings its own.
- alt-profanity-check's obscenity score (the fallback): 0.8 raises an insult phrase with strong
  swearing to high; checked on evaluation/dev/toxicity_labelled.txt."""

from __future__ import annotations

import math
from functools import lru_cache

from audit.core.errors import ChatAuditError
from audit.scoring import classifier

DETOXIFY_CATEGORIES = (
    "toxicity",
    "severe_toxicity",
    "obscene",
    "threat",
    "insult",
    "identity_attack",
)
CLASSIFIER_LABELS = (
    "insult",
    "identity_attack",
    "dehumanising",
    "threat",
    "sexual_harassment",
    "self_harm",
    "obscenity_at_person",
    "intimidation_concern",
)
DETOXIFY_MEDIUM = 0.5
DETOXIFY_HIGH = 0.8
PROFANITY_STRONG = 0.8
CUE_SCORE = 0.8  # the `score` of a finding from a text cue alone
SELF_HARM_SCORE = 0.95
LEVELS = ("low", "medium", "high")


@lru_cache(maxsize=1)
def classifier_thresholds() -> dict[str, dict[str, classifier.Threshold]]:
    """label -> level -> Threshold from the shipped manifest ({} when it cannot be read: the
    classifier then cannot have run either)."""
    try:
        shipped = classifier.thresholds()
    except (ChatAuditError, OSError, KeyError, ValueError):
        return {}
    return {label: shipped[label] for label in CLASSIFIER_LABELS if label in shipped}


def classifier_level(label: str, score: float) -> str:
    """ "" / low / medium / high for a classifier score, from its held-out thresholds."""
    if math.isnan(score):
        return ""
    found = ""
    for level, threshold in classifier_thresholds().get(label, {}).items():
        if score >= threshold.value and (not found or LEVELS.index(level) > LEVELS.index(found)):
            found = level
    return found


def lowest_classifier_threshold() -> dict[str, float]:
    """label -> its low cut-off: below it a score cannot make a finding (the prefilter)."""
    return {
        label: min(t.value for t in levels.values())
        for label, levels in classifier_thresholds().items()
    }


def declared() -> dict[str, dict[str, object]]:
    """THRESHOLDS as the report lists them: value, where it came from, which scorer it reads."""
    out: dict[str, dict[str, object]] = {
        "detoxify medium": {
            "value": DETOXIFY_MEDIUM,
            "scorer": "toxicity",
            "source": "detoxify's own decision point (most raters would say so), when aimed at "
            "a person; not tuned on our data",
        },
        "detoxify high": {
            "value": DETOXIFY_HIGH,
            "scorer": "toxicity",
            "source": "a clear majority of raters in detoxify's training labels",
        },
        "profanity raises an insult to high": {
            "value": PROFANITY_STRONG,
            "scorer": "toxicity",
            "source": "alt-profanity-check fallback; checked on evaluation/dev",
        },
    }
    for label, levels in classifier_thresholds().items():
        for level in ("medium", "high"):
            if level in levels:
                t = levels[level]
                out[f"classifier {label} {level}"] = {
                    "value": t.value,
                    "scorer": "classifier",
                    "source": t.source,
                }
    return out

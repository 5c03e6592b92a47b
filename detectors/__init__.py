"""The detector registry: one line per detector. Order is the order they run and report."""

from __future__ import annotations

from audit.core.rules import RuleRegistry
from detectors import bullying, conduct, confidentiality, off_hours, toxicity
from detectors.lexicon import Cue, shared

DETECTORS = (
    confidentiality,
    toxicity,
    bullying,
    off_hours,
    conduct,
)


def all_cues() -> tuple[Cue, ...]:
    """Every cue in the lexicon and in every detector's own cue data, each once."""
    found: dict[str, Cue] = {c.name: c for c in shared.CUES}
    for detector in DETECTORS:
        for cue in getattr(detector, "CUES", ()):
            if found.setdefault(cue.name, cue) is not cue:
                raise ValueError(f"two cues are named {cue.name}")
    return tuple(found.values())


def rule_registry() -> RuleRegistry:
    """Every rule of every detector; raises on a duplicate code."""
    return RuleRegistry(rule for detector in DETECTORS for rule in detector.RULES)

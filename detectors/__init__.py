"""The detector registry: one line per detector. Order is the order they run and report."""

from __future__ import annotations

from audit.core.rules import RuleRegistry
from detectors import bullying, confidentiality, off_hours, toxicity

DETECTORS = (
    confidentiality,
    toxicity,
    bullying,
    off_hours,
)


def rule_registry() -> RuleRegistry:
    """Every rule of every detector; raises on a duplicate code."""
    return RuleRegistry(rule for detector in DETECTORS for rule in detector.RULES)

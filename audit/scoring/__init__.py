"""Scorers: the expensive model outputs (toxicity scores, named entities), computed once per
distinct message text, batched, cached across runs, and added to the messages frame as
columns that detectors read. No detector calls a model directly.

Scorer modules import torch/spaCy lazily inside `load_scorer`, so `chat-audit parse` and
model-free scans never pay for them."""

from audit.scoring.base import ModelInfo, Scorer, apply_scorers, load_scorer

__all__ = ["ModelInfo", "Scorer", "apply_scorers", "load_scorer"]

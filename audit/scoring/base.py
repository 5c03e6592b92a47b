"""The scorer contract and the code that applies scorers to a messages frame."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any, Protocol

import pandas as pd

from audit.core.config import AuditConfig
from audit.core.results import ModelInfo
from audit.scoring.cache import ScoreCache, default_cache_dir, text_key


class Scorer(Protocol):
    info: ModelInfo
    columns: dict[str, Any]  # column name -> dtype added to the messages frame

    def score(self, texts: Sequence[str]) -> list[Any]:
        """One JSON-serialisable value per text: a dict of column values."""
        ...


# Scorer name -> "module:function" building it from the config. Imported only when needed.
SCORER_FACTORIES = {
    "toxicity": "audit.scoring.toxicity:load_toxicity_scorer",
    "entities": "audit.scoring.entities:load_entity_scorer",
}


def load_scorer(name: str, config: AuditConfig) -> Scorer:
    module_name, function = SCORER_FACTORIES[name].split(":")
    return getattr(importlib.import_module(module_name), function)(config)


def _scorable(messages: pd.DataFrame) -> pd.Series:
    return (messages["kind"] == "text") & messages["author"].notna() & messages["text"].notna()


def apply_scorers(
    messages: pd.DataFrame, scorers: Sequence[Scorer], config: AuditConfig
) -> pd.DataFrame:
    """Add each scorer's columns. Each distinct text is scored once per model version; texts
    already in the cache are not scored again. Rows that are not people's text get nulls."""
    if not scorers:
        return messages
    out = messages.copy()
    mask = _scorable(out)
    distinct = pd.unique(out.loc[mask, "text"].astype(object).to_numpy())
    cache = ScoreCache((config.cache_dir or default_cache_dir()) if config.use_cache else None)
    try:
        for scorer in scorers:
            keys = [text_key(scorer.info.version, t) for t in distinct]
            cached = cache.get_many(keys)
            todo = [i for i, k in enumerate(keys) if k not in cached]
            if todo:
                fresh = scorer.score([distinct[i] for i in todo])
                cache.put_many((keys[i], v) for i, v in zip(todo, fresh, strict=True))
                cached.update((keys[i], v) for i, v in zip(todo, fresh, strict=True))
            by_text = {t: cached[k] for t, k in zip(distinct, keys, strict=True)}
            values = out.loc[mask, "text"].astype(object).map(by_text)
            for column, dtype in scorer.columns.items():
                series = values.map(lambda v, c=column: v[c]).reindex(out.index)
                if dtype == "object":
                    out[column] = series.astype(object).where(series.notna(), None)
                else:
                    out[column] = series.astype(dtype)
    finally:
        cache.close()
    return out

"""The scorer contract and the code that applies scorers to a messages frame.

Speed of the work people repeat: each distinct text is scored once per model version and
cached across runs, and a model is loaded only when some text misses the cache. Loading is
what costs (torch, transformers, spaCy and presidio take seconds to import), so before loading
a scorer `score_messages` looks up its *identity* — everything that decides which model would
load and what it would output (the model settings, the installed packages, the model files,
chat-audit's scoring code), all readable without importing a model — in the cache, which
remembers the ModelInfo (and so the cache version) that identity produced last time. When
every text is found, no model is imported at all.

Texts are scored in pieces of SCORE_CHUNK, so progress can be shown for every scorer, memory
stays bounded by the piece in hand, and an interrupted scan keeps what it scored."""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import os
import sys
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import pandas as pd

from audit.core.config import AuditConfig
from audit.core.errors import UsageError
from audit.core.progress import Progress, Silent
from audit.core.results import ModelInfo
from audit.scoring.cache import ScoreCache, default_cache_dir

SCORE_CHUNK = 2048  # distinct texts per call to a scorer
# A text longer than this is scored in pieces of at most this many characters, cut at
# whitespace, so no model sees a whole pasted document at once (time and memory per piece stay
# bounded); the pieces' values are combined as one text's (see Scorer).
PIECE_CHARS = 5_000


class Scorer(Protocol):
    """Scores texts. Number columns hold a score per text (of a text scored in pieces, the
    highest piece's); object columns hold lists of spans `[start, end, ...]` (of a text scored
    in pieces, every piece's spans, moved to the text's offsets)."""

    info: ModelInfo
    columns: dict[str, Any]  # column name -> dtype added to the messages frame

    def score(self, texts: Sequence[str]) -> list[Any]:
        """One JSON-serialisable value per text: a dict of column values."""
        ...


# Scorer name -> "module:function" building it from the config. Imported only when needed.
SCORER_FACTORIES = {
    "toxicity": "audit.scoring.toxicity:load_toxicity_scorer",
    "entities": "audit.scoring.entities:load_entity_scorer",
    "classifier": "audit.scoring.classifier:load_classifier_scorer",
}


def load_scorer(name: str, config: AuditConfig) -> Scorer:
    module_name, function = SCORER_FACTORIES[name].split(":")
    return getattr(importlib.import_module(module_name), function)(config)


def check_device(config: AuditConfig) -> None:
    """`--device cuda` needs a GPU torch can see: say so at once, in one line, rather than
    after parsing (or never, when the run needs no model that uses it)."""
    if not config.use_models or not config.device.startswith("cuda"):
        return
    import torch  # only when a GPU was asked for

    count = torch.cuda.device_count() if torch.cuda.is_available() else 0
    index = int(config.device.partition(":")[2] or 0)
    if index >= count:
        seen = f"{count} CUDA GPU(s)" if count else "no CUDA GPU"
        raise UsageError(
            f"--device {config.device} was asked for but torch sees {seen}",
            "use --device cpu or auto",
        )


# --- identity: what decides a scorer's model and outputs, known without loading it ---------

_MODEL_SETTINGS = ("device", "toxicity_model", "spacy_model", "cache_dir")


def scorer_identity(name: str, config: AuditConfig) -> str:
    """A fingerprint that changes whenever loading scorer `name` could give another model or
    other outputs: its factory, the model settings, the installed packages (any install or
    removal changes the mtime of the site-packages folders), the downloaded models' files, a
    model path's files, and chat-audit's scoring code and data."""
    parts = [
        name,
        SCORER_FACTORIES[name],
        sys.version,
        *(f"{s}={getattr(config, s)}" for s in _MODEL_SETTINGS),
        _packages_fingerprint(),
        _tree_fingerprint(str(Path(__file__).parent)),
        _folder_stats(_models_root(config)),
    ]
    if config.toxicity_model:
        spec = Path(config.toxicity_model).expanduser()
        parts.append(_folder_stats(spec if spec.is_dir() else spec.parent) if spec.exists() else "")
    return hashlib.sha256("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def _models_root(config: AuditConfig) -> Path:
    return (config.cache_dir or default_cache_dir()) / "models"


@lru_cache(maxsize=1)
def _packages_fingerprint() -> str:
    stats = []
    for entry in sys.path:
        if entry.endswith(("site-packages", "dist-packages")) and os.path.isdir(entry):
            stats.append(f"{entry}:{os.stat(entry).st_mtime_ns}")
    return ";".join(stats)


@lru_cache(maxsize=4)
def _tree_fingerprint(root: str) -> str:
    """Contents of the Python files under `root`, sizes and times of its other files."""
    digest = hashlib.sha256()
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")  # prunes the walk, in order
        for name in sorted(files):
            path = os.path.join(folder, name)
            digest.update(path.encode())
            if name.endswith(".py"):
                with open(path, "rb") as handle:
                    digest.update(handle.read())
            else:
                info = os.stat(path)
                digest.update(f"{info.st_size}:{info.st_mtime_ns}".encode())
    return digest.hexdigest()


def _folder_stats(root: Path) -> str:
    if not root.is_dir():
        return ""
    out = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(files):
            info = os.stat(os.path.join(folder, name))
            out.append(f"{folder}/{name}:{info.st_size}:{info.st_mtime_ns}")
    return ";".join(out)


# --- applying scorers ------------------------------------------------------------------------


def _scorable(messages: pd.DataFrame) -> pd.Series:
    return (messages["kind"] == "text") & messages["author"].notna() & messages["text"].notna()


def score_messages(
    messages: pd.DataFrame,
    names: Sequence[str],
    config: AuditConfig,
    progress: Progress | None = None,
) -> tuple[pd.DataFrame, list[ModelInfo]]:
    """Add the columns of scorers `names`, loading each model only if some text misses the
    cache. Returns the frame and which model produced each scorer's columns."""
    if not names:
        return messages, []
    progress = progress or Silent()
    quiet_config = config.replace(progress=False)  # progress is shown here, for every scorer
    plan = _Plan(messages)
    cache = _open_cache(config)
    models: list[ModelInfo] = []
    columns: dict[str, pd.Series] = {}
    try:
        for name in names:
            identity = scorer_identity(name, config)
            remembered = cache.model_info(identity)
            scorer: Scorer | None = None
            if remembered is None:
                progress.stage(f"loading the {name} model")
                scorer = load_scorer(name, quiet_config)
                cache.put_model_info(identity, _describe(scorer))
                info, types = scorer.info, dict(scorer.columns)
            else:
                info, types = ModelInfo(**remembered["info"]), remembered["columns"]

            def load(name: str = name, identity: str = identity) -> Scorer:
                progress.stage(f"loading the {name} model")
                loaded = load_scorer(name, quiet_config)
                cache.put_model_info(identity, _describe(loaded))
                return loaded

            scorer, info, values = plan.score(name, scorer, info, load, cache, progress)
            models.append(info)
            columns.update(plan.columns(values, dict(scorer.columns) if scorer else types))
    finally:
        cache.close()
    out = messages.copy()
    for column, series in columns.items():
        out[column] = series
    return out, models


def apply_scorers(
    messages: pd.DataFrame,
    scorers: Sequence[Scorer],
    config: AuditConfig,
    progress: Progress | None = None,
) -> pd.DataFrame:
    """Add the columns of scorers already loaded (benchmarks, tests). Each distinct text is
    scored once per model version; texts already in the cache are not scored again. Rows that
    are not people's text get nulls."""
    if not scorers:
        return messages
    progress = progress or Silent()
    plan = _Plan(messages)
    cache = _open_cache(config)
    out = messages.copy()
    try:
        for scorer in scorers:
            _, _, values = plan.score(
                scorer.info.scorer, scorer, scorer.info, lambda s=scorer: s, cache, progress
            )
            for column, series in plan.columns(values, scorer.columns).items():
                out[column] = series
    finally:
        cache.close()
    return out


def split_text(text: str, size: int = PIECE_CHARS) -> list[tuple[int, str]]:
    """(offset, piece) pieces of at most `size` characters, cut after the last whitespace in
    the second half of each piece when there is one."""
    pieces, start = [], 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = max(text.rfind(" ", start, end), text.rfind("\n", start, end))
            if cut > start + size // 2:
                end = cut + 1
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def score_in_pieces(scorer: Scorer, texts: Sequence[str]) -> list[Any]:
    """scorer.score(texts), with every text longer than PIECE_CHARS scored in pieces."""
    if all(len(t) <= PIECE_CHARS for t in texts):
        return scorer.score(texts)
    owners, offsets, pieces = [], [], []
    for i, text in enumerate(texts):
        for offset, piece in split_text(text) or [(0, text)]:
            owners.append(i)
            offsets.append(offset)
            pieces.append(piece)
    combined: list[Any] = [None] * len(texts)
    for owner, offset, value in zip(owners, offsets, scorer.score(pieces), strict=True):
        combined[owner] = _merge(combined[owner], value, offset, scorer.columns)
    return combined


def _merge(so_far: dict | None, piece: dict, offset: int, types: dict[str, Any]) -> dict:
    out = dict(so_far or {})
    for column, value in piece.items():
        if types.get(column, "object") == "object":
            moved = [[s + offset, e + offset, *rest] for s, e, *rest in (value or [])]
            out[column] = list(out.get(column) or []) + moved
        else:
            values = [v for v in (out.get(column), value) if v is not None and v == v]
            out[column] = max(values) if values else value
    return out


def _open_cache(config: AuditConfig) -> ScoreCache:
    return ScoreCache((config.cache_dir or default_cache_dir()) if config.use_cache else None)


def _describe(scorer: Scorer) -> dict:
    """What the cache remembers of a loaded scorer: its ModelInfo and its column types."""
    return {
        "info": dataclasses.asdict(scorer.info),
        "columns": {column: str(dtype) for column, dtype in scorer.columns.items()},
    }


class _Plan:
    """The distinct texts of a messages frame and where each row's text is among them."""

    def __init__(self, messages: pd.DataFrame):
        self.index = messages.index
        mask = _scorable(messages).to_numpy()
        texts = messages["text"].to_numpy(dtype=object, na_value=None)
        codes, distinct = pd.factorize(texts[mask], use_na_sentinel=True)
        self.rows = np.flatnonzero(mask)
        self.codes = codes
        self.distinct: list[str] = list(distinct)

    def score(self, name, scorer, info, load, cache: ScoreCache, progress: Progress):
        """Values for every distinct text, from the cache where possible; loads the scorer
        (with `load`) only when some text is missing."""
        keys = cache.keys(info.version, self.distinct)
        found = cache.get_many(keys) if keys else {}
        values: list[Any] = [found.get(k) for k in keys] if keys else [None] * len(self.distinct)
        todo = [i for i, v in enumerate(values) if v is None]
        if todo and scorer is None:
            scorer = load()
            if scorer.info.version != info.version:  # the model changed since last time
                info = scorer.info
                keys = cache.keys(info.version, self.distinct)
                found = cache.get_many(keys) if keys else {}
                values = [found.get(k) for k in keys] if keys else [None] * len(self.distinct)
                todo = [i for i, v in enumerate(values) if v is None]
        if todo:
            progress.stage(f"scoring {name}", total=len(todo), unit="distinct texts")
            for start in range(0, len(todo), SCORE_CHUNK):
                chunk = todo[start : start + SCORE_CHUNK]
                fresh = score_in_pieces(scorer, [self.distinct[i] for i in chunk])
                for i, value in zip(chunk, fresh, strict=True):
                    values[i] = value
                if keys:
                    cache.put_many((keys[i], values[i]) for i in chunk)
                progress.advance(len(chunk))
        return scorer, info, values

    def columns(self, values: list[Any], types: dict[str, Any]) -> dict[str, pd.Series]:
        """Each scorer column over the whole frame: the row's text's value, null elsewhere."""
        out: dict[str, pd.Series] = {}
        n = len(self.index)
        for column, dtype in types.items():
            per_text = [v.get(column) if isinstance(v, dict) else None for v in values]
            if dtype == "object":
                full = np.full(n, None, dtype=object)
                if len(self.rows):
                    lookup = np.empty(len(per_text), dtype=object)
                    lookup[:] = per_text
                    full[self.rows] = lookup[self.codes]
                out[column] = pd.Series(full, index=self.index, dtype=object)
            else:
                numbers = np.array([np.nan if x is None else x for x in per_text], dtype="float64")
                full = np.full(n, np.nan)
                if len(self.rows):
                    full[self.rows] = numbers[self.codes]
                out[column] = pd.Series(full, index=self.index).astype(dtype)
        return out

"""chat-audit's own classifier: 17 conduct labels scored offline from a small file shipped in
the package, with no network, no pickle and no scikit-learn at run time.

The model is one logistic regression per label over hashed word and character n-grams
(audit.scoring.features) and wordllama's static word embeddings (audit.scoring.embeddings),
trained by `training/train.py` (`make model`) on the labelled corpus
in `training/corpus/` (see training/DATA_CARD.md). It is stored as plain arrays in
`models/classifier.npz` (int8 n-gram weights with one scale per label, float32 embedding
weights and biases) beside a JSON
manifest that records the corpus's sha256, the training settings, the cross-validated quality
of each label and the score thresholds derived from held-out (out-of-fold) predictions, each
with how it was chosen. Detectors read the thresholds from here (`thresholds()`), so a
retrained model brings its own operating points.

Columns: `cls_<label>` (float32, 0-1) for every label in LABELS. The toxicity detector reads
the first eight, the bullying detector `cls_putdown`, `cls_exclusion` and
`cls_staff_grievance`, the conduct detector the last six."""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from audit.core.config import AuditConfig
from audit.core.errors import ModelError
from audit.core.results import ModelInfo
from audit.scoring.embeddings import load_embedder
from audit.scoring.embeddings import weights_sha256 as embedding_weights_sha256
from audit.scoring.features import featurize, linear_scores

LABELS = (
    "insult",
    "identity_attack",
    "dehumanising",
    "threat",
    "sexual_harassment",
    "self_harm",
    "obscenity_at_person",
    "intimidation_concern",
    "putdown",
    "exclusion",
    "staff_grievance",
    "boundaries",
    "misinformation",
    "copyright",
    "naming_shaming",
    "defamation",
    "screenshots",
)
COLUMNS: dict[str, Any] = {f"cls_{label}": "float32" for label in LABELS}
MODEL_DIR = Path(__file__).parent / "models"
WEIGHTS_FILE = "classifier.npz"
MANIFEST_FILE = "classifier.json"
BATCH = 4096  # texts featurised at once: bounds memory on a 100k-message chat


@dataclass(frozen=True)
class Threshold:
    """A score cut-off for one label, and where its value came from."""

    label: str
    level: str  # low | medium | high
    value: float
    source: str  # how it was chosen, in words (e.g. "5-fold CV on the corpus: ...")


@dataclass(frozen=True)
class Model:
    weights: np.ndarray  # float32, labels x 2**bits (the hashed n-grams)
    bias: np.ndarray  # float64, labels
    bits: int
    manifest: dict
    dense: np.ndarray | None = None  # float32, labels x 256 (word embeddings), or None
    embed_scale: float = 0.0

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        """Probabilities, texts x labels (float32)."""
        embedder = load_embedder() if self.dense is not None else None
        out = np.empty((len(texts), len(self.bias)), dtype=np.float32)
        for start in range(0, len(texts), BATCH):
            chunk = list(texts[start : start + BATCH])
            logits = linear_scores(featurize(chunk, self.bits), self.weights, self.bias)
            if embedder is not None:
                embedded = embedder.embed(chunk).astype(np.float64) * self.embed_scale
                logits += embedded @ self.dense.T.astype(np.float64)
            out[start : start + len(chunk)] = 1.0 / (1.0 + np.exp(-logits))
        return out


def model_from_arrays(arrays, manifest: dict) -> Model:
    """A Model from the stored arrays (int8 weights and their scales, biases, optional dense
    embedding weights) and the manifest's settings. Training predicts through this too."""
    quantised, scales = arrays["weights"], arrays["scales"]
    weights = quantised.astype(np.float32) * scales.astype(np.float32)[:, None]
    dense = arrays["dense"].astype(np.float32) if "dense" in arrays else None
    return Model(
        weights=weights,
        bias=arrays["bias"].astype(np.float64),
        bits=int(manifest["features"]["bits"]),
        manifest=manifest,
        dense=dense,
        embed_scale=float(manifest.get("embeddings", {}).get("scale", 0.0)),
    )


def read_manifest(folder: Path = MODEL_DIR) -> dict:
    path = folder / MANIFEST_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise ModelError(
            f"chat-audit's own classifier is missing or damaged ({path})",
            "reinstall chat-audit, or rebuild the model with `make model`",
        ) from None


def load_model(folder: Path = MODEL_DIR) -> Model:
    """The shipped model: arrays only (`allow_pickle=False`), checked against its manifest
    (and the word embeddings against the ones it was trained with)."""
    manifest = read_manifest(folder)
    path = folder / WEIGHTS_FILE
    try:
        data = path.read_bytes()
        if hashlib.sha256(data).hexdigest() != manifest["weights_sha256"]:
            raise ValueError("hash")
        with np.load(path, allow_pickle=False) as arrays:
            model = model_from_arrays({k: arrays[k] for k in arrays.files}, manifest)
    except (OSError, ValueError, KeyError):
        raise ModelError(
            f"chat-audit's own classifier {path} is missing, damaged or not the file its "
            "manifest describes",
            "reinstall chat-audit, or rebuild the model with `make model`",
        ) from None
    labels = tuple(manifest["labels"])
    if model.weights.shape != (len(labels), 1 << model.bits) or labels != LABELS:
        raise ModelError(f"{path} does not match the labels chat-audit expects")
    wanted = manifest.get("embeddings", {}).get("weights_sha256")
    if model.dense is not None and wanted and embedding_weights_sha256() != wanted:
        raise ModelError(
            "the installed wordllama embeddings are not the ones chat-audit's classifier was "
            "trained with",
            "install the wordllama version named in the model manifest, or rebuild the model "
            "with `make model`",
        )
    if model.dense is not None:
        load_embedder()  # at load time, so a missing file fails before any scoring
    return model


@lru_cache(maxsize=1)
def shipped_model() -> Model:
    return load_model()


@lru_cache(maxsize=1)
def _shipped_thresholds() -> tuple[Threshold, ...]:
    manifest = read_manifest()
    return tuple(
        Threshold(label, level, float(entry["value"]), entry["source"])
        for label, levels in manifest["thresholds"].items()
        for level, entry in levels.items()
    )


def thresholds() -> dict[str, dict[str, Threshold]]:
    """label -> level -> Threshold, as derived at training time (see the manifest)."""
    out: dict[str, dict[str, Threshold]] = {}
    for t in _shipped_thresholds():
        out.setdefault(t.label, {})[t.level] = t
    return out


class ClassifierScorer:
    """The scorer-layer face of the shipped model (cached by text, deduplicated, batched)."""

    columns = COLUMNS

    def __init__(self, model: Model | None = None):
        self.model = model or shipped_model()
        m = self.model.manifest
        rows = m["corpus"]["rows"]
        embeddings = m.get("embeddings", {}).get("source")
        inputs = "hashed word and character n-grams" + (
            f" and {embeddings} word embeddings" if embeddings else ""
        )
        self.info = ModelInfo(
            scorer="classifier",
            name=(
                f"chat-audit classifier {m['weights_sha256'][:12]} ({inputs}, logistic "
                f"regression per label; trained on {rows:,} labelled messages)"
            ),
            version=f"classifier:{m['weights_sha256'][:16]}",
            fallback=False,
            notice="",
        )

    def score(self, texts: Sequence[str]) -> list[dict]:
        if not len(texts):
            return []
        probabilities = self.model.predict(list(texts))
        names = list(self.columns)
        return [
            {name: float(value) for name, value in zip(names, row, strict=True)}
            for row in probabilities.tolist()
        ]


def load_classifier_scorer(config: AuditConfig) -> ClassifierScorer:  # noqa: ARG001
    return ClassifierScorer()


def known(value: object) -> bool:
    """True for a real score (not None, not NaN)."""
    return value is not None and not (isinstance(value, float) and math.isnan(value))

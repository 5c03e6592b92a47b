"""Train chat-audit's own classifier from the labelled corpus: `make model`.

    python training/train.py [--corpus training/corpus] [--out audit/scoring/models]

Reads every `*.csv` in the corpus folder (columns text,labels,kind,course; see DATA_CARD.md),
fits one logistic regression per label on hashed n-gram features (audit.scoring.features),
and writes `classifier.npz` (arrays only) and `classifier.json` (the manifest). The run is
deterministic: fixed folds (seeded), liblinear (single-threaded, no random state used for the
primal solver), int8 weights, a zip written with fixed timestamps and JSON with sorted keys.
Re-running on the same corpus with the same scikit-learn rebuilds both files byte for byte.

Thresholds come from held-out data only: 5-fold cross-validation gives every corpus message
an out-of-fold score from a model that never saw it (with the int8 weights the package ships),
and each label's low / medium / high cut-off is the lowest score at which at most 5% / 0.5% /
0.1% of the corpus's benign messages (no label at all) score as high out of fold. The
manifest records each value with that provenance and the out-of-fold recall it gives. (The
rates were chosen on those same out-of-fold scores run through the toxicity rules: with 1% per
label, the union of the eight toxicity labels flagged 2.9% of benign messages, weighted 3:1
plain:tricky as the blind test set is specified; with 0.5%, 1.4%. Rechecked on the blind
test set's and HateCheck's scores after the corpus grew to 12,039 messages: a 1% or 0.75%
medium rate raised toxicity recall on the test set by 0.09 or 0.05 but doubled or tripled the
toxicity rules' false alarms on its benign messages, so 0.5% stays; see DATA_CARD.md.)

Training needs scikit-learn and scipy (installed with alt-profanity-check); scoring does not."""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import json
import math
import sys
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as a script from a checkout, without installing

from audit.scoring import classifier  # noqa: E402
from audit.scoring.classifier import LABELS, MANIFEST_FILE, WEIGHTS_FILE  # noqa: E402
from audit.scoring.embeddings import load_embedder, weights_sha256  # noqa: E402
from audit.scoring.features import (  # noqa: E402
    BLOCKS,
    CHAR_SIZES,
    featurize,
    fingerprint,
)

SEED = 20250301
FOLDS = 5
BITS = 18  # 262,144 buckets: 4.5 MB of int8 weights for 17 labels
# wordllama's static embeddings as 256 extra columns, scaled so they neither drown nor are
# drowned by the n-grams: out-of-fold toxicity recall at 2% benign rose from 0.66 to 0.70
# with 0.5 (1.0: 0.68, 2.0: 0.67). 0 turns them off.
EMBED_SCALE = 0.5
CLASS_WEIGHT = "balanced"  # each label's positives weigh as much as its negatives
C = 8.0  # inverse regularisation; chosen by 5-fold CV mean AUC on the corpus (1, 4, 8, 16 tried)
BENIGN_RATES = {"low": 0.05, "medium": 0.005, "high": 0.001}
NEGATIVE_KINDS = (
    "plain figurative swearing_about_things venting constructive_criticism banter_in_kind "
    "reclaimed counter_speech quoting_to_condemn reporting_speech discussing_discrimination "
    "clinical_language raising_concern_properly declining_boundary myth_correction "
    "asking_rules supportive self_deprecating neutral_group_mention negated short_reply"
).split()
COLUMNS = ["text", "labels", "kind", "course"]


class CorpusError(Exception):
    pass


def corpus_files(folder: Path) -> list[Path]:
    files = sorted(folder.glob("*.csv"))
    if not files:
        raise CorpusError(f"no .csv files in {folder}")
    return files


def corpus_sha256(folder: Path) -> str:
    """One hash over every corpus file's name and bytes, in name order."""
    digest = hashlib.sha256()
    for path in corpus_files(folder):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def read_corpus(folder: Path) -> list[dict]:
    """Rows from every file, checked; a text repeated (case-insensitively) is kept once, so
    no message can sit in both a training fold and its test fold."""
    rows, seen = [], set()
    for path in corpus_files(folder):
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames != COLUMNS:
                raise CorpusError(f"{path.name}: columns must be {','.join(COLUMNS)}")
            for line, row in enumerate(reader, 2):
                labels = [x for x in row["labels"].split(";") if x]
                unknown = set(labels) - set(LABELS)
                if unknown:
                    raise CorpusError(f"{path.name}:{line}: unknown label {sorted(unknown)[0]}")
                if not labels and row["kind"] not in NEGATIVE_KINDS:
                    raise CorpusError(f"{path.name}:{line}: unknown negative kind {row['kind']}")
                key = row["text"].strip().casefold()
                if not key or key in seen:
                    continue
                seen.add(key)
                rows.append({**row, "labels": labels, "file": path.name})
    return rows


def matrix(texts: list[str], embedded: np.ndarray):
    """Hashed n-grams, then the scaled word embeddings as 256 dense columns."""
    from scipy.sparse import csr_matrix, hstack

    f = featurize(texts, BITS)
    hashed = csr_matrix((f.values, (f.rows, f.buckets)), shape=(f.n, 1 << BITS), dtype=np.float64)
    if not EMBED_SCALE:
        return hashed
    return hstack([hashed, csr_matrix(embedded.astype(np.float64) * EMBED_SCALE)]).tocsr()


def fit(x, y: np.ndarray) -> dict[str, np.ndarray]:
    """The arrays the package ships: one liblinear logistic regression per label (classes
    weighted so a rare label is not drowned by the negatives), hashed weights as int8."""
    from sklearn.linear_model import LogisticRegression

    weights, bias = [], []
    for j in range(y.shape[1]):
        # the dual problem: 10x faster than the primal when features outnumber messages
        model = LogisticRegression(
            C=C,
            solver="liblinear",
            dual=True,
            class_weight=CLASS_WEIGHT,
            random_state=SEED,
            max_iter=1000,
        )
        model.fit(x, y[:, j])
        weights.append(model.coef_[0])
        bias.append(model.intercept_[0])
    coef = np.asarray(weights)
    q, scales = quantise(coef[:, : 1 << BITS])
    arrays = {"weights": q, "scales": scales, "bias": np.asarray(bias, dtype=np.float32)}
    if EMBED_SCALE:
        arrays["dense"] = coef[:, 1 << BITS :].astype(np.float32)
    return arrays


def quantise(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    scales = np.abs(weights).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    q = np.clip(np.rint(weights / scales[:, None]), -127, 127).astype(np.int8)
    return q, scales.astype(np.float32)


def predict(texts: list[str], arrays: dict[str, np.ndarray]) -> np.ndarray:
    """Scores exactly as the shipped scorer computes them (its own Model, int8 weights)."""
    settings = {"features": {"bits": BITS}, "embeddings": {"scale": EMBED_SCALE}}
    model = classifier.model_from_arrays(arrays, settings)
    return model.predict(texts)


def folds(rows: list[dict]) -> np.ndarray:
    """Fold of each row: stratified by (first label or negative kind), seeded."""
    rng = np.random.default_rng(SEED)
    fold = np.empty(len(rows), dtype=np.int64)
    groups: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        groups.setdefault(row["labels"][0] if row["labels"] else "-" + row["kind"], []).append(i)
    offset = 0
    for key in sorted(groups):
        members = np.asarray(groups[key])
        rng.shuffle(members)
        fold[members] = (np.arange(len(members)) + offset) % FOLDS
        offset += len(members)
    return fold


def choose_thresholds(oof: np.ndarray, y: np.ndarray, benign: np.ndarray) -> dict:
    out = {}
    for j, label in enumerate(LABELS):
        scores = np.sort(oof[benign, j])[::-1]
        levels = {}
        for level, rate in BENIGN_RATES.items():
            allowed = int(np.floor(rate * len(scores)))
            # the lowest cut-off that lets at most `allowed` benign messages reach it
            value = float(scores[allowed]) if allowed < len(scores) else 0.0
            # just above that message's score, rounded up to 4 decimals for the report
            value = max(math.floor(value * 1e4 + 1) / 1e4, 0.05)
            hit = oof[:, j] >= value
            levels[level] = {
                "value": value,
                "source": (
                    f"{FOLDS}-fold CV on the corpus: lowest score reached by at most "
                    f"{rate:.2%} of benign messages out of fold"
                ),
                "oof_recall": round(float(hit[y[:, j] == 1].mean()), 4),
                "oof_benign_rate": round(float(hit[benign].mean()), 4),
            }
        out[label] = levels
    return out


def auc(y: np.ndarray, s: np.ndarray) -> float:
    order = np.argsort(s, kind="stable")
    ranks = np.empty(len(s))
    ranks[order] = np.arange(1, len(s) + 1)
    for value in np.unique(s):  # average ranks over ties
        tied = s == value
        ranks[tied] = ranks[tied].mean()
    pos = y == 1
    n_pos, n_neg = pos.sum(), (~pos).sum()
    return float((ranks[pos].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> bytes:
    """An .npz numpy can read, with fixed zip timestamps so the bytes depend on data only."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_STORED) as archive:
        for name, array in arrays.items():
            body = io.BytesIO()
            np.lib.format.write_array(body, np.ascontiguousarray(array), allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            archive.writestr(info, body.getvalue())
    data = buffer.getvalue()
    path.write_bytes(data)
    return data


def train(corpus: Path, out: Path, log=print, oof_path: Path | None = None) -> dict:
    import sklearn

    rows = read_corpus(corpus)
    texts = [r["text"] for r in rows]
    y = np.array([[label in r["labels"] for label in LABELS] for r in rows], dtype=np.int64)
    benign = ~y.any(axis=1)
    embedder = load_embedder() if EMBED_SCALE else None
    embedded = embedder.embed(texts) if embedder else np.zeros((len(texts), 0), np.float32)
    x = matrix(texts, embedded)
    fold = folds(rows)
    oof = np.zeros(y.shape, dtype=np.float32)
    for k in range(FOLDS):
        train_rows, test_rows = np.flatnonzero(fold != k), np.flatnonzero(fold == k)
        arrays = fit(x[train_rows], y[train_rows])
        oof[test_rows] = predict([texts[i] for i in test_rows], arrays)
        log(f"fold {k + 1}/{FOLDS} done")
    arrays = fit(x, y)
    out.mkdir(parents=True, exist_ok=True)
    data = write_npz(out / WEIGHTS_FILE, arrays)
    kinds: dict[str, int] = {}
    for r in rows:
        if not r["labels"]:
            kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    manifest = {
        "name": "chat-audit classifier",
        "labels": list(LABELS),
        "weights_file": WEIGHTS_FILE,
        "weights_sha256": hashlib.sha256(data).hexdigest(),
        "corpus": {
            "folder": "training/corpus",
            "sha256": corpus_sha256(corpus),
            "files": [p.name for p in corpus_files(corpus)],
            "rows": len(rows),
            "benign": int(benign.sum()),
            "positives": {label: int(y[:, j].sum()) for j, label in enumerate(LABELS)},
            "negative_kinds": dict(sorted(kinds.items())),
        },
        "features": {
            "module": "audit.scoring.features",
            "bits": BITS,
            "blocks": list(BLOCKS),
            "char_sizes": list(CHAR_SIZES),
            "fingerprint": fingerprint(BITS),
        },
        "embeddings": {
            "source": embedder.source if embedder else "",
            "scale": EMBED_SCALE,
            "weights_sha256": weights_sha256() if embedder else "",
        },
        "training": {
            "script": "training/train.py",
            "model": "logistic regression per label (liblinear dual, class_weight=balanced)",
            "C": C,
            "seed": SEED,
            "folds": FOLDS,
            "weights": "int8, one float32 scale per label",
            "scikit_learn": sklearn.__version__,
        },
        "cross_validation": {
            label: {"auc": round(auc(y[:, j], oof[:, j]), 4)} for j, label in enumerate(LABELS)
        },
        "thresholds": choose_thresholds(oof, y, benign),
    }
    (out / MANIFEST_FILE).write_text(
        json.dumps(manifest, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    if oof_path is not None:
        np.save(oof_path, oof)  # out-of-fold scores, for studying rules on held-out scores
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "training" / "corpus")
    parser.add_argument("--out", type=Path, default=ROOT / "audit" / "scoring" / "models")
    parser.add_argument("--oof", type=Path, help="also save the out-of-fold scores (.npy)")
    args = parser.parse_args(argv)
    try:
        manifest = train(
            args.corpus, args.out, log=lambda m: print(m, file=sys.stderr), oof_path=args.oof
        )
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(
        f"wrote {args.out / WEIGHTS_FILE} ({manifest['weights_sha256'][:16]}) from "
        f"{manifest['corpus']['rows']} messages"
    )
    for label in LABELS:
        t = manifest["thresholds"][label]["medium"]
        cv = manifest["cross_validation"][label]["auc"]
        print(
            f"  {label:<22} CV AUC {cv:.3f}  medium >= {t['value']:.3f}: "
            f"OOF recall {t['oof_recall']:.2f}, benign {t['oof_benign_rate']:.3%}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""chat-audit's own classifier: the shipped file is current with the corpus, loads offline
from plain arrays, scores through the scorer layer, and a scan makes no network call."""

from __future__ import annotations

import hashlib
import importlib.util
import shutil
import socket
import zipfile
from pathlib import Path

import numpy as np
import pytest

from audit.core.config import AuditConfig
from audit.core.errors import ModelError
from audit.scoring import classifier
from audit.scoring.base import SCORER_FACTORIES, apply_scorers, load_scorer
from audit.scoring.features import featurize, fingerprint
from frames import make_messages

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "training" / "corpus"
TRAIN = ROOT / "training" / "train.py"


def _train_module():
    spec = importlib.util.spec_from_file_location("chat_audit_train", TRAIN)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_shipped_model_was_trained_on_the_corpus_in_the_repository():
    manifest = classifier.read_manifest()
    assert manifest["corpus"]["sha256"] == _train_module().corpus_sha256(CORPUS), (
        "training/corpus changed without retraining: run `make model`"
    )
    assert manifest["corpus"]["files"] == sorted(p.name for p in CORPUS.glob("*.csv"))


def test_features_are_the_ones_the_model_was_trained_on():
    manifest = classifier.read_manifest()
    assert fingerprint(manifest["features"]["bits"]) == manifest["features"]["fingerprint"], (
        "audit/scoring/features.py changed without retraining: run `make model`"
    )


@pytest.mark.slow
def test_make_model_rebuilds_the_shipped_files_byte_for_byte(tmp_path):
    _train_module().train(CORPUS, tmp_path, log=lambda _: None)
    for name in (classifier.WEIGHTS_FILE, classifier.MANIFEST_FILE):
        assert (tmp_path / name).read_bytes() == (classifier.MODEL_DIR / name).read_bytes(), name


def test_model_file_is_small_and_holds_plain_arrays_only():
    path = classifier.MODEL_DIR / classifier.WEIGHTS_FILE
    assert path.stat().st_size <= 30 * 1024 * 1024
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["bias.npy", "dense.npy", "scales.npy", "weights.npy"]
    with np.load(path, allow_pickle=False) as arrays:  # raises on any pickled object
        assert {arrays[k].dtype.kind for k in arrays.files} <= {"i", "f"}


def test_every_label_has_a_column_and_thresholds_with_their_source():
    assert list(classifier.COLUMNS) == [f"cls_{label}" for label in classifier.LABELS]
    thresholds = classifier.thresholds()
    for label in classifier.LABELS:
        levels = thresholds[label]
        assert levels["low"].value <= levels["medium"].value <= levels["high"].value
        assert all("out of fold" in t.source for t in levels.values())


def test_scores_are_probabilities_and_rank_abuse_above_chat():
    scorer = classifier.ClassifierScorer()
    rows = scorer.score(
        [
            "honestly just kys",
            "anyone got the notes from today's lecture?",
            "whoever grassed to the tutor better watch their back",
            "does anyone have a pdf of the marieb textbook, not paying 60 quid",
        ]
    )
    assert all(0.0 <= v <= 1.0 for row in rows for v in row.values())
    assert rows[0]["cls_self_harm"] > rows[1]["cls_self_harm"]
    assert rows[2]["cls_intimidation_concern"] > rows[1]["cls_intimidation_concern"]
    assert rows[3]["cls_copyright"] > rows[1]["cls_copyright"]


def test_scores_do_not_depend_on_batching():
    texts = [f"message {i} you absolute muppet" if i % 3 else f"see you at {i}" for i in range(50)]
    model = classifier.shipped_model()
    together = model.predict(texts)
    alone = np.vstack([model.predict([t]) for t in texts])
    assert np.allclose(together, alone, atol=1e-6)


def test_features_ignore_spelling_tricks_a_chat_uses():
    plain, tricked = featurize(["you idiot"], 18), featurize(["y0u 1diot"], 18)
    assert set(plain.buckets) == set(tricked.buckets)


def test_scorer_goes_through_the_scorer_layer_with_cache_and_dedup(tmp_path):
    assert "classifier" in SCORER_FACTORIES
    config = AuditConfig(cache_dir=tmp_path, progress=False)
    scorer = load_scorer("classifier", config)
    calls: list[int] = []
    original = scorer.score

    def counting(texts):
        calls.append(len(texts))
        return original(texts)

    scorer.score = counting
    messages = make_messages(
        [(i, "Tom Reed", "you absolute muppet" if i % 2 else "hi") for i in range(6)]
    )
    scored = apply_scorers(messages, [scorer], config)
    assert calls == [2]  # two distinct texts
    assert str(scored["cls_insult"].dtype) == "float32"
    assert scored.loc[1, "cls_insult"] > scored.loc[0, "cls_insult"]
    apply_scorers(messages, [scorer], config)
    assert calls == [2]  # second run: all from the cache
    assert b"muppet" not in (tmp_path / "scores.sqlite").read_bytes()


def test_damaged_model_file_is_a_model_error(tmp_path):
    for name in (classifier.WEIGHTS_FILE, classifier.MANIFEST_FILE):
        shutil.copy(classifier.MODEL_DIR / name, tmp_path / name)
    data = bytearray((tmp_path / classifier.WEIGHTS_FILE).read_bytes())
    data[-100] ^= 0xFF
    (tmp_path / classifier.WEIGHTS_FILE).write_bytes(bytes(data))
    with pytest.raises(ModelError, match="damaged"):
        classifier.load_model(tmp_path)
    (tmp_path / classifier.MANIFEST_FILE).unlink()
    with pytest.raises(ModelError, match="missing or damaged"):
        classifier.load_model(tmp_path)


def test_weights_hash_in_the_manifest_matches_the_file():
    manifest = classifier.read_manifest()
    data = (classifier.MODEL_DIR / classifier.WEIGHTS_FILE).read_bytes()
    assert hashlib.sha256(data).hexdigest() == manifest["weights_sha256"]


def test_a_scan_with_models_on_makes_no_network_call(monkeypatch, tmp_path):
    from audit.app import scan

    attempts: list[object] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    config = AuditConfig(cache_dir=tmp_path, progress=False)
    result = scan([ROOT / "sample_exports" / "nursing_cohort_android.txt"], config)
    assert attempts == []
    assert "classifier" in {m.scorer for m in result.models}
    assert "cls_insult" in result.messages.columns


def test_word_embeddings_load_from_the_installed_package_files_offline():
    from audit.scoring import embeddings

    embedder = embeddings.load_embedder()
    vectors = embedder.embed(
        ["you are an absolute muppet honestly mate, the whole cohort knows", "", "ok"]
    )
    assert vectors.shape == (3, embeddings.DIMENSIONS)
    assert np.isclose(np.linalg.norm(vectors[0]), 1.0, atol=1e-5)
    assert not vectors[1].any()  # an empty message has no vector
    assert np.linalg.norm(vectors[2]) < 0.5  # a one-word reply carries little evidence
    manifest = classifier.read_manifest()
    assert manifest["embeddings"]["weights_sha256"] == embeddings.weights_sha256()


def test_missing_embedding_package_is_a_model_error(monkeypatch):
    from audit.scoring import embeddings

    monkeypatch.setattr(embeddings.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelError, match="wordllama"):
        embeddings.package_folder()


def test_corpus_reader_accepts_the_writers_negative_kinds_and_rejects_unknown_ones(tmp_path):
    train = _train_module()
    rows = (
        "text,labels,kind,course\n"
        "the Polish families on my list came in today,,neutral_group_mention,nursing\n"
        "immigrants aren't the problem with the waiting list,,negated,mixed\n"
        "ok see u there,,short_reply,teaching\n"
        "you're a useless cow,insult,positive,nursing\n"
    )
    (tmp_path / "part_x.csv").write_text(rows, encoding="utf-8")
    read = train.read_corpus(tmp_path)
    assert [r["kind"] for r in read] == [
        "neutral_group_mention",
        "negated",
        "short_reply",
        "positive",
    ]
    (tmp_path / "part_x.csv").write_text(rows + "see you,,small_talk,mixed\n", encoding="utf-8")
    with pytest.raises(train.CorpusError, match="unknown negative kind small_talk"):
        train.read_corpus(tmp_path)

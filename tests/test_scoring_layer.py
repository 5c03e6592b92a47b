"""The scorer layer: each distinct text scored once, cached across runs, no text on disk."""

from __future__ import annotations

import sqlite3

from audit.core.config import AuditConfig
from audit.scoring.base import ModelInfo, apply_scorers
from frames import make_messages


class CountingScorer:
    """A deterministic stand-in model that records what it was asked to score."""

    info = ModelInfo(scorer="length", name="length model", version="length-1")
    columns = {"chars": "float64", "words": "object"}

    def __init__(self):
        self.calls: list[list[str]] = []

    def score(self, texts):
        self.calls.append(list(texts))
        return [{"chars": float(len(t)), "words": t.split()[:1]} for t in texts]


def chat():
    return make_messages(
        [
            (0, "Ann", "hello there"),
            (1, "Ben", "hello there"),
            (2, None, "Ann added Ben"),
            (3, "Ben", "", "media"),
            (4, "Ann", "bye"),
        ]
    )


def test_each_distinct_text_is_scored_once_and_columns_are_added(tmp_path):
    scorer = CountingScorer()
    config = AuditConfig(cache_dir=tmp_path)
    scored = apply_scorers(chat(), [scorer], config)
    assert scorer.calls == [["hello there", "bye"]]
    assert scored["chars"].tolist()[:2] == [11.0, 11.0]
    assert scored["chars"].isna().tolist() == [False, False, True, True, False]
    assert scored["words"].tolist() == [["hello"], ["hello"], None, None, ["bye"]]


def test_second_run_reads_the_cache_and_the_cache_holds_no_text(tmp_path):
    config = AuditConfig(cache_dir=tmp_path)
    apply_scorers(chat(), [CountingScorer()], config)
    again = CountingScorer()
    scored = apply_scorers(chat(), [again], config)
    assert again.calls == []
    assert scored["chars"].iloc[4] == 3.0
    database = tmp_path / "scores.sqlite"
    assert oct(database.stat().st_mode & 0o777) == "0o600"
    rows = sqlite3.connect(database).execute("SELECT key, value FROM scores").fetchall()
    assert len(rows) == 2
    for key, value in rows:
        assert "hello there" not in value and isinstance(key, bytes) and len(key) == 32


def test_a_new_model_version_is_not_served_old_scores(tmp_path):
    config = AuditConfig(cache_dir=tmp_path)
    apply_scorers(chat(), [CountingScorer()], config)
    newer = CountingScorer()
    newer.info = ModelInfo(scorer="length", name="length model", version="length-2")
    apply_scorers(chat(), [newer], config)
    assert newer.calls == [["hello there", "bye"]]


def test_no_cache_means_nothing_is_written(tmp_path):
    config = AuditConfig(cache_dir=tmp_path, use_cache=False)
    apply_scorers(chat(), [CountingScorer()], config)
    assert not (tmp_path / "scores.sqlite").exists()


def test_unwritable_cache_degrades_to_no_cache(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    scored = apply_scorers(chat(), [CountingScorer()], AuditConfig(cache_dir=blocker / "sub"))
    assert scored["chars"].iloc[0] == 11.0

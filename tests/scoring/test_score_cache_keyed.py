"""The score cache: keyed with a per-install secret (HMAC), capped with least-recently-used
eviction, clearable; a re-run whose texts are all cached loads no model; long texts are
scored in bounded pieces; progress is shown for every scorer."""

from __future__ import annotations

import hashlib
import io
import sqlite3

import pytest
from click.testing import CliRunner
from test_scoring_layer import CountingScorer, chat

from audit.cli import main
from audit.core.config import AuditConfig
from audit.core.progress import Progress
from audit.scoring import base
from audit.scoring.base import PIECE_CHARS, score_in_pieces, score_messages, split_text
from audit.scoring.cache import DB_FILE, KEY_FILE, ScoreCache, cache_stats, clear_cache
from frames import make_messages

LOADS: list[str] = []


def load_counting(config):
    LOADS.append("counting")
    return CountingScorer()


@pytest.fixture
def counting_factory(monkeypatch):
    LOADS.clear()
    monkeypatch.setitem(base.SCORER_FACTORIES, "length", f"{__name__}:load_counting")
    return LOADS


@pytest.fixture
def keys_here(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config" / "chat-audit" / KEY_FILE


def test_keys_are_hmac_under_a_private_install_key(tmp_path, keys_here):
    config = AuditConfig(cache_dir=tmp_path)
    base.apply_scorers(chat(), [CountingScorer()], config)
    assert keys_here.stat().st_mode & 0o777 == 0o600 and len(keys_here.read_bytes()) == 32
    rows = sqlite3.connect(tmp_path / DB_FILE).execute("SELECT key FROM scores").fetchall()
    guesses = {hashlib.sha256(f"length-1\x00{t}".encode()).digest() for t in ("hello there", "bye")}
    assert len(rows) == 2 and not guesses & {bytes(k) for (k,) in rows}


def test_another_install_key_cannot_use_the_cache(tmp_path, keys_here):
    config = AuditConfig(cache_dir=tmp_path)
    base.apply_scorers(chat(), [CountingScorer()], config)
    keys_here.write_bytes(b"\x01" * 32)  # someone else's key
    again = CountingScorer()
    base.apply_scorers(chat(), [again], config)
    assert again.calls == [["hello there", "bye"]]


def test_an_old_unsalted_cache_is_dropped(tmp_path, keys_here):
    db = sqlite3.connect(tmp_path / DB_FILE)
    db.execute("CREATE TABLE scores (key TEXT PRIMARY KEY, value TEXT)")
    db.execute("INSERT INTO scores VALUES (?, ?)", (hashlib.sha256(b"x").hexdigest(), "{}"))
    db.commit()
    db.close()
    ScoreCache(tmp_path).close()
    rows = sqlite3.connect(tmp_path / DB_FILE).execute("SELECT count(*) FROM scores").fetchone()
    assert rows == (0,)


def test_the_cache_is_capped_and_keeps_what_was_used_lately(tmp_path, keys_here):
    cache = ScoreCache(tmp_path, max_entries=10)
    old = cache.keys("v", [f"old {i}" for i in range(10)])
    cache.put_many((k, {"x": 1}) for k in old)
    cache.close()
    cache = ScoreCache(tmp_path, max_entries=10)
    cache._stamp += 10  # a later run
    assert len(cache.get_many(old[:3])) == 3  # used again: recent
    new = cache.keys("v", [f"new {i}" for i in range(5)])
    cache.put_many((k, {"x": 2}) for k in new)
    cache.close()
    cache = ScoreCache(tmp_path, max_entries=10)
    kept = cache.get_many(old + new)
    cache.close()
    assert len(kept) <= 10
    assert set(old[:3]) <= set(kept) and set(new) <= set(kept)


def test_cache_info_and_clear(tmp_path, keys_here):
    config = AuditConfig(cache_dir=tmp_path)
    base.apply_scorers(chat(), [CountingScorer()], config)
    assert cache_stats(tmp_path).entries == 2
    result = CliRunner().invoke(main, ["cache", "info", "--cache-dir", str(tmp_path)])
    assert result.exit_code == 0 and "2 entries" in result.output
    result = CliRunner().invoke(main, ["models", "list", "--cache-dir", str(tmp_path)])
    assert "score cache: 2 entries" in result.output
    result = CliRunner().invoke(main, ["cache", "clear", "--cache-dir", str(tmp_path)])
    assert result.exit_code == 0 and "cleared the score cache: 2 entries" in result.output
    assert not (tmp_path / DB_FILE).exists() and not keys_here.exists()
    assert clear_cache(tmp_path).entries == 0  # clearing twice is fine


def test_a_fully_cached_rerun_loads_no_model_and_gives_the_same_columns(
    tmp_path, keys_here, counting_factory
):
    config = AuditConfig(cache_dir=tmp_path)
    first, models1 = score_messages(chat(), ["length"], config)
    assert counting_factory == ["counting"]
    second, models2 = score_messages(chat(), ["length"], config)
    assert counting_factory == ["counting"]  # not loaded again
    assert models1 == models2
    assert first["chars"].tolist()[:2] == second["chars"].tolist()[:2] == [11.0, 11.0]
    assert second["chars"].dtype == first["chars"].dtype == "float64"
    assert second["words"].tolist() == first["words"].tolist()


def test_a_new_text_loads_the_model_once(tmp_path, keys_here, counting_factory):
    config = AuditConfig(cache_dir=tmp_path)
    score_messages(chat(), ["length"], config)
    more = make_messages([(0, "Ann", "hello there"), (1, "Ben", "a new text")])
    scored, _ = score_messages(more, ["length"], config)
    assert counting_factory == ["counting", "counting"]
    assert scored["chars"].tolist() == [11.0, 10.0]


def test_without_a_cache_the_model_is_loaded_every_time(tmp_path, keys_here, counting_factory):
    config = AuditConfig(cache_dir=tmp_path, use_cache=False)
    score_messages(chat(), ["length"], config)
    score_messages(chat(), ["length"], config)
    assert counting_factory == ["counting", "counting"]


class SpanScorer:
    """Numbers: the count of 'x' in a piece; spans: where each 'x' is."""

    columns = {"xs": "float64", "spans": "object"}

    def __init__(self):
        self.longest = 0

    def score(self, texts):
        self.longest = max([self.longest, *map(len, texts)])
        spans = [[[i, i + 1, "X"] for i, c in enumerate(t) if c == "x"] for t in texts]
        return [{"xs": float(t.count("x")), "spans": s} for t, s in zip(texts, spans, strict=True)]


def test_long_texts_are_scored_in_bounded_pieces():
    text = ("word " * 2000 + "x ") * 3
    scorer = SpanScorer()
    (value,) = score_in_pieces(scorer, [text])
    assert scorer.longest <= PIECE_CHARS
    assert value["spans"] == [[i, i + 1, "X"] for i, c in enumerate(text) if c == "x"]
    assert value["xs"] == 1.0  # the highest piece's score, not a sum


def test_split_text_covers_the_text_and_cuts_at_spaces():
    text = "abc " * 3000
    pieces = split_text(text)
    assert "".join(p for _, p in pieces) == text
    assert all(len(p) <= PIECE_CHARS and p.endswith(" ") for _, p in pieces)
    assert [o for o, _ in pieces] == [
        sum(len(p) for _, p in pieces[:i]) for i in range(len(pieces))
    ]


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_is_shown_for_every_scorer(tmp_path, keys_here, counting_factory):
    stream = FakeTerminal()
    progress = Progress(True, stream=stream, delay=0)
    score_messages(chat(), ["length"], AuditConfig(cache_dir=tmp_path), progress)
    progress.close()
    shown = stream.getvalue()
    assert "chat-audit: loading the length model" in shown
    assert "chat-audit: scoring length 2/2 distinct texts (100%)" in shown
    assert shown.endswith("\r")  # the line is cleared for the summary


def test_progress_stays_quiet_when_not_asked_or_not_a_terminal():
    for progress in (
        Progress(False, stream=FakeTerminal(), delay=0),
        Progress(True, stream=io.StringIO(), delay=10),
    ):
        progress.stage("scoring x", total=10)
        progress.advance(5)
        progress.close()
        assert progress.stream.getvalue() == ""

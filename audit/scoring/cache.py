"""Cross-run cache of model outputs. No message text is ever written to disk.

- Keys are HMAC-SHA256 of (model version, text) under a secret made once per install and kept
  apart from the cache (`cache.key` in the user's config folder, 0600): without it, a copy of
  the cache cannot confirm a guessed message, as an unsalted hash of the text would.
- Values are the scores or entity offsets as JSON.
- The cache is capped (MAX_ENTRIES); when a run takes it over the cap, the entries least
  recently used are dropped. `chat-audit cache info` shows its size, `cache clear` empties it.
- Which ModelInfo a scorer identity produced is kept too, so a re-run whose texts are all
  cached never loads a model (see audit.scoring.base).
A cache that cannot be opened (read-only home, full disk) degrades to no cache rather than
failing the scan."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

DB_FILE = "scores.sqlite"
KEY_FILE = "cache.key"
SCHEMA_VERSION = 2  # 1: unsalted SHA-256 keys (dropped on sight: they let a holder confirm text)
MAX_ENTRIES = 2_000_000  # about 300 MB; a year of a busy cohort is well under 100k texts
_CHUNK = 500  # SQLite's variable limit is 999 on old builds


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "chat-audit"


def default_key_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "chat-audit"


def install_key(folder: Path | None = None) -> bytes | None:
    """The per-install secret (32 random bytes), created on first use, owner-only; None when
    it can neither be read nor made."""
    folder = folder or default_key_dir()
    path = folder / KEY_FILE
    try:
        key = path.read_bytes()
        if len(key) == 32:
            return key
    except FileNotFoundError:
        pass
    except OSError:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = _private_tmp(folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(32))
        os.replace(tmp, path)
        return path.read_bytes()
    except OSError:
        return None


def _private_tmp(folder: Path) -> tuple[int, str]:
    import tempfile

    return tempfile.mkstemp(prefix=".cache-key.", dir=folder)


def text_key(secret: bytes, model_version: str, text: str) -> bytes:
    message = f"{model_version}\x00{text}".encode("utf-8", "surrogatepass")
    return hmac.new(secret, message, hashlib.sha256).digest()


@dataclass(frozen=True)
class CacheStats:
    path: Path
    entries: int
    bytes: int
    cap: int


class ScoreCache:
    """A small SQLite key-value store, owner-only, keyed by HMAC."""

    def __init__(
        self,
        directory: Path | None,
        key_dir: Path | None = None,
        max_entries: int = MAX_ENTRIES,
    ):
        self._db: sqlite3.Connection | None = None
        self._secret: bytes | None = None
        self.max_entries = max_entries
        self.directory = directory
        self._stamp = int(time.time())
        if directory is None:
            return
        secret = install_key(key_dir)
        if secret is None:
            return
        try:
            directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            path = directory / DB_FILE
            fresh = not path.exists()
            db = sqlite3.connect(path)
            if fresh:
                os.chmod(path, 0o600)
            _prepare(db)
        except (OSError, sqlite3.Error):
            return
        self._db, self._secret = db, secret

    @property
    def active(self) -> bool:
        return self._db is not None

    def keys(self, model_version: str, texts: Sequence[str]) -> list[bytes]:
        if self._secret is None:
            return []
        secret, prefix = self._secret, f"{model_version}\x00"
        return [
            hmac.new(secret, (prefix + t).encode("utf-8", "surrogatepass"), "sha256").digest()
            for t in texts
        ]

    def get_many(self, keys: Sequence[bytes]) -> dict[bytes, object]:
        if self._db is None or not keys:
            return {}
        found: dict[bytes, object] = {}
        try:
            for i in range(0, len(keys), _CHUNK):
                chunk = keys[i : i + _CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    f"SELECT key, value FROM scores WHERE key IN ({marks})", chunk
                ).fetchall()
                found.update((k, json.loads(v)) for k, v in rows)
                if rows:  # least-recently-used bookkeeping for the eviction
                    hit = [k for k, _ in rows]
                    self._db.execute(
                        f"UPDATE scores SET used = ? WHERE key IN ({','.join('?' * len(hit))})",
                        [self._stamp, *hit],
                    )
            self._db.commit()
        except sqlite3.Error:
            return found
        return found

    def put_many(self, items: Iterable[tuple[bytes, object]]) -> None:
        if self._db is None:
            return
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO scores (key, value, used) VALUES (?, ?, ?)",
                    ((k, json.dumps(v), self._stamp) for k, v in items),
                )
        except sqlite3.Error:
            pass  # a failed cache write only costs speed next time

    def model_info(self, identity: str) -> dict | None:
        """What a scorer with this identity reported last time it was loaded."""
        if self._db is None:
            return None
        try:
            row = self._db.execute(
                "SELECT value FROM models WHERE key = ?", [self._identity_key(identity)]
            ).fetchone()
        except sqlite3.Error:
            return None
        return json.loads(row[0]) if row else None

    def put_model_info(self, identity: str, info: dict) -> None:
        if self._db is None:
            return
        try:
            with self._db:
                self._db.execute(
                    "INSERT OR REPLACE INTO models (key, value) VALUES (?, ?)",
                    [self._identity_key(identity), json.dumps(info)],
                )
        except sqlite3.Error:
            pass

    def _identity_key(self, identity: str) -> bytes:
        return hmac.new(self._secret or b"", identity.encode(), hashlib.sha256).digest()

    def evict(self) -> int:
        """Drop the least recently used entries above the cap; how many were dropped."""
        if self._db is None:
            return 0
        try:
            count = self._db.execute("SELECT count(*) FROM scores").fetchone()[0]
            excess = count - self.max_entries
            if excess <= 0:
                return 0
            # Down to 90% of the cap, so the next runs do not each evict a few rows.
            excess += self.max_entries // 10
            with self._db:
                self._db.execute(
                    "DELETE FROM scores WHERE rowid IN "
                    "(SELECT rowid FROM scores ORDER BY used, rowid LIMIT ?)",
                    [excess],
                )
            self._db.execute("PRAGMA incremental_vacuum")
            return excess
        except sqlite3.Error:
            return 0

    def close(self) -> None:
        if self._db is not None:
            self.evict()
            self._db.close()
            self._db = None


def _prepare(db: sqlite3.Connection) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version != SCHEMA_VERSION:
        # Version 1 keyed scores by unsalted SHA-256 of the text: drop them, and reclaim the
        # space (VACUUM also lets auto_vacuum take effect on an existing file).
        db.execute("DROP TABLE IF EXISTS scores")
        db.execute("DROP TABLE IF EXISTS models")
        db.execute("PRAGMA auto_vacuum = INCREMENTAL")
        db.execute("VACUUM")
        db.execute("CREATE TABLE scores (key BLOB PRIMARY KEY, value TEXT NOT NULL, used INTEGER)")
        db.execute("CREATE INDEX scores_used ON scores (used)")
        db.execute("CREATE TABLE models (key BLOB PRIMARY KEY, value TEXT NOT NULL)")
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.commit()


def cache_stats(directory: Path | None = None) -> CacheStats:
    """How big the cache is, without creating it."""
    directory = directory or default_cache_dir()
    path = directory / DB_FILE
    entries = 0
    size = path.stat().st_size if path.is_file() else 0
    if size:
        try:
            db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                entries = db.execute("SELECT count(*) FROM scores").fetchone()[0]
            finally:
                db.close()
        except sqlite3.Error:
            entries = 0
    return CacheStats(path=path, entries=entries, bytes=size, cap=MAX_ENTRIES)


def clear_cache(directory: Path | None = None, key_dir: Path | None = None) -> CacheStats:
    """Delete the score cache and the install key (a new one is made on next use). Returns
    what was there. Downloaded models are kept."""
    before = cache_stats(directory)
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{before.path}{suffix}").unlink(missing_ok=True)
    (key_dir or default_key_dir()).joinpath(KEY_FILE).unlink(missing_ok=True)
    return before

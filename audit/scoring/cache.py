"""Cross-run cache of model outputs. Keys are SHA-256 hashes of (model version, text); values
are the scores or entity offsets as JSON. No message text is ever written to disk."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "chat-audit"


def text_key(model_version: str, text: str) -> str:
    return hashlib.sha256(f"{model_version}\x00{text}".encode("utf-8", "surrogatepass")).hexdigest()


class ScoreCache:
    """A small SQLite key-value store, owner-only. A cache that cannot be opened (read-only
    home, full disk) degrades to no cache rather than failing the scan."""

    def __init__(self, directory: Path | None):
        self._db: sqlite3.Connection | None = None
        if directory is None:
            return
        try:
            directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            path = directory / "scores.sqlite"
            fresh = not path.exists()
            self._db = sqlite3.connect(path)
            if fresh:
                os.chmod(path, 0o600)
            self._db.execute("CREATE TABLE IF NOT EXISTS scores (key TEXT PRIMARY KEY, value TEXT)")
        except (OSError, sqlite3.Error):
            self._db = None

    def get_many(self, keys: list[str]) -> dict[str, object]:
        if self._db is None or not keys:
            return {}
        found: dict[str, object] = {}
        for i in range(0, len(keys), 500):
            chunk = keys[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT key, value FROM scores WHERE key IN ({marks})", chunk)
            found.update((k, json.loads(v)) for k, v in rows)
        return found

    def put_many(self, items: Iterable[tuple[str, object]]) -> None:
        if self._db is None:
            return
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO scores VALUES (?, ?)",
                    ((k, json.dumps(v)) for k, v in items),
                )
        except sqlite3.Error:
            pass  # a failed cache write only costs speed next time

    def close(self) -> None:
        if self._db is not None:
            self._db.close()

"""Test-wide settings: no network, no writes to the user's real cache."""

from __future__ import annotations

import os

import pytest

# A hidden download must fail fast instead of retrying.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(autouse=True, scope="session")
def private_cache_dir(tmp_path_factory):
    """Model-score caches (and the cache's install key, kept in the config folder) go to
    temporary folders, never to ~/.cache or ~/.config."""
    folder = tmp_path_factory.mktemp("cache")
    previous = {name: os.environ.get(name) for name in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME")}
    os.environ["XDG_CACHE_HOME"] = str(folder)
    os.environ["XDG_CONFIG_HOME"] = str(tmp_path_factory.mktemp("config"))
    yield folder
    for name, value in previous.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value

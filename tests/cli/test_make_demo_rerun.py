"""`make demo` re-runs do not reinstall: the install step runs only when pyproject.toml is
newer than the venv's stamp (the venv is an editable install, so code changes need none)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_demo_reinstalls_only_when_pyproject_changes(tmp_path):
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    (tmp_path / ".venv" / "bin" / "python").touch()
    stamp = tmp_path / ".venv" / ".deps"
    stamp.touch()
    later = (tmp_path / "pyproject.toml").stat().st_mtime + 10
    os.utime(stamp, (later, later))

    def dry_run() -> str:
        return subprocess.run(
            ["make", "-n", "demo"], cwd=tmp_path, capture_output=True, text=True, check=True
        ).stdout

    rerun = dry_run()
    assert "pip install" not in rerun and "chat-audit scan" in rerun
    os.utime(tmp_path / "pyproject.toml", (later + 10, later + 10))
    assert "pip install -q -e" in dry_run()

"""The layer contract in pyproject.toml (cli > app > reports > detectors > scoring > parse >
core) is enforced by import-linter in `make lint`. These tests show it passing on the tree and
failing on a deliberate upward import, so the contract cannot silently stop biting (a typo in
a layer name, or a package dropped from root_packages, would make it pass on anything)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT = Path(sys.executable).with_name("lint-imports")


def _lint(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(LINT), "--no-cache", "--config", str(folder / "pyproject.toml")],
        cwd=folder,
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(folder)},
        timeout=300,
    )


def _copy_tree(dest: Path) -> None:
    for package in ("audit", "detectors", "reports"):
        shutil.copytree(
            ROOT / package, dest / package, ignore=shutil.ignore_patterns("__pycache__", "*.npz")
        )
    shutil.copy(ROOT / "pyproject.toml", dest / "pyproject.toml")


@pytest.mark.parametrize(
    ("module", "upward"),
    [
        ("audit/core/_upward_probe.py", "import detectors\n"),
        ("detectors/_upward_probe.py", "from reports import view\n"),
        ("audit/parse/_upward_probe.py", "from audit.scoring import base\n"),
    ],
)
def test_an_upward_import_fails_the_contract(tmp_path, module, upward):
    _copy_tree(tmp_path)
    assert _lint(tmp_path).returncode == 0, "the copied tree should pass before the probe"
    (tmp_path / module).write_text(upward)
    result = _lint(tmp_path)
    assert result.returncode != 0
    assert "_upward_probe" in result.stdout + result.stderr

"""The build prints no setuptools deprecation warning, and the wheel holds every module,
template and data file of the three packages (packages are found, not listed, so a new
subpackage or data folder cannot silently drop out)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = (".py", ".j2", ".toml", ".json", ".npz")


@pytest.mark.slow
def test_wheel_contains_every_package_file(tmp_path):
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-v",
         "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr[-2000:]
    # A newcomer reads setuptools' deprecation warnings (a license table, a data folder not
    # listed as a package) as a failed install: the build must print none.
    log = build.stdout + build.stderr
    assert "DeprecationWarning" not in log and "Deprecated" not in log, [
        line for line in log.splitlines() if "eprecat" in line
    ]
    wheel = next(tmp_path.glob("chat_audit-*.whl"))
    inside = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        p.relative_to(ROOT).as_posix()
        for package in ("audit", "detectors", "reports")
        for p in (ROOT / package).rglob("*")
        if p.suffix in SHIPPED and "__pycache__" not in p.parts
    }
    assert expected, "no package files found"
    assert not expected - inside, sorted(expected - inside)

"""Reading the small files a user names besides the export (a settings file, a guidance
catalogue, a baseline): only regular files, and never more than a cap. A FIFO would block the
run forever, and /dev/zero (or a .toml linked to it) would fill the memory; each is refused
with one line saying what the file is. The export itself is read by audit/parse/sources.py,
with the same checks and its own, larger cap."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from audit.core.errors import UsageError

MAX_SETTINGS_BYTES = 16 << 20  # a settings file, a guidance catalogue or a baseline


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_small_text(path: Path | str, what: str, cap: int = MAX_SETTINGS_BYTES) -> str:
    """The UTF-8 text of `path` (links followed), or a UsageError naming `what` it is
    (e.g. "guidance file") and why it cannot be read."""
    path = Path(path)
    try:
        with open(path, "rb", opener=_nonblocking) as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise UsageError(
                    f"{what} {path} is {file_kind(info.st_mode)}, not a file",
                    "name a regular file",
                )
            data = handle.read(cap + 1)
    except UsageError:
        raise
    except IsADirectoryError:
        raise UsageError(f"{what} {path} is a folder, not a file", "name a regular file") from None
    except OSError as exc:
        raise UsageError(f"cannot read {what} {path}: {exc.strerror or exc}") from None
    if len(data) > cap:
        raise UsageError(
            f"{what} {path} is larger than {cap >> 20} MiB, far more than such a file holds",
            "check that it is the right file",
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(
            f"{what} {path} is not UTF-8 text (byte {exc.start})", "save it as UTF-8"
        ) from None


def _nonblocking(path: str, flags: int) -> int:
    # Opening a FIFO for reading blocks until a writer comes; O_NONBLOCK makes the open
    # return at once so fstat can refuse it. Regular files ignore the flag.
    return os.open(path, flags | os.O_NONBLOCK)

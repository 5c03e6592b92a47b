"""Writing output files safely: owner-only permissions (reports hold chat content), never over
an existing file unless asked, and never a half-written file left behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from audit.core.errors import OutputError


def check_writable(path: Path, force: bool) -> None:
    """Fail before any work is done if the output cannot be written."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutputError(f"{path} is a folder", "give a file name, e.g. report.html")
    if not folder.is_dir():
        raise OutputError(f"folder {folder} does not exist", "create it first or choose another -o")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"no permission to write in {folder}", "choose another -o")
    if path.exists() and not force:
        raise OutputError(f"{path} already exists", "use --force to overwrite it")


def write_atomic(path: Path, write: Callable[[Path], None], force: bool = False) -> None:
    """Call `write(tmp)` on a private temporary file beside `path`, then move it into place."""
    path = Path(path)
    check_writable(path, force)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:  # e.g. a folder that looks writable but is not (root, /sys)
        raise OutputError(f"cannot write in {path.parent}: {exc.strerror or exc}") from None
    os.close(fd)  # mkstemp made it 0600; writers reopen it by name
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)

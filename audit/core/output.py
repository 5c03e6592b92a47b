"""Writing output files safely: owner-only permissions (reports hold chat content), never over
an existing file unless asked, never a half-written file left behind, and never anything but a
regular file: an output that is an input (the chat export itself), a device (/dev/full), a pipe
or a symbolic link (/dev/stdout) is refused even with --force, since replacing it would destroy
something that is not a report. `-o -` writes to standard output instead.

Also here: `terminal_safe`, which every line printed to the terminal passes through, so a
member name or file name carrying escape sequences (a terminal title, the clipboard) cannot act
on the user's terminal."""

from __future__ import annotations

import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from audit.core.errors import OutputError
from audit.core.files import file_kind

STDOUT = "-"  # `-o -`: write to standard output

# ESC sequences: CSI (colours, cursor), OSC (title, clipboard, hyperlinks; ended by BEL or
# ST), DCS/SOS/PM/APC strings, and two-character escapes; and their 8-bit C1 forms.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[PX^_][^\x1b\x9c]*(?:\x1b\\|\x9c)?"
    r"|\x1b[ -~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|[\x9d\x90\x98\x9e\x9f][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
)
# Other C0/C1 controls, and the bidirectional overrides and isolates that can make a
# terminal show text in another order than it is written ("Trojan Source").
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_NEWLINES = re.compile(r"[\r\n\t]+")


def terminal_safe(text: object, one_line: bool = False) -> str:
    """`text` with every terminal control sequence removed; with `one_line`, line breaks and
    tabs become single spaces (an error message is one line)."""
    text = _ESCAPES.sub("", str(text))
    if one_line:
        text = _NEWLINES.sub(" ", text)
    return _CONTROLS.sub("", text)


# A CSV cell starting with one of these is read as a formula by spreadsheets (OWASP, "CSV
# injection"): a message "=HYPERLINK(...)" would become a live link in an advisor's copy.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value):
    """A CSV cell a spreadsheet cannot run: text starting like a formula gets a leading
    apostrophe (OWASP's CSV injection advice). Every CSV chat-audit writes goes through it."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def is_stdout(path: Path | str) -> bool:
    return str(path) == STDOUT


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def _kind(mode: int) -> str | None:
    """None for a regular file; else what it is, in the words inputs use (audit.core.files)."""
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    return None if stat.S_ISREG(mode) else file_kind(mode)


def check_writable(path: Path, force: bool, inputs: Iterable[Path | str] = ()) -> None:
    """Fail before any work is done if the output cannot, or must not, be written."""
    if is_stdout(path):
        return
    path = Path(path)
    for given in inputs:
        if _same_file(path, Path(given)):
            raise OutputError(
                f"{path} is one of the inputs ({given}); writing it would destroy it",
                "choose another -o, e.g. report.html",
            )
    try:
        mode = path.lstat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    if mode is not None:
        kind = _kind(mode)
        if kind == "a folder":
            raise OutputError(f"{path} is a folder", "give a file name, e.g. report.html")
        if kind:
            raise OutputError(
                f"{path} is {kind}; chat-audit writes only regular files and never replaces "
                "anything else",
                "use -o - to write to standard output, or choose another -o",
            )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"folder {folder} does not exist", "create it first or choose another -o")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"no permission to write in {folder}", "choose another -o")
    if mode is not None and not force:
        raise OutputError(f"{path} already exists", "use --force to overwrite it")


def write_atomic(
    path: Path | str,
    write: Callable[[Path], None],
    force: bool = False,
    inputs: Iterable[Path | str] = (),
) -> None:
    """Call `write(tmp)` on a private temporary file beside `path`, then move it into place.
    For `-o -` the file is written in a private temporary folder and copied to stdout."""
    if is_stdout(path):
        _write_stdout(write)
        return
    path = Path(path)
    inputs = tuple(inputs)
    check_writable(path, force, inputs)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:  # e.g. a folder that looks writable but is not (root, /sys)
        raise OutputError(f"cannot write in {path.parent}: {exc.strerror or exc}") from None
    os.close(fd)  # mkstemp made it 0600; writers reopen it by name
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, 0o600)
        check_writable(path, force, inputs)  # again: something may have appeared meanwhile
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        tmp.unlink(missing_ok=True)


def _write_stdout(write: Callable[[Path], None]) -> None:
    with tempfile.TemporaryDirectory(prefix="chat-audit-") as folder:  # 0700
        tmp = Path(folder) / "out"
        write(tmp)
        sys.stdout.flush()
        target = getattr(sys.stdout, "buffer", None)
        try:
            with tmp.open("rb") as source:
                if target is None:  # a text-only stream (tests capture stdout this way)
                    sys.stdout.write(source.read().decode("utf-8"))
                else:
                    shutil.copyfileobj(source, target)
            sys.stdout.flush()
        except BrokenPipeError:  # `| head`: the reader has what it wanted
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except OSError as exc:
            raise OutputError(f"cannot write to standard output: {exc.strerror or exc}") from None

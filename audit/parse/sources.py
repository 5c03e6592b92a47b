"""Open an export (.txt or .zip) and return its text as UTF-8 bytes with plain '\\n' line ends.

The parser works on bytes (UTF-8 validated, never decoded into one huge Python str: a 100 MB
export with emoji would need 400 MB as a str). Zips are read in memory, never extracted.
Only regular files are read (a FIFO would block forever, /dev/zero would fill the memory), and
never more than MAX_CHAT_BYTES. Turning the bytes into UTF-8 (encodings, bytes that are not
valid text, line ends) is audit/parse/decoding.py.
Every way an input can be wrong raises InputError saying what is wrong and what to try.
"""

from __future__ import annotations

import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from audit.core.errors import InputError
from audit.core.files import file_kind
from audit.parse.decoding import decode, normalise_line_ends

# A real chat text is at most a few hundred MB; a member claiming more is a zip bomb.
MAX_CHAT_BYTES = 1 << 30
MAX_COMPRESSION_RATIO = 200  # text compresses ~5-10x; far more than this is a bomb


@dataclass(frozen=True)
class Source:
    chat: str  # the path as given (for a zip, the zip)
    member: str | None  # the chat's name inside the zip
    data: bytes  # UTF-8, no BOM, lines ended by '\n'
    encoding: str  # what the export was in: utf-8, utf-8-sig, utf-16-le, utf-16-be
    line_endings: str  # LF, CRLF, CR, mixed or none
    replaced_lines: int = 0  # lines where undecodable bytes became U+FFFD

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


def read_export(path: Path | str) -> Source:
    """Read a WhatsApp export: a .txt file, or a .zip holding one."""
    chat = str(path)
    path = Path(path)
    size = check_input(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(4)
            if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
                member, raw = _chat_from_zip(chat, handle)
            elif path.suffix.lower() == ".zip":
                raise InputError(
                    f"{chat} is not a valid zip file", "export the chat again from WhatsApp"
                )
            else:
                member = None
                handle.seek(0)
                raw = _read_capped(handle, chat, size)
    except OSError as exc:
        raise InputError(f"cannot read {chat}: {exc.strerror or exc}") from None
    where = f"{chat}:{member}" if member else chat
    data, encoding, replaced = decode(raw, where)
    del raw
    data, line_endings = normalise_line_ends(data)
    return Source(chat, member, data, encoding, line_endings, replaced)


def check_input(path: Path) -> int:
    """The size of `path` if it is a regular file chat-audit may read; InputError otherwise.
    Links are followed, so a .txt linked to /dev/zero is refused as the device it is."""
    chat = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(
                f"{chat} is a link to {os.readlink(path)}, which does not exist",
                "pass the exported chat itself",
            ) from None
        raise InputError(f"{chat} does not exist", "check the path to the exported chat") from None
    except OSError as exc:
        raise InputError(f"cannot read {chat}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(f"{chat} is a folder", "name the exported .txt or .zip file inside it")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(
            f"{chat} is {file_kind(info.st_mode)}, not a file",
            "save the exported chat as a file and pass that",
        )
    if info.st_size > MAX_CHAT_BYTES:
        raise InputError(_too_large(chat, info.st_size), "check that this is a chat export")
    return info.st_size


def _too_large(chat: str, size: int) -> str:
    return (
        f"{chat} is {size / 2**20:,.0f} MiB, more than the {MAX_CHAT_BYTES >> 20:,} MiB a chat "
        "export can be"
    )


def _read_capped(handle, chat: str, size: int) -> bytes:
    """The file's bytes, never more than MAX_CHAT_BYTES (a file may grow while it is read,
    and some, like those in /proc, report no size at all)."""
    data = handle.read(size + 1)
    if len(data) > size:
        data += handle.read(MAX_CHAT_BYTES + 1 - len(data))
        if len(data) > MAX_CHAT_BYTES:
            raise InputError(_too_large(chat, len(data)), "check that this is a chat export")
    return data


def _chat_from_zip(chat: str, handle) -> tuple[str, bytes]:
    try:
        archive = zipfile.ZipFile(handle)
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        raise InputError(
            f"{chat} is a damaged zip file", "export the chat again or unzip it and pass the .txt"
        ) from None
    texts = [
        m
        for m in members
        if not m.is_dir()
        and not m.filename.startswith("__MACOSX/")
        and not PurePosixPath(m.filename).name.startswith("._")
        and m.filename.lower().endswith(".txt")
    ]
    chosen = [m for m in texts if PurePosixPath(m.filename).name == "_chat.txt"] or texts
    if not chosen:
        raise InputError(
            f"{chat} holds no chat text (.txt) file",
            "export the chat from WhatsApp with 'Export chat' and pass that zip or its .txt",
        )
    if len(chosen) > 1:
        names = ", ".join(m.filename for m in chosen[:5])
        raise InputError(
            f"{chat} holds several .txt files ({names})", "unzip it and pass the chat's .txt"
        )
    info = chosen[0]
    ratio = info.file_size / max(info.compress_size, 1)
    if info.file_size > MAX_CHAT_BYTES or (
        info.file_size > (16 << 20) and ratio > MAX_COMPRESSION_RATIO
    ):
        raise InputError(
            f"{chat}: {info.filename} would unpack to {info.file_size:,} bytes, too large "
            "for a chat (a zip bomb?)",
            "check where the file came from",
        )
    try:
        with archive.open(info) as handle:
            data = handle.read(MAX_CHAT_BYTES + 1)  # the header's size may lie
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise InputError(
            f"cannot unpack {info.filename} from {chat}: {exc}",
            "export the chat again or unzip it and pass the .txt",
        ) from None
    if len(data) > MAX_CHAT_BYTES:
        raise InputError(
            f"{chat}: {info.filename} unpacks to more than {MAX_CHAT_BYTES:,} bytes (a zip bomb?)",
            "check where the file came from",
        )
    return info.filename, data

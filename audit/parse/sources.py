"""Open an export (.txt or .zip) and return its text as UTF-8 bytes with plain '\\n' line ends.

The parser works on bytes (UTF-8 validated, never decoded into one huge Python str: a 100 MB
export with emoji would need 400 MB as a str). Zips are read in memory, never extracted.
Only regular files are read (a FIFO would block forever, /dev/zero would fill the memory), and
never more than MAX_CHAT_BYTES. Bytes that are not valid UTF-8 (a stray byte, an emoji cut off
at the end) are replaced by U+FFFD line by line, and the number of lines affected is reported.
Every way an input can be wrong raises InputError saying what is wrong and what to try.
"""

from __future__ import annotations

import codecs
import os
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from audit.core.errors import InputError

# A real chat text is at most a few hundred MB; a member claiming more is a zip bomb.
MAX_CHAT_BYTES = 1 << 30
MAX_COMPRESSION_RATIO = 200  # text compresses ~5-10x; far more than this is a bomb

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document",
    b"RIFF": "a media file",
    b"OggS": "an audio file",
    b"ID3": "an MP3 file",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"SQLite format 3": "a SQLite database",
}
_FTYP = b"ftyp"  # MP4/MOV/HEIC carry it at offset 4


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
            f"{chat} is {_file_kind(info.st_mode)}, not a file",
            "save the exported chat as a file and pass that",
        )
    if info.st_size > MAX_CHAT_BYTES:
        raise InputError(_too_large(chat, info.st_size), "check that this is a chat export")
    return info.st_size


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


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


def decode(raw: bytes, where: str) -> tuple[bytes, str, int]:
    """Return (UTF-8 bytes without BOM, the encoding found, lines where undecodable bytes
    were replaced by U+FFFD)."""
    if _blank(raw):
        raise InputError(f"{where} is empty", "export the chat again from WhatsApp")
    if raw.startswith(b"\xef\xbb\xbf"):
        data, encoding = raw[3:], "utf-8-sig"
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")) and not raw.startswith(b"\xff\xfe\x00\x00"):
        encoding = "utf-16-le" if raw.startswith(b"\xff\xfe") else "utf-16-be"
        data, replaced = _from_utf16(raw[2:], encoding)
        return data, encoding, replaced
    else:
        kind = _binary_kind(raw)
        if kind:
            raise InputError(
                f"{where} is {kind}, not a chat export",
                "pass the .txt (or .zip) that WhatsApp's 'Export chat' produced",
            )
        utf16 = _utf16_without_bom(raw)
        if utf16:
            data, replaced = _from_utf16(raw, utf16)
            return data, utf16, replaced
        if b"\x00" in raw[:65536]:
            raise InputError(
                f"{where} is a binary file, not a chat export",
                "pass the .txt (or .zip) that WhatsApp's 'Export chat' produced",
            )
        data, encoding = raw, "utf-8"
    if _valid_utf8(data):
        return data, encoding, 0
    data, replaced = _replace_invalid_utf8(data)
    return data, encoding, replaced


_BLANK = b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"


def _blank(raw: bytes) -> bool:
    # Stripping a whole export would copy it; its first bytes almost always settle it.
    return not raw[:65536].strip(_BLANK) and not raw.strip(_BLANK)


def _binary_kind(raw: bytes) -> str | None:
    for magic, kind in _MAGIC.items():
        if raw.startswith(magic):
            return kind
    if raw[4:8] == _FTYP:
        return "a video or image file"
    return None


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL bytes in every other position (ASCII-heavy text)."""
    sample = raw[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls > 0.4 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.4 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


# The lines (well, their starts) where a UTF-16 decode replaced something; set per call.
_UTF16_ERRORS: list[int] = []


def _note_utf16_error(exc: UnicodeDecodeError) -> tuple[str, int]:
    if len(_UTF16_ERRORS) < 100_000:
        _UTF16_ERRORS.append(exc.start)
    return "\ufffd", exc.end


codecs.register_error("chat-audit-utf16", _note_utf16_error)


def _from_utf16(raw: bytes, encoding: str) -> tuple[bytes, int]:
    """UTF-8 bytes of a UTF-16 text; an unpaired surrogate or an odd last byte becomes
    U+FFFD. Returns them and how many lines were affected."""
    _UTF16_ERRORS.clear()
    text = raw.decode(encoding, errors="chat-audit-utf16")
    newline = "\n".encode(encoding)
    lines = {raw.count(newline, 0, position - position % 2) for position in _UTF16_ERRORS}
    _UTF16_ERRORS.clear()
    return text.lstrip("\ufeff").encode("utf-8"), len(lines)


def _valid_utf8(data: bytes) -> bool:
    # pyarrow validates in C without building a Python str (which can be 4x the file's size).
    import numpy as np
    import pyarrow as pa

    large = len(data) >= 2**31 - 1
    offsets = np.array([0, len(data)], dtype=np.int64 if large else np.int32)
    array = pa.Array.from_buffers(
        pa.large_string() if large else pa.string(),
        1,
        [None, pa.py_buffer(offsets), pa.py_buffer(data)],
    )
    try:
        array.validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


REPAIR_CHUNK = 1 << 24  # bytes decoded at once while repairing: bounds the str temporaries


def _replace_invalid_utf8(data: bytes) -> tuple[bytes, int]:
    """Replace what is not UTF-8 by U+FFFD, line by line, so one stray byte or an emoji cut
    off at the end costs one character, not the export. Chunks end at a newline, which never
    sits inside a UTF-8 sequence, so no valid character is split. Returns the repaired bytes
    and how many lines needed a replacement."""
    pieces: list[bytes] = []
    replaced = 0
    start = 0
    while start < len(data):
        end = data.find(b"\n", min(start + REPAIR_CHUNK, len(data)))
        end = len(data) if end < 0 else end + 1
        chunk = data[start:end]
        try:
            chunk.decode("utf-8")
        except UnicodeDecodeError:
            lines = chunk.splitlines(keepends=True)  # CR-only exports have no '\n'
            for i, line in enumerate(lines):
                try:
                    line.decode("utf-8")
                except UnicodeDecodeError:
                    lines[i] = line.decode("utf-8", errors="replace").encode("utf-8")
                    replaced += 1
            chunk = b"".join(lines)
        pieces.append(chunk)
        start = end
    return b"".join(pieces), replaced


def normalise_line_ends(data: bytes) -> tuple[bytes, str]:
    """CRLF and lone CR become '\\n'. Returns the data and which endings the export used."""
    if b"\r" not in data:
        return data, "LF" if b"\n" in data else "none"
    crlf = data.count(b"\r\n")
    cr = data.count(b"\r") - crlf
    lf = data.count(b"\n") - crlf
    kinds = [name for name, n in (("CRLF", crlf), ("CR", cr), ("LF", lf)) if n]
    data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    return data, kinds[0] if len(kinds) == 1 else "mixed"

"""Open an export (.txt or .zip) and return its text as UTF-8 bytes with plain '\\n' line ends.

The parser works on bytes (UTF-8 validated, never decoded into one huge Python str: a 100 MB
export with emoji would need 400 MB as a str). Zips are read in memory, never extracted.
Every way an input can be wrong raises InputError saying what is wrong and what to try.
"""

from __future__ import annotations

import io
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

    @property
    def text(self) -> str:
        return self.data.decode("utf-8")


def read_export(path: Path | str) -> Source:
    """Read a WhatsApp export: a .txt file, or a .zip holding one."""
    chat = str(path)
    path = Path(path)
    if not path.exists():
        raise InputError(f"{chat} does not exist", "check the path to the exported chat")
    if path.is_dir():
        raise InputError(f"{chat} is a folder", "name the exported .txt or .zip file inside it")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {chat}: {exc.strerror or exc}") from None
    member = None
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"PK\x05\x06"):
        member, raw = _chat_from_zip(chat, raw)
    elif path.suffix.lower() == ".zip":
        raise InputError(f"{chat} is not a valid zip file", "export the chat again from WhatsApp")
    where = f"{chat}:{member}" if member else chat
    data, encoding = decode(raw, where)
    data, line_endings = normalise_line_ends(data)
    return Source(chat, member, data, encoding, line_endings)


def _chat_from_zip(chat: str, raw: bytes) -> tuple[str, bytes]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
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


def decode(raw: bytes, where: str) -> tuple[bytes, str]:
    """Return (UTF-8 bytes without BOM, the encoding found)."""
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise InputError(f"{where} is empty", "export the chat again from WhatsApp")
    if raw.startswith(b"\xef\xbb\xbf"):
        data, encoding = raw[3:], "utf-8-sig"
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")) and not raw.startswith(b"\xff\xfe\x00\x00"):
        encoding = "utf-16-le" if raw.startswith(b"\xff\xfe") else "utf-16-be"
        data = _from_utf16(raw[2:], encoding, where)
    else:
        kind = _binary_kind(raw)
        if kind:
            raise InputError(
                f"{where} is {kind}, not a chat export",
                "pass the .txt (or .zip) that WhatsApp's 'Export chat' produced",
            )
        utf16 = _utf16_without_bom(raw)
        if utf16:
            data, encoding = _from_utf16(raw, utf16, where), utf16
        elif b"\x00" in raw[:65536]:
            raise InputError(
                f"{where} is a binary file, not a chat export",
                "pass the .txt (or .zip) that WhatsApp's 'Export chat' produced",
            )
        else:
            data, encoding = raw, "utf-8"
    _check_utf8(data, where)
    return data, encoding


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


def _from_utf16(raw: bytes, encoding: str, where: str) -> bytes:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{where} looks like UTF-16 but byte {exc.start} cannot be decoded",
            "export the chat again from WhatsApp",
        ) from None
    return text.lstrip("\ufeff").encode("utf-8")


def _check_utf8(data: bytes, where: str) -> None:
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
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{where} is not UTF-8 or UTF-16 text (byte 0x{data[exc.start]:02x} at "
                f"offset {exc.start} cannot be decoded)",
                "export the chat again from WhatsApp, or convert the file to UTF-8 "
                "(e.g. iconv -f latin1 -t utf-8)",
            ) from None
        raise


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

"""Turn an export's raw bytes into UTF-8 with plain '\\n' line ends, and say what was repaired.

Exports come as UTF-8 (with or without a BOM) or UTF-16 (with or without one). Bytes that are
not valid text (a stray byte, an emoji cut off at the end) are replaced by U+FFFD line by line,
and the number of lines affected is reported (`replaced_note`), so one bad byte costs one
character, not the export. Files that are not text at all (images, archives, databases) are
refused with an InputError saying what they are.
"""

from __future__ import annotations

import codecs

from audit.core.errors import InputError

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


def replaced_note(lines: int) -> str:
    """The parse note for a chat where undecodable bytes were replaced."""
    return (
        f"{lines} line(s) held bytes that are not valid text (a stray byte, "
        "or an emoji cut off); each such byte is shown as \ufffd."
    )

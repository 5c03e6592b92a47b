"""Build social_work_cohort_ios.zip from social_work_cohort_ios_chat.txt, reproducibly.

An iOS "Export Chat -> Attach Media" archive holds `_chat.txt` plus one file per
`<attached: NAME>` line. This script writes the same shape: the chat text byte for byte as
`_chat.txt`, a tiny grey placeholder JPEG for every attachment the chat names (never a real
photo), and the `__MACOSX/._chat.txt` AppleDouble entry that appears when the archive has been
re-zipped on a Mac, which parsers must ignore. Fixed timestamps, permissions and member order
make the output identical on every run, so the committed zip can be checked with
`python sample_exports/build_zip.py && git diff --exit-code sample_exports/`.

Standard library only: run it with any Python >= 3.11.
"""

from __future__ import annotations

import re
import struct
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source" / "social_work_cohort_ios_chat.txt"
TARGET = HERE / "social_work_cohort_ios.zip"

# Every member gets the same modification time: the time the export was (fictionally) made.
EXPORT_TIME = (2025, 3, 10, 9, 30, 0)
ATTACHMENT = re.compile(r"<attached: ([^>\r\n]+)>")


def placeholder_jpeg() -> bytes:
    """A valid 8x8 mid-grey baseline JPEG (about 160 bytes), assembled by hand.

    Every pixel is 128, so after the level shift the one 8x8 block is all zeros: a DC
    difference of category 0 followed by end-of-block. Each Huffman table therefore needs a
    single one-bit code, and the whole entropy-coded scan is the two bits "00" padded with
    ones (0x3F)."""

    def segment(marker: int, payload: bytes) -> bytes:
        return struct.pack(">HH", marker, len(payload) + 2) + payload

    one_symbol_table = bytes([1] + [0] * 15) + b"\x00"  # one code of length 1, for symbol 0
    return b"".join(
        [
            b"\xff\xd8",  # start of image
            segment(0xFFE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"),
            segment(0xFFDB, b"\x00" + bytes([1] * 64)),  # quantisation table 0: all ones
            segment(0xFFC0, b"\x08\x00\x08\x00\x08\x01\x01\x11\x00"),  # 8x8, 1 component
            segment(0xFFC4, b"\x00" + one_symbol_table),  # DC table 0
            segment(0xFFC4, b"\x10" + one_symbol_table),  # AC table 0
            segment(0xFFDA, b"\x01\x01\x00\x00\x3f\x00"),  # start of scan
            b"\x3f",  # DC category 0, end of block, padded with 1 bits
            b"\xff\xd9",  # end of image
        ]
    )


def apple_double() -> bytes:
    """A minimal AppleDouble file: header plus one empty Finder Info entry (id 9)."""
    header = struct.pack(">II16sH", 0x00051607, 0x00020000, b"Mac OS X        ", 1)
    entry = struct.pack(">III", 9, len(header) + 12, 32)
    return header + entry + bytes(32)


def member(name: str, compress: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=EXPORT_TIME)
    info.compress_type = compress
    info.create_system = 3  # Unix, so the permission bits below are honoured
    info.external_attr = 0o100644 << 16
    return info


def build(source: Path = SOURCE, target: Path = TARGET) -> list[str]:
    chat = source.read_bytes()
    attachments = sorted(set(ATTACHMENT.findall(chat.decode("utf-8"))))
    jpeg = placeholder_jpeg()
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr(member("_chat.txt", zipfile.ZIP_DEFLATED), chat, compresslevel=9)
        for name in attachments:
            if not name.lower().endswith(".jpg"):
                raise SystemExit(f"no placeholder for {name!r}: only .jpg attachments supported")
            archive.writestr(member(name, zipfile.ZIP_STORED), jpeg)
        archive.writestr(
            member("__MACOSX/._chat.txt", zipfile.ZIP_DEFLATED), apple_double(), compresslevel=9
        )
    return ["_chat.txt", *attachments, "__MACOSX/._chat.txt"]


if __name__ == "__main__":
    names = build()
    print(f"wrote {TARGET.name}: {', '.join(names)}")

"""Opening exports: .txt and .zip, encodings, line ends, and every kind of bad input."""

from __future__ import annotations

import io
import zipfile

import pytest

from audit.core.errors import InputError
from audit.parse.parsing import parse_export
from audit.parse.sources import MAX_CHAT_BYTES, read_export

CHAT = "13/01/2024, 09:00 - Amira: morning\n14/01/2024, 10:00 - Ben: hi\nsecond line\n"


def _zip(path, members: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_plain_utf8_text_is_read_as_is(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(CHAT.encode())
    source = read_export(path)
    assert source.data == CHAT.encode()
    assert (source.encoding, source.line_endings, source.member) == ("utf-8", "LF", None)
    assert source.chat == str(path)


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (b"\xef\xbb\xbf" + CHAT.encode(), "utf-8-sig"),
        (CHAT.encode("utf-16"), "utf-16-le"),
        (b"\xfe\xff" + CHAT.encode("utf-16-be"), "utf-16-be"),
        (CHAT.encode("utf-16-le"), "utf-16-le"),  # no BOM: NULs in odd positions
        (CHAT.encode("utf-16-be"), "utf-16-be"),  # no BOM: NULs in even positions
    ],
)
def test_bom_and_utf16_exports_decode_to_the_same_text(tmp_path, raw, encoding):
    path = tmp_path / "chat.txt"
    path.write_bytes(raw)
    source = read_export(path)
    assert source.encoding == encoding
    assert source.data == CHAT.encode()


@pytest.mark.parametrize(("newline", "name"), [("\r\n", "CRLF"), ("\r", "CR"), ("\n", "LF")])
def test_line_ends_become_newlines(tmp_path, newline, name):
    path = tmp_path / "chat.txt"
    path.write_bytes(CHAT.replace("\n", newline).encode())
    source = read_export(path)
    assert source.data == CHAT.encode()
    assert source.line_endings == name


def test_mixed_line_ends_are_all_split(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(b"13/01/2024, 09:00 - A: x\r\n14/01/2024, 09:00 - B: y\ncont\rmore\n")
    source = read_export(path)
    assert source.line_endings == "mixed"
    assert source.data.count(b"\n") == 4 and b"\r" not in source.data


def test_zip_prefers_chat_txt_and_ignores_macos_metadata_and_media(tmp_path):
    path = _zip(
        tmp_path / "export.zip",
        {
            "__MACOSX/._chat.txt": b"\x00\x05\x16\x07",
            "notes.txt": b"not the chat",
            "_chat.txt": CHAT.encode(),
            "00000001-PHOTO.jpg": b"\xff\xd8\xff",
        },
    )
    source = read_export(path)
    assert source.member == "_chat.txt"
    assert source.data == CHAT.encode()
    assert source.chat == str(path)


def test_zip_with_a_single_differently_named_chat_uses_it(tmp_path):
    path = _zip(tmp_path / "e.zip", {"WhatsApp Chat with Year 2.txt": CHAT.encode()})
    assert read_export(path).member == "WhatsApp Chat with Year 2.txt"


def test_zip_is_read_in_memory_not_extracted(tmp_path):
    path = _zip(tmp_path / "e.zip", {"_chat.txt": CHAT.encode()})
    before = set(tmp_path.iterdir())
    parse_export(path)
    assert set(tmp_path.iterdir()) == before


def _fails(path, *words: str) -> InputError:
    with pytest.raises(InputError) as caught:
        parse_export(path)
    message = caught.value.one_line().lower()
    for word in words:
        assert word in message
    assert caught.value.hint  # says what to try
    return caught.value


def test_missing_path_says_it_does_not_exist(tmp_path):
    _fails(tmp_path / "nope.txt", "does not exist")


def test_folder_is_refused(tmp_path):
    _fails(tmp_path, "folder")


def test_empty_file_is_refused(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(b"")
    _fails(path, "empty")


def test_blank_file_is_refused(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(b"\n\n  \r\n")
    _fails(path, "empty")


@pytest.mark.parametrize(
    ("magic", "word"),
    [(b"\x89PNG\r\n\x1a\n" + bytes(64), "png"), (b"\xff\xd8\xff\xe0" + bytes(64), "jpeg")],
)
def test_image_is_refused(tmp_path, magic, word):
    path = tmp_path / "chat.txt"
    path.write_bytes(magic)
    _fails(path, word, "not a chat")


def test_binary_file_is_refused(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes(bytes(range(256)) * 8)
    _fails(path, "binary")


def test_text_that_is_not_a_chat_is_refused(tmp_path):
    path = tmp_path / "essay.txt"
    path.write_text("My reflective essay.\nPlacement week 3 went well.\n", encoding="utf-8")
    _fails(path, "does not look like a whatsapp chat")


def test_undecodable_bytes_are_replaced_and_counted(tmp_path):
    path = tmp_path / "chat.txt"
    path.write_bytes("13/01/2024, 09:00 - Amira: café\n".encode("latin-1"))
    source = read_export(path)
    assert source.data.decode("utf-8") == "13/01/2024, 09:00 - Amira: caf\ufffd\n"
    assert source.replaced_lines == 1


def test_zip_without_a_chat_is_refused(tmp_path):
    path = _zip(tmp_path / "e.zip", {"photo.jpg": b"\xff\xd8\xff", "__MACOSX/._x.txt": b"x"})
    _fails(path, "no chat text")


def test_zip_with_several_candidate_chats_is_refused(tmp_path):
    path = _zip(tmp_path / "e.zip", {"a.txt": CHAT.encode(), "b.txt": CHAT.encode()})
    _fails(path, "several")


def test_corrupt_zip_is_refused(tmp_path):
    path = _zip(tmp_path / "e.zip", {"_chat.txt": CHAT.encode() * 50})
    raw = bytearray(path.read_bytes())
    path.write_bytes(bytes(raw[:40]) + b"garbage" * 10)
    _fails(path, "zip")


def test_file_named_zip_that_is_not_a_zip_is_refused(tmp_path):
    path = tmp_path / "e.zip"
    path.write_text("hello", encoding="utf-8")
    _fails(path, "not a valid zip")


def test_zip_bomb_is_refused_before_reading(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", b"")
    # Claim an absurd uncompressed size in both headers, as a bomb would.
    raw = bytearray(buffer.getvalue())
    size = (MAX_CHAT_BYTES + 1).to_bytes(4, "little")
    local = raw.index(b"PK\x03\x04")
    raw[local + 22 : local + 26] = size
    central = raw.index(b"PK\x01\x02")
    raw[central + 24 : central + 28] = size
    path = tmp_path / "bomb.zip"
    path.write_bytes(bytes(raw))
    _fails(path, "too large")

"""Round trip: the seeded generator writes a chat in every supported format, as a .txt and as
a .zip; the parser must read each back to exactly the frame the generator intended. One test
case per format and container, so one failure does not hide the others."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.parse.layouts import looks_like_header
from audit.parse.parsing import parse_export, parse_text
from whatsapp_generator import FORMATS, generate, write_export


def _without_chat(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.drop(columns=["chat"]).reset_index(drop=True)


@pytest.mark.parametrize("container", ["txt", "zip"])
@pytest.mark.parametrize("name", sorted(FORMATS))
def test_generated_export_reads_back_to_the_same_frame(tmp_path, name, container):
    chat = generate(name, seed=11)
    path = write_export(chat, tmp_path, container)
    parsed = parse_export(path)
    assert parsed.date_order == chat.format.order
    assert not parsed.ambiguous
    pd.testing.assert_frame_equal(_without_chat(parsed.messages), chat.expected)
    assert (parsed.messages["chat"] == str(path)).all()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_other_seeds_round_trip_too(tmp_path, seed):
    for name in ("android-mdy-12", "ios-dmy-24"):
        chat = generate(name, seed=seed, messages=120)
        parsed = parse_export(write_export(chat, tmp_path, "txt"))
        pd.testing.assert_frame_equal(_without_chat(parsed.messages), chat.expected)


@pytest.mark.parametrize(
    ("encoding", "newline"),
    [
        ("utf-8", "\r\n"),
        ("utf-8", "\r"),
        ("utf-8-sig", "\n"),
        ("utf-16", "\n"),  # with BOM
        ("utf-16-le", "\r\n"),  # without BOM: found by the NUL pattern
        ("utf-16-be", "\n"),
    ],
)
def test_encodings_and_line_ends_round_trip(tmp_path, encoding, newline):
    chat = generate("ios-mdy-12", seed=5)
    parsed = parse_export(write_export(chat, tmp_path, "txt", encoding, newline))
    pd.testing.assert_frame_equal(_without_chat(parsed.messages), chat.expected)


# --- Hypothesis: arbitrary message text survives the round trip -------------------------------

_line_text = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",),
        blacklist_characters="\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029",
    ),
    max_size=40,
)
_snippets = st.sampled_from(
    [
        "12/03/2024, 10:00 - Bob: not a header here",
        "a - b - c",
        "time: 10:30: done",
        "\u200fمرحبا\u200e",
        "👩🏻\u200d⚕️🙈",
        "",
        "  ",
        "[12/03/2024, 10:00:00] Zed: other layout",
    ]
)
_message_text = st.lists(st.one_of(_line_text, _snippets), min_size=1, max_size=5).map("\n".join)


def _fine_as_body(text: str) -> bool:
    # A later line that is itself a complete header starts a new message in WhatsApp's own
    # format too, so such texts cannot round-trip; everything else must.
    return not any(looks_like_header(line) for line in text.split("\n")[1:])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(_message_text, min_size=1, max_size=6))
def test_arbitrary_text_round_trips(texts):
    texts = [t for t in texts if _fine_as_body(t)] or ["plain"]
    lines = [f"{13 + i:02}/03/2024, 10:{i:02} - Bob: {t}" for i, t in enumerate(texts)]
    parsed = parse_text("\n".join(lines) + "\n")
    got = parsed.messages
    assert list(got["text"]) == _expected_texts(texts)
    assert got["author"].eq("Bob").all()
    assert got["kind"].eq("text").all()
    assert list(got["line"]) == _expected_lines(texts)


def _expected_texts(texts: list[str]) -> list[str]:
    """The texts as written, except that the export's trailing blank lines end no message."""
    out = list(texts)
    last = out[-1].split("\n")
    while len(last) > 1 and last[-1] == "":
        last.pop()
    out[-1] = "\n".join(last)
    return out


def _expected_lines(texts: list[str]) -> list[int]:
    lines, at = [], 1
    for text in texts:
        lines.append(at)
        at += text.count("\n") + 1
    return lines

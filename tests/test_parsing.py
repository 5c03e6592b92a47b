"""The parser's behaviour: kinds, authors, multi-line text, invisible marks, date order,
notes, and the frame contract of audit/core/schema.py."""

from __future__ import annotations

import pandas as pd
import pytest

from audit.core.errors import InputError, UsageError
from audit.core.schema import MESSAGE_COLUMNS, MESSAGE_DTYPES
from audit.parse.parsing import describe, parse_export, parse_text, read_messages

LRM = "\u200e"


def _one(line: str, **kwargs):
    return parse_text(line, **kwargs).messages.iloc[0]


def test_frame_has_the_schema_columns_and_dtypes(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("13/01/2024, 09:00 - Amira: hi\n", encoding="utf-8")
    frame = read_messages(path)
    assert tuple(frame.columns) == MESSAGE_COLUMNS
    for column, dtype in MESSAGE_DTYPES.items():
        assert frame[column].dtype == pd.api.types.pandas_dtype(dtype), column
    row = frame.iloc[0]
    assert (row["message_id"], row["line"], row["chat"]) == (0, 1, str(path))
    assert row["timestamp"] == pd.Timestamp("2024-01-13 09:00")


# --- kinds -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "13/01/2024, 09:00 - Messages and calls are end-to-end encrypted. No one outside of "
        "this chat, not even WhatsApp, can read or listen to them. Tap to learn more.",
        '13/01/2024, 09:00 - Amira created group "Year 2"',
        "13/01/2024, 09:00 - Amira added Ben",
        "13/01/2024, 09:00 - Ben left",
        "13/01/2024, 09:00 - Du hast Mallory hinzugefügt.",
        '13/01/2024, 09:00 - Amira changed the subject from "Y1" to "Year 2: placements"',
    ],
)
def test_android_header_without_a_name_is_a_system_message(line):
    row = _one(line)
    assert row["kind"] == "system"
    assert pd.isna(row["author"])
    assert row["text"] == line.split(" - ", 1)[1]


@pytest.mark.parametrize(
    "notice",
    [
        f"{LRM}Messages and calls are end-to-end encrypted. No one outside of this chat can "
        "read them.",
        f"{LRM}Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.",
        f"{LRM}Los mensajes y las llamadas están cifrados de extremo a extremo.",
    ],
)
def test_ios_notices_attributed_to_the_group_name_are_system_messages(notice):
    text = (
        f"[13/01/2024, 09:00:00] Year 2 Nursing: {notice}\n"
        f"[13/01/2024, 09:00:01] Year 2 Nursing: {LRM}Amira added Ben\n"
        f"[13/01/2024, 09:00:02] Year 2 Nursing: {LRM}Ben left\n"
        "[14/01/2024, 10:00:00] Amira: hello\n"
    )
    frame = parse_text(text).messages
    assert list(frame["kind"]) == ["system", "system", "system", "text"]
    assert frame["author"].isna().tolist() == [True, True, True, False]
    assert frame["text"].iloc[0] == notice


def test_ios_group_named_in_a_created_group_notice_is_not_an_author():
    text = (
        f"[13/01/2024, 09:00:00] {LRM}Amira created group “Placement Pals”\n"
        f"[13/01/2024, 09:00:01] Placement Pals: {LRM}Amira added you\n"
        "[14/01/2024, 10:00:00] Amira: hello\n"
    )
    frame = parse_text(text).messages
    assert list(frame["kind"]) == ["system", "system", "text"]


def test_user_text_that_sounds_like_a_system_notice_stays_user_text():
    frame = parse_text(
        "20.09.17, 16:54 - Jo: You removed my history 8:00 this morning\n"
        "21.09.17, 16:54 - Jo: Amira added Ben\n"
    ).messages
    assert list(frame["kind"]) == ["text", "text"]
    assert frame["author"].tolist() == ["Jo", "Jo"]


@pytest.mark.parametrize(
    "body",
    [
        "<Media omitted>",
        "<media omitted>",
        "<Medien ausgeschlossen>",
        "<Multimedia omitido>",
        f"{LRM}image omitted",
        f"{LRM}video omitted",
        "Bild weggelassen",
        f"{LRM}<attached: 00000001-PHOTO-2024-01-13-09-00-00.jpg>",
        "< attached: 00000042-PHOTO-2020-06-07-15-13-20.jpg >",
        "IMG-20240113-WA0001.jpg (file attached)",
        f"{LRM}PTT-20180129-WA0025.opus (Datei angehängt)",
        "2015-08-04-PHOTO-00004762.jpg <\u200eattached>",
        f"{LRM}<Anhang: PTT-20180129-WA0025.opus>",
    ],
)
def test_media_placeholders_are_media(body):
    row = _one(f"13/01/2024, 09:00 - Amira: {body}")
    assert row["kind"] == "media"
    assert row["text"] == body  # kept exactly, marks included
    assert row["author"] == "Amira"


def test_attachment_with_a_caption_on_the_next_line_is_media():
    row = _one("13/01/2024, 09:00 - Amira: IMG-1.jpg (file attached)\nlook at this")
    assert row["kind"] == "media"
    assert row["text"] == "IMG-1.jpg (file attached)\nlook at this"


@pytest.mark.parametrize(
    "body",
    [
        "This message was deleted",
        "You deleted this message",
        f"{LRM}This message was deleted.",
        "Diese Nachricht wurde gelöscht.",
        "Se eliminó este mensaje.",
        "Ce message a été supprimé",
    ],
)
def test_deleted_messages_are_deleted(body):
    assert _one(f"13/01/2024, 09:00 - Amira: {body}")["kind"] == "deleted"


@pytest.mark.parametrize(
    "body",
    [
        "I said: this message was deleted by the mentor",
        "the <Media omitted> thing",
        "<insert your name here>",
        "image omitted from the essay, sorry",
    ],
)
def test_text_mentioning_markers_is_ordinary_text(body):
    assert _one(f"13/01/2024, 09:00 - Amira: {body}")["kind"] == "text"


@pytest.mark.parametrize(
    ("body", "text"),
    [
        ("see you at 9 <This message was edited>", "see you at 9"),
        (f"line one\nline two {LRM}<This message was edited>", "line one\nline two"),
        ("bis morgen <Diese Nachricht wurde bearbeitet>", "bis morgen"),
    ],
)
def test_edited_marker_is_removed_and_flagged(body, text):
    row = _one(f"13/01/2024, 09:00 - Amira: {body}")
    assert bool(row["edited"]) is True
    assert row["text"] == text
    assert row["kind"] == "text"


def test_unedited_message_is_not_flagged():
    assert bool(_one("13/01/2024, 09:00 - Amira: hi")["edited"]) is False


# --- text, lines, authors --------------------------------------------------------------------


def test_multiline_message_is_kept_exactly_with_inner_blank_lines():
    text = (
        "13/01/2024, 09:00 - Amira: first\n\n  third: with colon\n12/01/2024 was - a date\n"
        "14/01/2024, 10:00 - Ben: next\n"
    )
    frame = parse_text(text).messages
    assert frame["text"].tolist() == [
        "first\n\n  third: with colon\n12/01/2024 was - a date",
        "next",
    ]
    assert frame["line"].tolist() == [1, 5]


def test_every_line_belongs_to_exactly_one_message():
    text = "intro line\n13/01/2024, 09:00 - A: a\nb\n\nc\n14/01/2024, 10:00 - B: d\ne"
    frame = parse_text(text).messages
    rebuilt = []
    for _, row in frame.iterrows():
        rebuilt += row["text"].split("\n")
    original = text.split("\n")
    bodies = [line.split(": ", 1)[1] if " - " in line[:22] else line for line in original]
    assert rebuilt == bodies


def test_text_before_the_first_header_is_kept_and_reported():
    parsed = parse_text("Exported by a backup tool\nsecond\n13/01/2024, 09:00 - A: hi\n")
    first = parsed.messages.iloc[0]
    assert first["kind"] == "system" and pd.isna(first["author"])
    assert pd.isna(first["timestamp"])
    assert first["text"] == "Exported by a backup tool\nsecond"
    assert first["line"] == 1
    assert parsed.messages["line"].tolist() == [1, 3]
    assert any("before the first message header" in note for note in parsed.notes)


def test_no_unicode_normalisation():
    decomposed = "Chloe\u0301 cafe\u0301 ﬁ ①"
    row = _one(f"13/01/2024, 09:00 - Amira: {decomposed}")
    assert row["text"] == decomposed


def test_direction_marks_are_stripped_from_header_positions_only():
    line = f"{LRM}[13/01/2024, 09:00:00] \u202a+44 7700 900123\u202c: {LRM}hello {LRM}there"
    row = _one(line)
    assert row["author"] == "+44 7700 900123"
    assert row["text"] == f"{LRM}hello {LRM}there"


def test_bom_and_marks_inside_the_bracket_are_header_positions():
    row = _one("\ufeff\ufeff[\ufeff29.01.18, 12:26:03] Dave: Test test")
    assert (row["author"], row["text"]) == ("Dave", "Test test")
    assert row["timestamp"] == pd.Timestamp("2018-01-29 12:26:03")


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("3/6/18, 1:55\u202fPM - a: m", "2018-06-03 13:55"),
        ("3/6/2018 1:55 p.\u00a0m. - a: m", "2018-06-03 13:55"),
        ("[3/6/18 1:55:00 p. m.] a: m", "2018-06-03 13:55"),
        ("13/06/2018, 12:05 AM - a: m", "2018-06-13 00:05"),
        ("13/06/2018, 12:05 PM - a: m", "2018-06-13 12:05"),
        ("13.6.2018 klo 21.25.15 - a: m", "2018-06-13 21:25:15"),
        ("12/07/2017 à 22:35 - a: m", "2017-07-12 22:35"),
        ("13.06.18 um 21:25 - a: m", "2018-06-13 21:25"),
        ("13. 6. 2018. 21:25:15 a: m", "2018-06-13 21:25:15"),
        ("13.06.18 21.25.15: a: m", "2018-06-13 21:25:15"),
        ("[2018/06/13, 21:25:15] a: m", "2018-06-13 21:25:15"),
    ],
)
def test_clock_and_locale_variants(line, stamp):
    row = _one(line)
    assert row["timestamp"] == pd.Timestamp(stamp)
    assert (row["author"], row["text"]) == ("a", "m")


# --- date order ------------------------------------------------------------------------------


def test_a_value_above_12_decides_the_order_anywhere_in_the_file():
    lines = [f"0{d}/0{m}/2024, 09:00 - A: x" for m, d in ((1, 2), (1, 3))]
    lines += ["01/13/2024, 09:00 - A: late in the file"]
    parsed = parse_text("\n".join(lines))
    assert parsed.date_order == "MDY"
    assert not parsed.ambiguous
    assert "value" in parsed.date_order_note


def test_order_is_inferred_from_how_values_advance():
    # d/m: the first field changes daily, the second stays (all values <= 12).
    lines = [f"{d}/3/2024, 09:00 - A: x" for d in range(1, 11)]
    parsed = parse_text("\n".join(lines))
    assert parsed.date_order == "DMY"
    assert not parsed.ambiguous
    assert "advance" in parsed.date_order_note
    lines = [f"3/{d}/2024, 09:00 - A: x" for d in range(1, 11)]
    assert parse_text("\n".join(lines)).date_order == "MDY"


def test_undecidable_order_is_assumed_and_reported():
    parsed = parse_text("3/6/18, 1:55 PM - a: m")
    assert parsed.date_order == "DMY"
    assert parsed.ambiguous
    assert "assumed" in parsed.date_order_note
    assert any("--date-order" in note for note in parsed.notes)


def test_date_order_argument_overrides_inference():
    parsed = parse_text("3/6/18, 1:55 PM - a: m", date_order="mdy")
    assert parsed.date_order == "MDY"
    assert parsed.date_order_note == "given by --date-order"
    assert parsed.messages["timestamp"].iloc[0] == pd.Timestamp("2018-03-06 13:55")


def test_unknown_date_order_is_a_usage_error():
    with pytest.raises(UsageError):
        parse_text("3/6/18, 1:55 PM - a: m", date_order="DDD")


def test_a_forced_order_that_makes_dates_impossible_stops_the_parse():
    with pytest.raises(InputError, match="--date-order MDY makes 1 date"):
        parse_text("13/01/2024, 09:00 - A: x", date_order="MDY")


def test_a_date_impossible_in_every_order_gets_an_empty_timestamp():
    parsed = parse_text("13/01/2024, 09:00 - A: x\n31/02/2024, 09:00 - A: y", date_order="DMY")
    assert pd.isna(parsed.messages["timestamp"].iloc[1])
    assert any("does not exist" in note for note in parsed.notes)


# --- reporting -------------------------------------------------------------------------------


def test_layout_is_described_for_people():
    parsed = parse_text("13/01/24, 21:05 - A: x\n[not a header]")
    assert parsed.layout == "Android, 24-hour, d/m/yy, HH:MM"
    ios = parse_text("[1/13/24, 9:05:01 PM] A: x")
    assert ios.layout == "iOS, 12-hour, m/d/yy, h:MM:SS AM/PM"


def test_lines_that_look_like_another_layouts_header_are_reported():
    parsed = parse_text("13/01/2024, 09:00 - A: x\n[13/01/2024, 09:00:00] B: pasted\n")
    assert len(parsed.messages) == 1
    assert any("another layout" in note for note in parsed.notes)


def test_describe_summarises_the_chat(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text(
        "13/01/2024, 09:00 - Amira: hi\n14/01/2024, 10:00 - Ben: <Media omitted>\n",
        encoding="utf-8",
    )
    summary = describe(parse_export(path))
    assert "messages:    2 (text 1, media 1, deleted 0, system 0)" in summary
    assert "authors:     2" in summary
    assert "2024-01-13 09:00 to 2024-01-14 10:00" in summary
    assert "Android, 24-hour, d/m/yyyy, HH:MM" in summary
    assert "DMY" in summary


def test_lines_that_cannot_be_dates_do_not_decide_the_layout():
    text = "13/03/2024, 10:00 - Bob: x\n[0/0/0,0:00:00]\n[0/0/0,0:00:00]\n"
    frame = parse_text(text).messages
    assert frame["text"].tolist() == ["x\n[0/0/0,0:00:00]\n[0/0/0,0:00:00]"]


def test_third_party_year_in_the_middle_is_read():
    parsed = parse_text("[06/2018/13, 21:25:15] a: m")
    assert parsed.date_order == "MYD"
    assert parsed.messages["timestamp"].iloc[0] == pd.Timestamp("2018-06-13 21:25:15")


def test_blank_lines_before_the_first_header_are_reported_not_kept():
    parsed = parse_text("\n\n13/01/2024, 09:00 - A: x\n")
    assert parsed.messages["line"].tolist() == [3]
    assert any("2 blank line(s)" in note for note in parsed.notes)

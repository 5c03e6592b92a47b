"""BUL002 exclusion and BUL004 persistent targeting."""

from __future__ import annotations

from datetime import datetime

import pytest
from bullying_chats import MEGAN_ASKS, detect, on

EXCLUSION_FLAGGED = [
    ("new group without her name", "let's make a new group without Megan"),
    ("don't add her", "don't add her to the presentation group"),
    ("nobody wants", "nobody wants to be in your group"),
    ("kick her out", "kick her out of the chat lol"),
    ("@mention", "@\u2068Megan Cole\u2069 nobody wants you in the group for the sim"),
]
EXCLUSION_NOT_FLAGGED = [
    ("the union's advice", "let's make a new social group for nights out"),
    ("starting without someone late", "we'll start without her, she's on a late shift"),
    ("defending", "please don't make a group without Megan, that's mean"),
    ("inviting", "should we add Megan to the presentation group?"),
    ("about oneself", "don't add me to the rota yet"),
    ("not a person", "don't add it to the shared drive yet"),
]


@pytest.mark.parametrize("case,text", EXCLUSION_FLAGGED, ids=[c for c, _ in EXCLUSION_FLAGGED])
def test_exclusion_of_a_member_is_flagged_high(case, text):
    findings = detect([MEGAN_ASKS, (1, "Tom Reed", text)])
    hit = on(findings, 1, "BUL002")
    assert len(hit) == 1, case
    assert hit["severity"].astype(str).iloc[0] == "high"
    assert hit["target"].iloc[0] == "Megan Cole"
    assert "Megan Cole" in hit["explanation"].iloc[0]
    assert hit["cue"].iloc[0].startswith("exclusion.")


@pytest.mark.parametrize(
    "case,text", EXCLUSION_NOT_FLAGGED, ids=[c for c, _ in EXCLUSION_NOT_FLAGGED]
)
def test_ordinary_group_talk_is_not_exclusion(case, text):
    findings = detect([MEGAN_ASKS, (1, "Tom Reed", text)])
    assert on(findings, 1, min_severity="low").empty, case


@pytest.mark.parametrize(
    "text",
    ["kick\u00a0Megan\u00a0out of the group", "let's make a new\u00a0group without\u00a0Megan"],
)
def test_exclusion_typed_with_no_break_spaces_is_flagged(text):
    findings = detect([MEGAN_ASKS, (1, "Tom Reed", text)])
    assert list(on(findings, 1, "BUL002")["target"]) == ["Megan Cole"]


def test_two_exclusion_messages_at_one_member_are_one_thread():
    findings = detect(
        [
            MEGAN_ASKS,
            (1, "Tom Reed", "let's make a new group without Megan"),
            (3, "Sam Idowu", "yeah and don't add her to the presentation group"),
        ]
    )
    excluded = findings[findings["rule"] == "BUL002"]
    assert sorted(excluded["message_id"]) == [1, 2]
    assert excluded["episode"].nunique() == 1 and excluded["episode"].iloc[0]


MONDAY, WEDNESDAY = datetime(2025, 3, 3, 10), datetime(2025, 3, 5, 14)


def test_same_author_targeting_the_same_member_on_two_days_is_persistent():
    findings = detect(
        [
            (MONDAY, "Megan Cole", "does anyone have the slides?"),
            (MONDAY.replace(minute=1), "Tom Reed", "teacher's pet 🙄"),
            (WEDNESDAY, "Megan Cole", "I've booked a room for the presentation"),
            (WEDNESDAY.replace(minute=2), "Tom Reed", "nobody cares Megan"),
        ]
    )
    hit = findings[findings["rule"] == "BUL004"]
    assert list(hit["message_id"]) == [3]
    assert hit["related"].iloc[0] == [1]
    assert "2 different days" in hit["explanation"].iloc[0]
    assert list(hit["target"]) == ["Megan Cole"]
    assert hit["episode"].iloc[0].endswith(":1:BUL004")  # the pattern starts on Monday


def test_remarks_months_apart_are_not_persistent():
    findings = detect(
        [
            (MONDAY, "Megan Cole", "does anyone have the slides?"),
            (MONDAY.replace(minute=1), "Tom Reed", "teacher's pet 🙄"),
            (MONDAY.replace(month=10), "Megan Cole", "I've booked a room"),
            (MONDAY.replace(month=10, minute=2), "Tom Reed", "nobody cares Megan"),
        ]
    )
    assert findings[findings["rule"] == "BUL004"].empty


@pytest.mark.parametrize(
    "second_author,second_day",
    [("Tom Reed", MONDAY.replace(hour=15)), ("Sam Idowu", WEDNESDAY)],
    ids=["same day", "different author"],
)
def test_not_persistent(second_author, second_day):
    findings = detect(
        [
            (MONDAY, "Megan Cole", "does anyone have the slides?"),
            (MONDAY.replace(minute=1), "Tom Reed", "teacher's pet 🙄"),
            (second_day, "Megan Cole", "I've booked a room"),
            (second_day.replace(minute=2), second_author, "nobody cares Megan"),
        ]
    )
    assert findings[findings["rule"] == "BUL004"].empty

"""BUL005 rude comments about staff, BUL006 public shaming."""

from __future__ import annotations

import pytest
from bullying_chats import MENTOR_STORY, detect

STAFF_FLAGGED = [
    ("titled name", [(0, "Tom Reed", "Dr Hughes is useless")]),
    ("role", [(0, "Tom Reed", "my mentor is a joke honestly")]),
    ("insult", [(0, "Tom Reed", "the placement manager is an absolute cow")]),
    ("pronoun after a staff story", [MENTOR_STORY, (1, "Tom Reed", "she hasn't got a clue")]),
    (
        "he, two slow messages after a staff grievance",
        [
            (0, "Tom Reed", "Dr Hughes is useless, he didn't even turn up to our tutorial"),
            (21, "Liam Walsh", "he's not that bad tbf"),
            (55, "Tom Reed", "he is a total clown"),
        ],
    ),
    ("placement staff by role", [(0, "Tom Reed", "the ward sister is an absolute joke")]),
    ("a practice educator by initials", [(0, "Tom Reed", "my PE is useless, signs nothing off")]),
    (
        "a name the chat learned as staff",
        [
            (0, "Megan Cole", "my mentor Julie wants the reflection by Friday"),
            (5, "Tom Reed", "Julie is so lazy, she never signs anything off"),
        ],
    ),
]
STAFF_NOT_FLAGGED = [
    ("constructive", [MENTOR_STORY, (1, "Tom Reed", "maybe raise it with the programme leader")]),
    ("harsh but fair", [(0, "Tom Reed", "my mentor was harsh but fair tbh")]),
    ("a lecture, not a lecturer", [(0, "Tom Reed", "the lecture was useless, I'll rewatch it")]),
    ("negated", [(0, "Tom Reed", "Dr Hughes isn't useless, she's just stretched")]),
    ("praise", [(0, "Tom Reed", "my mentor is lovely, she signed everything off")]),
    ("physical education", [(0, "Tom Reed", "the PE lesson was a joke, nobody had kit")]),
    ("self-criticism", [MENTOR_STORY, (1, "Megan Cole", "she said I was useless at handover")]),
]


@pytest.mark.parametrize("case,rows", STAFF_FLAGGED, ids=[c for c, _ in STAFF_FLAGGED])
def test_rude_comment_about_staff_is_flagged(case, rows):
    findings = detect(rows)
    hit = findings[(findings["rule"] == "BUL005") & (findings["message_id"] == len(rows) - 1)]
    assert len(hit) == 1, case
    assert hit["severity"].astype(str).iloc[0] == "medium"
    assert hit["target"].iloc[0] == "staff"
    assert hit["cue"].iloc[0].startswith("grievance.")
    # staff grievances are not member mockery
    assert findings[findings["rule"] == "BUL003"].empty


@pytest.mark.parametrize("case,rows", STAFF_NOT_FLAGGED, ids=[c for c, _ in STAFF_NOT_FLAGGED])
def test_raising_concerns_properly_is_not_flagged(case, rows):
    findings = detect(rows)
    assert findings[findings["rule"] == "BUL005"].empty, case


def test_staff_grievance_names_the_member_of_staff():
    findings = detect([(0, "Tom Reed", "Dr Hughes is useless")])
    assert "Dr Hughes" in findings["explanation"].iloc[0]


@pytest.mark.parametrize(
    "rows",
    [
        [
            (0, "Megan Cole", "I did a little speech in the seminar today"),
            (1, "Tom Reed", "someone should film Megan's speeches and put them on tiktok 😂"),
        ],
        [
            (0, "Megan Cole", "does anyone have the slides from today?"),
            (1, "Tom Reed", "let's post her messages all over insta so everyone sees"),
        ],
        [
            (0, "Megan Cole", "morning all"),
            (1, "Tom Reed", "we should name and shame Megan on the uni confessions page"),
        ],
    ],
    ids=["film her for tiktok", "post her messages", "name and shame"],
)
def test_shaming_a_fellow_student_publicly_is_flagged_high(rows):
    findings = detect(rows)
    hit = findings[findings["rule"] == "BUL006"]
    assert list(hit["message_id"]) == [len(rows) - 1]
    assert hit["severity"].astype(str).iloc[0] == "high"
    assert list(hit["target"]) == ["Megan Cole"]
    assert hit["cue"].iloc[0].startswith("shaming.")


@pytest.mark.parametrize(
    "rows",
    [
        [
            (0, "Megan Cole", "Dr Hughes gave me 42"),
            (1, "Tom Reed", "let's post her marking on Facebook"),
        ],
        [(0, "Tom Reed", "we should name and shame Dr Hughes")],
        [(0, "Tom Reed", "I'm going to expose the ward manager on tiktok")],
    ],
    ids=["post a lecturer's marking", "name and shame a lecturer", "expose a manager"],
)
def test_shaming_staff_online_is_left_to_the_conduct_detector(rows):
    # naming and shaming staff or a placement is the conduct detector's finding (CND...):
    # the same message is never flagged twice
    findings = detect(rows)
    assert findings[findings["rule"] == "BUL006"].empty


@pytest.mark.parametrize(
    "text",
    [
        "I'll post the photos from the ball on insta later",
        "don't post anything about placement on facebook",
    ],
)
def test_ordinary_posting_is_not_shaming(text):
    findings = detect([(0, "Tom Reed", text)])
    assert findings[findings["rule"] == "BUL006"].empty

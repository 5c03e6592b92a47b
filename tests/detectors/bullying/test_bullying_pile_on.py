"""BUL001: several members at one person within minutes, laughter included; one episode."""

from __future__ import annotations

import pandas as pd
import pytest
from bullying_chats import CONFIG, MEGAN_ASKS, PILE_ON, detect, on, rule_ids

from detectors import bullying
from frames import make_messages


def test_pile_on_flags_every_message_including_laughter():
    findings = detect(PILE_ON)
    piled = findings[findings["rule"] == "BUL001"]
    assert sorted(piled["message_id"]) == [1, 2, 3]
    assert set(piled["severity"].astype(str)) == {"high"}
    first = piled[piled["message_id"] == 1].iloc[0]
    assert first["related"] == [2, 3]
    for name in ("Megan Cole", "Tom Reed", "Jess Lowe", "Sam Idowu"):
        assert name in first["explanation"]
    # the target and the member who defended her are not part of it
    assert on(findings, 4).empty and on(findings, 5).empty


def test_a_pile_on_is_one_episode_aimed_at_one_target():
    piled = detect(PILE_ON).query("rule == 'BUL001'")
    assert piled["episode"].nunique() == 1
    episode = piled["episode"].iloc[0]
    assert episode.endswith(":1:BUL001")  # the first message of the episode, the rule
    assert "test.txt" not in episode  # a hash of the chat, never its file name
    assert set(piled["target"]) == {"Megan Cole"}
    by_message = dict(zip(piled["message_id"], piled["cue"], strict=True))
    assert "insult.subject_is_insult" in by_message[1]
    assert by_message[2] == "laughter.only"
    assert "label.teachers_pet" in by_message[3]


def test_two_members_jibing_within_minutes_is_a_pile_on():
    findings = detect(
        [MEGAN_ASKS, (1, "Tom Reed", "teacher's pet 🙄"), (3, "Sam Idowu", "she's such a try hard")]
    )
    assert rule_ids(findings, "BUL001") == [1, 2]


def test_one_member_laughing_along_with_a_jibe_is_a_medium_pile_on():
    findings = detect([MEGAN_ASKS, (1, "Tom Reed", "teacher's pet 🙄"), (2, "Jess Lowe", "😂😂")])
    piled = findings[findings["rule"] == "BUL001"]
    assert sorted(piled["message_id"]) == [1, 2]
    assert set(piled["severity"].astype(str)) == {"medium"}


@pytest.mark.parametrize(
    "reply",
    ["LMAOOO she cannot help herself", "😂😂 do it", "stoppp 😂", "facts 💯"],
)
def test_replies_egging_on_a_jibe_join_the_pile_on(reply):
    findings = detect([MEGAN_ASKS, (1, "Tom Reed", "teacher's pet 🙄"), (2, "Jess Lowe", reply)])
    assert 2 in rule_ids(findings, "BUL001")


def test_laughing_along_with_a_staff_grievance_is_a_pile_on_on_staff():
    findings = detect(
        [
            (0, "Tom Reed", "Dr Hughes is a joke, let's post her marking on Facebook"),
            (1, "Jess Lowe", "😂😂 do it"),
        ]
    )
    piled = findings[findings["rule"] == "BUL001"]
    assert sorted(piled["message_id"]) == [0, 1]
    assert "Dr Hughes" in piled["explanation"].iloc[0]
    assert set(piled["target"]) == {"staff"}


def test_swearing_at_a_member_counts_towards_a_pile_on_but_is_left_to_toxicity_alone():
    alone = detect([MEGAN_ASKS, (1, "Tom Reed", "fuck off Megan you absolute prick")])
    assert alone[alone["rule"] == "BUL003"].empty
    piled = detect(
        [
            MEGAN_ASKS,
            (1, "Tom Reed", "fuck off Megan you absolute prick"),
            (2, "Jess Lowe", "😂😂"),
            (3, "Sam Idowu", "lol"),
        ]
    )
    assert rule_ids(piled, "BUL001") == [1, 2, 3]


PILE_ON_NOT = [
    (
        "laughing at her own joke",
        [
            (0, "Megan Cole", "I fell asleep in the lecture and snored lol"),
            (1, "Tom Reed", "😂😂"),
            (2, "Jess Lowe", "😂"),
        ],
    ),
    (
        "laughing at a joke about oneself",
        [(0, "Megan Cole", "I'm such a teacher's pet lol"), (1, "Tom Reed", "😂😂")],
    ),
    (
        "jibes hours apart",
        [
            MEGAN_ASKS,
            (1, "Tom Reed", "you're so thick Megan"),
            (300, "Sam Idowu", "Megan is so thick"),
        ],
    ),
    (
        "jibes at different people",
        [
            MEGAN_ASKS,
            (1, "Tom Reed", "you're so thick Megan"),
            (2, "Sam Idowu", "Priya is a teacher's pet"),
            (3, "Priya Shah", "hey!"),
        ],
    ),
    (
        "supportive replies",
        [
            MEGAN_ASKS,
            (1, "Tom Reed", "thanks Megan, that's helpful"),
            (2, "Jess Lowe", "😂😂"),
            (3, "Sam Idowu", "Megan you legend ❤️"),
        ],
    ),
]


@pytest.mark.parametrize("case,rows", PILE_ON_NOT, ids=[c for c, _ in PILE_ON_NOT])
def test_not_a_pile_on(case, rows):
    findings = detect(rows)
    assert findings[findings["rule"] == "BUL001"].empty, case


def test_pile_on_never_spans_chats():
    one = make_messages(PILE_ON[:2], chat="a.txt")
    other = make_messages([(2, "Jess Lowe", "lol she's a teacher's pet")], chat="b.txt")
    messages = pd.concat([one, other], ignore_index=True)
    findings = bullying.detect(messages, CONFIG)
    assert findings[findings["rule"] == "BUL001"].empty


def test_the_same_pile_on_in_two_chats_has_two_episodes():
    one = make_messages(PILE_ON, chat="a.txt")
    other = make_messages(PILE_ON, chat="b.txt")
    findings = bullying.detect(pd.concat([one, other], ignore_index=True), CONFIG)
    assert findings.query("rule == 'BUL001'")["episode"].nunique() == 2

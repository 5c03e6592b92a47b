"""Bullying detector: should-flag and should-not-flag tables per rule, on hand-made chats.

Most cases are a two-message conversation: Megan Cole asks something ordinary, then someone
replies. A case says which rule must (or must not) fire on the reply and, when it flags, that
the explanation names the person it is aimed at."""

from __future__ import annotations

import re
import time
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from audit.core.config import AuditConfig
from detectors import bullying
from frames import make_messages

CONFIG = AuditConfig(use_models=False)
MEGAN_ASKS = (0, "Megan Cole", "does anyone have the slides from today?")
MENTOR_STORY = (0, "Megan Cole", "my mentor made me redo the whole care plan again today")


def detect(rows, config=CONFIG, **columns):
    messages = make_messages(rows)
    for name, values in columns.items():
        messages[name] = pd.Series(values, dtype="float64")
    return bullying.detect(messages, config)


def on(findings, message_id, rule=None, min_severity="medium"):
    order = ("low", "medium", "high")
    chosen = findings[
        (findings["message_id"] == message_id)
        & findings["severity"].astype(str).map(order.index).ge(order.index(min_severity))
    ]
    return chosen if rule is None else chosen[chosen["rule"] == rule]


# --- BUL003 mockery / name-calling aimed at a member ---

MOCKERY_FLAGGED = [
    ("name-calling with the first name", "you're so thick Megan"),
    ("name first", "Megan is such a know-it-all"),
    ("label by adjacency", "teacher's pet 🙄"),
    ("third person right after her message", "she's so thick honestly"),
    ("second person reply", "you're such a suck up"),
    ("@mention", "@\u2068Megan Cole\u2069 what an idiot"),
    ("full name", "Megan Cole is a drama queen"),
    ("nobody likes", "nobody likes you Megan"),
    ("sarcasm", "gold star for Megan ⭐ does she want a sticker"),
    ("sarcasm with its own negation", "25th. can you not read the handbook 🙄"),
    ("sarcasm despite congrats", "congrats on using a phone Megan 👏👏 want a medal"),
    ("mocking her quoted words", '"thanks Megan so helpful" 🤓 she\'s so thick'),
    (
        "contact details to invite abuse",
        "her email is megan@example.com if anyone wants to tell her",
    ),
    ("name as the subject", "Megan is so slow, took her ages to do one set of obs"),
]

MOCKERY_NOT_FLAGGED = [
    ("about oneself", "I'm so thick, I forgot my badge again"),
    ("thanks", "thanks Megan, that's helpful"),
    ("negated", "you're not thick Megan, the slides were confusing"),
    ("defending", "guys stop, this is bullying"),
    ("friendly banter", "you absolute muppet Megan 😂 love you"),
    ("banter with a heart", "Megan you nerd ❤️"),
    ("figurative", "this assignment is killing me"),
    ("about a thing", "the printer is useless"),
    ("reported speech", "someone called me a teacher's pet on placement, so annoying"),
    ("ordinary reply", "Megan they're on blackboard under week 4"),
    ("someone outside the chat", "the new girl on my ward is thick as anything"),
    ("praise", "Megan you're a lifesaver"),
    ("advice about the rules", "remember the group rules say be kind and respectful"),
]


@pytest.mark.parametrize("case,text", MOCKERY_FLAGGED, ids=[c for c, _ in MOCKERY_FLAGGED])
def test_mockery_aimed_at_a_member_is_flagged(case, text):
    findings = detect([MEGAN_ASKS, (1, "Tom Reed", text)])
    hit = on(findings, 1, "BUL003")
    assert len(hit) == 1, case
    assert "Megan Cole" in hit["explanation"].iloc[0]
    assert "Tom Reed" in hit["explanation"].iloc[0]


@pytest.mark.parametrize("case,text", MOCKERY_NOT_FLAGGED, ids=[c for c, _ in MOCKERY_NOT_FLAGGED])
def test_supportive_figurative_and_self_directed_messages_are_not_flagged(case, text):
    findings = detect([MEGAN_ASKS, (1, "Tom Reed", text)])
    assert on(findings, 1).empty, (case, findings[["rule", "explanation"]].to_dict("records"))


@pytest.mark.parametrize(
    "reply,severity",
    [
        ("I'm a clown who got 70 on the last essay 😎", "low"),
        ("organised, not weird lol", "low"),
        ("that's not funny Tom", "medium"),
        ("why would you say that", "medium"),
    ],
    ids=["answered in kind", "laughed it off", "hurt", "defensive"],
)
def test_a_jibe_answered_in_kind_reads_as_banter(reply, severity):
    findings = detect([(0, "Tom Reed", "Megan you're such a clown"), (1, "Megan Cole", reply)])
    hit = on(findings, 0, "BUL003", min_severity="low")
    assert list(hit["severity"].astype(str)) == [severity]


def test_dismissal_alone_is_low():
    findings = detect([MEGAN_ASKS, (1, "Tom Reed", "nobody cares Megan")])
    hit = on(findings, 1, "BUL003", min_severity="low")
    assert list(hit["severity"].astype(str)) == ["low"]
    assert list(hit["label"]) == ["dismissive"]


def test_jibe_with_nobody_to_aim_at_is_not_a_member_finding():
    # "she" with no conversation before it could be anyone: a patient, a celebrity.
    findings = detect([(0, "Tom Reed", "she's so thick honestly")])
    assert on(findings, 0).empty


# --- BUL001 pile-on ---

PILE_ON = [
    MEGAN_ASKS,
    (1, "Tom Reed", "you're so thick Megan 😂"),
    (2, "Jess Lowe", "😂😂😂"),
    (3, "Sam Idowu", "lol she's a teacher's pet"),
    (4, "Megan Cole", "that's not fair guys"),
    (5, "Priya Shah", "guys stop, this is bullying"),
]


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


def test_two_members_jibing_within_minutes_is_a_pile_on():
    findings = detect(
        [MEGAN_ASKS, (1, "Tom Reed", "teacher's pet 🙄"), (3, "Sam Idowu", "she's such a try hard")]
    )
    assert sorted(findings.loc[findings["rule"] == "BUL001", "message_id"]) == [1, 2]


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
    assert 2 in set(findings.loc[findings["rule"] == "BUL001", "message_id"])


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
    assert sorted(piled.loc[piled["rule"] == "BUL001", "message_id"]) == [1, 2, 3]


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
        [
            (0, "Megan Cole", "I'm such a teacher's pet lol"),
            (1, "Tom Reed", "😂😂"),
        ],
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


# --- BUL002 exclusion ---

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
    assert "Megan Cole" in hit["explanation"].iloc[0]


@pytest.mark.parametrize(
    "case,text", EXCLUSION_NOT_FLAGGED, ids=[c for c, _ in EXCLUSION_NOT_FLAGGED]
)
def test_ordinary_group_talk_is_not_exclusion(case, text):
    findings = detect([MEGAN_ASKS, (1, "Tom Reed", text)])
    assert on(findings, 1, min_severity="low").empty, case


# --- BUL004 persistent targeting ---

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


def test_member_shown_by_phone_number_is_resolved_from_a_mention():
    findings = detect(
        [
            (0, "+44 7700 900456", "hi all, just transferred from Leeds"),
            (1, "Tom Reed", "@447700900456 what an idiot"),
        ]
    )
    hit = on(findings, 1, "BUL003")
    assert "+44 7700 900456" in hit["explanation"].iloc[0]


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


# --- BUL005 rude about staff, BUL006 public shaming ---

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
    ("self-criticism", [MENTOR_STORY, (1, "Megan Cole", "she said I was useless at handover")]),
]


@pytest.mark.parametrize("case,rows", STAFF_FLAGGED, ids=[c for c, _ in STAFF_FLAGGED])
def test_rude_comment_about_staff_is_flagged(case, rows):
    findings = detect(rows)
    hit = findings[(findings["rule"] == "BUL005") & (findings["message_id"] == len(rows) - 1)]
    assert len(hit) == 1, case
    assert hit["severity"].astype(str).iloc[0] == "medium"
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
            (0, "Megan Cole", "Dr Hughes gave me 42"),
            (1, "Tom Reed", "let's post her marking on Facebook"),
        ],
        [(0, "Tom Reed", "we should name and shame Dr Hughes")],
    ],
    ids=["post her marking", "name and shame"],
)
def test_public_shaming_is_flagged_high(rows):
    findings = detect(rows)
    hit = findings[findings["rule"] == "BUL006"]
    assert list(hit["message_id"]) == [len(rows) - 1]
    assert hit["severity"].astype(str).iloc[0] == "high"


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


# --- BUL007 domination ---


def stretch(minutes_apart: float, pattern: str):
    people = {"T": "Tom Reed", "J": "Jess Lowe", "S": "Sam Idowu"}
    return [(i * minutes_apart, people[p], f"message {i}") for i, p in enumerate(pattern)]


def test_one_member_writing_most_of_a_busy_stretch_is_low():
    rows = stretch(2, "TTJTTTSTTTJTTTSTTJTS")  # Tom: 14 of 20 within 40 minutes
    findings = detect(rows)
    hit = findings[findings["rule"] == "BUL007"]
    assert len(hit) == 1
    assert hit["severity"].astype(str).iloc[0] == "low"
    assert hit["message_id"].iloc[0] == 0
    assert "Tom Reed wrote 14 of the 20 messages (70%)" in hit["explanation"].iloc[0]
    assert len(hit["related"].iloc[0]) == 13


@pytest.mark.parametrize(
    "minutes_apart,pattern",
    [(15, "TTJTTTSTTTJTTTSTTJTS"), (2, "TJTJTJSJTJTJTJSJTJTS"), (2, "TTJTTTJTTTJTTTJTTJTJ")],
    ids=["not busy: over five hours", "an even conversation", "a two-person chat"],
)
def test_not_domination(minutes_apart, pattern):
    findings = detect(stretch(minutes_apart, pattern))
    assert findings[findings["rule"] == "BUL007"].empty


# --- the toxicity scorer's columns, when present ---


def test_model_insult_score_flags_a_message_aimed_at_a_member():
    rows = [MEGAN_ASKS, (1, "Tom Reed", "Megan nobody rates your work at all")]
    nan = np.nan
    flagged = detect(rows, tox_toxicity=[0.01, 0.7], tox_insult=[0.0, 0.92])
    assert len(on(flagged, 1, "BUL003")) == 1
    calm = detect(rows, tox_toxicity=[0.01, 0.1], tox_insult=[0.0, 0.05])
    assert on(calm, 1).empty
    fallback_only = detect(rows, tox_obscene=[0.0, 0.1], tox_insult=[nan, nan])
    assert on(fallback_only, 1).empty


def test_model_toxicity_without_a_person_is_not_bullying():
    rows = [(0, "Tom Reed", "this fucking placement, twelve hour shift again")]
    findings = detect(rows, tox_toxicity=[0.97], tox_insult=[0.3], tox_obscene=[0.95])
    assert findings.empty


def test_same_findings_without_columns_and_with_low_scores():
    without = detect(PILE_ON)
    low = detect(PILE_ON, tox_toxicity=[0.0] * len(PILE_ON), tox_insult=[0.0] * len(PILE_ON))
    key = ["message_id", "rule", "severity"]
    pd.testing.assert_frame_equal(without[key], low[key])


# --- summary and scale ---


def test_summary_counts_findings_per_target_and_pile_ons():
    messages = make_messages(PILE_ON + [(6, "Tom Reed", "let's make a new group without Megan")])
    findings = bullying.detect(messages, CONFIG)
    summary = bullying.summarize(messages, findings, CONFIG)
    assert summary["pile_ons"] == 1
    assert summary["targets"]["Megan Cole"]["by_rule"]["BUL002"] == 1
    assert summary["targets"]["Megan Cole"]["findings"] == len(findings)


@pytest.mark.parametrize(
    "text",
    ["ha" * 3000 + " x", "😂" * 5000 + " ok", "lol " * 3000 + "?", "you " * 5000, "a" * 50000],
    ids=["long laugh", "emoji run", "lol run", "you run", "one long word"],
)
def test_hostile_input_cannot_make_the_patterns_backtrack(text):
    started = time.perf_counter()
    detect([MEGAN_ASKS, (1, "Tom Reed", text), (2, "Jess Lowe", text)])
    assert time.perf_counter() - started < 2.0


def _texts_for_prefilter_check() -> list[str]:
    root = Path(__file__).resolve().parent.parent
    texts: list[str] = []
    chats = sorted(root.glob("evaluation/dev/*.txt")) + sorted(root.glob("sample_exports/**/*.txt"))
    for path in chats:
        line = re.compile(r"^(?:\[[^\]]+\] |[^-\n]{8,30} - )(?:[^:\n]{1,60}: )?(.*)$")
        for raw in path.read_text(encoding="utf-8").splitlines():
            match = line.match(raw)
            texts.append(match.group(1) if match else raw)
    for table in (MOCKERY_FLAGGED, MOCKERY_NOT_FLAGGED, EXCLUSION_FLAGGED, EXCLUSION_NOT_FLAGGED):
        texts += [text for _, text in table]
    for table in (STAFF_FLAGGED, STAFF_NOT_FLAGGED, PILE_ON_NOT):
        texts += [row[2] for _, rows in table for row in rows]
    return texts


def test_keyword_pass_never_hides_a_cue():
    """The RE2 keyword pass must let through every text a cue pattern matches."""
    texts = _texts_for_prefilter_check()
    fast = bullying._candidate_mask(texts)
    slow = [bullying._candidate_slow(text) for text in texts]
    hidden = [text for text, f, s in zip(texts, fast, slow, strict=True) if s and not f]
    assert not hidden
    assert sum(slow) > 100  # the corpus really exercises the cues


def test_empty_chat_of_system_messages_only():
    findings = detect([(0, None, "Tom Reed joined using this group's invite link")])
    assert findings.empty


def test_findings_do_not_depend_on_row_order_in_the_frame():
    messages = make_messages(PILE_ON)
    shuffled = messages.sample(frac=1, random_state=3)
    key = ["message_id", "rule", "explanation"]
    pd.testing.assert_frame_equal(
        bullying.detect(messages, CONFIG)[key], bullying.detect(shuffled, CONFIG)[key]
    )

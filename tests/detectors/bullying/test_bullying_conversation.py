"""Bullying as a conversation: who answers whom, laughter that joins in (and laughter at a
joke the person enjoys, which does not), put-downs the chat itself calls out, exclusion
planned in the open, a group taking turns over days, different staff as different targets,
and defenders and targets never flagged."""

from __future__ import annotations

from datetime import datetime

import pytest
from bullying_chats import MEGAN_ASKS, detect, on, rule_ids

# --- laughter that joins in, and laughter that does not ---


def test_emoji_replies_join_a_put_down_without_insult_words():
    findings = detect(
        [
            (0, "Orla Byrne", "is the phonics session in the library or the main hall?"),
            (2, "Lauren Hughes", "she's asked that like three times already 😂"),
            (2, "Jade Whitaker", "💀💀"),
            (3, "Sam Idowu", "🤣"),
        ]
    )
    piled = findings[findings["rule"] == "BUL001"]
    assert sorted(piled["message_id"]) == [1, 2, 3]
    assert set(piled["target"]) == {"Orla Byrne"}
    assert piled["episode"].nunique() == 1


def test_laughter_at_a_joke_the_person_enjoys_is_not_a_pile_on():
    findings = detect(
        [
            (0, "Callum Reid", "Harvey you absolute melt, you've got your tunic on inside out 😂"),
            (1, "Harvey Quinn", "it's a fashion statement 😎"),
            (1, "Grace Liu", "😂😂"),
            (2, "Harvey Quinn", "ok fine I'll fix it before the patient sees 🙈"),
        ]
    )
    assert on(findings, 0).empty and on(findings, 1).empty and on(findings, 2).empty


def test_laughter_at_someones_own_story_is_not_bullying():
    findings = detect(
        [
            (0, "Grace Liu", "omg I just walked into the wrong seminar and sat there for 10 mins"),
            (1, "Callum Reid", "grace no 😂😂"),
            (1, "Grace Liu", "I even answered a question 💀"),
            (2, "Dev Patel", "🤣🤣🤣"),
        ]
    )
    assert on(findings, 1).empty and on(findings, 2).empty and on(findings, 3).empty


def test_the_person_laughing_it_off_keeps_a_jibe_at_low():
    findings = detect(
        [
            (0, "Tom Reed", "Megan you're such a clown 😂"),
            (1, "Jess Lowe", "😂😂"),
            (2, "Megan Cole", "a clown who got 70 on the essay 😎"),
        ]
    )
    assert findings[findings["rule"] == "BUL001"].empty
    assert list(on(findings, 0, "BUL003", min_severity="low")["severity"].astype(str)) == ["low"]


def test_laughing_it_off_is_not_banter_when_someone_stands_up_for_them():
    rows = [
        (0, "Tom Reed", "Megan you're such a clown 😂"),
        (1, "Jess Lowe", "😂😂"),
        (2, "Megan Cole", "a clown who got 70 on the essay 😎"),
        (3, "Priya Shah", "ignore Tom Megan, he's like this with everyone"),
    ]
    findings = detect(rows)
    assert rule_ids(findings, "BUL001") == [0, 1]
    # the defender and the person defended are never flagged
    assert on(findings, 2).empty and on(findings, 3).empty


def test_ignore_my_last_message_is_not_standing_up_for_anyone():
    rows = [
        (0, "Tom Reed", "Megan you're such a clown 😂"),
        (1, "Jess Lowe", "😂😂"),
        (2, "Megan Cole", "a clown who got 70 on the essay 😎"),
        (3, "Priya Shah", "ignore my last message, wrong chat"),
    ]
    assert detect(rows).pipe(lambda f: f[f["rule"] == "BUL001"]).empty


# --- put-downs the conversation points out ---


def test_a_defender_marks_the_put_down_before_and_is_never_flagged():
    findings = detect(
        [
            (0, "Rebecca Hollis", "just got my placement, it's the birth centre! so excited"),
            (1, "Olu Adebayo", "congrats Bex"),
            (2, "Chantelle Brooks", "wow the birth centre, they'll take anyone these days"),
            (3, "Molly Fenwick", "😭😭"),
            (4, "Zara Hussain", "Chantelle pack it in"),
        ]
    )
    piled = findings[findings["rule"] == "BUL001"]
    assert sorted(piled["message_id"]) == [2, 3]
    assert set(piled["target"]) == {"Rebecca Hollis"}
    assert "defence.stop" in piled.loc[piled["message_id"] == 2, "cue"].iloc[0]
    assert on(findings, 4, min_severity="low").empty  # the defender
    assert on(findings, 0, min_severity="low").empty  # the target


def test_a_hurt_reply_marks_the_message_it_answers():
    findings = detect(
        [
            (0, "Sophie Lane", "I got 72 on the essay!!"),
            (1, "Chloe Martin", "wow a whole 72, someone call the local paper"),
            (2, "Sophie Lane", "that's not nice Chloe"),
        ]
    )
    hit = on(findings, 1, "BUL003")
    assert list(hit["target"]) == ["Sophie Lane"]
    assert hit["cue"].iloc[0].startswith("hurt.")
    assert on(findings, 2, min_severity="low").empty


def test_the_targets_own_reply_is_never_bullying():
    findings = detect(
        [
            MEGAN_ASKS,
            (1, "Tom Reed", "you're so thick Megan"),
            (2, "Megan Cole", "at least I'm not a clown like you Tom 🙄"),
        ]
    )
    assert on(findings, 2, min_severity="low").empty


def test_a_member_saying_they_feel_picked_on_is_not_a_finding():
    findings = detect(
        [
            MEGAN_ASKS,
            (1, "Tom Reed", "nobody cares Megan"),
            (30, "Megan Cole", "I'm starting to feel like certain people just pick on me"),
        ]
    )
    assert on(findings, 2, min_severity="low").empty


# --- exclusion planned in the open ---


@pytest.mark.parametrize(
    "text,cue",
    [
        ("tbh we'll do the presentation without Megan, she only slows us down", "do_without"),
        ("everyone except megan is in the new group btw", "everyone_except"),
        ("lol you're not in our group anymore", "not_in_our_group"),
        ("me Jess and Sam are doing it, Megan can do her own thing", "do_their_own_thing"),
        ("make a side chat for us and just don't tell her", "secret_chat"),
    ],
)
def test_exclusion_planned_in_the_open(text, cue):
    findings = detect(
        [MEGAN_ASKS, (1, "Jess Lowe", "I'll do slides"), (2, "Tom Reed", text)]
        if "Jess" in text
        else [MEGAN_ASKS, (2, "Tom Reed", text)]
    )
    last = int(findings["message_id"].max()) if len(findings) else -1
    hit = on(findings, last, "BUL002")
    assert len(hit) == 1, findings[["message_id", "rule", "cue"]].to_dict("records")
    assert hit["target"].iloc[0] == "Megan Cole"
    assert hit["cue"].iloc[0] == f"exclusion.{cue}"


def test_a_thumbs_up_joins_a_plan_to_leave_someone_out():
    findings = detect(
        [
            MEGAN_ASKS,
            (1, "Tom Reed", "let's make a new group without Megan"),
            (2, "Jess Lowe", "👍"),
        ]
    )
    assert rule_ids(findings, "BUL001") == [1, 2]


def test_waiting_for_someone_late_is_not_exclusion():
    findings = detect(
        [
            (0, "Liam Walsh", "2 mins, parking"),
            (1, "Megan Cole", "we'll start the peer review without Liam, he's parking"),
        ],
        cls_exclusion=[0.0, 0.99],
    )
    assert findings[findings["rule"] == "BUL002"].empty


# --- a group taking turns over days ---

MON, TUE, THU = datetime(2025, 3, 3, 10), datetime(2025, 3, 4, 10), datetime(2025, 3, 6, 10)


def test_several_members_singling_out_one_member_across_days_is_persistent():
    findings = detect(
        [
            (MON, "Megan Cole", "does anyone have the slides?"),
            (MON.replace(minute=1), "Tom Reed", "teacher's pet 🙄"),
            (TUE, "Megan Cole", "I've booked a room"),
            (TUE.replace(minute=2), "Sam Idowu", "nobody cares Megan"),
            (THU, "Megan Cole", "reminder the quiz closes tonight"),
            (THU.replace(minute=3), "Jess Lowe", "who asked 🙄"),
        ]
    )
    hit = findings[findings["rule"] == "BUL004"]
    assert sorted(hit["message_id"]) == [3, 5]
    assert set(hit["target"]) == {"Megan Cole"}
    assert hit["episode"].nunique() == 1
    assert "Jess Lowe, Sam Idowu and Tom Reed" in hit["explanation"].iloc[-1]


# --- staff ---


def test_two_lecturers_criticised_in_one_window_are_two_targets():
    findings = detect(
        [
            (0, "Aimee Doyle", "Dr Okafor is useless, reads off the slides"),
            (1, "Molly Fenwick", "Dr Okafor is a joke honestly"),
            (2, "Chantelle Brooks", "and Mr Kowalski is so patronising"),
        ]
    )
    grievances = findings[findings["rule"] == "BUL005"]
    assert sorted(grievances["message_id"]) == [0, 1, 2]
    assert set(grievances["target"]) == {"staff"}
    episodes = dict(zip(grievances["message_id"], grievances["episode"], strict=True))
    assert episodes[0] == episodes[1] != episodes[2]  # one grievance thread per lecturer
    assert "Mr Kowalski" in grievances.loc[grievances["message_id"] == 2, "explanation"].iloc[0]
    assert findings[findings["rule"] == "BUL001"]["message_id"].isin([2]).sum() == 0


def test_a_lecturer_named_in_lower_case_is_still_staff():
    findings = detect([(0, "Lauren Hughes", "dr pritchard's lecture was a joke, word for word")])
    assert list(findings["rule"]) == ["BUL005"]


# --- who a message is aimed at ---


def test_a_member_shown_by_number_is_called_by_the_name_they_introduced():
    findings = detect(
        [
            (0, "+44 7700 900812", "hi everyone, Tasha here, just transferred 😊"),
            (1, "Amara Okeke", "welcome!"),
            (60, "Dev Patel", "morning all"),
            (61, "Ellie Marsh", "tasha is so annoying honestly"),
        ]
    )
    assert list(on(findings, 3, "BUL003")["target"]) == ["+44 7700 900812"]


def test_a_member_called_by_surname_is_resolved():
    findings = detect(
        [
            (0, "Rebecca Hollis", "hi all"),
            (1, "Dev Patel", "morning"),
            (2, "Tom Reed", "Hollis is such a try hard"),
        ]
    )
    assert list(on(findings, 2, "BUL003")["target"]) == ["Rebecca Hollis"]


def test_you_after_a_round_of_welcomes_means_the_newcomer():
    findings = detect(
        [
            (0, "+44 7700 900812", "hi everyone, I've just transferred onto the physio side"),
            (1, "Amara Okeke", "welcome Tasha!"),
            (1, "Dev Patel", "welcome 👋"),
            (2, "Jordan Kelly", "you're such a try hard already"),
        ]
    )
    assert list(on(findings, 3, "BUL003")["target"]) == ["+44 7700 900812"]

"""BUL003: name-calling, mockery, sarcasm and dismissal aimed at a member; what is not."""

from __future__ import annotations

import pytest
from bullying_chats import MEGAN_ASKS, detect, on

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
    assert hit["target"].iloc[0] == "Megan Cole"
    assert "Megan Cole" in hit["explanation"].iloc[0]
    assert "Tom Reed" in hit["explanation"].iloc[0]
    assert hit["cue"].iloc[0], "every finding names the cue behind it"


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
    assert list(hit["cue"]) == ["dismiss.nobody_cares"]


def test_jibe_with_nobody_to_aim_at_is_not_a_member_finding():
    # "she" with no conversation before it could be anyone: a patient, a celebrity.
    findings = detect([(0, "Tom Reed", "she's so thick honestly")])
    assert on(findings, 0).empty


def test_member_shown_by_phone_number_is_resolved_from_a_mention():
    findings = detect(
        [
            (0, "+44 7700 900456", "hi all, just transferred from Leeds"),
            (1, "Tom Reed", "@447700900456 what an idiot"),
        ]
    )
    hit = on(findings, 1, "BUL003")
    assert list(hit["target"]) == ["+44 7700 900456"]
    assert "+44 7700 900456" in hit["explanation"].iloc[0]


@pytest.mark.parametrize(
    "text,cue",
    [
        ("gold\u00a0star Megan", "sneer.gold_star"),
        ("gold star\u00a0for\u00a0Megan", "sneer.gold_star"),
        ("Megan\u00a0is\u00a0such a know-it-all", "label.know_it_all"),
    ],
)
def test_no_break_spaces_from_a_phone_do_not_hide_a_jibe(text, cue):
    # Text pasted from phones carries U+00A0 between words: Python's \s matches it, and the
    # prefilter (derived from the cues) must let the text through to the cues.
    findings = detect([MEGAN_ASKS, (1, "Tom Reed", text)])
    hit = on(findings, 1, "BUL003")
    assert list(hit["target"]) == ["Megan Cole"]
    assert cue in hit["cue"].iloc[0]


def test_a_put_down_far_from_the_one_member_named_is_still_aimed_at_them():
    rows = [
        MEGAN_ASKS,
        (1, "Priya Shah", "I've got them, I'll send them over"),
        (2, "Jess Lowe", "honestly megan talks to us like we're her work experience kids 🙄"),
    ]
    # an eye-roll backed by a put-down score, forty characters and more from the name: aimed
    # at the member named, not at whoever spoke last
    findings = detect(rows, cls_putdown=[0.0, 0.0, 0.97])
    hit = on(findings, 2, "BUL003")
    assert list(hit["target"]) == ["Megan Cole"]

"""How the classifier's scores (hand-made `cls_*` columns) combine with the cues: a score
turns partial cue evidence into a finding at the operating point the model's manifest gives,
never overrides a veto, never makes a finding on its own, and the detector still works on
cues alone when the columns are absent."""

from __future__ import annotations

import pytest
from conduct_chats import OPENER, detect, on, one, severity

from detectors.conduct.scores import OperatingPoint, operating_points


@pytest.fixture(scope="module")
def points() -> dict[str, OperatingPoint]:
    return operating_points()


def test_operating_points_come_from_the_manifest_and_are_ordered(points):
    assert set(points) == {"CND001", "CND002", "CND003", "CND004", "CND005", "CND006"}
    for point in points.values():
        assert 0.0 < point.strong <= point.support <= point.weak < 1.0


# partial evidence only: the topic's words without a cue's whole pattern
PARTIAL = [
    ("CND001", "cls_boundaries", "the patient's daughter and I are mutuals now"),
    ("CND002", "cls_misinformation", "honestly the whole cholesterol thing is made up, statins "
     "are for profit"),
    ("CND004", "cls_naming_shaming", "this needs to be on tiktok honestly, the ward is a joke"),
    ("CND006", "cls_screenshots", "she sent me this last night, the state of it"),
]  # fmt: skip


@pytest.mark.parametrize("rule, column, text", PARTIAL, ids=[p[0] for p in PARTIAL])
def test_partial_cue_evidence_needs_the_classifier(rule, column, text, points):
    assert on(one(text), rule=rule, min_severity="low").empty  # cues alone: not enough
    below = one(text, **{column: points[rule].strong / 2})
    assert on(below, rule=rule, min_severity="low").empty
    above = one(text, **{column: min(0.999, points[rule].weak + 0.01)})
    hit = on(above, rule=rule, min_severity="low")
    assert len(hit) == 1
    assert "classifier" in hit["cue"].iloc[0]
    assert "classifier scores it" in hit["explanation"].iloc[0]


@pytest.mark.parametrize(
    "column, text",
    [
        ("cls_boundaries", "good luck everyone, see you at the sim session"),
        ("cls_copyright", "what time is the lecture tomorrow"),
        ("cls_defamation", "can't wait for the weekend"),
    ],
)
def test_a_score_alone_is_never_a_finding(column, text):
    assert on(one(text, **{column: 0.999}), min_severity="low").empty


@pytest.mark.parametrize(
    "column, text",
    [
        ("cls_boundaries", "my patient's son sent me a friend request, I declined it and told "
         "him I can't mix work and personal"),
        ("cls_misinformation", "that's a myth, the flu jab can't give you flu"),
        ("cls_naming_shaming", "please don't post about the ward on facebook, raise it with the "
         "PEF instead"),
        ("cls_defamation", "I'm worried about my mentor, going to talk to my PEF tomorrow"),
        ("cls_screenshots", "is it ok if I screenshot your notes for the other group?"),
        ("cls_copyright", "here's the library link for the textbook, free with your login"),
    ],
)  # fmt: skip
def test_a_veto_holds_whatever_the_score(column, text):
    assert on(one(text, **{column: 0.999}), min_severity="low").empty


def test_a_full_cue_finding_takes_the_higher_model_score():
    text = "accepted my patient's daughter on insta last night"
    assert one(text)["score"].iloc[0] == pytest.approx(0.8)
    assert one(text, cls_boundaries=0.97)["score"].iloc[0] == pytest.approx(0.97)


def test_missing_scores_are_treated_as_absent():
    findings = detect(
        [OPENER, (1, "Alex Khan", "the patient's daughter and I are mutuals now")],
        cls_boundaries=[float("nan"), float("nan")],
    )
    assert findings.empty


def test_entity_person_spans_make_a_lower_case_name_identifiable():
    text = "honestly tariq nicks money from the residents on nights"
    start = text.index("tariq")
    person = [[start, start + 5, "PERSON", 0.85, "SpacyRecognizer"]]
    found = detect([OPENER, (1, "Alex Khan", text)], entities=[[], person])
    assert severity(found, "CND005") == "medium"
    assert "entities.PERSON" in on(found, rule="CND005")["cue"].iloc[0]

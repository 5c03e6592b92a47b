"""The learned scores, on hand-made frames carrying `cls_*` columns: the classifier's cut-offs
come from its manifest (or stand-ins), and cues still decide what a score cannot (praise,
advice, whom a message is aimed at, who laughed along)."""

from __future__ import annotations

import pandas as pd
from bullying_chats import MEGAN_ASKS, detect, on

from detectors.bullying.scores import Scores, classifier_cuts

CUTS = classifier_cuts()


def score(label: str, level: str, above: float = 0.01) -> float:
    return min(1.0, CUTS[label][level] + above)


def zeros(n: int, **at: dict[int, float]) -> dict[str, list[float]]:
    columns = {}
    for column, values in at.items():
        columns[column] = [values.get(i, 0.0) for i in range(n)]
    return columns


def test_a_put_down_score_with_a_sign_of_mockery_is_mockery_but_not_alone():
    text = "Megan that was a really brave question to ask"
    scored = zeros(2, cls_putdown={1: score("putdown", "high")})
    assert on(detect([MEGAN_ASKS, (1, "Tom Reed", text)], **scored), 1).empty
    findings = detect([MEGAN_ASKS, (1, "Tom Reed", text + " 🙄")], **scored)
    hit = on(findings, 1, "BUL003")
    assert list(hit["target"]) == ["Megan Cole"]
    assert hit["cue"].iloc[0] == "mock.eye_roll; model.cls_putdown"


def test_a_medium_put_down_score_alone_is_not_a_finding_but_joined_by_laughter_it_is():
    text = "Megan that was a really brave question to ask"
    alone = detect(
        [MEGAN_ASKS, (1, "Tom Reed", text)], **zeros(2, cls_putdown={1: score("putdown", "medium")})
    )
    assert on(alone, 1).empty
    laughed = detect(
        [MEGAN_ASKS, (1, "Tom Reed", text), (2, "Jess Lowe", "😂😂")],
        **zeros(3, cls_putdown={1: score("putdown", "medium")}),
    )
    assert sorted(laughed.loc[laughed["rule"] == "BUL001", "message_id"]) == [1, 2]


def test_praise_is_never_a_put_down_by_score_alone():
    rows = [MEGAN_ASKS, (1, "Amara Okeke", "you're a star Megan")]
    findings = detect(rows, **zeros(2, cls_insult={1: 0.99}, cls_putdown={1: 0.99}))
    assert on(findings, 1).empty


def test_a_put_down_score_on_a_message_aimed_at_nobody_is_not_bullying():
    rows = [(0, "Tom Reed", "what a day, the whole ward was chaos")]
    assert detect(rows, **zeros(1, cls_putdown={0: 0.99})).empty


def test_a_high_exclusion_score_about_a_named_member_is_exclusion():
    rows = [MEGAN_ASKS, (1, "Tom Reed", "honestly we're better off planning the sim without megan")]
    findings = detect(rows, **zeros(2, cls_exclusion={1: score("exclusion", "high")}))
    hit = on(findings, 1, "BUL002")
    assert list(hit["target"]) == ["Megan Cole"]


def test_an_exclusion_score_on_including_someone_is_vetoed():
    rows = [MEGAN_ASKS, (1, "Kezia Mensah", "it's all of us, Tom add megan and jess pls")]
    findings = detect(rows, **zeros(2, cls_exclusion={1: 0.99}))
    assert findings[findings["rule"] == "BUL002"].empty


def test_a_staff_grievance_score_needs_corroboration_and_no_praise():
    rude = [(0, "Tom Reed", "my mentor honestly can't be bothered with any of us")]
    scored = zeros(
        1,
        cls_staff_grievance={0: score("staff_grievance", "high")},
        cls_insult={0: score("insult", "high")},
    )
    assert list(detect(rude, **scored)["rule"]) == ["BUL005"]
    kind = [(0, "Liam Walsh", "my mentor is amazing, let me do my first catheter today")]
    assert detect(kind, **zeros(1, cls_staff_grievance={0: 0.99}, cls_insult={0: 0.5})).empty


def test_scores_read_missing_values_as_zero():
    frame = pd.DataFrame({"cls_putdown": [float("nan"), 0.7]})
    scores = Scores.of(frame)
    assert scores.value("cls_putdown", 0) == 0.0
    assert scores.level("putdown", 0) == ""
    assert scores.level("exclusion", 1) == ""  # no such column: no level
    assert Scores.of(pd.DataFrame({"text": ["hi"]})) is None

"""The scoring rules of the evaluation, on tiny hand-made frames: what counts as found, as a
correct flag, as a benign false alarm, and how dev chats are scoped to their detectors."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from audit.core.schema import SEVERITY_DTYPE  # noqa: E402
from scripts.evaluation.categories import UNSCORED, Match  # noqa: E402
from scripts.evaluation.cues import cue_counts, never_matched, suspects  # noqa: E402
from scripts.evaluation.scoring import group_rates, score_set  # noqa: E402

F = frozenset


def messages(chat: str, n: int, system: tuple[int, ...] = ()) -> pd.DataFrame:
    """n messages starting at lines 1..n; the lines in `system` are system notices."""
    return pd.DataFrame(
        {
            "chat": [chat] * n,
            "line": list(range(1, n + 1)),
            "author": [None if i + 1 in system else "A" for i in range(n)],
            "kind": ["system" if i + 1 in system else "text" for i in range(n)],
            "text": [f"message {i}" for i in range(n)],
        }
    )


def findings(*rows: tuple) -> pd.DataFrame:
    """rows of (chat, line, detector, rule, severity[, cue])."""
    frame = pd.DataFrame(
        [(*r, "")[:6] for r in rows],
        columns=["chat", "line", "detector", "rule", "severity", "cue"],
    )
    frame["severity"] = frame["severity"].astype(SEVERITY_DTYPE)
    return frame


def row(score, name):
    return score.row(name)


def test_recall_and_precision_count_messages_not_findings():
    m = messages("c", 6)
    f = findings(
        ("c", 1, "toxicity", "TOX001", "medium"),
        ("c", 1, "toxicity", "TOX003", "high"),  # a second finding on the same message
        ("c", 2, "toxicity", "TOX001", "medium"),  # a false alarm
    )
    labels = {("c", 1): F({"toxicity"}), ("c", 3): F({"toxicity"})}
    tox = row(score_set(m, f, labels, {"c": None}), "toxicity")
    assert (tox.positives, tox.found, tox.flagged, tox.correct) == (2, 1, 2, 1)
    assert tox.recall == 0.5 and tox.precision == 0.5


def test_low_severity_does_not_count_except_for_off_hours():
    m = messages("c", 3)
    f = findings(
        ("c", 1, "toxicity", "TOX001", "low"),
        ("c", 2, "off_hours", "OFF001", "low"),
    )
    labels = {("c", 1): F({"toxicity"}), ("c", 2): F({"off_hours"})}
    score = score_set(m, f, labels, {"c": None})
    assert row(score, "toxicity").found == 0
    assert row(score, "off_hours").found == 1 and row(score, "off_hours").precision == 1.0


def test_copyright_is_found_by_cnd003_at_low_but_other_conduct_rows_need_medium():
    m = messages("c", 4)
    f = findings(
        ("c", 1, "conduct", "CND003", "low"),  # a pirated textbook: low by design
        ("c", 2, "conduct", "CND006", "low"),  # a screenshot going nowhere said
        ("c", 3, "conduct", "CND003", "low"),  # low on a benign message: no false alarm
    )
    labels = {("c", 1): F({"copyright"}), ("c", 2): F({"screenshots"})}
    score = score_set(m, f, labels, {"c": None})
    assert row(score, "conduct: copyright").found == 1
    assert row(score, "conduct: screenshots").found == 0
    assert row(score, "conduct").found == 0  # the detector's own row stays at medium+
    assert score.benign_flagged == 0


def test_staff_grievance_is_found_by_bul005_or_by_toxicity():
    m = messages("c", 4)
    f = findings(
        ("c", 1, "bullying", "BUL005", "medium"),
        ("c", 2, "toxicity", "TOX001", "medium"),
        ("c", 3, "bullying", "BUL003", "medium"),  # another bullying rule does not count
    )
    labels = {(("c", i)): F({"staff_grievance"}) for i in (1, 2, 3)}
    score = score_set(m, f, labels, {"c": None})
    staff = row(score, "staff grievance")
    assert (staff.positives, staff.found) == (3, 2)
    # A toxicity flag on a staff grievance is correct for toxicity's precision.
    assert row(score, "toxicity").precision == 1.0
    assert row(score, "bullying").precision == 1.0


def test_conduct_categories_find_nothing_until_the_detector_exists():
    m = messages("c", 3)
    labels = {("c", 1): F({"copyright"}), ("c", 2): F({"defamation"})}
    before = score_set(m, findings(), labels, {"c": None})
    assert row(before, "conduct").positives == 2 and row(before, "conduct").found == 0
    after = score_set(m, findings(("c", 1, "conduct", "CND003", "medium")), labels, {"c": None})
    assert row(after, "conduct").found == 1
    assert row(after, "conduct: copyright").recall == 1.0
    assert row(after, "conduct: defamation").recall == 0.0
    assert row(after, "conduct: copyright").precision is None  # per category: recall only


def test_benign_share_counts_any_detector_but_off_hours_and_tricky_separately():
    m = messages("c", 6, system=(6,))
    f = findings(
        ("c", 1, "bullying", "BUL003", "medium"),  # benign_tricky flagged
        ("c", 2, "off_hours", "OFF001", "low"),  # off-hours flags never count as false alarms
        ("c", 3, "confidentiality", "CONF003", "high"),  # plain benign flagged
        ("c", 4, "toxicity", "TOX001", "medium"),  # a positive, not benign
        ("c", 6, "toxicity", "TOX001", "medium"),  # a system notice is never scored
    )
    labels = {
        ("c", 1): F({"benign_tricky"}),
        ("c", 2): F({"off_hours"}),  # off-hours alone leaves a message benign
        ("c", 4): F({"toxicity"}),
    }
    score = score_set(m, f, labels, {"c": None})
    assert score.messages == 5
    assert (score.benign, score.benign_flagged) == (4, 2)
    assert (score.tricky, score.tricky_flagged) == (1, 1)


def test_a_dev_chat_is_scored_only_for_the_detectors_its_labels_name():
    m = pd.concat([messages("tox", 3), messages("conf", 3)], ignore_index=True)
    f = findings(
        ("tox", 1, "toxicity", "TOX001", "medium"),
        ("tox", 2, "confidentiality", "CONF003", "medium"),  # not labelled for: ignored
        ("conf", 1, "confidentiality", "CONF001", "high"),
        ("conf", 2, "toxicity", "TOX001", "medium"),  # not labelled for: ignored
    )
    labels = {("tox", 1): F({"toxicity"}), ("conf", 1): F({"confidentiality"})}
    scope = {"tox": F({"toxicity"}), "conf": F({"confidentiality"})}
    score = score_set(m, f, labels, scope)
    assert row(score, "toxicity").precision == 1.0
    assert row(score, "confidentiality").precision == 1.0
    assert (score.benign, score.benign_flagged) == (4, 0)
    assert row(score, "bullying").positives == 0 and row(score, "bullying").flagged == 0


def test_unscored_messages_are_neither_false_alarms_nor_benign():
    m = messages("x", 3)
    f = findings(("x", 2, "confidentiality", "CONF003", "medium"))
    labels = {("x", 1): F({"confidentiality"}), ("x", 2): F({UNSCORED})}
    score = score_set(m, f, labels, {"x": F({"confidentiality"})})
    conf = row(score, "confidentiality")
    assert conf.flagged == 0 and conf.found == 0
    assert score.benign == 1


def test_only_limits_recall_to_the_named_messages():
    m = messages("c", 3)
    f = findings(("c", 1, "toxicity", "TOX001", "medium"))
    labels = {("c", 1): F({"toxicity"}), ("c", 2): F({"toxicity"})}
    score = score_set(m, f, labels, {"c": None}, only={("c", 1)})
    tox = row(score, "toxicity")
    assert (tox.positives, tox.found, tox.flagged) == (1, 1, None)


def test_group_rates_count_each_group_of_a_message():
    f = findings(("x", 1, "confidentiality", "CONF003", "medium"))
    groups = {("x", 1): ("PHONE_NUMBER", "PERSON"), ("x", 2): ("PERSON",)}
    rates = group_rates(f, groups, (Match("confidentiality"),))
    assert rates == {"PERSON": (2, 1), "PHONE_NUMBER": (1, 1)}


def test_rule_prefix_match():
    f = findings(("c", 1, "bullying", "BUL005", "medium"), ("c", 2, "bullying", "BUL001", "high"))
    assert Match("bullying", "BUL00").mask(f).tolist() == [True, True]
    assert Match("bullying", "BUL005").mask(f).tolist() == [True, False]
    assert Match("bullying", floor="high").mask(f).tolist() == [False, True]


def test_cue_counts_split_joined_names_once_per_finding():
    f = findings(
        ("c", 1, "toxicity", "TOX001", "medium", "insult.a; target.b; insult.a"),
        ("c", 2, "toxicity", "TOX001", "medium", "insult.a"),
        ("c", 3, "toxicity", "TOX001", "medium", ""),
    )
    assert cue_counts(f) == {"insult.a": 2, "target.b": 1}


@pytest.mark.parametrize(
    ("raw", "fired", "expected"),
    [
        ({"dev": {"a": 1}, "test": {"a": 0}}, {}, ["a"]),
        ({"dev": {"a": 1}, "test": {"a": 1}}, {}, []),  # generalises to the test set
        ({"dev": {"a": 2}, "test": {"a": 0}}, {}, []),  # more than one dev message
        ({"dev": {"a": 1}, "hc": {"a": 0}}, {"hc": {"a": 1}}, []),  # named by a finding there
    ],
)
def test_a_suspect_cue_matches_one_dev_message_and_nothing_else(raw, fired, expected):
    assert suspects(raw, fired) == expected


def test_never_matched_lists_cues_silent_everywhere():
    assert never_matched({"dev": {"a": 0, "b": 1}, "test": {"a": 0, "b": 0}}) == ["a"]

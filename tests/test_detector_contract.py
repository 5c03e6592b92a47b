"""One contract, run over every registered detector (as scikit-learn's estimator checks)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from audit.core.config import AuditConfig
from audit.core.guidance import load_catalogue
from audit.core.schema import FINDING_COLUMNS, FINDING_DTYPES, MESSAGE_DTYPES, empty_messages
from detectors import DETECTORS, rule_registry
from frames import make_messages

CONFIG = AuditConfig(use_models=False)
EVERYTHING_ON = CONFIG.replace(weekend_quiet=True)  # opt-in rules too, for their examples
IDS = [d.NAME for d in DETECTORS]

# A small chat with something for every detector to chew on, written at night.
BUSY_NIGHT = make_messages(
    [
        (0, None, 'Priya created group "Cohort"'),
        (780, "Priya Shah", "Mr Okafor in bay 3 bed 4 has C diff, his NHS number is 943 476 5919"),
        (781, "Tom Reed", "you're so thick Megan 😂"),
        (782, "Jess Lowe", "😂😂😂"),
        (783, "Sam Idowu", "lol she's a teacher's pet"),
        (784, "Megan Cole", "that's not fair guys"),
        (785, "Tom Reed", "let's make a new group without Megan"),
        (786, "Sam Idowu", "Dr Hughes is useless, call Jess on 07700 900123"),
        (787, "Priya Shah", "guys stop, this is bullying"),
        (788, "Megan Cole", "", "media"),
        (789, None, "Tom Reed left"),
        (790, "Jess Lowe", "screenshotting this for the other group"),
    ]
)


@pytest.mark.parametrize("detector", DETECTORS, ids=IDS)
def test_empty_input_gives_empty_findings_with_contract_columns(detector):
    findings = detector.detect(empty_messages(), CONFIG)
    assert list(findings.columns) == list(FINDING_COLUMNS)
    assert findings.empty


@pytest.mark.parametrize("detector", DETECTORS, ids=IDS)
def test_findings_follow_the_contract(detector):
    findings = detector.detect(BUSY_NIGHT, CONFIG)
    assert list(findings.columns) == list(FINDING_COLUMNS)
    for column, dtype in FINDING_DTYPES.items():
        if dtype != "object":
            assert str(findings[column].dtype) == str(pd.Series(dtype=dtype).dtype), column
    codes = {r.code for r in detector.RULES}
    texts = BUSY_NIGHT.set_index(["chat", "message_id"])["text"]
    for finding in findings.itertuples(index=False):
        assert finding.detector == detector.NAME
        assert finding.rule in codes
        assert 0.0 <= finding.score <= 1.0
        assert finding.explanation and "\n" not in finding.explanation
        text = texts[(finding.chat, finding.message_id)] or ""
        for start, end, label, cue in finding.spans:
            assert 0 <= start < end <= len(text), (finding.rule, start, end, len(text))
            assert label
            assert isinstance(cue, str)
        assert isinstance(finding.cue, str) and isinstance(finding.target, str)
        assert isinstance(finding.episode, str)
        if finding.spans:
            assert (finding.start, finding.end) == finding.spans[0][:2]
        assert all(r in set(BUSY_NIGHT["message_id"]) for r in finding.related)


@pytest.mark.parametrize("detector", DETECTORS, ids=IDS)
def test_detector_does_not_change_its_input(detector):
    before = BUSY_NIGHT.copy()
    detector.detect(BUSY_NIGHT, CONFIG)
    pd.testing.assert_frame_equal(BUSY_NIGHT, before)


@pytest.mark.parametrize("detector", DETECTORS, ids=IDS)
def test_every_rule_is_documented_with_guidance(detector):
    catalogue = load_catalogue()
    for rule in detector.RULES:
        assert re.fullmatch(r"[A-Z]{3,4}\d{3}", rule.code), rule.code
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.name), rule.name
        assert rule.summary.endswith(".") and len(rule.summary) < 120, rule.code
        assert len(rule.why) > 40, rule.code
        assert rule.guidance and not catalogue.missing(rule.guidance), rule.code


def test_rule_codes_are_unique_and_share_a_prefix_per_detector():
    registry = rule_registry()  # raises on duplicates
    assert len(registry) == sum(len(d.RULES) for d in DETECTORS)
    for detector in DETECTORS:
        prefixes = {r.code.rstrip("0123456789") for r in detector.RULES}
        assert len(prefixes) == 1, (detector.NAME, prefixes)


def test_messages_fixture_follows_the_schema():
    assert {c: str(t) for c, t in BUSY_NIGHT.dtypes.items()} == {
        c: str(pd.Series(dtype=d).dtype) for c, d in MESSAGE_DTYPES.items()
    }


def _example_chat(rule):
    """A rule's example (audit.core.rules.example_messages) as a messages frame: a Monday in
    daytime unless the example says when, one minute between messages."""
    from datetime import timedelta

    from audit.core.rules import example_messages
    from frames import START

    rows, when = [], START.replace(hour=14, minute=0)
    for message in example_messages(rule.example):
        if message.minute is not None:
            base = START + timedelta(days=message.day)
            when = base.replace(hour=message.minute // 60, minute=message.minute % 60)
        else:
            when = when + timedelta(minutes=1)
        rows.append((when, message.author, message.text, message.kind))
    return make_messages(rows, chat="example.txt")


@pytest.mark.parametrize(
    "detector, rule",
    [(d, r) for d in DETECTORS for r in d.RULES],
    ids=[r.code for d in DETECTORS for r in d.RULES],
)
def test_every_rule_example_fires_on_its_last_message(detector, rule):
    assert rule.example, f"{rule.code} has no example"
    chat = _example_chat(rule)
    findings = detector.detect(chat, EVERYTHING_ON)
    last = int(chat["message_id"].max())
    fired = findings[(findings["rule"] == rule.code) & (findings["message_id"] == last)]
    assert len(fired), f"{rule.code} does not fire on its example: {rule.example!r}"


@pytest.mark.parametrize("detector", DETECTORS, ids=IDS)
def test_detector_finds_something_in_the_busy_chat(detector):
    assert len(detector.detect(BUSY_NIGHT, CONFIG)), detector.NAME


@pytest.mark.parametrize("detector", DETECTORS, ids=IDS)
def test_findings_do_not_depend_on_row_order_or_index(detector):
    def key(frame):
        cols = ["chat", "message_id", "rule", "severity", "start", "end", "target", "episode"]
        return sorted(map(tuple, frame[cols].astype(str).to_numpy().tolist()))

    shuffled = BUSY_NIGHT.sample(frac=1, random_state=7)
    shuffled.index = shuffled.index * 10 + 3
    assert key(detector.detect(shuffled, CONFIG)) == key(detector.detect(BUSY_NIGHT, CONFIG))

"""BUL007 domination, the toxicity scorer's columns, the summary, and the detector's
robustness: row order, hostile input, the prefilter never hiding a cue."""

from __future__ import annotations

import re
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from bullying_chats import CONFIG, MEGAN_ASKS, PILE_ON, detect, on

from detectors import bullying
from detectors.bullying.text import candidate_mask, candidate_slow
from frames import make_messages

ROOT = Path(__file__).resolve().parents[3]


def stretch(minutes_apart: float, pattern: str):
    people = {"T": "Tom Reed", "J": "Jess Lowe", "S": "Sam Idowu"}
    return [(i * minutes_apart, people[p], f"message {i}") for i, p in enumerate(pattern)]


def test_one_member_writing_most_of_a_busy_stretch_is_low():
    rows = stretch(2, "TTJTTTSTTTJTTTSTTJTS")  # Tom: 14 of 20 within 40 minutes
    findings = detect(rows)
    hit = findings[findings["rule"] == "BUL007"]
    assert len(hit) == 1
    assert hit["severity"].astype(str).iloc[0] == "low"
    assert hit["message_id"].iloc[0] == 18  # Tom's last message of the stretch
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
    hit = on(flagged, 1, "BUL003")
    assert len(hit) == 1
    assert list(hit["cue"]) == ["model.toxicity"]
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


# --- the summary, from columns ---


def test_summary_counts_findings_per_target_and_pile_ons():
    messages = make_messages(PILE_ON + [(6, "Tom Reed", "let's make a new group without Megan")])
    findings = bullying.detect(messages, CONFIG)
    summary = bullying.summarize(messages, findings, CONFIG)
    assert summary["pile_ons"] == 1
    assert summary["targets"]["Megan Cole"]["by_rule"]["BUL002"] == 1
    assert summary["targets"]["Megan Cole"]["findings"] == len(findings)


def test_summary_never_reads_the_explanations():
    busy = [(60 + m, a, t) for m, a, t in stretch(2, "TTJTTTSTTTJTTTSTTJTS")]
    messages = make_messages(PILE_ON + busy)
    findings = bullying.detect(messages, CONFIG)
    summary = bullying.summarize(messages, findings, CONFIG)
    blank = findings.assign(explanation="(reworded)")
    assert bullying.summarize(messages, blank, CONFIG) == summary
    assert summary["dominating"] == {"Tom Reed": 1}


# --- robustness ---


@pytest.mark.parametrize(
    "text",
    ["ha" * 3000 + " x", "😂" * 5000 + " ok", "lol " * 3000 + "?", "you " * 5000, "a" * 50000],
    ids=["long laugh", "emoji run", "lol run", "you run", "one long word"],
)
def test_hostile_input_cannot_make_the_patterns_backtrack(text):
    started = time.perf_counter()
    detect([MEGAN_ASKS, (1, "Tom Reed", text), (2, "Jess Lowe", text)])
    assert time.perf_counter() - started < 2.0


def _chat_texts() -> list[str]:
    texts: list[str] = []
    chats = sorted(ROOT.glob("evaluation/dev/*.txt")) + sorted(ROOT.glob("sample_exports/**/*.txt"))
    line = re.compile(r"^(?:\[[^\]]+\] |[^-\n]{8,30} - )(?:[^:\n]{1,60}: )?(.*)$")
    for path in chats:
        for raw in path.read_text(encoding="utf-8").splitlines():
            match = line.match(raw)
            texts.append(match.group(1) if match else raw)
    return texts


def test_the_prefilter_never_hides_a_candidate_on_real_chats():
    """The derived prefilter must let through every text a candidate cue matches, typed with
    ordinary or no-break spaces."""
    texts = _chat_texts()
    texts += [t.replace(" ", "\u00a0") for t in texts]
    fast = candidate_mask(texts)
    slow = [candidate_slow(text) for text in texts]
    hidden = [text for text, f, s in zip(texts, fast, slow, strict=True) if s and not f]
    assert not hidden
    assert sum(slow) > 100  # the corpus really exercises the cues


def test_empty_chat_of_system_messages_only():
    findings = detect([(0, None, "Tom Reed joined using this group's invite link")])
    assert findings.empty


def test_findings_do_not_depend_on_row_order_in_the_frame():
    messages = make_messages(PILE_ON)
    shuffled = messages.sample(frac=1, random_state=3)
    key = ["message_id", "rule", "explanation", "target", "episode", "cue"]
    pd.testing.assert_frame_equal(
        bullying.detect(messages, CONFIG)[key], bullying.detect(shuffled, CONFIG)[key]
    )

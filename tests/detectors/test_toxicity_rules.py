"""The toxicity rules deciding from hand-made classifier scores (`cls_*`) and cues: severities
come from the model's held-out thresholds, cues about aim, quoting, banter, figurative speech
and warmth keep false alarms low, and the two new rules (sexual harassment, intimidating a
concern-raiser) fire from cues alone when no model ran."""

from __future__ import annotations

import pandas as pd
import pytest

from audit.core.config import AuditConfig
from audit.scoring.classifier import COLUMNS as CLS_COLUMNS
from detectors import toxicity
from detectors.toxicity.assess import assess
from detectors.toxicity.scores import classifier_thresholds
from frames import make_messages

CONFIG = AuditConfig(use_models=False, use_cache=False, progress=False)
MEMBERS = ("Megan Cole", "Tom Reed", "Priya Shah", "Sam Idowu")


def cut(label: str, level: str, above: float = 0.001) -> float:
    """A score just above the shipped model's `level` cut-off for `label`."""
    return classifier_thresholds()[label][level].value + above


def just_below(label: str, level: str) -> float:
    return classifier_thresholds()[label][level].value - 0.001


def scores(**given: float) -> dict[str, float]:
    """Classifier columns: 0.001 unless given."""
    return {c: given.get(c.removeprefix("cls_"), 0.001) for c in CLS_COLUMNS}


def rules(text: str, **given: float) -> dict[str, str]:
    return {h.rule.code: h.severity for h in assess(text, scores(**given))}


def test_classifier_score_sets_severity_from_held_out_thresholds():
    text = "honestly you are pathetic"
    assert rules(text, insult=cut("insult", "high")) == {"TOX001": "high"}
    assert rules(text, insult=cut("insult", "medium")) == {"TOX001": "medium"}
    # below the medium cut-off the model alone makes no finding (the phrase cue still does)
    assert rules("well that was something", insult=just_below("insult", "medium")) == {}


def test_a_medium_score_pointing_at_nobody_is_not_reported():
    assert rules("pathetic tbh", insult=cut("insult", "medium")) == {}


def test_a_short_reply_is_not_judged_by_the_model_alone():
    assert rules("yeah I know", threat=cut("threat", "high")) == {}
    assert rules("kys Tom", self_harm=0.001) == {"TOX006": "high"}  # the words still count


def test_a_medium_self_harm_score_needs_a_word_of_harm_in_the_message():
    score = cut("self_harm", "medium")
    assert rules("look after yourself this weekend x", self_harm=score) == {}
    assert rules("honestly nobody would notice if you stopped breathing", self_harm=score) == {
        "TOX006": "medium"
    }


def test_quoting_or_condemning_abuse_caps_a_finding_at_low():
    # a phrase cue in quoted or condemned speech is kept, at low; a model score alone is dropped
    text = 'he literally wrote "you\'re pathetic" on my feedback'
    assert rules(text, insult=cut("insult", "high")) == {"TOX001": "low"}  # the phrase cue
    text = "i keep thinking about him saying 'watch your back' to her, not ok"
    assert rules(text, threat=cut("threat", "high"))["TOX003"] == "low"
    text = "i keep thinking about him saying 'i know where you park' to her, not ok"
    assert "TOX003" not in rules(text, threat=cut("threat", "high"))


def test_figurative_speech_cancels_a_model_threat():
    assert rules("this assignment is killing me", threat=cut("threat", "high")) == {}


def test_laughter_keeps_swearing_at_a_friend_low_but_not_self_harm_incitement():
    assert rules("oh piss off Tom 😂", obscenity_at_person=cut("obscenity_at_person", "high")) == {
        "TOX004": "low"
    }
    assert rules("kys lol", self_harm=cut("self_harm", "high")) == {"TOX006": "high"}


def test_warm_messages_keep_a_bare_group_score_from_being_reported():
    text = "our Polish families always bring cake in for the staff"
    assert rules(text, identity_attack=cut("identity_attack", "high")) == {}


def test_an_insult_at_oneself_is_kept_low():
    assert rules("I'm such an idiot, left my badge at home", insult=cut("insult", "high")) == {
        "TOX001": "low"
    }


def test_dehumanising_language_is_an_identity_attack_labelled_as_such():
    hits = assess(
        "the dementia lot on my ward are basically furniture",
        scores(dehumanising=cut("dehumanising", "high")),
    )
    assert [(h.rule.code, h.severity, h.label) for h in hits] == [
        ("TOX002", "high", "dehumanising")
    ]
    assert hits[0].model_cue == "model.classifier"


@pytest.mark.parametrize(
    "text",
    [
        "honestly I'd shag him, that new reg",
        "did you see her tits in that uniform",
        "the fit patient in bay 3 keeps winking at me",
    ],
)
def test_sexual_remarks_are_flagged_from_cues_alone(text):
    assert rules(text) == {"TOX007": "high"}


@pytest.mark.parametrize(
    "text",
    [
        "patient needed a PR exam and a catheter, all documented",
        "the sexual health clinic talk was really useful",
        "I'd smash the exam tomorrow if I'd slept",
    ],
)
def test_clinical_language_and_figurative_smash_are_not_sexual_harassment(text):
    assert "TOX007" not in rules(text)


def test_classifier_reads_sexual_harassment_without_any_cue():
    assert rules("bet he's got a tiny one", sexual_harassment=cut("sexual_harassment", "medium"))[
        "TOX007"
    ] in ("medium", "high")


def test_warning_off_whoever_reported_is_intimidation():
    assert rules("whoever reported the break times better watch themselves") == {"TOX008": "high"}
    assert rules("she grassed us up to the tutor, little grass, she'll regret it") == {
        "TOX008": "high",
    }


def test_naming_a_report_without_hostility_is_not_intimidation():
    assert rules("whoever reported the broken hoist, thank you, it's fixed") == {}


def test_detoxify_stays_first_choice_for_its_categories():
    text = "you are pathetic"
    both = {
        **scores(insult=cut("insult", "high"), sexual_harassment=0.001),
        **{f"tox_{c}": 0.01 for c in ("toxicity", "severe_toxicity", "obscene", "threat")},
        "tox_insult": 0.2,
        "tox_identity_attack": 0.01,
    }
    hits = assess(text, both)
    assert {h.rule.code: h.severity for h in hits} == {"TOX001": "low"}
    assert "detoxify scores" in hits[0].explanation


def test_detoxify_run_still_gets_the_classifier_categories_it_lacks():
    text = "whoever grassed to the tutor is getting sorted"
    both = {
        **scores(intimidation_concern=cut("intimidation_concern", "high")),
        **{f"tox_{c}": 0.01 for c in ("toxicity", "severe_toxicity", "obscene", "threat")},
        "tox_insult": 0.01,
        "tox_identity_attack": 0.01,
    }
    assert {h.rule.code for h in assess(text, both)} == {"TOX008"}


def test_detector_reads_classifier_columns_and_names_the_target():
    messages = make_messages(
        [
            (0, "Megan Cole", "has anyone got the notes"),
            (1, "Tom Reed", "Megan ur actually pathetic"),
        ]
    )
    for column in CLS_COLUMNS:
        messages[column] = pd.Series([0.001, 0.001], dtype="float32")
    messages["cls_insult"] = pd.Series([0.001, cut("insult", "high")], dtype="float32")
    findings = toxicity.detect(messages, CONFIG)
    assert list(findings["rule"]) == ["TOX001"]
    assert findings["target"].item() == "Megan Cole"
    assert findings["severity"].item() == "high"


def test_thresholds_are_declared_with_their_sources_and_no_longer_repeat():
    declared = toxicity.THRESHOLDS
    assert all({"value", "source"} <= set(entry) for entry in declared.values())
    assert all(entry["source"] for entry in declared.values())
    medium = declared["classifier insult medium"]
    assert medium["scorer"] == "classifier" and "out of fold" in medium["source"]
    assert declared["detoxify medium"]["value"] < declared["detoxify high"]["value"]
    assert "low" not in declared  # the old {"low": 0.5, "medium": 0.5, "high": 0.8}


def test_report_lists_classifier_thresholds_only_when_the_classifier_ran():
    from reports.view import threshold_rows

    ran = threshold_rows({"toxicity": toxicity.THRESHOLDS}, {"classifier"})
    assert any(r.name == "classifier insult medium" for r in ran)
    assert not any(r.name.startswith("detoxify") for r in ran)
    assert not threshold_rows({"toxicity": toxicity.THRESHOLDS}, set())


def test_a_model_insult_or_group_score_on_a_denied_insult_word_is_kept_low():
    group = cut("identity_attack", "medium")
    assert rules("people on benefits aren't scroungers, come on", identity_attack=group) == {}
    assert rules("you're not stupid Tom, the exam was hard", insult=cut("insult", "medium")) == {}
    # the same score on the word said outright stands
    assert rules("people on benefits are scroungers, all of them", identity_attack=group) == {
        "TOX002": "medium"
    }
    # one denied insult word does not excuse another said outright
    assert rules("you're not stupid Tom, you're a liar", insult=cut("insult", "medium")) == {
        "TOX001": "medium"
    }


def test_a_medium_group_score_needs_people_in_the_message():
    group = cut("identity_attack", "medium")
    assert rules("the lifts in this building are absolutely shit", identity_attack=group) == {}
    assert rules("that lot off the estate are all the same", identity_attack=group) == {
        "TOX002": "medium"
    }
    # a high score is not second-guessed
    high = cut("identity_attack", "high")
    assert rules("the lifts in this building are absolutely shit", identity_attack=high) == {
        "TOX002": "high"
    }

"""The toxicity detector: should-flag / should-not-flag tables scored by the real offline
models (chat-audit's own classifier and the alt-profanity-check fallback, both shipped in
packages), and rules deciding deterministically from hand-made detoxify and classifier score
columns."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from audit.core.config import AuditConfig
from audit.scoring.base import apply_scorers
from audit.scoring.classifier import ClassifierScorer
from audit.scoring.toxicity import COLUMNS, ProfanityFallbackScorer
from detectors import toxicity
from frames import make_messages

MEMBERS = ("Megan Cole", "Tom Reed", "Priya Shah", "Sam Idowu")
CONFIG = AuditConfig(use_cache=False, progress=False)

# (message, rule expected at medium or above)
SHOULD_FLAG = [
    ("Megan you're a useless cow, no wonder your mentor hates you", "TOX001"),
    ("you are a fucking idiot", "TOX001"),
    ("Tom is so thick honestly", "TOX001"),
    ("that mentor is a joke and a lazy cow", "TOX001"),
    ("what a twat", "TOX001"),
    ("you absolute muppet", "TOX001"),
    ("Dr Hughes is useless", "TOX001"),
    ('our practice educator is a useless cow, she marked me down for "attitude" 🙄', "TOX001"),
    ("typical immigrants, coming over here and taking all the placements", "TOX002"),
    ("go back to your own country", "TOX002"),
    ("those refugees are all scroungers", "TOX002"),
    ("say that again and I'll smash your face in", "TOX003"),
    ("I know where you live Sam", "TOX003"),
    ("watch your back tomorrow", "TOX003"),
    ("Jordan deserves a good slap tbh", "TOX003"),
    ("the new girl on my ward is thick as shit", "TOX001"),
    ("those travellers on the ward are all thieves", "TOX002"),
    ("gay people shouldn't be allowed to adopt", "TOX002"),
    ("oh fuck off Tom, nobody asked you", "TOX004"),
    ("shut the fuck up Priya", "TOX004"),
    ("honestly just kys", "TOX006"),
    ("go kill yourself", "TOX006"),
    ("kys lol", "TOX006"),
]

SHOULD_NOT_FLAG = [
    # figurative speech
    "this assignment is killing me",
    "I'm dying to see the results",
    "kill me, early shift tomorrow",
    "I could murder a coffee right now",
    "you killed it in that presentation!!",
    "dead tired after nights",
    # swearing about things, not people
    "that shift was shit",
    "this fucking placement, I swear",
    "fucking hell that essay was hard",
    "the wifi in the library is useless",
    "what a shit day",
    # banter and praise
    "you lot are fucking legends",
    "you're so thick Megan 😂",
    "I'll kill him if he's late again lol",
    "shut up Tom haha",
    # quoting or condemning abuse
    "a patient called me a stupid cow today, horrible",
    "someone told her to kys on twitter, that's not ok",
    "it's never ok to call people idiots",
    'he literally wrote "you\'re a useless cow" on my feedback',
    # ordinary chat
    "has anyone got the notes from today's lecture?",
    "refugees are often traumatised, our module covers trauma-informed care",
    "I'm seeing a muslim family on my caseload, any tips on Ramadan?",
    "Polish families always bring food in for the staff",
    "lol I'm such an idiot, left my badge at home",
    "my patient kept saying she wanted to die, escalated to the nurse in charge",
]


def run(texts, scored: bool = True) -> pd.DataFrame:
    authors = [MEMBERS[i % len(MEMBERS)] for i in range(len(texts))]
    messages = make_messages(
        [(i, a, t) for i, (a, t) in enumerate(zip(authors, texts, strict=True))]
    )
    if scored:
        scorers = [ProfanityFallbackScorer(), ClassifierScorer()]
        messages = apply_scorers(messages, scorers, CONFIG)
    return toxicity.detect(messages, CONFIG)


def medium_or_above(findings: pd.DataFrame) -> pd.DataFrame:
    return findings[findings["severity"].isin(["medium", "high"])]


@pytest.fixture(scope="module")
def flag_findings():
    return run([t for t, _ in SHOULD_FLAG])


@pytest.fixture(scope="module")
def clean_findings():
    return run(SHOULD_NOT_FLAG)


@pytest.mark.parametrize("index", range(len(SHOULD_FLAG)), ids=[t for t, _ in SHOULD_FLAG])
def test_abuse_is_flagged_medium_or_above_with_the_offline_models(flag_findings, index):
    text, rule = SHOULD_FLAG[index]
    mine = medium_or_above(flag_findings[flag_findings["message_id"] == index])
    assert rule in set(mine["rule"]), (text, flag_findings[flag_findings["message_id"] == index])


# Benign sentences the shipped classifier still flags, kept visible rather than dropped: strict
# xfail, so the day a model or rule stops flagging one, this fails and the entry is removed.
KNOWN_FALSE_ALARMS = {
    "refugees are often traumatised, our module covers trauma-informed care": (
        "issue 12: the classifier retrained with the hate-speech part (part_d) reads a group "
        "word beside a harm word as dehumanising (0.42 against a 0.40 medium cut-off); no "
        "structural rule found yet that does not also excuse real hostility"
    ),
}


def _should_not_flag_params():
    for index, text in enumerate(SHOULD_NOT_FLAG):
        reason = KNOWN_FALSE_ALARMS.get(text)
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        yield pytest.param(index, id=text, marks=marks)


@pytest.mark.parametrize("index", list(_should_not_flag_params()))
def test_figurative_banter_and_swearing_about_things_stay_below_medium(clean_findings, index):
    mine = medium_or_above(clean_findings[clean_findings["message_id"] == index])
    assert mine.empty, (SHOULD_NOT_FLAG[index], mine[["rule", "severity", "explanation"]])


def test_offline_findings_say_which_models_gave_the_evidence(flag_findings):
    insult = flag_findings[flag_findings["rule"] == "TOX001"].iloc[0]
    assert "chat-audit classifier scores" in insult["explanation"]
    assert "fallback model: profanity only" in insult["explanation"]


def test_profanity_fallback_alone_still_says_so():
    messages = make_messages([(0, "Tom Reed", "you are a fucking idiot")])
    messages = apply_scorers(messages, [ProfanityFallbackScorer()], CONFIG)
    findings = toxicity.detect(messages, CONFIG)
    assert "fallback model: profanity only" in findings["explanation"].iloc[0]


def test_telling_someone_to_kill_themselves_is_high_even_as_a_joke(flag_findings):
    told = [i for i, (_, rule) in enumerate(SHOULD_FLAG) if rule == "TOX006"]
    kys = flag_findings[
        (flag_findings["rule"] == "TOX006") & flag_findings["message_id"].isin(told)
    ]
    assert set(kys["message_id"]) == set(told)
    assert set(kys["severity"]) == {"high"}


def test_models_off_still_finds_threats_incitement_and_insults_from_text():
    findings = run(["I'll smash your face in", "just kys", "you're a useless cow"], scored=False)
    assert set(medium_or_above(findings)["rule"]) == {"TOX001", "TOX003", "TOX006"}
    assert all("text cues only" in e for e in findings["explanation"])


def test_spans_point_at_the_evidence():
    text = "honestly Megan just kys"
    findings = run([text])
    start, end = findings.iloc[0]["start"], findings.iloc[0]["end"]
    assert text[start:end] == "kys"


# --- detoxify scores decide deterministically (hand-made score columns) ---


def scored_frame(rows):
    """Rows are (text, {category: score}); unspecified categories score 0.01."""
    messages = make_messages([(i, MEMBERS[i % 4], text) for i, (text, _) in enumerate(rows)])
    for column in COLUMNS:
        category = column.removeprefix("tox_")
        messages[column] = pd.Series(
            [scores.get(category, 0.01) for _, scores in rows], dtype="float64"
        )
    return messages


def severities(findings: pd.DataFrame, message_id: int) -> dict[str, str]:
    mine = findings[findings["message_id"] == message_id]
    return dict(zip(mine["rule"], mine["severity"].astype(str), strict=True))


def test_model_scores_set_severity_by_threshold_and_aim():
    findings = toxicity.detect(
        scored_frame(
            [
                ("you are pathetic", {"insult": 0.92, "toxicity": 0.95}),
                ("you are pathetic", {"insult": 0.6, "toxicity": 0.7}),
                ("pathetic tbh", {"insult": 0.6, "toxicity": 0.7}),
                ("you are pathetic", {"insult": 0.3, "toxicity": 0.4}),
                ("lovely day on the ward", {}),
            ]
        ),
        CONFIG,
    )
    assert severities(findings, 0) == {"TOX001": "high"}
    assert severities(findings, 1) == {"TOX001": "medium"}
    assert severities(findings, 2) == {"TOX001": "low"}  # not aimed at anyone
    assert severities(findings, 3) == {"TOX001": "low"}  # the phrase alone, model disagrees
    assert severities(findings, 4) == {}
    assert findings.loc[findings["message_id"] == 0, "score"].item() == pytest.approx(0.92)
    assert "insult 0.92" in findings.loc[findings["message_id"] == 0, "explanation"].item()


def test_model_threat_is_ignored_in_figurative_speech():
    findings = toxicity.detect(
        scored_frame(
            [
                ("this assignment is killing me", {"threat": 0.7}),
                ("you will regret this", {"threat": 0.85}),
                ("someone is going to get it", {"threat": 0.6}),
            ]
        ),
        CONFIG,
    )
    assert severities(findings, 0) == {}
    assert severities(findings, 1) == {"TOX003": "high"}
    assert severities(findings, 2) == {"TOX003": "low"}  # no one in particular


def test_identity_attack_and_severe_toxicity_scores():
    findings = toxicity.detect(
        scored_frame(
            [
                ("people like that are all the same", {"identity_attack": 0.85}),
                ("people like that are all the same", {"identity_attack": 0.55}),
                ("you worthless piece of", {"severe_toxicity": 0.7, "insult": 0.4}),
            ]
        ),
        CONFIG,
    )
    assert severities(findings, 0) == {"TOX002": "high"}
    assert severities(findings, 1) == {"TOX002": "medium"}
    assert severities(findings, 2) == {"TOX005": "high", "TOX001": "low"}


def test_swearing_about_things_with_high_obscenity_score_is_not_flagged():
    findings = toxicity.detect(
        scored_frame([("that shift was fucking shit", {"obscene": 0.97, "toxicity": 0.9})]),
        CONFIG,
    )
    assert findings.empty


def test_missing_scores_fall_back_to_text_cues():
    messages = scored_frame([("you're a useless cow", {})])
    for column in COLUMNS:
        messages[column] = math.nan
    findings = toxicity.detect(messages, CONFIG)
    assert severities(findings, 0) == {"TOX001": "medium"}
    assert "text cues only" in findings["explanation"].item()


def test_system_and_media_messages_are_never_flagged():
    messages = make_messages(
        [(0, None, "Tom Reed changed the subject to kys"), (1, "Tom Reed", "kys", "media")]
    )
    assert toxicity.detect(messages, CONFIG).empty

"""Toxicity: insults, identity attacks (discrimination, HCPC 1.6), threats, telling someone to
kill themselves, obscenity aimed at a person, and severe toxicity.

Evidence comes from two places, and every finding says which:
- the toxicity scorer's columns (`tox_*`, audit.scoring.toxicity): detoxify's six category
  scores, or with the alt-profanity-check fallback only `tox_obscene` (a profanity score);
- text cues (detectors/shared.py): is the message aimed at a person (you, an @mention, a
  member's name, "she's a ..."), insult/threat/incitement phrases, figurative speech
  ("this assignment is killing me"), banter markers (lol, 😂) and reported speech ("he called
  me a ...").
With models off (`--no-models`, no `tox_*` columns) the detector still runs on text cues alone:
threats, telling someone to kill themselves, slur-free insult phrases aimed at a person,
directed abuse ("fuck off", "shut the fuck up") and identity generalisations ("typical
immigrants ..."). It misses abuse phrased without those shared.

How severities are chosen (thresholds in THRESHOLDS):
- Model scores: detoxify's outputs are per-category sigmoid probabilities trained on Jigsaw
  labels (the share of raters, or a majority label, calling a comment insulting, threatening,
  ...). 0.5 is therefore the model's own decision point: "most raters would say so". We report
  a category at medium from 0.5 when the message is aimed at a person, and high from 0.8 (a
  clear majority, where detoxify's published examples of unambiguous abuse sit), again only
  when aimed at a person. Below 0.5, or not aimed at anyone, the most a score gives is low.
  These points are the model's calibration, not tuned on our data: there are no detoxify
  weights on the build machines to tune with, and `scripts/evaluate.py` will show how they
  do once a model is downloaded.
- Fallback profanity score: alt-profanity-check is a CalibratedClassifierCV (a linear SVM with
  probability calibration), so 0.5 means "more likely profane than not". Profanity alone never
  gives more than low: it only raises an insult cue to high (>= 0.8, strong swearing in an
  insult aimed at someone) and makes swearing next to a person reference a low finding. The
  0.8 point was checked on evaluation/dev/toxicity_labelled.txt, where every insult cue in a
  message scoring >= 0.8 is one a reviewer would call abuse.
- Text cues: a threat phrase aimed at someone is high; telling someone to kill themselves is
  always high; an insult phrase aimed at a person is medium; directed abuse is medium; an
  identity generalisation is medium, high with swearing or an insult.
- Softening: banter markers (lol, haha, 😂) lower insults and obscenity by one level and
  threats to low; they never lower self-harm incitement or identity attacks. Figurative
  speech cancels threat evidence. Reported or condemned speech ("he called me a ...",
  "it's not ok to ...", quotation marks) caps a finding at low: it is about abuse, not abuse.

Score column: the model's category score when a model gave the evidence, otherwise a fixed
confidence for the text cue (CUE_SCORE, SELF_HARM_SCORE), raised by the profanity score when
that is higher."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from audit.core.config import AuditConfig
from audit.core.people import Members, authored
from audit.core.rules import Rule
from audit.core.schema import SEVERITIES, empty_findings
from detectors.base import Finding, findings_frame
from detectors.lexicon import CueSpan, Prefilter, cue_names, shared

NAME = "toxicity"
SCORERS = ("toxicity",)

CATEGORIES = ("toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack")
THRESHOLDS = {"low": 0.5, "medium": 0.5, "high": 0.8}  # model score -> severity, see docstring
PROFANITY_STRONG = 0.8  # fallback profanity score that raises an insult to high
CUE_SCORE = 0.8
SELF_HARM_SCORE = 0.95

_GUIDANCE_RESPECT = ("hcpc-2.10", "hcpc-9.1", "su-be-nice", "sg-content")

INSULT = Rule(
    code="TOX001",
    name="insult",
    severity="medium",
    summary="An insult aimed at a person: a member, a colleague, a mentor or a service user.",
    why=(
        "Calling someone stupid, useless or worse in the group is the kind of hurtful, "
        "derogatory message that students are reported for under their professional code of "
        "conduct. The HCPC expects you to be polite and respectful on social media as anywhere "
        "else; messages can be screenshotted and read out of context."
    ),
    guidance=(*_GUIDANCE_RESPECT, "su-be-mindful", "hcpc-tip-offensive"),
    example="Megan you're a useless cow, no wonder your mentor hates you",
)
IDENTITY_ATTACK = Rule(
    code="TOX002",
    name="identity-attack",
    severity="high",
    summary="A derogatory remark about people for who they are (race, religion, sexuality...).",
    why=(
        "Generalising about or demeaning a group of people is discrimination. HCPC standard 1.6 "
        "requires you not to let your values, biases and beliefs lead you to discriminate "
        "against service users, carers or colleagues, and the HCPC's first tip is not to post "
        "discriminatory or offensive material."
    ),
    guidance=("hcpc-1.6", "hcpc-tip-offensive", "hcpc-9.1", "sg-content"),
    example="typical immigrants, coming over here and taking all the placements",
)
THREAT = Rule(
    code="TOX003",
    name="threat",
    severity="high",
    summary="A threat of violence or harm against someone.",
    why=(
        "Threatening messages are named in the safeguarding guide as content to avoid "
        '("malicious, obscene, threatening, intimidating"), and are among the most serious '
        'reasons for a fitness-to-practise process. Figurative speech ("this essay is killing '
        'me") is not a threat and is not flagged.'
    ),
    guidance=("sg-content", "hcpc-9.1", "hcpc-2.10", "su-be-nice"),
    example="say that again and I'll smash your face in",
)
OBSCENITY_AT_PERSON = Rule(
    code="TOX004",
    name="obscenity-at-person",
    severity="medium",
    summary='Swearing aimed at a person ("fuck off", "shut the fuck up").',
    why=(
        "Swearing about a shift or an essay is not a breach; swearing at a person is. The "
        "safeguarding guide asks for nothing obscene or intimidating, and the union's group "
        "rules ask members to stay kind and polite."
    ),
    guidance=("sg-content", "su-be-nice", "su-rule-kind", "hcpc-2.10"),
    example="oh fuck off Tom, nobody asked you",
)
SEVERE_TOXICITY = Rule(
    code="TOX005",
    name="severe-toxicity",
    severity="high",
    summary="Very hateful or aggressive language aimed at a person (needs a detoxify model).",
    why=(
        "The model rates the message as extremely toxic: the kind of message most readers "
        "would find abusive whatever the context. It is the clearest case for removing a "
        "message and reflecting on it."
    ),
    guidance=(*_GUIDANCE_RESPECT, "hcpc-tip-offensive"),
    example="you're a worthless fucking piece of shit",
)
SELF_HARM_INCITEMENT = Rule(
    code="TOX006",
    name="self-harm-incitement",
    severity="high",
    summary='Telling someone to kill or harm themselves ("kys", "go die").',
    why=(
        "Telling someone to kill themselves is never banter: it can do real harm to someone "
        "already struggling, and it is threatening and harassing content in the words of the "
        "safeguarding guide. It is flagged from the words alone, whatever a model scores."
    ),
    guidance=("sg-content", "hcpc-9.1", "su-be-nice", "hcpc-2.10"),
    example="honestly just kys",
)
RULES = (
    INSULT,
    IDENTITY_ATTACK,
    THREAT,
    OBSCENITY_AT_PERSON,
    SEVERE_TOXICITY,
    SELF_HARM_INCITEMENT,
)


@dataclass(frozen=True)
class Hit:
    """One rule firing on one message, before it becomes a Finding."""

    rule: Rule
    severity: str
    score: float
    spans: tuple[CueSpan, ...]
    explanation: str
    model_cue: str = ""  # "model.<name>" when a model score, not a cue, is the evidence


def _lower(severity: str, steps: int = 1) -> str:
    return SEVERITIES[max(0, SEVERITIES.index(severity) - steps)]


def _known(value: float) -> bool:
    return value is not None and not (isinstance(value, float) and math.isnan(value))


def _model_note(s: Mapping[str, float], mode: str) -> str:
    if mode == "detoxify":
        parts = ", ".join(f"{c.replace('_', ' ')} {s[c]:.2f}" for c in CATEGORIES)
        return f"detoxify scores: {parts}"
    if mode == "fallback":
        return f"profanity {s['obscene']:.2f} (fallback model: profanity only, not toxicity)"
    return "text cues only (models off)"


def _overlaps(span: CueSpan, others: list[CueSpan]) -> bool:
    return any(span[0] < e and s < span[1] for s, e, *_ in others)


def assess(
    text: str, scores: Mapping[str, float] | None = None, names: re.Pattern[str] | None = None
) -> list[Hit]:
    """The toxicity rules on one message. `scores` maps categories (without the `tox_` prefix)
    to scores, NaN or absent when no model gave them; `names` matches the chat's member names.
    Pure and deterministic: the detector and the tests both call it."""
    s = {c: float((scores or {}).get(c, math.nan)) for c in CATEGORIES}
    mode = "detoxify" if _known(s["insult"]) else "fallback" if _known(s["obscene"]) else "text"
    model = mode == "detoxify"
    profanity = s["obscene"] if _known(s["obscene"]) else 0.0
    note = _model_note(s, mode)

    addressed = shared.addresses_someone(text, names)
    refs = shared.person_references(text, names)
    aim = addressed or (refs[0][2] if refs else None)
    figurative = shared.FIGURATIVE.spans(text, "figurative")
    soft = shared.SOFTENER.search(text) is not None
    reported = shared.REPORTED_SPEECH.search(text) is not None
    hits: list[Hit] = []

    quoted = shared.QUOTED.spans(text) if '"' in text or "“" in text else []

    def add(rule: Rule, severity: str, score: float, spans: list[CueSpan], why: str) -> None:
        in_quotes = bool(spans) and all(
            any(q0 <= s0 and s1 <= q1 for q0, q1, *_ in quoted) for s0, s1, *_ in spans
        )
        if reported or in_quotes:
            severity = "low"
            why += "; it reads as quoting or condemning abuse, so it is kept low"
        model_cue = "" if spans else f"model.{mode}"
        hits.append(
            Hit(rule, severity, min(1.0, score), tuple(spans), f"{why}; {note}.", model_cue)
        )

    # Telling someone to kill themselves: words alone, never softened by banter.
    def find(_kind: str, cue, label: str) -> list[CueSpan]:
        return cue.spans(text, label)

    incitement = find("self_harm", shared.SELF_HARM_INCITEMENT, "self-harm incitement")
    if incitement:
        add(
            SELF_HARM_INCITEMENT,
            "high",
            max(SELF_HARM_SCORE, s["threat"] if model else 0.0),
            incitement,
            "Tells someone to kill or harm themselves",
        )

    # Threats: a threat phrase not inside figurative speech, or the model's threat score.
    threat_spans = [
        sp for sp in find("threat", shared.THREAT, "threat") if not _overlaps(sp, figurative)
    ]
    model_threat = model and s["threat"] >= THRESHOLDS["medium"] and not figurative
    if (threat_spans or model_threat) and not incitement:
        if threat_spans:
            severity, why = "high", "Threatens someone with harm"
        elif s["threat"] >= THRESHOLDS["high"] and aim:
            severity, why = "high", f"The model reads a threat aimed at a person ({aim})"
        elif aim:
            severity, why = "medium", f"The model reads a threat aimed at a person ({aim})"
        else:
            severity, why = "low", "The model reads a threat, not clearly aimed at anyone"
        if soft:
            severity = "low"
            why += ", with a joking marker (lol, 😂), so it is kept low"
        score = max(s["threat"] if model else 0.0, CUE_SCORE if threat_spans else 0.0)
        add(THREAT, severity, score, threat_spans, why)

    # Identity attacks (HCPC 1.6).
    identity = find("identity", shared.IDENTITY_GENERALISATION, "identity generalisation")
    slight = find("identity", shared.CASUAL_IDENTITY_SLIGHT, "identity slight")
    insult_spans = find("insult", shared.INSULT_AT_PERSON, "insult")
    insult_spans += shared.insults_after_names(text, names)
    profane_word = shared.PROFANE.search(text) is not None
    hostile = bool(insult_spans) or profanity >= PROFANITY_STRONG or profane_word
    if model and s["identity_attack"] >= THRESHOLDS["medium"]:
        severity = "high" if s["identity_attack"] >= THRESHOLDS["high"] else "medium"
        add(
            IDENTITY_ATTACK,
            severity,
            s["identity_attack"],
            identity + slight,
            "The model reads an attack on people for who they are",
        )
    elif identity:
        add(
            IDENTITY_ATTACK,
            "high" if hostile else "medium",
            max(CUE_SCORE, s["identity_attack"] if model else 0.0),
            identity,
            "Generalises about or demeans a group of people",
        )
    elif slight:
        severity = "medium" if addressed else "low"
        add(
            IDENTITY_ATTACK,
            severity,
            max(0.6, s["identity_attack"] if model else 0.0),
            slight,
            "Uses a disability or sexuality as a put-down",
        )

    # Insults aimed at a person.
    exclamations = find("insult", shared.INSULT_EXCLAMATION, "insult")
    if refs:
        exclamations += find("insult", shared.NOUN_PREDICATE, "insult")
    cue_spans = sorted(set(insult_spans + exclamations))
    insulted = False
    if model:
        score = s["insult"]
        if score >= THRESHOLDS["medium"]:
            if score >= THRESHOLDS["high"] and (cue_spans or addressed):
                severity = "high"
            elif aim or cue_spans:
                severity = "medium"
            else:
                severity = "low"
            target = f" ({aim})" if aim else ""
            why = f"The model reads an insult aimed at a person{target}"
        elif cue_spans:
            severity, why = "low", "An insult phrase the model does not rate as insulting"
        else:
            severity = ""
        if severity:
            if soft and severity != "low":
                severity, why = _lower(severity), why + ", softened by a joking marker"
            add(INSULT, severity, max(score, 0.0), cue_spans, why)
            insulted = True
    elif cue_spans:
        profane_insult = profanity >= PROFANITY_STRONG and any(
            shared.PROFANE.compiled.search(text, a, b) for a, b, *_ in cue_spans
        )
        severity = "high" if profane_insult else "medium"
        why = "An insult aimed at a person"
        if profane_insult:
            why += ", with strong swearing"
        if soft:
            severity, why = _lower(severity), why + ", softened by a joking marker"
        add(INSULT, severity, max(CUE_SCORE, profanity), cue_spans, why)
        insulted = True

    # Swearing aimed at a person, when nothing above already covers the message.
    if not (insulted or hits):
        directed = shared.DIRECTED_ABUSE.spans(text, "directed abuse")
        profane = find("profane", shared.PROFANE, "profanity")
        if directed:
            severity, why = "medium", "Swearing or abuse aimed straight at someone"
            if soft:
                severity, why = _lower(severity), why + ", softened by a joking marker"
            add(OBSCENITY_AT_PERSON, severity, max(CUE_SCORE, profanity), directed, why)
        elif (
            profanity >= THRESHOLDS["high"]
            and profane
            and shared.near(profane, refs, gap=12)
            and not shared.PRAISE.search(text)
        ):
            add(
                OBSCENITY_AT_PERSON,
                "low",
                profanity,
                profane,
                "Swearing right next to a reference to a person",
            )

    # Severe toxicity: detoxify only.
    if model and s["severe_toxicity"] >= THRESHOLDS["medium"]:
        severity = "high" if aim else "low"
        target = f"aimed at a person ({aim})" if aim else "not clearly aimed at anyone"
        add(
            SEVERE_TOXICITY,
            severity,
            s["severe_toxicity"],
            [],
            f"The model rates the message as severely toxic, {target}",
        )
    return hits


# The cues that can make a finding on their own; a text none of them could match, and that no
# model scored, is not assessed (the prefilter is derived from these cues' own patterns).
TRIGGER_CUES = (
    *shared.SELF_HARM_INCITEMENT.cues,
    *shared.THREAT.cues,
    *shared.IDENTITY_GENERALISATION.cues,
    *shared.CASUAL_IDENTITY_SLIGHT.cues,
    shared.INSULT_AT_PERSON,
    shared.INSULT_EXCLAMATION,
    shared.NOUN_PREDICATE,
    *shared.DIRECTED_ABUSE.cues,
    shared.PROFANE,
)
TRIGGERS = Prefilter.of(TRIGGER_CUES)


def detect(messages: pd.DataFrame, config: AuditConfig) -> pd.DataFrame:
    if messages.empty:
        return empty_findings()
    people = messages[authored(messages) & (messages["kind"] == "text") & messages["text"].notna()]
    if people.empty:
        return empty_findings()
    texts = people["text"].astype(object)
    columns = [f"tox_{c}" for c in CATEGORIES if f"tox_{c}" in people.columns]
    # Cheap first pass: a message with no trigger word and no model score >= 0.5 cannot fire.
    candidate = TRIGGERS.mask(texts.tolist())
    if columns:
        top = people[columns].astype("float64").max(axis=1, skipna=True).fillna(0.0)
        candidate = candidate | (top >= THRESHOLDS["low"]).to_numpy(dtype=bool)
    chosen = people[candidate]
    names_by_chat = {
        chat: Members.from_authors(group["author"].dropna().unique()).name_pattern()
        for chat, group in messages[authored(messages)].groupby("chat", observed=True)
    }
    findings = []
    seen: dict[tuple, list[Hit]] = {}  # chats repeat texts ("kys lol"); assess each once
    for row, record in chosen.iterrows():
        scores = {c: _value(record.get(f"tox_{c}")) for c in CATEGORIES}
        key = (
            record["chat"],
            str(record["text"]),
            *(None if math.isnan(scores[c]) else scores[c] for c in CATEGORIES),  # NaN != NaN
        )
        if key not in seen:
            seen[key] = assess(key[1], scores, names_by_chat.get(record["chat"]))
        for hit in seen[key]:
            findings.append(
                Finding(
                    row=row,
                    rule=hit.rule,
                    explanation=hit.explanation,
                    score=hit.score,
                    label=hit.rule.name,
                    severity=hit.severity,
                    spans=hit.spans,
                    cue=cue_names(hit.spans) or hit.model_cue,
                )
            )
    return findings_frame(findings, messages, NAME)


def _value(raw: object) -> float:
    try:
        return float(raw)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan

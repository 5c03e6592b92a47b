"""The toxicity rules on one message: one small function per rule, each reading the same
Evidence (detectors/toxicity/evidence.py). Models score; these functions decide.

How the classifier's scores and the cues combine:
- a label's score gives its severity from the held-out thresholds (detectors/toxicity/scores);
- a phrase cue that names the same harm (a threat phrase, "kys", "whoever grassed ... better
  watch it") raises the severity to what the cue alone would give;
- cues suppress false alarms: quoting or condemning abuse caps a finding at low; figurative
  speech cancels a model's threat; laughter lowers insults, swearing and threats by one level
  (never self-harm incitement, identity attacks or sexual remarks); an insult the writer aims
  at themselves ("I'm such an idiot"), a model score on a message that points at nobody, on a
  reply of under four words or on a warm message are kept low;
- a classifier score that the cues bring down to low is not reported at all (a phrase cue's
  low finding is): low model-only findings were mostly ordinary chat.
With detoxify, its scores decide insults, threats, identity attacks and swearing as before
(first choice), and the classifier adds the harms detoxify has no column for."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from audit.core.rules import Rule
from detectors.lexicon import CueSpan, shared
from detectors.toxicity import cues
from detectors.toxicity.evidence import Evidence, gather, higher, lower
from detectors.toxicity.rules import (
    IDENTITY_ATTACK,
    INSULT,
    INTIMIDATING_CONCERN_RAISER,
    OBSCENITY_AT_PERSON,
    SELF_HARM_INCITEMENT,
    SEVERE_TOXICITY,
    SEXUAL_HARASSMENT,
    THREAT,
)
from detectors.toxicity.scores import (
    CUE_SCORE,
    DETOXIFY_HIGH,
    DETOXIFY_MEDIUM,
    PROFANITY_STRONG,
    SELF_HARM_SCORE,
)


@dataclass(frozen=True)
class Hit:
    """One rule firing on one message, before it becomes a Finding."""

    rule: Rule
    severity: str
    score: float
    spans: tuple[CueSpan, ...]
    explanation: str
    label: str = ""
    model_cue: str = ""  # "model.<name>" when a model score, not a cue, is the evidence


# Fewer words than this and a bare model score is kept low: short replies ("go on Sophie!",
# "I know I know", "👀👀") are read from the messages around them, which the classifier does
# not see; cues still judge them ("kys", "snitch"). Chosen on the corpus's out-of-fold scores
# (positives under 4 words: 2%) and the sample chats' false alarms.
MIN_TOKENS = 4

# Model-only evidence a warm message (praise, thanks) keeps low; never threats, self-harm
# incitement, sexual remarks or intimidation, which warmth does not excuse.
WARMTH_LOWERS = ("insult", "identity_attack", "dehumanising", "obscenity_at_person")
# Model-only evidence that a denied insult word explains away ("they aren't scroungers",
# "you're not stupid"): the model reads the word, not the negation in front of it.
NEGATION_LOWERS = ("insult", "identity_attack", "dehumanising")


# Group hostility cues that are high on their own: dehumanising and calls for harm.
VIOLENT_GROUP_CUES = (
    "identity.group_is_vermin",
    "identity.harm_the_group",
    "identity.group_should_suffer",
)


def _overlaps(span: CueSpan, others: list[CueSpan]) -> bool:
    return any(span[0] < e and s < span[1] for s, e, *_ in others)


def _hit(
    ev: Evidence,
    rule: Rule,
    severity: str,
    score: float,
    spans,
    why: str,
    label="",
    reported: bool | None = None,
):
    """A Hit, capped at low when the evidence sits in quoted or reported speech (`reported`
    overrides the message-wide reported-speech cue)."""
    if not severity:
        return None
    spans = list(spans)
    in_quotes = bool(spans) and all(
        any(q0 <= s0 and s1 <= q1 for q0, q1, *_ in ev.quoted) for s0, s1, *_ in spans
    )
    reported = ev.reported if reported is None else reported
    if (reported or in_quotes) and severity != "low":
        severity = "low"
        why += "; it reads as quoting or condemning abuse, so it is kept low"
    if not spans and severity == "low" and ev.mode == "classifier":
        return None  # a classifier score the cues explain away is not worth a reader's time
    model_cue = "" if spans else f"model.{ev.mode}"
    return Hit(
        rule,
        severity,
        min(1.0, score),
        tuple(spans),
        f"{why}; {ev.note()}.",
        label or rule.name,
        model_cue,
    )


def _classifier(ev: Evidence, label: str, *, needs_aim: bool = True) -> tuple[str, str]:
    """(severity, why) from the classifier's score for `label`; a medium score on a message
    that points at nobody is kept low when `needs_aim`."""
    severity = ev.level(label)
    if severity not in ("medium", "high"):
        return "", ""  # a score at the low cut-off alone is too common to report
    target = f" ({ev.aim})" if ev.aim else ""
    why = f"chat-audit's classifier reads {label.replace('_', ' ')}{target}"
    if needs_aim and severity == "medium" and not ev.aim:
        severity, why = "low", why + ", not clearly aimed at anyone"
    if ev.tokens < MIN_TOKENS:
        severity, why = "low", why + f", but a reply of {ev.tokens} words needs the context"
    if ev.warm and label in WARMTH_LOWERS:
        severity, why = "low", why + ", in a warm message (praise, thanks), so it is kept low"
    if label in NEGATION_LOWERS and _all_insults_negated(ev.text):
        severity, why = "low", why + ', but its insult word is negated ("not ...")'
    return severity, why


def _all_insults_negated(text: str) -> bool:
    """True when the text has an insult word and every one sits inside a negation."""
    words = cues.INSULT_WORD.spans(text, "insult word")
    if not words:
        return False
    negated = cues.NEGATED_INSULT.spans(text, "negated insult")
    return all(any(n0 <= w0 and w1 <= n1 for n0, n1, *_ in negated) for w0, w1, *_ in words)


def self_harm(ev: Evidence) -> Hit | None:
    spans = shared.SELF_HARM_INCITEMENT.spans(ev.text, "self-harm incitement")
    if spans:
        score = max(SELF_HARM_SCORE, ev.detoxify["threat"] if ev.detoxify_ran else 0.0)
        return _hit(
            ev,
            SELF_HARM_INCITEMENT,
            "high",
            score,
            spans,
            "Tells someone to kill or harm themselves",
        )
    # The words alone are never softened; the model alone is weaker evidence, so figurative
    # speech cancels it and laughter lowers it ("I'll kill him if he's late again lol").
    severity, why = _classifier(ev, "self_harm")
    if ev.figurative:
        return None
    if severity == "medium" and not cues.HARM_TOPIC.search(ev.text):
        severity, why = "low", why + ", with no word of death or harm in the message"
    if severity and ev.soft:
        severity, why = lower(severity), why + ", with a joking marker (lol, 😂)"
    return _hit(ev, SELF_HARM_INCITEMENT, severity, ev.score("self_harm"), [], why)


def threat(ev: Evidence) -> Hit | None:
    spans = [s for s in shared.THREAT.spans(ev.text, "threat") if not _overlaps(s, ev.figurative)]
    severity, why, score = "", "", 0.0
    if spans:
        severity, why, score = "high", "Threatens someone with harm", CUE_SCORE
    if ev.detoxify_ran and not ev.figurative and ev.detoxify["threat"] >= DETOXIFY_MEDIUM:
        s = ev.detoxify["threat"]
        level = "high" if s >= DETOXIFY_HIGH and ev.aim else "medium" if ev.aim else "low"
        severity = higher(severity, level)
        aimed = f" aimed at a person ({ev.aim})" if ev.aim else ", not clearly aimed at anyone"
        why = why or f"The model reads a threat{aimed}"
        score = max(score, s)
    elif ev.mode == "classifier" and not ev.figurative:
        level, reason = _classifier(ev, "threat")
        severity, why = higher(severity, level), why or reason
        score = max(score, ev.score("threat"))
    if severity and ev.soft:
        severity, why = "low", why + ", with a joking marker (lol, 😂), so it is kept low"
    return _hit(ev, THREAT, severity, score, spans, why)


def identity_attack(ev: Evidence) -> Hit | None:
    text = ev.text
    identity = shared.IDENTITY_GENERALISATION.spans(text, "identity generalisation")
    identity += cues.GROUP_HOSTILITY.spans(text, "hostility to a group")
    slight = shared.CASUAL_IDENTITY_SLIGHT.spans(text, "identity slight")
    hostile = (
        any(span[3] in VIOLENT_GROUP_CUES for span in identity)
        or bool(shared.INSULT_AT_PERSON.search(text))
        or ev.profanity >= PROFANITY_STRONG
        or shared.PROFANE.search(text) is not None
    )
    severity, why, score, label = "", "", 0.0, ""
    if identity:
        severity = "high" if hostile else "medium"
        why, score = "Generalises about or demeans a group of people", CUE_SCORE
    elif slight:
        severity = "medium" if ev.addressed else "low"
        why, score = "Uses a disability or sexuality as a put-down", 0.6
    if ev.detoxify_ran and ev.detoxify["identity_attack"] >= DETOXIFY_MEDIUM:
        s = ev.detoxify["identity_attack"]
        severity = higher(severity, "high" if s >= DETOXIFY_HIGH else "medium")
        why = why or "The model reads an attack on people for who they are"
        score = max(score, s)
    # the target is a group, so no one need be addressed; but people must be named at all
    people = bool(ev.refs) or cues.PEOPLE.search(text) is not None
    for name in ("identity_attack", "dehumanising"):
        level, _ = _classifier(ev, name, needs_aim=False)
        if level == "medium" and name == "identity_attack" and not people:
            level = ""  # a score on a message about things, not people (swearing, heat, lifts)
        if level and higher(level, severity) == level:
            label = "dehumanising" if name == "dehumanising" else label
            if not (severity == level and why):
                what = "dehumanising language about" if label else "an attack on"
                why = f"chat-audit's classifier reads {what} people"
            severity = level
        score = max(score, ev.score(name))
    return _hit(ev, IDENTITY_ATTACK, severity, score, identity + slight, why, label)


def _insult_spans(ev: Evidence) -> list[CueSpan]:
    spans = shared.INSULT_AT_PERSON.spans(ev.text, "insult")
    spans += shared.insults_after_names(ev.text, ev.names)
    spans += shared.INSULT_EXCLAMATION.spans(ev.text, "insult")
    if ev.refs:
        spans += shared.NOUN_PREDICATE.spans(ev.text, "insult")
    return sorted(set(spans))


def insult(ev: Evidence) -> Hit | None:
    spans = _insult_spans(ev)
    severity, why, score = "", "", 0.0
    if ev.detoxify_ran:
        s = ev.detoxify["insult"]
        if s >= DETOXIFY_MEDIUM:
            aimed = bool(spans) or ev.addressed
            severity = (
                "high" if s >= DETOXIFY_HIGH and aimed else "medium" if ev.aim or spans else "low"
            )
            why = f"The model reads an insult aimed at a person{f' ({ev.aim})' if ev.aim else ''}"
        elif spans:
            severity, why = "low", "An insult phrase the model does not rate as insulting"
        score = max(s, 0.0)
    else:
        if spans:
            profane = ev.profanity >= PROFANITY_STRONG and any(
                shared.PROFANE.compiled.search(ev.text, a, b) for a, b, *_ in spans
            )
            severity = "high" if profane else "medium"
            why = "An insult aimed at a person" + (", with strong swearing" if profane else "")
            score = max(CUE_SCORE, ev.profanity)
        level, reason = _classifier(ev, "insult")
        if level and higher(level, severity) == level and level != severity:
            severity, why = level, reason
        score = max(score, ev.score("insult"))
    if severity and ev.self_directed and not ev.addressed:
        severity, why = "low", why + ", but aimed at the writer themselves"
    if severity and ev.soft and severity != "low":
        severity, why = lower(severity), why + ", softened by a joking marker"
    return _hit(ev, INSULT, severity, score, spans, why)


def obscenity_at_person(ev: Evidence) -> Hit | None:
    directed = shared.DIRECTED_ABUSE.spans(ev.text, "directed abuse")
    severity, why, score = "", "", ev.profanity
    if directed:
        severity, why, score = (
            "medium",
            "Swearing or abuse aimed straight at someone",
            max(CUE_SCORE, score),
        )
    if not ev.detoxify_ran:
        level, reason = _classifier(ev, "obscenity_at_person")
        if level and higher(level, severity) == level and level != severity:
            severity, why = level, reason
        score = max(score, ev.score("obscenity_at_person"))
    if not severity and ev.profanity >= DETOXIFY_HIGH and not shared.PRAISE.search(ev.text):
        profane = shared.PROFANE.spans(ev.text, "profanity")
        if profane and shared.near(profane, ev.refs, gap=12):
            return _hit(
                ev,
                OBSCENITY_AT_PERSON,
                "low",
                ev.profanity,
                profane,
                "Swearing right next to a reference to a person",
            )
    if severity and ev.soft:  # swearing with laughter is how friends talk to each other
        severity, why = "low", why + ", with a joking marker (lol, 😂), so it is kept low"
    return _hit(ev, OBSCENITY_AT_PERSON, severity, score, directed, why)


def severe_toxicity(ev: Evidence) -> Hit | None:
    spans = cues.WORTHLESS.spans(ev.text, "worthless")
    if spans:
        severity, why = "high", "Tells someone they are worthless or less than human"
        if ev.soft:
            severity, why = "medium", why + ", with a joking marker (lol, 😂)"
        return _hit(ev, SEVERE_TOXICITY, severity, CUE_SCORE, spans, why)
    if not ev.detoxify_ran or ev.detoxify["severe_toxicity"] < DETOXIFY_MEDIUM:
        return None
    target = f"aimed at a person ({ev.aim})" if ev.aim else "not clearly aimed at anyone"
    severity = "high" if ev.aim else "low"
    why = f"The model rates the message as severely toxic, {target}"
    return _hit(ev, SEVERE_TOXICITY, severity, ev.detoxify["severe_toxicity"], [], why)


def sexual_harassment(ev: Evidence) -> Hit | None:
    spans = cues.SEXUAL_REMARK.spans(ev.text, "sexual remark")
    severity = "high" if spans else ""
    why = "A sexualised remark about a person" if spans else ""
    level, reason = _classifier(ev, "sexual_harassment")
    if level and higher(level, severity) == level and level != severity:
        severity, why = level, reason
    return _hit(
        ev,
        SEXUAL_HARASSMENT,
        severity,
        max(ev.score("sexual_harassment"), CUE_SCORE if spans else 0.0),
        spans,
        why,
    )


def intimidating_concern_raiser(ev: Evidence) -> Hit | None:
    raiser = cues.CONCERN_RAISER.spans(ev.text, "reporting named")
    severity, why, spans = "", "", []
    if raiser:
        warning = cues.WARNING.spans(ev.text, "warning")
        hostile = warning or shared.THREAT.spans(ev.text, "threat") or _insult_spans(ev)
        if hostile:
            severity, spans = "high", raiser + list(hostile)
            why = "Warns off or names and shames whoever raised a concern"
    level, reason = _classifier(ev, "intimidation_concern", needs_aim=False)
    if level and higher(level, severity) == level and level != severity:
        severity, why, spans = level, reason, spans or raiser
    score = max(ev.score("intimidation_concern"), CUE_SCORE if spans else 0.0)
    # "reported" names the concern here, so it is not read as reporting someone else's words
    reported = any(not _overlaps(s, raiser) for s in shared.REPORTED_SPEECH.spans(ev.text)) or bool(
        cues.CALL_OUT.search(ev.text)
    )
    return _hit(
        ev, INTIMIDATING_CONCERN_RAISER, severity, score, sorted(spans), why, reported=reported
    )


RULE_FUNCTIONS = (
    self_harm,
    threat,
    identity_attack,
    insult,
    sexual_harassment,
    intimidating_concern_raiser,
    severe_toxicity,
)


def assess(
    text: str, scores: Mapping[str, object] | None = None, names: re.Pattern[str] | None = None
) -> list[Hit]:
    """The toxicity rules on one message. `scores` maps scorer columns (`tox_insult`,
    `cls_threat`, ...) to values, NaN or absent when no model gave them; `names` matches the
    chat's member names. Pure and deterministic: the detector and the tests both call it."""
    ev = gather(text, scores, names)
    hits = [hit for rule in RULE_FUNCTIONS if (hit := rule(ev)) is not None]
    if any(h.rule is SELF_HARM_INCITEMENT and h.spans for h in hits):
        hits = [h for h in hits if h.rule is not THREAT]  # "kys" is not also a threat
    if not any(h.rule is INSULT or h.severity != "low" for h in hits):
        obscene = obscenity_at_person(ev)  # swearing at someone, when nothing else covers it
        if obscene is not None and not (obscene.severity == "low" and hits):
            hits.append(obscene)
    return hits

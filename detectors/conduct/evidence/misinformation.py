"""CND002: a false health claim passed on as advice, not corrected, asked about, reported or
weighed against the evidence."""

from __future__ import annotations

import re

from detectors.conduct import text as t
from detectors.conduct.cues import common, misinformation, people
from detectors.conduct.evidence.base import Context, Evidence, blocked, together
from detectors.lexicon import CueSpan

_ADVICE = {"conduct.misinfo.advise_against", "conduct.misinfo.no_need"}


def evaluate(ctx: Context) -> Evidence:
    text = ctx.text
    blocker = t.first(
        [common.CORRECTION, misinformation.CLINICAL_CAVEAT, misinformation.REBUKE], text
    )
    if blocker:
        return blocked(blocker)
    claims = misinformation.CLAIM.spans(text)
    said = [s for s in claims if s[3] not in _ADVICE]  # advice cues carry their own "don't"
    if not claims:
        claims = together(text, misinformation.ADVICE, misinformation.EFFECT, misinformation.TOPIC)
        said = [s for s in claims if s[3] != misinformation.TOPIC.name]
    if said and any(t.negated(text, s[:2]) for s in said):  # "turmeric won't cure it"
        return blocked(common.NEGATION.name)
    topic = misinformation.TOPIC.spans(text)
    where = claims or topic
    veto = next((q for s in where if (q := _questioned(text, s))), "")
    veto = veto or next(("quote.marks" for s in where if t.quoted(text, s[:2])), "")
    # someone else's claim, reported - unless the writer passes it on as advice or agrees
    passed_on = any(
        cue.search(text)
        for cue in (misinformation.ADVICE, misinformation.ENDORSED, misinformation.STANCE)
    )
    if not veto and not passed_on:
        veto = next(("conduct.reported_claim" for s in where if _reported(text, s)), "")
    if veto:
        return blocked(veto)
    if not claims:
        # passed on to others is what makes it advice; a claimed effect alone may be debate
        if misinformation.PRO_HEALTH.search(text):
            return blocked(misinformation.PRO_HEALTH.name)  # "smears save lives, book it"
        advice = misinformation.ADVICE.spans(text)
        return Evidence(partial=sorted(topic + advice), strong=bool(topic and advice))
    return Evidence(spans=claims, what=f"a health claim as advice ({claims[0][2]})")


_CHECKING = {"conduct.ask.is_it_true", "conduct.ask.what_to_do", "conduct.ask.is_it_ok"}


def _questioned(text: str, span: CueSpan) -> str:
    """The claim is asked about ("is it true the jab gives you flu?", "how do I answer a mum
    who thinks ..."), not asserted: an asking cue that checks a claim, in its sentence."""
    start, end = t.sentence_of(text, span[:2])
    for ask in common.ASKING.finditer(text[start:end]):
        name = common.ASKING.cue_of(ask).name
        if name in _CHECKING:
            return name
    return ""


def _reported(text: str, span: CueSpan) -> bool:
    """Someone else's claim: a reporting verb earlier in the sentence whose subject is not
    the writer ("someone in my family group said statins are poison")."""
    if t.reported(text, span[:2]):
        return True
    start, _ = t.sentence_of(text, span[:2])
    for verb in misinformation.REPORTING_VERB.finditer(text[start : span[0]]):
        before = text[start : start + verb.start()]
        if people.FIRST_PERSON.search(" ".join(before.split()[-3:])):
            continue  # "I honestly think ...": the writer's own claim
        if _REPORTER.search(before):
            return True
    return False


_REPORTER = re.compile(
    r"\b(?:she|he|they|people|someone|somebody|everyone|patients?|parents?|mums?|dads?|"
    r"family|group|nan|gran|aunt\w*|uncle|sister|brother|friends?|mates?|partner|[a-z]+['’]s)\b",
    re.IGNORECASE,
)

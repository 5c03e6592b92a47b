"""CND003: pirated or paid material and exam papers, shared or asked for; exam material is
medium, the rest low; the library, open access and released past papers are not findings."""

from __future__ import annotations

from detectors.conduct import text as t
from detectors.conduct.cues import common, copyright
from detectors.conduct.evidence.base import Context, Evidence, blocked, together

_WHAT_COPIED = {
    "pirated copy": "a pirated copy",
    "copy of a book": "a copy of a copyrighted book",
    "paid course material": "paid course material",
    "paywalled article": "a paywalled article",
}


def evaluate(ctx: Context) -> Evidence:
    text = ctx.text
    if common.CONSEQUENCE.search(text):
        return blocked(common.CONSEQUENCE.name)
    named = sorted(copyright.EXAM.spans(text) + copyright.PIRACY.spans(text))
    paired = [] if named else together(text, copyright.RESTRICTED, copyright.SHARE_OR_ASK)
    if (paired or not named) and copyright.LEGITIMATE.search(text):
        return blocked(copyright.LEGITIMATE.name)
    found = named or paired
    if any(t.negated(text, s[:2]) for s in found):
        return blocked(common.NEGATION.name)
    if not found:
        what = copyright.TOPIC.spans(text) + copyright.RESTRICTED.spans(text)
        how = copyright.SHARE_OR_ASK.spans(text) if what else []  # "send me the link": no
        # a copyright word with nothing shared or asked for ("my login won't work") is
        # ordinary: only the classifier's strictest point makes it a finding
        return Evidence(partial=sorted(what + how), strong=bool(what and how), weak=not how)
    restricted = text[found[0][0] : found[-1][1]] if paired else ""
    exam = copyright.EXAM.search(text) or (paired and copyright.EXAM_WORDS.search(restricted))
    if exam:
        return Evidence(
            spans=found,
            severity="medium",
            what="exam material, which is also a matter of academic integrity",
        )
    kind = named[0][2] if named else "paid course material"
    return Evidence(spans=found, what=_WHAT_COPIED.get(kind, "copyrighted material"))

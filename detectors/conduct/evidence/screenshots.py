"""CND006: screenshots or private messages passed on by the writer; asking first, keeping
evidence for a report and screenshots of public notices are not findings."""

from __future__ import annotations

import re

from detectors.conduct import text as t
from detectors.conduct.cues import common, people
from detectors.conduct.cues import screenshots as ss
from detectors.conduct.evidence.base import Context, Evidence, blocked, span_veto, together
from detectors.lexicon import CueSpan
from detectors.lexicon.shared import SOFTENER

_SHARED = (ss.SHARED_ON, ss.MORE_SHARED)
_CONTEXT_ONLY = {ss.SHOWING_WORDS.name}  # spans that only show the co-occurrence


_SENT_BY_OTHERS = {  # kinds whose subject is the sender of the private message, by design
    "conduct.ss.look_what_sent",
    "conduct.ss.said_privately",
    "conduct.ss.private_shown",
    ss.PRIVATE_MARKER.name,
    ss.SHOWING_WORDS.name,
}
_SOMEONE_ELSE = re.compile(r"\b(?:whoever|someone|somebody|anyone\s+who)\b", re.IGNORECASE)


def _by_writer(ctx: Context, span: CueSpan) -> bool:
    """The writer does the screenshotting or forwarding, not someone they describe ("she
    screenshots everything anyway", "whoever screenshotted this")."""
    if span[3] in _SENT_BY_OTHERS:
        return True
    if _SOMEONE_ELSE.search(ctx.text[t.clause_start(ctx.text, span[0]) : span[0]]):
        return False
    subject = t.subject_before(ctx.people(), ctx.text, span[:2], clause_only=True)
    if subject is None or subject.kind == "first":
        return True
    return subject.kind == "member" and subject.member == ctx.author


def evaluate(ctx: Context) -> Evidence:
    text = ctx.text
    blocker = t.first(
        [
            common.PERMISSION,
            ss.EVIDENCE,
            ss.TAKE_PRIVATE,
            *common.PROPER_CHANNEL.cues,
            common.CONSEQUENCE,
        ],
        text,
    )
    if blocker:
        return blocked(blocker)
    shared = sorted(s for cues in _SHARED for s in cues.spans(text))
    if ss.SHARING_WORDS.search(text) or SOFTENER.search(text):  # someone's messages, mocked
        shared += together(text, ss.FORWARDED, ss.ONWARD_WORDS)
    shared += together(text, ss.SCREENSHOT, ss.ONWARD_WORDS)
    shared += together(text, ss.PRIVATE_MARKER, ss.SHOWING_WORDS)
    shared = sorted(s for s in set(shared) if _by_writer(ctx, s))
    bare = [s for s in ss.SCREENSHOT.spans(text) + ss.FORWARDED.spans(text) if _by_writer(ctx, s)]
    words = ss.SHARING_WORDS.spans(text)
    for span in shared + bare + words:
        if span[3] in _CONTEXT_ONLY:
            continue
        veto = span_veto(text, [span])
        if veto:
            return blocked(veto)
        clause = text[t.clause_start(text, span[0]) : t.sentence_of(text, span[:2])[1]]
        if ss.PUBLIC_OBJECT.search(clause):
            return blocked(ss.PUBLIC_OBJECT.name)
    private_only = [s for s in shared if s[3] == "conduct.ss.said_privately"]
    strong = [s for s in shared if s[3] != "conduct.ss.said_privately"]
    ev = Evidence()
    if strong or (private_only and ss.SHOWN.search(text)):
        ev.spans = shared
        private = any("private" in s[2] or "member" in s[2] for s in shared)
        shared = [s for s in shared if s[3] not in _CONTEXT_ONLY]
        ev.what = "a member's private message" if private else "the group's messages"
        ev.shares_next = bool(private_only) or any(
            s[3] in ("conduct.ss.look_what_sent", "conduct.ss.private_shown") for s in shared
        )
    elif bare:
        # a screenshot with nowhere said it is going: medium when it is at someone's expense
        # (laughter, a member named), else low
        mocking = SOFTENER.search(text) or (ctx.names is not None and ctx.names.search(text))
        ev.spans, ev.what = bare, "a screenshot or forwarded message"
        ev.severity = None if mocking else "low"
    elif people.ROLE.search(text):
        return blocked(people.ROLE.name)  # "the programme leader has the screenshots": a report
    else:
        ev.partial = sorted(private_only + words)
        ev.strong = len({s[3] for s in ev.partial}) >= 2 or len(ev.partial) >= 2
        return ev
    if ctx.names is not None and ctx.resolve is not None:
        named = ctx.names.search(text)
        if named:
            ev.target = ctx.resolve(named.group()) or ""
    return ev
